package tui

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
)

// goMsg starts the test models' work once the program runs.
type goMsg struct{}

// panicky panics where it is told to: "init", "update", "view", "cmd",
// "batch" (a command inside tea.Batch), "nested" (inside a batch inside a
// batch); "quit" quits normally and "wait" waits for the context.
type panicky struct {
	where  string
	broken bool // View panics from now on
}

func (m *panicky) Init() tea.Cmd {
	if m.where == "init" {
		panic("boom in init")
	}
	return say(goMsg{})
}

func (m *panicky) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if _, ok := msg.(goMsg); !ok {
		return m, nil
	}
	noop := func() tea.Msg { return nil }
	boom := func() tea.Msg { panic("boom in " + m.where) }
	switch m.where {
	case "update":
		panic("boom in update")
	case "view":
		m.broken = true
	case "cmd":
		return m, boom
	case "batch":
		return m, tea.Batch(noop, boom)
	case "nested":
		return m, tea.Batch(noop, tea.Batch(noop, boom))
	case "quit":
		return m, tea.Batch(noop, tea.Quit)
	}
	return m, nil
}

func (m *panicky) View() string {
	if m.broken {
		panic("boom in view")
	}
	return "fine"
}

// lockedBuffer is a bytes.Buffer safe for the renderer's goroutine.
type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

// runQuietly runs m with Run and no terminal, and returns Run's error, what
// the program drew, and what was printed on stdout meanwhile: bubbletea
// prints the stack traces it catches there, not to the program's output.
func runQuietly(t *testing.T, ctx context.Context, m tea.Model) (err error, drawn, stdout string) {
	t.Helper()
	r, w, perr := os.Pipe()
	if perr != nil {
		t.Fatal(perr)
	}
	printed := make(chan string)
	go func() {
		b, _ := io.ReadAll(r)
		printed <- string(b)
	}()
	out := &lockedBuffer{}
	real := os.Stdout
	os.Stdout = w
	err = Run(ctx, m, tea.WithInput(nil), tea.WithOutput(out), tea.WithoutSignals())
	os.Stdout = real
	w.Close()
	return err, out.String(), <-printed
}

func TestRunRecoversPanics(t *testing.T) {
	for _, where := range []string{"init", "update", "view", "cmd", "batch", "nested"} {
		t.Run(where, func(t *testing.T) {
			ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
			defer cancel()
			err, drawn, stdout := runQuietly(t, ctx, &panicky{where: where})
			if ctx.Err() != nil {
				t.Fatal("the program did not quit after the panic")
			}
			var c *Crash
			if !errors.As(err, &c) {
				t.Fatalf("Run returned %v (%T), want a *Crash", err, err)
			}
			if want := "boom in " + where; c.Value != want {
				t.Errorf("Crash.Value = %v, want %q", c.Value, want)
			}
			if want := "the console crashed: boom in " + where; c.Error() != want {
				t.Errorf("Error() = %q, want %q", c.Error(), want)
			}
			// The stack is the panicking goroutine's, down to the panic.
			if !bytes.Contains(c.Stack, []byte("panicky")) {
				t.Errorf("the stack does not reach the panicking model:\n%s", c.Stack)
			}
			for _, screen := range []string{drawn, stdout} {
				if strings.Contains(screen, "goroutine ") || strings.Contains(screen, "panic") {
					t.Errorf("a stack trace reached the screen:\n%s", screen)
				}
			}
		})
	}
}

// What Run returns, for each way a program ends. A panic that escapes the
// guard (in bubbletea, or in a tea.Sequence the console does not use) is
// caught by bubbletea, which prints its own report; Run still says the
// console crashed.
func TestRunResult(t *testing.T) {
	crash := &Crash{Value: "boom", Stack: []byte("stack")}
	other := errors.New("could not open a tty")
	panicked := fmt.Errorf("%w: %w", tea.ErrProgramKilled, tea.ErrProgramPanic)
	tests := []struct {
		name      string
		crash     *Crash
		err       error
		cancelled bool
		want      string // "" = nil
		isCrash   bool
	}{
		{"normal quit", nil, nil, false, "", false},
		{"guard crash", crash, panicked, false, "the console crashed: boom", true},
		{"guard crash, then cancelled", crash, context.Canceled, true, "the console crashed: boom", true},
		{"bubbletea caught a panic", nil, panicked, false, "the console crashed: program experienced a panic", true},
		{"cancelled", nil, fmt.Errorf("%w: %w", tea.ErrProgramKilled, context.Canceled), true, "", false},
		{"killed, not cancelled", nil, tea.ErrProgramKilled, false, "console: program was killed", false},
		{"other error", nil, other, false, "console: could not open a tty", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := runResult(tt.crash, tt.err, tt.cancelled)
			got := ""
			if err != nil {
				got = err.Error()
			}
			if got != tt.want {
				t.Errorf("runResult = %q, want %q", got, tt.want)
			}
			var c *Crash
			if errors.As(err, &c) != tt.isCrash {
				t.Errorf("runResult = %v (%T), a *Crash: %v, want %v", err, err, !tt.isCrash, tt.isCrash)
			}
			if tt.err == other && !errors.Is(err, other) {
				t.Error("the program's error is not wrapped")
			}
		})
	}
}

func TestRunQuitsNormally(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	err, drawn, _ := runQuietly(t, ctx, &panicky{where: "quit"})
	if err != nil {
		t.Fatalf("Run after tea.Quit = %v, want nil", err)
	}
	if ctx.Err() != nil {
		t.Fatal("the program did not quit on tea.Quit")
	}
	if !strings.Contains(drawn, "fine") {
		t.Errorf("the model's view was not drawn: %q", drawn)
	}
}

func TestRunCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	go func() {
		time.Sleep(50 * time.Millisecond)
		cancel()
	}()
	if err, _, _ := runQuietly(t, ctx, &panicky{where: "wait"}); err != nil {
		t.Fatalf("Run after cancel = %v, want nil", err)
	}
}

func TestCrashUnwrapsErrors(t *testing.T) {
	cause := errors.New("index out of range")
	c := &Crash{Value: cause}
	if !errors.Is(c, cause) {
		t.Error("a Crash does not unwrap to the error it panicked with")
	}
	if (&Crash{Value: "text"}).Unwrap() != nil {
		t.Error("a Crash with a non-error value unwraps to something")
	}
}
