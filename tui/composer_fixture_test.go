package tui

import (
	"context"
	"encoding/json"
	"fmt"
	"math/big"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"warroom/chain"
	"warroom/chain/artifact"
	"warroom/chain/contracts"
	"warroom/chain/detect"
	"warroom/chain/layout"
	"warroom/chain/shadow"
	"warroom/chain/timelock"
	"warroom/session"
)

// The upgrade the composer tests compose: the fixture's paused Vault, at
// block 145, gets VaultV2 (the right fix) or VaultV2BadLayout (the wrong
// one, which inserts a variable before the balances). Verdicts come from
// the real layout check and shadow.Verdict, the proposal from the real
// route encoding, on the fixture's addresses.
var (
	addrNewImpl    = common.HexToAddress("0x0165878A594ca255338adfa4d48449f69242Eb8F") // where the guardian's next transaction deploys
	addrDepositor  = common.HexToAddress("0x14dC79964da2C08b23698B3D3cc7Ca32193d9955")
	addrWithdrawer = common.HexToAddress("0x23618e81E3f5cdF7f54C3d65f7FBc0aBf5B21E8f")

	txDeploy         = common.HexToHash("0xd7869c578b998f58540334271875e47e5d3ea5aa9c359f0d9748f63dfed08c08")
	txDeploySignHash = common.HexToHash("0x4cf2483a56172b8ffb21abd7d4cd6a155cd0e0e1b03a2fde31aba49d272c1b85")
)

// scenarioFixes are the drill's built-ins, as the scenario describes them.
func scenarioFixes() []session.Fix {
	return []session.Fix{
		{Artifact: contracts.VaultV2Name, About: "a candidate fix: withdraw pays after it updates the balance, behind a re-entrancy guard"},
		{Artifact: contracts.VaultV2BadLayoutName, About: "a candidate fix: a re-entrancy guard, and a withdrawal fee while at it"},
	}
}

// must is v, or a panic: the fixture's built-ins and encodings cannot fail
// unless the embedded artifacts are broken.
func must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}

func builtin(name string) *artifact.Artifact { return must(artifact.Builtin(name)) }

// outcome is a simulated call's result: value moved (wei by address) or a
// revert reason.
func succeeded(gas uint64, flows ...shadow.Flow) *shadow.Outcome {
	return &shadow.Outcome{GasUsed: gas, Flows: flows}
}

func reverted(gas uint64, reason string) *shadow.Outcome {
	return &shadow.Outcome{Reverted: true, Error: "execution reverted", GasUsed: gas,
		Revert: &shadow.Revert{Kind: shadow.RevertError, Message: reason, Selector: "0x08c379a0"}}
}

func flow(addr common.Address, wei *big.Int) shadow.Flow {
	return shadow.Flow{Address: addr, Delta: wei}
}

func neg(x *big.Int) *big.Int { return new(big.Int).Neg(x) }

// halfEther is 0.5 ether in wei.
func halfEther() *big.Int { return big.NewInt(5e17) }

// shadowReport judges each call as shadow.Run does.
func shadowReport(oldImpl, newImpl common.Address, oldPlaced, newPlaced bool, results []shadow.Result) *shadow.Report {
	watched := []common.Address{addrVault}
	rep := &shadow.Report{Block: 145, Proxy: addrVault, Old: oldImpl, New: newImpl, OldPlaced: oldPlaced, NewPlaced: newPlaced, Watched: watched,
		Patches: []shadow.PatchedSlot{{
			SlotPatch: shadow.SlotPatch{Account: addrVault, Slot: common.BigToHash(big.NewInt(1)), Size: 1},
			Before:    common.BigToHash(big.NewInt(1)),
		}}}
	var failed []string
	for i := range results {
		r := &results[i]
		r.Pass, r.Reason, r.Inconclusive = shadow.Verdict(r.Kind, r.Old, r.New, watched)
		if !r.Pass {
			failed = append(failed, fmt.Sprintf("%q", r.Name))
		}
	}
	rep.Results = results
	rep.Pass = len(failed) == 0
	if rep.Pass {
		rep.Reason = fmt.Sprintf("all %d calls passed", len(results))
	} else {
		rep.Reason = fmt.Sprintf("%d of %d calls failed: %s", len(failed), len(results), strings.Join(failed, ", "))
	}
	return rep
}

func attackCall(tx common.Hash, block uint64, rounds int) shadow.TestCall {
	data := append(hexutil.MustDecode("0x64dd891a"), common.BigToHash(big.NewInt(int64(rounds))).Bytes()...)
	return shadow.TestCall{Name: fmt.Sprintf("attack tx %s (block %d)", chain.ShortHash(tx), block), Kind: shadow.Attack,
		Call: shadow.Call{From: addrAttacker, To: addrExploit, Data: data, Value: eth(1)}}
}

func depositCall() shadow.TestCall {
	return shadow.TestCall{Name: "depositor deposits 1 ether", Kind: shadow.Regression,
		Call: shadow.Call{From: addrDepositor, To: addrVault, Data: hexutil.MustDecode("0xd0e30db0"), Value: eth(1)}}
}

func withdrawCall() shadow.TestCall {
	return shadow.TestCall{Name: "depositor withdraws 0.5 ether", Kind: shadow.Regression,
		Call: shadow.Call{From: addrWithdrawer, To: addrVault, Data: append(hexutil.MustDecode("0x2e1a7d4d"), common.BigToHash(halfEther()).Bytes()...)}}
}

// upgradeDiff is the state diff of upgradeToAndCall(impl, 0x) made by the
// timelock: the implementation slot, and nothing else.
func upgradeDiff(impl common.Address, gas uint64) *shadow.StateDiff {
	changes := []shadow.Change{{
		Address: addrVault, Kind: shadow.ChangeStorage, Slot: chain.ImplementationSlot, Label: shadow.LabelImplementation,
		Before: common.BytesToHash(addrVaultImpl.Bytes()), After: common.BytesToHash(impl.Bytes()),
	}}
	return &shadow.StateDiff{Block: 145, Call: shadow.Call{From: addrTimelock, To: addrVault, Data: shadow.UpgradeToAndCallData(impl, nil)},
		Outcome: &shadow.Outcome{GasUsed: gas}, Changes: changes, Hash: shadow.DiffHash(changes)}
}

// passingCheck is VaultV2's check: layout safe, both recorded attacks now
// revert, the regression calls pass, and so does the rollback's.
func passingCheck(id string) *session.UpgradeCheck {
	art := builtin(contracts.VaultV2Name)
	fix := shadowReport(addrVaultImpl, addrNewImpl, false, true, []shadow.Result{
		{TestCall: attackCall(txDrain2, 122, 2), Old: succeeded(146_871, flow(addrExploit, eth(10)), flow(addrAttacker, neg(eth(1))), flow(addrVault, neg(eth(9)))), New: reverted(96_214, "transfer failed")},
		{TestCall: attackCall(txDrain1, 115, 4), Old: succeeded(187_412, flow(addrExploit, eth(28)), flow(addrAttacker, neg(eth(1))), flow(addrVault, neg(eth(27)))), New: reverted(107_346, "transfer failed")},
		{TestCall: depositCall(), Old: succeeded(54_828, flow(addrVault, eth(1)), flow(addrDepositor, neg(eth(1)))), New: succeeded(54_828, flow(addrVault, eth(1)), flow(addrDepositor, neg(eth(1))))},
		{TestCall: withdrawCall(), Old: succeeded(64_311, flow(addrVault, neg(halfEther())), flow(addrWithdrawer, halfEther())), New: succeeded(64_843, flow(addrVault, neg(halfEther())), flow(addrWithdrawer, halfEther()))},
	})
	rollback := shadowReport(addrNewImpl, addrVaultImpl, true, false, []shadow.Result{
		{TestCall: depositCall(), Old: succeeded(54_828, flow(addrVault, eth(1)), flow(addrDepositor, neg(eth(1)))), New: succeeded(54_828, flow(addrVault, eth(1)), flow(addrDepositor, neg(eth(1))))},
		{TestCall: withdrawCall(), Old: succeeded(64_843, flow(addrVault, neg(halfEther())), flow(addrWithdrawer, halfEther())), New: succeeded(64_311, flow(addrVault, neg(halfEther())), flow(addrWithdrawer, halfEther()))},
	})
	return &session.UpgradeCheck{
		ID: id, Request: session.UpgradeRequest{Proxy: addrVault, Impl: session.ImplSource{Builtin: contracts.VaultV2Name}},
		ProxyName: "Vault", Current: addrVaultImpl, New: addrNewImpl, Artifact: art,
		Layout: layout.Compare(builtin(contracts.VaultV1Name), art),
		Shadow: session.ShadowResult{ID: id, Proxy: addrVault, New: addrNewImpl, Unpaused: true, Fix: fix, Rollback: rollback, Pass: true},
		Diff:   upgradeDiff(addrNewImpl, 45_920),
	}
}

// failingCheck is VaultV2BadLayout's check: its fee variable, inserted
// before the balances, moves them, so the layout is unsafe and an ordinary
// withdrawal fails; the rollback's withdrawal fails too.
func failingCheck(id string) *session.UpgradeCheck {
	art := builtin(contracts.VaultV2BadLayoutName)
	fix := shadowReport(addrVaultImpl, addrNewImpl, false, true, []shadow.Result{
		{TestCall: attackCall(txDrain2, 122, 2), Old: succeeded(146_871, flow(addrExploit, eth(10)), flow(addrAttacker, neg(eth(1))), flow(addrVault, neg(eth(9)))), New: reverted(96_170, "transfer failed")},
		{TestCall: attackCall(txDrain1, 115, 4), Old: succeeded(187_412, flow(addrExploit, eth(28)), flow(addrAttacker, neg(eth(1))), flow(addrVault, neg(eth(27)))), New: reverted(107_302, "transfer failed")},
		{TestCall: depositCall(), Old: succeeded(54_828, flow(addrVault, eth(1)), flow(addrDepositor, neg(eth(1)))), New: succeeded(250_624, flow(addrVault, eth(1)), flow(addrDepositor, neg(eth(1))))},
		{TestCall: withdrawCall(), Old: succeeded(64_311, flow(addrVault, neg(halfEther())), flow(addrWithdrawer, halfEther())), New: reverted(31_570, "insufficient balance")},
	})
	rollback := shadowReport(addrNewImpl, addrVaultImpl, true, false, []shadow.Result{
		{TestCall: depositCall(), Old: succeeded(250_624, flow(addrVault, eth(1)), flow(addrDepositor, neg(eth(1)))), New: succeeded(54_828, flow(addrVault, eth(1)), flow(addrDepositor, neg(eth(1))))},
		{TestCall: withdrawCall(), Old: reverted(31_570, "insufficient balance"), New: succeeded(64_311, flow(addrVault, neg(halfEther())), flow(addrWithdrawer, halfEther()))},
	})
	c := &session.UpgradeCheck{
		ID: id, Request: session.UpgradeRequest{Proxy: addrVault, Impl: session.ImplSource{Builtin: contracts.VaultV2BadLayoutName}},
		ProxyName: "Vault", Current: addrVaultImpl, New: addrNewImpl, Artifact: art,
		Layout: layout.Compare(builtin(contracts.VaultV1Name), art),
		Shadow: session.ShadowResult{ID: id, Proxy: addrVault, New: addrNewImpl, Unpaused: true, Fix: fix, Rollback: rollback},
		Diff:   upgradeDiff(addrNewImpl, 45_942),
	}
	// The issues, as CheckUpgrade derives them.
	for _, f := range c.Layout.Findings {
		if f.Severity == layout.Error {
			c.Issues = append(c.Issues, session.Issue{Key: "layout." + string(f.Kind) + "." + f.Variable, Check: "layout", Level: session.Blocker, Text: f.String()})
		}
	}
	for _, r := range fix.Results {
		if !r.Pass {
			c.Issues = append(c.Issues, session.Issue{Key: "shadow." + r.Kind.String() + "." + r.Name, Check: "shadow", Level: session.Blocker,
				Text: fmt.Sprintf("%s %q: %s", r.Kind, r.Name, r.Reason)})
		}
	}
	c.Issues = append(c.Issues, session.Issue{Key: "shadow.rollback", Check: "shadow", Level: session.Blocker,
		Text: "the rollback to " + addrVaultImpl.Hex() + " breaks a regression call: " + rollback.Reason})
	return c
}

// fixtureDecoder decodes the route's calls as the drill's decoder does.
func fixtureDecoder() *detect.Decoder {
	d := detect.NewDecoder()
	for _, l := range []struct {
		addr common.Address
		name string
		art  string
	}{
		{addrVault, "Vault", contracts.VaultV1Name},
		{addrVaultImpl, "VaultV1", contracts.VaultV1Name},
		{addrNewImpl, "VaultV2", contracts.VaultV2Name},
		{addrSafe, "Safe", contracts.SafeName},
		{addrTimelock, "Timelock", contracts.TimelockControllerName},
	} {
		d.Label(l.addr, l.name, &must(contracts.Load(l.art)).ABI)
	}
	return d
}

// composedFor is the proposal of a check: the real route through the
// fixture's Safe (nonce 4) and timelock (1h), and its rollback.
func composedFor(c *session.UpgradeCheck, overrides []session.Override) *session.UpgradeComposed {
	dec := fixtureDecoder()
	up := timelock.Upgrade{ChainID: 1337, Safe: addrSafe, SafeNonce: 4, Timelock: addrTimelock, MinDelay: 3600,
		Proxy: addrVault, From: c.Current, To: c.New}
	if c.Init != nil {
		up.Init = hexutil.MustDecode(c.Init.Data)
	}
	p := must(timelock.Propose(up, dec))
	r := must(timelock.Propose(up.Rollback(), dec))
	var kept []session.Override
	for _, o := range overrides {
		o.By = "responder"
		kept = append(kept, o)
	}
	u := &session.UpgradeComposed{ID: c.ID, Proxy: addrVault, ProxyName: c.ProxyName, Current: c.Current, New: c.New,
		Artifact: c.Artifact.Ref(), Init: c.Init, Issues: c.Issues, Overrides: kept, Proposal: *p, Rollback: *r}
	if !c.Deployed {
		u.Deploy = session.ActionDeploy + "-" + c.ID
	}
	if c.Diff != nil {
		u.Diff, u.DiffHash = c.Diff.Changes, c.Diff.Hash
	}
	return u
}

// deployPlan is what PlanDeploy would return for a check.
func deployPlan(c *session.UpgradeCheck) *session.Plan {
	creates := c.New
	return &session.Plan{ID: session.ActionDeploy + "-" + c.ID, Action: session.ActionDeploy, Reason: "deploy " + c.Artifact.Ref() + " for " + c.ID,
		Txs: []chain.TxPlan{{
			ChainID: 1337, Signer: addrGuardian, Creates: &creates,
			Call: chain.DecodedCall{Signature: "(create " + c.Artifact.Name + ")", Method: "(create)", Target: c.Artifact.Name, Known: true},
			Data: hexutil.Encode(c.Artifact.Bytecode), Value: new(big.Int), Nonce: 4, Gas: 1_539_019,
			MaxFee: big.NewInt(2_000_000_014), MaxTip: big.NewInt(1_000_000_000), Hash: txDeploy, SigningHash: txDeploySignHash,
		}}}
}

// The fake responder's composer side: canned checks by built-in name, and
// the events the real responder records, reduced into the fake's state
// (the console sees them at its next stateChangedMsg).

func (f *fakeBackend) Fixes() []session.Fix { return scenarioFixes() }

func (f *fakeBackend) CheckUpgrade(ctx context.Context, req session.UpgradeRequest) (*session.UpgradeCheck, error) {
	f.mu.Lock()
	f.checked = append(f.checked, req)
	release := f.checkGate
	f.mu.Unlock()
	if release != nil {
		select {
		case <-release:
		case <-ctx.Done():
			return nil, ctx.Err()
		}
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	if req.Proxy != addrVault {
		return nil, fmt.Errorf("%w: %s is not a watched contract; watched: Vault %s", session.ErrBadInput, req.Proxy.Hex(), addrVault.Hex())
	}
	if req.Impl.Path != "" {
		return nil, fmt.Errorf("%w: read artifact: open %s: no such file or directory", session.ErrBadInput, req.Impl.Path)
	}
	if req.Init != "" {
		return nil, fmt.Errorf("%w: initializer %s is not a function of %s (it has deposit(), initialize(address,address), pause(), unpause(), upgradeToAndCall(address,bytes), withdraw(uint256))",
			session.ErrBadInput, strings.Fields(req.Init)[0], req.Impl.Builtin)
	}
	id := fmt.Sprintf("upgrade-%d", len(f.checks)+1)
	var c *session.UpgradeCheck
	switch req.Impl.Builtin {
	case contracts.VaultV2Name:
		c = passingCheck(id)
		c.Issues = append(c.Issues, f.extraIssues...)
	case contracts.VaultV2BadLayoutName:
		c = failingCheck(id)
	default:
		return nil, fmt.Errorf("%w: unknown contract artifact %q", session.ErrBadInput, req.Impl.Builtin)
	}
	f.checks = append(f.checks, c)
	f.record(100*time.Second, session.KindLayoutChecked, session.LayoutChecked{ID: c.ID, Proxy: addrVault, Report: c.Layout})
	f.record(100*time.Second, session.KindShadowResult, c.Shadow)
	return c, nil
}

func (f *fakeBackend) PlanDeploy(_ context.Context, c *session.UpgradeCheck) (*session.Plan, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.deployPlans = append(f.deployPlans, c.ID)
	if len(c.Blocked()) > 0 {
		return nil, fmt.Errorf("%s: %w", c.ID, session.ErrNotReady)
	}
	return deployPlan(c), nil
}

func (f *fakeBackend) ComposeUpgrade(_ context.Context, c *session.UpgradeCheck, overrides []session.Override) (*session.UpgradeComposed, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.composes = append(f.composes, fakeCompose{id: c.ID, overrides: overrides})
	if missing := c.Missing(overrides); len(c.Blocked()) > 0 || len(missing) > 0 {
		return nil, fmt.Errorf("%s: %w", c.ID, session.ErrNotReady)
	}
	u := composedFor(c, overrides)
	f.record(110*time.Second, session.KindUpgradeComposed, *u)
	return u, nil
}

// recordDeploy records a deployment's action as Execute does, mined in
// block 146. The caller holds f.mu.
func (f *fakeBackend) recordDeploy(p *session.Plan) {
	f.record(104*time.Second, session.KindActionRequested, session.ActionRequested{ID: p.ID, Action: p.Action, Reason: p.Reason, Txs: p.Txs})
	f.record(104*time.Second, session.KindActionSubmitted, session.ActionSubmitted{ID: p.ID, TxHash: txDeploy})
	f.record(106*time.Second, session.KindActionConfirmed, session.ActionConfirmed{ID: p.ID, TxHash: txDeploy, Block: 146, GasUsed: 1_183_861})
}

// record reduces an event into the fake's state. The caller holds f.mu.
func (f *fakeBackend) record(at time.Duration, kind session.Kind, data any) {
	raw := must(json.Marshal(data))
	seq := f.state.Seq + 1
	f.state = session.Reduce(f.state, session.Event{Seq: seq, Time: t0.Add(at), Kind: kind, Data: raw, Hash: fmt.Sprintf("%064x", seq)})
}

// fakeCompose is a ComposeUpgrade call.
type fakeCompose struct {
	id        string
	overrides []session.Override
}
