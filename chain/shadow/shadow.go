package shadow

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"runtime"
	"strings"
	"sync"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"warroom/chain"
)

// Backend is what a shadow test needs from a node: raw JSON-RPC for
// debug_traceCall and eth_call with overrides, and state reads.
type Backend interface {
	chain.RawCaller
	chain.StateReader
}

// Kind says what a shadow-test call is expected to do.
type Kind uint8

// Kinds of calls.
const (
	// Attack is a recorded attack: under the new implementation it must
	// revert or move no value out of the watched contracts.
	Attack Kind = iota + 1
	// Regression is ordinary use: under the new implementation it must
	// succeed and move value exactly as under the old one.
	Regression
)

// String names the kind.
func (k Kind) String() string {
	switch k {
	case Attack:
		return "attack"
	case Regression:
		return "regression"
	}
	return fmt.Sprintf("kind(%d)", uint8(k))
}

// MarshalText encodes the kind by name.
func (k Kind) MarshalText() ([]byte, error) { return []byte(k.String()), nil }

// UnmarshalText decodes "attack" or "regression".
func (k *Kind) UnmarshalText(b []byte) error {
	switch string(b) {
	case "attack":
		*k = Attack
	case "regression":
		*k = Regression
	default:
		return fmt.Errorf("unknown shadow call kind %q (want attack or regression)", b)
	}
	return nil
}

// TestCall is one call of a shadow test. An attack made through an attack
// contract is replayed as its transaction's top-level call: the attacker's
// account calling the attack contract with the same calldata and value.
type TestCall struct {
	Name string `json:"name"`
	Kind Kind   `json:"kind"`
	Call
}

// Upgrade is what a shadow test compares: the proxy running Old, and the
// proxy running New.
type Upgrade struct {
	// Proxy is the ERC-1967 proxy whose implementation slot is overridden.
	Proxy common.Address
	// Old is the implementation the proxy runs now; a zero Address reads
	// it from the proxy's implementation slot at the block.
	Old Impl
	// New is the implementation the upgrade installs: deployed, or placed
	// by an override (Predict).
	New Impl
	// Patches change storage for both runs, such as a paused flag cleared
	// to show what happens after the unpause.
	Patches []SlotPatch
	// Watched are the contracts whose value an attack must not move out;
	// empty means the proxy alone.
	Watched []common.Address
	// ABIs decode custom errors in revert data (the implementations', the
	// attack contract's).
	ABIs []*abi.ABI
}

// Result is one call run under both implementations, and its verdict.
type Result struct {
	TestCall
	Old *Outcome `json:"old"`
	New *Outcome `json:"new"`
	// Pass is the call's verdict and Reason says why.
	Pass   bool   `json:"pass"`
	Reason string `json:"reason"`
	// Inconclusive marks an attack that did not move value out under the
	// old implementation either, so its passing shows nothing about the
	// fix (a paused protocol, a replay that no longer works on this state).
	Inconclusive bool `json:"inconclusive,omitempty"`
}

// Report is a shadow test: every call under the old and the new
// implementation, at one block.
type Report struct {
	Block uint64         `json:"block"`
	Proxy common.Address `json:"proxy"`
	Old   common.Address `json:"old"`
	New   common.Address `json:"new"`
	// OldPlaced and NewPlaced say which implementation's code was placed
	// by an override rather than deployed.
	OldPlaced bool             `json:"oldPlaced,omitempty"`
	NewPlaced bool             `json:"newPlaced,omitempty"`
	Patches   []PatchedSlot    `json:"patches,omitempty"`
	Watched   []common.Address `json:"watched"`
	Results   []Result         `json:"results"`
	// Pass is true when every call passed.
	Pass   bool   `json:"pass"`
	Reason string `json:"reason"`
}

// inFlight is how many simulations a shadow test keeps in flight at once:
// one per CPU, so an in-process node is not made to thrash, but at least
// two and at most eight, so a remote node's round trips overlap.
func inFlight() int { return max(2, min(8, runtime.GOMAXPROCS(0))) }

// Run shadow-tests an upgrade at block (nil for the head, read once so
// every call sees the same state) without changing chain state. It checks
// that the node can (Probe), then runs every call twice, each on the
// block's state alone: with the proxy's implementation slot set to Old
// and with it set to New, the patches applied to both, the code of an
// implementation not deployed placed by override. Each call gets a
// verdict (see Verdict); the report passes when every call does.
//
// A node that cannot run it gives an error wrapping ErrUnavailable; any
// call that cannot be simulated fails the whole test with an error. There
// is no report without every call run.
func Run(ctx context.Context, b Backend, u Upgrade, calls []TestCall, block *big.Int) (*Report, error) {
	if len(calls) == 0 {
		return nil, fmt.Errorf("shadow test: %w", ErrNoCalls)
	}
	for _, c := range calls {
		if c.Kind != Attack && c.Kind != Regression {
			return nil, fmt.Errorf("shadow test: call %q has kind %v; want attack or regression", c.Name, c.Kind)
		}
	}
	block, err := resolveBlock(ctx, b, block)
	if err != nil {
		return nil, fmt.Errorf("shadow test: %w", err)
	}
	if err := Probe(ctx, b, block); err != nil {
		return nil, err
	}
	if u.Old.Address == (common.Address{}) {
		raw, err := b.StorageAt(ctx, u.Proxy, chain.ImplementationSlot, block)
		if err != nil {
			return nil, fmt.Errorf("shadow test: read the implementation of %s: %w", u.Proxy.Hex(), chain.NodeError(err))
		}
		u.Old.Address = common.BytesToAddress(raw)
	}
	for _, side := range []struct {
		name string
		impl Impl
	}{{"old", u.Old}, {"new", u.New}} {
		if err := checkCode(ctx, b, side.name, side.impl, block); err != nil {
			return nil, fmt.Errorf("shadow test: %w", err)
		}
	}
	watched := u.Watched
	if len(watched) == 0 {
		watched = []common.Address{u.Proxy}
	}
	rep := &Report{
		Block: block.Uint64(), Proxy: u.Proxy, Old: u.Old.Address, New: u.New.Address,
		OldPlaced: !u.Old.Deployed(), NewPlaced: !u.New.Deployed(), Watched: watched,
	}
	base := Overrides{}
	for _, p := range u.Patches {
		if p.Account == u.Proxy && p.Slot == chain.ImplementationSlot {
			return nil, errors.New("shadow test: a slot patch overrides the proxy's implementation slot, which the test sets itself")
		}
		ps, err := PatchSlot(ctx, b, p, block)
		if err != nil {
			return nil, fmt.Errorf("shadow test: %w", err)
		}
		rep.Patches = append(rep.Patches, ps)
		base = base.Merge(ps.Overrides())
	}
	oldO, newO := withImpl(base, u.Proxy, u.Old), withImpl(base, u.Proxy, u.New)

	rep.Results = make([]Result, len(calls))
	type job struct {
		out **Outcome
		c   Call
		o   Overrides
	}
	var jobs []job
	for i, c := range calls {
		rep.Results[i].TestCall = c
		jobs = append(jobs, job{&rep.Results[i].Old, c.Call, oldO}, job{&rep.Results[i].New, c.Call, newO})
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	var (
		wg    sync.WaitGroup
		mu    sync.Mutex
		first error
		sem   = make(chan struct{}, inFlight())
	)
	for _, j := range jobs {
		wg.Add(1)
		sem <- struct{}{}
		go func() {
			defer func() { <-sem; wg.Done() }()
			out, err := Simulate(ctx, b, j.c, block, j.o, u.ABIs...)
			mu.Lock()
			defer mu.Unlock()
			if err != nil {
				if first == nil {
					first = err
					cancel()
				}
				return
			}
			*j.out = out
		}()
	}
	wg.Wait()
	if first != nil {
		if errors.Is(first, chain.ErrUnsupported) {
			return nil, fmt.Errorf("%w: %w", ErrUnavailable, first)
		}
		return nil, fmt.Errorf("shadow test: %w", first)
	}

	var failed, inconclusive []string
	for i := range rep.Results {
		r := &rep.Results[i]
		r.Pass, r.Reason, r.Inconclusive = Verdict(r.Kind, r.Old, r.New, watched)
		if !r.Pass {
			failed = append(failed, fmt.Sprintf("%q", r.Name))
		}
		if r.Inconclusive {
			inconclusive = append(inconclusive, fmt.Sprintf("%q", r.Name))
		}
	}
	rep.Pass = len(failed) == 0
	if rep.Pass {
		rep.Reason = fmt.Sprintf("all %d calls passed", len(calls))
	} else {
		rep.Reason = fmt.Sprintf("%d of %d calls failed: %s", len(failed), len(calls), strings.Join(failed, ", "))
	}
	if len(inconclusive) > 0 {
		rep.Reason += "; attacks that moved no value under the old implementation either: " + strings.Join(inconclusive, ", ")
	}
	return rep, nil
}

// resolveBlock pins "latest" to a number, so that every simulation of one
// test reads the same state.
func resolveBlock(ctx context.Context, b chain.RawCaller, block *big.Int) (*big.Int, error) {
	if block != nil {
		return block, nil
	}
	var n hexutil.Uint64
	if err := b.CallContext(ctx, &n, "eth_blockNumber"); err != nil {
		return nil, fmt.Errorf("read the head: %w", chain.NodeError(err))
	}
	return new(big.Int).SetUint64(uint64(n)), nil
}

// checkCode makes sure an implementation the test relies on has code.
func checkCode(ctx context.Context, b chain.StateReader, side string, i Impl, block *big.Int) error {
	if !i.Deployed() {
		if len(i.Code) == 0 {
			return fmt.Errorf("%s implementation %s: the code to place there is empty", side, i.Address.Hex())
		}
		return nil
	}
	code, err := b.CodeAt(ctx, i.Address, block)
	if err != nil {
		return fmt.Errorf("read the code of the %s implementation %s: %w", side, i.Address.Hex(), chain.NodeError(err))
	}
	if len(code) == 0 {
		return fmt.Errorf("%s implementation %s at block %s: %w; deploy it first, or give its runtime code (Predict)",
			side, i.Address.Hex(), block, ErrNoCode)
	}
	return nil
}

// withImpl is base with the proxy pointing at impl, and impl's code
// placed when it is not deployed.
func withImpl(base Overrides, proxy common.Address, impl Impl) Overrides {
	o := base.Merge(impl.overrides())
	o.SetSlot(proxy, chain.ImplementationSlot, common.BytesToHash(impl.Address.Bytes()))
	return o
}

// Verdict judges one call from its outcomes under the old and the new
// implementation:
//
//   - an attack passes when under the new implementation it reverts or
//     moves no value out of the watched contracts (taken together); it is
//     inconclusive when it moved none out under the old one either;
//   - a regression passes when it succeeds under both implementations and
//     moves the same value to and from the same addresses.
func Verdict(k Kind, old, cur *Outcome, watched []common.Address) (pass bool, reason string, inconclusive bool) {
	switch k {
	case Attack:
		drainedOld := !old.Reverted && old.NetOut(watched).Sign() > 0
		note := ""
		if !drainedOld {
			inconclusive = true
			if old.Reverted {
				note = "; it also reverts under the old implementation (" + old.Why() + "), so this shows nothing about the fix"
			} else {
				note = "; it moves no value out under the old implementation either, so this shows nothing about the fix"
			}
		}
		switch {
		case cur.Reverted:
			return true, "reverts under the new implementation: " + cur.Why() + note, inconclusive
		case cur.NetOut(watched).Sign() <= 0:
			return true, "succeeds under the new implementation but moves no value out of the watched contracts" + note, inconclusive
		}
		return false, "still moves value out of the watched contracts under the new implementation (" + losers(cur, watched) + ")", inconclusive
	case Regression:
		switch {
		case old.Reverted && cur.Reverted:
			return false, "fails under both implementations (old: " + old.Why() + "; new: " + cur.Why() +
				"): the call does not work on this state, so it tests nothing", false
		case old.Reverted:
			return false, "fails under the old implementation (" + old.Why() + "), so there is nothing to compare with", false
		case cur.Reverted:
			return false, "fails under the new implementation: " + cur.Why(), false
		}
		if same, diff := sameFlows(old.Flows, cur.Flows); !same {
			return false, "succeeds under both implementations but moves value differently for " + addrList(diff), false
		}
		return true, "succeeds under both implementations with the same value flows", false
	}
	return false, fmt.Sprintf("unknown call kind %v", k), false
}

// losers lists the watched addresses that lost value.
func losers(o *Outcome, watched []common.Address) string {
	var out []common.Address
	for _, f := range o.Flows {
		for _, w := range watched {
			if f.Address == w && f.Delta.Sign() < 0 {
				out = append(out, w)
			}
		}
	}
	return addrList(out)
}

func addrList(addrs []common.Address) string {
	s := make([]string, len(addrs))
	for i, a := range addrs {
		s[i] = a.Hex()
	}
	return strings.Join(s, ", ")
}
