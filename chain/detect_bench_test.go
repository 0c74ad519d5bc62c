package chain

import (
	"context"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"warroom/chain/contracts"
)

// benchBlock is a block of n transactions with receipts and no traces: most
// are plain transfers or calls elsewhere, one in five calls the watched vault
// (deposits and withdrawals with their logs), and every hundredth is a pause.
func benchBlock(b *testing.B, n int) (*Engine, *BlockObservation) {
	b.Helper()
	art, err := contracts.Load(contracts.VaultV1Name)
	if err != nil {
		b.Fatal(err)
	}
	vault := common.HexToAddress("0x1000000000000000000000000000000000000001")
	other := common.HexToAddress("0x2000000000000000000000000000000000000002")
	dec := NewDecoder()
	dec.Label(vault, "Vault", &art.ABI)
	watched := []Watched{{Name: "Vault", Address: vault, Pausable: true, Role: RoleProtocol}}
	eng := NewEngine(DefaultRules(), watched, dec, nil)

	deposit, _ := art.ABI.Pack("deposit")
	withdraw, _ := art.ABI.Pack("withdraw", big.NewInt(1e17))
	pause, _ := art.ABI.Pack("pause")
	depositedID := art.ABI.Events["Deposited"].ID
	transferID := crypto.Keccak256Hash([]byte("Transfer(address,address,uint256)"))
	obs := &BlockObservation{Info: BlockInfo{Number: 100}, Balances: map[common.Address]*big.Int{vault: new(big.Int).Mul(big.NewInt(1000), oneEther)}}
	for i := 0; i < n; i++ {
		from := common.BigToAddress(big.NewInt(int64(0x5000 + i)))
		var (
			to   = other
			data []byte
			logs []*types.Log
		)
		switch {
		case i%100 == 0:
			to, data = vault, pause
			logs = []*types.Log{{Address: vault, Topics: []common.Hash{art.ABI.Events["Paused"].ID}, Data: common.LeftPadBytes(from.Bytes(), 32)}}
		case i%10 == 0:
			to, data = vault, deposit
			logs = []*types.Log{{Address: vault, Topics: []common.Hash{depositedID, common.BytesToHash(from.Bytes())}, Data: common.LeftPadBytes(big.NewInt(1e18).Bytes(), 32)}}
		case i%10 == 5:
			to, data = vault, withdraw
		case i%3 == 0:
			data = []byte{0xa9, 0x05, 0x9c, 0xbb, 1, 2, 3}
			logs = []*types.Log{{Address: other, Topics: []common.Hash{transferID, common.BytesToHash(from.Bytes()), common.BytesToHash(to.Bytes())}, Data: make([]byte, 32)}}
		}
		tx := types.NewTx(&types.DynamicFeeTx{Nonce: uint64(i), To: &to, Data: data, Gas: 100_000, GasFeeCap: big.NewInt(1), GasTipCap: big.NewInt(1), Value: new(big.Int)})
		obs.Txs = append(obs.Txs, TxObservation{Tx: tx, From: from, Receipt: &types.Receipt{Status: 1, Logs: logs, TransactionIndex: uint(i), GasUsed: 50_000}})
	}
	return eng, obs
}

// BenchmarkClassifyBlock classifies one block of 1,000 transactions with
// receipts, traces excluded.
func BenchmarkClassifyBlock(b *testing.B) {
	eng, obs := benchBlock(b, 1000)
	ctx := context.Background()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		alerts, touched := eng.Classify(ctx, obs)
		if touched != 200 || len(alerts) != 10 {
			b.Fatalf("touched %d alerts %d, want 200 and 10", touched, len(alerts))
		}
	}
}
