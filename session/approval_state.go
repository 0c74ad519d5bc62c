package session

import (
	"encoding/json"
	"fmt"
	"slices"
	"strings"

	"github.com/ethereum/go-ethereum/common"

	"warroom/chain"
)

// Route returns the composed upgrade whose route is in flight: the newest
// one composed. ok is false before any upgrade is composed.
func (s *State) Route() (Upgrade, bool) {
	for i := len(s.Upgrades) - 1; i >= 0; i-- {
		if s.Upgrades[i].Composed != nil {
			return s.Upgrades[i], true
		}
	}
	return Upgrade{}, false
}

// Signed are the approvals counted for one of the upgrade's Safe
// transactions (RouteSchedule, RouteExecute), in the order they came.
func (u *Upgrade) Signed(route string) []ApprovalAdded {
	var out []ApprovalAdded
	for _, a := range u.Approvals {
		if a.Route == route {
			out = append(out, a)
		}
	}
	return out
}

// SignedBy returns owner's approval of one of the upgrade's transactions.
func (u *Upgrade) SignedBy(route string, owner common.Address) (ApprovalAdded, bool) {
	for _, a := range u.Approvals {
		if a.Route == route && a.Signer == owner {
			return a, true
		}
	}
	return ApprovalAdded{}, false
}

// RouteTx is the Safe transaction of a route step.
func (u *Upgrade) RouteTx(route string) (*chain.SafeTx, bool) {
	if u.Composed == nil {
		return nil, false
	}
	switch route {
	case RouteSchedule:
		return &u.Composed.Proposal.Schedule, true
	case RouteExecute:
		return &u.Composed.Proposal.Execute, true
	}
	return nil, false
}

// AtThreshold reports whether enough owners signed a route step, by the
// threshold recorded with its approvals.
func (u *Upgrade) AtThreshold(route string) bool {
	signed := u.Signed(route)
	return len(signed) > 0 && uint64(len(signed)) >= signed[len(signed)-1].Threshold
}

// reduceRoute applies approval.added, approval.rejected and
// upgrade.scheduled to their upgrade.
func reduceRoute(s State, ev Event) (State, error) {
	var id string
	var apply func(u *Upgrade)
	switch ev.Kind {
	case KindApprovalAdded:
		var d ApprovalAdded
		if err := json.Unmarshal(ev.Data, &d); err != nil {
			return s, err
		}
		d.At = ev.Time
		id, apply = d.Upgrade, func(u *Upgrade) { u.Approvals = append(slices.Clip(u.Approvals), d) }
	case KindApprovalRejected:
		var d ApprovalRejected
		if err := json.Unmarshal(ev.Data, &d); err != nil {
			return s, err
		}
		id, apply = d.Upgrade, func(u *Upgrade) { u.Rejected = append(slices.Clip(u.Rejected), d) }
	case KindUpgradeScheduled:
		var d UpgradeScheduled
		if err := json.Unmarshal(ev.Data, &d); err != nil {
			return s, err
		}
		d.At = ev.Time
		id, apply = d.Upgrade, func(u *Upgrade) { u.Scheduled = &d }
	}
	i := slices.IndexFunc(s.Upgrades, func(u Upgrade) bool { return u.ID == id })
	if i < 0 {
		return s, fmt.Errorf("%s for upgrade %q, which was never checked", ev.Kind, id)
	}
	ups := slices.Clone(s.Upgrades)
	apply(&ups[i])
	s.Upgrades = ups
	u := ups[i]

	steps := &s.Steps
	switch ev.Kind {
	case KindApprovalAdded:
		if st := &steps[StepApprovals-1]; !st.Done && u.AtThreshold(RouteSchedule) && u.AtThreshold(RouteExecute) {
			p := u.Composed.Proposal
			*st = tick(s, ev, *st, fmt.Sprintf("%s: %d of %d owners signed schedule (nonce %d) and execute (nonce %d): %s",
				u.ID, len(u.Signed(RouteSchedule)), u.Signed(RouteSchedule)[0].Threshold, p.Schedule.Nonce, p.Execute.Nonce, signerList(u.Signed(RouteSchedule))))
		}
	case KindUpgradeScheduled:
		s = evaluateDelay(s, ev)
	}
	return s, nil
}

func signerList(a []ApprovalAdded) string {
	parts := make([]string, len(a))
	for i, x := range a {
		parts[i] = chain.ShortAddr(x.Signer)
	}
	return strings.Join(parts, ", ")
}

// evaluateDelay ticks "timelock scheduled, delay elapsed" once a block's
// own timestamp reaches the scheduled operation's ETA: the timelock
// compares block timestamps, so that is what decides.
func evaluateDelay(s State, ev Event) State {
	st := &s.Steps[StepTimelock-1]
	if st.Done {
		return s
	}
	u, ok := s.Route()
	if !ok || u.Scheduled == nil || s.Head.Number < u.Scheduled.Block || s.Head.Time.Before(u.Scheduled.ETA) {
		return s
	}
	*st = tick(s, ev, *st, fmt.Sprintf("%s: operation %s scheduled in block %d; its delay passed at block %d",
		u.ID, chain.ShortHash(u.Scheduled.OperationID), u.Scheduled.Block, s.Head.Number))
	st.Block = s.Head.Number
	return s
}

// evaluateVerified marks a composed upgrade verified when the watcher reads
// its new implementation in the proxy's ERC-1967 slot, and ticks "upgrade
// executed and verified".
func evaluateVerified(s State, ev Event) State {
	for i := range s.Upgrades {
		u := &s.Upgrades[i]
		if u.Composed == nil || u.Verified != 0 {
			continue
		}
		for _, c := range s.Protocol.Contracts {
			if c.Address != u.Composed.Proxy || c.Implementation != u.Composed.New {
				continue
			}
			ups := slices.Clone(s.Upgrades)
			ups[i].Verified = s.Protocol.Block
			s.Upgrades = ups
			if st := &s.Steps[StepExecuted-1]; !st.Done {
				*st = tick(s, ev, *st, fmt.Sprintf("%s: %s runs %s (ERC-1967 slot read at block %d)",
					ups[i].ID, u.Composed.ProxyName, chain.ShortAddr(u.Composed.New), s.Protocol.Block))
				st.Block = s.Protocol.Block
			}
			return s
		}
	}
	return s
}
