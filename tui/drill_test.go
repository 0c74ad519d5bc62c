package tui

import (
	"bytes"
	"context"
	"errors"
	"io"
	"path/filepath"
	"strconv"
	"sync"
	"testing"
	"time"

	"github.com/charmbracelet/x/exp/teatest"
	"github.com/ethereum/go-ethereum/common"

	"warroom/chain"
	"warroom/session"
	"warroom/session/drill"
	"warroom/themes"
)

// TestConsoleDrivesDrillToPause runs the console on a real drill (embedded
// chain, deployed protocol, scripted attacker), stepped block by block, and
// pauses it the way a responder does: p, read the dialog, y.
func TestConsoleDrivesDrillToPause(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	d, err := drill.Start(ctx, drill.Config{Scenario: drill.DefaultScenario, Journal: filepath.Join(t.TempDir(), "j.jsonl")})
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close("test over")

	app := New(Options{Session: d.Session(), Responder: d.Responder(), Theme: themes.Mono(), Title: "drill · reentrancy"})
	tm := teatest.NewTestModel(t, app, teatest.WithInitialTermSize(160, 48))
	// The renderer redraws only changed lines, and reading the output
	// consumes it, so everything drawn so far is kept to search in.
	var (
		mu    sync.Mutex
		drawn []byte
	)
	go func() {
		buf := make([]byte, 64<<10)
		for {
			n, err := tm.Output().Read(buf)
			mu.Lock()
			drawn = append(drawn, buf[:n]...)
			mu.Unlock()
			if err != nil && !errors.Is(err, io.EOF) {
				return
			}
			if n == 0 {
				time.Sleep(2 * time.Millisecond)
			}
		}
	}()
	waitFor := func(what string) {
		t.Helper()
		deadline := time.Now().Add(20 * time.Second)
		for {
			mu.Lock()
			found := bytes.Contains(drawn, []byte(what))
			mu.Unlock()
			if found {
				return
			}
			if time.Now().After(deadline) {
				t.Fatalf("the console never showed %q", what)
			}
			time.Sleep(5 * time.Millisecond)
		}
	}

	// Blocks go by until the attacker's first drain is on screen.
	for {
		if _, err := d.Step(ctx); err != nil {
			t.Fatal(err)
		}
		st := d.Session().State()
		if len(st.Alerts) > 0 && st.Alerts[len(st.Alerts)-1].Severity == chain.Critical {
			break
		}
		if st.Head.Number > d.StartBlock()+d.Scenario().Length {
			t.Fatal("the script ended without a critical alert")
		}
	}
	waitFor("CRIT")
	waitFor("reentrancy")

	// p: the dialog shows the exact transaction before anything is sent.
	tm.Send(keyMsg("p"))
	waitFor("sign and send 1 transaction")
	waitFor(d.Deployment().Vault.Hex())
	waitFor("pause()")
	if st := d.Session().State(); len(st.Actions) != 0 {
		t.Fatalf("an action was recorded before y: %+v", st.Actions)
	}

	// y: sent and recorded; the next block mines it.
	seq := d.Session().State().Seq
	tm.Send(keyMsg("y"))
	deadline := time.Now().Add(10 * time.Second)
	for st := d.Session().State(); len(st.Actions) == 0 || st.Actions[0].Submitted == 0; st = d.Session().State() {
		if time.Now().After(deadline) {
			t.Fatalf("the pause was not submitted after y (seq %d → %d)", seq, st.Seq)
		}
		time.Sleep(5 * time.Millisecond)
	}
	waitFor("pending")
	n, err := d.Step(ctx)
	if err != nil {
		t.Fatal(err)
	}
	waitFor("confirmed in block " + strconv.FormatUint(n, 10))
	waitFor("PAUSED")
	waitFor("paused() is true at block " + strconv.FormatUint(n, 10))

	st := d.Session().State()
	if st.PausedBlock != n || st.Actions[0].Status != session.ActionStatusConfirmed || st.Actions[0].Auto {
		t.Fatalf("paused block %d, action %+v; want a responder's pause in block %d", st.PausedBlock, st.Actions[0], n)
	}
	// The attacker's next try fails and shows as a failed attempt.
	for i := 0; i < 3; i++ {
		if _, err := d.Step(ctx); err != nil {
			t.Fatal(err)
		}
	}
	waitFor("✗ reverted")
	if err := tm.Quit(); err != nil {
		t.Fatal(err)
	}
	tm.WaitFinished(t, teatest.WithFinalTimeout(5*time.Second))
}

// drawnOutput keeps everything the program has drawn, to search in: the
// renderer redraws only changed lines, and reading the output consumes it.
type drawnOutput struct {
	mu    sync.Mutex
	drawn []byte
}

func watchOutput(tm *teatest.TestModel) *drawnOutput {
	o := &drawnOutput{}
	go func() {
		buf := make([]byte, 64<<10)
		for {
			n, err := tm.Output().Read(buf)
			o.mu.Lock()
			o.drawn = append(o.drawn, buf[:n]...)
			o.mu.Unlock()
			if err != nil && !errors.Is(err, io.EOF) {
				return
			}
			if n == 0 {
				time.Sleep(2 * time.Millisecond)
			}
		}
	}()
	return o
}

func (o *drawnOutput) shown(what string) bool {
	o.mu.Lock()
	defer o.mu.Unlock()
	return bytes.Contains(o.drawn, []byte(what))
}

// TestConsoleDrivesDrillToFix runs the console on a real drill through
// the whole first half of a fix, the way a trainee does: the attack, the
// pause, then u, VaultV2, the checks, the deployment confirmed with y, and
// the proposal. The chain and the journal must agree with the screen.
func TestConsoleDrivesDrillToFix(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	d, err := drill.Start(ctx, drill.Config{Scenario: drill.DefaultScenario, Journal: filepath.Join(t.TempDir(), "j.jsonl")})
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close("test over")

	app := New(Options{Session: d.Session(), Responder: d.Responder(), Theme: themes.Mono(), Title: "drill · reentrancy"})
	tm := teatest.NewTestModel(t, app, teatest.WithInitialTermSize(160, 48))
	out := watchOutput(tm)
	// waitFor waits until the console has drawn what, sealing a block at
	// every look when step is set (a transaction in flight needs blocks).
	waitFor := func(step bool, what string) {
		t.Helper()
		deadline := time.Now().Add(30 * time.Second)
		for !out.shown(what) {
			if time.Now().After(deadline) {
				t.Fatalf("the console never showed %q", what)
			}
			if step {
				if _, err := d.Step(ctx); err != nil {
					t.Fatal(err)
				}
			}
			time.Sleep(10 * time.Millisecond)
		}
	}

	// The attack, until a drain is on screen.
	for {
		if _, err := d.Step(ctx); err != nil {
			t.Fatal(err)
		}
		st := d.Session().State()
		if len(st.Alerts) > 0 && st.Alerts[len(st.Alerts)-1].Severity == chain.Critical {
			break
		}
		if st.Head.Number > d.StartBlock()+d.Scenario().Length {
			t.Fatal("the script ended without a critical alert")
		}
	}
	waitFor(false, "CRIT")

	// The pause.
	tm.Send(keyMsg("p"))
	waitFor(false, "sign and send 1 transaction")
	tm.Send(keyMsg("y"))
	waitFor(true, "PAUSED")
	if d.Session().State().PausedBlock == 0 {
		t.Fatal("the vault did not pause")
	}

	// u: the one watched proxy, preselected; VaultV2; no initializer.
	tm.Send(keyMsg("u"))
	waitFor(false, "Which proxy gets a new implementation?")
	waitFor(false, "▸ Vault  "+d.Deployment().Vault.Hex())
	tm.Send(keyMsg("enter"))
	waitFor(false, "Which implementation should Vault run?")
	tm.Send(keyMsg("enter"))
	waitFor(false, "The initializer upgradeToAndCall runs")
	tm.Send(keyMsg("enter"))
	waitFor(false, "✓ READY: every check passed")
	waitFor(false, "Storage layout  ✓ SAFE")
	waitFor(false, "Shadow test  ✓ PASSED")
	st := d.Session().State()
	if len(st.Upgrades) != 1 || st.Upgrades[0].Layout == nil || st.Upgrades[0].Shadow == nil || !st.Upgrades[0].Shadow.Pass {
		t.Fatalf("the checks are not in the journal: %+v", st.Upgrades)
	}
	newImpl := st.Upgrades[0].Shadow.New
	if code, err := d.Client().CodeAt(ctx, newImpl, nil); err != nil || len(code) != 0 {
		t.Fatalf("code at %s before the deployment: %d bytes, %v", newImpl.Hex(), len(code), err)
	}

	// d: the deployment in the confirm dialog, y sends it, blocks mine it.
	tm.Send(keyMsg("d"))
	waitFor(false, "Deploy — sign and send 1 transaction?")
	waitFor(false, "contract at "+newImpl.Hex())
	if len(d.Session().State().Actions) != 1 {
		t.Fatal("the deployment was recorded before y")
	}
	tm.Send(keyMsg("y"))
	waitFor(true, "✓ deployed in block ")
	var deployed session.Action
	for _, a := range d.Session().State().Actions {
		if a.Action == session.ActionDeploy {
			deployed = a
		}
	}
	if deployed.Status != session.ActionStatusConfirmed {
		t.Fatalf("deployment action %+v", deployed)
	}
	waitFor(false, "✓ deployed in block "+strconv.FormatUint(deployed.Block, 10))
	if code, err := d.Client().CodeAt(ctx, newImpl, nil); err != nil || len(code) == 0 {
		t.Fatalf("no code at %s after the deployment: %v", newImpl.Hex(), err)
	}

	// c: the proposal.
	tm.Send(keyMsg("c"))
	waitFor(false, "composed and journaled as upgrade.composed")
	st = d.Session().State()
	u := st.Upgrades[0].Composed
	if u == nil || u.New != newImpl || u.Proposal.Proxy != d.Deployment().Vault || u.Proposal.Schedule.Safe != d.Deployment().Safe {
		t.Fatalf("composed %+v", u)
	}
	waitFor(false, u.Proposal.OperationID.Hex())
	waitFor(false, u.Proposal.Schedule.SafeTxHash.Hex())
	if impl, err := d.Client().StorageAt(ctx, d.Deployment().Vault, chain.ImplementationSlot, nil); err != nil || common.BytesToAddress(impl) != d.Deployment().Implementation {
		t.Fatalf("composing changed the implementation slot: %x, %v", impl, err)
	}

	// esc: the checklist ticked the fix's steps from the journal.
	tm.Send(keyMsg("esc"))
	waitFor(false, "[x]  6 Fix upgrade composed")
	waitFor(false, "[x]  7 Storage layout compatible")
	waitFor(false, "[x]  8 Shadow test passed")
	if err := tm.Quit(); err != nil {
		t.Fatal(err)
	}
	tm.WaitFinished(t, teatest.WithFinalTimeout(5*time.Second))
}
