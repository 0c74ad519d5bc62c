package detect

import (
	"context"
	"math/big"
	"reflect"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"

	"warroom/chain"
	"warroom/chain/contracts"
)

var (
	vaultAddr = common.HexToAddress("0x00000000000000000000000000000000000000a1")
	implAddr  = common.HexToAddress("0x00000000000000000000000000000000000000a2")
	exploit   = common.HexToAddress("0x00000000000000000000000000000000000000e1")
	attacker  = common.HexToAddress("0x00000000000000000000000000000000000000e0")
	user      = common.HexToAddress("0x00000000000000000000000000000000000000b0")
)

func wei(eth int64) *big.Int { return new(big.Int).Mul(big.NewInt(eth), big.NewInt(1e18)) }

func testDecoder() *Decoder {
	d := NewDecoder()
	v := contracts.MustLoad(contracts.VaultV1Name)
	d.Label(vaultAddr, "Vault", &v.ABI)
	d.Label(implAddr, "VaultV1", &v.ABI)
	return d
}

func frame(typ string, from, to common.Address, input []byte, value *big.Int, calls ...chain.CallFrame) chain.CallFrame {
	f := chain.CallFrame{Type: typ, From: from, To: &to, Input: input, Calls: calls}
	if value != nil {
		f.Value = (*hexutil.Big)(value)
	}
	return f
}

// withdrawFrame is one call of Vault.withdraw through the proxy: the proxy
// delegates to the implementation, which pays the caller, whose fallback
// runs inner.
func withdrawFrame(v *contracts.VaultV1, amount *big.Int, inner ...chain.CallFrame) chain.CallFrame {
	data := v.PackWithdraw(amount)
	pay := frame("CALL", vaultAddr, exploit, nil, amount, inner...)
	return frame("CALL", exploit, vaultAddr, data, nil, frame("DELEGATECALL", vaultAddr, implAddr, data, nil, pay))
}

func traced(frames ...chain.CallFrame) *chain.BlockObservation {
	obs := &chain.BlockObservation{Info: chain.BlockInfo{Number: 20}, Balances: map[common.Address]*big.Int{vaultAddr: wei(100)}}
	for i := range frames {
		f := frames[i]
		to := f.Callee()
		t := types.NewTx(&types.DynamicFeeTx{Nonce: uint64(i), To: &to, Data: f.Input, Value: f.Wei()})
		status := types.ReceiptStatusSuccessful
		if f.Error != "" {
			status = types.ReceiptStatusFailed
		}
		obs.Txs = append(obs.Txs, chain.TxObservation{Tx: t, From: f.From, Trace: &f,
			Receipt: &types.Receipt{Status: status, TransactionIndex: uint(i)}})
	}
	return obs
}

func TestEngineOnTraces(t *testing.T) {
	v := contracts.NewVaultV1()
	watched := []chain.Watched{{Name: "Vault", Address: vaultAddr, Pausable: true, Role: chain.RoleProtocol}}
	attack := contracts.NewReentrancyAttacker().PackAttack(big.NewInt(3))
	// attack(): three nested withdrawals of 10 ether each, the third
	// entered while the first two are still on the stack.
	drain := frame("CALL", attacker, exploit, attack, nil,
		withdrawFrame(v, wei(10), withdrawFrame(v, wei(10), withdrawFrame(v, wei(10)))))
	// An honest withdrawal of 2 ether, and a failed attempt whose payment
	// reverted: no value moved.
	honest := withdrawFrame(v, wei(2))
	honest.From, honest.Calls[0].Calls[0].To = user, &user
	failed := frame("CALL", attacker, exploit, attack, nil, withdrawFrame(v, wei(10)))
	failed.Error = "execution reverted"
	// A read: static calls never move value or count as calls.
	read := frame("CALL", user, exploit, []byte{1, 2, 3, 4}, nil, frame("STATICCALL", exploit, vaultAddr, v.PackPaused(), nil))

	e := NewEngine(chain.DefaultRules(), watched, testDecoder(), nil)
	alerts, touched := e.Classify(context.Background(), traced(drain, honest, failed, read))
	if touched != 4 {
		t.Errorf("touched %d, want 4 (the static read touches the vault too)", touched)
	}
	if len(alerts) != 1 {
		t.Fatalf("%d alerts, want only the drain: %+v", len(alerts), alerts)
	}
	a := alerts[0]
	if a.Severity != chain.Critical || a.Outflow.Cmp(wei(30)) != 0 || a.ContractName != "Vault" || a.Method != "withdraw" {
		t.Fatalf("drain alert %+v", a)
	}
	byRule := map[string]chain.Finding{}
	for _, f := range a.Findings {
		byRule[f.Rule] = f
	}
	re := byRule[chain.RuleReentrancy]
	if re.Severity != chain.Critical || re.Count != 2 || re.Method != "withdraw" || re.Actor == nil || re.Actor.Address != exploit || re.Contract.Name != "Vault" {
		t.Errorf("re-entrancy finding %+v", re)
	}
	out := byRule[chain.RuleOutflow]
	if out.Severity != chain.Critical || out.Amount.Cmp(wei(30)) != 0 || out.Held.Cmp(wei(100)) != 0 || out.ShareBps != 3000 || out.LimitBps != 500 {
		t.Errorf("outflow finding %+v", out)
	}
	reentries := 0
	for _, l := range a.Detail.Trace {
		if l.Reentry {
			reentries++
			if !strings.HasPrefix(l.Label, "Vault.withdraw") {
				t.Errorf("re-entry marked on %q", l.Label)
			}
		}
	}
	if reentries != 2 || len(a.Detail.Trace) != 10 {
		t.Errorf("trace: %d lines, %d re-entries; want 10 and 2", len(a.Detail.Trace), reentries)
	}
	if len(a.Detail.Balances) != 1 || a.Detail.Balances[0].Delta.Cmp(wei(-30)) != 0 {
		t.Errorf("balance changes %+v", a.Detail.Balances)
	}
	// The running balance moved on: the next block's outflow is measured
	// against what the vault held then, not at the start of this block.
	small := withdrawFrame(v, wei(4))
	small.From, small.Calls[0].Calls[0].To = user, &user
	obs := traced(small)
	obs.Balances[vaultAddr] = wei(68)
	alerts, _ = e.Classify(context.Background(), obs)
	if len(alerts) != 1 || alerts[0].Findings[0].Rule != chain.RuleOutflow || alerts[0].Findings[0].Severity != chain.High || alerts[0].Findings[0].ShareBps != 588 {
		t.Fatalf("4 of 68 ether (5.9%%): %+v", alerts)
	}
}

func TestDecoder(t *testing.T) {
	d := testDecoder()
	v := contracts.NewVaultV1()
	call := d.DecodeCall(&vaultAddr, v.PackWithdraw(big.NewInt(1234)))
	if !call.Known || call.Signature != "withdraw(uint256)" || call.Target != "Vault" || len(call.Args) != 1 || call.Args[0].Value != "1234" {
		t.Errorf("withdraw: %+v", call)
	}
	call = d.DecodeCall(&vaultAddr, v.PackInitialize(implAddr, exploit))
	if call.Args[0].Value != "VaultV1 ("+implAddr.Hex()+")" || call.Args[1].Value != exploit.Hex() {
		t.Errorf("addresses are named when known and whole when not: %+v", call.Args)
	}
	unknown := d.DecodeCall(&exploit, []byte{0xde, 0xad, 0xbe, 0xef, 1})
	if unknown.Known || unknown.Signature != "0xdeadbeef" || unknown.Raw == "" || unknown.Target != chain.ShortAddr(exploit) {
		t.Errorf("unknown selector: %+v", unknown)
	}
	truncated := d.DecodeCall(&vaultAddr, v.PackWithdraw(big.NewInt(1))[:10])
	if len(truncated.Args) != 1 || truncated.Args[0].Name != "error" {
		t.Errorf("arguments that do not decode: %+v", truncated)
	}
	if c := d.DecodeCall(&vaultAddr, nil); c.Method != "(transfer)" {
		t.Errorf("no calldata: %+v", c)
	}
	if c := d.DecodeCall(nil, []byte{0x60, 0x80}); c.Method != "(create)" {
		t.Errorf("creation: %+v", c)
	}
	if d.LabelOf(exploit) != "" || d.Name(exploit) != chain.ShortAddr(exploit) || d.LabelOf(vaultAddr) != "Vault" {
		t.Error("labels")
	}
	ev := contracts.MustLoad(contracts.VaultV1Name).ABI.Events["Withdrawn"]
	line := d.DecodeLog(&types.Log{Address: vaultAddr, Topics: []common.Hash{ev.ID, common.BytesToHash(exploit.Bytes())},
		Data: common.LeftPadBytes(big.NewInt(77).Bytes(), 32)})
	if line.Label != "Vault.Withdrawn" || len(line.Args) != 2 || line.Args[0].Value != exploit.Hex() || line.Args[1].Value != "77" {
		t.Errorf("log: %+v", line)
	}
}

// The pre-attack rule: a contract whose code calls the vault's functions,
// deployed by an account funded a few blocks before, is an alert at its
// deployment, before it is used. Unfunded deployers, code that calls
// nothing watched, funding too long ago and reverted deployments are quiet.
func TestPreAttackRule(t *testing.T) {
	mixer := common.HexToAddress("0x00000000000000000000000000000000000000f0")
	attackerCode := contracts.MustLoad(contracts.ReentrancyAttackerName).DeployedBytecode
	safeCode := contracts.MustLoad(contracts.SafeProxyName).DeployedBytecode
	watched := []chain.Watched{{Name: "Vault", Address: vaultAddr, Pausable: true, Role: chain.RoleProtocol}}
	fund := frame("CALL", mixer, attacker, nil, wei(20))
	deploy := func(code []byte, reverted bool) chain.CallFrame {
		f := frame("CREATE", attacker, exploit, []byte{0x60, 0x80}, nil)
		f.Output = code
		if reverted {
			f.Error = "execution reverted"
		}
		return f
	}
	run := func(cfg chain.RuleConfig, fundAt uint64, deployAt uint64, d chain.CallFrame) []chain.Alert {
		e := NewEngine(cfg, watched, testDecoder(), nil)
		var out []chain.Alert
		for n := fundAt; n <= deployAt; n++ {
			var b *chain.BlockObservation
			switch n {
			case fundAt:
				b = traced(fund)
			case deployAt:
				b = traced(d)
				b.Txs[0].Receipt.ContractAddress = exploit
				if d.Error != "" {
					b.Txs[0].Receipt.ContractAddress = common.Address{}
				}
			default:
				b = traced()
			}
			b.Info.Number = n
			alerts, _ := e.Classify(context.Background(), b)
			out = append(out, alerts...)
		}
		return out
	}

	alerts := run(chain.DefaultRules(), 10, 12, deploy(attackerCode, false))
	if len(alerts) != 1 {
		t.Fatalf("%d alerts, want the deployment's: %+v", len(alerts), alerts)
	}
	a := alerts[0]
	f := a.Top()
	if f.Rule != chain.RulePreAttack || a.Severity != chain.High || a.Block != 12 || a.Contract != vaultAddr {
		t.Fatalf("alert %+v finding %+v", a, f)
	}
	if f.Actor.Address != exploit || f.Deployer.Address != attacker || f.Funder.Address != mixer || f.FundedAt != 10 || f.Age != 2 {
		t.Fatalf("finding %+v", f)
	}
	if f.Method != "deposit,withdraw" {
		t.Fatalf("methods %q, want the vault functions the code calls", f.Method)
	}
	if got, want := f.Reason(), "calls Vault.deposit,withdraw; deployer funded 2 blocks before"; got != want {
		t.Errorf("reason %q, want %q", got, want)
	}
	for _, want := range []string{exploit.Hex(), attacker.Hex() + ", funded by " + mixer.Hex() + " at block 10", "deployed at block 12"} {
		if !strings.Contains(f.Detail(), want) {
			t.Errorf("detail %q lacks %q", f.Detail(), want)
		}
	}
	if a.ContractName != "new "+chain.ShortAddr(exploit) {
		t.Errorf("row target %q", a.ContractName)
	}

	cfg := chain.DefaultRules()
	cfg.FundedBlocks = 5
	for name, got := range map[string][]chain.Alert{
		"code that calls nothing watched": run(chain.DefaultRules(), 10, 12, deploy(safeCode, false)),
		"funded too long ago":             run(cfg, 10, 16, deploy(attackerCode, false)),
		"deployment reverted":             run(chain.DefaultRules(), 10, 12, deploy(attackerCode, true)),
		"rule off":                        run(chain.RuleConfig{OutflowBps: 500, NewContractBlocks: 100}, 10, 12, deploy(attackerCode, false)),
	} {
		if len(got) != 0 {
			t.Errorf("%s: %d alerts: %v", name, len(got), got[0].Findings)
		}
	}
	// Never funded: the deployer's money came with the chain.
	e := NewEngine(chain.DefaultRules(), watched, testDecoder(), nil)
	b := traced(deploy(attackerCode, false))
	b.Txs[0].Receipt.ContractAddress = exploit
	if alerts, _ := e.Classify(context.Background(), b); len(alerts) != 0 {
		t.Errorf("unfunded deployer: %v", alerts[0].Findings)
	}
}

// The operands of PUSH4 are selectors; the bytes inside other pushes are not.
func TestPushedSelectors(t *testing.T) {
	code := []byte{0x63, 1, 2, 3, 4, 0x7f}
	code = append(code, append([]byte{0x63, 9, 9, 9, 9}, make([]byte, 27)...)...) // a PUSH32 whose data looks like a PUSH4
	code = append(code, 0x63, 5, 6, 7, 8, 0x00)
	got := pushedSelectors(code)
	if !got[[4]byte{1, 2, 3, 4}] || !got[[4]byte{5, 6, 7, 8}] || got[[4]byte{9, 9, 9, 9}] || len(got) != 2 {
		t.Fatalf("%v", got)
	}
	if len(pushedSelectors([]byte{0x63, 1, 2})) != 0 {
		t.Fatal("a cut PUSH4 is no selector")
	}
}

// Classify takes each transaction's analysis from Prepare when it was made
// of that transaction's trace and receipt, with the alerts it makes
// without; one made of another trace is not taken.
func TestPreparedAnalysis(t *testing.T) {
	v := contracts.NewVaultV1()
	watched := []chain.Watched{{Name: "Vault", Address: vaultAddr, Pausable: true, Role: chain.RoleProtocol}}
	attack := contracts.NewReentrancyAttacker().PackAttack(big.NewInt(2))
	drain := frame("CALL", attacker, exploit, attack, nil, withdrawFrame(v, wei(10), withdrawFrame(v, wei(10))))
	honest := withdrawFrame(v, wei(2))
	honest.From, honest.Calls[0].Calls[0].To = user, &user
	ctx := context.Background()

	want, wantTouched := NewEngine(chain.DefaultRules(), watched, testDecoder(), nil).Classify(ctx, traced(drain, honest))
	e := NewEngine(chain.DefaultRules(), watched, testDecoder(), nil)
	obs := traced(drain, honest)
	for i := range obs.Txs {
		obs.Txs[i].Prepared = e.Prepare(&obs.Txs[i])
	}
	got, touched := e.Classify(ctx, obs)
	if len(want) != 1 || touched != wantTouched || !reflect.DeepEqual(got, want) {
		t.Fatalf("prepared: %d touched, alerts %+v\nwant %d touched, %+v", touched, got, wantTouched, want)
	}

	// The honest withdrawal's analysis handed to the drain: Classify
	// analyses the drain's own trace and still alerts on it.
	e = NewEngine(chain.DefaultRules(), watched, testDecoder(), nil)
	obs = traced(drain, honest)
	obs.Txs[0].Prepared = e.Prepare(&obs.Txs[1])
	if got, _ = e.Classify(ctx, obs); !reflect.DeepEqual(got, want) {
		t.Fatalf("with another transaction's analysis: %+v\nwant %+v", got, want)
	}
}
