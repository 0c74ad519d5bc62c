package session

import (
	"errors"
	"path/filepath"
	"sync"
	"testing"
	"time"
)

func newSession(t *testing.T, tap func(Event) error) *Session {
	t.Helper()
	j, err := Create(filepath.Join(t.TempDir(), "j.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { j.Close() })
	clock := t0
	var mu sync.Mutex
	return New(j, Options{Tap: tap, Now: func() time.Time {
		mu.Lock()
		defer mu.Unlock()
		clock = clock.Add(time.Millisecond)
		return clock
	}})
}

// The tap sees every event once, in journal order, even when several
// goroutines record at once.
func TestTapInJournalOrder(t *testing.T) {
	var (
		mu   sync.Mutex
		seqs []uint64
	)
	s := newSession(t, func(ev Event) error {
		mu.Lock()
		seqs = append(seqs, ev.Seq)
		mu.Unlock()
		return nil
	})
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 50; i++ {
				if _, err := s.Record(KindNote, Note{Text: "x"}); err != nil {
					t.Error(err)
				}
			}
		}()
	}
	wg.Wait()
	if len(seqs) != 400 {
		t.Fatalf("tap saw %d events, want 400", len(seqs))
	}
	for i, seq := range seqs {
		if seq != uint64(i+1) {
			t.Fatalf("tap saw seq %d at position %d: out of journal order", seq, i)
		}
	}
}

// A slow tap (stdout blocked) does not hold the session's lock: the
// console can still read the state meanwhile.
func TestTapRunsOutsideTheLock(t *testing.T) {
	release := make(chan struct{})
	entered := make(chan struct{})
	s := newSession(t, func(ev Event) error {
		if ev.Seq == 1 {
			close(entered)
			<-release
		}
		return nil
	})
	recorded := make(chan error, 1)
	go func() {
		_, err := s.Record(KindNote, Note{Text: "first"})
		recorded <- err
	}()
	<-entered
	got := make(chan State, 1)
	go func() { got <- s.State() }()
	select {
	case st := <-got:
		if st.Seq != 1 {
			t.Errorf("state during the tap is at seq %d, want 1", st.Seq)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("State() blocked while the tap was running")
	}
	close(release)
	if err := <-recorded; err != nil {
		t.Fatal(err)
	}
}

// The tap's first error is recorded as a warning, reported by TapErr, and
// stops the tap; the session goes on.
func TestTapErrorIsReportedAndStopsTheTap(t *testing.T) {
	broken := errors.New("write /dev/stdout: broken pipe")
	calls := 0
	s := newSession(t, func(ev Event) error {
		calls++
		if ev.Seq == 2 {
			return broken
		}
		return nil
	})
	for i := 0; i < 4; i++ {
		if _, err := s.Record(KindNote, Note{Text: "n"}); err != nil {
			t.Fatalf("record %d: %v", i+1, err)
		}
	}
	if calls != 2 {
		t.Errorf("tap called %d times, want 2 (stopped after its error)", calls)
	}
	if err := s.TapErr(); !errors.Is(err, broken) {
		t.Fatalf("TapErr() = %v, want the tap's error", err)
	}
	st := s.State()
	if len(st.Warnings) != 1 || st.Warnings[0].Source != "tap" {
		t.Fatalf("warnings %+v, want one from the tap", st.Warnings)
	}
	if st.Seq != 5 {
		t.Errorf("seq %d, want 4 notes and the warning", st.Seq)
	}
}
