package drill

import (
	"context"
	"encoding/json"
	"sync"
	"testing"
	"time"

	"warroom/session"
	"warroom/session/replay"
)

// Determinism: at every event where the live session's state was sampled
// (each update signal), the state rebuilt from the journal by the replay
// player equals it byte for byte, and so does the final state.
func TestReplayEqualsLiveStateAtEveryEvent(t *testing.T) {
	d := startManual(t, true)
	var (
		mu      sync.Mutex
		samples = map[uint64][]byte{}
		stop    = make(chan struct{})
		done    = make(chan struct{})
	)
	go func() {
		defer close(done)
		for {
			select {
			case <-d.Session().Updates():
				st := d.Session().State()
				b, err := json.Marshal(st)
				if err != nil {
					t.Error(err)
					return
				}
				mu.Lock()
				samples[st.Seq] = b
				mu.Unlock()
			case <-stop:
				return
			}
		}
	}()
	stepTo(t, d, d.scenario.AttackFrom+6)
	// Let the circuit breaker's pause settle, then sample the end.
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	for st := d.Session().State(); len(st.InFlight()) > 0 || st.PausedBlock == 0; st = d.Session().State() {
		if _, err := d.Step(ctx); err != nil {
			t.Fatal(err)
		}
	}
	close(stop)
	<-done
	live := d.Session().State()
	if err := d.Close("test over"); err != nil {
		t.Fatal(err)
	}
	liveEnd, _ := json.Marshal(live)

	v, err := session.VerifyFile(d.cfg.Journal)
	if err != nil || v.Err() != nil {
		t.Fatalf("journal: %v %v", err, v.Err())
	}
	p := replay.New(v.Events)
	if len(samples) < 20 {
		t.Fatalf("only %d live states sampled", len(samples))
	}
	for seq, want := range samples {
		p.Seek(int(seq))
		got, _ := json.Marshal(p.State())
		if string(got) != string(want) {
			t.Fatalf("state at event %d differs:\nlive   %.400s\nreplay %.400s", seq, want, got)
		}
	}
	p.Seek(int(live.Seq))
	if got, _ := json.Marshal(p.State()); string(got) != string(liveEnd) {
		t.Fatalf("final state at event %d differs", live.Seq)
	}
	t.Logf("%d live states of %d events matched the replay", len(samples), len(v.Events))
}
