package session

import (
	"math/big"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"warroom/chain"
)

// Every event's offset, as sealed, is where Verify finds its line, across
// a resume; ReadEvent reads it back there (staged and not yet written,
// written, after the journal is closed), lines longer than its first read
// included; and a wrong offset or sequence number is an error naming both.
func TestReadEventByOffset(t *testing.T) {
	path := filepath.Join(t.TempDir(), "j.jsonl")
	j, err := Create(path)
	if err != nil {
		t.Fatal(err)
	}
	var live []Event
	appendAll := func(j *Journal, from int) {
		for i := range 40 {
			a := chain.Alert{Block: uint64(from + i), ContractName: "Vault", Method: "withdraw"}
			if i%7 == 3 { // a line of some 200 KB: past ReadEvent's first 64 KiB
				a.Detail.Input = "0x" + strings.Repeat("ab", 100_000)
			}
			ev, err := j.Stage(t0.Add(time.Duration(from+i)*time.Second), KindAlert, a)
			if err != nil {
				t.Fatal(err)
			}
			// Read back before it is written: ReadEvent hands it to the kernel.
			got, err := j.ReadEvent(ev.Seq, ev.Offset)
			if err != nil || got.Hash != ev.Hash {
				t.Fatalf("event %d staged at %d: read %v, %v", ev.Seq, ev.Offset, got.Seq, err)
			}
			live = append(live, ev)
		}
	}
	appendAll(j, 0)
	if err := j.Close(); err != nil {
		t.Fatal(err)
	}
	j, v, err := OpenAppend(path)
	if err != nil {
		t.Fatal(err)
	}
	for i, ev := range v.Events {
		if ev.Offset != live[i].Offset {
			t.Fatalf("event %d: sealed at offset %d, read at %d", ev.Seq, live[i].Offset, ev.Offset)
		}
	}
	appendAll(j, 40)
	if err := j.Close(); err != nil {
		t.Fatal(err)
	}

	v, err = VerifyFile(path)
	if err != nil || v.Err() != nil {
		t.Fatal(err, v.Err())
	}
	if len(v.Events) != len(live) {
		t.Fatalf("%d events in the file, %d appended", len(v.Events), len(live))
	}
	for i, ev := range v.Events {
		if ev.Offset != live[i].Offset {
			t.Fatalf("event %d: sealed at offset %d, Verify has it at %d", ev.Seq, live[i].Offset, ev.Offset)
		}
		got, err := j.ReadEvent(ev.Seq, ev.Offset) // closed: read from its path
		if err != nil || got.Hash != ev.Hash || got.Offset != ev.Offset {
			t.Fatalf("event %d at %d: read %d at %d, %v", ev.Seq, ev.Offset, got.Seq, got.Offset, err)
		}
		a, err := AlertOf(&got)
		if err != nil || a.Block != uint64(i) || !a.Seen.Equal(ev.Time) {
			t.Fatalf("event %d: alert of block %d seen %s, %v", ev.Seq, a.Block, a.Seen, err)
		}
	}

	for _, tt := range []struct {
		seq  uint64
		off  int64
		want string
	}{
		{3, live[4].Offset, "is event 5, not event 3"},
		{3, live[2].Offset + 1, "where event 3 should be"},
		{3, -1, "before the file's start"},
		{3, v.Size + 10, "where event 3 should be"},
	} {
		if _, err := j.ReadEvent(tt.seq, tt.off); err == nil || !strings.Contains(err.Error(), tt.want) || !strings.Contains(err.Error(), path) {
			t.Errorf("event %d at %d: %v, want an error about %q naming the journal", tt.seq, tt.off, err, tt.want)
		}
	}
}

// What the state keeps of an alert, and its evidence read back in full.
func TestAlertEntryAndItsEvidence(t *testing.T) {
	s := New(mustCreate(t), Options{Now: func() time.Time { return t0 }})
	defer s.End("test over")
	vault, attacker, loot := addr(0xaa), addr(0xbb), addr(0xcc)
	a := chain.Alert{
		Block: 7, From: attacker, To: &vault, Contract: vault, ContractName: "Vault", Method: "withdraw",
		Outflow: eth(3), Severity: chain.Critical,
		Findings: []chain.Finding{
			{Rule: chain.RuleOutflow, Severity: chain.High, Contract: chain.Party{Address: vault}},
			{Rule: chain.RuleReentrancy, Severity: chain.Critical, Contract: chain.Party{Address: vault}, Actor: &chain.Party{Address: attacker}, Method: "withdraw", Count: 3},
		},
		Detail: chain.TxDetail{Trace: []chain.TraceLine{{Type: "CALL", From: vault, To: loot, Value: eth(3)}}},
	}
	if _, err := s.Record(KindAlert, a); err != nil {
		t.Fatal(err)
	}
	st := s.State()
	e := &st.Alerts[0]
	if e.Rule != chain.RuleReentrancy || e.TopMethod != "withdraw" || e.Findings != 2 || e.Rules != "outflow,reentrancy" ||
		!e.Has(chain.RuleOutflow) || !e.Has(chain.RuleReentrancy) || e.Has("re") || !e.Attack || !e.Drain() {
		t.Errorf("entry %+v", e)
	}
	if want := a.Top(); e.Reason != want.Reason() {
		t.Errorf("reason %q, want %q", e.Reason, want.Reason())
	}
	if len(e.Parties) != 1 || e.Parties[0] != loot {
		t.Errorf("parties %v, want only the loot address (sender, callee and contract are fields)", e.Parties)
	}
	full, err := s.Evidence(e)
	if err != nil {
		t.Fatal(err)
	}
	if len(full.Findings) != 2 || len(full.Detail.Trace) != 1 || full.Detail.Trace[0].To != loot || !full.Seen.Equal(t0) {
		t.Errorf("evidence %+v", full)
	}
}

func mustCreate(t *testing.T) *Journal {
	t.Helper()
	j, err := Create(filepath.Join(t.TempDir(), "j.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	return j
}

func addr(b byte) common.Address { return common.BytesToAddress([]byte{b}) }

func eth(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), big.NewInt(1e18)) }
