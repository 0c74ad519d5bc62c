package watch

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/http/httputil"
	"net/url"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"warroom/chain"
	"warroom/chain/contracts/toolchain"
	"warroom/chain/detect"
	"warroom/chain/rpc"
)

// collector keeps what a watcher hands out and checks, as it comes, that
// blocks come in order: each the one after the last, or after a reorg
// the ancestor's child.
type collector struct {
	t       *testing.T
	mu      sync.Mutex
	next    uint64
	blocks  []chain.BlockInfo
	alerts  map[common.Hash]chain.Alert
	reorgs  []chain.Reorg
	errs    []string
	reached chan struct{}
	until   uint64
}

func newCollector(t *testing.T, from uint64) *collector {
	return &collector{t: t, next: from, alerts: map[common.Hash]chain.Alert{}, reached: make(chan struct{}, 1)}
}

func (c *collector) out(r chain.BlockResult) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	if r.Reorg != nil {
		c.reorgs = append(c.reorgs, *r.Reorg)
		c.next = r.Reorg.Ancestor + 1
		return nil
	}
	if r.Block.Number != c.next {
		c.errs = append(c.errs, "block "+itoa(r.Block.Number)+" after "+itoa(c.next-1)+": skipped or repeated")
	}
	c.next = r.Block.Number + 1
	c.blocks = append(c.blocks, r.Block)
	for _, a := range r.Alerts {
		c.alerts[a.TxHash] = a
	}
	if c.until != 0 && r.Block.Number >= c.until {
		c.until = 0
		select {
		case c.reached <- struct{}{}:
		default:
		}
	}
	return nil
}

func itoa(n uint64) string { return strconv.FormatUint(n, 10) }

// waitFor waits until the watcher has handed out block n.
func (c *collector) waitFor(ctx context.Context, n uint64) {
	c.t.Helper()
	c.mu.Lock()
	select {
	case <-c.reached: // a signal for an earlier wait
	default:
	}
	done := c.next > n
	if !done {
		c.until = n
	}
	c.mu.Unlock()
	if done {
		return
	}
	select {
	case <-c.reached:
	case <-ctx.Done():
		c.t.Fatalf("the watcher did not reach block %d", n)
	}
}

func (c *collector) check() {
	c.t.Helper()
	c.mu.Lock()
	defer c.mu.Unlock()
	for _, e := range c.errs {
		c.t.Error(e)
	}
}

// TestWatcherRidesOutANodeRestart: the node is stopped mid-session and
// started again from its saved state (--dump-state, --load-state), with
// an attack and a hundred blocks mined as soon as it is back. The
// watcher, through a pool, records every block once, in order, the
// attack among them, and the pool says the node went down and came back.
func TestWatcherRidesOutANodeRestart(t *testing.T) {
	state := filepath.Join(t.TempDir(), "state.json")
	node := toolchain.StartAnvilNode(t, "--dump-state", state)
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	var mu sync.Mutex
	var statuses []rpc.PoolStatus
	pool, err := rpc.NewPool(ctx, []rpc.Endpoint{{Name: "rpc 1", Dial: func(ctx context.Context) (chain.Client, error) { return rpc.Dial(ctx, node.URL) }}},
		rpc.PoolConfig{ChainID: 31337, MinBackoff: 20 * time.Millisecond, MaxBackoff: 200 * time.Millisecond,
			OnStatus: func(s rpc.PoolStatus) { mu.Lock(); statuses = append(statuses, s); mu.Unlock() }})
	if err != nil {
		t.Fatal(err)
	}
	defer pool.Close()
	p := deployOn(t, ctx, pool)
	col := newCollector(t, p.head+1)
	go p.watcher(pool).Run(ctx, col.out)
	p.deposit("alice", ethers(50))
	p.deposit("bob", ethers(50))
	attacker := p.deployAttacker()
	before, _ := pool.BlockNumber(ctx)
	col.waitFor(ctx, before)

	node.Stop()
	time.Sleep(300 * time.Millisecond) // the watcher polls a node that is gone
	node.Start("--load-state", state)
	drain := p.attack(attacker, 10)
	if err := pool.CallContext(ctx, nil, "anvil_mine", "0x64"); err != nil {
		t.Fatal(err)
	}
	last, _ := pool.BlockNumber(ctx)
	if last < before+101 {
		t.Fatalf("head %d after the restart; want at least %d", last, before+101)
	}
	col.waitFor(ctx, last)
	col.check()
	if a, ok := col.alerts[drain]; !ok || rulesOf(a)[chain.RuleReentrancy] != chain.Critical {
		t.Errorf("the attack after the restart: %+v", a)
	}
	if got, want := len(col.blocks), int(last-p.head); got != want {
		t.Errorf("%d blocks recorded from %d to %d; want %d", got, p.head+1, last, want)
	}
	mu.Lock()
	defer mu.Unlock()
	down, back := false, false
	for _, s := range statuses {
		down = down || !s.Up
		back = back || (down && s.Up)
	}
	if !down || !back {
		t.Errorf("the pool's statuses %+v do not say the node went down and came back", statuses)
	}
}

// TestWatcherWalksBackAReorg: a reorg (anvil_reorg) replaces the blocks
// of an attack with empty ones. The watcher walks back to the common
// ancestor, says which blocks were dropped, and processes the new branch
// from the ancestor's child, reading the protocol again there: the
// vault's funds are back. (The session's side, alerts marked dropped
// and the drain taken off, is session's TestReorgDropsAlerts.)
func TestWatcherWalksBackAReorg(t *testing.T) {
	node := toolchain.StartAnvilNode(t)
	ctx, c := dialNode(t, node.URL)
	p := deployOn(t, ctx, c)
	col := newCollector(t, p.head+1)
	var mu sync.Mutex
	var protocols []chain.ProtocolState
	go p.watcher(c).Run(ctx, func(r chain.BlockResult) error {
		if r.Protocol != nil {
			mu.Lock()
			ps := *r.Protocol
			ps.Block = r.Block.Number
			protocols = append(protocols, ps)
			mu.Unlock()
		}
		return col.out(r)
	})
	p.deposit("alice", ethers(50))
	p.deposit("bob", ethers(50))
	attacker := p.deployAttacker()
	drain := p.attack(attacker, 10)
	rcpt, err := c.TransactionReceipt(ctx, drain)
	if err != nil {
		t.Fatal(err)
	}
	attackBlock := rcpt.BlockNumber.Uint64()
	if err := c.CallContext(ctx, nil, "anvil_mine", "0x2"); err != nil {
		t.Fatal(err)
	}
	head, _ := c.BlockNumber(ctx)
	col.waitFor(ctx, head)
	if _, ok := col.alerts[drain]; !ok {
		t.Fatal("no alert for the attack before the reorg")
	}
	oldHashes := map[uint64]common.Hash{}
	for _, b := range col.blocks {
		oldHashes[b.Number] = b.Hash
	}

	depth := head - attackBlock + 1
	if err := c.CallContext(ctx, nil, "anvil_reorg", depth, []any{}); err != nil {
		t.Fatal(err)
	}
	// The reorg keeps the height: no new block yet, and the watcher finds
	// it all the same. Then one more block on the new branch.
	deadline := time.Now().Add(30 * time.Second)
	for {
		col.mu.Lock()
		n := len(col.reorgs)
		col.mu.Unlock()
		if n > 0 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("the watcher did not see a reorg that kept the height")
		}
		time.Sleep(20 * time.Millisecond)
	}
	if err := c.CallContext(ctx, nil, "anvil_mine", "0x1"); err != nil {
		t.Fatal(err)
	}
	newHead, _ := c.BlockNumber(ctx)
	col.waitFor(ctx, newHead)
	col.check()

	col.mu.Lock()
	defer col.mu.Unlock()
	if len(col.reorgs) != 1 {
		t.Fatalf("reorgs: %+v; want one", col.reorgs)
	}
	r := col.reorgs[0]
	if r.Ancestor != attackBlock-1 || len(r.Dropped) != int(depth) || r.Dropped[0].Number != attackBlock || r.Deep {
		t.Errorf("reorg %+v; want the ancestor %d and %d blocks dropped from %d", r, attackBlock-1, depth, attackBlock)
	}
	for _, d := range r.Dropped {
		if oldHashes[d.Number] != d.Hash {
			t.Errorf("dropped block %d has hash %s; the watcher processed %s", d.Number, d.Hash.Hex(), oldHashes[d.Number].Hex())
		}
	}
	// The new branch, block by block, with other hashes.
	seen := map[uint64]int{}
	for _, b := range col.blocks {
		seen[b.Number]++
		if b.Number >= attackBlock && b.Number <= head && seen[b.Number] == 2 && b.Hash == oldHashes[b.Number] {
			t.Errorf("block %d processed again with its old hash", b.Number)
		}
	}
	for n := attackBlock; n <= head; n++ {
		if seen[n] != 2 {
			t.Errorf("block %d processed %d times; want once on each branch", n, seen[n])
		}
	}
	mu.Lock()
	defer mu.Unlock()
	last := protocols[len(protocols)-1]
	for _, cs := range last.Contracts {
		if cs.Address == p.dep.Vault && cs.Balance.Cmp(ethers(100)) != 0 {
			t.Errorf("vault on the new branch holds %s; want its 100 ETH back", cs.Balance)
		}
	}
	if last.Block != attackBlock {
		t.Errorf("the protocol was read again at block %d; want %d, the first of the new branch", last.Block, attackBlock)
	}
}

// TestWatcherGoesOnPastAnUntraceableBlock: a node whose tracer fails
// (anvil behind a proxy that answers every debug_traceBlockByHash with
// the timeout error a busy node gives) while it answers blocks and
// receipts. The watcher tries each trace a few times, then classifies the
// block from its receipts, says so, and goes on to the next.
func TestWatcherGoesOnPastAnUntraceableBlock(t *testing.T) {
	node := toolchain.StartAnvilNode(t)
	target, _ := url.Parse(node.URL)
	proxy := httputil.NewSingleHostReverseProxy(target)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		var req struct {
			ID     json.RawMessage `json:"id"`
			Method string          `json:"method"`
		}
		if json.Unmarshal(body, &req) == nil && req.Method == "debug_traceBlockByHash" {
			w.Header().Set("Content-Type", "application/json")
			fmt.Fprintf(w, `{"jsonrpc":"2.0","id":%s,"error":{"code":-32000,"message":"execution timeout"}}`, req.ID)
			return
		}
		r.Body = io.NopCloser(bytes.NewReader(body))
		proxy.ServeHTTP(w, r)
	}))
	defer srv.Close()
	ctx, c := dialNode(t, srv.URL)
	p := deployOn(t, ctx, c)
	var mu sync.Mutex
	var said []string
	w := New(c, Config{Watched: p.watched, Classifier: detect.NewEngine(chain.DefaultRules(), p.watched, p.dec, c), From: p.head + 1, Poll: 10 * time.Millisecond,
		OnError: func(err error) { mu.Lock(); said = append(said, err.Error()); mu.Unlock() }})
	col := newCollector(t, p.head+1)
	go w.Run(ctx, col.out)
	p.deposit("alice", ethers(50))
	if err := c.CallContext(ctx, nil, "anvil_mine", "0x1"); err != nil {
		t.Fatal(err)
	}
	last, _ := c.BlockNumber(ctx)
	col.waitFor(ctx, last)
	col.check()
	col.mu.Lock()
	defer col.mu.Unlock()
	if b := col.blocks[0]; b.Number != p.head+1 || b.Traced || b.TxCount != 1 {
		t.Errorf("the deposit's block: %+v; want it processed untraced", b)
	}
	mu.Lock()
	defer mu.Unlock()
	if !strings.Contains(strings.Join(said, "\n"), "classified from receipts only, untraced: the node failed its trace 3 times") {
		t.Errorf("the watcher did not say the block went untraced: %q", said)
	}
}

// TestWatcherOverWebSocket: over ws:// heads are pushed, so blocks arrive
// long before the (here very slow) poll; when the node restarts the
// subscription ends, the watcher polls and subscribes again, and pushed
// heads carry on, every block once.
func TestWatcherOverWebSocket(t *testing.T) {
	state := filepath.Join(t.TempDir(), "state.json")
	node := toolchain.StartAnvilNode(t, "--dump-state", state, "--preserve-historical-states")
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	pool, err := rpc.NewPool(ctx, []rpc.Endpoint{{Name: "rpc 1", Dial: func(ctx context.Context) (chain.Client, error) { return rpc.Dial(ctx, node.WS) }}},
		rpc.PoolConfig{MinBackoff: 20 * time.Millisecond, MaxBackoff: 200 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	defer pool.Close()
	head, _ := pool.BlockNumber(ctx)
	w := New(pool, Config{Classifier: detect.NewEngine(chain.DefaultRules(), nil, detect.NewDecoder(), pool), From: head + 1, Poll: time.Minute,
		OnError: func(err error) { t.Logf("watcher: %v", err) }})
	col := newCollector(t, head+1)
	go w.Run(ctx, col.out)
	mineAndWait := func(what string) {
		t.Helper()
		if err := pool.CallContext(ctx, nil, "anvil_mine", "0x1"); err != nil {
			t.Fatal(err)
		}
		n, _ := pool.BlockNumber(ctx)
		wctx, wcancel := context.WithTimeout(ctx, 10*time.Second) // a sixth of the poll
		defer wcancel()
		col.waitFor(wctx, n)
		if wctx.Err() != nil {
			t.Fatalf("%s: block %d did not arrive by a pushed head", what, n)
		}
	}
	mineAndWait("before the restart")
	node.Stop()
	time.Sleep(300 * time.Millisecond)
	node.Start("--load-state", state, "--dump-state", state, "--preserve-historical-states")
	time.Sleep(2 * time.Second) // the subscription asked for again
	mineAndWait("after the restart")
	mineAndWait("after the restart, again")
	col.check()
}

// TestWatcherPrefilter: in prefilter mode only the transactions whose
// receipts touch a watched contract are traced, one by one: the drain is
// traced and critical, a plain transfer between strangers is not traced,
// and a reverted attempt through the attack contract, which emits
// nothing, goes untraced: what the mode says it misses.
func TestWatcherPrefilter(t *testing.T) {
	node := toolchain.StartAnvilNode(t)
	ctx, c := dialNode(t, node.URL)
	p := deployOn(t, ctx, c)
	w := New(c, Config{Watched: p.watched, Classifier: detect.NewEngine(chain.DefaultRules(), p.watched, p.dec, c), From: p.head + 1, Poll: 10 * time.Millisecond,
		Trace: TracePrefilter, OnError: func(err error) { t.Logf("watcher: %v", err) }})
	col := newCollector(t, p.head+1)
	var mu sync.Mutex
	traced := map[common.Hash]bool{}
	go w.Run(ctx, func(r chain.BlockResult) error {
		mu.Lock()
		for _, a := range r.Alerts {
			traced[a.TxHash] = r.Block.Prefilter
		}
		mu.Unlock()
		return col.out(r)
	})
	p.deposit("alice", ethers(50))
	p.deposit("bob", ethers(50))
	attacker := p.deployAttacker()
	drain := p.attack(attacker, 10)
	transfer := p.send("bob", ptr(key("alice").Address()), nil, oneEther)
	p.pause()
	failed := p.attack(attacker, 10)
	last, _ := c.BlockNumber(ctx)
	col.waitFor(ctx, last)
	col.check()
	col.mu.Lock()
	defer col.mu.Unlock()
	tr, _ := c.TransactionReceipt(ctx, transfer)
	for _, b := range col.blocks {
		// A block of plain transfers runs no code: nothing to trace.
		if b.TxCount > 0 && b.Number != tr.BlockNumber.Uint64() && (!b.Traced || !b.Prefilter) {
			t.Errorf("block %d: traced %v, prefilter %v; want both", b.Number, b.Traced, b.Prefilter)
		}
	}
	if a, ok := col.alerts[drain]; !ok || rulesOf(a)[chain.RuleReentrancy] != chain.Critical {
		t.Errorf("the drain, prefiltered: %+v", a)
	}
	if _, ok := col.alerts[transfer]; ok {
		t.Error("a transfer between strangers alerted")
	}
	if a, ok := col.alerts[failed]; ok && rulesOf(a)[chain.RuleReentrancy] != 0 {
		t.Errorf("the silent reverted attempt was traced in prefilter mode: %+v", a)
	}
}

func ptr(a common.Address) *common.Address { return &a }

// dialNode is a client of the node at url and a context for the test,
// both ended with it.
func dialNode(t *testing.T, url string) (context.Context, chain.Client) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	t.Cleanup(cancel)
	c, err := rpc.Dial(ctx, url)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(c.Close)
	return ctx, c
}
