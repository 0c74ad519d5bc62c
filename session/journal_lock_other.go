//go:build !unix

package session

import "os"

// lockFile is a no-op where flock does not exist.
func lockFile(*os.File, string) error { return nil }
