package drill

import (
	"context"
	"fmt"
	"math/big"
	"path/filepath"
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
	"warroom/chain/detect"
	"warroom/chain/devchain"
	"warroom/chain/tx"
	"warroom/chain/watch"
	"warroom/session"
)

// Gas limits of benchmark traffic: fixed, so sending never estimates, a
// little above what each needs, because the miner only takes a transaction
// while its whole limit fits in what is left of the block. A vault's first
// deposit uses 250,668 gas and an account's first 152,748 (new storage),
// later deposits 54,828 and withdrawals 64,323. attack(12) uses 234,107 but
// needs a limit of 596,687: each of its nested calls keeps back 1/64 of the
// gas it was given.
const (
	benchGasStake    = 300_000
	benchGasDeposit  = 70_000
	benchGasWithdraw = 80_000
	benchGasAttack   = 700_000
	// benchGasLimit is the benchmark chain's block gas limit: room for
	// 1,000 transactions of vault traffic (about 61.3M gas; geth's
	// default limit is 60M).
	benchGasLimit = 100_000_000
	// settle is how long BenchmarkBlockPipeline's settled run waits after
	// a seal for geth's pool to take in the block: its B/op, about half
	// the busy run's, no longer counts the pool's allocations.
	settle = 300 * time.Millisecond
)

// benchNet is the drill protocol on a fresh embedded chain with a drill-like
// session: a watcher classifying into a real session through a Feed, a
// journal on disk. Its senders each hold a stake in the vault, so they can
// withdraw; a whale keeps the vault deep enough for many attacks.
type benchNet struct {
	ctx      context.Context
	emb      *devchain.Chain
	c        chain.Client
	dep      *deploy.Deployment
	vault    *contracts.VaultV1
	att      *contracts.ReentrancyAttacker
	senders  []*tx.Account
	attacker *tx.Account
	attack   common.Address // the attack contract
	round    uint64

	sess *session.Session
	feed *session.Feed
	w    *watch.Watcher
	// traced times the watcher's block traces.
	traced *traceTimer
}

// traceTimer times the whole-block traces a watcher asks its backend for.
// With reexecute set it answers them by re-executing the block
// (devchain.Chain.RetraceEach), as the embedded chain does for a block it
// no longer keeps the seal's trace of.
type traceTimer struct {
	watch.Backend
	emb       *devchain.Chain
	reexecute bool
	took      time.Duration
	start     time.Time // when the last trace was asked for
	end       time.Time // when it returned
}

func (t *traceTimer) TraceBlock(ctx context.Context, h common.Hash) (fs []*chain.CallFrame, err error) {
	t.time(func() { fs, err = t.Backend.TraceBlock(ctx, h) })
	return fs, err
}

func (t *traceTimer) time(trace func()) {
	t.start = time.Now()
	trace()
	t.end = time.Now()
	t.took += t.end.Sub(t.start)
}

// TraceBlockEach times the streamed trace the watcher asks the embedded
// chain for (chain.TraceStreamer), the frames handed over included.
func (t *traceTimer) TraceBlockEach(ctx context.Context, h common.Hash, each func(int, *chain.CallFrame)) (err error) {
	t.time(func() {
		if t.reexecute {
			err = t.emb.RetraceEach(ctx, h, each)
		} else {
			err = t.Backend.(chain.TraceStreamer).TraceBlockEach(ctx, h, each)
		}
	})
	return err
}

// newBenchNet deploys the protocol, starts the session and watcher at the
// last deployment block (as a drill does), and mines the setup traffic
// through the watcher: every sender's 1 ether stake, the whale's fill, the
// attack contract. It is not timed.
func newBenchNet(b *testing.B, senders int, fill *big.Int) *benchNet {
	b.Helper()
	keys := make([]*tx.Signer, senders)
	alloc := types.GenesisAlloc{}
	for i := range keys {
		keys[i] = Key(fmt.Sprintf("bench sender %d", i))
		alloc[keys[i].Address()] = types.Account{Balance: ether(100)}
	}
	for _, role := range []string{roleDeployer, roleAttacker, "bench whale"} {
		alloc[Key(role).Address()] = types.Account{Balance: new(big.Int).Add(fill, ether(10_000))}
	}
	emb, err := devchain.New(devchain.Config{Alloc: alloc, GasLimit: benchGasLimit})
	if err != nil {
		b.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	b.Cleanup(func() { cancel(); emb.Close() })
	c := emb.Client()
	chainID, err := c.ChainID(ctx)
	if err != nil {
		b.Fatal(err)
	}
	acct := func(s *tx.Signer) *tx.Account { return tx.NewAccount(c, s, chainID) }
	n := &benchNet{ctx: ctx, emb: emb, c: c, vault: contracts.NewVaultV1(), att: contracts.NewReentrancyAttacker(), attacker: acct(Key(roleAttacker))}
	for _, k := range keys {
		n.senders = append(n.senders, acct(k))
	}
	cfg := governance()
	if n.dep, err = deploy.Drill(ctx, c, emb, acct(Key(roleDeployer)), cfg); err != nil {
		b.Fatal(err)
	}
	dec := detect.NewDecoder()
	if err := n.dep.Label(dec); err != nil {
		b.Fatal(err)
	}
	attABI := n.att.GetABI()
	dec.AddABI(&attABI)

	journal, err := session.Create(filepath.Join(b.TempDir(), "bench.jsonl"))
	if err != nil {
		b.Fatal(err)
	}
	n.sess = session.New(journal, session.Options{})
	b.Cleanup(func() { n.sess.End("benchmark over") })
	n.feed = session.NewFeed(n.sess, session.FeedConfig{})
	watched, rules := n.dep.Watched(), chain.DefaultRules()
	if _, err := n.sess.Record(session.KindSessionStarted, session.Started{Mode: "drill", Scenario: "benchmark",
		Chain: "embedded", ChainID: chainID.Uint64(), From: emb.Head(), Watched: watched, Rules: rules, Version: Version}); err != nil {
		b.Fatal(err)
	}
	n.traced = &traceTimer{Backend: c, emb: emb}
	n.w = watch.New(n.traced, watch.Config{Watched: watched, Classifier: detect.NewEngine(rules, watched, dec, c), From: emb.Head(),
		OnError: func(err error) { _ = n.feed.Warn("watcher", err) }})
	n.process(b, emb.Head())

	var setup []*types.Transaction
	for _, s := range n.senders {
		setup = append(setup, n.send(b, s, &n.dep.Vault, n.vault.PackDeposit(), ether(1), benchGasStake))
	}
	setup = append(setup, n.send(b, acct(Key("bench whale")), &n.dep.Vault, n.vault.PackDeposit(), fill, benchGasStake))
	code := append(common.FromHex(contracts.ReentrancyAttackerMetaData.Bin), n.att.PackConstructor(n.dep.Vault)...)
	deployTx := n.send(b, n.attacker, nil, code, nil, 3_000_000)
	n.attack = crypto.CreateAddress(n.attacker.Address(), deployTx.Nonce())
	n.mineAll(b, append(setup, deployTx))

	held, err := c.BalanceAt(ctx, n.dep.Vault, nil)
	if err != nil {
		b.Fatal(err)
	}
	if want := new(big.Int).Add(fill, ether(int64(senders))); held.Cmp(want) != 0 {
		b.Fatalf("vault holds %s after setup, want %s: a deposit failed", chain.FormatEther(held, 3), chain.FormatEther(want, 3))
	}
	return n
}

func (n *benchNet) send(b *testing.B, from *tx.Account, to *common.Address, data []byte, value *big.Int, gas uint64) *types.Transaction {
	b.Helper()
	t, err := from.Send(n.ctx, to, data, value, gas)
	if err != nil {
		b.Fatalf("send from %s: %v", from.Address().Hex(), err)
	}
	return t
}

// process runs block num through the watcher and the feed, as Watcher.Run
// with a drill's record function does.
func (n *benchNet) process(b *testing.B, num uint64) chain.BlockResult {
	b.Helper()
	res, err := n.w.Process(n.ctx, num)
	if err == nil {
		err = n.feed.Block(res)
	}
	if err != nil {
		b.Fatalf("block %d: %v", num, err)
	}
	return res
}

// mineAll seals and processes blocks until every tx is mined, and checks
// each succeeded.
func (n *benchNet) mineAll(b *testing.B, txs []*types.Transaction) {
	b.Helper()
	pending := map[common.Hash]bool{}
	for _, t := range txs {
		pending[t.Hash()] = true
	}
	for try := 0; try < 5 && len(pending) > 0; try++ {
		num := n.emb.Commit()
		n.process(b, num)
		rs := n.receipts(b, num)
		for _, r := range rs {
			if pending[r.TxHash] && r.Status != types.ReceiptStatusSuccessful {
				b.Fatalf("setup tx %d of block %d reverted (gas used %d): %s", r.TransactionIndex, num, r.GasUsed, n.why(b, r))
			}
			delete(pending, r.TxHash)
		}
	}
	if len(pending) > 0 {
		b.Fatalf("%d setup transactions unmined after 5 blocks", len(pending))
	}
}

func (n *benchNet) receipts(b *testing.B, num uint64) []*types.Receipt {
	b.Helper()
	blk, err := n.c.BlockByNumber(n.ctx, new(big.Int).SetUint64(num))
	if err != nil {
		b.Fatal(err)
	}
	rs, err := n.c.BlockReceipts(n.ctx, gethrpc.BlockNumberOrHashWithHash(blk.Hash(), false))
	if err != nil {
		b.Fatal(err)
	}
	return rs
}

// queue puts one block of traffic in the pool: size transactions, of which
// one in a hundred (at least one) is attack(12) and the rest are 0.01 ether
// deposits and withdrawals, one per sender, each sender alternating between
// blocks. The attacks are spread through the block. It returns how many
// attacks it sent.
func (n *benchNet) queue(b *testing.B, size int) int {
	b.Helper()
	attacks := max(1, size/100)
	honest := size - attacks
	if honest > len(n.senders) {
		b.Fatalf("%d honest transactions need %d senders, have %d", honest, honest, len(n.senders))
	}
	n.round++
	every, sent := max(1, honest/attacks), 0
	for i := 0; i < honest; i++ {
		if i%every == every/2 && sent < attacks {
			n.send(b, n.attacker, &n.attack, n.att.PackAttack(big.NewInt(attackRounds)), ether(1), benchGasAttack)
			sent++
		}
		s := n.senders[i]
		if (uint64(i)+n.round)%2 == 0 {
			n.send(b, s, &n.dep.Vault, n.vault.PackDeposit(), eth(10), benchGasDeposit)
		} else {
			n.send(b, s, &n.dep.Vault, n.vault.PackWithdraw(eth(10)), nil, benchGasWithdraw)
		}
	}
	for ; sent < attacks; sent++ {
		n.send(b, n.attacker, &n.attack, n.att.PackAttack(big.NewInt(attackRounds)), ether(1), benchGasAttack)
	}
	return attacks
}

// check fails the benchmark unless block num held all size transactions,
// every one succeeded (so each withdrawal moved value), and the session
// holds a critical re-entrancy alert for each attack.
func (n *benchNet) check(b *testing.B, num uint64, size, attacks int) {
	b.Helper()
	rs := n.receipts(b, num)
	if len(rs) != size {
		var used uint64
		for _, r := range rs {
			used += r.GasUsed
		}
		b.Fatalf("block %d holds %d of the %d transactions sent (gas used %d of the %d limit)", num, len(rs), size, used, uint64(benchGasLimit))
	}
	for _, r := range rs {
		if r.Status != types.ReceiptStatusSuccessful {
			b.Fatalf("tx %d of block %d reverted (gas used %d): %s", r.TransactionIndex, num, r.GasUsed, n.why(b, r))
		}
	}
	st := n.sess.State()
	if st.Head.Number != num || st.Head.TxCount != size {
		b.Fatalf("session head is block %d with %d txs, want block %d with %d", st.Head.Number, st.Head.TxCount, num, size)
	}
	if got := criticals(&st, num); got != attacks {
		b.Fatalf("block %d: %d critical re-entrancy alerts in the session, want %d", num, got, attacks)
	}
	if len(st.Warnings) > 0 {
		b.Fatalf("warnings: %+v", st.Warnings)
	}
}

// why is what a reverted transaction was.
func (n *benchNet) why(b *testing.B, r *types.Receipt) string {
	t, _, err := n.c.TransactionByHash(n.ctx, r.TxHash)
	if err != nil {
		return err.Error()
	}
	return fmt.Sprintf("to %s, gas limit %d, value %s, data %x", t.To(), t.Gas(), t.Value(), t.Data())
}

// criticals counts the critical re-entrancy alerts of block num in the
// session state, newest first: they are at the end.
func criticals(st *session.State, num uint64) int {
	count := 0
	for i := len(st.Alerts) - 1; i >= 0 && st.Alerts[i].Block >= num; i-- {
		a := &st.Alerts[i]
		if a.Block == num && a.Severity == chain.Critical && !a.Reverted && a.Has(chain.RuleReentrancy) {
			count++
		}
	}
	return count
}

// BenchmarkBlockPipeline is the watcher's whole per-block pipeline on a
// block of real vault traffic: fetch the block and its receipts, trace it,
// read the protocol, classify (Watcher.Process), then journal and reduce
// into the session (Feed.Block). ns/op is that pipeline alone; the
// chain's seal of the same block (Commit: one execution of it, traced,
// the state committed, the head set) is timed apart and reported as
// seal-ms/op, with pipeline/seal their ratio. Sending the traffic is not
// timed, nor is the pool taking it in (Settle): in a drill it arrives
// between blocks, and the pool has it pending when the block's time comes.
//
// The embedded chain keeps the trace each block's seal made, so the
// pipeline's trace (trace-ms/op) is handing those frames over.
// trace-alone-ms/op is the trace a node that did not seal the block makes:
// the same block executed again (devchain.Chain.Retrace) once the
// pipeline is done, nothing else running, the floor of a watcher that
// re-executes; pipeline/trace-alone is the pipeline over it, summed over
// the blocks, and p50-pipeline/trace-alone the median block's ratio.
// p50-before-trace-ms and p50-after-trace-ms are the median block's
// pipeline before its trace was asked for (the header) and after it
// returned (the rest of classification, the journal, the reducer). The
// chain's blocks hold 100M gas (benchGasLimit) so that 1,000 transactions
// fit.
//
// The reexecuted run is the pipeline of a chain that re-executes each
// block for its trace (as it does a block whose seal's trace it no longer
// keeps): pipeline/trace and p50-pipeline/trace are the pipeline over the
// re-execution inside it, which runs beside the block's fetches, the
// classifier's walk of the frames streamed so far and the pool's work.
//
// Right after a seal geth's transaction pool takes in the new head on the
// other core (it drops the block's transactions from its lists and reads
// their senders' nonces and balances), as it does in a drill; the
// settled run starts the pipeline once that is done (settle after the
// seal), the pipeline alone on the machine.
func BenchmarkBlockPipeline(b *testing.B) {
	sizes := []int{10, 100, 500, 1000}
	most := sizes[len(sizes)-1]
	net := newBenchNet(b, most-most/100, ether(100_000))
	type run struct {
		size      int
		name      string
		settled   bool
		reexecute bool
	}
	var runs []run
	for _, size := range sizes {
		runs = append(runs, run{size: size, name: fmt.Sprintf("txs=%d", size)})
	}
	runs = append(runs, run{size: most, name: fmt.Sprintf("txs=%d/settled", most), settled: true},
		run{size: most, name: fmt.Sprintf("txs=%d/reexecuted", most), reexecute: true})
	for _, r := range runs {
		b.Run(r.name, func(b *testing.B) {
			var seal, alone time.Duration
			var ratios []float64 // each block's pipeline ÷ its trace
			var alones []float64 // and ÷ its trace alone
			var after []float64  // each block's pipeline after its trace returned, in ms
			var before []float64 // and before its trace was asked for
			net.traced.took, net.traced.reexecute = 0, r.reexecute
			defer func() { net.traced.reexecute = false }()
			b.ReportAllocs()
			b.StopTimer()
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				attacks := net.queue(b, r.size)
				net.emb.Settle()
				t0 := time.Now()
				num := net.emb.Commit()
				seal += time.Since(t0)
				if r.settled {
					time.Sleep(settle)
				}
				traced := net.traced.took
				// The timer's own reading of the memory statistics, which
				// stops the world, stays outside t1 to t2.
				b.StartTimer()
				t1 := time.Now()
				net.process(b, num)
				t2 := time.Now()
				b.StopTimer()
				if d := net.traced.took - traced; d > 0 {
					ratios = append(ratios, float64(t2.Sub(t1))/float64(d))
					after = append(after, ms(t2.Sub(net.traced.end)))
					before = append(before, ms(net.traced.start.Sub(t1)))
				}
				net.check(b, num, r.size, attacks)
				h, err := net.c.HeaderByNumber(net.ctx, new(big.Int).SetUint64(num))
				if err != nil {
					b.Fatal(err)
				}
				t3 := time.Now()
				if _, err := net.emb.Retrace(net.ctx, h.Hash()); err != nil {
					b.Fatal(err)
				}
				d3 := time.Since(t3)
				alone += d3
				alones = append(alones, float64(t2.Sub(t1))/float64(d3))
			}
			if len(ratios) > 0 {
				b.ReportMetric(median(after), "p50-after-trace-ms")
				b.ReportMetric(median(before), "p50-before-trace-ms")
				b.ReportMetric(median(alones), "p50-pipeline/trace-alone")
			}
			if r.reexecute {
				b.ReportMetric(median(ratios), "p50-pipeline/trace")
				b.ReportMetric(float64(b.Elapsed())/float64(net.traced.took), "pipeline/trace")
			}
			b.ReportMetric(ms(seal)/float64(b.N), "seal-ms/op")
			b.ReportMetric(float64(b.Elapsed())/float64(seal), "pipeline/seal")
			b.ReportMetric(ms(net.traced.took)/float64(b.N), "trace-ms/op")
			b.ReportMetric(ms(alone)/float64(b.N), "trace-alone-ms/op")
			b.ReportMetric(float64(b.Elapsed())/float64(alone), "pipeline/trace-alone")
		})
	}
}

// BenchmarkSealToAlert times a running drill-like setup (Watcher.Run
// following heads into a Feed) from just before the chain seals a block of 100
// transactions, one of them an attack, to the attack's critical alert being
// in the session state. It waits on the session's Updates channel, never
// polling. The traffic is pending in the pool before the timer starts
// (Settle), as traffic that arrived between blocks is. ns/op is the mean;
// p50-ms and p90-ms are over the iterations, seal-ms/op is the seal's
// share, and p50-after-seal-ms the median from the seal's return (the
// block is the chain's head) to the alert.
func BenchmarkSealToAlert(b *testing.B) {
	const size = 100
	net := newBenchNet(b, size-size/100, ether(100_000))
	processed := make(chan uint64, 16)
	ctx, cancel := context.WithCancel(net.ctx)
	runErr := make(chan error, 1)
	go func() {
		runErr <- net.w.Run(ctx, func(res chain.BlockResult) error {
			if err := net.feed.Block(res); err != nil {
				return err
			}
			processed <- res.Block.Number
			return nil
		})
	}()
	defer func() {
		cancel()
		if err := <-runErr; err != nil {
			b.Error(err)
		}
	}()

	var (
		took  []time.Duration
		after []time.Duration // from the seal's return
		seal  time.Duration
	)
	b.StopTimer()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		attacks := net.queue(b, size)
		net.emb.Settle() // the traffic came in between blocks, as in a drill
		want := net.emb.Head() + 1
		select { // a stale signal would only cost one extra look, but start clean
		case <-net.sess.Updates():
		default:
		}
		timeout := time.NewTimer(30 * time.Second)
		b.StartTimer()
		t0 := time.Now()
		num := net.emb.Commit()
		sealed := time.Since(t0)
		for st := net.sess.State(); criticals(&st, want) == 0; st = net.sess.State() {
			select {
			case <-net.sess.Updates():
			case <-timeout.C:
				b.Fatalf("no critical alert for block %d after 30s", want)
			}
		}
		d := time.Since(t0)
		b.StopTimer()
		took, seal = append(took, d), seal+sealed
		after = append(after, d-sealed)
		if num != want {
			b.Fatalf("sealed block %d, expected %d", num, want)
		}
		// Let the watcher finish the block (its protocol state) before the next.
		for done := false; !done; {
			select {
			case p := <-processed:
				done = p == num
			case <-timeout.C:
				b.Fatalf("block %d not processed after 30s", num)
			}
		}
		timeout.Stop()
		net.check(b, num, size, attacks)
	}
	slices.Sort(took)
	b.ReportMetric(ms(took[len(took)/2]), "p50-ms")
	b.ReportMetric(ms(took[len(took)*9/10]), "p90-ms")
	b.ReportMetric(ms(seal)/float64(b.N), "seal-ms/op")
	slices.Sort(after)
	b.ReportMetric(ms(after[len(after)/2]), "p50-after-seal-ms")
}

// median sorts xs and returns its middle value.
func median(xs []float64) float64 {
	slices.Sort(xs)
	return xs[len(xs)/2]
}

func ms(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }
