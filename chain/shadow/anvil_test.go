package shadow_test

import (
	"context"
	"fmt"
	"math/big"
	"net"
	"os/exec"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"warroom/chain"
	"warroom/chain/contracts"
	"warroom/chain/contracts/toolchain"
	"warroom/chain/deploy"
	"warroom/chain/rpc"
	"warroom/chain/shadow"
	"warroom/chain/tx"
)

// TestShadowOnAnvil runs the shadow test and the upgrade's state diff on
// anvil over HTTP: a node that is not geth, reached the way a live
// incident reaches one. It checks that the probe, the callTracer and the
// prestateTracer diff work there as on the embedded chain.
func TestShadowOnAnvil(t *testing.T) {
	anvil, err := toolchain.Anvil()
	toolchain.Require(t, err)
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	port := l.Addr().(*net.TCPAddr).Port
	l.Close()
	cmd := exec.Command(anvil, "--host", "127.0.0.1", "--port", fmt.Sprint(port), "--silent", "--chain-id", "31337")
	if err := cmd.Start(); err != nil {
		t.Fatalf("start anvil: %v", err)
	}
	t.Cleanup(func() { cmd.Process.Kill(); cmd.Wait() })
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	var c chain.Client
	for deadline := time.Now().Add(15 * time.Second); ; time.Sleep(100 * time.Millisecond) {
		if c, err = rpc.Dial(ctx, fmt.Sprintf("http://127.0.0.1:%d", port)); err == nil {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("anvil did not answer: %v", err)
		}
	}
	defer c.Close()

	chainID, _ := c.ChainID(ctx)
	accts := map[string]*tx.Account{}
	for _, r := range []string{"deployer", "guardian", "alice", "bob", "attacker"} {
		if err := c.CallContext(ctx, nil, "anvil_setBalance", key(r).Address(), (*hexutil.Big)(ethers(1000))); err != nil {
			t.Fatal(err)
		}
		accts[r] = tx.NewAccount(c, key(r), chainID)
	}
	dep, err := deploy.Drill(ctx, c, nil, accts["deployer"], deploy.Config{
		Owners: []common.Address{key("alice").Address(), key("bob").Address(), key("guardian").Address()}, Threshold: 2,
		Guardian: key("guardian").Address(), MinDelay: 60,
	})
	if err != nil {
		t.Fatal(err)
	}
	send := func(role string, to *common.Address, data []byte, value *big.Int) common.Address {
		sent, err := accts[role].Send(ctx, to, data, value, 8_000_000)
		if err != nil {
			t.Fatalf("%s: %v", role, err)
		}
		r, err := tx.WaitMined(ctx, c, sent.Hash())
		if err != nil || r.Status != 1 {
			t.Fatalf("%s: status %v, %v", role, r, err)
		}
		return r.ContractAddress
	}
	v := contracts.NewVaultV1()
	send("alice", &dep.Vault, v.PackDeposit(), ethers(50))
	send("bob", &dep.Vault, v.PackDeposit(), ethers(50))
	att := send("attacker", nil, append(common.FromHex(contracts.ReentrancyAttackerMetaData.Bin), contracts.NewReentrancyAttacker().PackConstructor(dep.Vault)...), nil)
	send("guardian", &dep.Vault, v.PackPause(), nil)

	pred, err := shadow.Predict(ctx, c, key("deployer").Address(), common.FromHex(contracts.VaultV2MetaData.Bin), nil)
	if err != nil {
		t.Fatal(err)
	}
	l1 := contracts.MustLoad(contracts.VaultV1Name)
	paused, _ := l1.StorageLayout.Var("_paused")
	calls := []shadow.TestCall{
		{Name: "attack", Kind: shadow.Attack, Call: shadow.Call{From: key("attacker").Address(), To: att,
			Data: contracts.NewReentrancyAttacker().PackAttack(big.NewInt(10)), Value: ethers(1)}},
		{Name: "deposit", Kind: shadow.Regression, Call: shadow.Call{From: key("alice").Address(), To: dep.Vault, Data: v.PackDeposit(), Value: ethers(1)}},
		{Name: "withdraw", Kind: shadow.Regression, Call: shadow.Call{From: key("alice").Address(), To: dep.Vault, Data: v.PackWithdraw(ethers(5))}},
	}
	rep, err := shadow.Run(ctx, c, shadow.Upgrade{
		Proxy: dep.Vault, New: pred.Impl(), Watched: []common.Address{dep.Vault}, ABIs: []*abi.ABI{&l1.ABI},
		Patches: []shadow.SlotPatch{{Account: dep.Vault, Slot: common.Hash{31: 1}, Offset: paused.Offset, Size: 1}},
	}, calls, nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range rep.Results {
		t.Logf("%-8s pass=%-5v %s", r.Name, r.Pass, r.Reason)
	}
	a := rep.Results[0]
	if !rep.Pass || a.Old.Reverted || a.Old.NetOut([]common.Address{dep.Vault}).Cmp(ethers(9)) != 0 || !a.New.Reverted {
		t.Fatalf("shadow test on anvil: %s; attack old %v %v, new reverted %v", rep.Reason, a.Old.Why(), a.Old.Flows, a.New.Reverted)
	}

	diff, err := shadow.DiffUpgrade(ctx, c, shadow.UpgradeCall{From: dep.Timelock, Proxy: dep.Vault, New: pred.Impl()}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if diff.Reverted() || len(diff.Changes) != 1 || diff.Changes[0].Label != shadow.LabelImplementation {
		t.Fatalf("upgrade diff on anvil: reverted %v (%s), changes %+v", diff.Reverted(), diff.Outcome.Why(), diff.Changes)
	}
	if _, after := diff.Changes[0].Addresses(); after != pred.Address {
		t.Fatalf("implementation slot becomes %s, want %s", after.Hex(), pred.Address.Hex())
	}
}
