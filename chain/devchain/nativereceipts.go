package devchain

import (
	"sync"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/event"
)

// keepReceipts keeps each new head's receipts, as the chain sends them,
// until the client closes or the chain stops.
func (c *nativeClient) keepReceipts() {
	defer close(c.kept)
	defer c.receipts.close()
	for {
		select {
		case ev := <-c.receipts.events:
			c.receipts.note(ev)
		case <-c.receipts.sub.Err():
			return
		case <-c.closed:
			return
		}
	}
}

// recentReceipts are the receipts of the newest canonical blocks, as the
// blockchain sends them with each new head (ChainEvent): derived from the
// database exactly as BlockChain.GetReceiptsByHash derives them, once, so
// the watcher's BlockReceipts need not read and derive them again.
type recentReceipts struct {
	events chan core.ChainEvent
	sub    event.Subscription

	mu    sync.Mutex
	byKey map[common.Hash][]*types.Receipt
	order []common.Hash
}

// keptReceipts is how many blocks' receipts recentReceipts keeps.
const keptReceipts = 32

func newRecentReceipts(bc *core.BlockChain) *recentReceipts {
	r := &recentReceipts{events: make(chan core.ChainEvent, 64), byKey: map[common.Hash][]*types.Receipt{}}
	r.sub = bc.SubscribeChainEvent(r.events)
	return r
}

func (r *recentReceipts) close() { r.sub.Unsubscribe() }

func (r *recentReceipts) note(ev core.ChainEvent) {
	if ev.Header == nil || len(ev.Receipts) != len(ev.Transactions) {
		return
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	h := ev.Header.Hash()
	if _, ok := r.byKey[h]; ok {
		return
	}
	if len(r.order) >= keptReceipts {
		delete(r.byKey, r.order[0])
		r.order = r.order[1:]
	}
	r.byKey[h] = ev.Receipts
	r.order = append(r.order, h)
}

// get is a copy of the slice of block hash's receipts, if kept; the
// events sent before the call are taken in first.
func (r *recentReceipts) get(hash common.Hash) ([]*types.Receipt, bool) {
	for drained := false; !drained; {
		select {
		case ev := <-r.events:
			r.note(ev)
		default:
			drained = true
		}
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	rs, ok := r.byKey[hash]
	if !ok {
		return nil, false
	}
	return append(make([]*types.Receipt, 0, len(rs)), rs...), true
}
