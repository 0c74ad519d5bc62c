package drill

import (
	"context"
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"warroom/chain"
	"warroom/chain/safe"
	"warroom/session"
)

func safeBalance(t *testing.T, d *Drill) *big.Int {
	t.Helper()
	b, err := d.Client().BalanceAt(context.Background(), d.dep.Safe, nil)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// openRequest steps the drill to the request and checks what the board
// will show: a delegatecall to the attacker's trap, flagged, two owners'
// signatures carried, the trainee's the third.
func openRequest(t *testing.T, d *Drill) *session.Request {
	t.Helper()
	stepTo(t, d, d.scenario.AttackFrom-2)
	st := d.session.State()
	if len(st.Requests) != 1 {
		t.Fatalf("%d Safe requests at block %d, want 1", len(st.Requests), st.Head.Number)
	}
	q := st.Requests[0]
	s := d.script.(*safeScript)
	if q.Tx.Operation != chain.SafeDelegateCall || q.Tx.To != s.trap || q.Tx.Safe != d.dep.Safe || q.Claimed != requestClaimed {
		t.Fatalf("request %+v", q.SafeRequest)
	}
	if len(q.Signatures) != 2 || q.Tx.SafeTxHash == (common.Hash{}) {
		t.Fatalf("signatures %+v, safeTxHash %s", q.Signatures, q.Tx.SafeTxHash.Hex())
	}
	if !q.Risky() || q.Warnings[0].Code != safe.WarnDelegateCall || !strings.Contains(q.Warnings[0].Message, s.trap.Hex()) {
		t.Fatalf("warnings %+v: want the delegatecall to %s flagged", q.Warnings, s.trap.Hex())
	}
	if q.Tx.Call.Method != "transfer" {
		t.Errorf("decoded call %+v: want transfer(address,uint256), what the signer's app shows as a token transfer", q.Tx.Call)
	}
	return &q
}

// Signed, the request executes: the watcher flags the Safe's delegatecall,
// the Safe's singleton is the attacker's, and the treasury is swept.
func TestMaliciousSafeTxSigned(t *testing.T) {
	d := startScenario(t, "malicious-safe-tx", Config{})
	q := openRequest(t, d)
	if got := safeBalance(t, d); got.Cmp(treasuryETH) != 0 {
		t.Fatalf("treasury %s", chain.FormatEther(got, 3))
	}
	if _, err := d.responder.SignRequest(q.ID, "trainee"); err != nil {
		t.Fatal(err)
	}
	if _, err := d.responder.SignRequest(q.ID, "trainee"); err == nil {
		t.Error("a request was signed twice")
	}
	stepTo(t, d, d.scenario.AttackFrom+2)
	st := d.session.State()
	var flagged *session.AlertEntry
	for i, a := range st.Alerts {
		if a.Has(chain.RuleSafeDelegateCall) && a.Severity == chain.Critical && !a.Reverted {
			flagged = &st.Alerts[i]
		}
	}
	if flagged == nil {
		t.Fatalf("no critical safe-delegatecall alert; alerts: %d", len(st.Alerts))
	}
	slot0, err := d.Client().StorageAt(context.Background(), d.dep.Safe, common.Hash{}, nil)
	if err != nil || common.BytesToAddress(slot0) != d.script.(*safeScript).backdoor {
		t.Fatalf("the Safe's singleton slot holds %x (%v), want the backdoor", slot0, err)
	}
	if got := safeBalance(t, d); got.Sign() != 0 {
		t.Fatalf("the treasury still holds %s after the sweep", chain.FormatEther(got, 3))
	}
	if st.TotalDrained().Cmp(treasuryETH) != 0 {
		t.Errorf("drained %s, want the treasury's %s", chain.FormatEther(st.TotalDrained(), 3), chain.FormatEther(treasuryETH, 3))
	}
	stepTo(t, d, d.scenario.Length)
	sc, ok := d.Scored()
	if !ok {
		t.Fatal("not scored")
	}
	if sc.Value.Saved == nil || sc.Value.Saved.Amount.Sign() != 0 || points(sc, "Request refused") != 0 || points(sc, "Nothing signed blind") != 0 {
		t.Errorf("debrief of a signed request: value %+v, rubric %+v", sc.Value, sc.Rubric)
	}
}

// The automatic responder refuses the flagged request; the attacker sends
// it with the two signatures it has and the Safe refuses it on chain; the
// treasury stays.
func TestMaliciousSafeTxRefused(t *testing.T) {
	d := startScenario(t, "malicious-safe-tx", Config{AutoPause: true})
	q := openRequest(t, d)
	st := d.session.State()
	got, _ := st.Request(q.ID)
	if got.Refused == nil || !got.Refused.Auto || got.Signed != nil {
		t.Fatalf("request %+v: want it refused by the automatic responder", got)
	}
	if _, err := d.responder.SignRequest(q.ID, "trainee"); err == nil {
		t.Error("a refused request was signed")
	}
	stepTo(t, d, d.scenario.Length)
	st = d.session.State()
	if b := safeBalance(t, d); b.Cmp(treasuryETH) != 0 || st.TotalDrained().Sign() != 0 {
		t.Fatalf("treasury %s, drained %s: want it whole", chain.FormatEther(b, 3), chain.FormatEther(st.TotalDrained(), 3))
	}
	attempt := false
	for i := range st.Alerts {
		attempt = attempt || (st.Alerts[i].Has(chain.RuleSafeDelegateCall) && st.Alerts[i].Reverted)
	}
	if !attempt {
		t.Error("the attacker's execution with two signatures was not flagged as a failed attempt")
	}
	sc, ok := d.Scored()
	if !ok {
		t.Fatal("not scored")
	}
	if sc.Value.Unpaused == nil || sc.Value.Unpaused.Basis != session.BasisSigned || sc.Value.Unpaused.Drained.Cmp(treasuryETH) != 0 ||
		sc.Value.Saved.Amount.Cmp(treasuryETH) != 0 || points(sc, "Request refused") != pointsPause {
		t.Errorf("debrief: value %+v, rubric %+v", sc.Value, sc.Rubric)
	}
}

func points(sc session.Scored, line string) int {
	for _, l := range sc.Rubric {
		if l.Name == line {
			return l.Points
		}
	}
	return -1
}
