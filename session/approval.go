package session

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"slices"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"warroom/chain"
	"warroom/chain/safe"
	"warroom/chain/timelock"
	"warroom/chain/tx"
	"warroom/chain/watch"
)

// Errors of the governance route.
var (
	// ErrNoProposal is a route command with no composed upgrade to act on.
	ErrNoProposal = errors.New("no composed upgrade")
	// ErrNoOwnerKey is a request to sign as an owner in a session that
	// holds no owner key.
	ErrNoOwnerKey = errors.New("this session holds no Safe owner key")
	// ErrRouteNotReady is a step of the route asked for before its turn:
	// below the threshold, before the delay, before the fix is verified.
	ErrRouteNotReady = errors.New("not ready")
)

// ApprovalOutcome is what became of one signature: Added when it counted,
// Rejected with the reason when it did not. Both are journaled.
type ApprovalOutcome struct {
	Added    *ApprovalAdded
	Rejected *ApprovalRejected
}

// routeSteps are the route's Safe transactions, in signing order.
var routeSteps = []string{RouteSchedule, RouteExecute}

// composed is the composed upgrade id, or the one in flight when id is "".
func (r *Responder) composed(id string) (Upgrade, error) {
	st := r.s.State()
	if id == "" {
		if u, ok := st.Route(); ok {
			return u, nil
		}
		return Upgrade{}, fmt.Errorf("%w yet: compose one first (u)", ErrNoProposal)
	}
	u, ok := st.Upgrade(id)
	if !ok || u.Composed == nil {
		return Upgrade{}, fmt.Errorf("%w with id %q", ErrNoProposal, id)
	}
	return u, nil
}

// verifier checks signatures of one of upgrade u's Safe transactions
// against the Safe's owners as read from the chain, after checking the
// local safeTxHash against the Safe's own getTransactionHash (a mismatch
// refuses everything). Verifiers are kept per transaction hash.
func (r *Responder) verifier(ctx context.Context, u Upgrade, route string) (*safe.Verifier, error) {
	stx, ok := u.RouteTx(route)
	if !ok {
		return nil, fmt.Errorf("%s has no %s transaction", u.ID, route)
	}
	r.mu.Lock()
	v := r.verifiers[stx.SafeTxHash]
	r.mu.Unlock()
	if v != nil {
		return v, nil
	}
	v, err := safe.ReadVerifier(ctx, r.cfg.Backend, stx, safe.Options{Caller: r.cfg.Backend})
	if err != nil {
		return nil, fmt.Errorf("%s %s transaction: %w", u.ID, route, err)
	}
	r.mu.Lock()
	if r.verifiers == nil {
		r.verifiers = map[common.Hash]*safe.Verifier{}
	}
	r.verifiers[stx.SafeTxHash] = v
	r.mu.Unlock()
	return v, nil
}

// AddSignatures checks pasted signatures (hex, one or several
// concatenated) against the upgrade's two Safe transactions and records
// each: approval.added for one that counts, for the transaction whose hash
// it signs, or approval.rejected with the reason (another hash, a
// non-owner, a duplicate, malformed). id "" is the upgrade in flight.
// Nothing rejected is counted or sent; every outcome is on disk before it
// is returned.
func (r *Responder) AddSignatures(ctx context.Context, id, text, source, by string) ([]ApprovalOutcome, error) {
	u, err := r.composed(id)
	if err != nil {
		return nil, err
	}
	sigs, perr := safe.Parse(text)
	if perr != nil {
		o, err := r.reject(u, ApprovalRejected{Input: short(text), Reason: perr.Error(), Source: source, By: by})
		return []ApprovalOutcome{o}, err
	}
	var out []ApprovalOutcome
	for _, sig := range sigs {
		o, err := r.addSignature(ctx, u, sig, source, by, nil, "")
		out = append(out, o)
		if err != nil {
			return out, err
		}
		u, _ = r.composed(u.ID) // the next one sees this one
	}
	return out, nil
}

// onChain says where an on-chain approval was seen.
type onChain struct {
	tx    common.Hash
	block uint64
}

// addSignature checks sig against each route transaction (only that one
// when route is set) and records the outcome: counted for the first
// transaction it is valid for and whose signer has not signed it yet. An
// approved hash (v 1) names no hash, so it may be valid for both; a
// duplicate is refused only when no transaction takes it.
func (r *Responder) addSignature(ctx context.Context, u Upgrade, sig safe.Signature, source, by string, seen *onChain, route string) (ApprovalOutcome, error) {
	input := sig.Hex()
	var reasons []string
	var dup *ApprovalRejected
	for _, step := range routeSteps {
		if route != "" && step != route {
			continue
		}
		v, err := r.verifier(ctx, u, step)
		if err != nil {
			return ApprovalOutcome{}, err
		}
		res := v.Check(ctx, sig)
		stx, _ := u.RouteTx(step)
		if !res.Valid {
			reasons = append(reasons, fmt.Sprintf("for %s (nonce %d, safeTxHash %s): %s", step, stx.Nonce, chain.ShortHash(stx.SafeTxHash), res.Reason))
			continue
		}
		if prev, ok := u.SignedBy(step, res.Signer); ok {
			if dup == nil {
				dup = &ApprovalRejected{Route: step, Input: input, Signer: res.Signer, Form: string(res.Form), Source: source, By: by,
					Reason: fmt.Sprintf("%s already signed the %s transaction of %s (%s, %s); a Safe counts each owner once",
						res.Signer.Hex(), step, u.ID, prev.Form, prev.Source)}
			}
			continue
		}
		d := ApprovalAdded{Upgrade: u.ID, Route: step, Safe: stx.Safe, SafeTxHash: stx.SafeTxHash, Nonce: stx.Nonce,
			Signer: res.Signer, Form: string(res.Form), Signature: res.Signature.Hex(), Source: source, By: by,
			Warnings: res.Warnings, Count: len(u.Signed(step)) + 1, Threshold: v.State().Threshold, Via: r.nestedName(res.Signer)}
		if seen != nil {
			d.TxHash, d.Block = seen.tx, seen.block
		}
		if _, err := r.s.Record(KindApprovalAdded, d); err != nil {
			return ApprovalOutcome{}, fmt.Errorf("approval of %s by %s not counted: could not record it: %w", u.ID, res.Signer.Hex(), err)
		}
		return ApprovalOutcome{Added: &d}, nil
	}
	if dup != nil {
		return r.reject(u, *dup)
	}
	return r.reject(u, ApprovalRejected{Route: route, Input: input, Signer: sig.Signer, Form: string(sig.Form), Source: source, By: by,
		Reason: fmt.Sprintf("it fits no Safe transaction of %s: %s", u.ID, strings.Join(reasons, "; "))})
}

func (r *Responder) reject(u Upgrade, d ApprovalRejected) (ApprovalOutcome, error) {
	d.Upgrade = u.ID
	if _, err := r.s.Record(KindApprovalRejected, d); err != nil {
		return ApprovalOutcome{}, fmt.Errorf("rejected signature not recorded: %w", err)
	}
	return ApprovalOutcome{Rejected: &d}, nil
}

// short keeps a pasted value readable in a record: it is public, but a
// megabyte of it is not a signature.
func short(s string) string {
	s = strings.Join(strings.Fields(s), "")
	if len(s) > 400 {
		return s[:400] + "…"
	}
	return s
}

// nestedName is the name of a nested owner Safe, "" for any other owner.
func (r *Responder) nestedName(a common.Address) string {
	for _, n := range r.cfg.NestedOwners {
		if n.Address == a {
			return n.Name
		}
	}
	return ""
}

// OwnerAddress is the Safe owner the session signs as, and whether it has one.
func (r *Responder) OwnerAddress() (common.Address, bool) {
	if r.cfg.Owner == nil {
		return common.Address{}, false
	}
	return r.cfg.Owner.Address(), true
}

// SignAsOwner signs both of the upgrade's Safe transactions with the
// session's owner key (a drill's trainee) and records the approvals, as
// pasted ones are. id "" is the upgrade in flight.
func (r *Responder) SignAsOwner(ctx context.Context, id string) ([]ApprovalOutcome, error) {
	if r.cfg.Owner == nil {
		return nil, ErrNoOwnerKey
	}
	u, err := r.composed(id)
	if err != nil {
		return nil, err
	}
	return r.signAs(ctx, u, r.cfg.Owner, SourceConsole, "responder")
}

// SignAs signs both of the upgrade's transactions with key and records the
// approvals: a drill's simulated cosigner.
func (r *Responder) SignAs(ctx context.Context, id string, key *tx.Signer, by string) ([]ApprovalOutcome, error) {
	u, err := r.composed(id)
	if err != nil {
		return nil, err
	}
	return r.signAs(ctx, u, key, SourceDrill, by)
}

func (r *Responder) signAs(ctx context.Context, u Upgrade, key *tx.Signer, source, by string) ([]ApprovalOutcome, error) {
	var out []ApprovalOutcome
	for _, route := range routeSteps {
		stx, _ := u.RouteTx(route)
		if _, done := u.SignedBy(route, key.Address()); done {
			continue
		}
		raw, err := key.SignHash(stx.SafeTxHash)
		if err != nil {
			return out, err
		}
		sigs, err := safe.ParseBytes(raw)
		if err != nil {
			return out, err
		}
		o, err := r.addSignature(ctx, u, sigs[0], source, by, nil, route)
		out = append(out, o)
		if err != nil {
			return out, err
		}
		u, _ = r.composed(u.ID)
	}
	return out, nil
}

// OnChainApprovals takes the ApproveHash events the watcher saw: an owner's
// approval of one of a composed upgrade's transactions counts (as an
// approved hash, v 1); an approval of a hash no proposal of the session
// has is a warning, since something else is being signed on this Safe.
func (r *Responder) OnChainApprovals(ctx context.Context, approvals []chain.HashApproval) error {
	for _, ha := range approvals {
		u, route, ok := r.proposalOf(ha.Hash)
		if !ok {
			if _, err := r.s.Record(KindWarning, Warning{Source: "watcher", Message: fmt.Sprintf(
				"%s approved Safe transaction hash %s on chain (tx %s, block %d), which is no proposal of this session: find out what it is before signing anything else",
				ha.Owner.Hex(), ha.Hash.Hex(), ha.TxHash.Hex(), ha.Block)}); err != nil {
				return err
			}
			continue
		}
		if _, done := u.SignedBy(route, ha.Owner); done {
			continue
		}
		if _, err := r.addSignature(ctx, u, safe.ApprovedHash(ha.Owner), SourceOnChain, "", &onChain{tx: ha.TxHash, block: ha.Block}, route); err != nil {
			return err
		}
	}
	return nil
}

// proposalOf finds the composed upgrade and route step whose Safe
// transaction hash is h.
func (r *Responder) proposalOf(h common.Hash) (Upgrade, string, bool) {
	st := r.s.State()
	for i := len(st.Upgrades) - 1; i >= 0; i-- {
		u := st.Upgrades[i]
		for _, route := range routeSteps {
			if stx, ok := u.RouteTx(route); ok && stx.SafeTxHash == h {
				return u, route, true
			}
		}
	}
	return Upgrade{}, "", false
}

// RouteStatus is where an upgrade's route stands on chain: the Safe's
// next nonce and the timelock operation's state and ETA.
type RouteStatus struct {
	SafeNonce uint64
	// Operation is the timelock operation's state: unset, waiting, ready
	// or done; ETA is when it becomes ready (zero unless waiting or ready).
	Operation string
	ETA       time.Time
	// HeadTime is the head block's timestamp, what the timelock compares
	// the ETA with.
	HeadTime time.Time
	Nested   []NestedStatus
}

// Status reads the route's state on chain.
func (r *Responder) Status(ctx context.Context, id string) (RouteStatus, error) {
	u, err := r.composed(id)
	if err != nil {
		return RouteStatus{}, err
	}
	p := u.Composed.Proposal
	nonce, err := safe.At(p.Safe).Nonce(ctx, r.cfg.Backend, nil)
	if err != nil {
		return RouteStatus{}, err
	}
	op, err := timelock.At(p.Timelock).Status(ctx, r.cfg.Backend, p.OperationID, nil)
	if err != nil {
		return RouteStatus{}, err
	}
	head, err := r.cfg.Backend.HeaderByNumber(ctx, nil)
	if err != nil {
		return RouteStatus{}, err
	}
	out := RouteStatus{SafeNonce: nonce, Operation: op.State.String(), HeadTime: time.Unix(int64(head.Time), 0).UTC()}
	if op.ETA > 1 {
		out.ETA = time.Unix(int64(op.ETA), 0).UTC()
	}
	for _, n := range r.cfg.NestedOwners {
		s, err := safe.At(n.Address).State(ctx, r.cfg.Backend, nil)
		if err != nil {
			return RouteStatus{}, fmt.Errorf("nested owner %s: %w", n.Name, err)
		}
		out.Nested = append(out.Nested, NestedStatus{NestedOwner: n, Nonce: s.Nonce, Threshold: s.Threshold, Owners: len(s.Owners)})
	}
	return out, nil
}

// NextStep is the route step to execute next for the upgrade: schedule
// until it is scheduled, then execute, "" when both are done.
func (r *Responder) NextStep(u Upgrade) string {
	st := r.s.State()
	return NextRouteStep(&st, u.ID)
}

// NextRouteStep is the route step of upgrade id that is not executed yet:
// RouteSchedule, RouteExecute, or "" when both are.
func NextRouteStep(st *State, id string) string {
	for _, route := range routeSteps {
		if !slices.ContainsFunc(st.Actions, func(a Action) bool {
			return a.Action == route && a.Upgrade == id && a.Status == ActionStatusConfirmed
		}) {
			return route
		}
	}
	return ""
}

// routeActionID names a route step's action: "schedule-upgrade-1", then
// "schedule-upgrade-1-try2" after a failed attempt.
func routeActionID(st *State, upgrade, route string) string {
	id := route + "-" + upgrade
	tries := 0
	for _, a := range st.Actions {
		if a.Action == route && a.Upgrade == upgrade {
			tries++
		}
	}
	if tries > 0 {
		id = fmt.Sprintf("%s-try%d", id, tries+1)
	}
	return id
}

// PlanRoute prepares the next step of the upgrade's route: the Safe's
// execTransaction of the schedule, or of the execute once the delay has
// passed, with the owners' signatures sorted by signer; sent by the
// guardian key, which pays the gas (any account may execute a Safe
// transaction that carries its threshold of signatures). It refuses below
// the threshold, out of nonce order, or before the timelock's ETA.
func (r *Responder) PlanRoute(ctx context.Context, id string) (*Plan, error) {
	if err := r.sameChain(ctx); err != nil {
		return nil, err
	}
	if r.cfg.Guardian == nil {
		return nil, fmt.Errorf("no key to send the Safe transaction with: %w", ErrReadOnly)
	}
	u, err := r.composed(id)
	if err != nil {
		return nil, err
	}
	route := r.NextStep(u)
	if route == "" {
		return nil, fmt.Errorf("%s: both Safe transactions are executed", u.ID)
	}
	stx, _ := u.RouteTx(route)
	v, err := r.verifier(ctx, u, route)
	if err != nil {
		return nil, err
	}
	signed := u.Signed(route)
	if threshold := v.State().Threshold; uint64(len(signed)) < threshold {
		return nil, fmt.Errorf("%s %s: %w: %d of %d owner signatures", u.ID, route, ErrRouteNotReady, len(signed), threshold)
	}
	p := u.Composed.Proposal
	safeNonce, err := safe.At(p.Safe).Nonce(ctx, r.cfg.Backend, nil)
	if err != nil {
		return nil, err
	}
	if safeNonce != stx.Nonce {
		return nil, fmt.Errorf("%s %s: the Safe's next nonce is %d, this transaction's is %d: %w", u.ID, route, safeNonce, stx.Nonce, ErrRouteNotReady)
	}
	if route == RouteExecute {
		op, err := timelock.At(p.Timelock).Status(ctx, r.cfg.Backend, p.OperationID, nil)
		if err != nil {
			return nil, err
		}
		if err := r.delayPassed(ctx, op); err != nil {
			return nil, fmt.Errorf("%s execute: %w", u.ID, err)
		}
	}
	sigs := make([]safe.Signature, 0, len(signed))
	for _, a := range signed {
		parsed, err := safe.Parse(a.Signature)
		if err != nil {
			return nil, fmt.Errorf("%s: the recorded signature of %s does not parse: %w", u.ID, a.Signer.Hex(), err)
		}
		parsed[0].Signer = a.Signer
		sigs = append(sigs, parsed[0])
	}
	packed, err := safe.Pack(sigs)
	if err != nil {
		return nil, err
	}
	data, err := safe.ExecTransactionData(stx, packed)
	if err != nil {
		return nil, err
	}
	g := r.cfg.Guardian
	nonce, err := r.cfg.Backend.PendingNonceAt(ctx, g.Address())
	if err != nil {
		return nil, fmt.Errorf("nonce of %s: %w", g.Address().Hex(), err)
	}
	plan, signedTx, err := tx.PlanWith(ctx, r.cfg.Backend, g, r.cfg.Decoder, stx.Safe, data, nil, nonce, r.planOptions())
	if err != nil {
		return nil, fmt.Errorf("%s %s: %w", u.ID, route, err)
	}
	// The confirm dialog shows what the Safe transaction carries, decoded
	// at every layer, below execTransaction's own arguments.
	plan.Call.Inner = []chain.DecodedCall{stx.Call}
	what := "schedules the upgrade on the timelock"
	if route == RouteExecute {
		what = "executes the upgrade through the timelock"
	}
	st := r.s.State()
	return &Plan{ID: routeActionID(&st, u.ID, route), Action: route, Upgrade: u.ID,
		Reason: fmt.Sprintf("%s: the Safe %s (nonce %d, safeTxHash %s, %d signatures)", u.ID, what, stx.Nonce, stx.SafeTxHash.Hex(), len(sigs)),
		Txs:    []chain.TxPlan{plan}, signed: []*types.Transaction{signedTx}}, nil
}

// delayPassed refuses an execute before the timelock would take it: the
// operation must be scheduled and its ETA reached by the head block's
// timestamp, which is what the timelock compares.
func (r *Responder) delayPassed(ctx context.Context, op timelock.Status) error {
	switch op.State {
	case timelock.Ready:
		return nil
	case timelock.Done:
		return errors.New("the timelock operation is already executed")
	case timelock.Unset:
		return fmt.Errorf("%w: the timelock operation is not scheduled", ErrRouteNotReady)
	}
	head, err := r.cfg.Backend.HeaderByNumber(ctx, nil)
	if err != nil {
		return err
	}
	left := time.Duration(int64(op.ETA)-int64(head.Time)) * time.Second
	return fmt.Errorf("%w: the timelock delay has %s to go (ready at %s UTC, by block time)", ErrRouteNotReady, left, time.Unix(int64(op.ETA), 0).UTC().Format(time.TimeOnly))
}

// ExecuteRoute sends a planned route step (Execute), and after a schedule
// records the timelock operation's ETA as read from the timelock.
func (r *Responder) ExecuteRoute(ctx context.Context, p *Plan) error {
	if err := r.Execute(ctx, p); err != nil {
		return err
	}
	if p.Action != ActionSchedule {
		return nil
	}
	u, err := r.composed(p.Upgrade)
	if err != nil {
		return err
	}
	st := r.s.State()
	a, _ := st.Action(p.ID)
	op, err := timelock.At(u.Composed.Proposal.Timelock).Status(ctx, r.cfg.Backend, u.Composed.Proposal.OperationID, new(big.Int).SetUint64(a.Block))
	if err != nil {
		return fmt.Errorf("%s scheduled in block %d, but its ETA could not be read: %w", u.ID, a.Block, err)
	}
	_, err = r.s.Record(KindUpgradeScheduled, UpgradeScheduled{Upgrade: u.ID, OperationID: op.ID, TxHash: a.TxHash, Block: a.Block,
		ETA: time.Unix(int64(op.ETA), 0).UTC()})
	return err
}

// PlanUnpause prepares the unpause of every paused watched contract. It is
// offered only once a composed fix is verified on chain (the proxy runs the
// new implementation): unpausing before that reopens the hole.
func (r *Responder) PlanUnpause(ctx context.Context) (*Plan, error) {
	if err := r.sameChain(ctx); err != nil {
		return nil, err
	}
	if r.cfg.Guardian == nil {
		return nil, fmt.Errorf("no guardian key, so this session cannot unpause: %w", ErrReadOnly)
	}
	st := r.s.State()
	u, ok := st.Route()
	if !ok || u.Verified == 0 {
		return nil, fmt.Errorf("unpause: %w: no fix is executed and verified on chain yet; unpausing now reopens the hole", ErrRouteNotReady)
	}
	b, g := r.cfg.Backend, r.cfg.Guardian
	nonce, err := b.PendingNonceAt(ctx, g.Address())
	if err != nil {
		return nil, fmt.Errorf("unpause: nonce of %s: %w", g.Address().Hex(), err)
	}
	p := &Plan{ID: r.nextID(ActionUnpause), Action: ActionUnpause,
		Reason: fmt.Sprintf("%s is verified: %s runs %s since block %d", u.ID, u.Composed.ProxyName, u.Composed.New.Hex(), u.Verified)}
	for _, w := range r.cfg.Targets {
		if !w.Pausable {
			continue
		}
		paused, err := watch.ReadPaused(ctx, b, w.Address, nil)
		if err != nil {
			return nil, fmt.Errorf("unpause: read paused() of %s: %w", w.Name, err)
		}
		if !paused {
			continue
		}
		plan, signed, err := tx.PlanWith(ctx, b, g, r.cfg.Decoder, w.Address, r.pausable.PackUnpause(), nil, nonce+uint64(len(p.Txs)), r.planOptions())
		if err != nil {
			return nil, fmt.Errorf("unpause: %w", err)
		}
		p.Txs, p.signed = append(p.Txs, plan), append(p.signed, signed)
	}
	if len(p.Txs) == 0 {
		return nil, errors.New("unpause: nothing is paused")
	}
	return p, nil
}

// NestedStatus is a nested owner Safe as read on chain: its next nonce,
// its threshold and how many owners it has.
type NestedStatus struct {
	NestedOwner
	Nonce     uint64 `json:"nonce"`
	Threshold uint64 `json:"threshold"`
	Owners    int    `json:"owners"`
}

// NestedOwners are the owners of the Safe that are Safes themselves.
func (r *Responder) NestedOwners() []NestedOwner {
	return append([]NestedOwner(nil), r.cfg.NestedOwners...)
}

// ExportRoute writes the upgrade's two Safe transactions to path as a
// Safe{Wallet} Transaction Builder batch file, for cosigners to verify and
// sign on their own machines (warroom verify, warroom sign). id "" is the
// upgrade in flight.
func (r *Responder) ExportRoute(id, path string) error {
	u, err := r.composed(id)
	if err != nil {
		return err
	}
	p := u.Composed.Proposal
	meta := safe.BatchMeta{Name: "warroom " + u.ID,
		Description: fmt.Sprintf("%s: %s to %s (%s) through timelock %s; operation %s. Owners sign both: schedule (nonce %d) and execute (nonce %d).",
			u.ID, u.Composed.ProxyName, u.Composed.New.Hex(), u.Composed.Artifact, p.Timelock.Hex(), p.OperationID.Hex(), p.Schedule.Nonce, p.Execute.Nonce)}
	if o, ok := r.OwnerAddress(); ok {
		meta.Owner = o
	}
	return safe.WriteBatchFile(path, []chain.SafeTx{p.Schedule, p.Execute}, []string{"schedule", "execute"}, meta)
}

// RouteWarnings are what a signer of one of u's Safe transactions should
// look at twice, as post-Bybit verifiers flag it, from what the session
// knows: the Safe's next nonce as last read, and the other composed
// proposals still queued (same nonce, another hash). The execute step's
// nonce is the schedule's plus one by design; its warning says so.
func RouteWarnings(st *State, u *Upgrade, route string, libs []safe.Library) []safe.Warning {
	stx, ok := u.RouteTx(route)
	if !ok {
		return nil
	}
	k := safe.Known{Libraries: libs, State: st.Protocol.Safe}
	for i := range st.Upgrades {
		o := &st.Upgrades[i]
		if o.ID == u.ID || o.Composed == nil {
			continue
		}
		for _, r := range routeSteps {
			if NextRouteStep(st, o.ID) == "" {
				break
			}
			q, _ := o.RouteTx(r)
			k.Queued = append(k.Queued, *q)
		}
	}
	return safe.Warnings(stx, k)
}

// NestedApproval is the Safe transaction a nested owner Safe executes to
// approve parent: approveHash(parent's safeTxHash) on the parent, at the
// owner Safe's nonce, with its hashes.
func NestedApproval(parent *chain.SafeTx, owner common.Address, nonce uint64) (chain.SafeTx, error) {
	n, err := safe.NewNested(parent, owner, nonce)
	if err != nil {
		return chain.SafeTx{}, err
	}
	return n.Child, nil
}
