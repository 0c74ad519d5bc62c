package devchain_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"math/big"
	"slices"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	gethrpc "github.com/ethereum/go-ethereum/rpc"

	"warroom/chain"
	"warroom/chain/contracts"
	"warroom/chain/deploy"
	"warroom/chain/detect"
	"warroom/chain/devchain"
	"warroom/chain/tx"
	"warroom/chain/watch"
)

func ether(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), big.NewInt(1e18)) }

// twoClients is the drill protocol on one embedded chain, seen through
// its native client and through its in-process RPC client.
type twoClients struct {
	ctx        context.Context
	emb        *devchain.Chain
	native     chain.Client
	rpc        chain.Client
	dep        *deploy.Deployment
	vault      *contracts.VaultV1
	att        *contracts.ReentrancyAttacker
	attack     common.Address // the attack contract
	attacker   *tx.Account
	depositors []*tx.Account
	start      uint64 // the head once the protocol is deployed
	chainID    *big.Int
}

func testKey(role string) *tx.Signer { return tx.DrillSigner("native test/" + role) }

// account is role's account, sending through the native client.
func (n *twoClients) account(role string) *tx.Account {
	return tx.NewAccount(n.native, testKey(role), n.chainID)
}

func newTwoClients(t testing.TB, stakers ...string) *twoClients {
	t.Helper()
	key := testKey
	alloc := types.GenesisAlloc{}
	for _, role := range append([]string{"deployer", "attacker", "d0", "d1", "d2", "d3"}, stakers...) {
		alloc[key(role).Address()] = types.Account{Balance: ether(1000)}
	}
	emb, err := devchain.New(devchain.Config{Alloc: alloc})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { emb.Close() })
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	t.Cleanup(cancel)
	n := &twoClients{ctx: ctx, emb: emb, native: emb.Client(), rpc: emb.RPCClient(),
		vault: contracts.NewVaultV1(), att: contracts.NewReentrancyAttacker()}
	if n.chainID, err = n.native.ChainID(ctx); err != nil {
		t.Fatal(err)
	}
	acct := n.account
	cfg := deploy.Config{Threshold: 2, Guardian: key("guardian").Address(), MinDelay: 60,
		Owners: []common.Address{key("o0").Address(), key("o1").Address(), key("o2").Address()}}
	if n.dep, err = deploy.Drill(ctx, n.native, emb, acct("deployer"), cfg); err != nil {
		t.Fatal(err)
	}
	n.start = emb.Head()
	n.attacker = acct("attacker")
	for _, r := range []string{"d0", "d1", "d2", "d3"} {
		n.depositors = append(n.depositors, acct(r))
	}
	return n
}

// arm is the setup block: each depositor stakes 5 ether and the attacker
// deploys its contract (n.attack); it returns the setup's transactions.
func (n *twoClients) arm(t testing.TB) []*types.Transaction {
	t.Helper()
	vault := n.dep.Vault
	var setup []*types.Transaction
	for _, d := range n.depositors {
		setup = append(setup, n.send(t, d, &vault, n.vault.PackDeposit(), ether(5), 300_000))
	}
	code := append(common.FromHex(contracts.ReentrancyAttackerMetaData.Bin), n.att.PackConstructor(vault)...)
	deployTx := n.send(t, n.attacker, nil, code, nil, 3_000_000)
	n.attack = crypto.CreateAddress(n.attacker.Address(), deployTx.Nonce())
	setup = append(setup, deployTx)
	if err := n.emb.CommitUntilMined(n.ctx, setup...); err != nil {
		t.Fatal(err)
	}
	return setup
}

func (n *twoClients) send(t testing.TB, from *tx.Account, to *common.Address, data []byte, value *big.Int, gas uint64) *types.Transaction {
	t.Helper()
	sent, err := from.Send(n.ctx, to, data, value, gas)
	if err != nil {
		t.Fatalf("send from %s: %v", from.Address().Hex(), err)
	}
	return sent
}

// watcher is a watcher of the protocol through c, from the block after
// the deployment, with its own classifier and decoder.
func (n *twoClients) watcher(t testing.TB, c chain.Client) *watch.Watcher {
	t.Helper()
	dec := detect.NewDecoder()
	if err := n.dep.Label(dec); err != nil {
		t.Fatal(err)
	}
	attABI := n.att.GetABI()
	dec.AddABI(&attABI)
	watched := n.dep.Watched()
	return watch.New(c, watch.Config{Watched: watched, Classifier: detect.NewEngine(chain.DefaultRules(), watched, dec, c), From: n.start + 1})
}

// jsonOf is v as the journal and the wire write it.
func jsonOf(t testing.TB, v any) []byte {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// The watcher's whole per-block pipeline gives the same results through the
// native client as through the RPC client: the same alerts, findings,
// trace lines, protocol state and approvals, block after block, on blocks
// with deposits, withdrawals, a re-entrancy attack, reverted calls (a
// revert reason, a custom error) and contract creations (one that
// succeeds, one whose init code reverts); and every trace frame, receipt,
// header, sender and state read the pipeline makes is the same too.
//
// Results and frames are compared as JSON, the form the journal records
// and callTracer sends: two values with the same JSON are the same to
// every reader. It is also the one normalisation needed: the same number
// decoded from JSON and computed by the EVM may differ in a *big.Int's
// internal word slice (nil or empty for zero), which reflect.DeepEqual
// would call different.
func TestNativeClientSeesWhatRPCSees(t *testing.T) {
	n := newTwoClients(t)
	vault := n.dep.Vault
	n.arm(t)

	// The block under test.
	d := n.depositors
	n.send(t, d[0], &vault, n.vault.PackDeposit(), ether(1), 100_000)
	n.send(t, d[1], &vault, n.vault.PackWithdraw(ether(1)), nil, 100_000)
	n.send(t, n.attacker, &n.attack, n.att.PackAttack(big.NewInt(6)), ether(1), 700_000)
	n.send(t, d[2], &vault, n.vault.PackWithdraw(ether(500)), nil, 100_000) // "insufficient balance"
	n.send(t, d[3], &vault, n.vault.PackPause(), nil, 100_000)              // not the guardian: a custom error
	n.send(t, d[3], nil, common.FromHex("0x60006000fd"), nil, 100_000)      // init code that reverts
	to := d[0].Address()
	last := n.send(t, d[2], &to, nil, ether(1), 21_000) // a plain transfer
	if err := n.emb.CommitUntilMined(n.ctx, last); err != nil {
		t.Fatal(err)
	}
	head := n.emb.Head()

	// The pipeline, block by block, through both clients.
	wn, wr := n.watcher(t, n.native), n.watcher(t, n.rpc)
	var attacks, reverted int
	for b := n.start + 1; b <= head; b++ {
		rn, err := wn.Process(n.ctx, b)
		if err != nil {
			t.Fatalf("native, block %d: %v", b, err)
		}
		rr, err := wr.Process(n.ctx, b)
		if err != nil {
			t.Fatalf("rpc, block %d: %v", b, err)
		}
		if jn, jr := jsonOf(t, rn), jsonOf(t, rr); !bytes.Equal(jn, jr) {
			t.Errorf("block %d: the native client's result differs from the RPC client's\nnative: %s\nrpc:    %s", b, jn, jr)
		}
		for _, a := range rn.Alerts {
			if a.Reverted {
				reverted++
			}
			for _, f := range a.Findings {
				if f.Rule == chain.RuleReentrancy && f.Severity == chain.Critical {
					attacks++
				}
			}
		}
	}
	// The comparison saw what it claims to have seen.
	if attacks != 1 {
		t.Errorf("%d critical re-entrancy findings, want 1", attacks)
	}
	if reverted == 0 {
		t.Error("no alert on a reverted transaction")
	}

	// Every block of the chain, deployment included: the same traces,
	// receipts, blocks, senders and state.
	statuses := map[uint64]int{}
	for b := uint64(1); b <= head; b++ {
		num := new(big.Int).SetUint64(b)
		bn, err := n.native.BlockByNumber(n.ctx, num)
		if err != nil {
			t.Fatal(err)
		}
		br, err := n.rpc.BlockByNumber(n.ctx, num)
		if err != nil {
			t.Fatal(err)
		}
		if bn.Hash() != br.Hash() || len(bn.Transactions()) != len(br.Transactions()) {
			t.Fatalf("block %d: native %s with %d txs, rpc %s with %d", b, bn.Hash(), len(bn.Transactions()), br.Hash(), len(br.Transactions()))
		}
		hn, err1 := n.native.HeaderByNumber(n.ctx, num)
		hr, err2 := n.rpc.HeaderByNumber(n.ctx, num)
		if err1 != nil || err2 != nil || hn.Hash() != hr.Hash() || hn.Hash() != bn.Hash() {
			t.Errorf("header %d: native %v %v, rpc %v %v", b, hn.Hash(), err1, hr.Hash(), err2)
		}
		fn, err := n.native.TraceBlock(n.ctx, bn.Hash())
		if err != nil {
			t.Fatalf("native trace of block %d: %v", b, err)
		}
		fr, err := n.rpc.TraceBlock(n.ctx, bn.Hash())
		if err != nil {
			t.Fatalf("rpc trace of block %d: %v", b, err)
		}
		// The frames the sealer made as it built the block (the newest
		// blocks), or a re-execution's (the older ones), are geth's
		// callTracer's, and a re-execution's are the seal's.
		if b == head && !devchain.KeepsSealedTrace(n.emb, bn.Hash()) {
			t.Errorf("block %d, the head: its trace is not the one its seal made", b)
		}
		fx, err := n.emb.Retrace(n.ctx, bn.Hash())
		if err != nil {
			t.Fatalf("re-executed trace of block %d: %v", b, err)
		}
		if len(fn) != len(bn.Transactions()) || len(fx) != len(fn) {
			t.Fatalf("block %d: %d frames, %d re-executed, for %d txs", b, len(fn), len(fx), len(bn.Transactions()))
		}
		for i := range fn {
			if jn, jr := jsonOf(t, fn[i]), jsonOf(t, fr[i]); !bytes.Equal(jn, jr) {
				t.Errorf("block %d tx %d: trace differs\nnative: %s\nrpc:    %s", b, i, jn, jr)
			}
			if jn, jx := jsonOf(t, fn[i]), jsonOf(t, fx[i]); !bytes.Equal(jn, jx) {
				t.Errorf("block %d tx %d: trace differs from a re-execution's\nnative:      %s\nre-executed: %s", b, i, jn, jx)
			}
		}
		// Streamed, the same frames come one by one, in transaction order.
		var order []int
		err = n.native.(chain.TraceStreamer).TraceBlockEach(n.ctx, bn.Hash(), func(i int, f *chain.CallFrame) {
			if len(order) == i && i < len(fr) && !bytes.Equal(jsonOf(t, f), jsonOf(t, fr[i])) {
				t.Errorf("block %d tx %d: streamed trace differs from the rpc's", b, i)
			}
			order = append(order, i)
		})
		if err != nil || len(order) != len(fr) || !slices.IsSorted(order) || (len(order) > 0 && order[len(order)-1] != len(order)-1) {
			t.Errorf("block %d: streamed frames %v (%v); want 0 to %d in order", b, order, err, len(fr)-1)
		}
		at := gethrpc.BlockNumberOrHashWithHash(bn.Hash(), false)
		rn, err1 := n.native.BlockReceipts(n.ctx, at)
		rr, err2 := n.rpc.BlockReceipts(n.ctx, at)
		if err1 != nil || err2 != nil {
			t.Fatalf("receipts of block %d: native %v, rpc %v", b, err1, err2)
		}
		if jn, jr := jsonOf(t, rn), jsonOf(t, rr); !bytes.Equal(jn, jr) {
			t.Errorf("block %d: receipts differ\nnative: %s\nrpc:    %s", b, jn, jr)
		}
		for i, txn := range bn.Transactions() {
			statuses[rn[i].Status]++
			sn, err1 := n.native.TransactionSender(n.ctx, txn, bn.Hash(), uint(i))
			sr, err2 := n.rpc.TransactionSender(n.ctx, br.Transactions()[i], br.Hash(), uint(i))
			if err1 != nil || err2 != nil || sn != sr {
				t.Errorf("block %d tx %d: sender native %s %v, rpc %s %v", b, i, sn.Hex(), err1, sr.Hex(), err2)
			}
			one, err1 := n.native.TransactionReceipt(n.ctx, txn.Hash())
			two, err2 := n.rpc.TransactionReceipt(n.ctx, txn.Hash())
			if err1 != nil || err2 != nil || !bytes.Equal(jsonOf(t, one), jsonOf(t, two)) {
				t.Errorf("block %d tx %d: receipt native %v %v, rpc %v %v", b, i, one, err1, two, err2)
			}
		}
		for _, a := range []common.Address{vault, n.attack, n.dep.Safe, d[0].Address()} {
			sameState(t, n, a, num)
		}
	}
	if statuses[types.ReceiptStatusFailed] < 3 || statuses[types.ReceiptStatusSuccessful] == 0 {
		t.Errorf("receipt statuses %v: want successes and at least 3 failures", statuses)
	}
}

// sameState checks both clients read the same balance, nonce, code,
// implementation slot and paused() of a at block num.
func sameState(t *testing.T, n *twoClients, a common.Address, num *big.Int) {
	t.Helper()
	balN, err1 := n.native.BalanceAt(n.ctx, a, num)
	balR, err2 := n.rpc.BalanceAt(n.ctx, a, num)
	if err1 != nil || err2 != nil || balN.Cmp(balR) != 0 {
		t.Errorf("balance of %s at %s: native %v %v, rpc %v %v", a.Hex(), num, balN, err1, balR, err2)
	}
	nonceN, err1 := n.native.NonceAt(n.ctx, a, num)
	nonceR, err2 := n.rpc.NonceAt(n.ctx, a, num)
	if err1 != nil || err2 != nil || nonceN != nonceR {
		t.Errorf("nonce of %s at %s: native %d %v, rpc %d %v", a.Hex(), num, nonceN, err1, nonceR, err2)
	}
	codeN, err1 := n.native.CodeAt(n.ctx, a, num)
	codeR, err2 := n.rpc.CodeAt(n.ctx, a, num)
	if err1 != nil || err2 != nil || !bytes.Equal(codeN, codeR) {
		t.Errorf("code of %s at %s: native %d bytes %v, rpc %d bytes %v", a.Hex(), num, len(codeN), err1, len(codeR), err2)
	}
	slotN, err1 := n.native.StorageAt(n.ctx, a, chain.ImplementationSlot, num)
	slotR, err2 := n.rpc.StorageAt(n.ctx, a, chain.ImplementationSlot, num)
	if err1 != nil || err2 != nil || !bytes.Equal(slotN, slotR) {
		t.Errorf("implementation slot of %s at %s: native %x %v, rpc %x %v", a.Hex(), num, slotN, err1, slotR, err2)
	}
	call := ethereum.CallMsg{To: &a, Data: n.vault.PackPaused()}
	outN, err1 := n.native.CallContract(n.ctx, call, num)
	outR, err2 := n.rpc.CallContract(n.ctx, call, num)
	if !bytes.Equal(outN, outR) || !sameError(err1, err2) {
		t.Errorf("paused() on %s at %s: native %x %v, rpc %x %v", a.Hex(), num, outN, err1, outR, err2)
	}
}

// sameError reports whether two errors say the same thing, with the same
// revert data when they carry any.
func sameError(a, b error) bool {
	if a == nil || b == nil {
		return a == b
	}
	if a.Error() != b.Error() {
		return false
	}
	var da, db gethrpc.DataError
	if errors.As(a, &da) != errors.As(b, &db) {
		return false
	}
	return da == nil || da.ErrorData() == db.ErrorData()
}

// Calls, missing blocks and unknown transactions fail the same way
// through both clients: a revert with its reason and data, a revert with
// a custom error, ethereum.NotFound, the node's own messages.
func TestNativeClientFailsLikeRPC(t *testing.T) {
	n := newTwoClients(t)
	vault := n.dep.Vault
	d0 := n.depositors[0].Address()
	future := new(big.Int).SetUint64(n.emb.Head() + 100)
	calls := []struct {
		name  string
		msg   ethereum.CallMsg
		block *big.Int
	}{
		{"revert reason", ethereum.CallMsg{From: d0, To: &vault, Data: n.vault.PackWithdraw(ether(1))}, nil},
		{"custom error", ethereum.CallMsg{From: d0, To: &vault, Data: n.vault.PackPause()}, nil},
		{"with gas and value", ethereum.CallMsg{From: d0, To: &vault, Data: n.vault.PackDeposit(), Value: ether(1), Gas: 100_000}, nil},
		{"out of gas", ethereum.CallMsg{From: d0, To: &vault, Data: n.vault.PackDeposit(), Value: ether(1), Gas: 21_500}, nil},
		{"no code", ethereum.CallMsg{From: d0, To: &d0, Data: n.vault.PackPaused()}, nil},
		{"a future block", ethereum.CallMsg{To: &vault, Data: n.vault.PackPaused()}, future},
		{"genesis", ethereum.CallMsg{To: &vault, Data: n.vault.PackPaused()}, big.NewInt(0)},
	}
	for _, c := range calls {
		outN, errN := n.native.CallContract(n.ctx, c.msg, c.block)
		outR, errR := n.rpc.CallContract(n.ctx, c.msg, c.block)
		if !bytes.Equal(outN, outR) || !sameError(errN, errR) {
			t.Errorf("%s: native %x %v, rpc %x %v", c.name, outN, errN, outR, errR)
		}
		if c.name == "revert reason" && !chain.IsRevert(errN) {
			t.Errorf("%s: %v is not a revert", c.name, errN)
		}
	}

	if _, err := n.native.BlockByNumber(n.ctx, future); !errors.Is(err, ethereum.NotFound) {
		t.Errorf("native block beyond the head: %v, want ethereum.NotFound", err)
	}
	if _, err := n.native.HeaderByNumber(n.ctx, future); !errors.Is(err, ethereum.NotFound) {
		t.Errorf("native header beyond the head: %v, want ethereum.NotFound", err)
	}
	if _, err := n.native.BlockReceipts(n.ctx, gethrpc.BlockNumberOrHashWithNumber(gethrpc.BlockNumber(future.Int64()))); !errors.Is(err, ethereum.NotFound) {
		t.Errorf("native receipts beyond the head: %v, want ethereum.NotFound", err)
	}
	unknown := common.HexToHash("0x1234")
	_, errN := n.native.TransactionReceipt(n.ctx, unknown)
	_, errR := n.rpc.TransactionReceipt(n.ctx, unknown)
	if !errors.Is(errN, ethereum.NotFound) || !errors.Is(errR, ethereum.NotFound) {
		t.Errorf("receipt of an unknown tx: native %v, rpc %v", errN, errR)
	}
	_, errN = n.native.TraceBlock(n.ctx, unknown)
	_, errR = n.rpc.TraceBlock(n.ctx, unknown)
	if errN == nil || errR == nil || errN.Error() != errR.Error() {
		t.Errorf("trace of an unknown block: native %v, rpc %v", errN, errR)
	}
	_, errN = n.native.BalanceAt(n.ctx, vault, future)
	_, errR = n.rpc.BalanceAt(n.ctx, vault, future)
	if !sameError(errN, errR) || errN == nil {
		t.Errorf("balance at a future block: native %v, rpc %v", errN, errR)
	}

	ctx, cancel := context.WithCancel(n.ctx)
	cancel()
	if _, err := n.native.TraceBlock(ctx, unknown); !errors.Is(err, context.Canceled) {
		t.Errorf("trace with a cancelled context: %v", err)
	}
	if _, err := n.native.BlockNumber(ctx); !errors.Is(err, context.Canceled) {
		t.Errorf("head with a cancelled context: %v", err)
	}
}

// The native client pushes each new head to a subscriber, in order, and
// its subscription ends when asked to.
func TestNativeClientPushesHeads(t *testing.T) {
	e, err := devchain.New(devchain.Config{})
	if err != nil {
		t.Fatal(err)
	}
	defer e.Close()
	c := e.Client()
	heads := make(chan *types.Header, 4)
	sub, err := c.SubscribeNewHead(context.Background(), heads)
	if err != nil {
		t.Fatal(err)
	}
	for want := uint64(1); want <= 3; want++ {
		got := e.Commit()
		select {
		case h := <-heads:
			if h.Number.Uint64() != want || got != want {
				t.Fatalf("head %d after sealing block %d, want %d", h.Number, got, want)
			}
			b, err := c.BlockByNumber(context.Background(), h.Number)
			if err != nil || b.Hash() != h.Hash() {
				t.Fatalf("block %d: %v %v, pushed head %s", want, b, err, h.Hash())
			}
		case <-time.After(10 * time.Second):
			t.Fatalf("no head pushed for block %d", want)
		}
	}
	sub.Unsubscribe()
	select {
	case err, ok := <-sub.Err():
		if ok && err != nil {
			t.Errorf("unsubscribed: %v", err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("the subscription did not end")
	}
}
