package tui

import (
	"github.com/charmbracelet/bubbles/help"

	"warroom/session"
)

// Pane is one of the console's side-by-side panes. Each concrete pane also
// has an Update(tea.Msg) that returns its own type, so the root never
// type-asserts a child.
type Pane interface {
	help.KeyMap
	// View renders the pane, border included, in exactly its size.
	View() string
	SetSize(w, h int)
	// SetState hands the pane the newest state. It must cost what changed,
	// not what the state holds.
	SetState(s *session.State)
	Focus()
	Blur()
	Focused() bool
	Title() string
}

var (
	_ Pane = (*ProtocolPane)(nil)
	_ Pane = (*AlertsPane)(nil)
	_ Pane = (*ChecklistPane)(nil)
)

// paneBase is what every pane has: the shared Common, the state it shows,
// its size and its focus. Panes embed it and override what differs.
type paneBase struct {
	c       *Common
	state   *session.State
	w, h    int
	focused bool
}

func newPaneBase(c *Common) paneBase { return paneBase{c: c, state: &session.State{}} }

// SetSize sets the pane's outer size.
func (p *paneBase) SetSize(w, h int) { p.w, p.h = w, h }

// SetState takes the newest state.
func (p *paneBase) SetState(s *session.State) { p.state = s }

// Focus marks the pane focused.
func (p *paneBase) Focus() { p.focused = true }

// Blur marks the pane unfocused.
func (p *paneBase) Blur() { p.focused = false }

// Focused reports whether the pane has the keys.
func (p *paneBase) Focused() bool { return p.focused }
