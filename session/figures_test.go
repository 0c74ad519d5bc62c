package session

import (
	"encoding/json"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"warroom/chain"
)

// figureRun builds a state from hand-made events: one block a second,
// protocol readings and alerts as the feed records them (block, alerts,
// then the protocol state of that block).
type figureRun struct {
	t      *testing.T
	s      State
	seq    uint64
	start  time.Time
	events []Event
}

var (
	figVault = common.HexToAddress("0x00000000000000000000000000000000000000aa")
	figBlock = time.Second
)

func wei(ethers int64) *big.Int { return new(big.Int).Mul(big.NewInt(ethers), big.NewInt(1e18)) }

func newFigureRun(t *testing.T) *figureRun {
	r := &figureRun{t: t, start: time.Date(2026, 1, 1, 12, 0, 0, 0, time.UTC)}
	r.add(0, KindSessionStarted, Started{Mode: "drill", ChainID: 1337, BlockTime: Duration(figBlock)})
	return r
}

func (r *figureRun) add(at time.Duration, kind Kind, data any) {
	r.t.Helper()
	raw, err := json.Marshal(data)
	if err != nil {
		r.t.Fatal(err)
	}
	r.seq++
	ev := Event{Seq: r.seq, Time: r.start.Add(at), Kind: kind, Data: raw}
	r.events = append(r.events, ev)
	r.s = Reduce(r.s, ev)
}

// block records block n, seen n seconds into the session, its alerts, then
// the vault's balance.
func (r *figureRun) block(n uint64, balance int64, alerts ...chain.Alert) {
	at := time.Duration(n) * figBlock
	// The block's own timestamp runs ahead, as on a fast dev chain.
	r.add(at, KindBlock, chain.BlockInfo{Number: n, Time: r.start.Add(2 * at)})
	for _, a := range alerts {
		a.Block, a.Time = n, r.start.Add(2*at)
		r.add(at, KindAlert, a)
	}
	r.add(at, KindProtocolState, chain.ProtocolState{Block: n, Contracts: []chain.ContractState{{
		Name: "Vault", Address: figVault, Pausable: true, Balance: wei(balance),
	}}})
}

func drain(tx byte, ethers int64) chain.Alert {
	return chain.Alert{TxHash: common.Hash{tx}, Contract: figVault, ContractName: "Vault", Severity: chain.Critical,
		Outflow: wei(ethers), Findings: []chain.Finding{{Rule: chain.RuleReentrancy, Severity: chain.Critical}}}
}

// The scene of issue 9: the session starts before the deposits, so a change
// "since start" is always positive. The change shown is the fall since the
// value before the first attack.
func TestChangeIsMeasuredFromBeforeTheFirstAttack(t *testing.T) {
	r := newFigureRun(t)
	r.block(1, 0)
	r.block(2, 50)
	r.block(3, 100) // deposits done: the vault's peak and the value before the attack
	if c := r.s.Change(r.s.Protocol.Contracts[0]); c != nil {
		t.Fatalf("before any attack the change is %s, want none", c)
	}
	r.block(4, 89, drain(1, 11))
	r.block(5, 91) // a deposit
	r.block(6, 80, drain(2, 11))
	got := r.s.Change(r.s.Protocol.Contracts[0])
	if got == nil || got.Cmp(wei(-20)) != 0 {
		t.Fatalf("change %v, want −20 ETH (80 now, 100 before the first attack)", got)
	}
	if r.s.FirstAttack == nil || r.s.FirstAttack.Block != 4 {
		t.Fatalf("first attack %+v, want block 4", r.s.FirstAttack)
	}
	if at := r.s.AtRisk(); at.Cmp(wei(80)) != 0 {
		t.Fatalf("at risk %s, want 80 ETH", at)
	}
}

// 11 ETH every other block of one second is 330 ETH a minute: the rate
// says so from the first drains on, not a trailing-minute total, and it
// falls to nothing with "no outflow for N blocks" once the drain stops.
func TestDrainRateIsARealRateOverAShortWindow(t *testing.T) {
	r := newFigureRun(t)
	for n := uint64(1); n <= 10; n++ {
		r.block(n, 100)
	}
	bal := int64(100)
	for n := uint64(11); n <= 30; n++ {
		if n%2 == 1 {
			bal -= 11
			r.block(n, bal, drain(byte(n), 11))
		} else {
			r.block(n, bal)
		}
	}
	rate := r.s.DrainRate()
	if rate.PerMinute == nil {
		t.Fatal("no rate")
	}
	if want := wei(330); rate.PerMinute.Cmp(want) != 0 {
		t.Fatalf("rate %s ETH/min over %d blocks (%s), want 330 ETH/min", chain.FormatEther(rate.PerMinute, 3), rate.Blocks, rate.Span)
	}
	if rate.Stopped {
		t.Fatal("stopped while draining")
	}
	// Four drains in eight seconds: still about the pace, not 44/min.
	early := newFigureRun(t)
	for n := uint64(1); n <= 10; n++ {
		early.block(n, 100)
	}
	for n := uint64(11); n <= 18; n++ {
		if n%2 == 1 {
			early.block(n, 100, drain(byte(n), 11))
		} else {
			early.block(n, 100)
		}
	}
	er := early.s.DrainRate()
	if er.PerMinute == nil || er.PerMinute.Cmp(wei(250)) < 0 || er.PerMinute.Cmp(wei(400)) > 0 {
		t.Fatalf("early rate %v ETH/min, want about 330", chain.FormatEther(er.PerMinute, 3))
	}
	// The drain stops: 40 blocks later the rate is nothing and it says for how long.
	for n := uint64(31); n <= 70; n++ {
		r.block(n, bal)
	}
	rate = r.s.DrainRate()
	if rate.PerMinute == nil || rate.PerMinute.Sign() != 0 || !rate.Stopped || rate.Quiet != 41 {
		t.Fatalf("after the drain: rate %v, stopped %v, quiet %d; want 0, true, 41", rate.PerMinute, rate.Stopped, rate.Quiet)
	}
}

func TestUnacknowledgedCriticalAlerts(t *testing.T) {
	r := newFigureRun(t)
	rev := drain(3, 0)
	rev.Reverted = true
	r.block(1, 100, drain(1, 11), drain(2, 11), rev)
	if n := r.s.UnackedCritical(); n != 2 {
		t.Fatalf("unacknowledged critical %d, want 2 (the reverted attempt aside)", n)
	}
	r.add(2*time.Second, KindAlertAcknowledged, Acknowledged{TxHash: common.Hash{2}})
	r.add(2*time.Second, KindAlertAcknowledged, Acknowledged{TxHash: common.Hash{2}}) // twice: counted once
	if n := r.s.UnackedCritical(); n != 1 {
		t.Fatalf("unacknowledged critical %d, want 1", n)
	}
}

// "Attack transactions identified" cites the first attack transaction, not
// only the alert that was acknowledged.
func TestIdentifiedCitesTheFirstAttack(t *testing.T) {
	r := newFigureRun(t)
	r.block(1, 100)
	r.block(2, 89, drain(0x77, 11))
	r.block(3, 78, drain(0x88, 11))
	r.add(4*time.Second, KindAlertAcknowledged, Acknowledged{TxHash: common.Hash{0x88}})
	st := r.s.Steps[StepIdentified-1]
	first := chain.ShortHash(common.Hash{0x77})
	if !st.Done || !strings.Contains(st.Evidence, "first attack tx "+first+" (block 2)") || st.Block != 2 {
		t.Fatalf("step 2: done %v, block %d, evidence %q; want the first attack tx %s in block 2", st.Done, st.Block, st.Evidence, first)
	}
}

// An alert keeps the block's own timestamp and gets the time it was seen,
// in the state and in its evidence read back.
func TestAlertSeenIsTheEventTime(t *testing.T) {
	r := newFigureRun(t)
	r.block(5, 100, drain(1, 11))
	e := &r.s.Alerts[0]
	a, err := EvidenceIn(r.events)(e)
	if err != nil {
		t.Fatal(err)
	}
	if want := r.start.Add(5 * time.Second); !e.Seen.Equal(want) || !a.Seen.Equal(want) {
		t.Fatalf("seen %s, evidence %s, want %s (the event's time)", e.Seen, a.Seen, want)
	}
	if want := r.start.Add(10 * time.Second); !a.Time.Equal(want) {
		t.Fatalf("block time %s, want %s (kept as the block's)", a.Time, want)
	}
}
