package devchain

import "github.com/ethereum/go-ethereum/common"

// KeepsSealedTrace reports whether e hands out block hash's trace from
// its seal rather than re-executing it.
func KeepsSealedTrace(e *Chain, hash common.Hash) bool {
	_, ok := e.client.sealed.get(hash)
	return ok
}

// SetSealTraced makes e seal its next blocks with the frame tracer or
// without it (as geth's miner does, keeping no trace).
func SetSealTraced(e *Chain, on bool) {
	e.sealer.untraced = !on
}
