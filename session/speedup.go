package session

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"

	"warroom/chain"
	"warroom/chain/tx"
)

// ErrNothingToSpeedUp is a speed-up asked for an action that has no
// transaction sent and waiting to be mined: none sent yet, all mined, or
// it failed.
var ErrNothingToSpeedUp = errors.New("nothing to speed up")

// Circuit-breaker speed-ups: a pause of its own still unmined this many
// blocks after it (or its last replacement) was sent is sped up, at most
// autoSpeedUps times.
const (
	autoSpeedUpBlocks = 3
	autoSpeedUps      = 3
)

// inflight is an action's transaction sent and not yet mined, with the
// replacements sent for it: one sender, one nonce, one or more hashes, of
// which one at most is ever mined. Whoever follows it (the Execute that
// sent it, the speed-ups that replaced it) polls every hash; the first to
// see one mined records the outcome, once, and the others return it.
type inflight struct {
	id     string // the action's id
	action string // its kind
	from   common.Address
	nonce  uint64

	mu       sync.Mutex
	plans    []chain.TxPlan       // the original first, then each replacement
	txs      []*types.Transaction // as signed, in the same order
	waiters  int                  // follow calls under way
	finished bool                 // the outcome is recorded
	err      error                // the outcome: nil when mined and successful
}

func newInflight(id, action string, plan chain.TxPlan, signed *types.Transaction) *inflight {
	return &inflight{id: id, action: action, from: plan.Signer, nonce: plan.Nonce,
		plans: []chain.TxPlan{plan}, txs: []*types.Transaction{signed}}
}

// hashes are every hash sent for the nonce, the original first.
func (f *inflight) hashes() []common.Hash {
	f.mu.Lock()
	defer f.mu.Unlock()
	out := make([]common.Hash, len(f.txs))
	for i, t := range f.txs {
		out[i] = t.Hash()
	}
	return out
}

// latest is the newest transaction sent for the nonce. f.mu is held.
func (f *inflight) latest() chain.TxPlan { return f.plans[len(f.plans)-1] }

// signed is the transaction of hash h sent for the nonce. f.mu is held.
func (f *inflight) signed(h common.Hash) *types.Transaction {
	for _, t := range f.txs {
		if t.Hash() == h {
			return t
		}
	}
	return f.txs[len(f.txs)-1]
}

// land forgets f once its outcome is known or it cannot be followed.
func (r *Responder) land(f *inflight) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.flying[f.id] == f {
		delete(r.flying, f.id)
	}
}

// follow waits until one of f's transactions is mined and records the
// outcome, unless another follower did: action.confirmed with the hash
// that was mined, or action.failed with the decoded revert. A follower
// whose ctx ends while another still follows returns without recording;
// the last one records the failure.
func (r *Responder) follow(ctx context.Context, f *inflight) error {
	f.mu.Lock()
	if f.finished {
		f.mu.Unlock()
		return f.err
	}
	f.waiters++
	f.mu.Unlock()

	rcpt, err := tx.WaitAnyMined(ctx, nonces{r.cfg.Backend}, f.from, f.nonce, f.hashes)

	f.mu.Lock()
	defer f.mu.Unlock()
	f.waiters--
	if f.finished {
		return f.err
	}
	if err != nil && f.waiters > 0 && !errors.Is(err, tx.ErrNonceTaken) {
		return fmt.Errorf("%s: stopped waiting here (%w); it is still followed", f.id, err)
	}
	f.err = r.outcome(ctx, f, rcpt, err)
	f.finished = true
	r.land(f)
	return f.err
}

// outcome records how f ended. f.mu is held.
func (r *Responder) outcome(ctx context.Context, f *inflight, rcpt *types.Receipt, waitErr error) error {
	if waitErr != nil {
		_, rerr := r.s.Record(KindActionFailed, ActionFailed{ID: f.id, TxHash: f.latest().Hash, Error: waitErr.Error()})
		return errors.Join(waitErr, rerr)
	}
	hash, block := rcpt.TxHash, rcpt.BlockNumber.Uint64()
	if rcpt.Status != types.ReceiptStatusSuccessful {
		why := tx.RevertReason(ctx, r.cfg.Backend, f.from, f.signed(hash), rcpt, r.abis...)
		err := fmt.Errorf("%s transaction %s reverted in block %d: %s", f.action, hash.Hex(), block, why)
		_, rerr := r.s.Record(KindActionFailed, ActionFailed{ID: f.id, TxHash: hash, Block: block, Error: err.Error()})
		return errors.Join(err, rerr)
	}
	if _, err := r.s.Record(KindActionConfirmed, ActionConfirmed{ID: f.id, TxHash: hash, Block: block, GasUsed: rcpt.GasUsed}); err != nil {
		return fmt.Errorf("%s transaction %s was mined in block %d but could not be recorded: %w", f.action, hash.Hex(), block, err)
	}
	return nil
}

// nonces reads an account's nonce over the node's raw RPC, which every
// Backend has.
type nonces struct{ Backend }

func (n nonces) NonceAt(ctx context.Context, account common.Address, block *big.Int) (uint64, error) {
	tag := "latest"
	if block != nil {
		tag = hexutil.EncodeBig(block)
	}
	var res hexutil.Uint64
	if err := n.CallContext(ctx, &res, "eth_getTransactionCount", account, tag); err != nil {
		return 0, chain.NodeError(err)
	}
	return uint64(res), nil
}

// PlanSpeedUp prepares the replacement of action actionID's transaction
// that is sent and not mined (a pause stuck behind higher bidders): the
// same call at the same nonce with at least twice the tip and a max fee
// the node accepts as a replacement (tx.SpeedUp), signed, nothing sent or
// recorded until Execute. The plan's Replaces says what each of its Txs
// replaces. It refuses with ErrNothingToSpeedUp when the action has nothing
// pending: unknown, not sent yet, failed, or already mined.
func (r *Responder) PlanSpeedUp(ctx context.Context, actionID string) (*Plan, error) {
	if err := r.sameChain(ctx); err != nil {
		return nil, err
	}
	if r.cfg.Guardian == nil {
		return nil, fmt.Errorf("no guardian key, so this session cannot speed anything up: %w", ErrReadOnly)
	}
	st := r.s.State()
	a, ok := st.Action(actionID)
	switch {
	case !ok:
		return nil, fmt.Errorf("speed up %s: %w: the session has no such action", actionID, ErrNothingToSpeedUp)
	case a.Status == ActionStatusConfirmed:
		return nil, fmt.Errorf("speed up %s: %w: it is already mined (tx %s in block %d)", actionID, ErrNothingToSpeedUp, a.TxHash.Hex(), a.Block)
	case a.Status == ActionStatusFailed:
		return nil, fmt.Errorf("speed up %s: %w: it failed (%s)", actionID, ErrNothingToSpeedUp, a.Error)
	case !a.Unmined():
		return nil, fmt.Errorf("speed up %s: %w: it is not sent yet", actionID, ErrNothingToSpeedUp)
	}
	r.mu.Lock()
	f := r.flying[actionID]
	r.mu.Unlock()
	if f == nil {
		return nil, fmt.Errorf("speed up %s: %w: no transaction of it is waiting here to be mined (mined just now, or sent before this session resumed)", actionID, ErrNothingToSpeedUp)
	}
	f.mu.Lock()
	finished, old := f.finished, f.latest()
	f.mu.Unlock()
	if finished {
		return nil, fmt.Errorf("speed up %s: %w: it is already mined", actionID, ErrNothingToSpeedUp)
	}
	// Mined but not recorded yet: replacing it would fail at the node.
	for _, h := range f.hashes() {
		if rcpt, err := r.cfg.Backend.TransactionReceipt(ctx, h); err == nil && rcpt != nil {
			return nil, fmt.Errorf("speed up %s: %w: its transaction %s is already mined in block %s", actionID, ErrNothingToSpeedUp, h.Hex(), rcpt.BlockNumber)
		}
	}
	g := r.cfg.Guardian
	plan, signed, err := tx.SpeedUp(ctx, r.cfg.Backend, g, old, r.planOptions())
	if err != nil {
		return nil, fmt.Errorf("speed up %s: %w", actionID, err)
	}
	head := st.Head.Number
	reason := fmt.Sprintf("%s is pending for %s (sent at block %d): the same %s at nonce %d, priority fee %s → %s, max fee %s → %s per gas",
		actionID, plural(int(a.PendingBlocks(head)), "block", "blocks"), a.PendingSince, old.Call.Signature, old.Nonce,
		chain.FormatGwei(old.MaxTip), chain.FormatGwei(plan.MaxTip), chain.FormatGwei(old.MaxFee), chain.FormatGwei(plan.MaxFee))
	return &Plan{
		ID: r.nextID("speedup"), Action: ActionSpeedUp, SpeedsUp: actionID, Reason: reason,
		Txs:      []chain.TxPlan{plan},
		Replaces: []ActionReplaced{{TxHash: old.Hash, Nonce: old.Nonce, MaxFee: old.MaxFee, MaxTip: old.MaxTip}},
		signed:   []*types.Transaction{signed},
	}, nil
}

// executeSpeedUp sends a confirmed speed-up: action.speedup is on disk
// before the replacement is sent, its action.submitted names what it
// replaces, and it follows the action's transaction with the original send
// until one of the two is mined. A plan gone stale (the action mined, or
// replaced again, since it was planned) is refused and sends nothing.
func (r *Responder) executeSpeedUp(ctx context.Context, p *Plan) error {
	if len(p.signed) != 1 || len(p.Replaces) != 1 {
		return errors.New("execute: a speed-up replaces one pending transaction")
	}
	old, signed := p.Replaces[0], p.signed[0]
	r.mu.Lock()
	if r.sent[p.ID] {
		r.mu.Unlock()
		return fmt.Errorf("%s was already executed; plan the speed-up again to send a new one", p.ID)
	}
	f := r.flying[p.SpeedsUp]
	r.mu.Unlock()
	if f == nil {
		return fmt.Errorf("%s not sent: %w: %s has no transaction waiting to be mined any more", p.ID, ErrNothingToSpeedUp, p.SpeedsUp)
	}
	if err := r.replace(ctx, p, f, old, signed); err != nil {
		return err
	}
	return r.follow(ctx, f)
}

// replace records and sends a speed-up's replacement of old, and adds it
// to what f follows. It holds f.mu throughout, so no follower records an
// outcome in between: a replacement is either refused here or followed.
func (r *Responder) replace(ctx context.Context, p *Plan, f *inflight, old ActionReplaced, signed *types.Transaction) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.finished {
		return fmt.Errorf("%s not sent: %w: %s is already mined or failed", p.ID, ErrNothingToSpeedUp, p.SpeedsUp)
	}
	if cur := f.latest().Hash; cur != old.TxHash {
		return fmt.Errorf("%s not sent: %s was replaced by %s since it was planned; plan the speed-up again", p.ID, old.TxHash.Hex(), cur.Hex())
	}
	r.mu.Lock()
	r.sent[p.ID] = true
	r.mu.Unlock()

	if _, err := r.s.Record(KindActionSpeedUp, ActionReplacement{ID: p.SpeedsUp, SpeedUp: p.ID, Auto: p.Auto, Reason: p.Reason, Txs: p.Txs, Replaces: p.Replaces}); err != nil {
		return fmt.Errorf("%s not sent: could not record it: %w", p.ID, err)
	}
	hash := signed.Hash()
	// The send under f.mu: were the original mined meanwhile, its follower
	// waits here, and the node refuses this one (nonce too low).
	if err := r.cfg.Backend.SendTransaction(ctx, signed); err != nil {
		// The action goes on with what it sent before: only this
		// replacement failed (the original mined meanwhile, a fee the
		// node finds too low).
		err = fmt.Errorf("%s of %s not sent: send %s: %w", p.ID, p.SpeedsUp, hash.Hex(), err)
		_, rerr := r.s.Record(KindWarning, Warning{Source: "responder", Message: err.Error()})
		return errors.Join(err, rerr)
	}
	f.plans, f.txs = append(f.plans, p.Txs[0]), append(f.txs, signed)
	if _, err := r.s.Record(KindActionSubmitted, ActionSubmitted{ID: p.SpeedsUp, TxHash: hash, Replaces: old.TxHash}); err != nil {
		return fmt.Errorf("%s transaction %s was sent but could not be recorded: %w", p.ID, hash.Hex(), err)
	}
	return nil
}

// autoSpeedUp is the circuit breaker's own speed-up: while its pause id is
// in flight, a transaction of it still unmined autoSpeedUpBlocks after it
// (or its last replacement) was sent is replaced at a higher fee, at most
// autoSpeedUps times. It returns when ctx ends.
func (r *Responder) autoSpeedUp(ctx context.Context, id string) {
	t := time.NewTicker(250 * time.Millisecond)
	defer t.Stop()
	for n := 0; n < autoSpeedUps; {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
		st := r.s.State()
		a, ok := st.Action(id)
		if !ok || !a.Unmined() || a.SinceSent(st.Head.Number) < autoSpeedUpBlocks {
			continue
		}
		p, err := r.PlanSpeedUp(ctx, id)
		if err == nil {
			p.Auto = true
			p.Reason = "circuit breaker: " + p.Reason
			// Execute follows the pause until mined: the next speed-up is
			// decided here meanwhile, from the replacement's own send.
			r.wg.Add(1)
			go func() {
				defer r.wg.Done()
				if err := r.Execute(ctx, p); err != nil && ctx.Err() == nil && !errors.Is(err, ErrNothingToSpeedUp) {
					_, _ = r.s.Record(KindWarning, Warning{Source: "responder", Message: "auto-pause speed-up: " + err.Error()})
				}
			}()
			n++
			// Wait for the replacement's send to be recorded before
			// deciding again.
			for deadline := time.Now().Add(10 * time.Second); time.Now().Before(deadline) && ctx.Err() == nil; time.Sleep(50 * time.Millisecond) {
				now := r.s.State()
				if b, _ := now.Action(id); b.SpedUp > a.SpedUp || !b.Unmined() {
					break
				}
			}
			continue
		}
		if !errors.Is(err, ErrNothingToSpeedUp) && ctx.Err() == nil {
			_, _ = r.s.Record(KindWarning, Warning{Source: "responder", Message: "auto-pause speed-up: " + err.Error()})
			return
		}
	}
}

func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}
