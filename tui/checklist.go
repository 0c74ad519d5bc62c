package tui

import (
	"fmt"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"warroom/session"
	"warroom/themes"
)

// ChecklistPane shows the war-room checklist: each step, whether it is done,
// when and on what evidence, and its note.
type ChecklistPane struct {
	paneBase
	cursor int // 0-based step index
	drawn  [session.NumSteps]drawnStep
}

// drawnStep is a step's lines as last drawn, and what they were drawn from:
// a step changes when it is ticked or noted, not at every frame.
type drawnStep struct {
	look  stepLook
	lines []string
}

type stepLook struct {
	styles              *themes.Styles
	step                session.Step
	selected, highlight bool
	width               int
}

// NewChecklistPane returns the pane on an empty state.
func NewChecklistPane(c *Common) *ChecklistPane {
	return &ChecklistPane{paneBase: newPaneBase(c)}
}

// Title names the pane.
func (p *ChecklistPane) Title() string { return "Checklist" }

// SelectedStep is the step under the cursor, 1-based as in the checklist.
func (p *ChecklistPane) SelectedStep() int { return p.cursor + 1 }

// Update moves the cursor and ticks or unticks the selected step.
func (p *ChecklistPane) Update(msg tea.Msg) (*ChecklistPane, tea.Cmd) {
	km, ok := msg.(tea.KeyMsg)
	if !ok {
		return p, nil
	}
	k := p.c.Keys
	switch {
	case key.Matches(km, k.Up):
		p.cursor = max(0, p.cursor-1)
	case key.Matches(km, k.Down):
		p.cursor = min(session.NumSteps-1, p.cursor+1)
	case key.Matches(km, k.Top):
		p.cursor = 0
	case key.Matches(km, k.Bottom):
		p.cursor = session.NumSteps - 1
	case key.Matches(km, k.Details):
		n := p.SelectedStep()
		return p, say(openOverlayMsg{overlay: NewStepOverlay(p.c, n, p.state.Steps[n-1]), what: "checklist step"})
	case key.Matches(km, k.Tick):
		step := p.SelectedStep()
		done := !p.state.Steps[step-1].Done
		return p, tickCmd(p.c.Session, step, done)
	}
	return p, nil
}

func tickCmd(b Session, step int, done bool) tea.Cmd {
	return func() tea.Msg {
		verb := "ticked"
		if !done {
			verb = "unticked"
		}
		if err := b.Tick(step, done); err != nil {
			return backendResultMsg{err: fmt.Errorf("step %d not %s: %w", step, verb, err)}
		}
		return backendResultMsg{ok: fmt.Sprintf("step %d %s: %s", step, verb, session.StepTitles[step-1])}
	}
}

// ShortHelp lists the pane's main keys.
func (p *ChecklistPane) ShortHelp() []key.Binding {
	k := p.c.Keys
	return []key.Binding{k.Up, k.Down, k.Tick, withHelp(k.Note, "note on step"), withHelp(k.Details, "read whole")}
}

// FullHelp lists all the pane's keys.
func (p *ChecklistPane) FullHelp() [][]key.Binding {
	k := p.c.Keys
	return [][]key.Binding{{k.Up, k.Down, k.Top, k.Bottom, k.Tick, withHelp(k.Note, "note on the selected step"), withHelp(k.Details, "the step whole: evidence and note")}}
}

// View renders the checklist.
func (p *ChecklistPane) View() string {
	inner := p.w - 2
	avail := p.h - 2
	var (
		body   []string
		starts [session.NumSteps + 1]int
	)
	done := 0
	for i := range session.NumSteps {
		starts[i] = len(body)
		st := p.state.Steps[i]
		if st.Done {
			done++
		}
		look := stepLook{p.c.Styles, st, i == p.cursor, i == p.cursor && p.focused, inner}
		if d := &p.drawn[i]; d.lines == nil || d.look != look {
			d.look, d.lines = look, stepLines(look.styles, i+1, st, look.selected, look.highlight, inner)
		}
		body = append(body, p.drawn[i].lines...)
	}
	starts[session.NumSteps] = len(body)

	// Scroll so the selected step is whole on screen.
	offset := 0
	if len(body) > avail {
		end := starts[p.cursor+1]
		if end > avail {
			offset = end - avail
		}
		offset = min(offset, starts[p.cursor])
		body = body[offset:]
	} else if room := avail - len(body) - 2; room > 0 {
		body = append(body, p.noteLines(room, inner)...)
	}
	hint := ""
	if offset > 0 {
		hint = "↑ more"
	}
	title := fmt.Sprintf("%s · %d/%d done", p.Title(), done, session.NumSteps)
	return paneBox(p.c, title, hint, body, p.w, p.h, p.focused)
}

// noteLines are the newest general notes that fit in room lines, after a
// blank line and a heading. It looks at a bounded number of recent notes.
func (p *ChecklistPane) noteLines(room, width int) []string {
	st := p.c.Styles
	notes := p.state.Notes
	var out []string
	for i, seen := len(notes)-1, 0; i >= 0 && seen < 50 && len(out) < room; i, seen = i-1, seen+1 {
		n := notes[i]
		if n.Step != 0 {
			continue
		}
		text := UTCClock(n.Time) + " " + n.Text
		for _, l := range Wrap(text, width-2, 2) {
			if len(out) >= room {
				break
			}
			out = append(out, "  "+st.Note.Render(l))
		}
	}
	if len(out) == 0 {
		return nil
	}
	return append([]string{"", " " + st.Bold.Render("Notes") + st.Muted.Render(" · newest first")}, out...)
}

// stepLines renders one step: its title line, then when done the time since
// the session start and the evidence, then its note.
//
//	▸ [x]  3 Contracts paused
//	      +02:41 paused() is true at block 107
//	      ✎ paused by guardian key
func stepLines(st *themes.Styles, n int, s session.Step, selected, highlight bool, width int) []string {
	cur := "  "
	if selected {
		cur = "▸ "
	}
	box := "[ ]"
	if s.Done {
		box = "[x]"
	}
	title := Truncate(session.StepTitles[n-1], width-9)
	const indent = "      "
	var out []string
	if highlight {
		out = append(out, st.Selected.Render(Fit(fmt.Sprintf("%s%s %2d %s", cur, box, n, title), width)))
	} else {
		boxSt, titleSt := st.Todo, st.Text
		if s.Done {
			boxSt = st.Done
		}
		out = append(out, cur+boxSt.Render(box)+fmt.Sprintf(" %2d ", n)+titleSt.Render(title))
	}
	if s.Done {
		ev := FormatSince(s.Since)
		if s.Evidence != "" {
			ev += " " + s.Evidence
		}
		for _, l := range Wrap(ev, width-len(indent), 2) {
			out = append(out, indent+st.Evidence.Render(l))
		}
	}
	if s.Note != "" {
		for _, l := range Wrap("✎ "+s.Note, width-len(indent), 2) {
			out = append(out, indent+st.Note.Render(l))
		}
	}
	return out
}
