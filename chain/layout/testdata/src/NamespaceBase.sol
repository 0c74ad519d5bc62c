// SPDX-License-Identifier: MIT
pragma solidity ^0.8.20;

// Namespaces declared in base contracts of another file (as OpenZeppelin's
// upgradeable contracts do): the Foundry loader finds them in the sibling
// artifacts of out/.

abstract contract PoolStorageV1 {
    /// @custom:storage-location erc7201:example.pool
    struct PoolStorage {
        uint128 reserve0;
        uint128 reserve1;
    }
}

abstract contract PoolStorageV2 {
    /// @custom:storage-location erc7201:example.pool
    struct PoolStorage {
        uint128 reserve0;
        uint128 reserve1;
        uint32 lastUpdate;
    }
}

abstract contract PoolStorageV2Bad {
    /// @custom:storage-location erc7201:example.pool
    struct PoolStorage {
        uint32 lastUpdate;
        uint128 reserve0;
        uint128 reserve1;
    }
}

interface IPool {
    function reserves() external view returns (uint128, uint128);
}
