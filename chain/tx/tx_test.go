package tx_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"warroom/chain"
	"warroom/chain/devchain"
	"warroom/chain/tx"
)

// A signer prints as its address under every verb, never as its key.
func TestSignerNeverShowsItsKey(t *testing.T) {
	key, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	s := tx.NewSigner(key)
	secret := hexutil.Encode(crypto.FromECDSA(key))[2:]
	for _, verb := range []string{"%v", "%+v", "%#v", "%s", "%q", "%x"} {
		out := fmt.Sprintf(verb, s)
		if strings.Contains(strings.ToLower(out), secret) || strings.Contains(out, key.D.String()) {
			t.Fatalf("%s of a signer shows its key: %s", verb, out)
		}
		if !strings.Contains(strings.ToLower(out), strings.ToLower(s.Address().Hex()[2:])) && verb != "%x" {
			t.Errorf("%s of a signer does not show its address: %s", verb, out)
		}
	}
	if tx.DrillSigner("guardian").Address() != tx.DrillSigner("guardian").Address() || tx.DrillSigner("guardian").Address() == tx.DrillSigner("attacker").Address() {
		t.Error("drill signers are not one stable key per role")
	}
}

// names decodes nothing and names addresses by their short form.
type names struct{}

func (names) Name(a common.Address) string { return chain.ShortAddr(a) }
func (names) DecodeCall(to *common.Address, data []byte) chain.DecodedCall {
	return chain.DecodedCall{Signature: hexutil.Encode(data), Method: hexutil.Encode(data)}
}
func (n names) DecodeNested(to *common.Address, data []byte) chain.DecodedCall {
	return n.DecodeCall(to, data)
}

// A plan is exactly what is sent: the transaction mined has the plan's
// hash, target, data, nonce and fees.
func TestPlanIsWhatIsMined(t *testing.T) {
	s := tx.DrillSigner("tx test/sender")
	to := common.HexToAddress("0x00000000000000000000000000000000000000aa")
	c, err := devchain.New(devchain.Config{Alloc: types.GenesisAlloc{s.Address(): {Balance: big.NewInt(1e18)}}})
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	b := c.Client()
	plan, signed, err := tx.Plan(ctx, b, s, names{}, to, nil, big.NewInt(12345), 0)
	if err != nil {
		t.Fatal(err)
	}
	if plan.Hash != signed.Hash() || plan.Signer != s.Address() || plan.To != to || plan.Nonce != 0 || plan.ChainID != devchain.ChainID {
		t.Fatalf("plan %+v does not describe the signed transaction %s", plan, signed.Hash().Hex())
	}
	if plan.Gas < 21000 || plan.MaxFee.Cmp(plan.MaxTip) < 0 || plan.MaxCost().Cmp(new(big.Int).Add(big.NewInt(12345), new(big.Int).Mul(plan.MaxFee, new(big.Int).SetUint64(plan.Gas)))) != 0 {
		t.Fatalf("plan fees %+v", plan)
	}
	if err := b.SendTransaction(ctx, signed); err != nil {
		t.Fatal(err)
	}
	if err := c.CommitUntilMined(ctx, signed); err != nil {
		t.Fatal(err)
	}
	r, err := tx.WaitMined(ctx, b, plan.Hash)
	if err != nil || r.Status != types.ReceiptStatusSuccessful {
		t.Fatalf("receipt %+v, %v", r, err)
	}
	got, err := b.BalanceAt(ctx, to, nil)
	if err != nil || got.Int64() != 12345 {
		t.Fatalf("recipient holds %v, %v", got, err)
	}
	// Waiting for a transaction that will never be mined ends with the context.
	short, cancelShort := context.WithTimeout(ctx, 200*time.Millisecond)
	defer cancelShort()
	if _, err := tx.WaitMined(short, b, common.HexToHash("0xdead")); !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("WaitMined of an unknown transaction: %v", err)
	}

	// A creation plan says where the contract will be, and it is there once mined.
	runtime := []byte{0x60, 0x2a, 0x60, 0x00, 0x52, 0x60, 0x20, 0x60, 0x00, 0xf3} // return 42
	creation := append([]byte{0x60, byte(len(runtime)), 0x80, 0x60, 0x0b, 0x60, 0x00, 0x39, 0x60, 0x00, 0xf3}, runtime...)
	cp, csigned, err := tx.PlanCreate(ctx, b, s, names{}, creation, 1)
	if err != nil {
		t.Fatal(err)
	}
	if cp.Creates == nil || *cp.Creates != crypto.CreateAddress(s.Address(), 1) || cp.To != (common.Address{}) || csigned.To() != nil {
		t.Fatalf("creation plan %+v", cp)
	}
	if err := b.SendTransaction(ctx, csigned); err != nil {
		t.Fatal(err)
	}
	if err := c.CommitUntilMined(ctx, csigned); err != nil {
		t.Fatal(err)
	}
	if code, err := b.CodeAt(ctx, *cp.Creates, nil); err != nil || !bytes.Equal(code, runtime) {
		t.Fatalf("code at %s: %x, %v", cp.Creates.Hex(), code, err)
	}
}

// flaky answers with a transport error, then "not found", then the receipt.
type flaky struct{ calls int }

func (f *flaky) TransactionReceipt(context.Context, common.Hash) (*types.Receipt, error) {
	f.calls++
	switch f.calls {
	case 1:
		return nil, errors.New("read tcp 127.0.0.1:8545: connection reset by peer")
	case 2:
		return nil, ethereum.NotFound
	}
	return &types.Receipt{Status: types.ReceiptStatusSuccessful}, nil
}

// A node that fails to answer once is asked again: the pause it mined is
// not reported as failed.
func TestWaitMinedRidesOutAHiccup(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	f := &flaky{}
	r, err := tx.WaitMined(ctx, f, common.HexToHash("0x01"))
	if err != nil || r.Status != types.ReceiptStatusSuccessful || f.calls != 3 {
		t.Fatalf("receipt %+v, %v after %d calls", r, err, f.calls)
	}
}

// A signer who cannot pay the worst case is refused before anything is
// signed, with what it holds and what it needs.
func TestPlanRefusesInsufficientFunds(t *testing.T) {
	s := tx.DrillSigner("tx test/poor")
	c, err := devchain.New(devchain.Config{Alloc: types.GenesisAlloc{s.Address(): {Balance: big.NewInt(1000)}}})
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	to := common.HexToAddress("0x00000000000000000000000000000000000000aa")
	_, signed, err := tx.Plan(context.Background(), c.Client(), s, names{}, to, nil, big.NewInt(1), 0)
	if !errors.Is(err, tx.ErrInsufficientFunds) || signed != nil || !strings.Contains(err.Error(), s.Address().Hex()+" holds <0.000001 ETH and it needs up to") {
		t.Fatalf("signed %v, err %v: want it refused for funds", signed, err)
	}
}
