package watch

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"runtime"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	gethrpc "github.com/ethereum/go-ethereum/rpc"

	"warroom/chain"
)

// Backend is what the watcher needs from a node.
type Backend interface {
	chain.HeadReader
	chain.BlockReader
	chain.Tracer
	chain.StateReader
}

// Config configures a Watcher.
type Config struct {
	Watched []chain.Watched
	// Classifier turns each block into alerts (detect.Engine).
	Classifier chain.Classifier
	// From is the first block to process.
	From uint64
	// Poll is how often to ask for the head when the transport cannot push
	// heads (plain HTTP). Zero: a quarter of the block time observed, 500
	// ms until there is one.
	Poll time.Duration
	// OnError hears about transient failures; the watcher retries the same
	// block, it never skips one.
	OnError func(error)
	// Trace is how blocks are traced: TraceBlock (the default: every block
	// whole), TracePrefilter (only the transactions whose receipts touch a
	// watched contract) or TraceAuto (whole blocks until one takes longer
	// than SlowTrace, then prefiltered, said once).
	Trace     string
	SlowTrace time.Duration
}

// Trace modes (Config.Trace).
const (
	TraceBlock     = "block"
	TracePrefilter = "prefilter"
	TraceAuto      = "auto"
)

// defaultSlowTrace is the trace time after which TraceAuto prefilters.
const defaultSlowTrace = 2 * time.Second

// Watcher follows the chain head and processes every block exactly once, in order.
type Watcher struct {
	c      Backend
	cfg    Config
	reader *Reader

	next uint64
	// hashes are the hashes of the blocks processed, the newest
	// rememberBlocks of them: what a reorg is walked back against.
	hashes   map[uint64]common.Hash
	last     *chain.ProtocolState
	noTraces bool
	// blockTime is the chain's block time, from processed blocks'
	// timestamps; blockAt the newest timestamp seen.
	blockTime time.Duration
	blockAt   uint64
	// prefilter: only transactions touching the protocol are traced.
	prefilter bool
	// traceFails counts the failed traces of the block being processed.
	traceFails      int
	traceFailsBlock uint64
	// perTx: the node has no eth_getBlockReceipts, so receipts are read
	// one transaction at a time (said once, as a warning).
	perTx bool
}

// defaultPoll is how often a watcher without pushed heads asks for one.
const defaultPoll = 500 * time.Millisecond

// New returns a watcher starting at cfg.From.
func New(c Backend, cfg Config) *Watcher {
	if cfg.SlowTrace <= 0 {
		cfg.SlowTrace = defaultSlowTrace
	}
	return &Watcher{c: c, cfg: cfg, reader: NewReader(cfg.Watched), next: cfg.From, hashes: map[uint64]common.Hash{},
		prefilter: cfg.Trace == TracePrefilter}
}

// rememberBlocks is how many processed blocks' hashes a watcher keeps to
// find a reorg's common ancestor: deeper than any reorg a proof-of-stake
// chain has had outside finality failures.
const rememberBlocks = 256

// Run processes blocks as they arrive and hands each result to out, until ctx
// ends or out returns an error. Heads come by subscription where the
// transport pushes them (WebSocket), by polling otherwise; a subscription
// that ends (a node gone, a failover) is asked for again, and the poll
// goes on meanwhile, so no head is waited for longer than a poll.
func (w *Watcher) Run(ctx context.Context, out func(chain.BlockResult) error) error {
	heads := make(chan *types.Header, 16)
	var (
		sub     ethereum.Subscription
		subErr  <-chan error
		retryAt time.Time // when to ask for a subscription again
	)
	subscribe := func() {
		s, err := w.c.SubscribeNewHead(ctx, heads)
		switch {
		case err == nil:
			sub, subErr = s, s.Err()
		case errors.Is(err, gethrpc.ErrNotificationsUnsupported):
			// Plain HTTP cannot push heads: polling is expected, and
			// asked again only after a while (a failover may reach a
			// WebSocket endpoint).
			retryAt = time.Now().Add(resubscribe)
		default:
			// A node that is down or coming back: ask again soon.
			if !errors.Is(err, chain.ErrNoNode) {
				w.report(fmt.Errorf("head subscription failed, polling until it is back: %w", err))
			}
			retryAt = time.Now().Add(time.Second)
		}
	}
	subscribe()
	defer func() {
		if sub != nil {
			sub.Unsubscribe()
		}
	}()
	poll := time.NewTimer(w.pollEvery())
	defer poll.Stop()
	for {
		if err := w.catchUp(ctx, out); err != nil {
			return err
		}
		if sub == nil && time.Now().After(retryAt) {
			subscribe()
		}
		wait := w.pollEvery()
		if sub == nil {
			// Wake up to ask for the subscription again, too.
			wait = max(min(wait, time.Until(retryAt)), 10*time.Millisecond)
		}
		poll.Reset(wait)
		select {
		case <-ctx.Done():
			return nil
		case <-heads:
		case <-poll.C:
		case err := <-subErr:
			if err != nil {
				w.report(fmt.Errorf("head subscription ended, polling until it is back: %w", err))
			}
			sub.Unsubscribe()
			sub, subErr, retryAt = nil, nil, time.Now().Add(time.Second)
		}
	}
}

// resubscribe is how long a watcher polls before asking a node that
// refused a head subscription again.
const resubscribe = 30 * time.Second

// pollEvery is the poll interval: the configured one, else a quarter of
// the block time observed (between 50 ms and 2 s), so a 12 s chain is
// asked every 2 s and a drill's 200 ms chain every 50 ms.
func (w *Watcher) pollEvery() time.Duration {
	if w.cfg.Poll > 0 {
		return w.cfg.Poll
	}
	if w.blockTime <= 0 {
		return defaultPoll
	}
	return min(max(w.blockTime/4, 50*time.Millisecond), 2*time.Second)
}

func (w *Watcher) report(err error) {
	if w.cfg.OnError != nil && err != nil {
		w.cfg.OnError(err)
	}
}

// catchUp processes every block from next to the current head.
func (w *Watcher) catchUp(ctx context.Context, out func(chain.BlockResult) error) error {
	head, err := w.c.BlockNumber(ctx)
	if err != nil {
		if ctx.Err() != nil {
			return nil
		}
		w.report(fmt.Errorf("read head: %w", err))
		return nil
	}
	if head < w.next {
		// Nothing new: the block processed last must still be the
		// node's, or the chain reorganised under it (or shrank).
		res, err := w.checkTip(ctx, head)
		if err != nil {
			if ctx.Err() != nil {
				return nil
			}
			w.report(fmt.Errorf("check the head: %w", err))
			return nil
		}
		if res != nil {
			if err := out(*res); err != nil {
				return err
			}
		}
	}
	for w.next <= head {
		res, err := w.Process(ctx, w.next)
		if err != nil {
			if ctx.Err() != nil {
				return nil
			}
			w.report(fmt.Errorf("block %d: %w (will retry)", w.next, err))
			return nil // retry the same block on the next head or poll
		}
		if err := out(res); err != nil {
			return err
		}
	}
	return nil
}

// Process reads, traces and classifies block n and advances the watcher
// past it. On error nothing advances, so the block is tried again.
func (w *Watcher) Process(ctx context.Context, n uint64) (chain.BlockResult, error) {
	num := new(big.Int).SetUint64(n)
	// The trace, the floor of a block's cost (one re-execution), needs
	// only the block's hash unless it is prefiltered on the receipts: it
	// starts from the header, before the block and its receipts are read,
	// and runs while they are and while the senders, the balances before
	// the block and the protocol's state are read. A block that turns out
	// to need no trace, or a header another block has replaced by the time
	// the block is read, has it cancelled. No return leaves it running.
	var tr blockTrace
	defer tr.stop()
	if !w.noTraces && !w.prefilter {
		if h, err := w.c.HeaderByNumber(ctx, num); err == nil && h.Number.Uint64() == n && h.TxHash != types.EmptyTxsHash {
			tr.start(ctx, w, n, h.Hash(), nil, nil)
		}
	}
	// The block and its receipts are asked for at once, the receipts by
	// number; they must then be the block's own (a reorg between the two
	// answers makes them another block's, and the block is read again).
	var early []*types.Receipt
	var earlyErr error
	var got sync.WaitGroup
	if !w.perTx {
		got.Add(1)
		go func() {
			defer got.Done()
			early, earlyErr = w.c.BlockReceipts(ctx, gethrpc.BlockNumberOrHashWithNumber(gethrpc.BlockNumber(n)))
		}()
	}
	block, err := w.c.BlockByNumber(ctx, num)
	got.Wait()
	if err != nil {
		return chain.BlockResult{}, fmt.Errorf("fetch block: %w", err)
	}
	if prev, ok := w.hashes[n-1]; ok && n > 0 && block.ParentHash() != prev {
		return w.walkBack(ctx, n-1, n, block.Hash())
	}
	hash := block.Hash()
	txs := block.Transactions()
	if earlyErr != nil && errors.Is(chain.NodeError(earlyErr), chain.ErrUnsupported) {
		w.noBlockReceipts(earlyErr)
	}
	receipts, err := early, earlyErr
	if w.perTx || err != nil || !receiptsOf(receipts, hash) {
		receipts, err = w.receipts(ctx, hash, txs)
	}
	if err != nil {
		return chain.BlockResult{}, fmt.Errorf("fetch receipts: %w", err)
	}
	if len(receipts) != len(txs) {
		return chain.BlockResult{}, fmt.Errorf("%d receipts for %d transactions", len(receipts), len(txs))
	}

	switch {
	case w.noTraces || !needsTrace(txs):
		tr.stop()
	case tr.hash != hash || !tr.running():
		tr.stop()
		tr.start(ctx, w, n, hash, txs, receipts)
	}
	obs := chain.BlockObservation{Txs: make([]chain.TxObservation, len(txs)), Balances: map[common.Address]*big.Int{}}
	ps, err := w.observe(ctx, n, hash, txs, receipts, &obs)
	var prepared []any
	if err == nil {
		prepared = tr.prepare(obs.Txs)
	}
	traces, traceErr := tr.wait()
	if err != nil {
		return chain.BlockResult{}, err
	}
	if traceErr != nil {
		switch {
		case errors.Is(traceErr, chain.ErrUnsupported):
			w.noTraces = true
			w.report(fmt.Errorf("node gives no call traces (%v): classifying from receipts only", traceErr))
		case ctx.Err() == nil && w.traceFailed(n) >= untracedAfter:
			// The node answers the block and its receipts but keeps
			// failing its trace (a node restarted from a state snapshot
			// has no state to re-execute old blocks): classified from
			// receipts, said, rather than holding up every block after.
			w.report(fmt.Errorf("block %d classified from receipts only, untraced: the node failed its trace %d times: %w", n, untracedAfter, traceErr))
		default:
			return chain.BlockResult{}, fmt.Errorf("trace: %w", traceErr)
		}
		traces = nil
	}
	for i := range obs.Txs {
		if i < len(traces) {
			obs.Txs[i].Trace = traces[i]
		}
		if i < len(prepared) && traces != nil {
			obs.Txs[i].Prepared = prepared[i]
		}
	}

	info := chain.BlockInfo{Number: n, Hash: hash, Parent: block.ParentHash(), Time: time.Unix(int64(block.Time()), 0).UTC(),
		TxCount: len(txs), GasUsed: block.GasUsed(), Traced: traces != nil, NoTraces: w.noTraces, Prefilter: traces != nil && w.prefilter}
	obs.Info = info
	alerts, touched := w.cfg.Classifier.Classify(ctx, &obs)
	info.Touched = touched
	res := chain.BlockResult{Block: info, Alerts: alerts, Approvals: w.approvals(n, receipts)}
	if w.last == nil || !w.last.Equal(&ps) {
		res.Protocol = &ps
	}
	w.last = &ps
	w.noteBlockTime(block.Time())
	w.hashes[n] = hash
	delete(w.hashes, n-rememberBlocks)
	w.next = n + 1
	return res, nil
}

// blockTrace is a block's trace running beside the rest of its pipeline.
type blockTrace struct {
	hash   common.Hash
	cancel context.CancelFunc
	done   chan struct{}
	traces []*chain.CallFrame
	err    error
	// stream has the frames as they are traced, when the backend streams
	// them and the classifier prepares transactions ahead (prepare).
	stream *traceStream
}

// start traces block n by its hash (Watcher.trace; the receipts are only
// needed to prefilter).
func (t *blockTrace) start(ctx context.Context, w *Watcher, n uint64, hash common.Hash, txs types.Transactions, receipts []*types.Receipt) {
	ctx, t.cancel = context.WithCancel(ctx)
	t.hash, t.done = hash, make(chan struct{})
	var each func(int, *chain.CallFrame)
	if p, ok := w.cfg.Classifier.(chain.Preparer); ok {
		t.stream = &traceStream{p: p, more: make(chan struct{}, 1)}
		each = t.stream.add
	}
	go func() {
		defer close(t.done)
		t.traces, t.err = w.trace(ctx, n, hash, txs, receipts, each)
	}()
	// The trace is the block's floor: it has this P at once, and the
	// caller goes on on the other one, rather than the trace waiting for
	// a P to wake (0.2 ms at best; several when the other is busy).
	runtime.Gosched()
}

func (t *blockTrace) running() bool { return t.done != nil }

// prepare hands each transaction to the classifier's Prepare as soon as its
// trace has arrived, until the trace ends, and returns what it made of
// them: the block's transactions are walked while its later ones are
// still being traced, so that what is left once the trace ends is the
// classification's own. It prepares nothing when the trace is not
// streamed.
func (t *blockTrace) prepare(txs []chain.TxObservation) []any {
	if t.stream == nil {
		return nil
	}
	out := make([]any, len(txs))
	for i, ended := 0, false; !ended && i < len(txs); {
		select {
		case <-t.stream.more:
		case <-t.done:
			ended = true // every frame was added before done closed
		}
		for _, f := range t.stream.from(i) {
			if i == len(txs) {
				break
			}
			o := txs[i]
			o.Trace = f
			out[i] = t.stream.p.Prepare(&o)
			i++
		}
	}
	return out
}

// wait is the trace's result: none when it was never started or stopped.
func (t *blockTrace) wait() ([]*chain.CallFrame, error) {
	if t.done == nil {
		return nil, nil
	}
	<-t.done
	t.cancel()
	return t.traces, t.err
}

// stop cancels the trace and waits for it to end, dropping its result.
func (t *blockTrace) stop() {
	if t.done != nil {
		t.cancel()
		<-t.done
	}
	*t = blockTrace{}
}

// streamBatch is how many frames a traceStream gathers before it wakes
// prepare: waking it for each would cost the tracing goroutine a thread
// wake-up per transaction (the trace of a 1,000-transaction block took
// 15 % longer), while the transactions still unprepared when the trace
// ends take prepare a few microseconds each.
const streamBatch = 32

// traceStream is a block's frames as a chain.TraceStreamer hands them
// over, in transaction order.
type traceStream struct {
	p      chain.Preparer // the classifier, which prepares each transaction
	mu     sync.Mutex
	frames []*chain.CallFrame
	more   chan struct{} // streamBatch more frames were added since it was last received
}

func (s *traceStream) add(_ int, f *chain.CallFrame) {
	s.mu.Lock()
	s.frames = append(s.frames, f)
	n := len(s.frames)
	s.mu.Unlock()
	if n%streamBatch != 0 {
		return
	}
	select {
	case s.more <- struct{}{}:
	default:
	}
}

// from are the frames of transactions i on added so far.
func (s *traceStream) from(i int) []*chain.CallFrame {
	s.mu.Lock()
	defer s.mu.Unlock()
	if i >= len(s.frames) {
		return nil
	}
	return s.frames[i:len(s.frames):len(s.frames)]
}

// observe fills obs with each transaction's sender and receipt and the
// watched contracts' balances before block n, then reads the protocol at
// n: all a block's classification needs besides its trace. Reading the
// protocol comes before classifying, since classification changes the
// classifier and nothing that can fail may come after it.
func (w *Watcher) observe(ctx context.Context, n uint64, hash common.Hash, txs types.Transactions, receipts []*types.Receipt, obs *chain.BlockObservation) (chain.ProtocolState, error) {
	for i, tx := range txs {
		from, err := w.c.TransactionSender(ctx, tx, hash, uint(i))
		if err != nil {
			return chain.ProtocolState{}, fmt.Errorf("sender of tx %d: %w", i, err)
		}
		obs.Txs[i] = chain.TxObservation{Tx: tx, From: from, Receipt: receipts[i]}
	}
	if err := w.parentBalances(ctx, n, obs.Balances); err != nil {
		return chain.ProtocolState{}, err
	}
	ps, err := w.reader.Read(ctx, w.c, new(big.Int).SetUint64(n))
	if err != nil {
		return chain.ProtocolState{}, fmt.Errorf("read protocol: %w", err)
	}
	return ps, nil
}

// receipts are a block's receipts: by eth_getBlockReceipts where the node
// has it, else one eth_getTransactionReceipt per transaction.
func (w *Watcher) receipts(ctx context.Context, hash common.Hash, txs types.Transactions) ([]*types.Receipt, error) {
	if !w.perTx {
		rs, err := w.c.BlockReceipts(ctx, gethrpc.BlockNumberOrHashWithHash(hash, false))
		if err == nil || !errors.Is(chain.NodeError(err), chain.ErrUnsupported) {
			return rs, err
		}
		w.noBlockReceipts(err)
	}
	out := make([]*types.Receipt, len(txs))
	for i, tx := range txs {
		r, err := w.c.TransactionReceipt(ctx, tx.Hash())
		if err != nil {
			return nil, fmt.Errorf("receipt of tx %d %s: %w", i, tx.Hash().Hex(), err)
		}
		if r.BlockHash != hash {
			return nil, fmt.Errorf("receipt of tx %s is for block %s, not %s: the chain reorganised while it was read", tx.Hash().Hex(), r.BlockHash.Hex(), hash.Hex())
		}
		out[i] = r
	}
	return out, nil
}

// approvals are the watched Safes' ApproveHash events among receipts.
func (w *Watcher) approvals(n uint64, receipts []*types.Receipt) []chain.HashApproval {
	var out []chain.HashApproval
	for _, r := range receipts {
		for _, l := range r.Logs {
			if len(l.Topics) != 3 || l.Topics[0] != approveHashTopic || !w.isSafe(l.Address) {
				continue
			}
			out = append(out, chain.HashApproval{Safe: l.Address, Hash: l.Topics[1],
				Owner: common.BytesToAddress(l.Topics[2].Bytes()), TxHash: r.TxHash, Block: n})
		}
	}
	return out
}

// approveHashTopic is the Safe's ApproveHash(bytes32 indexed approvedHash,
// address indexed owner) event.
var approveHashTopic = crypto.Keccak256Hash([]byte("ApproveHash(bytes32,address)"))

func (w *Watcher) isSafe(a common.Address) bool {
	for _, wc := range w.cfg.Watched {
		if wc.Role == chain.RoleSafe && wc.Address == a {
			return true
		}
	}
	return false
}

// parentBalances fills the watched contracts' balances before block n.
func (w *Watcher) parentBalances(ctx context.Context, n uint64, into map[common.Address]*big.Int) error {
	if w.last != nil && w.last.Block+1 == n {
		for _, c := range w.last.Contracts {
			into[c.Address] = c.Balance
		}
		return nil
	}
	if n == 0 {
		return nil
	}
	parent := new(big.Int).SetUint64(n - 1)
	for _, wc := range w.cfg.Watched {
		if wc.Role == chain.RoleSafe || wc.Role == chain.RoleTimelock {
			continue
		}
		b, err := w.c.BalanceAt(ctx, wc.Address, parent)
		if err != nil {
			return fmt.Errorf("balance of %s at block %d: %w", wc.Name, n-1, err)
		}
		into[wc.Address] = b
	}
	return nil
}

// needsTrace reports whether any transaction runs contract code.
func needsTrace(txs types.Transactions) bool {
	for _, tx := range txs {
		if tx.To() == nil || len(tx.Data()) > 0 {
			return true
		}
	}
	return false
}

// checkTip compares the newest processed block with the node's block at
// that height (at head when the node's chain is now shorter): a reorg
// that replaced it, with no higher block yet, is found here.
func (w *Watcher) checkTip(ctx context.Context, head uint64) (*chain.BlockResult, error) {
	if w.next == 0 {
		return nil, nil
	}
	top := min(w.next-1, head)
	known, ok := w.hashes[top]
	if !ok {
		return nil, nil
	}
	h, err := w.c.HeaderByNumber(ctx, new(big.Int).SetUint64(top))
	if err != nil {
		return nil, err
	}
	if h.Hash() == known && top == w.next-1 {
		return nil, nil
	}
	res, err := w.walkBack(ctx, top, top, h.Hash())
	if err != nil {
		return nil, err
	}
	return &res, nil
}

// walkBack finds the common ancestor of the blocks processed and the
// node's chain, from height top down, and forgets what was processed
// above it: the next block processed is the ancestor's child on the new
// branch. seen and seenHash are the new branch's block that showed it.
func (w *Watcher) walkBack(ctx context.Context, top, seen uint64, seenHash common.Hash) (chain.BlockResult, error) {
	r := &chain.Reorg{Seen: seen, SeenHash: seenHash}
	m := top
	for {
		known, ok := w.hashes[m]
		if !ok {
			r.Deep = true
			break
		}
		h, err := w.c.HeaderByNumber(ctx, new(big.Int).SetUint64(m))
		if err != nil {
			return chain.BlockResult{}, fmt.Errorf("walk back to the common ancestor, at block %d: %w", m, err)
		}
		if h.Hash() == known || m == 0 {
			break
		}
		m--
	}
	r.Ancestor, r.AncestorHash = m, w.hashes[m]
	for k := m + 1; k < w.next; k++ {
		if h, ok := w.hashes[k]; ok {
			r.Dropped = append(r.Dropped, chain.DroppedBlock{Number: k, Hash: h})
			delete(w.hashes, k)
		}
	}
	w.next, w.last = m+1, nil
	return chain.BlockResult{Reorg: r}, nil
}

// noteBlockTime follows the block time from block timestamps: a moving
// average of the gaps between consecutive blocks.
func (w *Watcher) noteBlockTime(ts uint64) {
	if w.blockAt != 0 && ts > w.blockAt {
		gap := time.Duration(ts-w.blockAt) * time.Second
		if w.blockTime == 0 {
			w.blockTime = gap
		} else {
			w.blockTime = (3*w.blockTime + gap) / 4
		}
	}
	w.blockAt = ts
}

// untracedAfter is how many times a block's trace may fail, with the
// block and its receipts read, before the block is classified without it.
const untracedAfter = 3

// traceFailed counts a failed trace of block n and returns how many
// there have been in a row.
func (w *Watcher) traceFailed(n uint64) int {
	if w.traceFailsBlock != n {
		w.traceFailsBlock, w.traceFails = n, 0
	}
	w.traceFails++
	return w.traceFails
}

// trace traces block n: whole, or in prefilter mode only the transactions
// whose receipts touch a watched contract (the others' traces nil). In
// TraceAuto a whole-block trace slower than SlowTrace switches to
// prefilter from the next block on, and says what that misses.
//
// A backend that streams its frames (chain.TraceStreamer) hands each to
// each, when it is not nil, as soon as it has it.
func (w *Watcher) trace(ctx context.Context, n uint64, hash common.Hash, txs types.Transactions, receipts []*types.Receipt, each func(int, *chain.CallFrame)) ([]*chain.CallFrame, error) {
	tt, canTx := w.c.(chain.TxTracer)
	if w.prefilter && canTx {
		return w.traceTouching(ctx, tt, txs, receipts)
	}
	start := time.Now()
	var traces []*chain.CallFrame
	var err error
	if ts, ok := w.c.(chain.TraceStreamer); ok && each != nil {
		traces = []*chain.CallFrame{}
		err = ts.TraceBlockEach(ctx, hash, func(i int, f *chain.CallFrame) {
			traces = append(traces, f)
			each(i, f)
		})
		if err != nil {
			traces = nil
		}
	} else {
		traces, err = w.c.TraceBlock(ctx, hash)
	}
	if took := time.Since(start); err == nil && w.cfg.Trace == TraceAuto && canTx && took > w.cfg.SlowTrace {
		w.prefilter = true
		w.report(fmt.Errorf("block %d (%d transactions) took %s to trace: from the next block on only the transactions whose receipts touch a watched contract are traced; a reverted attempt that emits nothing is missed", n, len(traces), took.Round(time.Millisecond)))
	}
	return traces, err
}

// prefilterWorkers is how many transaction traces a prefiltered block
// asks for at once.
const prefilterWorkers = 8

func (w *Watcher) traceTouching(ctx context.Context, tt chain.TxTracer, txs types.Transactions, receipts []*types.Receipt) ([]*chain.CallFrame, error) {
	out := make([]*chain.CallFrame, len(txs))
	var todo []int
	for i, tx := range txs {
		if w.touches(tx, receipts[i]) {
			todo = append(todo, i)
		}
	}
	errs := make([]error, len(txs))
	jobs := make(chan int)
	var wg sync.WaitGroup
	for range min(prefilterWorkers, len(todo)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range jobs {
				out[i], errs[i] = tt.TraceTransaction(ctx, txs[i].Hash())
			}
		}()
	}
	for _, i := range todo {
		jobs <- i
	}
	close(jobs)
	wg.Wait()
	for _, i := range todo {
		if errs[i] != nil {
			return nil, fmt.Errorf("trace of tx %d %s: %w", i, txs[i].Hash().Hex(), errs[i])
		}
	}
	return out, nil
}

// touches reports whether a transaction's receipt shows it reached a
// watched contract: sent to one, or a log from one.
func (w *Watcher) touches(tx *types.Transaction, r *types.Receipt) bool {
	if to := tx.To(); to != nil && w.watched(*to) {
		return true
	}
	for _, l := range r.Logs {
		if w.watched(l.Address) {
			return true
		}
	}
	return false
}

func (w *Watcher) watched(a common.Address) bool {
	for _, wc := range w.cfg.Watched {
		if wc.Address == a {
			return true
		}
	}
	return false
}

// receiptsOf reports whether receipts are block hash's.
func receiptsOf(receipts []*types.Receipt, hash common.Hash) bool {
	for _, r := range receipts {
		if r.BlockHash != hash {
			return false
		}
	}
	return true
}

// noBlockReceipts reads receipts one transaction at a time from now on,
// and says so once.
func (w *Watcher) noBlockReceipts(err error) {
	if !w.perTx {
		w.perTx = true
		w.report(fmt.Errorf("node has no eth_getBlockReceipts (%v): reading receipts one transaction at a time", err))
	}
}
