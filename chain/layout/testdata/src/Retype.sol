// SPDX-License-Identifier: MIT
pragma solidity ^0.8.20;

// Type changes: each V2 changes one variable of RetypeV1.

interface IToken {
    function totalSupply() external view returns (uint256);
}

contract RetypeV1 {
    uint256 internal amount;
    int256 internal delta;
    mapping(address => uint256) internal balances;
    uint256[3] internal window;
    address internal token;
}

// uint256 -> address: another size and meaning.
contract RetypeV2Address {
    address internal amount;
    int256 internal delta;
    mapping(address => uint256) internal balances;
    uint256[3] internal window;
    address internal token;
}

// int256 -> uint256: same size, another meaning.
contract RetypeV2Unsigned {
    uint256 internal amount;
    uint256 internal delta;
    mapping(address => uint256) internal balances;
    uint256[3] internal window;
    address internal token;
}

// The mapping's value type changes.
contract RetypeV2MappingValue {
    uint256 internal amount;
    int256 internal delta;
    mapping(address => int256) internal balances;
    uint256[3] internal window;
    address internal token;
}

// A fixed array grows: everything after it moves.
contract RetypeV2ArrayGrow {
    uint256 internal amount;
    int256 internal delta;
    mapping(address => uint256) internal balances;
    uint256[4] internal window;
    address internal token;
}

// A fixed array shrinks.
contract RetypeV2ArrayShrink {
    uint256 internal amount;
    int256 internal delta;
    mapping(address => uint256) internal balances;
    uint256[2] internal window;
    address internal token;
}

// address -> an interface type: still an address, safe.
contract RetypeV2Contract {
    uint256 internal amount;
    int256 internal delta;
    mapping(address => uint256) internal balances;
    uint256[3] internal window;
    IToken internal token;
}
