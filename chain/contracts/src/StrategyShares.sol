// SPDX-License-Identifier: MIT
pragma solidity ^0.8.20;

/// @title StrategyShares - a minimal ERC-4626-style share vault over ETH (drill material)
/// @notice A staking strategy's share token: deposit ETH, get shares; redeem
/// shares for their part of everything the strategy holds. Yield from the
/// staking strategy arrives as plain transfers (receive()), so totalAssets()
/// is simply the ETH balance, and every plain transfer raises the price of a
/// share. Not upgradeable, no roles: a third-party protocol the drill's
/// ShareVault invests in. The events are ERC-4626's.
///
/// @dev DRILL CONTRACT. VULNERABLE to the ERC-4626 inflation attack (the
/// "first depositor" or donation attack): shares are minted at
/// msg.value * totalSupply / assets, rounded down, with no virtual shares,
/// no dead shares and no minimum. Whoever deposits first, when the strategy
/// is empty, can buy 1 share for 1 wei and then donate X wei by a plain
/// transfer: one share is now worth X + 1 wei, so any later deposit of
/// less than X + 1 wei mints 0 shares, and its ETH accrues to the one share.
/// OpenZeppelin's ERC4626 defends with a decimals offset (virtual shares);
/// Uniswap v2 burns the first 1000 LP tokens.
contract StrategyShares {
    /// @notice Shares in existence.
    uint256 public totalSupply;
    /// @notice Shares held by each account.
    mapping(address => uint256) public balanceOf;

    /// @notice ERC-4626: `sender` deposited `assets` wei, `owner` got `shares`.
    event Deposit(address indexed sender, address indexed owner, uint256 assets, uint256 shares);
    /// @notice ERC-4626: `owner`'s `shares` were redeemed for `assets` wei,
    /// sent to `receiver`, by `sender`.
    event Withdraw(
        address indexed sender,
        address indexed receiver,
        address indexed owner,
        uint256 assets,
        uint256 shares
    );

    /// @notice Staking yield, and donations, arrive here.
    receive() external payable {}

    /// @notice Everything the strategy holds: its ETH balance.
    function totalAssets() public view returns (uint256) {
        return address(this).balance;
    }

    /// @notice Deposit the ETH sent with the call; mint shares to `receiver`.
    /// @dev VULNERABLE: rounds down to whatever it rounds to, 0 included,
    /// and takes the ETH anyway.
    function deposit(address receiver) external payable returns (uint256 shares) {
        require(msg.value > 0, "zero deposit");
        uint256 supply = totalSupply;
        if (supply == 0) {
            shares = msg.value;
        } else {
            uint256 assetsBefore = totalAssets() - msg.value;
            require(assetsBefore > 0, "no assets behind the shares");
            shares = (msg.value * supply) / assetsBefore;
        }
        totalSupply = supply + shares;
        balanceOf[receiver] += shares;
        emit Deposit(msg.sender, receiver, msg.value, shares);
    }

    /// @notice Burn `shares` of yours for their part of the assets, sent to
    /// `receiver`.
    function redeem(uint256 shares, address receiver) external returns (uint256 assets) {
        require(shares > 0 && shares <= balanceOf[msg.sender], "insufficient shares");
        assets = (shares * totalAssets()) / totalSupply;
        balanceOf[msg.sender] -= shares;
        totalSupply -= shares;
        emit Withdraw(msg.sender, receiver, msg.sender, assets, shares);
        (bool ok, ) = receiver.call{value: assets}("");
        require(ok, "transfer failed");
    }

    /// @notice What `shares` redeem for now, in wei.
    function convertToAssets(uint256 shares) public view returns (uint256) {
        uint256 supply = totalSupply;
        return supply == 0 ? shares : (shares * totalAssets()) / supply;
    }

    /// @notice How many shares `assets` wei would mint now.
    function convertToShares(uint256 assets) public view returns (uint256) {
        uint256 supply = totalSupply;
        if (supply == 0) return assets;
        uint256 total = totalAssets();
        return total == 0 ? 0 : (assets * supply) / total;
    }
}
