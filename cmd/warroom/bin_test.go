package main

// The tests in crash_test.go, secrets_test.go, replay_test.go,
// journal_test.go and resume_test.go run the real warroom binary, built
// once per test run, as a user or a script would: separate processes that
// can be killed, that hold locks, that print to pipes.

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"

	"warroom/session"
)

// testDir holds what the tests share for the whole run (the binary, the
// fixture drill); TestMain removes it.
var testDir string

func TestMain(m *testing.M) {
	flag.Parse()
	dir, err := os.MkdirTemp("", "warroom-cmd-test-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	testDir = dir
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

var (
	binOnce sync.Once
	binPath string
	binErr  error
)

// warroomBin builds cmd/warroom once and returns the binary's path.
func warroomBin(t testing.TB) string {
	t.Helper()
	binOnce.Do(func() {
		goTool, err := exec.LookPath("go")
		if err != nil {
			goTool = filepath.Join(runtime.GOROOT(), "bin", "go")
		}
		binPath = filepath.Join(testDir, "warroom")
		out, err := exec.Command(goTool, "build", "-o", binPath, ".").CombinedOutput()
		if err != nil {
			binErr = fmt.Errorf("go build: %v\n%s", err, out)
		}
	})
	if binErr != nil {
		t.Fatal(binErr)
	}
	return binPath
}

// binEnv is the environment of the binary: nothing of the user's state
// directory, no colour.
func binEnv(home string) []string {
	var env []string
	for _, kv := range os.Environ() {
		if k, _, _ := strings.Cut(kv, "="); k == "HOME" || k == "XDG_STATE_HOME" || k == "NO_COLOR" {
			continue
		}
		env = append(env, kv)
	}
	return append(env, "HOME="+home, "XDG_STATE_HOME="+filepath.Join(home, "state"), "NO_COLOR=1")
}

// runBin runs the binary to its end and returns its exit code, stdout and stderr.
func runBin(t testing.TB, args ...string) (int, string, string) {
	t.Helper()
	code, stdout, stderr, err := runBinIn(warroomBin(t), t.TempDir(), args...)
	if err != nil {
		t.Fatal(err)
	}
	return code, stdout, stderr
}

// runBinIn is runBin with HOME at home, for any goroutine.
func runBinIn(bin, home string, args ...string) (int, string, string, error) {
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, bin, args...)
	cmd.Env = binEnv(home)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	var exit *exec.ExitError
	switch {
	case err == nil:
		return 0, stdout.String(), stderr.String(), nil
	case errors.As(err, &exit) && exit.Exited():
		return exit.ExitCode(), stdout.String(), stderr.String(), nil
	}
	return 0, stdout.String(), stderr.String(), fmt.Errorf("warroom %s: %v\nstderr: %s", strings.Join(args, " "), err, stderr.String())
}

// streamLine is a line of a headless drill's stdout: an event, or the
// summary at the end.
type streamLine struct {
	Seq  uint64          `json:"seq"`
	Time time.Time       `json:"time"`
	Kind session.Kind    `json:"kind"`
	Data json.RawMessage `json:"data"`
	Prev string          `json:"prev"`
	Hash string          `json:"hash"`
}

// parseStream reads a headless drill's stdout: the events of its complete
// lines, whether the summary line came, and a partial last line (a process
// killed while writing it), which is not counted.
func parseStream(out []byte) (events []streamLine, summary *Summary, partial []byte, err error) {
	if i := bytes.LastIndexByte(out, '\n'); i < len(out)-1 {
		out, partial = out[:i+1], out[i+1:]
	}
	sc := bufio.NewScanner(bytes.NewReader(out))
	sc.Buffer(nil, 16<<20)
	for n := 1; sc.Scan(); n++ {
		line := sc.Bytes()
		if bytes.HasPrefix(line, []byte(`{"kind":"drill.summary"`)) {
			var s Summary
			if err := json.Unmarshal(line, &s); err != nil {
				return nil, nil, nil, fmt.Errorf("stdout line %d, the summary: %v", n, err)
			}
			summary = &s
			continue
		}
		if summary != nil {
			return nil, nil, nil, fmt.Errorf("stdout line %d comes after the summary: %.200s", n, line)
		}
		var ev streamLine
		if err := json.Unmarshal(line, &ev); err != nil || ev.Seq == 0 || ev.Hash == "" {
			return nil, nil, nil, fmt.Errorf("stdout line %d is not an event (%v): %.200s", n, err, line)
		}
		events = append(events, ev)
	}
	return events, summary, partial, sc.Err()
}

// fixtureRun is one whole headless drill with the fix route, shared by
// the tests that only read its record.
type fixtureRun struct {
	journal        string
	stdout, stderr []byte
	events         []streamLine
	summary        Summary
}

var (
	fixtureOnce sync.Once
	fixtureVal  fixtureRun
	fixtureErr  error
)

// fixtureArgs is the drill the fixture runs: the breaker pauses, the fix
// is composed, the trainee and the simulated cosigners sign, the timelock
// runs out, the upgrade is executed and the vault unpaused.
var fixtureArgs = []string{"drill", "--headless", "--block-time", "50ms", "--auto-pause", "--fix", "VaultV2"}

// fixture runs the shared drill once. Tests must not change its files:
// copy the journal to tamper with it.
func fixture(t testing.TB) fixtureRun {
	t.Helper()
	bin := warroomBin(t)
	fixtureOnce.Do(func() {
		dir := filepath.Join(testDir, "fixture")
		if fixtureErr = os.MkdirAll(dir, 0o700); fixtureErr != nil {
			return
		}
		f := fixtureRun{journal: filepath.Join(dir, "drill.jsonl")}
		ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
		defer cancel()
		cmd := exec.CommandContext(ctx, bin, append(fixtureArgs, "--journal", f.journal)...)
		cmd.Env = binEnv(dir)
		var stdout, stderr bytes.Buffer
		cmd.Stdout, cmd.Stderr = &stdout, &stderr
		if err := cmd.Run(); err != nil {
			fixtureErr = fmt.Errorf("the fixture drill: %v\nstderr: %s", err, stderr.String())
			return
		}
		f.stdout, f.stderr = stdout.Bytes(), stderr.Bytes()
		events, sum, partial, err := parseStream(f.stdout)
		switch {
		case err != nil:
			fixtureErr = err
		case sum == nil || len(partial) > 0:
			fixtureErr = fmt.Errorf("the fixture drill's stdout has no summary line or ends mid-line:\n%s", tail(f.stdout, 2000))
		case sum.Fix == nil || sum.Fix.VerifiedBlock == 0:
			fixtureErr = fmt.Errorf("the fixture drill did not carry the fix to a verified upgrade: %s", sum.Summary)
		default:
			f.events, f.summary = events, *sum
			fixtureVal = f
		}
	})
	if fixtureErr != nil {
		t.Fatal(fixtureErr)
	}
	return fixtureVal
}

// copyJournal copies a journal into the test's own directory.
func copyJournal(t testing.TB, src string) string {
	t.Helper()
	data, err := os.ReadFile(src)
	if err != nil {
		t.Fatal(err)
	}
	dst := filepath.Join(t.TempDir(), filepath.Base(src))
	if err := os.WriteFile(dst, data, 0o600); err != nil {
		t.Fatal(err)
	}
	return dst
}

// journalLines are the lines of a journal file, newlines kept.
func journalLines(t testing.TB, path string) [][]byte {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return bytes.SplitAfter(data, []byte("\n"))
}

func tail(b []byte, n int) string {
	return string(b[max(0, len(b)-n):])
}

// oneSentence fails unless msg is one line (plus, for bad usage, the
// pointer to -h) without a stack trace, naming every part of want.
func oneSentence(t testing.TB, what, msg string, want ...string) {
	t.Helper()
	lines := strings.Split(strings.TrimRight(msg, "\n"), "\n")
	if len(lines) == 2 && strings.HasPrefix(lines[1], "Run 'warroom ") {
		lines = lines[:1]
	}
	if len(lines) != 1 || lines[0] == "" {
		t.Errorf("%s: want one sentence on stderr, got %d lines:\n%s", what, len(lines), msg)
	}
	if strings.Contains(msg, "goroutine ") || strings.Contains(msg, "panic") || strings.Contains(msg, "<nil>") || strings.Contains(msg, "%!") {
		t.Errorf("%s: stderr is not a sentence for a person:\n%s", what, msg)
	}
	for _, w := range want {
		if !strings.Contains(msg, w) {
			t.Errorf("%s: stderr does not say %q:\n%s", what, w, msg)
		}
	}
}
