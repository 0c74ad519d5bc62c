package devchain

import (
	"context"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// The drill chain keeps all its state (issue 9): eth_getBalance at an early
// block still answers after more than 128 blocks, so cast can look back at
// the start of an attack.
func TestEarlyStateAfterManyBlocks(t *testing.T) {
	e, key := fundedChain(t)
	ctx := context.Background()
	c := e.Client()
	id, _ := c.ChainID(ctx)
	to := common.HexToAddress("0x00000000000000000000000000000000000000ee")
	send := func(nonce uint64) {
		t.Helper()
		head, err := c.HeaderByNumber(ctx, nil)
		if err != nil {
			t.Fatal(err)
		}
		fee := new(big.Int).Add(new(big.Int).Mul(head.BaseFee, big.NewInt(2)), big.NewInt(1))
		tx := types.MustSignNewTx(key, types.LatestSignerForChainID(id), &types.DynamicFeeTx{ChainID: id, Nonce: nonce, GasTipCap: big.NewInt(1), GasFeeCap: fee, Gas: 21000, To: &to, Value: big.NewInt(7)})
		if err := c.SendTransaction(ctx, tx); err != nil {
			t.Fatal(err)
		}
		if err := e.CommitUntilMined(ctx, tx); err != nil {
			t.Fatal(err)
		}
	}
	send(0)
	early := e.Head()
	// Every block changes the state, so no later root equals the early one.
	for i := uint64(1); e.Head() < early+200; i++ {
		send(i)
	}
	got, err := c.BalanceAt(ctx, to, new(big.Int).SetUint64(early))
	if err != nil {
		t.Fatalf("balance at block %d with the head at %d: %v", early, e.Head(), err)
	}
	if got.Int64() != 7 {
		t.Fatalf("balance at block %d = %s, want 7", early, got)
	}
}
