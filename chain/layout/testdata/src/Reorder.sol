// SPDX-License-Identifier: MIT
pragma solidity ^0.8.20;

// Swapping two state variables is unsafe: each reads the other's slot.

contract ReorderV1 {
    uint256 internal a;
    address internal b;
    uint256 internal c;
}

contract ReorderV2 {
    uint256 internal c;
    address internal b;
    uint256 internal a;
}
