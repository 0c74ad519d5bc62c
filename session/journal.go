package session

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"sync"
	"sync/atomic"
	"syscall"
	"time"
)

// Errors of the journal.
var (
	// ErrJournalCorrupt is returned when a journal's hash chain does not verify.
	ErrJournalCorrupt = errors.New("journal does not verify")
	// ErrJournalTorn is a journal whose final line was cut short by a crash:
	// everything before it verifies, the torn line itself is not part of the
	// record (it was never acknowledged).
	ErrJournalTorn = errors.New("journal ends in a torn line")
	// ErrJournalLocked is a journal another process is appending to.
	ErrJournalLocked = errors.New("journal is in use by another process")
	// ErrJournalFailed is a journal that could not write or sync an event.
	// It is fail-stop: once it fails it takes no more events, so nothing is
	// claimed that was not recorded.
	ErrJournalFailed = errors.New("journal write failed")
	// ErrNotRegular is a journal path that names something other than a
	// regular file: a symbolic link, a device, a FIFO, a socket.
	ErrNotRegular = errors.New("journal is not a regular file")
)

// genesisPrev is the prev hash of the first line.
const genesisPrev = "0000000000000000000000000000000000000000000000000000000000000000"

// Journal is an append-only, hash-chained file of events, one JSON object a
// line. Lines reach the file whole and in order, by single write calls (one
// line, or the lines of appenders that came at once), so a crash never
// leaves half an event behind a complete one; durable kinds are fsynced
// before Append returns, and appenders that wait at once share one write
// and one fsync (group commit).
//
// A line's hash is the SHA-256 of the line's bytes up to and excluding
// `,"hash":"…"`, with the closing brace: a changed byte anywhere in a line, or
// a removed or reordered line, breaks the chain.
//
// A journal is created exclusively and locked (flock) for as long as it is
// open, so two processes never append to one file. A write or sync that
// fails stops it for good (ErrJournalFailed): every later Append fails too.
type Journal struct {
	// Lock order: wmu, then mu.
	mu   sync.Mutex // serialises sealing: seq, prev and the pending lines
	wmu  sync.Mutex // serialises writing to f, and size
	f    *os.File
	path string
	seq  uint64 // the last event sealed
	prev string // its hash
	// pending holds the lines sealed and not yet handed to the kernel, in
	// order, from event pendingFirst (of kind pendingKind) to seq.
	pending      []byte
	pendingFirst uint64
	pendingKind  Kind
	end          int64  // where the next line sealed will start in the file
	spare        []byte // the buffer of the last write, for the next lines
	// headSeq and headHash are the last event handed to the kernel.
	headSeq  uint64
	headHash string
	size     int64 // bytes of complete lines in the file
	created  bool  // this process created the file (Discard may remove it)
	closing  bool  // Close has begun: nothing more is sealed

	written atomic.Uint64 // the last seq handed to the kernel

	// Group commit, under syncMu: one appender at a time (the leader of
	// cur) writes what is pending and syncs; appenders whose event it
	// covers wait for it, the others for next, which the first of them
	// leads once cur is done.
	syncMu    sync.Mutex
	cur, next *commit
	synced    uint64 // the last event on disk

	failOnce sync.Once
	failErr  atomic.Pointer[error]
	failed   chan struct{} // closed when the journal fails
}

func newJournal(f *os.File, path string, created bool) *Journal {
	return &Journal{f: f, path: path, prev: genesisPrev, headHash: genesisPrev, created: created, failed: make(chan struct{})}
}

// commit is one write and fsync of what is pending, and the appenders
// waiting for it.
type commit struct {
	done chan struct{} // closed when it is over
	upto uint64        // it covers the events up to this one
}

func newCommit() *commit { return &commit{done: make(chan struct{})} }

// CheckWritable refuses a journal path that cannot be used, before anything
// starts: a directory, anything but a regular file, a file that already
// holds events, a directory that cannot be created or written. It creates
// nothing but the directory.
func CheckWritable(path string) error {
	dir := filepath.Dir(path)
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return fmt.Errorf("journal %s: cannot create directory %s: %w", path, dir, err)
	}
	if fi, err := os.Lstat(path); err == nil {
		if err := checkRegular(path, fi); err != nil {
			return err
		}
		if fi.Size() > 0 {
			return fmt.Errorf("journal %s already exists; choose a new file (journals are never overwritten or appended to by another session)", path)
		}
	} else if !errors.Is(err, fs.ErrNotExist) {
		return fmt.Errorf("journal %s: %w", path, err)
	}
	if err := syscall.Access(dir, 0x2 /* W_OK */); err != nil {
		return fmt.Errorf("journal %s cannot be written: directory %s: %w", path, dir, err)
	}
	return nil
}

// checkRegular refuses fi unless it is a regular file (Lstat: a symbolic
// link is refused, not followed).
func checkRegular(path string, fi fs.FileInfo) error {
	m := fi.Mode()
	what := ""
	switch {
	case m.IsRegular():
		return nil
	case m.IsDir():
		return fmt.Errorf("journal %s is a directory; give a file path", path)
	case m&fs.ModeSymlink != 0:
		target, _ := os.Readlink(path)
		what = "a symbolic link (to " + target + ")"
	case m&fs.ModeNamedPipe != 0:
		what = "a FIFO"
	case m&fs.ModeDevice != 0:
		what = "a device"
	case m&fs.ModeSocket != 0:
		what = "a socket"
	default:
		what = "not a regular file (" + m.Type().String() + ")"
	}
	return fmt.Errorf("journal %s is %s: %w; give the path of a regular file or of a new one", path, what, ErrNotRegular)
}

// Create opens a new journal at path: a file it creates exclusively, or an
// empty regular file that is already there. It refuses a file that holds
// events, anything that is not a regular file, and a journal another
// process holds (naming its pid). The journal stays locked until Close.
func Create(path string) (*Journal, error) {
	if err := CheckWritable(path); err != nil {
		return nil, err
	}
	const flags = os.O_RDWR | os.O_APPEND | syscall.O_NOFOLLOW | syscall.O_NONBLOCK | syscall.O_CLOEXEC
	created := true
	f, err := os.OpenFile(path, flags|os.O_CREATE|os.O_EXCL, 0o600)
	if errors.Is(err, fs.ErrExist) {
		// An empty file given by the user, or another session that got
		// here first: the lock below tells which.
		created = false
		f, err = os.OpenFile(path, flags, 0o600)
	}
	if err != nil {
		if errors.Is(err, syscall.ELOOP) || errors.Is(err, syscall.ENXIO) {
			return nil, fmt.Errorf("journal %s: %w; give the path of a regular file or of a new one", path, ErrNotRegular)
		}
		return nil, fmt.Errorf("journal %s cannot be written: %w", path, err)
	}
	fail := func(err error) (*Journal, error) {
		f.Close()
		return nil, err
	}
	fi, err := f.Stat()
	if err != nil {
		return fail(fmt.Errorf("journal %s: %w", path, err))
	}
	if err := checkRegular(path, fi); err != nil {
		return fail(err)
	}
	if err := lockFile(f, path); err != nil {
		return fail(err)
	}
	// Under the lock: nobody else appends, so the size is settled.
	if fi, err = f.Stat(); err != nil {
		return fail(fmt.Errorf("journal %s: %w", path, err))
	}
	if fi.Size() > 0 {
		return fail(fmt.Errorf("journal %s already exists; choose a new file (journals are never overwritten or appended to by another session)", path))
	}
	return newJournal(f, path, created), nil
}

// Path is where the journal is written.
func (j *Journal) Path() string { return j.path }

// Head is the seq and hash of the last event appended (0 and the genesis
// hash when there is none).
func (j *Journal) Head() (uint64, string) {
	j.mu.Lock()
	defer j.mu.Unlock()
	return j.headSeq, j.headHash
}

// Err is the error that stopped the journal, nil while it works.
func (j *Journal) Err() error {
	if p := j.failErr.Load(); p != nil {
		return *p
	}
	return nil
}

// Failed is closed when the journal stops on a write or sync error.
func (j *Journal) Failed() <-chan struct{} { return j.failed }

// fail stops the journal with err, once.
func (j *Journal) fail(err error) error {
	j.failOnce.Do(func() {
		j.failErr.Store(&err)
		close(j.failed)
	})
	return j.Err()
}

// Append seals an event into the chain and writes it. It fills Seq, Prev and
// Hash, and returns the event as written; a durable kind is on disk when it
// returns.
func (j *Journal) Append(t time.Time, kind Kind, data any) (Event, error) {
	if !kind.durable() {
		return j.Stage(t, kind, data)
	}
	// The line waits in memory for the appender that writes and syncs
	// next: whoever does takes every line sealed by then.
	ev, err := j.seal(t, kind, data)
	if err != nil {
		return Event{}, err
	}
	if err := j.Sync(ev.Seq); err != nil {
		return Event{}, err
	}
	return ev, nil
}

// Stage seals an event and hands its line to the kernel, without waiting
// for the disk: a process that dies after Stage returns keeps it, a power
// cut may not. Sync(ev.Seq) makes it durable.
func (j *Journal) Stage(t time.Time, kind Kind, data any) (Event, error) {
	ev, err := j.seal(t, kind, data)
	if err != nil {
		return Event{}, err
	}
	if err := j.flush(ev.Seq); err != nil {
		return Event{}, err
	}
	return ev, nil
}

// seal makes the next event of the chain and adds its line to the pending
// ones.
func (j *Journal) seal(t time.Time, kind Kind, data any) (Event, error) {
	raw, err := json.Marshal(data)
	if err != nil {
		return Event{}, fmt.Errorf("journal: encode %s: %w", kind, err)
	}
	j.mu.Lock()
	defer j.mu.Unlock()
	if err := j.Err(); err != nil {
		return Event{}, err
	}
	if j.f == nil || j.closing {
		return Event{}, errors.New("journal is closed")
	}
	ev := Event{Seq: j.seq + 1, Time: t.UTC(), Kind: kind, Data: raw, Prev: j.prev}
	if len(j.pending) == 0 {
		j.pendingFirst, j.pendingKind = ev.Seq, kind
		if j.pending == nil {
			j.pending, j.spare = j.spare, nil
		}
	}
	line, err := appendLine(j.pending, &ev, true)
	if err != nil {
		return Event{}, err
	}
	ev.Offset = j.end
	j.end += int64(len(line) - len(j.pending))
	j.pending = line
	j.seq, j.prev = ev.Seq, ev.Hash
	return ev, nil
}

// flush hands the pending lines to the kernel, in one write, unless a
// write already took event seq.
func (j *Journal) flush(seq uint64) error {
	if j.written.Load() >= seq {
		return nil
	}
	j.wmu.Lock()
	defer j.wmu.Unlock()
	return j.flushLocked(seq)
}

// flushLocked is flush with wmu held.
func (j *Journal) flushLocked(seq uint64) error {
	if j.written.Load() >= seq {
		return nil
	}
	if err := j.Err(); err != nil {
		return err
	}
	j.mu.Lock()
	buf, first, kind, last, hash, f := j.pending, j.pendingFirst, j.pendingKind, j.seq, j.prev, j.f
	j.pending = nil
	j.mu.Unlock()
	if len(buf) == 0 || f == nil {
		return errors.New("journal is closed")
	}
	n, err := f.Write(buf)
	if err != nil {
		if n > 0 {
			// Take the torn bytes back off, so the file still ends on a
			// whole line; if even that fails, a reopen sets them aside.
			_ = f.Truncate(j.size)
		}
		return j.fail(fmt.Errorf("%w: %s: event %d (%s) could not be written: %v; nothing after event %d is recorded",
			ErrJournalFailed, j.path, first, kind, err, first-1))
	}
	j.size += int64(n)
	j.written.Store(last)
	j.mu.Lock()
	j.headSeq, j.headHash = last, hash
	if cap(buf) <= maxSpare {
		j.spare = buf[:0]
	}
	j.mu.Unlock()
	return nil
}

// maxSpare is the largest write buffer kept for the next lines.
const maxSpare = 1 << 20

// Sync returns once every event up to seq is on disk. Callers that wait at
// the same time share one write and one fsync.
func (j *Journal) Sync(seq uint64) error {
	j.syncMu.Lock()
	for {
		// Synced, and nobody left waiting on a commit no one leads: a
		// commit can sync past what it was led for, so the caller that
		// set up the next one may find itself done, and then whoever
		// comes by leads it for the others.
		if j.synced >= seq && (j.cur != nil || j.next == nil) {
			j.syncMu.Unlock()
			return nil
		}
		if err := j.Err(); err != nil {
			j.syncMu.Unlock()
			return err
		}
		c := j.cur
		if c == nil {
			// Lead: the commit others wait for, or a new one. It
			// covers every event sealed by now.
			if c = j.next; c == nil {
				c = newCommit()
			}
			j.cur, j.next = c, nil
			j.mu.Lock()
			c.upto = j.seq
			f := j.f
			j.mu.Unlock()
			j.syncMu.Unlock()
			target, err := j.commitTo(f, c.upto)
			j.syncMu.Lock()
			j.finish(c, target, err)
			if err != nil {
				j.syncMu.Unlock()
				return err
			}
		}
		wait := c
		if seq > c.upto {
			// Not in this commit: in the next, which the first to
			// want it leads once this one is over.
			if j.next == nil {
				j.next = newCommit()
			} else {
				wait = j.next
			}
		}
		j.syncMu.Unlock()
		<-wait.done
		j.syncMu.Lock()
	}
}

// commitTo writes what is pending up to event upto at least and syncs f;
// target is the last event the sync covers.
func (j *Journal) commitTo(f *os.File, upto uint64) (target uint64, err error) {
	if f == nil {
		return 0, errors.New("journal is closed")
	}
	if err := j.flush(upto); err != nil {
		return 0, err
	}
	target = j.written.Load()
	if err := f.Sync(); err != nil {
		return 0, j.fail(fmt.Errorf("%w: %s: sync after event %d: %v; events after the last durable one may be lost",
			ErrJournalFailed, j.path, target, err))
	}
	return target, nil
}

// finish ends commit c, with syncMu held: what it synced is on disk, and
// its waiters go on. After a failure nobody leads the next commit, so its
// waiters go on too (to the error).
func (j *Journal) finish(c *commit, target uint64, err error) {
	if err == nil && target > j.synced {
		j.synced = target
	}
	j.cur = nil
	close(c.done)
	if err != nil && j.next != nil {
		close(j.next.done)
		j.next = nil
	}
}

// Close writes what is pending, syncs and closes the journal, and lets go
// of its lock.
func (j *Journal) Close() error {
	// The close is the last commit: wait for the one under way.
	j.syncMu.Lock()
	for j.cur != nil {
		c := j.cur
		j.syncMu.Unlock()
		<-c.done
		j.syncMu.Lock()
	}
	c := newCommit()
	j.cur = c
	j.syncMu.Unlock()

	target, err := j.close()

	j.syncMu.Lock()
	j.finish(c, target, nil)
	if j.next != nil {
		// Every event sealed is synced (or the journal failed).
		close(j.next.done)
		j.next = nil
	}
	j.syncMu.Unlock()
	return err
}

// close writes what is pending, syncs and closes the file; target is the
// last event synced (0 when the sync failed).
func (j *Journal) close() (target uint64, err error) {
	j.wmu.Lock()
	defer j.wmu.Unlock()
	j.mu.Lock()
	f, sealed := j.f, j.seq
	j.closing = true
	j.mu.Unlock()
	if f == nil {
		return 0, nil
	}
	if j.Err() == nil {
		err = j.flushLocked(sealed)
	}
	if err == nil && j.Err() == nil {
		if err = f.Sync(); err != nil {
			err = j.fail(fmt.Errorf("%w: %s: sync on close: %v", ErrJournalFailed, j.path, err))
		} else {
			target = j.written.Load()
		}
	}
	err = errors.Join(err, f.Close())
	j.mu.Lock()
	j.f = nil
	j.mu.Unlock()
	return target, err
}

// Discard closes a journal and removes its file if nothing was appended and
// this process created it: a session that never started leaves nothing
// behind, and a file the user gave is never removed.
func (j *Journal) Discard() error {
	j.mu.Lock()
	empty := j.seq == 0 && j.created
	var fi fs.FileInfo
	if empty && j.f != nil {
		fi, _ = j.f.Stat()
	}
	j.mu.Unlock()
	err := j.Close()
	if empty && fi != nil {
		// Only the very file this journal created, still empty.
		if now, serr := os.Lstat(j.path); serr == nil && os.SameFile(fi, now) && now.Size() == 0 {
			err = errors.Join(err, os.Remove(j.path))
		}
	}
	return err
}

// seal computes ev.Hash and returns the full line, newline included.
func seal(ev *Event) ([]byte, error) { return appendLine(nil, ev, false) }

// appendLine computes ev.Hash and appends the full line, newline included,
// to b. The body is written by hand, byte for byte what encoding/json
// writes for it (sealJSON); an event it cannot write so goes through
// encoding/json. marshaled says ev.Data is json.Marshal's output, which
// is always as encoding/json would write it again.
func appendLine(b []byte, ev *Event, marshaled bool) ([]byte, error) {
	start := len(b)
	body, ok := appendBody(b, ev, marshaled)
	if !ok {
		j, err := sealJSON(ev)
		if err != nil {
			return b, err
		}
		return append(b, j...), nil
	}
	sum := sha256.Sum256(body[start:])
	ev.Hash = hex.EncodeToString(sum[:])
	line := append(body[:len(body)-1], `,"hash":"`...)
	line = append(line, ev.Hash...)
	return append(line, "\"}\n"...), nil
}

// appendBody appends {"seq":…,"time":…,"kind":…,"data":…,"prev":…} as
// encoding/json writes it: ok is false for a time encoding/json writes
// otherwise (or refuses), a kind it would escape, or a prev that is not a
// hash.
func appendBody(b []byte, ev *Event, marshaled bool) ([]byte, bool) {
	if y := ev.Time.Year(); y < 0 || y > 9999 || ev.Time.Location() != time.UTC || len(ev.Prev) != 64 || !isLowerHexString(ev.Prev) || len(ev.Data) == 0 {
		return b, false
	}
	for i := 0; i < len(ev.Kind); i++ {
		if c := ev.Kind[i]; !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '.' || c == '-' || c == '_') {
			return b, false
		}
	}
	if ev.Kind == "" || (!marshaled && !compactJSON(ev.Data)) {
		return b, false
	}
	b = append(b, `{"seq":`...)
	b = strconv.AppendUint(b, ev.Seq, 10)
	b = append(b, `,"time":"`...)
	b = ev.Time.AppendFormat(b, time.RFC3339Nano)
	b = append(b, `","kind":"`...)
	b = append(b, ev.Kind...)
	b = append(b, `","data":`...)
	b = append(b, ev.Data...)
	b = append(b, `,"prev":"`...)
	b = append(b, ev.Prev...)
	return append(b, `"}`...), true
}

// compactJSON reports whether data is what encoding/json writes for a
// json.RawMessage holding it: valid, compact, HTML characters escaped. What
// json.Marshal made always is; anything else is left to encoding/json.
func compactJSON(data []byte) bool {
	var buf bytes.Buffer
	if len(data) > 0 && data[0] != ' ' && data[len(data)-1] != ' ' {
		// The usual case, checked without copying: no byte encoding/json
		// would change. Whitespace between tokens needs a closer look.
		clean := true
		for _, c := range data {
			if c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '<' || c == '>' || c == '&' || c >= 0x80 {
				clean = false
				break
			}
		}
		if clean {
			return json.Valid(data)
		}
	}
	if err := json.Compact(&buf, data); err != nil {
		return false
	}
	if !bytes.Equal(buf.Bytes(), data) {
		return false
	}
	buf.Reset()
	json.HTMLEscape(&buf, data)
	return bytes.Equal(buf.Bytes(), data)
}

// sealJSON is seal through encoding/json, the definition appendBody follows.
func sealJSON(ev *Event) ([]byte, error) {
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
