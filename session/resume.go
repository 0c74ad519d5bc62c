package session

import (
	"encoding/json"
	"errors"
	"time"

	"warroom/chain"
)

// KindSessionResumed marks a new chain segment in a journal: the session
// went on after a crash (or after it had ended), its state rebuilt from the
// journal, on a chain that is not the one the events before were read from.
const KindSessionResumed Kind = "session.resumed"

// Resumed is the data of session.resumed.
type Resumed struct {
	// Started is the new segment's chain and what it watches, as in
	// session.started; block numbers after this event are the new chain's.
	Started
	// Segment counts chain segments: 2 for the first resume.
	Segment int `json:"segment"`
	// After is the seq and hash of the last event of the previous segment.
	After     uint64 `json:"after"`
	AfterHash string `json:"afterHash"`
	// PreviousEnd is how the previous segment ended: its session.ended
	// reason, or "" when it stopped without one (a crash).
	PreviousEnd string `json:"previousEnd,omitempty"`
	// TornBytes is the size of a torn final line set aside in the .torn file.
	TornBytes int `json:"tornBytes,omitempty"`
}

// Segment is one chain segment of a session, for the screen and the report.
type Segment struct {
	Resumed
	Seq uint64 `json:"seq"` // the session.resumed event
}

// reduceResumed starts a new segment: the new chain's identity and watched
// contracts, the session no longer ended. Everything recorded before (alerts,
// actions, approvals, ticks, notes) stays.
func reduceResumed(s State, ev Event) (State, error) {
	var d Resumed
	if err := json.Unmarshal(ev.Data, &d); err != nil {
		return s, err
	}
	s.Started = d.Started
	s.Ended = nil
	s.Segments = append(s.Segments, Segment{Resumed: d, Seq: ev.Seq})
	// A new chain segment: what was read from the old chain no longer
	// describes the live one. The old pause stays in the record (its
	// alerts, actions and checklist tick) but the new chain is not paused
	// until it reads so, so the circuit breaker and the pause key act on it.
	s.PausedBlock = 0
	s.Head, s.HeadSeen = chain.BlockInfo{}, time.Time{}
	s.Protocol = chain.ProtocolState{}
	s.Recent = nil
	return s, nil
}

// Resume is a session on a journal opened with OpenAppend: its state is
// rebuilt from the journal's events, and the next event recorded should be
// session.resumed (RecordResumed). Nothing is appended until then.
func Resume(j *Journal, events []Event, opts Options) *Session {
	s := New(j, opts)
	var st State
	for _, ev := range events {
		st = Reduce(st, ev)
	}
	s.state = st
	return s
}

// RecordResumed records the start of a new chain segment. It is the one
// event a session that had ended takes.
func (s *Session) RecordResumed(d Resumed) (Event, error) {
	s.mu.Lock()
	st := s.state
	if d.Segment == 0 {
		d.Segment = len(st.Segments) + 2
	}
	d.After, d.AfterHash = st.Seq, st.Hash
	if st.Ended != nil {
		d.PreviousEnd = st.Ended.Reason
		if d.PreviousEnd == "" {
			d.PreviousEnd = "ended"
		}
	}
	// Let this one event through the ended check; the reducer reopens the
	// session with it.
	s.state.Ended = nil
	s.mu.Unlock()
	ev, err := s.Record(KindSessionResumed, d)
	if err != nil {
		s.mu.Lock()
		s.state.Ended = st.Ended
		s.mu.Unlock()
	}
	return ev, err
}

// JournalErr is the error that stopped the session's journal, nil while it
// works. A session whose journal failed records nothing more.
func (s *Session) JournalErr() error { return s.journal.Err() }

// JournalFailed is closed when the session's journal fails: the session
// has stopped, and whoever runs it must stop too and say so.
func (s *Session) JournalFailed() <-chan struct{} { return s.journal.Failed() }

// Head is the seq and hash of the last event journaled: the anchor to print
// when a session ends, so the record can be attested later.
func (s *Session) Head() (uint64, string) { return s.journal.Head() }

// ErrReplay is what a replay answers to anything that would write: a replay
// shows a record, it never adds to one.
var ErrReplay = errors.New("this is a replay: nothing is recorded or sent")
