package session

import (
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"warroom/chain"
)

func TestFeedRecordsABlock(t *testing.T) {
	var reasons []string
	s := newSession(t, nil)
	f := NewFeed(s, FeedConfig{OnCritical: func(r string) { reasons = append(reasons, r) }})
	vault := common.HexToAddress("0xaa")
	crit := func(tx string, reverted bool) chain.Alert {
		return chain.Alert{Block: 7, TxHash: common.HexToHash(tx), Severity: chain.Critical, Reverted: reverted,
			Findings: []chain.Finding{{Rule: chain.RuleReentrancy, Severity: chain.Critical, Contract: chain.Party{Address: vault}}}}
	}
	ps := &chain.ProtocolState{Contracts: []chain.ContractState{{Name: "Vault", Address: vault, Pausable: true}}}

	// A block with a failed attempt only: recorded, the breaker not told.
	if err := f.Block(chain.BlockResult{Block: chain.BlockInfo{Number: 6}, Alerts: []chain.Alert{crit("0x01", true)}, Protocol: ps}); err != nil {
		t.Fatal(err)
	}
	if len(reasons) != 0 {
		t.Fatalf("a reverted attempt tripped the breaker: %v", reasons)
	}
	// A block with two critical drains: the breaker hears once, after the block is recorded.
	if err := f.Block(chain.BlockResult{Block: chain.BlockInfo{Number: 7}, Alerts: []chain.Alert{crit("0x02", false), crit("0x03", false)}}); err != nil {
		t.Fatal(err)
	}
	if len(reasons) != 1 || !strings.Contains(reasons[0], "block 7") || !strings.Contains(reasons[0], common.HexToHash("0x02").Hex()) {
		t.Fatalf("breaker heard %v, want one reason naming the first drain and block 7", reasons)
	}
	st := s.State()
	if st.Head.Number != 7 || len(st.Alerts) != 3 || st.Protocol.Block != 6 || len(st.Protocol.Contracts) != 1 {
		t.Fatalf("state: head %d, %d alerts, protocol at block %d", st.Head.Number, len(st.Alerts), st.Protocol.Block)
	}
	if err := f.Warn("watcher", errSample); err != nil {
		t.Fatal(err)
	}
	if w := s.State().Warnings; len(w) != 1 || w[0].Message != errSample.Error() {
		t.Fatalf("warnings %+v", w)
	}
	// An ended session refuses more: the feed says so, so the watcher stops.
	if err := s.End("over"); err != nil {
		t.Fatal(err)
	}
	if err := f.Block(chain.BlockResult{Block: chain.BlockInfo{Number: 8}}); err == nil {
		t.Fatal("a block was fed into an ended session")
	}
}

var errSample = sampleError("node gives no call traces")

type sampleError string

func (e sampleError) Error() string { return string(e) }
