package detect

import (
	"context"
	"math"
	"math/big"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"

	"warroom/chain"
	"warroom/chain/contracts"
	"warroom/chain/safe"
)

var (
	pairAddr     = common.HexToAddress("0x00000000000000000000000000000000000000d1")
	sharesAddr   = common.HexToAddress("0x00000000000000000000000000000000000000d2")
	lenderAddr   = common.HexToAddress("0x00000000000000000000000000000000000000d3")
	tokenAddr    = common.HexToAddress("0x00000000000000000000000000000000000000d4")
	defiSafe     = common.HexToAddress("0x00000000000000000000000000000000000000c5")
	singleton    = common.HexToAddress("0x00000000000000000000000000000000000000c6")
	trapAddr     = common.HexToAddress("0x00000000000000000000000000000000000000e5")
	ownMultiSend = common.HexToAddress("0x00000000000000000000000000000000000000c7")
	// The canonical MultiSend 1.4.1 and MultiSendCallOnly 1.4.1.
	multiSend141     = common.HexToAddress("0x38869bf66a61cF6bDB996A6aE40D5853Fd43B526")
	multiSendCall141 = common.HexToAddress("0x9641d764fc13c8B624c04430C7356C1C7C8102e2")
)

// defiEngine watches the vault, a v2-style pair, an ERC-4626 strategy and
// a Safe, with the default rules and the drill's own MultiSend.
func defiEngine() *Engine {
	d := testDecoder()
	d.Label(pairAddr, "Pair", nil)
	d.Label(sharesAddr, "Strategy", nil)
	d.Label(lenderAddr, "Lender", nil)
	d.Label(tokenAddr, "DAI", nil)
	s := contracts.MustLoad(contracts.SafeName)
	d.Label(defiSafe, "Safe", &s.ABI)
	watched := []chain.Watched{
		{Name: "Vault", Address: vaultAddr, Pausable: true, Role: chain.RoleProtocol},
		{Name: "Pair", Address: pairAddr, Role: chain.RoleProtocol},
		{Name: "Strategy", Address: sharesAddr, Role: chain.RoleProtocol},
		{Name: "Safe", Address: defiSafe, Role: chain.RoleSafe},
	}
	cfg := chain.DefaultRules()
	cfg.AddMultiSend(ownMultiSend)
	return NewEngine(cfg, watched, d, nil)
}

// eth is milli thousandths of an ether, in wei.
func milli(m int64) *big.Int { return new(big.Int).Mul(big.NewInt(m), big.NewInt(1e15)) }

func word(v *big.Int) []byte { return common.LeftPadBytes(v.Bytes(), 32) }

func syncLog(r0, r1 *big.Int) *types.Log {
	return &types.Log{Address: pairAddr, Topics: []common.Hash{topicSync}, Data: append(word(r0), word(r1)...)}
}

func depositLog(sender common.Address, assets, shares *big.Int) *types.Log {
	return &types.Log{Address: sharesAddr, Topics: []common.Hash{topicVaultDeposit, addrTopic(sender), addrTopic(sender)},
		Data: append(word(assets), word(shares)...)}
}

func withdrawLog(sender common.Address, assets, shares *big.Int) *types.Log {
	return &types.Log{Address: sharesAddr, Topics: []common.Hash{topicVaultWithdraw, addrTopic(sender), addrTopic(sender), addrTopic(sender)},
		Data: append(word(assets), word(shares)...)}
}

// logsOnly is a transaction seen without a trace: its receipt's logs.
func logsOnly(from, to common.Address, logs ...*types.Log) chain.TxObservation {
	return chain.TxObservation{Tx: types.NewTx(&types.DynamicFeeTx{To: &to, Data: []byte{1, 2, 3, 4}}), From: from,
		Receipt: &types.Receipt{Status: types.ReceiptStatusSuccessful, Logs: logs}}
}

func blockOf(n uint64, txs ...chain.TxObservation) *chain.BlockObservation {
	return &chain.BlockObservation{Info: chain.BlockInfo{Number: n}, Txs: txs, Balances: map[common.Address]*big.Int{vaultAddr: wei(100)}}
}

func classify(e *Engine, b *chain.BlockObservation, rule string) []chain.Finding {
	alerts, _ := e.Classify(context.Background(), b)
	return findings(alerts, rule)
}

// The price-deviation rule: a pool's price (reserve1/reserve0) moved
// PriceDeviationBps or more off its block-start price within one
// transaction, at its furthest Sync; high, critical at four times the
// limit. It needs no trace.
func TestPriceDeviationRule(t *testing.T) {
	open := func(e *Engine) { // block 10 leaves the pair at 100 tokens : 100 ETH, price 1
		if f := classify(e, blockOf(10, logsOnly(user, pairAddr, syncLog(wei(100), wei(100)))), chain.RulePriceDeviation); len(f) != 0 {
			t.Fatalf("a pool's first Sync: %+v", f)
		}
	}
	for _, c := range []struct {
		name       string
		txs        []chain.TxObservation // block 11
		sev        chain.Severity
		price, ref string // 18-decimal fixed point
		bps        uint64
		reason     string
	}{
		{"a flash-loan pump and dump: 25× and back", []chain.TxObservation{logsOnly(attacker, exploit,
			syncLog(wei(20), wei(500)), syncLog(wei(100), wei(100)))},
			chain.Critical, "25000000000000000000", "1000000000000000000", 240000,
			"Pair price swung 25× within one tx: block-start 1, furthest 25 (reserve1/reserve0; limit 10.0%)"},
		{"a 20% rise", []chain.TxObservation{logsOnly(user, pairAddr, syncLog(wei(100), wei(120)))},
			chain.High, "1200000000000000000", "1000000000000000000", 2000,
			"Pair price swung 20.0% within one tx: block-start 1, furthest 1.2 (reserve1/reserve0; limit 10.0%)"},
		{"a fall to 0.8 is 25% off", []chain.TxObservation{logsOnly(user, pairAddr, syncLog(wei(125), wei(100)))},
			chain.High, "800000000000000000", "1000000000000000000", 2500,
			"Pair price swung 25.0% within one tx: block-start 1, furthest 0.8 (reserve1/reserve0; limit 10.0%)"},
		{"two 6% steps in one block: the second is 12.36% off the block start", []chain.TxObservation{
			logsOnly(user, pairAddr, syncLog(wei(100), wei(106))),
			logsOnly(user, pairAddr, syncLog(wei(100), new(big.Int).Mul(big.NewInt(11236), big.NewInt(1e16))))},
			chain.High, "1123600000000000000", "1000000000000000000", 1236,
			"Pair price swung 12.4% within one tx: block-start 1, furthest 1.1236 (reserve1/reserve0; limit 10.0%)"},
	} {
		t.Run(c.name, func(t *testing.T) {
			e := defiEngine()
			open(e)
			alerts, _ := e.Classify(context.Background(), blockOf(11, c.txs...))
			got := findings(alerts, chain.RulePriceDeviation)
			if len(got) != 1 || len(alerts) != 1 {
				t.Fatalf("%d price-deviation findings in %d alerts, want 1: %+v", len(got), len(alerts), got)
			}
			f := got[0]
			if f.Severity != c.sev || f.Price.String() != c.price || f.RefPrice.String() != c.ref || f.DeviationBps != c.bps || f.LimitBps != 1000 ||
				f.Contract.Address != pairAddr {
				t.Errorf("finding %+v (price %s, ref %s), want %s %s %s %d", f, f.Price, f.RefPrice, c.sev, c.price, c.ref, c.bps)
			}
			if got := f.Reason(); got != c.reason {
				t.Errorf("reason %q\n want %q", got, c.reason)
			}
		})
	}

	// The reference is the block-start price: after block 11 moved it to
	// 1.2, block 12's small move from there is quiet.
	e := defiEngine()
	open(e)
	classify(e, blockOf(11, logsOnly(user, pairAddr, syncLog(wei(100), wei(120)))), chain.RulePriceDeviation)
	if f := classify(e, blockOf(12, logsOnly(user, pairAddr, syncLog(wei(100), wei(125)))), chain.RulePriceDeviation); len(f) != 0 {
		t.Errorf("1.2 → 1.25 (4.2%%) across a block: %+v", f)
	}
	// A pool never seen before takes its first Sync as the reference: a
	// pump and dump in its first transaction still shows.
	e = defiEngine()
	got := classify(e, blockOf(5, logsOnly(attacker, exploit, syncLog(wei(100), wei(100)), syncLog(wei(10), wei(1000)), syncLog(wei(100), wei(100)))),
		chain.RulePriceDeviation)
	if len(got) != 1 || got[0].DeviationBps != 990000 || got[0].Severity != chain.Critical || got[0].Price.String() != "100000000000000000000" {
		t.Errorf("a first transaction's pump: %+v", got)
	}
	// A price to zero is a move beyond measure.
	e = defiEngine()
	open(e)
	got = classify(e, blockOf(11, logsOnly(attacker, exploit, syncLog(wei(100), big.NewInt(0)))), chain.RulePriceDeviation)
	if len(got) != 1 || got[0].DeviationBps != math.MaxUint64 || got[0].Severity != chain.Critical ||
		got[0].Reason() != "Pair price swung to zero within one tx: block-start 1, furthest 0 (reserve1/reserve0; limit 10.0%)" {
		t.Errorf("a price to zero: %+v %s", got, got[0].Reason())
	}
	// Turned off.
	e = defiEngine()
	e.cfg.PriceDeviationBps = 0
	open(e)
	if f := classify(e, blockOf(11, logsOnly(attacker, exploit, syncLog(wei(20), wei(500)))), chain.RulePriceDeviation); len(f) != 0 {
		t.Errorf("priceDeviationBps 0: %+v", f)
	}
	// Another contract's Sync is not a watched pool's.
	e = defiEngine()
	l := syncLog(wei(100), wei(100))
	l.Address = exploit
	l2 := syncLog(wei(1), wei(100))
	l2.Address = exploit
	if f := classify(e, blockOf(11, logsOnly(attacker, pairAddr, l, l2)), chain.RulePriceDeviation); len(f) != 0 {
		t.Errorf("an unwatched pool: %+v", f)
	}
}

// The share-price rule: a deposit minting no shares is critical; an
// implied price (assets/shares) that moved SharePriceJumpBps or more from
// the vault's last is high, critical at four times the limit; a vault's
// first event is its reference.
func TestSharePriceRule(t *testing.T) {
	oneWei, share := big.NewInt(1), big.NewInt(1)
	t.Run("a 1-wei first deposit, then 1 share redeemed for 23 ETH", func(t *testing.T) {
		got := classify(defiEngine(), blockOf(3, logsOnly(attacker, sharesAddr, depositLog(attacker, oneWei, share), withdrawLog(attacker, wei(23), share))),
			chain.RuleSharePrice)
		if len(got) != 1 {
			t.Fatalf("%d share-price findings, want 1: %+v", len(got), got)
		}
		f := got[0]
		if f.Severity != chain.Critical || f.Event != "Withdraw" || f.Amount.Cmp(wei(23)) != 0 || f.Shares.Cmp(share) != 0 ||
			f.Price.String() != "23000000000000000000000000000000000000" || f.RefPrice.String() != "1000000000000000000" ||
			f.DeviationBps != math.MaxUint64 || f.LimitBps != 10000 || f.Actor.Address != attacker || f.Count != 1 {
			t.Errorf("finding %+v (price %s, ref %s)", f, f.Price, f.RefPrice)
		}
		if got, want := f.Reason(), "Strategy share price moved 2.3e19× in one Withdraw (23.000 ETH for 1 share): 1 → 2.3e19 per share (limit 100.0%)"; got != want {
			t.Errorf("reason %q\n want %q", got, want)
		}
	})
	t.Run("the victim's deposit mints no shares", func(t *testing.T) {
		e := defiEngine()
		classify(e, blockOf(3, logsOnly(attacker, sharesAddr, depositLog(attacker, oneWei, share))), chain.RuleSharePrice)
		// The attacker donated 10 ETH by a plain transfer (no event).
		got := classify(e, blockOf(4, logsOnly(user, sharesAddr, depositLog(user, wei(5), big.NewInt(0)))), chain.RuleSharePrice)
		if len(got) != 1 || got[0].Severity != chain.Critical || got[0].Amount.Cmp(wei(5)) != 0 || got[0].Shares.Sign() != 0 || got[0].Price != nil {
			t.Fatalf("findings %+v", got)
		}
		if got, want := got[0].Reason(), "Strategy minted no shares for 5.000 ETH: the share price was inflated (last price 1 per share)"; got != want {
			t.Errorf("reason %q\n want %q", got, want)
		}
		// It did not move the reference: the attacker's redemption of
		// the one share for 15 ETH is still a jump from 1.
		got = classify(e, blockOf(5, logsOnly(attacker, sharesAddr, withdrawLog(attacker, wei(15), share))), chain.RuleSharePrice)
		if len(got) != 1 || got[0].RefPrice.String() != "1000000000000000000" {
			t.Errorf("the redemption: %+v", got)
		}
	})
	t.Run("a doubling and a half is high, one at four times the limit critical", func(t *testing.T) {
		e := defiEngine()
		classify(e, blockOf(3, logsOnly(user, sharesAddr, depositLog(user, wei(10), wei(10)))), chain.RuleSharePrice)
		got := classify(e, blockOf(4, logsOnly(user, sharesAddr, withdrawLog(user, wei(25), wei(10)))), chain.RuleSharePrice)
		if len(got) != 1 || got[0].Severity != chain.High || got[0].DeviationBps != 15000 || got[0].Price.String() != "2500000000000000000" {
			t.Fatalf("findings %+v", got)
		}
		if got, want := got[0].Reason(), "Strategy share price moved 2.5× in one Withdraw (25.000 ETH for 1e19 shares): 1 → 2.5 per share (limit 100.0%)"; got != want {
			t.Errorf("reason %q\n want %q", got, want)
		}
		got = classify(e, blockOf(5, logsOnly(user, sharesAddr, depositLog(user, wei(1), wei(2)))), chain.RuleSharePrice)
		if len(got) != 1 || got[0].Severity != chain.Critical || got[0].DeviationBps != 40000 || got[0].Event != "Deposit" {
			t.Errorf("2.5 → 0.5: %+v", got)
		}
	})
	t.Run("several events: one finding, the zero-share one first", func(t *testing.T) {
		e := defiEngine()
		got := classify(e, blockOf(3, logsOnly(attacker, sharesAddr, depositLog(attacker, oneWei, share), withdrawLog(attacker, wei(3), share),
			depositLog(user, wei(1), big.NewInt(0)), depositLog(user, wei(9), share))), chain.RuleSharePrice)
		if len(got) != 1 || got[0].Count != 3 || got[0].Shares.Sign() != 0 || got[0].Amount.Cmp(wei(1)) != 0 {
			t.Errorf("findings %+v", got)
		}
	})
	t.Run("the jump check off, the zero-share check on", func(t *testing.T) {
		e := defiEngine()
		e.cfg.SharePriceJumpBps = 0
		got := classify(e, blockOf(3, logsOnly(attacker, sharesAddr, depositLog(attacker, oneWei, share), withdrawLog(attacker, wei(23), share),
			depositLog(user, wei(1), big.NewInt(0)))), chain.RuleSharePrice)
		if len(got) != 1 || got[0].Shares.Sign() != 0 || got[0].Count != 1 {
			t.Errorf("findings %+v", got)
		}
	})
	t.Run("a vault's first event is its reference", func(t *testing.T) {
		if got := classify(defiEngine(), blockOf(3, logsOnly(user, sharesAddr, withdrawLog(user, wei(23), share))), chain.RuleSharePrice); len(got) != 0 {
			t.Errorf("findings %+v", got)
		}
	})
}

// onFlashLoan is an ERC-3156 callback's calldata.
func onFlashLoan(initiator, token common.Address, amount, fee *big.Int) []byte {
	sel := selectorOf("onFlashLoan(address,address,uint256,uint256,bytes)")
	b := append(sel[:], word(initiator.Big())...)
	b = append(b, word(token.Big())...)
	b = append(b, word(amount)...)
	b = append(b, word(fee)...)
	b = append(b, word(big.NewInt(160))...)
	return append(b, word(big.NewInt(0))...)
}

// loanFrame is attack() on the exploit contract borrowing amount ether
// from the lender, running inner in its callback and repaying with the
// 5 bps fee.
func loanFrame(amount *big.Int, inner ...chain.CallFrame) chain.CallFrame {
	fee := new(big.Int).Div(new(big.Int).Mul(amount, big.NewInt(5)), big.NewInt(10000))
	repay := frame("CALL", exploit, lenderAddr, nil, new(big.Int).Add(amount, fee))
	cb := frame("CALL", lenderAddr, exploit, onFlashLoan(exploit, ethToken, amount, fee), amount, append(inner, repay)...)
	return frame("CALL", attacker, exploit, []byte{1, 2, 3, 4}, nil, frame("CALL", exploit, lenderAddr, []byte{5, 6, 7, 8}, nil, cb))
}

// deposit is the exploit depositing 1 ether in the vault.
func deposit(v *contracts.VaultV1) chain.CallFrame {
	return frame("CALL", exploit, vaultAddr, v.PackDeposit(), wei(1))
}

func TestFlashLoanSelectors(t *testing.T) {
	want := map[string]string{
		"onFlashLoan": "0x23e30c8b", "uniswapV2Call": "0x10d1e85c",
	}
	for _, cb := range flashCallbacks {
		if w, ok := want[cb.name]; ok && hexutil.Encode(cb.sel[:]) != w {
			t.Errorf("%s selector %s, want %s", cb.name, hexutil.Encode(cb.sel[:]), w)
		}
	}
	if len(flashCallbacks) != 7 {
		t.Errorf("%d callbacks", len(flashCallbacks))
	}
}

// The flash-loan rule: a loan in a transaction touching a watched
// contract is medium; high when the transaction also takes value out of
// a watched contract or trips price-deviation or share-price; a reverted
// loan is still reported.
func TestFlashLoanRule(t *testing.T) {
	v := contracts.NewVaultV1()
	t.Run("a loan alone is medium", func(t *testing.T) {
		got := classify(defiEngine(), traced(loanFrame(wei(1000), deposit(v))), chain.RuleFlashLoan)
		if len(got) != 1 {
			t.Fatalf("%d flash-loan findings: %+v", len(got), got)
		}
		f := got[0]
		if f.Severity != chain.Medium || f.Amount.Cmp(wei(1000)) != 0 || f.Token != nil || f.Lender.Address != lenderAddr || f.Actor.Address != exploit ||
			f.Method != "onFlashLoan" || f.Count != 1 || f.Reverted || f.With != nil || f.Contract.Address != vaultAddr {
			t.Errorf("finding %+v", f)
		}
		if got, want := f.Reason(), "flash loan of 1,000.000 ETH from Lender to "+chain.ShortAddr(exploit)+" (onFlashLoan callback)"; got != want {
			t.Errorf("reason %q\n want %q", got, want)
		}
	})
	t.Run("with a withdrawal from the vault it is high", func(t *testing.T) {
		got := classify(defiEngine(), traced(loanFrame(wei(1000), withdrawFrame(v, wei(2)))), chain.RuleFlashLoan)
		if len(got) != 1 || got[0].Severity != chain.High || len(got[0].With) != 1 || got[0].With[0] != chain.WithValueOut {
			t.Fatalf("findings %+v", got)
		}
		if got, want := got[0].Reason(), "flash loan of 1,000.000 ETH from Lender to "+chain.ShortAddr(exploit)+
			" (onFlashLoan callback); the same tx moves value out of a watched contract"; got != want {
			t.Errorf("reason %q\n want %q", got, want)
		}
	})
	t.Run("with a pumped pool it is high", func(t *testing.T) {
		e := defiEngine()
		classify(e, blockOf(10, logsOnly(user, pairAddr, syncLog(wei(100), wei(100)))), chain.RuleFlashLoan)
		b := traced(loanFrame(wei(1000), frame("CALL", exploit, pairAddr, []byte{9, 9, 9, 9}, wei(400))))
		b.Info.Number = 11
		b.Txs[0].Receipt.Logs = []*types.Log{syncLog(wei(20), wei(500)), syncLog(wei(100), wei(100))}
		alerts, _ := e.Classify(context.Background(), b)
		got := findings(alerts, chain.RuleFlashLoan)
		if len(got) != 1 || got[0].Severity != chain.High || strings.Join(got[0].With, ",") != "price-deviation" || len(findings(alerts, chain.RulePriceDeviation)) != 1 {
			t.Fatalf("findings %+v", alerts[0].Findings)
		}
		if !strings.HasSuffix(got[0].Reason(), "; the same tx trips price-deviation") {
			t.Errorf("reason %q", got[0].Reason())
		}
	})
	t.Run("a token loan repaid to a watched lender is no value out", func(t *testing.T) {
		// ERC-3156 lending DAI: the amount and the token are arguments.
		cb := frame("CALL", vaultAddr, exploit, onFlashLoan(exploit, tokenAddr, wei(5_000_000), wei(2500)), nil)
		b := traced(frame("CALL", attacker, vaultAddr, []byte{5, 6, 7, 8}, nil, cb))
		transfer := func(from, to common.Address, v *big.Int) *types.Log {
			return &types.Log{Address: tokenAddr, Topics: []common.Hash{topicTransfer, addrTopic(from), addrTopic(to)}, Data: word(v)}
		}
		b.Txs[0].Receipt.Logs = []*types.Log{transfer(vaultAddr, exploit, wei(5_000_000)), transfer(exploit, vaultAddr, wei(5_002_500))}
		got := classify(defiEngine(), b, chain.RuleFlashLoan)
		if len(got) != 1 || got[0].Severity != chain.Medium || got[0].Token == nil || got[0].Token.Address != tokenAddr || got[0].Amount.Cmp(wei(5_000_000)) != 0 ||
			got[0].Contract.Address != vaultAddr {
			t.Fatalf("findings %+v", got)
		}
		if got, want := got[0].Reason(), "flash loan of 5,000,000,000,000,000,000,000,000 base units of DAI from Vault to "+chain.ShortAddr(exploit)+" (onFlashLoan callback)"; got != want {
			t.Errorf("reason %q\n want %q", got, want)
		}
		// Not repaid: the vault is out of pocket.
		b.Txs[0].Receipt.Logs = b.Txs[0].Receipt.Logs[:1]
		if got := classify(defiEngine(), b, chain.RuleFlashLoan); len(got) != 1 || got[0].Severity != chain.High {
			t.Errorf("unrepaid: %+v", got)
		}
	})
	t.Run("a reverted loan is medium and says so", func(t *testing.T) {
		f := loanFrame(wei(1000), withdrawFrame(v, wei(2)))
		f.Error = "execution reverted"
		got := classify(defiEngine(), traced(f), chain.RuleFlashLoan)
		if len(got) != 1 || got[0].Severity != chain.Medium || !got[0].Reverted || got[0].With != nil {
			t.Fatalf("findings %+v", got)
		}
		if !strings.HasSuffix(got[0].Reason(), "(onFlashLoan callback), reverted") {
			t.Errorf("reason %q", got[0].Reason())
		}
	})
	t.Run("two loans, the first reverted: one finding on the second", func(t *testing.T) {
		failed := loanFrame(wei(5)).Calls[0]
		failed.Error = "execution reverted"
		second := loanFrame(wei(7), withdrawFrame(v, wei(2))).Calls[0]
		got := classify(defiEngine(), traced(frame("CALL", attacker, exploit, []byte{1, 2, 3, 4}, nil, failed, second)), chain.RuleFlashLoan)
		if len(got) != 1 || got[0].Count != 2 || got[0].Amount.Cmp(wei(7)) != 0 || got[0].Reverted || got[0].Severity != chain.High {
			t.Fatalf("findings %+v", got)
		}
		if !strings.Contains(got[0].Reason(), ", 2 loans in the tx") {
			t.Errorf("reason %q", got[0].Reason())
		}
	})
	t.Run("a Uniswap v2 flash swap has no amount argument", func(t *testing.T) {
		sel := selectorOf("uniswapV2Call(address,uint256,uint256,bytes)")
		cb := frame("CALL", pairAddr, exploit, append(sel[:], make([]byte, 160)...), nil)
		got := classify(defiEngine(), traced(frame("CALL", attacker, pairAddr, []byte{1, 2, 3, 4}, nil, cb)), chain.RuleFlashLoan)
		if len(got) != 1 || got[0].Amount != nil || got[0].Reason() != "flash loan from Pair to "+chain.ShortAddr(exploit)+" (uniswapV2Call callback)" {
			t.Errorf("findings %+v", got)
		}
	})
	t.Run("no loan, no finding", func(t *testing.T) {
		if got := classify(defiEngine(), traced(withdrawFrame(v, wei(2))), chain.RuleFlashLoan); len(got) != 0 {
			t.Errorf("findings %+v", got)
		}
	})
}

// execTx is the calldata of the Safe's execTransaction.
func execTxData(to common.Address, op uint8, data []byte) []byte {
	return contracts.NewSafe().PackExecTransaction(to, big.NewInt(0), data, op, big.NewInt(0), big.NewInt(0), big.NewInt(0),
		common.Address{}, common.Address{}, make([]byte, 65))
}

// execFrame is an owner's execTransaction on the Safe proxy, run by the
// singleton, whose call (or delegatecall) is inner.
func execFrame(to common.Address, op uint8, data []byte, inner ...chain.CallFrame) chain.CallFrame {
	input := execTxData(to, op, data)
	return frame("CALL", user, defiSafe, input, nil, frame("DELEGATECALL", defiSafe, singleton, input, nil, inner...))
}

// batch is a multiSend(bytes) batch of the transactions.
func batch(t *testing.T, txs ...chain.SafeTx) []byte {
	b, err := safe.MultiSendData(txs)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// The safe-delegatecall rule: a watched Safe delegatecalling anything but
// a known MultiSend, directly or inside a batch, is critical; calls and
// delegatecalls to known MultiSends with calls inside are quiet.
func TestSafeDelegateCallRule(t *testing.T) {
	backdoor := []byte{0xa9, 0x05, 0x9c, 0xbb, 1, 2, 3}
	direct := execFrame(trapAddr, 1, backdoor, frame("DELEGATECALL", defiSafe, trapAddr, backdoor, nil))
	t.Run("a delegatecall to the attacker's contract", func(t *testing.T) {
		got := classify(defiEngine(), traced(direct), chain.RuleSafeDelegateCall)
		if len(got) != 1 {
			t.Fatalf("%d findings: %+v", len(got), got)
		}
		f := got[0]
		if f.Severity != chain.Critical || f.Contract.Address != defiSafe || f.Target.Address != trapAddr || f.Via != nil || f.Method != "0xa9059cbb" ||
			f.Actor.Address != user || f.Reverted || f.Count != 1 {
			t.Errorf("finding %+v", f)
		}
		want := "Safe delegatecalls " + chain.ShortAddr(trapAddr) + ".0xa9059cbb() (not a known MultiSend): its code runs as the Safe and can rewrite the Safe's own storage (its owners, its singleton)"
		if got := f.Reason(); got != want {
			t.Errorf("reason %q\n want %q", got, want)
		}
	})
	t.Run("the target's ABI names the method", func(t *testing.T) {
		e := defiEngine()
		vv := contracts.MustLoad(contracts.VaultV1Name)
		e.dec.Label(trapAddr, "Trap", &vv.ABI)
		data := contracts.NewVaultV1().PackWithdraw(wei(1))
		got := classify(e, traced(execFrame(trapAddr, 1, data)), chain.RuleSafeDelegateCall)
		if len(got) != 1 || got[0].Method != "withdraw" || !strings.HasPrefix(got[0].Reason(), "Safe delegatecalls Trap.withdraw() (not a known MultiSend)") {
			t.Errorf("findings %+v", got)
		}
	})
	t.Run("the delegatecall failed", func(t *testing.T) {
		f := execFrame(trapAddr, 1, backdoor, frame("DELEGATECALL", defiSafe, trapAddr, backdoor, nil))
		f.Calls[0].Calls[0].Error = "execution reverted"
		got := classify(defiEngine(), traced(f), chain.RuleSafeDelegateCall)
		if len(got) != 1 || !got[0].Reverted || !strings.HasPrefix(got[0].Reason(), "Safe attempted (reverted) to delegatecall "+chain.ShortAddr(trapAddr)) {
			t.Errorf("findings %+v", got)
		}
	})
	t.Run("without a trace, from the transaction's input", func(t *testing.T) {
		b := traced(direct)
		b.Txs[0].Trace = nil
		got := classify(defiEngine(), b, chain.RuleSafeDelegateCall)
		if len(got) != 1 || got[0].Target.Address != trapAddr || got[0].Reverted {
			t.Fatalf("findings %+v", got)
		}
		b.Txs[0].Receipt.Logs = []*types.Log{{Address: defiSafe, Topics: []common.Hash{topicExecutionFailure}, Data: make([]byte, 64)}}
		if got := classify(defiEngine(), b, chain.RuleSafeDelegateCall); len(got) != 1 || !got[0].Reverted {
			t.Errorf("with ExecutionFailure: %+v", got)
		}
	})
	t.Run("a delegatecall hidden in a MultiSend batch", func(t *testing.T) {
		data := batch(t, chain.SafeTx{To: user, Value: wei(1)}, chain.SafeTx{To: trapAddr, Data: hexutil.Encode(backdoor), Operation: chain.SafeDelegateCall})
		got := classify(defiEngine(), traced(execFrame(multiSend141, 1, data)), chain.RuleSafeDelegateCall)
		if len(got) != 1 || got[0].Target.Address != trapAddr || got[0].Via == nil || got[0].Via.Address != multiSend141 {
			t.Fatalf("findings %+v", got)
		}
		want := "Safe delegatecalls " + chain.ShortAddr(trapAddr) + ".0xa9059cbb() in a MultiSend 1.4.1 batch (not a known MultiSend): its code runs as the Safe and can rewrite the Safe's own storage (its owners, its singleton)"
		if got := got[0].Reason(); got != want {
			t.Errorf("reason %q\n want %q", got, want)
		}
	})
	for _, c := range []struct {
		name string
		f    chain.CallFrame
	}{
		{"a call", execFrame(trapAddr, 0, backdoor, frame("CALL", defiSafe, trapAddr, backdoor, nil))},
		{"a batch of calls through MultiSendCallOnly", execFrame(multiSendCall141, 1, batch(t, chain.SafeTx{To: user, Value: wei(1)},
			chain.SafeTx{To: vaultAddr, Data: hexutil.Encode(contracts.NewVaultV1().PackPause())}))},
		{"the deployment's own MultiSend", execFrame(ownMultiSend, 1, batch(t, chain.SafeTx{To: user, Value: wei(1)}))},
		{"SignMessageLib 1.4.1", execFrame(common.HexToAddress("0xd53cd0aB83D845Ac265BE939c57F53AD838012c9"), 1, []byte{0x85, 0xa5, 0xaf, 0xfe})},
		{"execTransaction on an unwatched Safe", func() chain.CallFrame {
			f := execFrame(trapAddr, 1, backdoor)
			f.To = &exploit
			return f
		}()},
	} {
		t.Run("quiet: "+c.name, func(t *testing.T) {
			if got := classify(defiEngine(), traced(c.f), chain.RuleSafeDelegateCall); len(got) != 0 {
				t.Errorf("findings %+v", got)
			}
		})
	}
}

func TestSafeTxRisk(t *testing.T) {
	backdoor := []byte{0xa9, 0x05, 0x9c, 0xbb}
	calls := batch(t, chain.SafeTx{To: user, Value: wei(1)})
	hidden := batch(t, chain.SafeTx{To: user, Value: wei(1)}, chain.SafeTx{To: trapAddr, Data: hexutil.Encode(backdoor), Operation: chain.SafeDelegateCall})
	nested := batch(t, chain.SafeTx{To: multiSend141, Data: hexutil.Encode(hidden), Operation: chain.SafeDelegateCall})
	for _, c := range []struct {
		name  string
		to    common.Address
		op    uint8
		data  []byte
		known []common.Address
		risky bool
		why   string
	}{
		{"a call", trapAddr, 0, backdoor, nil, false, ""},
		{"a delegatecall to an unknown contract", trapAddr, 1, backdoor, nil, true,
			"the Safe delegatecalls " + trapAddr.Hex() + ".0xa9059cbb() (not a known MultiSend): its code runs as the Safe and can rewrite the Safe's own storage (its owners, its singleton)"},
		{"a batch of calls", multiSend141, 1, calls, nil, false, ""},
		{"a delegatecall inside a batch", multiSend141, 1, hidden, nil, true,
			"the Safe delegatecalls " + trapAddr.Hex() + ".0xa9059cbb() in a MultiSend 1.4.1 " + multiSend141.Hex() + " batch (not a known MultiSend): its code runs as the Safe and can rewrite the Safe's own storage (its owners, its singleton)"},
		{"a batch inside a batch", multiSend141, 1, nested, nil, true, ""},
		{"the deployment's own MultiSend", ownMultiSend, 1, calls, []common.Address{ownMultiSend}, false, ""},
		{"an unknown MultiSend-like contract", ownMultiSend, 1, calls, nil, true, ""},
		{"a batch that does not decode", multiSend141, 1, calls[:len(calls)-40], nil, true,
			"the Safe delegatecalls MultiSend " + multiSend141.Hex() + " with a batch that cannot be decoded: the delegatecalls it makes are unchecked"},
	} {
		t.Run(c.name, func(t *testing.T) {
			risky, why := SafeTxRisk(c.to, c.op, c.data, c.known)
			if risky != c.risky || c.why != "" && why != c.why || risky != (why != "") {
				t.Errorf("SafeTxRisk = %v, %q\n want %v, %q", risky, why, c.risky, c.why)
			}
		})
	}
	// The approvals board's warnings agree.
	for _, c := range []struct {
		data  []byte
		to    common.Address
		risky bool
	}{{hidden, multiSend141, true}, {calls, multiSend141, false}, {backdoor, trapAddr, true}} {
		ws := safe.Warnings(&chain.SafeTx{Safe: defiSafe, To: c.to, Data: hexutil.Encode(c.data), Operation: chain.SafeDelegateCall}, safe.Known{})
		warned := false
		for _, w := range ws {
			warned = warned || w.Code == safe.WarnDelegateCall
		}
		if risky, _ := SafeTxRisk(c.to, 1, c.data, nil); warned != risky || risky != c.risky {
			t.Errorf("to %s: SafeTxRisk %v, safe.Warnings %v", c.to.Hex(), risky, warned)
		}
	}
}

// The four rules stay quiet on a long run of ordinary traffic: small
// swaps on a 100 ETH pool, deposits and redemptions at a slowly rising
// share price, the Safe's calls and MultiSend batches, deposits and
// withdrawals on the vault, none with a flash loan.
func TestDefiRulesQuietOnOrdinaryTraffic(t *testing.T) {
	e := defiEngine()
	rng := rand.New(rand.NewPCG(1, 2))
	v := contracts.NewVaultV1()
	// The pair: 10,000 tokens (reserve0) : 100 ETH (reserve1), Uniswap
	// v2's 0.3% fee; arbitrage pulls the price back toward 0.01.
	r0, r1 := wei(10_000), wei(100)
	swap := func() *types.Log {
		in := milli(500 + rng.Int64N(1501)) // 0.5 to 2 ETH
		price := new(big.Rat).SetFrac(r1, r0)
		buy := price.Cmp(big.NewRat(1, 100)) < 0 || rng.IntN(2) == 0 // buying tokens raises the price
		if price.Cmp(big.NewRat(105, 10000)) > 0 {
			buy = false
		}
		out := func(in, rIn, rOut *big.Int) *big.Int {
			f := new(big.Int).Mul(in, big.NewInt(997))
			n := new(big.Int).Mul(f, rOut)
			return n.Div(n, new(big.Int).Add(new(big.Int).Mul(rIn, big.NewInt(1000)), f))
		}
		if buy {
			o := out(in, r1, r0)
			r1, r0 = new(big.Int).Add(r1, in), new(big.Int).Sub(r0, o)
		} else { // sell tokens worth about in
			tokens := new(big.Int).Div(new(big.Int).Mul(in, r0), r1)
			o := out(tokens, r0, r1)
			r0, r1 = new(big.Int).Add(r0, tokens), new(big.Int).Sub(r1, o)
		}
		return syncLog(r0, r1)
	}
	// The strategy: its assets grow 0.01% a block over its shares.
	assets, supply := wei(1000), wei(1000)
	vaultEvent := func() *types.Log {
		amount := milli(100 + rng.Int64N(4900))
		if rng.IntN(2) == 0 {
			shares := new(big.Int).Div(new(big.Int).Mul(amount, supply), assets)
			assets, supply = new(big.Int).Add(assets, amount), new(big.Int).Add(supply, shares)
			return depositLog(user, amount, shares)
		}
		shares := amount
		paid := new(big.Int).Div(new(big.Int).Mul(shares, assets), supply)
		assets, supply = new(big.Int).Sub(assets, paid), new(big.Int).Sub(supply, shares)
		return withdrawLog(user, paid, shares)
	}
	calls := func() []byte {
		return batch(t, chain.SafeTx{To: user, Value: wei(1)}, chain.SafeTx{To: vaultAddr, Data: hexutil.Encode(v.PackPause())})
	}
	txs, alerts := 0, 0
	for n := uint64(100); txs < 600; n++ {
		b := &chain.BlockObservation{Info: chain.BlockInfo{Number: n}, Balances: map[common.Address]*big.Int{vaultAddr: wei(100)}}
		add := func(f chain.CallFrame, logs ...*types.Log) {
			o := traced(f).Txs[0]
			o.Receipt.Logs = logs
			if rng.IntN(3) == 0 {
				o.Trace = nil // a node without traces
			}
			b.Txs = append(b.Txs, o)
		}
		add(frame("CALL", user, pairAddr, []byte{0x7f, 0xf3, 0x6a, 0xb5}, milli(1000)), swap())
		if rng.IntN(2) == 0 {
			add(frame("CALL", user, pairAddr, []byte{0x18, 0xcb, 0xaf, 0xe5}, nil), swap())
		}
		add(frame("CALL", user, sharesAddr, []byte{0x6e, 0x55, 0x3f, 0x65}, milli(1000)), vaultEvent(), vaultEvent())
		add(frame("CALL", user, vaultAddr, v.PackDeposit(), milli(500)))
		add(withdrawFrame(v, milli(10)))
		switch n % 3 {
		case 0:
			add(execFrame(user, 0, nil, frame("CALL", defiSafe, user, nil, wei(1))))
		case 1:
			add(execFrame(multiSendCall141, 1, calls(), frame("DELEGATECALL", defiSafe, multiSendCall141, calls(), nil)))
		default:
			add(execFrame(multiSend141, 1, calls()))
		}
		txs += len(b.Txs)
		got, _ := e.Classify(context.Background(), b)
		for _, rule := range []string{chain.RulePriceDeviation, chain.RuleSharePrice, chain.RuleFlashLoan, chain.RuleSafeDelegateCall} {
			for _, f := range findings(got, rule) {
				t.Errorf("block %d: %s", n, f.Reason())
			}
		}
		alerts += len(got)
		assets.Add(assets, new(big.Int).Div(assets, big.NewInt(10000))) // yield
	}
	if txs < 500 {
		t.Fatalf("%d transactions", txs)
	}
	// The same engine, after all that, still sees each attack.
	pump := logsOnly(attacker, exploit, syncLog(new(big.Int).Div(r0, big.NewInt(5)), new(big.Int).Mul(r1, big.NewInt(5))))
	inflated := logsOnly(user, sharesAddr, depositLog(user, wei(2), big.NewInt(0)))
	backdoor := []byte{0xa9, 0x05, 0x9c, 0xbb}
	rest := traced(loanFrame(wei(1000), deposit(v)), execFrame(trapAddr, 1, backdoor))
	b := blockOf(1000, pump, inflated, rest.Txs[0], rest.Txs[1])
	got, _ := e.Classify(context.Background(), b)
	for _, rule := range []string{chain.RulePriceDeviation, chain.RuleSharePrice, chain.RuleFlashLoan, chain.RuleSafeDelegateCall} {
		if f := findings(got, rule); len(f) != 1 {
			t.Errorf("after the traffic, %s: %+v", rule, f)
		}
	}
	t.Logf("%d transactions, %d alerts from the other rules; pair ended at %s : %s", txs, alerts, r0, r1)
}
