// SPDX-License-Identifier: MIT
pragma solidity ^0.8.20;

import {Initializable} from "@openzeppelin/contracts/proxy/utils/Initializable.sol";
import {UUPSUpgradeable} from "@openzeppelin/contracts/proxy/utils/UUPSUpgradeable.sol";
import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";
import {Pausable} from "@openzeppelin/contracts/utils/Pausable.sol";

/// @title VaultV1 - the vulnerable drill vault
/// @notice A minimal ETH vault: anyone can deposit ETH and later withdraw
/// what they deposited. It is deployed behind an ERC1967Proxy and upgraded
/// with UUPS (the upgrade logic lives here, in the implementation).
///
/// Roles (OpenZeppelin AccessControl):
///   - DEFAULT_ADMIN_ROLE and UPGRADER_ROLE: the timelock. Granting roles and
///     upgrading the implementation therefore always wait out the timelock delay.
///   - GUARDIAN_ROLE: the incident responders (usually a Safe multisig). They
///     can pause and unpause immediately, without the timelock.
///
/// @dev DRILL CONTRACT. `withdraw` contains a deliberate re-entrancy bug:
/// it sends ETH to the caller *before* it updates the caller's balance.
/// VaultV2 is the fix. Do not deploy this anywhere real.
///
/// Storage layout (must never change between versions, see VaultV2):
///   slot 0: AccessControl._roles
///   slot 1: Pausable._paused
///   slot 2: balances
///   slot 3: totalDeposits
/// Initializable keeps its state in an ERC-7201 namespaced slot and
/// UUPSUpgradeable only has an immutable, so neither takes a slot here.
contract VaultV1 is Initializable, UUPSUpgradeable, AccessControl, Pausable {
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

    /// @dev The implementation contract itself must never be initialized:
    /// only the proxy (which runs this code on its own storage) is.
    /// @custom:oz-upgrades-unsafe-allow constructor
    constructor() {
        _disableInitializers();
    }

    /// @notice Called once, through the proxy, right after deployment.
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
    /// @dev VULNERABLE. The order is check, INTERACTION, effects:
    ///   1. check: read the balance into `bal` and check it covers `amount`;
    ///   2. interaction: send the ETH with a low-level call, which runs the
    ///      receiver's code (a contract's receive() function);
    ///   3. effects: only now write the new balance, computed from `bal`.
    /// A malicious receiver can call withdraw() again from inside step 2.
    /// At that point balances[attacker] has not been reduced yet, so the check
    /// passes again and the vault pays out again - as many times as the
    /// attacker likes. Each nested call finally writes `bal - amount` (the same
    /// stale value), so nothing ever underflows and nothing reverts: the vault
    /// just pays out other depositors' ETH.
    function withdraw(uint256 amount) external whenNotPaused {
        uint256 bal = balances[msg.sender];
        require(amount > 0 && amount <= bal, "insufficient balance");

        (bool ok, ) = msg.sender.call{value: amount}("");
        require(ok, "transfer failed");

        // BUG: effects after the interaction, using a stale balance
        balances[msg.sender] = bal - amount;
        // unchecked so the bookkeeping never reverts during a re-entrant
        // drain; it still goes down by every amount actually paid out.
        unchecked {
            totalDeposits -= amount;
        }
        emit Withdrawn(msg.sender, amount);
    }

    /// @notice Stop deposits and withdrawals. The first move in an incident.
    function pause() external onlyRole(GUARDIAN_ROLE) {
        _pause();
    }

    /// @notice Resume deposits and withdrawals.
    function unpause() external onlyRole(GUARDIAN_ROLE) {
        _unpause();
    }

    /// @notice ETH actually held by the vault. In a healthy vault this equals
    /// totalDeposits; after a drain it is less than the sum of all balances.
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
