// SPDX-License-Identifier: MIT
pragma solidity ^0.8.20;

// Appending state variables after the existing ones is safe, whether they
// take new slots or pack into the free bytes of the last one.

contract AppendV1 {
    uint256 internal a;
    address internal b;
}

contract AppendV2 {
    uint256 internal a;
    address internal b;
    uint256 internal c;
    bool internal d;
}

contract AppendV2Packed {
    uint256 internal a;
    address internal b;
    bool internal packed; // slot 1, offset 20: the free bytes after b
}
