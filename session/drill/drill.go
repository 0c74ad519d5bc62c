package drill

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum/core/types"

	"warroom/chain"
	"warroom/chain/contracts"
	"warroom/session"
)

// Version is written into session.started.
const Version = "0.1.0"

// Config configures a drill.
type Config struct {
	Scenario string
	// BlockTime is the block period. Zero means blocks are sealed only by
	// Step, for tests that drive the drill block by block.
	BlockTime time.Duration
	RPCListen string
	// Journal is the journal file; it must not exist or be empty.
	Journal   string
	AutoPause bool
	Rules     chain.RuleConfig
	// Tap sees every event as it is recorded (headless output).
	Tap func(session.Event)
	// Now stamps events; time.Now when nil.
	Now func() time.Time
}

// Drill is a running drill: an embedded chain with a deployed protocol, a
// scripted attacker, a watcher and a session recording all of it.
type Drill struct {
	Scenario   Scenario
	Chain      *chain.Embedded
	Session    *session.Session
	Deployment *chain.Deployment
	Decoder    *chain.Decoder

	cfg    Config
	script script
	start  uint64 // the first script block's number
	k      atomic.Uint64
	last   atomic.Uint64 // last block processed by the watcher

	runCtx   context.Context
	cancel   context.CancelFunc
	wg       sync.WaitGroup
	done     chan struct{}
	doneOnce sync.Once
	pausing  atomic.Bool
	closed   sync.Once
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
	journal, err := session.Create(cfg.Journal)
	if err != nil {
		return nil, err
	}
	alloc := types.GenesisAlloc{}
	for _, role := range fundedRoles() {
		alloc[chain.DrillKey(role).Address()] = types.Account{Balance: new(big.Int).Mul(big.NewInt(10_000), ether)}
	}
	emb, err := chain.NewEmbedded(chain.EmbeddedConfig{Alloc: alloc, RPCListen: cfg.RPCListen})
	if err != nil {
		journal.Discard()
		return nil, err
	}
	d := &Drill{Scenario: sc, Chain: emb, Decoder: chain.NewDecoder(), cfg: cfg, done: make(chan struct{})}
	if err := d.setup(ctx, journal); err != nil {
		if d.cancel != nil {
			d.cancel()
			d.wg.Wait()
		}
		emb.Close()
		journal.Discard()
		return nil, err
	}
	return d, nil
}

func (d *Drill) setup(ctx context.Context, journal *session.Journal) error {
	c := d.Chain.Client()
	chainID, err := c.ChainID(ctx)
	if err != nil {
		return err
	}
	e := &env{scenario: d.Scenario, c: c, chainID: chainID, accts: map[string]*chain.Account{}}
	cfg := chain.DeployConfig{Threshold: 2, Guardian: chain.DrillKey(roleGuardian).Address(), MinDelay: 60}
	for i := 0; i < numOwners; i++ {
		cfg.Owners = append(cfg.Owners, chain.DrillKey(roleOwner(i)).Address())
	}
	dep, err := chain.DeployDrill(ctx, c, d.Chain, e.account(roleDeployer), cfg)
	if err != nil {
		return fmt.Errorf("drill setup: %w", err)
	}
	d.Deployment, e.dep = dep, dep
	if err := dep.Label(d.Decoder); err != nil {
		return err
	}
	d.Decoder.Label(chain.DrillKey(roleGuardian).Address(), "guardian", nil)
	// A drill knows the attack contract's ABI, so trainees read attack(12)
	// rather than a bare selector; its address stays unlabelled, as in a
	// real incident.
	att, err := contracts.Load(contracts.ReentrancyAttackerName)
	if err != nil {
		return err
	}
	d.Decoder.AddABI(&att.ABI)
	if d.script, err = d.Scenario.newScript(e); err != nil {
		return err
	}
	d.start = d.Chain.Head() + 1

	d.Session = session.New(journal, session.Options{Now: d.cfg.Now, Tap: d.cfg.Tap})
	watched := dep.Watched()
	d.Session.SetResponder(&session.Responder{
		Client: c, Guardian: chain.DrillKey(roleGuardian), Decoder: d.Decoder, Targets: watched,
	})
	if _, err := d.Session.Record(session.KindSessionStarted, session.Started{
		Mode: "drill", Scenario: d.Scenario.Name, Chain: "embedded", ChainID: chainID.Uint64(),
		From: d.start, Watched: watched, Rules: d.cfg.Rules, BlockTime: session.Duration(d.cfg.BlockTime), Version: Version,
	}); err != nil {
		return err
	}

	runCtx, cancel := context.WithCancel(context.Background())
	d.runCtx, d.cancel = runCtx, cancel
	w := chain.NewWatcher(c, chain.WatcherConfig{
		Watched: watched,
		Engine:  chain.NewEngine(d.cfg.Rules, watched, d.Decoder, c),
		From:    d.start - 1, // the last setup block: its protocol reading is the baseline
		OnError: func(err error) { d.warn("watcher", err) },
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
	if d.cfg.BlockTime > 0 {
		return d.Chain.Mine(runCtx, d.cfg.BlockTime, func(uint64) { d.sendScript(runCtx) })
	}
	return nil
}

// sendScript queues the next script block's transactions.
func (d *Drill) sendScript(ctx context.Context) {
	k := d.k.Add(1)
	if err := d.script.block(ctx, k); err != nil && ctx.Err() == nil {
		d.warn("drill", fmt.Errorf("script block %d: %w", k, err))
	}
}

func (d *Drill) warn(source string, err error) {
	d.Session.Record(session.KindWarning, session.Warning{Source: source, Message: err.Error()})
}

// record journals one processed block: the block, its alerts, the protocol state.
func (d *Drill) record(res chain.BlockResult) error {
	s := d.Session
	if _, err := s.Record(session.KindBlock, res.Block); err != nil {
		return err
	}
	critical := ""
	for i := range res.Alerts {
		if _, err := s.Record(session.KindAlert, &res.Alerts[i]); err != nil {
			return err
		}
		if res.Alerts[i].Severity == chain.Critical && !res.Alerts[i].Reverted && critical == "" {
			critical = fmt.Sprintf("critical %s alert on tx %s in block %d", res.Alerts[i].Top().Rule, res.Alerts[i].TxHash.Hex(), res.Block.Number)
		}
	}
	if res.Protocol != nil {
		ps := *res.Protocol
		ps.Block = res.Block.Number
		if _, err := s.Record(session.KindProtocolState, ps); err != nil {
			return err
		}
	}
	d.last.Store(res.Block.Number)
	if critical != "" && d.cfg.AutoPause {
		d.autoPause(critical)
	}
	d.checkDone()
	return nil
}

// autoPause is the circuit breaker: pause on the first critical alert
// without asking. A failed attempt may be retried on the next one.
func (d *Drill) autoPause(reason string) {
	if st := d.Session.State(); st.PausedBlock != 0 || !d.pausing.CompareAndSwap(false, true) {
		return
	}
	d.wg.Add(1)
	go func() {
		defer d.wg.Done()
		ctx, cancel := context.WithTimeout(d.runCtx, 2*time.Minute)
		defer cancel()
		plan, err := d.Session.PlanPause(ctx)
		if err == nil {
			plan.Auto, plan.Reason = true, "circuit breaker: "+reason
			err = d.Session.Execute(ctx, plan)
		}
		if err != nil && !errors.Is(err, chain.ErrAlreadyPaused) {
			d.warn("responder", fmt.Errorf("auto-pause: %w", err))
			d.pausing.Store(false)
		}
		d.checkDone()
	}()
}

// checkDone closes Done once the script's last block is processed and no
// action is in flight.
func (d *Drill) checkDone() {
	if d.last.Load() < d.start+d.Scenario.Length-1 {
		return
	}
	if st := d.Session.State(); len(st.InFlight()) > 0 {
		return
	}
	d.doneOnce.Do(func() { close(d.done) })
}

// Done is closed when the script is over: its last block is processed and
// no action is in flight.
func (d *Drill) Done() <-chan struct{} { return d.done }

// StartBlock is the number of the first script block.
func (d *Drill) StartBlock() uint64 { return d.start }

// Step seals the next block (with the script's transactions already queued),
// waits until the watcher has recorded it, then queues the next script block.
// It is for drills without a block time.
func (d *Drill) Step(ctx context.Context) (uint64, error) {
	if d.cfg.BlockTime > 0 {
		return 0, errors.New("step: this drill has a block clock")
	}
	n := d.Chain.Commit()
	if err := d.WaitProcessed(ctx, n); err != nil {
		return n, err
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

// Close stops the drill, records session.ended and shuts the chain down.
func (d *Drill) Close(reason string) error {
	var err error
	d.closed.Do(func() {
		if d.cancel != nil {
			d.cancel()
		}
		d.wg.Wait()
		if d.Session != nil {
			err = d.Session.End(reason)
		}
		err = errors.Join(err, d.Chain.Close())
	})
	return err
}
