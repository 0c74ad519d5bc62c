package tui

import (
	"fmt"
	"math/big"
	"strconv"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"warroom/chain"
	"warroom/session"
	"warroom/themes"
)

// DebriefOverlay shows a drill's debrief (drill.scored): the score and the
// rubric that gave it, the times from the first attack, the value drained
// against what nobody responding would have lost, the wrong fixes caught,
// the checklist, and the pause beside real incidents'. It opens by itself
// when a drill is scored, and again on the Debrief key.
type DebriefOverlay struct {
	c    *Common
	sc   session.Scored
	body scrollView
	w    int
}

var _ Overlay = (*DebriefOverlay)(nil)

// NewDebriefOverlay opens a debrief.
func NewDebriefOverlay(c *Common, sc session.Scored) *DebriefOverlay {
	o := &DebriefOverlay{c: c, sc: sc, body: newScrollView(c.Keys)}
	o.SetSize(c.Width, c.Height)
	return o
}

// SetSize fits the overlay to the terminal: up to 110 columns, nearly full
// height, scrolling what does not fit.
func (o *DebriefOverlay) SetSize(w, h int) {
	o.w = max(40, min(110, w-4))
	o.body.fill(debriefLines(o.c.Styles, &o.sc, o.w-4), o.w-4, h-4)
}

// HandleKey scrolls, or closes on Close or the Debrief key. The root
// quits on Quit before the overlay sees it.
func (o *DebriefOverlay) HandleKey(msg tea.KeyMsg) (bool, tea.Cmd) {
	k := o.c.Keys
	if key.Matches(msg, k.Close) || key.Matches(msg, k.Debrief) {
		return true, nil
	}
	return false, o.body.scroll(msg)
}

// ShortHelp lists the overlay's keys.
func (o *DebriefOverlay) ShortHelp() []key.Binding {
	k := o.c.Keys
	return []key.Binding{withHelp(k.Down, "scroll"), withHelp(k.Cancel, "close"), k.Quit}
}

// FullHelp lists the overlay's keys.
func (o *DebriefOverlay) FullHelp() [][]key.Binding { return [][]key.Binding{o.ShortHelp()} }

// View renders the overlay.
func (o *DebriefOverlay) View() string {
	st := o.c.Styles
	title := st.DialogTitle.Render(fmt.Sprintf("Drill debrief · score %d/%d", o.sc.Score, session.MaxScore))
	k := o.c.Keys
	return o.body.render(o.c, title, o.w, keyName(k.Cancel)+" close · "+keyName(k.Quit)+" quit")
}

// debriefLines renders a debrief for a box width columns wide.
func debriefLines(st *themes.Styles, sc *session.Scored, width int) []string {
	var out []string
	add := func(l ...string) { out = append(out, l...) }
	heading := func(s string) { add("", st.Bold.Render(Truncate(s, width))) }
	const nameW, ptsW = 14, 7
	// Labelled rows: the value wrapped under its column.
	f := newFields(st, nameW, width, add)

	about := []string{sc.Scenario}
	if sc.Seed != 0 {
		about = append(about, "seed "+strconv.FormatUint(sc.Seed, 10))
	}
	if sc.Reason != "" {
		about = append(about, sc.Reason)
	}
	about = append(about, "block "+strconv.FormatUint(sc.Block, 10))
	for i, l := range Wrap(fmt.Sprintf("Score %d/%d · %s", sc.Score, session.MaxScore, strings.Join(about, " · ")), width, 0) {
		if i == 0 {
			l = st.Bold.Render(l)
		}
		add(l)
	}

	// The rubric: name, points, and why, wrapped under the why column.
	heading("Rubric")
	whyW := max(10, width-2-nameW-ptsW)
	for _, l := range sc.Rubric {
		pts := PadLeft(fmt.Sprintf("%d/%d", l.Points, l.Max), ptsW-2) + "  "
		render := st.Text.Render
		if l.Points == 0 {
			render = st.Muted.Render
		}
		for i, w := range Wrap(l.Why, whyW, 0) {
			if i == 0 {
				add("  " + st.Label.Render(PadRight(l.Name, nameW)) + render(pts) + w)
				continue
			}
			add("  " + strings.Repeat(" ", nameW+ptsW) + w)
		}
	}

	// The times, from the first attack.
	if a := sc.Attack; a != nil {
		what := "drained"
		if !a.Drained {
			what = "the script's first attack; it never drained"
		}
		heading(fmt.Sprintf("From the first attack (block %d, %s UTC, %s)", a.Block, UTCClock(a.At), what))
	} else {
		heading("No attack yet")
	}
	for _, m := range []struct {
		name string
		m    *session.Moment
	}{{"acknowledged", sc.Acknowledged}, {"paused", sc.Paused}, {"fix composed", sc.Composed}, {"fix verified", sc.Verified}} {
		if m.m == nil {
			f.field(m.name, "—", st.Muted.Render)
			continue
		}
		f.field(m.name, momentText(sc, m.m))
	}

	// The value.
	heading("Value")
	v := sc.Value
	f.field("drained", ethText(v.Drained))
	if v.Unpaused != nil && v.Saved != nil {
		u := v.Unpaused
		if u.Basis == session.BasisSigned {
			f.field("if signed", ethText(u.Drained)+": the treasury the backdoor sweeps once the request executes")
		} else {
			f.field("unpaused", fmt.Sprintf("%s: what the same script drains if nobody responds, measured (%d attacks, %d replayed)",
				ethText(u.Drained), u.Attacks, u.Simulated))
		}
		f.field("saved", fmt.Sprintf("%s, %d%%", ethText(v.Saved.Amount), v.Saved.Percent), st.Bold.Render)
	} else {
		f.field("unpaused", "not measured", st.Muted.Render)
	}

	// Fixes and the checklist.
	heading("Fixes and checklist")
	w := sc.WrongFixes
	wrong := "none tried"
	switch {
	case len(w.Shipped) > 0:
		wrong = "shipped: " + strings.Join(w.Shipped, ", ")
	case len(w.Caught) > 0:
		wrong = "caught before any was deployed: " + strings.Join(w.Caught, ", ")
	}
	f.field("wrong fixes", wrong)
	c := sc.Checklist
	f.field("checklist", fmt.Sprintf("%d of %d steps done with evidence, %d done in all", c.Evidence, c.Of, c.Done))

	// Real incidents.
	if len(sc.Compared) > 0 {
		heading("Time to pause, against real incidents")
		const incW, verdictW = 15, 10
		paused := "never paused"
		if p := sc.Paused; p != nil {
			paused = "paused " + afterText(sc, p)
		}
		pausedW := max(8, width-2-incW-verdictW)
		for i, l := range Wrap(paused, pausedW, 0) {
			name := ""
			if i == 0 {
				name = "this drill"
			}
			add("  " + st.Label.Render(PadRight(name, incW)) + PadRight("", verdictW) + l)
		}
		for _, cmp := range sc.Compared {
			for i, l := range Wrap(cmp.Paused, pausedW, 0) {
				if i == 0 {
					add("  " + st.Label.Render(PadRight(cmp.Incident, incW)) + st.Bold.Render(PadRight(cmp.Verdict, verdictW)) + l)
					continue
				}
				add("  " + strings.Repeat(" ", incW+verdictW) + l)
			}
		}
	}
	return out
}

// momentText is when something happened: its block and how long after the
// first attack.
func momentText(sc *session.Scored, m *session.Moment) string {
	if sc.Attack == nil {
		return fmt.Sprintf("block %d, %s UTC", m.Block, UTCClock(m.At))
	}
	return fmt.Sprintf("block %d, %s", m.Block, afterText(sc, m))
}

// afterText is a moment against the first attack: "+3 blocks, 6.2 s after",
// "2 blocks before".
func afterText(sc *session.Scored, m *session.Moment) string {
	if sc.Attack == nil {
		return "before any attack"
	}
	blocks := plural(int(abs64(m.AfterBlocks)), "block", "blocks")
	secs := strconv.FormatFloat(abs(m.AfterSeconds), 'f', 1, 64) + " s"
	switch {
	case m.AfterBlocks < 0:
		return blocks + " (" + secs + ") before the first attack"
	case m.AfterBlocks == 0 && m.AfterSeconds <= 0:
		return "with the first attack"
	}
	return blocks + " (" + secs + ") after the first attack"
}

// ethText is wei in ether, three decimals.
func ethText(wei *big.Int) string { return chain.FormatEther(wei, 3) }

func abs(f float64) float64 {
	if f < 0 {
		return -f
	}
	return f
}

func abs64(n int64) int64 {
	if n < 0 {
		return -n
	}
	return n
}
