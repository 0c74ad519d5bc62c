package session

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"syscall"
)

// OpenAppend opens an existing journal to go on appending to it (a resumed
// session). It takes the journal's lock first, then verifies the whole
// chain and refuses to append to a broken one. A torn final line (a crash
// mid-write) is set aside in <path>.torn, never silently dropped, and cut
// off the journal, so the chain continues from the last whole event; a last
// line that lacks only its newline gets it.
//
// The Verification says what was read, Torn included.
func OpenAppend(path string) (*Journal, *Verification, error) {
	fi, err := os.Lstat(path)
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return nil, nil, fmt.Errorf("journal %s does not exist", path)
		}
		return nil, nil, fmt.Errorf("journal %s: %w", path, err)
	}
	if err := checkRegular(path, fi); err != nil {
		return nil, nil, err
	}
	f, err := os.OpenFile(path, os.O_RDWR|os.O_APPEND|syscall.O_NOFOLLOW|syscall.O_NONBLOCK|syscall.O_CLOEXEC, 0)
	if err != nil {
		return nil, nil, fmt.Errorf("journal %s cannot be opened to append: %w", path, err)
	}
	fail := func(err error) (*Journal, *Verification, error) {
		f.Close()
		return nil, nil, err
	}
	if fi, err = f.Stat(); err != nil {
		return fail(fmt.Errorf("journal %s: %w", path, err))
	}
	if err := checkRegular(path, fi); err != nil {
		return fail(err)
	}
	if err := lockFile(f, path); err != nil {
		return fail(err)
	}
	data, err := io.ReadAll(io.NewSectionReader(f, 0, 1<<62))
	if err != nil {
		return fail(fmt.Errorf("journal %s: read: %w", path, err))
	}
	v := Verify(data, path)
	if v.Break != nil {
		return fail(fmt.Errorf("%w; a session never appends to a broken chain, so it cannot go on in this file", v.Break))
	}
	if len(v.Events) == 0 {
		if len(data) == 0 {
			return fail(fmt.Errorf("journal %s is empty: there is no session in it to resume", path))
		}
		return fail(fmt.Errorf("journal %s holds no whole event: there is no session in it to resume", path))
	}
	if v.Torn != nil {
		if err := setAside(path, v.Torn); err != nil {
			return fail(err)
		}
		if err := f.Truncate(v.Size); err != nil {
			return fail(fmt.Errorf("journal %s: cut off the torn line %d (kept in %s.torn): %w", path, v.TornLine, path, err))
		}
	}
	if v.NoNewline {
		if _, err := f.Write([]byte{'\n'}); err != nil {
			return fail(fmt.Errorf("journal %s: end line %d with its newline: %w", path, v.Lines, err))
		}
		v.Size++
	}
	if err := f.Sync(); err != nil {
		return fail(fmt.Errorf("journal %s: sync: %w", path, err))
	}
	j := newJournal(f, path, false)
	last := v.Events[len(v.Events)-1]
	j.seq, j.prev, j.size, j.synced, j.end = last.Seq, last.Hash, v.Size, last.Seq, v.Size
	j.headSeq, j.headHash = last.Seq, last.Hash
	j.written.Store(last.Seq)
	return j, v, nil
}

// setAside appends a torn line to <path>.torn, durably, before the journal
// lets go of it. The file is never a link: a torn line goes nowhere else.
func setAside(path string, torn []byte) error {
	name := path + ".torn"
	f, err := os.OpenFile(name, os.O_WRONLY|os.O_APPEND|os.O_CREATE|syscall.O_NOFOLLOW|syscall.O_NONBLOCK|syscall.O_CLOEXEC, 0o600)
	if err != nil {
		return fmt.Errorf("journal %s: cannot set its torn last line aside in %s: %w; the journal is left as it is", path, name, err)
	}
	if fi, err := f.Stat(); err != nil || !fi.Mode().IsRegular() {
		f.Close()
		return fmt.Errorf("journal %s: %s is not a regular file; the torn last line is left in the journal", path, name)
	}
	line := append(append([]byte(nil), torn...), '\n')
	_, err = f.Write(line)
	err = errors.Join(err, f.Sync(), f.Close())
	if err != nil {
		return fmt.Errorf("journal %s: set its torn last line aside in %s: %w; the journal is left as it is", path, name, err)
	}
	return nil
}
