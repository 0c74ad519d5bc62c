package tui

import (
	"context"
	"math/big"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/exp/teatest"
	"github.com/ethereum/go-ethereum/common"

	"warroom/chain"
	"warroom/session"
	"warroom/session/drill"
	"warroom/themes"
)

var txSpeedUp = common.HexToHash("0xb2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f0133")

// pendingEvents continue attackEvents: the pause is sent at block 122 and
// still not mined at block 133.
func pendingEvents(tb testing.TB) *events {
	e := attackEvents(tb)
	plan := pausePlan()
	e.add(62*time.Second, session.KindActionRequested, session.ActionRequested{ID: plan.ID, Action: plan.Action, Txs: plan.Txs})
	e.add(62*time.Second+500*time.Millisecond, session.KindActionSubmitted, session.ActionSubmitted{ID: plan.ID, TxHash: txPause})
	e.block(66 * time.Second)
	return e
}

// speedUpPlan is what PlanSpeedUp would return for pendingEvents.
func speedUpPlan() *session.Plan {
	old := pausePlan().Txs[0]
	rep := old
	rep.MaxTip, rep.MaxFee = big.NewInt(2_000_000_000), big.NewInt(3_000_000_014)
	rep.Hash = txSpeedUp
	return &session.Plan{ID: "speedup-1", Action: session.ActionSpeedUp, SpeedsUp: "pause-1",
		Reason:   "pause-1 is pending for 11 blocks (sent at block 122)",
		Txs:      []chain.TxPlan{rep},
		Replaces: []session.ActionReplaced{{TxHash: old.Hash, Nonce: old.Nonce, MaxFee: old.MaxFee, MaxTip: old.MaxTip}}}
}

// speedUpFake is the fake backend with the responder's speed-up.
type speedUpFake struct {
	*fakeBackend
	mu    sync.Mutex
	asked []string
	plan  *session.Plan
	err   error
}

func (f *speedUpFake) PlanSpeedUp(_ context.Context, id string) (*session.Plan, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.asked = append(f.asked, id)
	return f.plan, f.err
}

func newSpeedUpApp(t *testing.T, s session.State) (*App, *speedUpFake) {
	t.Helper()
	fb := &speedUpFake{fakeBackend: newFake(s), plan: speedUpPlan()}
	a := New(Options{Session: fb, Responder: fb, Theme: themes.Mono(), Title: "drill · reentrancy", Now: fixedNow})
	a.Update(tea.WindowSizeMsg{Width: 160, Height: 48})
	return a, fb
}

// While a pause is pending, the status line says for how many blocks and
// names the key; the key opens the confirm dialog with the replacement
// (same nonce, old → new fees, its max cost) and y sends exactly it.
func TestSpeedUpKeyConfirmsAndSends(t *testing.T) {
	a, fb := newSpeedUpApp(t, pendingEvents(t).state())
	send(t, a, pendingTickMsg{})
	if got, want := a.Status(), "pause-1 pending for 11 blocks · f speeds it up (raises the fee)"; got != want {
		t.Errorf("status while pending = %q, want %q", got, want)
	}
	press(t, a, "p")
	if got := a.Status(); !strings.Contains(got, "already sent, not mined yet: pause-1 pending for 11 blocks · f speeds it up") || fb.planned != 0 {
		t.Errorf("p while the pause is pending: %q, %d plans", got, fb.planned)
	}

	press(t, a, "f")
	if len(fb.asked) != 1 || fb.asked[0] != "pause-1" {
		t.Fatalf("PlanSpeedUp asked for %v, want pause-1", fb.asked)
	}
	if len(a.overlays) != 1 {
		t.Fatalf("no confirm dialog; status %q", a.Status())
	}
	screen := a.View()
	checkScreen(t, screen, 160, 48)
	for _, want := range []string{
		"Speed up pause-1 — sign and send 1 replacement?",
		"replaces", txPause.Hex(), "the same nonce 3: one of the two is mined, never both",
		"nonce         3",
		"2.000000014 gwei → 3.000000014 gwei per gas",
		"1 gwei → 2 gwei per gas",
		"max cost", txSpeedUp.Hex(),
		"y sign and send",
	} {
		if !strings.Contains(screen, want) {
			t.Errorf("the dialog lacks %q:\n%s", want, screen)
		}
	}
	if !strings.Contains(a.Status(), "review the speed-up of pause-1: y signs and sends the replacement") {
		t.Errorf("status = %q", a.Status())
	}
	press(t, a, "y")
	if len(fb.executed) != 1 || fb.executed[0] != fb.plan {
		t.Fatalf("Execute got %v, want exactly the speed-up shown", fb.executed)
	}
	if got := a.Status(); !strings.Contains(got, "speedup-1 done") {
		t.Errorf("status after Execute = %q", got)
	}
}

// Any other key cancels the speed-up; with nothing pending the key says so
// and asks nothing; a refusal from the responder is said calmly.
func TestSpeedUpCancelAndRefusals(t *testing.T) {
	a, fb := newSpeedUpApp(t, pendingEvents(t).state())
	press(t, a, "f", "n")
	if len(fb.executed) != 0 || len(a.overlays) != 0 || !strings.Contains(a.Status(), "speedup-1 cancelled: nothing was sent") {
		t.Errorf("n: %d executed, %d overlays, status %q", len(fb.executed), len(a.overlays), a.Status())
	}

	fb.plan, fb.err = nil, refusal{session.ErrNothingToSpeedUp, "speed up pause-1: nothing to speed up: it is already mined"}
	press(t, a, "f")
	if got := a.Status(); got != "speed up pause-1: nothing to speed up: it is already mined" || len(a.overlays) != 0 {
		t.Errorf("refused: status %q, %d overlays", got, len(a.overlays))
	}

	a, fb = newSpeedUpApp(t, fullEvents(t).state())
	press(t, a, "f")
	if got := a.Status(); got != "nothing to speed up: pause-1 is mined (block 132)" || len(fb.asked) != 0 {
		t.Errorf("mined pause: status %q, asked %v", got, fb.asked)
	}
	a, fb = newSpeedUpApp(t, attackEvents(t).state())
	press(t, a, "f")
	if got := a.Status(); got != "nothing to speed up: no pause is sent (p pauses)" || len(fb.asked) != 0 {
		t.Errorf("no pause: status %q, asked %v", got, fb.asked)
	}
}

// refusal is an error that Is sentinel and reads as text.
type refusal struct {
	sentinel error
	text     string
}

func (e refusal) Error() string { return e.text }
func (e refusal) Unwrap() error { return e.sentinel }

// pendingNote is a pure function of the action and the head.
func TestPendingNote(t *testing.T) {
	k := DefaultKeyMap()
	pending := session.Action{Status: session.ActionStatusPending, Submitted: 1, PendingSince: 10}
	pending.ID = "pause-2"
	for _, c := range []struct {
		name   string
		a      session.Action
		head   uint64
		spedUp int
		want   string
	}{
		{"just sent", pending, 10, 0, "pause-2 pending · f speeds it up (raises the fee)"},
		{"one block", pending, 11, 0, "pause-2 pending for 1 block · f speeds it up (raises the fee)"},
		{"sped up", pending, 14, 1, "pause-2 pending for 4 blocks (sped up once) · f speeds it up (raises the fee)"},
		{"twice", pending, 14, 2, "pause-2 pending for 4 blocks (sped up 2 times) · f speeds it up (raises the fee)"},
		{"mined", session.Action{Status: session.ActionStatusConfirmed, Submitted: 1, Confirmed: 1}, 14, 0, ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			c.a.SpedUp = c.spedUp
			if got := pendingNote(k, &c.a, c.head); got != c.want {
				t.Errorf("got %q, want %q", got, c.want)
			}
		})
	}
}

// TestConsoleSpeedsUpDrillPause runs the console on a real drill, stepped
// block by block: the pause is sent and sits in the pool; f shows its
// replacement at the same nonce with the doubled tip, y sends it, and the
// next block mines the replacement, not the original.
func TestConsoleSpeedsUpDrillPause(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	d, err := drill.Start(ctx, drill.Config{Scenario: drill.DefaultScenario, Journal: filepath.Join(t.TempDir(), "j.jsonl")})
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close("test over")
	app := New(Options{Session: d.Session(), Responder: d.Responder(), Theme: themes.Mono(), Title: "drill · reentrancy"})
	tm := teatest.NewTestModel(t, app, teatest.WithInitialTermSize(160, 48))
	out := watchOutput(tm)
	waitFor := func(what string) {
		t.Helper()
		deadline := time.Now().Add(20 * time.Second)
		for !out.shown(what) {
			if time.Now().After(deadline) {
				t.Fatalf("the console never showed %q", what)
			}
			time.Sleep(5 * time.Millisecond)
		}
	}
	until := func(what string, ok func(session.State) bool) session.State {
		t.Helper()
		deadline := time.Now().Add(20 * time.Second)
		for {
			st := d.Session().State()
			if ok(st) {
				return st
			}
			if time.Now().After(deadline) {
				t.Fatalf("never %s: actions %+v", what, st.Actions)
			}
			time.Sleep(5 * time.Millisecond)
		}
	}
	for range 3 {
		if _, err := d.Step(ctx); err != nil {
			t.Fatal(err)
		}
	}

	tm.Send(keyMsg("p"))
	waitFor("sign and send 1 transaction")
	tm.Send(keyMsg("y"))
	st := until("submitted the pause", func(st session.State) bool { return len(st.Actions) == 1 && st.Actions[0].Unmined() })
	pause := st.Actions[0].Txs[0]
	waitFor("pending: 1/1 sent") // the console's snapshot has it too

	tm.Send(keyMsg("f"))
	waitFor("Speed up pause-1")
	waitFor("sign and send 1 replacement?")
	waitFor(pause.Hash.Hex())
	waitFor(chain.FormatGwei(pause.MaxTip) + " → ")
	if st := d.Session().State(); st.Actions[0].SpedUp != 0 || len(st.Actions[0].SpeedUps) != 0 {
		t.Fatalf("something was recorded before y: %+v", st.Actions[0])
	}
	tm.Send(keyMsg("y"))
	st = until("sent the replacement", func(st session.State) bool { return st.Actions[0].SpedUp == 1 })
	rep := st.Actions[0].SpeedUps[0].Txs[0]
	if rep.Nonce != pause.Nonce || rep.MaxTip.Cmp(new(big.Int).Mul(pause.MaxTip, big.NewInt(2))) < 0 || st.Actions[0].TxHash != rep.Hash {
		t.Fatalf("replacement %+v of %+v", rep, pause)
	}
	n, err := d.Step(ctx)
	if err != nil {
		t.Fatal(err)
	}
	st = until("confirmed the pause", func(st session.State) bool { return st.Actions[0].Status == session.ActionStatusConfirmed })
	if a := st.Actions[0]; a.TxHash != rep.Hash || a.Block != n || a.Confirmed != 1 {
		t.Fatalf("action %+v: want the replacement %s mined in block %d", a, rep.Hash.Hex(), n)
	}
	waitFor("confirmed in block")
	waitFor("done: every transaction mined") // the pause's Execute or the speed-up's, whichever ends last
	if err := tm.Quit(); err != nil {
		t.Fatal(err)
	}
	tm.WaitFinished(t, teatest.WithFinalTimeout(5*time.Second))
}
