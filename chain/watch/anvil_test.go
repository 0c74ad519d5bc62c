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

// anvilProtocol is the drill protocol deployed on a node, with the
// accounts that use and attack it.
type anvilProtocol struct {
	t       *testing.T
	ctx     context.Context
	c       chain.Client
	accts   map[string]*tx.Account
	dep     *deploy.Deployment
	dec     *detect.Decoder
	watched []chain.Watched
	head    uint64 // the node's head once deployed
}

func deployOn(t *testing.T, ctx context.Context, c chain.Client) *anvilProtocol {
	t.Helper()
	chainID, _ := c.ChainID(ctx)
	p := &anvilProtocol{t: t, ctx: ctx, c: c, accts: map[string]*tx.Account{}}
	for _, r := range []string{"deployer", "guardian", "alice", "bob", "attacker"} {
		addr := key(r).Address()
		if err := c.CallContext(ctx, nil, "anvil_setBalance", addr, (*hexutil.Big)(ethers(1000))); err != nil {
			t.Fatal(err)
		}
		p.accts[r] = tx.NewAccount(c, key(r), chainID)
	}
	var err error
	p.dep, err = deploy.Drill(ctx, c, nil, p.accts["deployer"], deploy.Config{
		Owners: []common.Address{key("alice").Address(), key("bob").Address(), key("guardian").Address()}, Threshold: 2,
		Guardian: key("guardian").Address(), MinDelay: 60,
	})
	if err != nil {
		t.Fatal(err)
	}
	p.dec = detect.NewDecoder()
	if err := p.dep.Label(p.dec); err != nil {
		t.Fatal(err)
	}
	p.head, _ = c.BlockNumber(ctx)
	p.watched = p.dep.Watched()
	return p
}

// watcher is a watcher of the protocol from the block after deployment.
func (p *anvilProtocol) watcher(c Backend) *Watcher {
	return New(c, Config{Watched: p.watched, Classifier: detect.NewEngine(chain.DefaultRules(), p.watched, p.dec, c), From: p.head + 1, Poll: 20 * time.Millisecond,
		OnError: func(err error) { p.t.Logf("watcher: %v", err) }})
}

// send sends and waits for it to be mined (anvil mines each at once).
func (p *anvilProtocol) send(role string, to *common.Address, data []byte, value *big.Int) common.Hash {
	p.t.Helper()
	sent, err := p.accts[role].Send(p.ctx, to, data, value, 8_000_000)
	if err != nil {
		p.t.Fatalf("%s: %v", role, err)
	}
	if _, err := tx.WaitMined(p.ctx, p.c, sent.Hash()); err != nil {
		p.t.Fatal(err)
	}
	return sent.Hash()
}

func (p *anvilProtocol) deposit(role string, amount *big.Int) common.Hash {
	vault, _ := contracts.Load(contracts.VaultV1Name)
	deposit, _ := vault.ABI.Pack("deposit")
	return p.send(role, &p.dep.Vault, deposit, amount)
}

// deployAttacker deploys the re-entrancy attacker aimed at the vault.
func (p *anvilProtocol) deployAttacker() common.Address {
	att, _ := contracts.Load(contracts.ReentrancyAttackerName)
	args, _ := att.ABI.Pack("", p.dep.Vault)
	p.send("attacker", nil, append(append([]byte{}, att.Bytecode...), args...), nil)
	n, _ := p.c.NonceAt(p.ctx, key("attacker").Address(), nil)
	return crypto.CreateAddress(key("attacker").Address(), n-1)
}

func (p *anvilProtocol) attack(attacker common.Address, rounds int64) common.Hash {
	att, _ := contracts.Load(contracts.ReentrancyAttackerName)
	attack, _ := att.ABI.Pack("attack", big.NewInt(rounds))
	return p.send("attacker", &attacker, attack, oneEther)
}

func (p *anvilProtocol) pause() common.Hash {
	vault, _ := contracts.Load(contracts.VaultV1Name)
	pause, _ := vault.ABI.Pack("pause")
	return p.send("guardian", &p.dep.Vault, pause, nil)
}

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
	p := deployOn(t, ctx, c)
	head := p.head
	w := p.watcher(c)
	results := make(chan chain.BlockResult, 100)
	go w.Run(ctx, func(r chain.BlockResult) error { results <- r; return nil })

	p.deposit("alice", ethers(50))
	p.deposit("bob", ethers(50))
	attacker := p.deployAttacker()
	drainTx := p.attack(attacker, 10)
	pauseTx := p.pause()
	failedTx := p.attack(attacker, 10)
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
