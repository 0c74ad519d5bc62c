// SPDX-License-Identifier: MIT
pragma solidity ^0.8.20;

import {Initializable} from "@openzeppelin/contracts/proxy/utils/Initializable.sol";
import {UUPSUpgradeable} from "@openzeppelin/contracts/proxy/utils/UUPSUpgradeable.sol";
import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";
import {Pausable} from "@openzeppelin/contracts/utils/Pausable.sol";
import {StrategyShares} from "./StrategyShares.sol";

/// @title ShareVaultV1 - the vulnerable vault of the donation drill
/// @notice An ETH vault, as VaultV1 (deposit, withdraw, pause), that puts
/// idle ETH to work in a staking strategy (StrategyShares, an ERC-4626-style
/// share vault). Anyone may call invest(), as a keeper would: it moves up
/// to INVEST_CHUNK of the ETH above a withdrawal buffer (a fifth of the
/// deposits) into the strategy and books the shares it gets back. Behind an
/// ERC1967Proxy, upgraded with UUPS.
///
/// Roles (OpenZeppelin AccessControl): DEFAULT_ADMIN_ROLE and UPGRADER_ROLE
/// are the timelock's, GUARDIAN_ROLE the responders'.
///
/// @dev DRILL CONTRACT. `invest` accepts whatever shares the strategy mints,
/// even none. An attacker who is the strategy's first depositor (1 wei for
/// 1 share) and donates more than the chunk to it by a plain transfer right
/// before invest() makes the vault's deposit round down to 0 shares; the
/// attacker then redeems its one share for everything, the vault's ETH
/// included. With a flash loan for the donation it costs nothing but the
/// loan fee, and it can be repeated every block: the strategy is empty
/// again after the redeem. The ERC-4626 inflation attack, as seen against
/// empty markets of several Compound forks (Hundred Finance and
/// Onyx, 2023; Sonne Finance, 2024). ShareVaultV2 is the fix;
/// ShareVaultV2SmallSteps is a wrong one.
///
/// Storage layout (every version keeps it):
///   slot 0: AccessControl._roles
///   slot 1: Pausable._paused
///   slot 2: balances
///   slot 3: totalDeposits
///   slot 4: strategy
///   slot 5: strategyShares
contract ShareVaultV1 is Initializable, UUPSUpgradeable, AccessControl, Pausable {
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
    /// @dev VULNERABLE: books whatever shares come back, 0 included, so a
    /// share price inflated just before the call takes the ETH for nothing.
    function invest() external whenNotPaused returns (uint256 shares) {
        uint256 amount = _investable();
        require(amount > 0, "nothing to invest");
        shares = strategy.deposit{value: amount}(address(this));
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
        return "1";
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
