package drill

import (
	"testing"
	"time"

	"warroom/chain"
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

// Behind is the most blocks sealed and not recorded at a seal; a block
// the watcher records before its seal is noted counts, with no wait, and
// is not left behind as unrecorded.
func TestLagBehindAndEarlyRecords(t *testing.T) {
	d := &Drill{cfg: Config{BlockTime: 20 * time.Millisecond}}
	d.noteSealed(5)
	d.noteRecorded(5)
	d.noteSealed(6)
	d.noteSealed(7) // 6 not recorded yet: one behind
	d.noteRecorded(6)
	d.noteRecorded(7)
	d.noteRecorded(8) // before its seal is noted
	d.noteSealed(8)
	d.noteSealed(9)
	d.noteRecorded(9)
	l := d.Lag()
	if l.Behind != 1 || l.Blocks != 5 {
		t.Fatalf("behind %d over %d blocks, want 1 over 5: %+v", l.Behind, l.Blocks, l)
	}
	if len(d.sealed) != 0 || len(d.early) != 0 {
		t.Fatalf("%d seal times and %d early records kept", len(d.sealed), len(d.early))
	}
	d.noteHeld(10, hold{breaker: true, took: 30 * time.Millisecond})
	d.noteHeld(11, hold{took: 10 * time.Millisecond})
	if l := d.Lag(); l.Held != 2 || l.ForBreaker != 1 || l.HeldWorst != 30*time.Millisecond || l.HeldBlock != 10 {
		t.Fatalf("holds %+v", l)
	}
}

// The clock holds a block for a tripped breaker until its pause is in the
// pool, it failed, the responder gave up with a warning, or the protocol
// is paused; an older breaker pause still being sent holds it too.
func TestBreakerHandedOff(t *testing.T) {
	pause := func(status session.ActionStatus, txs, submitted int, auto bool) session.Action {
		return session.Action{ActionRequested: session.ActionRequested{ID: "pause-1", Action: session.ActionPause, Auto: auto,
			Txs: make([]chain.TxPlan, txs)}, Status: status, Submitted: submitted}
	}
	confirmed := pause(session.ActionStatusConfirmed, 1, 1, true)
	for _, tc := range []struct {
		name string
		arm  breakerArm
		st   session.State
		want bool
	}{
		{"nothing requested yet", breakerArm{on: true}, session.State{}, false},
		{"requested, not sent", breakerArm{on: true}, session.State{Actions: []session.Action{pause(session.ActionStatusRequested, 1, 0, true)}}, false},
		{"one of two sent", breakerArm{on: true}, session.State{Actions: []session.Action{pause(session.ActionStatusPending, 2, 1, true)}}, false},
		{"in the pool", breakerArm{on: true}, session.State{Actions: []session.Action{pause(session.ActionStatusPending, 1, 1, true)}}, true},
		{"failed", breakerArm{on: true}, session.State{Actions: []session.Action{pause(session.ActionStatusFailed, 1, 0, true)}}, true},
		{"an older pause confirmed, none since", breakerArm{on: true, actions: 1}, session.State{Actions: []session.Action{confirmed}}, false},
		{"an older breaker pause in the pool", breakerArm{on: true, actions: 1}, session.State{Actions: []session.Action{pause(session.ActionStatusPending, 1, 1, true)}}, true},
		{"a human's pause being sent", breakerArm{on: true}, session.State{Actions: []session.Action{pause(session.ActionStatusRequested, 1, 0, false)}}, false},
		{"the responder gave up", breakerArm{on: true, warnings: 1}, session.State{Warnings: []session.WarningEntry{
			{Warning: session.Warning{Source: "responder"}}, {Warning: session.Warning{Source: "responder", Message: "auto-pause: pause: in flight"}}}}, true},
		{"another source warned", breakerArm{on: true}, session.State{Warnings: []session.WarningEntry{{Warning: session.Warning{Source: "watcher"}}}}, false},
		{"paused", breakerArm{on: true}, session.State{PausedBlock: 18, Actions: []session.Action{pause(session.ActionStatusRequested, 1, 0, true)}}, true},
	} {
		if got := tc.arm.handedOff(&tc.st); got != tc.want {
			t.Errorf("%s: handed off %v, want %v", tc.name, got, tc.want)
		}
	}
}

// BenchmarkDrillClock runs the default scenario headless with the circuit
// breaker at a 20 ms block time until the pause lands, and reports the
// watcher's worst seal-to-record wait (worst-lag-ms), the blocks it was
// behind at a seal (behind), the blocks the clock held for the pipeline
// (held) and the longest hold (hold-ms), and the blocks from the first
// attack to the pause (pause-blocks), each the worst over the runs.
func BenchmarkDrillClock(b *testing.B) {
	var worst Lag
	pauseBlocks := uint64(0)
	for b.Loop() {
		d := startScenario(b, DefaultScenario, Config{AutoPause: true, BlockTime: 20 * time.Millisecond})
		st := d.session.State()
		for deadline := time.Now().Add(30 * time.Second); st.PausedBlock == 0 && time.Now().Before(deadline); st = d.session.State() {
			time.Sleep(5 * time.Millisecond)
		}
		if err := d.Close("benchmark over"); err != nil {
			b.Fatal(err)
		}
		if st.FirstAttack == nil || st.PausedBlock == 0 {
			b.Fatalf("first attack %+v, paused at block %d", st.FirstAttack, st.PausedBlock)
		}
		pauseBlocks = max(pauseBlocks, st.PausedBlock-st.FirstAttack.Block)
		l := d.Lag()
		worst.Worst, worst.Behind, worst.Held, worst.HeldWorst = max(worst.Worst, l.Worst), max(worst.Behind, l.Behind), max(worst.Held, l.Held), max(worst.HeldWorst, l.HeldWorst)
	}
	b.ReportMetric(ms(worst.Worst), "worst-lag-ms")
	b.ReportMetric(float64(worst.Behind), "behind")
	b.ReportMetric(float64(worst.Held), "held")
	b.ReportMetric(ms(worst.HeldWorst), "hold-ms")
	b.ReportMetric(float64(pauseBlocks), "pause-blocks")
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
