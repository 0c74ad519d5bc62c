// SPDX-License-Identifier: MIT
pragma solidity ^0.8.20;

// A struct that refers to itself through a mapping. upgrades-core refuses
// recursive types outright; warroom compares them (see DIFFERENCES.md).

contract RecursiveV1 {
    struct Node {
        mapping(uint256 => Node) children;
        uint256 value;
    }
    Node internal root;
}

contract RecursiveV2 {
    struct Node {
        mapping(uint256 => Node) children;
        uint256 value;
    }
    Node internal root;
}

contract RecursiveV2Retyped {
    struct Node {
        mapping(uint256 => Node) children;
        int256 value;
    }
    Node internal root;
}
