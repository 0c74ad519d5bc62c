package devchain

import (
	"sync"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/eth"
	"github.com/ethereum/go-ethereum/event"
	"github.com/ethereum/go-ethereum/params"
)

// Recovering a sender from its signature costs some 50 µs here, as much as
// executing a vault transaction, and a sealed block's transactions are
// decoded anew, with no sender: every reader of the block (the tracer, the
// watcher, the transaction pool's blob pool after each head) would recover
// each sender again. The drill chain's transactions all come through its
// own pool, which recovered each sender when it admitted it; the sender
// book keeps those, by transaction hash, and puts them into the block's
// transactions as soon as the block is the head (or is read), where
// types.Sender finds them. A transaction's hash is the hash of its signed
// encoding, signature included, so the pool's transaction with that hash
// has the same sender. What the book does not know is recovered once, on
// geth's sender-recovery threads (both cores).
//
// geth 1.17 builds its eth service with a blob pool whatever the
// configuration (eth.New registers blobpool.New unconditionally, and
// BlobPool.Datacap is only sanitised), so the drill chain cannot drop it;
// its per-block work, recovering the new head's senders, finds them
// already there.

// maxKnownSenders bounds the book: transactions admitted and not yet seen
// in a block, far more than a drill's pool holds.
const maxKnownSenders = 1 << 16

// senderBook is the sender of each transaction the pool admitted, until a
// block holding it is seen.
type senderBook struct {
	cfg  *params.ChainConfig
	pool chan core.NewTxsEvent
	sub  event.Subscription
	// poolSigner is the pool's signer: the one it cached senders with.
	poolSigner types.Signer

	mu    sync.Mutex
	from  map[common.Hash]common.Address
	order []common.Hash // admission order, for the bound
}

func newSenderBook(backend *eth.Ethereum) *senderBook {
	cfg := backend.BlockChain().Config()
	b := &senderBook{cfg: cfg, pool: make(chan core.NewTxsEvent, 256), poolSigner: types.LatestSigner(cfg),
		from: map[common.Hash]common.Address{}}
	b.sub = backend.TxPool().SubscribeTransactions(b.pool, false)
	return b
}

func (b *senderBook) close() { b.sub.Unsubscribe() }

// note records the senders of transactions the pool admitted: cached in
// them by the pool, so nothing is recovered.
func (b *senderBook) note(txs []*types.Transaction) {
	b.mu.Lock()
	defer b.mu.Unlock()
	for _, tx := range txs {
		from, err := types.Sender(b.poolSigner, tx)
		if err != nil {
			continue
		}
		if len(b.order) >= maxKnownSenders {
			delete(b.from, b.order[0])
			b.order = b.order[1:]
		}
		h := tx.Hash()
		b.from[h] = from
		b.order = append(b.order, h)
	}
}

// absorb notes what the pool has admitted and the book not yet seen.
func (b *senderBook) absorb() {
	for {
		select {
		case ev := <-b.pool:
			b.note(ev.Txs)
		default:
			return
		}
	}
}

// fill puts the senders the book knows into block's transactions and
// forgets them; it returns the transactions it knew nothing of (or had
// already filled).
func (b *senderBook) fill(block *types.Block) []*types.Transaction {
	txs := block.Transactions()
	if len(txs) == 0 {
		return nil
	}
	b.absorb()
	signer := types.MakeSigner(b.cfg, block.Number(), block.Time())
	var rest []*types.Transaction
	b.mu.Lock()
	defer b.mu.Unlock()
	for _, tx := range txs {
		h := tx.Hash()
		from, ok := b.from[h]
		if !ok {
			rest = append(rest, tx)
			continue
		}
		delete(b.from, h)
		_, _ = types.Sender(knownSender{Signer: signer, from: from}, tx)
	}
	return rest
}

// knownSender is the chain's signer for one transaction whose sender is
// known: types.Sender caches what its Sender says in the transaction, and
// as it is Equal to the chain's signer, every later types.Sender with that
// signer finds it there.
type knownSender struct {
	types.Signer
	from common.Address
}

func (s knownSender) Sender(*types.Transaction) (common.Address, error) { return s.from, nil }

func (s knownSender) Equal(o types.Signer) bool {
	if k, ok := o.(knownSender); ok {
		o = k.Signer
	}
	return s.Signer.Equal(o)
}

// warmSenders notes what the pool admits, keeps each new head's receipts
// and fills its senders (recovering, on geth's sender-recovery threads,
// those the book does not know), until the client closes or the chain
// stops.
func (c *nativeClient) warmSenders(heads <-chan core.ChainHeadEvent, sub event.Subscription) {
	defer close(c.warmed)
	defer sub.Unsubscribe()
	defer c.receipts.close()
	for {
		select {
		case ev := <-c.senders.pool:
			c.senders.note(ev.Txs)
		case ev := <-c.receipts.events:
			c.receipts.note(ev)
		case ev := <-heads:
			h := ev.Header
			block := c.bc.GetBlock(h.Hash(), h.Number.Uint64())
			if block == nil {
				continue
			}
			if rest := c.senders.fill(block); len(rest) > 0 {
				core.SenderCacher().Recover(types.MakeSigner(c.cfg, h.Number, h.Time), rest)
			}
		case <-sub.Err():
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
