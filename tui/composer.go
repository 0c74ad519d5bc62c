package tui

import (
	"fmt"
	"slices"
	"strings"

	"github.com/charmbracelet/bubbles/cursor"
	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/textinput"
	"github.com/charmbracelet/bubbles/viewport"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/ethereum/go-ethereum/common"

	"warroom/chain"
	"warroom/chain/shadow"
	"warroom/session"
)

// composerStep is where the responder is in the composer.
type composerStep int

// The composer's steps, in order.
const (
	stepProxy    composerStep = iota // pick the proxy
	stepImpl                         // pick the new implementation
	stepAddress                      // type a deployed implementation's address
	stepArtifact                     // type an artifact file's path
	stepInit                         // type the initializer
	stepChecking                     // the checks run
	stepResults                      // the verdicts; overrides, deploy, compose
	stepProposal                     // the proposal, composed
)

// implKind is how the new implementation is named.
type implKind int

const (
	implFix     implKind = iota // a built-in the scenario ships
	implFile                    // an artifact file
	implAddress                 // a deployed address and its artifact file
)

// deployPhase is where the deployment of the new implementation is.
type deployPhase int

const (
	deployNone      deployPhase = iota // not asked for
	deployPlanning                     // PlanDeploy runs
	deployReviewing                    // the confirm dialog shows it
	deployCancelled                    // the responder did not confirm
	deploySending                      // Execute runs
	deployDone                         // Execute returned: mined
	deployFailed                       // planning or sending failed
)

// deployState is the deployment as the composer knows it; the block it
// was mined in comes from the session's state.
type deployState struct {
	phase  deployPhase
	planID string
	err    string
}

// composerNote is the composer's own line: what went wrong, or what to do.
type composerNote struct {
	text string
	err  bool
}

// ComposerOverlay is the upgrade composer: the proxy, the new
// implementation, the initializer, the checks and their verdicts, the
// overrides, the deployment and the proposal, one step after the other.
// It holds what the responder chose and typed and what came back;
// composerFlow does the asking and hands it the answers. Cancel closes it
// at any step; nothing is sent without the confirm dialog.
type ComposerOverlay struct {
	c     *Common
	state *session.State // the root's snapshot: watched contracts and actions
	fixes []session.Fix

	step     composerStep
	proxyCur int
	implCur  int
	input    textinput.Model
	typed    [3]string // the address, the artifact path and the initializer, kept when going back

	req        session.UpgradeRequest
	check      *session.UpgradeCheck
	reasons    map[string]string // overrides typed, by issue key
	editing    string            // the issue whose reason is typed, "" for none
	lastEdited string            // the issue o selected last
	busy       string            // what is awaited besides the checks: "preparing the deployment…", "composing…"
	deploy     deployState
	composed   *session.UpgradeComposed
	note       composerNote

	vp   viewport.Model // the verdicts or the proposal
	w    int            // the dialog's width
	maxH int            // the dialog's greatest height
}

// The typed values, by index in ComposerOverlay.typed.
const (
	typedAddress = iota
	typedArtifact
	typedInit
)

// NewComposerOverlay opens the composer on the first step. state is the
// root's snapshot, read as it changes; fixes are the built-ins offered.
func NewComposerOverlay(c *Common, state *session.State, fixes []session.Fix) *ComposerOverlay {
	in := textinput.New()
	in.Prompt = "› "
	in.PromptStyle = c.Styles.Prompt
	in.TextStyle = c.Styles.Text
	in.PlaceholderStyle = c.Styles.Muted
	in.CharLimit = 1000
	in.Cursor.SetMode(cursor.CursorStatic)
	o := &ComposerOverlay{c: c, state: state, fixes: fixes, input: in, reasons: map[string]string{}, vp: viewport.New(0, 0)}
	o.vp.KeyMap = scrollKeys(c.Keys)
	o.vp.MouseWheelEnabled = false
	o.SetSize(c.Width, c.Height)
	return o
}

// SetSize fits the composer to the terminal: nearly all of it, so the
// verdicts have room, leaving the header and the footer in view.
func (o *ComposerOverlay) SetSize(w, h int) {
	o.w = max(60, min(152, w-6))
	o.maxH = max(12, h-4)
	o.refresh()
}

// contentWidth is the width of the dialog's lines.
func (o *ComposerOverlay) contentWidth() int { return o.w - 4 }

// proxies are the watched protocol contracts, as last read.
func (o *ComposerOverlay) proxies() []chain.ContractState { return o.state.Protocol.Contracts }

func (o *ComposerOverlay) implKind() implKind {
	switch o.implCur - len(o.fixes) {
	case 0:
		return implFile
	case 1:
		return implAddress
	}
	return implFix
}

// HandleKey moves through the steps. Cancel closes the composer from any
// step, abandoning what it waits for.
func (o *ComposerOverlay) HandleKey(msg tea.KeyMsg) (bool, tea.Cmd) {
	if key.Matches(msg, o.c.Keys.Cancel) {
		return true, say(closeComposerMsg{})
	}
	var cmd tea.Cmd
	switch o.step {
	case stepProxy:
		o.keyProxy(msg)
	case stepImpl:
		o.keyImpl(msg)
	case stepAddress, stepArtifact:
		cmd = o.keyPath(msg)
	case stepInit:
		cmd = o.keyInit(msg)
	case stepChecking:
		cmd = o.keyChecking(msg)
	case stepResults:
		cmd = o.keyResults(msg)
	case stepProposal:
		o.keyProposal(msg)
	}
	return false, cmd
}

func (o *ComposerOverlay) keyProxy(msg tea.KeyMsg) {
	k, n := o.c.Keys, len(o.proxies())
	switch {
	case key.Matches(msg, k.Up):
		o.proxyCur = max(0, o.proxyCur-1)
	case key.Matches(msg, k.Down):
		o.proxyCur = max(0, min(n-1, o.proxyCur+1))
	case key.Matches(msg, k.Submit):
		if n == 0 {
			o.say("no protocol contract has been read yet: wait for the first read of the protocol", true)
			return
		}
		o.proxyCur = min(o.proxyCur, n-1)
		o.req.Proxy = o.proxies()[o.proxyCur].Address
		o.goTo(stepImpl)
	}
}

func (o *ComposerOverlay) keyImpl(msg tea.KeyMsg) {
	k, n := o.c.Keys, len(o.fixes)+2
	switch {
	case key.Matches(msg, k.Up):
		o.implCur = max(0, o.implCur-1)
	case key.Matches(msg, k.Down):
		o.implCur = min(n-1, o.implCur+1)
	case key.Matches(msg, k.Back):
		o.goTo(stepProxy)
	case key.Matches(msg, k.Submit):
		switch o.implKind() {
		case implFix:
			o.goTo(stepInit)
		case implFile:
			o.goTo(stepArtifact)
		case implAddress:
			o.goTo(stepAddress)
		}
	}
}

// keyPath takes the address or the artifact path.
func (o *ComposerOverlay) keyPath(msg tea.KeyMsg) tea.Cmd {
	k := o.c.Keys
	switch {
	case key.Matches(msg, k.Back):
		if o.step == stepArtifact && o.implKind() == implAddress {
			o.goTo(stepAddress)
		} else {
			o.goTo(stepImpl)
		}
		return nil
	case key.Matches(msg, k.Submit):
		v := strings.TrimSpace(o.input.Value())
		if o.step == stepAddress {
			if !common.IsHexAddress(v) {
				o.say(AddressProblem(v), true)
				return nil
			}
			o.goTo(stepArtifact)
			return nil
		}
		if v == "" {
			o.say("name the artifact file: its path, such as out/VaultV2.sol/VaultV2.json", true)
			return nil
		}
		o.goTo(stepInit)
		return nil
	}
	var cmd tea.Cmd
	o.input, cmd = o.input.Update(msg)
	return cmd
}

func (o *ComposerOverlay) keyInit(msg tea.KeyMsg) tea.Cmd {
	k := o.c.Keys
	switch {
	case key.Matches(msg, k.Back):
		if o.implKind() == implFix {
			o.goTo(stepImpl)
		} else {
			o.goTo(stepArtifact)
		}
		return nil
	case key.Matches(msg, k.Submit):
		o.goTo(stepChecking)
		return say(runCheckMsg{req: o.request()})
	}
	var cmd tea.Cmd
	o.input, cmd = o.input.Update(msg)
	return cmd
}

func (o *ComposerOverlay) keyChecking(msg tea.KeyMsg) tea.Cmd {
	if key.Matches(msg, o.c.Keys.Back) {
		o.goTo(stepInit)
		return say(abandonCheckMsg{})
	}
	return nil
}

func (o *ComposerOverlay) keyResults(msg tea.KeyMsg) tea.Cmd {
	k := o.c.Keys
	if o.editing != "" {
		return o.keyReason(msg)
	}
	switch {
	case key.Matches(msg, k.Up, k.Down, k.PageUp, k.PageDown):
		o.vp, _ = o.vp.Update(msg)
	case key.Matches(msg, k.Back):
		if o.deploy.phase == deploySending {
			o.say(o.deploy.planID+" is being sent: wait until it is mined before going back", true)
			return nil
		}
		o.check, o.deploy, o.composed, o.reasons, o.lastEdited = nil, deployState{}, nil, map[string]string{}, ""
		o.goTo(stepInit)
	case key.Matches(msg, k.Override):
		o.startOverride()
	case key.Matches(msg, k.Deploy):
		return o.askDeploy()
	case key.Matches(msg, k.Compose):
		return o.askCompose()
	}
	return nil
}

// keyReason takes the reason of an override.
func (o *ComposerOverlay) keyReason(msg tea.KeyMsg) tea.Cmd {
	k := o.c.Keys
	switch {
	case key.Matches(msg, k.Back):
		o.editing = ""
		o.say("override not saved", false)
		return nil
	case key.Matches(msg, k.Submit):
		reason := strings.TrimSpace(o.input.Value())
		if reason == "" {
			o.say("an override needs a reason: say why the upgrade may go ahead despite this issue", true)
			return nil
		}
		o.reasons[o.editing] = reason
		o.say("override of "+o.editing+" saved; it is journaled with the proposal", false)
		o.editing = ""
		return nil
	}
	var cmd tea.Cmd
	o.input, cmd = o.input.Update(msg)
	return cmd
}

func (o *ComposerOverlay) keyProposal(msg tea.KeyMsg) {
	k := o.c.Keys
	switch {
	case key.Matches(msg, k.Up, k.Down, k.PageUp, k.PageDown):
		o.vp, _ = o.vp.Update(msg)
	case key.Matches(msg, k.Back):
		o.step = stepResults
		o.refresh()
	}
}

// goTo moves to a step, keeping what was typed in the step it leaves and
// putting back what was typed in the one it enters.
func (o *ComposerOverlay) goTo(s composerStep) {
	if i, ok := typedIndex(o.step); ok {
		o.typed[i] = o.input.Value()
	}
	o.step, o.note = s, composerNote{}
	if i, ok := typedIndex(s); ok {
		o.input.SetValue(o.typed[i])
		o.input.CursorEnd()
		o.input.Placeholder = inputPlaceholder(s)
		o.input.Focus()
	}
	o.refresh() // the input's label changes with the step
}

func typedIndex(s composerStep) (int, bool) {
	switch s {
	case stepAddress:
		return typedAddress, true
	case stepArtifact:
		return typedArtifact, true
	case stepInit:
		return typedInit, true
	}
	return 0, false
}

// request is the upgrade as chosen and typed.
func (o *ComposerOverlay) request() session.UpgradeRequest {
	req := session.UpgradeRequest{Proxy: o.req.Proxy, Init: strings.TrimSpace(o.typed[typedInit])}
	switch o.implKind() {
	case implFix:
		req.Impl = session.ImplSource{Builtin: o.fixes[o.implCur].Artifact}
	case implFile:
		req.Impl = session.ImplSource{Path: strings.TrimSpace(o.typed[typedArtifact])}
	case implAddress:
		req.Impl = session.ImplSource{Address: common.HexToAddress(strings.TrimSpace(o.typed[typedAddress])), Path: strings.TrimSpace(o.typed[typedArtifact])}
	}
	o.req = req
	return req
}

func (o *ComposerOverlay) say(text string, isErr bool) {
	o.note = composerNote{text: text, err: isErr}
	o.refresh()
}

// startOverride opens the reason input for the next issue that needs an
// override (after the one last edited), or says why there is none.
func (o *ComposerOverlay) startOverride() {
	c := o.check
	var keys []string
	for _, i := range c.Issues {
		if i.Level == session.NeedsOverride {
			keys = append(keys, i.Key)
		}
	}
	if len(keys) == 0 {
		if len(c.Blocked()) > 0 {
			o.say("nothing to override: blockers cannot be overridden; "+keyName(o.c.Keys.Back)+" goes back to pick another implementation", true)
		} else {
			o.say("nothing to override: no issue needs one", false)
		}
		return
	}
	next := nextOverride(keys, o.reasons, o.lastEdited)
	o.editing, o.lastEdited = next, next
	o.input.SetValue(o.reasons[next])
	o.input.CursorEnd()
	o.input.Placeholder = "why the upgrade may go ahead despite this issue"
	o.input.Focus()
	o.note = composerNote{}
	o.refresh()
}

// nextOverride is the issue o selects next among keys: the first after
// last that still lacks a reason, or when every one has a reason the one
// after last, so pressing o again walks through them all.
func nextOverride(keys []string, reasons map[string]string, last string) string {
	start := slices.Index(keys, last) + 1 // 0 when last is not among them
	for i := range keys {
		if k := keys[(start+i)%len(keys)]; reasons[k] == "" {
			return k
		}
	}
	return keys[start%len(keys)]
}

// askDeploy asks for the deployment when the checks allow it.
func (o *ComposerOverlay) askDeploy() tea.Cmd {
	c, k := o.check, o.c.Keys
	switch {
	case c.Deployed:
		o.say(c.Artifact.Name+" is deployed already at "+c.New.Hex()+": "+keyName(k.Compose)+" composes the proposal", false)
	case len(c.Blocked()) > 0:
		o.say("blocked: blockers cannot be overridden, so this implementation is not deployed; "+keyName(k.Back)+" goes back to pick another", true)
	case len(c.Missing(o.overrides())) > 0:
		o.say(fmt.Sprintf("%s an override first: %s gives a reason", plural(len(c.Missing(o.overrides())), "issue still needs", "issues still need"), keyName(k.Override)), true)
	case o.busy != "" || o.deploy.phase == deployReviewing || o.deploy.phase == deploySending:
		o.say("the deployment is under way", false)
	case o.deploy.phase == deployDone:
		o.say("deployed already: "+keyName(k.Compose)+" composes the proposal", false)
	default:
		o.busy = "preparing the deployment…"
		o.deploy = deployState{phase: deployPlanning}
		o.note = composerNote{}
		o.refresh()
		return say(planDeployMsg{check: c})
	}
	return nil
}

// askCompose asks for the proposal when the checks and the deployment allow it.
func (o *ComposerOverlay) askCompose() tea.Cmd {
	c, k := o.check, o.c.Keys
	switch {
	case o.composed != nil:
		o.step = stepProposal
		o.refresh()
	case len(c.Blocked()) > 0:
		o.say(fmt.Sprintf("blocked: %s stand in the way and blockers cannot be overridden; %s goes back to pick another implementation",
			plural(len(c.Blocked()), "blocker", "blockers"), keyName(k.Back)), true)
	case len(c.Missing(o.overrides())) > 0:
		o.say(fmt.Sprintf("%s an override first: %s gives a reason", plural(len(c.Missing(o.overrides())), "issue still needs", "issues still need"), keyName(k.Override)), true)
	case !c.Deployed && o.deploy.phase != deployDone:
		o.say(c.Artifact.Name+" is not deployed yet: "+keyName(k.Deploy)+" deploys it first", true)
	case o.busy != "":
		o.say(o.busy, false)
	default:
		o.busy = "composing the proposal…"
		o.note = composerNote{}
		o.refresh()
		return say(composeMsg{check: c, overrides: o.overrides()})
	}
	return nil
}

// overrides are the reasons typed, for the issues of the check.
func (o *ComposerOverlay) overrides() []session.Override {
	var out []session.Override
	if o.check == nil {
		return nil
	}
	for _, i := range o.check.Issues {
		if r := o.reasons[i.Key]; r != "" && i.Level == session.NeedsOverride {
			out = append(out, session.Override{Key: i.Key, Reason: r})
		}
	}
	return out
}

// The workflow's answers.

func (o *ComposerOverlay) showCheck(c *session.UpgradeCheck) {
	o.check, o.deploy, o.composed, o.busy = c, deployState{}, nil, ""
	o.reasons, o.lastEdited = map[string]string{}, ""
	o.step, o.note = stepResults, composerNote{}
	o.vp.GotoTop()
	o.refresh()
}

func (o *ComposerOverlay) checkFailed(err error, badInput bool) {
	o.goTo(stepInit)
	if badInput {
		o.say(err.Error()+". Fix it and press "+keyName(o.c.Keys.Submit)+" to check again ("+keyName(o.c.Keys.Back)+" goes back a step); nothing was journaled.", true)
		return
	}
	o.say("the checks did not run: "+err.Error(), true)
}

func (o *ComposerOverlay) reviewing(planID string) {
	o.busy = ""
	o.deploy = deployState{phase: deployReviewing, planID: planID}
	o.refresh()
}

func (o *ComposerOverlay) deployCancelled(planID string) {
	o.deploy = deployState{phase: deployCancelled, planID: planID}
	o.refresh()
}

func (o *ComposerOverlay) deploying(planID string) {
	o.deploy = deployState{phase: deploySending, planID: planID}
	o.refresh()
}

func (o *ComposerOverlay) deployDone(planID string, err error) {
	if o.deploy.planID != planID {
		return // a deployment of a check this composer no longer shows
	}
	if err != nil {
		o.deploy = deployState{phase: deployFailed, planID: planID, err: err.Error()}
	} else {
		o.deploy = deployState{phase: deployDone, planID: planID}
	}
	o.refresh()
}

func (o *ComposerOverlay) deployFailed(err error) {
	o.busy = ""
	o.deploy = deployState{phase: deployFailed, err: err.Error()}
	o.refresh()
}

func (o *ComposerOverlay) composeFailed(err error) {
	o.busy = ""
	o.say("not composed: "+err.Error(), true)
}

func (o *ComposerOverlay) showProposal(u *session.UpgradeComposed) {
	o.busy, o.composed = "", u
	o.step, o.note = stepProposal, composerNote{}
	o.vp.GotoTop()
	o.refresh()
}

// refresh lays the verdicts or the proposal into the viewport and sizes
// it to the room the fixed lines leave. It runs when what they show
// changes, not at every frame.
func (o *ComposerOverlay) refresh() {
	// The input takes what its label and prompt leave, and a cell for the cursor.
	o.input.Width = max(10, o.contentWidth()-Width(o.inputLabel())-Width(o.input.Prompt)-2)
	var body []string
	switch {
	case o.step == stepResults && o.check != nil:
		body = CheckLines(o.c.Styles, o.check, o.reasons, o.editing, o.contentWidth())
	case o.step == stepProposal && o.composed != nil:
		var rollback *shadow.Report
		if o.check != nil {
			rollback = o.check.Shadow.Rollback
		}
		body = ProposalLines(o.c.Styles, o.composed, rollback, o.contentWidth())
	default:
		o.vp.SetContent("")
		return
	}
	o.vp.Width = o.contentWidth()
	// Borders, the step bar and the blank lines around the body.
	room := o.maxH - 2 - 2 - 1 - len(o.fixedLines())
	o.vp.Height = max(3, min(len(body), room))
	o.vp.SetContent(strings.Join(body, "\n"))
}

// ShortHelp lists the keys of the step.
func (o *ComposerOverlay) ShortHelp() []key.Binding {
	k := o.c.Keys
	closeKey := withHelp(k.Cancel, "close")
	switch o.step {
	case stepProxy:
		return []key.Binding{withHelp(k.Up, "up"), withHelp(k.Down, "down"), withHelp(k.Submit, "choose"), closeKey}
	case stepImpl:
		return []key.Binding{withHelp(k.Up, "up"), withHelp(k.Down, "down"), withHelp(k.Submit, "choose"), k.Back, closeKey}
	case stepAddress, stepArtifact:
		return []key.Binding{withHelp(k.Submit, "next"), k.Back, closeKey}
	case stepInit:
		return []key.Binding{withHelp(k.Submit, "run the checks"), k.Back, closeKey}
	case stepChecking:
		return []key.Binding{withHelp(k.Back, "back (abandons the checks)"), withHelp(k.Cancel, "close (abandons the checks)")}
	case stepResults:
		if o.editing != "" {
			return []key.Binding{withHelp(k.Submit, "save the override"), withHelp(k.Back, "leave it unsaved"), closeKey}
		}
		return []key.Binding{withHelp(k.Down, "scroll"), k.Override, k.Deploy, k.Compose, k.Back, closeKey}
	case stepProposal:
		return []key.Binding{withHelp(k.Up, "scroll up"), withHelp(k.Down, "scroll down"), k.PageDown, withHelp(k.Back, "back to the checks"), closeKey}
	}
	return []key.Binding{closeKey}
}

// FullHelp lists every key of the composer.
func (o *ComposerOverlay) FullHelp() [][]key.Binding { return [][]key.Binding{composerKeys(o.c.Keys)} }

// composerKeys are the composer's keys, for the help views.
func composerKeys(k *KeyMap) []key.Binding {
	return []key.Binding{
		withHelp(k.Up, "up / scroll up"), withHelp(k.Down, "down / scroll down"), k.PageUp, k.PageDown,
		withHelp(k.Submit, "choose, next, run the checks"), k.Back, k.Override, k.Deploy, k.Compose,
		withHelp(k.Cancel, "close (abandons a check)"),
	}
}

// View draws the composer: the steps, the step's body, and its fixed lines.
func (o *ComposerOverlay) View() string {
	st := o.c.Styles
	width := o.contentWidth()
	title := st.DialogTitle.Render(" Upgrade composer ")
	if o.req.Proxy != (common.Address{}) && o.step > stepProxy {
		title = st.DialogTitle.Render(" Upgrade composer · " + o.proxyName() + " ")
	}
	lines := []string{StepBar(st, o.stepBarItems(), width), ""}
	hint := ""
	switch o.step {
	case stepResults, stepProposal:
		lines = append(lines, strings.Split(o.vp.View(), "\n")...)
		hint = scrollHint(&o.vp)
	default:
		lines = append(lines, o.stepBody(width)...)
	}
	lines = append(lines, "")
	lines = append(lines, o.fixedLines()...)
	if n := o.maxH - 2; len(lines) > n {
		lines = lines[:n]
	}
	return dialog(o.c, title, lines, o.w, hint)
}

func (o *ComposerOverlay) proxyName() string {
	for _, c := range o.proxies() {
		if c.Address == o.req.Proxy {
			return c.Name
		}
	}
	if o.check != nil {
		return o.check.ProxyName
	}
	return chain.ShortAddr(o.req.Proxy)
}

// stepBarItems are the five stages and what was chosen in each.
func (o *ComposerOverlay) stepBarItems() []stepItem {
	stage := map[composerStep]int{stepProxy: 0, stepImpl: 1, stepAddress: 1, stepArtifact: 1, stepInit: 2, stepChecking: 3, stepResults: 3, stepProposal: 4}[o.step]
	items := []stepItem{{title: "proxy"}, {title: "implementation"}, {title: "initializer"}, {title: "checks"}, {title: "proposal"}}
	if stage > 0 {
		items[0].value = o.proxyName()
	}
	if stage > 1 {
		items[1].value = o.implLabel()
	}
	if stage > 2 {
		items[2].value = "none"
		if v := strings.TrimSpace(o.typed[typedInit]); v != "" {
			items[2].value = v
		}
	}
	if stage > 3 {
		items[3].value = "passed"
		if len(o.overrides()) > 0 {
			items[3].value = "passed with " + plural(len(o.overrides()), "override", "overrides")
		}
	}
	for i := range items {
		switch {
		case i < stage:
			items[i].state = stageDone
		case i == stage:
			items[i].state = stageCurrent
		}
	}
	if o.step == stepProposal {
		items[4].state, items[4].value = stageDone, o.composed.ID
	}
	return items
}

// implLabel names the new implementation in the step bar: the artifact's
// name once checked (the body holds its address whole).
func (o *ComposerOverlay) implLabel() string {
	if o.check != nil && o.check.Artifact != nil {
		return o.check.Artifact.Name
	}
	switch o.implKind() {
	case implFile:
		return strings.TrimSpace(o.typed[typedArtifact])
	case implAddress:
		return strings.TrimSpace(o.typed[typedAddress])
	}
	return o.fixes[o.implCur].Artifact
}

// stepBody is the body of the choosing and typing steps: short, drawn
// whole.
func (o *ComposerOverlay) stepBody(width int) []string {
	st := o.c.Styles
	switch o.step {
	case stepProxy:
		return ProxyChoiceLines(st, o.proxies(), o.proxyCur, o.state.Protocol.Block, width)
	case stepImpl:
		current := common.Address{}
		for _, c := range o.proxies() {
			if c.Address == o.req.Proxy {
				current = c.Implementation
			}
		}
		return ImplChoiceLines(st, o.proxyName(), current, o.fixes, o.implCur, width)
	case stepAddress, stepArtifact, stepInit:
		return wrapMuted(st, inputExplanation(o.step, o.implKind(), o.typed[typedAddress]), width)
	case stepChecking:
		what := o.implLabel()
		text := fmt.Sprintf("… running the checks of %s for %s: the storage layout, the bytecode, the shadow test of every recorded attack and regression call (and the rollback's), and the state diff of the upgrade call.", what, o.proxyName())
		lines := []string{}
		for _, l := range Wrap(text, width, 0) {
			lines = append(lines, st.Bold.Render(l))
		}
		return append(lines, wrapMuted(st, "Nothing is sent: they run on simulated state at the head. "+keyName(o.c.Keys.Cancel)+" closes the composer and abandons them; "+keyName(o.c.Keys.Back)+" goes back to the initializer.", width)...)
	}
	return nil
}

// fixedLines are the lines under the body: the verdict and the deployment
// on the verdicts' step, the composer's note, and the input being typed.
func (o *ComposerOverlay) fixedLines() []string {
	st, k := o.c.Styles, o.c.Keys
	width := o.contentWidth()
	var out []string
	if o.step == stepResults && o.check != nil {
		out = append(out, VerdictLine(st, k, o.check, o.overrides(), o.deploy.phase == deployDone, width))
		out = append(out, DeployLine(st, k, o.check, o.deploy, o.action(), width))
	}
	if o.step == stepProposal && o.composed != nil {
		out = append(out, st.StatusOK.Render(Truncate("✓ composed and journaled as upgrade.composed: owners sign both Safe transactions in one round; "+keyName(k.Down)+" reads on", width)))
	}
	if o.busy != "" {
		out = append(out, st.Bold.Render("… "+o.busy))
	}
	if o.note.text != "" {
		render := st.StatusInfo.Render
		prefix := ""
		if o.note.err {
			render, prefix = st.StatusError.Render, "✗ "
		}
		for _, l := range Wrap(prefix+o.note.text, width, 4) {
			out = append(out, render(l))
		}
	}
	if o.step == stepResults && o.editing != "" {
		for _, i := range o.check.Issues {
			if i.Key == o.editing {
				for _, l := range Wrap("⚠ "+i.Text, width, 2) {
					out = append(out, st.Medium.Render(l))
				}
			}
		}
	}
	if _, typing := typedIndex(o.step); typing || o.editing != "" {
		out = append(out, o.inputLabel()+o.input.View())
	}
	return out
}

// inputLabel names what is typed.
func (o *ComposerOverlay) inputLabel() string {
	st := o.c.Styles
	switch {
	case o.step == stepResults && o.editing != "":
		return st.Prompt.Render("override "+o.editing+" · reason") + " "
	case o.step == stepAddress:
		return st.Prompt.Render("deployed implementation") + " "
	case o.step == stepArtifact:
		return st.Prompt.Render("artifact file") + " "
	case o.step == stepInit:
		return st.Prompt.Render("initializer") + " "
	}
	return ""
}

// action is the deployment's action in the session, when recorded.
func (o *ComposerOverlay) action() *session.Action {
	if o.deploy.planID == "" {
		return nil
	}
	for i := range o.state.Actions {
		if o.state.Actions[i].ID == o.deploy.planID {
			return &o.state.Actions[i]
		}
	}
	return nil
}
