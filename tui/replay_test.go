package tui

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/exp/golden"
	"github.com/charmbracelet/x/exp/teatest"

	"warroom/session"
	"warroom/session/replay"
	"warroom/themes"
)

// testdata/replay.jsonl is a recorded drill (the report package's fixture:
// a fixed clock, blocks sealed by Step, the circuit breaker on).
func replayFixture(t testing.TB) *replay.Player {
	t.Helper()
	v, err := session.VerifyFile("testdata/replay.jsonl")
	if err != nil || v.Err() != nil {
		t.Fatalf("fixture: %v %v", err, v.Err())
	}
	return replay.New(v.Events)
}

func newTestReplay(t testing.TB) *Replay {
	return NewReplay(ReplayOptions{Player: replayFixture(t), Theme: themes.Dark(), Title: "replay · drill.jsonl", Journal: "drill.jsonl", Speed: 1})
}

func rkey(s string) tea.KeyMsg {
	switch s {
	case "right":
		return tea.KeyMsg{Type: tea.KeyRight}
	case "left":
		return tea.KeyMsg{Type: tea.KeyLeft}
	}
	return keyMsg(s)
}

// runReplayGolden runs the replay console under teatest at 160×50 and
// returns its last frame after keys.
func runReplayGolden(t *testing.T, wait string, keys ...string) string {
	t.Helper()
	r := newTestReplay(t)
	tm := teatest.NewTestModel(t, r, teatest.WithInitialTermSize(160, 50))
	teatest.WaitFor(t, tm.Output(), func(b []byte) bool { return bytes.Contains(b, []byte("REPLAY")) },
		teatest.WithDuration(3*time.Second), teatest.WithCheckInterval(10*time.Millisecond))
	for _, k := range keys {
		tm.Send(rkey(k))
	}
	if wait != "" {
		teatest.WaitFor(t, tm.Output(), func(b []byte) bool { return bytes.Contains(b, []byte(wait)) },
			teatest.WithDuration(3*time.Second), teatest.WithCheckInterval(10*time.Millisecond))
	}
	if err := tm.Quit(); err != nil {
		t.Fatal(err)
	}
	return tm.FinalModel(t, teatest.WithFinalTimeout(3*time.Second)).View()
}

func TestGoldenReplayStart(t *testing.T) {
	screen := runReplayGolden(t, "")
	checkScreen(t, screen, 160, 50)
	n := replayFixture(t).Len()
	for _, want := range []string{"REPLAY ❚❚ paused 1×", fmt.Sprintf("event 1/%d", n), "session 00:00:00"} {
		if !strings.Contains(screen, want) {
			t.Errorf("start screen lacks %q", want)
		}
	}
	golden.RequireEqual(t, []byte(screen))
}

func TestGoldenReplayMid(t *testing.T) {
	// ] jumps to the next alert or action: the pre-attack alert at the
	// attack contract's deployment, then the critical re-entrancy alert.
	p := replayFixture(t)
	p.Seek(1)
	for range 2 {
		pos, _ := p.NextMarker(+1)
		p.Seek(pos)
	}
	screen := runReplayGolden(t, fmt.Sprintf("event %d/%d", p.Pos(), p.Len()), "]", "]")
	checkScreen(t, screen, 160, 50)
	for _, want := range []string{"CRIT", "DRAINED 11.000 ETH", "block #17", "▲", "pre-attack"} {
		if !strings.Contains(screen, want) {
			t.Errorf("mid-incident screen lacks %q", want)
		}
	}
	golden.RequireEqual(t, []byte(screen))
}

func TestGoldenReplayEnd(t *testing.T) {
	end := fmt.Sprintf("event %[1]d/%[1]d", replayFixture(t).Len())
	screen := runReplayGolden(t, end, "G")
	checkScreen(t, screen, 160, 50)
	for _, want := range []string{"ENDED: script over", "■ PAUSED", "[x]  3 Contracts paused", end} {
		if !strings.Contains(screen, want) {
			t.Errorf("end screen lacks %q", want)
		}
	}
	golden.RequireEqual(t, []byte(screen))
}

func send1(t *testing.T, r *Replay, msg tea.Msg) tea.Cmd {
	t.Helper()
	_, cmd := r.Update(msg)
	return cmd
}

// The transport's keys move the player and the panes follow; action keys
// say this is a replay and change nothing.
func TestReplayTransportKeys(t *testing.T) {
	r := newTestReplay(t)
	send1(t, r, tea.WindowSizeMsg{Width: 160, Height: 50})
	p := r.Player()
	if p.Pos() != 1 {
		t.Fatalf("starts at %d, want 1 (session.started)", p.Pos())
	}
	send1(t, r, rkey("right"))
	send1(t, r, rkey("right"))
	if p.Pos() != 3 {
		t.Fatalf("→→ at %d, want 3", p.Pos())
	}
	send1(t, r, rkey("left"))
	if p.Pos() != 2 || r.app.state.Seq != 2 {
		t.Fatalf("← at %d (panes at seq %d), want 2", p.Pos(), r.app.state.Seq)
	}
	send1(t, r, rkey("G"))
	if p.Pos() != p.Len() || r.app.state.Ended == nil {
		t.Fatalf("G at %d of %d", p.Pos(), p.Len())
	}
	send1(t, r, rkey("["))
	if m, _ := p.Event(); m.Kind != session.KindActionConfirmed && m.Kind != session.KindAlert && m.Kind != session.KindActionFailed {
		t.Fatalf("[ from the end stopped at %s", m.Kind)
	}
	send1(t, r, rkey("g"))
	if p.Pos() != 0 {
		t.Fatalf("g at %d", p.Pos())
	}
	// Speed steps and stops at both ends.
	for range 20 {
		send1(t, r, rkey("+"))
	}
	if got := ReplaySpeeds[r.transport.speed]; got != 0 {
		t.Fatalf("fastest speed %g, want 0 (as fast as possible)", got)
	}
	for range 20 {
		send1(t, r, rkey("-"))
	}
	if got := ReplaySpeeds[r.transport.speed]; got != 0.5 {
		t.Fatalf("slowest speed %g, want 0.5", got)
	}
	// Action keys.
	before := p.Pos()
	for _, k := range []string{"p", "u", "n"} {
		send1(t, r, rkey(k))
		if !strings.Contains(r.Status(), "this is a replay") {
			t.Errorf("%s: status %q", k, r.Status())
		}
		if len(r.app.overlays) > 0 || r.app.prompt != nil {
			t.Errorf("%s opened something in a replay", k)
		}
	}
	if p.Pos() != before {
		t.Fatal("an action key moved the replay")
	}
	if err := r.backend.AddNote("x", 0); !errors.Is(err, session.ErrReplay) {
		t.Fatalf("AddNote in a replay: %v", err)
	}
}

// Play advances with the clock at the chosen speed, and stops at the end.
func TestReplayPlays(t *testing.T) {
	r := newTestReplay(t)
	send1(t, r, tea.WindowSizeMsg{Width: 160, Height: 50})
	for range 20 {
		send1(t, r, rkey("+"))
	}
	cmd := send1(t, r, rkey("space"))
	if !r.transport.playing || cmd == nil {
		t.Fatal("space did not start playing")
	}
	for i := 0; i < 200 && r.transport.playing; i++ {
		send1(t, r, replayTickMsg{id: r.transport.tick})
	}
	if r.transport.playing || r.Player().Pos() != r.Player().Len() {
		t.Fatalf("playing %v at %d of %d", r.transport.playing, r.Player().Pos(), r.Player().Len())
	}
	// A stale tick (an earlier play) does nothing.
	send1(t, r, rkey("g"))
	send1(t, r, replayTickMsg{id: r.transport.tick - 1})
	if r.Player().Pos() != 0 {
		t.Fatal("a stale tick moved the replay")
	}
	// At 1×, a tick moves the clock by one tick.
	for range 20 {
		send1(t, r, rkey("-"))
	}
	send1(t, r, rkey("+")) // 1×
	send1(t, r, rkey("space"))
	c0 := r.transport.clock
	send1(t, r, replayTickMsg{id: r.transport.tick})
	if d := r.transport.clock.Sub(c0); d != replayEvery {
		t.Fatalf("one tick at 1× moved the clock %s, want %s", d, replayEvery)
	}
}

// t jumps to a time: an offset, a time of day, and one outside the session
// is refused in one sentence.
func TestReplayJumpToTime(t *testing.T) {
	r := newTestReplay(t)
	send1(t, r, tea.WindowSizeMsg{Width: 160, Height: 50})
	jump := func(text string) {
		send1(t, r, rkey("t"))
		for _, c := range text {
			send1(t, r, tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune{c}})
		}
		send1(t, r, keyMsg("enter"))
	}
	jump("+10s")
	p := r.Player()
	want := p.PosAt(p.Start().Add(10 * time.Second))
	if p.Pos() != want || want == 0 {
		t.Fatalf("+10s at %d, want %d", p.Pos(), want)
	}
	jump("16:00:05")
	if p.Pos() != p.PosAt(time.Date(2026, 11, 21, 16, 0, 5, 0, time.UTC)) {
		t.Fatalf("16:00:05 at %d", p.Pos())
	}
	at := p.Pos()
	jump("+3h")
	if p.Pos() != at || !strings.Contains(r.Status(), "outside the session") {
		t.Fatalf("+3h: at %d, status %q", p.Pos(), r.Status())
	}
}

// A journal of a newer version replays: its unknown kinds are listed on
// the bar, not dropped.
func TestReplayListsUnknownKinds(t *testing.T) {
	p := replayFixture(t)
	evs := append([]session.Event(nil), p.Events()...)
	evs = append(evs[:3:3], append([]session.Event{{Seq: 4, Time: evs[2].Time, Kind: "future.kind", Data: json.RawMessage(`{}`)}}, evs[3:]...)...)
	r := NewReplay(ReplayOptions{Player: replay.New(evs), Theme: themes.Dark()})
	send1(t, r, tea.WindowSizeMsg{Width: 160, Height: 50})
	send1(t, r, rkey("G"))
	if v := r.View(); !strings.Contains(v, "future.kind ×1") {
		t.Fatalf("bar does not list the unknown kind:\n%s", v[len(v)-400:])
	}
}
