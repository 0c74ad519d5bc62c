package session

import (
	"context"
	"errors"
	"fmt"
	"maps"
	"math/big"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"warroom/chain"
	"warroom/chain/artifact"
	"warroom/chain/contracts"
	"warroom/chain/safe"
	"warroom/chain/shadow"
	"warroom/chain/tx"
	"warroom/chain/watch"
)

// ErrReadOnly is returned by a responder that cannot act (a replay, a
// session without a guardian key).
var ErrReadOnly = errors.New("this session is read-only: it sends nothing")

// ErrActionInFlight is returned when an action of the same kind is still pending.
var ErrActionInFlight = errors.New("an action of this kind is already in flight")

// autoPauseTimeout bounds a circuit-breaker pause from plan to mined.
const autoPauseTimeout = 2 * time.Minute

// Plan is an action ready to be confirmed: the exact transactions, signed,
// that Execute will send. What the confirm dialog shows is Txs.
type Plan struct {
	ID     string
	Action string
	Reason string
	Auto   bool
	// Upgrade is the composed upgrade a route step (schedule, execute) carries.
	Upgrade string
	Txs     []chain.TxPlan
	// SpeedsUp is the action whose pending transaction a speed-up plan
	// (Action ActionSpeedUp) replaces; Replaces[i] is what Txs[i]
	// replaces: its hash, nonce and the fees it offered.
	SpeedsUp string
	Replaces []ActionReplaced
	signed   []*types.Transaction
}

// Backend is what the responder needs from a node: sending, reading the
// state it acts on, and simulating calls with state overrides (the
// upgrade's shadow test).
type Backend interface {
	chain.Transactor
	chain.StateReader
	chain.RawCaller
}

// ResponderConfig says how a responder acts.
type ResponderConfig struct {
	Backend Backend
	// Guardian signs pauses; nil makes the responder read-only.
	Guardian *tx.Signer
	// Tip is the priority fee per gas every transaction the responder
	// plans offers (pause, unpause, deployment, route steps), in wei: an
	// incident raises it to be first in the next block. Nil, zero or
	// negative takes the node's suggestion. A speed-up offers at least
	// twice the tip it replaces, and at least this.
	Tip *big.Int
	// Decoder shows the decoded calls of what is about to be signed.
	Decoder chain.CallDecoder
	// Targets are the watched contracts; the pausable ones are paused, the
	// Safe and the timelock carry upgrades.
	Targets []chain.Watched

	// Artifacts are the implementations whose artifacts the session knows,
	// by address: an upgrade's current implementation must be one of them,
	// for its storage layout.
	Artifacts map[common.Address]*artifact.Artifact
	// Fixes are the built-in implementations the composer offers.
	Fixes []Fix
	// Regressions are the calls every upgrade must keep working.
	Regressions []shadow.TestCall
	// ABIs decode revert data in shadow tests (the implementations', an
	// attack contract's).
	ABIs []*abi.ABI

	// Owner is the Safe owner key the responder signs approvals with (a
	// drill's trainee, a live signer's keystore); nil signs nothing.
	Owner *tx.Signer
	// NestedOwners are owners of the Safe that are Safes themselves.
	NestedOwners []NestedOwner
}

// NestedOwner is an owner of the Safe that is a Safe itself: it approves
// through its own Safe transaction calling approveHash on the parent.
type NestedOwner struct {
	Name    string         `json:"name"`
	Address common.Address `json:"address"`
}

// Fix is a built-in implementation offered to the upgrade composer.
type Fix struct {
	Artifact string `json:"artifact"`
	About    string `json:"about"`
}

// Responder turns a responder's commands into chain transactions and
// records each step in the session: requested, submitted, confirmed or
// failed. Nothing is sent before its request is on disk.
type Responder struct {
	s        *Session
	cfg      ResponderConfig
	pausable *contracts.IPausable

	mu      sync.Mutex
	ids     map[string]int  // the last number given to each kind of id
	pending map[string]bool // action kinds in flight
	sent    map[string]bool // plans already executed, by id
	// verifiers check signatures of the route's Safe transactions, by
	// safeTxHash.
	verifiers map[common.Hash]*safe.Verifier

	// flying are the transactions sent and not yet mined, by action id
	// (an action sends its transactions one at a time), with the
	// replacements sent for them (speedup.go).
	flying map[string]*inflight
	abis   []*abi.ABI // decode reverts: cfg.ABIs, then the artifacts'

	tripped atomic.Bool // a circuit-breaker pause is under way
	ctx     context.Context
	cancel  context.CancelFunc
	wg      sync.WaitGroup
}

// NewResponder returns the responder that acts for session s.
func NewResponder(s *Session, cfg ResponderConfig) *Responder {
	ctx, cancel := context.WithCancel(context.Background())
	if cfg.Tip != nil && cfg.Tip.Sign() <= 0 {
		cfg.Tip = nil
	}
	if cfg.Tip != nil {
		cfg.Tip = new(big.Int).Set(cfg.Tip)
		cfg.Backend = tipped{Backend: cfg.Backend, tip: cfg.Tip}
	}
	r := &Responder{s: s, cfg: cfg, pausable: contracts.NewIPausable(), ids: map[string]int{}, pending: map[string]bool{}, sent: map[string]bool{},
		flying: map[string]*inflight{}, abis: revertABIs(cfg), ctx: ctx, cancel: cancel}
	// A resumed session has ids in its journal already: number on from them.
	st := s.State()
	for _, a := range st.Actions {
		r.noteID(a.ID)
		for _, u := range a.SpeedUps {
			r.noteID(u.SpeedUp)
		}
	}
	for _, u := range st.Upgrades {
		r.noteID(u.ID)
	}
	for _, q := range st.Requests {
		r.noteID(q.ID)
	}
	return r
}

// tipped is the node as the responder plans with it: the tip it suggests
// is the incident's (ResponderConfig.Tip), so every plan built through
// it offers that tip, whichever file builds it.
type tipped struct {
	Backend
	tip *big.Int
}

// SuggestGasTipCap is the incident's tip.
func (t tipped) SuggestGasTipCap(context.Context) (*big.Int, error) {
	return new(big.Int).Set(t.tip), nil
}

// revertABIs are the ABIs that name custom errors in a revert: the
// configured ones, then the known implementations' artifacts in address
// order (the same order every run).
func revertABIs(cfg ResponderConfig) []*abi.ABI {
	out := append([]*abi.ABI(nil), cfg.ABIs...)
	addrs := slices.SortedFunc(maps.Keys(cfg.Artifacts), func(a, b common.Address) int { return a.Cmp(b) })
	for _, a := range addrs {
		if art := cfg.Artifacts[a]; art != nil {
			out = append(out, &art.ABI)
		}
	}
	return out
}

// planOptions are how the responder's plans are built: the incident's
// tip, and the ABIs that say why a call would revert.
func (r *Responder) planOptions() tx.Options {
	return tx.Options{Tip: r.cfg.Tip, ABIs: r.abis}
}

// noteID records an id already given ("pause-2"), so nextID goes past it.
func (r *Responder) noteID(id string) {
	i := strings.LastIndexByte(id, '-')
	if i <= 0 {
		return
	}
	n, err := strconv.Atoi(id[i+1:])
	if err != nil {
		return
	}
	r.ids[id[:i]] = max(r.ids[id[:i]], n)
}

// nextID numbers the next thing of a kind: "pause-2", "upgrade-1".
func (r *Responder) nextID(kind string) string {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.ids[kind]++
	return fmt.Sprintf("%s-%d", kind, r.ids[kind])
}

// ErrWrongChain is a node that answers another chain id than the
// session's: nothing is signed for it.
var ErrWrongChain = errors.New("the node is on another chain")

// sameChain refuses to plan anything when the node now answers a chain id
// other than the one the session started on (an endpoint that failed over
// to another network, a misconfigured backup).
func (r *Responder) sameChain(ctx context.Context) error {
	want := r.s.State().Started.ChainID
	if want == 0 {
		return nil
	}
	got, err := r.cfg.Backend.ChainID(ctx)
	if err != nil {
		return fmt.Errorf("chain id of the node: %w", err)
	}
	if got.Uint64() != want {
		return fmt.Errorf("%w: it answers chain id %d and this session watches chain %d; nothing was signed", ErrWrongChain, got.Uint64(), want)
	}
	return nil
}

// PlanPause prepares the pause of every pausable watched contract that is
// not paused yet: signed, consecutive nonces, nothing sent or recorded
// until Execute. It returns chain.ErrAlreadyPaused when there is nothing
// left to pause.
func (r *Responder) PlanPause(ctx context.Context) (*Plan, error) {
	if err := r.sameChain(ctx); err != nil {
		return nil, err
	}
	if r.cfg.Guardian == nil {
		return nil, fmt.Errorf("no guardian key, so this session cannot pause: %w", ErrReadOnly)
	}
	r.mu.Lock()
	busy := r.pending[ActionPause]
	r.mu.Unlock()
	id := r.nextID(ActionPause)
	if busy {
		return nil, fmt.Errorf("pause: %w", ErrActionInFlight)
	}
	b, g := r.cfg.Backend, r.cfg.Guardian
	nonce, err := b.PendingNonceAt(ctx, g.Address())
	if err != nil {
		return nil, fmt.Errorf("pause: nonce of %s: %w", g.Address().Hex(), err)
	}
	p := &Plan{ID: id, Action: ActionPause}
	for _, w := range r.cfg.Targets {
		if !w.Pausable {
			continue
		}
		paused, err := watch.ReadPaused(ctx, b, w.Address, nil)
		if err != nil {
			return nil, fmt.Errorf("pause: read paused() of %s: %w", w.Name, err)
		}
		if paused {
			continue
		}
		plan, signed, err := tx.PlanWith(ctx, b, g, r.cfg.Decoder, w.Address, r.pausable.PackPause(), nil, nonce+uint64(len(p.Txs)), r.planOptions())
		if err != nil {
			return nil, fmt.Errorf("pause: %w", err)
		}
		p.Txs, p.signed = append(p.Txs, plan), append(p.signed, signed)
	}
	if len(p.Txs) == 0 {
		return nil, fmt.Errorf("pause: %w", chain.ErrAlreadyPaused)
	}
	return p, nil
}

// Execute sends a confirmed plan and waits for its transactions to be
// mined, recording every step. The request is on disk before anything is
// sent; an error recording any later step is returned, never dropped. A
// plan is executed once: asked again, Execute refuses and sends nothing.
func (r *Responder) Execute(ctx context.Context, p *Plan) error {
	if p == nil || len(p.signed) == 0 || len(p.signed) != len(p.Txs) {
		return errors.New("execute: the plan holds no signed transactions")
	}
	if p.SpeedsUp != "" {
		return r.executeSpeedUp(ctx, p)
	}
	r.mu.Lock()
	switch {
	case r.sent[p.ID]:
		r.mu.Unlock()
		return fmt.Errorf("%s was already executed; plan the %s again to send a new one", p.ID, p.Action)
	case r.pending[p.Action]:
		r.mu.Unlock()
		return fmt.Errorf("%s: %w", p.Action, ErrActionInFlight)
	}
	r.pending[p.Action], r.sent[p.ID] = true, true
	r.mu.Unlock()
	defer func() {
		r.mu.Lock()
		delete(r.pending, p.Action)
		r.mu.Unlock()
	}()

	if _, err := r.s.Record(KindActionRequested, ActionRequested{ID: p.ID, Action: p.Action, Upgrade: p.Upgrade, Auto: p.Auto, Reason: p.Reason, Txs: p.Txs}); err != nil {
		return fmt.Errorf("%s not sent: could not record the request: %w", p.Action, err)
	}
	for i, signed := range p.signed {
		if err := r.send(ctx, p, p.Txs[i], signed); err != nil {
			return err
		}
	}
	return nil
}

// send sends one transaction of a plan and follows it, and any
// replacement sent for it, until one of them is mined.
func (r *Responder) send(ctx context.Context, p *Plan, plan chain.TxPlan, signed *types.Transaction) error {
	hash := signed.Hash()
	if err := r.cfg.Backend.SendTransaction(ctx, signed); err != nil {
		err = fmt.Errorf("send %s: %w", hash.Hex(), err)
		_, rerr := r.s.Record(KindActionFailed, ActionFailed{ID: p.ID, TxHash: hash, Error: err.Error()})
		return errors.Join(err, rerr)
	}
	f := newInflight(p.ID, p.Action, plan, signed)
	r.mu.Lock()
	r.flying[p.ID] = f
	r.mu.Unlock()
	if _, err := r.s.Record(KindActionSubmitted, ActionSubmitted{ID: p.ID, TxHash: hash}); err != nil {
		r.land(f)
		return fmt.Errorf("%s transaction %s was sent but could not be recorded: %w", p.Action, hash.Hex(), err)
	}
	return r.follow(ctx, f)
}

// AutoPause is the circuit breaker (--auto-pause): it pauses without asking
// a human, for the given reason. It returns at once; the pause runs in the
// background and a failure is recorded as a warning, so the next critical
// alert can try again. A pause of its own that stays unmined for
// autoSpeedUpBlocks is sped up (speedup.go), as a responder would. It does
// nothing when the protocol is already paused or a breaker pause is under
// way.
func (r *Responder) AutoPause(reason string) {
	if r.s.State().PausedBlock != 0 || !r.tripped.CompareAndSwap(false, true) {
		return
	}
	r.wg.Add(1)
	go func() {
		defer r.wg.Done()
		ctx, cancel := context.WithTimeout(r.ctx, autoPauseTimeout)
		defer cancel()
		plan, err := r.PlanPause(ctx)
		if err == nil {
			plan.Auto, plan.Reason = true, "circuit breaker: "+reason
			// A pause of its own that stays unmined is sped up, as a
			// responder would with the speed-up key.
			sctx, stop := context.WithCancel(ctx)
			r.wg.Add(1)
			go func() {
				defer r.wg.Done()
				r.autoSpeedUp(sctx, plan.ID)
			}()
			err = r.Execute(ctx, plan)
			stop()
		}
		if err == nil || errors.Is(err, chain.ErrAlreadyPaused) {
			return // stays tripped: the protocol is paused
		}
		r.tripped.Store(false)
		if r.ctx.Err() == nil {
			_, _ = r.s.Record(KindWarning, Warning{Source: "responder", Message: "auto-pause: " + err.Error()}) // a journal that cannot take it has already failed Execute
		}
	}()
}

// Close stops the responder's background work (a circuit-breaker pause in
// flight) and waits for it.
func (r *Responder) Close() {
	r.cancel()
	r.wg.Wait()
}
