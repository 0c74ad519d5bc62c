// SPDX-License-Identifier: MIT
pragma solidity ^0.8.20;

/// @notice The borrower side of an ETH flash loan: ERC-3156's
/// IERC3156FlashBorrower.onFlashLoan, made payable so the loan arrives as
/// the call's value. Same parameters, so the same selector (0x23e30c8b).
interface IETHFlashBorrower {
    /// @notice Receives the loan (as msg.value) and must repay
    /// `amount + fee` to the lender (a plain ETH transfer) before it returns.
    /// @param initiator Who called flashLoan.
    /// @param token Always FlashLender.ETH.
    /// @param amount The loan, sent with this call.
    /// @param fee What the lender wants on top of `amount`.
    /// @param data The initiator's data, passed through unchanged.
    /// @return keccak256("ERC3156FlashBorrower.onFlashLoan")
    function onFlashLoan(address initiator, address token, uint256 amount, uint256 fee, bytes calldata data)
        external
        payable
        returns (bytes32);
}

/// @title FlashLender - ERC-3156-style flash loans of ETH (drill material)
/// @notice Lends any part of the ETH it holds for the length of one call:
/// flashLoan sends the ETH to the borrower's onFlashLoan, which must send
/// it back with a 5 bps fee before returning, or the whole transaction
/// reverts. It is the attacker's free capital in the oracle-manipulation
/// and donation drills: a flash loan turns a price or share-rate bug that
/// needs a whale into one anyone can exploit in one transaction.
///
/// ERC-3156 lends tokens; this lends ETH, named by the conventional
/// placeholder address ETH. Funding and repayment are plain transfers
/// (receive()).
///
/// @dev DRILL CONTRACT. It does what real flash lenders (Aave, Balancer,
/// dYdX, Uniswap flash swaps) do and is not itself vulnerable.
contract FlashLender {
    /// @notice The placeholder "token" address for ETH.
    address public constant ETH = 0xEeeeeEeeeEeEeeEeEeEeeEEEeeeeEeeeeeeeEEeE;
    /// @notice What onFlashLoan must return (ERC-3156).
    bytes32 public constant CALLBACK_SUCCESS = keccak256("ERC3156FlashBorrower.onFlashLoan");
    /// @notice The fee, in basis points of the loan.
    uint256 public constant FEE_BPS = 5;

    /// @notice One loan, repaid with its fee.
    event FlashLoan(address indexed receiver, address indexed token, uint256 amount, uint256 fee);

    /// @notice Funding and repayments arrive as plain transfers.
    receive() external payable {}

    /// @notice The largest loan available: all the ETH held, none of any token.
    function maxFlashLoan(address token) public view returns (uint256) {
        return token == ETH ? address(this).balance : 0;
    }

    /// @notice The fee for a loan of `amount`: 5 bps, rounded down.
    function flashFee(address token, uint256 amount) public pure returns (uint256) {
        require(token == ETH, "unsupported token");
        return (amount * FEE_BPS) / 10000;
    }

    /// @notice Lend `amount` wei to `receiver` for the length of its
    /// onFlashLoan callback, which gets `data` unchanged.
    /// @dev The loan is checked by the balance afterwards: the callback
    /// must send back at least `amount + fee` (plain transfer to receive()).
    function flashLoan(IETHFlashBorrower receiver, address token, uint256 amount, bytes calldata data)
        external
        returns (bool)
    {
        require(token == ETH, "unsupported token");
        uint256 before = address(this).balance;
        require(amount <= before, "amount exceeds max loan");
        uint256 fee = flashFee(token, amount);
        require(
            receiver.onFlashLoan{value: amount}(msg.sender, token, amount, fee, data) == CALLBACK_SUCCESS,
            "callback failed"
        );
        require(address(this).balance >= before + fee, "flash loan not repaid");
        emit FlashLoan(address(receiver), token, amount, fee);
        return true;
    }
}
