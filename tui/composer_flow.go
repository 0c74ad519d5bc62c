package tui

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"warroom/session"
)

// checkTimeout bounds the checks of an upgrade: the layout, the bytecode,
// the shadow test of every recorded attack and regression call (and the
// rollback's) and the state diff. Half a second on the embedded chain;
// a remote node takes longer.
const checkTimeout = 2 * time.Minute

// composerFlow is the upgrade composer's workflow: it opens the composer
// (ComposerOverlay, its view), runs what the composer asks for off the UI
// loop — the checks (CheckUpgrade), the deployment (PlanDeploy, the confirm
// dialog, Execute) and the proposal (ComposeUpgrade) — and hands the
// answers to the composer that is open.
//
// It has pauseFlow's shape: a value whose update returns its concrete
// type, messages marked composerMsg that the root routes to it alone,
// request ids so an answer it no longer waits for (the composer closed, the
// check abandoned) is dropped, and an out list for the root (statusMsg,
// openOverlayMsg). Deployments in flight are kept after the composer
// closes, so the quit question can name them.
type composerFlow struct {
	c      *Common
	state  *session.State // the root's snapshot: the watched contracts, the actions, the chain id
	ui     *ComposerOverlay
	nextID int

	checking    int                // id of the CheckUpgrade awaited, 0 = none
	cancelCheck context.CancelFunc // stops it when it is abandoned
	planning    int                // id of the PlanDeploy awaited
	composing   int                // id of the ComposeUpgrade awaited
	executing   []sending          // deployments whose Execute has not returned

	out []tea.Msg // what the last update has for the root, in order
}

// composerMsg marks the messages the composer's workflow owns; the root
// routes them to it and nowhere else.
type composerMsg interface{ composerMsg() }

// openComposerMsg says the responder asked for the composer (KeyMap.Upgrade).
type openComposerMsg struct{}

// closeComposerMsg says the responder closed the composer: whatever it
// waited for is abandoned.
type closeComposerMsg struct{}

// runCheckMsg asks for the checks of an upgrade.
type runCheckMsg struct{ req session.UpgradeRequest }

// abandonCheckMsg says the responder stopped waiting for the checks.
type abandonCheckMsg struct{}

// checkResultMsg is CheckUpgrade's answer to request id.
type checkResultMsg struct {
	id    int
	check *session.UpgradeCheck
	err   error
}

// planDeployMsg asks for the deployment of a checked upgrade's new
// implementation.
type planDeployMsg struct{ check *session.UpgradeCheck }

// deployPlanMsg is PlanDeploy's answer to request id.
type deployPlanMsg struct {
	id   int
	plan *session.Plan
	err  error
}

// deployAnsweredMsg is the confirm dialog's answer about a deployment.
type deployAnsweredMsg struct {
	plan *session.Plan
	yes  bool
}

// deployResultMsg is Execute's answer about a deployment.
type deployResultMsg struct {
	id     int
	planID string
	err    error
}

// composeMsg asks for the proposal of a checked, deployed upgrade.
type composeMsg struct {
	check     *session.UpgradeCheck
	overrides []session.Override
}

// composeResultMsg is ComposeUpgrade's answer to request id.
type composeResultMsg struct {
	id       int
	composed *session.UpgradeComposed
	err      error
}

func (openComposerMsg) composerMsg()   {}
func (closeComposerMsg) composerMsg()  {}
func (runCheckMsg) composerMsg()       {}
func (abandonCheckMsg) composerMsg()   {}
func (checkResultMsg) composerMsg()    {}
func (planDeployMsg) composerMsg()     {}
func (deployPlanMsg) composerMsg()     {}
func (deployAnsweredMsg) composerMsg() {}
func (deployResultMsg) composerMsg()   {}
func (composeMsg) composerMsg()        {}
func (composeResultMsg) composerMsg()  {}

// deployAnswer is the confirm dialog's answer to the composer's workflow.
func deployAnswer(p *session.Plan, yes bool) tea.Msg { return deployAnsweredMsg{plan: p, yes: yes} }

// newComposerFlow returns the workflow, closed. state is the root's snapshot.
func newComposerFlow(c *Common, state *session.State) composerFlow {
	return composerFlow{c: c, state: state}
}

// open reports whether the composer is open.
func (f composerFlow) open() bool { return f.ui != nil }

// sending lists the deployments whose Execute call has not returned.
func (f composerFlow) sending() []string {
	out := make([]string, len(f.executing))
	for i, s := range f.executing {
		out[i] = s.planID
	}
	return out
}

// update takes one of the flow's messages and returns the flow as it is
// after it, with the command to run.
func (f composerFlow) update(msg composerMsg) (composerFlow, tea.Cmd) {
	f.out = nil
	switch msg := msg.(type) {
	case openComposerMsg:
		return f.opened(), nil
	case closeComposerMsg:
		return f.closed(), nil
	case runCheckMsg:
		return f.check(msg)
	case abandonCheckMsg:
		return f.abandonCheck(), nil
	case checkResultMsg:
		return f.checked(msg), nil
	case planDeployMsg:
		return f.planDeploy(msg)
	case deployPlanMsg:
		return f.deployPlanned(msg), nil
	case deployAnsweredMsg:
		return f.deployAnswered(msg)
	case deployResultMsg:
		return f.deployed(msg), nil
	case composeMsg:
		return f.compose(msg)
	case composeResultMsg:
		return f.composed(msg), nil
	}
	return f, nil
}

func (f composerFlow) tell(msg tea.Msg) composerFlow {
	f.out = append(f.out, msg)
	return f
}

func (f composerFlow) status(kind statusKind, text string) composerFlow {
	return f.tell(statusMsg{kind: kind, text: text})
}

// opened opens the composer over the dashboard.
func (f composerFlow) opened() composerFlow {
	if f.ui != nil {
		return f
	}
	if f.c.Responder == nil {
		return f.status(statusError, "compose upgrade: this session has no responder, so it cannot check or compose an upgrade")
	}
	f.ui = NewComposerOverlay(f.c, f.state, f.c.Responder.Fixes())
	return f.tell(openOverlayMsg{overlay: f.ui, what: "upgrade composer"})
}

// closed forgets the composer and whatever it waited for; a deployment
// being sent goes on.
func (f composerFlow) closed() composerFlow {
	if f.ui == nil {
		return f
	}
	text := "upgrade composer closed"
	if f.checking != 0 {
		text += ": the checks in flight were abandoned"
	}
	f = f.stopCheck()
	f.ui, f.planning, f.composing = nil, 0, 0
	if n := len(f.executing); n > 0 {
		text += fmt.Sprintf("; %s still being sent", f.executing[n-1].planID)
	}
	return f.status(statusInfo, text)
}

func (f composerFlow) stopCheck() composerFlow {
	if f.cancelCheck != nil {
		f.cancelCheck()
	}
	f.checking, f.cancelCheck = 0, nil
	return f
}

// check runs the checks of an upgrade, off the UI loop.
func (f composerFlow) check(msg runCheckMsg) (composerFlow, tea.Cmd) {
	if f.ui == nil {
		return f, nil
	}
	f = f.stopCheck() // a newer request supersedes an older one
	f.nextID++
	id := f.nextID
	ctx, cancel := context.WithTimeout(context.Background(), checkTimeout)
	f.checking, f.cancelCheck = id, cancel
	b, req := f.c.Responder, msg.req
	return f.status(statusInfo, "checking the upgrade… ("+keyName(f.c.Keys.Cancel)+" closes the composer and abandons it)"), func() tea.Msg {
		defer cancel()
		c, err := b.CheckUpgrade(ctx, req)
		return checkResultMsg{id: id, check: c, err: err}
	}
}

// abandonCheck stops waiting for the checks.
func (f composerFlow) abandonCheck() composerFlow {
	if f.checking == 0 {
		return f
	}
	return f.stopCheck().status(statusInfo, "checks abandoned")
}

// checked hands the checks to the composer, or says why there are none.
func (f composerFlow) checked(msg checkResultMsg) composerFlow {
	if msg.id != f.checking || f.ui == nil {
		return f // abandoned or superseded
	}
	f.checking, f.cancelCheck = 0, nil
	switch {
	case msg.err != nil && errors.Is(msg.err, session.ErrBadInput):
		f.ui.checkFailed(msg.err, true)
		return f.status(statusInfo, "the upgrade was not checked: fix the input in the composer")
	case msg.err != nil:
		f.ui.checkFailed(msg.err, false)
		return f.status(statusError, fmt.Errorf("upgrade not checked: %w", msg.err).Error())
	case msg.check == nil:
		f.ui.checkFailed(errors.New("the responder returned no check"), false)
		return f
	}
	f.ui.showCheck(msg.check)
	return f.status(statusInfo, CheckSummary(msg.check))
}

// planDeploy asks the responder for the deployment, off the UI loop.
func (f composerFlow) planDeploy(msg planDeployMsg) (composerFlow, tea.Cmd) {
	if f.ui == nil || msg.check == nil {
		return f, nil
	}
	if f.planning != 0 {
		return f.status(statusInfo, "still preparing the deployment…"), nil
	}
	f.nextID++
	id := f.nextID
	f.planning = id
	b, c := f.c.Responder, msg.check
	return f.status(statusInfo, "preparing the deployment of "+c.Artifact.Name+"…"), func() tea.Msg {
		ctx, cancel := context.WithTimeout(context.Background(), planTimeout)
		defer cancel()
		p, err := b.PlanDeploy(ctx, c)
		return deployPlanMsg{id: id, plan: p, err: err}
	}
}

// deployPlanned shows the deployment in the confirm dialog, or says why
// there is none.
func (f composerFlow) deployPlanned(msg deployPlanMsg) composerFlow {
	if msg.id != f.planning || f.ui == nil {
		return f
	}
	f.planning = 0
	switch {
	case msg.err != nil:
		f.ui.deployFailed(msg.err)
		return f.status(statusError, fmt.Errorf("deployment not prepared: %w", msg.err).Error())
	case msg.plan == nil || len(msg.plan.Txs) == 0:
		f.ui.deployFailed(errors.New("the responder returned nothing to sign"))
		return f
	}
	f.ui.reviewing(msg.plan.ID)
	f = f.status(statusInfo, "review the deployment: "+keyName(f.c.Keys.Confirm)+" signs and sends, any other key cancels")
	return f.tell(openOverlayMsg{
		overlay: NewConfirmOverlay(f.c, msg.plan, f.state.Started.ChainID, deployAnswer),
		what:    "deployment ready to review",
	})
}

// deployAnswered sends a confirmed deployment, off the UI loop, or says
// that nothing was sent.
func (f composerFlow) deployAnswered(msg deployAnsweredMsg) (composerFlow, tea.Cmd) {
	p := msg.plan
	if p == nil {
		return f, nil
	}
	if !msg.yes {
		if f.ui != nil {
			f.ui.deployCancelled(p.ID)
		}
		return f.tell(cancelledStatus(p)), nil
	}
	f.nextID++
	id := f.nextID
	f.executing = append(slices.Clip(f.executing), sending{id: id, planID: p.ID})
	if f.ui != nil {
		f.ui.deploying(p.ID)
	}
	b := f.c.Responder
	f = f.status(statusInfo, fmt.Sprintf("sending %s (%s)… waiting until mined", p.ID, plural(len(p.Txs), "transaction", "transactions")))
	return f, func() tea.Msg {
		return deployResultMsg{id: id, planID: p.ID, err: b.Execute(context.Background(), p)}
	}
}

// deployed says how a deployment ended, in the status line and in the
// composer when it is still the one that asked.
func (f composerFlow) deployed(msg deployResultMsg) composerFlow {
	i := slices.IndexFunc(f.executing, func(s sending) bool { return s.id == msg.id })
	if i < 0 {
		return f
	}
	f.executing = slices.Delete(slices.Clone(f.executing), i, i+1)
	if f.ui != nil {
		f.ui.deployDone(msg.planID, msg.err)
	}
	if msg.err != nil {
		return f.status(statusError, fmt.Errorf("%s failed: %w", msg.planID, msg.err).Error())
	}
	return f.status(statusOK, msg.planID+" done: the new implementation is deployed")
}

// compose asks the responder for the proposal, off the UI loop.
func (f composerFlow) compose(msg composeMsg) (composerFlow, tea.Cmd) {
	if f.ui == nil || msg.check == nil {
		return f, nil
	}
	if f.composing != 0 {
		return f.status(statusInfo, "still composing…"), nil
	}
	f.nextID++
	id := f.nextID
	f.composing = id
	b, c, overrides := f.c.Responder, msg.check, slices.Clone(msg.overrides)
	return f.status(statusInfo, "composing the proposal of "+c.ID+"…"), func() tea.Msg {
		ctx, cancel := context.WithTimeout(context.Background(), planTimeout)
		defer cancel()
		u, err := b.ComposeUpgrade(ctx, c, overrides)
		return composeResultMsg{id: id, composed: u, err: err}
	}
}

// composed shows the proposal, or says why there is none.
func (f composerFlow) composed(msg composeResultMsg) composerFlow {
	if msg.id != f.composing || f.ui == nil {
		return f
	}
	f.composing = 0
	switch {
	case msg.err != nil:
		f.ui.composeFailed(msg.err)
		return f.status(statusError, fmt.Errorf("proposal not composed: %w", msg.err).Error())
	case msg.composed == nil:
		f.ui.composeFailed(errors.New("the responder returned no proposal"))
		return f
	}
	f.ui.showProposal(msg.composed)
	return f.status(statusOK, msg.composed.ID+" composed: the proposal and its rollback are in the journal (upgrade.composed)")
}
