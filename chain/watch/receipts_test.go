package watch

import (
	"context"
	"reflect"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	gethrpc "github.com/ethereum/go-ethereum/rpc"

	"warroom/chain"
	"warroom/chain/detect"
)

// noBlockReceipts is a node without eth_getBlockReceipts, as some
// providers and older clients are: it answers JSON-RPC's method not found.
type noBlockReceipts struct {
	chain.Client
	asked int
}

type methodNotFound struct{}

func (methodNotFound) Error() string {
	return "the method eth_getBlockReceipts does not exist/is not available"
}
func (methodNotFound) ErrorCode() int { return -32601 }

func (n *noBlockReceipts) BlockReceipts(context.Context, gethrpc.BlockNumberOrHash) ([]*types.Receipt, error) {
	n.asked++
	return nil, methodNotFound{}
}

// Without eth_getBlockReceipts the watcher reads each transaction's
// receipt, says so once, and sees the same alerts as with it.
func TestReceiptsOneByOne(t *testing.T) {
	p := newProtocol(t)
	p.fill()
	node := &noBlockReceipts{Client: p.c}
	var said []string
	other := New(node, Config{Watched: p.dep.Watched(), Classifier: p.engine, From: p.emb.Head() + 1,
		OnError: func(err error) { said = append(said, err.Error()) }})
	// The same block, processed by a watcher on the full node and one on
	// the node without the method (each with its own engine's view).
	p.vaultCall("guardian", "pause", nil)
	n := p.emb.Commit()
	want, err := p.watcher.Process(p.ctx, n)
	if err != nil {
		t.Fatal(err)
	}
	other.cfg.Classifier = detect.NewEngine(chain.DefaultRules(), p.dep.Watched(), p.dec, p.c)
	got, err := other.Process(p.ctx, n)
	if err != nil {
		t.Fatal(err)
	}
	if got.Block.TxCount == 0 || got.Block.Hash != want.Block.Hash || len(want.Alerts) != 1 || len(got.Alerts) != 1 ||
		!reflect.DeepEqual(got.Alerts[0].Findings, want.Alerts[0].Findings) {
		t.Fatalf("block %+v alerts %d; want %+v alerts %d", got.Block, len(got.Alerts), want.Block, len(want.Alerts))
	}
	// The next block does not ask again.
	p.vaultCall("guardian", "unpause", nil)
	n = p.emb.Commit()
	if _, err := other.Process(p.ctx, n); err != nil {
		t.Fatal(err)
	}
	if node.asked != 1 || len(said) != 1 || !strings.Contains(said[0], "one transaction at a time") {
		t.Fatalf("asked for block receipts %d times; said %q", node.asked, said)
	}
}

// noTraceNode answers no call traces, as many providers do.
type noTraceNode struct{ chain.Client }

func (noTraceNode) TraceBlock(context.Context, common.Hash) ([]*chain.CallFrame, error) {
	return nil, chain.NodeError(methodNotFound{})
}

// Without traces every block says so (BlockInfo.NoTraces), so the console
// can show which rules are off, and the receipts-only rules still fire.
func TestNoTracesIsSaid(t *testing.T) {
	p := newProtocol(t)
	p.fill()
	w := New(noTraceNode{p.c}, Config{Watched: p.dep.Watched(), Classifier: detect.NewEngine(chain.DefaultRules(), p.dep.Watched(), p.dec, p.c),
		From: p.emb.Head() + 1})
	p.vaultCall("guardian", "pause", nil)
	n := p.emb.Commit()
	res, err := w.Process(p.ctx, n)
	if err != nil {
		t.Fatal(err)
	}
	if !res.Block.NoTraces || res.Block.Traced || len(res.Alerts) != 1 || res.Alerts[0].Top().Rule != chain.RulePrivileged {
		t.Fatalf("block %+v, alerts %+v", res.Block, res.Alerts)
	}
	full, err := p.watcher.Process(p.ctx, n)
	if err != nil || full.Block.NoTraces || !full.Block.Traced {
		t.Fatalf("the full node's block %+v (%v)", full.Block, err)
	}
}
