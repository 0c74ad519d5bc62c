// SPDX-License-Identifier: MIT
pragma solidity ^0.8.20;

// ERC-7201 namespaced storage (OpenZeppelin 5): each annotated struct lives
// at its own slot, so it is compared on its own, member by member.

contract NamespaceV1 {
    /// @custom:storage-location erc7201:example.main
    struct MainStorage {
        uint256 total;
        address owner;
        mapping(address => uint256) balances;
    }

    uint256 internal regular;
}

// A member appended to the namespace struct: safe.
contract NamespaceV2Appended {
    /// @custom:storage-location erc7201:example.main
    struct MainStorage {
        uint256 total;
        address owner;
        mapping(address => uint256) balances;
        uint256 fee;
    }

    uint256 internal regular;
}

// A member inserted: the ones after it move inside the namespace.
contract NamespaceV2Inserted {
    /// @custom:storage-location erc7201:example.main
    struct MainStorage {
        uint256 total;
        uint256 fee;
        address owner;
        mapping(address => uint256) balances;
    }

    uint256 internal regular;
}

// A member retyped.
contract NamespaceV2Retyped {
    /// @custom:storage-location erc7201:example.main
    struct MainStorage {
        uint256 total;
        uint256 owner;
        mapping(address => uint256) balances;
    }

    uint256 internal regular;
}

// The namespace is gone: its storage is orphaned.
contract NamespaceV2Removed {
    uint256 internal regular;
}

// A second namespace added, the first kept: safe.
contract NamespaceV2Added {
    /// @custom:storage-location erc7201:example.main
    struct MainStorage {
        uint256 total;
        address owner;
        mapping(address => uint256) balances;
    }

    /// @custom:storage-location erc7201:example.fees
    struct FeeStorage {
        uint16 bps;
        address recipient;
    }

    uint256 internal regular;
}
