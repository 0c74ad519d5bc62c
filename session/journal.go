package session

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sync"
	"time"
)

// ErrJournalCorrupt is returned when a journal's hash chain does not verify.
var ErrJournalCorrupt = errors.New("journal does not verify")

// genesisPrev is the prev hash of the first line.
const genesisPrev = "0000000000000000000000000000000000000000000000000000000000000000"

// Journal is an append-only, hash-chained file of events, one JSON object a
// line. Each line is written with one write call, so a crash never leaves
// half an event behind a complete one; durable kinds are fsynced before
// Append returns.
//
// A line's hash is the SHA-256 of the line's bytes up to and excluding
// `,"hash":"…"`, with the closing brace: a changed byte anywhere in a line, or
// a removed or reordered line, breaks the chain.
type Journal struct {
	mu   sync.Mutex
	f    *os.File
	path string
	seq  uint64
	prev string
}

// CheckWritable refuses a journal path that cannot be written, before anything starts.
func CheckWritable(path string) error {
	dir := filepath.Dir(path)
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return fmt.Errorf("journal %s: cannot create directory %s: %w", path, dir, err)
	}
	if fi, err := os.Stat(path); err == nil {
		if fi.IsDir() {
			return fmt.Errorf("journal %s is a directory; give a file path", path)
		}
		if fi.Size() > 0 {
			return fmt.Errorf("journal %s already exists; choose a new file (journals are never overwritten or appended to by another session)", path)
		}
	}
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE, 0o600)
	if err != nil {
		return fmt.Errorf("journal %s cannot be written: %w", path, err)
	}
	return f.Close()
}

// Create opens a new journal at path. It refuses a file that already holds events.
func Create(path string) (*Journal, error) {
	if err := CheckWritable(path); err != nil {
		return nil, err
	}
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_APPEND|os.O_CREATE, 0o600)
	if err != nil {
		return nil, fmt.Errorf("journal %s cannot be written: %w", path, err)
	}
	return &Journal{f: f, path: path, prev: genesisPrev}, nil
}

// Path is where the journal is written.
func (j *Journal) Path() string { return j.path }

// Append seals an event into the chain and writes it. It fills Seq, Prev and
// Hash, and returns the event as written.
func (j *Journal) Append(t time.Time, kind Kind, data any) (Event, error) {
	raw, err := json.Marshal(data)
	if err != nil {
		return Event{}, fmt.Errorf("journal: encode %s: %w", kind, err)
	}
	j.mu.Lock()
	defer j.mu.Unlock()
	if j.f == nil {
		return Event{}, errors.New("journal is closed")
	}
	ev := Event{Seq: j.seq + 1, Time: t.UTC(), Kind: kind, Data: raw, Prev: j.prev}
	line, err := seal(&ev)
	if err != nil {
		return Event{}, err
	}
	if _, err := j.f.Write(line); err != nil {
		return Event{}, fmt.Errorf("journal %s: write: %w", j.path, err)
	}
	if kind.durable() {
		if err := j.f.Sync(); err != nil {
			return Event{}, fmt.Errorf("journal %s: sync: %w", j.path, err)
		}
	}
	j.seq, j.prev = ev.Seq, ev.Hash
	return ev, nil
}

// Close syncs and closes the journal.
func (j *Journal) Close() error {
	j.mu.Lock()
	defer j.mu.Unlock()
	if j.f == nil {
		return nil
	}
	err := errors.Join(j.f.Sync(), j.f.Close())
	j.f = nil
	return err
}

// Discard closes a journal and removes its file if nothing was appended: a
// session that never started leaves nothing behind.
func (j *Journal) Discard() error {
	j.mu.Lock()
	empty := j.seq == 0
	j.mu.Unlock()
	err := j.Close()
	if empty {
		err = errors.Join(err, os.Remove(j.path))
	}
	return err
}

// seal computes ev.Hash and returns the full line, newline included.
func seal(ev *Event) ([]byte, error) {
	body, err := json.Marshal(struct {
		Seq  uint64          `json:"seq"`
		Time time.Time       `json:"time"`
		Kind Kind            `json:"kind"`
		Data json.RawMessage `json:"data"`
		Prev string          `json:"prev"`
	}{ev.Seq, ev.Time, ev.Kind, ev.Data, ev.Prev})
	if err != nil {
		return nil, fmt.Errorf("journal: encode line %d: %w", ev.Seq, err)
	}
	sum := sha256.Sum256(body)
	ev.Hash = hex.EncodeToString(sum[:])
	line := make([]byte, 0, len(body)+80)
	line = append(line, body[:len(body)-1]...)
	line = append(line, `,"hash":"`...)
	line = append(line, ev.Hash...)
	line = append(line, "\"}\n"...)
	return line, nil
}

// ReadJournal reads and verifies a journal. On a broken chain it returns the
// events that verified before the break and an error wrapping
// ErrJournalCorrupt that names the line.
func ReadJournal(r io.Reader, name string) ([]Event, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 64*1024*1024)
	var (
		events []Event
		prev   = genesisPrev
		lineNo int
	)
	for sc.Scan() {
		lineNo++
		line := sc.Bytes()
		if len(bytes.TrimSpace(line)) == 0 {
			continue
		}
		ev, err := verifyLine(line, prev, uint64(len(events))+1)
		if err != nil {
			return events, fmt.Errorf("%s:%d: %w: %v", name, lineNo, ErrJournalCorrupt, err)
		}
		events = append(events, ev)
		prev = ev.Hash
	}
	if err := sc.Err(); err != nil {
		return events, fmt.Errorf("%s:%d: read: %w", name, lineNo+1, err)
	}
	return events, nil
}

// OpenJournal reads and verifies the journal at path.
func OpenJournal(path string) ([]Event, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("journal %s: %w", path, err)
	}
	defer f.Close()
	return ReadJournal(f, path)
}

var hashField = []byte(`,"hash":"`)

func verifyLine(line []byte, prev string, seq uint64) (Event, error) {
	// A line ends in ,"hash":"<64 hex>"} exactly.
	const tail = len(`,"hash":"`) + 64 + len(`"}`)
	if len(line) < tail+2 || !bytes.HasPrefix(line[len(line)-tail:], hashField) || !bytes.HasSuffix(line, []byte(`"}`)) {
		return Event{}, errors.New("line does not end with its hash")
	}
	body := make([]byte, 0, len(line)-tail+1)
	body = append(body, line[:len(line)-tail]...)
	body = append(body, '}')
	want := string(line[len(line)-tail+len(hashField) : len(line)-2])
	sum := sha256.Sum256(body)
	if got := hex.EncodeToString(sum[:]); got != want {
		return Event{}, fmt.Errorf("hash mismatch: line says %s…, content hashes to %s…", want[:12], got[:12])
	}
	var ev Event
	if err := json.Unmarshal(line, &ev); err != nil {
		return Event{}, fmt.Errorf("not a JSON event: %v", err)
	}
	if ev.Prev != prev {
		return Event{}, fmt.Errorf("prev %.12s… does not match the previous line's hash %.12s…", ev.Prev, prev)
	}
	if ev.Seq != seq {
		return Event{}, fmt.Errorf("seq %d where %d was expected", ev.Seq, seq)
	}
	return ev, nil
}
