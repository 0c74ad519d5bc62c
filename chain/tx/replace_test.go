package tx_test

import (
	"context"
	"errors"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"warroom/chain/devchain"
	"warroom/chain/shadow"
	"warroom/chain/tx"
)

func gwei(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), big.NewInt(1_000_000_000)) }

// A replacement's fees clear every node's replacement rule (geth: +10 % on
// both) and keep up with the base fee.
func TestReplacementFees(t *testing.T) {
	for _, c := range []struct {
		name                    string
		oldTip, oldMax, tip, bf *big.Int
		wantTip, wantMax        *big.Int
	}{
		// Tip doubled; max fee up 25 %.
		{"doubled", gwei(1), gwei(21), nil, gwei(10), gwei(2), big.NewInt(26_250_000_000)},
		// Twice the base plus the tip, when the base fee rose.
		{"base rose", gwei(1), gwei(21), nil, gwei(30), gwei(2), gwei(62)},
		// A narrow max fee: the old headroom above the doubled tip.
		{"headroom", gwei(5), gwei(6), nil, nil, gwei(10), gwei(11)},
		{"headroom over base", gwei(10), gwei(12), nil, gwei(1), gwei(20), gwei(22)},
		// The offered tip when it is higher than double.
		{"offered tip", gwei(1), gwei(21), gwei(9), gwei(10), gwei(9), gwei(29)},
		// A zero tip still goes up; one wei rounds the bump up.
		{"zero tip", new(big.Int), big.NewInt(1), nil, nil, big.NewInt(1), big.NewInt(2)},
		{"rounding", big.NewInt(1), big.NewInt(9), nil, nil, big.NewInt(2), big.NewInt(12)},
	} {
		t.Run(c.name, func(t *testing.T) {
			tip, max := tx.ReplacementFees(c.oldTip, c.oldMax, c.tip, c.bf)
			if tip.Cmp(c.wantTip) != 0 || max.Cmp(c.wantMax) != 0 {
				t.Fatalf("fees %s/%s, want %s/%s", tip, max, c.wantTip, c.wantMax)
			}
			// geth's rule, exactly: new ≥ old × 110 / 100 on both.
			for _, f := range [][2]*big.Int{{c.oldTip, tip}, {c.oldMax, max}} {
				min := new(big.Int).Div(new(big.Int).Mul(f[0], big.NewInt(110)), big.NewInt(100))
				if f[1].Cmp(min) < 0 || f[1].Cmp(f[0]) <= 0 {
					t.Errorf("%s → %s is not a replacement geth takes", f[0], f[1])
				}
			}
			if tip.Cmp(max) > 0 {
				t.Errorf("tip %s above the max fee %s", tip, max)
			}
		})
	}
}

func newChain(t *testing.T, funded ...*tx.Signer) *devchain.Chain {
	t.Helper()
	alloc := types.GenesisAlloc{}
	for _, s := range funded {
		alloc[s.Address()] = types.Account{Balance: new(big.Int).Mul(big.NewInt(100), big.NewInt(1e18))}
	}
	c, err := devchain.New(devchain.Config{Alloc: alloc})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { c.Close() })
	return c
}

// A speed-up is the same transaction at higher fees, the node takes it in
// place of the pending one, and the block mines it; following both hashes
// ends with its receipt.
func TestSpeedUpReplacesInThePool(t *testing.T) {
	s := tx.DrillSigner("tx test/speedup")
	c := newChain(t, s)
	b := c.Client()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	to := common.HexToAddress("0x00000000000000000000000000000000000000aa")
	old, oldSigned, err := tx.Plan(ctx, b, s, names{}, to, []byte{1, 2, 3}, big.NewInt(5), 0)
	if err != nil {
		t.Fatal(err)
	}
	if err := b.SendTransaction(ctx, oldSigned); err != nil {
		t.Fatal(err)
	}
	rep, repSigned, err := tx.SpeedUp(ctx, b, s, old, tx.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if rep.Nonce != old.Nonce || rep.To != old.To || rep.Data != old.Data || rep.Gas != old.Gas || rep.Value.Cmp(old.Value) != 0 ||
		rep.Hash != repSigned.Hash() || rep.Hash == old.Hash || repSigned.GasTipCap().Cmp(rep.MaxTip) != 0 {
		t.Fatalf("replacement %+v of %+v", rep, old)
	}
	if err := b.SendTransaction(ctx, repSigned); err != nil {
		t.Fatalf("the node refused the replacement: %v", err)
	}
	c.Commit()
	r, err := tx.WaitAnyMined(ctx, b, s.Address(), old.Nonce, func() []common.Hash { return []common.Hash{old.Hash, rep.Hash} })
	if err != nil || r.TxHash != rep.Hash {
		t.Fatalf("receipt %+v, %v: want the replacement's", r, err)
	}

	// A speed-up by another key is refused before anything is signed.
	if _, _, err := tx.SpeedUp(ctx, b, tx.DrillSigner("tx test/other"), old, tx.Options{}); !errors.Is(err, tx.ErrNotReplaceable) {
		t.Errorf("speed-up by another key: %v", err)
	}
}

// Following a transaction and a replacement that never reached the node
// ends when the original is mined (the other way round); a nonce taken by
// a transaction that is neither ends with ErrNonceTaken.
func TestWaitAnyMined(t *testing.T) {
	defer tx.SetNonceTakenGrace(tx.SetNonceTakenGrace(300 * time.Millisecond))
	s := tx.DrillSigner("tx test/wait")
	c := newChain(t, s)
	b := c.Client()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	to := common.HexToAddress("0x00000000000000000000000000000000000000aa")
	old, oldSigned, err := tx.Plan(ctx, b, s, names{}, to, nil, nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	rep, _, err := tx.SpeedUp(ctx, b, s, old, tx.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if err := b.SendTransaction(ctx, oldSigned); err != nil {
		t.Fatal(err)
	}
	c.Commit()
	r, err := tx.WaitAnyMined(ctx, b, s.Address(), 0, func() []common.Hash { return []common.Hash{rep.Hash, old.Hash} })
	if err != nil || r.TxHash != old.Hash {
		t.Fatalf("receipt %+v, %v: want the original's", r, err)
	}
	_, err = tx.WaitAnyMined(ctx, b, s.Address(), 0, func() []common.Hash { return []common.Hash{rep.Hash} })
	if !errors.Is(err, tx.ErrNonceTaken) || !strings.Contains(err.Error(), rep.Hash.Hex()) {
		t.Fatalf("following only a replacement that was never sent: %v", err)
	}
}

// reverter is runtime code that reverts with data, whatever it is called with.
func reverter(data []byte) []byte {
	n := byte(len(data))
	code := []byte{0x60, n, 0x60, 12, 0x60, 0x00, 0x39, 0x60, n, 0x60, 0x00, 0xfd} // codecopy(0, 12, n); revert(0, n)
	return append(code, data...)
}

func creation(runtime []byte) []byte {
	return append([]byte{0x60, byte(len(runtime)), 0x80, 0x60, 0x0b, 0x60, 0x00, 0x39, 0x60, 0x00, 0xf3}, runtime...)
}

// A call that would revert says why at planning, in every encoding
// DecodeRevert knows; a mined transaction that reverted says why too.
func TestRevertsAreDecoded(t *testing.T) {
	s := tx.DrillSigner("tx test/revert")
	c := newChain(t, s)
	b := c.Client()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	custom, err := abi.JSON(strings.NewReader(`[{"type":"error","name":"Nope","inputs":[{"name":"code","type":"uint256"}]}]`))
	if err != nil {
		t.Fatal(err)
	}
	errString, _ := abi.NewType("string", "", nil)
	msg, _ := abi.Arguments{{Type: errString}}.Pack("not the guardian")
	nope := custom.Errors["Nope"].ID
	word := func(n int64) []byte { return common.LeftPadBytes(big.NewInt(n).Bytes(), 32) }
	cases := []struct {
		name string
		data []byte
		want string
	}{
		{"error", append(crypto.Keccak256([]byte("Error(string)"))[:4], msg...), `"not the guardian"`},
		{"panic", append(crypto.Keccak256([]byte("Panic(uint256)"))[:4], word(0x11)...), "panic 0x11: arithmetic underflow or overflow"},
		{"custom", append(nope[:4:4], word(42)...), "Nope(42)"},
		{"empty", nil, "reverted without a reason"},
	}
	acct := tx.NewAccount(b, s, big.NewInt(devchain.ChainID))
	addrs := make([]common.Address, len(cases))
	var deploys []*types.Transaction
	for i, cs := range cases {
		d, err := acct.Send(ctx, nil, creation(reverter(cs.data)), nil, 200_000)
		if err != nil {
			t.Fatal(err)
		}
		deploys = append(deploys, d)
		addrs[i] = crypto.CreateAddress(s.Address(), d.Nonce())
	}
	if err := c.CommitUntilMined(ctx, deploys...); err != nil {
		t.Fatal(err)
	}
	for i, cs := range cases {
		t.Run(cs.name, func(t *testing.T) {
			_, signed, err := tx.PlanWith(ctx, b, s, names{}, addrs[i], []byte{0xde, 0xad}, nil, 100, tx.Options{ABIs: []*abi.ABI{&custom}})
			var rerr *tx.RevertError
			if signed != nil || !errors.As(err, &rerr) || rerr.Revert.String() != cs.want || !strings.Contains(err.Error(), "would fail: reverted: "+cs.want) {
				t.Fatalf("plan: %v; want it refused with %s", err, cs.want)
			}
			if cs.name == "custom" && (rerr.Revert.Kind != shadow.RevertCustom || rerr.Revert.Args[0].Value != "42") {
				t.Errorf("custom error %+v", rerr.Revert)
			}
			// Sent anyway with a fixed gas, it is mined and reverts; re-run
			// at its block it says the same.
			mined, err := acct.Send(ctx, &addrs[i], []byte{0xde, 0xad}, nil, 100_000)
			if err != nil {
				t.Fatal(err)
			}
			if err := c.CommitUntilMined(ctx, mined); err != nil {
				t.Fatal(err)
			}
			r, err := tx.WaitMined(ctx, b, mined.Hash())
			if err != nil || r.Status != types.ReceiptStatusFailed {
				t.Fatalf("receipt %+v, %v", r, err)
			}
			if got := tx.RevertReason(ctx, b, s.Address(), mined, r, &custom); got != cs.want {
				t.Errorf("mined revert: %q, want %q", got, cs.want)
			}
		})
	}

	// Out of gas: the whole limit burnt, and the sentence says it.
	mined, err := acct.Send(ctx, &addrs[0], nil, nil, 21_010)
	if err != nil {
		t.Fatal(err)
	}
	if err := c.CommitUntilMined(ctx, mined); err != nil {
		t.Fatal(err)
	}
	r, err := tx.WaitMined(ctx, b, mined.Hash())
	if err != nil || r.Status != types.ReceiptStatusFailed {
		t.Fatalf("receipt %+v, %v", r, err)
	}
	if got := tx.RevertReason(ctx, b, s.Address(), mined, r); !strings.Contains(got, "it used all of its 21,010 gas, so it may have run out of gas") {
		t.Errorf("out of gas: %q", got)
	}
}
