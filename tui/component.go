package tui

import (
	"github.com/charmbracelet/bubbles/help"
	tea "github.com/charmbracelet/bubbletea"

	"warroom/session"
)

// Component is the one shape of everything the root draws: the panes, the
// overlays and the prompt. It names its keys (help.KeyMap, so the footer and
// the help overlay are built from the bindings it answers to), takes a size,
// and renders itself.
//
// Panes and the prompt also have an Update returning their own type
// (Update(tea.Msg) (*AlertsPane, tea.Cmd)), as glow's children do, so the
// root never type-asserts a child at run time; overlays take their keys
// through HandleKey. Workflows without a View (pauseFlow, composerFlow)
// have the same update returning their own type.
type Component interface {
	help.KeyMap
	// SetSize gives the component its room: a pane its outer size, an
	// overlay the terminal's size (it picks its own size within it), the
	// prompt the footer's width.
	SetSize(w, h int)
	// View renders the component, one line per "\n". A pane fills exactly
	// its size, border included; an overlay draws its box.
	View() string
}

// Pane is one of the console's side-by-side panes.
type Pane interface {
	Component
	// SetState hands the pane the newest state. It must cost what changed,
	// not what the state holds.
	SetState(s *session.State)
	Focus()
	Blur()
	Focused() bool
	Title() string
}

// Overlay is a dialog drawn centred over the panes. The top overlay gets
// every key until it closes.
type Overlay interface {
	Component
	// HandleKey takes a key. done closes the overlay; cmd runs either way.
	HandleKey(msg tea.KeyMsg) (done bool, cmd tea.Cmd)
}

var (
	_ Pane      = (*ProtocolPane)(nil)
	_ Pane      = (*AlertsPane)(nil)
	_ Pane      = (*ChecklistPane)(nil)
	_ Overlay   = (*DetailOverlay)(nil)
	_ Overlay   = (*ConfirmOverlay)(nil)
	_ Overlay   = (*HelpOverlay)(nil)
	_ Overlay   = (*QuitOverlay)(nil)
	_ Overlay   = (*ComposerOverlay)(nil)
	_ Component = (*Prompt)(nil)
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
