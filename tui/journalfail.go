package tui

import "fmt"

// journalWatch is how the console learns that the session's journal failed
// (a full disk, a lost mount): the session has stopped recording, so the
// console says so at once and for good.
type journalWatch struct {
	err  func() error // Options.JournalErr; nil when not watched
	down bool         // the failure is already shown
}

// checkJournal shows a journal failure in the status line, once; it stays
// there, since nothing else the session does is recorded any more.
func (a *App) checkJournal() {
	if a.journal.err == nil || a.journal.down {
		return
	}
	if err := a.journal.err(); err != nil {
		a.journal.down = true
		a.ended = true
		a.setStatus(statusError, fmt.Sprintf("the journal failed, so the session has STOPPED: nothing more is recorded or sent (%v); press %s to leave",
			err, keyName(a.c.Keys.Quit)))
	}
}

// JournalDown reports whether the console is showing a journal failure.
func (a *App) JournalDown() bool { return a.journal.down }
