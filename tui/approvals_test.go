package tui

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/exp/golden"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"warroom/chain"
	"warroom/chain/safe"
	"warroom/session"
)

// The fixture owners are anvil's first accounts, whose keys are public:
// the board's tests sign with them.
var ownerKeys = map[common.Address]string{
	addrOwner1: "ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80",
	addrOwner2: "59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d",
	addrOwner3: "5de4111afa1a4b94908f83103eb1f1706367c2e68ca870fc3fb9a804cdab365a",
}

// signAs is owner's ECDSA signature of a Safe transaction.
func signAs(t testing.TB, owner common.Address, tx *chain.SafeTx) safe.Signature {
	t.Helper()
	key, err := crypto.HexToECDSA(ownerKeys[owner])
	if err != nil {
		t.Fatal(err)
	}
	sig, err := safe.Sign(key, tx.SafeTxHash, safe.FormECDSA)
	if err != nil {
		t.Fatal(err)
	}
	return sig
}

// composedState is the paused incident with VaultV2 composed as
// upgrade-1, and the owners' approvals of both Safe transactions.
func composedState(t testing.TB, approvers ...common.Address) (session.State, *session.UpgradeComposed) {
	t.Helper()
	fb := newFake(fullEvents(t).state())
	c := passingCheck("upgrade-1")
	fb.record(100*time.Second, session.KindLayoutChecked, session.LayoutChecked{ID: c.ID, Proxy: addrVault, Report: c.Layout})
	fb.record(100*time.Second, session.KindShadowResult, c.Shadow)
	u := composedFor(c, nil)
	fb.record(110*time.Second, session.KindUpgradeComposed, *u)
	for i, o := range approvers {
		for _, route := range []string{session.RouteSchedule, session.RouteExecute} {
			fb.approve(time.Duration(120+i)*time.Second, route, signAs(t, o, routeTx(u, route)), session.SourcePasted)
		}
	}
	return fb.state, u
}

func routeTx(u *session.UpgradeComposed, route string) *chain.SafeTx {
	if route == session.RouteSchedule {
		return &u.Proposal.Schedule
	}
	return &u.Proposal.Execute
}

// approve records sig's approval of one route transaction, as the
// responder does once a signature checks out. The caller holds f.mu or
// owns f alone.
func (f *fakeBackend) approve(at time.Duration, route string, sig safe.Signature, source string) {
	u, _ := f.state.Route()
	tx := routeTx(u.Composed, route)
	f.record(at, session.KindApprovalAdded, session.ApprovalAdded{Upgrade: u.ID, Route: route, Safe: tx.Safe, SafeTxHash: tx.SafeTxHash, Nonce: tx.Nonce,
		Signer: sig.Signer, Form: string(sig.Form), Signature: sig.Hex(), Source: source, Count: len(u.Signed(route)) + 1, Threshold: 2})
}

// The fake responder's board side: a signature counts when it recovers to
// an owner over one of the route's hashes (the real checks are
// chain/safe's and the responder's, tested there).

func (f *fakeBackend) AddSignatures(_ context.Context, _ string, text, source, _ string) ([]session.ApprovalOutcome, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	u, ok := f.state.Route()
	if !ok {
		return nil, session.ErrNoProposal
	}
	sigs, err := safe.Parse(text)
	if err != nil {
		d := session.ApprovalRejected{Upgrade: u.ID, Input: text, Reason: err.Error(), Source: source}
		f.record(130*time.Second, session.KindApprovalRejected, d)
		return []session.ApprovalOutcome{{Rejected: &d}}, nil
	}
	var out []session.ApprovalOutcome
	for _, sig := range sigs {
		added := false
		for _, route := range []string{session.RouteSchedule, session.RouteExecute} {
			signer, err := sig.Recover(routeTx(u.Composed, route).SafeTxHash)
			if _, owner := ownerKeys[signer]; err != nil || !owner {
				continue
			}
			sig.Signer = signer
			f.approve(130*time.Second, route, sig, source)
			u, _ = f.state.Route()
			a, _ := u.SignedBy(route, signer)
			out = append(out, session.ApprovalOutcome{Added: &a})
			added = true
			break
		}
		if !added {
			d := session.ApprovalRejected{Upgrade: u.ID, Input: sig.Hex(), Reason: "it fits neither Safe transaction of " + u.ID + ": signed over another hash or by a non-owner", Source: source}
			f.record(130*time.Second, session.KindApprovalRejected, d)
			out = append(out, session.ApprovalOutcome{Rejected: &d})
		}
	}
	return out, nil
}

func (f *fakeBackend) SignAsOwner(ctx context.Context, id string) ([]session.ApprovalOutcome, error) {
	f.mu.Lock()
	u, _ := f.state.Route()
	f.mu.Unlock()
	var hex strings.Builder
	for _, route := range []string{session.RouteSchedule, session.RouteExecute} {
		key, _ := crypto.HexToECDSA(ownerKeys[addrOwner1])
		sig, _ := safe.Sign(key, routeTx(u.Composed, route).SafeTxHash, safe.FormECDSA)
		hex.WriteString(strings.TrimPrefix(sig.Hex(), "0x"))
	}
	return f.AddSignatures(ctx, id, hex.String(), session.SourceConsole, "responder")
}

func (f *fakeBackend) OwnerAddress() (common.Address, bool) { return addrOwner1, true }

func (f *fakeBackend) NestedOwners() []session.NestedOwner { return nil }

func (f *fakeBackend) Status(context.Context, string) (session.RouteStatus, error) {
	return session.RouteStatus{SafeNonce: 4, Operation: "unset", HeadTime: t0.Add(110 * time.Second)}, nil
}

func (f *fakeBackend) PlanRoute(_ context.Context, _ string) (*session.Plan, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	u, _ := f.state.Route()
	if !u.AtThreshold(session.RouteSchedule) {
		return nil, fmt.Errorf("%s schedule: %w: %d of 2 owner signatures", u.ID, session.ErrRouteNotReady, len(u.Signed(session.RouteSchedule)))
	}
	p := pausePlan()
	p.ID, p.Action, p.Upgrade = "schedule-"+u.ID, session.ActionSchedule, u.ID
	p.Txs[0].To, p.Txs[0].ContractName = addrSafe, "Safe"
	p.Txs[0].Call = chain.DecodedCall{Signature: "execTransaction(address,uint256,bytes,uint8,uint256,uint256,uint256,address,address,bytes)", Method: "execTransaction", Target: "Safe", Known: true}
	return p, nil
}

func (f *fakeBackend) ExecuteRoute(ctx context.Context, p *session.Plan) error {
	return f.Execute(ctx, p)
}

func (f *fakeBackend) PlanUnpause(context.Context) (*session.Plan, error) {
	return nil, fmt.Errorf("unpause: %w: no fix is executed and verified on chain yet; unpausing now reopens the hole", session.ErrRouteNotReady)
}

func (f *fakeBackend) ExportRoute(id, path string) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.exported = append(f.exported, path)
	return nil
}

func TestGoldenBoardNoApprovals(t *testing.T) {
	s, u := composedState(t)
	screen, _ := runGoldenSteps(t, s, 160, 48, goldenStep{[]string{"a"}, "Approvals · upgrade-1"})
	checkScreen(t, screen, 160, 48)
	wantScreen(t, screen, u.Proposal.Schedule.SafeTxHash.Hex(), u.Proposal.Schedule.DomainHash.Hex(), u.Proposal.Schedule.MessageHash.Hex(),
		"0 of 2 signed", "· "+addrOwner2.Hex(), "missing")
	golden.RequireEqual(t, []byte(screen))
}

func TestGoldenBoardSomeApprovals(t *testing.T) {
	s, _ := composedState(t, addrOwner2)
	screen, _ := runGoldenSteps(t, s, 160, 48, goldenStep{[]string{"a"}, "Approvals · upgrade-1"})
	checkScreen(t, screen, 160, 48)
	wantScreen(t, screen, "1 of 2 signed", "✓ "+addrOwner2.Hex(), "signed off chain (ecdsa)", "s signs both as your owner key")
	golden.RequireEqual(t, []byte(screen))
}

func TestGoldenBoardAtThreshold(t *testing.T) {
	s, _ := composedState(t, addrOwner2, addrOwner3)
	screen, _ := runGoldenSteps(t, s, 160, 48, goldenStep{[]string{"a"}, "Approvals · upgrade-1"})
	checkScreen(t, screen, 160, 48)
	wantScreen(t, screen, "✓ 2 of 2 signed", "x executes it")
	golden.RequireEqual(t, []byte(screen))
}

// A proposal whose schedule transaction is a delegatecall to an unknown
// contract: the board says so before anyone signs.
func TestGoldenBoardDelegatecallWarning(t *testing.T) {
	fb := newFake(fullEvents(t).state())
	c := passingCheck("upgrade-1")
	fb.record(100*time.Second, session.KindLayoutChecked, session.LayoutChecked{ID: c.ID, Proxy: addrVault, Report: c.Layout})
	fb.record(100*time.Second, session.KindShadowResult, c.Shadow)
	u := composedFor(c, nil)
	u.Proposal.Schedule.Operation = chain.SafeDelegateCall
	if err := safe.Fill(&u.Proposal.Schedule); err != nil {
		t.Fatal(err)
	}
	fb.record(110*time.Second, session.KindUpgradeComposed, *u)
	screen, _ := runGoldenSteps(t, fb.state, 160, 48, goldenStep{[]string{"a"}, "Approvals · upgrade-1"})
	checkScreen(t, screen, 160, 48)
	wantScreen(t, screen, "⚠", "delegatecall", u.Proposal.Schedule.SafeTxHash.Hex())
	golden.RequireEqual(t, []byte(screen))
}

// TestBoardCollectsAndExecutes drives the board with keys: a bad paste is
// rejected and counts nothing, the responder's own key signs both, a
// cosigner's pasted signature reaches the threshold, x opens the confirm
// dialog and y sends the schedule; e exports beside the journal.
func TestBoardCollectsAndExecutes(t *testing.T) {
	s, u := composedState(t)
	a, fb := newApp(t, s)
	press(t, a, "a")
	if a.board.ui == nil {
		t.Fatal("a did not open the board")
	}
	press(t, a, "x")
	if !strings.Contains(a.Status(), "0 of 2 owner signatures") || len(a.overlays) != 1 {
		t.Fatalf("x below the threshold: status %q, %d overlays", a.Status(), len(a.overlays))
	}

	press(t, a, "v")
	typeText(t, a, "0x1234")
	press(t, a, "enter")
	st := fb.State()
	up, _ := st.Route()
	if len(up.Rejected) != 1 || len(up.Approvals) != 0 || !strings.Contains(a.View(), "rejected") {
		t.Fatalf("a malformed paste: rejected %d, approvals %d", len(up.Rejected), len(up.Approvals))
	}

	press(t, a, "s")
	st = fb.State()
	up, _ = st.Route()
	if len(up.Signed(session.RouteSchedule)) != 1 || len(up.Signed(session.RouteExecute)) != 1 {
		t.Fatalf("s signed %d schedule and %d execute", len(up.Signed(session.RouteSchedule)), len(up.Signed(session.RouteExecute)))
	}

	// Another owner's signature over the wrong hash (the rollback's) is
	// refused; over the schedule's it counts.
	press(t, a, "v")
	typeText(t, a, signAs(t, addrOwner2, &u.Rollback.Schedule).Hex())
	press(t, a, "enter")
	press(t, a, "v")
	typeText(t, a, signAs(t, addrOwner2, &u.Proposal.Schedule).Hex())
	press(t, a, "enter")
	st = fb.State()
	up, _ = st.Route()
	if !up.AtThreshold(session.RouteSchedule) || len(up.Rejected) != 2 {
		t.Fatalf("after the pastes: schedule %d signed, %d rejected", len(up.Signed(session.RouteSchedule)), len(up.Rejected))
	}

	press(t, a, "x")
	if len(a.overlays) != 2 || !strings.Contains(a.View(), "execTransaction") {
		t.Fatalf("x at the threshold opened no confirm dialog: %d overlays", len(a.overlays))
	}
	press(t, a, "y")
	if len(fb.executed) != 1 || fb.executed[0].ID != "schedule-upgrade-1" {
		t.Fatalf("executed %v", fb.executed)
	}

	press(t, a, "e")
	if len(fb.exported) != 1 || !strings.HasSuffix(fb.exported[0], "-upgrade-1-safe-txs.json") {
		t.Fatalf("exported %v", fb.exported)
	}
}

func typeText(t *testing.T, a *App, text string) {
	t.Helper()
	for _, r := range text {
		press(t, a, string(r))
	}
}

func (f *fakeBackend) SignRequest(id, by string) (session.RequestSigned, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	return session.RequestSigned{}, fmt.Errorf("sign %s: the fake backend holds no owner key", id)
}

func (f *fakeBackend) RefuseRequest(id, by, reason string, auto bool) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	return fmt.Errorf("refuse %s: the fake backend has no Safe requests", id)
}
