package session

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"math/big"
	"slices"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"

	"warroom/chain"
	"warroom/chain/artifact"
	"warroom/chain/calldata"
	"warroom/chain/contracts"
	"warroom/chain/layout"
	"warroom/chain/safe"
	"warroom/chain/shadow"
	"warroom/chain/timelock"
	"warroom/chain/tx"
	"warroom/chain/watch"
)

// ErrBadInput is an upgrade request that cannot be checked as given: a
// proxy that is not watched, an artifact that does not load, an address
// without code, an initializer that does not parse. Nothing is journaled
// for it.
var ErrBadInput = errors.New("cannot check this upgrade")

// ErrNotReady is a compose asked for while issues stand in the way.
var ErrNotReady = errors.New("the upgrade is not ready to compose")

// maxAttacks bounds the recorded attacks a shadow test replays: the
// distinct ones, newest first.
const maxAttacks = 12

// ImplSource names the new implementation of an upgrade, one way of three.
type ImplSource struct {
	// Builtin is an artifact embedded in warroom ("VaultV2").
	Builtin string `json:"builtin,omitempty"`
	// Path is a Foundry, Hardhat or warroom artifact file. With Address, it
	// is the artifact of the implementation deployed there.
	Path string `json:"path,omitempty"`
	// Address is an implementation already deployed.
	Address common.Address `json:"address,omitzero"`
}

// String says which implementation the source names.
func (s ImplSource) String() string {
	switch {
	case s.Address != (common.Address{}):
		return s.Address.Hex() + " (artifact " + s.Path + ")"
	case s.Path != "":
		return s.Path
	}
	return "built-in " + s.Builtin
}

// UpgradeRequest is what the responder asks the composer to check.
type UpgradeRequest struct {
	Proxy common.Address `json:"proxy"`
	Impl  ImplSource     `json:"impl"`
	// Init is the initializer for upgradeToAndCall, typed as a signature
	// and arguments ("initializeV2(uint256) 42"); "" for none.
	Init string `json:"init,omitempty"`
}

// UpgradeCheck is an upgrade checked: every verdict, and what it takes to
// deploy and compose it. The layout check and the shadow test are
// journaled as they are made.
type UpgradeCheck struct {
	ID        string
	Request   UpgradeRequest
	ProxyName string
	Current   common.Address // the implementation the proxy runs now
	// New is the new implementation's address: where it is deployed, or
	// where the guardian's next transaction will deploy it.
	New      common.Address
	Deployed bool
	Artifact *artifact.Artifact
	Init     *InitCall
	Layout   layout.Report
	Shadow   ShadowResult
	Diff     *shadow.StateDiff
	Issues   []Issue

	newImpl  shadow.Impl
	creation []byte
	nonce    uint64 // the guardian's nonce the deployment must use
}

// Blocked lists the issues no override lifts.
func (c *UpgradeCheck) Blocked() []Issue {
	var out []Issue
	for _, i := range c.Issues {
		if i.Level == Blocker {
			out = append(out, i)
		}
	}
	return out
}

// Missing lists the issues that still need an override.
func (c *UpgradeCheck) Missing(overrides []Override) []Issue {
	var out []Issue
	for _, i := range c.Issues {
		if i.Level == NeedsOverride && !slices.ContainsFunc(overrides, func(o Override) bool { return o.Key == i.Key && strings.TrimSpace(o.Reason) != "" }) {
			out = append(out, i)
		}
	}
	return out
}

// CheckUpgrade runs every check of an upgrade: its inputs, the
// storage layout, the bytecode, the shadow test of every recorded attack
// and regression call (and the rollback's), and the state diff of the
// upgrade call. Bad input is an error wrapping ErrBadInput and nothing is
// journaled; otherwise layout.checked and shadow.result are recorded as
// evidence, whatever their verdict, and the check is returned.
func (r *Responder) CheckUpgrade(ctx context.Context, req UpgradeRequest) (*UpgradeCheck, error) {
	c, err := r.prepareUpgrade(ctx, req)
	if err != nil {
		return nil, err
	}
	c.Layout = layout.Compare(r.cfg.Artifacts[c.Current], c.Artifact)
	for _, f := range c.Layout.Findings {
		switch f.Severity {
		case layout.Error:
			c.add("layout."+string(f.Kind)+"."+f.Variable, "layout", Blocker, f.String())
		default:
			c.add("layout.warning", "layout", NeedsOverride, f.String())
		}
	}
	if err := r.checkBytecode(ctx, c); err != nil {
		return nil, err
	}
	if err := r.shadowTest(ctx, c); err != nil {
		return nil, err
	}
	if err := r.diffUpgrade(ctx, c); err != nil {
		return nil, err
	}

	if _, err := r.s.Record(KindLayoutChecked, LayoutChecked{ID: c.ID, Proxy: req.Proxy, Report: c.Layout}); err != nil {
		return nil, fmt.Errorf("%s: record the layout check: %w", c.ID, err)
	}
	if _, err := r.s.Record(KindShadowResult, c.Shadow); err != nil {
		return nil, fmt.Errorf("%s: record the shadow test: %w", c.ID, err)
	}
	return c, nil
}

func (c *UpgradeCheck) add(key, check string, level IssueLevel, text string) {
	if level == NeedsOverride {
		for _, i := range c.Issues {
			if i.Key == key { // one override covers every warning of a kind
				return
			}
		}
	}
	c.Issues = append(c.Issues, Issue{Key: key, Check: check, Level: level, Text: text})
}

// prepareUpgrade validates the request and resolves what it names: the
// proxy and its current implementation, the new implementation's artifact
// and address (predicted when it is not deployed), the initializer.
func (r *Responder) prepareUpgrade(ctx context.Context, req UpgradeRequest) (*UpgradeCheck, error) {
	bad := func(format string, args ...any) error {
		return fmt.Errorf("%w: %s", ErrBadInput, fmt.Sprintf(format, args...))
	}
	if r.cfg.Guardian == nil {
		return nil, fmt.Errorf("no guardian key, so this session cannot deploy or compose: %w", ErrReadOnly)
	}
	proxy, ok := r.target(req.Proxy)
	if !ok {
		return nil, bad("%s is not a watched contract; watched: %s", req.Proxy.Hex(), r.watchedList())
	}
	if r.role(chain.RoleSafe) == nil || r.role(chain.RoleTimelock) == nil {
		return nil, bad("the session watches no Safe and timelock, so there is no governance route to compose")
	}
	b := r.cfg.Backend
	current, err := watch.ReadImplementation(ctx, b, req.Proxy, nil)
	if err != nil {
		return nil, fmt.Errorf("read the implementation of %s: %w", proxy.Name, err)
	}
	if current == (common.Address{}) {
		return nil, bad("%s (%s) is not an ERC-1967 proxy: its implementation slot is empty", proxy.Name, req.Proxy.Hex())
	}
	if r.cfg.Artifacts[current] == nil {
		return nil, bad("the artifact of %s's current implementation %s is not known, so its storage layout cannot be compared", proxy.Name, current.Hex())
	}

	c := &UpgradeCheck{ID: r.nextID("upgrade"), Request: req, ProxyName: proxy.Name, Current: current}

	switch src := req.Impl; {
	case src.Address != (common.Address{}):
		if src.Path == "" {
			return nil, bad("%s is deployed, but its storage layout needs its artifact: name the artifact file too", src.Address.Hex())
		}
		if c.Artifact, err = artifact.Load(src.Path); err != nil {
			return nil, fmt.Errorf("%w: %w", ErrBadInput, err)
		}
		code, err := b.CodeAt(ctx, src.Address, nil)
		if err != nil {
			return nil, fmt.Errorf("read the code at %s: %w", src.Address.Hex(), err)
		}
		if len(code) == 0 {
			return nil, bad("there is no code at %s: it is not a deployed implementation", src.Address.Hex())
		}
		if !c.Artifact.MatchesCode(code) {
			return nil, bad("the artifact %s is for another contract: %s's runtime code differs from the code at %s", c.Artifact.Ref(), c.Artifact.Name, src.Address.Hex())
		}
		c.New, c.Deployed, c.newImpl = src.Address, true, shadow.Impl{Address: src.Address}
	case src.Path != "" || src.Builtin != "":
		if src.Path != "" {
			c.Artifact, err = artifact.Load(src.Path)
		} else {
			c.Artifact, err = artifact.Builtin(src.Builtin)
		}
		if err != nil {
			return nil, fmt.Errorf("%w: %w", ErrBadInput, err)
		}
		if c.Artifact.Unlinked {
			return nil, bad("%s needs libraries linked before it can be deployed; deploy it yourself and give its address", c.Artifact.Ref())
		}
		if len(c.Artifact.ABI.Constructor.Inputs) > 0 {
			return nil, bad("%s's constructor takes arguments; deploy it yourself and give its address", c.Artifact.Ref())
		}
		c.creation = c.Artifact.Bytecode
		p, err := shadow.Predict(ctx, b, r.cfg.Guardian.Address(), c.creation, nil)
		if err != nil {
			return nil, fmt.Errorf("deploying %s would fail: %w", c.Artifact.Ref(), err)
		}
		c.New, c.nonce, c.newImpl = p.Address, p.Nonce, p.Impl()
	default:
		return nil, bad("name the new implementation: a built-in, an artifact file, or a deployed address with its artifact")
	}
	if c.New == current {
		return nil, bad("%s already runs %s", proxy.Name, current.Hex())
	}

	if strings.TrimSpace(req.Init) != "" {
		call, err := calldata.Parse(req.Init)
		if err != nil {
			return nil, fmt.Errorf("%w: initializer: %w", ErrBadInput, err)
		}
		m, err := c.Artifact.ABI.MethodById(call.Data[:4])
		if err != nil || m.Sig != call.Signature {
			return nil, bad("initializer %s is not a function of %s (%s)", call.Signature, c.Artifact.Name, functionList(c.Artifact))
		}
		c.Init = &InitCall{Typed: req.Init, Call: call.Decoded, Data: hexutil.Encode(call.Data)}
	}
	return c, nil
}

// checkBytecode checks the new implementation can be upgraded to and from:
// it has code, a UUPS implementation answers proxiableUUID() with the
// ERC-1967 slot and keeps upgradeToAndCall (refused unless overridden:
// otherwise the upgrade bricks every later one), and it does not bring
// SELFDESTRUCT or DELEGATECALL the current implementation did not have.
func (r *Responder) checkBytecode(ctx context.Context, c *UpgradeCheck) error {
	code := c.newImpl.Code
	if c.Deployed {
		var err error
		if code, err = r.cfg.Backend.CodeAt(ctx, c.New, nil); err != nil {
			return fmt.Errorf("read the code at %s: %w", c.New.Hex(), err)
		}
	}
	if len(code) == 0 {
		c.add("bytecode.empty", "bytecode", Blocker, fmt.Sprintf("%s has no runtime code", c.Artifact.Ref()))
		return nil
	}
	uups := contracts.NewVaultV1() // proxiableUUID and upgradeToAndCall, as every UUPS implementation has them
	over := shadow.Overrides{}
	if !c.Deployed {
		over.SetCode(c.New, code)
	}
	out, err := shadow.Simulate(ctx, r.cfg.Backend, shadow.Call{From: r.cfg.Guardian.Address(), To: c.New, Data: uups.PackProxiableUUID()}, nil, over)
	switch {
	case errors.Is(err, shadow.ErrUnavailable):
		c.add("bytecode.unchecked", "bytecode", NeedsOverride, "proxiableUUID() could not be called: "+err.Error())
	case err != nil:
		return fmt.Errorf("call proxiableUUID() on %s: %w", c.New.Hex(), err)
	case out.Reverted || !bytes.Equal(out.Output, chain.ImplementationSlot[:]):
		c.add("bytecode.proxiable", "bytecode", NeedsOverride, fmt.Sprintf(
			"%s does not answer proxiableUUID() with the ERC-1967 implementation slot: the proxy would refuse it, or a later upgrade would be bricked", c.Artifact.Name))
	}
	if _, ok := c.Artifact.ABI.Methods["upgradeToAndCall"]; !ok || !hasPush4(code, uups.PackUpgradeToAndCall(common.Address{}, nil)[:4]) {
		c.add("bytecode.upgrade-function", "bytecode", NeedsOverride, fmt.Sprintf(
			"%s has no upgradeToAndCall: once installed, the proxy could never be upgraded again", c.Artifact.Name))
	}
	oldCode, err := r.cfg.Backend.CodeAt(ctx, c.Current, nil)
	if err != nil {
		return fmt.Errorf("read the code at %s: %w", c.Current.Hex(), err)
	}
	for _, op := range []struct {
		code byte
		name string
	}{{0xff, "SELFDESTRUCT"}, {0xf4, "DELEGATECALL"}} {
		if hasOp(code, op.code) && !hasOp(oldCode, op.code) {
			c.add("bytecode."+strings.ToLower(op.name), "bytecode", NeedsOverride, fmt.Sprintf(
				"%s contains %s, which the current implementation does not", c.Artifact.Name, op.name))
		}
	}
	return nil
}

// shadowTest replays the recorded attacks and the regression calls under
// the current and the new implementation, and the regression calls for the
// rollback, at the head.
func (r *Responder) shadowTest(ctx context.Context, c *UpgradeCheck) error {
	b := r.cfg.Backend
	c.Shadow = ShadowResult{ID: c.ID, Proxy: c.Request.Proxy, New: c.New}
	up := shadow.Upgrade{Proxy: c.Request.Proxy, Old: shadow.Impl{Address: c.Current}, New: c.newImpl, Watched: r.protocol(), ABIs: r.cfg.ABIs}
	paused, err := watch.ReadPaused(ctx, b, c.Request.Proxy, nil)
	if err == nil && paused {
		if patch, ok := pausedFlag(c.Request.Proxy, c.Artifact); ok {
			up.Patches, c.Shadow.Unpaused = []shadow.SlotPatch{patch}, true
		} else {
			c.add("shadow.paused", "shadow", NeedsOverride, fmt.Sprintf(
				"%s is paused and %s's layout has no _paused flag to clear, so the shadow test ran paused: attacks fail whatever the fix does", c.ProxyName, c.Artifact.Name))
		}
	}
	attacks, err := r.attacks()
	if err != nil {
		return fmt.Errorf("shadow test of %s: the recorded attacks cannot be read back: %w", c.ID, err)
	}
	calls := append(attacks, r.cfg.Regressions...)
	if len(calls) == 0 {
		c.Shadow.Unavailable = "no recorded attack and no regression call to run"
		c.add("shadow.empty", "shadow", NeedsOverride, "the shadow test had nothing to run: no attack is recorded and the session defines no regression calls")
		return nil
	}
	fix, err := shadow.Run(ctx, b, up, calls, nil)
	if errors.Is(err, shadow.ErrUnavailable) {
		c.Shadow.Unavailable = err.Error()
		c.add("shadow.unavailable", "shadow", NeedsOverride, err.Error()+": the upgrade is untested against live state")
		return nil
	}
	if err != nil {
		return fmt.Errorf("shadow test of %s: %w", c.ID, err)
	}
	c.Shadow.Fix = stripTraces(fix)
	for _, res := range fix.Results {
		switch {
		case !res.Pass:
			c.add("shadow."+res.Kind.String()+"."+res.Name, "shadow", Blocker, fmt.Sprintf("%s %q: %s", res.Kind, res.Name, res.Reason))
		case res.Inconclusive:
			c.add("shadow.inconclusive", "shadow", NeedsOverride, fmt.Sprintf("%s %q proves nothing: %s", res.Kind, res.Name, res.Reason))
		}
	}
	if len(r.cfg.Regressions) > 0 {
		back := up
		back.Old, back.New = c.newImpl, shadow.Impl{Address: c.Current}
		rollback, err := shadow.Run(ctx, b, back, r.cfg.Regressions, nil)
		if err != nil {
			return fmt.Errorf("shadow test of %s's rollback: %w", c.ID, err)
		}
		c.Shadow.Rollback = stripTraces(rollback)
		if !rollback.Pass {
			c.add("shadow.rollback", "shadow", Blocker, "the rollback to "+c.Current.Hex()+" breaks a regression call: "+rollback.Reason)
		}
	}
	c.Shadow.Pass = fix.Pass && (c.Shadow.Rollback == nil || c.Shadow.Rollback.Pass)
	return nil
}

// diffUpgrade simulates the upgrade call itself, as the timelock will make
// it, and looks at what it changes in the proxy's storage.
func (r *Responder) diffUpgrade(ctx context.Context, c *UpgradeCheck) error {
	var init []byte
	if c.Init != nil {
		init = hexutil.MustDecode(c.Init.Data)
	}
	d, err := shadow.DiffUpgrade(ctx, r.cfg.Backend, shadow.UpgradeCall{From: r.role(chain.RoleTimelock).Address, Proxy: c.Request.Proxy,
		New: c.newImpl, Init: init, ABIs: r.cfg.ABIs}, nil)
	if errors.Is(err, shadow.ErrUnavailable) {
		c.add("diff.unavailable", "diff", NeedsOverride, err.Error()+": what the upgrade changes is unknown")
		return nil
	}
	if err != nil {
		return fmt.Errorf("state diff of %s: %w", c.ID, err)
	}
	c.Diff = d
	if d.Reverted() {
		c.add("diff.reverts", "diff", Blocker, "the upgrade call itself reverts when the timelock makes it: "+d.Outcome.Why())
		return nil
	}
	old := r.cfg.Artifacts[c.Current]
	for _, ch := range d.Changes {
		if ch.Address != c.Request.Proxy || ch.Kind != shadow.ChangeStorage || ch.Label != "" {
			continue
		}
		was, now := slotOwner(old, ch.Slot), slotOwner(c.Artifact, ch.Slot)
		if was != "" && was != now {
			c.add("diff.slot."+ch.Slot.Hex(), "diff", NeedsOverride, fmt.Sprintf(
				"the upgrade writes slot %s, which %s uses for %s, as %s", ch.Slot.Big(), old.Name, was, describeOwner(now)))
		}
	}
	return nil
}

// PlanDeploy prepares the deployment of a checked upgrade's new
// implementation by the guardian, at the address the checks used. Nothing
// is sent until Execute.
func (r *Responder) PlanDeploy(ctx context.Context, c *UpgradeCheck) (*Plan, error) {
	if err := r.sameChain(ctx); err != nil {
		return nil, err
	}
	if c.Deployed {
		return nil, fmt.Errorf("%s: %s is deployed already", c.ID, c.New.Hex())
	}
	if blocked := c.Blocked(); len(blocked) > 0 {
		return nil, fmt.Errorf("%s: %w: %s", c.ID, ErrNotReady, issueList(blocked))
	}
	g := r.cfg.Guardian
	nonce, err := r.cfg.Backend.PendingNonceAt(ctx, g.Address())
	if err != nil {
		return nil, fmt.Errorf("nonce of %s: %w", g.Address().Hex(), err)
	}
	if nonce != c.nonce {
		return nil, fmt.Errorf("%s: the guardian has sent transactions since the checks, so %s would not land at %s: check the upgrade again", c.ID, c.Artifact.Name, c.New.Hex())
	}
	plan, signed, err := tx.PlanCreateWith(ctx, r.cfg.Backend, g, r.cfg.Decoder, c.creation, nonce, r.planOptions())
	if err != nil {
		return nil, fmt.Errorf("deploy %s: %w", c.Artifact.Name, err)
	}
	if *plan.Creates != c.New {
		return nil, fmt.Errorf("deploy %s: it would land at %s, not at %s where it was checked", c.Artifact.Name, plan.Creates.Hex(), c.New.Hex())
	}
	plan.Call = chain.DecodedCall{Signature: "(create " + c.Artifact.Name + ")", Method: "(create)", Target: c.Artifact.Name, Known: true}
	return &Plan{ID: ActionDeploy + "-" + c.ID, Action: ActionDeploy, Reason: fmt.Sprintf("deploy %s for %s", c.Artifact.Ref(), c.ID), Txs: []chain.TxPlan{plan}, signed: []*types.Transaction{signed}}, nil
}

// ComposeUpgrade turns a checked, deployed upgrade into its proposal: the
// Safe schedules it on the timelock and executes it after the delay, and
// the rollback proposal goes back. It refuses while a blocker stands or an
// issue lacks its override, checks both proposals against the chain (the
// timelock's operation id, the Safe's transaction hashes), and records
// upgrade.composed with the overrides.
func (r *Responder) ComposeUpgrade(ctx context.Context, c *UpgradeCheck, overrides []Override) (*UpgradeComposed, error) {
	if blocked := c.Blocked(); len(blocked) > 0 {
		return nil, fmt.Errorf("%s: %w: %s", c.ID, ErrNotReady, issueList(blocked))
	}
	if missing := c.Missing(overrides); len(missing) > 0 {
		return nil, fmt.Errorf("%s: %w: override or fix first: %s", c.ID, ErrNotReady, issueList(missing))
	}
	b := r.cfg.Backend
	code, err := b.CodeAt(ctx, c.New, nil)
	if err != nil {
		return nil, fmt.Errorf("read the code at %s: %w", c.New.Hex(), err)
	}
	if len(code) == 0 {
		return nil, fmt.Errorf("%s: %w: %s is not deployed yet at %s", c.ID, ErrNotReady, c.Artifact.Name, c.New.Hex())
	}
	if !c.Deployed && !bytes.Equal(code, c.newImpl.Code) {
		return nil, fmt.Errorf("%s: the code deployed at %s is not the code the checks ran: check the upgrade again", c.ID, c.New.Hex())
	}
	chainID, err := b.ChainID(ctx)
	if err != nil {
		return nil, fmt.Errorf("chain id: %w", err)
	}
	sf, tl := safe.At(r.role(chain.RoleSafe).Address), timelock.At(r.role(chain.RoleTimelock).Address)
	nonce, err := sf.Nonce(ctx, b, nil)
	if err != nil {
		return nil, err
	}
	minDelay, err := tl.MinDelay(ctx, b, nil)
	if err != nil {
		return nil, err
	}
	up := timelock.Upgrade{ChainID: chainID.Uint64(), Safe: sf.Address(), SafeNonce: nonce, Timelock: tl.Address(), MinDelay: minDelay,
		Proxy: c.Request.Proxy, From: c.Current, To: c.New}
	if c.Init != nil {
		up.Init = hexutil.MustDecode(c.Init.Data)
	}
	proposal, err := timelock.Propose(up, r.cfg.Decoder)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", c.ID, err)
	}
	rollback, err := timelock.Propose(up.Rollback(), r.cfg.Decoder)
	if err != nil {
		return nil, fmt.Errorf("%s: rollback: %w", c.ID, err)
	}
	for _, p := range []*chain.Proposal{proposal, rollback} {
		if err := timelock.CheckProposal(ctx, b, p); err != nil {
			return nil, fmt.Errorf("%s: the chain disagrees with the proposal: %w", c.ID, err)
		}
	}
	var kept []Override
	for _, o := range overrides {
		if slices.ContainsFunc(c.Issues, func(i Issue) bool { return i.Key == o.Key }) {
			o.By = byOr(o.By)
			kept = append(kept, o)
		}
	}
	d := UpgradeComposed{ID: c.ID, Proxy: c.Request.Proxy, ProxyName: c.ProxyName, Current: c.Current, New: c.New,
		Artifact: c.Artifact.Ref(), Init: c.Init, Issues: c.Issues, Overrides: kept, Proposal: *proposal, Rollback: *rollback}
	if !c.Deployed {
		d.Deploy = fmt.Sprintf("%s-%s", ActionDeploy, c.ID)
	}
	if c.Diff != nil {
		d.Diff, d.DiffHash = c.Diff.Changes, c.Diff.Hash
	}
	if _, err := r.s.Record(KindUpgradeComposed, d); err != nil {
		return nil, fmt.Errorf("%s not composed: could not record it: %w", c.ID, err)
	}
	return &d, nil
}

// attacks are the recorded attack transactions to replay: every alert
// that moved value out or re-entered a watched contract and did not
// revert, distinct by sender, target, calldata and value, newest first.
// Their calldata and value are read back from the journal.
func (r *Responder) attacks() ([]shadow.TestCall, error) {
	st := r.s.State()
	var out []shadow.TestCall
	seen := map[string]bool{}
	for i := len(st.Alerts) - 1; i >= 0 && len(out) < maxAttacks; i-- {
		e := &st.Alerts[i]
		if e.Reverted || e.To == nil || !isAttack(e) {
			continue
		}
		a, err := r.s.Evidence(e)
		if err != nil {
			return nil, fmt.Errorf("attack tx %s (block %d): %w", e.TxHash.Hex(), e.Block, err)
		}
		if a.Detail.Input == "" {
			continue
		}
		key := a.From.Hex() + a.To.Hex() + a.Detail.Input + a.Detail.Value.String()
		if seen[key] {
			continue
		}
		seen[key] = true
		data, err := hexutil.Decode(a.Detail.Input)
		if err != nil {
			continue
		}
		out = append(out, shadow.TestCall{Name: fmt.Sprintf("attack tx %s (block %d)", a.TxHash.Hex(), a.Block), Kind: shadow.Attack,
			Call: shadow.Call{From: a.From, To: *a.To, Data: data, Value: new(big.Int).Set(a.Detail.Value)}})
	}
	return out, nil
}

func isAttack(a *AlertEntry) bool {
	return a.Severity >= chain.High && a.Outflow != nil && a.Outflow.Sign() > 0 || a.Has(chain.RuleReentrancy)
}

// target is the watched protocol contract at addr.
func (r *Responder) target(addr common.Address) (chain.Watched, bool) {
	for _, w := range r.cfg.Targets {
		if w.Address == addr && w.Role != chain.RoleSafe && w.Role != chain.RoleTimelock {
			return w, true
		}
	}
	return chain.Watched{}, false
}

func (r *Responder) role(role string) *chain.Watched {
	for i := range r.cfg.Targets {
		if r.cfg.Targets[i].Role == role {
			return &r.cfg.Targets[i]
		}
	}
	return nil
}

// protocol are the watched protocol contracts: an attack must not move
// value out of any of them.
func (r *Responder) protocol() []common.Address {
	var out []common.Address
	for _, w := range r.cfg.Targets {
		if w.Role != chain.RoleSafe && w.Role != chain.RoleTimelock {
			out = append(out, w.Address)
		}
	}
	return out
}

func (r *Responder) watchedList() string {
	var names []string
	for _, w := range r.cfg.Targets {
		if w.Role != chain.RoleSafe && w.Role != chain.RoleTimelock {
			names = append(names, w.Name+" "+w.Address.Hex())
		}
	}
	return strings.Join(names, ", ")
}

// pausedFlag is the patch that clears OpenZeppelin Pausable's _paused flag
// in the proxy's storage, where the new implementation's layout keeps it.
func pausedFlag(proxy common.Address, a *artifact.Artifact) (shadow.SlotPatch, bool) {
	if a.Layout == nil {
		return shadow.SlotPatch{}, false
	}
	v, ok := a.Layout.Var("_paused")
	if !ok || a.Layout.Types[v.Type].Label != "bool" {
		return shadow.SlotPatch{}, false
	}
	slot, ok := new(big.Int).SetString(v.Slot, 10)
	if !ok {
		return shadow.SlotPatch{}, false
	}
	return shadow.SlotPatch{Account: proxy, Slot: common.BigToHash(slot), Offset: v.Offset, Size: 1}, true
}

// slotOwner names the variable a layout keeps in slot (slots of its own
// state variables, not mapping entries or namespaces), "" for none.
func slotOwner(a *artifact.Artifact, slot common.Hash) string {
	if a == nil || a.Layout == nil {
		return ""
	}
	var owners []string
	for _, v := range a.Layout.Storage {
		s, ok := new(big.Int).SetString(v.Slot, 10)
		if ok && common.BigToHash(s) == slot {
			owners = append(owners, v.Label+" ("+a.Layout.Types[v.Type].Label+")")
		}
	}
	return strings.Join(owners, ", ")
}

func describeOwner(now string) string {
	if now == "" {
		return "nothing the new layout names"
	}
	return "the new layout's " + now
}

// hasOp reports whether code holds the opcode outside PUSH data.
func hasOp(code []byte, op byte) bool {
	for i := 0; i < len(code); i++ {
		c := code[i]
		if c == op {
			return true
		}
		if c >= 0x60 && c <= 0x7f { // PUSH1..PUSH32
			i += int(c - 0x5f)
		}
	}
	return false
}

// hasPush4 reports whether code pushes the selector, as a function
// dispatcher does.
func hasPush4(code, selector []byte) bool {
	for i := 0; i+4 < len(code); i++ {
		c := code[i]
		if c == 0x63 && bytes.Equal(code[i+1:i+5], selector) {
			return true
		}
		if c >= 0x60 && c <= 0x7f {
			i += int(c - 0x5f)
		}
	}
	return false
}

func functionList(a *artifact.Artifact) string {
	var sigs []string
	for _, m := range a.ABI.Methods {
		if m.StateMutability != "view" && m.StateMutability != "pure" {
			sigs = append(sigs, m.Sig)
		}
	}
	slices.Sort(sigs)
	return "it has " + strings.Join(sigs, ", ")
}

func issueList(issues []Issue) string {
	parts := make([]string, len(issues))
	for i, is := range issues {
		parts[i] = is.Key + ": " + is.Text
	}
	return strings.Join(parts, "; ")
}

// stripTraces drops the call traces from a shadow report for the journal:
// outcomes, flows, gas and revert reasons stay.
func stripTraces(rep *shadow.Report) *shadow.Report {
	out := *rep
	out.Results = make([]shadow.Result, len(rep.Results))
	for i, res := range rep.Results {
		for _, o := range []**shadow.Outcome{&res.Old, &res.New} {
			if *o != nil {
				c := **o
				c.Trace = nil
				*o = &c
			}
		}
		out.Results[i] = res
	}
	return &out
}

// Fixes are the built-in implementations the composer offers.
func (r *Responder) Fixes() []Fix { return slices.Clone(r.cfg.Fixes) }

// Overrides are empty overrides for every issue that needs one: fill in
// each Reason before composing.
func (c *UpgradeCheck) Overrides() []Override {
	var out []Override
	for _, i := range c.Missing(nil) {
		out = append(out, Override{Key: i.Key})
	}
	return out
}
