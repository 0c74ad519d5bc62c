// SPDX-License-Identifier: MIT
pragma solidity ^0.8.20;

// An inherited contract's storage comes first: a base that gains a
// variable, or bases listed in another order, shift the child's storage.

contract OwnedV1 {
    address internal owner;
}

contract InheritV1 is OwnedV1 {
    uint256 internal total;
}

contract OwnedV2 {
    address internal owner;
    uint256 internal fee;
}

contract InheritV2BaseGained is OwnedV2 {
    uint256 internal total;
}

contract Alpha {
    uint256 internal alpha;
}

contract Beta {
    uint256 internal beta;
}

contract OrderV1 is Alpha, Beta {
    uint256 internal own;
}

contract OrderV2 is Beta, Alpha {
    uint256 internal own;
}
