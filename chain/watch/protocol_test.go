package watch

import (
	"context"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"warroom/chain"
	"warroom/chain/contracts"
	"warroom/chain/deploy"
	"warroom/chain/detect"
	"warroom/chain/devchain"
	"warroom/chain/tx"
)

var oneEther = big.NewInt(1e18)

func ethers(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), oneEther) }

// protocol is a drill protocol on a fresh embedded chain, with a watcher
// that the test drives block by block.
type protocol struct {
	t        *testing.T
	ctx      context.Context
	emb      *devchain.Chain
	c        chain.Client
	dep      *deploy.Deployment
	dec      *detect.Decoder
	engine   *detect.Engine
	watcher  *Watcher
	vaultABI *abi.ABI
	attABI   *abi.ABI
	accts    map[string]*tx.Account
}

// key is a test role's throwaway key.
func key(role string) *tx.Signer { return tx.DrillSigner("watch test/" + role) }

func newProtocol(t *testing.T) *protocol {
	t.Helper()
	roles := []string{"deployer", "guardian", "alice", "bob", "whale", "attacker", "owner-1", "owner-2", "owner-3"}
	alloc := types.GenesisAlloc{}
	for _, r := range roles {
		alloc[key(r).Address()] = types.Account{Balance: ethers(10_000)}
	}
	emb, err := devchain.New(devchain.Config{Alloc: alloc})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { emb.Close() })
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	t.Cleanup(cancel)
	c := emb.Client()
	chainID, err := c.ChainID(ctx)
	if err != nil {
		t.Fatal(err)
	}
	p := &protocol{t: t, ctx: ctx, emb: emb, c: c, dec: detect.NewDecoder(), accts: map[string]*tx.Account{}}
	for _, r := range roles {
		p.accts[r] = tx.NewAccount(c, key(r), chainID)
	}
	p.dep, err = deploy.Drill(ctx, c, emb, p.accts["deployer"], deploy.Config{
		Owners:    []common.Address{key("owner-1").Address(), key("owner-2").Address(), key("owner-3").Address()},
		Threshold: 2, Guardian: key("guardian").Address(), MinDelay: 60,
	})
	if err != nil {
		t.Fatal(err)
	}
	if err := p.dep.Label(p.dec); err != nil {
		t.Fatal(err)
	}
	v, _ := contracts.Load(contracts.VaultV1Name)
	a, _ := contracts.Load(contracts.ReentrancyAttackerName)
	p.vaultABI, p.attABI = &v.ABI, &a.ABI
	watched := p.dep.Watched()
	p.engine = detect.NewEngine(chain.DefaultRules(), watched, p.dec, c)
	p.watcher = New(c, Config{Watched: watched, Classifier: p.engine, From: emb.Head()})
	p.mine() // the last setup block
	return p
}

// send queues a transaction from role to the vault (or to, if given).
func (p *protocol) send(role string, to common.Address, data []byte, value *big.Int) *types.Transaction {
	p.t.Helper()
	tx, err := p.accts[role].Send(p.ctx, &to, data, value, 8_000_000)
	if err != nil {
		p.t.Fatalf("%s: %v", role, err)
	}
	return tx
}

func (p *protocol) vaultCall(role, method string, value *big.Int, args ...any) *types.Transaction {
	p.t.Helper()
	data, err := p.vaultABI.Pack(method, args...)
	if err != nil {
		p.t.Fatal(err)
	}
	return p.send(role, p.dep.Vault, data, value)
}

// mine seals a block and processes it with the watcher.
func (p *protocol) mine() chain.BlockResult {
	p.t.Helper()
	n := p.emb.Commit()
	res, err := p.watcher.Process(p.ctx, n)
	if err != nil {
		p.t.Fatalf("process block %d: %v", n, err)
	}
	return res
}

func (p *protocol) status(tx *types.Transaction) uint64 {
	p.t.Helper()
	r, err := bind.WaitMined(p.ctx, p.c, tx.Hash())
	if err != nil {
		p.t.Fatal(err)
	}
	return r.Status
}

func (p *protocol) vaultBalance() *big.Int {
	p.t.Helper()
	b, err := p.c.BalanceAt(p.ctx, p.dep.Vault, nil)
	if err != nil {
		p.t.Fatal(err)
	}
	return b
}

func (p *protocol) deployAttacker() common.Address {
	p.t.Helper()
	art, _ := contracts.Load(contracts.ReentrancyAttackerName)
	args, _ := art.ABI.Pack("", p.dep.Vault)
	tx, err := p.accts["attacker"].Send(p.ctx, nil, append(append([]byte{}, art.Bytecode...), args...), nil, 3_000_000)
	if err != nil {
		p.t.Fatal(err)
	}
	p.mine()
	r, _ := bind.WaitMined(p.ctx, p.c, tx.Hash())
	return r.ContractAddress
}

func (p *protocol) attack(att common.Address, rounds int64) *types.Transaction {
	p.t.Helper()
	data, _ := p.attABI.Pack("attack", big.NewInt(rounds))
	return p.send("attacker", att, data, oneEther)
}

func rulesOf(a chain.Alert) map[string]chain.Severity {
	m := map[string]chain.Severity{}
	for _, f := range a.Findings {
		m[f.Rule] = f.Severity
	}
	return m
}

func alertFor(t *testing.T, res chain.BlockResult, tx *types.Transaction) chain.Alert {
	t.Helper()
	for _, a := range res.Alerts {
		if a.TxHash == tx.Hash() {
			return a
		}
	}
	t.Fatalf("no alert for tx %s in block %d (alerts: %d)", tx.Hash().Hex(), res.Block.Number, len(res.Alerts))
	return chain.Alert{}
}

func (p *protocol) fill() {
	p.t.Helper()
	p.vaultCall("alice", "deposit", ethers(40))
	p.vaultCall("bob", "deposit", ethers(40))
	p.vaultCall("whale", "deposit", ethers(40))
	res := p.mine()
	if len(res.Alerts) != 0 {
		p.t.Fatalf("deposits raised alerts: %+v", res.Alerts)
	}
	if res.Block.Touched != 3 {
		p.t.Fatalf("touched %d, want 3 deposits", res.Block.Touched)
	}
}

func TestImplementationSlotMatchesDeployment(t *testing.T) {
	p := newProtocol(t)
	impl, err := ReadImplementation(p.ctx, p.c, p.dep.Vault, nil)
	if err != nil {
		t.Fatal(err)
	}
	if impl != p.dep.Implementation || impl == (common.Address{}) {
		t.Fatalf("implementation slot %s, deployed %s", impl.Hex(), p.dep.Implementation.Hex())
	}
	ps, err := ReadProtocol(p.ctx, p.c, p.dep.Watched(), nil)
	if err != nil {
		t.Fatal(err)
	}
	if ps.Contracts[0].Implementation != p.dep.Implementation || ps.Contracts[0].Paused {
		t.Fatalf("protocol read %+v", ps.Contracts[0])
	}
	if ps.Safe == nil || ps.Safe.Threshold != 2 || len(ps.Safe.Owners) != 3 || ps.Safe.Version != "1.4.1" {
		t.Fatalf("safe read %+v", ps.Safe)
	}
	if ps.Timelock == nil || ps.Timelock.MinDelay != 60 {
		t.Fatalf("timelock read %+v", ps.Timelock)
	}
}

func TestAttackDrainsUntilPaused(t *testing.T) {
	p := newProtocol(t)
	p.fill()
	att := p.deployAttacker()

	before := p.vaultBalance()
	tx := p.attack(att, 12)
	res := p.mine()
	if p.status(tx) != 1 {
		t.Fatal("attack on the unpaused vault reverted")
	}
	drained := new(big.Int).Sub(before, p.vaultBalance())
	if drained.Cmp(ethers(11)) != 0 {
		t.Fatalf("attack drained %s, want 11 ether", chain.FormatEther(drained, 3))
	}
	a := alertFor(t, res, tx)
	rules := rulesOf(a)
	if rules[chain.RuleReentrancy] != chain.Critical {
		t.Errorf("re-entrancy rule: %v", a.Findings)
	}
	if _, ok := rules[chain.RuleOutflow]; !ok {
		t.Errorf("outflow rule did not fire: %v", a.Findings)
	}
	if rules[chain.RuleNewContract] != chain.Medium {
		t.Errorf("new-contract rule: %v", a.Findings)
	}
	if a.Outflow.Cmp(ethers(11)) != 0 || a.Severity != chain.Critical || a.Reverted {
		t.Errorf("alert outflow %s severity %s reverted %v", a.Outflow, a.Severity, a.Reverted)
	}
	if len(a.Detail.Trace) < 20 || len(a.Detail.Balances) != 1 || a.Detail.Balances[0].Delta.Cmp(new(big.Int).Neg(ethers(11))) != 0 {
		t.Errorf("detail: %d trace lines, balances %+v", len(a.Detail.Trace), a.Detail.Balances)
	}
	if a.Detail.Call.Method != "attack" && !strings.HasPrefix(a.Detail.Call.Signature, "0x") {
		t.Errorf("decoded call %+v", a.Detail.Call)
	}

	// The guardian pauses: a privileged call of low severity, and the vault is paused.
	pause := p.vaultCall("guardian", "pause", nil)
	res = p.mine()
	if p.status(pause) != 1 {
		t.Fatal("pause reverted")
	}
	pa := alertFor(t, res, pause)
	if rulesOf(pa)[chain.RulePrivileged] != chain.Low || pa.Severity != chain.Low {
		t.Errorf("pause alert %v", pa.Findings)
	}
	if res.Protocol == nil || !res.Protocol.AllPaused() {
		t.Fatalf("protocol after pause: %+v", res.Protocol)
	}

	// The next attack reverts, moves nothing, and is still shown as a failed attempt.
	before = p.vaultBalance()
	tx = p.attack(att, 12)
	res = p.mine()
	if p.status(tx) != 0 {
		t.Fatal("attack on the paused vault succeeded")
	}
	if p.vaultBalance().Cmp(before) != 0 {
		t.Fatal("vault balance moved while paused")
	}
	fa := alertFor(t, res, tx)
	if !fa.Reverted || fa.Outflow.Sign() != 0 {
		t.Errorf("failed attempt: reverted %v outflow %s", fa.Reverted, fa.Outflow)
	}
	if _, ok := rulesOf(fa)[chain.RuleNewContract]; !ok {
		t.Errorf("failed attempt findings %v", fa.Findings)
	}
	if _, ok := rulesOf(fa)[chain.RuleReentrancy]; ok {
		t.Errorf("a reverted attempt that never re-entered was flagged as re-entrancy")
	}
}

func TestRulesQuietOnOrdinaryUse(t *testing.T) {
	p := newProtocol(t)
	p.fill()
	// Small withdrawals and deposits, a plain transfer, all in one block.
	p.vaultCall("alice", "withdraw", nil, ethers(2))
	p.vaultCall("bob", "deposit", ethers(3))
	p.send("alice", key("bob").Address(), nil, ethers(1))
	res := p.mine()
	if len(res.Alerts) != 0 {
		t.Fatalf("ordinary traffic raised alerts: %+v", res.Alerts[0].Findings)
	}
	if res.Block.Touched != 2 {
		t.Fatalf("touched %d, want 2", res.Block.Touched)
	}
}

func TestOutflowRuleAlone(t *testing.T) {
	p := newProtocol(t)
	p.fill()
	// The whale takes 30 of 120 ether out in one honest withdrawal: 25%.
	tx := p.vaultCall("whale", "withdraw", nil, ethers(30))
	res := p.mine()
	a := alertFor(t, res, tx)
	rules := rulesOf(a)
	if len(rules) != 1 || rules[chain.RuleOutflow] != chain.Critical {
		t.Fatalf("findings %v, want only a critical outflow (25%% ≥ 4×5%%)", a.Findings)
	}
	if f := a.Findings[0]; f.ShareBps != 2500 || f.Amount.Cmp(ethers(30)) != 0 || f.Held.Cmp(ethers(120)) != 0 || !strings.Contains(f.Reason(), "25.0%") {
		t.Errorf("outflow finding %+v (%q): want 30 of 120 ether, 25%%", f, f.Reason())
	}
	// 8 of 90 is 8.9%: above 5%, below 20%: high.
	tx = p.vaultCall("alice", "withdraw", nil, ethers(8))
	a = alertFor(t, p.mine(), tx)
	if rulesOf(a)[chain.RuleOutflow] != chain.High {
		t.Fatalf("findings %v, want a high outflow", a.Findings)
	}
}

func TestNewContractRuleAlone(t *testing.T) {
	p := newProtocol(t)
	p.fill()
	att := p.deployAttacker()
	// One round: deposit then withdraw the stake once; no re-entry, no net outflow.
	tx := p.attack(att, 1)
	a := alertFor(t, p.mine(), tx)
	rules := rulesOf(a)
	if len(rules) != 1 || rules[chain.RuleNewContract] != chain.Medium {
		t.Fatalf("findings %v, want only new-contract-caller", a.Findings)
	}
	// The same contract is no longer new once the window has passed.
	p.engine = detect.NewEngine(chain.RuleConfig{OutflowBps: 500, NewContractBlocks: 1}, p.dep.Watched(), p.dec, p.c)
	p.watcher.cfg.Classifier = p.engine
	p.mine()
	tx = p.attack(att, 1)
	res := p.mine()
	for _, a := range res.Alerts {
		if a.TxHash == tx.Hash() {
			t.Fatalf("old contract still flagged: %v", a.Findings)
		}
	}
}

func TestPrivilegedAttemptsFlagged(t *testing.T) {
	p := newProtocol(t)
	p.fill()
	role := crypto.Keccak256Hash([]byte("GUARDIAN_ROLE"))
	grant := p.vaultCall("attacker", "grantRole", nil, role, key("attacker").Address())
	upgrade := p.vaultCall("attacker", "upgradeToAndCall", nil, key("attacker").Address(), []byte{})
	res := p.mine()
	for _, tx := range []*types.Transaction{grant, upgrade} {
		if p.status(tx) != 0 {
			t.Fatal("an unauthorised privileged call succeeded")
		}
		a := alertFor(t, res, tx)
		f := a.Findings[0]
		if f.Rule != chain.RulePrivileged || f.Severity < chain.Medium || !f.Reverted || !strings.Contains(f.Reason(), "attempted") || !a.Reverted {
			t.Errorf("finding %+v reverted %v", f, a.Reverted)
		}
	}
}

func TestClassifyWithoutTraces(t *testing.T) {
	p := newProtocol(t)
	p.fill()
	pause := p.vaultCall("guardian", "pause", nil)
	n := p.emb.Commit()
	ctx := p.ctx
	block, _ := p.c.BlockByNumber(ctx, new(big.Int).SetUint64(n))
	rcpt, _ := bind.WaitMined(ctx, p.c, pause.Hash())
	eng := detect.NewEngine(chain.DefaultRules(), p.dep.Watched(), p.dec, nil)
	alerts, touched := eng.Classify(ctx, &chain.BlockObservation{
		Info: chain.BlockInfo{Number: n},
		Txs:  []chain.TxObservation{{Tx: block.Transactions()[0], From: key("guardian").Address(), Receipt: rcpt}},
	})
	if touched != 1 || len(alerts) != 1 {
		t.Fatalf("touched %d alerts %d", touched, len(alerts))
	}
	if f := alerts[0].Findings; len(f) != 1 || f[0].Rule != chain.RulePrivileged || f[0].Method != "pause" || f[0].Actor.Address != key("guardian").Address() {
		t.Fatalf("findings %+v", f)
	}
}
