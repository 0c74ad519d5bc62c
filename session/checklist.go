package session

import (
	"fmt"
	"time"

	"warroom/chain"
	"warroom/chain/shadow"
)

// The checklist steps, 1-based as in the war-room practice.
const (
	StepDeclared = iota + 1
	StepIdentified
	StepPaused
	StepEvidence
	StepRootCause
	StepFixComposed
	StepLayout
	StepShadow
	StepApprovals
	StepTimelock
	StepExecuted
	StepUnpaused
	StepPostMortem

	NumSteps = StepPostMortem
)

// StepTitles are the checklist's steps, in order.
var StepTitles = [NumSteps]string{
	"Incident declared, roles assigned",
	"Attack transactions identified",
	"Contracts paused",
	"Evidence preserved",
	"Root cause noted",
	"Fix upgrade composed",
	"Storage layout compatible",
	"Shadow test passed",
	"Cosigner approvals at threshold",
	"Timelock scheduled, delay elapsed",
	"Upgrade executed and verified",
	"Contracts unpaused, monitoring on",
	"Post-mortem exported",
}

// Step is one checklist step and the evidence that ticked it.
type Step struct {
	Done bool `json:"done"`
	// At is when it was ticked; Since is that time minus the session start.
	At    time.Time     `json:"at"`
	Since time.Duration `json:"since"`
	// Evidence says what proved it: a block, an event, a responder.
	Evidence string `json:"evidence,omitempty"`
	Block    uint64 `json:"block,omitempty"`
	Seq      uint64 `json:"seq,omitempty"`
	Manual   bool   `json:"manual,omitempty"`
	Note     string `json:"note,omitempty"`
}

func tick(s State, ev Event, st Step, evidence string) Step {
	st.Done = true
	st.At = ev.Time
	st.Since = ev.Time.Sub(s.Start)
	st.Seq = ev.Seq
	st.Evidence = evidence
	return st
}

// evaluate ticks the steps whose evidence is now in the state. It only ticks:
// a step a responder unticked by hand stays as they left it until new
// evidence arrives with a later event.
func evaluate(s State, ev Event) State {
	steps := &s.Steps
	switch ev.Kind {
	case KindAlertAcknowledged:
		if st := &steps[StepIdentified-1]; !st.Done {
			for i := len(s.Alerts) - 1; i >= 0; i-- {
				a := &s.Alerts[i]
				if a.Attack && s.Acknowledged(a.TxHash) {
					*st = tick(s, ev, *st, identifiedEvidence(s, a))
					st.Block = a.Block
					if f := s.FirstAttack; f != nil {
						st.Block = f.Block
					}
					break
				}
			}
		}
	case KindAlert:
		a := &s.Alerts[len(s.Alerts)-1]
		if st := &steps[StepEvidence-1]; !st.Done && a.Attack {
			*st = tick(s, ev, *st, fmt.Sprintf("attack tx %s (block %d) and its trace are in journal line %d", chain.ShortHash(a.TxHash), a.Block, ev.Seq))
			st.Block = a.Block
		}
	case KindProtocolState:
		p := s.Protocol
		if st := &steps[StepPaused-1]; !st.Done && p.AllPaused() {
			*st = tick(s, ev, *st, fmt.Sprintf("paused() is true at block %d", p.Block))
			st.Block = p.Block
		}
		if st := &steps[StepUnpaused-1]; !st.Done && s.PausedBlock != 0 && !anyPaused(p) {
			*st = tick(s, ev, *st, fmt.Sprintf("paused() is false again at block %d; watching continues", p.Block))
			st.Block = p.Block
		}
	}
	return s
}

// identifiedEvidence cites the first attack transaction, then the alert
// whose acknowledgement ticked the step when it is another one.
func identifiedEvidence(s State, acked *AlertEntry) string {
	f := s.FirstAttack
	if f == nil || f.Tx == acked.TxHash {
		return fmt.Sprintf("first attack tx %s (block %d), its alert acknowledged", chain.ShortHash(acked.TxHash), acked.Block)
	}
	return fmt.Sprintf("first attack tx %s (block %d); acknowledged: %s alert on tx %s (block %d)",
		chain.ShortHash(f.Tx), f.Block, acked.Severity, chain.ShortHash(acked.TxHash), acked.Block)
}

func anyPaused(p chain.ProtocolState) bool {
	for _, c := range p.Contracts {
		if c.Pausable && c.Paused {
			return true
		}
	}
	return false
}

func reduceTick(s State, ev Event, d Ticked) State {
	if d.Step < 1 || d.Step > NumSteps {
		s.Unknown = append(s.Unknown, ev)
		return s
	}
	st := s.Steps[d.Step-1]
	if d.Done {
		st = tick(s, ev, st, "ticked by "+byOr(d.By))
		st.Manual = true
	} else {
		st = Step{Note: st.Note}
	}
	if d.Note != "" {
		st.Note = d.Note
	}
	s.Steps[d.Step-1] = st
	return s
}

// evaluateUpgrade ticks the fix's steps from the evidence of the newest
// upgrade check: a safe layout, a passing shadow test, a composed proposal.
func evaluateUpgrade(s State, ev Event, u Upgrade) State {
	steps := &s.Steps
	switch ev.Kind {
	case KindLayoutChecked:
		if st := &steps[StepLayout-1]; !st.Done && u.Layout.Report.Safe() {
			r := u.Layout.Report
			*st = tick(s, ev, *st, fmt.Sprintf("%s: %s keeps the layout of %s (journal line %d)", u.ID, r.New, r.Old, ev.Seq))
		}
	case KindShadowResult:
		if st := &steps[StepShadow-1]; !st.Done && u.Shadow.Pass {
			attacks, _ := u.Shadow.counts(shadow.Attack)
			regressions, _ := u.Shadow.counts(shadow.Regression)
			*st = tick(s, ev, *st, fmt.Sprintf("%s: %d recorded attacks fail and %d regression calls pass under %s at block %d",
				u.ID, attacks, regressions, chain.ShortAddr(u.Shadow.New), u.Shadow.Fix.Block))
			st.Block = u.Shadow.Fix.Block
		}
	case KindUpgradeComposed:
		if st := &steps[StepFixComposed-1]; !st.Done {
			c := u.Composed
			*st = tick(s, ev, *st, fmt.Sprintf("%s: %s to %s (%s), timelock operation %s",
				u.ID, c.ProxyName, chain.ShortAddr(c.New), c.Artifact, chain.ShortHash(c.Proposal.OperationID)))
		}
	}
	return s
}
