// SPDX-License-Identifier: MIT
pragma solidity ^0.8.20;

import {PoolStorageV1, PoolStorageV2, PoolStorageV2Bad} from "src/NamespaceBase.sol";

contract PoolV1 is PoolStorageV1 {
    uint256 internal fee;
}

contract PoolV2 is PoolStorageV2 {
    uint256 internal fee;
}

contract PoolV2Bad is PoolStorageV2Bad {
    uint256 internal fee;
}
