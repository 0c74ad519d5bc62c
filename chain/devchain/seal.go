package devchain

import (
	"context"
	"crypto/rand"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/consensus/misc/eip1559"
	"github.com/ethereum/go-ethereum/consensus/misc/eip4844"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/rawdb"
	"github.com/ethereum/go-ethereum/core/state"
	"github.com/ethereum/go-ethereum/core/tracing"
	"github.com/ethereum/go-ethereum/core/txpool"
	"github.com/ethereum/go-ethereum/core/txpool/txorder"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/core/vm"
	"github.com/ethereum/go-ethereum/eth"
	"github.com/ethereum/go-ethereum/params"
	"github.com/holiman/uint256"

	"warroom/chain"
)

// epoch is how many blocks the chain's finalized and safe marks trail by
// at most, as geth's simulated beacon does: the newest multiple of 32.
const epoch = 32

// sealer builds the dev chain's blocks and writes them with their state,
// executing each block once.
//
// geth's simulated beacon (catalyst) goes through the engine API as a
// consensus client would: the miner executes the pool's transactions to
// build the payload, and newPayload executes the same block again to
// import it, since the engine API hands over a block, not its state. On
// the drill's two cores that doubled the seal (a 100-transaction block:
// 6 ms to build, 9 ms to import) and took the second execution from the
// watcher. The sealer keeps what it computed: it builds the block as the
// miner does (the same header fields, the same pre- and
// post-execution system calls, transactions by price and nonce from the
// pool), commits the resulting state to the chain's trie database, writes
// the block and its receipts, and makes it the head with SetCanonical,
// which sends the head, chain and log events the pool, the filters and
// the native client follow. TestSealedBlocksImport checks that a
// validating geth accepts every block it seals.
//
// It keeps each block's trace too (sealtrace.go): the frame tracer's
// hooks run while it executes the transactions, so the watcher's trace
// of a new block is not a second execution of it. Tracing costs the seal
// geth's generated interpreter (any tracer runs the table loop): a
// 1,000-transaction block seals some 20 % slower, and the 37 ms of its
// re-execution go from the watcher's pipeline.
type sealer struct {
	backend  *eth.Ethereum
	cfg      *params.ChainConfig
	gasCeil  uint64
	minTip   *uint256.Int
	lastTime uint64
	// traces keeps the call frames each block's execution made. Without
	// it the sealer traces nothing, as geth's miner (BenchmarkSeal's
	// measure of what tracing costs the seal).
	traces *sealedTraces
}

func newSealer(backend *eth.Ethereum, gasCeil uint64, minTip *uint256.Int, traces *sealedTraces) *sealer {
	return &sealer{
		backend: backend,
		cfg:     backend.BlockChain().Config(),
		gasCeil: gasCeil,
		minTip:  minTip,
		traces:  traces,
	}
}

// seal builds a block on the head with what the pool holds, writes it and
// makes it the head.
func (s *sealer) seal(ctx context.Context) (*types.Block, error) {
	bc := s.backend.BlockChain()
	pool := s.backend.TxPool()
	// The pool resets on each new head in its own goroutine; wait for it,
	// so that it offers the transactions that are executable now.
	if err := pool.Sync(); err != nil {
		return nil, fmt.Errorf("seal: sync the pool: %w", err)
	}
	parent := bc.CurrentBlock()
	header, err := s.header(parent)
	if err != nil {
		return nil, err
	}
	statedb, err := bc.StateAt(parent.Root, header.Number, header.Time)
	if err != nil {
		return nil, fmt.Errorf("seal: state of block %d: %w", parent.Number, err)
	}
	statedb.StartPrefetcher("sealer", nil)
	defer statedb.StopPrefetcher()

	coinbase := header.Coinbase
	// The block's trace is made as it is built: the frame tracer sees
	// each transaction the block takes, as a re-execution would.
	var tracer *frameTracer
	var hooks *tracing.Hooks
	if s.traces != nil {
		tracer = new(frameTracer)
		hooks = tracer.hooks()
	}
	evm := vm.NewEVM(core.NewEVMBlockContext(header, bc, &coinbase), statedb, s.cfg, vm.Config{Tracer: hooks})
	defer evm.Release()
	evm.SetJumpDestCache(bc.JumpDestCache())
	evm.SetPrecompileCache(bc.PrecompileCache())
	core.PreExecution(ctx, header.ParentBeaconRoot, parent, s.cfg, evm, header.Number, header.Time)

	txs, receipts, frames := s.fill(ctx, pool, header, statedb, evm, tracer)

	body := types.Body{Transactions: txs, Withdrawals: make([]*types.Withdrawal, 0)}
	var logs []*types.Log
	for _, r := range receipts {
		logs = append(logs, r.Logs...)
	}
	requests, _, err := core.PostExecution(ctx, s.cfg, header.Number, header.Time, logs, body.Withdrawals, evm, uint32(len(txs)+1))
	if err != nil {
		return nil, fmt.Errorf("seal: block %d: %w", header.Number, err)
	}
	if requests != nil {
		h := types.CalcRequestsHash(requests)
		header.RequestsHash = &h
	}
	bc.Engine().Finalize(bc, header, statedb, &body)
	block := core.AssembleBlock(bc, header, statedb, &body, receipts, nil)
	if err := statedb.Error(); err != nil {
		return nil, fmt.Errorf("seal: block %d: state: %w", header.Number, err)
	}
	if frames != nil {
		// Kept before the block is the head, which the watcher follows.
		s.traces.put(block.Hash(), frames)
	}
	if err := s.write(block, receipts, statedb); err != nil {
		return nil, err
	}
	if _, err := bc.SetCanonical(block); err != nil {
		return nil, fmt.Errorf("seal: make block %d the head: %w", header.Number, err)
	}
	final := block.Header()
	if n := block.NumberU64(); n%epoch != 0 {
		final = bc.GetHeaderByNumber(n - n%epoch)
	}
	bc.SetFinalized(final)
	bc.SetSafe(final)
	s.lastTime = header.Time
	return block, nil
}

// header is the next block's header before execution: what the miner's
// prepareWork sets from the simulated beacon's payload attributes (a
// random prevrandao, a zero beacon root, no fee recipient).
func (s *sealer) header(parent *types.Header) (*types.Header, error) {
	timestamp := max(uint64(time.Now().Unix()), parent.Time+1, s.lastTime+1)
	number := new(big.Int).Add(parent.Number, common.Big1)
	if s.cfg.IsAmsterdam(number, timestamp) {
		// Block access lists and slot numbers (EIP-7928, EIP-7843) are
		// not built here; the dev chain's rules stop before them.
		return nil, errors.New("seal: the dev chain's sealer does not build Amsterdam blocks")
	}
	header := &types.Header{
		ParentHash: parent.Hash(),
		Number:     number,
		GasLimit:   core.CalcGasLimit(parent.GasLimit, s.gasCeil),
		Time:       timestamp,
		BaseFee:    eip1559.CalcBaseFee(s.cfg, parent),
	}
	if _, err := rand.Read(header.MixDigest[:]); err != nil {
		return nil, fmt.Errorf("seal: prevrandao: %w", err)
	}
	if err := s.backend.Engine().Prepare(s.backend.BlockChain(), header); err != nil {
		return nil, fmt.Errorf("seal: prepare block %d: %w", number, err)
	}
	if s.cfg.IsCancun(header.Number, header.Time) {
		excess := eip4844.CalcExcessBlobGas(s.cfg, parent, timestamp)
		header.ExcessBlobGas = &excess
		header.BlobGasUsed = new(uint64)
		header.ParentBeaconRoot = new(common.Hash)
	}
	return header, nil
}

// fill executes the pool's executable transactions in the block, by price
// and then nonce, as the miner's commitTransactions does: a transaction
// that does not fit the gas left is skipped, one whose nonce is already
// used is dropped, and any other failure skips the rest of its sender's.
// Blob transactions are left in the pool: drills send none. frames are
// what tracer made of each transaction taken, nil if it failed on one or
// there is no tracer.
func (s *sealer) fill(ctx context.Context, pool *txpool.TxPool, header *types.Header, statedb *state.StateDB, evm *vm.EVM, tracer *frameTracer) (
	txs []*types.Transaction, receipts []*types.Receipt, frames []*chain.CallFrame) {
	filter := txpool.PendingFilter{
		MinTip:  s.minTip,
		BaseFee: uint256.MustFromBig(header.BaseFee),
	}
	if header.ExcessBlobGas != nil {
		filter.BlobFee = uint256.MustFromBig(eip4844.CalcBlobFee(s.cfg, header))
	}
	if s.cfg.IsOsaka(header.Number, header.Time) {
		filter.GasLimitCap = params.MaxTxGas
	}
	pending, _ := pool.Pending(filter)
	if _, queued := pool.Stats(); queued > 0 {
		queuedInTurn(pool, pending, filter, statedb)
	}
	signer := types.MakeSigner(s.cfg, header.Number, header.Time)
	ordered := txorder.NewTransactionsByPriceAndNonce(signer, pending, header.BaseFee)

	gp, size, traced := core.NewGasPool(header.GasLimit), uint64(header.Size()), tracer != nil
	frames = []*chain.CallFrame{} // an empty block's trace is empty, not missing
	for {
		ltx, _ := ordered.Peek()
		if ltx == nil || gp.Available(false) < params.TxGas {
			break
		}
		if gp.Available(false) < ltx.Gas {
			ordered.Pop()
			continue
		}
		tx := ltx.Resolve()
		if tx == nil { // evicted since
			ordered.Pop()
			continue
		}
		if size+tx.Size() >= params.MaxBlockSize-maxBlockSizeBufferZone {
			break
		}
		statedb.SetTxContext(tx.Hash(), len(txs), uint32(len(txs)+1))
		snap, gas := statedb.Snapshot(), gp.Snapshot()
		if tracer != nil {
			tracer.reset()
		}
		receipt, _, err := core.ApplyTransaction(ctx, evm, gp, statedb, header, tx)
		if err != nil {
			statedb.RevertToSnapshot(snap)
			gp.Set(gas)
			if errors.Is(err, core.ErrNonceTooLow) {
				ordered.Shift()
			} else {
				ordered.Pop()
			}
			continue
		}
		header.GasUsed = gp.Used()
		txs, receipts = append(txs, tx), append(receipts, receipt)
		if traced {
			if f, err := tracer.result(); err == nil {
				frames = append(frames, f)
			} else {
				traced = false
			}
		}
		size += tx.Size()
		ordered.Shift()
	}
	if !traced {
		frames = nil
	}
	return txs, receipts, frames
}

// queuedInTurn adds to pending the queued transactions that are next in
// their sender's turn. The pool admits a transaction to its queue and
// promotes it to pending on its own goroutine, and a promotion that falls
// into the same run as its reset on a new head is lost: the reset takes
// its senders' next nonces from the state, before their pending
// transactions count, so a sender's second transaction sent just before
// the seal stays queued behind its first, executable, until the pool next
// runs a promotion for that sender. A queued transaction whose nonce does
// not follow its sender's pending ones has a real gap and stays out.
func queuedInTurn(pool *txpool.TxPool, pending map[common.Address][]*txpool.LazyTransaction, filter txpool.PendingFilter, statedb *state.StateDB) {
	all, queued := pool.Content()
	baseFee := filter.BaseFee.ToBig()
	for addr, txs := range queued {
		next := statedb.GetNonce(addr)
		if p := all[addr]; len(p) > 0 {
			if len(pending[addr]) != len(p) {
				continue // the filter held some of its pending ones back
			}
			next = p[len(p)-1].Nonce() + 1
		}
		for _, tx := range txs {
			if tx.Nonce() != next || tx.Type() == types.BlobTxType || (filter.GasLimitCap != 0 && tx.Gas() > filter.GasLimitCap) {
				break
			}
			if tip, err := tx.EffectiveGasTip(baseFee); err != nil || tip.Cmp(filter.MinTip.ToBig()) < 0 {
				break
			}
			pending[addr] = append(pending[addr], &txpool.LazyTransaction{
				Hash: tx.Hash(), Tx: tx, Time: tx.Time(), Gas: tx.Gas(),
				GasFeeCap: uint256.MustFromBig(tx.GasFeeCap()), GasTipCap: uint256.MustFromBig(tx.GasTipCap()),
			})
			next++
		}
	}
}

// maxBlockSizeBufferZone is the miner's margin under the protocol's block
// size cap (EIP-7934) for what is added to a block after its transactions.
const maxBlockSizeBufferZone = 1_000_000

// write stores the block, its receipts and its state as the chain's
// import does (writeBlockWithState): the block and receipts in one batch,
// the state committed to the trie database and, the chain being an
// archive, flushed to its key-value store.
func (s *sealer) write(block *types.Block, receipts []*types.Receipt, statedb *state.StateDB) error {
	bc := s.backend.BlockChain()
	batch := s.backend.ChainDb().NewBatch()
	defer batch.Close()
	rawdb.WriteBlock(batch, block)
	rawdb.WriteReceipts(batch, block.Hash(), block.NumberU64(), receipts)
	rawdb.WritePreimages(batch, statedb.Preimages())
	if err := batch.Write(); err != nil {
		return fmt.Errorf("seal: write block %d: %w", block.NumberU64(), err)
	}
	s.warm(block)
	rules := s.cfg.Rules(block.Number(), true, block.Time())
	root, err := statedb.Commit(rules, block.NumberU64())
	if err != nil {
		return fmt.Errorf("seal: commit the state of block %d: %w", block.NumberU64(), err)
	}
	if root != block.Root() {
		return fmt.Errorf("seal: block %d: committed state root %s, the header says %s", block.NumberU64(), root, block.Root())
	}
	if err := bc.TrieDB().Commit(root, false); err != nil {
		return fmt.Errorf("seal: flush the state of block %d: %w", block.NumberU64(), err)
	}
	return nil
}

// warm puts the block, as the chain's readers will be given it, into the
// chain's block cache with each transaction's sender: the pool recovered
// them when it admitted the transactions, and the block the chain decodes
// from its database would have none, so that the pool's blob half, the
// tracer and the watcher would each recover a thousand senders again
// after a thousand-transaction block (some 40 ms of a core).
func (s *sealer) warm(block *types.Block) {
	cached := s.backend.BlockChain().GetBlock(block.Hash(), block.NumberU64())
	if cached == nil {
		return
	}
	// The same hash is the same transactions, in the same order.
	signer := types.MakeSigner(s.cfg, block.Number(), block.Time())
	sealed := block.Transactions()
	for i, tx := range cached.Transactions() {
		if from, err := types.Sender(signer, sealed[i]); err == nil {
			_, _ = types.Sender(knownSender{Signer: signer, from: from}, tx)
		}
	}
}

// knownSender is the chain's signer for one transaction whose sender is
// known: types.Sender caches what its Sender says in the transaction, and
// as it is Equal to the chain's signer, every later types.Sender with that
// signer finds it there.
type knownSender struct {
	types.Signer
	from common.Address
}

func (s knownSender) Sender(*types.Transaction) (common.Address, error) { return s.from, nil }

func (s knownSender) Equal(o types.Signer) bool {
	if k, ok := o.(knownSender); ok {
		o = k.Signer
	}
	return s.Signer.Equal(o)
}
