package drill

import (
	"context"
	"encoding/json"
	"errors"
	"math/big"
	"net"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/crypto"

	"warroom/chain"
	"warroom/session"
)

// startManual starts a drill without a block clock, to be stepped.
func startManual(t *testing.T, autoPause bool) *Drill {
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

func stepTo(t *testing.T, d *Drill, k uint64) {
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
	b, err := d.Chain.Client().BalanceAt(context.Background(), d.Deployment.Vault, nil)
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
	stepTo(t, d, d.Scenario.AttackFrom)
	st := d.Session.State()
	var attack *chain.Alert
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
	plan, err := d.Session.PlanPause(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(plan.Txs) != 1 || plan.Txs[0].To != d.Deployment.Vault || plan.Txs[0].Call.Signature != "pause()" ||
		plan.Txs[0].Signer != chain.DrillKey(roleGuardian).Address() {
		t.Fatalf("pause plan %+v", plan.Txs)
	}
	done := make(chan error, 1)
	go func() { done <- d.Session.Execute(ctx, plan) }()
	// Seal only once the pause is in the pool (action.submitted).
	for s := d.Session.State(); len(s.Actions) == 0 || s.Actions[0].Submitted == 0; s = d.Session.State() {
		time.Sleep(time.Millisecond)
	}
	n, err := d.Step(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	st = d.Session.State()
	a, ok := st.Action(plan.ID)
	if !ok || a.Status != session.ActionStatusConfirmed || a.Block != n {
		t.Fatalf("action %+v, want confirmed in block %d", a, n)
	}
	if st.PausedBlock != n || !st.Steps[session.StepPaused-1].Done || st.Steps[session.StepPaused-1].Block != n {
		t.Fatalf("paused block %d, step %+v; want block %d", st.PausedBlock, st.Steps[session.StepPaused-1], n)
	}

	// The attacker keeps trying: every attempt reverts and nothing more is drained.
	before := vaultBalance(t, d)
	stepTo(t, d, d.Scenario.Length)
	st = d.Session.State()
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
	stepTo(t, d, d.Scenario.Length)
	st := d.Session.State()
	// Depositors keep depositing, so a little is always coming in.
	if vaultBalance(t, d).Cmp(new(big.Int).Mul(big.NewInt(10), ether)) >= 0 {
		t.Fatalf("vault still holds %s after an unopposed attack", chain.FormatEther(vaultBalance(t, d), 3))
	}
	if st.TotalDrained().Cmp(new(big.Int).Mul(big.NewInt(100), ether)) < 0 {
		t.Fatalf("drained %s, want over 100 ETH", chain.FormatEther(st.TotalDrained(), 3))
	}
	if st.PausedBlock != 0 || len(st.Warnings) != 0 {
		t.Fatalf("paused %d warnings %v", st.PausedBlock, st.Warnings)
	}
	// Ordinary traffic ran all along without an alert: every alert is the attacker's.
	attacker := chain.DrillKey(roleAttacker).Address()
	for _, a := range st.Alerts {
		if a.From != attacker {
			t.Errorf("alert on ordinary traffic: block %d from %s: %v", a.Block, a.From.Hex(), a.Findings)
		}
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
	if len(blocks) < int(d.Scenario.Length) {
		t.Fatalf("%d blocks journaled", len(blocks))
	}
}

func TestDrillAutoPause(t *testing.T) {
	d := startManual(t, true)
	stepTo(t, d, d.Scenario.Length)
	// The breaker's confirmation is recorded when its receipt is seen.
	deadline := time.Now().Add(10 * time.Second)
	for st := d.Session.State(); len(st.InFlight()) > 0 && time.Now().Before(deadline); st = d.Session.State() {
		time.Sleep(10 * time.Millisecond)
	}
	st := d.Session.State()
	if st.PausedBlock == 0 {
		t.Fatalf("auto-pause did not pause; warnings %v", st.Warnings)
	}
	if len(st.Actions) != 1 || !st.Actions[0].Auto || st.Actions[0].Status != session.ActionStatusConfirmed {
		t.Fatalf("actions %+v", st.Actions)
	}
	// One attack got through before the breaker tripped: 11 ETH.
	if want := new(big.Int).Mul(big.NewInt(11), ether); st.TotalDrained().Cmp(want) != 0 {
		t.Fatalf("drained %s, want 11 ETH", chain.FormatEther(st.TotalDrained(), 3))
	}
}

func TestUnknownScenario(t *testing.T) {
	_, err := Start(context.Background(), Config{Scenario: "flashloan", Journal: filepath.Join(t.TempDir(), "j")})
	if !errors.Is(err, ErrUnknownScenario) || !strings.Contains(err.Error(), "reentrancy") {
		t.Fatalf("err %v", err)
	}
}

// BenchmarkSealToAlert measures the time from a block being sealed on the
// embedded chain to its alert being in the session state.
func BenchmarkSealToAlert(b *testing.B) {
	d, err := Start(context.Background(), Config{Scenario: DefaultScenario, Journal: filepath.Join(b.TempDir(), "j.jsonl")})
	if err != nil {
		b.Fatal(err)
	}
	defer d.Close("benchmark over")
	ctx := context.Background()
	c := d.Chain.Client()
	chainID, _ := c.ChainID(ctx)
	guardian := chain.NewAccount(c, chain.DrillKey(roleGuardian), chainID)
	sel := func(sig string) []byte { return crypto.Keccak256([]byte(sig))[:4] }
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		// Each pause or unpause is a privileged call: one alert per block.
		data := sel("pause()")
		if i%2 == 1 {
			data = sel("unpause()")
		}
		if _, err := guardian.Send(ctx, &d.Deployment.Vault, data, nil, 200_000); err != nil {
			b.Fatal(err)
		}
		want := len(d.Session.State().Alerts) + 1
		n := d.Chain.Commit() // sealed
		b.StartTimer()
		for len(d.Session.State().Alerts) < want {
			runtime.Gosched()
		}
		b.StopTimer()
		if err := d.WaitProcessed(ctx, n); err != nil {
			b.Fatal(err)
		}
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
