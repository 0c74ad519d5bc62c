package devchain

import (
	"sync"

	"github.com/ethereum/go-ethereum/common"

	"warroom/chain"
)

// keptTraces is how many sealed blocks' call frames the chain keeps: a
// watcher more blocks behind than this has the older ones re-executed.
const keptTraces = 16

// sealedTraces are the call frames of the newest blocks the sealer built,
// made by the frame tracer while it executed them: the trace of a block
// the chain sealed is what its execution did, so the native client hands
// these out rather than executing the block a second time (nativetrace.go
// re-executes the blocks it no longer keeps). The frames are shared by
// every caller: read them, never change them.
type sealedTraces struct {
	mu     sync.Mutex
	byHash map[common.Hash][]*chain.CallFrame
	order  []common.Hash
}

func newSealedTraces() *sealedTraces {
	return &sealedTraces{byHash: map[common.Hash][]*chain.CallFrame{}}
}

// put keeps block hash's frames, one per transaction, dropping the oldest
// block's beyond keptTraces.
func (s *sealedTraces) put(hash common.Hash, frames []*chain.CallFrame) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if _, ok := s.byHash[hash]; ok {
		return
	}
	if len(s.order) >= keptTraces {
		delete(s.byHash, s.order[0])
		s.order = s.order[1:]
	}
	s.byHash[hash] = frames
	s.order = append(s.order, hash)
}

// get is block hash's frames, if kept.
func (s *sealedTraces) get(hash common.Hash) ([]*chain.CallFrame, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	fs, ok := s.byHash[hash]
	return fs, ok
}
