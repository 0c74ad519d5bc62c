package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"math/big"
	"os"
	"os/signal"
	"strings"
	"syscall"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/spf13/cobra"

	"warroom/chain"
	"warroom/chain/artifact"
	"warroom/chain/devchain"
	"warroom/chain/layout"
	"warroom/chain/shadow"
	"warroom/session"
	"warroom/session/config"
	"warroom/session/drill"
	"warroom/themes"
	"warroom/tui"
)

// drillOptions are `warroom drill`'s argument and flags, as given.
type drillOptions struct {
	scenario  string
	blockTime time.Duration
	rpcListen string
	journal   string
	headless  bool
	autoPause bool
	theme     string
	list      bool
	fix       string
	resume    string // the journal of the drill to resume
	seed      uint64
	seedSet   bool // --seed was given (a resumed drill otherwise keeps its journal's)
	// A drill on a node (drill_rpc.go): its URL, the funder's key file,
	// and the protocol file to write.
	rpc           string
	funderKeyFile string
	writeConfig   string
}

func newDrillCmd(c *common) *cobra.Command {
	o := drillOptions{blockTime: 2 * time.Second, seed: drill.DefaultSeed}
	cmd := &cobra.Command{
		Use:   "drill [scenario]",
		Short: "Run a tabletop drill on the embedded chain or a dev node",
		Long: `Run a tabletop drill: an in-process geth dev chain, a real protocol deployed
on it, a scripted attacker, and the console to detect, pause and patch.
Flags may come before or after the scenario name.

With --rpc URL the drill runs on that node instead (anvil, hardhat or
geth --dev): an account of the node, whose key is the first line of
--funder-key-file, funds the drill's throwaway keys; on anvil and hardhat
automine is turned off and the drill seals each block with evm_mine (and
turns automine back on when it ends); on geth --dev it follows the node's
own blocks. --write-config FILE writes the protocol file of what the drill
deployed, so warroom watch --config FILE can watch it from another process.

Scenarios:
` + describeScenarios(),
		Example: `  warroom drill
  warroom drill reentrancy --block-time 200ms
  warroom drill --headless --auto-pause --journal drill.jsonl
  warroom drill --seed 42
  warroom drill --rpc http://127.0.0.1:8545 --funder-key-file anvil.key --write-config drill.toml
  warroom drill --rpc-listen 127.0.0.1:8545 --write-config drill.toml`,
		Args:              oneScenario,
		ValidArgsFunction: completeScenario,
		RunE: func(cmd *cobra.Command, args []string) error {
			o.scenario = drill.DefaultScenario
			if len(args) == 1 {
				o.scenario = args[0]
			}
			o.seedSet = cmd.Flags().Changed("seed")
			return runDrill(cmd.Context(), o, c, cmd.OutOrStdout(), cmd.ErrOrStderr())
		},
	}
	f := cmd.Flags()
	f.Var((*positiveDuration)(&o.blockTime), "block-time", "block period of the embedded chain (with --rpc, how often the drill seals a block with evm_mine); the script is timed in blocks, so 200ms runs the drill ten times faster")
	f.StringVar(&o.rpcListen, "rpc-listen", "", "also serve the drill chain as HTTP JSON-RPC on this loopback `address`, e.g. 127.0.0.1:8545")
	f.StringVar(&o.journal, "journal", "", "journal `file` to write (default: $XDG_STATE_HOME/warroom/drill-<scenario>-<time>.jsonl)")
	f.BoolVar(&o.headless, "headless", false, "run without the console and print the event stream as JSON lines")
	f.BoolVar(&o.autoPause, "auto-pause", false, "circuit breaker: pause on the first critical alert without asking")
	f.StringVar(&o.theme, "theme", themes.DefaultName, "colour theme `name`: "+strings.Join(themes.Names(), ", ")+" (NO_COLOR set: plain text, no colour, bold or reverse)")
	f.BoolVar(&o.list, "list", false, "list the scenarios and exit")
	f.StringVar(&o.fix, "fix", "", "with --headless: once paused, compose the upgrade to this implementation, a built-in `name` (VaultV2) or an artifact file, and run every check")
	f.Uint64Var(&o.seed, "seed", o.seed, "seed `N` of the drill's traffic and timing (the ordinary transactions, the simulated cosigners' delays): the same seed sends the same transactions at the same blocks, so two trainees can be compared; the keys are the same on every run whatever the seed")
	f.StringVar(&o.resume, "resume", "", "go on with the drill recorded in this journal `file` after a crash: its state rebuilt, then a new chain segment, appended to the same journal")
	f.StringVar(&o.rpc, "rpc", "", "run the drill on this node instead of the embedded chain: anvil, hardhat or geth --dev at an http(s):// or ws(s):// `URL` (a public network is refused); needs --funder-key-file")
	f.StringVar(&o.funderKeyFile, "funder-key-file", "", "with --rpc: the first line of this `file` (mode 0600 or stricter) is the hex private key of an account on the node that funds the drill's keys with what the embedded chain gives them (10,000 ETH each), or less if it holds less; anvil's first dev account will do; the key is never shown or journaled")
	f.StringVar(&o.writeConfig, "write-config", "", "once the protocol is deployed, write its protocol `file` (TOML) for warroom watch --config, with its artifacts beside it (drill.toml: in drill.artifacts/); needs --rpc or --rpc-listen; an existing FILE is replaced only when warroom drill wrote it (its first line says so)")

	completeFlag(cmd, "block-time", fixedCompletions("2s", "500ms", "200ms"))
	completeFlag(cmd, "rpc-listen", fixedCompletions(
		cobra.CompletionWithDesc("127.0.0.1:8545", "the usual JSON-RPC port"),
		cobra.CompletionWithDesc("127.0.0.1:0", "any free port"),
	))
	completeFlag(cmd, "theme", fixedCompletions(themes.Names()...))
	for flag, ext := range map[string]string{"journal": "jsonl", "write-config": "toml"} {
		if err := cmd.MarkFlagFilename(flag, ext); err != nil {
			panic(err)
		}
	}
	return cmd
}

// oneScenario refuses more than one scenario name.
func oneScenario(_ *cobra.Command, args []string) error {
	if len(args) > 1 {
		return usageErrorf("takes one scenario name, got %d: %s", len(args), strings.Join(args, " "))
	}
	return nil
}

// completeScenario completes the scenario argument with the scenarios' names.
func completeScenario(_ *cobra.Command, args []string, _ string) ([]cobra.Completion, cobra.ShellCompDirective) {
	if len(args) > 0 {
		return nil, cobra.ShellCompDirectiveNoFileComp
	}
	var out []cobra.Completion
	for _, s := range drill.Scenarios() {
		out = append(out, cobra.CompletionWithDesc(s.Name, s.Title))
	}
	return out, cobra.ShellCompDirectiveNoFileComp
}

// fixedCompletions completes a flag's value with a fixed list and no files.
func fixedCompletions(choices ...cobra.Completion) cobra.CompletionFunc {
	return func(*cobra.Command, []string, string) ([]cobra.Completion, cobra.ShellCompDirective) {
		return choices, cobra.ShellCompDirectiveNoFileComp
	}
}

// completeFlag registers how a flag's value completes. It fails only on a
// flag that does not exist or already has one: a bug a test catches.
func completeFlag(cmd *cobra.Command, name string, fn cobra.CompletionFunc) {
	if err := cmd.RegisterFlagCompletionFunc(name, fn); err != nil {
		panic(err)
	}
}

// positiveDuration is a flag value that takes only durations above zero
// and at most maxBlockTime.
type positiveDuration time.Duration

// maxBlockTime is the longest block period a drill takes: the script is
// timed in blocks, so a longer one (1000h) would never end.
const maxBlockTime = time.Minute

func (d *positiveDuration) Set(s string) error {
	v, err := time.ParseDuration(s)
	if err != nil || v <= 0 {
		return errors.New("want a positive duration such as 2s or 200ms")
	}
	if v > maxBlockTime {
		return fmt.Errorf("%s is longer than a drill can use; want at most %s (the script is timed in blocks, so it would take %s per block)", v, maxBlockTime, v)
	}
	*d = positiveDuration(v)
	return nil
}

func (d *positiveDuration) String() string { return time.Duration(*d).String() }
func (d *positiveDuration) Type() string   { return "duration" }

// describeScenarios is the scenarios for the drill's help.
func describeScenarios() string {
	var b strings.Builder
	w := nameWidth()
	for _, s := range drill.Scenarios() {
		def := ""
		if s.Name == drill.DefaultScenario {
			def = " (default)"
		}
		fmt.Fprintf(&b, "  %-*s %s%s\n", w, s.Name, s.Title, def)
	}
	return strings.TrimRight(b.String(), "\n")
}

func listScenarios(w io.Writer) {
	n := nameWidth()
	for _, s := range drill.Scenarios() {
		fmt.Fprintf(w, "%-*s %s\n%-*s %s\n", n, s.Name, s.Title, n, "", s.Summary)
	}
}

// nameWidth is the column the scenario names are padded to: the longest.
func nameWidth() int {
	w := 0
	for _, s := range drill.Scenarios() {
		w = max(w, len(s.Name))
	}
	return w
}

// config checks everything the drill was given, before anything starts:
// no chain, no journal for refused input. Its errors are usage errors.
func (o drillOptions) config(c *common, now time.Time) (drill.Config, themes.Theme, error) {
	getenv := c.getenv
	sc, err := drill.Lookup(o.scenario)
	if err != nil {
		return drill.Config{}, themes.Theme{}, usageError(err)
	}
	theme, err := themes.FromEnv(getenv, o.theme)
	if err != nil {
		return drill.Config{}, themes.Theme{}, usageErrorf("--theme: %w", err)
	}
	if o.rpcListen != "" {
		if _, _, err := devchain.CheckLoopback(o.rpcListen); err != nil {
			return drill.Config{}, themes.Theme{}, usageErrorf("--rpc-listen: %w", err)
		}
	}
	if o.fix != "" {
		if !o.headless {
			return drill.Config{}, themes.Theme{}, usageErrorf("--fix composes the upgrade unattended, so it needs --headless; in the console, press u")
		}
		if err := checkFix(o.fix); err != nil {
			return drill.Config{}, themes.Theme{}, usageErrorf("--fix: %w", err)
		}
	}
	if o.seed == 0 {
		return drill.Config{}, themes.Theme{}, usageErrorf("--seed: want a positive integer such as 1 (the default) or 42; 0 is not a seed")
	}
	node, funder, err := o.externalFlags(c)
	if err != nil {
		return drill.Config{}, themes.Theme{}, err
	}
	if o.resume != "" {
		cfg, err := o.resumeConfig(sc.Name)
		if o.seedSet {
			cfg.Seed = o.seed
		}
		cfg.WriteConfig = o.writeConfig
		return cfg, theme, err
	}
	journal := o.journal
	if journal == "" {
		if journal, err = defaultJournal(getenv, "drill-"+sc.Name, now); err != nil {
			return drill.Config{}, themes.Theme{}, usageError(err)
		}
	}
	if err := session.CheckWritable(journal); err != nil {
		return drill.Config{}, themes.Theme{}, usageErrorf("--journal: %w", err)
	}
	cfg := drill.Config{Scenario: sc.Name, BlockTime: o.blockTime, RPCListen: o.rpcListen, Journal: journal, AutoPause: o.autoPause, Fix: o.fix, Seed: o.seed,
		RPC: node, Funder: funder, WriteConfig: o.writeConfig}
	return cfg, theme, nil
}

// checkFix refuses a --fix that names neither a built-in implementation
// nor an artifact file that loads.
func checkFix(fix string) error {
	if strings.ContainsAny(fix, "/\\.") {
		_, err := artifact.Load(fix)
		return err
	}
	_, err := artifact.Builtin(fix)
	return err
}

func runDrill(ctx context.Context, o drillOptions, c *common, stdout, stderr io.Writer) error {
	if o.list {
		listScenarios(stdout)
		return nil
	}
	cfg, theme, err := o.config(c, time.Now())
	if err != nil {
		return err
	}

	ctx, stop := signal.NotifyContext(ctx, os.Interrupt, syscall.SIGTERM)
	defer stop()

	if o.headless {
		return reported(headless(ctx, cfg, stdout, stderr))
	}
	return reported(console(ctx, cfg, theme, c.screen, stdout, stderr))
}

// headless runs the drill to the end of its script, printing every event as
// a JSON line, then a summary line.
func headless(ctx context.Context, cfg drill.Config, stdout, stderr io.Writer) int {
	enc := json.NewEncoder(stdout)
	cfg.Tap = func(ev session.Event) error { return enc.Encode(forStream(ev)) }
	d, err := drill.Start(ctx, cfg)
	if err != nil {
		return startFailed(err, stderr)
	}
	announceRPC(d, cfg, stderr)
	reason := "script over"
	select {
	case <-d.Done():
	case <-ctx.Done():
		reason = "interrupted"
	case <-d.Session().JournalFailed():
		reason = "journal failed"
	}
	closeErr := d.Close(reason)
	if err := d.Session().JournalErr(); err != nil {
		fmt.Fprintf(stderr, "warroom drill: %v\n", errJournalFailed(err))
		return exitError
	}
	st := d.Session().State()
	fmt.Fprintln(stderr, headLine(cfg.Journal, st.Seq, st.Hash))
	sum := summary(st, cfg.Journal)
	if l := d.Lag(); l.Blocks > 0 {
		sum.Watcher = watcherLag(l)
	}
	if err := errors.Join(d.Session().TapErr(), enc.Encode(sum)); err != nil {
		fmt.Fprintf(stderr, "warroom drill: the event stream on stdout is incomplete (the journal %s is whole): %v\n", cfg.Journal, err)
		return exitError
	}
	if closeErr != nil {
		fmt.Fprintf(stderr, "warroom drill: %v\n", closeErr)
		return exitError
	}
	return exitOK
}

// announceRPC says where the drill chain is served, when it is, or what
// node the drill runs on, and where its protocol file is written.
func announceRPC(d *drill.Drill, cfg drill.Config, w io.Writer) {
	if url := d.RPCEndpoint(); url != "" {
		fmt.Fprintf(w, "warroom: drill chain JSON-RPC at %s (chain id %d)\n", url, d.Chain().ChainID)
	}
	announceChain(d, cfg.BlockTime, w)
	if path := cfg.WriteConfig; path != "" {
		fmt.Fprintf(w, "warroom: wrote the protocol file %s; watch the drill from another process with: warroom watch --config %s\n", path, path)
	}
}

// Summary is the last line of a headless run.
type Summary struct {
	Kind        string      `json:"kind"` // "drill.summary", so select(.kind …) finds it
	Summary     string      `json:"summary"`
	Scenario    string      `json:"scenario"`
	DrainedWei  string      `json:"drainedWei"`
	Drained     string      `json:"drained"`
	PausedBlock uint64      `json:"pausedBlock,omitempty"`
	Alerts      int         `json:"alerts"`
	Fix         *FixSummary `json:"fix,omitempty"`
	// Debrief is the drill's score and its figures (drill.scored).
	Debrief *DebriefSummary `json:"debrief,omitempty"`
	// Watcher is how far the watcher fell behind the block clock.
	Watcher *WatcherLag `json:"watcher,omitempty"`
	Journal string      `json:"journal"`
}

// WatcherLag is the worst wait from a block's seal to its record in the
// session, in milliseconds, at which block, over how many blocks, and the
// block period it is measured against; then the most blocks the watcher
// was behind the chain at a seal, and the blocks the drill's clock held
// for the responder's pipeline (the watcher, the circuit breaker's pause):
// how many, how many of them for the breaker, the longest hold and its
// block, and the holds given up.
type WatcherLag struct {
	WorstMs  float64 `json:"worstLagMs"`
	Block    uint64  `json:"block"`
	Blocks   int     `json:"blocks"`
	PeriodMs float64 `json:"blockPeriodMs"`

	Behind      int     `json:"behindBlocks"`
	Held        int     `json:"heldBlocks"`
	HeldBreaker int     `json:"heldForBreaker,omitempty"`
	HeldMs      float64 `json:"worstHoldMs,omitempty"`
	HeldBlock   uint64  `json:"heldBlock,omitempty"`
	Overruns    int     `json:"holdOverruns,omitempty"`
}

func watcherLag(l drill.Lag) *WatcherLag {
	ms := func(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }
	return &WatcherLag{WorstMs: ms(l.Worst), Block: l.Block, Blocks: l.Blocks, PeriodMs: ms(l.Period),
		Behind: l.Behind, Held: l.Held, HeldBreaker: l.ForBreaker, HeldMs: ms(l.HeldWorst), HeldBlock: l.HeldBlock, Overruns: l.Overruns}
}

// DebriefSummary is the drill's debrief in the summary line: the score and
// its rubric, the moments measured from the first attack, and the value
// with wei as decimal strings, as the rest of the stream writes them.
type DebriefSummary struct {
	Score  int                  `json:"score"`
	OutOf  int                  `json:"outOf"`
	Seed   uint64               `json:"seed,omitempty"`
	Rubric []session.RubricLine `json:"rubric"`

	Attack       *session.AttackMark `json:"attack,omitempty"`
	Acknowledged *session.Moment     `json:"acknowledged,omitempty"`
	Paused       *session.Moment     `json:"paused,omitempty"`
	Composed     *session.Moment     `json:"composed,omitempty"`
	Verified     *session.Moment     `json:"verified,omitempty"`

	DrainedWei string `json:"drainedWei"`
	// UnpausedWei is what the same script drains when nobody responds, as
	// the drill measured it; SavedWei the difference. Both "" when not measured.
	UnpausedWei  string `json:"unpausedWei,omitempty"`
	SavedWei     string `json:"savedWei,omitempty"`
	SavedPercent int    `json:"savedPercent"`

	WrongFixesCaught  []string                `json:"wrongFixesCaught,omitempty"`
	WrongFixesShipped []string                `json:"wrongFixesShipped,omitempty"`
	Checklist         session.ScoredChecklist `json:"checklist"`
	Compared          []session.Comparison    `json:"compared,omitempty"`
}

func debriefSummary(sc *session.Scored) *DebriefSummary {
	v := sc.Value
	ds := &DebriefSummary{Score: sc.Score, OutOf: session.MaxScore, Seed: sc.Seed, Rubric: sc.Rubric,
		Attack: sc.Attack, Acknowledged: sc.Acknowledged, Paused: sc.Paused, Composed: sc.Composed, Verified: sc.Verified,
		DrainedWei: weiString(v.Drained), WrongFixesCaught: sc.WrongFixes.Caught, WrongFixesShipped: sc.WrongFixes.Shipped,
		Checklist: sc.Checklist, Compared: sc.Compared}
	if v.Unpaused != nil && v.Saved != nil {
		ds.UnpausedWei, ds.SavedWei, ds.SavedPercent = weiString(v.Unpaused.Drained), weiString(v.Saved.Amount), v.Saved.Percent
	}
	return ds
}

func weiString(w *big.Int) string {
	if w == nil {
		return "0"
	}
	return w.String()
}

// debriefText is the debrief as plain lines, printed when the console
// closes: the score, its rubric, the times and the comparison.
func debriefText(sc session.Scored) string {
	var b strings.Builder
	fmt.Fprintf(&b, "Drill debrief (%s, seed %d, %s): score %d/%d\n", sc.Scenario, sc.Seed, sc.Reason, sc.Score, session.MaxScore)
	for _, l := range sc.Rubric {
		fmt.Fprintf(&b, "  %-13s %2d/%-2d  %s\n", l.Name, l.Points, l.Max, l.Why)
	}
	if sc.Attack != nil {
		fmt.Fprintf(&b, "From the first attack (block %d):", sc.Attack.Block)
		for _, m := range []struct {
			name string
			m    *session.Moment
		}{{"acknowledged", sc.Acknowledged}, {"paused", sc.Paused}, {"fix composed", sc.Composed}, {"fix verified", sc.Verified}} {
			if m.m == nil {
				fmt.Fprintf(&b, " %s never;", m.name)
				continue
			}
			fmt.Fprintf(&b, " %s %+d blocks (%+.1f s);", m.name, m.m.AfterBlocks, m.m.AfterSeconds)
		}
		b.WriteString("\n")
	}
	v := sc.Value
	fmt.Fprintf(&b, "Drained %s", chain.FormatEther(v.Drained, 3))
	switch {
	case v.Unpaused != nil && v.Saved != nil && v.Unpaused.Basis == session.BasisSigned:
		fmt.Fprintf(&b, "; signed, the request loses the treasury, %s: %s saved (%d%%)",
			chain.FormatEther(v.Unpaused.Drained, 3), chain.FormatEther(v.Saved.Amount, 3), v.Saved.Percent)
	case v.Unpaused != nil && v.Saved != nil:
		fmt.Fprintf(&b, "; unpaused, the same script drains %s (measured): %s saved (%d%%)",
			chain.FormatEther(v.Unpaused.Drained, 3), chain.FormatEther(v.Saved.Amount, 3), v.Saved.Percent)
	}
	b.WriteString("\n")
	for _, c := range sc.Compared {
		if c.Verdict == "never" {
			fmt.Fprintf(&b, "  %s paused %s: you never paused\n", c.Incident, c.Paused)
			continue
		}
		fmt.Fprintf(&b, "  %s paused %s: you paused %s\n", c.Incident, c.Paused, c.Verdict)
	}
	return b.String()
}

// FixSummary is what came of --fix: each check's verdict and why.
type FixSummary struct {
	Upgrade string `json:"upgrade"`
	// Layout is "safe" or "unsafe", with the error findings.
	Layout         string   `json:"layout"`
	LayoutFindings []string `json:"layoutFindings,omitempty"`
	// Shadow is "passed", "failed" or "unavailable", with the failures.
	Shadow         string   `json:"shadow"`
	ShadowFailures []string `json:"shadowFailures,omitempty"`
	// Composed is the timelock operation id of the proposal, "" when not composed.
	Composed       string `json:"composed,omitempty"`
	Artifact       string `json:"artifact,omitempty"`
	Implementation string `json:"implementation,omitempty"`
	// The governance route: approvals counted per Safe transaction, the
	// blocks it was scheduled, verified and unpaused at, and the times.
	Approvals      int          `json:"approvals,omitempty"`
	Threshold      uint64       `json:"threshold,omitempty"`
	ScheduledBlock uint64       `json:"scheduledBlock,omitempty"`
	VerifiedBlock  uint64       `json:"verifiedBlock,omitempty"`
	UnpausedBlock  uint64       `json:"unpausedBlock,omitempty"`
	Timing         *RouteTiming `json:"timing,omitempty"`
}

// RouteTiming is how long the response took from the first critical
// alert, in blocks and wall-clock seconds (when the events were recorded),
// and the console's own share of the way to the verified fix: the whole
// minus the waits for the cosigners and for the timelock's delay.
type RouteTiming struct {
	ToPauseBlocks     uint64  `json:"toPauseBlocks"`
	ToPauseSeconds    float64 `json:"toPauseSeconds"`
	ToVerifiedBlocks  uint64  `json:"toVerifiedBlocks,omitempty"`
	ToVerifiedSeconds float64 `json:"toVerifiedSeconds,omitempty"`
	CosignersSeconds  float64 `json:"cosignersWaitSeconds,omitempty"`
	TimelockSeconds   float64 `json:"timelockWaitSeconds,omitempty"`
	ConsoleSeconds    float64 `json:"consoleSeconds,omitempty"`
}

const summaryKind = "drill.summary"

func summary(st session.State, journal string) Summary {
	drained := st.TotalDrained()
	s := Summary{Kind: summaryKind, Scenario: st.Started.Scenario, DrainedWei: drained.String(), Drained: chain.FormatEther(drained, 3),
		PausedBlock: st.PausedBlock, Alerts: len(st.Alerts), Journal: journal}
	paused := "never paused"
	if st.PausedBlock != 0 {
		paused = fmt.Sprintf("paused at block %d", st.PausedBlock)
	}
	s.Summary = fmt.Sprintf("drill %s over: %s drained, %s, %d alerts", s.Scenario, s.Drained, paused, s.Alerts)
	if len(st.Upgrades) > 0 {
		s.Fix = fixSummary(st.Upgrades[len(st.Upgrades)-1])
		routeSummary(&st, st.Upgrades[len(st.Upgrades)-1], s.Fix)
		s.Summary += "; " + s.Fix.sentence()
	}
	if sc := st.Scored; sc != nil {
		s.Debrief = debriefSummary(&sc.Scored)
		s.Summary += fmt.Sprintf("; scored %d/%d (seed %d)", sc.Score, session.MaxScore, sc.Seed)
		if v := sc.Value; v.Saved != nil {
			s.Summary += fmt.Sprintf(", %d%% of the unpaused drain saved", v.Saved.Percent)
		}
	}
	return s
}

// routeSummary fills what came of the fix's governance route.
func routeSummary(st *session.State, u session.Upgrade, f *FixSummary) {
	if u.Composed == nil {
		return
	}
	f.Approvals = len(u.Signed(session.RouteSchedule))
	if signed := u.Signed(session.RouteSchedule); len(signed) > 0 {
		f.Threshold = signed[len(signed)-1].Threshold
	}
	if u.Scheduled != nil {
		f.ScheduledBlock = u.Scheduled.Block
	}
	f.VerifiedBlock = u.Verified
	if un := st.Steps[session.StepUnpaused-1]; un.Done {
		f.UnpausedBlock = un.Block
	}
	first, paused := st.FirstCritical, st.Steps[session.StepPaused-1]
	if first == nil || !paused.Done {
		return
	}
	secs := func(from, to time.Time) float64 { return math.Round(to.Sub(from).Seconds()*1000) / 1000 }
	t := &RouteTiming{ToPauseBlocks: paused.Block - first.Block, ToPauseSeconds: secs(first.Seen, paused.At)}
	f.Timing = t
	verified := st.Steps[session.StepExecuted-1]
	if !verified.Done || u.Verified == 0 {
		return
	}
	t.ToVerifiedBlocks, t.ToVerifiedSeconds = verified.Block-first.Block, secs(first.Seen, verified.At)
	// The cosigners' wait: from the first approval to the threshold of
	// both transactions; the timelock's: from the schedule to its ETA.
	if approved := st.Steps[session.StepApprovals-1]; approved.Done && len(u.Approvals) > 0 {
		t.CosignersSeconds = secs(u.Approvals[0].At, approved.At)
	}
	if delay := st.Steps[session.StepTimelock-1]; delay.Done && u.Scheduled != nil {
		t.TimelockSeconds = secs(u.Scheduled.At, delay.At)
	}
	t.ConsoleSeconds = math.Round((t.ToVerifiedSeconds-t.CosignersSeconds-t.TimelockSeconds)*1000) / 1000
}

func fixSummary(u session.Upgrade) *FixSummary {
	f := &FixSummary{Upgrade: u.ID, Layout: "not checked", Shadow: "not run"}
	if u.Layout != nil {
		f.Layout = string(u.Layout.Report.Verdict)
		f.Artifact = u.Layout.Report.New
		for _, fd := range u.Layout.Report.Findings {
			if fd.Severity == layout.Error {
				f.LayoutFindings = append(f.LayoutFindings, fd.String())
			}
		}
	}
	if sh := u.Shadow; sh != nil {
		f.Implementation = sh.New.Hex()
		switch {
		case sh.Unavailable != "":
			f.Shadow, f.ShadowFailures = "unavailable", []string{sh.Unavailable}
		case sh.Pass:
			f.Shadow = "passed"
		default:
			f.Shadow = "failed"
		}
		for _, rep := range []struct {
			r      *shadow.Report
			prefix string
		}{{sh.Fix, ""}, {sh.Rollback, "rollback: "}} {
			if rep.r == nil {
				continue
			}
			for _, r := range rep.r.Results {
				if !r.Pass {
					f.ShadowFailures = append(f.ShadowFailures, fmt.Sprintf("%s%s %q: %s", rep.prefix, r.Kind, r.Name, r.Reason))
				}
			}
		}
	}
	if u.Composed != nil {
		f.Composed = u.Composed.Proposal.OperationID.Hex()
	}
	return f
}

// sentence is the fix's verdicts in one line of the summary.
func (f *FixSummary) sentence() string {
	s := fmt.Sprintf("%s of %s: layout %s, shadow test %s", f.Upgrade, f.Artifact, f.Layout, f.Shadow)
	var why []string
	if len(f.LayoutFindings) > 0 {
		why = append(why, f.LayoutFindings[0])
	}
	if len(f.ShadowFailures) > 0 {
		why = append(why, f.ShadowFailures[0])
	}
	if f.VerifiedBlock != 0 {
		s += fmt.Sprintf(", composed, approved by %d owners (threshold %d), scheduled at block %d, executed and verified at block %d", f.Approvals, f.Threshold, f.ScheduledBlock, f.VerifiedBlock)
		if f.UnpausedBlock != 0 {
			s += fmt.Sprintf(", unpaused at block %d", f.UnpausedBlock)
		}
		if t := f.Timing; t != nil {
			s += fmt.Sprintf("; first critical alert to pause %d blocks (%.1f s), to verified fix %d blocks (%.1f s, of which cosigners %.1f s, timelock delay %.1f s, the console %.1f s)",
				t.ToPauseBlocks, t.ToPauseSeconds, t.ToVerifiedBlocks, t.ToVerifiedSeconds, t.CosignersSeconds, t.TimelockSeconds, t.ConsoleSeconds)
		}
		return s
	}
	if f.Composed != "" {
		return s + ", composed: timelock operation " + f.Composed
	}
	if len(why) > 0 {
		return s + ", not composed: " + strings.Join(why, "; ")
	}
	return s + ", not composed"
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
	on := "the embedded chain"
	if cfg.RPC != "" {
		on = "the node at " + config.Redact(cfg.RPC)
	}
	fmt.Fprintf(stderr, "warroom: starting drill %q (deploying the protocol on %s)…\n", cfg.Scenario, on)
	d, err := drill.Start(ctx, cfg)
	if err != nil {
		return startFailed(err, stderr)
	}
	announceRPC(d, cfg, stderr)
	m := scr.model(tui.Options{Session: d.Session(), Responder: d.Responder(), Theme: theme, Title: "drill · " + cfg.Scenario, JournalErr: d.Session().JournalErr})
	defer stopOnJournalFailure(d)()
	runErr := tui.Run(ctx, m, scr.opts...)
	crash, reason := consoleEnd(ctx, runErr)
	closeErr := d.Close(reason)
	if sc, ok := d.Scored(); ok {
		fmt.Fprint(stdout, debriefText(sc))
	}
	return consoleExit(d.Session(), cfg.Journal, crash, runErr, closeErr, stdout, stderr)
}

// consoleEnd is why a console session ended, and its crash if it crashed.
func consoleEnd(ctx context.Context, runErr error) (*tui.Crash, string) {
	var crash *tui.Crash
	switch {
	case errors.As(runErr, &crash):
		return crash, crash.Error()
	case runErr != nil:
		return nil, "console stopped: " + runErr.Error()
	case ctx.Err() != nil:
		return nil, "interrupted"
	}
	return nil, "responder quit"
}

// consoleExit says where the journal of a closed console session is and
// its head, keeps a crash's stack beside it, and is the exit code: 1 when
// the journal failed, the console crashed or stopped, or closing failed.
func consoleExit(s *session.Session, journal string, crash *tui.Crash, runErr, closeErr error, stdout, stderr io.Writer) int {
	fmt.Fprintf(stdout, "journal written to %s\n", journal)
	if seq, head := s.Head(); s.JournalErr() == nil {
		fmt.Fprintln(stdout, headLine(journal, seq, head))
	}
	switch {
	case s.JournalErr() != nil:
		fmt.Fprintf(stderr, "warroom: %v\n", errJournalFailed(s.JournalErr()))
		return exitError
	case crash != nil:
		report := journal + ".crash"
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
