package watch

import (
	"context"
	"errors"
	"reflect"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"warroom/chain"
	"warroom/chain/detect"
)

// preparing counts what its engine prepared ahead and what Classify then
// found prepared.
type preparing struct {
	*detect.Engine
	prepared int   // Prepare calls
	found    []int // per Classify: transactions with Prepared set
}

func (c *preparing) Prepare(o *chain.TxObservation) any {
	if o.Trace == nil {
		panic("Prepare without a trace")
	}
	c.prepared++
	return c.Engine.Prepare(o)
}

func (c *preparing) Classify(ctx context.Context, b *chain.BlockObservation) ([]chain.Alert, int) {
	n := 0
	for _, o := range b.Txs {
		if o.Prepared != nil {
			n++
		}
	}
	c.found = append(c.found, n)
	return c.Engine.Classify(ctx, b)
}

// breaksMidway streams the first frames of a block's trace, then fails it.
type breaksMidway struct {
	chain.Client
	ts    chain.TraceStreamer
	after int
}

func (n *breaksMidway) TraceBlockEach(ctx context.Context, hash common.Hash, each func(int, *chain.CallFrame)) error {
	sent := 0
	err := n.ts.TraceBlockEach(ctx, hash, func(i int, f *chain.CallFrame) {
		if sent < n.after {
			each(i, f)
			sent++
		}
	})
	if err != nil {
		return err
	}
	return errors.New("execution timeout")
}

// A streamed trace has every transaction prepared while the block is still
// being traced, and the block classified from those exactly as without;
// a trace that fails after streaming some frames leaves nothing prepared.
func TestStreamedTracePreparesEachTransaction(t *testing.T) {
	p := newProtocol(t)
	p.fill()
	if _, ok := p.c.(chain.TraceStreamer); !ok {
		t.Fatalf("the embedded chain's client %T does not stream its traces", p.c)
	}
	c := &preparing{Engine: detect.NewEngine(chain.DefaultRules(), p.dep.Watched(), p.dec, p.c)}
	w := New(p.c, Config{Watched: p.dep.Watched(), Classifier: c, From: p.emb.Head() + 1})
	att := p.deployAttacker() // both watchers see it created
	if _, err := w.Process(p.ctx, p.emb.Head()); err != nil {
		t.Fatal(err)
	}
	c.prepared, c.found = 0, nil

	var txs int
	for _, r := range []string{"alice", "bob", "whale"} {
		p.vaultCall(r, "deposit", ethers(1))
		txs++
	}
	attack := p.attack(att, 3)
	p.vaultCall("alice", "withdraw", nil, ethers(1))
	txs += 2
	n := p.emb.Commit()
	got, err := w.Process(p.ctx, n)
	if err != nil {
		t.Fatal(err)
	}
	want, err := p.watcher.Process(p.ctx, n)
	if err != nil {
		t.Fatal(err)
	}
	if c.prepared != txs || len(c.found) != 1 || c.found[0] != txs {
		t.Fatalf("%d transactions: prepared %d, Classify found %v prepared; want every one prepared once and found", txs, c.prepared, c.found)
	}
	if !got.Block.Traced || len(got.Alerts) != len(want.Alerts) || len(got.Alerts) == 0 {
		t.Fatalf("traced %v, %d alerts; want traced with the %d alerts of the watcher that does not prepare", got.Block.Traced, len(got.Alerts), len(want.Alerts))
	}
	alertFor(t, got, attack)
	for i := range got.Alerts {
		if g, w := got.Alerts[i], want.Alerts[i]; !reflect.DeepEqual(g, w) {
			t.Errorf("alert %d: %+v\nwant %+v", i, g, w)
		}
	}

	c.prepared, c.found = 0, nil
	broken := New(&breaksMidway{Client: p.c, ts: p.c.(chain.TraceStreamer), after: 2}, Config{Watched: p.dep.Watched(), Classifier: c, From: p.emb.Head() + 1})
	p.attack(att, 3)
	n = p.emb.Commit()
	var res chain.BlockResult
	for try := 1; ; try++ {
		if res, err = broken.Process(p.ctx, n); err == nil {
			break
		}
		if try == untracedAfter {
			t.Fatalf("try %d: %v; want the block classified untraced", try, err)
		}
	}
	if res.Block.Traced || len(c.found) != 1 || c.found[0] != 0 {
		t.Fatalf("after a trace that failed midway: traced %v, Classify found %v prepared; want it untraced with none prepared", res.Block.Traced, c.found)
	}
	if c.prepared == 0 {
		t.Fatalf("nothing was prepared from the frames streamed before the trace failed; the test no longer breaks the trace midway")
	}
}
