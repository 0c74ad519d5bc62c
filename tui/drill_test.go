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
