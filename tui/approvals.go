package tui

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"slices"
	"strings"

	"github.com/charmbracelet/bubbles/cursor"
	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/textinput"
	"github.com/charmbracelet/bubbles/viewport"
	tea "github.com/charmbracelet/bubbletea"

	"warroom/session"
)

// ApprovalsOverlay is the approvals board of the composed upgrade in
// flight: its Safe transactions' hashes, the call decoded at every layer,
// the owners and where each stands, threshold progress, the warnings, the
// timelock's countdown and the exposure while the fix waits. From it the
// responder signs as their own owner key, pastes cosigners' signatures,
// exports the transactions for cosigners, and executes each route step
// once it has its signatures (through the confirm dialog). approvalsFlow
// does the asking.
type ApprovalsOverlay struct {
	c     *Common
	state *session.State // the root's snapshot
	in    BoardInput

	pasting bool
	// armed is the Safe request Sign was pressed on, waiting for Confirm.
	armed string
	input textinput.Model
	note  composerNote
	seq   uint64 // the state's seq the body was drawn from

	vp   viewport.Model
	w    int
	maxH int
}

// NewApprovalsOverlay opens the board; state is the root's snapshot, read
// as it changes.
func NewApprovalsOverlay(c *Common, state *session.State, in BoardInput) *ApprovalsOverlay {
	ti := textinput.New()
	ti.Prompt = "signature › "
	ti.PromptStyle = c.Styles.Prompt
	ti.TextStyle = c.Styles.Text
	ti.Placeholder = "0x… 65 bytes (r ‖ s ‖ v) as cast wallet sign, a hardware wallet or Safe{Wallet} give it"
	ti.PlaceholderStyle = c.Styles.Muted
	ti.CharLimit = 20_000
	ti.Cursor.SetMode(cursor.CursorStatic)
	o := &ApprovalsOverlay{c: c, state: state, in: in, input: ti, vp: viewport.New(0, 0)}
	o.vp.KeyMap = scrollKeys(c.Keys)
	o.vp.MouseWheelEnabled = false
	o.SetSize(c.Width, c.Height)
	return o
}

// SetSize fits the board to the terminal.
func (o *ApprovalsOverlay) SetSize(w, h int) {
	o.w = max(60, min(w-4, 150))
	o.maxH = max(12, h-2)
	o.input.Width = max(20, o.w-8-Width(o.input.Prompt))
	o.refresh()
}

func (o *ApprovalsOverlay) upgrade() (session.Upgrade, bool) { return o.state.Route() }

// request is the Safe request the board shows: the oldest still open, else
// the newest decided one.
func (o *ApprovalsOverlay) request() (*session.Request, bool) {
	if q, ok := o.state.OpenRequest(); ok {
		return q, true
	}
	if n := len(o.state.Requests); n > 0 {
		return &o.state.Requests[n-1], true
	}
	return nil, false
}

// refresh redraws the body from the state: the Safe request first, then
// the upgrade's route.
func (o *ApprovalsOverlay) refresh() {
	o.seq = o.state.Seq
	o.in.Now = o.c.Now()
	var body []string
	if q, ok := o.request(); ok {
		body = append(RequestLines(o.c.Styles, o.state, q, o.in.Me, o.w-4), "")
	}
	if u, ok := o.upgrade(); ok {
		body = append(body, BoardLines(o.c.Styles, o.state, &u, o.in, o.w-4)...)
	}
	if len(body) == 0 {
		o.vp.SetContent("")
		return
	}
	o.vp.Width = o.w - 4
	o.vp.Height = max(3, min(len(body), o.maxH-2-1-len(o.fixedLines())))
	o.vp.SetContent(strings.Join(body, "\n"))
}

// setStatus takes the route's status as read on chain.
func (o *ApprovalsOverlay) setStatus(s *session.RouteStatus) {
	o.in.Status = s
	o.refresh()
}

func (o *ApprovalsOverlay) say(text string, isErr bool) {
	o.note = composerNote{text: text, err: isErr}
}

// HandleKey takes the board's keys.
func (o *ApprovalsOverlay) HandleKey(msg tea.KeyMsg) (bool, tea.Cmd) {
	k := o.c.Keys
	if o.pasting {
		switch {
		case key.Matches(msg, k.Submit):
			text := strings.TrimSpace(o.input.Value())
			if text == "" {
				o.say("nothing pasted: paste the signature hex, or "+keyName(k.Cancel)+" to stop", true)
				return false, nil
			}
			o.pasting = false
			o.input.Reset()
			o.input.Blur()
			o.say("checking the signature…", false)
			return false, say(pasteMsg{text: text})
		case key.Matches(msg, k.Cancel):
			o.pasting = false
			o.input.Reset()
			o.input.Blur()
			o.say("nothing pasted", false)
			return false, nil
		}
		var cmd tea.Cmd
		o.input, cmd = o.input.Update(msg)
		return false, cmd
	}
	if id := o.armed; id != "" {
		o.armed = ""
		if key.Matches(msg, k.Confirm) {
			o.say("signing "+id+"…", false)
			return false, say(signRequestMsg{id: id})
		}
		o.say(id+" not signed", false)
		return false, nil
	}
	if q, ok := o.state.OpenRequest(); ok {
		switch {
		case key.Matches(msg, k.Refuse):
			return false, say(refuseRequestMsg{id: q.ID})
		case key.Matches(msg, k.Sign):
			o.armed = q.ID
			o.say("", false)
			return false, nil
		}
	}
	_, route := o.upgrade()
	switch {
	case key.Matches(msg, k.Cancel, k.Close):
		return true, say(closeApprovalsMsg{})
	case !route:
		if key.Matches(msg, k.Up, k.Down, k.PageUp, k.PageDown) {
			o.vp, _ = o.vp.Update(msg)
		}
		return false, nil
	case key.Matches(msg, k.Sign):
		return false, say(signOwnerMsg{})
	case key.Matches(msg, k.Paste):
		o.pasting = true
		o.say("", false)
		return false, o.input.Focus()
	case key.Matches(msg, k.Execute):
		return false, say(planRouteMsg{})
	case key.Matches(msg, k.Export):
		return false, say(exportRouteMsg{})
	case key.Matches(msg, k.Unpause):
		return false, say(startUnpauseMsg{})
	case key.Matches(msg, k.Up, k.Down, k.PageUp, k.PageDown):
		o.vp, _ = o.vp.Update(msg)
	}
	return false, nil
}

// ShortHelp lists the board's keys.
func (o *ApprovalsOverlay) ShortHelp() []key.Binding {
	k := o.c.Keys
	if o.pasting {
		return []key.Binding{withHelp(k.Submit, "check and add"), withHelp(k.Cancel, "stop pasting")}
	}
	if _, ok := o.state.OpenRequest(); ok {
		return []key.Binding{withHelp(k.Down, "scroll"), k.Refuse, withHelp(k.Sign, "sign the request"), withHelp(k.Cancel, "close")}
	}
	return []key.Binding{withHelp(k.Down, "scroll"), k.Sign, k.Paste, k.Execute, k.Export, withHelp(k.Cancel, "close")}
}

// FullHelp lists every key of the board.
func (o *ApprovalsOverlay) FullHelp() [][]key.Binding {
	return [][]key.Binding{approvalsKeys(o.c.Keys)}
}

func approvalsKeys(k *KeyMap) []key.Binding {
	return []key.Binding{withHelp(k.Up, "scroll up"), withHelp(k.Down, "scroll down"), k.PageUp, k.PageDown,
		k.Sign, k.Paste, k.Execute, k.Export, k.Unpause, k.Refuse, withHelp(k.Cancel, "close")}
}

func (o *ApprovalsOverlay) fixedLines() []string {
	st := o.c.Styles
	var lines []string
	if q, ok := o.state.OpenRequest(); ok {
		for _, l := range Wrap(requestNext(st, o.c.Keys, q, o.armed == q.ID), o.w-4, 0) {
			lines = append(lines, l)
		}
	} else if u, ok := o.upgrade(); ok {
		lines = []string{Truncate(BoardNext(st, o.c.Keys, o.state, &u, o.in.Me), o.w-4)}
	}
	if o.pasting {
		lines = append(lines, o.input.View())
	}
	if o.note.text != "" {
		render := st.Muted.Render
		if o.note.err {
			render = st.Critical.Render
		}
		for _, l := range Wrap(o.note.text, o.w-4, 4) {
			lines = append(lines, render(l))
		}
	}
	return lines
}

// View draws the board.
func (o *ApprovalsOverlay) View() string {
	if o.seq != o.state.Seq {
		o.refresh()
	}
	u, ok := o.upgrade()
	q, asked := o.request()
	var title string
	switch {
	case asked && (q.Open() || !ok):
		title = o.c.Styles.DialogTitle.Render(" Approvals · Safe request " + q.ID + " ")
	case ok:
		title = o.c.Styles.DialogTitle.Render(" Approvals · " + u.ID + " ")
	default:
		return dialog(o.c, o.c.Styles.DialogTitle.Render(" Approvals "), []string{"no composed upgrade yet: u composes one"}, o.w, "")
	}
	lines := strings.Split(o.vp.View(), "\n")
	lines = append(lines, "")
	lines = append(lines, o.fixedLines()...)
	if n := o.maxH - 2; len(lines) > n {
		lines = lines[:n]
	}
	return dialog(o.c, title, lines, o.w, scrollHint(&o.vp))
}

// approvalsFlow is the board's workflow, in pauseFlow's shape: it opens the
// board, reads the route's status on chain, and runs off the UI loop what
// the board asks for: checking pasted signatures, signing as the session's
// owner key, exporting, and planning, confirming and executing the route's
// steps and the unpause. Executions in flight outlive the board, so the
// quit question can name them.
type approvalsFlow struct {
	c      *Common
	state  *session.State
	ui     *ApprovalsOverlay
	nextID int

	planning  int       // id of the PlanRoute or PlanUnpause awaited
	executing []sending // route steps and unpauses being sent
	out       []tea.Msg
}

// approvalsMsg marks the board workflow's messages.
type approvalsMsg interface{ approvalsMsg() }

type (
	openApprovalsMsg  struct{}
	closeApprovalsMsg struct{}
	boardStatusMsg    struct {
		status *session.RouteStatus
		err    error
	}
	pasteMsg         struct{ text string }
	signOwnerMsg     struct{}
	signRequestMsg   struct{ id string }
	refuseRequestMsg struct{ id string }
	requestDoneMsg   struct {
		text string
		err  error
	}
	outcomesMsg struct {
		what     string
		outcomes []session.ApprovalOutcome
		err      error
	}
	planRouteMsg    struct{}
	startUnpauseMsg struct{}
	routePlannedMsg struct {
		id   int
		plan *session.Plan
		err  error
	}
	routeAnsweredMsg struct {
		plan *session.Plan
		yes  bool
	}
	routeDoneMsg struct {
		id     int
		planID string
		err    error
	}
	exportRouteMsg struct{}
	exportedMsg    struct {
		path string
		err  error
	}
)

func (openApprovalsMsg) approvalsMsg()  {}
func (closeApprovalsMsg) approvalsMsg() {}
func (boardStatusMsg) approvalsMsg()    {}
func (pasteMsg) approvalsMsg()          {}
func (signOwnerMsg) approvalsMsg()      {}
func (signRequestMsg) approvalsMsg()    {}
func (refuseRequestMsg) approvalsMsg()  {}
func (requestDoneMsg) approvalsMsg()    {}
func (outcomesMsg) approvalsMsg()       {}
func (planRouteMsg) approvalsMsg()      {}
func (startUnpauseMsg) approvalsMsg()   {}
func (routePlannedMsg) approvalsMsg()   {}
func (routeAnsweredMsg) approvalsMsg()  {}
func (routeDoneMsg) approvalsMsg()      {}
func (exportRouteMsg) approvalsMsg()    {}
func (exportedMsg) approvalsMsg()       {}

func routeAnswer(p *session.Plan, yes bool) tea.Msg { return routeAnsweredMsg{plan: p, yes: yes} }

func newApprovalsFlow(c *Common, state *session.State) approvalsFlow {
	return approvalsFlow{c: c, state: state}
}

func (f approvalsFlow) sending() []string {
	out := make([]string, len(f.executing))
	for i, s := range f.executing {
		out[i] = s.planID
	}
	return out
}

func (f approvalsFlow) tell(msg tea.Msg) approvalsFlow {
	f.out = append(f.out, msg)
	return f
}

func (f approvalsFlow) status(kind statusKind, text string) approvalsFlow {
	return f.tell(statusMsg{kind: kind, text: text})
}

func (f approvalsFlow) update(msg approvalsMsg) (approvalsFlow, tea.Cmd) {
	f.out = nil
	b := f.c.Responder
	if b == nil {
		return f.status(statusError, "approvals: this session has no responder, so it cannot collect or send anything"), nil
	}
	switch msg := msg.(type) {
	case openApprovalsMsg:
		if f.ui != nil {
			return f, nil
		}
		if _, ok := f.state.Route(); !ok && len(f.state.Requests) == 0 {
			return f.status(statusInfo, "approvals board: no composed upgrade yet; "+keyName(f.c.Keys.Upgrade)+" composes one"), nil
		}
		me, _ := b.OwnerAddress()
		f.ui = NewApprovalsOverlay(f.c, f.state, BoardInput{Me: me, Nested: b.NestedOwners(), Now: f.c.Now()})
		return f.tell(openOverlayMsg{overlay: f.ui, what: "approvals board"}), f.readStatus()
	case closeApprovalsMsg:
		f.ui = nil
		return f, nil
	case boardStatusMsg:
		if f.ui != nil && msg.err == nil {
			f.ui.setStatus(msg.status)
		}
		if msg.err != nil {
			return f.status(statusError, "approvals: could not read the route on chain: "+msg.err.Error()), nil
		}
		return f, nil
	case pasteMsg:
		text := msg.text
		return f, func() tea.Msg {
			ctx, cancel := context.WithTimeout(context.Background(), planTimeout)
			defer cancel()
			out, err := b.AddSignatures(ctx, "", text, session.SourcePasted, "responder")
			return outcomesMsg{what: "pasted signature", outcomes: out, err: err}
		}
	case signOwnerMsg:
		if _, ok := b.OwnerAddress(); !ok {
			return f.status(statusError, "sign: this session holds no Safe owner key; paste a cosigner's signature instead ("+keyName(f.c.Keys.Paste)+")"), nil
		}
		return f.status(statusInfo, "signing both Safe transactions with your owner key…"), func() tea.Msg {
			ctx, cancel := context.WithTimeout(context.Background(), planTimeout)
			defer cancel()
			out, err := b.SignAsOwner(ctx, "")
			return outcomesMsg{what: "your signatures", outcomes: out, err: err}
		}
	case signRequestMsg:
		return f, func() tea.Msg {
			d, err := b.SignRequest(msg.id, "responder")
			return requestDoneMsg{text: fmt.Sprintf("signed %s as %s; journaled as safe.request.signed", msg.id, d.Owner.Hex()), err: err}
		}
	case refuseRequestMsg:
		return f, func() tea.Msg {
			err := b.RefuseRequest(msg.id, "responder", "refused on the approvals board", false)
			return requestDoneMsg{text: "refused " + msg.id + ": nothing signed; tell the owners who signed it", err: err}
		}
	case requestDoneMsg:
		if msg.err != nil {
			return f.note(msg.err.Error(), true).status(statusError, msg.err.Error()), nil
		}
		return f.note(msg.text, false).status(statusOK, msg.text), nil
	case outcomesMsg:
		return f.outcomes(msg), f.readStatus()
	case planRouteMsg:
		return f.plan("preparing the next route step…", func(ctx context.Context) (*session.Plan, error) { return b.PlanRoute(ctx, "") })
	case startUnpauseMsg:
		return f.plan("preparing the unpause…", b.PlanUnpause)
	case routePlannedMsg:
		return f.planned(msg), nil
	case routeAnsweredMsg:
		return f.answered(msg)
	case routeDoneMsg:
		return f.done(msg), f.readStatus()
	case exportRouteMsg:
		u, _ := f.state.Route()
		path := exportPath(f.c.Session, u.ID)
		return f, func() tea.Msg { return exportedMsg{path: path, err: b.ExportRoute(u.ID, path)} }
	case exportedMsg:
		if msg.err != nil {
			return f.note(msg.err.Error(), true).status(statusError, "export failed: "+msg.err.Error()), nil
		}
		text := "exported both Safe transactions to " + msg.path + ": cosigners check it with warroom verify and sign it with warroom sign (Transaction Builder opens it, but would submit both as one MultiSend: sign each one, never the batch)"
		return f.note(text, false).status(statusOK, text), nil
	}
	return f, nil
}

// exportPath is where the board exports a route: beside the journal.
func exportPath(s Session, id string) string {
	dir, name := ".", "warroom"
	if s != nil && s.JournalPath() != "" {
		dir, name = filepath.Dir(s.JournalPath()), strings.TrimSuffix(filepath.Base(s.JournalPath()), filepath.Ext(s.JournalPath()))
	}
	return filepath.Join(dir, name+"-"+id+"-safe-txs.json")
}

func (f approvalsFlow) note(text string, isErr bool) approvalsFlow {
	if f.ui != nil {
		f.ui.say(text, isErr)
	}
	return f
}

func (f approvalsFlow) readStatus() tea.Cmd {
	b := f.c.Responder
	if f.ui == nil || b == nil {
		return nil
	}
	return func() tea.Msg {
		ctx, cancel := context.WithTimeout(context.Background(), planTimeout)
		defer cancel()
		s, err := b.Status(ctx, "")
		return boardStatusMsg{status: &s, err: err}
	}
}

// outcomes says what became of signatures: each counted or rejected, why.
func (f approvalsFlow) outcomes(msg outcomesMsg) approvalsFlow {
	if msg.err != nil {
		return f.note(msg.err.Error(), true).status(statusError, msg.what+": "+msg.err.Error())
	}
	var parts []string
	bad := false
	for _, o := range msg.outcomes {
		switch {
		case o.Added != nil:
			parts = append(parts, fmt.Sprintf("✓ %s counted for %s (%d of %d)", o.Added.Signer.Hex(), o.Added.Route, o.Added.Count, o.Added.Threshold))
		case o.Rejected != nil:
			bad = true
			parts = append(parts, "✗ rejected: "+o.Rejected.Reason)
		}
	}
	if len(parts) == 0 {
		parts = []string{"nothing new: both transactions already carry these signatures"}
	}
	text := strings.Join(parts, "; ")
	kind := statusOK
	if bad {
		kind = statusError
	}
	return f.note(text, bad).status(kind, msg.what+": "+text)
}

func (f approvalsFlow) plan(what string, plan func(context.Context) (*session.Plan, error)) (approvalsFlow, tea.Cmd) {
	if f.planning != 0 {
		return f.status(statusInfo, "still preparing…"), nil
	}
	f.nextID++
	id := f.nextID
	f.planning = id
	return f.status(statusInfo, what), func() tea.Msg {
		ctx, cancel := context.WithTimeout(context.Background(), planTimeout)
		defer cancel()
		p, err := plan(ctx)
		return routePlannedMsg{id: id, plan: p, err: err}
	}
}

func (f approvalsFlow) planned(msg routePlannedMsg) approvalsFlow {
	if msg.id != f.planning {
		return f
	}
	f.planning = 0
	switch {
	case msg.err != nil:
		kind := statusError
		if errors.Is(msg.err, session.ErrRouteNotReady) {
			kind = statusInfo
		}
		return f.note(msg.err.Error(), kind == statusError).status(kind, msg.err.Error())
	case msg.plan == nil || len(msg.plan.Txs) == 0:
		return f.status(statusError, "the responder returned nothing to sign")
	}
	f = f.status(statusInfo, "review "+msg.plan.ID+": "+keyName(f.c.Keys.Confirm)+" signs and sends, any other key cancels")
	return f.tell(openOverlayMsg{overlay: NewConfirmOverlay(f.c, msg.plan, f.state.Started.ChainID, routeAnswer), what: msg.plan.ID + " ready to review"})
}

func (f approvalsFlow) answered(msg routeAnsweredMsg) (approvalsFlow, tea.Cmd) {
	p := msg.plan
	if p == nil {
		return f, nil
	}
	if !msg.yes {
		return f.tell(cancelledStatus(p)), nil
	}
	f.nextID++
	id := f.nextID
	f.executing = append(slices.Clip(f.executing), sending{id: id, planID: p.ID})
	b := f.c.Responder
	f = f.note("sending "+p.ID+"… waiting until mined", false)
	return f.status(statusInfo, "sending "+p.ID+"… waiting until mined"), func() tea.Msg {
		var err error
		if p.Action == session.ActionUnpause {
			err = b.Execute(context.Background(), p)
		} else {
			err = b.ExecuteRoute(context.Background(), p)
		}
		return routeDoneMsg{id: id, planID: p.ID, err: err}
	}
}

func (f approvalsFlow) done(msg routeDoneMsg) approvalsFlow {
	i := slices.IndexFunc(f.executing, func(s sending) bool { return s.id == msg.id })
	if i < 0 {
		return f
	}
	f.executing = slices.Delete(slices.Clone(f.executing), i, i+1)
	if msg.err != nil {
		text := fmt.Errorf("%s failed: %w", msg.planID, msg.err).Error()
		return f.note(text, true).status(statusError, text)
	}
	text := msg.planID + " done: mined"
	return f.note(text, false).status(statusOK, text)
}
