package timelock_test

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"errors"
	"math/big"
	"slices"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"warroom/chain"
	"warroom/chain/contracts"
	"warroom/chain/deploy"
	"warroom/chain/detect"
	"warroom/chain/devchain"
	"warroom/chain/safe"
	"warroom/chain/timelock"
	"warroom/chain/tx"
)

// drill is the drill protocol on a fresh embedded chain: a 2-of-3 Safe
// whose owners' keys the test holds, a timelock whose proposer and
// executor is the Safe, and the vault behind its proxy.
type drill struct {
	t       *testing.T
	ctx     context.Context
	emb     *devchain.Chain
	c       chain.Client
	dep     *deploy.Deployment
	dec     *detect.Decoder
	relayer *tx.Account // pays for execTransaction; not an owner
	owners  []*ecdsa.PrivateKey
}

func ownerKey(i int) *ecdsa.PrivateKey {
	k, err := crypto.ToECDSA(crypto.Keccak256([]byte("timelock test/owner-" + string(rune('1'+i)))))
	if err != nil {
		panic(err)
	}
	return k
}

func newDrill(t *testing.T) *drill {
	t.Helper()
	deployer, relayer := tx.DrillSigner("timelock test/deployer"), tx.DrillSigner("timelock test/relayer")
	funds := new(big.Int).Mul(big.NewInt(1000), big.NewInt(1e18))
	emb, err := devchain.New(devchain.Config{Alloc: types.GenesisAlloc{
		deployer.Address(): {Balance: funds}, relayer.Address(): {Balance: funds},
	}})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { emb.Close() })
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	t.Cleanup(cancel)
	c := emb.Client()
	d := &drill{t: t, ctx: ctx, emb: emb, c: c, dec: detect.NewDecoder(),
		relayer: tx.NewAccount(c, relayer, big.NewInt(devchain.ChainID))}
	var owners []common.Address
	for i := range 3 {
		d.owners = append(d.owners, ownerKey(i))
		owners = append(owners, crypto.PubkeyToAddress(d.owners[i].PublicKey))
	}
	d.dep, err = deploy.Drill(ctx, c, emb, tx.NewAccount(c, deployer, big.NewInt(devchain.ChainID)), deploy.Config{
		Owners: owners, Threshold: 2, Guardian: deployer.Address(), MinDelay: 60,
	})
	if err != nil {
		t.Fatal(err)
	}
	if err := d.dep.Label(d.dec); err != nil {
		t.Fatal(err)
	}
	return d
}

// mined sends data to to from the relayer and returns the receipt.
func (d *drill) mined(to *common.Address, data []byte, gas uint64) *types.Receipt {
	d.t.Helper()
	sent, err := d.relayer.Send(d.ctx, to, data, nil, gas)
	if err != nil {
		d.t.Fatal(err)
	}
	if err := d.emb.CommitUntilMined(d.ctx, sent); err != nil {
		d.t.Fatal(err)
	}
	r, err := tx.WaitMined(d.ctx, d.c, sent.Hash())
	if err != nil {
		d.t.Fatal(err)
	}
	return r
}

// sign is the owners' signatures of hash as execTransaction takes them:
// ECDSA over the hash with v 27 or 28, 65 bytes each, sorted by signer
// address ascending, concatenated.
func sign(t *testing.T, hash common.Hash, keys ...*ecdsa.PrivateKey) []byte {
	t.Helper()
	type sig struct {
		signer common.Address
		bytes  []byte
	}
	var sigs []sig
	for _, k := range keys {
		b, err := crypto.Sign(hash[:], k)
		if err != nil {
			t.Fatal(err)
		}
		b[64] += 27
		sigs = append(sigs, sig{crypto.PubkeyToAddress(k.PublicKey), b})
	}
	slices.SortFunc(sigs, func(a, b sig) int { return bytes.Compare(a.signer[:], b.signer[:]) })
	var out []byte
	for _, s := range sigs {
		out = append(out, s.bytes...)
	}
	return out
}

// exec sends the Safe transaction with the given owners' signatures and
// returns the receipt's status.
func (d *drill) exec(st *chain.SafeTx, keys ...*ecdsa.PrivateKey) uint64 {
	d.t.Helper()
	data, err := safe.ExecTransactionData(st, sign(d.t, st.SafeTxHash, keys...))
	if err != nil {
		d.t.Fatal(err)
	}
	return d.mined(&d.dep.Safe, data, 1_000_000).Status
}

func (d *drill) implementation() common.Address {
	d.t.Helper()
	v, err := d.c.StorageAt(d.ctx, d.dep.Vault, chain.ImplementationSlot, nil)
	if err != nil {
		d.t.Fatal(err)
	}
	return common.BytesToAddress(v)
}

func (d *drill) status(id common.Hash) timelock.Status {
	d.t.Helper()
	st, err := timelock.At(d.dep.Timelock).Status(d.ctx, d.c, id, nil)
	if err != nil {
		d.t.Fatal(err)
	}
	return st
}

func (d *drill) headTime() uint64 {
	d.t.Helper()
	h, err := d.c.HeaderByNumber(d.ctx, nil)
	if err != nil {
		d.t.Fatal(err)
	}
	return h.Time
}

// compose reads the Safe's nonce and the timelock's delay and proposes the
// upgrade of the vault from → to.
func (d *drill) compose(from, to common.Address, init []byte) (timelock.Upgrade, *chain.Proposal) {
	d.t.Helper()
	nonce, err := safe.At(d.dep.Safe).Nonce(d.ctx, d.c, nil)
	if err != nil {
		d.t.Fatal(err)
	}
	minDelay, err := timelock.At(d.dep.Timelock).MinDelay(d.ctx, d.c, nil)
	if err != nil {
		d.t.Fatal(err)
	}
	u := timelock.Upgrade{ChainID: devchain.ChainID, Safe: d.dep.Safe, SafeNonce: nonce, Timelock: d.dep.Timelock, MinDelay: minDelay,
		Proxy: d.dep.Vault, From: from, To: to, Init: init}
	p, err := timelock.Propose(u, d.dec)
	if err != nil {
		d.t.Fatal(err)
	}
	return u, p
}

// run carries a checked proposal through the route: the Schedule Safe
// transaction signed by two owners, the delay, the Execute transaction
// signed by another two.
func (d *drill) run(p *chain.Proposal) {
	t := d.t
	t.Helper()
	if st := d.status(p.OperationID); st.State != timelock.Unset {
		t.Fatalf("before scheduling: %+v", st)
	}
	if s := d.exec(&p.Schedule, d.owners[0], d.owners[2]); s != types.ReceiptStatusSuccessful {
		t.Fatal("execTransaction(schedule) reverted")
	}
	st := d.status(p.OperationID)
	if st.State != timelock.Waiting || st.ETA != d.headTime()+p.Delay {
		t.Fatalf("after scheduling: %+v, want waiting until %d", st, d.headTime()+p.Delay)
	}
	// Too early: the timelock refuses, so the Safe transaction reverts and
	// its nonce stays unused.
	if s := d.exec(&p.Execute, d.owners[1], d.owners[0]); s != types.ReceiptStatusFailed {
		t.Fatal("execute before the delay went through")
	}
	for d.headTime() < st.ETA {
		d.emb.Commit()
	}
	if st := d.status(p.OperationID); st.State != timelock.Ready {
		t.Fatalf("after the delay: %+v", st)
	}
	if s := d.exec(&p.Execute, d.owners[1], d.owners[0]); s != types.ReceiptStatusSuccessful {
		t.Fatal("execTransaction(execute) reverted after the delay")
	}
	if st := d.status(p.OperationID); st.State != timelock.Done || st.ETA != 0 {
		t.Fatalf("after executing: %+v", st)
	}
}

// TestUpgradeRoute composes the fix upgrade of the drill's vault, checks
// every hash and id against the contracts themselves, then carries it
// through the Safe and the timelock on chain, and rolls it back the same
// way.
func TestUpgradeRoute(t *testing.T) {
	d := newDrill(t)
	v2 := d.mined(nil, contracts.MustLoad(contracts.VaultV2Name).Bytecode, 0).ContractAddress
	d.dec.Label(v2, "VaultV2", &contracts.MustLoad(contracts.VaultV2Name).ABI)
	v1 := d.implementation()
	if v1 != d.dep.Implementation {
		t.Fatalf("implementation slot %s, deployed %s", v1.Hex(), d.dep.Implementation.Hex())
	}

	init := contracts.NewVaultV2().PackVersion()
	u, p := d.compose(v1, v2, init)
	if u.SafeNonce != 0 || p.Delay != 60 {
		t.Fatalf("composed at nonce %d with delay %d, want 0 and the drill's 60 s", u.SafeNonce, p.Delay)
	}
	checkRoute(t, p, u)

	// The contracts' own answers.
	tl := timelock.At(d.dep.Timelock)
	onChainID, err := tl.HashOperation(d.ctx, d.c, timelock.Operation{Target: d.dep.Vault, Data: common.FromHex(p.UpgradeData), Salt: p.Salt}, nil)
	if err != nil || onChainID != p.OperationID {
		t.Fatalf("hashOperation %s (%v), proposal's id %s", onChainID.Hex(), err, p.OperationID.Hex())
	}
	for _, st := range []*chain.SafeTx{&p.Schedule, &p.Execute} {
		h, err := safe.OnChainHash(d.ctx, d.c, st, nil)
		if err != nil || h != st.SafeTxHash {
			t.Fatalf("nonce %d: getTransactionHash %s (%v), ours %s", st.Nonce, h.Hex(), err, st.SafeTxHash.Hex())
		}
	}
	if err := timelock.CheckProposal(d.ctx, d.c, p); err != nil {
		t.Fatal(err)
	}

	// What CheckProposal refuses on this chain.
	wrongChain := u
	wrongChain.ChainID = 1
	pw, _ := timelock.Propose(wrongChain, nil)
	if err := timelock.CheckProposal(d.ctx, d.c, pw); !errors.Is(err, safe.ErrHashMismatch) {
		t.Errorf("a mainnet proposal checked on the dev chain: %v", err)
	}
	short := u
	short.MinDelay, short.Delay = 0, 30
	ps, _ := timelock.Propose(short, nil)
	if err := timelock.CheckProposal(d.ctx, d.c, ps); !errors.Is(err, timelock.ErrDelayTooShort) {
		t.Errorf("a 30 s delay on a 60 s timelock: %v", err)
	}

	// The route, on chain.
	d.run(p)
	if got := d.implementation(); got != v2 {
		t.Fatalf("implementation slot %s after the upgrade, want VaultV2 %s", got.Hex(), v2.Hex())
	}
	vault := contracts.NewVaultV2()
	if v, err := contracts.Call(d.ctx, d.c, d.dep.Vault, nil, vault.PackVersion(), vault.UnpackVersion); err != nil || v != "2" {
		t.Fatalf("the vault answers version %q (%v), want 2", v, err)
	}

	// The rollback composed with the upgrade is at the Safe's next nonce
	// now, and takes the vault back to VaultV1.
	r := u.Rollback()
	pr, err := timelock.Propose(r, d.dec)
	if err != nil {
		t.Fatal(err)
	}
	checkRoute(t, pr, r)
	if n, err := safe.At(d.dep.Safe).Nonce(d.ctx, d.c, nil); err != nil || n != pr.Schedule.Nonce {
		t.Fatalf("Safe nonce %d (%v), rollback composed for %d", n, err, pr.Schedule.Nonce)
	}
	if err := timelock.CheckProposal(d.ctx, d.c, pr); err != nil {
		t.Fatal(err)
	}
	d.run(pr)
	if got := d.implementation(); got != v1 {
		t.Fatalf("implementation slot %s after the rollback, want VaultV1 %s", got.Hex(), v1.Hex())
	}
}
