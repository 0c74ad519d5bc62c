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
//	go test ./session -run XXX -bench 'Anvil' -benchtime 3x

func benchEther(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), big.NewInt(1e18)) }

// benchNode is the drill protocol on anvil with n funded senders and,
// every hundredth of them, a re-entrancy attack contract.
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
	att, _ := contracts.Load(contracts.ReentrancyAttackerName)
	args, _ := att.ABI.Pack("", bn.dep.Vault)
	for i := range n {
		s := tx.DrillSigner(fmt.Sprintf("bench/sender/%d", i))
		fund(s.Address())
		bn.senders, bn.nonces = append(bn.senders, s), append(bn.nonces, 0)
		if i%100 == 99 {
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
// withdrawal of what it deposited the block before, and from every
// hundredth an attack; then it mines them in one block.
func (bn *benchNode) block(b *testing.B, k int) uint64 {
	b.Helper()
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
	if err := bn.c.CallContext(bn.ctx, nil, "evm_mine"); err != nil {
		b.Fatal(err)
	}
	n, err := bn.c.BlockNumber(bn.ctx)
	if err != nil {
		b.Fatal(err)
	}
	return n
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

// BenchmarkAnvilIngest500: blocks of 500 transactions on anvil, read over
// HTTP with their receipts and traces, classified and recorded: from the
// block mined to its alerts in the session's state. It reports ms/block
// and blocks/s; trace-ms/block is debug_traceBlockByHash alone. The
// prefilter case traces transaction by transaction (all 500 touch the
// vault here, so it traces as many).
func BenchmarkAnvilIngest500(b *testing.B) {
	for _, mode := range []string{watch.TraceBlock, watch.TracePrefilter} {
		b.Run(mode, func(b *testing.B) { benchIngest(b, mode, false) })
	}
	// A busy chain's block: 495 transfers between strangers and the 5
	// attacks, so the prefilter traces 5.
	b.Run("prefilter-sparse", func(b *testing.B) { benchIngest(b, watch.TracePrefilter, true) })
}

func benchIngest(b *testing.B, mode string, sparse bool) {
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
	bn := newBenchNode(b, ctx, c, 500)
	bn.sparse = sparse
	if err := c.CallContext(ctx, nil, "evm_setAutomine", false); err != nil {
		b.Fatal(err)
	}
	head, _ := c.BlockNumber(ctx)
	s, feed := benchSession(b, bn.watched)
	w := watch.New(c, watch.Config{Watched: bn.watched, Classifier: detect.NewEngine(chain.DefaultRules(), bn.watched, bn.dec, c), From: head + 1, Trace: mode})
	var total, traced time.Duration
	alerts := 0
	b.ResetTimer()
	for k := range b.N {
		b.StopTimer()
		n := bn.block(b, k)
		if mode == watch.TraceBlock {
			t0 := time.Now()
			if _, err := c.TraceBlock(ctx, mustHash(b, c, n)); err != nil {
				b.Fatal(err)
			}
			traced += time.Since(t0)
		}
		b.StartTimer()
		start := time.Now()
		res, err := w.Process(ctx, n)
		if err != nil {
			b.Fatal(err)
		}
		if res.Block.TxCount != len(bn.senders) || !res.Block.Traced {
			b.Fatalf("block %d: %d txs, traced %v", n, res.Block.TxCount, res.Block.Traced)
		}
		if err := feed.Block(res); err != nil {
			b.Fatal(err)
		}
		total += time.Since(start)
		alerts += len(res.Alerts)
	}
	b.StopTimer()
	if st := s.State(); len(st.Alerts) != alerts || alerts < b.N*5 {
		b.Fatalf("%d alerts in state, %d from the watcher; want the 5 attacks a block at least", len(st.Alerts), alerts)
	}
	ms := float64(total.Microseconds()) / 1000 / float64(b.N)
	b.ReportMetric(ms, "ms/block")
	b.ReportMetric(1000/ms, "blocks/s")
	if mode == watch.TraceBlock {
		b.ReportMetric(float64(traced.Microseconds())/1000/float64(b.N), "trace-ms/block")
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

func mustHash(b *testing.B, c chain.Client, n uint64) common.Hash {
	h, err := c.HeaderByNumber(context.Background(), new(big.Int).SetUint64(n))
	if err != nil {
		b.Fatal(err)
	}
	return h.Hash()
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
		for k := range 100 {
			last = bn.block(b, k)
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
