// SPDX-License-Identifier: MIT
pragma solidity ^0.8.20;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";

/// @title DrillToken - the collateral token of the DeFi drills
/// @notice A plain OpenZeppelin ERC-20 ("Drill Collateral", DCOL, 18
/// decimals) with a fixed supply minted to the deployer, who hands it out
/// to the pool's market maker, honest borrowers and so on.
///
/// @dev DRILL CONTRACT. Nothing about the token is vulnerable; the drills
/// attack what is built on it (SpotPool's price, LendingVaultV1's use of
/// that price).
contract DrillToken is ERC20 {
    /// @param supply The whole supply, in base units, minted to the deployer.
    constructor(uint256 supply) ERC20("Drill Collateral", "DCOL") {
        _mint(msg.sender, supply);
    }
}
