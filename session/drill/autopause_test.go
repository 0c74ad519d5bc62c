package drill

import (
	"encoding/json"
	"fmt"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"warroom/chain"
	"warroom/session"
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

// At a fast block time the circuit breaker's pause lands in the block
// right after the first attack, run after run, and the watcher is never a
// block behind the clock: when block n is journaled, the chain's head is
// still n (the clock holds block n+1 for the watcher and the breaker).
func TestAutoPauseNextBlockAtSpeed(t *testing.T) {
	runs := 3
	if testing.Short() {
		runs = 1
	}
	for run := range runs {
		var (
			drill  atomic.Pointer[Drill]
			mu     sync.Mutex
			behind []string
		)
		tap := func(ev session.Event) error {
			d := drill.Load()
			if d == nil || ev.Kind != session.KindBlock {
				return nil
			}
			var b chain.BlockInfo
			if err := json.Unmarshal(ev.Data, &b); err != nil {
				return err
			}
			if head := d.chain.Head(); head != b.Number {
				mu.Lock()
				behind = append(behind, fmt.Sprintf("block %d journaled with the head at %d", b.Number, head))
				mu.Unlock()
			}
			return nil
		}
		d := startScenario(t, DefaultScenario, Config{AutoPause: true, BlockTime: 10 * time.Millisecond, Tap: tap})
		drill.Store(d)
		deadline := time.Now().Add(30 * time.Second)
		st := d.session.State()
		for ; st.PausedBlock == 0 && time.Now().Before(deadline); st = d.session.State() {
			time.Sleep(5 * time.Millisecond)
		}
		if err := d.Close("test over"); err != nil {
			t.Fatal(err)
		}
		if st.FirstAttack == nil || st.PausedBlock == 0 {
			t.Fatalf("run %d: first attack %+v, paused at block %d: want an attack, then the pause", run, st.FirstAttack, st.PausedBlock)
		}
		if st.PausedBlock != st.FirstAttack.Block+1 {
			t.Errorf("run %d: first attack in block %d, paused in block %d: want the block after", run, st.FirstAttack.Block, st.PausedBlock)
		}
		mu.Lock()
		if len(behind) > 0 {
			t.Errorf("run %d: the watcher fell behind the clock %d times: %s", run, len(behind), strings.Join(behind, "; "))
		}
		mu.Unlock()
	}
}
