package session

import (
	"encoding/json"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"warroom/chain"
)

// Kind names what an event records.
type Kind string

// Event kinds. Unknown kinds read from a journal are kept and shown, not dropped.
const (
	KindSessionStarted    Kind = "session.started"
	KindBlock             Kind = "block"
	KindAlert             Kind = "alert"
	KindAlertAcknowledged Kind = "alert.acknowledged"
	KindProtocolState     Kind = "protocol.state"
	KindActionRequested   Kind = "action.requested"
	KindActionSubmitted   Kind = "action.submitted"
	KindActionConfirmed   Kind = "action.confirmed"
	KindActionFailed      Kind = "action.failed"
	KindUpgradeComposed   Kind = "upgrade.composed"
	KindLayoutChecked     Kind = "layout.checked"
	KindShadowResult      Kind = "shadow.result"
	KindApprovalAdded     Kind = "approval.added"
	KindApprovalRejected  Kind = "approval.rejected"
	KindChecklistTicked   Kind = "checklist.ticked"
	KindNote              Kind = "note"
	KindDrillScored       Kind = "drill.scored"
	KindSessionEnded      Kind = "session.ended"
	// KindWarning records something that went wrong around the session (a
	// node that gives no traces, a transaction the drill could not send):
	// shown to the responder, kept for the post-mortem.
	KindWarning Kind = "warning"

	// KindActionSpeedUp records the decision to replace an action's
	// pending transaction with a higher-fee one (ActionReplacement),
	// before the replacement is sent; its action.submitted names what it
	// replaces.
	KindActionSpeedUp Kind = "action.speedup"
)

// durable kinds are fsynced before Record returns: they acknowledge something
// a human did or decided.
func (k Kind) durable() bool {
	switch k {
	case KindSessionStarted, KindSessionEnded, KindActionRequested, KindActionSubmitted,
		KindActionConfirmed, KindActionFailed, KindActionSpeedUp, KindApprovalAdded, KindApprovalRejected,
		KindChecklistTicked, KindNote, KindAlertAcknowledged, KindDrillScored,
		KindSafeRequested, KindSafeRequestSigned, KindSafeRequestRefused:
		return true
	}
	return false
}

// Event is one line of the journal.
type Event struct {
	Seq  uint64          `json:"seq"`
	Time time.Time       `json:"time"`
	Kind Kind            `json:"kind"`
	Data json.RawMessage `json:"data"`
	Prev string          `json:"prev"`
	Hash string          `json:"hash"`
	// Offset is where the event's line starts in its journal file: set
	// when it is sealed or read, never written. The session keeps it so
	// heavy evidence can stay on disk and be read back (Journal.ReadEvent).
	Offset int64 `json:"-"`
}

// Started is the data of session.started.
type Started struct {
	Mode     string           `json:"mode"`     // "drill", "watch"
	Scenario string           `json:"scenario"` // drill scenario name
	Chain    string           `json:"chain"`    // "embedded" or the RPC endpoint's host
	ChainID  uint64           `json:"chainId"`
	From     uint64           `json:"fromBlock"`
	Watched  []chain.Watched  `json:"watched"`
	Rules    chain.RuleConfig `json:"rules"`
	// BlockTime is the drill's block period, zero for a live chain.
	BlockTime Duration `json:"blockTime,omitempty"`
	// Seed is a drill's seed of its traffic and timing (warroom drill
	// --seed): the same seed sends the same transactions at the same
	// blocks. Zero for a live chain.
	Seed    uint64 `json:"seed,omitempty"`
	Version string `json:"version"`
}

// Duration is a time.Duration that reads and writes as "2s".
type Duration time.Duration

// MarshalText writes the duration as Go's time.Duration string.
func (d Duration) MarshalText() ([]byte, error) { return []byte(time.Duration(d).String()), nil }

// UnmarshalText reads a duration such as "200ms".
func (d *Duration) UnmarshalText(b []byte) error {
	v, err := time.ParseDuration(string(b))
	if err != nil {
		return err
	}
	*d = Duration(v)
	return nil
}

// Acknowledged is the data of alert.acknowledged.
type Acknowledged struct {
	TxHash common.Hash `json:"tx"`
	By     string      `json:"by"`
}

// Action kinds.
const (
	ActionPause = "pause"
	// ActionSpeedUp is a plan that replaces an action's pending
	// transaction (Plan.SpeedsUp) with the same call at a higher fee.
	ActionSpeedUp = "speed-up"
)

// ActionRequested is the data of action.requested: the exact transactions
// the responder approved, before any is sent.
type ActionRequested struct {
	ID     string `json:"id"`
	Action string `json:"action"`
	Auto   bool   `json:"auto,omitempty"` // the circuit breaker asked, not a human
	// Upgrade is the composed upgrade a route step carries.
	Upgrade string         `json:"upgrade,omitempty"`
	Reason  string         `json:"reason,omitempty"`
	Txs     []chain.TxPlan `json:"txs"`
}

// ActionSubmitted is the data of action.submitted.
type ActionSubmitted struct {
	ID     string      `json:"id"`
	TxHash common.Hash `json:"tx"`
	// Replaces is the pending transaction this one replaces (same nonce,
	// same call, higher fee: a speed-up); zero for a first send.
	Replaces common.Hash `json:"replaces,omitempty"`
}

// ActionReplacement is the data of action.speedup: the responder's
// decision to replace the pending transaction of action ID with the same
// call at a higher fee, exactly as signed, recorded before it is sent.
type ActionReplacement struct {
	ID string `json:"id"` // the action sped up: "pause-1"
	// SpeedUp is the speed-up's own id: "speedup-1".
	SpeedUp string `json:"speedUp"`
	Auto    bool   `json:"auto,omitempty"` // the circuit breaker asked, not a human
	Reason  string `json:"reason,omitempty"`
	// Txs are the replacements, as signed; Replaces[i] is what Txs[i]
	// replaces.
	Txs      []chain.TxPlan   `json:"txs"`
	Replaces []ActionReplaced `json:"replaces"`
}

// ActionReplaced is a pending transaction a speed-up replaces: its hash,
// nonce and the fees it offered.
type ActionReplaced struct {
	TxHash common.Hash `json:"tx"`
	Nonce  uint64      `json:"nonce"`
	MaxFee *big.Int    `json:"maxFeePerGas"`
	MaxTip *big.Int    `json:"maxPriorityFeePerGas"`
}

// ActionConfirmed is the data of action.confirmed.
type ActionConfirmed struct {
	ID      string      `json:"id"`
	TxHash  common.Hash `json:"tx"`
	Block   uint64      `json:"block"`
	GasUsed uint64      `json:"gasUsed"`
}

// ActionFailed is the data of action.failed.
type ActionFailed struct {
	ID     string      `json:"id"`
	TxHash common.Hash `json:"tx,omitempty"`
	Block  uint64      `json:"block,omitempty"`
	Error  string      `json:"error"`
}

// Ticked is the data of checklist.ticked: a responder ticking, unticking or
// annotating a step by hand.
type Ticked struct {
	Step int    `json:"step"` // 1-based, as in DESIGN.md
	Done bool   `json:"done"`
	Note string `json:"note,omitempty"`
	By   string `json:"by,omitempty"`
}

// Note is the data of note.
type Note struct {
	Text string `json:"text"`
	By   string `json:"by,omitempty"`
	Step int    `json:"step,omitempty"` // the checklist step it annotates, if any
}

// Warning is the data of warning.
type Warning struct {
	Source  string `json:"source"` // "watcher", "drill", "responder"
	Message string `json:"message"`
}

// Ended is the data of session.ended.
type Ended struct {
	Reason      string   `json:"reason"`
	Drained     *big.Int `json:"drained"`
	PausedBlock uint64   `json:"pausedBlock,omitempty"`
}
