// SPDX-License-Identifier: MIT
pragma solidity ^0.8.20;

// A state variable inserted before existing ones pushes them down a slot.

contract InsertV1 {
    uint256 internal a;
    uint256 internal b;
}

contract InsertV2 {
    uint256 internal a;
    uint256 internal inserted;
    uint256 internal b;
}

// Replaced: same slot, another name and another type.
contract ReplaceV2 {
    uint256 internal a;
    string internal replaced;
}
