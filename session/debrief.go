package session

import (
	"encoding/json"
	"math/big"
	"time"
)

// MaxScore is what a drill's score is out of: the sum of its rubric's
// maxima.
const MaxScore = 100

// Scored is the data of drill.scored: a drill's debrief, computed from the
// journal when the drill ends (its script over, or the trainee quit).
// Every figure is measured from the first attack, in blocks and in the
// wall-clock seconds of the events' times; a moment that did not happen
// is nil.
type Scored struct {
	Scenario string `json:"scenario"`
	// Seed is the seed of the drill's traffic and timing: a drill run
	// again with it sends the same transactions at the same blocks.
	Seed uint64 `json:"seed,omitempty"`
	// Reason is why the drill ended: "script over", "responder quit".
	Reason string `json:"reason"`
	// Block is the head when it was scored.
	Block uint64 `json:"block"`

	// Score is out of MaxScore: the sum of the rubric's points.
	Score  int          `json:"score"`
	Rubric []RubricLine `json:"rubric"`

	// Attack is when the first attack landed; nil when none did (the drill
	// ended before its script's first attack block).
	Attack *AttackMark `json:"attack,omitempty"`
	// Acknowledged is the first alert a responder acknowledged, Paused the
	// block at which every pausable contract was paused, Composed the first
	// upgrade composed, Verified the first upgrade the watcher saw the
	// proxy run.
	Acknowledged *Moment `json:"acknowledged,omitempty"`
	Paused       *Moment `json:"paused,omitempty"`
	Composed     *Moment `json:"composed,omitempty"`
	Verified     *Moment `json:"verified,omitempty"`
	// AutoPaused says the circuit breaker (--auto-pause) paused, not a human.
	AutoPaused bool `json:"autoPaused,omitempty"`

	Value      ScoredValue     `json:"value"`
	WrongFixes WrongFixes      `json:"wrongFixes"`
	Checklist  ScoredChecklist `json:"checklist"`
	// Compared sets the pause beside real incidents'.
	Compared []Comparison `json:"compared,omitempty"`
}

// AttackMark is when the first attack landed.
type AttackMark struct {
	Block uint64    `json:"block"`
	At    time.Time `json:"at"`
	// Drained says the attack took value. When no attack did (the protocol
	// was paused before it), the mark is the block the script's first
	// attack transaction was mined in.
	Drained bool `json:"drained"`
}

// Moment is when something happened, and how long after the first attack.
type Moment struct {
	Block uint64    `json:"block"`
	At    time.Time `json:"at"`
	// AfterBlocks and AfterSeconds are counted from the first attack
	// (negative: before it); both are zero when there was no attack.
	AfterBlocks  int64   `json:"afterBlocks"`
	AfterSeconds float64 `json:"afterSeconds"`
}

// ScoredValue is the value drained, against what the same script drains
// when nobody responds.
type ScoredValue struct {
	// Drained is what the attack took in this run (the alerted outflows).
	Drained *big.Int `json:"drained"`
	// Unpaused is what the attacker's transactions would have taken had
	// nobody responded, measured by the drill; nil when not measured.
	Unpaused *Unpaused `json:"unpaused,omitempty"`
	// Saved is Unpaused less Drained; nil when Unpaused is.
	Saved *Saved `json:"saved,omitempty"`
}

// Unpaused is the measured figure of a run nobody responded to: this
// run's transactions replayed, where the response changed what they did
// (an attack on a paused or fixed vault, a deposit a paused vault
// refused), as calls on the protocol as it would stand unpaused, on its
// first implementation, holding what the replayed ones before would have
// left in it; Drained is what the attacker's took.
type Unpaused struct {
	Drained *big.Int `json:"drained"`
	// Attacks counts the attacker's transactions measured; Simulated those
	// replayed as calls (the rest drained for real, as they would have).
	Attacks   int `json:"attacks"`
	Simulated int `json:"simulated"`
	// Through is the last block measured.
	Through uint64 `json:"through"`
	// Basis says what the figure is of when it is not an unpaused run:
	// "signed" is what signing the drill's Safe request would have lost
	// (the treasury the backdoor sweeps).
	Basis string `json:"basis,omitempty"`
}

// BasisSigned is Unpaused.Basis for what signing a Safe request loses.
const BasisSigned = "signed"

// Saved is the value the response kept in the protocol.
type Saved struct {
	Amount *big.Int `json:"amount"`
	// Percent is Amount as a whole percentage of Unpaused.Drained.
	Percent int `json:"percent"`
}

// WrongFixes are the scenario's wrong fixes the trainee tried: caught (the
// composer's checks refused them and none was deployed) or shipped (one
// was deployed or composed anyway). Each is "upgrade-1 (built-in
// VaultV2BadLayout)".
type WrongFixes struct {
	Caught  []string `json:"caught,omitempty"`
	Shipped []string `json:"shipped,omitempty"`
}

// ScoredChecklist counts the war-room checklist's steps: done, and done
// with evidence (ticked by the evidence itself, or by hand with a note).
type ScoredChecklist struct {
	Done     int `json:"done"`
	Evidence int `json:"evidence"`
	// Of is how many steps count: every step but the post-mortem, which
	// comes after the drill.
	Of int `json:"of"`
}

// RubricLine is one line of the score: what it rewards, the points given
// out of its maximum, and why.
type RubricLine struct {
	Name   string `json:"name"`
	Points int    `json:"points"`
	Max    int    `json:"max"`
	Why    string `json:"why"`
}

// Comparison is a real incident's time to pause beside the drill's.
type Comparison struct {
	Incident string `json:"incident"` // "Venus 2025"
	Paused   string `json:"paused"`   // "20 min after the malicious transaction"
	// Verdict is the drill's pause against it: "sooner", "later", "as early", or "never" when the drill was never paused.
	Verdict string `json:"verdict"`
}

// ScoredEntry is the newest drill.scored in a state, with its journal line.
type ScoredEntry struct {
	Scored
	Seq  uint64    `json:"seq"`
	Time time.Time `json:"time"`
}

// reduceScored keeps the newest debrief: a drill scored at the end of its
// script and again when the trainee quit shows the later one.
func reduceScored(s State, ev Event) (State, error) {
	var d Scored
	if err := json.Unmarshal(ev.Data, &d); err != nil {
		return s, err
	}
	s.Scored = &ScoredEntry{Scored: d, Seq: ev.Seq, Time: ev.Time}
	return s, nil
}
