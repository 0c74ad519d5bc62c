// Package journalgen writes big, realistic journals for benchmarks: a
// drill's mix of events (blocks, protocol readings, alerts with their call
// traces, checklist ticks, notes, acknowledgements, actions), written with
// the project's own Journal so the file is exactly what a session records.
package journalgen

import (
	"encoding/binary"
	"encoding/json"
	"fmt"
	"math/big"
	"math/rand/v2"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"warroom/chain"
	"warroom/session"
)

// Templates is the drill journal whose event shapes are copied, relative
// to the session folder.
const Templates = "report/testdata/drill.jsonl"

// Write writes a journal of n events (n >= 2) at path, with the shapes of
// the events in the journal templates: session.started, then blocks, each
// followed now and then by an alert (the drill's alerts in turn, each on
// its own transaction) and a protocol reading, with a checklist tick, a
// note, an acknowledgement, an action and a warning every few hundred
// events, and session.ended last. The same n gives the same file.
//
// Events are staged and synced once at the end: the lines are those of a
// live session, without a million fsyncs.
func Write(path string, n int, templates string) error {
	tpl, err := readTemplates(templates)
	if err != nil {
		return err
	}
	j, err := session.Create(path)
	if err != nil {
		return err
	}
	g := &gen{j: j, tpl: tpl, rng: rand.New(rand.NewPCG(1, 2)), at: time.Date(2026, 11, 21, 16, 0, 0, 0, time.UTC), n: n}
	err = g.run()
	if err == nil {
		err = j.Sync(g.seq)
	}
	if cerr := j.Close(); err == nil {
		err = cerr
	}
	return err
}

type templates struct {
	started  session.Started
	alerts   []chain.Alert
	protocol chain.ProtocolState
	block    chain.BlockInfo
	action   session.ActionRequested
}

func readTemplates(path string) (*templates, error) {
	events, err := session.OpenJournal(path)
	if err != nil {
		return nil, fmt.Errorf("journalgen: templates: %w", err)
	}
	t := &templates{}
	for _, ev := range events {
		var err error
		switch ev.Kind {
		case session.KindSessionStarted:
			err = json.Unmarshal(ev.Data, &t.started)
		case session.KindAlert:
			var a chain.Alert
			err = json.Unmarshal(ev.Data, &a)
			t.alerts = append(t.alerts, a)
		case session.KindProtocolState:
			err = json.Unmarshal(ev.Data, &t.protocol)
		case session.KindBlock:
			err = json.Unmarshal(ev.Data, &t.block)
		case session.KindActionRequested:
			err = json.Unmarshal(ev.Data, &t.action)
		}
		if err != nil {
			return nil, fmt.Errorf("journalgen: templates: event %d: %w", ev.Seq, err)
		}
	}
	if len(t.alerts) == 0 || len(t.protocol.Contracts) == 0 || t.action.ID == "" {
		return nil, fmt.Errorf("journalgen: templates %s lack an alert, a protocol reading or an action", path)
	}
	return t, nil
}

type gen struct {
	j     *session.Journal
	tpl   *templates
	rng   *rand.Rand
	at    time.Time
	n     int
	seq   uint64
	block uint64
	alert int         // alerts written
	last  common.Hash // the last alert's transaction
	step  int
}

func (g *gen) stage(kind session.Kind, data any) error {
	if int(g.seq) >= g.n-1 && kind != session.KindSessionEnded {
		return errFull
	}
	g.at = g.at.Add(250 * time.Millisecond)
	ev, err := g.j.Stage(g.at, kind, data)
	if err != nil {
		return err
	}
	g.seq = ev.Seq
	return nil
}

var errFull = fmt.Errorf("journal full")

func hashOf(tag byte, n uint64) common.Hash {
	var h common.Hash
	h[0] = tag
	binary.BigEndian.PutUint64(h[24:], n)
	for i := 1; i < 24; i++ {
		h[i] = byte(n*uint64(i)*2654435761>>7) ^ byte(i)
	}
	return h
}

func (g *gen) run() error {
	err := g.stage(session.KindSessionStarted, g.tpl.started)
	for err == nil {
		err = g.next()
	}
	if err != errFull {
		return err
	}
	return g.stage(session.KindSessionEnded, session.Ended{Reason: "script over", Drained: new(big.Int).Mul(big.NewInt(11), big.NewInt(1e18)), PausedBlock: 18})
}

// next writes one block and what comes with it.
func (g *gen) next() error {
	g.block++
	b := g.tpl.block
	b.Number, b.Hash, b.Parent = g.block, hashOf(1, g.block), hashOf(1, g.block-1)
	b.Time = g.at.Add(12 * 24 * time.Hour)
	b.TxCount, b.GasUsed = 1+g.rng.IntN(150), 21000+g.rng.Uint64N(29_000_000)
	if err := g.stage(session.KindBlock, b); err != nil {
		return err
	}
	// About the drill's proportions: 12 alerts (it had 18, mostly one
	// attack) and 14 protocol readings to 49 blocks.
	if g.rng.IntN(49) < 12 {
		a := g.tpl.alerts[g.alert%len(g.tpl.alerts)]
		g.alert++
		a.Block, a.Time, a.TxHash = g.block, b.Time, hashOf(2, uint64(g.alert))
		a.TxIndex = uint(g.rng.IntN(b.TxCount))
		g.last = a.TxHash
		if err := g.stage(session.KindAlert, a); err != nil {
			return err
		}
	}
	if g.rng.IntN(49) < 14 {
		p := g.tpl.protocol
		p.Block = g.block
		p.Contracts = append([]chain.ContractState(nil), p.Contracts...)
		for i := range p.Contracts {
			p.Contracts[i].Balance = new(big.Int).Mul(big.NewInt(int64(1+g.rng.IntN(1000))), big.NewInt(1e17))
		}
		if err := g.stage(session.KindProtocolState, p); err != nil {
			return err
		}
	}
	// What people do is rarer than what the chain does: a tick or a note
	// every hundred blocks, an acknowledgement every thousand, an action
	// every five thousand (a long session's few dozen).
	switch {
	case g.block%97 == 0:
		g.step = g.step%session.NumSteps + 1
		return g.stage(session.KindChecklistTicked, session.Ticked{Step: g.step, Done: g.block%2 == 0, By: "responder"})
	case g.block%89 == 0:
		return g.stage(session.KindNote, session.Note{Text: fmt.Sprintf("block %d: withdraw sends the ether before it zeroes the balance: re-entrancy", g.block), By: "responder", Step: int(g.block % 14)})
	case g.block%1009 == 0 && g.alert > 0:
		return g.stage(session.KindAlertAcknowledged, session.Acknowledged{TxHash: g.last, By: "responder"})
	case g.block%5003 == 0:
		return g.action()
	case g.block%307 == 0:
		return g.stage(session.KindWarning, session.Warning{Source: "watcher", Message: fmt.Sprintf("block %d: the node gave no traces; alerts from this block rest on logs alone", g.block)})
	}
	return nil
}

// action writes a pause requested, submitted and confirmed.
func (g *gen) action() error {
	a := g.tpl.action
	a.ID = fmt.Sprintf("pause-%d", g.block)
	a.Txs = append([]chain.TxPlan(nil), a.Txs...)
	tx := hashOf(3, g.block)
	for i := range a.Txs {
		a.Txs[i].Hash = tx
	}
	if err := g.stage(session.KindActionRequested, a); err != nil {
		return err
	}
	if err := g.stage(session.KindActionSubmitted, session.ActionSubmitted{ID: a.ID, TxHash: tx}); err != nil {
		return err
	}
	return g.stage(session.KindActionConfirmed, session.ActionConfirmed{ID: a.ID, TxHash: tx, Block: g.block + 1, GasUsed: 140413})
}

// Cache holds journals written once per test binary.
type Cache struct {
	once sync.Once
	dir  string
	path string
	err  error
}

// Path returns the journal of n events from templates, writing it the first
// time it is asked for, in WARROOM_BENCH_DIR when that is set (kept there
// for the next run) and otherwise in a temporary folder that Cleanup
// removes.
func (c *Cache) Path(b testing.TB, n int, templates string) string {
	b.Helper()
	c.once.Do(func() {
		dir := os.Getenv("WARROOM_BENCH_DIR")
		if dir == "" {
			if c.dir, c.err = os.MkdirTemp("", "warroom-bench-"); c.err != nil {
				return
			}
			dir = c.dir
		}
		c.path = filepath.Join(dir, fmt.Sprintf("journal-%d-v2.jsonl", n))
		if _, err := os.Stat(c.path); err == nil {
			return
		}
		start := time.Now()
		tmp := c.path + ".part"
		os.Remove(tmp)
		if c.err = Write(tmp, n, templates); c.err != nil {
			return
		}
		c.err = os.Rename(tmp, c.path)
		fi, _ := os.Stat(c.path)
		fmt.Fprintf(os.Stderr, "journalgen: wrote %d events (%.0f MiB) to %s in %s\n", n, float64(fi.Size())/(1<<20), c.path, time.Since(start).Round(time.Millisecond))
	})
	if c.err != nil {
		b.Fatal(c.err)
	}
	return c.path
}

// Cleanup removes a temporary folder Path made.
func (c *Cache) Cleanup() {
	if c.dir != "" {
		os.RemoveAll(c.dir)
	}
}
