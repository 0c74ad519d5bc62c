package safe_test

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"errors"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"

	"warroom/chain"
	"warroom/chain/contracts"
	"warroom/chain/deploy"
	"warroom/chain/devchain"
	"warroom/chain/safe"
	"warroom/chain/tx"
)

// env is the drill protocol on a fresh embedded chain: a 2-of-3 Safe
// whose owners' keys the test holds (and funds, so they can call
// approveHash themselves), and a relayer that sends execTransaction and is
// no owner.
type env struct {
	t       *testing.T
	ctx     context.Context
	emb     *devchain.Chain
	c       chain.Client
	dep     *deploy.Deployment
	relayer *tx.Account
	keys    []*ecdsa.PrivateKey // the drill Safe's owners, then any others asked for
}

func newEnv(t *testing.T, extra ...string) *env {
	t.Helper()
	names := append([]string{"owner-1", "owner-2", "owner-3"}, extra...)
	deployer, relayer := tx.DrillSigner("safe exec test/deployer"), tx.DrillSigner("safe exec test/relayer")
	alloc := types.GenesisAlloc{deployer.Address(): {Balance: ether(1000)}, relayer.Address(): {Balance: ether(1000)}}
	e := &env{t: t}
	for _, n := range names {
		k := key(n)
		e.keys = append(e.keys, k)
		alloc[addr(k)] = types.Account{Balance: ether(10)}
	}
	emb, err := devchain.New(devchain.Config{Alloc: alloc})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { emb.Close() })
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	t.Cleanup(cancel)
	e.ctx, e.emb, e.c = ctx, emb, emb.Client()
	e.relayer = tx.NewAccount(e.c, relayer, big.NewInt(devchain.ChainID))
	e.dep, err = deploy.Drill(ctx, e.c, emb, tx.NewAccount(e.c, deployer, big.NewInt(devchain.ChainID)), deploy.Config{
		Owners: []common.Address{addr(e.keys[0]), addr(e.keys[1]), addr(e.keys[2])}, Threshold: 2, Guardian: deployer.Address(), MinDelay: 60,
	})
	if err != nil {
		t.Fatal(err)
	}
	return e
}

// send sends data (and value) from a to to and returns the receipt. gas 0
// estimates; a call expected to revert needs an explicit gas.
func (e *env) send(a *tx.Account, to common.Address, data []byte, value *big.Int, gas uint64) *types.Receipt {
	e.t.Helper()
	sent, err := a.Send(e.ctx, &to, data, value, gas)
	if err != nil {
		e.t.Fatal(err)
	}
	if err := e.emb.CommitUntilMined(e.ctx, sent); err != nil {
		e.t.Fatal(err)
	}
	r, err := tx.WaitMined(e.ctx, e.c, sent.Hash())
	if err != nil {
		e.t.Fatal(err)
	}
	return r
}

func (e *env) account(k *ecdsa.PrivateKey) *tx.Account {
	return tx.NewAccount(e.c, tx.NewSigner(k), big.NewInt(devchain.ChainID))
}

// exec sends execTransaction for st with signatures from the relayer (or
// from, when given) and returns the receipt's status.
func (e *env) exec(st *chain.SafeTx, sigs []byte, from *tx.Account) uint64 {
	e.t.Helper()
	data, err := safe.ExecTransactionData(st, sigs)
	if err != nil {
		e.t.Fatal(err)
	}
	if from == nil {
		from = e.relayer
	}
	return e.send(from, st.Safe, data, nil, 1_000_000).Status
}

// newSafe deploys another Safe 1.4.1 proxy through the drill's factory.
func (e *env) newSafe(owners []common.Address, threshold uint64, salt int64) common.Address {
	e.t.Helper()
	setup := contracts.NewSafe().PackSetup(owners, new(big.Int).SetUint64(threshold), common.Address{}, []byte{},
		e.dep.FallbackHandler, common.Address{}, new(big.Int), common.Address{})
	f := contracts.NewSafeProxyFactory()
	r := e.send(e.relayer, e.dep.SafeFactory, f.PackCreateProxyWithNonce(e.dep.SafeSingleton, setup, big.NewInt(salt)), nil, 0)
	for _, l := range r.Logs {
		if ev, err := f.UnpackProxyCreationEvent(l); err == nil && l.Address == e.dep.SafeFactory {
			return ev.Proxy
		}
	}
	e.t.Fatal("the factory created no Safe")
	return common.Address{}
}

func (e *env) balance(a common.Address) *big.Int {
	e.t.Helper()
	b, err := e.c.BalanceAt(e.ctx, a, nil)
	if err != nil {
		e.t.Fatal(err)
	}
	return b
}

func (e *env) nonce(s common.Address) uint64 {
	e.t.Helper()
	n, err := safe.At(s).Nonce(e.ctx, e.c, nil)
	if err != nil {
		e.t.Fatal(err)
	}
	return n
}

// transfer is a Safe transaction paying wei from s to payee at the Safe's
// next nonce.
func (e *env) transfer(s, payee common.Address, wei *big.Int) chain.SafeTx {
	e.t.Helper()
	st, err := safe.NewCall(devchain.ChainID, s, payee, wei, nil, e.nonce(s))
	if err != nil {
		e.t.Fatal(err)
	}
	return st
}

func mustValid(t *testing.T, what string, rs ...safe.Result) {
	t.Helper()
	for _, r := range rs {
		if !r.Valid {
			t.Fatalf("%s: %s (%s, %s)", what, r.Reason, r.Form, r.Signer.Hex())
		}
	}
}

// TestExecTransaction collects a mix of off-chain (ECDSA, eth_sign, one
// high-s) and on-chain (approveHash) approvals and executes them on the
// drill's 2-of-3 Safe; one owner alone is refused before sending, and the
// Safe agrees.
func TestExecTransaction(t *testing.T) {
	e := newEnv(t)
	s := e.dep.Safe
	payee := common.HexToAddress("0x00000000000000000000000000000000000fa7ee")
	if r := e.send(e.relayer, s, nil, ether(1), 0); r.Status != types.ReceiptStatusSuccessful {
		t.Fatal("funding the Safe failed")
	}
	k1, k2, k3 := e.keys[0], e.keys[1], e.keys[2]
	st := e.transfer(s, payee, big.NewInt(250_000))
	v, err := safe.ReadVerifier(e.ctx, e.c, &st, safe.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if got := v.State(); got.Threshold != 2 || len(got.Owners) != 3 || got.Version != "1.4.1" {
		t.Fatalf("read state %+v", got)
	}
	h := v.Tx().SafeTxHash

	// Before owner 1 calls approveHash its v = 1 signature does not count.
	approved := safe.ApprovedHash(addr(k1)).Hex()
	sigs := safe.NewSignatures(v)
	r := sigs.Add(e.ctx, approved)[0]
	if r.Valid || !errors.Is(r.Err, safe.ErrNotApproved) || r.Form != safe.FormApprovedHash || r.Signer != addr(k1) ||
		!strings.Contains(r.Reason, "has not called approveHash("+h.Hex()+")") {
		t.Fatalf("approved hash before approveHash: %+v", r)
	}
	if rec := e.send(e.account(k1), s, safe.ApproveHashData(h), nil, 0); rec.Status != types.ReceiptStatusSuccessful {
		t.Fatal("approveHash reverted")
	}
	mustValid(t, "approved hash after approveHash", sigs.Add(e.ctx, approved)...)

	// Owner 2 signs with a wallet that leaves s high; owner 3 with eth_sign.
	low2 := rawSig(t, k2, h, 0)
	high2 := highS(low2)
	r = sigs.Add(e.ctx, hexutil.Encode(high2))[0]
	mustValid(t, "high-s ECDSA", r)
	if len(r.Warnings) != 1 || !bytes.Equal(r.Signature.Bytes(), low2) {
		t.Fatalf("high-s: warnings %q, sent as %x, want %x", r.Warnings, r.Signature.Bytes(), low2)
	}
	mustValid(t, "eth_sign", sigs.Add(e.ctx, hexutil.Encode(rawSig(t, k3, ethSignDigest(h), 4)))...)
	// The Safe itself accepts the high-s signature as it was pasted.
	enc, err := safe.EncodeTransactionData(&st)
	if err != nil {
		t.Fatal(err)
	}
	sa := contracts.NewSafe()
	if _, err := e.c.CallContract(e.ctx, ethereum.CallMsg{To: &s, Data: sa.PackCheckNSignatures(h, enc, high2, big.NewInt(1))}, nil); err != nil {
		t.Fatalf("the Safe's checkNSignatures refuses the high-s signature: %v", err)
	}
	if sigs.Count() != 3 || !sigs.Ready() {
		t.Fatalf("count %d", sigs.Count())
	}
	signatures, err := sigs.Encode()
	if err != nil {
		t.Fatal(err)
	}
	parsed, err := safe.ParseBytes(signatures)
	if err != nil || len(parsed) != 3 {
		t.Fatalf("encoded %x: %v", signatures, err)
	}
	var order []common.Address
	for _, p := range parsed {
		a, _ := p.Recover(h)
		order = append(order, a)
	}
	for i := 1; i < len(order); i++ {
		if bytes.Compare(order[i-1][:], order[i][:]) >= 0 {
			t.Fatalf("signers not ascending: %v", order)
		}
	}

	// The same signatures out of order: the Safe refuses (GS026).
	reversed := append(append(bytes.Clone(signatures[130:195]), signatures[65:130]...), signatures[:65]...)
	if status := e.exec(&st, reversed, nil); status != types.ReceiptStatusFailed {
		t.Fatal("execTransaction with signers out of order went through")
	}
	// One signature: refused here, before anything is sent …
	one := safe.NewSignatures(v)
	mustValid(t, "one owner", one.Add(e.ctx, hexutil.Encode(low2))...)
	if _, err := one.ExecTransactionData(); !errors.Is(err, safe.ErrBelowThreshold) {
		t.Fatalf("one signature of two: %v", err)
	}
	// … and refused by the Safe when sent anyway.
	if status := e.exec(&st, low2, nil); status != types.ReceiptStatusFailed {
		t.Fatal("execTransaction with one signature of two went through")
	}
	if e.nonce(s) != st.Nonce || e.balance(payee).Sign() != 0 {
		t.Fatal("a refused execTransaction changed the Safe")
	}

	// The collected signatures, sorted and normalised, go through.
	data, err := sigs.ExecTransactionData()
	if err != nil {
		t.Fatal(err)
	}
	if rec := e.send(e.relayer, s, data, nil, 1_000_000); rec.Status != types.ReceiptStatusSuccessful {
		t.Fatal("execTransaction with the collected signatures reverted")
	}
	if got := e.balance(payee); got.Cmp(big.NewInt(250_000)) != 0 || e.nonce(s) != st.Nonce+1 {
		t.Fatalf("after execution: payee has %s, Safe nonce %d", got, e.nonce(s))
	}

	// The next transaction: owner 3 sends execTransaction itself, so its
	// v = 1 counts without approveHash, with owner 1's ECDSA.
	st2 := e.transfer(s, payee, big.NewInt(1))
	offline, err := safe.ReadVerifier(e.ctx, e.c, &st2, safe.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if r := offline.Check(e.ctx, safe.ApprovedHash(addr(k3))); !errors.Is(r.Err, safe.ErrNotApproved) {
		t.Fatalf("v = 1 of an owner who neither approved nor sends: %+v", r)
	}
	v2, err := safe.ReadVerifier(e.ctx, e.c, &st2, safe.Options{Sender: addr(k3)})
	if err != nil {
		t.Fatal(err)
	}
	sigs2 := safe.NewSignatures(v2)
	mustValid(t, "the sender's own approval", sigs2.AddSignature(e.ctx, safe.ApprovedHash(addr(k3))))
	s1, err := safe.Sign(k1, v2.Tx().SafeTxHash, safe.FormECDSA)
	if err != nil {
		t.Fatal(err)
	}
	mustValid(t, "owner 1", sigs2.Add(e.ctx, s1.Hex())...)
	data, err = sigs2.ExecTransactionData()
	if err != nil {
		t.Fatal(err)
	}
	if rec := e.send(e.account(k3), s, data, nil, 1_000_000); rec.Status != types.ReceiptStatusSuccessful {
		t.Fatal("execTransaction sent by an owner with its own v = 1 reverted")
	}
	if e.nonce(s) != st2.Nonce+1 {
		t.Fatal("nonce did not move")
	}

	// A signature for the used nonce is now over a transaction that can
	// never run: its hash differs from anything at the next nonce.
	if ws := safe.Warnings(&st2, safe.Known{State: ptr(v2.State())}); len(ws) != 0 {
		t.Fatalf("warnings before execution: %v", ws)
	}
	now, err := safe.At(s).State(e.ctx, e.c, nil)
	if err != nil {
		t.Fatal(err)
	}
	if ws := safe.Warnings(&st2, safe.Known{State: now}); len(ws) != 1 || ws[0].Code != safe.WarnNonceNotNext {
		t.Fatalf("warnings after execution: %v", ws)
	}
}

func ptr[T any](v T) *T { return &v }

// TestNestedSafe is a parent Safe one of whose owners is a child Safe.
// Level 2: the child's owners sign the child's transaction calling
// approveHash(parent's safeTxHash) on the parent, and it executes. Level
// 1: the parent executes with the child's approval (v = 1, r = child)
// beside an EOA owner's ECDSA signature. Then the same child approves a
// second parent transaction off chain, with a contract signature (v = 0)
// its fallback handler checks through EIP-1271.
func TestNestedSafe(t *testing.T) {
	e := newEnv(t, "child-owner-1", "child-owner-2")
	eoa1, eoa2, cx, cy := e.keys[0], e.keys[1], e.keys[3], e.keys[4]
	child := e.newSafe([]common.Address{addr(cx), addr(cy)}, 2, 1)
	parent := e.newSafe([]common.Address{addr(eoa1), child, addr(eoa2)}, 2, 2)
	if r := e.send(e.relayer, parent, nil, ether(1), 0); r.Status != types.ReceiptStatusSuccessful {
		t.Fatal("funding the parent failed")
	}
	payee := common.HexToAddress("0x000000000000000000000000000000000000beef")

	p := e.transfer(parent, payee, big.NewInt(1000))
	n, err := safe.NewNested(&p, child, e.nonce(child))
	if err != nil {
		t.Fatal(err)
	}
	if n.Child.Safe != child || n.Child.To != parent || n.Child.Operation != chain.SafeCall || n.Child.Value.Sign() != 0 ||
		n.Child.Data != hexutil.Encode(append(common.FromHex("0xd4d9bdcd"), n.Parent.SafeTxHash[:]...)) || n.Child.Call.Method != "approveHash" {
		t.Fatalf("child transaction %+v", n.Child)
	}
	// Both levels' hashes are the Safes' own.
	for _, st := range []*chain.SafeTx{&n.Parent, &n.Child} {
		if err := safe.Verify(e.ctx, e.c, st); err != nil {
			t.Fatal(err)
		}
	}

	parentV, err := safe.ReadVerifier(e.ctx, e.c, &n.Parent, safe.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if r := parentV.Check(e.ctx, n.Approval()); !errors.Is(r.Err, safe.ErrNotApproved) || r.Signer != child {
		t.Fatalf("the child's approval before its transaction ran: %+v", r)
	}

	// Level 2: the child's owners sign the child's transaction; it runs.
	childV, err := safe.ReadVerifier(e.ctx, e.c, &n.Child, safe.Options{})
	if err != nil {
		t.Fatal(err)
	}
	childSigs := safe.NewSignatures(childV)
	for _, k := range []*ecdsa.PrivateKey{cy, cx} {
		sig, err := safe.Sign(k, n.Child.SafeTxHash, safe.FormECDSA)
		if err != nil {
			t.Fatal(err)
		}
		mustValid(t, "child owner", childSigs.Add(e.ctx, sig.Hex())...)
	}
	// An EOA owner of the parent is no owner of the child.
	stranger, _ := safe.Sign(eoa1, n.Child.SafeTxHash, safe.FormECDSA)
	if r := childSigs.Add(e.ctx, stranger.Hex())[0]; !errors.Is(r.Err, safe.ErrNotOwner) {
		t.Fatalf("a parent owner signing the child's transaction: %+v", r)
	}
	data, err := childSigs.ExecTransactionData()
	if err != nil {
		t.Fatal(err)
	}
	if r := e.send(e.relayer, child, data, nil, 1_000_000); r.Status != types.ReceiptStatusSuccessful {
		t.Fatal("the child's approveHash transaction reverted")
	}
	if ok, err := safe.At(parent).ApprovedHash(e.ctx, e.c, child, n.Parent.SafeTxHash, nil); err != nil || !ok {
		t.Fatalf("the parent's approvedHashes(child, hash): %v %v", ok, err)
	}

	// Level 1: the child's approval and an EOA owner's signature.
	parentSigs := safe.NewSignatures(parentV)
	mustValid(t, "the child's approval", parentSigs.AddSignature(e.ctx, n.Approval()))
	if r := parentSigs.Add(e.ctx, n.Approval().Hex())[0]; !errors.Is(r.Err, safe.ErrDuplicateSigner) {
		t.Fatalf("the child's approval twice: %+v", r)
	}
	eoaSig, err := safe.Sign(eoa2, n.Parent.SafeTxHash, safe.FormECDSA)
	if err != nil {
		t.Fatal(err)
	}
	mustValid(t, "the EOA owner", parentSigs.Add(e.ctx, eoaSig.Hex())...)
	if status := e.exec(&n.Parent, mustEncode(t, parentSigs), nil); status != types.ReceiptStatusSuccessful {
		t.Fatal("the parent's execTransaction reverted")
	}
	if e.balance(payee).Cmp(big.NewInt(1000)) != 0 {
		t.Fatalf("payee has %s after the parent's transaction", e.balance(payee))
	}

	// Off chain this time: the child signs the next parent transaction with
	// a contract signature.
	p2 := e.transfer(parent, payee, big.NewInt(1))
	msg, err := safe.ContractMessageHash(&p2, child, parentV.State().Version) // "1.4.1": the legacy EIP-1271 message
	if err != nil {
		t.Fatal(err)
	}
	var inner []safe.Signature
	for _, k := range []*ecdsa.PrivateKey{cx, cy} {
		sig, err := safe.Sign(k, msg, safe.FormECDSA)
		if err != nil {
			t.Fatal(err)
		}
		inner = append(inner, sig)
	}
	packed, err := safe.Pack(inner)
	if err != nil {
		t.Fatal(err)
	}
	contractSig := safe.ContractSignature(child, packed).Hex()
	halfSig := safe.ContractSignature(child, inner[0].Bytes()).Hex() // one of the child's two owners

	v2, err := safe.ReadVerifier(e.ctx, e.c, &p2, safe.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if r := v2.CheckHex(e.ctx, halfSig)[0]; !errors.Is(r.Err, safe.ErrContractRejected) || r.Form != safe.FormContract || r.Signer != child {
		t.Fatalf("a contract signature below the child's threshold: %+v", r)
	}
	offline, err := safe.NewVerifier(&p2, v2.State(), safe.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if r := offline.CheckHex(e.ctx, contractSig)[0]; !errors.Is(r.Err, safe.ErrUnchecked) || r.Form != safe.FormContract || r.Signer != child {
		t.Fatalf("a contract signature offline: %+v", r)
	}
	sigs2 := safe.NewSignatures(v2)
	mustValid(t, "the child's contract signature", sigs2.Add(e.ctx, contractSig)...)
	e1, _ := safe.Sign(eoa1, v2.Tx().SafeTxHash, safe.FormEthSign)
	mustValid(t, "an EOA owner's eth_sign", sigs2.Add(e.ctx, e1.Hex())...)
	if status := e.exec(&p2, mustEncode(t, sigs2), nil); status != types.ReceiptStatusSuccessful {
		t.Fatal("the parent's execTransaction with a contract signature reverted")
	}
	if e.nonce(parent) != p2.Nonce+1 || e.balance(payee).Cmp(big.NewInt(1001)) != 0 {
		t.Fatal("the second parent transaction did not run")
	}
}

func mustEncode(t *testing.T, s *safe.Signatures) []byte {
	t.Helper()
	b, err := s.Encode()
	if err != nil {
		t.Fatal(err)
	}
	return b
}
