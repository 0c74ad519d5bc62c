package report

import (
	"context"
	"flag"
	"math/big"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/charmbracelet/x/exp/golden"
	"github.com/ethereum/go-ethereum/common"

	"warroom/chain"

	"warroom/session"
	"warroom/session/drill"
)

// The report golden is built from a drill recorded by the drill package
// (testdata/drill.jsonl, a fixed clock, blocks sealed by Step, the circuit
// breaker on, a note and a tick by hand). Regenerate both with
//
//	go test ./session/report -run TestReportGolden -update -record
var record = flag.Bool("record", false, "record testdata/drill.jsonl again from a drill")

const fixture = "testdata/drill.jsonl"

func recordDrill(t *testing.T) {
	t.Helper()
	var mu sync.Mutex
	clock := time.Date(2026, 11, 21, 16, 0, 0, 0, time.UTC)
	now := func() time.Time {
		mu.Lock()
		defer mu.Unlock()
		clock = clock.Add(250 * time.Millisecond)
		return clock
	}
	path := filepath.Join(t.TempDir(), "drill.jsonl")
	d, err := drill.Start(context.Background(), drill.Config{Scenario: drill.DefaultScenario, Journal: path, AutoPause: true, Now: now})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	sc := d.Scenario()
	for i := uint64(0); i < sc.Length; i++ {
		if _, err := d.Step(ctx); err != nil {
			t.Fatal(err)
		}
		// Let the circuit breaker's pause reach the pool before the next seal.
		for st := d.Session().State(); hasUnsent(st); st = d.Session().State() {
			time.Sleep(time.Millisecond)
		}
		if i == sc.AttackFrom+3 {
			if err := d.Session().Tick(session.StepDeclared, true); err != nil {
				t.Fatal(err)
			}
			if err := d.Session().AddNote("withdraw sends the ether before it zeroes the balance: re-entrancy", session.StepRootCause); err != nil {
				t.Fatal(err)
			}
		}
	}
	if err := d.Close("script over"); err != nil {
		t.Fatal(err)
	}
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(fixture, raw, 0o644); err != nil {
		t.Fatal(err)
	}
}

func hasUnsent(st session.State) bool {
	for _, a := range st.Actions {
		if a.Status == session.ActionStatusRequested {
			return true
		}
	}
	return false
}

func TestReportGolden(t *testing.T) {
	if *record {
		recordDrill(t)
	}
	v, err := session.VerifyFile(fixture)
	if err != nil || v.Err() != nil {
		t.Fatalf("fixture: %v %v", err, v.Err())
	}
	md, err := Build(v, Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"# Post-mortem: drill reentrancy",
		"| time to pause |", "| value drained | 11.000 ETH", "| value saved |",
		"## Value held over blocks", "A first attack, P paused",
		"## Timeline (UTC)", "**protocol paused**",
		"| attack |", "| response (pause-1) |",
		"## Affected addresses", "paused; saved:",
		"| pause-1 | pause | circuit breaker |",
		"No cosigner approval was recorded.",
		"| [x] | 3. Contracts paused |", "| [x] | 1. Incident declared, roles assigned |",
		"re-entrancy", "## Drill score",
		"head hash: `" + v.Head() + "`", "events: " + strconv.Itoa(len(v.Events)),
	} {
		if !strings.Contains(md, want) {
			t.Errorf("report lacks %q", want)
		}
	}
	// The chart and the drain rate are on the first screen.
	if i := strings.Index(md, "Drain rate while the attack ran"); i < 0 || strings.Count(md[:i], "\n") > 40 {
		t.Errorf("the drain rate is not in the first 40 lines")
	}
	golden.RequireEqual(t, []byte(md))
}

// A broken journal is reported up to the break, and says so; an empty one
// is refused.
func TestReportOfBrokenJournal(t *testing.T) {
	raw, err := os.ReadFile(fixture)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.SplitAfter(string(raw), "\n")
	broken := strings.Join(append(append([]string{}, lines[:30]...), lines[31:]...), "")
	v := session.Verify([]byte(broken), "broken.jsonl")
	md, err := Build(v, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(md, "does not verify to its end") || !strings.Contains(md, "broken.jsonl:31:") || !strings.Contains(md, "30 events") {
		t.Errorf("broken journal's report does not say where it stops:\n%.800s", md)
	}
	if _, err := Build(session.Verify(nil, "empty.jsonl"), Options{}); err == nil || !strings.Contains(err.Error(), "empty.jsonl") {
		t.Errorf("empty journal: %v", err)
	}
}

// The chart draws columns in proportion and marks the attack and the pause.
func TestChart(t *testing.T) {
	eth := func(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), big.NewInt(1e18)) }
	pts := []point{{5, eth(0)}, {6, eth(40)}, {7, eth(80)}, {12, eth(69)}, {13, eth(58)}, {14, eth(58)}}
	out := chart(pts, 12, 14, 20)
	lines := strings.Split(strings.TrimRight(out, "\n"), "\n")
	if len(lines) != chartHeight+4 {
		t.Fatalf("chart has %d lines:\n%s", len(lines), out)
	}
	if !strings.Contains(lines[0], "80.0 ETH") || !strings.Contains(lines[chartHeight-1], "0 ETH") {
		t.Errorf("axis labels:\n%s", out)
	}
	marks := lines[chartHeight+1]
	if strings.Index(marks, "A") < 0 || strings.Index(marks, "P") <= strings.Index(marks, "A") {
		t.Errorf("marks line %q: want A before P", marks)
	}
	// The tallest column reaches the top row; the empty first one does not.
	top := []rune(lines[0])
	if !strings.ContainsRune(string(top), '█') {
		t.Errorf("no full column at the top:\n%s", out)
	}
}

// A sped-up pause is in the timeline: the speed-up decided, and the
// replacement sent in place of the stuck transaction.
func TestReportSpeedUp(t *testing.T) {
	path := filepath.Join(t.TempDir(), "j.jsonl")
	j, err := session.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	s := session.New(j, session.Options{})
	stuck, faster := common.HexToHash("0xa1"), common.HexToHash("0xb2")
	for _, r := range []struct {
		kind session.Kind
		data any
	}{
		{session.KindSessionStarted, session.Started{Mode: "watch", ChainID: 1}},
		{session.KindActionRequested, session.ActionRequested{ID: "pause-1", Action: session.ActionPause, Txs: []chain.TxPlan{{Hash: stuck}}}},
		{session.KindActionSubmitted, session.ActionSubmitted{ID: "pause-1", TxHash: stuck}},
		{session.KindActionSpeedUp, session.ActionReplacement{ID: "pause-1", SpeedUp: "speedup-1", Txs: []chain.TxPlan{{Hash: faster}},
			Replaces: []session.ActionReplaced{{TxHash: stuck}}}},
		{session.KindActionSubmitted, session.ActionSubmitted{ID: "pause-1", TxHash: faster, Replaces: stuck}},
	} {
		if _, err := s.Record(r.kind, r.data); err != nil {
			t.Fatal(err)
		}
	}
	if err := s.End("over"); err != nil {
		t.Fatal(err)
	}
	v, err := session.VerifyFile(path)
	if err != nil {
		t.Fatal(err)
	}
	md, err := Build(v, Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"speed-up speedup-1 decided by the responder, 1 replacement(s)",
		"action pause-1 sped up: tx `" + short(faster.Hex()) + "` sent in place of `" + short(stuck.Hex()) + "`"} {
		if !strings.Contains(md, want) {
			t.Errorf("report lacks %q:\n%s", want, md)
		}
	}
}
