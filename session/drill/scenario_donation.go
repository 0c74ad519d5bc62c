package drill

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"

	"warroom/chain"
	"warroom/chain/contracts"
	"warroom/chain/deploy"
)

// The donation drill (ERC-4626 inflation; Euler 2023's donation without a
// check): the vault invests idle ETH, 11 ether at a time, in a freshly
// launched strategy whose share price counts plain ETH sent to it, and
// invest() is a keeper function anyone may call. The attacker's contract
// flash-borrows 12 ether, becomes the empty strategy's first depositor
// with 1 wei, donates the 12 ether, calls invest() (the vault's 11 ether
// mints no shares) and redeems its one share for all of it, every other
// block.
func init() {
	scenarios = append(scenarios, Scenario{
		Name:       "donation",
		Title:      "Donation inflates a fresh strategy's share price",
		Summary:    "The vault invests 11 ETH at a time in a new strategy that counts plain transfers as assets: an attacker becomes its first depositor with 1 wei, donates a flash loan, triggers the invest (which mints the vault no shares) and redeems everything, every other block, until someone pauses it (ERC-4626 inflation, Euler 2023).",
		Length:     48,
		AttackFrom: 12,
		Fixes: []Fix{
			{Artifact: contracts.ShareVaultV2Name, Right: true, About: "a candidate fix: invest() checks the shares it gets are worth what it paid"},
			{Artifact: contracts.ShareVaultV2SmallStepsName, Right: false, About: "a candidate fix: invest() moves 2 ETH at a time, so a bad price costs little"},
		},
		Implementation: contracts.ShareVaultV1Name,
		Attacker:       contracts.DonationAttackerName,
		prepare:        prepareStrategy,
		initialize: func(timelock common.Address, x extras) ([]byte, error) {
			return contracts.NewShareVaultV1().PackInitialize(timelock, Key(roleGuardian).Address(), x[extraStrategy]), nil
		},
		newScript:   newDonation,
		regressions: vaultRegressions,
	})
}

// extraStrategy is the strategy the vault invests in.
const extraStrategy = "Strategy"

var (
	// donationLoan is what each attack borrows and donates: more than
	// one invest, so the vault's deposit rounds down to no shares.
	donationLoan  = ether(12)
	donationStake = ether(1)
	donationFunds = ether(4)
)

// roleKeeper calls invest() in a world without the attacker (the quiet
// traffic); in the drill its first invest is still due when the attacker
// strikes, as a launch's often is.
const roleKeeper = "user-2"

// prepareStrategy deploys the strategy and a flash lender with its ETH.
func prepareStrategy(ctx context.Context, e *env) ([]deploy.Extra, error) {
	s := deploy.NewSteps(ctx, e.c, e.miner, e.account(roleDeployer))
	rs, err := s.Mined("the strategy", s.Create(contracts.StrategySharesMetaData.Bin, nil), s.Create(contracts.FlashLenderMetaData.Bin, nil))
	if err != nil {
		return nil, err
	}
	strategy, lender := rs[0].ContractAddress, rs[1].ContractAddress
	if _, err := s.Mined("the flash lender's ETH", s.Call(lender, nil, lenderETH)); err != nil {
		return nil, err
	}
	return []deploy.Extra{
		{Name: extraStrategy, Address: strategy, Artifact: contracts.StrategySharesName, Role: chain.RoleProtocol},
		{Name: extraLender, Address: lender, Artifact: contracts.FlashLenderName},
	}, nil
}

func newDonation(e *env) (script, error) {
	x := extrasOf(e.dep.Extras)
	att := contracts.NewDonationAttacker()
	code := append(common.FromHex(contracts.DonationAttackerMetaData.Bin), att.PackConstructor(e.dep.Vault, x[extraStrategy], x[extraLender])...)
	s := newVaultScript(e, code, func() []byte { return att.PackAttack(donationLoan) })
	s.funds, s.stake, s.attackGas = donationFunds, donationStake, gasFlashAttack
	if e.quiet {
		// Without the attacker the strategy is used as intended: the
		// keeper invests now and then, and a user holds shares of it.
		strategy, vault := contracts.NewStrategyShares(), contracts.NewShareVaultV1()
		addr := x[extraStrategy]
		s.extra = func(ctx context.Context, k uint64) error {
			if k <= numDeposit || s.round > 0 {
				return nil
			}
			if k%5 == 0 {
				if _, err := s.account(roleKeeper).Send(ctx, &e.dep.Vault, vault.PackInvest(), nil, gasWithdraw); err != nil {
					return fmt.Errorf("keeper invests: %w", err)
				}
			}
			// A user holds a little of the strategy once the vault has
			// invested, and now and then takes a fifth of it back.
			u := s.account(roleUser(3))
			if k <= 10 {
				return nil
			}
			if k%2 == 0 {
				_, err := u.Send(ctx, &addr, strategy.PackDeposit(u.Address()), eth(int64(200+s.rng.IntN(800))), gasDeposit)
				return err
			}
			mine, err := contracts.Call(ctx, s.c, x[extraStrategy], nil, strategy.PackBalanceOf(u.Address()), strategy.UnpackBalanceOf)
			if err != nil || mine.Sign() == 0 {
				return err
			}
			_, err = u.Send(ctx, &addr, strategy.PackRedeem(mine.Div(mine, big.NewInt(5)), u.Address()), nil, gasWithdraw)
			return err
		}
	}
	return s, nil
}
