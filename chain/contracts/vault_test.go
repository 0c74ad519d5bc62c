package contracts

import (
	"fmt"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"warroom/chain"
)

// vaultBinding is what VaultV1, VaultV2 and VaultV2BadLayout bindings have in
// common, so one set of helpers drives any of them.
type vaultBinding interface {
	Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract
	PackInitialize(admin common.Address, guardian common.Address) []byte
	PackDeposit() []byte
	PackWithdraw(amount *big.Int) []byte
	PackPause() []byte
	PackUnpause() []byte
	PackPaused() []byte
	UnpackPaused(data []byte) (bool, error)
	PackBalances(arg0 common.Address) []byte
	UnpackBalances(data []byte) (*big.Int, error)
	PackTotalDeposits() []byte
	UnpackTotalDeposits(data []byte) (*big.Int, error)
	PackTotalAssets() []byte
	UnpackTotalAssets(data []byte) (*big.Int, error)
	PackVersion() []byte
	UnpackVersion(data []byte) (string, error)
	PackUpgradeToAndCall(newImplementation common.Address, data []byte) []byte
	UnpackError(raw []byte) (any, error)
}

var (
	_ vaultBinding = NewVaultV1()
	_ vaultBinding = NewVaultV2()
	_ vaultBinding = NewVaultV2BadLayout()
)

// drill is a vault drill on a fresh simulated chain: an admin (standing in
// for the timelock), a guardian, three depositors and a thief.
type drill struct {
	*simChain
	admin, guardian, thief account
	depositors             []account
}

func newDrill(t *testing.T) *drill {
	d := &drill{
		admin:    newAccount(t),
		guardian: newAccount(t),
		thief:    newAccount(t),
	}
	for range 3 {
		d.depositors = append(d.depositors, newAccount(t))
	}
	d.simChain = newSimChain(t, append([]account{d.admin, d.guardian, d.thief}, d.depositors...)...)
	return d
}

// vault is one deployed vault proxy.
type vault struct {
	b     vaultBinding
	impl  common.Address
	proxy common.Address
	inst  *bind.BoundContract
}

// deployVault deploys an implementation from bin and an ERC1967Proxy in
// front of it, initialized in the proxy's constructor.
func (d *drill) deployVault(name string, b vaultBinding, bin string) *vault {
	d.t.Helper()
	impl := d.deploy(name, d.admin, bin, nil)
	init := b.PackInitialize(d.admin.addr, d.guardian.addr)
	proxy := d.deploy("ERC1967Proxy", d.admin, ERC1967ProxyMetaData.Bin, NewERC1967Proxy().PackConstructor(impl, init))

	if got := d.storageAddress(proxy, chain.ImplementationSlot); got != impl {
		d.t.Fatalf("ERC-1967 implementation slot of %s holds %s, want %s", name, got, impl)
	}
	return &vault{b: b, impl: impl, proxy: proxy, inst: b.Instance(d.client, proxy)}
}

func (d *drill) version(v *vault) string {
	d.t.Helper()
	return call(d.simChain, v.inst, v.b.PackVersion(), v.b.UnpackVersion)
}

func (d *drill) paused(v *vault) bool {
	d.t.Helper()
	return call(d.simChain, v.inst, v.b.PackPaused(), v.b.UnpackPaused)
}

func (d *drill) balanceOf(v *vault, who common.Address) *big.Int {
	d.t.Helper()
	return call(d.simChain, v.inst, v.b.PackBalances(who), v.b.UnpackBalances)
}

func (d *drill) totalDeposits(v *vault) *big.Int {
	d.t.Helper()
	return call(d.simChain, v.inst, v.b.PackTotalDeposits(), v.b.UnpackTotalDeposits)
}

func (d *drill) deposit(v *vault, from account, amount *big.Int) *types.Receipt {
	d.t.Helper()
	return d.send("deposit", v.inst, d.opts(from, amount), v.b.PackDeposit())
}

// fund has every depositor deposit 10 ether.
func (d *drill) fund(v *vault) {
	d.t.Helper()
	for _, dep := range d.depositors {
		d.deposit(v, dep, ether(10))
	}
	if got := d.totalDeposits(v); got.Cmp(ether(30)) != 0 {
		d.t.Fatalf("totalDeposits = %s after funding, want 30 ether", got)
	}
	if got := call(d.simChain, v.inst, v.b.PackTotalAssets(), v.b.UnpackTotalAssets); got.Cmp(ether(30)) != 0 {
		d.t.Fatalf("totalAssets = %s after funding, want 30 ether", got)
	}
}

// withdraw has from withdraw amount and checks the ETH arrived.
func (d *drill) withdraw(v *vault, from account, amount *big.Int) {
	d.t.Helper()
	before, vaultBefore := d.balance(from.addr), d.balance(v.proxy)
	r := d.send("withdraw", v.inst, d.opts(from, nil), v.b.PackWithdraw(amount))
	wantBalanceChange(d.t, "withdrawer", before, d.balance(from.addr), new(big.Int).Sub(amount, fee(r)))
	wantBalanceChange(d.t, "vault", vaultBefore, d.balance(v.proxy), new(big.Int).Neg(amount))
}

// upgrade points the proxy at impl, as the UPGRADER_ROLE holder.
func (d *drill) upgrade(v *vault, impl common.Address) {
	d.t.Helper()
	d.send("upgradeToAndCall", v.inst, d.opts(d.admin, nil), v.b.PackUpgradeToAndCall(impl, nil))
	if got := d.storageAddress(v.proxy, chain.ImplementationSlot); got != impl {
		d.t.Fatalf("implementation slot holds %s after upgrade, want %s", got, impl)
	}
}

// deployAttacker deploys a ReentrancyAttacker owned by the thief.
func (d *drill) deployAttacker(target common.Address) (*ReentrancyAttacker, *bind.BoundContract) {
	d.t.Helper()
	a := NewReentrancyAttacker()
	addr := d.deploy("ReentrancyAttacker", d.thief, ReentrancyAttackerMetaData.Bin, a.PackConstructor(target))
	inst := a.Instance(d.client, addr)
	if got := call(d.simChain, inst, a.PackOwner(), a.UnpackOwner); got != d.thief.addr {
		d.t.Fatalf("attacker owner = %s, want the thief %s", got, d.thief.addr)
	}
	return a, inst
}

// attackFails runs attack{value: 1 ether}(10), expects it to revert with
// wantReason (see revertReason), and checks that nobody's ETH moved except
// the thief's gas.
func (d *drill) attackFails(what string, v *vault, a *ReentrancyAttacker, inst *bind.BoundContract, wantReason string) {
	d.t.Helper()
	calldata := a.PackAttack(big.NewInt(10))

	// Dry run first, to see why it reverts.
	addr := inst.Address()
	_, err := d.client.CallContract(d.t.Context(), ethereum.CallMsg{From: d.thief.addr, To: &addr, Value: ether(1), Data: calldata}, nil)
	if err == nil {
		d.t.Fatalf("%s: eth_call succeeded, want a revert", what)
	}
	if got := revertReason(v.b, revertData(d.t, err)); got != wantReason {
		d.t.Errorf("%s: reverted with %s, want %s", what, got, wantReason)
	}

	vaultBefore, thiefBefore := d.balance(v.proxy), d.balance(d.thief.addr)
	r := d.sendReverts(what, inst, d.opts(d.thief, ether(1)), calldata)
	wantBalanceChange(d.t, what+": vault", vaultBefore, d.balance(v.proxy), new(big.Int))
	wantBalanceChange(d.t, what+": thief", thiefBefore, d.balance(d.thief.addr), new(big.Int).Neg(fee(r)))
	if got := d.balance(addr); got.Sign() != 0 {
		d.t.Errorf("%s: attacker contract holds %s wei", what, got)
	}
}

// revertReason names revert data: the message of a require/revert string,
// or the Go type of a custom error the vault binding knows.
func revertReason(b vaultBinding, data []byte) string {
	if msg, err := abi.UnpackRevert(data); err == nil {
		return msg
	}
	if len(data) >= 4 {
		if e, err := b.UnpackError(data); err == nil {
			return fmt.Sprintf("%T", e)
		}
	}
	return hexutil.Encode(data)
}

// TestVaultV1Drill plays the whole incident: the drain, the pause, and the
// upgrade to the fix.
func TestVaultV1Drill(t *testing.T) {
	d := newDrill(t)
	v1 := NewVaultV1()
	v := d.deployVault("VaultV1", v1, VaultV1MetaData.Bin)

	if got := d.version(v); got != "1" {
		t.Fatalf("version() = %q, want 1", got)
	}
	guardianRole := call(d.simChain, v.inst, v1.PackGUARDIANROLE(), v1.UnpackGUARDIANROLE)
	if guardianRole != crypto.Keccak256Hash([]byte("GUARDIAN_ROLE")) {
		t.Fatalf("GUARDIAN_ROLE = %x", guardianRole)
	}
	if !call(d.simChain, v.inst, v1.PackHasRole(guardianRole, d.guardian.addr), v1.UnpackHasRole) {
		t.Fatal("guardian does not hold GUARDIAN_ROLE")
	}
	upgraderRole := call(d.simChain, v.inst, v1.PackUPGRADERROLE(), v1.UnpackUPGRADERROLE)
	if !call(d.simChain, v.inst, v1.PackHasRole(upgraderRole, d.admin.addr), v1.UnpackHasRole) {
		t.Fatal("admin does not hold UPGRADER_ROLE")
	}

	// Business as usual: deposits and an ordinary withdrawal.
	r := d.deposit(v, d.depositors[0], ether(10))
	ev, err := v1.UnpackDepositedEvent(r.Logs[0])
	if err != nil {
		t.Fatalf("Deposited event: %v", err)
	}
	if ev.Account != d.depositors[0].addr || ev.Amount.Cmp(ether(10)) != 0 {
		t.Fatalf("Deposited(%s, %s), want (%s, 10 ether)", ev.Account, ev.Amount, d.depositors[0].addr)
	}
	d.deposit(v, d.depositors[1], ether(10))
	d.deposit(v, d.depositors[2], ether(10))
	d.withdraw(v, d.depositors[0], ether(4))
	if got := d.balanceOf(v, d.depositors[0].addr); got.Cmp(ether(6)) != 0 {
		t.Fatalf("balances(depositor 0) = %s after withdrawing 4 of 10 ether", got)
	}

	// The exploit: 1 ether in, 10 out.
	attacker, attackerInst := d.deployAttacker(v.proxy)
	vaultBefore, thiefBefore := d.balance(v.proxy), d.balance(d.thief.addr)
	opts := d.opts(d.thief, ether(1))
	opts.GasLimit = failingTxGas // same limit as the failing attempts below
	r = d.send("attack", attackerInst, opts, attacker.PackAttack(big.NewInt(10)))

	wantBalanceChange(t, "vault", vaultBefore, d.balance(v.proxy), ether(-9))
	wantBalanceChange(t, "thief", thiefBefore, d.balance(d.thief.addr), new(big.Int).Sub(ether(9), fee(r)))
	var withdrawals int
	var looted *ReentrancyAttackerLooted
	for _, l := range r.Logs {
		if _, err := v1.UnpackWithdrawnEvent(l); err == nil && l.Address == v.proxy {
			withdrawals++
		}
		if ev, err := attacker.UnpackLootedEvent(l); err == nil {
			looted = ev
		}
	}
	if withdrawals != 10 {
		t.Errorf("attack emitted %d Withdrawn events, want 10", withdrawals)
	}
	if looted == nil || looted.Amount.Cmp(ether(10)) != 0 || looted.Rounds.Int64() != 10 {
		t.Errorf("Looted event = %+v, want 10 rounds and 10 ether", looted)
	}
	if got := d.balanceOf(v, attackerInst.Address()); got.Sign() != 0 {
		t.Errorf("balances(attacker) = %s after the attack, want 0", got)
	}
	// The books now promise depositors more than the vault holds.
	if got := d.totalDeposits(v); got.Cmp(ether(17)) != 0 { // 26 + 1 - 10
		t.Errorf("totalDeposits = %s after the attack, want 17 ether", got)
	}
	owed := new(big.Int)
	for _, dep := range d.depositors {
		owed.Add(owed, d.balanceOf(v, dep.addr))
	}
	if owed.Cmp(ether(26)) != 0 || d.balance(v.proxy).Cmp(ether(17)) != 0 {
		t.Errorf("depositors are owed %s and the vault holds %s, want 26 and 17 ether", owed, d.balance(v.proxy))
	}

	// Only the guardian may pause; the custom error says why.
	_, err = bind.Call[any](v.inst, &bind.CallOpts{From: d.thief.addr}, v1.PackPause(), nil)
	if err == nil {
		t.Fatal("thief could pause the vault")
	}
	decoded, err := v1.UnpackError(revertData(t, err))
	if err != nil {
		t.Fatalf("decode pause revert: %v", err)
	}
	unauthorized, ok := decoded.(*VaultV1AccessControlUnauthorizedAccount)
	if !ok || unauthorized.Account != d.thief.addr || unauthorized.NeededRole != guardianRole {
		t.Fatalf("pause by thief reverted with %#v, want AccessControlUnauthorizedAccount(thief, GUARDIAN_ROLE)", decoded)
	}

	// The guardian pauses: the next attack reverts and the vault keeps its ETH.
	r = d.send("pause", v.inst, d.opts(d.guardian, nil), v1.PackPause())
	if _, err := v1.UnpackPausedEvent(r.Logs[0]); err != nil {
		t.Errorf("Paused event: %v", err)
	}
	if !d.paused(v) {
		t.Fatal("paused() = false after pause")
	}
	d.attackFails("attack on paused VaultV1", v, attacker, attackerInst, "*contracts.VaultV1EnforcedPause")
	d.sendReverts("deposit while paused", v.inst, d.opts(d.depositors[0], ether(1)), v1.PackDeposit())

	// The fix: upgrade the same proxy to VaultV2. State survives the upgrade.
	v2impl := d.deploy("VaultV2", d.admin, VaultV2MetaData.Bin, nil)
	d.sendReverts("upgrade by thief", v.inst, d.opts(d.thief, nil), v1.PackUpgradeToAndCall(v2impl, nil))
	d.upgrade(v, v2impl)

	fixed := &vault{b: NewVaultV2(), impl: v2impl, proxy: v.proxy}
	fixed.inst = fixed.b.Instance(d.client, v.proxy)
	if got := d.version(fixed); got != "2" {
		t.Fatalf("version() = %q after upgrade, want 2", got)
	}
	if !d.paused(fixed) {
		t.Error("paused() = false after upgrade, want the pause to survive it")
	}
	if got := d.balanceOf(fixed, d.depositors[1].addr); got.Cmp(ether(10)) != 0 {
		t.Errorf("balances(depositor 1) = %s after upgrade, want 10 ether", got)
	}
	if got := d.totalDeposits(fixed); got.Cmp(ether(17)) != 0 {
		t.Errorf("totalDeposits = %s after upgrade, want 17 ether", got)
	}
	d.send("unpause", fixed.inst, d.opts(d.guardian, nil), fixed.b.PackUnpause())
	d.attackFails("attack on upgraded VaultV2", fixed, attacker, attackerInst, "transfer failed")
	d.withdraw(fixed, d.depositors[1], ether(10))
}

// TestVaultV2Fresh runs the attack against a proxy that was VaultV2 from the
// start.
func TestVaultV2Fresh(t *testing.T) {
	d := newDrill(t)
	v2 := NewVaultV2()
	v := d.deployVault("VaultV2", v2, VaultV2MetaData.Bin)
	if got := d.version(v); got != "2" {
		t.Fatalf("version() = %q, want 2", got)
	}
	d.fund(v)

	attacker, attackerInst := d.deployAttacker(v.proxy)
	d.attackFails("attack on VaultV2", v, attacker, attackerInst, "transfer failed")
	if got := d.balance(v.proxy); got.Cmp(ether(30)) != 0 {
		t.Fatalf("vault holds %s after the attack, want 30 ether", got)
	}
	if got := call(d.simChain, attackerInst, attacker.PackRoundsLeft(), attacker.UnpackRoundsLeft); got.Sign() != 0 {
		t.Errorf("attacker roundsLeft = %s after the reverted attack", got)
	}

	// An honest single withdrawal by a contract or EOA still works.
	d.withdraw(v, d.depositors[2], ether(3))
	if got := d.balanceOf(v, d.depositors[2].addr); got.Cmp(ether(7)) != 0 {
		t.Errorf("balances(depositor 2) = %s, want 7 ether", got)
	}
	if got := d.totalDeposits(v); got.Cmp(ether(27)) != 0 {
		t.Errorf("totalDeposits = %s, want 27 ether", got)
	}
	d.sendReverts("overdraw", v.inst, d.opts(d.depositors[2], nil), v2.PackWithdraw(ether(8)))

	// Pausing works the same as in VaultV1.
	d.send("pause", v.inst, d.opts(d.guardian, nil), v2.PackPause())
	d.sendReverts("withdraw while paused", v.inst, d.opts(d.depositors[2], nil), v2.PackWithdraw(ether(1)))
}

// TestVaultV2BadLayoutUpgrade shows why the storage layout matters: after
// upgrading a funded VaultV1 proxy to VaultV2BadLayout every balance reads 0,
// although the old values are still in storage.
func TestVaultV2BadLayoutUpgrade(t *testing.T) {
	d := newDrill(t)
	v := d.deployVault("VaultV1", NewVaultV1(), VaultV1MetaData.Bin)
	d.fund(v)

	badImpl := d.deploy("VaultV2BadLayout", d.admin, VaultV2BadLayoutMetaData.Bin, nil)
	d.upgrade(v, badImpl)
	bad := &vault{b: NewVaultV2BadLayout(), impl: badImpl, proxy: v.proxy}
	bad.inst = bad.b.Instance(d.client, v.proxy)

	if got := d.version(bad); got != "2-bad" {
		t.Fatalf("version() = %q, want 2-bad", got)
	}
	for i, dep := range d.depositors {
		if got := d.balanceOf(bad, dep.addr); got.Sign() != 0 {
			t.Errorf("balances(depositor %d) = %s after the bad upgrade, want 0 (moved slot)", i, got)
		}
	}
	if got := d.totalDeposits(bad); got.Sign() != 0 {
		t.Errorf("totalDeposits = %s after the bad upgrade, want 0 (moved slot)", got)
	}
	if got := d.balance(v.proxy); got.Cmp(ether(30)) != 0 {
		t.Errorf("vault holds %s, want the 30 ether untouched", got)
	}
	d.sendReverts("withdraw after bad upgrade", bad.inst, d.opts(d.depositors[0], nil), bad.b.PackWithdraw(ether(1)))

	// The old balance is still there, at VaultV1's mapping slot 2:
	// keccak256(abi.encode(depositor, 2)).
	key := crypto.Keccak256Hash(common.LeftPadBytes(d.depositors[0].addr.Bytes(), 32), common.LeftPadBytes([]byte{2}, 32))
	word, err := d.client.StorageAt(t.Context(), v.proxy, key, nil)
	if err != nil {
		t.Fatal(err)
	}
	if got := new(big.Int).SetBytes(word); got.Cmp(ether(10)) != 0 {
		t.Errorf("storage at VaultV1's balances slot holds %s, want 10 ether", got)
	}
}
