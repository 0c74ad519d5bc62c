package tx

import "time"

// SetNonceTakenGrace shortens how long WaitAnyMined waits before it blames
// another transaction for a used nonce, and returns the old value.
func SetNonceTakenGrace(d time.Duration) time.Duration {
	old := nonceTakenGrace
	nonceTakenGrace = d
	return old
}
