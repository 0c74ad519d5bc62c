package devchain_test

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/rawdb"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	gethrpc "github.com/ethereum/go-ethereum/rpc"
)

// Every block the sealer writes is one a validating geth imports from the
// genesis alone: its header against the consensus rules (timestamps, gas
// limit, base fee, blob gas, beacon root), its body against the header,
// and its execution against the header's gas used, bloom, receipt root,
// state root and requests hash. The blocks hold the drill's deployment
// (a Safe, a timelock, proxies), deposits, a re-entrancy attack, reverted
// calls and creations, and a plain transfer; a transaction with a nonce
// gap stays in the pool. Thirty-three blocks on, the finalized and safe
// marks are block 32.
func TestSealedBlocksImport(t *testing.T) {
	n := newTwoClients(t)
	vault := n.dep.Vault
	setup := n.arm(t)
	attack := n.attack
	d := n.depositors
	n.send(t, n.attacker, &attack, n.att.PackAttack(big.NewInt(6)), ether(1), 700_000)
	n.send(t, d[1], &vault, n.vault.PackWithdraw(ether(1)), nil, 100_000)
	n.send(t, d[2], &vault, n.vault.PackWithdraw(ether(500)), nil, 100_000) // reverts
	n.send(t, d[3], nil, common.FromHex("0x60006000fd"), nil, 100_000)      // init code that reverts
	to := d[0].Address()
	last := n.send(t, d[2], &to, nil, ether(1), 21_000)
	if err := n.emb.CommitUntilMined(n.ctx, last); err != nil {
		t.Fatal(err)
	}
	// A nonce gap: sent with the sender's next nonce but one.
	nonce, err := n.native.PendingNonceAt(n.ctx, d[0].Address())
	if err != nil {
		t.Fatal(err)
	}
	gapped, err := testKey("d0").Sign(types.NewTx(&types.DynamicFeeTx{
		ChainID: n.chainID, Nonce: nonce + 1, GasTipCap: big.NewInt(1),
		GasFeeCap: big.NewInt(1e12), Gas: 21_000, To: &to, Value: big.NewInt(1)}), n.chainID)
	if err != nil {
		t.Fatal(err)
	}
	if err := n.native.SendTransaction(n.ctx, gapped); err != nil {
		t.Fatal(err)
	}
	for n.emb.Head() < 33 {
		n.emb.Commit()
	}
	head := n.emb.Head()

	genesis := n.emb.Genesis()
	db := rawdb.NewMemoryDatabase()
	engine, err := ethconfig.CreateConsensusEngine(genesis.Config, db)
	if err != nil {
		t.Fatal(err)
	}
	checker, err := core.NewBlockChain(db, genesis, engine, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer checker.Stop()
	var blocks types.Blocks
	txs := 0
	for b := uint64(1); b <= head; b++ {
		block, err := n.native.BlockByNumber(n.ctx, new(big.Int).SetUint64(b))
		if err != nil {
			t.Fatal(err)
		}
		if block.Transaction(gapped.Hash()) != nil {
			t.Fatalf("block %d holds the transaction with a nonce gap", b)
		}
		txs += len(block.Transactions())
		blocks = append(blocks, block)
	}
	if sent := len(setup) + 5; txs <= sent {
		t.Fatalf("%d transactions in %d blocks: the test sent %d after the deployment's", txs, head, sent)
	}
	if i, err := checker.InsertChain(blocks); err != nil {
		t.Fatalf("a validating chain refuses sealed block %d: %v", blocks[i].NumberU64(), err)
	}
	if got := checker.CurrentBlock(); got.Hash() != blocks[len(blocks)-1].Hash() {
		t.Fatalf("validating chain's head %d %s, want %d %s", got.Number, got.Hash(), head, blocks[len(blocks)-1].Hash())
	}
	for _, mark := range []gethrpc.BlockNumber{gethrpc.FinalizedBlockNumber, gethrpc.SafeBlockNumber} {
		h, err := n.rpc.HeaderByNumber(n.ctx, big.NewInt(mark.Int64()))
		if err != nil {
			t.Fatalf("%s: %v", mark, err)
		}
		if h.Number.Uint64() != 32 {
			t.Fatalf("%s block %d at head %d, want 32", mark, h.Number, head)
		}
	}
}
