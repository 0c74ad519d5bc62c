// SPDX-License-Identifier: MIT
pragma solidity ^0.8.20;

import {Initializable} from "@openzeppelin/contracts/proxy/utils/Initializable.sol";
import {UUPSUpgradeable} from "@openzeppelin/contracts/proxy/utils/UUPSUpgradeable.sol";
import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";
import {Pausable} from "@openzeppelin/contracts/utils/Pausable.sol";

/// @title TreasuryVaultV1 - the vulnerable vault of the unprotected-init drill
/// @notice An ETH vault, as VaultV1 (deposit, withdraw, pause), as it stands
/// right after an upgrade that added a treasury: an `owner` who may sweep
/// idle ETH into yield strategies, appointed by the new `initializeV2`.
/// Behind an ERC1967Proxy, upgraded with UUPS.
///
/// Roles (OpenZeppelin AccessControl): DEFAULT_ADMIN_ROLE and UPGRADER_ROLE
/// are the timelock's, GUARDIAN_ROLE the responders'. The treasury owner is
/// a plain address (Ownable-style), set once by initializeV2.
///
/// @dev DRILL CONTRACT. `initializeV2` was meant to run inside the upgrade
/// (upgradeToAndCall with the timelock as owner); the upgrade went through
/// with empty data, so the proxy is live with its initializer still open.
/// `reinitializer(2)` stops a second call, not a first one by anyone:
/// whoever calls it first owns the treasury and can sweep the vault. The
/// class of Parity 2017 (an initializer anyone could call on a live
/// contract) and Nomad 2022 (an upgrade's initialization that left the
/// bridge open). TreasuryVaultV2 is the fix.
///
/// Storage layout (every version keeps it):
///   slot 0: AccessControl._roles
///   slot 1: Pausable._paused
///   slot 2: balances
///   slot 3: totalDeposits
///   slot 4: owner
contract TreasuryVaultV1 is Initializable, UUPSUpgradeable, AccessControl, Pausable {
    /// @notice May pause and unpause deposits, withdrawals and sweeps.
    bytes32 public constant GUARDIAN_ROLE = keccak256("GUARDIAN_ROLE");
    /// @notice May upgrade the implementation behind the proxy.
    bytes32 public constant UPGRADER_ROLE = keccak256("UPGRADER_ROLE");

    /// @notice ETH deposited by each account and not yet withdrawn.
    mapping(address => uint256) public balances;
    /// @notice Sum of all balances.
    uint256 public totalDeposits;
    /// @notice The treasury's owner: may sweep idle ETH into strategies.
    address public owner;

    event Deposited(address indexed account, uint256 amount);
    event Withdrawn(address indexed account, uint256 amount);
    event Swept(address indexed to, uint256 amount);
    event OwnershipTransferred(address indexed previousOwner, address indexed newOwner);

    /// @custom:oz-upgrades-unsafe-allow constructor
    constructor() {
        _disableInitializers();
    }

    /// @notice Called once, through the proxy, right after deployment.
    /// @param admin The timelock: gets DEFAULT_ADMIN_ROLE and UPGRADER_ROLE.
    /// @param guardian The responders: get GUARDIAN_ROLE.
    function initialize(address admin, address guardian) external initializer {
        require(admin != address(0) && guardian != address(0), "zero address");
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
        _grantRole(UPGRADER_ROLE, admin);
        _grantRole(GUARDIAN_ROLE, guardian);
    }

    /// @notice The treasury upgrade's initializer: appoints the owner.
    /// @dev VULNERABLE: no access control. Meant for the timelock, inside
    /// the upgrade; it was never called, so anyone may call it, once.
    function initializeV2(address newOwner) external reinitializer(2) {
        require(newOwner != address(0), "zero address");
        emit OwnershipTransferred(owner, newOwner);
        owner = newOwner;
    }

    /// @notice Deposit the ETH sent with this call.
    function deposit() external payable whenNotPaused {
        require(msg.value > 0, "zero deposit");
        balances[msg.sender] += msg.value;
        totalDeposits += msg.value;
        emit Deposited(msg.sender, msg.value);
    }

    /// @notice Withdraw `amount` wei of your own deposit.
    function withdraw(uint256 amount) external whenNotPaused {
        uint256 bal = balances[msg.sender];
        require(amount > 0 && amount <= bal, "insufficient balance");
        balances[msg.sender] = bal - amount;
        totalDeposits -= amount;
        emit Withdrawn(msg.sender, amount);
        (bool ok, ) = msg.sender.call{value: amount}("");
        require(ok, "transfer failed");
    }

    /// @notice Move `amount` wei of idle ETH to a strategy at `to`.
    function sweep(address to, uint256 amount) external whenNotPaused {
        require(msg.sender == owner, "not the owner");
        require(to != address(0) && amount > 0, "bad sweep");
        emit Swept(to, amount);
        (bool ok, ) = to.call{value: amount}("");
        require(ok, "transfer failed");
    }

    /// @notice Stop deposits, withdrawals and sweeps.
    function pause() external onlyRole(GUARDIAN_ROLE) {
        _pause();
    }

    /// @notice Resume them.
    function unpause() external onlyRole(GUARDIAN_ROLE) {
        _unpause();
    }

    /// @notice ETH actually held by the vault.
    function totalAssets() external view returns (uint256) {
        return address(this).balance;
    }

    /// @notice Implementation version, to check which code the proxy runs.
    function version() external pure returns (string memory) {
        return "1";
    }

    /// @dev UUPS hook: only UPGRADER_ROLE (the timelock) may upgrade.
    function _authorizeUpgrade(address) internal override onlyRole(UPGRADER_ROLE) {}
}
