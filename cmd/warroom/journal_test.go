package main

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"warroom/session"
)

// journal verify --head attests the journal is the one whose head was
// printed when the session ended: the right head exits 0, any other 1, a
// journal cut short or grown has another head, and what is not a hash is
// bad usage.
func TestJournalVerifyHead(t *testing.T) {
	fx := fixture(t)
	head := fx.events[len(fx.events)-1].Hash
	if !strings.Contains(string(fx.stderr), "head "+head) {
		t.Fatalf("the drill's stderr does not name its head %s:\n%s", head, fx.stderr)
	}
	lines := journalLines(t, fx.journal)
	cut := filepath.Join(t.TempDir(), "cut.jsonl")
	if err := os.WriteFile(cut, bytes.Join(lines[:len(lines)-2], nil), 0o600); err != nil {
		t.Fatal(err)
	}
	grown := copyJournal(t, fx.journal)
	j, _, err := session.OpenAppend(grown)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := j.Append(fx.events[0].Time, session.KindNote, session.Note{Text: "added later"}); err != nil {
		t.Fatal(err)
	}
	j.Close()

	for _, c := range []struct {
		name, file, head string
		code             int
		want             []string
	}{
		{"right head", fx.journal, head, 0, nil},
		{"right head, 0x and capitals", fx.journal, "0x" + strings.ToUpper(head), 0, nil},
		{"wrong head", fx.journal, fx.events[3].Hash, exitError, []string{fx.journal, "the head is " + head, "not the " + fx.events[3].Hash}},
		{"cut short", cut, head, exitError, []string{cut, "not the " + head}},
		{"grown", grown, head, exitError, []string{grown, "not the " + head}},
		{"not a hash", fx.journal, "5b1e0c", exitUsage, []string{`--head "5b1e0c" is not a hash`}},
	} {
		t.Run(c.name, func(t *testing.T) {
			code, out, errOut := runBin(t, "journal", "verify", c.file, "--head", c.head)
			if code != c.code {
				t.Fatalf("exit %d, want %d; stderr %s", code, c.code, errOut)
			}
			if c.code == 0 {
				if errOut != "" || !strings.Contains(out, "verifies") || !strings.Contains(out, "head      "+head) {
					t.Errorf("stdout %q, stderr %q", out, errOut)
				}
				return
			}
			// A journal cut short or grown also ends without session.ended:
			// a warning, on its own line.
			var problem []string
			for _, l := range strings.SplitAfter(errOut, "\n") {
				if !strings.HasPrefix(l, "warning: ") {
					problem = append(problem, l)
				}
			}
			oneSentence(t, c.name, strings.Join(problem, ""), c.want...)
		})
	}
}

// A journal held by another process is refused, naming the holder's pid,
// whether that is a session package journal opened for append or a drill
// still running; readers (verify, replay, report) need no lock.
func TestJournalLockedNamesTheHolder(t *testing.T) {
	fx := fixture(t)

	t.Run("opened for append", func(t *testing.T) {
		path := copyJournal(t, fx.journal)
		j, _, err := session.OpenAppend(path)
		if err != nil {
			t.Fatal(err)
		}
		defer j.Close()
		before, _ := os.ReadFile(path)
		code, _, errOut := runBin(t, "drill", "--headless", "--block-time", "50ms", "--resume", path)
		if code == 0 {
			t.Fatalf("a resume of a locked journal exits 0")
		}
		oneSentence(t, "drill --resume", errOut, path, fmt.Sprintf("(pid %d)", os.Getpid()), "in use by another process")
		if after, _ := os.ReadFile(path); !bytes.Equal(before, after) {
			t.Error("the refused resume changed the journal")
		}
		if code, out, errOut := runBin(t, "journal", "verify", path); code != 0 {
			t.Errorf("journal verify of a locked journal: exit %d\n%s%s", code, out, errOut)
		}
	})

	t.Run("a running drill", func(t *testing.T) {
		bin := warroomBin(t)
		dir := t.TempDir()
		path := filepath.Join(dir, "running.jsonl")
		// A slow drill, killed once it has journaled a block; the other
		// commands run while it holds the journal.
		ctx, cancel := context.WithCancel(context.Background())
		defer cancel()
		type ran struct {
			pid int
			k   killed
			err error
		}
		started := make(chan int, 1)
		done := make(chan ran, 1)
		hold := make(chan struct{})
		go func() {
			k, err := runHolding(ctx, bin, dir, []string{"drill", "--headless", "--block-time", "500ms", "--journal", path}, []byte(`"kind":"block"`), started, hold)
			done <- ran{k: k, err: err}
		}()
		var pid int
		select {
		case pid = <-started:
		case r := <-done:
			t.Fatalf("the drill ended before it journaled a block: %v\n%s", r.err, r.k.stderr)
		}
		code, _, errOut := runBin(t, "drill", "--headless", "--block-time", "50ms", "--resume", path)
		if code == 0 {
			t.Errorf("a resume of a journal a drill is writing exits 0")
		}
		oneSentence(t, "drill --resume", errOut, path, fmt.Sprintf("(pid %d)", pid))
		code, _, errOut = runBin(t, "drill", "--headless", "--block-time", "50ms", "--journal", path)
		if code != exitUsage {
			t.Errorf("a new drill on a journal a drill is writing: exit %d", code)
		}
		oneSentence(t, "drill --journal", errOut, path, "already exists")
		for _, args := range [][]string{{"journal", "verify", path}, {"replay", "--headless", path}, {"report", path}} {
			if code, _, errOut := runBin(t, args...); code != 0 {
				t.Errorf("%s while the drill writes: exit %d: %s", strings.Join(args, " "), code, errOut)
			}
		}
		close(hold)
		r := <-done
		if r.err != nil {
			t.Fatal(r.err)
		}
		// The drill went on untouched: what it printed is its journal.
		if _, err := checkCrash(bin, path, r.k, 0.5); err != nil {
			t.Error(err)
		}
	})
}

// runHolding runs the binary until stdout holds until, sends its pid on
// started, waits for hold to close, then kills it.
func runHolding(ctx context.Context, bin, home string, args []string, until []byte, started chan<- int, hold <-chan struct{}) (killed, error) {
	w := &watchBuffer{until: until, hit: make(chan struct{})}
	return runWith(ctx, bin, home, args, w, func(pid int) {
		select {
		case <-w.hit:
		case <-ctx.Done():
			return
		}
		started <- pid
		<-hold
	})
}
