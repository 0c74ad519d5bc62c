package drill

import (
	"context"
	"encoding/json"
	"errors"
	"math/big"
	"net"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"warroom/chain"
	"warroom/session"
)

// startManual starts a drill without a block clock, to be stepped.
func startManual(t testing.TB, autoPause bool) *Drill {
	t.Helper()
	d, err := Start(context.Background(), Config{
		Scenario: DefaultScenario, Journal: filepath.Join(t.TempDir(), "j.jsonl"), AutoPause: autoPause,
	})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { d.Close("test over") })
	return d
}

func stepTo(t testing.TB, d *Drill, k uint64) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	for d.k.Load() <= k {
		if _, err := d.Step(ctx); err != nil {
			t.Fatal(err)
		}
	}
}

func vaultBalance(t *testing.T, d *Drill) *big.Int {
	t.Helper()
	b, err := d.Client().BalanceAt(context.Background(), d.dep.Vault, nil)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestDrillPauseStopsTheDrain(t *testing.T) {
	d := startManual(t, false)
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	// Up to and including the first attack block.
	stepTo(t, d, d.scenario.AttackFrom)
	st := d.session.State()
	var attack *session.AlertEntry
	for i := range st.Alerts {
		if st.Alerts[i].Severity == chain.Critical {
			attack = &st.Alerts[i]
		}
	}
	if attack == nil {
		t.Fatalf("no critical alert after the first attack block; alerts: %d", len(st.Alerts))
	}
	drainedAtPause := st.TotalDrained()
	if drainedAtPause.Sign() <= 0 {
		t.Fatal("nothing drained by the first attack")
	}

	// The responder pauses: plan, confirm, and the next block mines it.
	plan, err := d.responder.PlanPause(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(plan.Txs) != 1 || plan.Txs[0].To != d.dep.Vault || plan.Txs[0].Call.Signature != "pause()" ||
		plan.Txs[0].Signer != Key(roleGuardian).Address() {
		t.Fatalf("pause plan %+v", plan.Txs)
	}
	done := make(chan error, 1)
	go func() { done <- d.responder.Execute(ctx, plan) }()
	// Seal only once the pause is in the pool (action.submitted).
	for s := d.session.State(); len(s.Actions) == 0 || s.Actions[0].Submitted == 0; s = d.session.State() {
		time.Sleep(time.Millisecond)
	}
	n, err := d.Step(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	st = d.session.State()
	a, ok := st.Action(plan.ID)
	if !ok || a.Status != session.ActionStatusConfirmed || a.Block != n {
		t.Fatalf("action %+v, want confirmed in block %d", a, n)
	}
	if st.PausedBlock != n || !st.Steps[session.StepPaused-1].Done || st.Steps[session.StepPaused-1].Block != n {
		t.Fatalf("paused block %d, step %+v; want block %d", st.PausedBlock, st.Steps[session.StepPaused-1], n)
	}

	// The attacker keeps trying: every attempt reverts and nothing more is drained.
	before := vaultBalance(t, d)
	stepTo(t, d, d.scenario.Length)
	st = d.session.State()
	if vaultBalance(t, d).Cmp(before) != 0 {
		t.Fatal("the vault lost value while paused")
	}
	if st.TotalDrained().Cmp(drainedAtPause) != 0 {
		t.Fatalf("drained grew after the pause: %s → %s", drainedAtPause, st.TotalDrained())
	}
	failed := 0
	for _, a := range st.Alerts {
		if a.Block > n && a.Reverted && a.ContractName == "Vault" {
			failed++
		}
	}
	if failed < 5 {
		t.Fatalf("%d failed attempts recorded after the pause, want the attacker's later attacks", failed)
	}
	// Evidence: the journal on disk verifies and rebuilds this state.
	d.Close("test over")
	events, err := session.OpenJournal(d.cfg.Journal)
	if err != nil {
		t.Fatal(err)
	}
	var rebuilt session.State
	for _, ev := range events {
		rebuilt = session.Reduce(rebuilt, ev)
	}
	if rebuilt.PausedBlock != n || len(rebuilt.Alerts) != len(st.Alerts) || rebuilt.TotalDrained().Cmp(st.TotalDrained()) != 0 {
		t.Fatalf("journal replay: paused %d alerts %d drained %s", rebuilt.PausedBlock, len(rebuilt.Alerts), rebuilt.TotalDrained())
	}
}

func TestDrillWithoutPauseDrainsTheVault(t *testing.T) {
	d := startManual(t, false)
	stepTo(t, d, d.scenario.Length)
	st := d.session.State()
	// Depositors keep depositing, so a little is always coming in.
	if vaultBalance(t, d).Cmp(ether(10)) >= 0 {
		t.Fatalf("vault still holds %s after an unopposed attack", chain.FormatEther(vaultBalance(t, d), 3))
	}
	if st.TotalDrained().Cmp(ether(100)) < 0 {
		t.Fatalf("drained %s, want over 100 ETH", chain.FormatEther(st.TotalDrained(), 3))
	}
	if st.PausedBlock != 0 || len(st.Warnings) != 0 {
		t.Fatalf("paused %d warnings %v", st.PausedBlock, st.Warnings)
	}
	// Ordinary traffic ran all along without an alert: every alert is the attacker's.
	attacker := Key(roleAttacker).Address()
	for _, a := range st.Alerts {
		if a.From != attacker {
			t.Errorf("alert on ordinary traffic: block %d from %s: %v", a.Block, a.From.Hex(), a.Findings)
		}
	}
	// The first alert is the pre-attack one, at the attack contract's
	// deployment, blocks before the first attack transaction: a trainee who
	// pauses on it loses nothing.
	if len(st.Alerts) == 0 || st.FirstAttack == nil {
		t.Fatalf("%d alerts, first attack %v", len(st.Alerts), st.FirstAttack)
	}
	first, err := d.session.Evidence(&st.Alerts[0])
	if err != nil {
		t.Fatal(err)
	}
	if first.Top().Rule != chain.RulePreAttack || st.Alerts[0].Rule != chain.RulePreAttack || first.Block >= st.FirstAttack.Block {
		t.Fatalf("first alert %s (%s in the state) at block %d, first attack at %d", first.Top().Rule, st.Alerts[0].Rule, first.Block, st.FirstAttack.Block)
	}
	var attackTo *common.Address
	for _, a := range st.Alerts {
		if a.TxHash == st.FirstAttack.Tx {
			attackTo = a.To
		}
	}
	if f := first.Top(); f.Funder == nil || f.Funder.Address != Key(roleMixer).Address() || f.Actor == nil || attackTo == nil || f.Actor.Address != *attackTo {
		t.Fatalf("pre-attack finding %+v, first attack to %v", f, attackTo)
	}
	// No block skipped or processed twice.
	var blocks []uint64
	events, _ := session.OpenJournal(d.cfg.Journal)
	for _, ev := range events {
		if ev.Kind == session.KindBlock {
			var b chain.BlockInfo
			json.Unmarshal(ev.Data, &b)
			blocks = append(blocks, b.Number)
		}
	}
	for i := 1; i < len(blocks); i++ {
		if blocks[i] != blocks[i-1]+1 {
			t.Fatalf("blocks %d then %d", blocks[i-1], blocks[i])
		}
	}
	if len(blocks) < int(d.scenario.Length) {
		t.Fatalf("%d blocks journaled", len(blocks))
	}
}

func TestDrillAutoPause(t *testing.T) {
	d := startManual(t, true)
	stepTo(t, d, d.scenario.Length)
	// The breaker's confirmation is recorded when its receipt is seen.
	deadline := time.Now().Add(10 * time.Second)
	for st := d.session.State(); len(st.InFlight()) > 0 && time.Now().Before(deadline); st = d.session.State() {
		time.Sleep(10 * time.Millisecond)
	}
	st := d.session.State()
	if st.PausedBlock == 0 {
		t.Fatalf("auto-pause did not pause; warnings %v", st.Warnings)
	}
	if len(st.Actions) != 1 || !st.Actions[0].Auto || st.Actions[0].Status != session.ActionStatusConfirmed {
		t.Fatalf("actions %+v", st.Actions)
	}
	// One attack got through before the breaker tripped: 11 ETH.
	if want := ether(11); st.TotalDrained().Cmp(want) != 0 {
		t.Fatalf("drained %s, want 11 ETH", chain.FormatEther(st.TotalDrained(), 3))
	}
}

func TestUnknownScenario(t *testing.T) {
	_, err := Start(context.Background(), Config{Scenario: "flashloan", Journal: filepath.Join(t.TempDir(), "j")})
	if !errors.Is(err, ErrUnknownScenario) || !strings.Contains(err.Error(), "reentrancy") {
		t.Fatalf("err %v", err)
	}
}

// A drill that cannot start (its RPC port is taken) says why and leaves no
// empty journal behind.
func TestDrillStartFailureLeavesNoJournal(t *testing.T) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	journal := filepath.Join(t.TempDir(), "j.jsonl")
	_, err = Start(context.Background(), Config{Scenario: DefaultScenario, Journal: journal, RPCListen: l.Addr().String()})
	if err == nil {
		t.Fatal("started on a port already in use")
	}
	if !strings.Contains(err.Error(), l.Addr().String()) && !strings.Contains(err.Error(), "address already in use") {
		t.Errorf("error %q does not say the port is taken", err)
	}
	if _, statErr := os.Stat(journal); !os.IsNotExist(statErr) {
		t.Errorf("journal left behind: %v", statErr)
	}
}

// The session's state, reduced from the Go values it was handed, is the
// state the journal gives when read back: the same alerts with their
// evidence, the same protocol, the same figures.
func TestLiveStateIsTheJournalsState(t *testing.T) {
	d := startManual(t, true)
	stepTo(t, d, d.Scenario().Length)
	live := d.Session().State()
	if len(live.Alerts) == 0 || live.PausedBlock == 0 {
		t.Fatalf("the drill did not get far: %d alerts, paused at %d", len(live.Alerts), live.PausedBlock)
	}
	events, err := session.OpenJournal(d.Session().JournalPath())
	if err != nil {
		t.Fatal(err)
	}
	var read session.State
	for _, ev := range events {
		if ev.Seq <= live.Seq {
			read = session.Reduce(read, ev)
		}
	}
	a, _ := json.Marshal(live)
	b, _ := json.Marshal(read)
	if string(a) != string(b) {
		t.Errorf("the live state differs from the journal's:\nlive %.2000s\nread %.2000s", a, b)
	}
	// Each alert's evidence, read back by its offset while the session
	// runs, is its event's.
	for i := range live.Alerts {
		e := &live.Alerts[i]
		got, err := d.Session().Evidence(e)
		if err != nil {
			t.Fatalf("alert %d: %v", i, err)
		}
		want, err := session.AlertOf(&events[e.Seq-1])
		if err != nil {
			t.Fatal(err)
		}
		if g, w := mustJSON(t, got), mustJSON(t, want); g != w || len(want.Findings) == 0 {
			t.Fatalf("alert %d (event %d): read back\n%.500s\nwant\n%.500s", i, e.Seq, g, w)
		}
	}
}

func mustJSON(t *testing.T, v any) string {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}
