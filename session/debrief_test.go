package session

import (
	"encoding/json"
	"math/big"
	"testing"
	"time"
)

func scoredEvent(t *testing.T, seq uint64, at time.Time, d any) Event {
	t.Helper()
	raw, err := json.Marshal(d)
	if err != nil {
		t.Fatal(err)
	}
	return Event{Seq: seq, Time: at, Kind: KindDrillScored, Data: raw}
}

// drill.scored is known: the newest debrief is kept in the state with its
// journal line, a later one replaces it, and one that does not decode is
// kept as unknown, not lost.
func TestReduceScored(t *testing.T) {
	at := time.Date(2026, 1, 1, 12, 0, 0, 0, time.UTC)
	var s State
	s = Reduce(s, scoredEvent(t, 7, at, Scored{Scenario: "reentrancy", Seed: 3, Reason: "script over", Score: 54,
		Value: ScoredValue{Drained: big.NewInt(11), Saved: &Saved{Amount: big.NewInt(131), Percent: 92}}}))
	if s.Scored == nil || s.Scored.Seq != 7 || !s.Scored.Time.Equal(at) || s.Scored.Score != 54 || s.Scored.Value.Saved.Percent != 92 || len(s.Unknown) != 0 {
		t.Fatalf("scored %+v, unknown %d", s.Scored, len(s.Unknown))
	}
	first := s
	s = Reduce(s, scoredEvent(t, 9, at.Add(time.Minute), Scored{Scenario: "reentrancy", Reason: "responder quit", Score: 74}))
	if s.Scored.Seq != 9 || s.Scored.Score != 74 || s.Scored.Reason != "responder quit" {
		t.Errorf("a later debrief did not replace the first: %+v", s.Scored)
	}
	if first.Scored.Score != 54 {
		t.Error("reducing changed an earlier state's debrief")
	}
	s = Reduce(s, Event{Seq: 10, Kind: KindDrillScored, Data: json.RawMessage(`{"score":"many"}`)})
	if len(s.Unknown) != 1 || s.Scored.Seq != 9 {
		t.Errorf("a drill.scored that does not decode: unknown %d, scored %+v", len(s.Unknown), s.Scored)
	}
	if !KindDrillScored.durable() {
		t.Error("drill.scored is not fsynced before Record returns")
	}
}
