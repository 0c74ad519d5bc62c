package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"warroom/session"
	"warroom/session/drill"
	"warroom/themes"
	"warroom/tui"
)

func env(vars map[string]string) func(string) string {
	return func(k string) string { return vars[k] }
}

func runCmd(t *testing.T, vars map[string]string, args ...string) (int, string, string) {
	t.Helper()
	var stdout, stderr bytes.Buffer
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	code := run(ctx, args, strings.NewReader(""), &stdout, &stderr, env(vars))
	return code, stdout.String(), stderr.String()
}

// headlessDrill runs `warroom drill --headless` and returns the events and the summary.
func headlessDrill(t *testing.T, extra ...string) ([]session.Event, Summary, string) {
	t.Helper()
	journal := filepath.Join(t.TempDir(), "drill.jsonl")
	args := append([]string{"drill", "--headless", "--block-time", "150ms", "--journal", journal}, extra...)
	code, out, errOut := runCmd(t, nil, args...)
	if code != 0 {
		t.Fatalf("exit %d\nstderr: %s", code, errOut)
	}
	var (
		events []session.Event
		sum    Summary
	)
	sc := bufio.NewScanner(strings.NewReader(out))
	sc.Buffer(nil, 16<<20)
	for sc.Scan() {
		line := sc.Bytes()
		if bytes.HasPrefix(line, []byte(`{"kind":"drill.summary"`)) {
			if err := json.Unmarshal(line, &sum); err != nil {
				t.Fatalf("summary line %s: %v", line, err)
			}
			continue
		}
		var ev session.Event
		if err := json.Unmarshal(line, &ev); err != nil {
			t.Fatalf("stdout line is not an event: %s", line)
		}
		events = append(events, ev)
	}
	if sum.Summary == "" {
		t.Fatalf("no summary line; last output:\n%s", out[max(0, len(out)-2000):])
	}
	return events, sum, journal
}

func TestHeadlessAutoPauseDrainsLess(t *testing.T) {
	events, paused, journal := headlessDrill(t, "--auto-pause", "--seed", "5")
	unpausedEvents, unpaused, _ := headlessDrill(t)

	if paused.PausedBlock == 0 {
		t.Fatalf("--auto-pause never paused: %+v", paused)
	}
	if unpaused.PausedBlock != 0 {
		t.Fatalf("without --auto-pause something paused: %+v", unpaused)
	}
	p, _ := new(big.Int).SetString(paused.DrainedWei, 10)
	u, _ := new(big.Int).SetString(unpaused.DrainedWei, 10)
	if p == nil || u == nil || p.Sign() <= 0 || p.Cmp(u) >= 0 {
		t.Fatalf("drained with auto-pause %s, without %s: want 0 < with < without", paused.Drained, unpaused.Drained)
	}
	// The stream is the journal: same events, same hashes, and it ends the session.
	onDisk, err := session.OpenJournal(journal)
	if err != nil {
		t.Fatal(err)
	}
	if len(onDisk) != len(events) {
		t.Fatalf("stdout had %d events, the journal %d", len(events), len(onDisk))
	}
	for i := range events {
		if events[i].Hash != onDisk[i].Hash {
			t.Fatalf("event %d differs between stdout and journal", i+1)
		}
	}
	if last := events[len(events)-1]; last.Kind != session.KindSessionEnded {
		t.Fatalf("last event %s, want session.ended", last.Kind)
	}
	if !strings.Contains(paused.Summary, "paused at block") || paused.Journal != journal {
		t.Fatalf("summary %+v", paused)
	}
	// The watcher's lag behind the block clock is measured on every block.
	if w := paused.Watcher; w == nil || w.Blocks < 40 || w.WorstMs <= 0 || w.PeriodMs <= 0 || w.Block == 0 {
		t.Fatalf("watcher lag %+v", paused.Watcher)
	}

	// The debrief: journaled just before session.ended, its wei written as
	// strings in the stream, and in the summary. The unpaused run's own
	// unpaused figure is what it drained; the paused run's is more than it
	// drained.
	for _, run := range []struct {
		events []session.Event
		sum    Summary
		seed   uint64
	}{{events, paused, 5}, {unpausedEvents, unpaused, drill.DefaultSeed}} {
		evs, sum := run.events, run.sum
		var started session.Started
		if err := json.Unmarshal(evs[0].Data, &started); err != nil || started.Seed != run.seed {
			t.Errorf("session.started seed %d (%v), want %d", started.Seed, err, run.seed)
		}
		scored := evs[len(evs)-2]
		if scored.Kind != session.KindDrillScored || !bytes.Contains(scored.Data, []byte(`"value":{"drained":"`+sum.DrainedWei+`"`)) {
			t.Fatalf("before session.ended: %s %.300s; want drill.scored with the drained wei as a string", scored.Kind, scored.Data)
		}
		db := sum.Debrief
		if db == nil || db.OutOf != session.MaxScore || db.Seed != run.seed || len(db.Rubric) == 0 || db.DrainedWei != sum.DrainedWei ||
			!strings.Contains(sum.Summary, fmt.Sprintf("scored %d/100 (seed %d)", db.Score, run.seed)) {
			t.Fatalf("summary debrief %+v in %q", db, sum.Summary)
		}
	}
	if u := unpaused.Debrief; u.UnpausedWei != unpaused.DrainedWei || u.SavedWei != "0" || u.Paused != nil {
		t.Errorf("unpaused run: drained %s, its unpaused figure %s, saved %s", unpaused.DrainedWei, u.UnpausedWei, u.SavedWei)
	}
	pd := paused.Debrief
	if fig, _ := new(big.Int).SetString(pd.UnpausedWei, 10); fig == nil || fig.Cmp(p) <= 0 || pd.Paused == nil || pd.Score <= unpaused.Debrief.Score {
		t.Errorf("paused run: drained %s, unpaused figure %s, paused %+v, score %d (unpaused run %d)", paused.DrainedWei, pd.UnpausedWei, pd.Paused, pd.Score, unpaused.Debrief.Score)
	}
}

// --seed takes a positive integer; 0 is refused before anything starts.
func TestHeadlessSeedZeroRefused(t *testing.T) {
	dir := t.TempDir()
	code, _, stderr := runCmd(t, nil, "drill", "--headless", "--seed", "0", "--journal", filepath.Join(dir, "j.jsonl"))
	if code != exitUsage || !strings.Contains(stderr, "--seed: want a positive integer") {
		t.Errorf("--seed 0: exit %d, stderr %q", code, stderr)
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 0 {
		t.Errorf("a refused --seed left files: %v", entries)
	}
}

func TestBadInput(t *testing.T) {
	dir := t.TempDir()
	cases := []struct {
		name   string
		args   []string
		code   int
		stderr []string
	}{
		{"unknown scenario", []string{"drill", "flashloan", "--journal", filepath.Join(dir, "a.jsonl")}, exitUsage,
			[]string{`unknown scenario "flashloan"`, "reentrancy"}},
		{"unwritable journal", []string{"drill", "--headless", "--journal", "/proc/warroom/j.jsonl"}, exitUsage,
			[]string{"--journal", "/proc/warroom"}},
		{"journal is a directory", []string{"drill", "--headless", "--journal", dir}, exitUsage,
			[]string{"is a directory"}},
		{"bad flag", []string{"drill", "--speed", "fast"}, exitUsage,
			[]string{"unknown flag: --speed", "Run 'warroom drill -h' for usage."}},
		{"bad block time", []string{"drill", "--block-time", "-1s"}, exitUsage, []string{`"-1s" for "--block-time"`, "positive duration such as 2s"}},
		{"block time beyond a minute", []string{"drill", "--block-time", "1000h"}, exitUsage, []string{`"1000h" for "--block-time"`, "want at most 1m0s"}},
		{"unparsable block time", []string{"drill", "--block-time", "soon"}, exitUsage,
			[]string{`invalid argument "soon" for "--block-time"`, "positive duration such as 2s"}},
		{"non-loopback rpc", []string{"drill", "--rpc-listen", "0.0.0.0:8545"}, exitUsage, []string{"not loopback"}},
		{"two scenarios", []string{"drill", "reentrancy", "oracle"}, exitUsage, []string{"one scenario name"}},
		{"bad theme", []string{"drill", "--theme", "neon"}, exitUsage, []string{"--theme", "dark"}},
		{"unknown command", []string{"attack"}, exitUsage, []string{`unknown command "attack"`, "the commands are", "drill"}},
		{"no command", nil, exitUsage, []string{"Usage:"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			code, _, errOut := runCmd(t, map[string]string{"HOME": dir}, c.args...)
			if code != c.code {
				t.Fatalf("exit %d, want %d; stderr: %s", code, c.code, errOut)
			}
			for _, want := range c.stderr {
				if !strings.Contains(errOut, want) {
					t.Errorf("stderr does not say %q:\n%s", want, errOut)
				}
			}
			if strings.Contains(errOut, "goroutine ") || strings.Contains(errOut, "panic") {
				t.Errorf("stderr has a stack trace:\n%s", errOut)
			}
			// Refused before anything started: no journal was begun.
			if entries, _ := os.ReadDir(dir); len(entries) != 0 {
				t.Errorf("refused input left files behind: %v", entries)
			}
		})
	}
	// Nothing was written for the refused runs.
	if _, err := os.Stat(filepath.Join(dir, "a.jsonl")); err == nil {
		t.Error("a journal was created for an unknown scenario")
	}
}

func TestListScenarios(t *testing.T) {
	code, out, _ := runCmd(t, nil, "drill", "--list")
	if code != 0 || !strings.Contains(out, "reentrancy") {
		t.Fatalf("exit %d, out %q", code, out)
	}
	// Every title starts in the same column, whatever the names' lengths.
	col := -1
	for i, line := range strings.Split(strings.TrimSpace(out), "\n") {
		if i%2 == 1 {
			continue // the summary line
		}
		name, _, _ := strings.Cut(line, " ")
		at := len(name) + len(line[len(name):]) - len(strings.TrimLeft(line[len(name):], " "))
		if col >= 0 && at != col {
			t.Errorf("title of %s at column %d, others at %d:\n%s", name, at, col, out)
		}
		col = at
	}
}

func TestDefaultJournalUnderStateHome(t *testing.T) {
	now := time.Date(2026, 11, 21, 16, 5, 1, 0, time.UTC)
	got, err := defaultJournal(env(map[string]string{"XDG_STATE_HOME": "/state", "HOME": "/home/r"}), "drill-reentrancy", now)
	if err != nil || got != "/state/warroom/drill-reentrancy-20261121T160501.000Z.jsonl" {
		t.Fatalf("%q %v", got, err)
	}
	got, err = defaultJournal(env(map[string]string{"HOME": "/home/r"}), "drill-reentrancy", now)
	if err != nil || !strings.HasPrefix(got, "/home/r/.local/state/warroom/") {
		t.Fatalf("%q %v", got, err)
	}
	if _, err := defaultJournal(env(nil), "x", now); err == nil {
		t.Fatal("no HOME and no XDG_STATE_HOME: want an error")
	}
}

// crashing is the console with a bug: it panics on the first message it
// sends itself.
type crashing struct{ tea.Model }

type boom struct{}

func (c crashing) Init() tea.Cmd {
	return tea.Batch(c.Model.Init(), func() tea.Msg { return boom{} })
}

func (c crashing) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if _, ok := msg.(boom); ok {
		var steps []int
		_ = steps[7] // index out of range, as a real bug would
	}
	m, cmd := c.Model.Update(msg)
	return crashing{m}, cmd
}

// A console that panics says so in one sentence, without a stack trace,
// leaves the journal closed with session.ended, and exits 1.
func TestConsoleCrashKeepsTheJournal(t *testing.T) {
	journal := filepath.Join(t.TempDir(), "drill.jsonl")
	var stdout, stderr, screenOut bytes.Buffer
	scr := screen{
		model: func(o tui.Options) tea.Model { return crashing{tui.New(o)} },
		opts:  []tea.ProgramOption{tea.WithInput(strings.NewReader("")), tea.WithOutput(&screenOut), tea.WithoutSignals()},
	}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	cfg := drill.Config{Scenario: drill.DefaultScenario, BlockTime: 200 * time.Millisecond, Journal: journal}
	code := console(ctx, cfg, themes.Mono(), scr, &stdout, &stderr)
	if code != exitError {
		t.Fatalf("exit %d after a console crash, want %d; stderr: %s", code, exitError, stderr.String())
	}
	msg := stderr.String() + screenOut.String()
	if !strings.Contains(stderr.String(), "the console crashed: runtime error: index out of range [7]") {
		t.Errorf("stderr does not say what crashed:\n%s", stderr.String())
	}
	if strings.Contains(stderr.String(), "JSON-RPC at") {
		t.Errorf("stderr announces a JSON-RPC endpoint that was not asked for:\n%s", stderr.String())
	}
	if strings.Contains(msg, "goroutine ") || strings.Contains(msg, ".go:") {
		t.Errorf("a stack trace reached the user:\n%s", msg)
	}
	events, err := session.OpenJournal(journal)
	if err != nil {
		t.Fatal(err)
	}
	last := events[len(events)-1]
	if last.Kind != session.KindSessionEnded || !strings.Contains(string(last.Data), "console crashed") {
		t.Fatalf("journal ends with %s %s, want session.ended saying the console crashed", last.Kind, last.Data)
	}
	report, err := os.ReadFile(journal + ".crash")
	if err != nil || !strings.Contains(string(report), "goroutine ") || !strings.Contains(string(report), "main_test.go") {
		t.Fatalf("crash report: %v\n%s", err, report)
	}
}

// --fix carries the upgrade unattended once the breaker has paused the
// vault: the right fix is composed, approved by the trainee and the
// simulated cosigners, scheduled, executed after the delay, verified and
// the vault unpaused; the wrong one is caught and the summary says why.
func TestHeadlessFix(t *testing.T) {
	events, right, _ := headlessDrill(t, "--auto-pause", "--fix", "VaultV2")
	if right.Fix == nil || right.Fix.Layout != "safe" || right.Fix.Shadow != "passed" || right.Fix.Composed == "" {
		t.Fatalf("--fix VaultV2: %+v", right.Fix)
	}
	kinds := map[session.Kind]int{}
	for _, ev := range events {
		kinds[ev.Kind]++
	}
	if kinds[session.KindLayoutChecked] != 1 || kinds[session.KindShadowResult] != 1 || kinds[session.KindUpgradeComposed] != 1 ||
		kinds[session.KindApprovalAdded] != 6 || kinds[session.KindUpgradeScheduled] != 1 {
		t.Fatalf("events of the fix: %v", kinds)
	}
	f := right.Fix
	if f.Approvals != 3 || f.Threshold != 3 || f.ScheduledBlock == 0 || f.VerifiedBlock <= f.ScheduledBlock || f.UnpausedBlock < f.VerifiedBlock {
		t.Fatalf("the route: %+v", f)
	}
	if tm := f.Timing; tm == nil || tm.ToVerifiedBlocks == 0 || tm.ToVerifiedSeconds < tm.TimelockSeconds || tm.ConsoleSeconds <= 0 {
		t.Fatalf("timing %+v", f.Timing)
	}
	if !strings.Contains(right.Summary, fmt.Sprintf("executed and verified at block %d", f.VerifiedBlock)) || !strings.Contains(right.Summary, "to verified fix") {
		t.Errorf("summary %q", right.Summary)
	}

	_, wrong, _ := headlessDrill(t, "--auto-pause", "--fix", "VaultV2BadLayout")
	if wrong.Fix == nil || wrong.Fix.Layout != "unsafe" || wrong.Fix.Shadow != "failed" || wrong.Fix.Composed != "" {
		t.Fatalf("--fix VaultV2BadLayout: %+v", wrong.Fix)
	}
	if !strings.Contains(strings.Join(wrong.Fix.LayoutFindings, "\n"), "balances") || !strings.Contains(wrong.Summary, "not composed: ") {
		t.Errorf("the wrong fix's summary does not say why: %q %v", wrong.Summary, wrong.Fix.LayoutFindings)
	}
}

func TestFixBadInput(t *testing.T) {
	dir := t.TempDir()
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"drill", "--headless", "--fix", "VaultV3", "--journal", filepath.Join(dir, "a.jsonl")}, `--fix: unknown contract artifact "VaultV3"`},
		{[]string{"drill", "--headless", "--fix", filepath.Join(dir, "missing.json"), "--journal", filepath.Join(dir, "b.jsonl")}, "missing.json"},
		{[]string{"drill", "--fix", "VaultV2", "--journal", filepath.Join(dir, "c.jsonl")}, "needs --headless"},
	} {
		code, _, stderr := runCmd(t, nil, c.args...)
		if code != exitUsage || !strings.Contains(stderr, c.want) {
			t.Errorf("%v: exit %d, stderr %q; want exit 2 saying %q", c.args, code, stderr, c.want)
		}
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 0 {
		t.Errorf("refused --fix left files: %v", entries)
	}
}
