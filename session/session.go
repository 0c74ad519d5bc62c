package session

import (
	"errors"
	"fmt"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"warroom/chain"
)

// ErrEnded is returned when recording into a session that has ended.
var ErrEnded = errors.New("session has ended")

// Session owns the journal and the state. Record is the only way in: an event
// is appended to the journal, then reduced, then announced, in that order.
type Session struct {
	mu      sync.Mutex
	journal *Journal
	state   State
	now     func() time.Time
	updates chan struct{}

	// tapMu keeps the tap in journal order without holding mu: Record takes
	// it before it lets go of mu.
	tapMu  sync.Mutex
	tap    func(Event) error
	tapErr error // the tap's first error; it is not called again after one
}

// Options configure a session.
type Options struct {
	// Now is the clock events are stamped with; time.Now when nil.
	Now func() time.Time
	// Tap sees each event after it is journaled and reduced, in journal
	// order (headless output). It runs outside the session's lock but must
	// not call back into the session. Its first error is recorded as a
	// warning and stops it; TapErr reports it.
	Tap func(Event) error
}

// New starts a session on a fresh journal.
func New(j *Journal, opts Options) *Session {
	now := opts.Now
	if now == nil {
		now = time.Now
	}
	return &Session{journal: j, now: now, updates: make(chan struct{}, 1), tap: opts.Tap}
}

// Record journals an event and applies it. Durable kinds are on disk when it returns.
func (s *Session) Record(kind Kind, data any) (Event, error) {
	s.mu.Lock()
	if s.state.Ended != nil {
		s.mu.Unlock()
		return Event{}, fmt.Errorf("record %s: %w", kind, ErrEnded)
	}
	ev, err := s.journal.Append(s.now(), kind, data)
	if err != nil {
		s.mu.Unlock()
		return Event{}, err
	}
	s.state = reduce(s.state, ev, payloadOf(kind, data))
	s.tapMu.Lock()
	s.mu.Unlock()
	tapFailed := s.runTap(ev)
	s.tapMu.Unlock()

	select {
	case s.updates <- struct{}{}:
	default: // a signal is already waiting; the reader will see the newest state
	}
	if tapFailed != nil {
		// The tap is off now, so this warning does not come back to it.
		if _, err := s.Record(KindWarning, Warning{Source: "tap", Message: tapFailed.Error()}); err != nil {
			return ev, errors.Join(tapFailed, err)
		}
	}
	return ev, nil
}

// runTap hands ev to the tap, and returns the tap's error the first time it
// fails. Called with tapMu held.
func (s *Session) runTap(ev Event) error {
	if s.tap == nil || s.tapErr != nil {
		return nil
	}
	if err := s.tap(ev); err != nil {
		s.tapErr = fmt.Errorf("event stream stopped at event %d: %w", ev.Seq, err)
		return s.tapErr
	}
	return nil
}

// TapErr is the error that stopped the tap, nil while it runs.
func (s *Session) TapErr() error {
	s.tapMu.Lock()
	defer s.tapMu.Unlock()
	return s.tapErr
}

// State is a snapshot of the session's state. It stays valid as the session moves on.
func (s *Session) State() State {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.state
}

// Updates is signalled after events are recorded; several events may share one signal.
func (s *Session) Updates() <-chan struct{} { return s.updates }

// Evidence reads alert a back in full from the journal: its findings,
// trace, logs and balance changes, which the state does not keep.
func (s *Session) Evidence(a *AlertEntry) (chain.Alert, error) {
	return JournalEvidence(s.journal)(a)
}

// JournalPath is where the session is recorded.
func (s *Session) JournalPath() string { return s.journal.Path() }

// Acknowledge records that a responder looked at the alert for tx.
func (s *Session) Acknowledge(tx common.Hash) error {
	if st := s.State(); st.Acknowledged(tx) {
		return nil
	}
	_, err := s.Record(KindAlertAcknowledged, Acknowledged{TxHash: tx, By: "responder"})
	return err
}

// Tick ticks or unticks checklist step (1-based) by hand.
func (s *Session) Tick(step int, done bool) error {
	if step < 1 || step > NumSteps {
		return fmt.Errorf("checklist step %d does not exist; steps are 1 to %d", step, NumSteps)
	}
	_, err := s.Record(KindChecklistTicked, Ticked{Step: step, Done: done, By: "responder"})
	return err
}

// AddNote records a note, attached to a checklist step when step is 1..NumSteps.
func (s *Session) AddNote(text string, step int) error {
	if text == "" {
		return errors.New("a note needs some text")
	}
	if step < 0 || step > NumSteps {
		step = 0
	}
	_, err := s.Record(KindNote, Note{Text: text, By: "responder", Step: step})
	return err
}

// End records session.ended and closes the journal. It is safe to call twice.
func (s *Session) End(reason string) error {
	st := s.State()
	if st.Ended != nil {
		return nil
	}
	_, err := s.Record(KindSessionEnded, Ended{Reason: reason, Drained: st.TotalDrained(), PausedBlock: st.PausedBlock})
	return errors.Join(err, s.journal.Close())
}
