package session

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"warroom/chain"
)

// journalLines writes the sample journal and returns its path and lines
// (each with its newline).
func journalLines(t *testing.T) (string, []string) {
	t.Helper()
	path, _, _ := writeSample(t)
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.SplitAfter(string(raw), "\n")
	return path, lines[:len(lines)-1]
}

// handLine is a line made the way the journal makes them, by hand: right
// hash, whatever seq and prev the forger chose.
func handLine(t *testing.T, seq uint64, prev, kind, data string) string {
	t.Helper()
	body := fmt.Sprintf(`{"seq":%d,"time":"2026-11-21T17:00:00Z","kind":%q,"data":%s,"prev":%q}`, seq, kind, data, prev)
	sum := sha256.Sum256([]byte(body))
	return body[:len(body)-1] + `,"hash":"` + hex.EncodeToString(sum[:]) + "\"}\n"
}

// flipHash changes one hex digit of line i's hash.
func flipHash(lines []string, i int) []string {
	ls := append([]string{}, lines...)
	b := []byte(ls[i])
	k := len(b) - 4 // the last hex digit, before "}\n
	if b[k] == '0' {
		b[k] = '1'
	} else {
		b[k] = '0'
	}
	ls[i] = string(b)
	return ls
}

func lastHash(t *testing.T, line string) string {
	t.Helper()
	ev, err := DecodeEvent([]byte(strings.TrimSuffix(line, "\n")))
	if err != nil {
		t.Fatal(err)
	}
	return ev.Hash
}

// Each kind of tampering is found, at the line where it is.
func TestTamperDetectedAtTheRightLine(t *testing.T) {
	_, lines := journalLines(t)
	n := len(lines)
	join := func(ls ...string) []byte { return []byte(strings.Join(ls, "")) }
	del := func(i int) []string { return append(append([]string{}, lines[:i]...), lines[i+1:]...) }
	swap := func(i, j int) []string {
		ls := append([]string{}, lines...)
		ls[i], ls[j] = ls[j], ls[i]
		return ls
	}
	changeByte := func(i int, in, out string) []string {
		ls := append([]string{}, lines...)
		if !strings.Contains(ls[i], in) {
			t.Fatalf("line %d has no %q", i+1, in)
		}
		ls[i] = strings.Replace(ls[i], in, out, 1)
		return ls
	}
	cases := []struct {
		name    string
		data    []byte
		line    int
		problem string
		events  int
	}{
		{"one byte changed in data", join(changeByte(2, `"Vault"`, `"Vaulx"`)...), 3, "does not match its hash", 2},
		{"one byte changed in time", join(changeByte(4, `"time":"2026`, `"time":"2027`)...), 5, "does not match its hash", 4},
		{"one hex digit changed in hash", join(flipHash(lines, 1)...), 2, "does not match its hash", 1},
		{"line 4 removed", join(del(3)...), 4, "1 line(s) before it were removed", 3},
		{"first line removed", join(del(0)...), 1, "removed", 0},
		{"lines 5 and 6 swapped", join(swap(4, 5)...), 5, "reordered", 4},
		{"last line repeated", join(append(append([]string{}, lines...), lines[n-1])...), n + 1, "reordered or repeated", n},
		{"line appended by hand without the right hash", join(append(append([]string{}, lines...),
			strings.Replace(handLine(t, uint64(n+1), lastHash(t, lines[n-1]), "note", `{"text":"all fine"}`), `"all fine"`, `"all good"`, 1))...), n + 1, "does not match its hash", n},
		{"line appended by hand with its own hash but the wrong prev", join(append(append([]string{}, lines...),
			handLine(t, uint64(n+1), genesisPrev, "note", `{"text":"x"}`))...), n + 1, "does not follow the line before it", n},
		{"line replaced by one with a right hash", join(append(append([]string{}, lines[:6]...),
			append([]string{handLine(t, 7, lastHash(t, lines[5]), "note", `{"text":"x"}`)}, lines[7:]...)...)...), 8, "does not follow", 7},
		{"not a journal", []byte("hello world\nsecond line\n"), 1, "not a journal event", 0},
		{"JSON but not a journal", []byte(`{"a":1}` + "\n"), 1, "is JSON but not a journal event", 0},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			v := Verify(c.data, "j.jsonl")
			if v.Break == nil {
				t.Fatalf("verified %d events with no break; want a break at line %d", len(v.Events), c.line)
			}
			if v.Break.Line != c.line || !strings.Contains(v.Break.Problem, c.problem) {
				t.Fatalf("break %v; want line %d saying %q", v.Break, c.line, c.problem)
			}
			if !errors.Is(v.Err(), ErrJournalCorrupt) || !strings.HasPrefix(v.Err().Error(), fmt.Sprintf("j.jsonl:%d: ", c.line)) {
				t.Fatalf("error %q does not start with j.jsonl:%d and wrap ErrJournalCorrupt", v.Err(), c.line)
			}
			if len(v.Events) != c.events {
				t.Fatalf("%d events verify before the break, want %d", len(v.Events), c.events)
			}
		})
	}
}

// A line appended with the right hash and prev verifies: only the head
// anchor (journal verify --head) catches it. That is why the head is printed.
func TestHandAppendedValidLineChangesTheHead(t *testing.T) {
	_, lines := journalLines(t)
	n := len(lines)
	intact := Verify([]byte(strings.Join(lines, "")), "j")
	forged := Verify([]byte(strings.Join(append(append([]string{}, lines...), handLine(t, uint64(n+1), lastHash(t, lines[n-1]), "note", `{"text":"x"}`)), "")), "j")
	if forged.Err() != nil {
		t.Fatalf("a well-forged line: %v", forged.Err())
	}
	if forged.Head() == intact.Head() {
		t.Fatal("the head did not change with an appended line")
	}
	// Cutting the tail changes it too.
	cut := Verify([]byte(strings.Join(lines[:n-2], "")), "j")
	if cut.Err() != nil || cut.Head() == intact.Head() || cut.Ended() {
		t.Fatalf("cut journal: err %v, head same %v", cut.Err(), cut.Head() == intact.Head())
	}
}

// Verification of a big journal runs over several goroutines; the breaks it
// finds are the same as on one.
func TestVerifyParallelFindsTheSameBreak(t *testing.T) {
	var buf bytes.Buffer
	prev := genesisPrev
	for i := 1; i <= 20000; i++ {
		ev := Event{Seq: uint64(i), Time: t0.Add(time.Duration(i) * time.Millisecond), Kind: KindBlock,
			Data: []byte(fmt.Sprintf(`{"number":%d,"hash":"0x%064x","txs":3,"pad":"%s"}`, i, i, strings.Repeat("p", 200))), Prev: prev}
		line, err := seal(&ev)
		if err != nil {
			t.Fatal(err)
		}
		buf.Write(line)
		prev = ev.Hash
	}
	data := buf.Bytes()
	if len(data) < minParallel {
		t.Fatalf("test journal is %d bytes, below the parallel threshold %d", len(data), minParallel)
	}
	v := Verify(data, "big")
	if v.Err() != nil || len(v.Events) != 20000 || v.Size != int64(len(data)) || v.Head() != prev {
		t.Fatalf("intact: err %v, %d events, size %d of %d", v.Err(), len(v.Events), v.Size, len(data))
	}
	for i := 1; i < len(v.Events); i++ {
		if v.Events[i].Prev != v.Events[i-1].Hash {
			t.Fatalf("event %d prev does not link", i+1)
		}
	}
	// Break line 15000 (deep in a later chunk): the events before it stay.
	lines := bytes.SplitAfter(data, []byte("\n"))
	lines[14999] = bytes.Replace(lines[14999], []byte(`"txs":3`), []byte(`"txs":4`), 1)
	v = Verify(bytes.Join(lines, nil), "big")
	if v.Break == nil || v.Break.Line != 15000 || len(v.Events) != 14999 {
		t.Fatalf("break %v with %d events; want line 15000 and 14999 events", v.Break, len(v.Events))
	}
	var size int
	for _, l := range lines[:14999] {
		size += len(l)
	}
	if v.Size != int64(size) {
		t.Fatalf("verified size %d, want %d", v.Size, size)
	}
}

// A torn final line is set aside in .torn when the journal is reopened to
// append, the chain goes on from the last whole event, and nothing before
// it is lost.
func TestTornTailSetAsideOnReopen(t *testing.T) {
	_, lines := journalLines(t)
	path := filepath.Join(t.TempDir(), "j.jsonl")
	whole := strings.Join(lines[:8], "")
	torn := lines[8][:len(lines[8])/2]
	if err := os.WriteFile(path, []byte(whole+torn), 0o600); err != nil {
		t.Fatal(err)
	}
	v, err := VerifyFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !errors.Is(v.Err(), ErrJournalTorn) || v.TornLine != 9 || len(v.Events) != 8 {
		t.Fatalf("verify: %v, torn line %d, %d events", v.Err(), v.TornLine, len(v.Events))
	}
	j, v, err := OpenAppend(path)
	if err != nil {
		t.Fatal(err)
	}
	if string(v.Torn) != torn {
		t.Fatalf("torn part %q, want %q", v.Torn, torn)
	}
	set, err := os.ReadFile(path + ".torn")
	if err != nil || string(set) != torn+"\n" {
		t.Fatalf("%s.torn holds %q (%v), want the torn line", path, set, err)
	}
	if _, err := j.Append(t0.Add(time.Hour), KindNote, Note{Text: "after the crash"}); err != nil {
		t.Fatal(err)
	}
	if err := j.Close(); err != nil {
		t.Fatal(err)
	}
	events, err := OpenJournal(path)
	if err != nil {
		t.Fatalf("reopened journal does not verify: %v", err)
	}
	if len(events) != 9 || events[8].Kind != KindNote || events[7].Hash != lastHash(t, lines[7]) {
		t.Fatalf("after reopen: %d events, last %s", len(events), events[len(events)-1].Kind)
	}
}

// A last line that lacks only its newline is part of the record.
func TestLastLineWithoutNewline(t *testing.T) {
	_, lines := journalLines(t)
	path := filepath.Join(t.TempDir(), "j.jsonl")
	if err := os.WriteFile(path, []byte(strings.TrimSuffix(strings.Join(lines, ""), "\n")), 0o600); err != nil {
		t.Fatal(err)
	}
	v, _ := VerifyFile(path)
	if v.Err() != nil || !v.NoNewline || len(v.Events) != len(lines) {
		t.Fatalf("err %v, no newline %v, %d events", v.Err(), v.NoNewline, len(v.Events))
	}
	j, _, err := OpenAppend(path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := j.Append(t0, KindNote, Note{Text: "x"}); err != nil {
		t.Fatal(err)
	}
	j.Close()
	if events, err := OpenJournal(path); err != nil || len(events) != len(lines)+1 {
		t.Fatalf("%d events, %v", len(events), err)
	}
	if _, err := os.Stat(path + ".torn"); !errors.Is(err, os.ErrNotExist) {
		t.Fatal("a whole line was set aside as torn")
	}
}

// OpenAppend refuses a broken chain and leaves the file as it was.
func TestOpenAppendRefusesBrokenChain(t *testing.T) {
	path, lines := journalLines(t)
	broken := strings.Join(append(append([]string{}, lines[:3]...), lines[4:]...), "")
	if err := os.WriteFile(path, []byte(broken), 0o600); err != nil {
		t.Fatal(err)
	}
	_, _, err := OpenAppend(path)
	if !errors.Is(err, ErrJournalCorrupt) || !strings.Contains(err.Error(), path+":4:") || !strings.Contains(err.Error(), "never appends to a broken chain") {
		t.Fatalf("OpenAppend on a broken chain: %v", err)
	}
	if after, _ := os.ReadFile(path); string(after) != broken {
		t.Fatal("OpenAppend changed a broken journal")
	}
	empty := filepath.Join(t.TempDir(), "empty.jsonl")
	os.WriteFile(empty, nil, 0o600)
	if _, _, err := OpenAppend(empty); err == nil || !strings.Contains(err.Error(), "is empty") {
		t.Fatalf("OpenAppend on an empty file: %v", err)
	}
}

// Two sessions never share a journal: the second is refused, told the
// holder's pid, whether the file is new or already has events.
func TestJournalLockedByAnother(t *testing.T) {
	path := filepath.Join(t.TempDir(), "j.jsonl")
	j, err := Create(path)
	if err != nil {
		t.Fatal(err)
	}
	defer j.Close()
	pid := fmt.Sprintf("pid %d", os.Getpid())
	if _, err := Create(path); !errors.Is(err, ErrJournalLocked) || !strings.Contains(err.Error(), pid) {
		t.Fatalf("second Create of an open journal: %v; want ErrJournalLocked naming %s", err, pid)
	}
	if _, err := j.Append(t0, KindSessionStarted, Started{Mode: "drill"}); err != nil {
		t.Fatal(err)
	}
	if _, _, err := OpenAppend(path); !errors.Is(err, ErrJournalLocked) || !strings.Contains(err.Error(), pid) {
		t.Fatalf("OpenAppend of an open journal: %v; want ErrJournalLocked naming %s", err, pid)
	}
	j.Close()
	j2, _, err := OpenAppend(path)
	if err != nil {
		t.Fatalf("OpenAppend once the holder closed: %v", err)
	}
	j2.Close()
}

// Started at the same moment on one path, exactly one session gets it.
func TestConcurrentCreateOneWins(t *testing.T) {
	for round := 0; round < 20; round++ {
		path := filepath.Join(t.TempDir(), "j.jsonl")
		var (
			wg   sync.WaitGroup
			mu   sync.Mutex
			wins []*Journal
			errs []error
		)
		for g := 0; g < 4; g++ {
			wg.Add(1)
			go func() {
				defer wg.Done()
				j, err := Create(path)
				mu.Lock()
				defer mu.Unlock()
				if err == nil {
					wins = append(wins, j)
				} else {
					errs = append(errs, err)
				}
			}()
		}
		wg.Wait()
		if len(wins) != 1 {
			t.Fatalf("round %d: %d sessions got the journal (errors %v)", round, len(wins), errs)
		}
		for _, err := range errs {
			if !errors.Is(err, ErrJournalLocked) && !strings.Contains(err.Error(), "already exists") {
				t.Fatalf("loser's error: %v", err)
			}
		}
		wins[0].Close()
	}
}

// Odd paths are refused, and the user's file is never removed.
func TestJournalRefusesNonRegularFiles(t *testing.T) {
	dir := t.TempDir()
	link := filepath.Join(dir, "null.jsonl")
	if err := os.Symlink("/dev/null", link); err != nil {
		t.Fatal(err)
	}
	fifo := filepath.Join(dir, "fifo.jsonl")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Fatal(err)
	}
	for _, p := range []string{link, fifo} {
		done := make(chan error, 1)
		go func() {
			_, err := Create(p)
			done <- err
		}()
		select {
		case err := <-done:
			if !errors.Is(err, ErrNotRegular) {
				t.Errorf("Create(%s): %v; want ErrNotRegular", p, err)
			}
		case <-time.After(5 * time.Second):
			t.Fatalf("Create(%s) blocked", p)
		}
		if err := CheckWritable(p); !errors.Is(err, ErrNotRegular) {
			t.Errorf("CheckWritable(%s): %v", p, err)
		}
		if _, _, err := OpenAppend(p); !errors.Is(err, ErrNotRegular) {
			t.Errorf("OpenAppend(%s): %v", p, err)
		}
		if _, err := VerifyFile(p); !errors.Is(err, ErrNotRegular) && !strings.Contains(fmt.Sprint(err), "not a regular file") {
			t.Errorf("VerifyFile(%s): %v", p, err)
		}
		if _, err := os.Lstat(p); err != nil {
			t.Errorf("%s was removed: %v", p, err)
		}
	}
	// An empty file the user made is used, and not removed on Discard.
	given := filepath.Join(dir, "given.jsonl")
	os.WriteFile(given, nil, 0o600)
	j, err := Create(given)
	if err != nil {
		t.Fatal(err)
	}
	j.Discard()
	if _, err := os.Stat(given); err != nil {
		t.Fatalf("Discard removed the user's file: %v", err)
	}
	// One this journal created is.
	fresh := filepath.Join(dir, "fresh.jsonl")
	j, err = Create(fresh)
	if err != nil {
		t.Fatal(err)
	}
	j.Discard()
	if _, err := os.Stat(fresh); !errors.Is(err, os.ErrNotExist) {
		t.Fatalf("Discard left the empty journal it created: %v", err)
	}
}

// A write that fails stops the journal: that Append fails, every later one
// too, Failed is closed, and the file ends on whole lines.
func TestJournalFailStop(t *testing.T) {
	path := filepath.Join(t.TempDir(), "j.jsonl")
	j, err := Create(path)
	if err != nil {
		t.Fatal(err)
	}
	for i := 0; i < 3; i++ {
		if _, err := j.Append(t0, KindBlock, chain.BlockInfo{Number: uint64(i)}); err != nil {
			t.Fatal(err)
		}
	}
	j.f.Close() // the disk goes away under it
	_, err = j.Append(t0, KindBlock, chain.BlockInfo{Number: 3})
	if !errors.Is(err, ErrJournalFailed) || !strings.Contains(err.Error(), "nothing after event 3 is recorded") {
		t.Fatalf("append on a failed file: %v", err)
	}
	select {
	case <-j.Failed():
	default:
		t.Fatal("Failed not closed")
	}
	if _, err := j.Append(t0, KindNote, Note{Text: "x"}); !errors.Is(err, ErrJournalFailed) {
		t.Fatalf("append after the failure: %v", err)
	}
	if events, err := OpenJournal(path); err != nil || len(events) != 3 {
		t.Fatalf("after the failure: %d events, %v", len(events), err)
	}
	// The session built on it stops too.
	j2, err := Create(filepath.Join(t.TempDir(), "k.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	s := New(j2, Options{})
	if _, err := s.Record(KindNote, Note{Text: "ok"}); err != nil {
		t.Fatal(err)
	}
	j2.f.Close()
	if _, err := s.Record(KindNote, Note{Text: "lost"}); !errors.Is(err, ErrJournalFailed) {
		t.Fatalf("record on a failed journal: %v", err)
	}
	if s.JournalErr() == nil || s.State().Seq != 1 {
		t.Fatalf("session after failure: err %v, seq %d", s.JournalErr(), s.State().Seq)
	}
}

// Appenders that wait for the disk at once share fsyncs, and every durable
// event is on disk when its Append returns.
func TestGroupCommitDurable(t *testing.T) {
	path := filepath.Join(t.TempDir(), "j.jsonl")
	j, err := Create(path)
	if err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 50; i++ {
				ev, err := j.Append(t0, KindNote, Note{Text: "durable"})
				if err != nil {
					t.Error(err)
					return
				}
				j.syncMu.Lock()
				synced := j.synced
				j.syncMu.Unlock()
				if synced < ev.Seq {
					t.Errorf("event %d acknowledged with only %d synced", ev.Seq, synced)
				}
			}
		}()
	}
	wg.Wait()
	j.Close()
	if events, err := OpenJournal(path); err != nil || len(events) != 400 {
		t.Fatalf("%d events, %v", len(events), err)
	}
}

// A resumed session keeps every event and marks the new segment.
func TestResumeRebuildsStateAndMarksSegment(t *testing.T) {
	path, _, live := writeSample(t)
	j, v, err := OpenAppend(path)
	if err != nil {
		t.Fatal(err)
	}
	s := Resume(j, v.Events, Options{Now: func() time.Time { return t0.Add(time.Hour) }})
	if got := s.State(); got.Seq != live.Seq || got.Hash != live.Hash || len(got.Notes) != len(live.Notes) {
		t.Fatalf("rebuilt state at seq %d, live at %d", got.Seq, live.Seq)
	}
	ev, err := s.RecordResumed(Resumed{Started: Started{Mode: "drill", Scenario: "reentrancy", Chain: "embedded", From: 6}})
	if err != nil {
		t.Fatal(err)
	}
	if ev.Seq != live.Seq+1 || ev.Prev != live.Hash {
		t.Fatalf("resumed event seq %d prev %.12s; want %d after %.12s", ev.Seq, ev.Prev, live.Seq+1, live.Hash)
	}
	st := s.State()
	if len(st.Segments) != 1 || st.Segments[0].Segment != 2 || st.Segments[0].After != live.Seq {
		t.Fatalf("segments %+v", st.Segments)
	}
	if err := s.End("done"); err != nil {
		t.Fatal(err)
	}
	if events, err := OpenJournal(path); err != nil || events[len(events)-2].Kind != KindSessionResumed {
		t.Fatalf("resumed journal: %v", err)
	}
}
