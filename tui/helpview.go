package tui

import (
	"strings"

	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
)

// helpGroup is a heading and its bindings.
type helpGroup struct {
	title string
	keys  []key.Binding
}

// newHelpModel is the bubbles help model in the console's styles.
func newHelpModel(c *Common) help.Model {
	h := help.New()
	st := c.Styles
	h.Styles = help.Styles{
		Ellipsis:       st.HelpSep,
		ShortKey:       st.HelpKey,
		ShortDesc:      st.HelpDesc,
		ShortSeparator: st.HelpSep,
		FullKey:        st.HelpKey,
		FullDesc:       st.HelpDesc,
		FullSeparator:  st.HelpSep,
	}
	return h
}

// HelpOverlay lists every binding of every pane plus the global ones,
// grouped, built from the same bindings the handlers match.
type HelpOverlay struct {
	c      *Common
	groups []helpGroup
	help   help.Model
	w      int
}

// NewHelpOverlay builds the help from the keymap and the panes' bindings.
func NewHelpOverlay(c *Common, panes []Pane, extra ...helpGroup) *HelpOverlay {
	k := c.Keys
	groups := []helpGroup{{"Global", k.globalKeys()}}
	for _, p := range panes {
		var keys []key.Binding
		for _, col := range p.FullHelp() {
			keys = append(keys, col...)
		}
		groups = append(groups, helpGroup{p.Title(), keys})
	}
	groups = append(groups, extra...)
	o := &HelpOverlay{c: c, groups: groups, help: newHelpModel(c)}
	o.SetSize(c.Width, c.Height)
	return o
}

// SetSize fits the overlay to the terminal.
func (o *HelpOverlay) SetSize(w, _ int) { o.w = max(40, w-8) }

// HandleKey: any key closes the help.
func (o *HelpOverlay) HandleKey(tea.KeyMsg) (bool, tea.Cmd) { return true, nil }

// ShortHelp lists the overlay's keys.
func (o *HelpOverlay) ShortHelp() []key.Binding {
	return []key.Binding{withHelp(o.c.Keys.Close, "close (any key)")}
}

// FullHelp lists the overlay's keys.
func (o *HelpOverlay) FullHelp() [][]key.Binding { return [][]key.Binding{o.ShortHelp()} }

// View lays the groups out as columns, wrapping to a second row when they
// do not fit across.
func (o *HelpOverlay) View() string {
	st := o.c.Styles
	inner := o.w - 4
	var (
		rows []string
		row  []string
		rowW int
	)
	const gap = 4
	for _, g := range o.groups {
		col := st.Bold.Render(g.title) + "\n" + o.help.FullHelpView([][]key.Binding{g.keys})
		cw := lipgloss.Width(col)
		if len(row) > 0 && rowW+gap+cw > inner {
			rows = append(rows, lipgloss.JoinHorizontal(lipgloss.Top, row...))
			row, rowW = nil, 0
		}
		if len(row) > 0 {
			row = append(row, strings.Repeat(" ", gap))
			rowW += gap
		}
		row = append(row, col)
		rowW += cw
	}
	if len(row) > 0 {
		rows = append(rows, lipgloss.JoinHorizontal(lipgloss.Top, row...))
	}
	body := strings.Split(strings.Join(rows, "\n\n"), "\n")
	body = append(body, "")
	dangerous := "Dangerous actions open a confirm dialog showing the exact transactions; " + keyName(o.c.Keys.Confirm) + " signs and sends, any other key cancels."
	for _, l := range Wrap(dangerous, inner-1, 0) {
		body = append(body, st.Muted.Render(l))
	}
	w := 0
	for _, l := range body {
		w = max(w, Width(l))
	}
	return dialog(o.c, st.DialogTitle.Render("Keys"), body, min(o.w, w+4), "any key closes")
}

// QuitOverlay asks before quitting while actions are in flight.
type QuitOverlay struct {
	c        *Common
	question string
}

// NewQuitOverlay asks the question.
func NewQuitOverlay(c *Common, question string) *QuitOverlay {
	return &QuitOverlay{c: c, question: question}
}

// SetSize is a no-op: the dialog sizes itself to its question.
func (o *QuitOverlay) SetSize(int, int) {}

// HandleKey: Confirm quits, anything else stays.
func (o *QuitOverlay) HandleKey(msg tea.KeyMsg) (bool, tea.Cmd) {
	if key.Matches(msg, o.c.Keys.Confirm) {
		return true, tea.Quit
	}
	return true, say(statusMsg{statusOK, "still here: quit cancelled"})
}

// ShortHelp lists the dialog's keys.
func (o *QuitOverlay) ShortHelp() []key.Binding {
	return []key.Binding{withHelp(o.c.Keys.Confirm, "quit anyway (any other key stays)")}
}

// FullHelp lists the dialog's keys.
func (o *QuitOverlay) FullHelp() [][]key.Binding { return [][]key.Binding{o.ShortHelp()} }

// View renders the question.
func (o *QuitOverlay) View() string {
	st := o.c.Styles
	lines := []string{"", st.Bold.Render(o.question), ""}
	return dialog(o.c, st.Danger.Render(" Quit? "), lines, Width(o.question)+4, "")
}
