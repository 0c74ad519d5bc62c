package drill

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"warroom/chain"
	"warroom/chain/contracts"
	"warroom/chain/layout"
	"warroom/session"
)

// pausedAfterAttack steps a drill through its first attacks and pauses it,
// as a trainee would before reaching for a fix.
func pausedAfterAttack(t testing.TB) *Drill {
	t.Helper()
	d := startManual(t, false)
	stepTo(t, d, d.scenario.AttackFrom+2) // two drains recorded
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	plan, err := d.responder.PlanPause(ctx)
	if err != nil {
		t.Fatal(err)
	}
	execute(t, d, plan)
	if d.session.State().PausedBlock == 0 {
		t.Fatal("the vault did not pause")
	}
	return d
}

// execute runs a confirmed plan while the drill seals blocks.
func execute(t testing.TB, d *Drill, plan *session.Plan) {
	t.Helper()
	sealing(t, d, plan.ID, func(ctx context.Context) error { return d.responder.Execute(ctx, plan) })
}

// sealing runs send while the drill seals blocks, until it returns.
func sealing(t testing.TB, d *Drill, what string, send func(context.Context) error) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	done := make(chan error, 1)
	go func() { done <- send(ctx) }()
	for {
		select {
		case err := <-done:
			if err != nil {
				t.Fatalf("execute %s: %v", what, err)
			}
			return
		case <-time.After(20 * time.Millisecond):
			if _, err := d.Step(ctx); err != nil {
				t.Fatal(err)
			}
		}
	}
}

func TestComposeTheFix(t *testing.T) {
	d := pausedAfterAttack(t)
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	check, err := d.responder.CheckUpgrade(ctx, session.UpgradeRequest{Proxy: d.dep.Vault, Impl: session.ImplSource{Builtin: contracts.VaultV2Name}})
	if err != nil {
		t.Fatal(err)
	}
	if !check.Layout.Safe() || check.Deployed || check.Current != d.dep.Implementation {
		t.Fatalf("check: layout %s, deployed %v, current %s", check.Layout.Verdict, check.Deployed, check.Current.Hex())
	}
	if blocked := check.Blocked(); len(blocked) != 0 {
		t.Fatalf("the right fix is blocked: %+v", blocked)
	}
	sh := check.Shadow
	if !sh.Pass || !sh.Unpaused || sh.Fix == nil || sh.Rollback == nil || !sh.Rollback.Pass {
		t.Fatalf("shadow test %+v", sh)
	}
	attacks := 0
	for _, res := range sh.Fix.Results {
		if res.Kind.String() == "attack" {
			attacks++
			if res.Old.Reverted || !res.New.Reverted && res.New.NetOut(sh.Fix.Watched).Sign() > 0 {
				t.Errorf("attack %q: old %+v new %+v; want it to drain under VaultV1 and not under VaultV2", res.Name, res.Old.Why(), res.New.Why())
			}
		}
	}
	if attacks == 0 {
		t.Fatal("no recorded attack was replayed")
	}
	if check.Diff == nil || len(check.Diff.Changes) != 1 || check.Diff.Changes[0].Slot != chain.ImplementationSlot {
		t.Fatalf("state diff of the upgrade: %+v", check.Diff)
	}
	st := d.session.State()
	if !st.Steps[session.StepLayout-1].Done || !st.Steps[session.StepShadow-1].Done || st.Steps[session.StepFixComposed-1].Done {
		t.Fatalf("steps after the checks: layout %v shadow %v composed %v", st.Steps[session.StepLayout-1].Done, st.Steps[session.StepShadow-1].Done, st.Steps[session.StepFixComposed-1].Done)
	}

	// Not deployed yet: composing is refused.
	if _, err := d.responder.ComposeUpgrade(ctx, check, nil); !errors.Is(err, session.ErrNotReady) {
		t.Fatalf("composing before the deployment: %v", err)
	}
	plan, err := d.responder.PlanDeploy(ctx, check)
	if err != nil {
		t.Fatal(err)
	}
	if tx := plan.Txs[0]; tx.Creates == nil || *tx.Creates != check.New || tx.Signer != Key(roleGuardian).Address() {
		t.Fatalf("deploy plan %+v", tx)
	}
	execute(t, d, plan)
	composed, err := d.responder.ComposeUpgrade(ctx, check, check.Overrides())
	if err != nil {
		t.Fatal(err)
	}
	p := composed.Proposal
	if p.To != check.New || p.From != d.dep.Implementation || p.Proxy != d.dep.Vault || p.Schedule.Nonce+1 != p.Execute.Nonce ||
		p.Schedule.Safe != d.dep.Safe || p.Schedule.To != d.dep.Timelock || composed.Rollback.To != d.dep.Implementation {
		t.Fatalf("proposal %+v", p)
	}
	st = d.session.State()
	if !st.Steps[session.StepFixComposed-1].Done || !strings.Contains(st.Steps[session.StepFixComposed-1].Evidence, check.ID) {
		t.Fatalf("fix composed step %+v", st.Steps[session.StepFixComposed-1])
	}
	if u, ok := st.Upgrade(check.ID); !ok || u.Composed == nil || u.Layout == nil || u.Shadow == nil {
		t.Fatalf("upgrade in state %+v", u)
	}
}

func TestTheWrongFixIsCaught(t *testing.T) {
	d := pausedAfterAttack(t)
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	check, err := d.responder.CheckUpgrade(ctx, session.UpgradeRequest{Proxy: d.dep.Vault, Impl: session.ImplSource{Builtin: contracts.VaultV2BadLayoutName}})
	if err != nil {
		t.Fatal(err)
	}
	if check.Layout.Safe() {
		t.Fatal("VaultV2BadLayout's layout passed")
	}
	moved := false
	for _, f := range check.Layout.Findings {
		if f.Variable == "balances" && f.Severity == layout.Error {
			moved = true
		}
	}
	if !moved {
		t.Errorf("layout findings do not name balances: %v", check.Layout.Findings)
	}
	if check.Shadow.Pass {
		t.Error("the shadow test passed a fix whose layout moves the balances")
	}
	if len(check.Blocked()) == 0 {
		t.Fatal("nothing blocks the wrong fix")
	}
	if _, err := d.responder.PlanDeploy(ctx, check); !errors.Is(err, session.ErrNotReady) {
		t.Fatalf("deploying the wrong fix: %v", err)
	}
	if _, err := d.responder.ComposeUpgrade(ctx, check, check.Overrides()); !errors.Is(err, session.ErrNotReady) {
		t.Fatalf("composing the wrong fix: %v", err)
	}
	st := d.session.State()
	if st.Steps[session.StepLayout-1].Done || st.Steps[session.StepShadow-1].Done {
		t.Fatal("a wrong fix ticked the layout or shadow step")
	}
	if u, ok := st.Upgrade(check.ID); !ok || u.Layout == nil || u.Layout.Report.Safe() || u.Shadow == nil || u.Composed != nil {
		t.Fatalf("the wrong fix's evidence in the journal: %+v", u)
	}
}

func TestUpgradeBadInput(t *testing.T) {
	d := startManual(t, false)
	stepTo(t, d, 3)
	ctx := context.Background()
	seq := d.session.State().Seq
	for _, tt := range []struct {
		req  session.UpgradeRequest
		want string
	}{
		{session.UpgradeRequest{Proxy: d.dep.Safe, Impl: session.ImplSource{Builtin: contracts.VaultV2Name}}, "is not a watched contract"},
		{session.UpgradeRequest{Proxy: d.dep.Vault, Impl: session.ImplSource{Builtin: "VaultV9"}}, `unknown contract artifact "VaultV9"`},
		{session.UpgradeRequest{Proxy: d.dep.Vault, Impl: session.ImplSource{Path: "/nonexistent/Vault.json"}}, "/nonexistent/Vault.json"},
		{session.UpgradeRequest{Proxy: d.dep.Vault, Impl: session.ImplSource{Address: d.dep.Safe, Path: ""}}, "name the artifact file too"},
		{session.UpgradeRequest{Proxy: d.dep.Vault, Impl: session.ImplSource{Builtin: contracts.VaultV2Name}, Init: "initializeV2(uint256) 42"}, "is not a function of VaultV2"},
		{session.UpgradeRequest{Proxy: d.dep.Vault, Impl: session.ImplSource{Builtin: contracts.VaultV2Name}, Init: "version("}, "want a call like"},
		{session.UpgradeRequest{Proxy: d.dep.Vault}, "name the new implementation"},
	} {
		_, err := d.responder.CheckUpgrade(ctx, tt.req)
		if !errors.Is(err, session.ErrBadInput) && !strings.Contains(err.Error(), "unknown contract artifact") {
			t.Errorf("%+v: %v, want ErrBadInput", tt.req, err)
		}
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%+v: %v, want it to say %q", tt.req, err, tt.want)
		}
	}
	if got := d.session.State().Seq; got != seq {
		t.Fatalf("bad input journaled %d events", got-seq)
	}
}

// BenchmarkCheckUpgrade is the composer's whole check of the drill's fix on
// a paused drill with its recorded attacks: layout, bytecode, the shadow
// test of every attack and regression call under both implementations,
// the rollback's shadow test, the state diff of the upgrade call, and
// journaling the layout check and the shadow result.
func BenchmarkCheckUpgrade(b *testing.B) {
	d, err := Start(context.Background(), Config{Scenario: DefaultScenario, Journal: b.TempDir() + "/j.jsonl"})
	if err != nil {
		b.Fatal(err)
	}
	defer d.Close("benchmark over")
	ctx := context.Background()
	for d.k.Load() <= d.scenario.AttackFrom+2 {
		if _, err := d.Step(ctx); err != nil {
			b.Fatal(err)
		}
	}
	plan, err := d.responder.PlanPause(ctx)
	if err != nil {
		b.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- d.responder.Execute(ctx, plan) }()
	for len(done) == 0 {
		if _, err := d.Step(ctx); err != nil {
			b.Fatal(err)
		}
	}
	if err := <-done; err != nil {
		b.Fatal(err)
	}
	req := session.UpgradeRequest{Proxy: d.dep.Vault, Impl: session.ImplSource{Builtin: contracts.VaultV2Name}}
	b.ResetTimer()
	for b.Loop() {
		c, err := d.responder.CheckUpgrade(ctx, req)
		if err != nil {
			b.Fatal(err)
		}
		if !c.Shadow.Pass || !c.Layout.Safe() || c.Shadow.Rollback == nil {
			b.Fatalf("check of the fix: layout %s, shadow %v", c.Layout.Verdict, c.Shadow.Pass)
		}
	}
}
