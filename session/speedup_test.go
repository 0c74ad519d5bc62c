package session

import (
	"context"
	"encoding/json"
	"errors"
	"math/big"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"warroom/chain"
	"warroom/chain/contracts"
	"warroom/chain/deploy"
	"warroom/chain/detect"
	"warroom/chain/devchain"
	"warroom/chain/tx"
	"warroom/chain/watch"
)

// stepped is a drill protocol on the embedded chain, sealed only when the
// test says (no block clock), so a sent pause waits in the pool: stuck,
// for as long as the test wants. Every event recorded is kept.
type stepped struct {
	chain    *devchain.Chain
	dep      *deploy.Deployment
	s        *Session
	r        *Responder
	guardian *tx.Signer

	mu     sync.Mutex
	events []Event
}

func newStepped(t *testing.T, tune func(*ResponderConfig)) *stepped {
	t.Helper()
	guardian := tx.DrillSigner("speedup test/guardian")
	c, dep, dec := drillProtocol(t, tx.DrillSigner("speedup test/deployer"), guardian, tx.DrillSigner("speedup test/other"))
	vault, err := contracts.VaultV1MetaData.ParseABI()
	if err != nil {
		t.Fatal(err)
	}
	p := &stepped{chain: c, dep: dep, guardian: guardian}
	p.s = newSession(t, func(ev Event) error {
		p.mu.Lock()
		p.events = append(p.events, ev)
		p.mu.Unlock()
		return nil
	})
	cfg := ResponderConfig{Backend: c.Client(), Guardian: guardian, Decoder: dec, Targets: dep.Watched(), ABIs: []*abi.ABI{vault}}
	if tune != nil {
		tune(&cfg)
	}
	p.r = NewResponder(p.s, cfg)
	t.Cleanup(p.r.Close)
	return p
}

// kinds are the kinds recorded for action id, in journal order, with the
// events themselves.
func (p *stepped) journal(id string) ([]Kind, []Event) {
	p.mu.Lock()
	defer p.mu.Unlock()
	var kinds []Kind
	var evs []Event
	for _, ev := range p.events {
		var d struct {
			ID string `json:"id"`
		}
		if json.Unmarshal(ev.Data, &d) == nil && d.ID == id {
			kinds, evs = append(kinds, ev.Kind), append(evs, ev)
		}
	}
	return kinds, evs
}

// until waits for the state to satisfy ok.
func (p *stepped) until(t *testing.T, what string, ok func(State) bool) State {
	t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for {
		st := p.s.State()
		if ok(st) {
			return st
		}
		if time.Now().After(deadline) {
			t.Fatalf("never %s; actions %+v, warnings %+v", what, st.Actions, st.Warnings)
		}
		time.Sleep(5 * time.Millisecond)
	}
}

// head records a block event, as the feed does, so the state's head moves
// while the test seals nothing.
func (p *stepped) head(t *testing.T, n uint64) {
	t.Helper()
	if _, err := p.s.Record(KindBlock, chain.BlockInfo{Number: n}); err != nil {
		t.Fatal(err)
	}
}

// startPause plans the pause and executes it in the background, returning
// once it is submitted; the pool holds it until the test seals a block.
func (p *stepped) startPause(t *testing.T) (*Plan, <-chan error) {
	t.Helper()
	plan, err := p.r.PlanPause(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() {
		ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
		defer cancel()
		done <- p.r.Execute(ctx, plan)
	}()
	p.until(t, "submitted the pause", func(st State) bool {
		a, ok := st.Action(plan.ID)
		return ok && a.Unmined()
	})
	return plan, done
}

func wait(t *testing.T, what string, done <-chan error) error {
	t.Helper()
	select {
	case err := <-done:
		return err
	case <-time.After(30 * time.Second):
		t.Fatalf("%s never returned", what)
	}
	return nil
}

// A pause stuck in the pool is replaced before the next block: the
// replacement has the same nonce and call and at least twice the tip, it
// is what the block mines, the journal says what it replaced, and the
// action is confirmed once, with the replacement's hash.
func TestSpeedUpReplacesAStuckPause(t *testing.T) {
	p := newStepped(t, nil)
	ctx := context.Background()
	p.head(t, p.chain.Head())
	pause, pauseDone := p.startPause(t)
	p.head(t, p.chain.Head()+2) // two blocks go by (on the session's clock) without it

	sp, err := p.r.PlanSpeedUp(ctx, pause.ID)
	if err != nil {
		t.Fatal(err)
	}
	old, rep := pause.Txs[0], sp.Txs[0]
	if sp.Action != ActionSpeedUp || sp.SpeedsUp != pause.ID || len(sp.Txs) != 1 || len(sp.Replaces) != 1 {
		t.Fatalf("speed-up plan %+v", sp)
	}
	if rep.Nonce != old.Nonce || rep.To != old.To || rep.Data != old.Data || rep.Gas != old.Gas || rep.Signer != old.Signer || rep.Call.Signature != "pause()" || rep.Hash == old.Hash {
		t.Fatalf("replacement %+v is not the same call at the same nonce as %+v", rep, old)
	}
	if rep.MaxTip.Cmp(new(big.Int).Mul(old.MaxTip, big.NewInt(2))) < 0 || rep.MaxFee.Cmp(new(big.Int).Div(new(big.Int).Mul(old.MaxFee, big.NewInt(110)), big.NewInt(100))) < 0 {
		t.Fatalf("fees %s/%s → %s/%s: want the tip doubled and the max fee up 10%% at least", old.MaxTip, old.MaxFee, rep.MaxTip, rep.MaxFee)
	}
	if r := sp.Replaces[0]; r.TxHash != old.Hash || r.Nonce != old.Nonce || r.MaxTip.Cmp(old.MaxTip) != 0 || r.MaxFee.Cmp(old.MaxFee) != 0 {
		t.Fatalf("replaces %+v, want the pause's %s", r, old.Hash.Hex())
	}
	t.Log(sp.Reason)
	if !strings.Contains(sp.Reason, "pending for 2 blocks") || !strings.Contains(sp.Reason, "→") {
		t.Errorf("reason %q", sp.Reason)
	}
	if st := p.s.State(); st.Actions[0].SpedUp != 0 || len(st.Actions[0].SpeedUps) != 0 {
		t.Fatalf("planning a speed-up recorded something: %+v", st.Actions[0])
	}

	spDone := make(chan error, 1)
	go func() {
		ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
		defer cancel()
		spDone <- p.r.Execute(ctx, sp)
	}()
	p.until(t, "sent the replacement", func(st State) bool {
		a, _ := st.Action(pause.ID)
		return a.SpedUp == 1
	})
	n := p.chain.Commit()
	if err := wait(t, "the pause's Execute", pauseDone); err != nil {
		t.Fatal(err)
	}
	if err := wait(t, "the speed-up's Execute", spDone); err != nil {
		t.Fatal(err)
	}

	st := p.s.State()
	a, _ := st.Action(pause.ID)
	if a.Status != ActionStatusConfirmed || a.TxHash != rep.Hash || a.Block != n || a.Confirmed != 1 || a.Submitted != 1 ||
		a.SpedUp != 1 || !a.WasReplaced(old.Hash) || len(a.SpeedUps) != 1 || a.SpeedUps[0].SpeedUp != sp.ID {
		t.Fatalf("action %+v; want confirmed once in block %d with the replacement %s", a, n, rep.Hash.Hex())
	}
	kinds, evs := p.journal(pause.ID)
	want := []Kind{KindActionRequested, KindActionSubmitted, KindActionSpeedUp, KindActionSubmitted, KindActionConfirmed}
	if !slicesEqual(kinds, want) {
		t.Fatalf("journal of %s: %v, want %v", pause.ID, kinds, want)
	}
	var sub ActionSubmitted
	if err := json.Unmarshal(evs[3].Data, &sub); err != nil || sub.TxHash != rep.Hash || sub.Replaces != old.Hash {
		t.Fatalf("replacement's action.submitted %s, %v", evs[3].Data, err)
	}
	var conf ActionConfirmed
	if err := json.Unmarshal(evs[4].Data, &conf); err != nil || conf.TxHash != rep.Hash {
		t.Fatalf("action.confirmed %s, %v: want the replacement's hash", evs[4].Data, err)
	}

	// The chain agrees: the replacement is mined at the higher tip, the
	// original never is, and the vault is paused.
	b := p.chain.Client()
	block, err := b.BlockByNumber(ctx, new(big.Int).SetUint64(n))
	if err != nil {
		t.Fatal(err)
	}
	var mined *types.Transaction
	for _, t := range block.Transactions() {
		if t.Hash() == rep.Hash {
			mined = t
		}
	}
	if mined == nil || mined.GasTipCap().Cmp(rep.MaxTip) != 0 || mined.GasFeeCap().Cmp(rep.MaxFee) != 0 || mined.Nonce() != old.Nonce {
		t.Fatalf("block %d does not hold the replacement at its fees: %v", n, mined)
	}
	if _, err := b.TransactionReceipt(ctx, old.Hash); err == nil {
		t.Fatal("the replaced pause has a receipt too")
	}
	if paused, err := watch.ReadPaused(ctx, b, p.dep.Vault, nil); err != nil || !paused {
		t.Fatalf("paused() = %v, %v", paused, err)
	}
}

func slicesEqual(a, b []Kind) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// A speed-up is refused, with a sentence, when there is nothing pending to
// replace: an unknown action, one not sent, one already mined (planned
// after, or executed after), and a plan gone stale.
func TestSpeedUpRefusals(t *testing.T) {
	p := newStepped(t, nil)
	ctx := context.Background()

	if _, err := p.r.PlanSpeedUp(ctx, "pause-7"); !errors.Is(err, ErrNothingToSpeedUp) || !strings.Contains(err.Error(), "no such action") {
		t.Errorf("unknown action: %v", err)
	}

	// Requested, not sent yet.
	if _, err := p.s.Record(KindActionRequested, ActionRequested{ID: "pause-90", Action: ActionPause, Txs: []chain.TxPlan{{}}}); err != nil {
		t.Fatal(err)
	}
	if _, err := p.r.PlanSpeedUp(ctx, "pause-90"); !errors.Is(err, ErrNothingToSpeedUp) || !strings.Contains(err.Error(), "not sent yet") {
		t.Errorf("action not sent: %v", err)
	}

	pause, pauseDone := p.startPause(t)
	sp, err := p.r.PlanSpeedUp(ctx, pause.ID)
	if err != nil {
		t.Fatal(err)
	}
	second, err := p.r.PlanSpeedUp(ctx, pause.ID) // replaces the same original
	if err != nil {
		t.Fatal(err)
	}
	// The original is mined before the speed-up is confirmed.
	n := p.chain.Commit()
	if err := wait(t, "the pause's Execute", pauseDone); err != nil {
		t.Fatal(err)
	}
	if err := p.r.Execute(ctx, sp); !errors.Is(err, ErrNothingToSpeedUp) || !strings.Contains(err.Error(), "not sent") {
		t.Errorf("executing a speed-up after the pause was mined: %v", err)
	}
	if _, err := p.r.PlanSpeedUp(ctx, pause.ID); !errors.Is(err, ErrNothingToSpeedUp) || !strings.Contains(err.Error(), "already mined") {
		t.Errorf("speed-up of a mined pause: %v", err)
	}
	st := p.s.State()
	a, _ := st.Action(pause.ID)
	if a.Status != ActionStatusConfirmed || a.TxHash != pause.Txs[0].Hash || a.Block != n || a.SpedUp != 0 || len(a.SpeedUps) != 0 {
		t.Fatalf("action %+v: a refused speed-up changed it", a)
	}
	if nonce, _ := p.chain.Client().PendingNonceAt(ctx, p.guardian.Address()); nonce != pause.Txs[0].Nonce+1 {
		t.Fatalf("guardian's pending nonce %d: something more was sent", nonce)
	}
	_ = second

	// A failed action has nothing to speed up either.
	if _, err := p.s.Record(KindActionSubmitted, ActionSubmitted{ID: "pause-90", TxHash: common.HexToHash("0x90")}); err != nil {
		t.Fatal(err)
	}
	if _, err := p.s.Record(KindActionFailed, ActionFailed{ID: "pause-90", Error: "send: nonce too low"}); err != nil {
		t.Fatal(err)
	}
	if _, err := p.r.PlanSpeedUp(ctx, "pause-90"); !errors.Is(err, ErrNothingToSpeedUp) || !strings.Contains(err.Error(), "it failed (send: nonce too low)") {
		t.Errorf("failed action: %v", err)
	}
}

// Two speed-ups planned on the same pending pause: the first replaces it,
// the second is stale (it replaces what is no longer the newest) and sends
// nothing. Executing a speed-up twice sends it once.
func TestSpeedUpStalePlan(t *testing.T) {
	p := newStepped(t, nil)
	ctx := context.Background()
	pause, pauseDone := p.startPause(t)
	first, err := p.r.PlanSpeedUp(ctx, pause.ID)
	if err != nil {
		t.Fatal(err)
	}
	second, err := p.r.PlanSpeedUp(ctx, pause.ID)
	if err != nil {
		t.Fatal(err)
	}
	firstDone := make(chan error, 1)
	go func() { firstDone <- p.r.Execute(context.Background(), first) }()
	p.until(t, "sent the first replacement", func(st State) bool {
		a, _ := st.Action(pause.ID)
		return a.SpedUp == 1
	})
	if err := p.r.Execute(ctx, second); err == nil || !strings.Contains(err.Error(), "plan the speed-up again") {
		t.Errorf("stale speed-up: %v", err)
	}
	if err := p.r.Execute(ctx, first); err == nil || !strings.Contains(err.Error(), "already executed") {
		t.Errorf("speed-up executed twice: %v", err)
	}
	// The second, planned again, replaces the first replacement.
	again, err := p.r.PlanSpeedUp(ctx, pause.ID)
	if err != nil {
		t.Fatal(err)
	}
	if again.Replaces[0].TxHash != first.Txs[0].Hash || again.Txs[0].MaxTip.Cmp(new(big.Int).Mul(first.Txs[0].MaxTip, big.NewInt(2))) < 0 {
		t.Fatalf("second speed-up %+v does not replace the first %s", again.Replaces, first.Txs[0].Hash.Hex())
	}
	againDone := make(chan error, 1)
	go func() { againDone <- p.r.Execute(context.Background(), again) }()
	p.until(t, "sent the second replacement", func(st State) bool {
		a, _ := st.Action(pause.ID)
		return a.SpedUp == 2
	})
	p.chain.Commit()
	for what, done := range map[string]<-chan error{"pause": pauseDone, "first speed-up": firstDone, "second speed-up": againDone} {
		if err := wait(t, what, done); err != nil {
			t.Errorf("%s: %v", what, err)
		}
	}
	st := p.s.State()
	a, _ := st.Action(pause.ID)
	if a.Status != ActionStatusConfirmed || a.TxHash != again.Txs[0].Hash || a.Confirmed != 1 || len(a.Replaced) != 2 {
		t.Fatalf("action %+v", a)
	}
	if kinds, _ := p.journal(pause.ID); len(kinds) != 7 || kinds[6] != KindActionConfirmed {
		t.Fatalf("journal %v", kinds)
	}
}

// A pause that reaches the chain and reverts there says why: the guardian
// pauses once outside the console, and the console's pause, sent after it
// in the same block, reverts with EnforcedPause(), decoded from the
// vault's ABI.
func TestRevertedSendSaysWhy(t *testing.T) {
	p := newStepped(t, nil)
	ctx := context.Background()
	b := p.chain.Client()
	nonce, err := b.PendingNonceAt(ctx, p.guardian.Address())
	if err != nil {
		t.Fatal(err)
	}
	_, other, err := tx.Plan(ctx, b, p.guardian, detect.NewDecoder(), p.dep.Vault, contracts.NewIPausable().PackPause(), nil, nonce)
	if err != nil {
		t.Fatal(err)
	}
	if err := b.SendTransaction(ctx, other); err != nil {
		t.Fatal(err)
	}
	// The console's pause: planned on the latest state (not paused yet),
	// at the next nonce, mined right after the other one.
	pause, done := p.startPause(t)
	if pause.Txs[0].Nonce != nonce+1 {
		t.Fatalf("pause at nonce %d, want %d", pause.Txs[0].Nonce, nonce+1)
	}
	n := p.chain.Commit()
	err = wait(t, "the pause's Execute", done)
	if err == nil || !strings.Contains(err.Error(), "reverted in block") || !strings.Contains(err.Error(), ": EnforcedPause()") {
		t.Fatalf("Execute: %v; want the revert decoded", err)
	}
	st := p.s.State()
	a, _ := st.Action(pause.ID)
	t.Log(a.Error)
	want := "pause transaction " + pause.Txs[0].Hash.Hex() + " reverted in block " + big.NewInt(int64(n)).String() + ": EnforcedPause()"
	if a.Status != ActionStatusFailed || a.Error != want || a.Block != n {
		t.Fatalf("action %+v; want failed with %q", a, want)
	}
}

// A pause that would fail is refused at planning with the decoded reason:
// a responder whose key is not the guardian gets AccessControl's custom
// error with its arguments, not a bare "execution reverted".
func TestPlanWouldFailSaysWhy(t *testing.T) {
	impostor := tx.DrillSigner("speedup test/other")
	p := newStepped(t, func(cfg *ResponderConfig) { cfg.Guardian = impostor })
	_, err := p.r.PlanPause(context.Background())
	t.Log(err)
	var rerr *tx.RevertError
	if err == nil || !errors.As(err, &rerr) || rerr.Revert.Name != "AccessControlUnauthorizedAccount" ||
		!strings.Contains(err.Error(), "pause() on Vault would fail: reverted: AccessControlUnauthorizedAccount("+impostor.Address().Hex()) {
		t.Fatalf("plan by a key without the role: %v", err)
	}
}

// The incident's tip is what every plan offers, and a speed-up offers at
// least twice the tip it replaces.
func TestResponderTip(t *testing.T) {
	tip := big.NewInt(7_000_000_000)
	p := newStepped(t, func(cfg *ResponderConfig) { cfg.Tip = tip })
	tip.SetInt64(1) // the responder keeps its own copy
	pause, done := p.startPause(t)
	if got := pause.Txs[0].MaxTip; got.Cmp(big.NewInt(7_000_000_000)) != 0 {
		t.Fatalf("pause tip %s, want 7 gwei", got)
	}
	sp, err := p.r.PlanSpeedUp(context.Background(), pause.ID)
	if err != nil {
		t.Fatal(err)
	}
	if got := sp.Txs[0].MaxTip; got.Cmp(big.NewInt(14_000_000_000)) < 0 {
		t.Fatalf("speed-up tip %s, want at least 14 gwei", got)
	}
	p.chain.Commit()
	if err := wait(t, "the pause", done); err != nil {
		t.Fatal(err)
	}
}

// The circuit breaker speeds up its own pause when it stays unmined for a
// few blocks of the session's clock.
func TestAutoPauseSpeedsUpItsOwnPause(t *testing.T) {
	p := newStepped(t, nil)
	head := p.chain.Head()
	p.head(t, head)
	p.r.AutoPause("critical reentrancy alert")
	p.until(t, "submitted the auto-pause", func(st State) bool { return len(st.Actions) == 1 && st.Actions[0].Unmined() })
	for i := uint64(1); i <= autoSpeedUpBlocks; i++ {
		p.head(t, head+i)
	}
	st := p.until(t, "sped up the auto-pause", func(st State) bool { return st.Actions[0].SpedUp == 1 })
	a := st.Actions[0]
	if len(a.SpeedUps) != 1 || !a.SpeedUps[0].Auto || !strings.HasPrefix(a.SpeedUps[0].Reason, "circuit breaker: ") {
		t.Fatalf("speed-up %+v: want it marked as the circuit breaker's", a.SpeedUps)
	}
	n := p.chain.Commit()
	st = p.until(t, "confirmed the auto-pause", func(st State) bool { return st.Actions[0].Status == ActionStatusConfirmed })
	if a := st.Actions[0]; a.TxHash != a.SpeedUps[0].Txs[0].Hash || a.Block != n || a.Confirmed != 1 {
		t.Fatalf("action %+v; want the replacement mined in block %d", a, n)
	}
}

// The reducer: a replacement's action.submitted moves the hash and counts
// a speed-up, not one more transaction sent; pending blocks are counted on
// the session's head.
func TestReduceSpeedUp(t *testing.T) {
	at := time.Date(2025, 6, 1, 14, 0, 0, 0, time.UTC)
	var seq uint64
	ev := func(kind Kind, data any) Event {
		b, err := json.Marshal(data)
		if err != nil {
			t.Fatal(err)
		}
		seq++
		return Event{Seq: seq, Time: at.Add(time.Duration(seq) * time.Second), Kind: kind, Data: b}
	}
	a1, a2 := common.HexToHash("0xa1"), common.HexToHash("0xa2")
	var s State
	for _, e := range []Event{
		ev(KindBlock, chain.BlockInfo{Number: 10}),
		ev(KindActionRequested, ActionRequested{ID: "pause-1", Action: ActionPause, Txs: []chain.TxPlan{{Hash: a1}}}),
		ev(KindActionSubmitted, ActionSubmitted{ID: "pause-1", TxHash: a1}),
		ev(KindBlock, chain.BlockInfo{Number: 13}),
		ev(KindActionSpeedUp, ActionReplacement{ID: "pause-1", SpeedUp: "speedup-1", Txs: []chain.TxPlan{{Hash: a2}}, Replaces: []ActionReplaced{{TxHash: a1}}}),
	} {
		s = Reduce(s, e)
	}
	a := s.Actions[0]
	if a.PendingBlocks(13) != 3 || a.SinceSent(13) != 3 || !a.Unmined() || a.SpedUp != 0 || len(a.SpeedUps) != 1 || a.TxHash != a1 {
		t.Fatalf("before the replacement is sent: %+v", a)
	}
	s = Reduce(s, ev(KindActionSubmitted, ActionSubmitted{ID: "pause-1", TxHash: a2, Replaces: a1}))
	a = s.Actions[0]
	if a.Submitted != 1 || a.SpedUp != 1 || a.TxHash != a2 || !a.WasReplaced(a1) || a.PendingBlocks(14) != 4 || a.SinceSent(14) != 1 {
		t.Fatalf("after: %+v", a)
	}
	s = Reduce(s, ev(KindActionConfirmed, ActionConfirmed{ID: "pause-1", TxHash: a2, Block: 14}))
	if a := s.Actions[0]; a.Status != ActionStatusConfirmed || a.PendingBlocks(20) != 0 || a.TxHash != a2 || len(s.Unknown) != 0 {
		t.Fatalf("confirmed: %+v, unknown %d", a, len(s.Unknown))
	}
	if !KindActionSpeedUp.durable() {
		t.Error("action.speedup records a decision: it must be fsynced")
	}
}
