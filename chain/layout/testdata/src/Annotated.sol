// SPDX-License-Identifier: MIT
pragma solidity ^0.8.20;

// upgrades-core's annotations: @custom:oz-renamed-from <old name> and
// @custom:oz-retyped-from <old type> say a change is intended.

contract AnnotatedV1 {
    uint256 internal x;
    bool internal flag;
    address internal owner;
}

contract AnnotatedV2Renamed {
    /// @custom:oz-renamed-from x
    uint256 internal y;
    bool internal flag;
    address internal owner;
}

// The same rename without the annotation.
contract AnnotatedV2RenamedBare {
    uint256 internal y;
    bool internal flag;
    address internal owner;
}

// bool -> uint8 (1 byte each), address -> bytes20 (20 bytes each).
contract AnnotatedV2Retyped {
    uint256 internal x;
    /// @dev stored as a number now
    /// @custom:oz-retyped-from bool
    uint8 internal flag;
    /// @custom:oz-retyped-from address
    bytes20 internal owner;
}

// The annotation names the wrong old type.
contract AnnotatedV2RetypedWrong {
    uint256 internal x;
    /// @custom:oz-retyped-from address
    uint8 internal flag;
    address internal owner;
}

// The annotation is right but the new type is larger: owner moves.
contract AnnotatedV2RetypedResized {
    uint256 internal x;
    /// @custom:oz-retyped-from bool
    uint16 internal flag;
    address internal owner;
}
