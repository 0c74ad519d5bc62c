package drill

import (
	"context"
	"encoding/json"
	"fmt"
	"math/big"
	"math/rand/v2"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"warroom/chain"
	"warroom/chain/layout"
	"warroom/chain/shadow"
	"warroom/session"
)

func readJournal(t *testing.T, path string) []session.Event {
	t.Helper()
	events, err := session.OpenJournal(path)
	if err != nil {
		t.Fatal(err)
	}
	return events
}

func ethers(n int64) *big.Int { return ether(n) }

// recordedScore is a recorded drill's journal and the debrief it journaled.
func recordedScore(t *testing.T, name string) ([]session.Event, session.Scored) {
	t.Helper()
	events := readJournal(t, filepath.Join("testdata", name))
	return events, scoredOf(t, events)
}

// The figures of the debrief on recorded drill journals, made with
// `warroom drill --headless --auto-pause --block-time 200ms` and --fix: the
// attack at block 17 drains 11 ether, the circuit breaker pauses at block
// 18; one run composes the right fix, carries it through the approvals
// and the timelock and sees it verified, the other checks the wrong fix,
// which the composer refuses.
func TestDebriefOnRecordedJournal(t *testing.T) {
	fixed, journaled := recordedScore(t, "debrief-fixed.jsonl")
	d := Debrief(fixed, Measured{Reason: journaled.Reason, Unpaused: journaled.Value.Unpaused})
	if !sameFigures(d, journaled) || d.Block != journaled.Block {
		t.Errorf("the debrief of the recorded journal differs from the one it journaled:\n%+v\n%+v", d, journaled)
	}
	if d.Scenario != "reentrancy" || d.Seed != 3 || d.Reason != "script over" || d.Block != 99 {
		t.Errorf("scenario %q, seed %d, reason %q, block %d", d.Scenario, d.Seed, d.Reason, d.Block)
	}
	if d.Attack == nil || d.Attack.Block != 17 || !d.Attack.Drained {
		t.Fatalf("attack %+v, want block 17", d.Attack)
	}
	for _, c := range []struct {
		name   string
		m      *session.Moment
		block  uint64
		blocks int64
	}{{"paused", d.Paused, 18, 1}, {"composed", d.Composed, 19, 2}, {"verified", d.Verified, 97, 80}} {
		if c.m == nil || c.m.Block != c.block || c.m.AfterBlocks != c.blocks || c.m.AfterSeconds <= 0 ||
			c.m.AfterSeconds != roundSeconds(c.m.At.Sub(d.Attack.At)) {
			t.Errorf("%s %+v, want block %d, %d blocks after the attack", c.name, c.m, c.block, c.blocks)
		}
	}
	if d.Acknowledged != nil || !d.AutoPaused {
		t.Errorf("acknowledged %+v, auto-paused %v: the circuit breaker paused, nobody acknowledged", d.Acknowledged, d.AutoPaused)
	}
	v := d.Value
	if v.Drained.Cmp(ethers(11)) != 0 || v.Unpaused.Drained.Cmp(ethers(142)) != 0 || v.Saved.Amount.Cmp(ethers(131)) != 0 || v.Saved.Percent != 92 {
		t.Errorf("value: drained %s, unpaused %+v, saved %+v", v.Drained, v.Unpaused, v.Saved)
	}
	if c := d.Checklist; c.Done != 9 || c.Evidence != 9 || c.Of != 12 {
		t.Errorf("checklist %+v", c)
	}
	wantRubric(t, d, map[string]int{"Detection": 0, "Pause": 30, "Value saved": 18, "Fix composed": 8, "Fix verified": 12, "Wrong fixes": 5, "Checklist": 7}, 80)
	if !strings.Contains(d.Rubric[0].Why, "circuit breaker") || !strings.Contains(d.Rubric[1].Why, "1 block after the first attack by the circuit breaker") ||
		!strings.Contains(d.Rubric[4].Why, "VaultV2 from block 97") {
		t.Errorf("the rubric does not say what happened: %q / %q / %q", d.Rubric[0].Why, d.Rubric[1].Why, d.Rubric[4].Why)
	}
	verdicts := map[string]string{}
	for _, c := range d.Compared {
		verdicts[c.Incident] = c.Verdict
	}
	if fmt.Sprint(verdicts) != "map[Parallel 2026:later Ronin 2024:sooner Venus 2025:sooner]" {
		t.Errorf("compared %v", verdicts)
	}

	wrong, journaled := recordedScore(t, "debrief-wrongfix.jsonl")
	d = Debrief(wrong, Measured{Reason: journaled.Reason, Unpaused: journaled.Value.Unpaused})
	if !sameFigures(d, journaled) {
		t.Errorf("the debrief of the recorded journal differs from the one it journaled:\n%+v\n%+v", d, journaled)
	}
	if w := d.WrongFixes; len(w.Caught) != 1 || w.Caught[0] != "upgrade-1 (VaultV2BadLayout)" || len(w.Shipped) != 0 || d.Composed != nil || d.Verified != nil {
		t.Errorf("wrong fixes %+v, composed %+v", w, d.Composed)
	}
	wantRubric(t, d, map[string]int{"Detection": 0, "Pause": 30, "Value saved": 18, "Fix composed": 0, "Fix verified": 0, "Wrong fixes": 5, "Checklist": 1}, 54)

	// A journal scored without the drill's measurement: the value line
	// scores nothing, and says so.
	bare := Debrief(wrong, Measured{})
	if bare.Value.Unpaused != nil || bare.Value.Saved != nil || bare.Score != 36 || !strings.Contains(bare.Rubric[2].Why, "not measured") {
		t.Errorf("unmeasured: value %+v, score %d, %q", bare.Value, bare.Score, bare.Rubric[2].Why)
	}
}

func roundSeconds(d time.Duration) float64 {
	return float64(d.Round(time.Millisecond).Milliseconds()) / 1000
}

// wantRubric checks each line's points, that each says why, and that the
// lines add up to the score, out of session.MaxScore.
func wantRubric(t *testing.T, d session.Scored, want map[string]int, score int) {
	t.Helper()
	total, maxTotal := 0, 0
	for _, l := range d.Rubric {
		if p, ok := want[l.Name]; !ok || p != l.Points {
			t.Errorf("rubric %s: %d of %d (%s); want %d", l.Name, l.Points, l.Max, l.Why, want[l.Name])
		}
		if l.Why == "" {
			t.Errorf("rubric %s says not why", l.Name)
		}
		total += l.Points
		maxTotal += l.Max
	}
	if len(d.Rubric) != len(want) || d.Score != total || d.Score != score || maxTotal != session.MaxScore {
		t.Errorf("score %d (lines sum to %d, maxima to %d), want %d of %d", d.Score, total, maxTotal, score, session.MaxScore)
	}
}

// scoredRun is a journal built by hand on the recorded drill's session:
// started at block 6, so the script's first attack is block 17.
type scoredRun struct {
	t      *testing.T
	events []session.Event
	at     time.Time
}

func newScoredRun(t *testing.T) *scoredRun {
	r := &scoredRun{t: t, at: time.Date(2026, 1, 1, 12, 0, 0, 0, time.UTC)}
	r.add(0, session.KindSessionStarted, session.Started{Mode: "drill", Scenario: DefaultScenario, ChainID: 1337, From: 6, Seed: 7,
		Watched: []chain.Watched{{Name: "Vault", Address: vaultAddr, Pausable: true, Role: chain.RoleProtocol}}})
	return r
}

var vaultAddr = Key("vault-for-tests").Address()

func (r *scoredRun) add(after time.Duration, kind session.Kind, data any) {
	r.t.Helper()
	raw, err := json.Marshal(data)
	if err != nil {
		r.t.Fatal(err)
	}
	r.at = r.at.Add(after)
	r.events = append(r.events, session.Event{Seq: uint64(len(r.events) + 1), Time: r.at, Kind: kind, Data: raw, Hash: fmt.Sprint(len(r.events) + 1)})
}

func (r *scoredRun) block(n uint64, paused bool, balance *big.Int) {
	r.add(2*time.Second, session.KindBlock, chain.BlockInfo{Number: n})
	r.add(0, session.KindProtocolState, chain.ProtocolState{Block: n, Contracts: []chain.ContractState{
		{Name: "Vault", Address: vaultAddr, Pausable: true, Paused: paused, Balance: balance}}})
}

// A trainee who watched the pre-attack alerts and paused before the
// attack, then checked the wrong fix first (refused), composed the right
// one and saw it verified.
func TestDebriefPausedBeforeTheAttackAndFixed(t *testing.T) {
	r := newScoredRun(t)
	for n := uint64(6); n <= 13; n++ {
		r.block(n, false, ethers(130))
	}
	deploy := chain.Alert{Block: 13, TxHash: common.BytesToHash(Key("tx-deploy").Address().Bytes()), Severity: chain.Medium}
	r.add(time.Second, session.KindAlert, deploy)
	r.add(time.Second, session.KindAlertAcknowledged, session.Acknowledged{TxHash: deploy.TxHash, By: "responder"})
	r.block(14, false, ethers(130))
	r.block(15, true, ethers(130))
	for n := uint64(16); n <= 20; n++ {
		r.block(n, true, ethers(130))
	}
	r.add(time.Second, session.KindLayoutChecked, session.LayoutChecked{ID: "upgrade-1", Proxy: vaultAddr,
		Report: layoutReport("built-in VaultV2BadLayout", false)})
	r.add(time.Second, session.KindShadowResult, session.ShadowResult{ID: "upgrade-1", Proxy: vaultAddr, Pass: false})
	r.add(time.Second, session.KindLayoutChecked, session.LayoutChecked{ID: "upgrade-2", Proxy: vaultAddr,
		Report: layoutReport("built-in VaultV2", true)})
	r.add(time.Second, session.KindShadowResult, session.ShadowResult{ID: "upgrade-2", Proxy: vaultAddr, Pass: true, Fix: &shadow.Report{Block: 20, Pass: true}})
	r.block(21, true, ethers(130))
	v2 := Key("vault-v2").Address()
	r.add(time.Second, session.KindUpgradeComposed, session.UpgradeComposed{ID: "upgrade-2", Proxy: vaultAddr, ProxyName: "Vault", New: v2, Artifact: "built-in VaultV2"})
	r.add(2*time.Second, session.KindBlock, chain.BlockInfo{Number: 22})
	r.add(0, session.KindProtocolState, chain.ProtocolState{Block: 22, Contracts: []chain.ContractState{
		{Name: "Vault", Address: vaultAddr, Implementation: v2, Pausable: true, Paused: true, Balance: ethers(130)}}})

	d := Debrief(r.events, Measured{Reason: "responder quit", Unpaused: &session.Unpaused{Drained: ethers(120)}})
	if d.Seed != 7 {
		t.Errorf("seed %d, want the journal's 7", d.Seed)
	}
	if d.Attack == nil || d.Attack.Drained || d.Attack.Block != 17 {
		t.Fatalf("attack %+v, want the script's first attack block 17, nothing drained", d.Attack)
	}
	if a := d.Acknowledged; a == nil || a.Block != 13 || a.AfterBlocks != -4 {
		t.Errorf("acknowledged %+v, want at block 13, 4 blocks before the attack", a)
	}
	if p := d.Paused; p == nil || p.Block != 15 || p.AfterBlocks != -2 || p.AfterSeconds >= 0 {
		t.Errorf("paused %+v, want block 15, before the attack", p)
	}
	if c := d.Composed; c == nil || c.Block != 21 || c.AfterBlocks != 4 {
		t.Errorf("composed %+v", c)
	}
	if v := d.Verified; v == nil || v.Block != 22 || v.AfterBlocks != 5 {
		t.Errorf("verified %+v", v)
	}
	if w := d.WrongFixes; len(w.Caught) != 1 || w.Caught[0] != "upgrade-1 (VaultV2BadLayout)" || len(w.Shipped) != 0 {
		t.Errorf("wrong fixes %+v", w)
	}
	if d.Value.Saved.Percent != 100 || d.Value.Drained.Sign() != 0 {
		t.Errorf("value %+v", d.Value)
	}
	for _, l := range d.Rubric {
		if l.Name != "Checklist" && l.Points != l.Max {
			t.Errorf("%s: %d of %d: %s", l.Name, l.Points, l.Max, l.Why)
		}
	}
	for _, c := range d.Compared {
		if want := map[bool]string{true: "as early", false: "sooner"}[c.Incident == "Parallel 2026"]; c.Verdict != want {
			t.Errorf("%s: %s, want %s", c.Incident, c.Verdict, want)
		}
	}
}

// The rubric's speed lines: full points within the grace blocks, two
// fewer per block after, a floor for doing it at all.
func TestLatePoints(t *testing.T) {
	for _, c := range []struct {
		blocks int64
		want   int
	}{{-3, 30}, {0, 30}, {2, 30}, {3, 28}, {10, 14}, {14, 6}, {15, 5}, {40, 5}} {
		if got := late(pointsPause, pauseFloor, c.blocks); got != c.want {
			t.Errorf("pause %d blocks after: %d points, want %d", c.blocks, got, c.want)
		}
	}
}

// The default seed keeps the streams of the drills before --seed, so
// recorded drills and their tests stay as they were.
func TestDefaultSeedKeepsTheStreams(t *testing.T) {
	for _, c := range []struct {
		got, want rand.Source
	}{{trafficSource(DefaultSeed), rand.NewPCG(1, 2)}, {cosignerSource(DefaultSeed), rand.NewPCG(7, 11)}} {
		for range 8 {
			if g, w := c.got.Uint64(), c.want.Uint64(); g != w {
				t.Fatalf("default seed draws %d, want %d", g, w)
			}
		}
	}
	if trafficSource(1).Uint64() == trafficSource(2).Uint64() || cosignerSource(1).Uint64() == cosignerSource(2).Uint64() {
		t.Error("seeds 1 and 2 draw the same")
	}
}

// scoredDrill is a drill run to its end and closed: its final state, its
// journal and the traffic its chain mined.
type scoredDrill struct {
	state   session.State
	events  []session.Event
	traffic []string
}

// runScored runs a whole drill, block by block, and closes it.
func runScored(t *testing.T, seed uint64, autoPause bool) scoredDrill {
	t.Helper()
	path := filepath.Join(t.TempDir(), "j.jsonl")
	d, err := Start(context.Background(), Config{Scenario: DefaultScenario, Journal: path, AutoPause: autoPause, Seed: seed})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { d.Close("test over") })
	// Every script block, then the end: no block more, so two runs record
	// the same events.
	stepTo(t, d, d.scenario.Length)
	for st := d.Session().State(); len(st.InFlight()) > 0; st = d.Session().State() {
		stepTo(t, d, d.k.Load())
	}
	select {
	case <-d.Done():
	case <-time.After(time.Minute):
		t.Fatal("the drill did not end after its script")
	}
	tr := traffic(t, d, d.StartBlock()+d.Scenario().Length-1)
	if err := d.Close("script over"); err != nil {
		t.Fatal(err)
	}
	return scoredDrill{state: d.Session().State(), events: readJournal(t, path), traffic: tr}
}

// relative is a debrief without its wall-clock times and absolute block
// numbers, which differ from run to run (setup may take a block more);
// what is counted from the first attack stays.
func relative(s session.Scored) session.Scored {
	if s.Attack != nil {
		a := *s.Attack
		a.At, a.Block = time.Time{}, 0
		s.Attack = &a
	}
	for _, m := range []**session.Moment{&s.Acknowledged, &s.Paused, &s.Composed, &s.Verified} {
		if *m != nil {
			c := **m
			c.At, c.AfterSeconds, c.Block = time.Time{}, 0, 0
			*m = &c
		}
	}
	return s
}

// traffic is every transaction the drill chain mined from its first script
// block to block last: sender, recipient, value and calldata.
func traffic(t *testing.T, d *Drill, last uint64) []string {
	t.Helper()
	c := d.Client()
	signer := types.LatestSignerForChainID(d.chainID)
	var out []string
	for n := d.StartBlock(); n <= last; n++ {
		b, err := c.BlockByNumber(context.Background(), new(big.Int).SetUint64(n))
		if err != nil {
			t.Fatal(err)
		}
		for _, tx := range b.Transactions() {
			from, _ := types.Sender(signer, tx)
			// Counted from the first script block: setup may take a block
			// more on a busy machine.
			out = append(out, fmt.Sprintf("+%d %s→%v %s %x", n-d.StartBlock(), from.Hex(), tx.To(), tx.Value(), tx.Data()))
		}
	}
	return out
}

func kinds(events []session.Event) []session.Kind {
	out := make([]session.Kind, len(events))
	for i, ev := range events {
		out[i] = ev.Kind
	}
	return out
}

// scoredOf is the one drill.scored of a journal, which comes just before
// session.ended.
func scoredOf(t *testing.T, events []session.Event) session.Scored {
	t.Helper()
	var found []session.Scored
	for i, ev := range events {
		if ev.Kind != session.KindDrillScored {
			continue
		}
		var s session.Scored
		if err := json.Unmarshal(ev.Data, &s); err != nil {
			t.Fatal(err)
		}
		found = append(found, s)
		if i+1 >= len(events) {
			t.Fatal("drill.scored is the journal's last event; want session.ended after it")
		}
	}
	if len(found) != 1 || events[len(events)-1].Kind != session.KindSessionEnded {
		t.Fatalf("%d drill.scored events, last event %s; want one, then session.ended", len(found), events[len(events)-1].Kind)
	}
	return found[0]
}

// The drill measures what nobody responding would lose. Unpaused, that is
// what it lost; paused, it is more than it lost and close to what the
// unpaused run lost. The same seed sends the same traffic; another seed
// other traffic.
func TestDrillScoredUnpausedFigure(t *testing.T) {
	if testing.Short() {
		t.Skip("runs three drills")
	}
	open := runScored(t, DefaultSeed, false)
	sc := scoredOf(t, open.events)
	u := sc.Value.Unpaused
	drained := open.state.TotalDrained()
	if u == nil || drained.Sign() <= 0 || u.Drained.Cmp(drained) != 0 || u.Simulated != 0 || u.Attacks == 0 {
		t.Fatalf("unpaused run: drained %s, its unpaused figure %+v; want the same, nothing simulated", drained, u)
	}
	if sc.Paused != nil || sc.Value.Saved.Amount.Sign() != 0 || sc.Seed != DefaultSeed || sc.Reason != "script over" {
		t.Errorf("unpaused run's debrief: paused %+v, saved %+v, seed %d, reason %q", sc.Paused, sc.Value.Saved, sc.Seed, sc.Reason)
	}

	again := runScored(t, DefaultSeed, false)
	if a, b := kinds(open.events), kinds(again.events); fmt.Sprint(a) != fmt.Sprint(b) {
		t.Errorf("two runs of seed %d recorded different kinds of events:\n%v\n%v", DefaultSeed, a, b)
	}
	if a, b := strings.Join(open.traffic, "\n"), strings.Join(again.traffic, "\n"); a != b || a == "" {
		t.Errorf("two runs of seed %d sent different traffic", DefaultSeed)
	}
	if s := scoredOf(t, again.events); !sameFigures(relative(sc), relative(s)) {
		t.Errorf("two runs of one seed scored differently:\n%+v\n%+v", sc, s)
	}

	paused := runScored(t, DefaultSeed, true)
	ps := scoredOf(t, paused.events)
	pu, pd := ps.Value.Unpaused, paused.state.TotalDrained()
	if pu == nil || pu.Simulated == 0 || pu.Drained.Cmp(pd) <= 0 {
		t.Fatalf("paused run: drained %s, unpaused figure %+v; want more, measured by replaying attacks", pd, pu)
	}
	// The shadow leaves out the ordinary traffic a paused vault refuses, so
	// it is near the unpaused run's drain, not equal to it.
	diff := new(big.Int).Abs(new(big.Int).Sub(pu.Drained, drained))
	if diff.Cmp(ethers(5)) > 0 {
		t.Errorf("paused run's unpaused figure %s, the unpaused run drained %s", chain.FormatEther(pu.Drained, 3), chain.FormatEther(drained, 3))
	}
	if ps.Paused == nil || !ps.AutoPaused || ps.Score <= sc.Score {
		t.Errorf("paused run scored %d (paused %+v), the unpaused one %d", ps.Score, ps.Paused, sc.Score)
	}
	t.Logf("unpaused run drained %s (score %d); paused run drained %s, unpaused figure %s (%d of %d attacks replayed, score %d)",
		chain.FormatEther(drained, 3), sc.Score, chain.FormatEther(pd, 3), chain.FormatEther(pu.Drained, 3), pu.Simulated, pu.Attacks, ps.Score)

	// Another seed: other ordinary traffic from the first block.
	other := startSeeded(t, 2)
	stepTo(t, other, numDeposit+2)
	first := traffic(t, other, other.StartBlock()+numDeposit+1)
	if a, b := strings.Join(open.traffic[:len(first)], "\n"), strings.Join(first, "\n"); a == b {
		t.Error("seeds 1 and 2 sent the same traffic")
	}
}

func startSeeded(t *testing.T, seed uint64) *Drill {
	t.Helper()
	d, err := Start(context.Background(), Config{Scenario: DefaultScenario, Journal: filepath.Join(t.TempDir(), "j.jsonl"), Seed: seed})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { d.Close("test over") })
	if d.Seed() != seed {
		t.Fatalf("seed %d, want %d", d.Seed(), seed)
	}
	return d
}

func layoutReport(newImpl string, safe bool) layout.Report {
	r := layout.Report{Old: "built-in VaultV1", New: newImpl, Verdict: layout.Safe}
	if !safe {
		r.Verdict = layout.Unsafe
	}
	return r
}
