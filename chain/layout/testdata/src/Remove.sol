// SPDX-License-Identifier: MIT
pragma solidity ^0.8.20;

// Removing a state variable is unsafe: the ones after it move up, and the
// last one's slot keeps stale data.

contract RemoveV1 {
    uint256 internal a;
    uint256 internal b;
    address internal c;
}

contract RemoveV2Middle {
    uint256 internal a;
    address internal c;
}

contract RemoveV2Last {
    uint256 internal a;
    uint256 internal b;
}
