package shadow_test

import (
	"bytes"
	"context"
	"errors"
	"math/big"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"warroom/chain"
	"warroom/chain/contracts"
	"warroom/chain/deploy"
	"warroom/chain/devchain"
	"warroom/chain/shadow"
	"warroom/chain/tx"
)

func ethers(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), big.NewInt(1e18)) }

func key(role string) *tx.Signer { return tx.DrillSigner("shadow test/" + role) }

// drill is the reentrancy drill on a fresh embedded chain: the vault
// (VaultV1 behind its proxy) filled by three depositors, and the
// attacker's contract deployed.
type drill struct {
	tb       testing.TB
	ctx      context.Context
	emb      *devchain.Chain
	c        chain.Client
	dep      *deploy.Deployment
	accts    map[string]*tx.Account
	attacker common.Address // the attack contract
	abis     []*abi.ABI
}

func newDrill(tb testing.TB) *drill {
	tb.Helper()
	roles := []string{"deployer", "guardian", "alice", "bob", "whale", "attacker", "owner-1", "owner-2", "owner-3"}
	alloc := types.GenesisAlloc{}
	for _, r := range roles {
		alloc[key(r).Address()] = types.Account{Balance: ethers(10_000)}
	}
	emb, err := devchain.New(devchain.Config{Alloc: alloc})
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { emb.Close() })
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	tb.Cleanup(cancel)
	c := emb.Client()
	chainID, err := c.ChainID(ctx)
	if err != nil {
		tb.Fatal(err)
	}
	d := &drill{tb: tb, ctx: ctx, emb: emb, c: c, accts: map[string]*tx.Account{}}
	for _, r := range roles {
		d.accts[r] = tx.NewAccount(c, key(r), chainID)
	}
	d.dep, err = deploy.Drill(ctx, c, emb, d.accts["deployer"], deploy.Config{
		Owners:    []common.Address{key("owner-1").Address(), key("owner-2").Address(), key("owner-3").Address()},
		Threshold: 2, Guardian: key("guardian").Address(), MinDelay: 60,
	})
	if err != nil {
		tb.Fatal(err)
	}
	v := contracts.NewVaultV1()
	d.mine(d.send("alice", &d.dep.Vault, v.PackDeposit(), ethers(40)),
		d.send("bob", &d.dep.Vault, v.PackDeposit(), ethers(40)),
		d.send("whale", &d.dep.Vault, v.PackDeposit(), ethers(40)))
	att := contracts.NewReentrancyAttacker()
	d.attacker = d.create("attacker", append(common.FromHex(contracts.ReentrancyAttackerMetaData.Bin), att.PackConstructor(d.dep.Vault)...))
	for _, name := range []string{contracts.VaultV1Name, contracts.VaultV2Name, contracts.ReentrancyAttackerName} {
		d.abis = append(d.abis, &contracts.MustLoad(name).ABI)
	}
	return d
}

func (d *drill) send(role string, to *common.Address, data []byte, value *big.Int) *types.Transaction {
	d.tb.Helper()
	t, err := d.accts[role].Send(d.ctx, to, data, value, 8_000_000)
	if err != nil {
		d.tb.Fatalf("%s: %v", role, err)
	}
	return t
}

// mine seals the transactions and fails unless every one succeeded.
func (d *drill) mine(txs ...*types.Transaction) []*types.Receipt {
	d.tb.Helper()
	if err := d.emb.CommitUntilMined(d.ctx, txs...); err != nil {
		d.tb.Fatal(err)
	}
	out := make([]*types.Receipt, len(txs))
	for i, t := range txs {
		r, err := tx.WaitMined(d.ctx, d.c, t.Hash())
		if err != nil {
			d.tb.Fatal(err)
		}
		if r.Status != types.ReceiptStatusSuccessful {
			d.tb.Fatalf("transaction %d of %d reverted", i+1, len(txs))
		}
		out[i] = r
	}
	return out
}

func (d *drill) create(role string, code []byte) common.Address {
	d.tb.Helper()
	return d.mine(d.send(role, nil, code, nil))[0].ContractAddress
}

func (d *drill) balance(addr common.Address) *big.Int {
	d.tb.Helper()
	b, err := d.c.BalanceAt(d.ctx, addr, nil)
	if err != nil {
		d.tb.Fatal(err)
	}
	return b
}

func (d *drill) implementation() common.Address {
	d.tb.Helper()
	raw, err := d.c.StorageAt(d.ctx, d.dep.Vault, chain.ImplementationSlot, nil)
	if err != nil {
		d.tb.Fatal(err)
	}
	return common.BytesToAddress(raw)
}

// attack is the recorded attack replayed as its top-level call: the
// attacker's account calling its contract with a 1 ether stake.
func (d *drill) attack(rounds int64) shadow.TestCall {
	return shadow.TestCall{
		Name: "attack(" + strconv.FormatInt(rounds, 10) + ")", Kind: shadow.Attack,
		Call: shadow.Call{From: key("attacker").Address(), To: d.attacker,
			Data: contracts.NewReentrancyAttacker().PackAttack(big.NewInt(rounds)), Value: ethers(1)},
	}
}

// regressions are a depositor's deposit and a withdrawal of part of
// their balance.
func (d *drill) regressions() []shadow.TestCall {
	v := contracts.NewVaultV1()
	alice := key("alice").Address()
	return []shadow.TestCall{
		{Name: "alice deposits 1", Kind: shadow.Regression, Call: shadow.Call{From: alice, To: d.dep.Vault, Data: v.PackDeposit(), Value: ethers(1)}},
		{Name: "alice withdraws 5", Kind: shadow.Regression, Call: shadow.Call{From: alice, To: d.dep.Vault, Data: v.PackWithdraw(ethers(5))}},
	}
}

func (d *drill) upgrade(newImpl shadow.Impl, patches ...shadow.SlotPatch) shadow.Upgrade {
	return shadow.Upgrade{
		Proxy: d.dep.Vault, New: newImpl, Patches: patches,
		Watched: []common.Address{d.dep.Vault}, ABIs: d.abis,
	}
}

// pausedPatch clears VaultV1's Pausable._paused, read from the storage layout.
func (d *drill) pausedPatch() shadow.SlotPatch {
	d.tb.Helper()
	l := contracts.MustLoad(contracts.VaultV1Name).StorageLayout
	v, ok := l.Var("_paused")
	if !ok {
		d.tb.Fatal("VaultV1's storage layout has no _paused")
	}
	slot, _ := new(big.Int).SetString(v.Slot, 10)
	size, _ := strconv.Atoi(l.Types[v.Type].NumberOfBytes)
	if slot.Int64() != 1 || v.Offset != 0 || size != 1 {
		d.tb.Fatalf("_paused at slot %s offset %d size %d; the drill expects slot 1 offset 0 size 1", v.Slot, v.Offset, size)
	}
	return shadow.SlotPatch{Account: d.dep.Vault, Slot: common.BigToHash(slot), Offset: v.Offset, Size: size, Value: []byte{0}}
}

func (d *drill) run(u shadow.Upgrade, calls ...shadow.TestCall) *shadow.Report {
	d.tb.Helper()
	rep, err := shadow.Run(d.ctx, d.c, u, calls, nil)
	if err != nil {
		d.tb.Fatal(err)
	}
	return rep
}

func result(t *testing.T, rep *shadow.Report, name string) shadow.Result {
	t.Helper()
	for _, r := range rep.Results {
		if r.Name == name {
			return r
		}
	}
	t.Fatalf("no result for %q", name)
	return shadow.Result{}
}

// checkFixed asserts what the drill's fix must show: the attack drains
// the vault under VaultV1 and reverts under the new implementation; the
// regressions pass.
func checkFixed(t *testing.T, d *drill, rep *shadow.Report) {
	t.Helper()
	vault, eoa := d.dep.Vault, key("attacker").Address()
	a := result(t, rep, "attack(12)")
	if a.Old.Reverted || a.Old.NetOut([]common.Address{vault}).Cmp(ethers(11)) != 0 || a.Old.Delta(eoa).Cmp(ethers(11)) != 0 {
		t.Errorf("under VaultV1 the attack should drain 11 ether to the attacker: reverted %v (%s), flows %v", a.Old.Reverted, a.Old.Why(), a.Old.Flows)
	}
	if a.Old.Trace == nil || len(a.Old.Trace.Calls) < 2 || a.Old.GasUsed <= 21_000 {
		t.Errorf("old outcome lacks its trace or gas: %+v", a.Old)
	}
	if !a.New.Reverted || a.New.Revert == nil || a.New.Revert.Kind != shadow.RevertError || a.New.Revert.Message != "transfer failed" || len(a.New.Flows) != 0 {
		t.Errorf("under the fix the attack should revert with \"transfer failed\" and move nothing: %+v %v", a.New.Revert, a.New.Flows)
	}
	if !a.Pass || a.Inconclusive || !strings.Contains(a.Reason, "reverts under the new implementation") {
		t.Errorf("attack verdict %v (inconclusive %v): %s", a.Pass, a.Inconclusive, a.Reason)
	}
	for _, r := range d.regressions() {
		res := result(t, rep, r.Name)
		if !res.Pass || res.Old.Reverted || res.New.Reverted || len(res.New.Flows) != 2 {
			t.Errorf("regression %q: pass %v, %s; flows %v", r.Name, res.Pass, res.Reason, res.New.Flows)
		}
	}
	dep := result(t, rep, "alice deposits 1")
	if dep.New.Delta(vault).Cmp(ethers(1)) != 0 || dep.New.Delta(key("alice").Address()).Cmp(ethers(-1)) != 0 {
		t.Errorf("deposit flows %v", dep.New.Flows)
	}
	if !rep.Pass {
		t.Errorf("report failed: %s", rep.Reason)
	}
}

// checkUntouched asserts the shadow test changed nothing on chain.
func checkUntouched(t *testing.T, d *drill) {
	t.Helper()
	if got := d.balance(d.dep.Vault); got.Cmp(ethers(120)) != 0 {
		t.Errorf("vault holds %s wei after the shadow test, want 120 ether", got)
	}
	if impl := d.implementation(); impl != d.dep.Implementation {
		t.Errorf("implementation slot %s after the shadow test, want VaultV1 %s", impl.Hex(), d.dep.Implementation.Hex())
	}
}

func TestShadowDeployedFix(t *testing.T) {
	d := newDrill(t)
	v2 := d.create("deployer", common.FromHex(contracts.VaultV2MetaData.Bin))
	rep := d.run(d.upgrade(shadow.Impl{Address: v2}), append([]shadow.TestCall{d.attack(12)}, d.regressions()...)...)
	if rep.Old != d.dep.Implementation || rep.New != v2 || rep.OldPlaced || rep.NewPlaced {
		t.Errorf("report old %s new %s placed %v/%v", rep.Old.Hex(), rep.New.Hex(), rep.OldPlaced, rep.NewPlaced)
	}
	checkFixed(t, d, rep)
	checkUntouched(t, d)
}

func TestShadowPredictedFix(t *testing.T) {
	d := newDrill(t)
	deployer := key("deployer").Address()
	creation := common.FromHex(contracts.VaultV2MetaData.Bin)
	pred, err := shadow.Predict(d.ctx, d.c, deployer, creation, nil)
	if err != nil {
		t.Fatal(err)
	}
	// The immutables are filled: UUPSUpgradeable's __self is the predicted address.
	if bytes.Equal(pred.Code, contracts.MustLoad(contracts.VaultV2Name).DeployedBytecode) || !bytes.Contains(pred.Code, pred.Address.Bytes()) {
		t.Errorf("predicted code does not carry its own address in its immutables")
	}
	if code, _ := d.c.CodeAt(d.ctx, pred.Address, nil); len(code) != 0 {
		t.Fatal("the predicted address already has code")
	}

	rep := d.run(d.upgrade(pred.Impl()), append([]shadow.TestCall{d.attack(12)}, d.regressions()...)...)
	if rep.New != pred.Address || !rep.NewPlaced {
		t.Errorf("report new %s placed %v, want the predicted %s", rep.New.Hex(), rep.NewPlaced, pred.Address.Hex())
	}
	checkFixed(t, d, rep)
	checkUntouched(t, d)

	// The prediction holds: the real deployment lands at the address with the same code.
	if got := d.create("deployer", creation); got != pred.Address {
		t.Fatalf("deployed at %s, predicted %s", got.Hex(), pred.Address.Hex())
	}
	code, err := d.c.CodeAt(d.ctx, pred.Address, nil)
	if err != nil || !bytes.Equal(code, pred.Code) {
		t.Fatalf("deployed code differs from the predicted code (%v)", err)
	}
}

func TestShadowPaused(t *testing.T) {
	d := newDrill(t)
	d.mine(d.send("guardian", &d.dep.Vault, contracts.NewVaultV1().PackPause(), nil))
	v2 := d.create("deployer", common.FromHex(contracts.VaultV2MetaData.Bin))
	calls := append([]shadow.TestCall{d.attack(12)}, d.regressions()...)

	// Paused, the attack reverts under both: it passes, but shows nothing.
	rep := d.run(d.upgrade(shadow.Impl{Address: v2}), calls...)
	a := result(t, rep, "attack(12)")
	for _, o := range []*shadow.Outcome{a.Old, a.New} {
		if !o.Reverted || o.Revert == nil || o.Revert.Name != "EnforcedPause" || o.Revert.Kind != shadow.RevertCustom {
			t.Errorf("paused attack: %+v", o.Revert)
		}
	}
	if !a.Pass || !a.Inconclusive || !strings.Contains(a.Reason, "shows nothing about the fix") {
		t.Errorf("paused attack verdict %v inconclusive %v: %s", a.Pass, a.Inconclusive, a.Reason)
	}
	if r := result(t, rep, "alice deposits 1"); r.Pass || !strings.Contains(r.Reason, "fails under both") {
		t.Errorf("paused regression verdict %v: %s", r.Pass, r.Reason)
	}
	if rep.Pass {
		t.Error("a paused shadow test whose regressions cannot run passed")
	}

	// With the paused flag patched, the test shows what happens after the unpause.
	rep = d.run(d.upgrade(shadow.Impl{Address: v2}, d.pausedPatch()), calls...)
	if len(rep.Patches) != 1 || rep.Patches[0].Before[31] != 1 || rep.Patches[0].After != (common.Hash{}) {
		t.Errorf("patches %+v", rep.Patches)
	}
	checkFixed(t, d, rep)
	checkUntouched(t, d)
	paused, err := contracts.Call(d.ctx, d.c, d.dep.Vault, nil, contracts.NewVaultV1().PackPaused(), contracts.NewVaultV1().UnpackPaused)
	if err != nil || !paused {
		t.Errorf("the vault is no longer paused on chain (%v)", err)
	}
}

func TestShadowBadLayout(t *testing.T) {
	d := newDrill(t)
	bad := d.create("deployer", common.FromHex(contracts.VaultV2BadLayoutMetaData.Bin))
	u := d.upgrade(shadow.Impl{Address: bad})
	u.ABIs = append(u.ABIs, &contracts.MustLoad(contracts.VaultV2BadLayoutName).ABI)
	rep := d.run(u, append([]shadow.TestCall{d.attack(12)}, d.regressions()...)...)
	for _, r := range rep.Results {
		t.Logf("%-18s pass=%-5v %s", r.Name, r.Pass, r.Reason)
	}
	if rep.Pass {
		t.Fatal("the wrong fix passed the shadow test")
	}
	// balances moved from slot 2 to slot 3: alice's 40 ether read as 0.
	w := result(t, rep, "alice withdraws 5")
	if w.Pass || !w.New.Reverted || w.New.Revert == nil || w.New.Revert.Message != "insufficient balance" {
		t.Errorf("withdrawal under the bad layout: pass %v, %s", w.Pass, w.Reason)
	}
	// The re-entrancy fix itself is right, so the attack still reverts.
	if a := result(t, rep, "attack(12)"); !a.Pass || !a.New.Reverted {
		t.Errorf("attack under the bad layout: %s", a.Reason)
	}
	// A deposit moves the same value; where it is booked is the layout
	// check's to see, not the value flows'.
	if dep := result(t, rep, "alice deposits 1"); !dep.Pass {
		t.Errorf("deposit under the bad layout: %s", dep.Reason)
	}
}

func TestUpgradeStateDiff(t *testing.T) {
	d := newDrill(t)
	v2 := d.create("deployer", common.FromHex(contracts.VaultV2MetaData.Bin))
	up := shadow.UpgradeCall{From: d.dep.Timelock, Proxy: d.dep.Vault, New: shadow.Impl{Address: v2}, ABIs: d.abis}
	diff, err := shadow.DiffUpgrade(d.ctx, d.c, up, nil)
	if err != nil {
		t.Fatal(err)
	}
	if diff.Reverted() {
		t.Fatalf("upgrade reverted: %s", diff.Outcome.Why())
	}
	if len(diff.Changes) != 1 {
		t.Fatalf("changes %+v, want the implementation slot alone", diff.Changes)
	}
	c := diff.Changes[0]
	before, after := c.Addresses()
	if c.Address != d.dep.Vault || c.Kind != shadow.ChangeStorage || c.Slot != chain.ImplementationSlot ||
		c.Label != shadow.LabelImplementation || before != d.dep.Implementation || after != v2 {
		t.Fatalf("change %+v (%s → %s)", c, before.Hex(), after.Hex())
	}
	if diff.Hash != shadow.DiffHash(diff.Changes) || diff.Hash == (common.Hash{}) {
		t.Errorf("hash %s", diff.Hash.Hex())
	}
	again, err := shadow.DiffUpgrade(d.ctx, d.c, up, nil)
	if err != nil || again.Hash != diff.Hash {
		t.Errorf("same upgrade, hash %s then %s (%v)", diff.Hash.Hex(), again.Hash.Hex(), err)
	}

	// Another implementation, another hash.
	pred, err := shadow.Predict(d.ctx, d.c, key("deployer").Address(), common.FromHex(contracts.VaultV2MetaData.Bin), nil)
	if err != nil {
		t.Fatal(err)
	}
	other, err := shadow.DiffUpgrade(d.ctx, d.c, shadow.UpgradeCall{From: d.dep.Timelock, Proxy: d.dep.Vault, New: pred.Impl(), ABIs: d.abis}, nil)
	if err != nil || other.Reverted() || len(other.Changes) != 1 || other.Hash == diff.Hash {
		t.Fatalf("upgrade to the predicted V2: %v reverted %v changes %+v", err, other != nil && other.Reverted(), other)
	}

	// The compiler's runtime code, immutables zeroed, fails proxiableUUID:
	// why Predict runs the creation code.
	zeroed := shadow.Impl{Address: pred.Address, Code: contracts.MustLoad(contracts.VaultV2Name).DeployedBytecode}
	bad, err := shadow.DiffUpgrade(d.ctx, d.c, shadow.UpgradeCall{From: d.dep.Timelock, Proxy: d.dep.Vault, New: zeroed, ABIs: d.abis}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if !bad.Reverted() || bad.Outcome.Revert == nil || bad.Outcome.Revert.Name != "ERC1967InvalidImplementation" || len(bad.Changes) != 0 {
		t.Errorf("zeroed immutables: reverted %v (%s), changes %+v", bad.Reverted(), bad.Outcome.Why(), bad.Changes)
	}

	// Not from the timelock: refused, nothing changes.
	up.From = key("attacker").Address()
	denied, err := shadow.DiffUpgrade(d.ctx, d.c, up, nil)
	if err != nil {
		t.Fatal(err)
	}
	if !denied.Reverted() || denied.Outcome.Revert.Name != "AccessControlUnauthorizedAccount" || len(denied.Changes) != 0 {
		t.Errorf("unauthorised upgrade: %s, changes %+v", denied.Outcome.Why(), denied.Changes)
	}
	checkUntouched(t, d)
}

// BenchmarkUpgradeShadowTest is one full shadow test on the embedded
// chain: two attacks and two regressions, each under VaultV1 and under a
// VaultV2 not deployed yet (its code predicted and placed by override),
// with the paused flag patched, probe included.
func BenchmarkUpgradeShadowTest(b *testing.B) {
	d := newDrill(b)
	d.mine(d.send("guardian", &d.dep.Vault, contracts.NewVaultV1().PackPause(), nil))
	pred, err := shadow.Predict(d.ctx, d.c, key("deployer").Address(), common.FromHex(contracts.VaultV2MetaData.Bin), nil)
	if err != nil {
		b.Fatal(err)
	}
	u := d.upgrade(pred.Impl(), d.pausedPatch())
	calls := append([]shadow.TestCall{d.attack(12), d.attack(3)}, d.regressions()...)
	b.ResetTimer()
	for b.Loop() {
		rep, err := shadow.Run(d.ctx, d.c, u, calls, nil)
		if err != nil {
			b.Fatal(err)
		}
		if !rep.Pass {
			b.Fatalf("shadow test failed: %s", rep.Reason)
		}
	}
}

// BenchmarkUpgradeStateDiff is the state diff of upgradeToAndCall to a
// predicted VaultV2, probe included.
func BenchmarkUpgradeStateDiff(b *testing.B) {
	d := newDrill(b)
	pred, err := shadow.Predict(d.ctx, d.c, key("deployer").Address(), common.FromHex(contracts.VaultV2MetaData.Bin), nil)
	if err != nil {
		b.Fatal(err)
	}
	up := shadow.UpgradeCall{From: d.dep.Timelock, Proxy: d.dep.Vault, New: pred.Impl(), ABIs: d.abis}
	b.ResetTimer()
	for b.Loop() {
		diff, err := shadow.DiffUpgrade(d.ctx, d.c, up, nil)
		if err != nil || diff.Reverted() {
			b.Fatal(err)
		}
	}
}

// No report without every call run: bad inputs and calls the node cannot
// simulate are errors.
func TestShadowRefusesWithoutRunning(t *testing.T) {
	d := newDrill(t)
	v2 := d.create("deployer", common.FromHex(contracts.VaultV2MetaData.Bin))
	u := d.upgrade(shadow.Impl{Address: v2})

	if _, err := shadow.Run(d.ctx, d.c, u, nil, nil); !errors.Is(err, shadow.ErrNoCalls) {
		t.Errorf("no calls: %v", err)
	}
	nowhere := d.upgrade(shadow.Impl{Address: common.Address{19: 0x77}})
	if _, err := shadow.Run(d.ctx, d.c, nowhere, []shadow.TestCall{d.attack(12)}, nil); !errors.Is(err, shadow.ErrNoCode) {
		t.Errorf("new implementation without code: %v", err)
	}
	// A sender that cannot pay the call's value: the node refuses to run it.
	broke := d.attack(12)
	broke.From = common.Address{19: 0x99}
	if rep, err := shadow.Run(d.ctx, d.c, u, []shadow.TestCall{broke}, nil); err == nil || rep != nil || !strings.Contains(err.Error(), "insufficient funds") {
		t.Errorf("a call the node cannot run gave report %+v, error %v", rep, err)
	}
	if _, err := shadow.Run(d.ctx, d.c, u, []shadow.TestCall{{Name: "kindless", Call: broke.Call}}, nil); err == nil || !strings.Contains(err.Error(), "want attack or regression") {
		t.Errorf("a call without a kind: %v", err)
	}
}
