package tui

import (
	"context"
	"errors"
	"fmt"
	"runtime/debug"
	"slices"
	"sync"

	tea "github.com/charmbracelet/bubbletea"
)

// Crash is a panic in the console, recovered. The program stopped as on a
// normal quit, so the terminal is restored and the session (and its
// journal) is the caller's to close. Error names the panic and nothing
// else; Stack is for a log file or a bug report, not for the screen.
type Crash struct {
	Value any    // what was passed to panic
	Stack []byte // the panicking goroutine's stack (debug.Stack); nil when bubbletea caught it
}

// Error says the console crashed and with what, on one line.
func (c *Crash) Error() string { return fmt.Sprintf("the console crashed: %v", c.Value) }

// Unwrap is the panic value when it is an error.
func (c *Crash) Unwrap() error {
	err, _ := c.Value.(error)
	return err
}

// Run runs m as a bubbletea program until it quits, ctx is cancelled, or
// it panics. It returns a *Crash when the model panicked (in Init, Update,
// View or any command it returned), nil on a normal quit and when ctx was
// cancelled (what a cancel means is the caller's to say), and any other
// error from the program wrapped.
//
// m runs inside a guard: the first panic is recorded with its stack and the
// program quits cleanly instead of printing a stack trace over the screen.
// bubbletea's own panic catching stays on behind it; should a panic escape
// the guard (in bubbletea itself, or in a command run by tea.Sequence,
// which the guard cannot see into and the console does not use), its
// tea.ErrProgramPanic is reported as a *Crash too.
func Run(ctx context.Context, m tea.Model, opts ...tea.ProgramOption) error {
	g := &guard{model: m}
	p := tea.NewProgram(g, slices.Concat(opts, []tea.ProgramOption{tea.WithContext(ctx)})...)
	g.prog = p
	_, err := p.Run()
	return runResult(g.crashed(), err, ctx.Err() != nil)
}

// runResult is what Run returns for the guard's crash (nil for none), the
// program's error, and whether Run's context was cancelled.
func runResult(crash *Crash, err error, cancelled bool) error {
	switch {
	case crash != nil:
		return crash
	case errors.Is(err, tea.ErrProgramPanic):
		return &Crash{Value: tea.ErrProgramPanic}
	case err == nil:
		return nil
	case cancelled && errors.Is(err, tea.ErrProgramKilled):
		return nil
	}
	return fmt.Errorf("console: %w", err)
}

// guard runs a model and turns its first panic into a Crash and a clean
// quit. Init, Update and View run on the program's event loop; commands run
// on goroutines of their own, hence the lock around the crash.
type guard struct {
	prog  *tea.Program
	model tea.Model
	frame string // the last frame drawn, drawn again once crashed

	mu    sync.Mutex
	crash *Crash
}

var _ tea.Model = (*guard)(nil)

// record keeps the first panic.
func (g *guard) record(r any) {
	stack := debug.Stack()
	g.mu.Lock()
	defer g.mu.Unlock()
	if g.crash == nil {
		g.crash = &Crash{Value: r, Stack: stack}
	}
}

func (g *guard) crashed() *Crash {
	g.mu.Lock()
	defer g.mu.Unlock()
	return g.crash
}

// catch, deferred, records a panic and makes the command tea.Quit.
func (g *guard) catch(cmd *tea.Cmd) {
	if r := recover(); r != nil {
		g.record(r)
		*cmd = tea.Quit
	}
}

func (g *guard) Init() (cmd tea.Cmd) {
	defer g.catch(&cmd)
	return g.wrap(g.model.Init())
}

// Update passes msg to the model; once crashed, it only quits.
func (g *guard) Update(msg tea.Msg) (m tea.Model, cmd tea.Cmd) {
	m = g // what a panic returns, with tea.Quit
	if g.crashed() != nil {
		return g, tea.Quit
	}
	defer g.catch(&cmd)
	next, c := g.model.Update(msg)
	g.model = next
	return g, g.wrap(c)
}

// View draws the model; once crashed, the last good frame. A panic here
// cannot return tea.Quit, so it asks the program to quit: from another
// goroutine, as Quit waits for the event loop View runs on.
func (g *guard) View() (frame string) {
	if g.crashed() != nil {
		return g.frame
	}
	defer func() {
		if r := recover(); r != nil {
			g.record(r)
			frame = g.frame
			go g.prog.Quit()
		}
	}()
	g.frame = g.model.View()
	return g.frame
}

// wrap guards a command: a panic in it is recorded and its message becomes
// tea.QuitMsg. The commands of a tea.BatchMsg it returns are wrapped too.
func (g *guard) wrap(cmd tea.Cmd) tea.Cmd {
	if cmd == nil {
		return nil
	}
	return func() (msg tea.Msg) {
		defer func() {
			if r := recover(); r != nil {
				g.record(r)
				msg = tea.Quit()
			}
		}()
		msg = cmd()
		if batch, ok := msg.(tea.BatchMsg); ok {
			wrapped := make(tea.BatchMsg, len(batch))
			for i, c := range batch {
				wrapped[i] = g.wrap(c)
			}
			return wrapped
		}
		return msg
	}
}
