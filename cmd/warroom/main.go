// Command warroom is a terminal console for the war room of a smart-contract
// security incident. See README.md.
package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"path/filepath"
	"strings"
	"syscall"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"warroom/chain"
	"warroom/chain/devchain"
	"warroom/session"
	"warroom/session/drill"
	"warroom/themes"
	"warroom/tui"
)

// Exit codes.
const (
	exitOK    = 0
	exitError = 1
	exitUsage = 2
)

func main() {
	os.Exit(run(context.Background(), os.Args[1:], os.Stdin, os.Stdout, os.Stderr, os.Getenv))
}

const usage = `warroom — incident war-room console for smart-contract responders

Usage:
  warroom drill [scenario] [flags]   run a drill on the embedded chain (default scenario: reentrancy)
  warroom drill --list               list the drill scenarios
  warroom help                       show this help

Run 'warroom drill -h' for the drill's flags.
`

// run is main without the process: everything a test can reach.
func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer, getenv func(string) string) int {
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return exitUsage
	}
	switch args[0] {
	case "drill":
		return runDrill(ctx, args[1:], stdout, stderr, getenv)
	case "help", "-h", "--help":
		fmt.Fprint(stdout, usage)
		return exitOK
	default:
		fmt.Fprintf(stderr, "warroom: unknown command %q\n\n%s", args[0], usage)
		return exitUsage
	}
}

type drillFlags struct {
	scenario  string
	blockTime time.Duration
	rpcListen string
	journal   string
	headless  bool
	autoPause bool
	theme     string
	list      bool
}

func parseDrillFlags(args []string, stderr io.Writer) (drillFlags, error) {
	var f drillFlags
	fs := flag.NewFlagSet("warroom drill", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.DurationVar(&f.blockTime, "block-time", 2*time.Second, "block period of the embedded chain; the script is timed in blocks, so 200ms runs the drill ten times faster")
	fs.StringVar(&f.rpcListen, "rpc-listen", "", "also serve the drill chain as HTTP JSON-RPC on this loopback address, e.g. 127.0.0.1:8545")
	fs.StringVar(&f.journal, "journal", "", "journal file to write (default: $XDG_STATE_HOME/warroom/drill-<scenario>-<time>.jsonl)")
	fs.BoolVar(&f.headless, "headless", false, "run without the console and print the event stream as JSON lines")
	fs.BoolVar(&f.autoPause, "auto-pause", false, "circuit breaker: pause on the first critical alert without asking")
	fs.StringVar(&f.theme, "theme", "dark", "colour theme: "+strings.Join(themes.Names(), ", ")+" (NO_COLOR forces mono)")
	fs.BoolVar(&f.list, "list", false, "list the scenarios and exit")
	fs.Usage = func() {
		fmt.Fprintf(stderr, "Usage: warroom drill [scenario] [flags]\n\nScenarios: %s\n\nFlags:\n", scenarioNames())
		fs.PrintDefaults()
	}
	// Flags may come before or after the scenario name.
	var positional []string
	for {
		if err := fs.Parse(args); err != nil {
			return f, err
		}
		if fs.NArg() == 0 {
			break
		}
		positional = append(positional, fs.Arg(0))
		args = fs.Args()[1:]
	}
	switch len(positional) {
	case 0:
		f.scenario = drill.DefaultScenario
	case 1:
		f.scenario = positional[0]
	default:
		fmt.Fprintf(stderr, "warroom drill takes one scenario name, got %d: %s\n", len(positional), strings.Join(positional, " "))
		fs.Usage()
		return f, errors.New("too many arguments")
	}
	if f.blockTime <= 0 {
		fmt.Fprintf(stderr, "--block-time %s: must be positive, e.g. 2s or 200ms\n", f.blockTime)
		return f, errors.New("bad block time")
	}
	return f, nil
}

func scenarioNames() string {
	var names []string
	for _, s := range drill.Scenarios() {
		names = append(names, s.Name)
	}
	return strings.Join(names, ", ")
}

func listScenarios(w io.Writer) {
	for _, s := range drill.Scenarios() {
		fmt.Fprintf(w, "%-12s %s\n%-12s %s\n", s.Name, s.Title, "", s.Summary)
	}
}

// defaultJournal is $XDG_STATE_HOME/warroom/<name>-<UTC time>.jsonl.
func defaultJournal(getenv func(string) string, name string, now time.Time) (string, error) {
	dir := getenv("XDG_STATE_HOME")
	if dir == "" {
		home := getenv("HOME")
		if home == "" {
			return "", errors.New("neither XDG_STATE_HOME nor HOME is set; give --journal FILE")
		}
		dir = filepath.Join(home, ".local", "state")
	}
	return filepath.Join(dir, "warroom", fmt.Sprintf("%s-%s.jsonl", name, now.UTC().Format("20060102T150405.000Z"))), nil
}

func runDrill(ctx context.Context, args []string, stdout, stderr io.Writer, getenv func(string) string) int {
	f, err := parseDrillFlags(args, stderr)
	if errors.Is(err, flag.ErrHelp) {
		return exitOK
	}
	if err != nil {
		return exitUsage
	}
	if f.list {
		listScenarios(stdout)
		return exitOK
	}
	sc, err := drill.Lookup(f.scenario)
	if err != nil {
		fmt.Fprintf(stderr, "warroom drill: %v\n\n", err)
		listScenarios(stderr)
		return exitUsage
	}
	theme, err := themes.FromEnv(getenv, f.theme)
	if err != nil {
		fmt.Fprintf(stderr, "warroom drill: --theme: %v\n", err)
		return exitUsage
	}
	if f.rpcListen != "" {
		if _, _, err := devchain.CheckLoopback(f.rpcListen); err != nil {
			fmt.Fprintf(stderr, "warroom drill: --rpc-listen: %v\n", err)
			return exitUsage
		}
	}
	if f.journal == "" {
		if f.journal, err = defaultJournal(getenv, "drill-"+sc.Name, time.Now()); err != nil {
			fmt.Fprintf(stderr, "warroom drill: %v\n", err)
			return exitUsage
		}
	}
	if err := session.CheckWritable(f.journal); err != nil {
		fmt.Fprintf(stderr, "warroom drill: --journal: %v\n", err)
		return exitUsage
	}

	ctx, stop := signal.NotifyContext(ctx, os.Interrupt, syscall.SIGTERM)
	defer stop()

	cfg := drill.Config{Scenario: sc.Name, BlockTime: f.blockTime, RPCListen: f.rpcListen, Journal: f.journal, AutoPause: f.autoPause}
	if f.headless {
		return headless(ctx, cfg, stdout, stderr)
	}
	return console(ctx, cfg, theme, terminal(), stdout, stderr)
}

// headless runs the drill to the end of its script, printing every event as
// a JSON line, then a summary line.
func headless(ctx context.Context, cfg drill.Config, stdout, stderr io.Writer) int {
	enc := json.NewEncoder(stdout)
	cfg.Tap = func(ev session.Event) error { return enc.Encode(ev) }
	d, err := drill.Start(ctx, cfg)
	if err != nil {
		fmt.Fprintf(stderr, "warroom drill: %v\n", err)
		return exitError
	}
	announceRPC(d, stderr)
	reason := "script over"
	select {
	case <-d.Done():
	case <-ctx.Done():
		reason = "interrupted"
	}
	closeErr := d.Close(reason)
	st := d.Session().State()
	if err := errors.Join(d.Session().TapErr(), enc.Encode(summary(st, cfg.Journal))); err != nil {
		fmt.Fprintf(stderr, "warroom drill: the event stream on stdout is incomplete (the journal %s is whole): %v\n", cfg.Journal, err)
		return exitError
	}
	if closeErr != nil {
		fmt.Fprintf(stderr, "warroom drill: %v\n", closeErr)
		return exitError
	}
	return exitOK
}

// announceRPC says where the drill chain is served, when it is.
func announceRPC(d *drill.Drill, w io.Writer) {
	if url := d.RPCEndpoint(); url != "" {
		fmt.Fprintf(w, "warroom: drill chain JSON-RPC at %s (chain id %d)\n", url, devchain.ChainID)
	}
}

// Summary is the last line of a headless run.
type Summary struct {
	Summary     string `json:"summary"`
	Scenario    string `json:"scenario"`
	DrainedWei  string `json:"drainedWei"`
	Drained     string `json:"drained"`
	PausedBlock uint64 `json:"pausedBlock,omitempty"`
	Alerts      int    `json:"alerts"`
	Journal     string `json:"journal"`
}

func summary(st session.State, journal string) Summary {
	drained := st.TotalDrained()
	s := Summary{Scenario: st.Started.Scenario, DrainedWei: drained.String(), Drained: chain.FormatEther(drained, 3),
		PausedBlock: st.PausedBlock, Alerts: len(st.Alerts), Journal: journal}
	paused := "never paused"
	if st.PausedBlock != 0 {
		paused = fmt.Sprintf("paused at block %d", st.PausedBlock)
	}
	s.Summary = fmt.Sprintf("drill %s over: %s drained, %s, %d alerts", s.Scenario, s.Drained, paused, s.Alerts)
	return s
}

// screen is how the console is put on a terminal: the model to run and the
// program's options. Tests swap in their own.
type screen struct {
	model func(tui.Options) tea.Model
	opts  []tea.ProgramOption
}

// terminal is the real screen: the console on the alternate screen of the
// terminal (standard input, or /dev/tty when that is not one).
func terminal() screen {
	return screen{model: func(o tui.Options) tea.Model { return tui.New(o) }, opts: []tea.ProgramOption{tea.WithAltScreen()}}
}

// console runs the drill under the TUI. A crash of the console ends the
// session with its reason, keeps its stack in a file beside the journal,
// and exits 1.
func console(ctx context.Context, cfg drill.Config, theme themes.Theme, scr screen, stdout, stderr io.Writer) int {
	fmt.Fprintf(stderr, "warroom: starting drill %q (deploying the protocol on the embedded chain)…\n", cfg.Scenario)
	d, err := drill.Start(ctx, cfg)
	if err != nil {
		fmt.Fprintf(stderr, "warroom drill: %v\n", err)
		return exitError
	}
	announceRPC(d, stderr)
	m := scr.model(tui.Options{Session: d.Session(), Responder: d.Responder(), Theme: theme, Title: "drill · " + cfg.Scenario})
	runErr := tui.Run(ctx, m, scr.opts...)
	var crash *tui.Crash
	reason := "responder quit"
	switch {
	case errors.As(runErr, &crash):
		reason = crash.Error()
	case runErr != nil:
		reason = "console stopped: " + runErr.Error()
	case ctx.Err() != nil:
		reason = "interrupted"
	}
	closeErr := d.Close(reason)
	fmt.Fprintf(stdout, "journal written to %s\n", cfg.Journal)
	switch {
	case crash != nil:
		report := cfg.Journal + ".crash"
		where := "its stack is in " + report
		if err := os.WriteFile(report, crashReport(crash), 0o600); err != nil {
			where = "its stack could not be saved: " + err.Error()
		}
		fmt.Fprintf(stderr, "warroom: %v\nThe session was closed and its journal ends with session.ended; %s.\n", crash, where)
		return exitError
	case runErr != nil:
		fmt.Fprintf(stderr, "warroom: %v\n", runErr)
		return exitError
	case closeErr != nil:
		fmt.Fprintf(stderr, "warroom: %v\n", closeErr)
		return exitError
	}
	return exitOK
}

// crashReport is what a developer needs from a console crash.
func crashReport(c *tui.Crash) []byte {
	return fmt.Appendf(nil, "warroom console crash\npanic: %v\n\n%s", c.Value, c.Stack)
}
