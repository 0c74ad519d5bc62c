package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/big"
	"net/http"
	"net/url"
	"os"
	"os/signal"
	"regexp"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/keystore"
	ethcommon "github.com/ethereum/go-ethereum/common"
	gethrpc "github.com/ethereum/go-ethereum/rpc"
	"github.com/spf13/cobra"

	"warroom/chain"
	"warroom/chain/artifact"
	"warroom/chain/contracts"
	"warroom/chain/detect"
	"warroom/chain/rpc"
	"warroom/chain/tx"
	"warroom/chain/watch"
	"warroom/session"
	"warroom/session/config"
	"warroom/session/drill"
	"warroom/themes"
	"warroom/tui"
)

// watchOptions are `warroom watch`'s flags, as given.
type watchOptions struct {
	config       string
	journal      string
	passwordFile string
	theme        string
	headless     bool
	autoPause    bool
	trace        string
	tipGwei      float64
}

func newWatchCmd(c *common) *cobra.Command {
	o := watchOptions{}
	cmd := &cobra.Command{
		Use:   "watch --config FILE",
		Short: "Watch a live protocol on real nodes, and pause it from the console",
		Long: `Watch a live protocol: the contracts, Safe and timelock of a protocol file
(warroom init writes a commented one) through its nodes, in failover order,
from the current head on, with the console of a drill: alerts, protocol
state, the checklist, the pause. Everything is journaled as a drill is.

The file is checked whole before anything starts, then against the node
(its chain id, code at every address). The guardian's keystore ([guardian]
in the file) is unlocked with a password asked on the terminal, or read from
--password-file (a file only its owner can read, mode 0600). Without
[guardian] the console watches and cannot pause.

Exit status: 0 stopped (q, Ctrl-C), 1 an error while running (no node
answers), 2 a protocol file or flag refused before anything started.`,
		Example: `  warroom init protocol.toml && $EDITOR protocol.toml
  warroom watch --config protocol.toml
  warroom watch --config protocol.toml --headless --auto-pause --password-file ~/.warroom/pw | jq -c 'select(.kind=="alert")'`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return runWatch(cmd.Context(), o, c, cmd.OutOrStdout(), cmd.ErrOrStderr())
		},
	}
	f := cmd.Flags()
	f.StringVar(&o.config, "config", "", "the protocol `file` (TOML; warroom init writes an example)")
	f.StringVar(&o.journal, "journal", "", "journal `file` to write (default: $XDG_STATE_HOME/warroom/watch-<name>-<time>.jsonl)")
	f.StringVar(&o.passwordFile, "password-file", "", "read the guardian keystore's password from the first line of this `file` (mode 0600 or stricter) instead of the terminal")
	f.BoolVar(&o.headless, "headless", false, "run without the console and print the event stream as JSON lines until interrupted")
	f.BoolVar(&o.autoPause, "auto-pause", false, "circuit breaker: pause on the first critical alert without asking (needs [guardian])")
	f.Float64Var(&o.tipGwei, "tip-gwei", 0, "priority `fee` in gwei every transaction the session signs offers (the pause, the unpause, the route's steps); 0 takes the node's suggestion. An incident raises it to be mined first; f raises a stuck pause's further")
	f.StringVar(&o.trace, "trace", watch.TraceAuto, "how blocks are traced: `mode` block (every block whole), prefilter (only the transactions whose receipts touch a watched contract; misses reverted attempts that emit nothing) or auto (whole blocks until one takes over 2 s, then prefilter, said on screen)")
	f.StringVar(&o.theme, "theme", themes.DefaultName, "colour theme `name`: "+strings.Join(themes.Names(), ", ")+" (NO_COLOR set: plain text, no colour, bold or reverse)")
	if err := cmd.MarkFlagRequired("config"); err != nil {
		panic(err)
	}
	completeFlag(cmd, "theme", fixedCompletions(themes.Names()...))
	for flag, ext := range map[string]string{"config": "toml", "journal": "jsonl"} {
		if err := cmd.MarkFlagFilename(flag, ext); err != nil {
			panic(err)
		}
	}
	return cmd
}

// watchTimeout bounds each node's answer to the dial and to the checks
// before the session starts.
const watchTimeout = 15 * time.Second

func runWatch(ctx context.Context, o watchOptions, c *common, stdout, stderr io.Writer) error {
	cfg, err := config.Load(o.config, c.getenv)
	if err != nil {
		return usageError(err)
	}
	if o.tipGwei < 0 || o.tipGwei > 100_000 || o.tipGwei != o.tipGwei {
		return usageErrorf("--tip-gwei %v is not a priority fee; want gwei from 0 (the node's suggestion) to 100000", o.tipGwei)
	}
	switch o.trace {
	case watch.TraceBlock, watch.TracePrefilter, watch.TraceAuto:
	default:
		return usageErrorf("--trace %q is not a trace mode; want block, prefilter or auto", o.trace)
	}
	theme, err := themes.FromEnv(c.getenv, o.theme)
	if err != nil {
		return usageErrorf("--theme: %w", err)
	}
	if cfg.Guardian == nil {
		switch {
		case o.autoPause:
			return usageErrorf("--auto-pause pauses with the guardian's key, and %s has no [guardian]; add one with keystore = \"…\"", o.config)
		case o.passwordFile != "":
			return usageErrorf("--password-file unlocks the guardian's keystore, and %s has no [guardian]; add one or drop the flag", o.config)
		}
	}
	journal := o.journal
	if journal == "" {
		if journal, err = defaultJournal(c.getenv, "watch-"+slug(cfg.Name), time.Now()); err != nil {
			return usageError(err)
		}
	}
	if err := session.CheckWritable(journal); err != nil {
		return usageErrorf("--journal: %w", err)
	}
	var guardian *tx.Signer
	if cfg.Guardian != nil {
		if guardian, err = unlockGuardian(c, stderr, cfg, o.passwordFile); err != nil {
			return err
		}
	}

	ctx, stop := signal.NotifyContext(ctx, os.Interrupt, syscall.SIGTERM)
	defer stop()
	first, ep, err := dialFirst(ctx, cfg.RPC, stderr)
	if err != nil {
		return err
	}
	statuses := &nodeStatuses{}
	node, err := poolOf(ctx, cfg.RPC, first, ep, statuses.on)
	if err != nil {
		first.Close()
		return err
	}
	defer node.Close()
	checkCtx, cancel := context.WithTimeout(ctx, watchTimeout)
	facts, err := cfg.Check(checkCtx, node)
	cancel()
	if err != nil {
		if config.IsConfigError(err) {
			return usageError(fmt.Errorf("%w\n(the node is %s, rpc entry %d)", err, ep, ep.N))
		}
		return fmt.Errorf("checking %s against %s: %s", o.config, ep, config.RedactError(err, ep.URL()))
	}
	for _, w := range facts.Warnings {
		fmt.Fprintf(stderr, "warroom: warning: %s\n", w)
	}

	live, err := startLive(ctx, liveConfig{cfg: cfg, facts: facts, node: node, pool: node, statuses: statuses, endpoint: ep, guardian: guardian,
		journal: journal, autoPause: o.autoPause, trace: o.trace, tip: gweiToWei(o.tipGwei), tap: tapFor(o.headless, stdout)})
	if err != nil {
		return err
	}
	announceWatch(stderr, live)
	if o.headless {
		return reported(live.headless(ctx, stdout, stderr))
	}
	return reported(live.console(ctx, theme, c.screen, stdout, stderr))
}

// slug is a name as a file name's part: "Acme Vault" is "acme-vault".
func slug(name string) string {
	s := strings.Trim(regexp.MustCompile(`[^a-z0-9]+`).ReplaceAllString(strings.ToLower(name), "-"), "-")
	if s == "" {
		return "protocol"
	}
	return s
}

// tapFor is the headless event stream's writer, nil for the console.
func tapFor(headless bool, stdout io.Writer) func(session.Event) error {
	if !headless {
		return nil
	}
	enc := json.NewEncoder(stdout)
	return func(ev session.Event) error { return enc.Encode(forStream(ev)) }
}

// unlockGuardian decrypts the guardian's keystore with the password from
// --password-file (only when no one but its owner can read it) or asked
// on the terminal. The password is never a flag's value.
func unlockGuardian(c *common, prompt io.Writer, cfg *config.Config, passwordFile string) (*tx.Signer, error) {
	g := cfg.Guardian
	who := "the guardian " + g.Keystore
	if g.Account != (ethcommon.Address{}) {
		who = "the guardian " + g.Account.Hex() + " (" + g.Keystore + ")"
	}
	password, err := readPassword(c, prompt, passwordFile, who)
	if err != nil {
		return nil, err
	}
	key, err := keystore.DecryptKey(g.JSON, password)
	if err != nil {
		if errors.Is(err, keystore.ErrDecrypt) {
			return nil, usageErrorf("guardian keystore %s: wrong password: the key does not decrypt with it", g.Keystore)
		}
		return nil, usageErrorf("guardian keystore %s: the key does not decrypt: %v", g.Keystore, err)
	}
	if g.Account != (ethcommon.Address{}) && key.Address != g.Account {
		return nil, usageErrorf("guardian keystore %s says it holds %s but its key is %s's; refusing a keystore that is not what it says", g.Keystore, g.Account.Hex(), key.Address.Hex())
	}
	return tx.NewSigner(key.PrivateKey), nil
}

// dialFirst connects to the first endpoint that answers, in the file's
// order, saying which failed and which is used; the session's pool
// (poolOf) starts from it.
func dialFirst(ctx context.Context, eps []config.Endpoint, stderr io.Writer) (chain.Client, config.Endpoint, error) {
	var last error
	for i, ep := range eps {
		dctx, cancel := context.WithTimeout(ctx, watchTimeout)
		c, err := dialEndpoint(dctx, ep)
		cancel()
		if err == nil {
			return c, ep, nil
		}
		if ctx.Err() != nil {
			return nil, ep, ctx.Err()
		}
		last = fmt.Errorf("rpc entry %d (%s): %w", ep.N, ep, err)
		if i+1 < len(eps) {
			fmt.Fprintf(stderr, "warroom: rpc entry %d (%s) does not answer: %v; trying rpc entry %d\n", ep.N, ep, err, eps[i+1].N)
		}
	}
	if len(eps) > 1 {
		return nil, config.Endpoint{}, fmt.Errorf("none of the %d nodes answers (the others are above); the last, %w", len(eps), last)
	}
	return nil, config.Endpoint{}, fmt.Errorf("no node answers: %w", last)
}

// poolOf is the session's node: a pool of every rpc entry, in the file's
// order, already connected through first (entry ep). It fails over to the
// next entry that answers on the same chain when the one in use stops
// answering, and comes back to any that answers again.
func poolOf(ctx context.Context, eps []config.Endpoint, first chain.Client, ep config.Endpoint, on func(rpc.PoolStatus)) (*rpc.Pool, error) {
	pool := make([]rpc.Endpoint, len(eps))
	for i, e := range eps {
		var once sync.Once
		pool[i] = rpc.Endpoint{Name: endpointName(e), Dial: func(ctx context.Context) (chain.Client, error) {
			var c chain.Client
			var skip bool
			once.Do(func() { c, skip = first, e.N < ep.N })
			switch {
			case e.N == ep.N && c != nil:
				return c, nil
			case skip:
				// dialFirst found it silent a moment ago: not again
				// before its backoff.
				return nil, errors.New("it did not answer when the session started")
			}
			return dialEndpoint(ctx, e)
		}}
	}
	return rpc.NewPool(ctx, pool, rpc.PoolConfig{OnStatus: on})
}

// endpointName is how an rpc entry is named on screen and in the
// journal: "rpc 2 (https://node-b.example)".
func endpointName(e config.Endpoint) string { return fmt.Sprintf("rpc %d (%s)", e.N, e) }

// nodeStatuses hands the pool's statuses to the session once there is
// one, the newest kept until then.
type nodeStatuses struct {
	mu     sync.Mutex
	record func(rpc.PoolStatus)
	last   *rpc.PoolStatus
}

func (n *nodeStatuses) on(s rpc.PoolStatus) {
	n.mu.Lock()
	defer n.mu.Unlock()
	if n.record == nil {
		n.last = &s
		return
	}
	n.record(s)
}

// attach records every status from now on, the newest one first.
func (n *nodeStatuses) attach(record func(rpc.PoolStatus)) {
	n.mu.Lock()
	defer n.mu.Unlock()
	n.record = record
	if n.last != nil {
		record(*n.last)
		n.last = nil
	}
}

// nodeStatus is a pool status as the journal keeps it.
func nodeStatus(s rpc.PoolStatus) session.NodeStatus {
	ns := session.NodeStatus{Endpoint: s.Endpoint, Health: session.NodeUp, Latency: session.Duration(s.Latency), Endpoints: s.Endpoints}
	if !s.Up {
		ns.Health = session.NodeDown
		ns.Error = fmt.Sprintf("no rpc entry answers (next try in %s): %s", s.RetryIn.Round(time.Millisecond), s.Err)
	} else if s.Err != "" {
		ns.Error = "left " + s.Err
	}
	return ns
}

// nodeAlert is a cross-check's finding as the journal keeps it.
func nodeAlert(e rpc.CrossEvent) session.NodeAlert {
	a := session.NodeAlert{Kind: e.Kind, Endpoint: e.Endpoint, Other: e.Other, Block: e.Block, Hash: e.Hash, OtherHash: e.OtherHash,
		Lag: e.Lag, For: session.Duration(e.For), Cleared: e.Cleared, Message: e.Message, Severity: chain.Medium}
	if e.Kind == rpc.CrossDisagree || e.Kind == rpc.CrossWrongChain {
		a.Severity = chain.High
	}
	return a
}

// dialEndpoint connects to ep so that no error quotes more of its URL
// than scheme and host. Over HTTP every request is made to scheme://host
// (what net/http quotes in its errors) and the transport sends it to the
// whole URL; over WebSocket the one dial error is redacted.
func dialEndpoint(ctx context.Context, ep config.Endpoint) (chain.Client, error) {
	u, err := url.Parse(ep.URL())
	if err != nil {
		return nil, errors.New("not a URL")
	}
	var raw *gethrpc.Client
	switch u.Scheme {
	case "http", "https":
		hc := &http.Client{Transport: secretURL{url: u, base: http.DefaultTransport}}
		raw, err = gethrpc.DialOptions(ctx, u.Scheme+"://"+u.Host, gethrpc.WithHTTPClient(hc))
	default:
		raw, err = gethrpc.DialOptions(ctx, ep.URL())
	}
	if err != nil {
		return nil, errors.New(config.RedactError(rpc.Describe(err), ep.URL()))
	}
	c := rpc.NewClient(raw)
	if _, err := c.ChainID(ctx); err != nil {
		c.Close()
		return nil, errors.New(config.RedactError(rpc.Describe(err), ep.URL()))
	}
	return c, nil
}

// secretURL sends every request to url, whatever URL it was made for,
// with url's user info as basic authentication.
type secretURL struct {
	url  *url.URL
	base http.RoundTripper
}

func (t secretURL) RoundTrip(req *http.Request) (*http.Response, error) {
	r := req.Clone(req.Context())
	u := *t.url
	u.User = nil
	r.URL, r.Host = &u, ""
	if t.url.User != nil {
		pw, _ := t.url.User.Password()
		r.SetBasicAuth(t.url.User.Username(), pw)
	}
	resp, err := t.base.RoundTrip(r)
	if err != nil {
		return nil, errors.New(config.RedactError(err, t.url.String()))
	}
	return resp, nil
}

// liveConfig is what a live session is made of.
type liveConfig struct {
	cfg   *config.Config
	facts *config.Facts
	node  chain.Client
	// pool, when set, is node as a pool of endpoints: its statuses are
	// journaled and it cross-checks a second endpoint.
	pool      *rpc.Pool
	statuses  *nodeStatuses
	endpoint  config.Endpoint
	guardian  *tx.Signer // nil: the session cannot pause
	journal   string
	autoPause bool
	trace     string   // watch.Trace*
	tip       *big.Int // the priority fee offered, nil: the node's suggestion
	tap       func(session.Event) error
}

// live is a running watch session: the watcher following the node's
// heads into a journaled session, and the responder acting for the
// guardian.
type live struct {
	lc        liveConfig
	session   *session.Session
	responder *session.Responder
	feed      *session.Feed
	from      uint64

	runCtx context.Context
	cancel context.CancelFunc
	wg     sync.WaitGroup
	closed sync.Once
}

// startLive records session.started (mode "watch") and starts the
// watcher at the node's current head.
func startLive(ctx context.Context, lc liveConfig) (*live, error) {
	cfg := lc.cfg
	head, err := lc.node.BlockNumber(ctx)
	if err != nil {
		return nil, fmt.Errorf("read the head of %s: %s", lc.endpoint, config.RedactError(err, lc.endpoint.URL()))
	}
	dec, abis, impls, err := labels(cfg, lc.facts, lc.guardian)
	if err != nil {
		return nil, err
	}
	j, err := session.Create(lc.journal)
	if err != nil {
		return nil, err
	}
	l := &live{lc: lc, from: head}
	l.session = session.New(j, session.Options{Tap: lc.tap})
	watched := cfg.Watched()
	l.responder = session.NewResponder(l.session, session.ResponderConfig{
		Backend: lc.node, Guardian: lc.guardian, Decoder: dec, Targets: watched,
		Artifacts: impls, Regressions: cfg.Regressions, ABIs: abis, Tip: lc.tip,
	})
	l.runCtx, l.cancel = context.WithCancel(context.Background())
	feed := session.FeedConfig{OnApprovals: func(a []chain.HashApproval) error { return l.responder.OnChainApprovals(l.runCtx, a) }}
	if lc.autoPause {
		feed.OnCritical = l.responder.AutoPause
	}
	l.feed = session.NewFeed(l.session, feed)
	if _, err := l.session.Record(session.KindSessionStarted, session.Started{
		Mode: "watch", Scenario: cfg.Name, Chain: lc.endpoint.String(), ChainID: cfg.ChainID,
		From: head, Watched: watched, Rules: cfg.Rules, Version: drill.Version,
	}); err != nil {
		l.cancel()
		_ = l.session.End("could not start")
		return nil, err
	}
	for _, w := range lc.facts.Warnings {
		l.warn("config", errors.New(w))
	}
	if lc.statuses != nil {
		lc.statuses.attach(func(s rpc.PoolStatus) {
			ns := nodeStatus(s)
			ns.Error = l.redact(ns.Error)
			_, _ = l.session.Record(session.KindNode, ns)
		})
	}
	if lc.pool != nil {
		l.wg.Add(1)
		go func() {
			defer l.wg.Done()
			lc.pool.CrossCheck(l.runCtx, rpc.CrossCheckConfig{}, func(e rpc.CrossEvent) {
				_, _ = l.session.Record(session.KindNodeAlert, nodeAlert(e))
			})
		}()
	}
	for _, w := range guardianWarnings(ctx, lc.node, cfg, lc.guardian) {
		l.warn("responder", errors.New(w))
	}
	w := watch.New(lc.node, watch.Config{
		Watched:    watched,
		Classifier: detect.NewEngine(cfg.Rules, append(watched[:len(watched):len(watched)], cfg.Observed()...), dec, lc.node),
		From:       head, // its protocol reading is the baseline
		Trace:      lc.trace,
		OnError: func(err error) {
			if !errors.Is(err, rpc.ErrNoNode) { // the node event says it, once
				l.warn("watcher", err)
			}
		},
	})
	l.wg.Add(1)
	go func() {
		defer l.wg.Done()
		if err := w.Run(l.runCtx, l.feed.Block); err != nil && !errors.Is(err, session.ErrEnded) {
			l.warn("watcher", err)
		}
	}()
	return l, nil
}

// labels names the protocol's contracts in a decoder, from their
// artifacts (a proxy's implementation too), the Safe and the timelock
// from the ABIs warroom ships; it returns the ABIs that decode reverts and
// the artifacts of the proxies' current implementations.
func labels(cfg *config.Config, facts *config.Facts, guardian *tx.Signer) (*detect.Decoder, []*abi.ABI, map[ethcommon.Address]*artifact.Artifact, error) {
	dec := detect.NewDecoder()
	impls := map[ethcommon.Address]*artifact.Artifact{}
	var abis []*abi.ABI
	for _, k := range cfg.Contracts {
		a := &k.Artifact.ABI
		dec.Label(k.Address, k.Name, a)
		abis = append(abis, a)
		if impl, ok := facts.Implementations[k.Address]; ok {
			dec.Label(impl, k.Name+" implementation", a)
			impls[impl] = k.Artifact
		}
	}
	for _, g := range []struct {
		gov      *config.Governor
		name     string
		artifact string
	}{{cfg.Safe, config.SafeName, contracts.SafeName}, {cfg.Timelock, config.TimelockName, contracts.TimelockControllerName}} {
		if g.gov == nil {
			continue
		}
		c, err := contracts.Load(g.artifact)
		if err != nil {
			return nil, nil, nil, err
		}
		dec.Label(g.gov.Address, g.name, &c.ABI)
	}
	if guardian != nil {
		dec.Label(guardian.Address(), "guardian", nil)
	}
	return dec, abis, impls, nil
}

// guardianWarnings are what would make the guardian's pause fail: no
// ether for gas, a pause() that reverts from its address.
func guardianWarnings(ctx context.Context, node chain.Client, cfg *config.Config, g *tx.Signer) []string {
	if g == nil {
		return nil
	}
	ctx, cancel := context.WithTimeout(ctx, watchTimeout)
	defer cancel()
	var out []string
	if bal, err := node.BalanceAt(ctx, g.Address(), nil); err == nil && bal.Sign() == 0 {
		out = append(out, fmt.Sprintf("the guardian %s holds no ether: it cannot pay for the pause's gas", g.Address().Hex()))
	}
	pause := contracts.NewIPausable().PackPause()
	for _, k := range cfg.Contracts {
		if !k.Pausable() {
			continue
		}
		if paused, err := watch.ReadPaused(ctx, node, k.Address, nil); err != nil || paused {
			continue
		}
		to := k.Address
		if _, err := node.CallContract(ctx, ethereum.CallMsg{From: g.Address(), To: &to, Data: pause, Value: new(big.Int)}, nil); err != nil {
			out = append(out, fmt.Sprintf("the guardian %s cannot pause %s: pause() from it fails now (%v); is it the contract's guardian?", g.Address().Hex(), k.Name, err))
		}
	}
	return out
}

// redact strips a message of every endpoint's URL beyond scheme and host.
func (l *live) redact(msg string) string {
	for _, ep := range l.lc.cfg.RPC {
		msg = config.RedactError(errors.New(msg), ep.URL())
	}
	return msg
}

// warn records a warning, its text stripped of anything the nodes' URLs
// would show beyond scheme and host.
func (l *live) warn(source string, err error) {
	_ = l.feed.Warn(source, errors.New(l.redact(err.Error())))
}

// responderFor is what the console acts through: the session's
// responder, or without a guardian key one that says so when asked to pause.
func (l *live) responderFor() tui.Responder {
	if l.lc.guardian == nil {
		return noGuardian{Responder: l.responder, file: l.lc.cfg.File}
	}
	return l.responder
}

// noGuardian is the responder of a session whose protocol file has no
// [guardian]: the pause and the unpause say which key is missing and where
// it goes.
type noGuardian struct {
	*session.Responder
	file string
}

func (r noGuardian) err(what string) error {
	return fmt.Errorf("no guardian key is configured, so this session cannot %s: add [guardian] with keystore = \"…\" to %s and start warroom watch again", what, r.file)
}

func (r noGuardian) PlanPause(context.Context) (*session.Plan, error) { return nil, r.err("pause") }

func (r noGuardian) PlanUnpause(context.Context) (*session.Plan, error) {
	return nil, r.err("unpause")
}

// announceWatch says what is watched, through which node, and who pauses.
func announceWatch(w io.Writer, l *live) {
	cfg := l.lc.cfg
	fmt.Fprintf(w, "warroom: watching %s on chain %d through rpc entry %d (%s) from block %d; journal %s\n",
		cfg.Name, cfg.ChainID, l.lc.endpoint.N, l.lc.endpoint, l.from, l.lc.journal)
	if g := l.lc.guardian; g != nil {
		fmt.Fprintf(w, "warroom: the guardian %s pauses (keystore %s)\n", g.Address().Hex(), cfg.Guardian.Keystore)
	} else {
		fmt.Fprintf(w, "warroom: %s has no [guardian]: this session watches and cannot pause\n", cfg.File)
	}
}

// Close stops the watcher and the responder and records session.ended.
func (l *live) Close(reason string) error {
	var err error
	l.closed.Do(func() {
		l.cancel()
		l.responder.Close()
		l.wg.Wait()
		err = l.session.End(reason)
	})
	return err
}

// stopOnJournalFailure ends the session at once when its journal fails, so
// nothing goes on unrecorded. Call the result to stop watching for it.
func (l *live) stopOnJournalFailure() (stop func()) {
	done := make(chan struct{})
	go func() {
		select {
		case <-l.session.JournalFailed():
			_ = l.Close("journal failed")
		case <-done:
		}
	}()
	return func() { close(done) }
}

// WatchSummary is the last line of a headless watch.
type WatchSummary struct {
	Kind        string `json:"kind"` // "watch.summary"
	Summary     string `json:"summary"`
	Name        string `json:"name"`
	DrainedWei  string `json:"drainedWei"`
	Drained     string `json:"drained"`
	PausedBlock uint64 `json:"pausedBlock,omitempty"`
	Alerts      int    `json:"alerts"`
	Journal     string `json:"journal"`
}

// headless runs until interrupted, the event stream on stdout, then a
// summary line.
func (l *live) headless(ctx context.Context, stdout, stderr io.Writer) int {
	reason := "interrupted"
	select {
	case <-ctx.Done():
	case <-l.session.JournalFailed():
		reason = "journal failed"
	}
	closeErr := l.Close(reason)
	if err := l.session.JournalErr(); err != nil {
		fmt.Fprintf(stderr, "warroom watch: %v\n", errJournalFailed(err))
		return exitError
	}
	st := l.session.State()
	fmt.Fprintln(stderr, headLine(l.lc.journal, st.Seq, st.Hash))
	drained := st.TotalDrained()
	sum := WatchSummary{Kind: "watch.summary", Name: l.lc.cfg.Name, DrainedWei: drained.String(), Drained: chain.FormatEther(drained, 3),
		PausedBlock: st.PausedBlock, Alerts: len(st.Alerts), Journal: l.lc.journal}
	paused := "not paused"
	if st.PausedBlock != 0 {
		paused = fmt.Sprintf("paused at block %d", st.PausedBlock)
	}
	sum.Summary = fmt.Sprintf("watch of %s over (%s): %s drained, %s, %d alerts", sum.Name, reason, sum.Drained, paused, sum.Alerts)
	if err := errors.Join(l.session.TapErr(), json.NewEncoder(stdout).Encode(sum)); err != nil {
		fmt.Fprintf(stderr, "warroom watch: the event stream on stdout is incomplete (the journal %s is whole): %v\n", l.lc.journal, err)
		return exitError
	}
	if closeErr != nil {
		fmt.Fprintf(stderr, "warroom watch: %v\n", closeErr)
		return exitError
	}
	return exitOK
}

// console runs the session under the TUI, as a drill's console does.
func (l *live) console(ctx context.Context, theme themes.Theme, scr screen, stdout, stderr io.Writer) int {
	m := scr.model(tui.Options{Session: l.session, Responder: l.responderFor(), Theme: theme,
		Title: "watch · " + l.lc.cfg.Name, JournalErr: l.session.JournalErr})
	defer l.stopOnJournalFailure()()
	runErr := tui.Run(ctx, m, scr.opts...)
	crash, reason := consoleEnd(ctx, runErr)
	closeErr := l.Close(reason)
	return consoleExit(l.session, l.lc.journal, crash, runErr, closeErr, stdout, stderr)
}

// gweiToWei is a gwei amount in wei, nil for 0.
func gweiToWei(g float64) *big.Int {
	if g == 0 {
		return nil
	}
	wei, _ := new(big.Float).Mul(big.NewFloat(g), big.NewFloat(1e9)).Int(nil)
	return wei
}
