package devchain

import "github.com/ethereum/go-ethereum/common"

// KeepsSealedTrace reports whether e hands out block hash's trace from
// its seal rather than re-executing it.
func KeepsSealedTrace(e *Chain, hash common.Hash) bool {
	_, ok := e.client.sealed.get(hash)
	return ok
}

// SetSealTraced makes e seal its next blocks with the frame tracer,
// keeping their traces, or without it, as geth's miner does.
func SetSealTraced(e *Chain, on bool) {
	e.mu.Lock()
	defer e.mu.Unlock()
	e.sealer.traces = nil
	if on {
		e.sealer.traces = e.client.sealed
	}
}
