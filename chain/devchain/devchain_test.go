package devchain

import (
	"context"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"warroom/chain/rpc"
)

func TestEmbeddedSealsAndTraces(t *testing.T) {
	key, _ := crypto.GenerateKey()
	from := crypto.PubkeyToAddress(key.PublicKey)
	e, err := New(Config{Alloc: types.GenesisAlloc{from: {Balance: big.NewInt(1e18)}}})
	if err != nil {
		t.Fatal(err)
	}
	defer e.Close()
	if url := e.HTTPEndpoint(); url != "" {
		t.Errorf("a chain without --rpc-listen says it serves %q", url)
	}
	ctx := context.Background()
	c := e.Client()
	id, err := c.ChainID(ctx)
	if err != nil || id.Uint64() != ChainID {
		t.Fatalf("chain id %v %v", id, err)
	}
	to := crypto.PubkeyToAddress(key.PublicKey)
	tip := big.NewInt(1)
	head, _ := c.HeaderByNumber(ctx, nil)
	fee := new(big.Int).Add(new(big.Int).Mul(head.BaseFee, big.NewInt(2)), tip)
	tx := types.MustSignNewTx(key, types.LatestSignerForChainID(id), &types.DynamicFeeTx{ChainID: id, Nonce: 0, GasTipCap: tip, GasFeeCap: fee, Gas: 21000, To: &to, Value: big.NewInt(1)})
	if err := c.SendTransaction(ctx, tx); err != nil {
		t.Fatal(err)
	}
	n := e.Commit()
	if n != 1 {
		t.Fatalf("head %d after one commit", n)
	}
	b, err := c.BlockByNumber(ctx, big.NewInt(1))
	if err != nil || len(b.Transactions()) != 1 {
		t.Fatalf("block 1: %v txs, %v", b, err)
	}
	frames, err := c.TraceBlock(ctx, b.Hash())
	if err != nil {
		t.Fatal(err)
	}
	if len(frames) != 1 || frames[0].Type != "CALL" || frames[0].Callee() != to || frames[0].Wei().Int64() != 1 {
		t.Fatalf("trace %+v", frames)
	}
}

func TestEmbeddedServesLoopbackRPC(t *testing.T) {
	e, err := New(Config{RPCListen: "127.0.0.1:0"})
	if err != nil {
		t.Fatal(err)
	}
	defer e.Close()
	url := e.HTTPEndpoint()
	if url == "" {
		t.Fatal("no HTTP endpoint")
	}
	ctx := context.Background()
	c, err := rpc.Dial(ctx, url)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	e.Commit()
	n, err := c.BlockNumber(ctx)
	if err != nil || n != 1 {
		t.Fatalf("block number over HTTP: %d, %v", n, err)
	}
	b, _ := c.BlockByNumber(ctx, nil)
	if _, err := c.TraceBlock(ctx, b.Hash()); err != nil {
		t.Fatalf("tracer API over HTTP: %v", err)
	}
	for _, bad := range []string{"0.0.0.0:8545", "10.0.0.1:8545", "127.0.0.1", "127.0.0.1:http", "127.0.0.1:70000", "localhost:-1"} {
		if _, err := New(Config{RPCListen: bad}); err == nil {
			t.Errorf("--rpc-listen %s accepted", bad)
		}
	}
}
