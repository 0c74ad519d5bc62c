package watch

import (
	"context"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"

	"warroom/chain"
	"warroom/chain/contracts"
	"warroom/chain/contracts/toolchain"
	"warroom/chain/deploy"
	"warroom/chain/detect"
	"warroom/chain/rpc"
	"warroom/chain/tx"
)

// TestRemoteNodeAnvil runs the drill protocol, the attack and the pause on
// anvil, watched over HTTP JSON-RPC: the path a live incident takes.
func TestRemoteNodeAnvil(t *testing.T) {
	url := toolchain.StartAnvil(t)
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	c, err := rpc.Dial(ctx, url)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	chainID, _ := c.ChainID(ctx)
	roles := []string{"deployer", "guardian", "alice", "bob", "attacker"}
	accts := map[string]*tx.Account{}
	for _, r := range roles {
		addr := key(r).Address()
		if err := c.CallContext(ctx, nil, "anvil_setBalance", addr, (*hexutil.Big)(ethers(1000))); err != nil {
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
	dec := detect.NewDecoder()
	if err := dep.Label(dec); err != nil {
		t.Fatal(err)
	}
	head, _ := c.BlockNumber(ctx)
	watched := dep.Watched()
	w := New(c, Config{Watched: watched, Classifier: detect.NewEngine(chain.DefaultRules(), watched, dec, c), From: head + 1, Poll: 50 * time.Millisecond,
		OnError: func(err error) { t.Logf("watcher: %v", err) }})
	results := make(chan chain.BlockResult, 100)
	go w.Run(ctx, func(r chain.BlockResult) error { results <- r; return nil })

	vault, _ := contracts.Load(contracts.VaultV1Name)
	att, _ := contracts.Load(contracts.ReentrancyAttackerName)
	send := func(role string, to *common.Address, data []byte, value *big.Int) common.Hash {
		sent, err := accts[role].Send(ctx, to, data, value, 8_000_000)
		if err != nil {
			t.Fatalf("%s: %v", role, err)
		}
		if _, err := tx.WaitMined(ctx, c, sent.Hash()); err != nil {
			t.Fatal(err)
		}
		return sent.Hash()
	}
	deposit, _ := vault.ABI.Pack("deposit")
	send("alice", &dep.Vault, deposit, ethers(50))
	send("bob", &dep.Vault, deposit, ethers(50))
	args, _ := att.ABI.Pack("", dep.Vault)
	send("attacker", nil, append(append([]byte{}, att.Bytecode...), args...), nil)
	attacker := common.Address{}
	{
		n, _ := c.NonceAt(ctx, key("attacker").Address(), nil)
		attacker = crypto.CreateAddress(key("attacker").Address(), n-1)
	}
	attack, _ := att.ABI.Pack("attack", big.NewInt(10))
	drainTx := send("attacker", &attacker, attack, oneEther)
	pause, _ := vault.ABI.Pack("pause")
	pauseTx := send("guardian", &dep.Vault, pause, nil)
	failedTx := send("attacker", &attacker, attack, oneEther)
	last, _ := c.BlockNumber(ctx)

	alerts := map[common.Hash]chain.Alert{}
	paused := false
	for seen := head; seen < last; {
		select {
		case r := <-results:
			if r.Block.Number != seen+1 {
				t.Fatalf("block %d after %d: skipped or repeated", r.Block.Number, seen)
			}
			seen = r.Block.Number
			if !r.Block.Traced && r.Block.TxCount > 0 {
				t.Errorf("block %d was not traced over HTTP", r.Block.Number)
			}
			for _, a := range r.Alerts {
				alerts[a.TxHash] = a
			}
			if r.Protocol != nil && r.Protocol.AllPaused() {
				paused = true
			}
		case <-ctx.Done():
			t.Fatal("watcher did not reach the last block")
		}
	}
	if rules := rulesOf(alerts[drainTx]); rules[chain.RuleReentrancy] != chain.Critical || rules[chain.RuleNewContract] != chain.Medium {
		t.Errorf("drain alert on anvil: %v", alerts[drainTx].Findings)
	}
	if a, ok := alerts[drainTx]; !ok || a.Outflow.Cmp(ethers(9)) != 0 {
		t.Errorf("drain outflow %v", a.Outflow)
	}
	if rulesOf(alerts[pauseTx])[chain.RulePrivileged] != chain.Low {
		t.Errorf("pause alert on anvil: %v", alerts[pauseTx].Findings)
	}
	if a, ok := alerts[failedTx]; !ok || !a.Reverted {
		t.Errorf("failed attempt on anvil: %+v", a)
	}
	if !paused {
		t.Error("the protocol reader never saw paused() true")
	}
}
