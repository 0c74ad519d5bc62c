package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"warroom/session"
)

var (
	crashRuns = flag.Int("crash-runs", 20, "TestCrashLoop: how many drills to kill (the full loop is 200)")
	crashSeed = flag.Uint64("crash-seed", 0, "TestCrashLoop: seed of the kill moments and tears (0: from the clock; the seed is logged)")
	crashJobs = flag.Int("crash-jobs", 2, "TestCrashLoop: drills run at once")
)

// crashArgs is the drill the crash loop kills: every kind of write goes on
// (blocks and alerts staged, actions and approvals fsynced, from the
// watcher, the breaker, the fix and the cosigners at once).
var crashArgs = []string{"drill", "--headless", "--block-time", "25ms", "--auto-pause", "--fix", "VaultV2"}

// killed is a drill process and what it printed, killed or not.
type killed struct {
	stdout, stderr []byte
	elapsed        time.Duration // from start to exit
	exited         bool          // it ended by itself before the kill
	code           int
}

// runAndKill runs the binary and sends it SIGKILL after delay (never, when
// delay is 0), or once stdout holds until (never, when until is nil).
func runAndKill(ctx context.Context, bin, home string, args []string, delay time.Duration, until []byte) (killed, error) {
	w := &watchBuffer{until: until, hit: make(chan struct{})}
	return runWith(ctx, bin, home, args, w, func(int) {
		var timer <-chan time.Time
		if delay > 0 {
			timer = time.After(delay)
		}
		select {
		case <-timer:
		case <-w.hit:
		case <-ctx.Done():
		}
	})
}

// runWith runs the binary with stdout into w, and kills it with SIGKILL
// when killWhen (given its pid, run beside it) returns, unless it ended
// first.
func runWith(ctx context.Context, bin, home string, args []string, w *watchBuffer, killWhen func(pid int)) (killed, error) {
	ctx, cancel := context.WithTimeout(ctx, 3*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, bin, args...)
	cmd.Env = binEnv(home)
	var stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = w, &stderr
	start := time.Now()
	if err := cmd.Start(); err != nil {
		return killed{}, err
	}
	kill := make(chan struct{})
	go func() {
		killWhen(cmd.Process.Pid)
		close(kill)
	}()
	waited := make(chan error, 1)
	go func() { waited <- cmd.Wait() }()
	var err error
	select {
	case err = <-waited:
	case <-kill:
		_ = cmd.Process.Signal(syscall.SIGKILL)
		err = <-waited
	}
	k := killed{stdout: w.Bytes(), stderr: stderr.Bytes(), elapsed: time.Since(start)}
	var exit *exec.ExitError
	switch {
	case ctx.Err() != nil:
		return k, fmt.Errorf("the drill did not end in time\nstderr: %s", k.stderr)
	case err == nil:
		k.exited = true
	case errors.As(err, &exit) && exit.Exited():
		k.exited, k.code = true, exit.ExitCode()
	case errors.As(err, &exit):
		if ws, ok := exit.Sys().(syscall.WaitStatus); !ok || ws.Signal() != syscall.SIGKILL {
			return k, fmt.Errorf("the drill ended with %v\nstderr: %s", err, k.stderr)
		}
	default:
		return k, err
	}
	return k, nil
}

// watchBuffer is stdout that says when it first holds a given line.
type watchBuffer struct {
	mu    sync.Mutex
	buf   bytes.Buffer
	until []byte
	hit   chan struct{}
	once  sync.Once
}

func (w *watchBuffer) Write(p []byte) (int, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	n, err := w.buf.Write(p)
	if w.until != nil && bytes.Contains(w.buf.Bytes(), w.until) {
		w.once.Do(func() { close(w.hit) })
	}
	return n, err
}

func (w *watchBuffer) Bytes() []byte {
	w.mu.Lock()
	defer w.mu.Unlock()
	return bytes.Clone(w.buf.Bytes())
}

// crashOutcome is what one killed run left.
type crashOutcome struct {
	printed, journaled int  // events on stdout, events in the journal
	torn               bool // the kill tore the journal's last line
	finished           bool // the drill ended before the kill
	noJournal          bool // killed before the journal was created
}

// checkCrash checks what a killed drill left at path: every event it
// printed (acknowledged) is in the journal with the same seq and hash, the
// chain verifies, `warroom journal verify` agrees, and the journal opens
// again for append, a torn tail set aside in the .torn file, not dropped.
// tear (0..1) is where a simulated torn write is cut in a copy, so the set-aside
// path is taken on every run whether or not the kill tore a line.
func checkCrash(bin, path string, k killed, tear float64) (crashOutcome, error) {
	var o crashOutcome
	printed, sum, _, err := parseStream(k.stdout)
	if err != nil {
		return o, err
	}
	o.printed, o.finished = len(printed), sum != nil
	if k.exited && (k.code != 0 || sum == nil) {
		return o, fmt.Errorf("the drill ended by itself with exit %d and summary %v\nstderr: %s", k.code, sum != nil, k.stderr)
	}
	prev := strings.Repeat("0", 64)
	for i, ev := range printed {
		if ev.Seq != uint64(i+1) || ev.Prev != prev {
			return o, fmt.Errorf("stdout event %d has seq %d and prev %.12s…, want seq %d after %.12s…", i+1, ev.Seq, ev.Prev, i+1, prev)
		}
		prev = ev.Hash
	}
	raw, err := os.ReadFile(path)
	if errors.Is(err, os.ErrNotExist) {
		if len(printed) > 0 {
			return o, fmt.Errorf("%d events were printed but there is no journal %s", len(printed), path)
		}
		o.noJournal = true
		return o, nil
	}
	if err != nil {
		return o, err
	}
	v := session.Verify(bytes.Clone(raw), path)
	o.journaled, o.torn = len(v.Events), v.Torn != nil
	if v.Break != nil {
		return o, fmt.Errorf("the journal does not verify after the kill: %v", v.Break)
	}
	if len(v.Events) < len(printed) {
		return o, fmt.Errorf("stdout acknowledged %d events, the journal keeps %d", len(printed), len(v.Events))
	}
	for i, ev := range printed {
		j := v.Events[i]
		if j.Seq != ev.Seq || j.Hash != ev.Hash || j.Kind != ev.Kind || j.Prev != ev.Prev || !j.Time.Equal(ev.Time) {
			return o, fmt.Errorf("event %d: stdout printed %s %s, the journal holds %s %s", ev.Seq, ev.Kind, ev.Hash, j.Kind, j.Hash)
		}
	}
	if o.finished && (!v.Ended() || len(v.Events) != len(printed) || v.Torn != nil) {
		return o, fmt.Errorf("the drill finished, but its journal has %d events (stdout %d), ended %v, torn %v", len(v.Events), len(printed), v.Ended(), v.Torn != nil)
	}

	// warroom journal verify says the same.
	code, out, errOut, err := runBinIn(bin, filepath.Dir(path), "journal", "verify", "--json", path)
	if err != nil {
		return o, err
	}
	var s JournalSummary
	if err := json.Unmarshal([]byte(out), &s); err != nil {
		return o, fmt.Errorf("journal verify --json: %v: %q", err, out)
	}
	switch {
	case len(v.Events) == 0:
		// Killed after the file was created and before session.started:
		// nothing was acknowledged, and there is nothing to verify.
		if code == 0 || s.Verified {
			return o, fmt.Errorf("journal verify of a journal without an event: exit %d, %+v", code, s)
		}
		return o, nil
	case code != 0 || !s.Verified || s.Events != len(v.Events) || s.Head != v.Head() || s.Ended != v.Ended():
		return o, fmt.Errorf("journal verify: exit %d, %+v; stderr %s; want verified, %d events, head %s", code, s, errOut, len(v.Events), v.Head())
	case v.Torn != nil && !strings.Contains(errOut, "torn"):
		return o, fmt.Errorf("journal verify does not warn of the torn line: %s", errOut)
	}

	// A copy with a torn write simulated after the last whole line: the
	// tear a power cut or a full disk leaves, which a kill cannot (a line
	// is one write).
	if v.Torn == nil {
		last := v.Events[len(v.Events)-1]
		line, _ := json.Marshal(last) // a line of the journal's own shape
		cut := 1 + int(tear*float64(len(line)-2))
		torn := filepath.Join(filepath.Dir(path), "torn-"+filepath.Base(path))
		data := bytes.Clone(raw)
		if v.NoNewline {
			data = append(data, '\n')
		}
		if err := os.WriteFile(torn, append(data, line[:cut]...), 0o600); err != nil {
			return o, err
		}
		if err := reopenAppend(torn, v, line[:cut]); err != nil {
			return o, fmt.Errorf("a torn write simulated at byte %d of %d: %w", cut, len(line), err)
		}
	}
	if err := reopenAppend(path, v, v.Torn); err != nil {
		return o, err
	}
	return o, nil
}

// reopenAppend opens the journal at path for append, as a resumed session
// does, and checks that nothing of v is lost: the torn tail (if any) is set
// aside in path.torn, the journal is cut back to its whole lines, and an
// event appended continues the chain.
func reopenAppend(path string, v *session.Verification, torn []byte) error {
	before, err := os.ReadFile(path + ".torn") // what earlier reopenings set aside
	if err != nil && !errors.Is(err, os.ErrNotExist) {
		return err
	}
	j, v2, err := session.OpenAppend(path)
	if err != nil {
		return fmt.Errorf("reopen for append: %w", err)
	}
	if len(v2.Events) != len(v.Events) || v2.Head() != v.Head() {
		j.Close()
		return fmt.Errorf("reopened with %d events, head %s; want %d, %s", len(v2.Events), v2.Head(), len(v.Events), v.Head())
	}
	aside, err := os.ReadFile(path + ".torn")
	want := before
	if torn != nil {
		want = append(append(bytes.Clone(before), torn...), '\n')
	}
	if !bytes.Equal(aside, want) {
		j.Close()
		return fmt.Errorf("%s.torn holds %q (%v); want %q: the torn line (%d bytes) was not set aside whole", path, aside, err, want, len(torn))
	}
	ev, err := j.Append(time.Now(), "test.reopened", map[string]string{"by": "TestCrashLoop"})
	if err = errors.Join(err, j.Close()); err != nil {
		return fmt.Errorf("append after reopening: %w", err)
	}
	after, err := session.VerifyFile(path)
	if err != nil {
		return err
	}
	if after.Err() != nil || len(after.Events) != len(v.Events)+1 || after.Head() != ev.Hash || ev.Prev != v.Head() {
		return fmt.Errorf("after the append: %v, %d events (want %d), head %s (want %s)", after.Err(), len(after.Events), len(v.Events)+1, after.Head(), ev.Hash)
	}
	return nil
}

// TestCrashLoop kills headless drills with SIGKILL at random moments of
// their run and checks what each left (checkCrash). The kill moments are
// drawn from a logged seed: -crash-seed reproduces them. The full loop:
//
//	go test ./cmd/warroom -run CrashLoop -crash-runs 200
func TestCrashLoop(t *testing.T) {
	bin := warroomBin(t)
	seed := *crashSeed
	if seed == 0 {
		seed = uint64(time.Now().UnixNano())
	}
	runs, jobs := max(*crashRuns, 1), max(*crashJobs, 1)
	t.Logf("crash loop: %d runs, %d at once, seed %d (reproduce with -crash-seed %d -crash-runs %d)", runs, jobs, seed, seed, runs)

	// One whole run: how long the drill takes, so kills fall within it.
	dir := t.TempDir()
	whole, err := runAndKill(context.Background(), bin, dir, append(crashArgs, "--journal", filepath.Join(dir, "whole.jsonl")), 0, nil)
	if err != nil {
		t.Fatal(err)
	}
	if o, err := checkCrash(bin, filepath.Join(dir, "whole.jsonl"), whole, 0.5); err != nil || !o.finished {
		t.Fatalf("the whole run (%s): finished %v, %v", whole.elapsed, o.finished, err)
	}
	span := whole.elapsed
	t.Logf("a whole drill takes %s", span.Round(time.Millisecond))

	rng := rand.New(rand.NewPCG(seed, 0x5eed))
	type plan struct {
		delay time.Duration
		tear  float64
	}
	plans := make([]plan, runs)
	for i := range plans {
		plans[i] = plan{delay: time.Duration(1 + rng.Int64N(int64(span))), tear: rng.Float64()}
	}
	type result struct {
		o   crashOutcome
		err error
		k   killed
	}
	results := make([]result, runs)
	next := make(chan int)
	var wg sync.WaitGroup
	for range jobs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				home := filepath.Join(dir, fmt.Sprintf("run-%03d", i))
				if err := os.MkdirAll(home, 0o700); err != nil {
					results[i].err = err
					continue
				}
				path := filepath.Join(home, "drill.jsonl")
				k, err := runAndKill(context.Background(), bin, home, append(crashArgs, "--journal", path), plans[i].delay, nil)
				results[i].k = k
				if err != nil {
					results[i].err = err
					continue
				}
				results[i].o, results[i].err = checkCrash(bin, path, k, plans[i].tear)
				if results[i].err == nil {
					_ = os.RemoveAll(home) // a failed run's files stay for the log
				}
			}
		}()
	}
	for i := range runs {
		next <- i
	}
	close(next)
	wg.Wait()

	var failed, torn, finished, noJournal, noEvent, printed, journaled int
	for i, r := range results {
		if r.err != nil {
			failed++
			t.Errorf("run %d of seed %d (kill after %s, tear at %.3f): %v\nlast stdout: %s", i, seed, plans[i].delay, plans[i].tear, r.err, tail(r.k.stdout, 600))
			continue
		}
		printed += r.o.printed
		journaled += r.o.journaled
		switch {
		case r.o.finished:
			finished++
		case r.o.noJournal:
			noJournal++
		case r.o.journaled == 0:
			noEvent++
		}
		if r.o.torn {
			torn++
		}
	}
	t.Logf("crash loop of %d runs (seed %d): %d failed; %d with a torn tail left by the kill (set aside); %d killed before the journal was created, %d before its first event, %d finished before the kill; %d events acknowledged on stdout, %d in the journals",
		runs, seed, failed, torn, noJournal, noEvent, finished, printed, journaled)
}

// The checks of the crash loop catch what they are for: an acknowledged
// event missing from the journal, a changed one, a torn line dropped.
func TestCrashChecksCatchLoss(t *testing.T) {
	fx := fixture(t)
	bin := warroomBin(t)
	lines := journalLines(t, fx.journal)
	k := killed{stdout: fx.stdout}
	cases := []struct {
		name   string
		mangle func(path string)
		want   string
	}{
		{"last acknowledged event lost", func(p string) {
			os.WriteFile(p, bytes.Join(lines[:len(lines)-2], nil), 0o600)
		}, "the journal keeps"},
		{"a line changed", func(p string) {
			l := bytes.Clone(lines[3])
			l[bytes.Index(l, []byte(`"seq":4`))+6] = '5'
			os.WriteFile(p, bytes.Join(append(append(append([][]byte{}, lines[:3]...), l), lines[4:]...), nil), 0o600)
		}, "does not verify"},
		{"acknowledged event replaced", func(p string) {
			// The chain verifies, but its last line is not the one printed.
			var ev session.Event
			if err := json.Unmarshal(lines[len(lines)-2], &ev); err != nil {
				t.Fatal(err)
			}
			ev.Data = bytes.Replace(ev.Data, []byte(`"reason":"`), []byte(`"reason":"rewritten `), 1)
			os.WriteFile(p, bytes.Join(lines[:len(lines)-2], nil), 0o600)
			j, _, err := session.OpenAppend(p)
			if err != nil {
				t.Fatal(err)
			}
			if _, err := j.Append(ev.Time, ev.Kind, ev.Data); err != nil {
				t.Fatal(err)
			}
			j.Close()
		}, "stdout printed"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			p := copyJournal(t, fx.journal)
			c.mangle(p)
			if _, err := checkCrash(bin, p, k, 0.5); err == nil || !strings.Contains(err.Error(), c.want) {
				t.Fatalf("checkCrash: %v; want an error saying %q", err, c.want)
			}
		})
	}
}
