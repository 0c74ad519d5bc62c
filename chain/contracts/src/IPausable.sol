// SPDX-License-Identifier: MIT
pragma solidity ^0.8.20;

/// @title IPausable - the emergency brake every drill protocol exposes
/// @notice OpenZeppelin's Pausable plus the guardian-gated pause() and
/// unpause() that protocols add on top of it. warroom reads paused() at
/// every block and sends pause() when a responder confirms one; any
/// contract with these three functions can be watched and paused.
interface IPausable {
    /// @notice Stops the protocol's value-moving functions.
    function pause() external;

    /// @notice Lets them run again.
    function unpause() external;

    /// @notice Whether the protocol is paused now.
    function paused() external view returns (bool);
}
