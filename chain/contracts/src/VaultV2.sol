// SPDX-License-Identifier: MIT
pragma solidity ^0.8.20;

import {Initializable} from "@openzeppelin/contracts/proxy/utils/Initializable.sol";
import {UUPSUpgradeable} from "@openzeppelin/contracts/proxy/utils/UUPSUpgradeable.sol";
import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";
import {Pausable} from "@openzeppelin/contracts/utils/Pausable.sol";
import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";

/// @title VaultV2 - the correct fix for VaultV1
/// @notice Same vault, same roles, same events, same functions. Two changes,
/// both in `withdraw`:
///   1. checks-effects-interactions: the balance and totalDeposits are
///      written BEFORE the ETH is sent, so a re-entrant call sees the new
///      balance and fails its check;
///   2. a `nonReentrant` guard, so any re-entrant call into withdraw
///      reverts outright.
/// Either one alone stops this attack; together they are defence in depth.
///
/// @dev Upgrade safety. A proxy keeps its state in its own storage; the new
/// implementation must read that storage exactly as the old one wrote it.
/// So VaultV2 keeps VaultV1's base contracts in the same order and declares
/// the same state variables in the same order:
///   slot 0: AccessControl._roles
///   slot 1: Pausable._paused
///   slot 2: balances
///   slot 3: totalDeposits
/// The guard is OpenZeppelin's ReentrancyGuardTransient, listed LAST. It keeps
/// its lock in transient storage (EIP-1153, TSTORE/TLOAD, Cancun and later),
/// which is cleared after every transaction and takes no storage slot, so
/// the layout above is unchanged. (The classic ReentrancyGuard keeps its
/// `_status` in a normal slot. Base contracts' variables are laid out before
/// the contract's own, so that slot would land before `balances` and shift
/// it, wherever the base is listed.)
/// Compare VaultV2BadLayout for what goes wrong when the layout changes.
contract VaultV2 is Initializable, UUPSUpgradeable, AccessControl, Pausable, ReentrancyGuardTransient {
    /// @notice May pause and unpause deposits and withdrawals.
    bytes32 public constant GUARDIAN_ROLE = keccak256("GUARDIAN_ROLE");
    /// @notice May upgrade the implementation behind the proxy.
    bytes32 public constant UPGRADER_ROLE = keccak256("UPGRADER_ROLE");

    /// @notice ETH deposited by each account and not yet withdrawn.
    mapping(address => uint256) public balances;
    /// @notice Sum of all balances, as the vault's own bookkeeping sees it.
    uint256 public totalDeposits;

    event Deposited(address indexed account, uint256 amount);
    event Withdrawn(address indexed account, uint256 amount);

    /// @custom:oz-upgrades-unsafe-allow constructor
    constructor() {
        _disableInitializers();
    }

    /// @notice Called once, through the proxy, when VaultV2 is deployed
    /// fresh. Not called when an existing VaultV1 proxy is upgraded: the
    /// roles granted by VaultV1's initialize are already in storage.
    /// @param admin The timelock: gets DEFAULT_ADMIN_ROLE and UPGRADER_ROLE.
    /// @param guardian The responders' multisig: gets GUARDIAN_ROLE.
    function initialize(address admin, address guardian) external initializer {
        require(admin != address(0) && guardian != address(0), "zero address");
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
        _grantRole(UPGRADER_ROLE, admin);
        _grantRole(GUARDIAN_ROLE, guardian);
    }

    /// @notice Deposit the ETH sent with this call.
    function deposit() external payable whenNotPaused {
        require(msg.value > 0, "zero deposit");
        balances[msg.sender] += msg.value;
        totalDeposits += msg.value;
        emit Deposited(msg.sender, msg.value);
    }

    /// @notice Withdraw `amount` wei of your own deposit.
    /// @dev FIXED: checks, then effects, then the interaction, under a
    /// re-entrancy guard.
    function withdraw(uint256 amount) external whenNotPaused nonReentrant {
        // Checks
        uint256 bal = balances[msg.sender];
        require(amount > 0 && amount <= bal, "insufficient balance");

        // Effects: the books are correct before any outside code runs.
        balances[msg.sender] = bal - amount;
        totalDeposits -= amount;
        emit Withdrawn(msg.sender, amount);

        // Interaction: last. Re-entering now fails twice over - the guard
        // reverts, and the balance has already gone down.
        (bool ok, ) = msg.sender.call{value: amount}("");
        require(ok, "transfer failed");
    }

    /// @notice Stop deposits and withdrawals.
    function pause() external onlyRole(GUARDIAN_ROLE) {
        _pause();
    }

    /// @notice Resume deposits and withdrawals.
    function unpause() external onlyRole(GUARDIAN_ROLE) {
        _unpause();
    }

    /// @notice ETH actually held by the vault.
    function totalAssets() external view returns (uint256) {
        return address(this).balance;
    }

    /// @notice Implementation version, to check which code the proxy runs.
    function version() external pure returns (string memory) {
        return "2";
    }

    /// @dev UUPS hook: only UPGRADER_ROLE (the timelock) may upgrade.
    function _authorizeUpgrade(address) internal override onlyRole(UPGRADER_ROLE) {}
}
