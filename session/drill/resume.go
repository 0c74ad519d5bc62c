package drill

import (
	"fmt"

	"warroom/session"
)

// A resumed drill (Config.Resume) goes on in the journal of a drill that
// crashed or was stopped. An embedded chain cannot continue the old one, so
// resuming means: the journal verified (a broken chain is refused) and its
// torn last line set aside, the state rebuilt from its events, then a new
// chain with the protocol deployed again and the script from its first
// block, marked by a session.resumed event. Everything recorded before
// (alerts, actions, approvals, checklist ticks, notes) stays in the state;
// an action still in flight on the old chain is recorded as failed, since
// the chain it was sent to is gone.

// openJournal creates the drill's journal, or for a resume opens the one
// there to append to it.
func openJournal(cfg Config) (*session.Journal, *session.Verification, error) {
	if !cfg.Resume {
		j, err := session.Create(cfg.Journal)
		return j, nil, err
	}
	j, v, err := session.OpenAppend(cfg.Journal)
	if err != nil {
		return nil, nil, err
	}
	if first := v.Events[0]; first.Kind != session.KindSessionStarted {
		j.Close()
		return nil, nil, fmt.Errorf("journal %s:1: the first event is %s, not session.started; it is not a drill journal that can be resumed", cfg.Journal, first.Kind)
	}
	return j, v, nil
}

// newSession is the drill's session: a new one, or one rebuilt from the
// journal it resumes.
func (d *Drill) newSession(j *session.Journal, opts session.Options) *session.Session {
	if d.prior == nil {
		return session.New(j, opts)
	}
	return session.Resume(j, d.prior.Events, opts)
}

// recordStart records session.started, or for a resume session.resumed
// with the new chain's identity, then fails what was in flight on the old
// chain.
func (d *Drill) recordStart(st session.Started) error {
	if d.prior == nil {
		_, err := d.session.Record(session.KindSessionStarted, st)
		return err
	}
	if _, err := d.session.RecordResumed(session.Resumed{Started: st, TornBytes: len(d.prior.Torn)}); err != nil {
		return err
	}
	now := d.session.State()
	for _, a := range now.InFlight() {
		if _, err := d.session.Record(session.KindActionFailed, session.ActionFailed{ID: a.ID,
			Error: "the drill was resumed on a new chain: the chain this action was sent to is gone; send it again if it is still needed"}); err != nil {
			return err
		}
	}
	return nil
}

// Resumed reports whether the drill goes on in an earlier drill's journal.
func (d *Drill) Resumed() bool { return d.prior != nil }
