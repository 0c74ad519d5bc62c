package session

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"warroom/chain"
)

// TestReorgDropsAlerts: a reorg below an attack's block keeps the alert,
// marked with the reorg that dropped it, takes its drain off the total
// and the drain points, forgets a first critical alert in dropped blocks,
// and leaves alerts at or below the ancestor alone; the same attack mined
// again on the new branch counts again. Read back from the journal, the
// state is the same.
func TestReorgDropsAlerts(t *testing.T) {
	s := newSession(t, nil)
	f := NewFeed(s, FeedConfig{})
	vault := common.HexToAddress("0xaa")
	eth := func(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), big.NewInt(1e18)) }
	drain := func(block uint64, tx string, amount int64) chain.Alert {
		return chain.Alert{Block: block, TxHash: common.HexToHash(tx), Severity: chain.Critical, Outflow: eth(amount),
			Findings: []chain.Finding{{Rule: chain.RuleReentrancy, Severity: chain.Critical, Contract: chain.Party{Address: vault}}}}
	}
	block := func(n uint64, alerts ...chain.Alert) {
		t.Helper()
		if err := f.Block(chain.BlockResult{Block: chain.BlockInfo{Number: n, Hash: common.BigToHash(big.NewInt(int64(n)))}, Alerts: alerts}); err != nil {
			t.Fatal(err)
		}
	}
	block(10, drain(10, "0x01", 2))
	block(11, drain(11, "0x02", 5))
	block(12)
	if st := s.State(); st.TotalDrained().Cmp(eth(7)) != 0 {
		t.Fatalf("drained %s before the reorg; want 7 ETH", st.TotalDrained())
	}
	reorg := chain.Reorg{Ancestor: 10, AncestorHash: common.BigToHash(big.NewInt(10)),
		Dropped: []chain.DroppedBlock{{Number: 11, Hash: common.HexToHash("0xb11")}, {Number: 12, Hash: common.HexToHash("0xb12")}}, Seen: 12}
	if err := f.Block(chain.BlockResult{Reorg: &reorg}); err != nil {
		t.Fatal(err)
	}
	st := s.State()
	if len(st.Alerts) != 2 || st.DroppedBy(0) != nil || st.DroppedBy(1) == nil || st.DroppedBy(1).Ancestor != 10 {
		t.Fatalf("after the reorg: %d alerts, dropped %v %v; want both kept, the second dropped", len(st.Alerts), st.DroppedBy(0), st.DroppedBy(1))
	}
	if d := st.TotalDrained(); d.Cmp(eth(2)) != 0 || len(st.Drains) != 1 || st.Head.Number != 10 {
		t.Fatalf("after the reorg drained %s, %d drain points, head %d; want 2 ETH, 1, 10", d, len(st.Drains), st.Head.Number)
	}
	if st.FirstCritical == nil || st.FirstCritical.Block != 10 {
		t.Fatalf("first critical %+v; want block 10's, which stands", st.FirstCritical)
	}

	// The attack mined again at 12 on the new branch counts again; a
	// second reorg deeper than the first drops the first alert too,
	// without taking block 11's drain off twice.
	block(11)
	block(12, drain(12, "0x02", 5))
	if st := s.State(); st.TotalDrained().Cmp(eth(7)) != 0 {
		t.Fatalf("drained %s with the attack mined again; want 7 ETH", st.TotalDrained())
	}
	deeper := chain.Reorg{Ancestor: 9, Dropped: []chain.DroppedBlock{{Number: 10}, {Number: 11}, {Number: 12}}, Seen: 12}
	if err := f.Block(chain.BlockResult{Reorg: &deeper}); err != nil {
		t.Fatal(err)
	}
	st = s.State()
	if d := st.TotalDrained(); d.Sign() != 0 || st.FirstCritical != nil {
		t.Fatalf("after the deeper reorg drained %s, first critical %+v; want nothing", d, st.FirstCritical)
	}
	for i := range st.Alerts {
		if st.DroppedBy(i) == nil {
			t.Errorf("alert %d (block %d) is not marked dropped", i, st.Alerts[i].Block)
		}
	}
	if err := s.End("over"); err != nil {
		t.Fatal(err)
	}
	events, err := OpenJournal(s.JournalPath())
	if err != nil {
		t.Fatal(err)
	}
	var again State
	for _, ev := range events {
		again = Reduce(again, ev)
	}
	if len(again.Reorgs) != 2 || again.TotalDrained().Sign() != 0 || again.DroppedBy(0) == nil || len(again.Unknown) != 0 {
		t.Fatalf("read back: %d reorgs, drained %s, %d unknown", len(again.Reorgs), again.TotalDrained(), len(again.Unknown))
	}
}

// TestNodeEvents: node and node.alert are reduced into the state the
// header reads; an alert that clears is no longer active.
func TestNodeEvents(t *testing.T) {
	s := newSession(t, nil)
	if _, err := s.Record(KindNode, NodeStatus{Endpoint: "rpc 2 (http://b)", Health: NodeUp, Endpoints: 2}); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Record(KindNodeAlert, NodeAlert{Kind: NodeAlertDisagree, Severity: chain.High, Endpoint: "rpc 2", Other: "rpc 1", Block: 5, Message: "disagree"}); err != nil {
		t.Fatal(err)
	}
	st := s.State()
	if st.Node == nil || st.Node.Endpoint != "rpc 2 (http://b)" {
		t.Fatalf("node %+v", st.Node)
	}
	if a, ok := st.ActiveNodeAlert(); !ok || a.Block != 5 {
		t.Fatalf("active node alert %+v %v", a, ok)
	}
	if _, err := s.Record(KindNodeAlert, NodeAlert{Kind: NodeAlertDisagree, Cleared: true, Message: "over"}); err != nil {
		t.Fatal(err)
	}
	if st := s.State(); func() bool { _, ok := st.ActiveNodeAlert(); return ok }() {
		t.Fatal("a cleared node alert is still active")
	}
}
