// SPDX-License-Identifier: MIT
pragma solidity ^0.8.20;

import {Initializable} from "@openzeppelin/contracts/proxy/utils/Initializable.sol";
import {UUPSUpgradeable} from "@openzeppelin/contracts/proxy/utils/UUPSUpgradeable.sol";
import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";
import {Pausable} from "@openzeppelin/contracts/utils/Pausable.sol";
import {StrategyShares} from "./StrategyShares.sol";

/// @title ShareVaultV2 - the fix for ShareVaultV1's invest()
/// @notice ShareVaultV1 with invest() checking what it got: at least one
/// share, worth at least 99% of the ETH it paid for it, or the call reverts
/// ("invest: share price manipulated"). A donation big enough to round the
/// vault's deposit down to nothing now only reverts invest(), and with it
/// the attacker's whole flash-loan transaction. What rounding can still
/// take is bounded by the check: 1% of a chunk. (The strategy's own fix is
/// OpenZeppelin ERC4626's virtual shares; a vault cannot count on the
/// strategies it uses having it, so it checks its own deposits.)
///
/// @dev DRILL CONTRACT.
///
/// Storage layout, unchanged from ShareVaultV1.
contract ShareVaultV2 is Initializable, UUPSUpgradeable, AccessControl, Pausable {
    /// @notice May pause and unpause the vault.
    bytes32 public constant GUARDIAN_ROLE = keccak256("GUARDIAN_ROLE");
    /// @notice May upgrade the implementation behind the proxy.
    bytes32 public constant UPGRADER_ROLE = keccak256("UPGRADER_ROLE");
    /// @notice The most one invest() moves into the strategy.
    uint256 public constant INVEST_CHUNK = 11 ether;

    /// @notice ETH deposited by each account and not yet withdrawn.
    mapping(address => uint256) public balances;
    /// @notice Sum of all balances.
    uint256 public totalDeposits;
    /// @notice The staking strategy idle ETH goes to.
    StrategyShares public strategy;
    /// @notice Strategy shares the vault holds.
    uint256 public strategyShares;

    event Deposited(address indexed account, uint256 amount);
    event Withdrawn(address indexed account, uint256 amount);
    /// @notice invest() moved `amount` wei into the strategy for `shares`.
    event Invested(uint256 amount, uint256 shares);

    /// @custom:oz-upgrades-unsafe-allow constructor
    constructor() {
        _disableInitializers();
    }

    /// @notice Called once, through the proxy, right after deployment.
    /// @param admin The timelock: gets DEFAULT_ADMIN_ROLE and UPGRADER_ROLE.
    /// @param guardian The responders: get GUARDIAN_ROLE.
    /// @param strategy_ The StrategyShares contract to invest in.
    function initialize(address admin, address guardian, address strategy_) external initializer {
        require(admin != address(0) && guardian != address(0) && strategy_ != address(0), "zero address");
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
        _grantRole(UPGRADER_ROLE, admin);
        _grantRole(GUARDIAN_ROLE, guardian);
        strategy = StrategyShares(payable(strategy_));
    }

    /// @notice Deposit the ETH sent with this call.
    function deposit() external payable whenNotPaused {
        require(msg.value > 0, "zero deposit");
        balances[msg.sender] += msg.value;
        totalDeposits += msg.value;
        emit Deposited(msg.sender, msg.value);
    }

    /// @notice Withdraw `amount` wei of your own deposit (while the vault
    /// holds that much: invested ETH is not there).
    function withdraw(uint256 amount) external whenNotPaused {
        uint256 bal = balances[msg.sender];
        require(amount > 0 && amount <= bal, "insufficient balance");
        balances[msg.sender] = bal - amount;
        totalDeposits -= amount;
        emit Withdrawn(msg.sender, amount);
        (bool ok, ) = msg.sender.call{value: amount}("");
        require(ok, "transfer failed");
    }

    /// @notice Keeper function, open to anyone: invest up to INVEST_CHUNK
    /// of the ETH above the withdrawal buffer (totalDeposits / 5).
    /// @return shares The strategy shares minted to the vault.
    /// @dev FIX: the shares must be worth what was paid for them (99%,
    /// for rounding), or the whole call reverts.
    function invest() external whenNotPaused returns (uint256 shares) {
        uint256 amount = _investable();
        require(amount > 0, "nothing to invest");
        shares = strategy.deposit{value: amount}(address(this));
        require(
            shares > 0 && strategy.convertToAssets(shares) >= (amount * 99) / 100,
            "invest: share price manipulated"
        );
        strategyShares += shares;
        emit Invested(amount, shares);
    }

    /// @notice What the vault's strategy shares redeem for now, in wei.
    function strategyAssets() external view returns (uint256) {
        return strategy.convertToAssets(strategyShares);
    }

    /// @notice Stop deposits, withdrawals and investing.
    function pause() external onlyRole(GUARDIAN_ROLE) {
        _pause();
    }

    /// @notice Resume them.
    function unpause() external onlyRole(GUARDIAN_ROLE) {
        _unpause();
    }

    /// @notice ETH actually held by the vault (deposits not invested).
    function totalAssets() external view returns (uint256) {
        return address(this).balance;
    }

    /// @notice Implementation version, to check which code the proxy runs.
    function version() external pure returns (string memory) {
        return "2";
    }

    /// @dev The next invest() amount: min(INVEST_CHUNK, balance above the
    /// buffer).
    function _investable() private view returns (uint256) {
        uint256 buffer = totalDeposits / 5;
        uint256 bal = address(this).balance;
        uint256 idle = bal > buffer ? bal - buffer : 0;
        return idle < INVEST_CHUNK ? idle : INVEST_CHUNK;
    }

    /// @dev UUPS hook: only UPGRADER_ROLE (the timelock) may upgrade.
    function _authorizeUpgrade(address) internal override onlyRole(UPGRADER_ROLE) {}
}
