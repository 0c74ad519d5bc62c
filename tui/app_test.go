package tui

import (
	"errors"
	"maps"
	"math/big"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/ethereum/go-ethereum/common"
	"github.com/muesli/termenv"

	"warroom/chain"
	"warroom/session"
	"warroom/themes"
)

func TestFocusCycling(t *testing.T) {
	a, _ := newApp(t, fullEvents(t).state())
	if a.focus != paneAlerts || !a.alerts.Focused() {
		t.Fatalf("initial focus = %d, want the transactions pane", a.focus)
	}
	want := []int{paneChecklist, paneProtocol, paneAlerts}
	for i, w := range want {
		press(t, a, "tab")
		if a.focus != w {
			t.Fatalf("after %d tabs focus = %d, want %d", i+1, a.focus, w)
		}
		for j, p := range a.panes {
			if p.Focused() != (j == w) {
				t.Errorf("after %d tabs pane %s focused = %v", i+1, p.Title(), p.Focused())
			}
		}
	}
	press(t, a, "shift+tab")
	if a.focus != paneProtocol {
		t.Errorf("shift+tab from transactions: focus = %d, want protocol", a.focus)
	}
	// The focused pane is drawn with the heavy border, the others are not.
	screen := a.View()
	if !strings.Contains(screen, "┏━  Protocol") {
		t.Errorf("focused protocol pane lacks the heavy border:\n%s", screen)
	}
	if strings.Contains(screen, "┏━  Suspicious") {
		t.Error("unfocused transactions pane still has the heavy border")
	}
}

func TestCursorMovement(t *testing.T) {
	a, _ := newApp(t, fullEvents(t).state())
	blocks := func() uint64 { return a.alerts.Selected().Block }
	if got := blocks(); got != 132 {
		t.Fatalf("initial selection is block %d, want the newest (132)", got)
	}
	press(t, a, "j", "down")
	if got := blocks(); got != 118 {
		t.Errorf("after j, down: block %d, want 118", got)
	}
	press(t, a, "k")
	if got := blocks(); got != 122 {
		t.Errorf("after k: block %d, want 122", got)
	}
	press(t, a, "G")
	if got := blocks(); got != 112 {
		t.Errorf("after G: block %d, want the oldest (112)", got)
	}
	press(t, a, "j", "j")
	if got := blocks(); got != 112 {
		t.Errorf("moving past the oldest: block %d, want 112", got)
	}
	press(t, a, "g", "k")
	if got := blocks(); got != 132 {
		t.Errorf("moving above the newest: block %d, want 132", got)
	}
}

func TestNewAlertKeepsCursor(t *testing.T) {
	e := fullEvents(t)
	a, fb := newApp(t, e.state())
	newAlert := func(block uint64) {
		e.add(100*time.Second, session.KindAlert, chain.Alert{
			Block: block, Time: t0.Add(100 * time.Second), TxHash: common.BigToHash(new(big.Int).SetUint64(block)),
			ContractName: "Vault", Method: "withdraw", Severity: chain.High, Outflow: eth(2),
			Findings: []chain.Finding{{Rule: "outflow", Severity: chain.High, Contract: vaultParty, Amount: eth(2), Held: eth(20), ShareBps: 1000, LimitBps: 500}},
		})
		fb.setState(e.state())
		a.Update(stateChangedMsg{}) // the re-issued wait is not run
	}
	// At the top, the cursor follows the newest alert.
	newAlert(150)
	if got := a.alerts.Selected().Block; got != 150 {
		t.Errorf("cursor at top: selection is block %d after a new alert, want 150", got)
	}
	// Elsewhere, the selection stays on the alert the responder was reading.
	press(t, a, "j", "j")
	before := a.alerts.Selected().TxHash
	newAlert(151)
	if got := a.alerts.Selected().TxHash; got != before {
		t.Errorf("selection moved from %s to %s when an alert arrived", before, got)
	}
	if a.alerts.Cursor() != 3 {
		t.Errorf("cursor = %d, want 3 (two rows down, one new alert above)", a.alerts.Cursor())
	}
}

// The evidence behind an alert is read from the journal when enter opens
// it; a journal that cannot give it back says so on the status line and
// opens nothing, acknowledges nothing.
func TestEnterOnUnreadableEvidence(t *testing.T) {
	st := fullEvents(t).state()
	st.Alerts = slices.Clone(st.Alerts)
	st.Alerts[len(st.Alerts)-1].Offset = -1 // no line there
	a, fb := newApp(t, st)
	press(t, a, "enter")
	if len(a.overlays) != 0 || len(fb.acked) != 0 {
		t.Fatalf("%d overlays, acknowledged %v: want neither", len(a.overlays), fb.acked)
	}
	if got := a.Status(); !strings.Contains(got, "cannot be read from the journal") || !strings.Contains(got, "offset -1") {
		t.Errorf("status %q, want the journal read's failure", got)
	}
}

func TestEnterOpensDetailAndAcknowledges(t *testing.T) {
	a, fb := newApp(t, fullEvents(t).state())
	press(t, a, "j", "j", "j") // block 115, the 27 ETH drain
	press(t, a, "enter")
	if len(a.overlays) != 1 {
		t.Fatalf("enter opened %d overlays, want the detail", len(a.overlays))
	}
	if len(fb.acked) != 1 || fb.acked[0] != txDrain1 {
		t.Errorf("Acknowledge calls = %v, want [%s]", fb.acked, txDrain1.Hex())
	}
	screen := a.View()
	checkScreen(t, screen, 160, 48)
	for _, want := range []string{txDrain1.Hex(), "Findings (2)", "attack(uint256)", "⟲ RE-ENTRY", "Vault.Withdrawn"} {
		if !strings.Contains(screen, want) {
			t.Errorf("detail lacks %q", want)
		}
	}
	press(t, a, "pgdown", "pgdown", "pgdown")
	if screen := a.View(); !strings.Contains(screen, "−27.000000 ETH") || !strings.Contains(screen, "Balance changes") {
		t.Errorf("scrolled detail lacks the balance change:\n%s", screen)
	}
	press(t, a, "esc")
	if len(a.overlays) != 0 {
		t.Error("esc did not close the detail")
	}
}

func TestPauseConfirmExecute(t *testing.T) {
	a, fb := newApp(t, attackEvents(t).state())
	_, cmd := a.Update(keyMsg("p"))
	if got := a.Status(); got != "preparing pause…" {
		t.Errorf("status while planning = %q", got)
	}
	if !strings.Contains(a.View(), "preparing pause…") {
		t.Error("the screen does not say the pause is being prepared")
	}
	runCmds(a, cmd)
	if fb.planned != 1 {
		t.Fatalf("PlanPause called %d times, want 1", fb.planned)
	}
	if len(a.overlays) != 1 {
		t.Fatalf("no confirm dialog after the plan arrived")
	}
	if !strings.Contains(a.View(), "Pause — sign and send 1 transaction?") {
		t.Error("confirm dialog title missing")
	}
	press(t, a, "y")
	if len(fb.executed) != 1 || fb.executed[0] != fb.plan {
		t.Fatalf("Execute got %v, want exactly the plan shown", fb.executed)
	}
	if len(a.overlays) != 0 {
		t.Error("confirm dialog still open after y")
	}
	if got := a.Status(); !strings.Contains(got, "pause-1 done") {
		t.Errorf("status after Execute = %q", got)
	}
}

func TestPauseCancelSendsNothing(t *testing.T) {
	for _, k := range []string{"n", "esc", "enter", "Y", "q", "space"} {
		t.Run(k, func(t *testing.T) {
			a, fb := newApp(t, attackEvents(t).state())
			press(t, a, "p")
			if len(a.overlays) != 1 {
				t.Fatal("no confirm dialog")
			}
			quit := press(t, a, k)
			if len(fb.executed) != 0 {
				t.Errorf("key %q sent the plan", k)
			}
			if quit {
				t.Errorf("key %q quit the program from the dialog", k)
			}
			if len(a.overlays) != 0 {
				t.Errorf("key %q left the dialog open", k)
			}
			if !strings.Contains(a.Status(), "cancelled") {
				t.Errorf("status = %q, want it to say cancelled", a.Status())
			}
		})
	}
}

func TestPlanPauseErrorInStatus(t *testing.T) {
	a, fb := newApp(t, attackEvents(t).state())
	fb.planErr = errors.New("pause: no guardian key: this session cannot pause")
	press(t, a, "p")
	if len(a.overlays) != 0 {
		t.Error("a dialog opened despite the error")
	}
	want := "error: pause not prepared: pause: no guardian key: this session cannot pause"
	if got := a.Status(); got != want {
		t.Errorf("status = %q, want %q", got, want)
	}
	if !strings.Contains(a.View(), want) {
		t.Error("the error is not on screen")
	}
}

func TestExecuteErrorInStatus(t *testing.T) {
	a, fb := newApp(t, attackEvents(t).state())
	fb.execErr = errors.New("pause transaction 0xa1b2 reverted in block 133")
	press(t, a, "p", "y")
	if got := a.Status(); !strings.HasPrefix(got, "error: pause-1 failed: ") {
		t.Errorf("status = %q", got)
	}
}

func TestAbandonedPlanIsDropped(t *testing.T) {
	a, fb := newApp(t, attackEvents(t).state())
	_, cmd := a.Update(keyMsg("p"))
	press(t, a, "esc") // abandon while PlanPause runs
	runCmds(a, cmd)    // its answer arrives late
	if fb.planned != 1 {
		t.Fatalf("PlanPause called %d times", fb.planned)
	}
	if len(a.overlays) != 0 {
		t.Error("a stale plan opened the confirm dialog")
	}
}

func TestPlanWaitsForOpenNote(t *testing.T) {
	a, fb := newApp(t, attackEvents(t).state())
	_, cmd := a.Update(keyMsg("p"))
	press(t, a, "n") // start a note while the plan is prepared
	runCmds(a, cmd)
	if len(a.overlays) != 0 {
		t.Fatal("the confirm dialog opened under the responder's typing")
	}
	if got, want := a.Status(), "pause ready to review: it opens when you finish the note (enter or esc)"; got != want {
		t.Errorf("status = %q, want %q", got, want)
	}
	press(t, a, "y", "e", "s", "enter") // "yes" is note text, not a confirmation
	if len(fb.executed) != 0 {
		t.Fatal("typing a note sent the plan")
	}
	if len(fb.notes) != 1 || fb.notes[0] != "0:yes" {
		t.Errorf("notes = %v, want [0:yes]", fb.notes)
	}
	if len(a.overlays) != 1 {
		t.Error("the deferred confirm dialog did not open after the note")
	}
}

func TestQuit(t *testing.T) {
	t.Run("nothing in flight quits at once", func(t *testing.T) {
		a, _ := newApp(t, fullEvents(t).state())
		if !press(t, a, "q") {
			t.Error("q did not quit")
		}
	})
	t.Run("in flight asks first", func(t *testing.T) {
		e := attackEvents(t)
		plan := pausePlan()
		e.add(62*time.Second, session.KindActionRequested, session.ActionRequested{ID: plan.ID, Action: plan.Action, Txs: plan.Txs})
		e.add(63*time.Second, session.KindActionSubmitted, session.ActionSubmitted{ID: plan.ID, TxHash: txPause})
		a, _ := newApp(t, e.state())
		if press(t, a, "q") {
			t.Fatal("q quit with an action in flight")
		}
		want := "1 action(s) in flight (pause-1 pending). Quit anyway? y/N"
		if !strings.Contains(a.View(), want) {
			t.Fatalf("screen lacks %q:\n%s", want, a.View())
		}
		if press(t, a, "n") {
			t.Fatal("n quit")
		}
		if len(a.overlays) != 0 {
			t.Fatal("n did not close the question")
		}
		press(t, a, "q")
		if !press(t, a, "y") {
			t.Error("y to the question did not quit")
		}
	})
	t.Run("compact still asks", func(t *testing.T) {
		e := attackEvents(t)
		plan := pausePlan()
		e.add(62*time.Second, session.KindActionRequested, session.ActionRequested{ID: plan.ID, Action: plan.Action, Txs: plan.Txs})
		a, _ := newApp(t, e.state())
		a.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
		if press(t, a, "q") {
			t.Fatal("q quit with an action in flight")
		}
		if got, want := a.View(), "1 action(s) in flight (pause-1 requested). Quit anyway? y/N"; !strings.Contains(got, want) {
			t.Errorf("View lacks %q:\n%s", want, got)
		}
		if !press(t, a, "y") {
			t.Error("y did not quit")
		}
	})
	t.Run("ctrl+c while typing asks too", func(t *testing.T) {
		e := attackEvents(t)
		plan := pausePlan()
		e.add(62*time.Second, session.KindActionRequested, session.ActionRequested{ID: plan.ID, Action: plan.Action, Txs: plan.Txs})
		a, _ := newApp(t, e.state())
		press(t, a, "n", "q") // q is note text here
		if a.prompt == nil || a.prompt.input.Value() != "q" {
			t.Fatal("q did not go into the note")
		}
		if press(t, a, "ctrl+c") {
			t.Fatal("ctrl+c quit without asking")
		}
		if !strings.Contains(a.View(), "(pause-1 requested)") {
			t.Error("the question does not name the action")
		}
	})
}

func TestSpaceTicksSelectedStep(t *testing.T) {
	a, fb := newApp(t, fullEvents(t).state())
	press(t, a, "tab")                  // checklist
	press(t, a, "j", "j", "space")      // step 3, done (paused)
	press(t, a, "j", "j", "j", "space") // step 6, not done
	want := []string{"3:false", "6:true"}
	if strings.Join(fb.ticks, " ") != strings.Join(want, " ") {
		t.Errorf("Tick calls = %v, want %v", fb.ticks, want)
	}
	if !strings.Contains(a.Status(), "step 6 ticked") {
		t.Errorf("status = %q", a.Status())
	}
}

func TestSpaceOutsideChecklistTicksNothing(t *testing.T) {
	a, fb := newApp(t, fullEvents(t).state())
	press(t, a, "space")
	if len(fb.ticks) != 0 {
		t.Errorf("space in the transactions pane ticked %v", fb.ticks)
	}
}

func TestNotes(t *testing.T) {
	a, fb := newApp(t, fullEvents(t).state())
	press(t, a, "n", "h", "i", "enter")    // transactions pane: a general note
	press(t, a, "tab", "j", "j", "j", "j") // checklist, step 5
	press(t, a, "n", "o", "k", "enter")
	press(t, a, "n", "esc") // abandoned
	press(t, a, "n", "enter")
	want := []string{"0:hi", "5:ok"}
	if strings.Join(fb.notes, " ") != strings.Join(want, " ") {
		t.Errorf("AddNote calls = %v, want %v", fb.notes, want)
	}
}

// Before anything is composed the board has nothing to show, and the
// unpause is refused until a fix is verified: each says why.
func TestBoardAndUnpauseBeforeAFix(t *testing.T) {
	a, _ := newApp(t, fullEvents(t).state())
	press(t, a, "a")
	if got := a.Status(); !strings.Contains(got, "no composed upgrade yet") || len(a.overlays) != 0 {
		t.Errorf("a: status = %q, %d overlays", got, len(a.overlays))
	}
	press(t, a, "U")
	if got := a.Status(); !strings.Contains(got, "no fix is executed and verified") || len(a.overlays) != 0 {
		t.Errorf("U: status = %q, %d overlays", got, len(a.overlays))
	}
}

func TestHelpListsEveryBinding(t *testing.T) {
	a, _ := newApp(t, fullEvents(t).state())
	press(t, a, "?")
	screen := a.View()
	checkScreen(t, screen, 160, 48)
	k := a.c.Keys
	for _, b := range []string{k.NextPane.Help().Key, k.Pause.Help().Key, k.Tick.Help().Key, k.Details.Help().Key,
		k.Filter.Help().Key, k.Upgrade.Help().Desc, k.Approvals.Help().Desc, k.Confirm.Help().Desc, "Checklist", "Global"} {
		if !strings.Contains(screen, b) {
			t.Errorf("help lacks %q", b)
		}
	}
	press(t, a, "x")
	if len(a.overlays) != 0 {
		t.Error("a key did not close the help")
	}
}

// Below 120×32 the console is not replaced by a request for more room:
// the figures, the alert list with FROM and the pause remain (issue 9).
func TestCompactKeepsTheDrainAndThePause(t *testing.T) {
	for _, size := range [][2]int{{100, 30}, {80, 24}} {
		a, fb := newApp(t, attackEvents(t).state())
		a.Update(tea.WindowSizeMsg{Width: size[0], Height: size[1]})
		got := a.View()
		checkScreen(t, got, size[0], size[1])
		for _, want := range []string{"DRAINED 36.000 ETH", "FROM → CONTRACT.METHOD", "0x90F7…b906 → Vault.withdraw", "p pause"} {
			if !strings.Contains(got, want) {
				t.Errorf("%d×%d: screen lacks %q:\n%s", size[0], size[1], want, got)
			}
		}
		press(t, a, "p")
		if !a.pause.preparing() && len(a.overlays) == 0 {
			t.Fatalf("%d×%d: p did nothing", size[0], size[1])
		}
		_ = fb
	}
	// Smaller still: no pane fits, but the figures and the keys remain and p works.
	a, _ := newApp(t, attackEvents(t).state())
	a.Update(tea.WindowSizeMsg{Width: 36, Height: 8})
	got := a.View()
	checkScreen(t, got, 36, 8)
	for _, want := range []string{"DRAINED", "p pause"} {
		if !strings.Contains(got, want) {
			t.Errorf("36×8: screen lacks %q:\n%s", want, got)
		}
	}
	if press(t, a, "p"); !a.pause.preparing() && len(a.overlays) == 0 {
		t.Error("36×8: p did nothing")
	}
	a.Update(tea.WindowSizeMsg{Width: 120, Height: 32})
	checkScreen(t, a.View(), 120, 32)
	a.Update(tea.WindowSizeMsg{Width: 160, Height: 48})
	checkScreen(t, a.View(), 160, 48)
}

func TestFilter(t *testing.T) {
	e := fullEvents(t)
	a, fb := newApp(t, e.state())
	press(t, a, "/", "c", "r", "i", "t", "enter")
	if got := a.alerts.Len(); got != 3 {
		t.Fatalf("filter crit: %d rows, want 3", got)
	}
	// A new critical alert is examined on arrival, without a rescan.
	e.add(100*time.Second, session.KindAlert, drainAlert(150, 100*time.Second, common.HexToHash("0x150"), 2, eth(3)))
	fb.setState(e.state())
	a.Update(stateChangedMsg{})
	if got := a.alerts.Len(); got != 4 {
		t.Errorf("after a new critical alert: %d rows, want 4", got)
	}
	press(t, a, "/", "esc")
	if got := a.alerts.Len(); got != 6 {
		t.Errorf("cleared filter: %d rows, want 6", got)
	}
}

func TestLongPlanNeedsScrolling(t *testing.T) {
	a, fb := newApp(t, attackEvents(t).state())
	plan := pausePlan()
	for range 3 {
		plan.Txs = append(plan.Txs, plan.Txs[0])
	}
	fb.plan = plan
	press(t, a, "p", "y")
	if len(fb.executed) != 0 {
		t.Fatal("y sent a plan whose transactions were not all shown")
	}
	for range 200 {
		press(t, a, "down")
	}
	press(t, a, "y")
	if len(fb.executed) != 1 {
		t.Error("y after reading to the end did not send")
	}
}

func TestEveryLineFitsAtEverySize(t *testing.T) {
	for _, sz := range [][2]int{{120, 32}, {160, 48}, {200, 60}} {
		a, _ := newApp(t, fullEvents(t).state())
		a.Update(tea.WindowSizeMsg{Width: sz[0], Height: sz[1]})
		checkScreen(t, a.View(), sz[0], sz[1])
		press(t, a, "p")
		checkScreen(t, a.View(), sz[0], sz[1])
		press(t, a, "esc", "?")
		checkScreen(t, a.View(), sz[0], sz[1])
		press(t, a, "esc", "j", "enter")
		checkScreen(t, a.View(), sz[0], sz[1])
	}
}

// With colour on, escape sequences must not disturb the layout: every line
// is still exactly the terminal's width, overlays included.
func TestColourScreenWidths(t *testing.T) {
	lipgloss.SetColorProfile(termenv.TrueColor)
	defer lipgloss.SetColorProfile(termenv.Ascii)
	for _, th := range []themes.Theme{themes.Dark(), themes.Light(), themes.HighContrast(), themes.Mono()} {
		t.Run(th.Name, func(t *testing.T) {
			fb := newFake(fullEvents(t).state())
			a := New(Options{Session: fb, Responder: fb, Theme: th, Title: "drill · reentrancy", Now: fixedNow})
			a.Update(tea.WindowSizeMsg{Width: 160, Height: 48})
			screen := a.View()
			if !strings.Contains(screen, "\x1b[") {
				t.Fatal("no escape sequences: the colour profile did not apply")
			}
			checkScreen(t, screen, 160, 48)
			press(t, a, "j", "enter")
			checkScreen(t, a.View(), 160, 48)
			press(t, a, "esc", "p")
			checkScreen(t, a.View(), 160, 48)
			if th.Mono && strings.Contains(screen, "\x1b[38;") {
				t.Error("the mono theme wrote a foreground colour")
			}
		})
	}
}

func TestUpdatesLoop(t *testing.T) {
	a, fb := newApp(t, attackEvents(t).state())
	if got := len(a.state.Alerts); got != 4 {
		t.Fatalf("initial state has %d alerts", got)
	}
	wait := a.Init()
	fb.setState(fullEvents(t).state())
	fb.updates <- struct{}{}
	runCmds(a, wait) // the signal is read, State() is called, the wait is re-issued
	if got := len(a.state.Alerts); got != 5 {
		t.Errorf("after a signal the screen has %d alerts, want 5", got)
	}
	if !strings.Contains(a.View(), "■ PAUSED") {
		t.Error("the new state is not on screen")
	}
	close(fb.updates)
	runCmds(a, a.waitForUpdate())
	if !a.ended || !strings.Contains(a.Status(), "stopped sending updates") {
		t.Errorf("closed updates: ended=%v status=%q", a.ended, a.Status())
	}
}

func TestKeysAreData(t *testing.T) {
	keys := DefaultKeyMap()
	keys.Pause.SetKeys("P")
	keys.Pause.SetHelp("P", "pause")
	fb := newFake(attackEvents(t).state())
	a := New(Options{Session: fb, Responder: fb, Theme: themes.Mono(), Now: fixedNow, Keys: keys})
	a.Update(tea.WindowSizeMsg{Width: 160, Height: 48})
	press(t, a, "p")
	if fb.planned != 0 {
		t.Error("p still pauses after the pause key was moved to P")
	}
	press(t, a, "P")
	if fb.planned != 1 {
		t.Error("P does not pause")
	}
	press(t, a, "esc", "?")
	if !strings.Contains(a.View(), "P         pause") {
		t.Error("help does not show the moved key")
	}
}

func TestAutoActionSaysWhoActed(t *testing.T) {
	st := session.State{}
	a := session.Action{Status: session.ActionStatusConfirmed, Block: 17}
	a.ID, a.Action, a.Auto = "pause-1", session.ActionPause, true
	st.Actions = []session.Action{a}
	lines := strings.Join(actionLines(themes.NewStyles(themes.Mono()), &st.Actions[0], 44), "\n")
	if !strings.Contains(lines, "circuit breaker") {
		t.Fatalf("an automatic pause does not say so:\n%s", lines)
	}
	st.Actions[0].Auto = false
	if lines := strings.Join(actionLines(themes.NewStyles(themes.Mono()), &st.Actions[0], 44), "\n"); strings.Contains(lines, "circuit breaker") {
		t.Fatalf("a responder's pause is labelled automatic:\n%s", lines)
	}
}

func TestWarningReachesStatusLine(t *testing.T) {
	a, fb := newApp(t, attackEvents(t).state())
	if strings.Contains(a.Status(), "no call traces") {
		t.Fatal("warning shown before it happened")
	}
	s := fb.State()
	s = session.Reduce(s, session.Event{Seq: s.Seq + 1, Kind: session.KindWarning,
		Data: []byte(`{"source":"watcher","message":"node gives no call traces: classifying from receipts only"}`)})
	fb.setState(s)
	send(t, a, stateChangedMsg{})
	if st := a.Status(); !strings.Contains(st, "watcher: node gives no call traces") || !strings.HasPrefix(st, "error:") {
		t.Fatalf("status %q", st)
	}
}

// Every sentence that names a key is built from the keymap: with the keys
// moved, the texts follow.
func TestHelpTextFollowsKeys(t *testing.T) {
	keys := DefaultKeyMap()
	move := func(b *key.Binding, k string) {
		b.SetKeys(k)
		b.SetHelp(k, b.Help().Desc)
	}
	move(&keys.Pause, "P")
	move(&keys.Confirm, "o")
	move(&keys.Cancel, "x")
	move(&keys.Filter, "f")
	move(&keys.Close, "c")
	move(&keys.Down, "s")
	newRemapped := func(s session.State) (*App, *fakeBackend) {
		fb := newFake(s)
		a := New(Options{Session: fb, Responder: fb, Theme: themes.Mono(), Now: fixedNow, Keys: keys})
		a.Update(tea.WindowSizeMsg{Width: 160, Height: 48})
		return a, fb
	}
	wantOnScreen := func(a *App, texts ...string) {
		t.Helper()
		screen := a.View()
		for _, s := range texts {
			if !strings.Contains(screen, s) {
				t.Errorf("screen lacks %q:\n%s", s, screen)
			}
		}
	}

	a, fb := newRemapped(attackEvents(t).state())
	wantOnScreen(a, "none yet · P pauses")

	// Pause: the status line and the confirm dialog of a long plan.
	plan := pausePlan()
	for range 3 {
		plan.Txs = append(plan.Txs, plan.Txs[0])
	}
	fb.plan = plan
	_, planCmd := a.Update(keyMsg("P"))
	press(t, a, "P")
	if got, want := a.Status(), "still preparing pause… (x abandons)"; got != want {
		t.Errorf("status = %q, want %q", got, want)
	}
	runCmds(a, planCmd)
	if got, want := a.Status(), "review the pause: o signs and sends, any other key cancels"; got != want {
		t.Errorf("status = %q, want %q", got, want)
	}
	wantOnScreen(a, "s read on: more below · o works once the end is shown")
	press(t, a, "o")
	wantOnScreen(a, "scroll to the end first (s): every transaction must be seen before o")
	press(t, a, "x")
	if len(a.overlays) != 0 || len(fb.executed) != 0 {
		t.Fatalf("x did not cancel: %d overlays, %d executed", len(a.overlays), len(fb.executed))
	}
	fb.plan = pausePlan() // one transaction: nothing to scroll
	press(t, a, "P")
	wantOnScreen(a, "o sign and send · any other key cancels")
	press(t, a, "x")

	// A plan that arrives while a note is typed waits for it.
	_, planCmd = a.Update(keyMsg("P"))
	press(t, a, "n")
	runCmds(a, planCmd)
	if got, want := a.Status(), "pause ready to review: it opens when you finish the note (enter or x)"; got != want {
		t.Errorf("status = %q, want %q", got, want)
	}
	press(t, a, "x", "x") // abandon the note: the dialog opens; cancel it

	// The filter, the detail, the help.
	press(t, a, "f", "z", "z", "z", "enter")
	wantOnScreen(a, `no transaction matches "zzz" (f then x clears the filter)`)
	press(t, a, "f", "x", "enter")
	if len(a.overlays) != 1 {
		t.Fatal("enter did not open the detail")
	}
	wantOnScreen(a, "· c close")
	press(t, a, "c", "?")
	wantOnScreen(a, "o signs and sends, any other key cancels.")
	press(t, a, "x")

	// The quit question.
	e := attackEvents(t)
	e.add(62*time.Second, session.KindActionRequested, session.ActionRequested{ID: plan.ID, Action: plan.Action, Txs: plan.Txs})
	a, _ = newRemapped(e.state())
	press(t, a, "q")
	wantOnScreen(a, "1 action(s) in flight (pause-1 requested). Quit anyway? o/N")
	if !press(t, a, "o") {
		t.Error("o to the quit question did not quit")
	}
}

// Home and end mean newest and oldest only where the list runs newest
// first: in the transactions pane.
func TestTopBottomHelpPerPane(t *testing.T) {
	k := DefaultKeyMap()
	if k.Top.Help().Desc != "first" || k.Bottom.Help().Desc != "last" {
		t.Errorf("default Top/Bottom say %q/%q, want first/last", k.Top.Help().Desc, k.Bottom.Help().Desc)
	}
	a, _ := newApp(t, fullEvents(t).state())
	descs := func(p Pane) string {
		var out []string
		for _, col := range p.FullHelp() {
			for _, b := range col {
				out = append(out, b.Help().Key+" "+b.Help().Desc)
			}
		}
		return strings.Join(out, ", ")
	}
	if got := descs(a.alerts); !strings.Contains(got, "home/g newest") || !strings.Contains(got, "end/G oldest") {
		t.Errorf("transactions pane help: %s", got)
	}
	if got := descs(a.checklist); !strings.Contains(got, "home/g first") || !strings.Contains(got, "end/G last") {
		t.Errorf("checklist help: %s", got)
	}
	for _, p := range []Pane{a.checklist, a.protocol} {
		if got := descs(p); strings.Contains(got, "newest") || strings.Contains(got, "oldest") {
			t.Errorf("%s help says newest/oldest: %s", p.Title(), got)
		}
	}
}

// An overlay that asks to open while a prompt is open waits until the
// prompt closes, whichever prompt and however it closes.
func TestOverlayWaitsForPrompt(t *testing.T) {
	for _, close := range []string{"enter", "esc"} {
		t.Run(close, func(t *testing.T) {
			a, _ := newApp(t, fullEvents(t).state())
			press(t, a, "/", "c")
			send(t, a, openOverlayMsg{overlay: NewQuitOverlay(a.c, "?"), what: "a question"})
			if len(a.overlays) != 0 {
				t.Fatal("the overlay opened over the filter being typed")
			}
			if got, want := a.Status(), "a question: it opens when you finish the filter (enter or esc)"; got != want {
				t.Errorf("status = %q, want %q", got, want)
			}
			press(t, a, close)
			if len(a.overlays) != 1 || a.prompt != nil {
				t.Errorf("after %s: %d overlays, prompt open %v", close, len(a.overlays), a.prompt != nil)
			}
		})
	}
}

// The quit question counts an Execute call the session has not recorded
// yet: the pause workflow knows it is in flight.
func TestQuitKnowsExecuteInFlight(t *testing.T) {
	a, fb := newApp(t, attackEvents(t).state())
	press(t, a, "p")
	_, confirm := a.Update(keyMsg("y"))
	msg := confirm()
	if _, ok := msg.(confirmedMsg); !ok {
		t.Fatalf("y gave %T, want confirmedMsg", msg)
	}
	_, execute := a.Update(msg) // Execute is not run: it is in flight
	if press(t, a, "q") {
		t.Fatal("q quit while Execute was in flight")
	}
	want := "1 action(s) in flight (pause-1 sending). Quit anyway? y/N"
	if !strings.Contains(a.View(), want) {
		t.Fatalf("screen lacks %q:\n%s", want, a.View())
	}
	press(t, a, "n")
	runCmds(a, execute)
	if len(fb.executed) != 1 || a.pause.preparing() || len(a.pause.sending()) != 0 {
		t.Fatalf("after Execute returned: executed %d, sending %v", len(fb.executed), a.pause.sending())
	}
	if !press(t, a, "q") {
		t.Error("q did not quit once nothing was in flight")
	}
}

// Rows are drawn once and kept while their alert and layout stay the same:
// what changes in the session still reaches the screen. An acknowledgement,
// a cursor move and a different history of the same length each redraw
// the rows they touch.
func TestAlertRowsFollowTheState(t *testing.T) {
	st := fullEvents(t).state()
	a, fb := newApp(t, st)
	newest := st.Alerts[len(st.Alerts)-1]
	row := func(screen, marker string) string {
		for l := range strings.Lines(screen) {
			if strings.Contains(l, marker) {
				return l
			}
		}
		return ""
	}
	reason := newest.Reason[:20]
	var fresh *session.AlertEntry // the newest alert not acknowledged yet
	for i := len(st.Alerts) - 1; i >= 0 && fresh == nil; i-- {
		if !st.Acknowledged(st.Alerts[i].TxHash) {
			fresh = &st.Alerts[i]
		}
	}
	if fresh == nil {
		t.Fatal("the fixture has every alert acknowledged")
	}
	before := strings.Count(a.View(), "✓ ack")

	acked := st
	acked.Acked = maps.Clone(st.Acked)
	if acked.Acked == nil {
		acked.Acked = map[common.Hash]int64{}
	}
	acked.Acked[fresh.TxHash] = int64(newest.Seq) + 1
	fb.setState(acked)
	a.Update(stateChangedMsg{})
	if got := strings.Count(a.View(), "✓ ack"); got != before+1 {
		t.Errorf("%d rows marked ✓ ack after one more acknowledgement, want %d", got, before+1)
	}

	other := acked
	other.Alerts = slices.Clone(acked.Alerts)
	last := &other.Alerts[len(other.Alerts)-1]
	last.Seq, last.Reason = last.Seq+1000, "a different history at the same place"
	fb.setState(other)
	a.Update(stateChangedMsg{})
	screen := a.View()
	if !strings.Contains(screen, "a different history at the same place") || strings.Contains(screen, reason) {
		t.Errorf("the newest row still shows the alert it replaced:\n%s", screen)
	}

	top := row(a.alerts.View(), "▸ ")
	press(t, a, "j")
	if l := row(a.alerts.View(), "▸ "); l == top || !strings.Contains(l, "#"+strconv.FormatUint(a.alerts.Selected().Block, 10)) {
		t.Errorf("the cursor moved down: the marked row is %q, it was %q", l, top)
	}
}
