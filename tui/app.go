package tui

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"warroom/session"
	"warroom/themes"
)

// MinWidth and MinHeight are the smallest terminal that shows the three
// panes side by side; the layout is designed at 160×48. Below it the
// console is compact: the header and one pane at full width (the
// suspicious transactions, with FROM, unless tab moves on), and every key
// still works, the pause first. Below CompactWidth×CompactHeight even that
// does not fit: the header, the figures and a line of keys remain, and p
// still pauses.
const (
	MinWidth      = 120
	MinHeight     = 32
	CompactWidth  = 40
	CompactHeight = 10
)

const (
	headerHeight = 2 // the header and the figures
	footerHeight = 2
	// clockEvery refreshes ages and the session clock.
	clockEvery = 500 * time.Millisecond
)

// Options configure the console.
type Options struct {
	Session   Session
	Responder Responder
	Theme     themes.Theme     // already resolved by the caller
	Title     string           // e.g. "drill · reentrancy"
	Now       func() time.Time // nil = time.Now; tests pass a fixed clock
	Keys      *KeyMap          // nil = DefaultKeyMap()
	// JournalErr, when set, says why the session's journal stopped (nil
	// while it works); the console then says the session has stopped.
	JournalErr func() error
}

// Pane indices, in focus order.
const (
	paneProtocol = iota
	paneAlerts
	paneChecklist
	numPanes
)

type statusKind int

const (
	statusInfo statusKind = iota
	statusOK
	statusError
)

type status struct {
	kind statusKind
	text string
	at   time.Time
}

// App is the root model. It owns the state snapshot, the panes, the
// overlays and the footer, and routes: every message type has its own
// handler, and a message a component owns goes to that component only.
type App struct {
	c     *Common
	title string
	state session.State

	protocol  *ProtocolPane
	alerts    *AlertsPane
	checklist *ChecklistPane
	panes     [numPanes]Pane
	focus     int

	pause    pauseFlow     // plan, confirm and execute a pause
	composer composerFlow  // check, deploy and compose an upgrade
	board    approvalsFlow // approvals, the route's steps, the unpause

	overlays []Overlay    // the last one is on top and gets the keys
	waiting  []Overlay    // asked to open while a prompt was open; opened when it closes
	quitAsk  *QuitOverlay // the quit question, when asked
	prompt   *Prompt
	help     help.Model
	status   status
	ended    bool // the update channel closed
	journal  journalWatch
	// debriefSeq is the journal line of the newest debrief shown or
	// announced, so each drill.scored opens the debrief once.
	debriefSeq uint64
}

var _ tea.Model = (*App)(nil)

// New returns the console for a backend. It reads the backend's state once,
// so the first frame is already filled.
func New(opts Options) *App {
	now := opts.Now
	if now == nil {
		now = time.Now
	}
	keys := opts.Keys
	if keys == nil {
		keys = DefaultKeyMap()
	}
	c := &Common{Styles: themes.NewStyles(opts.Theme), Keys: keys, Session: opts.Session, Responder: opts.Responder, Now: now}
	a := &App{
		c:         c,
		title:     opts.Title,
		protocol:  NewProtocolPane(c),
		alerts:    NewAlertsPane(c),
		checklist: NewChecklistPane(c),
		help:      newHelpModel(c),
		focus:     paneAlerts,
	}
	a.pause = newPauseFlow(c, &a.state)
	a.composer = newComposerFlow(c, &a.state)
	a.board = newApprovalsFlow(c, &a.state)
	a.panes = [numPanes]Pane{a.protocol, a.alerts, a.checklist}
	a.journal = journalWatch{err: opts.JournalErr}
	a.panes[a.focus].Focus()
	if opts.Session != nil {
		a.refresh()
	}
	return a
}

// Init starts listening for updates and the clock.
func (a *App) Init() tea.Cmd {
	return tea.Batch(a.waitForUpdate(), clockTick())
}

// Update routes a message to its handler.
func (a *App) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		return a, a.handleResize(msg)
	case tea.KeyMsg:
		return a, a.handleKey(msg)
	case stateChangedMsg:
		return a, a.handleStateChanged()
	case updatesClosedMsg:
		return a, a.handleUpdatesClosed()
	case tickMsg:
		a.checkJournal()
		return a, clockTick()
	case pauseMsg:
		return a, a.updatePause(msg)
	case composerMsg:
		return a, a.updateComposer(msg)
	case approvalsMsg:
		return a, a.updateBoard(msg)
	case openOverlayMsg:
		return a, a.handleOpenOverlay(msg)
	case filterAlertsMsg:
		a.setFocus(paneAlerts)
		a.alerts.SetFilter(msg.q)
		return a, nil
	case statusMsg:
		return a, a.handleStatus(msg)
	case backendResultMsg:
		return a, a.handleBackendResult(msg)
	}
	return a, a.forward(msg)
}

// forward hands a message to the prompt when one is open, else to the
// focused pane only.
func (a *App) forward(msg tea.Msg) tea.Cmd {
	var cmd tea.Cmd
	if a.prompt != nil {
		a.prompt, cmd = a.prompt.Update(msg)
		return cmd
	}
	switch a.focus {
	case paneProtocol:
		a.protocol, cmd = a.protocol.Update(msg)
	case paneAlerts:
		a.alerts, cmd = a.alerts.Update(msg)
	case paneChecklist:
		a.checklist, cmd = a.checklist.Update(msg)
	}
	return cmd
}

// updatePause hands a message to the pause workflow, then handles what the
// workflow has for the root.
func (a *App) updatePause(msg pauseMsg) tea.Cmd {
	var cmd tea.Cmd
	a.pause, cmd = a.pause.update(msg)
	return a.deliver(a.pause.out, cmd)
}

// updateComposer hands a message to the upgrade composer's workflow, then
// handles what the workflow has for the root.
func (a *App) updateComposer(msg composerMsg) tea.Cmd {
	var cmd tea.Cmd
	a.composer, cmd = a.composer.update(msg)
	return a.deliver(a.composer.out, cmd)
}

// updateBoard hands a message to the approvals board's workflow.
func (a *App) updateBoard(msg approvalsMsg) tea.Cmd {
	var cmd tea.Cmd
	a.board, cmd = a.board.update(msg)
	return a.deliver(a.board.out, cmd)
}

// deliver handles a component's messages for the root now and in order,
// before anything else can arrive, and batches their commands with the
// component's own.
func (a *App) deliver(msgs []tea.Msg, cmd tea.Cmd) tea.Cmd {
	cmds := make([]tea.Cmd, 0, len(msgs)+1)
	for _, m := range msgs {
		_, c := a.Update(m)
		cmds = append(cmds, c)
	}
	return tea.Batch(append(cmds, cmd)...)
}

func (a *App) handleResize(msg tea.WindowSizeMsg) tea.Cmd {
	a.c.Width, a.c.Height = msg.Width, msg.Height
	bodyH := max(3, msg.Height-headerHeight-footerHeight)
	if a.compact() {
		for _, p := range a.panes {
			p.SetSize(msg.Width, bodyH)
		}
	} else {
		// The centre gets what the sides leave: at 120 columns enough for
		// FROM → Contract.method, at 160 for the whole method list.
		left := max(30, min(40, 30+(msg.Width-MinWidth)*6/40))
		right := max(32, min(44, 32+(msg.Width-MinWidth)*12/40))
		a.protocol.SetSize(left, bodyH)
		a.alerts.SetSize(msg.Width-left-right, bodyH)
		a.checklist.SetSize(right, bodyH)
	}
	for _, o := range a.overlays {
		o.SetSize(msg.Width, msg.Height)
	}
	if a.prompt != nil {
		a.prompt.SetSize(msg.Width, 1)
	}
	a.help.Width = msg.Width
	return nil
}

// compact reports whether the terminal is too small for three panes: one
// is shown at full width.
func (a *App) compact() bool { return a.c.Width < MinWidth || a.c.Height < MinHeight }

// tooSmall reports whether even one pane does not fit.
func (a *App) tooSmall() bool { return a.c.Width < CompactWidth || a.c.Height < CompactHeight }

func (a *App) handleKey(msg tea.KeyMsg) tea.Cmd {
	k := a.c.Keys
	if key.Matches(msg, k.Interrupt) {
		return a.requestQuit()
	}
	if len(a.overlays) > 0 {
		if key.Matches(msg, k.Quit) && a.debriefOnTop() {
			// q quits from the debrief, as from the dashboard.
			a.overlays = a.overlays[:len(a.overlays)-1]
			return a.requestQuit()
		}
		return a.popTop(msg)
	}
	if a.prompt != nil {
		return a.handlePromptKey(msg)
	}
	switch {
	case key.Matches(msg, k.Quit):
		return a.requestQuit()
	case key.Matches(msg, k.Help):
		a.push(NewHelpOverlay(a.c, a.panes[:], a.overlayHelp()...))
	case key.Matches(msg, k.NextPane):
		a.setFocus((a.focus + 1) % numPanes)
	case key.Matches(msg, k.PrevPane):
		a.setFocus((a.focus + numPanes - 1) % numPanes)
	case key.Matches(msg, k.Pause):
		return a.updatePause(startPauseMsg{})
	case key.Matches(msg, k.Cancel) && a.pause.preparing():
		return a.updatePause(abandonPauseMsg{})
	case key.Matches(msg, k.Upgrade):
		return a.updateComposer(openComposerMsg{})
	case key.Matches(msg, k.Approvals):
		return a.updateBoard(openApprovalsMsg{})
	case key.Matches(msg, k.Attackers):
		a.push(NewAttackersOverlay(a.c, &a.state))
	case key.Matches(msg, k.Unpause):
		return a.updateBoard(startUnpauseMsg{})
	case key.Matches(msg, k.Debrief):
		a.openDebrief()
	case key.Matches(msg, k.Note):
		step := 0
		if a.focus == paneChecklist {
			step = a.checklist.SelectedStep()
		}
		a.openPrompt(promptNote, step, "")
	case key.Matches(msg, k.Filter):
		a.setFocus(paneAlerts)
		a.openPrompt(promptFilter, 0, a.alerts.Filter())
	case key.Matches(msg, k.SpeedUp):
		return a.updatePause(startSpeedUpMsg{})
	default:
		return a.forward(msg)
	}
	return nil
}

// popTop gives a key to the top overlay and closes it when it is done.
func (a *App) popTop(msg tea.KeyMsg) tea.Cmd {
	n := len(a.overlays)
	done, cmd := a.overlays[n-1].HandleKey(msg)
	if done {
		a.overlays = a.overlays[:n-1]
	}
	return cmd
}

// quitAsked reports whether the quit question is the top overlay.
func (a *App) quitAsked() bool {
	n := len(a.overlays)
	return n > 0 && a.quitAsk != nil && a.overlays[n-1] == Overlay(a.quitAsk)
}

func (a *App) setFocus(i int) {
	a.panes[a.focus].Blur()
	a.focus = i
	a.panes[a.focus].Focus()
}

func (a *App) push(o Overlay) {
	o.SetSize(a.c.Width, a.c.Height)
	a.overlays = append(a.overlays, o)
}

// handleOpenOverlay opens an overlay a component asked for, unless the
// responder is typing: then it waits for the prompt to close.
func (a *App) handleOpenOverlay(msg openOverlayMsg) tea.Cmd {
	if a.prompt == nil {
		a.push(msg.overlay)
		return nil
	}
	a.waiting = append(a.waiting, msg.overlay)
	k := a.c.Keys
	a.setStatus(statusInfo, fmt.Sprintf("%s: it opens when you finish the %s (%s or %s)",
		msg.what, a.prompt.noun(), keyName(k.Submit), keyName(k.Cancel)))
	return nil
}

func (a *App) openPrompt(kind promptKind, step int, value string) {
	a.prompt = newPrompt(a.c, kind, step, value)
	a.prompt.SetSize(a.c.Width, 1)
}

func (a *App) handlePromptKey(msg tea.KeyMsg) tea.Cmd {
	k := a.c.Keys
	p := a.prompt
	switch {
	case key.Matches(msg, k.Submit):
		a.closePrompt()
		text := strings.TrimSpace(p.input.Value())
		if p.kind == promptFilter {
			a.alerts.SetFilter(text)
			return nil
		}
		if text == "" {
			a.setStatus(statusInfo, "empty note not saved")
			return nil
		}
		return noteCmd(a.c.Session, text, p.step)
	case key.Matches(msg, k.Cancel):
		a.closePrompt()
		if p.kind == promptFilter {
			a.alerts.SetFilter("")
		}
		return nil
	}
	var cmd tea.Cmd
	a.prompt, cmd = p.Update(msg)
	return cmd
}

// closePrompt closes the prompt and opens the overlays that waited for it.
func (a *App) closePrompt() {
	a.prompt = nil
	for _, o := range a.waiting {
		a.push(o)
	}
	a.waiting = nil
}

func noteCmd(b Session, text string, step int) tea.Cmd {
	return func() tea.Msg {
		if err := b.AddNote(text, step); err != nil {
			return backendResultMsg{err: fmt.Errorf("note not saved: %w", err)}
		}
		if step > 0 {
			return backendResultMsg{ok: fmt.Sprintf("note saved on step %d", step)}
		}
		return backendResultMsg{ok: "note saved"}
	}
}

// requestQuit quits at once when nothing is in flight, and asks otherwise.
func (a *App) requestQuit() tea.Cmd {
	flying := a.inFlight()
	if len(flying) == 0 {
		return tea.Quit
	}
	if a.quitAsked() {
		return tea.Quit // asked twice: the answer is yes
	}
	q := fmt.Sprintf("%d action(s) in flight (%s). Quit anyway? %s/N", len(flying), strings.Join(flying, ", "), keyName(a.c.Keys.Confirm))
	a.quitAsk = NewQuitOverlay(a.c, q)
	a.push(a.quitAsk)
	return nil
}

// inFlight describes the actions that may still change the chain: those the
// session says are in flight, and Execute calls it has not recorded yet.
func (a *App) inFlight() []string {
	var out []string
	seen := map[string]bool{}
	for _, act := range a.state.InFlight() {
		out = append(out, act.ID+" "+string(act.Status))
		seen[act.ID] = true
	}
	for _, planID := range slices.Concat(a.pause.sending(), a.composer.sending(), a.board.sending()) {
		if !seen[planID] {
			out = append(out, planID+" sending")
		}
	}
	return out
}

func (a *App) handleStateChanged() tea.Cmd {
	a.refresh()
	return a.waitForUpdate()
}

func (a *App) handleUpdatesClosed() tea.Cmd {
	a.ended = true
	a.setStatus(statusInfo, "the session stopped sending updates; the screen shows its last state")
	return nil
}

// refresh reads the backend's state and hands it to the panes.
func (a *App) refresh() {
	seen := len(a.state.Warnings)
	a.state = a.c.Session.State()
	for _, p := range a.panes {
		p.SetState(&a.state)
	}
	// A new warning (the node gives no traces, the drill could not send a
	// transaction) goes to the status line; all of them stay in the journal.
	if w := a.state.Warnings; len(w) > seen {
		last := w[len(w)-1]
		a.setStatus(statusError, last.Source+": "+last.Message)
	}
	a.announceDebrief()
}

// announceDebrief opens a new debrief (drill.scored) once, over the
// dashboard; while a dialog or a prompt is open it only says so in the
// status line, and the Debrief key opens it.
func (a *App) announceDebrief() {
	sc := a.state.Scored
	if sc == nil || sc.Seq <= a.debriefSeq {
		return
	}
	a.debriefSeq = sc.Seq
	if len(a.overlays) == 0 && a.prompt == nil {
		a.push(NewDebriefOverlay(a.c, sc.Scored))
	}
	a.setStatus(statusOK, fmt.Sprintf("drill scored %d/%d (%s): %s shows the debrief", sc.Score, session.MaxScore, sc.Reason, keyName(a.c.Keys.Debrief)))
}

// openDebrief shows the newest debrief, or says there is none yet.
func (a *App) openDebrief() {
	if sc := a.state.Scored; sc != nil {
		a.push(NewDebriefOverlay(a.c, sc.Scored))
		return
	}
	a.setStatus(statusInfo, "no debrief yet: a drill is scored when its script ends, or when you quit")
}

// debriefOnTop reports whether the debrief is the top overlay.
func (a *App) debriefOnTop() bool {
	n := len(a.overlays)
	if n == 0 {
		return false
	}
	_, ok := a.overlays[n-1].(*DebriefOverlay)
	return ok
}

// waitForUpdate waits for the backend's next signal.
func (a *App) waitForUpdate() tea.Cmd {
	if a.c.Session == nil || a.ended {
		return nil
	}
	ch := a.c.Session.Updates()
	return func() tea.Msg {
		if _, ok := <-ch; !ok {
			return updatesClosedMsg{}
		}
		return stateChangedMsg{}
	}
}

func clockTick() tea.Cmd {
	return tea.Tick(clockEvery, func(t time.Time) tea.Msg { return tickMsg(t) })
}

func (a *App) handleStatus(msg statusMsg) tea.Cmd {
	a.setStatus(msg.kind, msg.text)
	return nil
}

func (a *App) handleBackendResult(msg backendResultMsg) tea.Cmd {
	switch {
	case msg.err != nil:
		a.setStatus(statusError, msg.err.Error())
	case msg.ok != "":
		a.setStatus(statusOK, msg.ok)
	}
	return nil
}

func (a *App) setStatus(kind statusKind, text string) {
	a.status = status{kind: kind, text: text, at: a.c.Now()}
}

// overlayHelp are the overlays' keys, for the help overlay.
func (a *App) overlayHelp() []helpGroup {
	k := a.c.Keys
	return []helpGroup{
		{"Transaction detail", []key.Binding{withHelp(k.Up, "scroll up"), withHelp(k.Down, "scroll down"), k.PageUp, k.PageDown, k.Close}},
		{"Confirm dialog", []key.Binding{k.Confirm, withHelp(k.Down, "scroll long plans")}},
		{"Upgrade composer", composerKeys(k)},
		{"Approvals board", approvalsKeys(k)},
		{"Drill debrief", []key.Binding{k.Debrief, withHelp(k.Down, "scroll"), withHelp(k.Cancel, "close"), k.Quit}},
		{"Attackers view", []key.Binding{k.Up, k.Down, withHelp(k.Details, "filter alerts by the address"), k.Close}},
		{"Note and filter", []key.Binding{k.Submit, k.Cancel}},
	}
}

// Status is the status line's text as shown, for tests and callers.
func (a *App) Status() string { return a.statusText() }

func (a *App) statusText() string {
	if a.status.text == "" {
		return ""
	}
	if a.status.kind == statusError {
		return "error: " + a.status.text
	}
	return a.status.text
}
