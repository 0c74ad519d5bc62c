package session

import (
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"warroom/chain"
)

// The figures a responder acts on: the value still at risk, what the attack
// has taken since it began, how fast it is going now, and what nobody has
// looked at yet. Each comes from events alone, like the rest of the state.

const (
	// DrainWindow is how many blocks the drain rate looks back over: short
	// enough that the rate follows the attack's pace and falls to zero soon
	// after it stops.
	DrainWindow = 10
	// QuietAfter is how many blocks without an alerted outflow make the
	// drain "stopped" rather than between two transactions.
	QuietAfter = 3
	// recentBlocks is how many blocks' seen times the state keeps.
	recentBlocks = 64
)

// BlockSeen is a block number and when its event was recorded.
type BlockSeen struct {
	Number uint64    `json:"number"`
	Seen   time.Time `json:"seen"`
}

// noteBlockSeen keeps the block's seen time among the recent ones. The
// slice grows by append and is copied when it is trimmed, so an older
// state keeps its own.
func noteBlockSeen(s State, n uint64, at time.Time) State {
	r := s.Recent
	if len(r) >= 2*recentBlocks {
		// The last recentBlocks, the new one among them, in a slice of
		// their own with room for as many more.
		r = append(make([]BlockSeen, 0, 2*recentBlocks), r[len(r)-recentBlocks+1:]...)
	}
	s.Recent = append(r, BlockSeen{Number: n, Seen: at})
	return s
}

// isAttack reports whether an alert is an attack for the figures: high or
// critical and not reverted. A pre-attack alert is a warning of one, not an
// attack: nothing has been touched yet.
func isAttackAlert(a *chain.Alert) bool {
	if a.Reverted {
		return false
	}
	for _, f := range a.Findings {
		if f.Severity >= chain.High && f.Rule != chain.RulePreAttack {
			return true
		}
	}
	return false
}

// noteAlertFigures updates the figures for a new alert: the first attack,
// with the protocol's value just before it, and the critical count. It
// runs before the alert is appended, so s.Protocol is still the last
// reading before the alert's block (the feed records a block's protocol
// state after its alerts).
func noteAlertFigures(s State, ev Event, a *chain.Alert) State {
	if a.Severity == chain.Critical && !a.Reverted {
		s.Critical++
	}
	if s.FirstAttack == nil && isAttackAlert(a) {
		s.FirstAttack = &AlertMark{Block: a.Block, Seen: ev.Time, Tx: a.TxHash}
		pre := make(map[common.Address]*big.Int, len(s.Protocol.Contracts))
		for _, c := range s.Protocol.Contracts {
			if c.Balance != nil {
				pre[c.Address] = c.Balance
			}
		}
		s.PreAttack = pre
	}
	return s
}

// noteAckFigures counts an acknowledgement of a critical alert. It runs
// before tx is added to Acked.
func noteAckFigures(s State, tx common.Hash) State {
	if s.Acknowledged(tx) {
		return s
	}
	for i := len(s.Alerts) - 1; i >= 0; i-- {
		a := &s.Alerts[i]
		if a.TxHash != tx {
			continue
		}
		if a.Severity == chain.Critical && !a.Reverted {
			s.AckedCritical++
		}
		break
	}
	return s
}

// notePeak keeps each watched contract's highest value.
func notePeak(s State, p chain.ProtocolState) State {
	var peak map[common.Address]*big.Int
	for _, c := range p.Contracts {
		if c.Balance == nil {
			continue
		}
		if old, ok := s.Peak[c.Address]; ok && old.Cmp(c.Balance) >= 0 {
			continue
		}
		if peak == nil {
			peak = make(map[common.Address]*big.Int, len(p.Contracts))
			for k, v := range s.Peak {
				peak[k] = v
			}
		}
		peak[c.Address] = c.Balance
	}
	if peak != nil {
		s.Peak = peak
	}
	return s
}

// UnackedCritical is the number of critical alerts (reverted ones aside)
// nobody has acknowledged.
func (s *State) UnackedCritical() int { return max(0, s.Critical-s.AckedCritical) }

// AtRisk is the value held now by the watched contracts that can still be
// drained: every protocol contract that is not paused. Never nil.
func (s *State) AtRisk() *big.Int {
	sum := new(big.Int)
	for _, c := range s.Protocol.Contracts {
		if c.Balance == nil || (c.Pausable && c.Paused) {
			continue
		}
		sum.Add(sum, c.Balance)
	}
	return sum
}

// Reference is the value a contract's change is measured from: what it
// held just before the first attack, or its peak when the session never
// read it before the attack. ok is false before any attack: until then a
// change is ordinary traffic.
func (s *State) Reference(addr common.Address) (ref *big.Int, ok bool) {
	if s.FirstAttack == nil {
		return nil, false
	}
	if v, ok := s.PreAttack[addr]; ok {
		return v, true
	}
	v, ok := s.Peak[addr]
	return v, ok
}

// Rate is the drain as it is going now.
type Rate struct {
	// PerMinute is the value drained over the window, in wei per minute of
	// wall-clock time (when the blocks were seen); nil when there is
	// nothing to measure yet.
	PerMinute *big.Int
	// Blocks and Span are the window: how many blocks and how long they took.
	Blocks uint64
	Span   time.Duration
	// Quiet is how many blocks have passed since the last alerted outflow;
	// Stopped is Quiet at or above QuietAfter.
	Quiet   uint64
	Stopped bool
}

// DrainRate is the drain's pace over the last DrainWindow blocks (starting
// no earlier than the block before the first drain), in wei per minute of
// the time those blocks took, and how long it has been quiet.
func (s *State) DrainRate() Rate {
	var r Rate
	if len(s.Drains) == 0 {
		return r
	}
	head := s.Head.Number
	last := s.Drains[len(s.Drains)-1].Block
	if head > last {
		r.Quiet = head - last
	}
	r.Stopped = r.Quiet >= QuietAfter
	// The window ends at the head, or at the last drain when its alert is
	// in before its block's record: never more than DrainWindow blocks of
	// drains are summed, however many the session holds.
	top := max(head, last)
	from := uint64(0)
	if top > DrainWindow {
		from = top - DrainWindow
	}
	if first := s.Drains[0].Block; first > 0 && first-1 > from {
		from = first - 1
	}
	// The window's span: from the seen time of block from to the head's.
	// A session younger than the window measures what it has seen and
	// scales it to the window's blocks.
	r.Blocks = max(1, top-from)
	var start *BlockSeen
	for i := len(s.Recent) - 1; i >= 0 && s.Recent[i].Number >= from; i-- {
		start = &s.Recent[i]
	}
	if start != nil && start.Number < head {
		seen := s.HeadSeen.Sub(start.Seen)
		r.Span = time.Duration(float64(seen) * float64(r.Blocks) / float64(head-start.Number))
	}
	if r.Span <= 0 {
		bt := time.Duration(s.Started.BlockTime)
		if bt <= 0 {
			return r
		}
		r.Span = time.Duration(r.Blocks) * bt
	}
	sum := new(big.Int)
	for i := len(s.Drains) - 1; i >= 0 && s.Drains[i].Block > from; i-- {
		sum.Add(sum, s.Drains[i].Amount)
	}
	sum.Mul(sum, big.NewInt(int64(time.Minute)))
	r.PerMinute = sum.Quo(sum, big.NewInt(int64(r.Span)))
	return r
}
