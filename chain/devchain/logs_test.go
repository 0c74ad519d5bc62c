package devchain

import (
	"context"
	"crypto/ecdsa"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
)

// fundedChain is an embedded chain whose one funded account (1 ether) has
// a fresh key; it is closed when the test ends.
func fundedChain(t *testing.T) (*Chain, *ecdsa.PrivateKey) {
	t.Helper()
	key, _ := crypto.GenerateKey()
	e, err := New(Config{Alloc: types.GenesisAlloc{crypto.PubkeyToAddress(key.PublicKey): {Balance: big.NewInt(1e18)}}})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { e.Close() })
	return e, key
}

// The chain keeps no log search index (LogNoHistory), and eth_getLogs
// still finds a block's logs, by searching its receipts.
func TestLogsWithoutAnIndex(t *testing.T) {
	e, key := fundedChain(t)
	from := crypto.PubkeyToAddress(key.PublicKey)
	ctx := context.Background()
	c := e.Client()
	id, _ := c.ChainID(ctx)
	head, _ := c.HeaderByNumber(ctx, nil)
	fee := new(big.Int).Add(new(big.Int).Mul(head.BaseFee, big.NewInt(2)), big.NewInt(1))
	// A creation whose constructor emits one empty LOG0 and leaves no code.
	code := common.FromHex("0x60006000a000")
	tx := types.MustSignNewTx(key, types.LatestSignerForChainID(id), &types.DynamicFeeTx{ChainID: id, GasTipCap: big.NewInt(1), GasFeeCap: fee, Gas: 100_000, Data: code})
	if err := c.SendTransaction(ctx, tx); err != nil {
		t.Fatal(err)
	}
	if err := e.CommitUntilMined(ctx, tx); err != nil {
		t.Fatal(err)
	}
	emitter := crypto.CreateAddress(from, 0)
	for _, q := range []ethereum.FilterQuery{
		{Addresses: []common.Address{emitter}},
		{FromBlock: big.NewInt(0), ToBlock: big.NewInt(int64(e.Head())), Addresses: []common.Address{emitter}},
	} {
		logs, err := e.RPCClient().FilterLogs(ctx, q)
		if err != nil {
			t.Fatalf("eth_getLogs %+v: %v", q, err)
		}
		if len(logs) != 1 || logs[0].Address != emitter || logs[0].TxHash != tx.Hash() {
			t.Fatalf("eth_getLogs %+v: %+v, want the constructor's one log", q, logs)
		}
	}
}
