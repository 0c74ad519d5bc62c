package tui

import (
	"fmt"
	"math/big"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"warroom/chain"
	"warroom/session"
	"warroom/themes"
)

// The approvals board's rendering: pure functions from the session's state
// (and the route's status as last read on chain) to lines. Statuses are
// words and symbols first (✓ signed, ✓ approved on chain, · missing, ✗
// rejected, ⚠ warning); colour only repeats them. Hashes and addresses are
// shown whole: signers compare them with their wallets' screens.

// BoardInput is what the board shows besides the state.
type BoardInput struct {
	// Status is the route as last read on chain; nil before the first read.
	Status *session.RouteStatus
	// Me is the owner this console signs as, zero for none.
	Me     common.Address
	Nested []session.NestedOwner
	// Now is the console's clock, for ages.
	Now time.Time
}

// BoardLines renders the approvals board of upgrade u.
func BoardLines(st *themes.Styles, s *session.State, u *session.Upgrade, in BoardInput, width int) []string {
	var out []string
	add := func(l ...string) { out = append(out, l...) }
	const labelW = 15
	f := newFields(st, labelW, width, add)
	field := func(name, value string, render func(...string) string) { f.field(name, value, render) }
	hexField := f.hex
	hash := func(name string, h common.Hash) { hexField(name, h.Hex()) }
	c := u.Composed
	p := &c.Proposal

	add(st.Bold.Render(fmt.Sprintf("%s: %s %s → %s (%s)", u.ID, c.ProxyName, c.Proxy.Hex(), c.New.Hex(), c.Artifact)))
	safeLine := "Safe " + p.Safe.Hex()
	if sf := s.Protocol.Safe; sf != nil {
		safeLine += fmt.Sprintf(" · %s · %d of %d owners · next nonce %d (block %d)", sf.Version, sf.Threshold, len(sf.Owners), sf.Nonce, s.Protocol.Block)
	}
	field("safe", safeLine, st.Text.Render)
	hash("operation id", p.OperationID)
	field("timelock", p.Timelock.Hex()+" · delay "+FormatDelay(p.Delay), st.Text.Render)
	for _, l := range timelockLines(st, s, u, in) {
		field("", l, st.Text.Render)
	}
	add("")

	for i, route := range []string{session.RouteSchedule, session.RouteExecute} {
		stx, _ := u.RouteTx(route)
		signed := u.Signed(route)
		threshold := uint64(0)
		if s.Protocol.Safe != nil {
			threshold = s.Protocol.Safe.Threshold
		}
		if len(signed) > 0 {
			threshold = signed[len(signed)-1].Threshold
		}
		progress := fmt.Sprintf("%d of %d signed", len(signed), threshold)
		mark := st.Muted.Render(progress + " " + meter(len(signed), int(threshold)))
		if threshold > 0 && uint64(len(signed)) >= threshold {
			mark = st.Done.Render("✓ " + progress + " " + meter(len(signed), int(threshold)))
		}
		title := map[string]string{session.RouteSchedule: "Schedule", session.RouteExecute: "Execute"}[route]
		add(st.Bold.Render(fmt.Sprintf("Safe transaction %d of 2 · %s · nonce %d", i+1, title, stx.Nonce)) + "  " + mark)
		hash("domain hash", stx.DomainHash)
		hash("message hash", stx.MessageHash)
		hash("safeTxHash", stx.SafeTxHash)
		add("  " + st.Label.Render(PadRight("decoded", labelW)) + st.Muted.Render("Safe → timelock → proxy → upgradeToAndCall → initializer:"))
		callLayers(st, "Safe "+stx.Safe.Hex(), &stx.Call, 0, 2+labelW, width, add)
		warnings := session.RouteWarnings(s, u, route, nil)
		if len(warnings) == 0 {
			field("warnings", "none: a call, no value, no gas refund, no change to the Safe's owners, threshold, modules, guard or fallback handler", st.Done.Render)
		}
		for _, w := range warnings {
			text := "⚠ " + w.Message
			if route == session.RouteExecute && w.Code == "nonce-not-next" && s.Protocol.Safe != nil && stx.Nonce == s.Protocol.Safe.Nonce+1 {
				text += " (as designed: the schedule, nonce " + fmt.Sprint(stx.Nonce-1) + ", executes first)"
				field("warnings", text, st.Muted.Render)
				continue
			}
			field("warnings", text, st.High.Render)
		}
		add("  " + st.Label.Render("owners"))
		for _, l := range ownerLines(st, s, u, route, in, width) {
			add("    " + l)
		}
		add("")
	}
	if len(u.Rejected) > 0 {
		add(st.Bold.Render("Rejected signatures") + st.Muted.Render(" · not counted, nothing sent; journaled as approval.rejected"))
		for _, r := range u.Rejected {
			who := ""
			if r.Signer != (common.Address{}) {
				who = " " + r.Signer.Hex()
			}
			for _, l := range Wrap("✗ "+r.Source+who+": "+r.Reason, width-4, 0) {
				add("  " + st.Critical.Render(l))
			}
		}
		add("")
	}
	if l := exposureLine(s, u, in); l != "" {
		for _, w := range Wrap(l, width-2, 0) {
			add(st.High.Render(w))
		}
	}
	return out
}

// meter draws threshold progress as filled and empty cells: ▮▮▯.
func meter(n, of int) string {
	if of <= 0 {
		return ""
	}
	return strings.Repeat("▮", min(n, of)) + strings.Repeat("▯", max(0, of-n))
}

// timelockLines say where the timelock operation stands: not scheduled,
// waiting with a countdown to its ETA (by block time, which is what the
// timelock compares), ready, or done and verified.
func timelockLines(st *themes.Styles, s *session.State, u *session.Upgrade, in BoardInput) []string {
	switch {
	case u.Verified != 0:
		return []string{fmt.Sprintf("✓ executed and verified: %s runs %s (ERC-1967 slot read at block %d)", u.Composed.ProxyName, u.Composed.New.Hex(), u.Verified)}
	case u.Scheduled == nil:
		return []string{"not scheduled yet: the schedule transaction needs its signatures first"}
	}
	eta := u.Scheduled.ETA
	head := s.Head.Time
	if in.Status != nil && in.Status.HeadTime.After(head) {
		head = in.Status.HeadTime
	}
	line := fmt.Sprintf("scheduled in block %d · ETA %s UTC", u.Scheduled.Block, eta.UTC().Format(time.TimeOnly))
	if left := eta.Sub(head); left > 0 {
		return []string{line, fmt.Sprintf("waiting: %s to go by block time (head block %d at %s UTC)", left.Round(time.Second), s.Head.Number, head.UTC().Format(time.TimeOnly))}
	}
	return []string{line, "ready: the delay has passed; the execute transaction can be sent"}
}

// exposureLine is the value at risk if the protocol were unpaused before
// the fix executes: the watched contracts' value times the time left.
func exposureLine(s *session.State, u *session.Upgrade, in BoardInput) string {
	if u.Verified != 0 || s.PausedBlock == 0 {
		return ""
	}
	held := new(big.Int)
	for _, c := range s.Protocol.Contracts {
		if c.Pausable && c.Balance != nil {
			held.Add(held, c.Balance)
		}
	}
	left := "until the fix is scheduled, the delay passes and it executes"
	if u.Scheduled != nil {
		if d := u.Scheduled.ETA.Sub(s.Head.Time); d > 0 {
			left = fmt.Sprintf("for at least %s more (the timelock's delay)", d.Round(time.Second))
		} else {
			left = "until the execute transaction is mined"
		}
	}
	return fmt.Sprintf("Exposure if unpaused now: %s held by the paused contracts is at risk %s; keep it paused.", chain.FormatEther(held, 3)+" ETH", left)
}

// ownerLines are the Safe's owners and where each stands on one route
// transaction: signed off chain, approved on chain, or missing.
func ownerLines(st *themes.Styles, s *session.State, u *session.Upgrade, route string, in BoardInput, width int) []string {
	var owners []common.Address
	if s.Protocol.Safe != nil {
		owners = s.Protocol.Safe.Owners
	}
	seen := map[common.Address]bool{}
	var out []string
	line := func(owner common.Address) {
		seen[owner] = true
		name := ""
		if owner == in.Me {
			name = " (you)"
		}
		nested := -1
		for i, n := range in.Nested {
			if n.Address == owner {
				name, nested = " "+n.Name+" (a nested Safe)", i
			}
		}
		a, ok := u.SignedBy(route, owner)
		switch {
		case ok && a.Form == "approved_hash":
			where := "approved on chain"
			if a.Block != 0 {
				where += fmt.Sprintf(" in block %d, tx %s", a.Block, chain.ShortHash(a.TxHash))
			}
			if !a.At.IsZero() {
				where += " · " + a.At.UTC().Format(time.TimeOnly) + " UTC"
			}
			out = append(out, Truncate(st.Done.Render("✓ ")+owner.Hex()+st.Muted.Render(name)+"  "+st.Done.Render(where), width-4))
		case ok:
			how := fmt.Sprintf("signed off chain (%s) · %s", a.Form, a.Source)
			if a.By != "" && a.By != "responder" {
				how += " · " + a.By
			}
			if !a.At.IsZero() {
				how += " · " + a.At.UTC().Format(time.TimeOnly) + " UTC"
			}
			out = append(out, Truncate(st.Done.Render("✓ ")+owner.Hex()+st.Muted.Render(name)+"  "+st.Done.Render(how), width-4))
			for _, w := range a.Warnings {
				out = append(out, "    "+st.High.Render("⚠ "+w))
			}
		default:
			out = append(out, Truncate(st.Muted.Render("· ")+owner.Hex()+st.Muted.Render(name+"  missing"), width-4))
		}
		if nested >= 0 && !ok {
			out = append(out, nestedLines(st, u, route, in, nested, width)...)
		}
	}
	for _, o := range owners {
		line(o)
	}
	// Signers the last protocol reading did not list (the owners changed).
	for _, a := range u.Signed(route) {
		if !seen[a.Signer] {
			line(a.Signer)
		}
	}
	return out
}

// nestedLines show the second level for a nested owner Safe that has not
// approved yet: the Safe transaction its own owners sign (approveHash of
// the parent's safeTxHash), with its hashes and its threshold.
func nestedLines(st *themes.Styles, u *session.Upgrade, route string, in BoardInput, i, width int) []string {
	n := in.Nested[i]
	if in.Status == nil || i >= len(in.Status.Nested) {
		return []string{"    " + st.Muted.Render(n.Name+" approves through its own Safe transaction: approveHash(safeTxHash) on this Safe")}
	}
	ns := in.Status.Nested[i]
	parent, _ := u.RouteTx(route)
	nonce := ns.Nonce
	if route == session.RouteExecute {
		nonce++ // after its approval of the schedule
	}
	child, err := session.NestedApproval(parent, n.Address, nonce)
	if err != nil {
		return []string{"    " + st.Critical.Render(err.Error())}
	}
	return []string{
		"    " + st.Muted.Render(fmt.Sprintf("└ %s's own Safe transaction: approveHash(%s) on this Safe, nonce %d, %d of %d of its owners to sign",
			n.Name, chain.ShortHash(parent.SafeTxHash), child.Nonce, ns.Threshold, ns.Owners)),
		"      " + st.Label.Render("safeTxHash ") + st.DialogHashHighlight.Render(child.SafeTxHash.Hex()),
		"      " + st.Label.Render("domain     ") + st.DialogHashHighlight.Render(child.DomainHash.Hex()),
		"      " + st.Label.Render("message    ") + st.DialogHashHighlight.Render(child.MessageHash.Hex()),
	}
}

// BoardNext is the board's fixed line: what the responder can do next.
func BoardNext(st *themes.Styles, k *KeyMap, s *session.State, u *session.Upgrade, me common.Address) string {
	step := session.NextRouteStep(s, u.ID)
	switch {
	case u.Verified != 0:
		if s.Steps[session.StepUnpaused-1].Done {
			return st.Done.Render("✓ fix verified and the protocol unpaused; monitoring continues")
		}
		return st.Done.Render("✓ fix verified on chain") + " · next: " + keyName(k.Unpause) + " unpauses (confirm dialog)"
	case step == "":
		return "both Safe transactions executed; waiting for the watcher to read the new implementation"
	case u.AtThreshold(step):
		return st.Done.Render("✓ "+step+" has its signatures") + " · next: " + keyName(k.Execute) + " executes it (confirm dialog)"
	}
	parts := []string{}
	if me != (common.Address{}) {
		if _, ok := u.SignedBy(step, me); !ok {
			parts = append(parts, keyName(k.Sign)+" signs both as your owner key "+chain.ShortAddr(me))
		}
	}
	parts = append(parts, keyName(k.Paste)+" pastes a cosigner's signature", keyName(k.Export)+" exports both for cosigners")
	return "waiting for signatures · " + strings.Join(parts, " · ")
}
