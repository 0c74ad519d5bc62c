// SPDX-License-Identifier: MIT
pragma solidity ^0.8.20;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {ReentrancyGuard} from "@openzeppelin/contracts/utils/ReentrancyGuard.sol";

/// @title SpotPool - a constant-product ETH/DCOL market (drill material)
/// @notice A Uniswap-v2-style pool of one ERC-20 (reserve0, `token`) against
/// ETH (reserve1), with the 0.3% swap fee and v2's Swap and Sync events.
/// The liquidity belongs to the drill's market maker: addLiquidity takes
/// tokens and ETH and mints nothing back.
///
/// Two prices, in wei per whole token (1e18 base units):
///   - spotPrice(): reserve1 * 1e18 / reserve0, right now. One large swap
///     moves it, and a flash loan makes a large swap free: borrow, swap,
///     use the moved price, swap back, repay, all in one transaction.
///   - observedPrice(): the price as of the start of the current block.
///     The pool records the spot price before the first reserve change of
///     each block, so trades inside a block (a flash loan's included) never
///     move it; an attacker would have to hold the moved price across a
///     block boundary, in the open, at the arbitrageurs' mercy. Real
///     protocols go further (v2's cumulative TWAP, Chainlink); one block is
///     what the drill needs.
///
/// @dev DRILL CONTRACT. The pool is honest; LendingVaultV1 misuses it by
/// reading spotPrice() as a collateral price.
contract SpotPool is ReentrancyGuard {
    using SafeERC20 for IERC20;

    /// @notice The token side of the pool (reserve0).
    IERC20 public immutable token;

    /// @dev Tokens held for trading, in base units (see getReserves).
    uint256 private _reserve0;
    /// @dev ETH held for trading, in wei (see getReserves).
    uint256 private _reserve1;
    /// @notice The spot price recorded before the first reserve change of
    /// block `lastBlock`: that block's opening price.
    uint256 public lastPrice;
    /// @notice The block in which the reserves last changed.
    uint256 public lastBlock;

    /// @notice Uniswap v2's Swap event: token0 is `token`, token1 is ETH.
    event Swap(
        address indexed sender,
        uint256 amount0In,
        uint256 amount1In,
        uint256 amount0Out,
        uint256 amount1Out,
        address indexed to
    );
    /// @notice Uniswap v2's Sync event: the reserves after every change.
    event Sync(uint112 reserve0, uint112 reserve1);

    constructor(IERC20 token_) {
        token = token_;
    }

    /// @notice Add `tokenAmount` tokens (approved beforehand) and the ETH
    /// sent with the call to the reserves. No LP tokens: the liquidity
    /// stays the market maker's for the drill.
    function addLiquidity(uint256 tokenAmount) external payable nonReentrant {
        require(tokenAmount > 0 && msg.value > 0, "zero liquidity");
        _observe();
        token.safeTransferFrom(msg.sender, address(this), tokenAmount);
        _update(_reserve0 + tokenAmount, _reserve1 + msg.value);
    }

    /// @notice Sell the ETH sent with the call for tokens, sent to the caller.
    /// @param minOut Revert unless at least this many tokens come out.
    function swapExactETHForTokens(uint256 minOut) external payable nonReentrant returns (uint256 out) {
        require(msg.value > 0, "zero input");
        out = getAmountOut(msg.value, _reserve1, _reserve0);
        require(out > 0 && out >= minOut, "insufficient output");
        _observe();
        _update(_reserve0 - out, _reserve1 + msg.value);
        emit Swap(msg.sender, 0, msg.value, out, 0, msg.sender);
        token.safeTransfer(msg.sender, out);
    }

    /// @notice Sell `amountIn` tokens (approved beforehand) for ETH, sent to
    /// the caller.
    /// @param minOut Revert unless at least this much ETH (wei) comes out.
    function swapExactTokensForETH(uint256 amountIn, uint256 minOut) external nonReentrant returns (uint256 out) {
        require(amountIn > 0, "zero input");
        out = getAmountOut(amountIn, _reserve0, _reserve1);
        require(out > 0 && out >= minOut, "insufficient output");
        _observe();
        token.safeTransferFrom(msg.sender, address(this), amountIn);
        _update(_reserve0 + amountIn, _reserve1 - out);
        emit Swap(msg.sender, amountIn, 0, 0, out, msg.sender);
        (bool ok, ) = msg.sender.call{value: out}("");
        require(ok, "transfer failed");
    }

    /// @notice The reserves: tokens (reserve0) and ETH in wei (reserve1).
    function getReserves() external view returns (uint256 reserve0, uint256 reserve1) {
        return (_reserve0, _reserve1);
    }

    /// @notice What a swap of `amountIn` pays out against these reserves,
    /// after the 0.3% fee (Uniswap v2's getAmountOut).
    function getAmountOut(uint256 amountIn, uint256 reserveIn, uint256 reserveOut) public pure returns (uint256) {
        if (reserveIn == 0 || reserveOut == 0) return 0;
        uint256 amountInWithFee = amountIn * 997;
        return (amountInWithFee * reserveOut) / (reserveIn * 1000 + amountInWithFee);
    }

    /// @notice The price right now, in wei per whole token (0 while the
    /// pool is empty). Any swap moves it, within the same transaction.
    function spotPrice() public view returns (uint256) {
        if (_reserve0 == 0) return 0;
        return (_reserve1 * 1e18) / _reserve0;
    }

    /// @notice The price at the start of the current block, in wei per
    /// whole token: trades earlier in this block (or in this transaction)
    /// do not move it.
    function observedPrice() external view returns (uint256) {
        return block.number != lastBlock ? spotPrice() : lastPrice;
    }

    /// @dev Before the first reserve change of a block, record the price
    /// the block opened with.
    function _observe() private {
        if (block.number != lastBlock) {
            lastPrice = spotPrice();
            lastBlock = block.number;
        }
    }

    function _update(uint256 r0, uint256 r1) private {
        require(r0 <= type(uint112).max && r1 <= type(uint112).max, "reserve overflow");
        _reserve0 = r0;
        _reserve1 = r1;
        emit Sync(uint112(r0), uint112(r1));
    }
}
