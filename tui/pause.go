package tui

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"warroom/chain"
	"warroom/session"
)

// planTimeout bounds building and signing a plan; Execute is not bounded
// here because it waits for mining.
const planTimeout = 30 * time.Second

// pauseFlow is the pause workflow: ask the responder for a signed plan (off
// the UI loop), show it in the confirm dialog, and execute it once the
// responder confirms. While a pause is sent and not mined it says for how
// many blocks, and speeds it up on request (speedup.go): the replacement
// goes through the same dialog and the same Execute.
//
// It owns its request ids, so an answer it no longer waits for (abandoned
// or superseded) is dropped, and the Execute calls in flight, so the quit
// question can name them. It talks to the root only through messages: the
// root sends it intents (startPauseMsg, abandonPauseMsg) and routes it the
// results of its commands (planResultMsg, confirmedMsg, execResultMsg), all
// marked pauseMsg; what it has for the root (statusMsg, openOverlayMsg) it
// leaves in out.
//
// Other workflows (upgrade composer, approvals board) take the same shape:
// a value with update(msg) returning its concrete type, a marker interface
// for its messages, and an out list the root handles.
type pauseFlow struct {
	c      *Common
	state  *session.State // the root's snapshot: the session's chain id
	nextID int

	planning  int       // id of the plan awaited (PlanPause, PlanSpeedUp), 0 = none
	planWhat  string    // what it plans: "pause", "speed-up"
	executing []sending // Execute calls in flight, oldest first
	ticking   bool      // a look at the pending pause is scheduled
	noted     notedPending

	// out is what the last update has for the root, in order. The root
	// handles these in the same Update, so a status line or a dialog keeps
	// its order with the flow's own results: sent as commands, "preparing
	// pause…" could arrive after the plan it announces.
	out []tea.Msg
}

// sending is an Execute call in flight.
type sending struct {
	id     int    // request id
	planID string // the plan it sends
}

// pauseMsg marks the messages the pause workflow owns; the root routes them
// to it and nowhere else.
type pauseMsg interface{ pauseMsg() }

// startPauseMsg says the responder asked to pause.
type startPauseMsg struct{}

// abandonPauseMsg says the responder stopped waiting for the plan.
type abandonPauseMsg struct{}

// planResultMsg is PlanPause's answer to request id, or PlanSpeedUp's.
type planResultMsg struct {
	id      int
	plan    *session.Plan
	err     error
	speedUp bool
}

// confirmedMsg says the responder confirmed plan in the confirm dialog.
type confirmedMsg struct {
	plan *session.Plan
}

// execResultMsg is Execute's answer to request id.
type execResultMsg struct {
	id     int
	planID string
	err    error
}

func (startPauseMsg) pauseMsg()   {}
func (abandonPauseMsg) pauseMsg() {}
func (planResultMsg) pauseMsg()   {}
func (confirmedMsg) pauseMsg()    {}
func (execResultMsg) pauseMsg()   {}

// newPauseFlow returns the workflow, idle. state is the root's snapshot,
// read when a plan is shown.
func newPauseFlow(c *Common, state *session.State) pauseFlow {
	return pauseFlow{c: c, state: state}
}

// preparing reports whether a plan is awaited.
func (f pauseFlow) preparing() bool { return f.planning != 0 }

// sending lists the plans whose Execute call has not returned, oldest first.
func (f pauseFlow) sending() []string {
	out := make([]string, len(f.executing))
	for i, s := range f.executing {
		out[i] = s.planID
	}
	return out
}

// update takes one of the flow's messages and returns the flow as it is
// after it, with the command to run.
func (f pauseFlow) update(msg pauseMsg) (pauseFlow, tea.Cmd) {
	f.out = nil
	switch msg := msg.(type) {
	case startPauseMsg:
		return f.start()
	case startSpeedUpMsg:
		return f.startSpeedUp()
	case pendingTickMsg:
		return f.pending()
	case abandonPauseMsg:
		return f.abandon(), nil
	case planResultMsg:
		return f.planned(msg), nil
	case confirmedMsg:
		return f.confirmed(msg)
	case execResultMsg:
		return f.executed(msg), nil
	}
	return f, nil
}

func (f pauseFlow) tell(msg tea.Msg) pauseFlow {
	f.out = append(f.out, msg)
	return f
}

func (f pauseFlow) status(kind statusKind, text string) pauseFlow {
	return f.tell(statusMsg{kind: kind, text: text})
}

// start asks the responder to build and sign the pause, off the UI loop.
func (f pauseFlow) start() (pauseFlow, tea.Cmd) {
	if f.preparing() {
		return f.status(statusInfo, "still preparing "+f.planWhat+"… ("+keyName(f.c.Keys.Cancel)+" abandons)"), nil
	}
	if f.state.Protocol.AllPaused() {
		return f.status(statusInfo, alreadyPaused(f.state)), nil
	}
	if a, ok := pendingPause(f.state); ok {
		// Another pause would queue behind it at the next nonce: what
		// helps is a higher fee for this one.
		return f.status(statusInfo, "already sent, not mined yet: "+pendingNote(f.c.Keys, a, f.state.Head.Number)), nil
	}
	f.nextID++
	id := f.nextID
	f.planning, f.planWhat = id, "pause"
	b := f.c.Responder
	return f.status(statusInfo, "preparing pause…"), func() tea.Msg {
		ctx, cancel := context.WithTimeout(context.Background(), planTimeout)
		defer cancel()
		p, err := b.PlanPause(ctx)
		return planResultMsg{id: id, plan: p, err: err}
	}
}

// alreadyPaused is the short, calm answer to p on a paused protocol.
func alreadyPaused(s *session.State) string {
	if s.PausedBlock != 0 {
		return fmt.Sprintf("already paused (since block %d): nothing to send", s.PausedBlock)
	}
	return "already paused: nothing to send"
}

// abandon stops waiting for the plan: its answer will be dropped as stale.
func (f pauseFlow) abandon() pauseFlow {
	if !f.preparing() {
		return f
	}
	f.planning = 0
	return f.status(statusInfo, f.planWhat+" preparation abandoned: nothing was signed for sending")
}

// planned shows the plan asked for, or says why there is none.
func (f pauseFlow) planned(msg planResultMsg) pauseFlow {
	if msg.id != f.planning {
		return f // abandoned or superseded
	}
	f.planning = 0
	if msg.speedUp {
		return f.speedUpPlanned(msg)
	}
	switch {
	case errors.Is(msg.err, chain.ErrAlreadyPaused):
		// Not a failure: what p is for is already done.
		return f.status(statusInfo, alreadyPaused(f.state))
	case msg.err != nil:
		return f.status(statusError, fmt.Errorf("pause not prepared: %w", msg.err).Error())
	case msg.plan == nil || len(msg.plan.Txs) == 0:
		return f.status(statusInfo, "pause: nothing to sign")
	}
	f = f.status(statusInfo, "review the pause: "+keyName(f.c.Keys.Confirm)+" signs and sends, any other key cancels")
	return f.tell(openOverlayMsg{
		overlay: NewConfirmOverlay(f.c, msg.plan, f.state.Started.ChainID, pauseAnswer),
		what:    "pause ready to review",
	})
}

// pauseAnswer is the confirm dialog's answer to the pause workflow: a
// confirmed plan comes back to it, a cancelled one is only said.
func pauseAnswer(p *session.Plan, yes bool) tea.Msg {
	if yes {
		return confirmedMsg{plan: p}
	}
	return cancelledStatus(p)
}

// confirmed runs Execute for a confirmed plan, off the UI loop.
func (f pauseFlow) confirmed(msg confirmedMsg) (pauseFlow, tea.Cmd) {
	p := msg.plan
	if p == nil {
		return f, nil
	}
	f.nextID++
	id := f.nextID
	f.executing = append(slices.Clip(f.executing), sending{id: id, planID: p.ID})
	b := f.c.Responder
	f = f.status(statusInfo, fmt.Sprintf("sending %s (%s)… waiting until mined", p.ID, plural(len(p.Txs), "transaction", "transactions")))
	exec := func() tea.Msg {
		return execResultMsg{id: id, planID: p.ID, err: b.Execute(context.Background(), p)}
	}
	// While it waits to be mined, the status line says for how long.
	f, tick := f.tick()
	return f, tea.Batch(exec, tick)
}

// executed says how an Execute call ended.
func (f pauseFlow) executed(msg execResultMsg) pauseFlow {
	i := slices.IndexFunc(f.executing, func(s sending) bool { return s.id == msg.id })
	if i < 0 {
		return f
	}
	f.executing = slices.Delete(slices.Clone(f.executing), i, i+1)
	if msg.err != nil {
		return f.status(statusError, fmt.Errorf("%s failed: %w", msg.planID, msg.err).Error())
	}
	return f.status(statusOK, msg.planID+" done: every transaction mined")
}
