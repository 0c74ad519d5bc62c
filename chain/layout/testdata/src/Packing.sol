// SPDX-License-Identifier: MIT
pragma solidity ^0.8.20;

// Every kind of type, to check that the layouts warroom computes from the
// AST (for ERC-7201 namespaces) pack exactly as solc's storageLayout: the
// namespace struct Kitchen is also a state variable, so solc lays it out.

type Price is uint128;

interface IOracle {
    function price() external view returns (uint256);
}

contract PackingBase {
    uint8 internal small;
    bool internal flag;
}

contract Packing is PackingBase {
    enum Side {
        Buy,
        Sell
    }

    struct Inner {
        uint64 a;
        Side side;
        Price price;
    }

    /// @custom:storage-location erc7201:example.kitchen
    struct Kitchen {
        uint8 a;
        uint16[3] shorts;
        uint8 b;
        Inner inner;
        bytes32 hash;
        address payable wallet;
        IOracle oracle;
        function(uint256) internal returns (uint256) callback;
        function(uint256) external hook;
        bool done;
        mapping(address => Inner) byOwner;
        Inner[] list;
        uint128[2][3] grid;
        Inner[2] pair;
        string name;
        bytes blob;
        int24 tick;
        bytes7 tag;
    }

    address internal owner;
    uint96 internal packedAfterOwner;
    Kitchen internal kitchen;
    uint8[33] internal bytesOver;
    address[3] internal addresses;
    uint256 internal last;
}
