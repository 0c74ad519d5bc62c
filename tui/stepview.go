package tui

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"warroom/session"
)

// StepOverlay shows one checklist step whole: its title, when and on what
// evidence it was ticked, and its note, wrapped rather than cut (the pane
// gives each at most two lines). enter on the checklist opens it.
type StepOverlay struct {
	c    *Common
	n    int
	step session.Step
	w    int
}

var _ Overlay = (*StepOverlay)(nil)

// NewStepOverlay shows step n (1-based) as it stands.
func NewStepOverlay(c *Common, n int, step session.Step) *StepOverlay {
	return &StepOverlay{c: c, n: n, step: step}
}

// SetSize takes the terminal's size: the dialog is at most 80 columns.
func (o *StepOverlay) SetSize(w, _ int) { o.w = max(20, min(80, w-4)) }

// HandleKey: any key closes it.
func (o *StepOverlay) HandleKey(tea.KeyMsg) (bool, tea.Cmd) { return true, nil }

// ShortHelp lists the dialog's keys.
func (o *StepOverlay) ShortHelp() []key.Binding {
	return []key.Binding{withHelp(o.c.Keys.Close, "close (any key)")}
}

// FullHelp lists the dialog's keys.
func (o *StepOverlay) FullHelp() [][]key.Binding { return [][]key.Binding{o.ShortHelp()} }

// View renders the step.
func (o *StepOverlay) View() string {
	st := o.c.Styles
	width := o.w - 4
	var lines []string
	add := func(style func(...string) string, label, text string) {
		for i, l := range Wrap(text, width-len(label), 0) {
			if i == 0 {
				lines = append(lines, st.Label.Render(label)+style(l))
			} else {
				lines = append(lines, strings.Repeat(" ", len(label))+style(l))
			}
		}
	}
	add(st.Bold.Render, "", session.StepTitles[o.n-1])
	lines = append(lines, "")
	if o.step.Done {
		how := "ticked from evidence"
		if o.step.Manual {
			how = "ticked by hand"
		}
		add(st.Text.Render, "done      ", fmt.Sprintf("%s at %s, %s", FormatSince(o.step.Since), UTCClock(o.step.At), how))
		if o.step.Evidence != "" {
			add(st.Evidence.Render, "evidence  ", o.step.Evidence)
		}
	} else {
		add(st.Muted.Render, "not done  ", "no evidence yet")
	}
	if o.step.Note != "" {
		add(st.Note.Render, "note      ", o.step.Note)
	}
	return dialog(o.c, st.Bold.Render(fmt.Sprintf(" Step %d ", o.n)), lines, o.w, "any key closes")
}
