// Package report writes the post-mortem of a recorded session: Markdown that
// follows the SEAL 911 war-room record (summary, timeline, transactions,
// addresses, actions, approvals, checklist, notes, drill score), built from
// the journal's events alone and ending with the journal's head hash and
// event count, so the report can be tied to the record.
package report

import (
	"encoding/json"
	"fmt"
	"math/big"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"warroom/chain"
	"warroom/session"
)

// Options configure a report.
type Options struct {
	// Name is how the journal is named in the report (a file name).
	Name string
}

// point is the protocol's value at one block.
type point struct {
	block uint64
	value *big.Int
}

// facts is what a walk through the events finds beyond the final state.
type facts struct {
	final       session.State
	firstAlert  *session.Event
	firstAttack *session.AlertEntry // the first high or critical alert that moved value
	attackAt    time.Time           // when it was recorded
	pausedAt    time.Time
	verifiedAt  time.Time
	values      []point
	valueAtStop *big.Int // the value held when the protocol was paused
	timeline    []row
	blockSeen   map[uint64]time.Time // when the watcher's block event was journaled (the last segment's)
	detectedIn  time.Duration        // from the attack block's event to its alert
	approvals   []approvalRow
	scores      []session.Event
	resumes     int
}

type row struct {
	at    time.Time
	block uint64
	what  string
}

// approvalRow is the part of approval.added a report shows. It is read
// with its own type, so a journal from another version still reports.
type approvalRow struct {
	at         time.Time
	Upgrade    string         `json:"upgrade"`
	Route      string         `json:"route"`
	Safe       common.Address `json:"safe"`
	SafeTxHash common.Hash    `json:"safeTxHash"`
	Signer     common.Address `json:"signer"`
	Form       string         `json:"form"`
	Source     string         `json:"source"`
	By         string         `json:"by"`
	Via        string         `json:"via"`
	TxHash     common.Hash    `json:"tx"`
	Block      uint64         `json:"block"`
	rejected   string
}

// Build writes the report of the events of v (a verified journal).
func Build(v *session.Verification, opts Options) (string, error) {
	if len(v.Events) == 0 {
		return "", fmt.Errorf("journal %s holds no event that verifies: there is nothing to report", v.Name)
	}
	if opts.Name == "" {
		opts.Name = filepath.Base(v.Name)
	}
	f := walk(v.Events)
	var b strings.Builder
	w := func(format string, a ...any) { fmt.Fprintf(&b, format, a...) }
	st := &f.final

	title := st.Started.Mode
	if st.Started.Scenario != "" {
		title += " " + st.Started.Scenario
	}
	w("# Post-mortem: %s, %s\n\n", title, st.Start.UTC().Format("2006-01-02 15:04 UTC"))
	w("War-room record (SEAL 911) written by warroom from the journal `%s`: %d events, every one verified.\n", opts.Name, len(v.Events))
	if err := v.Err(); err != nil {
		w("\n> **The journal does not verify to its end.** This report covers the %d events before the break: %s\n", len(v.Events), oneLine(err.Error()))
	}
	if !v.Ended() {
		w("\n> The journal ends without `session.ended`: the session crashed or was stopped; the record ends at its last event.\n")
	}
	if f.resumes > 0 {
		w("\n> The session was resumed %d time(s) on a new chain: block numbers start again in each segment (see the timeline).\n", f.resumes)
	}

	writeSummary(w, &f)
	writeChart(w, &f)
	writeTimeline(w, &f)
	writeTransactions(w, &f)
	writeAddresses(w, &f)
	writeActions(w, &f)
	writeApprovals(w, &f)
	writeChecklist(w, &f)
	writeNotes(w, &f)
	writeScore(w, &f)

	w("\n## The record\n\n")
	last := v.Events[len(v.Events)-1]
	w("- journal: `%s`\n- events: %d (the last is %s, seq %d)\n- head hash: `%s`\n\n", opts.Name, len(v.Events), last.Kind, last.Seq, last.Hash)
	w("Check that a journal is this record: `warroom journal verify %s --head %s`\n", opts.Name, last.Hash)
	return b.String(), nil
}

func oneLine(s string) string { return strings.ReplaceAll(s, "\n", " ") }

// walk reduces every event, noting the moments the report measures.
func walk(events []session.Event) facts {
	f := facts{blockSeen: map[uint64]time.Time{}}
	var st session.State
	for i := range events {
		ev := &events[i]
		before := st
		st = session.Reduce(st, *ev)
		block := st.Head.Number
		add := func(what string, blk uint64) {
			if blk == 0 {
				blk = block
			}
			f.timeline = append(f.timeline, row{at: ev.Time, block: blk, what: what})
		}
		if len(st.Unknown) > len(before.Unknown) {
			// A kind this version does not know, or a known kind whose data
			// it cannot read (a newer version's): kept in the state, listed.
			add(fmt.Sprintf("event %d of kind `%s`, not readable by this version (as a newer version writes it); kept in the record", ev.Seq, ev.Kind), 0)
			continue
		}
		switch ev.Kind {
		case session.KindSessionStarted:
			add(fmt.Sprintf("session started: %s on the %s chain (id %d), watching %s", st.Started.Mode, st.Started.Chain, st.Started.ChainID, watchedNames(st.Started.Watched)), st.Started.From)
		case session.KindBlock:
			f.blockSeen[st.Head.Number] = ev.Time
		case session.KindSessionResumed:
			f.resumes++
			f.blockSeen = map[uint64]time.Time{}
			add(fmt.Sprintf("**session resumed on a new chain** (segment %d, after event %d)", len(st.Segments)+1, st.Segments[len(st.Segments)-1].After), st.Started.From)
		case session.KindAlert:
			if len(st.Alerts) > len(before.Alerts) {
				a := &st.Alerts[len(st.Alerts)-1]
				if f.firstAlert == nil {
					f.firstAlert = ev
				}
				if f.firstAttack == nil && a.Drain() {
					f.firstAttack, f.attackAt = a, ev.Time
					if seen, ok := f.blockSeen[a.Block]; ok {
						f.detectedIn = ev.Time.Sub(seen)
					}
				}
				if a.Severity >= chain.High || len(before.Alerts) == 0 {
					add(alertLine(a), a.Block)
				}
			}
		case session.KindProtocolState:
			f.values = append(f.values, point{block: st.Protocol.Block, value: protocolValue(&st)})
			if before.PausedBlock == 0 && st.PausedBlock != 0 {
				f.pausedAt = ev.Time
				f.valueAtStop = protocolValue(&st)
				add(fmt.Sprintf("**protocol paused**: every pausable contract reads paused() at block %d", st.PausedBlock), st.PausedBlock)
			}
		case session.KindActionRequested, session.KindActionSubmitted, session.KindActionConfirmed, session.KindActionFailed, session.KindActionSpeedUp:
			add(actionLine(ev, &st), 0)
		case session.KindApprovalAdded, session.KindApprovalRejected:
			var a approvalRow
			if json.Unmarshal(ev.Data, &a) == nil {
				a.at = ev.Time
				if ev.Kind == session.KindApprovalRejected {
					var r struct {
						Reason string `json:"reason"`
					}
					_ = json.Unmarshal(ev.Data, &r)
					a.rejected = r.Reason
					if a.rejected == "" {
						a.rejected = "rejected"
					}
					add(fmt.Sprintf("signature of %s refused: %s", a.Signer.Hex(), a.rejected), a.Block)
				} else {
					add(fmt.Sprintf("approval by %s (%s, %s)", a.Signer.Hex(), a.Route, a.Form), a.Block)
				}
				f.approvals = append(f.approvals, a)
			}
		case session.KindUpgradeComposed:
			add("fix upgrade composed", 0)
		case session.KindLayoutChecked:
			add("storage layout checked", 0)
		case session.KindShadowResult:
			add("shadow test run", 0)
		case session.KindChecklistTicked:
			var t session.Ticked
			if json.Unmarshal(ev.Data, &t) == nil && t.Step >= 1 && t.Step <= session.NumSteps {
				verb := "ticked"
				if !t.Done {
					verb = "unticked"
				}
				add(fmt.Sprintf("checklist step %d %s by %s: %s", t.Step, verb, byOr(t.By), session.StepTitles[t.Step-1]), 0)
			}
		case session.KindNote:
			var n session.Note
			if json.Unmarshal(ev.Data, &n) == nil {
				add(fmt.Sprintf("note by %s: %s", byOr(n.By), mdEscape(n.Text)), 0)
			}
		case session.KindWarning:
			var wn session.Warning
			if json.Unmarshal(ev.Data, &wn) == nil {
				add(fmt.Sprintf("warning (%s): %s", wn.Source, mdEscape(wn.Message)), 0)
			}
		case session.KindDrillScored:
			f.scores = append(f.scores, *ev)
			add("drill scored", 0)
		case session.KindSessionEnded:
			add("session ended: "+mdEscape(st.Ended.Reason), 0)
		}
		if f.verifiedAt.IsZero() {
			for _, u := range st.Upgrades {
				if u.Verified != 0 {
					f.verifiedAt = ev.Time
					add(fmt.Sprintf("**upgrade verified**: the proxy runs the new implementation at block %d", u.Verified), u.Verified)
					break
				}
			}
		}
	}
	f.final = st
	return f
}

func byOr(by string) string {
	if by == "" {
		return "responder"
	}
	return by
}

func watchedNames(ws []chain.Watched) string {
	var names []string
	for _, w := range ws {
		names = append(names, w.Name)
	}
	if len(names) == 0 {
		return "nothing"
	}
	return strings.Join(names, ", ")
}

// protocolValue is what the protocol's contracts hold (role protocol, or
// pausable ones when roles are not recorded).
func protocolValue(st *session.State) *big.Int {
	sum := new(big.Int)
	roles := map[common.Address]string{}
	for _, w := range st.Started.Watched {
		roles[w.Address] = w.Role
	}
	for _, c := range st.Protocol.Contracts {
		if c.Balance == nil {
			continue
		}
		if r := roles[c.Address]; r == chain.RoleProtocol || (r == "" && c.Pausable) {
			sum.Add(sum, c.Balance)
		}
	}
	return sum
}

func alertLine(a *session.AlertEntry) string {
	target := a.ContractName
	if a.Method != "" {
		target += "." + a.Method
	}
	s := fmt.Sprintf("%s %s alert: tx `%s` %s", strings.ToUpper(a.Severity.String()), a.Rule, short(a.TxHash.Hex()), target)
	if a.Rule == chain.RulePreAttack {
		s += ": " + a.Reason
	}
	if a.Reverted {
		return s + " (reverted attempt)"
	}
	if a.Outflow != nil && a.Outflow.Sign() > 0 {
		s += ", " + chain.FormatEther(a.Outflow, 3) + " out"
	}
	return s
}

func actionLine(ev *session.Event, st *session.State) string {
	var id struct {
		ID    string `json:"id"`
		Error string `json:"error"`
	}
	_ = json.Unmarshal(ev.Data, &id)
	a, _ := st.Action(id.ID)
	name := a.Action
	if a.Auto {
		name += " (circuit breaker)"
	}
	switch ev.Kind {
	case session.KindActionRequested:
		return fmt.Sprintf("action %s requested: %s, %d transaction(s)", id.ID, name, len(a.Txs))
	case session.KindActionSubmitted:
		var sub session.ActionSubmitted
		if json.Unmarshal(ev.Data, &sub) == nil && sub.Replaces != (common.Hash{}) {
			return fmt.Sprintf("action %s sped up: tx `%s` sent in place of `%s` (same nonce, higher fee)", id.ID, short(sub.TxHash.Hex()), short(sub.Replaces.Hex()))
		}
		return fmt.Sprintf("action %s sent: tx `%s`", id.ID, short(a.TxHash.Hex()))
	case session.KindActionSpeedUp:
		var su session.ActionReplacement
		_ = json.Unmarshal(ev.Data, &su)
		by := "by the responder"
		if su.Auto {
			by = "by the circuit breaker"
		}
		return fmt.Sprintf("action %s: speed-up %s decided %s, %d replacement(s)", id.ID, su.SpeedUp, by, len(su.Txs))
	case session.KindActionConfirmed:
		return fmt.Sprintf("action %s mined: tx `%s` in block %d", id.ID, short(a.TxHash.Hex()), a.Block)
	}
	return fmt.Sprintf("action %s failed: %s", id.ID, mdEscape(id.Error))
}

func short(h string) string {
	if len(h) > 18 {
		return h[:10] + "…" + h[len(h)-6:]
	}
	return h
}

// mdEscape keeps text from breaking a table row or starting markup.
func mdEscape(s string) string {
	s = strings.ReplaceAll(s, "\n", " ")
	s = strings.ReplaceAll(s, "|", `\|`)
	return s
}

func clock(d time.Duration) string {
	if d < 0 {
		return "−" + clock(-d)
	}
	d = d.Truncate(time.Second) // as the clock columns beside it read
	h, m, s := int(d.Hours()), int(d.Minutes())%60, int(d.Seconds())%60
	if h > 0 {
		return fmt.Sprintf("%d:%02d:%02d", h, m, s)
	}
	return fmt.Sprintf("%02d:%02d", m, s)
}

func writeSummary(w func(string, ...any), f *facts) {
	st := &f.final
	w("\n## Summary\n\n| | |\n| --- | --- |\n")
	var protocol []string
	for _, ws := range st.Started.Watched {
		protocol = append(protocol, fmt.Sprintf("%s `%s`", ws.Name, ws.Address.Hex()))
	}
	w("| protocol | %s |\n", strings.Join(protocol, ", "))
	w("| chain | %s, chain id %d, from block %d |\n", st.Started.Chain, st.Started.ChainID, st.Started.From)
	w("| session start | %s |\n", st.Start.UTC().Format("2006-01-02 15:04:05 UTC"))
	w("| session end | %s (%s long) |\n", st.Now.UTC().Format("2006-01-02 15:04:05 UTC"), clock(st.Now.Sub(st.Start)))
	if f.firstAlert != nil {
		a := &st.Alerts[0]
		w("| first alert | %s, block %d: %s |\n", f.firstAlert.Time.UTC().Format("15:04:05 UTC"), a.Block, alertLine(a))
	} else {
		w("| first alert | none |\n")
	}
	if f.firstAttack != nil {
		// Detection is measured from the attack's block to its alert in the
		// journal; pause and fix from the first attack's alert.
		w("| first attack | block %d, tx `%s`, %s out |\n", f.firstAttack.Block, f.firstAttack.TxHash.Hex(), chain.FormatEther(f.firstAttack.Outflow, 3))
		if a := &st.Alerts[0]; a.Block < f.firstAttack.Block {
			w("| time to detection | before the attack: %s alert at block %d, %d blocks (%s) before the first attack |\n",
				a.Rule, a.Block, f.firstAttack.Block-a.Block, clock(f.attackAt.Sub(f.firstAlert.Time)))
		} else {
			w("| time to detection | in the attack's own block, %d: alerted %s after the block was recorded |\n", f.firstAttack.Block, f.detectedIn.Round(10*time.Microsecond))
		}
	}
	switch {
	case !f.pausedAt.IsZero() && f.firstAttack != nil:
		w("| time to pause | %s after the first attack's alert (paused at block %d) |\n", clock(f.pausedAt.Sub(f.attackAt)), st.PausedBlock)
	case !f.pausedAt.IsZero():
		w("| time to pause | paused at block %d, %s into the session |\n", st.PausedBlock, clock(f.pausedAt.Sub(st.Start)))
	default:
		w("| time to pause | never paused |\n")
	}
	if !f.verifiedAt.IsZero() && f.firstAttack != nil {
		w("| time to verified fix | %s after the first attack's alert |\n", clock(f.verifiedAt.Sub(f.attackAt)))
	} else if !f.verifiedAt.IsZero() {
		w("| time to verified fix | %s into the session |\n", clock(f.verifiedAt.Sub(st.Start)))
	} else {
		w("| time to verified fix | no fix verified on chain |\n")
	}
	drained := st.TotalDrained()
	held := protocolValue(st)
	w("| value drained | %s in %d transaction(s) |\n", chain.FormatEther(drained, 3), len(st.Drains))
	w("| value still held | %s |\n", chain.FormatEther(held, 3))
	rate, perBlock := drainRate(f)
	if rate != nil {
		w("| drain rate | %s/min (%s a block) while the attack ran |\n", chain.FormatEther(rate, 3), chain.FormatEther(perBlock, 3))
	}
	w("| value saved | %s |\n", saved(f, perBlock))
	w("| alerts | %s |\n", alertCounts(st.Alerts))
}

// drainRate is the value drained per minute and per block between the first
// drain and the pause (or the last drain): nil when nothing was drained.
func drainRate(f *facts) (perMin, perBlock *big.Int) {
	d := f.final.Drains
	if len(d) == 0 {
		return nil, nil
	}
	total := f.final.TotalDrained()
	first, last := d[0], d[len(d)-1]
	end, endBlock := last.Time, last.Block
	if !f.pausedAt.IsZero() && f.final.PausedBlock >= first.Block {
		end, endBlock = f.pausedAt, f.final.PausedBlock
	}
	blocks := max(1, int64(endBlock-first.Block)+1)
	span := end.Sub(first.Time)
	if bt := time.Duration(f.final.Started.BlockTime); span < bt {
		span = bt
	}
	if span <= 0 {
		span = time.Minute
	}
	perMin = new(big.Int).Div(new(big.Int).Mul(total, big.NewInt(int64(time.Minute))), big.NewInt(int64(span)))
	perBlock = new(big.Int).Div(total, big.NewInt(blocks))
	if bt := time.Duration(f.final.Started.BlockTime); bt > 0 {
		// On a chain with a known block period, per block is the measure.
		perMin = new(big.Int).Div(new(big.Int).Mul(perBlock, big.NewInt(int64(time.Minute))), big.NewInt(int64(bt)))
	}
	return perMin, perBlock
}

// saved compares with an unpaused run at the same drain rate: it would have
// taken everything that was left when the protocol was paused.
func saved(f *facts, perBlock *big.Int) string {
	if f.pausedAt.IsZero() {
		return "nothing: the protocol was never paused, so what is left stays at risk"
	}
	left := f.valueAtStop
	if left == nil || left.Sign() == 0 {
		return "nothing: the protocol was empty when it was paused"
	}
	s := chain.FormatEther(left, 3) + ", all that was left when it was paused"
	if perBlock != nil && perBlock.Sign() > 0 {
		blocks := new(big.Int).Div(new(big.Int).Add(left, new(big.Int).Sub(perBlock, big.NewInt(1))), perBlock)
		s += fmt.Sprintf("; at the same drain rate an unpaused protocol would have been empty about %s blocks later", blocks)
		if bt := time.Duration(f.final.Started.BlockTime); bt > 0 && blocks.IsInt64() {
			s += fmt.Sprintf(" (%s)", clock(time.Duration(blocks.Int64())*bt))
		}
	}
	return s
}

func alertCounts(alerts []session.AlertEntry) string {
	if len(alerts) == 0 {
		return "none"
	}
	counts := map[chain.Severity]int{}
	reverted := 0
	for _, a := range alerts {
		counts[a.Severity]++
		if a.Reverted {
			reverted++
		}
	}
	var parts []string
	for _, s := range []chain.Severity{chain.Critical, chain.High, chain.Medium, chain.Low, chain.Info} {
		if counts[s] > 0 {
			parts = append(parts, fmt.Sprintf("%d %s", counts[s], s))
		}
	}
	out := fmt.Sprintf("%d (%s)", len(alerts), strings.Join(parts, ", "))
	if reverted > 0 {
		out += fmt.Sprintf(", %d of them reverted attempts", reverted)
	}
	return out
}

func writeTimeline(w func(string, ...any), f *facts) {
	st := &f.final
	w("\n## Timeline (UTC)\n\n")
	w("Alerts of high and critical severity, actions, approvals, checklist ticks, notes and warnings; every block is in the journal.\n\n")
	w("| time | since start | block | what |\n| --- | --- | ---: | --- |\n")
	for _, r := range f.timeline {
		blk := "—"
		if r.block != 0 {
			blk = fmt.Sprint(r.block)
		}
		w("| %s | +%s | %s | %s |\n", r.at.UTC().Format("15:04:05"), clock(r.at.Sub(st.Start)), blk, r.what)
	}
}

func writeTransactions(w func(string, ...any), f *facts) {
	st := &f.final
	w("\n## Transactions\n\n")
	w("| kind | block | transaction | from → to | call | value | outcome |\n| --- | ---: | --- | --- | --- | ---: | --- |\n")
	n := 0
	ours := map[common.Hash]bool{}
	for _, a := range st.Actions {
		for _, p := range a.Txs {
			ours[p.Hash] = true
		}
	}
	for i := range st.Alerts {
		a := &st.Alerts[i]
		if ours[a.TxHash] {
			continue // listed below as the response
		}
		kind := ""
		switch {
		case a.Drain():
			kind = "attack"
		case a.Reverted && a.Severity >= chain.High:
			kind = "attack attempt"
		case a.Rule == chain.RulePrivileged:
			kind = "governance"
		default:
			continue
		}
		to := "—"
		if a.To != nil {
			to = "`" + a.To.Hex() + "`"
		}
		outcome := "succeeded"
		if a.Reverted {
			outcome = "reverted"
		}
		w("| %s | %d | `%s` | `%s` → %s | %s.%s | %s | %s |\n", kind, a.Block, a.TxHash.Hex(), a.From.Hex(), to, a.ContractName, a.Method, chain.FormatEther(a.Outflow, 3), outcome)
		n++
	}
	for _, a := range st.Actions {
		for _, p := range a.Txs {
			outcome := string(a.Status)
			if a.Error != "" {
				outcome += ": " + mdEscape(a.Error)
			}
			call := p.Call.Signature
			if call == "" {
				call = p.ContractName
			}
			w("| response (%s) | %s | `%s` | `%s` → `%s` | %s | %s | %s |\n", a.ID, blockOr(a.Block), p.Hash.Hex(), p.Signer.Hex(), p.To.Hex(), mdEscape(call), chain.FormatEther(p.Value, 3), outcome)
			n++
		}
	}
	for _, a := range f.approvals {
		if a.TxHash != (common.Hash{}) {
			w("| governance (approval) | %s | `%s` | `%s` → `%s` | approveHash | — | approved |\n", blockOr(a.Block), a.TxHash.Hex(), a.Signer.Hex(), a.Safe.Hex())
			n++
		}
	}
	if n == 0 {
		w("| — | | | | | | no attack, response or governance transaction recorded |\n")
	}
}

func blockOr(b uint64) string {
	if b == 0 {
		return "—"
	}
	return fmt.Sprint(b)
}

func writeAddresses(w func(string, ...any), f *facts) {
	st := &f.final
	w("\n## Affected addresses\n\n| address | what | status |\n| --- | --- | --- |\n")
	drainedFrom := map[common.Address]*big.Int{}
	attackers := map[common.Address]string{}
	var order []common.Address
	for i := range st.Alerts {
		a := &st.Alerts[i]
		if a.Drain() {
			if drainedFrom[a.Contract] == nil {
				drainedFrom[a.Contract] = new(big.Int)
			}
			drainedFrom[a.Contract].Add(drainedFrom[a.Contract], a.Outflow)
		}
		if a.Severity >= chain.High && a.Rule != chain.RulePrivileged {
			for _, addr := range []*common.Address{&a.From, a.To} {
				if addr != nil && attackers[*addr] == "" {
					attackers[*addr] = "attacker (sent or received attack transactions)"
					order = append(order, *addr)
				}
			}
		}
	}
	for _, ws := range st.Started.Watched {
		var cs *chain.ContractState
		for i := range st.Protocol.Contracts {
			if st.Protocol.Contracts[i].Address == ws.Address {
				cs = &st.Protocol.Contracts[i]
			}
		}
		var status []string
		if d := drainedFrom[ws.Address]; d != nil {
			status = append(status, "impacted: "+chain.FormatEther(d, 3)+" drained")
		}
		switch {
		case cs != nil && cs.Paused:
			status = append(status, "paused")
			if cs.Balance != nil && cs.Balance.Sign() > 0 {
				status = append(status, "saved: "+chain.FormatEther(cs.Balance, 3)+" held")
			}
		case cs != nil && cs.Pausable && cs.Balance != nil && cs.Balance.Sign() > 0:
			status = append(status, "at risk: "+chain.FormatEther(cs.Balance, 3)+" held, not paused")
		case cs != nil && cs.Balance != nil:
			status = append(status, "holds "+chain.FormatEther(cs.Balance, 3))
		}
		if len(status) == 0 {
			status = append(status, "watched")
		}
		role := ws.Role
		if role == "" {
			role = "watched"
		}
		w("| `%s` | %s (%s) | %s |\n", ws.Address.Hex(), ws.Name, role, strings.Join(status, "; "))
	}
	for _, a := range order {
		w("| `%s` | %s | — |\n", a.Hex(), attackers[a])
	}
}

func writeActions(w func(string, ...any), f *facts) {
	st := &f.final
	w("\n## Actions\n\n")
	if len(st.Actions) == 0 {
		w("No action was taken.\n")
		return
	}
	w("| action | what | asked by | requested | transaction | block | outcome |\n| --- | --- | --- | --- | --- | ---: | --- |\n")
	for _, a := range st.Actions {
		who := "responder"
		if a.Auto {
			who = "circuit breaker"
		}
		outcome := string(a.Status)
		if a.Error != "" {
			outcome += ": " + mdEscape(a.Error)
		}
		tx := "—"
		if a.TxHash != (common.Hash{}) {
			tx = "`" + a.TxHash.Hex() + "`"
		}
		w("| %s | %s | %s | %s (+%s) | %s | %s | %s |\n", a.ID, a.Action, who, a.Requested.UTC().Format("15:04:05"), clock(a.Requested.Sub(st.Start)), tx, blockOr(a.Block), outcome)
	}
}

func writeApprovals(w func(string, ...any), f *facts) {
	st := &f.final
	w("\n## Approvals\n\n")
	if len(f.approvals) == 0 {
		w("No cosigner approval was recorded.\n")
		return
	}
	w("| time | upgrade | route | signer | form | Safe transaction | outcome |\n| --- | --- | --- | --- | --- | --- | --- |\n")
	for _, a := range f.approvals {
		signer := "`" + a.Signer.Hex() + "`"
		if a.Via != "" {
			signer += " via " + mdEscape(a.Via)
		}
		outcome := "approved"
		if a.rejected != "" {
			outcome = "refused: " + mdEscape(a.rejected)
		}
		w("| %s (+%s) | %s | %s | %s | %s | `%s` | %s |\n", a.at.UTC().Format("15:04:05"), clock(a.at.Sub(st.Start)), a.Upgrade, a.Route, signer, a.Form, short(a.SafeTxHash.Hex()), outcome)
	}
}

func writeChecklist(w func(string, ...any), f *facts) {
	st := &f.final
	w("\n## Checklist\n\n| | step | when | by | evidence |\n| --- | --- | --- | --- | --- |\n")
	for i, s := range st.Steps {
		box, when, by := "[ ]", "—", "—"
		if s.Done {
			box = "[x]"
			when = fmt.Sprintf("%s (+%s)", s.At.UTC().Format("15:04:05"), clock(s.Since))
			by = "the evidence"
			if s.Manual {
				by = "responder, by hand"
			}
		}
		ev := mdEscape(s.Evidence)
		if s.Note != "" {
			ev = strings.TrimSpace(ev + " — note: " + mdEscape(s.Note))
		}
		if ev == "" {
			ev = "—"
		}
		w("| %s | %d. %s | %s | %s | %s |\n", box, i+1, session.StepTitles[i], when, by, ev)
	}
}

func writeNotes(w func(string, ...any), f *facts) {
	st := &f.final
	w("\n## Notes\n\n")
	if len(st.Notes) == 0 {
		w("No notes were taken.\n")
		return
	}
	for _, n := range st.Notes {
		step := ""
		if n.Step > 0 {
			step = fmt.Sprintf(" (step %d)", n.Step)
		}
		w("- %s (+%s), %s%s: %s\n", n.Time.UTC().Format("15:04:05"), clock(n.Time.Sub(st.Start)), byOr(n.By), step, mdEscape(n.Text))
	}
	if len(st.Warnings) > 0 {
		w("\nWarnings recorded during the session:\n\n")
		for _, wn := range st.Warnings {
			w("- %s (+%s), %s: %s\n", wn.Time.UTC().Format("15:04:05"), clock(wn.Time.Sub(st.Start)), wn.Source, mdEscape(wn.Message))
		}
	}
}

func writeScore(w func(string, ...any), f *facts) {
	if f.final.Started.Mode != "drill" {
		return
	}
	w("\n## Drill score\n\n")
	if len(f.scores) == 0 {
		w("The drill recorded no score. To practise: %s\n", practise(f))
		return
	}
	for _, ev := range f.scores {
		var m map[string]any
		if err := json.Unmarshal(ev.Data, &m); err != nil {
			w("- (a drill.scored event that does not decode: %v)\n", err)
			continue
		}
		keys := make([]string, 0, len(m))
		for k := range m {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			v, _ := json.Marshal(m[k])
			w("- %s: %s\n", k, mdEscape(string(v)))
		}
	}
	w("\nTo practise: %s\n", practise(f))
}

// practise is what the record says to work on next.
func practise(f *facts) string {
	st := &f.final
	var out []string
	if f.pausedAt.IsZero() {
		out = append(out, "pausing: the protocol was never paused")
	} else if f.firstAttack != nil && f.pausedAt.Sub(f.attackAt) > 2*time.Minute {
		out = append(out, fmt.Sprintf("pausing sooner: it took %s after the first attack's alert", clock(f.pausedAt.Sub(f.attackAt))))
	}
	for i, s := range st.Steps {
		if !s.Done && i+1 != session.StepPostMortem {
			out = append(out, fmt.Sprintf("step %d, %s", i+1, strings.ToLower(session.StepTitles[i])))
			if len(out) >= 5 {
				break
			}
		}
	}
	if len(out) == 0 {
		return "every step was done; run the drill again with a shorter block time."
	}
	return strings.Join(out, "; ") + "."
}
