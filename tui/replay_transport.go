package tui

import (
	"fmt"
	"strings"
	"time"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/textinput"
	tea "github.com/charmbracelet/bubbletea"

	"warroom/session/replay"
	"warroom/themes"
)

// ReplaySpeeds are the playback speeds, slowest first; 0 is "as fast as
// possible".
var ReplaySpeeds = []float64{0.5, 1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 0}

// replayEvery is the playback tick.
const replayEvery = 50 * time.Millisecond

// ReplayKeyMap is the replay transport's keys (DESIGN.md: space, +/-, ←→,
// g/G, ]/[ and t).
type ReplayKeyMap struct {
	PlayPause key.Binding
	Faster    key.Binding
	Slower    key.Binding
	Forward   key.Binding
	Back      key.Binding
	Start     key.Binding
	End       key.Binding
	NextMark  key.Binding
	PrevMark  key.Binding
	Jump      key.Binding
	Submit    key.Binding
	Cancel    key.Binding
}

// DefaultReplayKeyMap is the transport's keymap.
func DefaultReplayKeyMap() ReplayKeyMap {
	b := func(keys []string, k, desc string) key.Binding {
		return key.NewBinding(key.WithKeys(keys...), key.WithHelp(k, desc))
	}
	return ReplayKeyMap{
		PlayPause: b([]string{" "}, "space", "play/pause"),
		Faster:    b([]string{"+", "="}, "+", "faster"),
		Slower:    b([]string{"-", "_"}, "-", "slower"),
		Forward:   b([]string{"right"}, "→", "next event"),
		Back:      b([]string{"left"}, "←", "previous event"),
		Start:     b([]string{"g", "home"}, "g", "start"),
		End:       b([]string{"G", "end"}, "G", "end"),
		NextMark:  b([]string{"]"}, "]", "next alert/action"),
		PrevMark:  b([]string{"["}, "[", "previous alert/action"),
		Jump:      b([]string{"t"}, "t", "jump to a time"),
		Submit:    b([]string{"enter"}, "enter", "jump"),
		Cancel:    b([]string{"esc"}, "esc", "cancel"),
	}
}

func (k ReplayKeyMap) short() []key.Binding {
	return []key.Binding{k.PlayPause, k.Faster, k.Slower, k.Back, k.Forward, k.Start, k.End, k.PrevMark, k.NextMark, k.Jump}
}

// replayTickMsg advances playback; id drops the ticks of an earlier play.
type replayTickMsg struct{ id int }

// replayTransport is the replay's transport: position, play state, speed,
// the playback clock (in the journal's time) and the jump prompt.
type replayTransport struct {
	c       *Common
	p       *replay.Player
	keys    ReplayKeyMap
	playing bool
	speed   int // index into ReplaySpeeds
	clock   time.Time
	tick    int // id of the live tick chain
	stops   string
	jump    *textinput.Model
	status  string // for the root's status line, once
	width   int
}

func newReplayTransport(p *replay.Player, speed float64, stops string) replayTransport {
	t := replayTransport{p: p, keys: DefaultReplayKeyMap(), speed: 1, stops: stops, clock: p.Start()}
	for i, s := range ReplaySpeeds {
		if s == speed {
			t.speed = i
		}
	}
	return t
}

func (t *replayTransport) prompting() bool { return t.jump != nil }

// handles reports whether a key is the transport's.
func (t *replayTransport) handles(msg tea.KeyMsg) bool {
	for _, b := range t.keys.short() {
		if key.Matches(msg, b) {
			return true
		}
	}
	return false
}

// seek moves to pos and sets the clock to its event's time.
func (t *replayTransport) seek(pos int) {
	t.p.Seek(pos)
	t.clock = t.p.TimeAt(t.p.Pos())
}

func (t replayTransport) update(msg tea.Msg) (replayTransport, tea.Cmd) {
	switch msg := msg.(type) {
	case replayTickMsg:
		if msg.id != t.tick || !t.playing {
			return t, nil
		}
		t.advance()
		if t.p.Pos() >= t.p.Len() {
			t.playing = false
			t.status = "end of the journal"
			return t, nil
		}
		return t, t.next()
	case tea.KeyMsg:
		if t.jump != nil {
			return t.updateJump(msg)
		}
		return t.handleKey(msg)
	}
	return t, nil
}

func (t replayTransport) handleKey(msg tea.KeyMsg) (replayTransport, tea.Cmd) {
	k := t.keys
	switch {
	case key.Matches(msg, k.PlayPause):
		if t.playing {
			t.playing = false
			return t, nil
		}
		if t.p.Pos() >= t.p.Len() {
			t.seek(0)
		}
		t.playing = true
		t.clock = t.p.TimeAt(t.p.Pos())
		return t, t.next()
	case key.Matches(msg, k.Faster):
		t.speed = min(t.speed+1, len(ReplaySpeeds)-1)
	case key.Matches(msg, k.Slower):
		t.speed = max(t.speed-1, 0)
	case key.Matches(msg, k.Forward):
		t.seek(t.p.Pos() + 1)
	case key.Matches(msg, k.Back):
		t.seek(t.p.Pos() - 1)
	case key.Matches(msg, k.Start):
		t.seek(0)
	case key.Matches(msg, k.End):
		t.seek(t.p.Len())
	case key.Matches(msg, k.NextMark), key.Matches(msg, k.PrevMark):
		dir := 1
		if key.Matches(msg, k.PrevMark) {
			dir = -1
		}
		if pos, ok := t.p.NextMarker(dir); ok {
			t.seek(pos)
		} else if dir > 0 {
			t.status = "no alert or action after this point"
		} else {
			t.status = "no alert or action before this point"
		}
	case key.Matches(msg, k.Jump):
		in := textinput.New()
		in.Prompt = "jump to: "
		in.Placeholder = "+12m, 03:21:05 or " + t.p.Start().UTC().Format(time.RFC3339)
		in.CharLimit = 40
		in.Width = 36
		in.Focus()
		t.jump = &in
		return t, textinput.Blink
	}
	return t, nil
}

func (t replayTransport) updateJump(msg tea.KeyMsg) (replayTransport, tea.Cmd) {
	switch {
	case key.Matches(msg, t.keys.Cancel):
		t.jump = nil
		return t, nil
	case key.Matches(msg, t.keys.Submit):
		text := t.jump.Value()
		t.jump = nil
		at, err := t.p.ParseTime(text)
		if err != nil {
			t.status = "jump: " + err.Error()
			return t, nil
		}
		t.seek(t.p.PosAt(at))
		t.clock = at
		t.status = "at " + at.UTC().Format("15:04:05 UTC")
		return t, nil
	}
	in, cmd := t.jump.Update(msg)
	t.jump = &in
	return t, cmd
}

// next schedules the next playback tick.
func (t *replayTransport) next() tea.Cmd {
	t.tick++
	id := t.tick
	return tea.Tick(replayEvery, func(time.Time) tea.Msg { return replayTickMsg{id: id} })
}

// advance plays one tick: the clock moves by the tick times the speed and
// every event up to it is applied; as fast as possible applies a
// hundredth of the journal (at least one event) a tick.
func (t *replayTransport) advance() {
	speed := ReplaySpeeds[t.speed]
	if speed == 0 {
		t.seek(t.p.Pos() + max(1, t.p.Len()/100))
		return
	}
	t.clock = t.clock.Add(time.Duration(float64(replayEvery) * speed))
	pos := t.p.PosAt(t.clock)
	if pos <= t.p.Pos() {
		return
	}
	t.p.Seek(pos)
}

// speedText is the speed as shown: "10×", "0.5×", "max".
func speedText(s float64) string {
	if s == 0 {
		return "max"
	}
	return strings.TrimSuffix(fmt.Sprintf("%g", s), ".0") + "×"
}

// view is the position bar: play state, speed, the track with its alert and
// action markers and the cursor, the position, the session clock and block;
// then the transport's keys, or the jump prompt, and what the replay must
// say (where the journal stops verifying, unknown kinds kept).
func (t *replayTransport) view(st *themes.Styles) string {
	w := t.width
	state := "❚❚ paused"
	if t.playing {
		state = "▶ playing"
	}
	left := fmt.Sprintf(" REPLAY %s %s ", state, speedText(ReplaySpeeds[t.speed]))
	s := t.p.State()
	right := fmt.Sprintf(" event %d/%d · %s UTC · session %s · block #%d ", t.p.Pos(), t.p.Len(),
		t.clock.UTC().Format("15:04:05"), FormatClock(t.clock.Sub(t.p.Start())), s.Head.Number)
	trackW := max(10, w-Width(left)-Width(right)-2)
	line1 := st.Bold.Render(left) + "[" + Track(t.p, trackW) + "]" + st.Muted.Render(right)

	var line2 string
	if t.jump != nil {
		line2 = " " + t.jump.View() + st.Muted.Render("  (+12m from the start, 03:21:05 UTC, or RFC 3339; enter jumps, esc cancels)")
	} else {
		var parts []string
		for _, b := range t.keys.short() {
			parts = append(parts, b.Help().Key+" "+b.Help().Desc)
		}
		// What the replay must say comes first, so a narrow terminal cuts
		// the key help, never the warning.
		var notes []string
		if t.stops != "" {
			notes = append(notes, t.stops)
		}
		if u := t.p.Unknown(); u != "" {
			notes = append(notes, "kept, of kinds this version does not know: "+u)
		}
		line2 = " "
		if len(notes) > 0 {
			line2 += st.StatusError.Render(strings.Join(notes, " · ")) + "  "
		}
		line2 += st.Muted.Render(strings.Join(parts, " · "))
	}
	return Fit(line1, w) + "\n" + Fit(line2, w)
}

// Track draws the journal as a line of width w: ━ what has been played, ─
// what is ahead, ▲ alerts (‼ critical), ◆ actions, ◇ new chain segments, ●
// the position. A column's place is its time in the session.
func Track(p *replay.Player, w int) string {
	if w <= 0 {
		return ""
	}
	start, end := p.Start(), p.End()
	span := end.Sub(start)
	col := func(at time.Time) int {
		if span <= 0 {
			return 0
		}
		return min(w-1, int(int64(w-1)*int64(at.Sub(start))/int64(span)))
	}
	cur := col(p.TimeAt(p.Pos()))
	if p.Pos() == 0 {
		cur = 0
	}
	cells := make([]rune, w)
	for i := range cells {
		cells[i] = '─'
		if i < cur {
			cells[i] = '━'
		}
	}
	rank := func(r rune) int {
		switch r {
		case '‼':
			return 4
		case '◆':
			return 3
		case '▲':
			return 2
		case '◇':
			return 1
		}
		return 0
	}
	for _, m := range p.Markers() {
		var r rune
		switch m.Kind {
		case replay.MarkAlert:
			if m.Severity != "critical" && m.Severity != "high" {
				continue // medium and low alerts would fill the bar
			}
			r = '▲'
			if m.Severity == "critical" {
				r = '‼'
			}
		case replay.MarkAction:
			r = '◆'
		case replay.MarkSegment:
			r = '◇'
		}
		c := col(m.Time)
		if rank(r) > rank(cells[c]) {
			cells[c] = r
		}
	}
	cells[cur] = '●'
	return string(cells)
}
