package session_test

import (
	"context"
	"fmt"
	"math/big"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	gethrpc "github.com/ethereum/go-ethereum/rpc"

	"warroom/chain"
	"warroom/chain/contracts"
	"warroom/chain/contracts/toolchain"
	"warroom/chain/deploy"
	"warroom/chain/detect"
	"warroom/chain/rpc"
	"warroom/chain/tx"
	"warroom/chain/watch"
	"warroom/session"
)

// The live-mode benchmarks: a real anvil over HTTP, the drill protocol on
// it, and the watcher's whole path into a journaled session.
//
//	go test ./session -run XXX -bench 'AnvilPipeline|AnvilRecover' -benchtime 1x

func benchEther(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), big.NewInt(1e18)) }

// benchNode is the drill protocol on anvil with n funded senders and,
// for one in a hundred of them (the tenth, the hundred-and-tenth, ...), a
// re-entrancy attack contract; a whale's deposit keeps the vault deep
// enough for every attack to drain ten rounds.
type benchNode struct {
	ctx       context.Context
	c         chain.Client
	dep       *deploy.Deployment
	watched   []chain.Watched
	dec       *detect.Decoder
	chainID   *big.Int
	senders   []*tx.Signer
	nonces    []uint64
	attackers map[int]common.Address
	sparse    bool // ordinary traffic is transfers between strangers
	round     int  // blocks sent: deposits and withdrawals alternate
}

func newBenchNode(b *testing.B, ctx context.Context, c chain.Client, n int) *benchNode {
	b.Helper()
	chainID, err := c.ChainID(ctx)
	if err != nil {
		b.Fatal(err)
	}
	bn := &benchNode{ctx: ctx, c: c, chainID: chainID, attackers: map[int]common.Address{}}
	fund := func(a common.Address) {
		if err := c.CallContext(ctx, nil, "anvil_setBalance", a, (*hexutil.Big)(benchEther(1_000_000))); err != nil {
			b.Fatal(err)
		}
	}
	deployer := tx.DrillSigner("bench/deployer")
	fund(deployer.Address())
	bn.dep, err = deploy.Drill(ctx, c, nil, tx.NewAccount(c, deployer, chainID), deploy.Config{
		Owners: []common.Address{deployer.Address()}, Threshold: 1, Guardian: deployer.Address(), MinDelay: 60})
	if err != nil {
		b.Fatal(err)
	}
	bn.dec = detect.NewDecoder()
	if err := bn.dep.Label(bn.dec); err != nil {
		b.Fatal(err)
	}
	bn.watched = bn.dep.Watched()
	whale, err := tx.NewAccount(c, deployer, chainID).Send(ctx, &bn.dep.Vault, contracts.NewVaultV1().PackDeposit(), benchEther(100_000), 120_000)
	if err != nil {
		b.Fatal(err)
	}
	if _, err := tx.WaitMined(ctx, c, whale.Hash()); err != nil {
		b.Fatal(err)
	}
	att, _ := contracts.Load(contracts.ReentrancyAttackerName)
	args, _ := att.ABI.Pack("", bn.dep.Vault)
	for i := range n {
		s := tx.DrillSigner(fmt.Sprintf("bench/sender/%d", i))
		fund(s.Address())
		bn.senders, bn.nonces = append(bn.senders, s), append(bn.nonces, 0)
		if i%100 == 9 {
			a := tx.NewAccount(c, s, chainID)
			sent, err := a.Send(ctx, nil, append(append([]byte{}, att.Bytecode...), args...), nil, 3_000_000)
			if err != nil {
				b.Fatal(err)
			}
			if _, err := tx.WaitMined(ctx, c, sent.Hash()); err != nil {
				b.Fatal(err)
			}
			bn.attackers[i] = crypto.CreateAddress(s.Address(), 0)
			bn.nonces[i] = 1
		}
	}
	return bn
}

// block sends one block's transactions: from each sender a deposit, or a
// withdrawal of what it deposited the block before, and from each
// attacker an attack; then it mines them in one block. It returns the
// block's number and how long anvil took to mine it.
func (bn *benchNode) block(b *testing.B) (uint64, time.Duration) {
	b.Helper()
	k := bn.round
	bn.round++
	vault := contracts.NewVaultV1()
	att, _ := contracts.Load(contracts.ReentrancyAttackerName)
	attack, _ := att.ABI.Pack("attack", big.NewInt(10))
	fee := big.NewInt(100_000_000_000)
	for i, s := range bn.senders {
		to, data, value, gas := bn.dep.Vault, vault.PackDeposit(), benchEther(1), uint64(120_000)
		switch {
		case bn.attackers[i] != (common.Address{}):
			to, data, value, gas = bn.attackers[i], attack, benchEther(1), 3_000_000
		case bn.sparse:
			to, data, gas = bn.senders[(i+1)%len(bn.senders)].Address(), nil, 21_000
		case (i+k)%2 == 1 && k > 0:
			data, value = vault.PackWithdraw(benchEther(1)), new(big.Int)
		}
		signed, err := s.Sign(types.NewTx(&types.DynamicFeeTx{ChainID: bn.chainID, Nonce: bn.nonces[i], GasTipCap: big.NewInt(1), GasFeeCap: fee,
			Gas: gas, To: &to, Value: value, Data: data}), bn.chainID)
		if err != nil {
			b.Fatal(err)
		}
		if err := bn.c.SendTransaction(bn.ctx, signed); err != nil {
			b.Fatalf("sender %d: %v", i, err)
		}
		bn.nonces[i]++
	}
	start := time.Now()
	if err := bn.c.CallContext(bn.ctx, nil, "evm_mine"); err != nil {
		b.Fatal(err)
	}
	sealed := time.Since(start)
	n, err := bn.c.BlockNumber(bn.ctx)
	if err != nil {
		b.Fatal(err)
	}
	return n, sealed
}

func benchSession(b *testing.B, watched []chain.Watched) (*session.Session, *session.Feed) {
	j, err := session.Create(filepath.Join(b.TempDir(), "bench.jsonl"))
	if err != nil {
		b.Fatal(err)
	}
	s := session.New(j, session.Options{})
	b.Cleanup(func() { _ = s.End("bench over") })
	if _, err := s.Record(session.KindSessionStarted, session.Started{Mode: "watch", ChainID: 31337, Watched: watched, Rules: chain.DefaultRules()}); err != nil {
		b.Fatal(err)
	}
	return s, session.NewFeed(s, session.FeedConfig{})
}

// BenchmarkAnvilPipeline is BenchmarkBlockPipeline (session/drill) over
// anvil, for the remote client: blocks of N = 10, 100, 500 and 1,000
// transactions read over HTTP with their receipts and traces, classified
// and recorded (Watcher.Process, then Feed.Block): from the block mined to
// its alerts in the session's state. ms/block is that pipeline alone, and
// blocks/s its inverse; anvil's evm_mine of the same block is timed apart
// as seal-ms/op, with pipeline/seal their ratio. In the block mode
// trace-ms/block is anvil's debug_traceBlockByHash inside the pipeline,
// with pipeline/trace. fetch-ms and receipts-ms are the node's answers for
// the last block, asked again after the run.
//
// Each N has one node, its setup (N funded senders, one attack contract
// per hundred of them) shared by three modes: block (the watcher traces
// each block whole), prefilter (transaction by transaction those whose
// receipts touch the protocol: all N here) and prefilter-sparse (the
// honest traffic is transfers between strangers, so only the attacks are
// traced).
//
// anvil's traces cost about the square of the block's size (each
// transaction's trace re-executes the block before it), so one pass is
// long:
//
//	go test ./session -run XXX -bench AnvilPipeline -benchtime 1x
//
// runs for about three minutes on 2 cores, 87 s of it the 1,000-transaction
// block traced whole.
func BenchmarkAnvilPipeline(b *testing.B) {
	for _, n := range []int{10, 100, 500, 1000} {
		b.Run(fmt.Sprintf("txs=%d", n), func(b *testing.B) { benchAnvilPipeline(b, n) })
	}
}

// benchAnvilPipeline starts one node with n senders and runs the three
// modes on it, the sparse one last: its blocks deposit nothing, so a
// withdrawal after it could find nothing to take out.
func benchAnvilPipeline(b *testing.B, n int) {
	node := toolchain.StartAnvilNode(b, "--no-mining", "--gas-limit", "1000000000")
	ctx := context.Background()
	c, err := rpc.Dial(ctx, node.URL)
	if err != nil {
		b.Fatal(err)
	}
	defer c.Close()
	if err := c.CallContext(ctx, nil, "evm_setAutomine", true); err != nil {
		b.Fatal(err)
	}
	bn := newBenchNode(b, ctx, c, n)
	if err := c.CallContext(ctx, nil, "evm_setAutomine", false); err != nil {
		b.Fatal(err)
	}
	for _, m := range []struct {
		name, trace string
		sparse      bool
	}{{watch.TraceBlock, watch.TraceBlock, false}, {watch.TracePrefilter, watch.TracePrefilter, false}, {"prefilter-sparse", watch.TracePrefilter, true}} {
		b.Run(m.name, func(b *testing.B) {
			bn.sparse = m.sparse
			benchPipeline(b, bn, m.trace)
		})
	}
}

// benchPipeline runs blocks of bn's traffic through a new watcher and
// session in trace mode mode.
func benchPipeline(b *testing.B, bn *benchNode, mode string) {
	ctx, c := bn.ctx, bn.c
	head, err := c.BlockNumber(ctx)
	if err != nil {
		b.Fatal(err)
	}
	s, feed := benchSession(b, bn.watched)
	timed := &traceTimer{Client: c}
	var backend watch.Backend = c
	if mode == watch.TraceBlock {
		backend = timed
	}
	w := watch.New(backend, watch.Config{Watched: bn.watched, Classifier: detect.NewEngine(chain.DefaultRules(), bn.watched, bn.dec, c), From: head + 1, Trace: mode})
	var total, seal time.Duration
	alerts := 0
	b.StopTimer()
	b.ResetTimer()
	for range b.N {
		n, sealed := bn.block(b)
		seal += sealed
		b.StartTimer()
		start := time.Now()
		res, err := w.Process(ctx, n)
		if err != nil {
			b.Fatal(err)
		}
		if err := feed.Block(res); err != nil {
			b.Fatal(err)
		}
		total += time.Since(start)
		b.StopTimer()
		if res.Block.TxCount != len(bn.senders) || !res.Block.Traced {
			b.Fatalf("block %d: %d txs, traced %v; want %d, traced", n, res.Block.TxCount, res.Block.Traced, len(bn.senders))
		}
		if got := reentrancyAlerts(res.Alerts); got != len(bn.attackers) {
			b.Fatalf("block %d: %d critical re-entrancy alerts, want one for each of the %d attacks", n, got, len(bn.attackers))
		}
		alerts += len(res.Alerts)
	}
	if st := s.State(); len(st.Alerts) != alerts || st.Head.Number != head+uint64(b.N) {
		b.Fatalf("%d alerts in state and its head block %d; the watcher gave %d, up to block %d", len(st.Alerts), st.Head.Number, alerts, head+uint64(b.N))
	}
	ms := float64(total.Microseconds()) / 1000 / float64(b.N)
	b.ReportMetric(ms, "ms/block")
	b.ReportMetric(1000/ms, "blocks/s")
	b.ReportMetric(float64(seal.Microseconds())/1000/float64(b.N), "seal-ms/op")
	b.ReportMetric(float64(total)/float64(seal), "pipeline/seal")
	if mode == watch.TraceBlock {
		b.ReportMetric(float64(timed.took.Microseconds())/1000/float64(b.N), "trace-ms/block")
		b.ReportMetric(float64(total)/float64(timed.took), "pipeline/trace")
	}
	// Where a block's time goes, on the last one: the node's answers.
	last := new(big.Int).SetUint64(head + uint64(b.N))
	t0 := time.Now()
	blk, err := c.BlockByNumber(ctx, last)
	if err != nil {
		b.Fatal(err)
	}
	t1 := time.Now()
	if _, err := c.BlockReceipts(ctx, gethrpc.BlockNumberOrHashWithHash(blk.Hash(), false)); err != nil {
		b.Fatal(err)
	}
	t2 := time.Now()
	b.ReportMetric(float64(t1.Sub(t0).Microseconds())/1000, "fetch-ms")
	b.ReportMetric(float64(t2.Sub(t1).Microseconds())/1000, "receipts-ms")
}

// traceTimer times the whole-block traces a watcher asks its node for
// (one at a time: Process traces once).
type traceTimer struct {
	chain.Client
	took time.Duration
}

func (t *traceTimer) TraceBlock(ctx context.Context, h common.Hash) ([]*chain.CallFrame, error) {
	start := time.Now()
	fs, err := t.Client.TraceBlock(ctx, h)
	t.took += time.Since(start)
	return fs, err
}

// reentrancyAlerts counts the critical alerts with a critical re-entrancy
// finding.
func reentrancyAlerts(alerts []chain.Alert) int {
	count := 0
	for _, a := range alerts {
		if a.Severity != chain.Critical || a.Reverted {
			continue
		}
		for _, f := range a.Findings {
			if f.Rule == chain.RuleReentrancy && f.Severity == chain.Critical {
				count++
				break
			}
		}
	}
	return count
}

// BenchmarkAnvilRecover100: the node is stopped, started again from its
// saved state, and 100 blocks (five transactions each) are mined before
// the watcher's pool tries it again. Measured from the pool's first
// successful answer to the watcher's record of the newest block.
func BenchmarkAnvilRecover100(b *testing.B) {
	state := filepath.Join(b.TempDir(), "state.json")
	node := toolchain.StartAnvilNode(b, "--dump-state", state, "--preserve-historical-states")
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var mu sync.Mutex
	var upAt time.Time
	pool, err := rpc.NewPool(ctx, []rpc.Endpoint{{Name: "rpc 1", Dial: func(ctx context.Context) (chain.Client, error) { return rpc.Dial(ctx, node.URL) }}},
		rpc.PoolConfig{MinBackoff: 5 * time.Second, MaxBackoff: 5 * time.Second, OnStatus: func(s rpc.PoolStatus) {
			if s.Up {
				mu.Lock()
				upAt = time.Now()
				mu.Unlock()
			}
		}})
	if err != nil {
		b.Fatal(err)
	}
	defer pool.Close()
	bn := newBenchNode(b, ctx, pool, 5)
	head, _ := pool.BlockNumber(ctx)
	_, feed := benchSession(b, bn.watched)
	w := watch.New(pool, watch.Config{Watched: bn.watched, Classifier: detect.NewEngine(chain.DefaultRules(), bn.watched, bn.dec, pool), From: head + 1, Poll: 10 * time.Millisecond})
	recorded := make(chan uint64, 1024)
	go w.Run(ctx, func(r chain.BlockResult) error {
		if err := feed.Block(r); err != nil {
			return err
		}
		if r.Reorg == nil {
			recorded <- r.Block.Number
		}
		return nil
	})
	var total time.Duration
	b.ResetTimer()
	for range b.N {
		b.StopTimer()
		node.Stop()
		node.Start("--load-state", state, "--dump-state", state, "--preserve-historical-states")
		direct, err := rpc.Dial(ctx, node.URL)
		if err != nil {
			b.Fatal(err)
		}
		if err := direct.CallContext(ctx, nil, "evm_setAutomine", false); err != nil {
			b.Fatal(err)
		}
		mu.Lock()
		upAt = time.Time{}
		mu.Unlock()
		bn.c = direct
		var last uint64
		for range 100 {
			last, _ = bn.block(b)
		}
		if err := direct.CallContext(ctx, nil, "evm_setAutomine", true); err != nil {
			b.Fatal(err)
		}
		direct.Close()
		b.StartTimer()
		for n := range recorded {
			if n >= last {
				break
			}
		}
		mu.Lock()
		up := upAt
		mu.Unlock()
		if up.IsZero() {
			b.Fatal("the pool never said the node was back")
		}
		total += time.Since(up)
	}
	b.StopTimer()
	b.ReportMetric(float64(total.Milliseconds())/float64(b.N), "ms/recovery")
}
