package tui

import (
	"time"

	"warroom/chain"
	"warroom/session"
)

// stateChangedMsg says the backend has new events: read State().
type stateChangedMsg struct{}

// updatesClosedMsg says the backend's update channel closed: the session ended.
type updatesClosedMsg struct{}

// tickMsg refreshes clocks and ages.
type tickMsg time.Time

// planResultMsg is PlanPause's answer to request id.
type planResultMsg struct {
	id   int
	plan *session.Plan
	err  error
}

// execResultMsg is Execute's answer to request id.
type execResultMsg struct {
	id     int
	planID string
	err    error
}

// backendResultMsg is the outcome of a quick backend call (acknowledge,
// tick, note): errors go to the status line, success may say so.
type backendResultMsg struct {
	ok  string // status text on success; empty says nothing
	err error  // already wrapped with what was attempted
}

// openDetailMsg asks the root to open the detail overlay for an alert.
type openDetailMsg struct {
	alert chain.Alert
}

// confirmedMsg says the responder pressed y on the confirm dialog of plan.
type confirmedMsg struct {
	plan *session.Plan
}
