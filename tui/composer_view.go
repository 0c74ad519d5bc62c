package tui

import (
	"fmt"
	"math/big"
	"strconv"
	"strings"

	"github.com/ethereum/go-ethereum/common"

	"warroom/chain"
	"warroom/chain/layout"
	"warroom/chain/shadow"
	"warroom/session"
	"warroom/themes"
)

// The upgrade composer's rendering: pure functions from data to lines.
// Verdicts, severities and outcomes are words and symbols first (✓ PASS,
// ✗ FAIL, ✗ BLOCKER, ⚠ NEEDS OVERRIDE); colour only repeats them.
// Addresses and hashes are shown whole wherever a signer compares them.

// stageState is where a stage of the composer stands.
type stageState int

const (
	stageTodo stageState = iota
	stageCurrent
	stageDone
)

// stepItem is one stage in the step bar and what was chosen in it.
type stepItem struct {
	title string
	value string // what was chosen, for a stage done
	state stageState
}

// StepBar renders the composer's stages on one line:
//
//	✓ 1 proxy: Vault › ✓ 2 implementation: VaultV2 › ▸ 3 initializer › 4 checks › 5 proposal
func StepBar(st *themes.Styles, items []stepItem, width int) string {
	parts := make([]string, len(items))
	for i, it := range items {
		label := strconv.Itoa(i+1) + " " + it.title
		switch it.state {
		case stageDone:
			if it.value != "" {
				label += ": " + Truncate(it.value, 44) // an address whole
			}
			parts[i] = st.Done.Render("✓ ") + st.Text.Render(label)
		case stageCurrent:
			parts[i] = st.Bold.Render("▸ " + label)
		default:
			parts[i] = st.Muted.Render(label)
		}
	}
	return Truncate(strings.Join(parts, st.Muted.Render(" › ")), width)
}

// ProxyChoiceLines lists the watched protocol contracts to upgrade, the
// cursor on one, each with its current implementation (the ERC-1967 slot
// as read at block).
func ProxyChoiceLines(st *themes.Styles, contracts []chain.ContractState, cursor int, block uint64, width int) []string {
	head := "Which proxy gets a new implementation?"
	if block != 0 {
		head += st.Muted.Render(" · the watched protocol contracts, as read at block " + strconv.FormatUint(block, 10))
	}
	out := []string{st.Bold.Render(head), ""}
	if len(contracts) == 0 {
		return append(out, st.Muted.Render("  no protocol contract has been read yet: the watcher reads them at the next block"))
	}
	for i, c := range contracts {
		mark := "  "
		nameSt := st.Text
		if i == cursor {
			mark, nameSt = "▸ ", st.Bold
		}
		line := mark + nameSt.Render(c.Name) + "  " + c.Address.Hex()
		if c.Pausable {
			if c.Paused {
				line += "  " + st.Paused.Render("■ PAUSED")
			} else {
				line += "  " + st.Live.Render("● live")
			}
		}
		out = append(out, Truncate(line, width))
		impl := "implementation " + c.Implementation.Hex() + " (its ERC-1967 slot)"
		if c.Implementation == (common.Address{}) {
			impl = "✗ its ERC-1967 implementation slot is empty: not an upgradeable proxy"
		}
		out = append(out, "    "+st.Muted.Render(Truncate(impl, width-4)))
	}
	return out
}

// ImplChoiceLines lists the new implementations to choose from: the
// scenario's built-ins (by artifact name and what they say of themselves,
// which is not a verdict), an artifact file, or a deployed address.
func ImplChoiceLines(st *themes.Styles, proxy string, current common.Address, fixes []session.Fix, cursor int, width int) []string {
	head := "Which implementation should " + proxy + " run?"
	if current != (common.Address{}) {
		head += st.Muted.Render(" · it runs " + current.Hex() + " now")
	}
	out := []string{st.Bold.Render(head), ""}
	type choice struct{ name, about string }
	choices := make([]choice, 0, len(fixes)+2)
	for _, f := range fixes {
		choices = append(choices, choice{f.Artifact, "built-in · " + f.About})
	}
	choices = append(choices,
		choice{"an artifact file…", "a Foundry (out/X.sol/X.json) or Hardhat (artifacts/…/X.json) artifact, with its storage layout"},
		choice{"a deployed address…", "an implementation already on chain, and the artifact it was compiled from"})
	nameW := 0
	for _, c := range choices {
		nameW = max(nameW, Width(c.name))
	}
	for i, c := range choices {
		mark, nameSt := "  ", st.Text
		if i == cursor {
			mark, nameSt = "▸ ", st.Bold
		}
		prefix := mark + PadRight(c.name, nameW) + "  "
		for j, l := range Wrap(c.about, width-Width(prefix), 0) {
			if j == 0 {
				out = append(out, mark+nameSt.Render(PadRight(c.name, nameW))+"  "+st.Muted.Render(l))
			} else {
				out = append(out, strings.Repeat(" ", Width(prefix))+st.Muted.Render(l))
			}
		}
		if i == len(fixes)-1 {
			out = append(out, "")
		}
	}
	return out
}

// inputExplanation says what a typing step wants.
func inputExplanation(s composerStep, kind implKind, address string) string {
	switch s {
	case stepAddress:
		return "The address of the implementation already deployed. Its storage layout comes from the artifact file you name next, and its code must match that artifact."
	case stepArtifact:
		what := "the new implementation"
		if kind == implAddress {
			what = "the implementation at " + strings.TrimSpace(address)
		}
		return "The artifact file of " + what + ": a Foundry artifact (out/X.sol/X.json) or a Hardhat one (artifacts/contracts/X.sol/X.json). " +
			"It must carry the storage layout: Foundry writes it with --extra-output storageLayout (and the AST, for namespaces and annotations, with --ast); Hardhat with storageLayout in outputSelection."
	case stepInit:
		return "The initializer upgradeToAndCall runs, as a signature and its arguments: initializeV2(uint256) 42. Leave it empty for none: the upgrade then only switches the implementation."
	}
	return ""
}

// inputPlaceholder is what an empty input shows.
func inputPlaceholder(s composerStep) string {
	switch s {
	case stepAddress:
		return "0x and 40 hex digits"
	case stepArtifact:
		return "out/VaultV2.sol/VaultV2.json"
	case stepInit:
		return "empty for none, or initializeV2(uint256) 42"
	}
	return ""
}

func wrapMuted(st *themes.Styles, text string, width int) []string {
	var out []string
	for _, l := range Wrap(text, width, 0) {
		out = append(out, st.Muted.Render(l))
	}
	return out
}

// AddressProblem is the one sentence for something typed as an address
// that is not one.
func AddressProblem(v string) string {
	if v == "" {
		return "type the implementation's address: 0x and 40 hex digits"
	}
	return fmt.Sprintf("%q is not an address: want 0x and 40 hex digits", v)
}

// CheckSummary is a checked upgrade's verdicts on one line, for the
// status bar.
func CheckSummary(c *session.UpgradeCheck) string {
	layoutV := "layout " + string(c.Layout.Verdict)
	shadowV := "shadow test failed"
	switch {
	case c.Shadow.Unavailable != "":
		shadowV = "shadow test not run"
	case c.Shadow.Pass:
		shadowV = "shadow test passed"
	}
	s := c.ID + " checked (journaled): " + layoutV + ", " + shadowV
	if n := len(c.Blocked()); n > 0 {
		s += ", " + plural(n, "blocker", "blockers")
	} else if n := len(c.Missing(nil)); n > 0 {
		s += ", " + plural(n, "issue needs an override", "issues need an override")
	}
	return s
}

// IssueTag marks an issue by what it stops, in words: a blocker, one
// that needs an override, one overridden.
func IssueTag(level session.IssueLevel, overridden bool) string {
	switch {
	case level == session.Blocker:
		return "✗ BLOCKER"
	case overridden:
		return "✓ OVERRIDDEN"
	}
	return "⚠ NEEDS OVERRIDE"
}

func issueStyle(st *themes.Styles, level session.IssueLevel, overridden bool) func(...string) string {
	switch {
	case level == session.Blocker:
		return st.Critical.Render
	case overridden:
		return st.Done.Render
	}
	return st.Medium.Render
}

// verdictTag is a check's verdict in words: "✓ SAFE", "✗ UNSAFE".
func verdictTag(st *themes.Styles, ok bool, yes, no string) string {
	if ok {
		return st.Done.Render("✓ " + yes)
	}
	return st.Critical.Render("✗ " + no)
}

// CheckLines renders every verdict of a checked upgrade with its reasons,
// for a box width columns wide: what is checked, the storage layout, the
// bytecode, the shadow test (and the rollback's), the state diff of the
// upgrade call, and the issues, the one being overridden marked.
func CheckLines(st *themes.Styles, c *session.UpgradeCheck, reasons map[string]string, editing string, width int) []string {
	var out []string
	add := func(l ...string) { out = append(out, l...) }
	const labelW = 13
	field := func(name, value string) {
		for i, l := range Wrap(value, width-2-labelW, 0) {
			lab := strings.Repeat(" ", labelW)
			if i == 0 {
				lab = st.Label.Render(PadRight(name, labelW))
			}
			add("  " + lab + l)
		}
	}
	// hanging wraps text after a prefix, later lines under the text.
	hanging := func(prefix string, prefixW int, text string, render func(...string) string) {
		for i, l := range Wrap(text, width-prefixW, 0) {
			if i == 0 {
				add(prefix + render(l))
			} else {
				add(strings.Repeat(" ", prefixW) + render(l))
			}
		}
	}
	heading := func(title, verdict, detail string) {
		add("", Truncate(st.Bold.Render(title)+"  "+verdict+st.Muted.Render(detail), width))
	}
	issuesOf := func(check string) []session.Issue {
		var is []session.Issue
		for _, i := range c.Issues {
			if i.Check == check {
				is = append(is, i)
			}
		}
		return is
	}
	issueList := func(is []session.Issue, withCheck bool) {
		tagW := Width("⚠ NEEDS OVERRIDE")
		checkW := 0
		if withCheck {
			for _, i := range is {
				checkW = max(checkW, Width(i.Check))
			}
		}
		for _, i := range is {
			reason := reasons[i.Key]
			over := reason != "" && i.Level == session.NeedsOverride
			mark := "  "
			if i.Key == editing {
				mark = "▸ "
			}
			tag := IssueTag(i.Level, over)
			prefix := "  " + mark + issueStyle(st, i.Level, over)(PadRight(tag, tagW)) + "  "
			prefixW := 4 + tagW + 2
			if withCheck {
				prefix += st.Label.Render(PadRight(i.Check, checkW)) + "  "
				prefixW += checkW + 2
			}
			hanging(prefix, prefixW, i.Text, st.Text.Render)
			if over {
				hanging(strings.Repeat(" ", prefixW), prefixW, "reason: "+strconv.Quote(reason), st.Note.Render)
			}
		}
	}

	// What is checked.
	name := "the new implementation"
	if c.Artifact != nil {
		name = c.Artifact.Name
	}
	add(Truncate(st.Bold.Render(name+" for "+c.ProxyName+" "+c.Request.Proxy.Hex())+st.Muted.Render(" · "+c.ID+", recorded as layout.checked and shadow.result"), width))
	field("current", c.Current.Hex())
	newAt := c.New.Hex() + " · not deployed yet: the guardian's next transaction creates it there"
	if c.Deployed {
		newAt = c.New.Hex() + " · deployed"
	}
	field("new", newAt)
	if c.Artifact != nil {
		field("artifact", c.Artifact.Ref())
	}
	if c.Init == nil {
		field("initializer", "none: upgradeToAndCall(new, 0x)")
	} else {
		field("initializer", c.Init.Typed+" → "+callSignature(&c.Init.Call)+" · "+c.Init.Data)
	}

	// Storage layout.
	r := c.Layout
	detail := fmt.Sprintf("  %s → %s · %s, %s", r.Old, r.New, plural(r.Count(layout.Error), "error", "errors"), plural(r.Count(layout.Warning), "warning", "warnings"))
	if r.NamespacesChecked {
		detail += " · namespaces and annotations checked"
	} else {
		detail += " · ⚠ namespaces and annotations NOT checked"
	}
	heading("Storage layout", verdictTag(st, r.Safe(), "SAFE", "UNSAFE"), detail)
	if len(r.Findings) == 0 {
		add(st.Muted.Render("  no finding: every variable of the old layout is where the new one expects it"))
	}
	for _, f := range r.Findings {
		mark, render := "  ✗ ", st.Critical.Render
		if f.Severity == layout.Warning {
			mark, render = "  ⚠ ", st.Medium.Render
		}
		hanging(render(mark), 4, f.String(), st.Text.Render)
	}

	// Bytecode.
	is := issuesOf("bytecode")
	if len(is) == 0 {
		heading("Bytecode", verdictTag(st, true, "OK", ""), "  code present; proxiableUUID() answers the ERC-1967 slot; upgradeToAndCall kept; no new SELFDESTRUCT or DELEGATECALL")
	} else {
		heading("Bytecode", st.Medium.Render("⚠ "+plural(len(is), "ISSUE", "ISSUES")), "")
		issueList(is, false)
	}

	// Shadow test.
	out = append(out, shadowLines(st, c, issuesOf("shadow"), width, hanging)...)

	// State diff of the upgrade call.
	out = append(out, diffLines(st, c, width)...)
	if is := issuesOf("diff"); len(is) > 0 {
		issueList(is, false)
	}

	// Issues.
	blockers, missing := len(c.Blocked()), len(c.Missing(overridesOf(c, reasons)))
	switch {
	case len(c.Issues) == 0:
		heading("Issues", verdictTag(st, true, "NONE", ""), "  nothing stands in the way")
	case blockers > 0:
		heading("Issues", st.Critical.Render(fmt.Sprintf("✗ %s", plural(blockers, "BLOCKER", "BLOCKERS"))),
			fmt.Sprintf("  %d issues · %d need an override · blockers cannot be overridden", len(c.Issues), missing))
		issueList(c.Issues, true)
	default:
		verdict := st.Medium.Render(fmt.Sprintf("⚠ %d NEED AN OVERRIDE", missing))
		if missing == 0 {
			verdict = verdictTag(st, true, "ALL OVERRIDDEN", "")
		}
		heading("Issues", verdict, fmt.Sprintf("  %d issues · each override is journaled with its reason", len(c.Issues)))
		issueList(c.Issues, true)
	}
	return out
}

// overridesOf are the reasons typed, as overrides.
func overridesOf(c *session.UpgradeCheck, reasons map[string]string) []session.Override {
	var out []session.Override
	for _, i := range c.Issues {
		if r := reasons[i.Key]; r != "" {
			out = append(out, session.Override{Key: i.Key, Reason: r})
		}
	}
	return out
}

// shadowLines renders the shadow test: each call's kind, name, outcomes
// under the old and the new implementation, verdict and reason, then the
// rollback's regression calls.
func shadowLines(st *themes.Styles, c *session.UpgradeCheck, issues []session.Issue, width int, hanging func(string, int, string, func(...string) string)) []string {
	var out []string
	add := func(l ...string) { out = append(out, l...) }
	sh := c.Shadow
	if sh.Unavailable != "" || sh.Fix == nil {
		why := sh.Unavailable
		if why == "" {
			why = "no report"
		}
		add("", Truncate(st.Bold.Render("Shadow test")+"  "+st.Critical.Render("✗ NOT RUN")+st.Muted.Render("  "+why+": this is not a pass"), width))
		return out
	}
	add("", Truncate(st.Bold.Render("Shadow test")+"  "+verdictTag(st, sh.Pass, "PASSED", "FAILED")+st.Muted.Render("  "+sh.Fix.Reason), width))
	how := "each call at block " + strconv.FormatUint(sh.Fix.Block, 10) + " under the old implementation and the new, on simulated state: nothing was sent"
	if sh.Unpaused {
		how += "; the protocol is paused, so the test ran with the paused flag cleared, to show what happens after the unpause"
	}
	for _, l := range Wrap(how, width-2, 0) {
		add("  " + st.Muted.Render(l))
	}
	add(resultLines(st, sh.Fix, "old", "new", width)...)
	if rb := sh.Rollback; rb != nil {
		head := "  Rollback to " + rb.New.Hex() + ", its regression calls"
		add("", Truncate(st.Bold.Render(head)+"  "+verdictTag(st, rb.Pass, "PASSED", "FAILED")+st.Muted.Render(" · "+rb.Reason), width))
		add(resultLines(st, rb, "fix", "rollback", width)...)
	}
	for _, i := range issues {
		if i.Level == session.NeedsOverride {
			hanging("  "+st.Medium.Render("⚠ "), 4, i.Text, st.Text.Render)
		}
	}
	return out
}

// resultLines are a shadow report's calls, three lines each:
//
//	✓ PASS  attack      attack tx 0x3f2a1b…0115 (block 115)
//	        old  succeeded · 27.000 ETH out of the watched contracts · 187,412 gas
//	        new  reverted: "transfer failed" · 107,346 gas — reverts under the new implementation…
func resultLines(st *themes.Styles, rep *shadow.Report, oldName, newName string, width int) []string {
	var out []string
	const ind = "            "
	for _, r := range rep.Results {
		tag := "✓ PASS"
		render := st.Done.Render
		switch {
		case !r.Pass:
			tag, render = "✗ FAIL", st.Critical.Render
		case r.Inconclusive:
			tag, render = "? PASS", st.Medium.Render
		}
		out = append(out, Truncate("  "+render(PadRight(tag, 6))+"  "+st.Label.Render(PadRight(r.Kind.String(), 10))+" "+st.Bold.Render(r.Name), width))
		nameW := max(Width(oldName), Width(newName))
		out = append(out, Truncate(ind+st.Label.Render(PadRight(oldName, nameW))+"  "+OutcomeText(r.Old, rep.Watched), width))
		out = append(out, Truncate(ind+st.Label.Render(PadRight(newName, nameW))+"  "+OutcomeText(r.New, rep.Watched), width))
		reason := r.Reason
		if r.Inconclusive {
			reason = "inconclusive: " + reason
		}
		for _, l := range Wrap(reason, width-Width(ind), 0) {
			out = append(out, ind+st.Muted.Render(l))
		}
	}
	return out
}

// OutcomeText is what a simulated call did, in words: whether it
// succeeded, the value it moved out of (or into) the watched contracts,
// its gas, and why it reverted.
func OutcomeText(o *shadow.Outcome, watched []common.Address) string {
	if o == nil {
		return "not run"
	}
	gas := chain.FormatUint(o.GasUsed) + " gas"
	if o.Reverted {
		return "reverted: " + o.Why() + " · " + gas
	}
	out := o.NetOut(watched)
	switch out.Sign() {
	case 1:
		return "succeeded · " + chain.FormatEther(out, 3) + " out of the watched contracts · " + gas
	case -1:
		return "succeeded · " + chain.FormatEther(new(big.Int).Neg(out), 3) + " into the watched contracts · " + gas
	}
	return "succeeded · no value out of the watched contracts · " + gas
}

// diffLines renders the state diff of the upgrade call: each change
// (address, slot or label, before → after) and the diff hash signers
// compare out of band.
func diffLines(st *themes.Styles, c *session.UpgradeCheck, width int) []string {
	d := c.Diff
	title := st.Bold.Render("State diff of the upgrade call")
	if d == nil {
		return []string{"", Truncate(title+"  "+st.Critical.Render("✗ NOT AVAILABLE")+st.Muted.Render("  what the upgrade changes is unknown"), width)}
	}
	if d.Outcome != nil && d.Outcome.Reverted {
		return []string{"", Truncate(title+"  "+st.Critical.Render("✗ REVERTS")+st.Muted.Render("  "+d.Outcome.Why()), width)}
	}
	detail := "  " + plural(len(d.Changes), "change", "changes") + " · the call as the timelock will make it, at block " + strconv.FormatUint(d.Block, 10)
	if d.Outcome != nil {
		detail += " · " + chain.FormatUint(d.Outcome.GasUsed) + " gas"
	}
	out := []string{"", Truncate(title+"  "+st.Muted.Render(detail), width)}
	for _, ch := range d.Changes {
		head, values := ChangeText(ch)
		if ch.Address == c.Request.Proxy && c.ProxyName != "" {
			head = c.ProxyName + " " + head
		}
		out = append(out, Truncate("  "+head, width))
		for _, l := range Wrap(values, width-6, 0) {
			out = append(out, "      "+l)
		}
	}
	out = append(out, Truncate("  "+st.Label.Render("diff hash")+"  "+st.DialogHashHighlight.Render(d.Hash.Hex())+st.Muted.Render("  signers compare it out of band"), width))
	return out
}

// ChangeText is one change of a state diff: what changed (address, kind,
// slot or label) and its value before → after, decoded where the kind
// says how (addresses in ERC-1967 slots, ether, nonces).
func ChangeText(ch shadow.Change) (head, values string) {
	head = ch.Address.Hex() + " · " + ch.Kind.String()
	switch ch.Kind {
	case shadow.ChangeStorage:
		head += " slot " + ch.Slot.Hex()
		if ch.Label != "" {
			b, a := ch.Addresses()
			return head, ch.Label + ": " + b.Hex() + " → " + a.Hex()
		}
	case shadow.ChangeBalance:
		b, a := ch.Words()
		return head, chain.FormatEtherExact(b) + " → " + chain.FormatEtherExact(a)
	case shadow.ChangeNonce:
		b, a := ch.Words()
		return head, b.String() + " → " + a.String()
	case shadow.ChangeCode:
		head += " (code hash)"
	}
	return head, ch.Before.Hex() + " → " + ch.After.Hex()
}

// VerdictLine is the composer's verdict on a checked upgrade and what
// comes next, on one line.
func VerdictLine(st *themes.Styles, k *KeyMap, c *session.UpgradeCheck, overrides []session.Override, deployed bool, width int) string {
	var s string
	switch blocked, missing := c.Blocked(), c.Missing(overrides); {
	case len(blocked) > 0:
		s = st.Critical.Render("✗ BLOCKED") + st.Bold.Render(fmt.Sprintf(": %s stand in the way. Blockers cannot be overridden: %s goes back to pick another implementation.",
			plural(len(blocked), "blocker", "blockers"), keyName(k.Back)))
	case len(missing) > 0:
		s = st.Medium.Render("⚠ NEEDS OVERRIDE") + st.Bold.Render(fmt.Sprintf(": %s before deploying and composing; %s gives a reason, journaled with the proposal.",
			plural(len(missing), "issue needs an override", "issues need an override"), keyName(k.Override)))
	default:
		s = st.Done.Render("✓ READY")
		if n := len(overrides); n > 0 {
			s += st.Bold.Render(": every issue overridden (" + plural(n, "override", "overrides") + ")")
		} else {
			s += st.Bold.Render(": every check passed")
		}
		if c.Deployed || deployed {
			s += st.Bold.Render(" · next: " + keyName(k.Compose) + " composes the proposal")
		} else {
			s += st.Bold.Render(" · next: " + keyName(k.Deploy) + " deploys " + c.Artifact.Name + ", then " + keyName(k.Compose) + " composes the proposal")
		}
	}
	return Truncate(s, width)
}

// DeployLine says where the new implementation's deployment stands; act is
// its action in the session, when recorded.
func DeployLine(st *themes.Styles, k *KeyMap, c *session.UpgradeCheck, d deployState, act *session.Action, width int) string {
	label := st.Label.Render("deployment  ")
	at := " at " + c.New.Hex()
	var s string
	switch {
	case c.Deployed:
		s = st.Done.Render("✓ deployed already") + at
	case d.phase == deployPlanning:
		s = "… preparing the deployment" + at
	case d.phase == deployReviewing:
		s = "… the confirm dialog shows it: " + keyName(k.Confirm) + " signs and sends, any other key cancels"
	case d.phase == deployCancelled:
		s = "○ cancelled: nothing was sent · " + keyName(k.Deploy) + " prepares it again"
	case d.phase == deployFailed:
		s = st.Critical.Render("✗ failed: ") + d.err + " · " + keyName(k.Deploy) + " tries again"
	case d.phase == deploySending || d.phase == deployDone:
		s = deployProgress(st, c, d, act)
	default:
		s = "○ not deployed yet: the guardian's next transaction creates it" + at
	}
	return Truncate(label+s, width)
}

func deployProgress(st *themes.Styles, c *session.UpgradeCheck, d deployState, act *session.Action) string {
	at := " at " + c.New.Hex() + " (" + d.planID + ")"
	if act != nil {
		switch act.Status {
		case session.ActionStatusConfirmed:
			return st.Done.Render("✓ deployed in block "+strconv.FormatUint(act.Block, 10)) + at
		case session.ActionStatusFailed:
			return st.Critical.Render("✗ failed: ") + act.Error
		case session.ActionStatusPending:
			return "… deploying" + at + ": sent, tx " + act.TxHash.Hex() + ", waiting until mined"
		}
	}
	if d.phase == deployDone {
		return st.Done.Render("✓ deployed: mined") + at
	}
	return "… deploying" + at + ": sending"
}

// ProposalLines renders a composed upgrade for the people who sign it:
// the timelock operation, the Safe's Schedule (nonce n) and Execute
// (nonce n+1) transactions with their three hashes and their call decoded
// at every layer, and the rollback proposal. Nothing is shortened.
// rollback is the rollback's shadow test, nil when none ran.
func ProposalLines(st *themes.Styles, u *session.UpgradeComposed, rollback *shadow.Report, width int) []string {
	var out []string
	add := func(l ...string) { out = append(out, l...) }
	const labelW = 17
	f := newFields(st, labelW, width, add)
	field := func(name, value string, render func(...string) string) { f.field(name, value, render) }
	hexField := f.hex
	hash := func(name string, h common.Hash) { hexField(name, h.Hex()) }
	p := &u.Proposal

	add(st.Bold.Render("Proposal " + u.ID + ": " + u.ProxyName + " " + u.Proxy.Hex()))
	field("from", u.Current.Hex()+" (the current implementation)", st.Text.Render)
	field("to", u.New.Hex()+" ("+u.Artifact+")", st.Bold.Render)
	if u.Init != nil {
		field("initializer", u.Init.Typed+" · "+u.Init.Data, st.Text.Render)
	} else {
		field("initializer", "none", st.Text.Render)
	}
	if u.Deploy != "" {
		field("deployed by", u.Deploy, st.Text.Render)
	}
	hash("state diff hash", u.DiffHash)
	if len(u.Overrides) == 0 {
		field("overrides", "none", st.Text.Render)
	}
	for _, o := range u.Overrides {
		by := ""
		if o.By != "" {
			by = " (by " + o.By + ")"
		}
		field("overrides", o.Key+": "+strconv.Quote(o.Reason)+by, st.Text.Render)
	}

	add("", st.Bold.Render("Timelock operation")+st.Muted.Render(" · the Safe schedules it, then executes it once the delay has passed"))
	field("timelock", p.Timelock.Hex(), st.Text.Render)
	hash("operation id", p.OperationID)
	hash("salt", p.Salt)
	pred := p.Predecessor.Hex()
	if p.Predecessor == (common.Hash{}) {
		pred += " (none)"
	}
	field("predecessor", pred, st.Text.Render)
	field("delay", FormatDelay(p.Delay), st.Text.Render)
	field("chain id", strconv.FormatUint(p.ChainID, 10), st.Text.Render)

	for i, tx := range []*chain.SafeTx{&p.Schedule, &p.Execute} {
		what := "Schedule"
		if i == 1 {
			what = "Execute, once the delay has passed"
		}
		add("", st.Bold.Render(fmt.Sprintf("Safe transaction %d of 2 · %s · nonce %d", i+1, what, tx.Nonce)))
		safeTxLines(st, tx, width, labelW, field, hash, hexField, add)
	}

	r := &u.Rollback
	add("", st.Bold.Render("Rollback proposal")+st.Muted.Render(" · back to "+r.To.Hex()+", ready should the fix go wrong"))
	hash("operation id", r.OperationID)
	hash("salt", r.Salt)
	field("delay", FormatDelay(r.Delay), st.Text.Render)
	for i, tx := range []*chain.SafeTx{&r.Schedule, &r.Execute} {
		what := "Schedule"
		if i == 1 {
			what = "Execute"
		}
		field(what, fmt.Sprintf("Safe %s · nonce %d", tx.Safe.Hex(), tx.Nonce), st.Bold.Render)
		hash("  domain hash", tx.DomainHash)
		hash("  message hash", tx.MessageHash)
		hash("  safeTxHash", tx.SafeTxHash)
	}
	switch {
	case rollback == nil:
		field("shadow test", "not run: the session defines no regression calls", st.Text.Render)
	case rollback.Pass:
		field("shadow test", "✓ PASSED: "+rollback.Reason+" (the regression calls work after rolling back)", st.Done.Render)
	default:
		field("shadow test", "✗ FAILED: "+rollback.Reason, st.Critical.Render)
	}
	return out
}

// safeTxLines renders one Safe transaction: its fields, its three hashes,
// its call decoded at every layer, and its data.
func safeTxLines(st *themes.Styles, tx *chain.SafeTx, width, labelW int,
	field func(string, string, func(...string) string), hash func(string, common.Hash), hexField func(string, string), add func(...string)) {
	field("safe", tx.Safe.Hex()+" · chain "+strconv.FormatUint(tx.ChainID, 10), st.Text.Render)
	to := tx.To.Hex()
	if tx.Call.Target != "" {
		to = tx.Call.Target + " " + to
	}
	field("to", to, st.Bold.Render)
	value := "0"
	if tx.Value != nil {
		value = chain.FormatEtherExact(tx.Value) + " (" + chain.FormatWei(tx.Value) + ")"
	}
	field("value", value+" · operation "+tx.Operation.String(), st.Text.Render)
	field("gas refund", fmt.Sprintf("safeTxGas %s · baseGas %s · gasPrice %s · gasToken %s · refundReceiver %s",
		bigText(tx.SafeTxGas), bigText(tx.BaseGas), bigText(tx.GasPrice), tx.GasToken.Hex(), tx.RefundReceiver.Hex()), st.Text.Render)
	hash("domain hash", tx.DomainHash)
	hash("message hash", tx.MessageHash)
	hash("safeTxHash", tx.SafeTxHash)
	add("  " + st.Label.Render(PadRight("decoded", labelW)) + st.Muted.Render("the Safe calls, layer by layer:"))
	callLayers(st, "Safe "+tx.Safe.Hex(), &tx.Call, 0, 2+labelW, width, add)
	hexField("data", tx.Data)
}

func bigText(n *big.Int) string {
	if n == nil {
		return "0"
	}
	return n.String()
}

// callLayers renders a decoded call and the calls its bytes carry, each
// layer indented under the one that carries it:
//
//	Safe 0xCf7E… → Timelock 0xDc64…
//	  schedule(address,uint256,bytes,bytes32,bytes32,uint256)
//	    target (address)  Vault (0x5FbD…)
//	  └ Timelock → Vault 0x5FbD…
//	      upgradeToAndCall(address,bytes)
//	        …
//	      └ no initializer: the upgrade only switches the implementation
func callLayers(st *themes.Styles, from string, c *chain.DecodedCall, depth, indent, width int, add func(...string)) {
	pad := strings.Repeat(" ", indent+4*depth)
	branch := ""
	if depth > 0 {
		pad = strings.Repeat(" ", indent+4*depth-2)
		branch = "└ "
	}
	target := c.Target
	if c.To != nil {
		target = strings.TrimSpace(target + " " + c.To.Hex())
	}
	if target == "" {
		target = "the proxy"
	}
	add(Truncate(pad+branch+st.Muted.Render(from+" → ")+st.Bold.Render(target), width))
	body := strings.Repeat(" ", indent+4*depth+2)
	add(Truncate(body+st.Bold.Render(callSignature(c)), width))
	argLinesAt(st, c.Args, Width(body)+2, width, add)
	if !c.Known && c.Raw != "" {
		for _, l := range Wrap(c.Raw, width-Width(body)-2, 0) {
			add(body + "  " + st.Muted.Render(l))
		}
	}
	name := c.Target
	if name == "" {
		name = "the proxy"
	}
	for i := range c.Inner {
		callLayers(st, name, &c.Inner[i], depth+1, indent, width, add)
	}
	if c.Method == "upgradeToAndCall" && len(c.Inner) == 0 {
		add(body + st.Muted.Render("└ no initializer: the upgrade only switches the implementation"))
	}
}

// argLinesAt renders decoded arguments at an indent, values wrapped
// rather than cut.
func argLinesAt(st *themes.Styles, args []chain.Arg, indent, width int, add func(...string)) {
	nameW := 0
	for _, a := range args {
		nameW = max(nameW, Width(a.Name)+Width(a.Type)+3)
	}
	pad := strings.Repeat(" ", indent)
	for _, a := range args {
		head := PadRight(a.Name+" ("+a.Type+")", nameW)
		for i, l := range Wrap(a.Value, width-indent-nameW-2, 0) {
			if i == 0 {
				add(pad + st.Label.Render(head) + "  " + l)
			} else {
				add(pad + strings.Repeat(" ", nameW) + "  " + l)
			}
		}
	}
}
