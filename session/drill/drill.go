package drill

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"warroom/chain"
	"warroom/chain/artifact"
	"warroom/chain/contracts"
	"warroom/chain/deploy"
	"warroom/chain/detect"
	"warroom/chain/devchain"
	"warroom/chain/tx"
	"warroom/chain/watch"
	"warroom/session"
)

// Version is written into session.started.
const Version = "0.1.0"

// Config configures a drill.
type Config struct {
	Scenario string
	// RPC, when set, is the node the drill runs on instead of the
	// embedded chain (warroom drill --rpc): anvil, hardhat or geth --dev,
	// http(s):// or ws(s)://. Funder pays for the drill's roles there
	// (see external.go); it is never shown but as its address.
	RPC    string
	Funder *tx.Signer
	// WriteConfig, when set, is the protocol file Start writes once the
	// protocol is deployed, before the script's first block (see
	// Drill.WriteConfig): the chain must be reachable by another process,
	// a node (RPC) or the embedded chain served (RPCListen).
	WriteConfig string
	// BlockTime is the block period. Zero means blocks are sealed only by
	// Step, for tests that drive the drill block by block.
	BlockTime time.Duration
	RPCListen string
	// Journal is the journal file; it must not exist or be empty.
	Journal   string
	AutoPause bool
	// Fix, when set, is the implementation to compose unattended once the
	// vault is paused: a built-in name ("VaultV2") or an artifact file.
	// The checks, the deployment and the proposal are journaled as a
	// trainee's would be; issues that need an override stop it there.
	Fix   string
	Rules chain.RuleConfig
	// Tap sees every event as it is recorded (headless output); see
	// session.Options.
	Tap func(session.Event) error
	// Resume, when set, goes on with the journal at Journal after a crash:
	// its state rebuilt from the events, then a new chain segment (see resume.go).
	Resume bool
	// Now stamps events; time.Now when nil.
	Now func() time.Time
	// Seed seeds the script's traffic and the simulated cosigners' delays:
	// the same seed sends the same transactions at the same blocks. Zero
	// means DefaultSeed (a resumed drill keeps its journal's seed). The
	// drill's keys do not depend on it: they are the same on every run.
	Seed uint64
	// busy and quiet shape the script for the quiet-traffic tests: busy
	// more ordinary transactions a block, quiet no attacker (see env).
	busy  int
	quiet bool
}

// DefaultSeed is the seed of a drill run without one.
const DefaultSeed = 1

// Drill is a running drill: a chain (the embedded one, or a node) with a deployed protocol, a
// scripted attacker, a watcher feeding a session that records all of it,
// and a responder that acts for the trainee.
type Drill struct {
	scenario  Scenario
	chain     drillChain
	session   *session.Session
	responder *session.Responder
	feed      *session.Feed
	dep       *deploy.Deployment
	dec       *detect.Decoder
	chainID   *big.Int
	cos       cosigners             // the simulated owners; the watcher's goroutine alone
	prior     *session.Verification // the journal resumed, nil for a new drill

	cfg    Config
	seed   uint64
	script script
	start  uint64 // the first script block's number
	k      atomic.Uint64
	last   atomic.Uint64 // last block processed by the watcher

	runCtx   context.Context
	cancel   context.CancelFunc
	wg       sync.WaitGroup
	fixing   atomic.Bool // the unattended fix has started
	fixed    atomic.Bool // and ended
	done     chan struct{}
	doneOnce sync.Once
	closed   sync.Once

	// The debrief (debrief.go): the unpaused figure measured block by
	// block, and the newest drill.scored recorded.
	unpaused *unpausedRun
	scoreMu  sync.Mutex
	scored   *session.Scored

	// How far the watcher falls behind the block clock: when each block
	// was sealed, and the worst wait from a seal to the block recorded.
	lagMu  sync.Mutex
	sealed map[uint64]time.Time
	early  map[uint64]bool // recorded before noteSealed heard of them
	lag    Lag

	// The block clock's hand-offs (clock): progress is closed, and
	// replaced, each time the watcher records a block; breaker is the
	// circuit breaker tripped by a block and not yet handed its pause to
	// the pool. Both under progMu.
	progMu   sync.Mutex
	progress chan struct{}
	breaker  breakerArm

	// notes are what bringing the chain up has to say (a node that mines
	// itself, a funder short of the genesis amounts), journaled as
	// warnings once the session has started.
	notes []string
}

// drillChain is the chain a drill runs on: the embedded dev chain
// (embedded) or an external node (node, external.go).
type drillChain interface {
	Client() chain.Client
	// miner seals the setup's blocks; nil when the node mines on its own.
	miner() deploy.Miner
	// head is the newest block's number; Head is head without a context
	// or an error (a node's newest block seen, when it does not answer).
	head(ctx context.Context) (uint64, error)
	Head() uint64
	// commit seals one block with what the pool holds and returns its
	// number (Step).
	commit(ctx context.Context) (uint64, error)
	// mine seals a block every period until ctx ends or Close, calling
	// onSealed after each with its number.
	mine(ctx context.Context, period time.Duration, onSealed func(uint64)) error
	// endpoint is the loopback JSON-RPC URL the drill serves the chain
	// at (--rpc-listen), "" when it serves none.
	endpoint() string
	// name is session.started's Chain: "embedded", or a node's
	// scheme://host (never its path or query, which can hold a key).
	name() string
	Close() error
}

// embedded is the in-process dev chain as a drillChain.
type embedded struct{ *devchain.Chain }

func (e embedded) miner() deploy.Miner                        { return e.Chain }
func (e embedded) head(context.Context) (uint64, error)       { return e.Head(), nil }
func (e embedded) commit(ctx context.Context) (uint64, error) { return e.Seal(ctx) }
func (e embedded) endpoint() string                           { return e.HTTPEndpoint() }
func (e embedded) name() string                               { return "embedded" }
func (e embedded) mine(ctx context.Context, p time.Duration, f func(uint64)) error {
	return e.Mine(ctx, p, f)
}

// Lag is how far behind the chain the watcher ran: the worst time from a
// block's seal to its record in the session, at which block, over how many
// blocks, against the block period; and what the block clock did about it.
type Lag struct {
	Worst  time.Duration `json:"worst"`
	Block  uint64        `json:"block"`
	Blocks int           `json:"blocks"`
	Period time.Duration `json:"period"`
	// Behind is the most blocks sealed and not yet recorded when the
	// clock sealed another: zero when the watcher never fell a block
	// behind.
	Behind int `json:"behind"`
	// Held counts the blocks the clock held past their time for the
	// responder's pipeline (clock), ForBreaker those of them held for the
	// circuit breaker's pause; HeldWorst is the longest hold, of block
	// HeldBlock. Overruns are the holds given up after holdLimit, each
	// journaled as a warning.
	Held       int           `json:"held"`
	ForBreaker int           `json:"heldForBreaker"`
	HeldWorst  time.Duration `json:"heldWorst"`
	HeldBlock  uint64        `json:"heldBlock"`
	Overruns   int           `json:"overruns"`
}

// noteSealed remembers when block n was sealed, and how many blocks
// sealed before it the watcher had yet to record. A block the watcher
// recorded before its seal was noted here counts with no wait.
func (d *Drill) noteSealed(n uint64) {
	d.lagMu.Lock()
	defer d.lagMu.Unlock()
	if d.sealed == nil {
		d.sealed = map[uint64]time.Time{}
	}
	d.lag.Behind = max(d.lag.Behind, len(d.sealed))
	early := d.early[n]
	for k := range d.early {
		if k <= n {
			delete(d.early, k)
		}
	}
	if early {
		d.lag.Blocks++
		return
	}
	d.sealed[n] = time.Now()
}

// noteHeld counts block n, held for h.took before its seal.
func (d *Drill) noteHeld(n uint64, h hold) {
	d.lagMu.Lock()
	defer d.lagMu.Unlock()
	d.lag.Held++
	if h.breaker {
		d.lag.ForBreaker++
	}
	if h.overrun {
		d.lag.Overruns++
	}
	if h.took > d.lag.HeldWorst {
		d.lag.HeldWorst, d.lag.HeldBlock = h.took, n
	}
}

// noteRecorded measures block n's wait from its seal to its record.
func (d *Drill) noteRecorded(n uint64) {
	d.lagMu.Lock()
	defer d.lagMu.Unlock()
	at, ok := d.sealed[n]
	if !ok {
		if d.cfg.BlockTime > 0 {
			// Sealed, and recorded before the seal was noted.
			if d.early == nil {
				d.early = map[uint64]bool{}
			}
			d.early[n] = true
		}
		return
	}
	delete(d.sealed, n)
	wait := time.Since(at)
	d.lag.Blocks++
	if wait > d.lag.Worst {
		d.lag.Worst, d.lag.Block = wait, n
	}
}

// Lag is the watcher's worst lag so far (zero Blocks for a stepped drill).
func (d *Drill) Lag() Lag {
	d.lagMu.Lock()
	defer d.lagMu.Unlock()
	l := d.lag
	l.Period = d.cfg.BlockTime
	return l
}

// Start brings a drill up: the chain, the protocol, the journal, the
// watcher, and (with a block time) the block clock and the attacker's script.
func Start(ctx context.Context, cfg Config) (*Drill, error) {
	sc, err := Lookup(cfg.Scenario)
	if err != nil {
		return nil, err
	}
	if cfg.Rules == (chain.RuleConfig{}) {
		cfg.Rules = chain.DefaultRules()
	}
	if cfg.BlockTime < 0 {
		return nil, fmt.Errorf("block time %s is negative", cfg.BlockTime)
	}
	var ext *node
	if cfg.RPC != "" {
		switch {
		case cfg.RPCListen != "":
			return nil, errors.New("a drill on a node is served by the node itself; --rpc-listen serves only the embedded chain")
		case cfg.Resume:
			return nil, errors.New("a resumed drill goes on on a new embedded chain; resuming a drill on a node (--rpc) is not supported")
		}
		// The node is reached and checked before the journal exists.
		if ext, err = dialNode(ctx, cfg.RPC, cfg.Funder); err != nil {
			return nil, err
		}
	}
	journal, prior, err := openJournal(cfg)
	if err != nil {
		if ext != nil {
			ext.Close()
		}
		return nil, err
	}
	var (
		ch    drillChain
		notes []string
	)
	if ext != nil {
		ch = ext
		if notes, err = ext.prepare(ctx); err != nil {
			journal.Discard()
			return nil, errors.Join(err, ext.Close())
		}
	} else {
		alloc := types.GenesisAlloc{}
		for _, role := range fundedRoles() {
			alloc[Key(role).Address()] = types.Account{Balance: genesisFunds}
		}
		emb, err := devchain.New(devchain.Config{Alloc: alloc, RPCListen: cfg.RPCListen})
		if err != nil {
			journal.Discard()
			return nil, err
		}
		ch = embedded{emb}
	}
	d := &Drill{scenario: sc, chain: ch, dec: detect.NewDecoder(), cfg: cfg, seed: seedOf(cfg, prior), done: make(chan struct{}), prior: prior, notes: notes}
	if err := d.setup(ctx, journal); err != nil {
		if d.cancel != nil {
			d.cancel()
			d.wg.Wait()
		}
		ch.Close()
		journal.Discard()
		return nil, err
	}
	return d, nil
}

func (d *Drill) setup(ctx context.Context, journal *session.Journal) error {
	c := d.chain.Client()
	chainID, err := c.ChainID(ctx)
	if err != nil {
		return err
	}
	d.chainID = chainID
	e := &env{scenario: d.scenario, c: c, chainID: chainID, accts: map[string]*tx.Account{}, seed: d.seed,
		miner: d.chain.miner(), busy: d.cfg.busy, quiet: d.cfg.quiet}
	var extras []deploy.Extra
	if d.scenario.prepare != nil {
		if extras, err = d.scenario.prepare(ctx, e); err != nil {
			return fmt.Errorf("drill setup: %w", err)
		}
	}
	dep, err := deploy.Drill(ctx, c, d.chain.miner(), e.account(roleDeployer), d.scenario.deployConfig(governance(), extras))
	if err != nil {
		return fmt.Errorf("drill setup: %w", err)
	}
	dep.Extras, dep.Treasury = extras, d.scenario.treasury != nil
	d.dep, e.dep = dep, dep
	// The drill's own MultiSendCallOnly is a library its Safe may
	// delegatecall, as the canonical deployments are.
	d.cfg.Rules.AddMultiSend(dep.MultiSend)
	if err := dep.Label(d.dec); err != nil {
		return err
	}
	d.dec.Label(Key(roleGuardian).Address(), "guardian", nil)
	// A drill knows the attack contract's ABI, so trainees read attack(12)
	// rather than a bare selector; its address stays unlabelled, as in a
	// real incident.
	att, err := contracts.Load(d.scenario.attacker())
	if err != nil {
		return err
	}
	d.dec.AddABI(&att.ABI)
	for _, name := range d.scenario.decodes {
		a, err := contracts.Load(name)
		if err != nil {
			return err
		}
		d.dec.AddABI(&a.ABI)
	}
	if d.script, err = d.scenario.newScript(e); err != nil {
		return err
	}
	head, err := d.chain.head(ctx)
	if err != nil {
		return err
	}
	d.start = head + 1

	d.session = d.newSession(journal, session.Options{Now: d.cfg.Now, Tap: d.cfg.Tap})
	watched := dep.Watched()
	rcfg, err := d.responderConfig(c, watched)
	if err != nil {
		return err
	}
	d.responder = session.NewResponder(d.session, rcfg)
	e.request = func(req session.SafeRequest) (session.SafeRequest, error) {
		got, err := d.responder.Request(req)
		if err == nil && d.cfg.AutoPause {
			// The automatic responder refuses what the verifier warns about.
			err = d.responder.RefuseRisky(got.ID)
		}
		return got, err
	}
	e.requestState = func(id string) (*session.Request, bool) {
		st := d.session.State()
		return st.Request(id)
	}
	if d.unpaused, err = newUnpausedRun(ctx, c, chainID, watched, rcfg.Artifacts); err != nil {
		return err
	}
	d.unpaused.start(func(err error) { d.warn("drill", err) })
	feed := session.FeedConfig{OnApprovals: func(a []chain.HashApproval) error {
		return d.responder.OnChainApprovals(d.runCtx, a)
	}}
	if d.cfg.AutoPause {
		feed.OnCritical = d.autoPause
	}
	d.feed = session.NewFeed(d.session, feed)
	if err := d.recordStart(session.Started{
		Mode: "drill", Scenario: d.scenario.Name, Chain: d.chain.name(), ChainID: chainID.Uint64(),
		From: d.start, Watched: watched, Rules: d.cfg.Rules, BlockTime: session.Duration(d.cfg.BlockTime), Seed: d.seed, Version: Version,
	}); err != nil {
		return err
	}
	for _, note := range d.notes {
		d.warn("drill", errors.New(note))
	}
	if path := d.cfg.WriteConfig; path != "" {
		notes, err := d.WriteConfig(ctx, path)
		if err != nil {
			return fmt.Errorf("write the protocol file: %w", err)
		}
		for _, note := range notes {
			d.warn("drill", fmt.Errorf("protocol file %s: %s", path, note))
		}
	}

	runCtx, cancel := context.WithCancel(context.Background())
	d.runCtx, d.cancel = runCtx, cancel
	w := watch.New(c, watch.Config{
		Watched:    watched,
		Classifier: detect.NewEngine(d.cfg.Rules, append(watched[:len(watched):len(watched)], dep.Observed()...), d.dec, c),
		From:       d.start - 1, // the last setup block: its protocol reading is the baseline
		Poll:       d.poll(),
		OnError:    func(err error) { d.warn("watcher", err) },
	})
	d.wg.Add(1)
	go func() {
		defer d.wg.Done()
		if err := w.Run(runCtx, d.record); err != nil && !errors.Is(err, session.ErrEnded) {
			d.warn("watcher", err)
		}
	}()
	// The first script block's transactions go into the pool now.
	d.sendScript(runCtx)
	switch {
	case d.cfg.BlockTime <= 0:
	case d.chain.miner() != nil:
		// The drill seals: its own clock, which waits for the pipeline.
		d.wg.Add(1)
		go d.clock(runCtx, d.cfg.BlockTime)
	default:
		// A node that mines itself is followed at its own pace.
		return d.chain.mine(runCtx, d.cfg.BlockTime, func(n uint64) {
			d.noteSealed(n)
			d.sendScript(runCtx)
		})
	}
	return nil
}

// clock seals a block every period on a chain the drill seals, in the
// order a stepped drill goes (Step): it seals block n, waits until the
// responder's pipeline is done with it (ready: the watcher has recorded
// it, and the pause of a circuit breaker it tripped is in the pool),
// queues the script's next block, then seals n+1 when its time comes.
// A real chain would not wait; a drill is a simulation, and a block
// sealed under a watcher still busy with the one before would put the
// trainee's tools a block behind the attacker and land the breaker's
// pause a block late. A pipeline that is not done when the next block is
// due holds it: counted in Lag, and after a hold the next block is a whole
// period later; a hold given up after holdLimit is journaled.
func (d *Drill) clock(ctx context.Context, period time.Duration) {
	defer d.wg.Done()
	last := d.start - 1 // the last setup block, the watcher's first
	due := time.Now().Add(period)
	t := time.NewTimer(period)
	defer t.Stop()
	for first := true; ; first = false {
		h := d.ready(ctx, last)
		if ctx.Err() != nil {
			return
		}
		if !first {
			d.sendScript(ctx) // the first script block was queued by setup
		}
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
		if h.overrun {
			d.warn("drill", fmt.Errorf("the block clock sealed block %d without %s, after holding it %s", last+1, h.wait, h.took.Round(time.Millisecond)))
		}
		held := h.done.After(due)
		if held {
			h.took = h.done.Sub(due)
		}
		n, err := d.chain.commit(ctx)
		if err != nil {
			if ctx.Err() != nil {
				return
			}
			d.warn("drill", fmt.Errorf("seal block %d: %w", last+1, err))
			due = time.Now().Add(period)
			t.Reset(period)
			continue
		}
		d.noteSealed(n)
		if held {
			d.noteHeld(n, h)
		}
		last = n
		// After a hold, or a seal late for the drill's own work (a
		// slow script block), the next block is a whole period on.
		if due = due.Add(period); held || due.Before(time.Now()) {
			due = time.Now().Add(period)
		}
		t.Reset(time.Until(due))
	}
}

// holdLimit is how long the clock waits for the pipeline to be done with
// a block before it seals the next anyway (a watcher retrying a failing
// node, a breaker whose pause never reaches the pool), saying so.
const holdLimit = 5 * time.Second

// hold is how the pipeline got done with a block: wait is what was
// waited for last ("" when it was done already), breaker when that was
// the circuit breaker's pause, overrun when ready gave up after
// holdLimit; done is when it returned, took how long it held a seal past
// its time.
type hold struct {
	wait    string
	breaker bool
	overrun bool
	done    time.Time
	took    time.Duration
}

// ready waits until the responder's pipeline is done with block n: the
// watcher has recorded it, and the pause of a circuit breaker tripped by
// it (or before it) is in the pool, or the breaker has given up. It waits
// at most holdLimit, or until ctx ends.
func (d *Drill) ready(ctx context.Context, n uint64) hold {
	var h hold
	start := time.Now()
	limit := time.NewTimer(holdLimit)
	defer limit.Stop()
	// The breaker's progress is read from the session, which signals no
	// one but the screen: it is looked at every millisecond meanwhile.
	var poll <-chan time.Time
	for {
		changed := d.changed()
		switch {
		case d.last.Load() < n:
			h.wait = fmt.Sprintf("the watcher's record of block %d", n)
		case !d.breakerSent():
			h.wait, h.breaker = "the circuit breaker's pause in the pool", true
			if poll == nil {
				tk := time.NewTicker(time.Millisecond)
				defer tk.Stop()
				poll = tk.C
			}
		default:
			h.done = time.Now()
			return h
		}
		select {
		case <-ctx.Done():
			return h
		case <-changed:
		case <-poll:
		case <-limit.C:
			h.overrun, h.done = true, time.Now()
			h.took = h.done.Sub(start)
			if h.breaker {
				d.progMu.Lock()
				d.breaker = breakerArm{}
				d.progMu.Unlock()
			}
			return h
		}
	}
}

// changed is closed the next time the watcher records a block.
func (d *Drill) changed() <-chan struct{} {
	d.progMu.Lock()
	defer d.progMu.Unlock()
	if d.progress == nil {
		d.progress = make(chan struct{})
	}
	return d.progress
}

// recorded wakes whoever waits for the watcher (changed).
func (d *Drill) recorded() {
	d.progMu.Lock()
	defer d.progMu.Unlock()
	if d.progress != nil {
		close(d.progress)
	}
	d.progress = make(chan struct{})
}

// breakerArm is a circuit breaker tripped and not yet handed its pause
// to the pool: what the session held when it tripped.
type breakerArm struct {
	on       bool
	actions  int // the session's actions then
	warnings int // and warnings
}

// autoPause is the feed's OnCritical with --auto-pause: the responder's
// circuit breaker, armed for the clock first, so the block that tripped it
// is not followed by another before the breaker's pause is in the pool.
// It runs on the watcher's goroutine, inside the record of the block.
func (d *Drill) autoPause(reason string) {
	if st := d.session.State(); st.PausedBlock == 0 {
		d.progMu.Lock()
		if !d.breaker.on {
			d.breaker = breakerArm{on: true, actions: len(st.Actions), warnings: len(st.Warnings)}
		}
		d.progMu.Unlock()
	}
	d.responder.AutoPause(reason)
}

// breakerSent reports whether no tripped breaker is still on its way to
// the pool, disarming one that has got there or given up.
func (d *Drill) breakerSent() bool {
	d.progMu.Lock()
	arm := d.breaker
	d.progMu.Unlock()
	if !arm.on {
		return true
	}
	st := d.session.State()
	if !arm.handedOff(&st) {
		return false
	}
	d.progMu.Lock()
	if d.breaker == arm {
		d.breaker = breakerArm{}
	}
	d.progMu.Unlock()
	return true
}

// handedOff reports whether the breaker armed as a is done with the pool:
// the protocol is paused, or no breaker pause is still being sent and one
// is in the pool, or one requested since a was sent or failed, or the
// responder warned since (the breaker gave up: a plan it could not make).
func (a breakerArm) handedOff(st *session.State) bool {
	if st.PausedBlock != 0 {
		return true
	}
	done := false
	for i, act := range st.Actions {
		if act.Action != session.ActionPause || !act.Auto {
			continue
		}
		switch {
		case act.Status == session.ActionStatusRequested,
			act.Status == session.ActionStatusPending && act.Submitted < len(act.Txs):
			return false // still being sent
		case act.Status == session.ActionStatusPending, i >= a.actions:
			done = true // in the pool, or this breaker's pause mined or failed
		}
	}
	for _, w := range st.Warnings[min(a.warnings, len(st.Warnings)):] {
		done = done || w.Source == "responder"
	}
	return done
}

// poll is how often the watcher asks a node over HTTP for its head: a
// tenth of the block period, between 20 and 100 ms, so it records a block
// soon after it is sealed; zero (the watcher's default) for the embedded
// chain, whose heads are pushed.
func (d *Drill) poll() time.Duration {
	if _, ok := d.chain.(*node); !ok {
		return 0
	}
	if d.cfg.BlockTime <= 0 {
		return 20 * time.Millisecond
	}
	return min(max(d.cfg.BlockTime/10, 20*time.Millisecond), 100*time.Millisecond)
}

// governance is who governs a drill protocol: the Safe's owners and
// threshold, its council Safe, the guardian and the timelock's delay.
func governance() deploy.Config {
	cfg := deploy.Config{Threshold: ownerThreshold, Guardian: Key(roleGuardian).Address(), MinDelay: 60,
		Council: []common.Address{Key(roleCouncil).Address()}, CouncilThreshold: 1}
	for i := 0; i < numOwners; i++ {
		cfg.Owners = append(cfg.Owners, Key(roleOwner(i)).Address())
	}
	return cfg
}

// responderConfig is what the trainee's responder knows: the guardian key,
// the artifact of the implementation the drill deployed, the scenario's
// fixes and regression calls, and the ABIs that decode reverts.
func (d *Drill) responderConfig(c chain.Client, watched []chain.Watched) (session.ResponderConfig, error) {
	current, err := artifact.Builtin(d.scenario.implementation())
	if err != nil {
		return session.ResponderConfig{}, err
	}
	cfg := session.ResponderConfig{
		Backend: c, Guardian: Key(roleGuardian), Owner: Key(roleTrainee), Decoder: d.dec, Targets: watched,
		NestedOwners: []session.NestedOwner{{Name: "Council Safe", Address: d.dep.Council}},
		Artifacts:    map[common.Address]*artifact.Artifact{d.dep.Implementation: current},
		Regressions:  d.scenario.regressions(d.dep),
	}
	for _, f := range d.scenario.Fixes {
		cfg.Fixes = append(cfg.Fixes, session.Fix{Artifact: f.Artifact, About: f.About})
	}
	for _, name := range d.scenario.abis() {
		a, err := contracts.Load(name)
		if err != nil {
			return session.ResponderConfig{}, err
		}
		cfg.ABIs = append(cfg.ABIs, &a.ABI)
	}
	return cfg, nil
}

// sendScript queues the next script block's transactions.
func (d *Drill) sendScript(ctx context.Context) {
	k := d.k.Add(1)
	if err := d.script.block(ctx, k); err != nil && ctx.Err() == nil {
		d.warn("drill", fmt.Errorf("script block %d: %w", k, err))
	}
}

// warn records a warning. A journal that cannot take a warning has failed
// louder elsewhere (the watcher stops on the next block), so its error is
// not repeated here.
func (d *Drill) warn(source string, err error) { _ = d.feed.Warn(source, err) }

// record journals one processed block and notes how far the drill got.
func (d *Drill) record(res chain.BlockResult) error {
	if err := d.feed.Block(res); err != nil {
		return err
	}
	d.noteRecorded(res.Block.Number)
	d.unpaused.follow(res.Block, d.session.State().Protocol)
	d.last.Store(res.Block.Number)
	d.recorded()
	d.cosign(res.Block.Number)
	d.startFix()
	d.checkDone()
	return nil
}

// startFix composes the configured fix, once, as soon as the vault is
// paused. It runs beside the watcher, which keeps recording the blocks
// that mine its deployment.
func (d *Drill) startFix() {
	if d.cfg.Fix == "" || d.session.State().PausedBlock == 0 || !d.fixing.CompareAndSwap(false, true) {
		return
	}
	d.wg.Add(1)
	go func() {
		defer d.wg.Done()
		defer d.fixed.Store(true)
		ctx, cancel := context.WithTimeout(d.runCtx, fixTimeout)
		defer cancel()
		if err := d.fix(ctx); err != nil && d.runCtx.Err() == nil {
			d.warn("drill", fmt.Errorf("--fix %s: %w", d.cfg.Fix, err))
		}
		d.checkDone()
	}()
}

// fixTimeout bounds the unattended fix: checks, deployment, proposal,
// approvals, the timelock's delay, execution and the unpause.
const fixTimeout = 15 * time.Minute

// fix runs the composer on the configured implementation: check, deploy
// when the checks leave nothing standing, compose, then carry the proposal
// through the approvals and the timelock to a verified upgrade and the
// unpause.
func (d *Drill) fix(ctx context.Context) error {
	req := session.UpgradeRequest{Proxy: d.dep.Vault, Impl: session.ImplSource{Builtin: d.cfg.Fix}}
	if strings.ContainsAny(d.cfg.Fix, "/\\.") {
		req.Impl = session.ImplSource{Path: d.cfg.Fix}
	}
	check, err := d.responder.CheckUpgrade(ctx, req)
	if err != nil {
		return err
	}
	if len(check.Blocked()) > 0 || len(check.Missing(nil)) > 0 {
		return nil // the verdicts are journaled; the summary says why
	}
	if !check.Deployed {
		plan, err := d.responder.PlanDeploy(ctx, check)
		if err != nil {
			return err
		}
		plan.Auto = true
		if err := d.responder.Execute(ctx, plan); err != nil {
			return err
		}
	}
	if _, err = d.responder.ComposeUpgrade(ctx, check, nil); err != nil {
		return err
	}
	return d.route(ctx)
}

// checkDone closes Done once the script's last block is processed and no
// action is in flight.
func (d *Drill) checkDone() {
	if d.last.Load() < d.start+d.scenario.Length-1 {
		return
	}
	if d.fixing.Load() && !d.fixed.Load() {
		return
	}
	if st := d.session.State(); len(st.InFlight()) > 0 {
		return
	}
	d.doneOnce.Do(func() {
		if _, err := d.score("script over"); err != nil {
			d.warn("drill", err)
		}
		close(d.done)
	})
}

// Done is closed when the script is over: its last block is processed, no
// action is in flight, and the debrief is recorded (drill.scored).
func (d *Drill) Done() <-chan struct{} { return d.done }

// StartBlock is the number of the first script block.
func (d *Drill) StartBlock() uint64 { return d.start }

// Scenario is what the drill plays.
func (d *Drill) Scenario() Scenario { return d.scenario }

// Session is the drill's record.
func (d *Drill) Session() *session.Session { return d.session }

// Responder acts for the trainee.
func (d *Drill) Responder() *session.Responder { return d.responder }

// Deployment is the protocol the drill deployed.
func (d *Drill) Deployment() *deploy.Deployment { return d.dep }

// Client reaches the drill chain, as cast or a wallet would.
func (d *Drill) Client() chain.Client { return d.chain.Client() }

// RPCEndpoint is the loopback JSON-RPC URL of the embedded drill chain,
// "" when it is not served (no --rpc-listen) or the drill runs on a node.
func (d *Drill) RPCEndpoint() string { return d.chain.endpoint() }

// Step seals the next block (with the script's transactions already queued),
// waits until the responder's pipeline is done with it (the watcher has
// recorded it, and the pause of a circuit breaker it tripped is in the
// pool, as the block clock waits), then queues the next script block.
// It is for drills without a block time. On a node it is one evm_mine, or
// on a node that mines itself a wait for its next block.
func (d *Drill) Step(ctx context.Context) (uint64, error) {
	if d.cfg.BlockTime > 0 {
		return 0, errors.New("step: this drill has a block clock")
	}
	n, err := d.chain.commit(ctx)
	if err != nil {
		return 0, err
	}
	if err := d.WaitProcessed(ctx, n); err != nil {
		return n, err
	}
	if h := d.ready(ctx, n); ctx.Err() != nil {
		return n, fmt.Errorf("block %d: waiting for %s: %w", n, h.wait, ctx.Err())
	}
	d.sendScript(ctx)
	return n, nil
}

// WaitProcessed waits until block n is recorded in the session.
func (d *Drill) WaitProcessed(ctx context.Context, n uint64) error {
	for d.last.Load() < n {
		select {
		case <-ctx.Done():
			return fmt.Errorf("block %d not processed: %w", n, ctx.Err())
		case <-time.After(2 * time.Millisecond):
		}
	}
	return nil
}

// Close stops the drill, records its debrief (drill.scored) and
// session.ended, and shuts the embedded chain down (on a node: stops
// sealing and turns automine back on if the drill turned it off).
func (d *Drill) Close(reason string) error {
	var err error
	d.closed.Do(func() {
		if d.cancel != nil {
			d.cancel()
		}
		if d.responder != nil {
			d.responder.Close()
		}
		d.wg.Wait()
		if d.session != nil {
			// The debrief comes before session.ended: scored again only
			// when something changed since the script ended.
			if _, scoreErr := d.score(reason); scoreErr != nil && d.session.JournalErr() == nil {
				d.warn("drill", scoreErr)
			}
			err = d.session.End(reason)
		}
		if d.unpaused != nil {
			d.unpaused.stop()
		}
		err = errors.Join(err, d.chain.Close())
	})
	return err
}

// seedOf is the drill's seed: the configured one, else a resumed
// journal's, else DefaultSeed.
func seedOf(cfg Config, prior *session.Verification) uint64 {
	if cfg.Seed != 0 {
		return cfg.Seed
	}
	if prior != nil {
		var st session.State
		for _, ev := range prior.Events {
			if ev.Kind == session.KindSessionStarted || ev.Kind == session.KindSessionResumed {
				st = session.Reduce(st, ev)
			}
		}
		if st.Started.Seed != 0 {
			return st.Started.Seed
		}
	}
	return DefaultSeed
}

// Seed is the seed the drill runs with.
func (d *Drill) Seed() uint64 { return d.seed }
