package session

import (
	"context"
	"errors"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"warroom/chain"
	"warroom/chain/deploy"
	"warroom/chain/detect"
	"warroom/chain/devchain"
	"warroom/chain/tx"
)

// pausable is a drill protocol on the embedded chain with a responder that
// holds its guardian key.
type pausable struct {
	chain *devchain.Chain
	dep   *deploy.Deployment
	s     *Session
	r     *Responder
}

func newPausable(t *testing.T) *pausable {
	t.Helper()
	guardian := tx.DrillSigner("responder test/guardian")
	c, dep, dec := drillProtocol(t, tx.DrillSigner("responder test/deployer"), guardian)
	s := newSession(t, nil)
	r := NewResponder(s, ResponderConfig{Backend: c.Client(), Guardian: guardian, Decoder: dec, Targets: dep.Watched()})
	t.Cleanup(r.Close)
	return &pausable{chain: c, dep: dep, s: s, r: r}
}

// execute runs Execute while sealing blocks, as a block clock would.
func (p *pausable) execute(t *testing.T, plan *Plan) error {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	done := make(chan error, 1)
	go func() { done <- p.r.Execute(ctx, plan) }()
	for {
		select {
		case err := <-done:
			return err
		case <-time.After(20 * time.Millisecond):
			p.chain.Commit()
		}
	}
}

func TestResponderPausesAndRecordsEveryStep(t *testing.T) {
	p := newPausable(t)
	ctx := context.Background()
	plan, err := p.r.PlanPause(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(plan.Txs) != 1 || plan.Txs[0].To != p.dep.Vault || plan.Txs[0].Call.Signature != "pause()" || plan.Txs[0].ContractName != "Vault" {
		t.Fatalf("plan %+v", plan.Txs)
	}
	if st := p.s.State(); len(st.Actions) != 0 {
		t.Fatal("planning recorded an action: nothing may be recorded before the responder confirms")
	}
	if err := p.execute(t, plan); err != nil {
		t.Fatal(err)
	}
	st := p.s.State()
	a, ok := st.Action(plan.ID)
	if !ok || a.Status != ActionStatusConfirmed || a.TxHash != plan.Txs[0].Hash || a.Submitted != 1 || a.Confirmed != 1 {
		t.Fatalf("action %+v", a)
	}
	if _, err := p.r.PlanPause(ctx); !errors.Is(err, chain.ErrAlreadyPaused) {
		t.Fatalf("planning a second pause: %v, want ErrAlreadyPaused", err)
	}
}

// A plan is executed once; a second pause planned on the same nonce fails
// when the first is mined, and its failure is recorded and returned.
func TestResponderRecordsAFailedSend(t *testing.T) {
	p := newPausable(t)
	ctx := context.Background()
	first, err := p.r.PlanPause(ctx)
	if err != nil {
		t.Fatal(err)
	}
	second, err := p.r.PlanPause(ctx) // same nonce: nothing is pending yet
	if err != nil {
		t.Fatal(err)
	}
	if err := p.execute(t, first); err != nil {
		t.Fatal(err)
	}
	if err := p.execute(t, first); err == nil || !strings.Contains(err.Error(), "already executed") {
		t.Fatalf("executing %s again: %v", first.ID, err)
	}
	if n := len(p.s.State().Actions); n != 1 {
		t.Fatalf("%d actions recorded; the refused second execution recorded something", n)
	}
	err = p.execute(t, second)
	if err == nil {
		t.Fatal("a pause with a used nonce was sent")
	}
	st := p.s.State()
	a1, _ := st.Action(first.ID)
	a2, _ := st.Action(second.ID)
	if a1.Status != ActionStatusConfirmed || a2.Status != ActionStatusFailed || a2.Error == "" || !strings.Contains(err.Error(), second.Txs[0].Hash.Hex()) {
		t.Fatalf("first %s %q, second %s %q, error %v", a1.Status, a1.Error, a2.Status, a2.Error, err)
	}
}

// Nothing is sent when the request cannot be recorded first.
func TestResponderSendsNothingUnrecorded(t *testing.T) {
	p := newPausable(t)
	ctx := context.Background()
	plan, err := p.r.PlanPause(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if err := p.s.End("journal closed"); err != nil {
		t.Fatal(err)
	}
	err = p.r.Execute(ctx, plan)
	if !errors.Is(err, ErrEnded) || !strings.Contains(err.Error(), "not sent") {
		t.Fatalf("Execute on an ended session: %v", err)
	}
	guardian := tx.DrillSigner("responder test/guardian").Address()
	if n, _ := p.chain.Client().PendingNonceAt(ctx, guardian); n != plan.Txs[0].Nonce {
		t.Fatalf("guardian's pending nonce is %d: the pause was sent anyway", n)
	}
}

// The circuit breaker pauses on its own, once, and says it was not a human.
func TestResponderAutoPause(t *testing.T) {
	p := newPausable(t)
	p.r.AutoPause("critical reentrancy alert on tx 0x01 in block 9")
	p.r.AutoPause("a second alert while the first pause is in flight")
	deadline := time.Now().Add(30 * time.Second)
	for {
		st := p.s.State()
		if len(st.Actions) > 0 && st.Actions[0].Status == ActionStatusConfirmed {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("no confirmed auto-pause; actions %+v warnings %+v", st.Actions, st.Warnings)
		}
		p.chain.Commit()
		time.Sleep(20 * time.Millisecond)
	}
	st := p.s.State()
	if len(st.Actions) != 1 || !st.Actions[0].Auto || !strings.Contains(st.Actions[0].Reason, "circuit breaker: critical reentrancy") {
		t.Fatalf("actions %+v", st.Actions)
	}
}

// A responder on a resumed session numbers on from the journal's ids, so a
// new pause or check never reuses one already recorded.
func TestResponderNumbersOnFromTheJournal(t *testing.T) {
	r := &Responder{ids: map[string]int{}}
	for _, id := range []string{"pause-1", "pause-3", "upgrade-2", "odd", "x-y"} {
		r.noteID(id)
	}
	if got := r.nextID(ActionPause); got != "pause-4" {
		t.Errorf("next pause %s, want pause-4", got)
	}
	if got := r.nextID("upgrade"); got != "upgrade-3" {
		t.Errorf("next upgrade %s, want upgrade-3", got)
	}
	if got := r.nextID(ActionUnpause); got != "unpause-1" {
		t.Errorf("next unpause %s, want unpause-1", got)
	}
}

// A node that now answers another chain id than the session's (a backup
// endpoint on another network) gets nothing signed: one sentence, no plan.
func TestResponderRefusesAnotherChain(t *testing.T) {
	p := newPausable(t)
	if _, err := p.s.Record(KindSessionStarted, Started{Mode: "watch", ChainID: 1}); err != nil {
		t.Fatal(err)
	}
	plan, err := p.r.PlanPause(context.Background())
	if !errors.Is(err, ErrWrongChain) || plan != nil || !strings.Contains(err.Error(), "chain id 1337 and this session watches chain 1") {
		t.Fatalf("plan %v, err %v: want the other chain refused", plan, err)
	}
	if st := p.s.State(); len(st.Actions) != 0 {
		t.Fatalf("actions recorded: %+v", st.Actions)
	}
}

// drillProtocol is the drill protocol on a fresh embedded chain, its Safe
// owned by deployer alone, paused by guardian, every signer given 1,000
// ETH; the decoder names its contracts.
func drillProtocol(t *testing.T, deployer, guardian *tx.Signer, others ...*tx.Signer) (*devchain.Chain, *deploy.Deployment, *detect.Decoder) {
	t.Helper()
	funds := new(big.Int).Mul(big.NewInt(1000), big.NewInt(1e18))
	alloc := types.GenesisAlloc{}
	for _, s := range append([]*tx.Signer{deployer, guardian}, others...) {
		alloc[s.Address()] = types.Account{Balance: funds}
	}
	c, err := devchain.New(devchain.Config{Alloc: alloc})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { c.Close() })
	ctx := context.Background()
	id, _ := c.Client().ChainID(ctx)
	dep, err := deploy.Drill(ctx, c.Client(), c, tx.NewAccount(c.Client(), deployer, id), deploy.Config{
		Owners: []common.Address{deployer.Address()}, Threshold: 1, Guardian: guardian.Address(), MinDelay: 60})
	if err != nil {
		t.Fatal(err)
	}
	dec := detect.NewDecoder()
	if err := dep.Label(dec); err != nil {
		t.Fatal(err)
	}
	return c, dep, dec
}
