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
