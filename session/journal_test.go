package session

import (
	"bytes"
	"encoding/json"
	"errors"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"warroom/chain"
)

var t0 = time.Date(2026, 11, 21, 16, 0, 0, 0, time.UTC)

// sampleEvents is a short incident: start, protocol, blocks, an attack, a pause.
func sampleEvents() []struct {
	kind Kind
	data any
} {
	vault := common.HexToAddress("0x00000000000000000000000000000000000000aa")
	attacker := common.HexToAddress("0x00000000000000000000000000000000000000bb")
	tvl := func(eth int64) *big.Int { return new(big.Int).Mul(big.NewInt(eth), big.NewInt(1e18)) }
	state := func(block uint64, bal int64, paused bool) chain.ProtocolState {
		return chain.ProtocolState{Block: block, Contracts: []chain.ContractState{{Name: "Vault", Address: vault, Pausable: true, Paused: paused, Balance: tvl(bal)}}}
	}
	return []struct {
		kind Kind
		data any
	}{
		{KindSessionStarted, Started{Mode: "drill", Scenario: "reentrancy", Chain: "embedded", ChainID: 1337, From: 5,
			Watched: []chain.Watched{{Name: "Vault", Address: vault, Pausable: true}}, Rules: chain.DefaultRules()}},
		{KindBlock, chain.BlockInfo{Number: 5, TxCount: 2}},
		{KindProtocolState, state(5, 100, false)},
		{KindBlock, chain.BlockInfo{Number: 6, TxCount: 3}},
		{KindAlert, chain.Alert{Block: 6, TxHash: common.HexToHash("0x01"), From: attacker, Contract: vault, ContractName: "Vault",
			Method: "withdraw", Outflow: tvl(11), Severity: chain.Critical,
			Findings: []chain.Finding{{Rule: chain.RuleReentrancy, Severity: chain.Critical, Contract: chain.Party{Address: vault, Name: "Vault"}, Actor: &chain.Party{Address: attacker}, Method: "withdraw", Count: 11}}}},
		{KindProtocolState, state(6, 89, false)},
		{KindAlertAcknowledged, Acknowledged{TxHash: common.HexToHash("0x01")}},
		{KindBlock, chain.BlockInfo{Number: 7}},
		{KindProtocolState, state(7, 89, true)},
		{KindNote, Note{Text: "root cause: withdraw sends before it writes the balance", Step: StepRootCause}},
		{KindChecklistTicked, Ticked{Step: StepDeclared, Done: true}},
		{"future.kind", map[string]int{"x": 1}},
	}
}

func writeSample(t *testing.T) (string, []Event, State) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "j.jsonl")
	j, err := Create(path)
	if err != nil {
		t.Fatal(err)
	}
	clock := t0
	s := New(j, Options{Now: func() time.Time { clock = clock.Add(time.Second); return clock }})
	var evs []Event
	for _, e := range sampleEvents() {
		ev, err := s.Record(e.kind, e.data)
		if err != nil {
			t.Fatal(err)
		}
		evs = append(evs, ev)
	}
	st := s.State()
	if err := j.Close(); err != nil {
		t.Fatal(err)
	}
	return path, evs, st
}

func TestJournalRoundTrip(t *testing.T) {
	path, written, _ := writeSample(t)
	read, err := OpenJournal(path)
	if err != nil {
		t.Fatal(err)
	}
	if len(read) != len(written) {
		t.Fatalf("read %d events, wrote %d", len(read), len(written))
	}
	for i := range read {
		if read[i].Hash != written[i].Hash || read[i].Seq != uint64(i+1) || read[i].Kind != written[i].Kind {
			t.Fatalf("event %d: read %+v, wrote %+v", i, read[i], written[i])
		}
		if i > 0 && read[i].Prev != read[i-1].Hash {
			t.Fatalf("event %d prev %s, want %s", i, read[i].Prev, read[i-1].Hash)
		}
	}
}

func TestJournalDetectsChangedByte(t *testing.T) {
	path, _, _ := writeSample(t)
	orig, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	lines := bytes.Count(orig, []byte("\n"))
	// Flip one byte in each position class: inside data, in the time, in the
	// hash itself, in prev.
	for _, target := range []string{`"Vault"`, `"time":"2026`, `"hash":"`, `"prev":"`} {
		i := bytes.Index(orig, []byte(target))
		if i < 0 {
			t.Fatalf("sample has no %s", target)
		}
		pos := i + len(target) + 1
		mod := append([]byte(nil), orig...)
		if mod[pos] == '1' {
			mod[pos] = '2'
		} else {
			mod[pos] = '1'
		}
		_, err := ReadJournal(bytes.NewReader(mod), "j.jsonl")
		if !errors.Is(err, ErrJournalCorrupt) {
			t.Errorf("changing a byte after %s: err = %v, want ErrJournalCorrupt", target, err)
		}
	}
	// Dropping a line breaks the chain too.
	parts := strings.SplitAfter(string(orig), "\n")
	dropped := strings.Join(append(append([]string{}, parts[:3]...), parts[4:]...), "")
	if _, err := ReadJournal(strings.NewReader(dropped), "j.jsonl"); !errors.Is(err, ErrJournalCorrupt) {
		t.Errorf("dropping line 4 of %d: err = %v, want ErrJournalCorrupt", lines, err)
	}
	// The error names the line.
	mod := bytes.Replace(orig, []byte(`"Vault"`), []byte(`"Vaulx"`), 1)
	_, err = ReadJournal(bytes.NewReader(mod), "j.jsonl")
	if err == nil || !strings.Contains(err.Error(), "j.jsonl:1:") {
		t.Errorf("error %v does not name j.jsonl:1", err)
	}
}

func TestReduceRebuildsSameState(t *testing.T) {
	path, _, live := writeSample(t)
	events, err := OpenJournal(path)
	if err != nil {
		t.Fatal(err)
	}
	var rebuilt State
	for _, ev := range events {
		rebuilt = Reduce(rebuilt, ev)
	}
	a, _ := json.Marshal(live)
	b, _ := json.Marshal(rebuilt)
	if !bytes.Equal(a, b) {
		t.Fatalf("replayed state differs from live state:\nlive   %s\nreplay %s", a, b)
	}
	// And the state holds what the events said.
	if got := rebuilt.TotalDrained(); got.Cmp(new(big.Int).Mul(big.NewInt(11), big.NewInt(1e18))) != 0 {
		t.Errorf("drained %s, want 11 ether", got)
	}
	if rebuilt.PausedBlock != 7 {
		t.Errorf("paused block %d, want 7", rebuilt.PausedBlock)
	}
	for _, step := range []int{StepDeclared, StepIdentified, StepPaused, StepEvidence, StepRootCause} {
		if !rebuilt.Steps[step-1].Done {
			t.Errorf("step %d (%s) not ticked", step, StepTitles[step-1])
		}
	}
	if rebuilt.Steps[StepFixComposed-1].Done {
		t.Errorf("step %d ticked without evidence", StepFixComposed)
	}
	if !strings.Contains(rebuilt.Steps[StepPaused-1].Evidence, "block 7") {
		t.Errorf("paused evidence %q does not name block 7", rebuilt.Steps[StepPaused-1].Evidence)
	}
	if len(rebuilt.Unknown) != 1 || rebuilt.Unknown[0].Kind != "future.kind" {
		t.Errorf("unknown kinds kept: %+v", rebuilt.Unknown)
	}
}

func TestReduceDoesNotMutateOlderState(t *testing.T) {
	path, _, _ := writeSample(t)
	events, err := OpenJournal(path)
	if err != nil {
		t.Fatal(err)
	}
	var (
		s      State
		states []State
		snaps  []string
	)
	for _, ev := range events {
		s = Reduce(s, ev)
		states = append(states, s)
		b, _ := json.Marshal(s)
		snaps = append(snaps, string(b))
	}
	// Every State handed out earlier still reads as it did when it was
	// handed out: later events did not change it behind the reader's back.
	for i, st := range states {
		if b, _ := json.Marshal(st); string(b) != snaps[i] {
			t.Fatalf("state after event %d changed after later events:\nthen %s\nnow  %s", i+1, snaps[i], b)
		}
	}
}

func TestCreateRefusesExistingJournal(t *testing.T) {
	path, _, _ := writeSample(t)
	if _, err := Create(path); err == nil || !strings.Contains(err.Error(), "already exists") {
		t.Fatalf("Create over an existing journal: %v", err)
	}
	if err := CheckWritable(t.TempDir()); err == nil || !strings.Contains(err.Error(), "directory") {
		t.Fatalf("CheckWritable on a directory: %v", err)
	}
	ro := filepath.Join(t.TempDir(), "ro")
	if err := os.Mkdir(ro, 0o500); err != nil {
		t.Fatal(err)
	}
	if os.Geteuid() != 0 { // root writes anywhere
		if err := CheckWritable(filepath.Join(ro, "j.jsonl")); err == nil {
			t.Fatal("CheckWritable in a read-only directory succeeded")
		}
	}
	if err := CheckWritable("/proc/warroom/j.jsonl"); err == nil {
		t.Fatal("CheckWritable under /proc succeeded")
	}
}

// A process that dies without closing its journal loses nothing it appended:
// every line is one write, and what was written reads back and verifies.
func TestJournalSurvivesCrash(t *testing.T) {
	path := filepath.Join(t.TempDir(), "j.jsonl")
	j, err := Create(path)
	if err != nil {
		t.Fatal(err)
	}
	var last Event
	for i := 0; i < 50; i++ {
		if last, err = j.Append(t0.Add(time.Duration(i)*time.Second), KindBlock, chain.BlockInfo{Number: uint64(i)}); err != nil {
			t.Fatal(err)
		}
	}
	// No Close: the process "crashed" here.
	events, err := OpenJournal(path)
	if err != nil {
		t.Fatal(err)
	}
	if len(events) != 50 || events[49].Hash != last.Hash {
		t.Fatalf("read %d events after a crash, want 50 ending in %s", len(events), last.Hash)
	}
	// A torn last line (power lost mid-write) keeps every complete line before it.
	raw, _ := os.ReadFile(path)
	torn := raw[:len(raw)-20]
	got, err := ReadJournal(bytes.NewReader(torn), "j.jsonl")
	if !errors.Is(err, ErrJournalTorn) || errors.Is(err, ErrJournalCorrupt) || len(got) != 49 {
		t.Fatalf("torn journal: %d events, err %v; want 49 and ErrJournalTorn naming line 50", len(got), err)
	}
	if !strings.Contains(err.Error(), "j.jsonl:50:") {
		t.Fatalf("error %v does not name line 50", err)
	}
}
