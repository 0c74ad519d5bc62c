package devchain

import (
	"bytes"
	"context"
	"encoding/json"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
)

// The block the chain gives its readers (the pool after each head, the
// tracer, the watcher) carries each sender the pool recovered, put there
// by the sealer: types.Sender finds it cached and does not recover it.
// The probe is the chain's signer answering a wrong sender, which only a
// transaction with no cached sender asks.
func TestSealedBlocksCarryTheirSenders(t *testing.T) {
	e, key := fundedChain(t)
	from := crypto.PubkeyToAddress(key.PublicKey)
	ctx := context.Background()
	c := e.client
	id, fee := txTerms(t, e)
	to := common.HexToAddress("0xee")
	for nonce := uint64(0); nonce < 3; nonce++ {
		tx := types.MustSignNewTx(key, types.LatestSignerForChainID(id), &types.DynamicFeeTx{ChainID: id, Nonce: nonce, GasTipCap: big.NewInt(1), GasFeeCap: fee, Gas: 21000, To: &to, Value: big.NewInt(1)})
		if err := c.SendTransaction(ctx, tx); err != nil {
			t.Fatal(err)
		}
	}
	e.Settle()
	n := e.Commit()
	b := c.bc.GetBlockByNumber(n)
	if b == nil || len(b.Transactions()) != 3 {
		t.Fatalf("block %d: %v", n, b)
	}
	probe := knownSender{Signer: types.MakeSigner(c.cfg, b.Number(), b.Time()), from: common.HexToAddress("0xfa4e")}
	for i, tx := range b.Transactions() {
		if got, err := types.Sender(probe, tx); err != nil || got != from {
			t.Errorf("tx %d: sender %s %v, want %s cached", i, got.Hex(), err, from.Hex())
		}
	}
	nb, err := c.BlockByNumber(ctx, new(big.Int).SetUint64(n))
	if err != nil {
		t.Fatal(err)
	}
	for i, tx := range nb.Transactions() {
		if got, _ := types.Sender(probe, tx); got != from {
			t.Errorf("native client's tx %d: sender %s, want %s cached", i, got.Hex(), from.Hex())
		}
	}
}

// The receipts kept from the head events are the ones the blockchain
// derives from its database.
func TestRecentReceiptsAreTheChains(t *testing.T) {
	e, key := fundedChain(t)
	ctx := context.Background()
	c := e.client
	id, fee := txTerms(t, e)
	signer := types.LatestSignerForChainID(id)
	// A contract creation (its receipt has a contract address) and a call
	// that emits nothing.
	create := types.MustSignNewTx(key, signer, &types.DynamicFeeTx{ChainID: id, Nonce: 0, GasTipCap: big.NewInt(1), GasFeeCap: fee, Gas: 100_000, Data: common.FromHex("0x600a600c600039600a6000f3602a60005260206000f3")})
	to := common.HexToAddress("0xee")
	send := types.MustSignNewTx(key, signer, &types.DynamicFeeTx{ChainID: id, Nonce: 1, GasTipCap: big.NewInt(1), GasFeeCap: fee, Gas: 21000, To: &to, Value: big.NewInt(1)})
	for _, tx := range []*types.Transaction{create, send} {
		if err := c.SendTransaction(ctx, tx); err != nil {
			t.Fatal(err)
		}
	}
	n := e.Commit()
	b := c.bc.GetBlockByNumber(n)
	// The head event may still be on its way to the client's goroutine.
	kept, ok := c.receipts.get(b.Hash())
	for deadline := time.Now().Add(10 * time.Second); !ok && time.Now().Before(deadline); time.Sleep(5 * time.Millisecond) {
		kept, ok = c.receipts.get(b.Hash())
	}
	if !ok || len(kept) != 2 {
		t.Fatalf("kept receipts of block %d: %d, %v", n, len(kept), ok)
	}
	if kept[0].ContractAddress == (common.Address{}) {
		t.Error("the creation's receipt has no contract address")
	}
	read := c.bc.GetReceiptsByHash(b.Hash())
	j1, _ := json.Marshal(kept)
	j2, _ := json.Marshal(read)
	if !bytes.Equal(j1, j2) {
		t.Errorf("kept receipts differ from the chain's\nkept: %s\nread: %s", j1, j2)
	}
}

// The chain keeps the frames of its newest keptTraces sealed blocks, one
// per transaction; an older block's trace is a re-execution, the same
// frames. An empty block's kept trace is empty.
func TestSealedTracesKeptForTheNewestBlocks(t *testing.T) {
	e, key := fundedChain(t)
	ctx := context.Background()
	c := e.client
	id, fee := txTerms(t, e)
	// A creation whose init code calls the identity precompile (a nested
	// frame) and leaves no code.
	code := common.FromHex("0x60006000600060006000600462fffffff100")
	tx := types.MustSignNewTx(key, types.LatestSignerForChainID(id), &types.DynamicFeeTx{ChainID: id, GasTipCap: big.NewInt(1), GasFeeCap: fee, Gas: 200_000, Data: code})
	if err := c.SendTransaction(ctx, tx); err != nil {
		t.Fatal(err)
	}
	first := c.bc.GetBlockByNumber(e.Commit())
	sealed, ok := c.sealed.get(first.Hash())
	if !ok || len(sealed) != 1 || len(sealed[0].Calls) != 1 || sealed[0].Type != "CREATE" {
		t.Fatalf("block %d's kept trace: %v %+v; want its creation with one call", first.NumberU64(), ok, sealed)
	}
	kept := jsonOf(t, sealed)
	empty := c.bc.GetBlockByNumber(e.Commit())
	if fs, ok := c.sealed.get(empty.Hash()); !ok || fs == nil || len(fs) != 0 {
		t.Errorf("empty block's kept trace: %v %v; want kept and empty", fs, ok)
	}
	for range keptTraces - 1 {
		e.Commit()
	}
	if _, ok := c.sealed.get(first.Hash()); ok {
		t.Errorf("block %d still kept %d blocks later", first.NumberU64(), keptTraces)
	}
	if _, ok := c.sealed.get(empty.Hash()); !ok {
		t.Errorf("block %d not kept %d blocks later", empty.NumberU64(), keptTraces-1)
	}
	again, err := c.TraceBlock(ctx, first.Hash())
	if err != nil {
		t.Fatal(err)
	}
	if got := jsonOf(t, again); !bytes.Equal(got, kept) {
		t.Errorf("re-executed trace differs from the one its seal made\nre-executed: %s\nsealed:      %s", got, kept)
	}
}

func jsonOf(t *testing.T, v any) []byte {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// txTerms is what a test's transaction on e needs: the chain id, and a fee
// cap of twice the head's base fee.
func txTerms(t *testing.T, e *Chain) (id, feeCap *big.Int) {
	t.Helper()
	ctx := context.Background()
	id, err := e.client.ChainID(ctx)
	if err != nil {
		t.Fatal(err)
	}
	head, err := e.client.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	return id, new(big.Int).Mul(head.BaseFee, big.NewInt(2))
}
