package watch

import (
	"context"
	"math/big"
	"reflect"
	"sync"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"warroom/chain"
	"warroom/chain/detect"
)

// tracedNode records the blocks it is asked to trace, and when stale is
// set answers for a block number a header that another block has since
// replaced (its extra data differs, and with it its hash).
type tracedNode struct {
	chain.Client
	stale  bool
	mu     sync.Mutex
	traced []common.Hash
}

func (n *tracedNode) HeaderByNumber(ctx context.Context, num *big.Int) (*types.Header, error) {
	h, err := n.Client.HeaderByNumber(ctx, num)
	if err != nil || !n.stale {
		return h, err
	}
	h = types.CopyHeader(h)
	h.Extra = append(h.Extra, 0x01)
	return h, nil
}

func (n *tracedNode) TraceBlock(ctx context.Context, hash common.Hash) ([]*chain.CallFrame, error) {
	n.mu.Lock()
	n.traced = append(n.traced, hash)
	n.mu.Unlock()
	return n.Client.TraceBlock(ctx, hash)
}

func (n *tracedNode) took() []common.Hash {
	n.mu.Lock()
	defer n.mu.Unlock()
	out := n.traced
	n.traced = nil
	return out
}

// A block's trace starts from its header, before the block is read: once
// when the header is the block's, again with the block's own hash when
// another block replaced the header meanwhile, and its result is dropped
// for a block of plain transfers, which is classified untraced as before.
func TestTraceStartsFromTheHeader(t *testing.T) {
	p := newProtocol(t)
	p.fill()
	node := &tracedNode{Client: p.c}
	w := New(node, Config{Watched: p.dep.Watched(), Classifier: detect.NewEngine(chain.DefaultRules(), p.dep.Watched(), p.dec, p.c),
		From: p.emb.Head() + 1})
	process := func() (got, want chain.BlockResult) {
		t.Helper()
		n := p.emb.Commit()
		got, err := w.Process(p.ctx, n)
		if err != nil {
			t.Fatalf("block %d: %v", n, err)
		}
		if want, err = p.watcher.Process(p.ctx, n); err != nil {
			t.Fatal(err)
		}
		return got, want
	}
	same := func(got, want chain.BlockResult) bool {
		if got.Block.Traced != want.Block.Traced || len(got.Alerts) != len(want.Alerts) {
			return false
		}
		for i := range got.Alerts {
			if !reflect.DeepEqual(got.Alerts[i].Findings, want.Alerts[i].Findings) {
				return false
			}
		}
		return true
	}

	p.vaultCall("guardian", "pause", nil)
	got, want := process()
	if hs := node.took(); len(hs) != 1 || hs[0] != got.Block.Hash || !got.Block.Traced || len(got.Alerts) != 1 || !same(got, want) {
		t.Fatalf("traced %v for block %s (traced %v, %d alerts); want it traced once, as the full watcher saw it", hs, got.Block.Hash.Hex(), got.Block.Traced, len(got.Alerts))
	}

	node.stale = true
	p.vaultCall("guardian", "unpause", nil)
	got, want = process()
	hs := node.took()
	if len(hs) != 2 || hs[0] == got.Block.Hash || hs[1] != got.Block.Hash || !got.Block.Traced || !same(got, want) {
		t.Fatalf("with a replaced header: traced %v for block %s (traced %v, %d alerts); want the header's, then the block's own", hs, got.Block.Hash.Hex(), got.Block.Traced, len(got.Alerts))
	}

	node.stale = false
	p.send("alice", p.accts["bob"].Address(), nil, oneEther)
	got, want = process()
	if got.Block.TxCount != 1 || got.Block.Traced || !same(got, want) {
		t.Fatalf("a block of one plain transfer: %+v, %d alerts; want it untraced, as the full watcher has it", got.Block, len(got.Alerts))
	}
}
