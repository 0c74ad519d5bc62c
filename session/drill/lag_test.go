package drill

import (
	"testing"
	"time"

	"warroom/session"
)

// The lag is the worst wait from a seal to the record, at its block; a
// block recorded without a seal seen (setup, a stepped drill) is not counted.
func TestLagIsTheWorstWait(t *testing.T) {
	d := &Drill{cfg: Config{BlockTime: 50 * time.Millisecond}}
	d.noteSealed(7)
	d.noteSealed(8)
	time.Sleep(20 * time.Millisecond)
	d.noteRecorded(8)
	d.noteRecorded(7)
	d.noteRecorded(9) // never seen sealed
	l := d.Lag()
	if l.Blocks != 2 || l.Block != 7 || l.Worst < 20*time.Millisecond || l.Period != 50*time.Millisecond {
		t.Fatalf("%+v", l)
	}
	if len(d.sealed) != 0 {
		t.Fatalf("%d seal times kept after their blocks were recorded", len(d.sealed))
	}
}

// A drill never paused is compared as such, not as "later".
func TestCompareNeverPaused(t *testing.T) {
	got := compare(&session.AttackMark{Block: 17}, nil)
	if len(got) != len(incidents) {
		t.Fatalf("%d comparisons", len(got))
	}
	for _, c := range got {
		if c.Verdict != "never" {
			t.Errorf("%s: %s, want never", c.Incident, c.Verdict)
		}
	}
}
