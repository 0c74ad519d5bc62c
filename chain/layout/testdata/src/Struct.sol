// SPDX-License-Identifier: MIT
pragma solidity ^0.8.20;

// Struct members: inserting or removing one shifts the members after it.
// Appending one is safe where every struct has room to grow, as a mapping's
// value; upgrades-core refuses it for a struct state variable (even the
// last one), and so do we.

contract StructV1 {
    struct Position {
        uint256 size;
        uint256 price;
    }
    Position internal position;
    mapping(address => Position) internal positions;
    uint256 internal after_;
}

contract StructV2Inserted {
    struct Position {
        uint256 size;
        uint256 leverage;
        uint256 price;
    }
    Position internal position;
    mapping(address => Position) internal positions;
    uint256 internal after_;
}

contract StructV2Removed {
    struct Position {
        uint256 size;
    }
    Position internal position;
    mapping(address => Position) internal positions;
    uint256 internal after_;
}

// Appended to a struct that is a state variable: its size grows and
// after_ moves.
contract StructV2Appended {
    struct Position {
        uint256 size;
        uint256 price;
        uint256 opened;
    }
    Position internal position;
    mapping(address => Position) internal positions;
    uint256 internal after_;
}

// Appended only to the struct a mapping holds: each entry has room to grow.
contract StructV2MappingAppended {
    struct Position {
        uint256 size;
        uint256 price;
    }
    struct PositionV2 {
        uint256 size;
        uint256 price;
        uint256 opened;
    }
    Position internal position;
    mapping(address => PositionV2) internal positions;
    uint256 internal after_;
}
