//go:build unix

package session

import (
	"os"
	"syscall"
	"unsafe"
)

// mapFile maps the first size bytes of f read-only, for a journal big
// enough that copying it into memory would cost more than reading it. ok
// is false when it is not worth it or the system refuses; the caller reads
// the file instead.
//
// The mapping is never undone: events read from it point into it (their
// Data, Prev and Hash) for as long as anything holds them. A journal is
// append-only, so what was mapped does not change; a file cut shorter by
// hand while it is mapped faults the process when the lost part is read.
func mapFile(f *os.File, size int64) (data []byte, ok bool) {
	if size < mapAtLeast || int64(int(size)) != size {
		return nil, false
	}
	data, err := syscall.Mmap(int(f.Fd()), 0, int(size), syscall.PROT_READ, syscall.MAP_SHARED|syscall.MAP_POPULATE)
	if err != nil {
		return nil, false
	}
	return data, true
}

// adviseHuge asks the system to back b with huge pages, for a big buffer
// about to be filled: one fault per 2 MiB instead of one per 4 KiB, which
// is most of the cost of filling fresh memory on a virtual machine. It is
// advice; nothing changes if the system does not take it.
func adviseHuge(b []byte) {
	const huge = 2 << 20
	if len(b) < 2*huge {
		return
	}
	p := uintptr(unsafe.Pointer(unsafe.SliceData(b)))
	start := (p+huge-1)&^(huge-1) - p
	end := (p+uintptr(len(b)))&^(huge-1) - p
	if end > start {
		_ = syscall.Madvise(b[start:end], madvHugepage)
	}
}

const madvHugepage = 14 // MADV_HUGEPAGE, Linux
