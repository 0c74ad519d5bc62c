package tui

import (
	"bytes"
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/exp/golden"
	"github.com/charmbracelet/x/exp/teatest"

	"warroom/session"
	"warroom/themes"
)

// The golden screens run the real program with teatest at a fixed size and
// a fixed clock, then compare the final model's View with
// testdata/<TestName>.golden. Regenerate with: go test ./tui -update

func runGolden(t *testing.T, s session.State, w, h int, wait string, keys ...string) string {
	t.Helper()
	return runGoldenTitled(t, "drill · reentrancy", s, w, h, wait, keys...)
}

func runGoldenTitled(t *testing.T, title string, s session.State, w, h int, wait string, keys ...string) string {
	t.Helper()
	fb := newFake(s)
	app := New(Options{Session: fb, Responder: fb, Theme: themes.Dark(), Title: title, Now: fixedNow})
	tm := teatest.NewTestModel(t, app, teatest.WithInitialTermSize(w, h))
	teatest.WaitFor(t, tm.Output(), func(b []byte) bool {
		return bytes.Contains(b, []byte("warroom")) || bytes.Contains(b, []byte("WARROOM"))
	},
		teatest.WithDuration(3*time.Second), teatest.WithCheckInterval(10*time.Millisecond))
	for _, k := range keys {
		tm.Send(keyMsg(k))
	}
	if wait != "" {
		teatest.WaitFor(t, tm.Output(), func(b []byte) bool { return bytes.Contains(b, []byte(wait)) },
			teatest.WithDuration(3*time.Second), teatest.WithCheckInterval(10*time.Millisecond))
	}
	if err := tm.Quit(); err != nil {
		t.Fatal(err)
	}
	fm := tm.FinalModel(t, teatest.WithFinalTimeout(3*time.Second))
	return fm.View()
}

func checkScreen(t *testing.T, screen string, w, h int) {
	t.Helper()
	lines := strings.Split(screen, "\n")
	if len(lines) != h {
		t.Errorf("screen has %d lines, want %d", len(lines), h)
	}
	for i, l := range lines {
		if got := Width(l); got != w {
			t.Errorf("line %d is %d columns wide, want %d: %q", i+1, got, w, l)
		}
	}
}

func TestGoldenPanes(t *testing.T) {
	screen := runGolden(t, fullEvents(t).state(), 160, 48, "")
	checkScreen(t, screen, 160, 48)
	for _, want := range []string{"■ PAUSED", "DRAINED 36.000 ETH", "✗ reverted", "✓ ack", "[x]  3 Contracts paused", "pause-1"} {
		if !strings.Contains(screen, want) {
			t.Errorf("screen lacks %q", want)
		}
	}
	golden.RequireEqual(t, []byte(screen))
}

func TestGoldenConfirm(t *testing.T) {
	screen := runGolden(t, attackEvents(t).state(), 160, 48, "sign and send 1 transaction", "p")
	checkScreen(t, screen, 160, 48)
	for _, want := range []string{txPause.Hex(), txSignHash.Hex(), addrGuardian.Hex(), addrVault.Hex(), "pause()", "0x8456cb59"} {
		if !strings.Contains(screen, want) {
			t.Errorf("confirm dialog lacks %q", want)
		}
	}
	golden.RequireEqual(t, []byte(screen))
}

// Below 120×32 the console is compact: the header and its figures, the
// alert list with FROM, and the keys with the pause first (issue 9).
func TestGoldenCompact(t *testing.T) {
	screen := runGolden(t, attackEvents(t).state(), 80, 24, "")
	checkScreen(t, screen, 80, 24)
	for _, want := range []string{"DRAINED 36.000 ETH", "FROM → CONTRACT.METHOD", "0x90F7…b906 → Vault.withdraw", "p pause"} {
		if !strings.Contains(screen, want) {
			t.Errorf("screen lacks %q", want)
		}
	}
	golden.RequireEqual(t, []byte(screen))
}

var _ tea.Model = (*App)(nil)
