// SPDX-License-Identifier: MIT
pragma solidity ^0.8.20;

import {Initializable} from "@openzeppelin/contracts/proxy/utils/Initializable.sol";
import {UUPSUpgradeable} from "@openzeppelin/contracts/proxy/utils/UUPSUpgradeable.sol";
import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";
import {Pausable} from "@openzeppelin/contracts/utils/Pausable.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {SpotPool} from "./SpotPool.sol";

/// @title LendingVaultV1 - the vulnerable vault of the oracle-manipulation drill
/// @notice An ETH vault, as VaultV1 (deposit, withdraw, pause), whose ETH
/// is lent out against DCOL collateral: borrowers deposit tokens and may
/// borrow ETH up to 75% of the collateral's value. The value comes from
/// the ETH/DCOL SpotPool. Behind an ERC1967Proxy, upgraded with UUPS.
///
/// Roles (OpenZeppelin AccessControl): DEFAULT_ADMIN_ROLE and UPGRADER_ROLE
/// are the timelock's, GUARDIAN_ROLE the responders'.
///
/// @dev DRILL CONTRACT. `collateralPrice` reads the pool's *spot* price,
/// which one transaction can move: borrow ETH with a flash loan, buy DCOL
/// with it (the price of DCOL goes up several times), deposit a little
/// DCOL as collateral, which is now "worth" a lot, borrow the vault's ETH
/// against it, sell the DCOL back, repay the flash loan and keep the
/// borrowed ETH. The vault is left holding collateral worth a fraction of
/// the debt. The class of bZx 2020, Harvest 2020 and Mango 2022.
/// LendingVaultV2 is the fix; LendingVaultV2BorrowCap is a wrong one.
///
/// Storage layout (every version keeps it):
///   slot 0: AccessControl._roles
///   slot 1: Pausable._paused
///   slot 2: balances
///   slot 3: totalDeposits
///   slot 4: collateralToken
///   slot 5: pricePool
///   slot 6: collateral
///   slot 7: debt
contract LendingVaultV1 is Initializable, UUPSUpgradeable, AccessControl, Pausable {
    using SafeERC20 for IERC20;

    /// @notice May pause and unpause the vault.
    bytes32 public constant GUARDIAN_ROLE = keccak256("GUARDIAN_ROLE");
    /// @notice May upgrade the implementation behind the proxy.
    bytes32 public constant UPGRADER_ROLE = keccak256("UPGRADER_ROLE");
    /// @notice The loan-to-value limit, in basis points of the collateral value.
    uint256 public constant LTV_BPS = 7500;

    /// @notice ETH deposited by each account and not yet withdrawn.
    mapping(address => uint256) public balances;
    /// @notice Sum of all balances.
    uint256 public totalDeposits;
    /// @notice The collateral token (DCOL).
    IERC20 public collateralToken;
    /// @notice The ETH/DCOL pool the collateral is priced with.
    SpotPool public pricePool;
    /// @notice Collateral tokens deposited by each borrower.
    mapping(address => uint256) public collateral;
    /// @notice ETH (wei) each borrower owes.
    mapping(address => uint256) public debt;

    event Deposited(address indexed account, uint256 amount);
    event Withdrawn(address indexed account, uint256 amount);
    event CollateralDeposited(address indexed account, uint256 amount);
    event CollateralWithdrawn(address indexed account, uint256 amount);
    event Borrowed(address indexed account, uint256 amount);
    event Repaid(address indexed account, uint256 amount);

    /// @custom:oz-upgrades-unsafe-allow constructor
    constructor() {
        _disableInitializers();
    }

    /// @notice Called once, through the proxy, right after deployment.
    /// @param admin The timelock: gets DEFAULT_ADMIN_ROLE and UPGRADER_ROLE.
    /// @param guardian The responders: get GUARDIAN_ROLE.
    /// @param token The collateral token.
    /// @param pool The ETH/token pool that prices the collateral.
    function initialize(address admin, address guardian, address token, address pool) external initializer {
        require(
            admin != address(0) && guardian != address(0) && token != address(0) && pool != address(0),
            "zero address"
        );
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
        _grantRole(UPGRADER_ROLE, admin);
        _grantRole(GUARDIAN_ROLE, guardian);
        collateralToken = IERC20(token);
        pricePool = SpotPool(pool);
    }

    /// @notice Deposit the ETH sent with this call (it is lent to borrowers).
    function deposit() external payable whenNotPaused {
        require(msg.value > 0, "zero deposit");
        balances[msg.sender] += msg.value;
        totalDeposits += msg.value;
        emit Deposited(msg.sender, msg.value);
    }

    /// @notice Withdraw `amount` wei of your own deposit (while the vault
    /// holds that much: lent-out ETH is not there).
    function withdraw(uint256 amount) external whenNotPaused {
        uint256 bal = balances[msg.sender];
        require(amount > 0 && amount <= bal, "insufficient balance");
        balances[msg.sender] = bal - amount;
        totalDeposits -= amount;
        emit Withdrawn(msg.sender, amount);
        (bool ok, ) = msg.sender.call{value: amount}("");
        require(ok, "transfer failed");
    }

    /// @notice Deposit `amount` collateral tokens (approved beforehand).
    function depositCollateral(uint256 amount) external whenNotPaused {
        require(amount > 0, "zero collateral");
        collateral[msg.sender] += amount;
        emit CollateralDeposited(msg.sender, amount);
        collateralToken.safeTransferFrom(msg.sender, address(this), amount);
    }

    /// @notice Take back `amount` collateral tokens, if what is left still
    /// covers your debt.
    function withdrawCollateral(uint256 amount) external whenNotPaused {
        uint256 bal = collateral[msg.sender];
        require(amount > 0 && amount <= bal, "insufficient collateral");
        collateral[msg.sender] = bal - amount;
        require(debt[msg.sender] <= maxBorrow(msg.sender), "undercollateralized");
        emit CollateralWithdrawn(msg.sender, amount);
        collateralToken.safeTransfer(msg.sender, amount);
    }

    /// @notice Borrow `amount` wei against your collateral.
    function borrow(uint256 amount) external whenNotPaused {
        require(amount > 0, "zero borrow");
        require(debt[msg.sender] + amount <= maxBorrow(msg.sender), "borrow above collateral value");
        require(amount <= address(this).balance, "insufficient liquidity");
        debt[msg.sender] += amount;
        emit Borrowed(msg.sender, amount);
        (bool ok, ) = msg.sender.call{value: amount}("");
        require(ok, "transfer failed");
    }

    /// @notice Repay the ETH sent with this call off your debt. Works while
    /// paused: paying back never hurts the vault.
    function repay() external payable {
        require(msg.value > 0 && msg.value <= debt[msg.sender], "bad repay amount");
        debt[msg.sender] -= msg.value;
        emit Repaid(msg.sender, msg.value);
    }

    /// @notice The most `account` may owe: 75% of its collateral's value.
    function maxBorrow(address account) public view returns (uint256) {
        return (((collateral[account] * collateralPrice()) / 1e18) * LTV_BPS) / 10000;
    }

    /// @notice The collateral's price, in wei per whole token.
    /// @dev VULNERABLE: the pool's spot price, which a single transaction
    /// can move as far as its capital allows (a flash loan's included) and
    /// move back before it ends.
    function collateralPrice() public view returns (uint256) {
        return pricePool.spotPrice();
    }

    /// @notice Stop deposits, withdrawals, collateral moves and borrowing.
    function pause() external onlyRole(GUARDIAN_ROLE) {
        _pause();
    }

    /// @notice Resume them.
    function unpause() external onlyRole(GUARDIAN_ROLE) {
        _unpause();
    }

    /// @notice ETH actually held by the vault (deposits not lent out).
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
