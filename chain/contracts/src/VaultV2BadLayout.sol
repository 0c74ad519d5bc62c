// SPDX-License-Identifier: MIT
pragma solidity ^0.8.20;

import {Initializable} from "@openzeppelin/contracts/proxy/utils/Initializable.sol";
import {UUPSUpgradeable} from "@openzeppelin/contracts/proxy/utils/UUPSUpgradeable.sol";
import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";
import {Pausable} from "@openzeppelin/contracts/utils/Pausable.sol";
import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";

/// @title VaultV2BadLayout - a WRONG fix for VaultV1 (drill material)
/// @notice This is what a hurried responder might write: the re-entrancy fix
/// itself is right (checks-effects-interactions plus nonReentrant, exactly as
/// in VaultV2), but while they were at it they "also prepared a withdrawal
/// fee" and declared two new state variables ABOVE `balances`.
///
/// @dev Why that is fatal for an upgrade. Solidity assigns storage slots in
/// declaration order, and the proxy's storage was written by VaultV1:
///
///   slot | VaultV1 (what is in the proxy)  | VaultV2BadLayout (what it reads)
///   -----+---------------------------------+--------------------------------------
///    0   | AccessControl._roles            | AccessControl._roles
///    1   | Pausable._paused                | Pausable._paused + feeRecipient (packed)
///    2   | balances (mapping root)         | feeBps
///    3   | totalDeposits                   | balances (mapping root)
///    4   | -                               | totalDeposits
///
/// A mapping's entries live at keccak256(key, slot), so once `balances` moves
/// from slot 2 to slot 3 every depositor's balance reads as 0 and their ETH
/// is stuck; totalDeposits reads as 0; and feeBps reads slot 2, which held
/// nothing. Nothing reverts during the upgrade - it just silently corrupts.
///
/// Note the trap inside the trap: `feeRecipient` alone would NOT have moved
/// anything. An address is 20 bytes and Solidity packs it into the free
/// bytes of slot 1 next to the 1-byte `_paused` flag, so a trainee who only
/// adds an address may see an unchanged layout. It is `feeBps` (a full
/// 32-byte word) that shifts `balances`. Always diff the compiler's
/// storageLayout output; never reason about it by eye.
///
/// The right way to add state in an upgrade: declare new variables AFTER
/// all existing ones (or in an ERC-7201 namespace).
contract VaultV2BadLayout is Initializable, UUPSUpgradeable, AccessControl, Pausable, ReentrancyGuardTransient {
    /// @notice May pause and unpause deposits and withdrawals.
    bytes32 public constant GUARDIAN_ROLE = keccak256("GUARDIAN_ROLE");
    /// @notice May upgrade the implementation behind the proxy.
    bytes32 public constant UPGRADER_ROLE = keccak256("UPGRADER_ROLE");

    // WRONG: new state declared before the existing state (see above).
    /// @notice Where a (not yet implemented) withdrawal fee would go.
    address public feeRecipient;
    /// @notice The (not yet implemented) withdrawal fee, in basis points.
    uint256 public feeBps;

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

    /// @notice Called once, through the proxy, when deployed fresh.
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
    /// @dev The re-entrancy fix is correct here; the storage layout is not.
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

    /// @notice Configure the planned withdrawal fee.
    function setFee(address recipient, uint256 bps) external onlyRole(DEFAULT_ADMIN_ROLE) {
        require(bps <= 1_000, "fee too high");
        feeRecipient = recipient;
        feeBps = bps;
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
        return "2-bad";
    }

    /// @dev UUPS hook: only UPGRADER_ROLE (the timelock) may upgrade.
    function _authorizeUpgrade(address) internal override onlyRole(UPGRADER_ROLE) {}
}
