package session

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"syscall"
)

// maxLine bounds the line ReadEvent reads back: no event the session
// writes comes near it, so a longer one is a wrong offset.
const maxLine = 256 << 20

// ReadEvent reads event seq back from the journal's file at offset off
// (Event.Offset), checks its hash and that it is that event, and returns
// it. The session keeps only what its screens need of an alert; the
// evidence (trace lines, logs) is read back this way when the responder
// opens it. An event still pending is handed to the kernel first; a
// closed journal is read from its path.
func (j *Journal) ReadEvent(seq uint64, off int64) (Event, error) {
	j.wmu.Lock()
	defer j.wmu.Unlock()
	if j.written.Load() < seq {
		if err := j.flushLocked(seq); err != nil {
			return Event{}, fmt.Errorf("journal %s: event %d is not written: %w", j.path, seq, err)
		}
	}
	j.mu.Lock()
	f := j.f
	j.mu.Unlock()
	if f == nil {
		var err error
		if f, err = os.OpenFile(j.path, os.O_RDONLY|syscall.O_NOFOLLOW|syscall.O_CLOEXEC, 0); err != nil {
			return Event{}, fmt.Errorf("journal %s: read event %d: %w", j.path, seq, err)
		}
		defer f.Close()
	}
	return readEventAt(f, j.path, seq, off)
}

// readEventAt reads the line at off in r and decodes it as event seq.
func readEventAt(r io.ReaderAt, name string, seq uint64, off int64) (Event, error) {
	if off < 0 {
		return Event{}, fmt.Errorf("journal %s: event %d: offset %d is before the file's start", name, seq, off)
	}
	buf := make([]byte, 64<<10)
	have := 0
	for {
		n, err := r.ReadAt(buf[have:], off+int64(have))
		if i := bytes.IndexByte(buf[have:have+n], '\n'); i >= 0 {
			return decodeAt(buf[:have+i], name, seq, off)
		}
		have += n
		if errors.Is(err, io.EOF) {
			// The last line of a file that does not end in a newline.
			return decodeAt(buf[:have], name, seq, off)
		}
		if err != nil {
			return Event{}, fmt.Errorf("journal %s: read event %d at offset %d: %w", name, seq, off, err)
		}
		if len(buf) >= maxLine {
			return Event{}, fmt.Errorf("journal %s: no line ends within %d MiB of offset %d, where event %d should be", name, maxLine>>20, off, seq)
		}
		buf = append(buf, make([]byte, len(buf))...)
	}
}

func decodeAt(line []byte, name string, seq uint64, off int64) (Event, error) {
	ev, err := DecodeEvent(line)
	if err != nil {
		return Event{}, fmt.Errorf("journal %s: the line at offset %d, where event %d should be: %w", name, off, seq, err)
	}
	if ev.Seq != seq {
		return Event{}, fmt.Errorf("journal %s: the line at offset %d is event %d, not event %d", name, off, ev.Seq, seq)
	}
	ev.Offset = off
	return ev, nil
}
