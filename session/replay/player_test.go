package replay_test

import (
	"encoding/json"
	"math/rand/v2"
	"path/filepath"
	"testing"

	"warroom/session"
	"warroom/session/internal/journalgen"
	"warroom/session/replay"
)

// drillEvents is a generated drill-shaped journal of n events, verified.
func drillEvents(t *testing.T, n int) []session.Event {
	t.Helper()
	path := filepath.Join(t.TempDir(), "j.jsonl")
	if err := journalgen.Write(path, n, "../"+journalgen.Templates); err != nil {
		t.Fatal(err)
	}
	v, err := session.VerifyFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := v.Err(); err != nil || len(v.Events) != n {
		t.Fatalf("%d events, %v", len(v.Events), err)
	}
	return v.Events
}

func marshal(t *testing.T, st session.State) string {
	t.Helper()
	b, err := json.Marshal(st)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// Seeking anywhere, in any order, from kept states or by decoding ahead
// over a long way, gives the state that reducing every event from the
// start gives; and a state the player handed out earlier still reads the
// same after it moved on, back and forth.
func TestSeekEqualsReduceFromStart(t *testing.T) {
	events := drillEvents(t, 7000)
	rng := rand.New(rand.NewPCG(5, 6))
	// The positions checked: both ends, around kept states and at random.
	var positions []int
	for _, p := range []int{0, 1, 2, 63, 64, 65, 2047, 2048, 2049, 4096, len(events) - 1, len(events)} {
		positions = append(positions, p)
	}
	for range 40 {
		positions = append(positions, rng.IntN(len(events)+1))
	}
	want := map[int]string{}
	var st session.State
	at := map[int]bool{}
	for _, p := range positions {
		at[p] = true
	}
	for i := 0; ; i++ {
		if at[i] {
			want[i] = marshal(t, st)
		}
		if i == len(events) {
			break
		}
		st = session.Reduce(st, events[i])
	}
	for _, every := range []int{1, 64, replay.DefaultSnapshotEvery} {
		p := replay.NewWithSnapshots(events, every)
		type seen struct {
			pos  int
			st   session.State
			json string
		}
		var handed []seen
		for round := range 3 {
			order := rng.Perm(len(positions))
			for _, i := range order {
				pos := positions[i]
				if got := p.Seek(pos); got != pos {
					t.Fatalf("every %d: seek to %d went to %d", every, pos, got)
				}
				if got := marshal(t, p.State()); got != want[pos] {
					t.Fatalf("every %d, round %d: the state at %d differs from reducing %d events from the start", every, round, pos, pos)
				}
				if len(handed) < 30 {
					handed = append(handed, seen{pos, p.State(), want[pos]})
				}
			}
			if round == 0 {
				p.Index()
			}
		}
		for _, h := range handed {
			if marshal(t, h.st) != h.json {
				t.Fatalf("every %d: the state handed out at %d changed after the player moved on", every, h.pos)
			}
		}
	}
}

// The markers count every alert and action, at the positions that show
// them.
func TestMarkersOnGeneratedJournal(t *testing.T) {
	events := drillEvents(t, 3000)
	p := replay.New(events)
	alerts := 0
	for _, ev := range events {
		if ev.Kind == session.KindAlert {
			alerts++
		}
	}
	n := 0
	for _, m := range p.Markers() {
		if m.Kind != replay.MarkAlert {
			continue
		}
		n++
		if ev := events[m.Pos-1]; ev.Kind != session.KindAlert || m.Severity == "" || m.Label != m.Severity+" alert" {
			t.Fatalf("marker %+v on a %s event", m, ev.Kind)
		}
	}
	if n != alerts || alerts == 0 {
		t.Fatalf("%d alert markers for %d alerts", n, alerts)
	}
	p.Seek(p.Len())
	if got := len(p.State().Alerts); got != alerts {
		t.Fatalf("%d alerts in the state at the end, want %d", got, alerts)
	}
}
