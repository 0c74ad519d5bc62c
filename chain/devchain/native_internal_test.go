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

// A block's senders come from what the pool knew, not from recovering
// them again: the book's answer is what types.Sender then gives for the
// block's transactions with the chain's signer. (The book is given a wrong
// sender on purpose, which only the cache can answer.)
func TestSendersFromTheBookAreCached(t *testing.T) {
	e, key := fundedChain(t)
	from := crypto.PubkeyToAddress(key.PublicKey)
	ctx := context.Background()
	c := e.client
	id, _ := c.ChainID(ctx)
	head, _ := c.HeaderByNumber(ctx, nil)
	to := common.HexToAddress("0xee")
	fee := new(big.Int).Mul(head.BaseFee, big.NewInt(2))
	var sent []*types.Transaction
	for nonce := uint64(0); nonce < 3; nonce++ {
		tx := types.MustSignNewTx(key, types.LatestSignerForChainID(id), &types.DynamicFeeTx{ChainID: id, Nonce: nonce, GasTipCap: big.NewInt(1), GasFeeCap: fee, Gas: 21000, To: &to, Value: big.NewInt(1)})
		if err := c.SendTransaction(ctx, tx); err != nil {
			t.Fatal(err)
		}
		sent = append(sent, tx)
	}
	// The pool's senders, noted before the seal; one replaced by a sender
	// no signature gives.
	noted := func() bool {
		c.senders.absorb()
		c.senders.mu.Lock()
		defer c.senders.mu.Unlock()
		for _, tx := range sent {
			if got, ok := c.senders.from[tx.Hash()]; !ok || got != from {
				return false
			}
		}
		return true
	}
	for deadline := time.Now().Add(10 * time.Second); !noted(); time.Sleep(5 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatal("the book never noted the pooled transactions' senders")
		}
	}
	fake := common.HexToAddress("0xfa4e")
	c.senders.mu.Lock()
	c.senders.from[sent[1].Hash()] = fake
	c.senders.mu.Unlock()

	n := e.Commit()
	b, err := c.BlockByNumber(ctx, new(big.Int).SetUint64(n))
	if err != nil || len(b.Transactions()) != 3 {
		t.Fatalf("block %d: %v, %v", n, b, err)
	}
	signer := types.MakeSigner(c.cfg, b.Number(), b.Time())
	for i, tx := range b.Transactions() {
		want := from
		if i == 1 {
			want = fake
		}
		got, err := types.Sender(signer, tx)
		if err != nil || got != want {
			t.Errorf("tx %d: sender %s %v, want %s", i, got.Hex(), err, want.Hex())
		}
		if got, _ := c.TransactionSender(ctx, tx, b.Hash(), uint(i)); got != want {
			t.Errorf("tx %d: TransactionSender %s, want %s", i, got.Hex(), want.Hex())
		}
	}
	if len(c.senders.from) != 0 {
		t.Errorf("the book still holds %d senders of mined transactions", len(c.senders.from))
	}
}

// The receipts kept from the head events are the ones the blockchain
// derives from its database.
func TestRecentReceiptsAreTheChains(t *testing.T) {
	e, key := fundedChain(t)
	ctx := context.Background()
	c := e.client
	id, _ := c.ChainID(ctx)
	head, _ := c.HeaderByNumber(ctx, nil)
	fee := new(big.Int).Mul(head.BaseFee, big.NewInt(2))
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
