package drill

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"warroom/chain"
	"warroom/chain/contracts"
	"warroom/chain/deploy"
	"warroom/chain/shadow"
)

// The oracle-manipulation drill (bZx 2020, Harvest 2020, Mango 2022): a
// lending vault that values its DCOL collateral at a spot AMM pool's
// price. The attacker's contract borrows 100 ether by flash loan, buys
// DCOL with it (the price goes up fourfold), posts a little DCOL as
// collateral worth 11 ether at that price, borrows 11 ether, sells the
// DCOL back and repays the loan, all in one transaction, every other block.
func init() {
	scenarios = append(scenarios, Scenario{
		Name:       "oracle-manipulation",
		Title:      "Flash-loaned price skew drains a lending vault",
		Summary:    "A lending vault prices its collateral at a spot AMM pool: an attacker flash-borrows 100 ETH, pumps the pool, borrows 11 ETH against a pinch of collateral, dumps and repays, every other block, until someone pauses it (bZx 2020, Harvest 2020, Mango 2022).",
		Length:     48,
		AttackFrom: 12,
		Fixes: []Fix{
			{Artifact: contracts.LendingVaultV2Name, Right: true, About: "a candidate fix: collateral is valued at the pool's price as the block began"},
			{Artifact: contracts.LendingVaultV2BorrowCapName, Right: false, About: "a candidate fix: no single borrow may take more than a quarter of the vault"},
		},
		Implementation: contracts.LendingVaultV1Name,
		Attacker:       contracts.OracleAttackerName,
		prepare:        prepareMarket,
		initialize: func(timelock common.Address, x extras) ([]byte, error) {
			return contracts.NewLendingVaultV1().PackInitialize(timelock, Key(roleGuardian).Address(), x[extraToken], x[extraPool]), nil
		},
		newScript:   newOracleManipulation,
		regressions: lendingRegressions,
	})
}

// The market around the lending vault, by the names the console shows.
const (
	extraToken  = "DCOL"
	extraPool   = "SpotPool"
	extraLender = "FlashLender"
)

// The market's size: the pool's liquidity, what the flash lender holds,
// what each user holds of DCOL, and what the borrower posts.
var (
	poolETH        = ether(100)
	poolTokens     = ether(10_000)
	lenderETH      = ether(500)
	userTokens     = ether(5_000)
	borrowerTokens = ether(500)
	oracleLoan     = ether(100)
	// oracleStake covers the attack's round trip through the pool (fees
	// and the collateral left behind); oracleFunds is what the mixer sends.
	oracleStake = ether(3)
	oracleFunds = ether(8)
)

// roleBorrower posts DCOL and borrows small amounts in ordinary traffic.
const roleBorrower = "user-1"

// prepareMarket deploys DCOL, its spot pool and a flash lender, then
// gives the pool its liquidity, the lender its ETH and each user DCOL.
func prepareMarket(ctx context.Context, e *env) ([]deploy.Extra, error) {
	s := deploy.NewSteps(ctx, e.c, e.miner, e.account(roleDeployer))
	rs, err := s.Mined("the market", s.Create(contracts.DrillTokenMetaData.Bin, contracts.NewDrillToken().PackConstructor(ether(1_000_000))),
		s.Create(contracts.FlashLenderMetaData.Bin, nil))
	if err != nil {
		return nil, err
	}
	token, lender := rs[0].ContractAddress, rs[1].ContractAddress
	rs, err = s.Mined("the spot pool", s.Create(contracts.SpotPoolMetaData.Bin, contracts.NewSpotPool().PackConstructor(token)))
	if err != nil {
		return nil, err
	}
	pool := rs[0].ContractAddress
	dcol := contracts.NewDrillToken()
	txs := []*types.Transaction{s.Call(token, dcol.PackApprove(pool, poolTokens), nil), s.Call(lender, nil, lenderETH)}
	for i := 0; i < numUsers; i++ {
		txs = append(txs, s.Call(token, dcol.PackTransfer(Key(roleUser(i)).Address(), userTokens), nil))
	}
	if _, err := s.Mined("the market's funds", txs...); err != nil {
		return nil, err
	}
	if _, err := s.Mined("the pool's liquidity", s.Call(pool, contracts.NewSpotPool().PackAddLiquidity(poolTokens), poolETH)); err != nil {
		return nil, err
	}
	return []deploy.Extra{
		{Name: extraToken, Address: token, Artifact: contracts.DrillTokenName},
		{Name: extraPool, Address: pool, Artifact: contracts.SpotPoolName, Role: chain.RoleOracle},
		{Name: extraLender, Address: lender, Artifact: contracts.FlashLenderName},
	}, nil
}

func newOracleManipulation(e *env) (script, error) {
	x := extrasOf(e.dep.Extras)
	att := contracts.NewOracleAttacker()
	code := append(common.FromHex(contracts.OracleAttackerMetaData.Bin), att.PackConstructor(e.dep.Vault, x[extraPool], x[extraLender], x[extraToken])...)
	s := newVaultScript(e, code, func() []byte { return att.PackAttack(oracleLoan, takeoverChunk) })
	s.funds, s.stake, s.attackGas = oracleFunds, oracleStake, gasFlashAttack
	pool, dcol, vault := contracts.NewSpotPool(), contracts.NewDrillToken(), contracts.NewLendingVaultV1()
	token, poolAddr := x[extraToken], x[extraPool]
	s.extra = func(ctx context.Context, k uint64) error {
		// The users let the pool and the vault move their DCOL; the
		// borrower posts collateral.
		if k == 1 {
			for i := 0; i < numUsers; i++ {
				u := s.account(roleUser(i))
				for _, spender := range []common.Address{x[extraPool], e.dep.Vault} {
					if _, err := u.Send(ctx, &token, dcol.PackApprove(spender, ether(1_000_000)), nil, gasDeposit); err != nil {
						return fmt.Errorf("%s approves: %w", roleUser(i), err)
					}
				}
			}
			return nil
		}
		if k == 2 {
			_, err := s.account(roleBorrower).Send(ctx, &e.dep.Vault, vault.PackDepositCollateral(borrowerTokens), nil, gasDeposit)
			return err
		}
		// A user swaps a little either way; now and then the borrower
		// borrows or repays a little.
		u := s.account(roleUser(1 + s.rng.IntN(numUsers-1)))
		// Busy traffic splits the same volume into more, smaller swaps.
		amount := eth(int64(500+s.rng.IntN(1500)) / int64(s.busy+1))
		if s.rng.IntN(2) == 0 {
			if _, err := u.Send(ctx, &poolAddr, pool.PackSwapExactETHForTokens(new(big.Int)), amount, gasDeposit); err != nil {
				return fmt.Errorf("swap: %w", err)
			}
		} else {
			tokens := new(big.Int).Mul(amount, big.NewInt(100)) // about as much DCOL at the pool's opening price
			if _, err := u.Send(ctx, &poolAddr, pool.PackSwapExactTokensForETH(tokens, new(big.Int)), nil, gasDeposit); err != nil {
				return fmt.Errorf("swap: %w", err)
			}
		}
		switch b := s.account(roleBorrower); {
		case s.round > 0:
		case k > numDeposit && k%8 == 4:
			amount, err := s.small(ctx, eth(500))
			if err != nil || amount.Sign() == 0 {
				return err
			}
			_, err = b.Send(ctx, &e.dep.Vault, vault.PackBorrow(amount), nil, gasDeposit)
			return err
		case k > numDeposit+4 && k%8 == 0:
			_, err := b.Send(ctx, &e.dep.Vault, vault.PackRepay(), eth(500), gasDeposit)
			return err
		}
		return nil
	}
	return s, nil
}

// gasFlashAttack is the gas limit of a flash-loan attack: loan, two swaps,
// collateral, borrow, repayment.
const gasFlashAttack = 2_000_000

// lendingRegressions are a depositor's deposit and withdrawal and the
// borrower's small borrow against the DCOL it posted.
func lendingRegressions(dep *deploy.Deployment) []shadow.TestCall {
	borrow := contracts.NewLendingVaultV1().PackBorrow(eth(200))
	return append(vaultRegressions(dep), shadow.TestCall{Name: "borrower borrows 0.2 ether", Kind: shadow.Regression,
		Call: shadow.Call{From: Key(roleBorrower).Address(), To: dep.Vault, Data: borrow}})
}
