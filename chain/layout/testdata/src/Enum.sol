// SPDX-License-Identifier: MIT
pragma solidity ^0.8.20;

// Enums: members may be appended (the stored numbers keep their meaning);
// removing or reordering members changes what stored numbers mean.

contract EnumV1 {
    enum Status {
        Open,
        Paused,
        Closed
    }
    Status internal status;
    uint256 internal after_;
}

contract EnumV2Grow {
    enum Status {
        Open,
        Paused,
        Closed,
        Drained
    }
    Status internal status;
    uint256 internal after_;
}

contract EnumV2Shrink {
    enum Status {
        Open,
        Paused
    }
    Status internal status;
    uint256 internal after_;
}

contract EnumV2Reorder {
    enum Status {
        Open,
        Closed,
        Paused
    }
    Status internal status;
    uint256 internal after_;
}
