package drill

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"time"

	"warroom/chain/safe"
	"warroom/chain/tx"
	"warroom/session"
)

// cosigners are the Safe's simulated owners, people who answer a request
// to sign after seeded, realistic delays counted in blocks from the
// proposal: cosigner-2 signs off chain quickly, the council Safe approves
// slowly on chain (its member executes the council's own Safe transaction
// calling approveHash on the Safe), cosigner-3 never answers. The trainee
// is cosigner-1 and signs from the console. They are driven by the
// watcher's goroutine alone (Drill.cosign), so they need no lock.
type cosigners struct {
	rng      *rand.Rand
	upgrade  string // the composed upgrade they answer
	quickAt  uint64
	slowAt   uint64
	quick    bool // asked already
	slow     bool
	council  *tx.Account
	setupErr error
}

// Delays, in blocks after the proposal, before each simulated owner signs.
const (
	quickMin, quickSpread = 2, 3  // 2 to 4 blocks
	slowMin, slowSpread   = 10, 7 // 10 to 16 blocks
	gasCouncilApprove     = 400_000
)

// cosign lets the simulated owners act on block n.
func (d *Drill) cosign(n uint64) {
	c := &d.cos
	st := d.session.State()
	u, ok := st.Route()
	if !ok {
		return
	}
	if u.ID != c.upgrade {
		if c.rng == nil {
			c.rng = rand.New(cosignerSource(d.seed))
		}
		*c = cosigners{rng: c.rng, council: c.council, upgrade: u.ID,
			quickAt: n + quickMin + uint64(c.rng.IntN(quickSpread)), slowAt: n + slowMin + uint64(c.rng.IntN(slowSpread))}
	}
	if !c.quick && n >= c.quickAt {
		c.quick = true
		d.background(func(ctx context.Context) error {
			_, err := d.responder.SignAs(ctx, u.ID, Key(roleQuick), roleQuick)
			return err
		})
	}
	if !c.slow && n >= c.slowAt {
		c.slow = true
		if c.council == nil {
			c.council = tx.NewAccount(d.chain.Client(), Key(roleCouncil), d.chainID)
		}
		council := c.council
		d.background(func(ctx context.Context) error { return d.councilApproves(ctx, council, u) })
	}
}

// councilApproves is the council Safe's approval of both of u's Safe
// transactions: for each, its member signs the council's own Safe
// transaction calling approveHash(safeTxHash) on the Safe, and executes it.
// The watcher then sees the ApproveHash events, as it would a real
// council's.
func (d *Drill) councilApproves(ctx context.Context, from *tx.Account, u session.Upgrade) error {
	council := d.dep.Council
	nonce, err := safe.At(council).Nonce(ctx, d.chain.Client(), nil)
	if err != nil {
		return err
	}
	for i, route := range []string{session.RouteSchedule, session.RouteExecute} {
		parent, _ := u.RouteTx(route)
		nested, err := safe.NewNested(parent, council, nonce+uint64(i))
		if err != nil {
			return err
		}
		sig, err := Key(roleCouncil).SignHash(nested.Child.SafeTxHash)
		if err != nil {
			return err
		}
		data, err := safe.ExecTransactionData(&nested.Child, sig)
		if err != nil {
			return err
		}
		if _, err := from.Send(ctx, &council, data, nil, gasCouncilApprove); err != nil {
			return fmt.Errorf("council approval of %s %s: %w", u.ID, route, err)
		}
	}
	return nil
}

// background runs f beside the watcher, bounded by the drill's life; its
// error is a warning.
func (d *Drill) background(f func(ctx context.Context) error) {
	d.wg.Add(1)
	go func() {
		defer d.wg.Done()
		ctx, cancel := context.WithTimeout(d.runCtx, time.Minute)
		defer cancel()
		if err := f(ctx); err != nil && d.runCtx.Err() == nil {
			d.warn("drill", fmt.Errorf("simulated cosigner: %w", err))
		}
	}()
}

// route carries a composed fix through the governance route unattended
// (--fix): the trainee signs both Safe transactions, the simulated owners
// answer, and once the threshold is met the Safe schedules the upgrade;
// after the timelock's delay it executes it, the watcher verifies the
// proxy runs the fix, and the protocol is unpaused.
func (d *Drill) route(ctx context.Context) error {
	r := d.responder
	if _, err := r.SignAsOwner(ctx, ""); err != nil {
		return err
	}
	var tried uint64 // the head block of the last attempt that was not ready
	for {
		st := d.session.State()
		u, ok := st.Route()
		if !ok {
			return errors.New("no composed upgrade to carry")
		}
		if u.Verified != 0 {
			break
		}
		if session.NextRouteStep(&st, u.ID) != "" && st.Head.Number != tried {
			plan, err := r.PlanRoute(ctx, u.ID)
			switch {
			case errors.Is(err, session.ErrRouteNotReady):
				tried = st.Head.Number
			case err != nil:
				return err
			default:
				plan.Auto = true
				if err := r.ExecuteRoute(ctx, plan); err != nil {
					return err
				}
				continue
			}
		}
		select {
		case <-ctx.Done():
			return fmt.Errorf("the route of %s did not finish: %w", u.ID, ctx.Err())
		case <-time.After(20 * time.Millisecond):
		}
	}
	plan, err := r.PlanUnpause(ctx)
	if err != nil {
		return err
	}
	plan.Auto = true
	return r.Execute(ctx, plan)
}

// cosignerSource is the simulated owners' delays for a seed. The default
// seed 1 gives the delays of the drills before --seed (PCG 7, 11).
func cosignerSource(seed uint64) rand.Source { return rand.NewPCG(seed+6, seed+10) }
