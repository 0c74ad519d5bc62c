// SPDX-License-Identifier: MIT
pragma solidity ^0.8.20;

// Storage gaps: a base reserves slots with uint256[N] __gap so it can add
// variables later; it must shrink the gap by exactly the slots it adds, or
// the child's variables after the gap move.

contract GapBaseV1 {
    uint256 internal a;
    uint256[49] private __gap;
}

contract GapV1 is GapBaseV1 {
    uint256 internal child;
}

// One variable added, gap shrunk by one: safe.
contract GapBaseV2Ok {
    uint256 internal a;
    uint256 internal b;
    uint256[48] private __gap;
}

contract GapV2Ok is GapBaseV2Ok {
    uint256 internal child;
}

// Two uint128 share one slot: the gap shrinks by one. Safe.
contract GapBaseV2Packed {
    uint256 internal a;
    uint128 internal b;
    uint128 internal c;
    uint256[48] private __gap;
}

contract GapV2Packed is GapBaseV2Packed {
    uint256 internal child;
}

// One variable added, gap not shrunk: the gap and child move.
contract GapBaseV2NotShrunk {
    uint256 internal a;
    uint256 internal b;
    uint256[49] private __gap;
}

contract GapV2NotShrunk is GapBaseV2NotShrunk {
    uint256 internal child;
}

// One variable added, gap shrunk by two: child moves up.
contract GapBaseV2TooMuch {
    uint256 internal a;
    uint256 internal b;
    uint256[47] private __gap;
}

contract GapV2TooMuch is GapBaseV2TooMuch {
    uint256 internal child;
}
