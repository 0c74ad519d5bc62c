package rpc

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/big"
	"net"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	gethrpc "github.com/ethereum/go-ethereum/rpc"

	"warroom/chain"
)

// Endpoint is one node a Pool may use.
type Endpoint struct {
	// Name is how the endpoint is shown and journaled: "rpc 2
	// (https://node-b.example)", never more of its URL than scheme and
	// host (the rest is often an API key).
	Name string
	// Dial connects to the node.
	Dial func(ctx context.Context) (chain.Client, error)
}

// PoolConfig configures a Pool.
type PoolConfig struct {
	// ChainID is the chain every endpoint must answer; an endpoint on
	// another chain is never used. Zero takes the first answering one's.
	ChainID uint64
	// CallTimeout bounds one answer (default 10 s); a trace's is six
	// times as long.
	CallTimeout time.Duration
	// MinBackoff and MaxBackoff bound the wait before an endpoint that
	// failed is dialed again, doubling from the first to the second
	// (defaults 250 ms and 5 s).
	MinBackoff, MaxBackoff time.Duration
	// OnStatus hears of every change of endpoint or health, and of the
	// latency when it moves by half or more. It is called without the
	// pool's lock held, in order.
	OnStatus func(PoolStatus)
}

// PoolStatus is which endpoint a pool reads through and how it answers.
type PoolStatus struct {
	Endpoint string // the endpoint in use; "" when none answers
	Index    int    // its place in the pool, from 0; -1 when none
	Up       bool
	Latency  time.Duration // recent answer time (moving average)
	// Err is why the previous endpoint was left, or why none answers.
	Err string
	// RetryIn is, when none answers, how long until the next dial.
	RetryIn time.Duration
	// Endpoints is the pool's size.
	Endpoints int
}

// ErrNoNode is a pool none of whose endpoints answers now.
var ErrNoNode = chain.ErrNoNode

// ErrWrongChain is an endpoint that answers another chain id than the
// pool's; it is never used.
var ErrWrongChain = errors.New("the endpoint is on another chain")

// Pool is a chain.Client over several endpoints, used in order: every
// call goes to the endpoint in use, and a call that fails at the
// transport (refused, timed out, a garbled or 5xx answer) moves the pool
// to the next endpoint that answers, with the right chain id, and is made
// again there. An endpoint that failed is dialed again only after its
// backoff. A node's own answer (a revert, "not found") is the answer, not
// a failure.
type Pool struct {
	eps []Endpoint
	cfg PoolConfig

	mu      sync.Mutex
	cur     int // -1: none
	c       chain.Client
	gen     uint64 // bumped on every change of c
	chainID uint64
	state   []epState
	latency time.Duration
	shown   PoolStatus // the last status told to OnStatus
	lastErr string

	notify sync.Mutex // OnStatus calls, one at a time, in order
	closed bool
}

type epState struct {
	retryAt    time.Time
	backoff    time.Duration
	wrongChain bool
	err        string
}

var _ chain.Client = (*Pool)(nil)

// NewPool returns a pool over eps and connects it to the first endpoint
// that answers. It fails only when none does (and ctx ends) or when none
// is on the configured chain.
func NewPool(ctx context.Context, eps []Endpoint, cfg PoolConfig) (*Pool, error) {
	if len(eps) == 0 {
		return nil, errors.New("a pool needs at least one endpoint")
	}
	if cfg.CallTimeout <= 0 {
		cfg.CallTimeout = 10 * time.Second
	}
	if cfg.MinBackoff <= 0 {
		cfg.MinBackoff = 250 * time.Millisecond
	}
	if cfg.MaxBackoff < cfg.MinBackoff {
		cfg.MaxBackoff = max(5*time.Second, cfg.MinBackoff)
	}
	p := &Pool{eps: eps, cfg: cfg, cur: -1, chainID: cfg.ChainID, state: make([]epState, len(eps))}
	if _, _, err := p.client(ctx); err != nil {
		return nil, err
	}
	return p, nil
}

// Status is the pool's status now.
func (p *Pool) Status() PoolStatus {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.statusLocked()
}

func (p *Pool) statusLocked() PoolStatus {
	s := PoolStatus{Index: p.cur, Up: p.c != nil, Latency: p.latency, Err: p.lastErr, Endpoints: len(p.eps)}
	if p.c != nil {
		s.Endpoint = p.eps[p.cur].Name
	} else {
		s.Index = -1
		s.RetryIn = p.retryInLocked(time.Now())
	}
	return s
}

// publish tells OnStatus of a change worth telling: another endpoint,
// up or down, a latency that moved by half.
func (p *Pool) publish() {
	if p.cfg.OnStatus == nil {
		return
	}
	p.notify.Lock()
	defer p.notify.Unlock()
	p.mu.Lock()
	s := p.statusLocked()
	old := p.shown
	worth := s.Index != old.Index || s.Up != old.Up || s.Endpoint != old.Endpoint ||
		(old.Latency == 0 && s.Latency > 0) || moved(old.Latency, s.Latency)
	if worth {
		p.shown = s
	}
	p.mu.Unlock()
	if worth {
		p.cfg.OnStatus(s)
	}
}

// moved reports whether latency b differs from a by half of a or more
// (and by at least 5 ms: jitter on a loopback node is not news).
func moved(a, b time.Duration) bool {
	d := b - a
	if d < 0 {
		d = -d
	}
	return d >= 5*time.Millisecond && d*2 >= a
}

func (p *Pool) retryInLocked(now time.Time) time.Duration {
	best := time.Duration(-1)
	for _, st := range p.state {
		if st.wrongChain {
			continue
		}
		if w := st.retryAt.Sub(now); best < 0 || w < best {
			best = max(w, 0)
		}
	}
	return max(best, 0)
}

// client is the endpoint in use, dialing the first one whose backoff is
// over when there is none.
func (p *Pool) client(ctx context.Context) (chain.Client, uint64, error) {
	p.mu.Lock()
	if p.closed {
		p.mu.Unlock()
		return nil, 0, errors.New("the node pool is closed")
	}
	if p.c != nil {
		c, gen := p.c, p.gen
		p.mu.Unlock()
		return c, gen, nil
	}
	var errs []string
	now := time.Now()
	for i, ep := range p.eps {
		st := &p.state[i]
		if st.wrongChain || now.Before(st.retryAt) {
			if st.err != "" {
				errs = append(errs, ep.Name+": "+st.err)
			}
			continue
		}
		c, err := p.dial(ctx, ep)
		if err != nil {
			if ctx.Err() != nil {
				p.mu.Unlock()
				return nil, 0, ctx.Err()
			}
			st.backoff = min(max(2*st.backoff, p.cfg.MinBackoff), p.cfg.MaxBackoff)
			st.retryAt, st.err = time.Now().Add(st.backoff), Describe(err).Error()
			st.wrongChain = errors.Is(err, ErrWrongChain)
			errs = append(errs, ep.Name+": "+st.err)
			continue
		}
		st.backoff, st.retryAt, st.err = 0, time.Time{}, ""
		p.c, p.cur, p.latency = c, i, 0
		p.gen++
		gen := p.gen
		p.mu.Unlock()
		p.publish()
		return c, gen, nil
	}
	retry := p.retryInLocked(time.Now())
	allWrong := true
	for _, st := range p.state {
		allWrong = allWrong && st.wrongChain
	}
	p.mu.Unlock()
	p.publish()
	if allWrong {
		return nil, 0, fmt.Errorf("%w: %s", ErrWrongChain, strings.Join(errs, "; "))
	}
	return nil, 0, fmt.Errorf("%w (next try in %s): %s", ErrNoNode, retry.Round(time.Millisecond), strings.Join(errs, "; "))
}

// dial connects to ep and checks its chain id; called with p.mu held.
func (p *Pool) dial(ctx context.Context, ep Endpoint) (chain.Client, error) {
	c, id, err := dialOn(ctx, ep, p.cfg.CallTimeout, p.chainID)
	if err == nil && p.chainID == 0 {
		p.chainID = id
	}
	return c, err
}

// dialOn connects to ep within timeout and checks it answers chain id
// want (any, when 0); it returns the chain id it answers.
func dialOn(ctx context.Context, ep Endpoint, timeout time.Duration, want uint64) (chain.Client, uint64, error) {
	dctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	c, err := ep.Dial(dctx)
	if err != nil {
		return nil, 0, err
	}
	id, err := c.ChainID(dctx)
	if err != nil {
		c.Close()
		return nil, 0, fmt.Errorf("eth_chainId: %w", err)
	}
	if want != 0 && id.Uint64() != want {
		c.Close()
		return nil, 0, fmt.Errorf("%w: it answers chain id %s, not %d", ErrWrongChain, id, want)
	}
	return c, id.Uint64(), nil
}

// fail leaves the endpoint of generation gen after a transport failure.
func (p *Pool) fail(gen uint64, err error) {
	p.mu.Lock()
	if gen != p.gen || p.c == nil {
		p.mu.Unlock()
		return // another call has moved the pool on already
	}
	st := &p.state[p.cur]
	st.backoff = min(max(2*st.backoff, p.cfg.MinBackoff), p.cfg.MaxBackoff)
	st.retryAt, st.err = time.Now().Add(st.backoff), Describe(err).Error()
	p.lastErr = p.eps[p.cur].Name + ": " + st.err
	c := p.c
	p.c, p.cur = nil, -1
	p.gen++
	p.mu.Unlock()
	c.Close()
	p.publish()
}

func (p *Pool) noteLatency(gen uint64, d time.Duration) {
	p.mu.Lock()
	if gen == p.gen {
		if p.latency == 0 {
			p.latency = d
		} else {
			p.latency = (7*p.latency + d) / 8
		}
	}
	p.mu.Unlock()
	p.publish()
}

// do makes one call through the endpoint in use, failing over to the
// next that answers when the transport fails, at most once per endpoint;
// with every endpoint backing off it waits for the first retry, once.
func (p *Pool) do(ctx context.Context, timeout time.Duration, f func(ctx context.Context, c chain.Client) error) error {
	var err error
	waited := false
	for range len(p.eps) + 2 {
		c, gen, cerr := p.client(ctx)
		if cerr != nil && errors.Is(cerr, ErrNoNode) && !waited {
			// Every endpoint is backing off: wait for the first to be
			// dialed again, once, rather than fail a pause that a node
			// coming back would carry.
			waited = true
			p.mu.Lock()
			wait := p.retryInLocked(time.Now())
			p.mu.Unlock()
			select {
			case <-ctx.Done():
				return cerr
			case <-time.After(wait):
			}
			continue
		}
		if cerr != nil {
			if err != nil {
				return fmt.Errorf("%w; before that: %v", cerr, err)
			}
			return cerr
		}
		cctx, cancel := context.WithTimeout(ctx, timeout)
		start := time.Now()
		err = f(cctx, c)
		cancel()
		if ctx.Err() != nil {
			return err
		}
		if !Transport(err) {
			p.noteLatency(gen, time.Since(start))
			return err
		}
		p.fail(gen, err)
	}
	return err
}

// Transport reports whether err is the way to the node failing rather
// than the node answering: no connection, a timeout, a reply that is not
// JSON-RPC, an HTTP error status. Those are worth another endpoint.
func Transport(err error) bool {
	if err == nil {
		return false
	}
	var rpcErr gethrpc.Error
	var dataErr gethrpc.DataError
	switch {
	case errors.Is(err, ethereum.NotFound), errors.As(err, &rpcErr), errors.As(err, &dataErr):
		return false
	}
	var (
		netErr  net.Error
		httpErr gethrpc.HTTPError
		synErr  *json.SyntaxError
		typeErr *json.UnmarshalTypeError
	)
	switch {
	case errors.Is(err, context.DeadlineExceeded), errors.Is(err, io.EOF), errors.Is(err, io.ErrUnexpectedEOF),
		errors.Is(err, syscall.ECONNREFUSED), errors.Is(err, syscall.ECONNRESET), errors.Is(err, syscall.EPIPE),
		errors.Is(err, gethrpc.ErrClientQuit), errors.As(err, &netErr), errors.As(err, &httpErr),
		errors.As(err, &synErr), errors.As(err, &typeErr):
		return true
	}
	msg := err.Error()
	for _, s := range []string{"connection refused", "connection reset", "broken pipe", "closed", "EOF", "no such host", "timeout", "invalid character", "cannot unmarshal"} {
		if strings.Contains(msg, s) {
			return true
		}
	}
	return false
}

func (p *Pool) call(ctx context.Context, f func(ctx context.Context, c chain.Client) error) error {
	return p.do(ctx, p.cfg.CallTimeout, f)
}

// Close closes the endpoint in use; the pool dials nothing afterwards.
func (p *Pool) Close() {
	p.mu.Lock()
	c := p.c
	p.c, p.closed = nil, true
	p.mu.Unlock()
	if c != nil {
		c.Close()
	}
}

// ChainID is the pool's chain id, checked on every endpoint it uses.
func (p *Pool) ChainID(ctx context.Context) (*big.Int, error) {
	var id *big.Int
	err := p.call(ctx, func(ctx context.Context, c chain.Client) (err error) { id, err = c.ChainID(ctx); return })
	return id, err
}

func (p *Pool) BlockNumber(ctx context.Context) (uint64, error) {
	var n uint64
	err := p.call(ctx, func(ctx context.Context, c chain.Client) (err error) { n, err = c.BlockNumber(ctx); return })
	return n, err
}

// SubscribeNewHead subscribes on the endpoint in use; the subscription
// ends when the pool leaves it, and the watcher subscribes again.
func (p *Pool) SubscribeNewHead(ctx context.Context, ch chan<- *types.Header) (ethereum.Subscription, error) {
	var sub ethereum.Subscription
	err := p.call(ctx, func(_ context.Context, c chain.Client) (err error) {
		// The subscription outlives the call: it gets the caller's ctx.
		sub, err = c.SubscribeNewHead(ctx, ch)
		return
	})
	return sub, err
}

func (p *Pool) BlockByNumber(ctx context.Context, n *big.Int) (*types.Block, error) {
	var b *types.Block
	err := p.call(ctx, func(ctx context.Context, c chain.Client) (err error) { b, err = c.BlockByNumber(ctx, n); return })
	return b, err
}

func (p *Pool) BlockByHash(ctx context.Context, h common.Hash) (*types.Block, error) {
	var b *types.Block
	err := p.call(ctx, func(ctx context.Context, c chain.Client) (err error) { b, err = c.BlockByHash(ctx, h); return })
	return b, err
}

func (p *Pool) HeaderByNumber(ctx context.Context, n *big.Int) (*types.Header, error) {
	var h *types.Header
	err := p.call(ctx, func(ctx context.Context, c chain.Client) (err error) { h, err = c.HeaderByNumber(ctx, n); return })
	return h, err
}

func (p *Pool) HeaderByHash(ctx context.Context, hash common.Hash) (*types.Header, error) {
	var h *types.Header
	err := p.call(ctx, func(ctx context.Context, c chain.Client) (err error) { h, err = c.HeaderByHash(ctx, hash); return })
	return h, err
}

func (p *Pool) TransactionCount(ctx context.Context, block common.Hash) (uint, error) {
	var n uint
	err := p.call(ctx, func(ctx context.Context, c chain.Client) (err error) { n, err = c.TransactionCount(ctx, block); return })
	return n, err
}

func (p *Pool) TransactionInBlock(ctx context.Context, block common.Hash, i uint) (*types.Transaction, error) {
	var t *types.Transaction
	err := p.call(ctx, func(ctx context.Context, c chain.Client) (err error) {
		t, err = c.TransactionInBlock(ctx, block, i)
		return
	})
	return t, err
}

func (p *Pool) TransactionByHash(ctx context.Context, h common.Hash) (*types.Transaction, bool, error) {
	var (
		t       *types.Transaction
		pending bool
	)
	err := p.call(ctx, func(ctx context.Context, c chain.Client) (err error) {
		t, pending, err = c.TransactionByHash(ctx, h)
		return
	})
	return t, pending, err
}

func (p *Pool) TransactionReceipt(ctx context.Context, h common.Hash) (*types.Receipt, error) {
	var r *types.Receipt
	err := p.call(ctx, func(ctx context.Context, c chain.Client) (err error) { r, err = c.TransactionReceipt(ctx, h); return })
	return r, err
}

func (p *Pool) BlockReceipts(ctx context.Context, b gethrpc.BlockNumberOrHash) ([]*types.Receipt, error) {
	var rs []*types.Receipt
	err := p.call(ctx, func(ctx context.Context, c chain.Client) (err error) { rs, err = c.BlockReceipts(ctx, b); return })
	return rs, err
}

// TransactionSender asks the endpoint in use; after a failover its
// answer comes from the node rather than from the block's cache.
func (p *Pool) TransactionSender(ctx context.Context, t *types.Transaction, block common.Hash, i uint) (common.Address, error) {
	var a common.Address
	err := p.call(ctx, func(ctx context.Context, c chain.Client) (err error) {
		a, err = c.TransactionSender(ctx, t, block, i)
		return
	})
	return a, err
}

// TraceBlock traces through the endpoint in use, with six times the
// call timeout: a busy block's trace is the slowest answer a node gives.
func (p *Pool) TraceBlock(ctx context.Context, h common.Hash) ([]*chain.CallFrame, error) {
	var fs []*chain.CallFrame
	err := p.do(ctx, 6*p.cfg.CallTimeout, func(ctx context.Context, c chain.Client) (err error) { fs, err = c.TraceBlock(ctx, h); return })
	return fs, err
}

// TraceTransaction traces one transaction through the endpoint in use,
// with a trace's timeout; an endpoint without it answers ErrUnsupported.
func (p *Pool) TraceTransaction(ctx context.Context, h common.Hash) (*chain.CallFrame, error) {
	var f *chain.CallFrame
	err := p.do(ctx, 6*p.cfg.CallTimeout, func(ctx context.Context, c chain.Client) (err error) {
		tt, ok := c.(chain.TxTracer)
		if !ok {
			return fmt.Errorf("%w: this client traces whole blocks only", chain.ErrUnsupported)
		}
		f, err = tt.TraceTransaction(ctx, h)
		return
	})
	return f, err
}

func (p *Pool) BalanceAt(ctx context.Context, a common.Address, n *big.Int) (*big.Int, error) {
	var b *big.Int
	err := p.call(ctx, func(ctx context.Context, c chain.Client) (err error) { b, err = c.BalanceAt(ctx, a, n); return })
	return b, err
}

func (p *Pool) StorageAt(ctx context.Context, a common.Address, k common.Hash, n *big.Int) ([]byte, error) {
	var v []byte
	err := p.call(ctx, func(ctx context.Context, c chain.Client) (err error) { v, err = c.StorageAt(ctx, a, k, n); return })
	return v, err
}

func (p *Pool) CodeAt(ctx context.Context, a common.Address, n *big.Int) ([]byte, error) {
	var v []byte
	err := p.call(ctx, func(ctx context.Context, c chain.Client) (err error) { v, err = c.CodeAt(ctx, a, n); return })
	return v, err
}

func (p *Pool) NonceAt(ctx context.Context, a common.Address, n *big.Int) (uint64, error) {
	var v uint64
	err := p.call(ctx, func(ctx context.Context, c chain.Client) (err error) { v, err = c.NonceAt(ctx, a, n); return })
	return v, err
}

func (p *Pool) CallContract(ctx context.Context, m ethereum.CallMsg, n *big.Int) ([]byte, error) {
	var v []byte
	err := p.call(ctx, func(ctx context.Context, c chain.Client) (err error) { v, err = c.CallContract(ctx, m, n); return })
	return v, err
}

func (p *Pool) EstimateGas(ctx context.Context, m ethereum.CallMsg) (uint64, error) {
	var v uint64
	err := p.call(ctx, func(ctx context.Context, c chain.Client) (err error) { v, err = c.EstimateGas(ctx, m); return })
	return v, err
}

func (p *Pool) SuggestGasPrice(ctx context.Context) (*big.Int, error) {
	var v *big.Int
	err := p.call(ctx, func(ctx context.Context, c chain.Client) (err error) { v, err = c.SuggestGasPrice(ctx); return })
	return v, err
}

func (p *Pool) SuggestGasTipCap(ctx context.Context) (*big.Int, error) {
	var v *big.Int
	err := p.call(ctx, func(ctx context.Context, c chain.Client) (err error) { v, err = c.SuggestGasTipCap(ctx); return })
	return v, err
}

// SendTransaction sends through the endpoint in use. A send whose
// transport failed may have reached the node, so the next endpoint may
// already know the transaction: "already known" is then a success.
func (p *Pool) SendTransaction(ctx context.Context, t *types.Transaction) error {
	retried := false
	return p.call(ctx, func(ctx context.Context, c chain.Client) error {
		err := c.SendTransaction(ctx, t)
		if err != nil && retried && strings.Contains(strings.ToLower(err.Error()), "already known") {
			return nil
		}
		retried = true
		return err
	})
}

func (p *Pool) PendingCodeAt(ctx context.Context, a common.Address) ([]byte, error) {
	var v []byte
	err := p.call(ctx, func(ctx context.Context, c chain.Client) (err error) { v, err = c.PendingCodeAt(ctx, a); return })
	return v, err
}

func (p *Pool) PendingNonceAt(ctx context.Context, a common.Address) (uint64, error) {
	var v uint64
	err := p.call(ctx, func(ctx context.Context, c chain.Client) (err error) { v, err = c.PendingNonceAt(ctx, a); return })
	return v, err
}

func (p *Pool) FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error) {
	var v []types.Log
	err := p.call(ctx, func(ctx context.Context, c chain.Client) (err error) { v, err = c.FilterLogs(ctx, q); return })
	return v, err
}

func (p *Pool) SubscribeFilterLogs(ctx context.Context, q ethereum.FilterQuery, ch chan<- types.Log) (ethereum.Subscription, error) {
	var sub ethereum.Subscription
	err := p.call(ctx, func(_ context.Context, c chain.Client) (err error) {
		sub, err = c.SubscribeFilterLogs(ctx, q, ch)
		return
	})
	return sub, err
}

func (p *Pool) CallContext(ctx context.Context, result any, method string, args ...any) error {
	return p.call(ctx, func(ctx context.Context, c chain.Client) error { return c.CallContext(ctx, result, method, args...) })
}

func (p *Pool) SubscribeTransactionReceipts(ctx context.Context, q *ethereum.TransactionReceiptsQuery, ch chan<- []*types.Receipt) (ethereum.Subscription, error) {
	var sub ethereum.Subscription
	err := p.call(ctx, func(_ context.Context, c chain.Client) (err error) {
		sub, err = c.SubscribeTransactionReceipts(ctx, q, ch)
		return
	})
	return sub, err
}
