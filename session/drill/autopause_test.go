package drill

import (
	"testing"
	"time"

	"warroom/chain"
)

// Every scenario, headless with the circuit breaker (--auto-pause), loses
// less than the same script loses unanswered: the debrief's own figure of
// the unpaused run (of signing, for malicious-safe-tx), and the pre-attack
// alert comes before the first attack transaction where there is one.
func TestAutoPauseBeatsTheUnpausedRun(t *testing.T) {
	for _, sc := range Scenarios() {
		t.Run(sc.Name, func(t *testing.T) {
			d := startScenario(t, sc.Name, Config{AutoPause: true})
			stepTo(t, d, sc.Length)
			deadline := time.Now().Add(10 * time.Second)
			for st := d.session.State(); len(st.InFlight()) > 0 && time.Now().Before(deadline); st = d.session.State() {
				time.Sleep(10 * time.Millisecond)
			}
			sc2, ok := d.Scored()
			if !ok {
				t.Fatal("the drill was not scored when its script ended")
			}
			v := sc2.Value
			if v.Unpaused == nil || v.Unpaused.Drained.Sign() <= 0 {
				t.Fatalf("unpaused figure %+v: want a loss to compare with", v.Unpaused)
			}
			if v.Drained.Cmp(v.Unpaused.Drained) >= 0 {
				t.Fatalf("drained %s with the breaker, not below the unpaused run's %s", chain.FormatEther(v.Drained, 3), chain.FormatEther(v.Unpaused.Drained, 3))
			}
			st := d.session.State()
			if st.FirstAttack != nil {
				pre := false
				for _, a := range st.Alerts {
					pre = pre || (a.Rule == chain.RulePreAttack && a.Block < st.FirstAttack.Block)
				}
				if !pre {
					t.Errorf("no pre-attack alert before the first attack at block %d", st.FirstAttack.Block)
				}
			}
			t.Logf("drained %s, unpaused %s, score %d", chain.FormatEther(v.Drained, 3), chain.FormatEther(v.Unpaused.Drained, 3), sc2.Score)
		})
	}
}
