package session

import (
	"encoding/json"
	"fmt"
	"math/big"
	"slices"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"warroom/chain"
)

// State is everything the console shows, rebuilt from events alone.
//
// Reduce never mutates a State it was given: slices only grow by append and
// maps are copied before they change, so a State handed to the screen stays
// valid while the session moves on.
type State struct {
	Started Started   `json:"started"`
	Start   time.Time `json:"start"` // time of session.started
	Now     time.Time `json:"now"`   // time of the latest event
	Seq     uint64    `json:"seq"`
	Hash    string    `json:"hash"`

	Head     chain.BlockInfo     `json:"head"`
	HeadSeen time.Time           `json:"headSeen"` // when the head's event was recorded
	Protocol chain.ProtocolState `json:"protocol"`
	// Baseline is each watched contract's value when the session first read it.
	Baseline map[common.Address]*big.Int `json:"baseline"`

	// Alerts, oldest first: what the screens need of each (AlertEntry);
	// the evidence stays in the journal. Never rewritten: acknowledgements
	// live in Acked.
	Alerts []AlertEntry          `json:"alerts"`
	Acked  map[common.Hash]int64 `json:"acked"` // alert tx → seq of the acknowledgement

	// Drained is the value taken out of watched contracts by transactions
	// that tripped a high or critical rule.
	Drained *big.Int     `json:"drained"`
	Drains  []DrainPoint `json:"drains"`

	Actions []Action `json:"actions"`
	// Upgrades are the upgrade checks run in the session, oldest first,
	// each with its layout check, shadow test and composition.
	Upgrades []Upgrade `json:"upgrades"`
	// Requests are the Safe transactions put before the responder to
	// sign or refuse (request.go), oldest first.
	Requests []Request      `json:"requests,omitempty"`
	Steps    [NumSteps]Step `json:"steps"`
	Notes    []NoteEntry    `json:"notes"`
	Warnings []WarningEntry `json:"warnings"`
	// Unknown holds events of kinds this binary does not know, kept to be shown.
	Unknown []Event `json:"unknown"`
	// Segments are the chain segments after the first (session.resumed).
	Segments []Segment `json:"segments,omitempty"`

	PausedBlock uint64 `json:"pausedBlock"` // first block at which every pausable contract was paused
	// FirstCritical is the first critical alert that did not revert: its
	// block and when it was seen.
	FirstCritical *AlertMark `json:"firstCritical,omitempty"`

	// The figures (figures.go): the first attack (high or critical, not
	// reverted) and what each contract held just before it, each
	// contract's peak, the seen times of recent blocks for the drain
	// rate, and the critical alerts counted and acknowledged.
	FirstAttack   *AlertMark                  `json:"firstAttack,omitempty"`
	PreAttack     map[common.Address]*big.Int `json:"preAttack,omitempty"`
	Peak          map[common.Address]*big.Int `json:"peak,omitempty"`
	Recent        []BlockSeen                 `json:"recent,omitempty"`
	Critical      int                         `json:"critical,omitempty"`
	AckedCritical int                         `json:"ackedCritical,omitempty"`
	Ended         *Ended                      `json:"ended,omitempty"`
	// Scored is the newest drill debrief (drill.scored, debrief.go).
	Scored *ScoredEntry `json:"scored,omitempty"`

	// The node (node.go): the endpoint in use and its health, the
	// cross-check's alerts, and the reorganisations walked back through.
	Node       *NodeStatus      `json:"node,omitempty"`
	NodeAlerts []NodeAlertEntry `json:"nodeAlerts,omitempty"`
	Reorgs     []ReorgEntry     `json:"reorgs,omitempty"`
}

// DrainPoint is one alerted outflow, for the drain rate.
type DrainPoint struct {
	Time   time.Time `json:"time"`
	Block  uint64    `json:"block"`
	Amount *big.Int  `json:"amount"`
}

// ActionStatus is where an action is in its life.
type ActionStatus string

// Action statuses.
const (
	ActionStatusRequested ActionStatus = "requested"
	ActionStatusPending   ActionStatus = "pending" // submitted, not mined
	ActionStatusConfirmed ActionStatus = "confirmed"
	ActionStatusFailed    ActionStatus = "failed"
)

// Action is a responder action and its outcome.
type Action struct {
	ActionRequested
	Status    ActionStatus `json:"status"`
	Requested time.Time    `json:"requestedAt"`
	Updated   time.Time    `json:"updatedAt"`
	TxHash    common.Hash  `json:"tx"`
	Block     uint64       `json:"block"`
	Error     string       `json:"error,omitempty"`
	// Submitted and Confirmed count the action's transactions sent and mined.
	Submitted int `json:"submitted"`
	Confirmed int `json:"confirmed"`

	// PendingSince is the head block when the transaction now pending was
	// first sent; LastSent the head when it or its newest replacement was.
	PendingSince uint64 `json:"pendingSince,omitempty"`
	LastSent     uint64 `json:"lastSent,omitempty"`
	// SpeedUps are the speed-ups decided for the action (action.speedup),
	// oldest first, with the exact replacements; SpedUp counts the
	// replacements sent, and Replaced are the hashes they replaced. TxHash
	// is always the newest sent, or the one mined.
	SpeedUps []ActionReplacement `json:"speedUps,omitempty"`
	SpedUp   int                 `json:"spedUp,omitempty"`
	Replaced []common.Hash       `json:"replaced,omitempty"`
}

// InFlight reports whether the action may still change the chain.
func (a *Action) InFlight() bool {
	return a.Status == ActionStatusRequested || a.Status == ActionStatusPending
}

// Unmined reports whether the action has a transaction sent and not mined
// yet: what a speed-up can replace.
func (a *Action) Unmined() bool {
	return a.Status == ActionStatusPending && a.Submitted > a.Confirmed
}

// PendingBlocks is how many blocks have gone by at head since the pending
// transaction was first sent; 0 when nothing is pending.
func (a *Action) PendingBlocks(head uint64) uint64 {
	if !a.Unmined() || head <= a.PendingSince {
		return 0
	}
	return head - a.PendingSince
}

// SinceSent is how many blocks have gone by at head since the pending
// transaction or its newest replacement was sent; 0 when nothing is
// pending.
func (a *Action) SinceSent(head uint64) uint64 {
	if !a.Unmined() || head <= a.LastSent {
		return 0
	}
	return head - a.LastSent
}

// WasReplaced reports whether hash is one of the action's transactions a
// speed-up replaced.
func (a *Action) WasReplaced(hash common.Hash) bool {
	return slices.Contains(a.Replaced, hash)
}

// WarningEntry is a warning with the time it was recorded.
type WarningEntry struct {
	Warning
	Time time.Time `json:"time"`
}

// NoteEntry is a note with the time it was taken.
type NoteEntry struct {
	Note
	Time time.Time `json:"time"`
	Seq  uint64    `json:"seq"`
}

// Reduce applies one event to the state and returns the new state. It does
// no I/O and reads no clock: time comes from the event.
func Reduce(s State, ev Event) State { return reduce(s, ev, nil) }

// reduce is Reduce with ev's data perhaps decoded already (pre, nil when not).
func reduce(s State, ev Event, pre *Payload) State {
	s.Seq, s.Hash = ev.Seq, ev.Hash
	if ev.Time.After(s.Now) {
		s.Now = ev.Time
	}
	var err error
	switch ev.Kind {
	case KindSessionStarted:
		var d Started
		if err = json.Unmarshal(ev.Data, &d); err == nil {
			s.Started, s.Start = d, ev.Time
			if s.Drained == nil {
				s.Drained = new(big.Int)
			}
		}
	case KindBlock:
		var d chain.BlockInfo
		if err = pre.decodeBlockInfo(ev.Data, &d); err == nil {
			s.Head, s.HeadSeen = d, ev.Time
			s = noteBlockSeen(s, d.Number, ev.Time)
			s = evaluateDelay(s, ev)
		}
	case KindProtocolState:
		var d chain.ProtocolState
		if err = pre.decodeProtocolState(ev.Data, &d); err == nil {
			s = reduceProtocol(s, ev, d)
			s = evaluateVerified(s, ev)
		}
	case KindAlert:
		var d chain.Alert
		if err = pre.decodeAlert(ev.Data, &d); err == nil {
			s = reduceAlert(s, ev, d)
		}
	case KindAlertAcknowledged:
		var d Acknowledged
		if err = json.Unmarshal(ev.Data, &d); err == nil {
			if _, ok := s.Acked[d.TxHash]; !ok {
				s = noteAckFigures(s, d.TxHash)
				acked := make(map[common.Hash]int64, len(s.Acked)+1)
				for k, v := range s.Acked {
					acked[k] = v
				}
				acked[d.TxHash] = int64(ev.Seq)
				s.Acked = acked
			}
			s = evaluate(s, ev)
		}
	case KindActionRequested, KindActionSubmitted, KindActionConfirmed, KindActionFailed, KindActionSpeedUp:
		s, err = reduceAction(s, ev)
	case KindLayoutChecked, KindShadowResult, KindUpgradeComposed:
		s, err = reduceUpgrade(s, ev)
	case KindApprovalAdded, KindApprovalRejected, KindUpgradeScheduled:
		s, err = reduceRoute(s, ev)
	case KindSafeRequested, KindSafeRequestSigned, KindSafeRequestRefused:
		s, err = reduceRequest(s, ev)
	case KindChecklistTicked:
		var d Ticked
		if err = json.Unmarshal(ev.Data, &d); err == nil {
			s = reduceTick(s, ev, d)
		}
	case KindNote:
		var d Note
		if err = json.Unmarshal(ev.Data, &d); err == nil {
			s.Notes = append(s.Notes, NoteEntry{Note: d, Time: ev.Time, Seq: ev.Seq})
			if d.Step >= 1 && d.Step <= NumSteps {
				s.Steps[d.Step-1].Note = d.Text
				if d.Step == StepRootCause && !s.Steps[d.Step-1].Done {
					s.Steps[d.Step-1] = tick(s, ev, s.Steps[d.Step-1], fmt.Sprintf("noted by %s (journal line %d)", byOr(d.By), ev.Seq))
				}
			}
		}
	case KindWarning:
		var d Warning
		if err = json.Unmarshal(ev.Data, &d); err == nil {
			s.Warnings = append(s.Warnings, WarningEntry{Warning: d, Time: ev.Time})
		}
	case KindSessionResumed:
		s, err = reduceResumed(s, ev)
	case KindDrillScored:
		s, err = reduceScored(s, ev)
	case KindNode, KindNodeAlert, KindReorg:
		s, err = reduceNode(s, ev)
	case KindSessionEnded:
		var d Ended
		if err = json.Unmarshal(ev.Data, &d); err == nil {
			s.Ended = &d
		}
	default:
		s.Unknown = append(s.Unknown, ev)
	}
	if err != nil {
		// A known kind that does not decode is kept like an unknown one, so
		// nothing recorded is lost from view.
		s.Unknown = append(s.Unknown, ev)
	}
	return s
}

func byOr(by string) string {
	if by == "" {
		return "responder"
	}
	return by
}

func reduceProtocol(s State, ev Event, d chain.ProtocolState) State {
	s.Protocol = d
	s = notePeak(s, d)
	missing := false
	for _, c := range d.Contracts {
		if _, ok := s.Baseline[c.Address]; !ok && c.Balance != nil {
			missing = true
		}
	}
	if missing {
		base := make(map[common.Address]*big.Int, len(d.Contracts))
		for k, v := range s.Baseline {
			base[k] = v
		}
		for _, c := range d.Contracts {
			if _, ok := base[c.Address]; !ok && c.Balance != nil {
				base[c.Address] = c.Balance
			}
		}
		s.Baseline = base
	}
	if s.PausedBlock == 0 && d.AllPaused() {
		s.PausedBlock = d.Block
	}
	return evaluate(s, ev)
}

// AlertMark is an alert's block and the time it was recorded.
type AlertMark struct {
	Block uint64      `json:"block"`
	Seen  time.Time   `json:"seen"`
	Tx    common.Hash `json:"tx"`
}

func reduceAlert(s State, ev Event, a chain.Alert) State {
	a.Seen = ev.Time
	s = noteAlertFigures(s, ev, &a)
	s.Alerts = append(s.Alerts, newAlertEntry(&ev, &a))
	if s.FirstCritical == nil && a.Severity == chain.Critical && !a.Reverted {
		s.FirstCritical = &AlertMark{Block: a.Block, Seen: ev.Time, Tx: a.TxHash}
	}
	if a.Severity >= chain.High && !a.Reverted && a.Outflow != nil && a.Outflow.Sign() > 0 {
		s.Drained = new(big.Int).Add(s.drained(), a.Outflow)
		s.Drains = append(s.Drains, DrainPoint{Time: ev.Time, Block: a.Block, Amount: a.Outflow})
	}
	return evaluate(s, ev)
}

func (s *State) drained() *big.Int {
	if s.Drained == nil {
		return new(big.Int)
	}
	return s.Drained
}

// TotalDrained is the value drained so far, never nil.
func (s *State) TotalDrained() *big.Int { return new(big.Int).Set(s.drained()) }

// Change is a watched contract's value now minus what it held just before
// the first attack (or its peak), nil before any attack or when unknown.
func (s *State) Change(c chain.ContractState) *big.Int {
	base, ok := s.Reference(c.Address)
	if !ok || base == nil || c.Balance == nil {
		return nil
	}
	return new(big.Int).Sub(c.Balance, base)
}

// InFlight returns the actions that may still change the chain.
func (s *State) InFlight() []Action {
	var out []Action
	for _, a := range s.Actions {
		if a.InFlight() {
			out = append(out, a)
		}
	}
	return out
}

// Action returns the action with the given id.
func (s *State) Action(id string) (Action, bool) {
	for _, a := range s.Actions {
		if a.ID == id {
			return a, true
		}
	}
	return Action{}, false
}

// Acknowledged reports whether the alert for tx was acknowledged.
func (s *State) Acknowledged(tx common.Hash) bool {
	_, ok := s.Acked[tx]
	return ok
}

func reduceAction(s State, ev Event) (State, error) {
	// Actions are few; copy the slice so older states keep theirs.
	actions := append([]Action(nil), s.Actions...)
	find := func(id string) int { // the newest action of that id
		for i := len(actions) - 1; i >= 0; i-- {
			if actions[i].ID == id {
				return i
			}
		}
		return -1
	}
	switch ev.Kind {
	case KindActionRequested:
		var d ActionRequested
		if err := json.Unmarshal(ev.Data, &d); err != nil {
			return s, err
		}
		actions = append(actions, Action{ActionRequested: d, Status: ActionStatusRequested, Requested: ev.Time, Updated: ev.Time})
	case KindActionSubmitted:
		var d ActionSubmitted
		if err := json.Unmarshal(ev.Data, &d); err != nil {
			return s, err
		}
		if i := find(d.ID); i >= 0 {
			a := &actions[i]
			a.Status, a.TxHash, a.Updated, a.LastSent = ActionStatusPending, d.TxHash, ev.Time, s.Head.Number
			if d.Replaces != (common.Hash{}) {
				// The same transaction at a higher fee: not one more sent.
				a.SpedUp++
				a.Replaced = append(slices.Clip(a.Replaced), d.Replaces)
			} else {
				a.Submitted++
				a.PendingSince = s.Head.Number
			}
		}
	case KindActionSpeedUp:
		var d ActionReplacement
		if err := json.Unmarshal(ev.Data, &d); err != nil {
			return s, err
		}
		if i := find(d.ID); i >= 0 {
			a := &actions[i]
			a.SpeedUps = append(slices.Clip(a.SpeedUps), d)
			a.Updated = ev.Time
		}
	case KindActionConfirmed:
		var d ActionConfirmed
		if err := json.Unmarshal(ev.Data, &d); err != nil {
			return s, err
		}
		if i := find(d.ID); i >= 0 {
			a := &actions[i]
			a.Confirmed++
			a.TxHash, a.Block, a.Updated = d.TxHash, d.Block, ev.Time
			if a.Confirmed >= len(a.Txs) {
				a.Status = ActionStatusConfirmed
			}
		}
	case KindActionFailed:
		var d ActionFailed
		if err := json.Unmarshal(ev.Data, &d); err != nil {
			return s, err
		}
		if i := find(d.ID); i >= 0 {
			a := &actions[i]
			a.Status, a.Error, a.Updated = ActionStatusFailed, d.Error, ev.Time
			if d.TxHash != (common.Hash{}) {
				a.TxHash = d.TxHash
			}
			if d.Block != 0 {
				a.Block = d.Block
			}
		}
	}
	s.Actions = actions
	return s, nil
}

// Upgrade is one upgrade check and what came of it.
type Upgrade struct {
	ID       string           `json:"id"`
	Proxy    common.Address   `json:"proxy"`
	Layout   *LayoutChecked   `json:"layout,omitempty"`
	Shadow   *ShadowResult    `json:"shadow,omitempty"`
	Composed *UpgradeComposed `json:"composed,omitempty"`

	// The governance route, once composed: the owners' approvals of its
	// two Safe transactions, the signatures refused, the timelock's
	// schedule, and the block at which the watcher saw the proxy run the
	// new implementation.
	Approvals []ApprovalAdded    `json:"approvals,omitempty"`
	Rejected  []ApprovalRejected `json:"rejected,omitempty"`
	Scheduled *UpgradeScheduled  `json:"scheduled,omitempty"`
	Verified  uint64             `json:"verified,omitempty"`
}

// Upgrade returns the upgrade check with the given id.
func (s *State) Upgrade(id string) (Upgrade, bool) {
	for _, u := range s.Upgrades {
		if u.ID == id {
			return u, true
		}
	}
	return Upgrade{}, false
}

func reduceUpgrade(s State, ev Event) (State, error) {
	// Upgrades are few; copy the slice so older states keep theirs.
	ups := append([]Upgrade(nil), s.Upgrades...)
	at := func(id string, proxy common.Address) *Upgrade {
		for i := len(ups) - 1; i >= 0; i-- {
			if ups[i].ID == id {
				return &ups[i]
			}
		}
		ups = append(ups, Upgrade{ID: id, Proxy: proxy})
		return &ups[len(ups)-1]
	}
	var u *Upgrade
	switch ev.Kind {
	case KindLayoutChecked:
		var d LayoutChecked
		if err := json.Unmarshal(ev.Data, &d); err != nil {
			return s, err
		}
		u = at(d.ID, d.Proxy)
		u.Layout = &d
	case KindShadowResult:
		var d ShadowResult
		if err := json.Unmarshal(ev.Data, &d); err != nil {
			return s, err
		}
		u = at(d.ID, d.Proxy)
		u.Shadow = &d
	case KindUpgradeComposed:
		var d UpgradeComposed
		if err := json.Unmarshal(ev.Data, &d); err != nil {
			return s, err
		}
		u = at(d.ID, d.Proxy)
		u.Composed = &d
	}
	s.Upgrades = ups
	return evaluateUpgrade(s, ev, *u), nil
}
