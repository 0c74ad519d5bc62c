package rpc

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/core/types"

	"warroom/chain"
)

// CrossCheckConfig configures Pool.CrossCheck.
type CrossCheckConfig struct {
	// Every is how often the heads are compared (default 2 s).
	Every time.Duration
	// After is how long a disagreement must last to be reported (default
	// 6 s): two honest nodes differ for a moment at the tip.
	After time.Duration
	// MaxLag is how many blocks one head may trail the other before it
	// lags (default 3).
	MaxLag uint64
}

// Cross-check event kinds.
const (
	CrossDisagree   = "disagree"    // another hash at the same height
	CrossLag        = "lag"         // a head trails the other
	CrossWrongChain = "wrong-chain" // the other endpoint is on another chain
)

// CrossEvent is what a cross-check found, or that it is over.
type CrossEvent struct {
	Kind    string
	Cleared bool
	// Endpoint is the endpoint in use, Other the one checking it.
	Endpoint, Other string
	Block           uint64
	Hash, OtherHash string
	// Lag is how many blocks Other's head is behind the one in use
	// (negative: the endpoint in use is behind).
	Lag     int64
	For     time.Duration
	Message string
}

// CrossCheck compares the head of the endpoint in use with another
// endpoint's (the first of the others that answers), every cfg.Every,
// until ctx ends: the same height with another hash for longer than
// cfg.After is a disagreement (a node lying or on a fork), a head
// trailing by more than cfg.MaxLag for that long is a lag, and an other
// endpoint on another chain is said once. on hears each, and each end.
func (p *Pool) CrossCheck(ctx context.Context, cfg CrossCheckConfig, on func(CrossEvent)) {
	if len(p.eps) < 2 {
		return
	}
	if cfg.Every <= 0 {
		cfg.Every = 2 * time.Second
	}
	if cfg.After <= 0 {
		cfg.After = 6 * time.Second
	}
	if cfg.MaxLag == 0 {
		cfg.MaxLag = 3
	}
	x := &crossCheck{p: p, cfg: cfg, on: on, wrong: map[int]bool{}}
	defer x.close()
	t := time.NewTicker(cfg.Every)
	defer t.Stop()
	for {
		x.round(ctx)
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}

type crossCheck struct {
	p     *Pool
	cfg   CrossCheckConfig
	on    func(CrossEvent)
	other chain.Client
	idx   int
	wrong map[int]bool // endpoints said to be on another chain

	// Since when each condition holds, and whether it was reported.
	disagreeSince, lagSince time.Time
	disagreeSaid, lagSaid   *CrossEvent
}

func (x *crossCheck) close() {
	if x.other != nil {
		x.other.Close()
		x.other = nil
	}
}

// connect keeps a connection to the first endpoint other than the one in
// use that answers on the pool's chain.
func (x *crossCheck) connect(ctx context.Context, cur int) bool {
	if x.other != nil && x.idx != cur {
		return true
	}
	x.close()
	x.p.mu.Lock()
	want := x.p.chainID
	x.p.mu.Unlock()
	for i, ep := range x.p.eps {
		if i == cur || x.wrong[i] {
			continue
		}
		c, _, err := dialOn(ctx, ep, x.p.cfg.CallTimeout, want)
		if errors.Is(err, ErrWrongChain) {
			x.wrong[i] = true
			x.on(CrossEvent{Kind: CrossWrongChain, Other: ep.Name,
				Message: fmt.Sprintf("%s is on another chain (%v): it is never used and checks nothing", ep.Name, err)})
			continue
		}
		if err == nil {
			x.other, x.idx = c, i
			return true
		}
	}
	return false
}

func (x *crossCheck) round(ctx context.Context) {
	st := x.p.Status()
	if !st.Up || !x.connect(ctx, st.Index) {
		return
	}
	rctx, cancel := context.WithTimeout(ctx, x.p.cfg.CallTimeout)
	defer cancel()
	mine, err := x.p.HeaderByNumber(rctx, nil)
	if err != nil {
		return
	}
	theirs, err := x.other.HeaderByNumber(rctx, nil)
	if err != nil {
		if Transport(err) {
			x.close()
		}
		return
	}
	other := x.p.eps[x.idx].Name
	now := time.Now()
	lag := int64(mine.Number.Uint64()) - int64(theirs.Number.Uint64())

	// The same height: the lower head, read on the other side too.
	h := min(mine.Number.Uint64(), theirs.Number.Uint64())
	a, b := mine, theirs
	if a.Number.Uint64() != h {
		if a, err = x.p.HeaderByNumber(rctx, new(big.Int).SetUint64(h)); err != nil {
			return
		}
	}
	if b.Number.Uint64() != h {
		if b, err = x.other.HeaderByNumber(rctx, new(big.Int).SetUint64(h)); err != nil {
			return
		}
	}
	x.check(&x.disagreeSince, &x.disagreeSaid, now, a.Hash() != b.Hash(), func(d time.Duration) CrossEvent {
		return x.disagreement(st.Endpoint, other, h, a, b, d)
	})
	x.check(&x.lagSince, &x.lagSaid, now, uint64(abs(lag)) > x.cfg.MaxLag, func(d time.Duration) CrossEvent {
		msg := fmt.Sprintf("%s's head is %d blocks behind %s's (the one in use) for %s", other, lag, st.Endpoint, d.Round(time.Second))
		if lag < 0 {
			msg = fmt.Sprintf("%s, the node in use, is %d blocks behind %s for %s: its blocks reach the console late", st.Endpoint, -lag, other, d.Round(time.Second))
		}
		return CrossEvent{Kind: CrossLag, Endpoint: st.Endpoint, Other: other, Block: mine.Number.Uint64(), Lag: lag, For: d, Message: msg}
	})
}

func (x *crossCheck) disagreement(mine, other string, h uint64, a, b *types.Header, d time.Duration) CrossEvent {
	return CrossEvent{Kind: CrossDisagree, Endpoint: mine, Other: other, Block: h, Hash: a.Hash().Hex(), OtherHash: b.Hash().Hex(), For: d,
		Message: fmt.Sprintf("%s and %s disagree at block %d for %s: %s has %s, %s has %s; one of them is on a fork or lying",
			mine, other, h, d.Round(time.Second), mine, a.Hash().Hex()[:12], other, b.Hash().Hex()[:12])}
}

// check reports a condition once it has held for cfg.After, and its end.
func (x *crossCheck) check(since *time.Time, said **CrossEvent, now time.Time, holds bool, ev func(time.Duration) CrossEvent) {
	switch {
	case holds && since.IsZero():
		*since = now
	case holds && *said == nil && now.Sub(*since) >= x.cfg.After:
		e := ev(now.Sub(*since))
		*said = &e
		x.on(e)
	case !holds && !since.IsZero():
		if *said != nil {
			e := **said
			e.Cleared, e.For = true, now.Sub(*since)
			e.Message = "over after " + e.For.Round(time.Second).String() + ": " + e.Message
			x.on(e)
		}
		*since, *said = time.Time{}, nil
	}
}

func abs(v int64) int64 {
	if v < 0 {
		return -v
	}
	return v
}
