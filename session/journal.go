package session

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
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
// line. Each line is written with one write call, so a crash never leaves
// half an event behind a complete one; durable kinds are fsynced before
// Append returns, and appenders that wait at once share one fsync (group
// commit).
//
// A line's hash is the SHA-256 of the line's bytes up to and excluding
// `,"hash":"…"`, with the closing brace: a changed byte anywhere in a line, or
// a removed or reordered line, breaks the chain.
//
// A journal is created exclusively and locked (flock) for as long as it is
// open, so two processes never append to one file. A write or sync that
// fails stops it for good (ErrJournalFailed): every later Append fails too.
type Journal struct {
	mu      sync.Mutex // serialises sealing and writing
	f       *os.File
	path    string
	seq     uint64
	prev    string
	size    int64 // bytes of complete lines in the file
	created bool  // this process created the file (Discard may remove it)

	written atomic.Uint64 // the last seq handed to the kernel

	// Group commit: one appender at a time syncs; the others wait for a
	// sync that covers their event.
	syncMu  sync.Mutex
	cond    *sync.Cond
	syncing bool
	synced  uint64

	failOnce sync.Once
	failErr  atomic.Pointer[error]
	failed   chan struct{} // closed when the journal fails
}

func newJournal(f *os.File, path string, created bool) *Journal {
	j := &Journal{f: f, path: path, prev: genesisPrev, created: created, failed: make(chan struct{})}
	j.cond = sync.NewCond(&j.syncMu)
	return j
}

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
	const flags = os.O_WRONLY | os.O_APPEND | syscall.O_NOFOLLOW | syscall.O_NONBLOCK | syscall.O_CLOEXEC
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
	return j.seq, j.prev
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
	ev, err := j.Stage(t, kind, data)
	if err != nil {
		return Event{}, err
	}
	if kind.durable() {
		if err := j.Sync(ev.Seq); err != nil {
			return Event{}, err
		}
	}
	return ev, nil
}

// Stage seals an event and hands its line to the kernel, without waiting
// for the disk: a process that dies after Stage returns keeps it, a power
// cut may not. Sync(ev.Seq) makes it durable.
func (j *Journal) Stage(t time.Time, kind Kind, data any) (Event, error) {
	raw, err := json.Marshal(data)
	if err != nil {
		return Event{}, fmt.Errorf("journal: encode %s: %w", kind, err)
	}
	j.mu.Lock()
	defer j.mu.Unlock()
	if err := j.Err(); err != nil {
		return Event{}, err
	}
	if j.f == nil {
		return Event{}, errors.New("journal is closed")
	}
	ev := Event{Seq: j.seq + 1, Time: t.UTC(), Kind: kind, Data: raw, Prev: j.prev}
	line, err := seal(&ev)
	if err != nil {
		return Event{}, err
	}
	n, err := j.f.Write(line)
	if err != nil {
		if n > 0 {
			// Take the torn bytes back off, so the file still ends on a
			// whole line; if even that fails, a reopen sets them aside.
			_ = j.f.Truncate(j.size)
		}
		return Event{}, j.fail(fmt.Errorf("%w: %s: event %d (%s) could not be written: %v; nothing after event %d is recorded",
			ErrJournalFailed, j.path, ev.Seq, kind, err, j.seq))
	}
	j.seq, j.prev = ev.Seq, ev.Hash
	j.size += int64(n)
	j.written.Store(ev.Seq)
	return ev, nil
}

// Sync returns once every event up to seq is on disk. Callers that wait at
// the same time share one fsync.
func (j *Journal) Sync(seq uint64) error {
	j.syncMu.Lock()
	defer j.syncMu.Unlock()
	for j.synced < seq {
		if err := j.Err(); err != nil {
			return err
		}
		if j.syncing {
			j.cond.Wait()
			continue
		}
		j.syncing = true
		target := j.written.Load()
		j.syncMu.Unlock()
		err := j.f.Sync()
		j.syncMu.Lock()
		j.syncing = false
		if err != nil {
			err = j.fail(fmt.Errorf("%w: %s: sync after event %d: %v; events after the last durable one may be lost",
				ErrJournalFailed, j.path, target, err))
			j.cond.Broadcast()
			return err
		}
		if target > j.synced {
			j.synced = target
		}
		j.cond.Broadcast()
	}
	return nil
}

// Close syncs and closes the journal, and lets go of its lock.
func (j *Journal) Close() error {
	j.mu.Lock()
	defer j.mu.Unlock()
	if j.f == nil {
		return nil
	}
	var err error
	if j.Err() == nil {
		if err = j.f.Sync(); err != nil {
			err = j.fail(fmt.Errorf("%w: %s: sync on close: %v", ErrJournalFailed, j.path, err))
		}
	}
	err = errors.Join(err, j.f.Close())
	j.f = nil
	return err
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
