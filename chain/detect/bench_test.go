package detect

import (
	"context"
	"fmt"
	"math/big"
	"slices"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	gethrpc "github.com/ethereum/go-ethereum/rpc"

	"warroom/chain"
	"warroom/chain/contracts"
	"warroom/chain/deploy"
	"warroom/chain/devchain"
	"warroom/chain/tx"
)

// Sizes of the benchmark block: 1,000 transactions from distinct senders.
// One in a hundred is attack(12) against the vault; of the rest, one in four
// is a plain ether transfer (traced, touching nothing watched) and the others
// are 0.01 ether vault deposits and, twice as many, withdrawals that pay out.
// All vault traffic would not fit: 1,000 vault transactions need about 61M
// gas and the dev chain's blocks hold 60M.
const (
	benchTxs      = 1000
	benchAttacks  = benchTxs / 100
	benchSenders  = benchTxs - benchAttacks
	benchRounds   = 12
	benchTransfer = 3 // sender i sends a plain transfer when i%4 == benchTransfer
)

// Fixed gas limits, a little above what each needs (attack(12) uses 234,107
// but needs a limit of 596,687: each nested call keeps back 1/64 of its gas).
const (
	gasStake    = 300_000
	gasDeposit  = 70_000
	gasWithdraw = 80_000
	gasTransfer = 21_000
	gasAttack   = 700_000
)

func benchEther(milli int64) *big.Int { return new(big.Int).Mul(big.NewInt(milli), big.NewInt(1e15)) }

// benchBlock is one sealed block of benchmark traffic on the drill protocol,
// observed the way chain/watch's Watcher.Process observes it.
type benchBlock struct {
	obs     *chain.BlockObservation
	watched []chain.Watched
	dec     *Decoder
	code    CodeReader // the chain itself: the new-contract rule looks callers up
	attacks map[common.Hash]bool
}

// newBenchBlock deploys the drill protocol on a fresh embedded chain, has
// each sender stake 0.2 ether in the vault (198 ether in all, so an attack's
// 11 ether is over the 5% outflow threshold) and the attacker deploy its
// contract, then seals one block of benchmark traffic and reads it back:
// block, receipts, callTracer traces, senders, the vault's parent balance.
func newBenchBlock(b testing.TB) *benchBlock {
	b.Helper()
	key := func(role string) *tx.Signer { return tx.DrillSigner("detect bench/" + role) }
	keys := make([]*tx.Signer, benchSenders)
	alloc := types.GenesisAlloc{}
	for i := range keys {
		keys[i] = key(fmt.Sprintf("sender-%d", i))
		alloc[keys[i].Address()] = types.Account{Balance: benchEther(10_000)}
	}
	for _, role := range []string{"deployer", "attacker"} {
		alloc[key(role).Address()] = types.Account{Balance: benchEther(1_000_000)}
	}
	emb, err := devchain.New(devchain.Config{Alloc: alloc})
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { emb.Close() })
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	c := emb.Client()
	chainID, err := c.ChainID(ctx)
	if err != nil {
		b.Fatal(err)
	}
	acct := func(s *tx.Signer) *tx.Account { return tx.NewAccount(c, s, chainID) }
	dep, err := deploy.Drill(ctx, c, emb, acct(key("deployer")), deploy.Config{
		Owners: []common.Address{key("owner-1").Address(), key("owner-2").Address()}, Threshold: 1,
		Guardian: key("guardian").Address(), MinDelay: 60,
	})
	if err != nil {
		b.Fatal(err)
	}
	bb := &benchBlock{watched: dep.Watched(), dec: NewDecoder(), code: c, attacks: map[common.Hash]bool{}}
	if err := dep.Label(bb.dec); err != nil {
		b.Fatal(err)
	}
	vault, att := contracts.NewVaultV1(), contracts.NewReentrancyAttacker()
	attABI := att.GetABI()
	bb.dec.AddABI(&attABI)

	send := func(from *tx.Account, to *common.Address, data []byte, value *big.Int, gas uint64) *types.Transaction {
		t, err := from.Send(ctx, to, data, value, gas)
		if err != nil {
			b.Fatalf("send from %s: %v", from.Address().Hex(), err)
		}
		return t
	}
	senders := make([]*tx.Account, len(keys))
	var setup []*types.Transaction
	for i, k := range keys {
		senders[i] = acct(k)
		setup = append(setup, send(senders[i], &dep.Vault, vault.PackDeposit(), benchEther(200), gasStake))
	}
	attacker := acct(key("attacker"))
	code := append(common.FromHex(contracts.ReentrancyAttackerMetaData.Bin), att.PackConstructor(dep.Vault)...)
	setup = append(setup, send(attacker, nil, code, nil, 3_000_000))
	attackAddr := crypto.CreateAddress(attacker.Address(), setup[len(setup)-1].Nonce())
	if err := emb.CommitUntilMined(ctx, setup...); err != nil {
		b.Fatal(err)
	}

	// The measured block, attacks spread through it.
	for i, s := range senders {
		if i%(benchSenders/benchAttacks) == benchSenders/benchAttacks/2 {
			bb.attacks[send(attacker, &attackAddr, att.PackAttack(big.NewInt(benchRounds)), benchEther(1000), gasAttack).Hash()] = true
		}
		switch i % 4 {
		case benchTransfer:
			to := senders[(i+1)%len(senders)].Address()
			send(s, &to, nil, benchEther(10), gasTransfer)
		case 0:
			send(s, &dep.Vault, vault.PackDeposit(), benchEther(10), gasDeposit)
		default:
			send(s, &dep.Vault, vault.PackWithdraw(benchEther(10)), nil, gasWithdraw)
		}
	}
	if len(bb.attacks) != benchAttacks {
		b.Fatalf("sent %d attacks, want %d", len(bb.attacks), benchAttacks)
	}
	n := emb.Commit()
	bb.obs = observe(ctx, b, c, n, bb.watched)
	if len(bb.obs.Txs) != benchTxs {
		b.Fatalf("block %d holds %d of the %d transactions sent (%d gas used)", n, len(bb.obs.Txs), benchTxs, bb.obs.Info.GasUsed)
	}
	for _, o := range bb.obs.Txs {
		if o.Receipt.Status != types.ReceiptStatusSuccessful || o.Trace == nil {
			b.Fatalf("tx %s: status %d, trace %v", o.Tx.Hash().Hex(), o.Receipt.Status, o.Trace != nil)
		}
	}
	bb.addDefiTraffic(vault)
	return bb
}

// Two more watched contracts for the DeFi rules, which the drill protocol
// lacks: a Uniswap-v2-style pool and an ERC-4626 strategy.
var (
	benchPool     = common.HexToAddress("0x00000000000000000000000000000000000b0001")
	benchStrategy = common.HexToAddress("0x00000000000000000000000000000000000b0002")
)

// addDefiTraffic gives the price-deviation and share-price rules ordinary
// work, in the captured receipts: each vault deposit also swaps on a 100
// ETH pool (its Sync, the price a few percent either way), each
// withdrawal also redeems shares of a strategy whose price rises a little
// with each (its Withdraw). None of it trips a rule.
func (bb *benchBlock) addDefiTraffic(vault *contracts.VaultV1) {
	bb.watched = append(bb.watched, chain.Watched{Name: "Pool", Address: benchPool, Role: chain.RoleProtocol},
		chain.Watched{Name: "Strategy", Address: benchStrategy, Role: chain.RoleProtocol})
	word := func(v *big.Int) []byte { return common.LeftPadBytes(v.Bytes(), 32) }
	sel := [4]byte(vault.PackDeposit())
	syncTopic := crypto.Keccak256Hash([]byte("Sync(uint112,uint112)"))
	withdrawTopic := crypto.Keccak256Hash([]byte("Withdraw(address,address,address,uint256,uint256)"))
	n := 0
	for i := range bb.obs.Txs {
		o := &bb.obs.Txs[i]
		if to := o.Tx.To(); to == nil || !bb.isVault(*to) || bb.attacks[o.Tx.Hash()] {
			continue
		}
		n++
		if len(o.Tx.Data()) >= 4 && [4]byte(o.Tx.Data()[:4]) == sel {
			r0, r1 := benchEther(100_000), benchEther(100_000)
			if n%2 == 0 {
				r0, r1 = benchEther(98_000), benchEther(102_040)
			}
			o.Receipt.Logs = append(o.Receipt.Logs, &types.Log{Address: benchPool, Topics: []common.Hash{syncTopic}, Data: append(word(r0), word(r1)...)})
			continue
		}
		shares := benchEther(10)
		assets := new(big.Int).Add(shares, big.NewInt(int64(n)*1e9))
		owner := common.BytesToHash(o.From.Bytes())
		o.Receipt.Logs = append(o.Receipt.Logs, &types.Log{Address: benchStrategy, Topics: []common.Hash{withdrawTopic, owner, owner, owner},
			Data: append(word(assets), word(shares)...)})
	}
}

// isVault reports whether addr is the drill vault, the watched contract
// the benchmark's traffic calls.
func (bb *benchBlock) isVault(addr common.Address) bool {
	for _, w := range bb.watched {
		if w.Address == addr && w.Name == "Vault" {
			return true
		}
	}
	return false
}

// observe reads block n as chain/watch's Watcher.Process does: the block,
// its receipts, its callTracer traces, each sender, and the watched
// contracts' balances at the parent block.
func observe(ctx context.Context, b testing.TB, c chain.Client, n uint64, watched []chain.Watched) *chain.BlockObservation {
	b.Helper()
	num := new(big.Int).SetUint64(n)
	block, err := c.BlockByNumber(ctx, num)
	if err != nil {
		b.Fatal(err)
	}
	hash := block.Hash()
	receipts, err := c.BlockReceipts(ctx, gethrpc.BlockNumberOrHashWithHash(hash, false))
	if err != nil {
		b.Fatal(err)
	}
	traces, err := c.TraceBlock(ctx, hash)
	if err != nil {
		b.Fatal(err)
	}
	txs := block.Transactions()
	if len(receipts) != len(txs) || len(traces) != len(txs) {
		b.Fatalf("%d txs, %d receipts, %d traces", len(txs), len(receipts), len(traces))
	}
	obs := &chain.BlockObservation{
		Info: chain.BlockInfo{Number: n, Hash: hash, Parent: block.ParentHash(), Time: time.Unix(int64(block.Time()), 0).UTC(),
			TxCount: len(txs), GasUsed: block.GasUsed(), Traced: true},
		Txs: make([]chain.TxObservation, len(txs)), Balances: map[common.Address]*big.Int{},
	}
	for i, t := range txs {
		from, err := c.TransactionSender(ctx, t, hash, uint(i))
		if err != nil {
			b.Fatal(err)
		}
		obs.Txs[i] = chain.TxObservation{Tx: t, From: from, Receipt: receipts[i], Trace: traces[i]}
	}
	for _, w := range watched {
		if w.Role == chain.RoleSafe || w.Role == chain.RoleTimelock {
			continue
		}
		if obs.Balances[w.Address], err = c.BalanceAt(ctx, w.Address, new(big.Int).Sub(num, common.Big1)); err != nil {
			b.Fatal(err)
		}
	}
	return obs
}

// check fails unless the alerts are exactly the attacks, each critical
// re-entrancy with an outflow and a new-contract-caller finding, and every
// vault transaction counted as touching the vault.
func (bb *benchBlock) check(b testing.TB, alerts []chain.Alert, touched int) {
	b.Helper()
	if want := benchTxs - benchSenders/4; touched != want {
		b.Fatalf("touched %d, want %d", touched, want)
	}
	if len(alerts) != benchAttacks {
		b.Fatalf("%d alerts, want one per attack (%d)", len(alerts), benchAttacks)
	}
	for _, a := range alerts {
		rules := map[string]chain.Severity{}
		for _, f := range a.Findings {
			rules[f.Rule] = f.Severity
		}
		if !bb.attacks[a.TxHash] || a.Severity != chain.Critical || rules[chain.RuleReentrancy] != chain.Critical ||
			rules[chain.RuleOutflow] < chain.High || rules[chain.RuleNewContract] != chain.Medium || len(a.Detail.Trace) < 20 {
			b.Fatalf("alert on tx %s: severity %s, findings %v, %d trace lines", a.TxHash.Hex(), a.Severity, a.Findings, len(a.Detail.Trace))
		}
	}
}

// countingCode counts the new-contract rule's code lookups.
type countingCode struct {
	CodeReader
	n int
}

func (c *countingCode) CodeAt(ctx context.Context, addr common.Address, block *big.Int) ([]byte, error) {
	c.n++
	return c.CodeReader.CodeAt(ctx, addr, block)
}

// BenchmarkClassify is detection alone (Engine.Classify) on one real block
// of 1,000 transactions with their receipts and callTracer traces, captured
// once from the embedded chain before the timer starts. The engine reads
// code from the chain, so the new-contract rule looks each attack contract
// up (its creation is in an earlier block); withdrawals pay out, so the
// outflow rule computes shares. A fresh engine per iteration (cheap: three
// maps) keeps every iteration the same work: an engine remembers what it
// learned about contracts.
func BenchmarkClassify(b *testing.B) {
	bb := newBenchBlock(b)
	ctx := context.Background()
	lookups := &countingCode{CodeReader: bb.code}
	alerts, touched := NewEngine(chain.DefaultRules(), bb.watched, bb.dec, lookups).Classify(ctx, bb.obs)
	bb.check(b, alerts, touched)
	if lookups.n != benchAttacks {
		b.Fatalf("the new-contract rule read code %d times, want once per attack (%d)", lookups.n, benchAttacks)
	}
	classify := func(b *testing.B, e *Engine, obs *chain.BlockObservation) {
		alerts, touched := e.Classify(ctx, obs)
		if len(alerts) != benchAttacks || touched != benchTxs-benchSenders/4 {
			b.Fatalf("%d alerts, %d touched", len(alerts), touched)
		}
	}
	b.Run("whole", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			classify(b, NewEngine(chain.DefaultRules(), bb.watched, bb.dec, bb.code), bb.obs)
		}
	})
	// What is left once each transaction was prepared while the block was
	// being traced (chain.Preparer): the watcher's classification after
	// the trace.
	b.Run("prepared", func(b *testing.B) {
		b.ReportAllocs()
		obs := *bb.obs
		obs.Txs = slices.Clone(bb.obs.Txs)
		for b.Loop() {
			b.StopTimer()
			e := NewEngine(chain.DefaultRules(), bb.watched, bb.dec, bb.code)
			for i := range obs.Txs {
				obs.Txs[i].Prepared = e.Prepare(&obs.Txs[i])
			}
			b.StartTimer()
			classify(b, e, &obs)
		}
	})
}
