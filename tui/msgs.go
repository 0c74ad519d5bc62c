package tui

import (
	"time"

	tea "github.com/charmbracelet/bubbletea"
)

// The messages the root handles itself. Each component's own messages are
// declared with it (pause.go for the pause workflow).

// stateChangedMsg says the backend has new events: read State().
type stateChangedMsg struct{}

// updatesClosedMsg says the backend's update channel closed: the session ended.
type updatesClosedMsg struct{}

// tickMsg refreshes clocks and ages.
type tickMsg time.Time

// backendResultMsg is the outcome of a quick backend call (acknowledge,
// tick, note): errors go to the status line, success may say so.
type backendResultMsg struct {
	ok  string // status text on success; empty says nothing
	err error  // already wrapped with what was attempted
}

// statusMsg is a component's line for the status bar.
type statusMsg struct {
	kind statusKind
	text string
}

// openOverlayMsg asks the root to open an overlay on top. While a prompt is
// open it waits until the prompt closes (submitted or abandoned), so a
// dialog never opens under the responder's typing, and the status line
// says what waits.
type openOverlayMsg struct {
	overlay Overlay
	what    string // what waits, for the status line: "pause ready to review"
}

// say is a command that hands msg to the root.
func say(msg tea.Msg) tea.Cmd { return func() tea.Msg { return msg } }
