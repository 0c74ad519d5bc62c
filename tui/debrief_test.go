package tui

import (
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/exp/golden"

	"warroom/session"
	"warroom/session/drill"
	"warroom/themes"
)

// scoredEvents is the full incident scored as the drill scores it when its
// script ends, with a measured unpaused figure.
func scoredEvents(tb testing.TB) *events {
	e := fullEvents(tb)
	sc := drill.Debrief(e.events, drill.Measured{Reason: "script over",
		Unpaused: &session.Unpaused{Drained: eth(136), Attacks: 16, Simulated: 8, Through: 145}})
	e.add(91*time.Second, session.KindDrillScored, sc)
	return e
}

// The debrief opens by itself over the dashboard once the drill is
// scored: the score, the rubric, the times, the value, the comparison.
func TestGoldenDebrief(t *testing.T) {
	screen := runGolden(t, scoredEvents(t).state(), 160, 48, "")
	checkScreen(t, screen, 160, 48)
	wantScreen(t, screen, "Drill debrief · score", "Rubric", "Detection", "Pause", "Value saved", "Checklist",
		"From the first attack (block 115", "136.000 ETH", "Venus 2025", "Parallel 2026", "esc close · q quit")
	golden.RequireEqual(t, []byte(screen))
}

// At 80×24 it still fits, and scrolls.
func TestGoldenDebriefCompact(t *testing.T) {
	screen := runGolden(t, scoredEvents(t).state(), 80, 24, "")
	checkScreen(t, screen, 80, 24)
	wantScreen(t, screen, "Drill debrief · score", "Rubric", "↓ more")
	golden.RequireEqual(t, []byte(screen))
}

// A debrief opens once when it arrives; esc closes it, D opens it again, q
// quits from it. One that arrives while a dialog is open waits for D.
func TestDebriefOpensOnceAndQuits(t *testing.T) {
	a, fb := newApp(t, fullEvents(t).state())
	press(t, a, "D")
	if len(a.overlays) != 0 || !strings.Contains(a.Status(), "no debrief yet") {
		t.Fatalf("D before any score: %d overlays, status %q", len(a.overlays), a.Status())
	}
	fb.setState(scoredEvents(t).state())
	send(t, a, stateChangedMsg{})
	if !a.debriefOnTop() || !strings.Contains(a.Status(), "drill scored") {
		t.Fatalf("the score arrived: debrief on top %v, status %q", a.debriefOnTop(), a.Status())
	}
	press(t, a, "down", "esc")
	if len(a.overlays) != 0 {
		t.Fatal("esc did not close the debrief")
	}
	send(t, a, stateChangedMsg{})
	if len(a.overlays) != 0 {
		t.Error("the same debrief opened twice")
	}
	press(t, a, "D")
	if !a.debriefOnTop() {
		t.Fatal("D did not open the debrief")
	}
	if !press(t, a, "q") {
		t.Error("q in the debrief did not quit")
	}

	// A newer score while the help is open: announced, not stacked on it.
	a, fb = newApp(t, fullEvents(t).state())
	press(t, a, "?")
	fb.setState(scoredEvents(t).state())
	send(t, a, stateChangedMsg{})
	if a.debriefOnTop() || !strings.Contains(a.Status(), "D shows the debrief") {
		t.Errorf("a score over the help: debrief on top %v, status %q", a.debriefOnTop(), a.Status())
	}
}

// The lines fit the box at every width and say what the debrief holds.
func TestDebriefLinesFit(t *testing.T) {
	st := scoredEvents(t).state()
	sc := &st.Scored.Scored
	for _, w := range []int{36, 60, 106} {
		lines := debriefLines(themes.NewStyles(themes.Dark()), sc, w)
		for i, l := range lines {
			if Width(l) > w {
				t.Errorf("width %d: line %d is %d wide: %q", w, i+1, Width(l), l)
			}
		}
	}
	text := strings.Join(debriefLines(themes.NewStyles(themes.Dark()), sc, 106), "\n")
	for _, want := range []string{"paused", "block 132", "fix composed", "—", "unpaused", "saved", "wrong fixes", "none tried"} {
		if !strings.Contains(text, want) {
			t.Errorf("debrief lacks %q:\n%s", want, text)
		}
	}
}
