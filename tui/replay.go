package tui

import (
	"context"
	"fmt"
	"time"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/ethereum/go-ethereum/common"

	"warroom/chain"
	"warroom/session"
	"warroom/session/replay"
	"warroom/themes"
)

// ReplayOptions configure the console on a recorded session.
type ReplayOptions struct {
	Player *replay.Player
	Theme  themes.Theme
	Title  string // e.g. "replay · drill-reentrancy.jsonl"
	// Journal is the file replayed, shown in the footer.
	Journal string
	// Stops says where the journal stops verifying, "" when it verifies to
	// its end; shown on the position bar.
	Stops string
	// Speed is the starting speed, one of ReplaySpeeds; 0 is as fast as
	// possible, as on the command line.
	Speed float64
	Keys  *KeyMap // nil = DefaultKeyMap()
}

// Replay is the console driven by a journal instead of a chain: the same
// App, fed states from a replay.Player, read-only, with the replay
// transport (play, speed, step, seek, jump to a time) and its position bar
// below the panes. Transport keys go to the transport; the responder's
// action keys are answered with "this is a replay"; everything else (focus,
// scrolling, details, help, quit) goes to the App as in a live session.
type Replay struct {
	app       *App
	transport replayTransport
	backend   *replayBackend
	w, h      int
}

var _ tea.Model = (*Replay)(nil)

// replayBarHeight is the position bar's lines under the App.
const replayBarHeight = 2

// NewReplay returns the console on a player, at the start of the journal
// (after session.started, so the first frame has the session's title).
func NewReplay(o ReplayOptions) *Replay {
	b := &replayBackend{player: o.Player, journal: o.Journal}
	t := newReplayTransport(o.Player, o.Speed, o.Stops)
	r := &Replay{backend: b}
	r.transport = t
	b.clock = func() time.Time { return r.transport.clock }
	if o.Player.Len() > 0 {
		r.transport.seek(1)
	}
	r.app = New(Options{Session: b, Responder: b, Theme: o.Theme, Title: o.Title, Now: b.now, Keys: o.Keys})
	r.transport.c = r.app.c
	return r
}

// Init starts the App's clock; the transport ticks only while playing.
func (r *Replay) Init() tea.Cmd { return r.app.Init() }

// Update routes a message: transport messages and keys to the transport,
// action keys to a "this is a replay" status, the rest to the App.
func (r *Replay) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		r.w, r.h = msg.Width, msg.Height
		r.transport.width = msg.Width
		_, cmd := r.app.Update(tea.WindowSizeMsg{Width: msg.Width, Height: max(0, msg.Height-replayBarHeight)})
		return r, cmd
	case replayTickMsg:
		return r, r.moved(r.transport.update(msg))
	case tea.KeyMsg:
		return r, r.handleKey(msg)
	}
	_, cmd := r.app.Update(msg)
	return r, cmd
}

func (r *Replay) handleKey(msg tea.KeyMsg) tea.Cmd {
	a := r.app
	if r.transport.prompting() {
		return r.moved(r.transport.update(msg))
	}
	if key.Matches(msg, a.c.Keys.Interrupt) || len(a.overlays) > 0 || a.prompt != nil || a.tooSmall() {
		_, cmd := a.Update(msg)
		return cmd
	}
	if r.transport.handles(msg) {
		return r.moved(r.transport.update(msg))
	}
	k := a.c.Keys
	for _, b := range []key.Binding{k.Pause, k.SpeedUp, k.Upgrade, k.Approvals, k.Note, k.Tick} {
		if key.Matches(msg, b) {
			a.setStatus(statusInfo, fmt.Sprintf("this is a replay: %s (%s) is not available; a replay shows the record and changes nothing", b.Help().Desc, keyName(b)))
			return nil
		}
	}
	_, cmd := a.Update(msg)
	return cmd
}

// moved hands the new position's state to the App after the transport moved.
func (r *Replay) moved(t replayTransport, cmd tea.Cmd) tea.Cmd {
	r.transport = t
	if r.transport.status != "" {
		r.app.setStatus(statusInfo, r.transport.status)
		r.transport.status = ""
	}
	r.app.refresh()
	return cmd
}

// View is the App above the position bar.
func (r *Replay) View() string {
	if r.w == 0 && r.h == 0 {
		return ""
	}
	if r.app.tooSmall() {
		return TooSmallMessage(r.w, r.h)
	}
	return r.app.View() + "\n" + r.transport.view(r.app.c.Styles)
}

// Player is the player the console is driven by.
func (r *Replay) Player() *replay.Player { return r.transport.p }

// Status is the status line's text, for tests.
func (r *Replay) Status() string { return r.app.Status() }

// replayBackend is the read-only session and responder of a replay. The
// responder's methods it has answer ErrReplay; the embedded Responder is
// nil and stands for the rest, which the replay never reaches: their keys
// are answered "this is a replay" before the App sees them.
type replayBackend struct {
	Responder
	player  *replay.Player
	journal string
	clock   func() time.Time
	updates chan struct{} // never signalled: the replay refreshes the App itself
}

var (
	_ Session   = (*replayBackend)(nil)
	_ Responder = (*replayBackend)(nil)
)

func (b *replayBackend) now() time.Time { return b.clock() }

func (b *replayBackend) State() session.State { return b.player.State() }
func (b *replayBackend) Updates() <-chan struct{} {
	if b.updates == nil {
		b.updates = make(chan struct{})
	}
	return b.updates
}

// Acknowledge is opening an alert's details: in a replay that records nothing.
func (b *replayBackend) Acknowledge(common.Hash) error { return nil }
func (b *replayBackend) Tick(int, bool) error          { return session.ErrReplay }
func (b *replayBackend) AddNote(string, int) error     { return session.ErrReplay }
func (b *replayBackend) JournalPath() string           { return b.journal }

// Evidence reads an alert from the replayed journal's events.
func (b *replayBackend) Evidence(a *session.AlertEntry) (chain.Alert, error) {
	return session.EvidenceIn(b.player.Events())(a)
}

func (b *replayBackend) PlanPause(context.Context) (*session.Plan, error) {
	return nil, session.ErrReplay
}
func (b *replayBackend) Execute(context.Context, *session.Plan) error { return session.ErrReplay }
func (b *replayBackend) Fixes() []session.Fix                         { return nil }
func (b *replayBackend) CheckUpgrade(context.Context, session.UpgradeRequest) (*session.UpgradeCheck, error) {
	return nil, session.ErrReplay
}
func (b *replayBackend) PlanDeploy(context.Context, *session.UpgradeCheck) (*session.Plan, error) {
	return nil, session.ErrReplay
}
func (b *replayBackend) ComposeUpgrade(context.Context, *session.UpgradeCheck, []session.Override) (*session.UpgradeComposed, error) {
	return nil, session.ErrReplay
}
