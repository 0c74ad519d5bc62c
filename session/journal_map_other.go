//go:build !unix

package session

import "os"

// mapFile is not done where there is no mmap: the journal is read.
func mapFile(*os.File, int64) ([]byte, bool) { return nil, false }

// adviseHuge does nothing here.
func adviseHuge([]byte) {}
