// SPDX-License-Identifier: MIT
pragma solidity ^0.8.20;

import {Initializable} from "@openzeppelin/contracts/proxy/utils/Initializable.sol";
import {UUPSUpgradeable} from "@openzeppelin/contracts/proxy/utils/UUPSUpgradeable.sol";
import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";
import {Pausable} from "@openzeppelin/contracts/utils/Pausable.sol";

/// @title BridgeVaultV2RelayerGated - a WRONG fix for BridgeVaultV1 (drill material)
/// @notice A plausible hurried fix: "relayers manage the relayer set", so
/// `setRelayer` becomes `onlyRole(RELAYER_ROLE)`. It would have stopped the
/// first attack. But the attack contract made itself a relayer in that
/// first attack, and the proxy's storage still says so: under this
/// implementation it may still call setRelayer, and release. The shadow
/// test replays the recorded attack on the live state and shows the pool
/// still draining. A fix must hold against the state the attack left, not
/// the state before it.
///
/// Storage layout, unchanged from BridgeVaultV1.
contract BridgeVaultV2RelayerGated is Initializable, UUPSUpgradeable, AccessControl, Pausable {
    /// @notice May pause and unpause deposits, withdrawals and releases.
    bytes32 public constant GUARDIAN_ROLE = keccak256("GUARDIAN_ROLE");
    /// @notice May upgrade the implementation behind the proxy.
    bytes32 public constant UPGRADER_ROLE = keccak256("UPGRADER_ROLE");
    /// @notice May release ETH from the pool: the bridge's relayers.
    bytes32 public constant RELAYER_ROLE = keccak256("RELAYER_ROLE");

    /// @notice ETH deposited by each liquidity provider and not yet withdrawn.
    mapping(address => uint256) public balances;
    /// @notice Sum of all balances.
    uint256 public totalDeposits;
    /// @notice ETH released by relayers so far.
    uint256 public totalReleased;

    event Deposited(address indexed account, uint256 amount);
    event Withdrawn(address indexed account, uint256 amount);
    event Released(address indexed relayer, address indexed to, uint256 amount);
    event RelayerSet(address indexed relayer, bool allowed);

    /// @custom:oz-upgrades-unsafe-allow constructor
    constructor() {
        _disableInitializers();
    }

    /// @notice Called once, through the proxy, right after deployment.
    /// @param admin The timelock: gets DEFAULT_ADMIN_ROLE and UPGRADER_ROLE.
    /// @param guardian The responders: get GUARDIAN_ROLE.
    /// @param relayer The bridge's relayer: gets RELAYER_ROLE.
    function initialize(address admin, address guardian, address relayer) external initializer {
        require(admin != address(0) && guardian != address(0) && relayer != address(0), "zero address");
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
        _grantRole(UPGRADER_ROLE, admin);
        _grantRole(GUARDIAN_ROLE, guardian);
        _grantRole(RELAYER_ROLE, relayer);
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

    /// @notice Release `amount` wei from the pool to `to`: a transfer that
    /// was bridged over from the other chain.
    function release(address to, uint256 amount) external whenNotPaused onlyRole(RELAYER_ROLE) {
        require(to != address(0) && amount > 0, "bad release");
        totalReleased += amount;
        emit Released(msg.sender, to, amount);
        (bool ok, ) = to.call{value: amount}("");
        require(ok, "transfer failed");
    }

    /// @notice Add or remove a relayer: relayers only.
    /// @dev WRONG: the attacker is a relayer already.
    function setRelayer(address relayer, bool allowed) external onlyRole(RELAYER_ROLE) {
        if (allowed) {
            _grantRole(RELAYER_ROLE, relayer);
        } else {
            _revokeRole(RELAYER_ROLE, relayer);
        }
        emit RelayerSet(relayer, allowed);
    }

    /// @notice Stop deposits, withdrawals and releases.
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
        return "2-relayer";
    }

    /// @dev UUPS hook: only UPGRADER_ROLE (the timelock) may upgrade.
    function _authorizeUpgrade(address) internal override onlyRole(UPGRADER_ROLE) {}
}
