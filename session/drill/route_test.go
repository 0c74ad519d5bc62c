package drill

import (
	"context"
	"errors"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"warroom/chain"
	"warroom/chain/contracts"
	"warroom/chain/safe"
	"warroom/chain/watch"
	"warroom/session"
)

// composed pauses a drill, checks, deploys and composes the right fix.
func composed(t testing.TB) (*Drill, *session.UpgradeComposed) {
	t.Helper()
	d := pausedAfterAttack(t)
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	check, err := d.responder.CheckUpgrade(ctx, session.UpgradeRequest{Proxy: d.dep.Vault, Impl: session.ImplSource{Builtin: contracts.VaultV2Name}})
	if err != nil {
		t.Fatal(err)
	}
	plan, err := d.responder.PlanDeploy(ctx, check)
	if err != nil {
		t.Fatal(err)
	}
	execute(t, d, plan)
	c, err := d.responder.ComposeUpgrade(ctx, check, nil)
	if err != nil {
		t.Fatal(err)
	}
	return d, c
}

// stepUntil seals blocks until cond holds, at most n of them.
func stepUntil(t testing.TB, d *Drill, n int, what string, cond func(st *session.State) bool) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	for i := 0; i < n; i++ {
		st := d.session.State()
		if cond(&st) {
			return
		}
		if _, err := d.Step(ctx); err != nil {
			t.Fatal(err)
		}
		time.Sleep(5 * time.Millisecond) // the cosigners answer beside the watcher
	}
	st := d.session.State()
	for _, w := range st.Warnings {
		t.Logf("warning: %s: %s", w.Source, w.Message)
	}
	t.Fatalf("%s: not after %d blocks", what, n)
}

func executeRoute(t testing.TB, d *Drill, plan *session.Plan) {
	t.Helper()
	sealing(t, d, plan.ID, func(ctx context.Context) error { return d.responder.ExecuteRoute(ctx, plan) })
}

// TestRouteToVerifiedFix carries the fix through the whole route on the
// embedded chain: the trainee and the simulated cosigners approve (one off
// chain, the council Safe on chain through its own Safe transaction), the
// Safe schedules the upgrade, the delay passes, the Safe executes it, the
// proxy runs the fix, the recorded attack now fails on chain, the
// regression calls pass, and the vault is unpaused.
func TestRouteToVerifiedFix(t *testing.T) {
	d, c := composed(t)
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	r := d.responder

	// Below the threshold nothing can be sent, and unpausing is refused.
	if _, err := r.PlanRoute(ctx, ""); !errors.Is(err, session.ErrRouteNotReady) {
		t.Fatalf("plan with no signatures: %v; want ErrRouteNotReady", err)
	}
	if _, err := r.PlanUnpause(ctx); !errors.Is(err, session.ErrRouteNotReady) {
		t.Fatalf("unpause before the fix: %v; want ErrRouteNotReady", err)
	}

	out, err := r.SignAsOwner(ctx, "")
	if err != nil || len(out) != 2 || out[0].Added == nil || out[1].Added == nil {
		t.Fatalf("trainee signs: %+v, %v", out, err)
	}
	if out[0].Added.Route != session.RouteSchedule || out[1].Added.Route != session.RouteExecute || out[0].Added.Signer != Key(roleTrainee).Address() {
		t.Fatalf("trainee approvals %+v %+v", out[0].Added, out[1].Added)
	}
	// Signing again counts nothing twice.
	if again, _ := r.SignAsOwner(ctx, ""); len(again) != 0 {
		t.Fatalf("a second round by the trainee added %+v", again)
	}

	stepUntil(t, d, 40, "three owners approve both transactions", func(st *session.State) bool {
		u, _ := st.Route()
		return u.AtThreshold(session.RouteSchedule) && u.AtThreshold(session.RouteExecute)
	})
	st := d.session.State()
	u, _ := st.Route()
	bySigner := map[common.Address]session.ApprovalAdded{}
	for _, a := range u.Signed(session.RouteSchedule) {
		bySigner[a.Signer] = a
	}
	if a, ok := bySigner[Key(roleQuick).Address()]; !ok || a.Form != string(safe.FormECDSA) {
		t.Errorf("the quick cosigner: %+v", a)
	}
	if a, ok := bySigner[d.dep.Council]; !ok || a.Form != string(safe.FormApprovedHash) || a.Source != session.SourceOnChain || a.Via != "Council Safe" || a.Block == 0 {
		t.Errorf("the council Safe: %+v", a)
	}
	if _, ok := bySigner[Key(roleNever).Address()]; ok {
		t.Error("the cosigner who never answers signed")
	}
	if !st.Steps[session.StepApprovals-1].Done {
		t.Error("approvals at threshold not ticked")
	}

	plan, err := r.PlanRoute(ctx, "")
	if err != nil {
		t.Fatal(err)
	}
	if plan.Action != session.ActionSchedule || len(plan.Txs) != 1 || plan.Txs[0].To != d.dep.Safe || plan.Txs[0].Call.Method != "execTransaction" {
		t.Fatalf("schedule plan %+v", plan)
	}
	executeRoute(t, d, plan)
	st = d.session.State()
	u, _ = st.Route()
	if u.Scheduled == nil || u.Scheduled.OperationID != c.Proposal.OperationID {
		t.Fatalf("scheduled %+v", u.Scheduled)
	}
	// Before the delay the execute step is refused.
	if _, err := r.PlanRoute(ctx, ""); !errors.Is(err, session.ErrRouteNotReady) || !strings.Contains(err.Error(), "delay") {
		t.Fatalf("execute before the delay: %v", err)
	}
	stepUntil(t, d, 120, "the timelock delay passes", func(st *session.State) bool { return st.Steps[session.StepTimelock-1].Done })

	plan, err = r.PlanRoute(ctx, "")
	if err != nil {
		t.Fatal(err)
	}
	executeRoute(t, d, plan)
	stepUntil(t, d, 5, "the watcher verifies the new implementation", func(st *session.State) bool { return st.Steps[session.StepExecuted-1].Done })
	impl, err := watch.ReadImplementation(ctx, d.Client(), d.dep.Vault, nil)
	if err != nil || impl != c.New {
		t.Fatalf("implementation slot %s, %v; want %s", impl.Hex(), err, c.New.Hex())
	}

	plan, err = r.PlanUnpause(ctx)
	if err != nil {
		t.Fatal(err)
	}
	execute(t, d, plan)
	stepUntil(t, d, 3, "unpaused", func(st *session.State) bool { return st.Steps[session.StepUnpaused-1].Done })

	// The recorded attack now fails on chain, and a depositor still withdraws.
	before := vaultBalance(t, d)
	attack := d.script.(*vaultScript)
	atx, err := attack.account(roleAttacker).Send(ctx, &attack.attacker, attack.attackData(), attack.stake, attack.attackGas)
	if err != nil {
		t.Fatal(err)
	}
	wtx, err := attack.account(roleDepositor(1)).Send(ctx, &d.dep.Vault, attack.vault.PackWithdraw(eth(500)), nil, 200_000)
	if err != nil {
		t.Fatal(err)
	}
	stepUntil(t, d, 3, "attack and withdrawal mined", func(*session.State) bool {
		a, _ := d.Client().TransactionReceipt(ctx, atx.Hash())
		w, _ := d.Client().TransactionReceipt(ctx, wtx.Hash())
		return a != nil && w != nil
	})
	a, _ := d.Client().TransactionReceipt(ctx, atx.Hash())
	w, _ := d.Client().TransactionReceipt(ctx, wtx.Hash())
	if a.Status != types.ReceiptStatusFailed {
		t.Error("the attack succeeded against the fix")
	}
	if w.Status != types.ReceiptStatusSuccessful {
		t.Error("a depositor's withdrawal failed under the fix")
	}
	if after := vaultBalance(t, d); new(big.Int).Sub(before, after).Cmp(new(big.Int).Add(eth(500), ether(1))) > 0 {
		t.Errorf("the vault lost %s wei; want at most the withdrawal", new(big.Int).Sub(before, after))
	}
	_ = chain.ShortAddr
}

// BenchmarkVerifyPastedSignature measures one pasted signature from paste
// to acknowledged: parse, recover against both Safe transactions, owner
// and duplicate checks, and the fsynced journal line (approval.rejected
// here, as the owner already signed: the same work as a counted one, plus
// a second recovery).
func BenchmarkVerifyPastedSignature(b *testing.B) {
	d, c := composed(b)
	ctx := context.Background()
	sig, err := Key(roleQuick).SignHash(c.Proposal.Schedule.SafeTxHash)
	if err != nil {
		b.Fatal(err)
	}
	text := common.Bytes2Hex(sig)
	if out, err := d.responder.AddSignatures(ctx, "", text, session.SourcePasted, ""); err != nil || out[0].Added == nil {
		b.Fatalf("first paste: %+v %v", out, err)
	}
	b.ResetTimer()
	for b.Loop() {
		out, err := d.responder.AddSignatures(ctx, "", text, session.SourcePasted, "")
		if err != nil || out[0].Rejected == nil {
			b.Fatalf("paste: %+v %v", out, err)
		}
	}
}

// TestPastedSignaturesRefused: each bad signature gets its reason, is
// journaled as approval.rejected, and counts nothing.
func TestPastedSignaturesRefused(t *testing.T) {
	d, c := composed(t)
	ctx := context.Background()
	r := d.responder
	sign := func(role string, h common.Hash) string {
		sig, err := Key(role).SignHash(h)
		if err != nil {
			t.Fatal(err)
		}
		return common.Bytes2Hex(sig)
	}
	good := sign(roleQuick, c.Proposal.Schedule.SafeTxHash)
	if out, err := r.AddSignatures(ctx, "", good, session.SourcePasted, ""); err != nil || out[0].Added == nil || out[0].Added.Route != session.RouteSchedule {
		t.Fatalf("a good signature: %+v %v", out, err)
	}
	for _, tc := range []struct{ name, text, want string }{
		{"not hex", "0xzz", "not hex"},
		{"too short", "0x" + strings.Repeat("ab", 64), "65 bytes"},
		{"another hash", sign(roleQuick, c.Rollback.Schedule.SafeTxHash), "fits no Safe transaction"},
		{"a non-owner", sign(roleAttacker, c.Proposal.Schedule.SafeTxHash), "fits no Safe transaction"},
		{"a duplicate", good, "already signed the schedule transaction"},
		{"v outside the set", good[:128] + "05", "v is 5"},
	} {
		out, err := r.AddSignatures(ctx, "", tc.text, session.SourcePasted, "")
		if err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		if len(out) != 1 || out[0].Rejected == nil || !strings.Contains(out[0].Rejected.Reason, tc.want) {
			t.Errorf("%s: %+v; want a rejection saying %q", tc.name, out, tc.want)
		}
	}
	st := d.session.State()
	u, _ := st.Route()
	if len(u.Approvals) != 1 || len(u.Rejected) != 6 {
		t.Errorf("counted %d, rejected %d; want 1 and 6", len(u.Approvals), len(u.Rejected))
	}
}
