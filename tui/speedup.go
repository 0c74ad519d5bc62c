package tui

import (
	"context"
	"errors"
	"fmt"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"warroom/chain"
	"warroom/session"
)

// The speed-up of a stuck pause, part of the pause workflow (pause.go):
// while a pause is sent and not mined, the status line says for how many
// blocks, and the SpeedUp key asks the responder for the replacement (same
// nonce, same call, higher fee), shown in the confirm dialog; the Confirm
// key sends it.

// pendingEvery is how often the workflow looks at a pause in flight, to
// say how long it has been pending.
const pendingEvery = time.Second

// speedUpper is the responder's speed-up (session.Responder.PlanSpeedUp):
// a signed replacement of an action's pending transaction.
type speedUpper interface {
	PlanSpeedUp(ctx context.Context, actionID string) (*session.Plan, error)
}

// startSpeedUpMsg says the responder asked to speed up the pending pause.
type startSpeedUpMsg struct{}

// pendingTickMsg is the workflow's look at a pause in flight.
type pendingTickMsg struct{}

func (startSpeedUpMsg) pauseMsg() {}
func (pendingTickMsg) pauseMsg()  {}

func pendingTick() tea.Cmd {
	return tea.Tick(pendingEvery, func(time.Time) tea.Msg { return pendingTickMsg{} })
}

// pendingPause is the newest pause with a transaction sent and not mined.
func pendingPause(s *session.State) (*session.Action, bool) {
	for i := len(s.Actions) - 1; i >= 0; i-- {
		if a := &s.Actions[i]; a.Action == session.ActionPause && a.Unmined() {
			return a, true
		}
	}
	return nil, false
}

// newestPause is the newest pause action, whatever its status.
func newestPause(s *session.State) (*session.Action, bool) {
	for i := len(s.Actions) - 1; i >= 0; i-- {
		if a := &s.Actions[i]; a.Action == session.ActionPause {
			return a, true
		}
	}
	return nil, false
}

// pendingNote says how long a pause has been waiting to be mined at head,
// and which key speeds it up: "pause-1 pending for 3 blocks (sped up once)
// · f speeds it up (raises the fee)". Empty when it is not pending.
func pendingNote(k *KeyMap, a *session.Action, head uint64) string {
	if !a.Unmined() {
		return ""
	}
	n := a.PendingBlocks(head)
	text := a.ID + " pending"
	if n > 0 {
		text += " for " + plural(int(n), "block", "blocks")
	}
	switch a.SpedUp {
	case 0:
	case 1:
		text += " (sped up once)"
	default:
		text += fmt.Sprintf(" (sped up %d times)", a.SpedUp)
	}
	return text + " · " + keyName(k.SpeedUp) + " speeds it up (raises the fee)"
}

// nothingToSpeedUp is the calm answer to the SpeedUp key when no pause is
// waiting to be mined.
func nothingToSpeedUp(k *KeyMap, s *session.State) string {
	a, ok := newestPause(s)
	switch {
	case !ok:
		return "nothing to speed up: no pause is sent (" + keyName(k.Pause) + " pauses)"
	case a.Status == session.ActionStatusConfirmed:
		return fmt.Sprintf("nothing to speed up: %s is mined (block %d)", a.ID, a.Block)
	case a.Status == session.ActionStatusFailed:
		return "nothing to speed up: " + a.ID + " failed"
	}
	return "nothing to speed up: " + a.ID + " is not sent yet"
}

// startSpeedUp asks the responder for the replacement of the pending
// pause, off the UI loop.
func (f pauseFlow) startSpeedUp() (pauseFlow, tea.Cmd) {
	if f.preparing() {
		return f.status(statusInfo, "still preparing "+f.planWhat+"… ("+keyName(f.c.Keys.Cancel)+" abandons)"), nil
	}
	a, ok := pendingPause(f.state)
	if !ok {
		return f.status(statusInfo, nothingToSpeedUp(f.c.Keys, f.state)), nil
	}
	su, ok := f.c.Responder.(speedUpper)
	if !ok {
		return f.status(statusError, "this console's responder cannot speed up a transaction"), nil
	}
	f.nextID++
	id, actionID := f.nextID, a.ID
	f.planning, f.planWhat = id, "speed-up"
	return f.status(statusInfo, "preparing the speed-up of "+actionID+"…"), func() tea.Msg {
		ctx, cancel := context.WithTimeout(context.Background(), planTimeout)
		defer cancel()
		p, err := su.PlanSpeedUp(ctx, actionID)
		return planResultMsg{id: id, plan: p, err: err, speedUp: true}
	}
}

// speedUpPlanned shows the replacement asked for, or says why there is none.
func (f pauseFlow) speedUpPlanned(msg planResultMsg) pauseFlow {
	switch {
	case errors.Is(msg.err, session.ErrNothingToSpeedUp):
		// Not a failure: mined meanwhile, most likely.
		return f.status(statusInfo, msg.err.Error())
	case msg.err != nil:
		return f.status(statusError, fmt.Errorf("speed-up not prepared: %w", msg.err).Error())
	case msg.plan == nil || len(msg.plan.Txs) == 0:
		return f.status(statusInfo, "speed-up: nothing to sign")
	}
	f = f.status(statusInfo, "review the speed-up of "+msg.plan.SpeedsUp+": "+keyName(f.c.Keys.Confirm)+" signs and sends the replacement, any other key cancels")
	return f.tell(openOverlayMsg{
		overlay: NewConfirmOverlay(f.c, msg.plan, f.state.Started.ChainID, pauseAnswer),
		what:    "speed-up ready to review",
	})
}

// pending looks at the pause in flight: when it has waited another block,
// the status line says so and names the SpeedUp key. It looks again while
// a pause is pending or an Execute of this workflow runs.
func (f pauseFlow) pending() (pauseFlow, tea.Cmd) {
	f.ticking = false
	a, ok := pendingPause(f.state)
	if ok {
		n := a.PendingBlocks(f.state.Head.Number)
		if n > 0 && (a.ID != f.noted.id || n != f.noted.blocks || a.SpedUp != f.noted.spedUp) {
			f = f.status(statusInfo, pendingNote(f.c.Keys, a, f.state.Head.Number))
		}
		f.noted = notedPending{id: a.ID, blocks: n, spedUp: a.SpedUp}
	}
	if !ok && len(f.executing) == 0 {
		return f, nil
	}
	return f.tick()
}

// tick schedules the next look at a pause in flight, unless one is.
func (f pauseFlow) tick() (pauseFlow, tea.Cmd) {
	if f.ticking {
		return f, nil
	}
	f.ticking = true
	return f, pendingTick()
}

// notedPending is what the status line last said of a pending pause.
type notedPending struct {
	id     string
	blocks uint64
	spedUp int
}

// replacementLines are the confirm dialog's lines of what a speed-up's
// transaction replaces: the transaction it takes the place of, at the same
// nonce, and each fee old → new.
func replacementLines(f fields, old session.ActionReplaced, tx *chain.TxPlan) {
	f.hex("replaces", old.TxHash.Hex())
	f.field("", fmt.Sprintf("the same nonce %d: one of the two is mined, never both", old.Nonce), f.st.Muted.Render)
	f.field("max fee", chain.FormatGwei(old.MaxFee)+" → "+chain.FormatGwei(tx.MaxFee)+" per gas")
	f.field("priority fee", chain.FormatGwei(old.MaxTip)+" → "+chain.FormatGwei(tx.MaxTip)+" per gas", f.st.Bold.Render)
}
