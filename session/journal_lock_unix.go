//go:build unix

package session

import (
	"bufio"
	"errors"
	"fmt"
	"os"
	"strconv"
	"strings"
	"syscall"
)

// lockFile takes an exclusive flock on f, without waiting. A journal held
// by another process is refused with that process's pid where the system
// says it (Linux: /proc/locks).
func lockFile(f *os.File, path string) error {
	for {
		err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB)
		if err == nil {
			return nil
		}
		if errors.Is(err, syscall.EINTR) {
			continue
		}
		if errors.Is(err, syscall.EWOULDBLOCK) {
			holder := "another process"
			if pid := lockHolder(f); pid > 0 {
				holder = fmt.Sprintf("another process (pid %d)", pid)
			}
			return fmt.Errorf("journal %s is being written by %s: %w; two sessions never append to one journal, so wait for it to end or choose another file", path, holder, ErrJournalLocked)
		}
		return fmt.Errorf("journal %s: lock: %w", path, err)
	}
}

// lockHolder is the pid holding a flock on f's file, 0 when unknown.
func lockHolder(f *os.File) int {
	fi, err := f.Stat()
	if err != nil {
		return 0
	}
	st, ok := fi.Sys().(*syscall.Stat_t)
	if !ok {
		return 0
	}
	locks, err := os.Open("/proc/locks")
	if err != nil {
		return 0
	}
	defer locks.Close()
	dev := uint64(st.Dev)
	// /proc/locks names a file as MAJOR:MINOR:INODE, the numbers in hex
	// for the device: "1: FLOCK  ADVISORY  WRITE 19170 fe:00:9977937 0 EOF".
	major, minor := (dev>>8)&0xfff|(dev>>32)&^0xfff, dev&0xff|(dev>>12)&^0xff
	want := fmt.Sprintf("%02x:%02x:%d", major, minor, st.Ino)
	sc := bufio.NewScanner(locks)
	for sc.Scan() {
		fields := strings.Fields(sc.Text())
		// "1:", "FLOCK", "ADVISORY", "WRITE", pid, file, start, end; a
		// waiting lock adds "->" after the index.
		if len(fields) >= 6 && fields[1] == "->" {
			continue
		}
		if len(fields) < 6 || fields[1] != "FLOCK" || fields[5] != want {
			continue
		}
		if pid, err := strconv.Atoi(fields[4]); err == nil {
			return pid
		}
	}
	return 0
}
