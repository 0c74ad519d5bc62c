package devchain

import (
	"context"
	"errors"
	"fmt"
	"math"
	"math/big"
	"sync"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/state"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/core/vm"
	"github.com/ethereum/go-ethereum/eth"
	"github.com/ethereum/go-ethereum/event"
	"github.com/ethereum/go-ethereum/params"
	gethrpc "github.com/ethereum/go-ethereum/rpc"
	"github.com/holiman/uint256"

	"warroom/chain"
)

// nativeClient is the embedded chain's chain.Client. What the watcher asks
// on every block (the block, its receipts, senders, the trace, the state
// the protocol is read from, the head) it answers from the geth backend in
// the same process, through the Go entry points eth's own JSON-RPC API is
// built on (eth.EthAPIBackend, core.BlockChain), so no JSON is encoded or
// decoded, and the trace comes from a Go tracer (nativetrace.go). The
// answers are the RPC's: the same lookups, the same errors, and
// ethereum.NotFound where ethclient says it.
//
// Everything else (sending, estimating, logs, raw calls such as eth_call
// with state overrides) goes to the in-process RPC client it embeds.
//
// Blocks, headers and receipts are geth's own cached values, shared with
// the node: read them, never change them.
type nativeClient struct {
	chain.Client // the in-process RPC client

	eth *eth.Ethereum
	bc  *core.BlockChain
	cfg *params.ChainConfig

	receipts *recentReceipts
	sealed   *sealedTraces // the frames of the blocks the sealer built

	closeOnce sync.Once
	closed    chan struct{}
	kept      chan struct{} // closed when keepReceipts returns
}

var _ chain.Client = (*nativeClient)(nil)

// newNativeClient answers from backend, and through rpcClient what it
// does not answer itself. Until Close it keeps the newest blocks'
// receipts as the chain sends them (nativereceipts.go).
func newNativeClient(backend *eth.Ethereum, rpcClient chain.Client, sealed *sealedTraces) *nativeClient {
	c := &nativeClient{
		sealed:   sealed,
		Client:   rpcClient,
		eth:      backend,
		bc:       backend.BlockChain(),
		cfg:      backend.BlockChain().Config(),
		receipts: newRecentReceipts(backend.BlockChain()),
		closed:   make(chan struct{}),
		kept:     make(chan struct{}),
	}
	go c.keepReceipts()
	return c
}

// Close ends head subscriptions and the receipts kept, and closes the
// RPC client.
func (c *nativeClient) Close() {
	c.closeOnce.Do(func() {
		close(c.closed)
		<-c.kept
		c.Client.Close()
	})
}

// blockNumber is the RPC's block number for n: nil is the latest, the
// negative numbers ethclient sends as tags (pending, safe, finalized,
// earliest) are those tags.
func blockNumber(n *big.Int) (gethrpc.BlockNumber, error) {
	if n == nil {
		return gethrpc.LatestBlockNumber, nil
	}
	if !n.IsInt64() {
		return 0, fmt.Errorf("block number %s does not fit in 64 bits", n)
	}
	return gethrpc.BlockNumber(n.Int64()), nil
}

// ChainID is the chain's id.
func (c *nativeClient) ChainID(ctx context.Context) (*big.Int, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	return new(big.Int).Set(c.cfg.ChainID), nil
}

// BlockNumber is the number of the head block.
func (c *nativeClient) BlockNumber(ctx context.Context) (uint64, error) {
	if err := ctx.Err(); err != nil {
		return 0, err
	}
	return c.bc.CurrentBlock().Number.Uint64(), nil
}

// HeaderByNumber is a block's header (nil: the head's).
func (c *nativeClient) HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	bn, err := blockNumber(number)
	if err != nil {
		return nil, err
	}
	h, err := c.eth.APIBackend.HeaderByNumber(ctx, bn)
	if err == nil && h == nil {
		err = ethereum.NotFound
	}
	return h, onWire(err)
}

// HeaderByHash is the header of the block with that hash.
func (c *nativeClient) HeaderByHash(ctx context.Context, hash common.Hash) (*types.Header, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	h := c.bc.GetHeaderByHash(hash)
	if h == nil {
		return nil, ethereum.NotFound
	}
	return h, nil
}

// BlockByNumber is a block with its transactions (nil: the head).
func (c *nativeClient) BlockByNumber(ctx context.Context, number *big.Int) (*types.Block, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	bn, err := blockNumber(number)
	if err != nil {
		return nil, err
	}
	b, err := c.eth.APIBackend.BlockByNumber(ctx, bn)
	if err == nil && b == nil {
		err = ethereum.NotFound
	}
	return b, onWire(err)
}

// BlockByHash is the block with that hash.
func (c *nativeClient) BlockByHash(ctx context.Context, hash common.Hash) (*types.Block, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	b, err := c.eth.APIBackend.BlockByHash(ctx, hash)
	if err == nil && b == nil {
		err = ethereum.NotFound
	}
	return b, onWire(err)
}

// BlockReceipts are a block's receipts in transaction order, as
// eth_getBlockReceipts gives them. The pending block's go through RPC.
func (c *nativeClient) BlockReceipts(ctx context.Context, at gethrpc.BlockNumberOrHash) ([]*types.Receipt, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	if n, ok := at.Number(); ok && n == gethrpc.PendingBlockNumber {
		return c.Client.BlockReceipts(ctx, at)
	}
	b, err := c.eth.APIBackend.BlockByNumberOrHash(ctx, at)
	if err != nil {
		return nil, onWire(err)
	}
	if b == nil {
		return nil, ethereum.NotFound
	}
	if rs, ok := c.receipts.get(b.Hash()); ok && len(rs) == len(b.Transactions()) {
		return rs, nil
	}
	rs := c.bc.GetReceiptsByHash(b.Hash())
	if len(rs) != len(b.Transactions()) {
		return nil, onWire(fmt.Errorf("receipts length mismatch: %d vs %d", len(b.Transactions()), len(rs)))
	}
	// A slice of its own: geth keeps the cached one.
	return append(make([]*types.Receipt, 0, len(rs)), rs...), nil
}

// TransactionReceipt is a mined transaction's receipt, found through the
// transaction index as eth_getTransactionReceipt finds it.
func (c *nativeClient) TransactionReceipt(ctx context.Context, hash common.Hash) (*types.Receipt, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	found, tx, block, number, index := c.eth.APIBackend.GetCanonicalTransaction(hash)
	if !found {
		if !c.eth.APIBackend.TxIndexDone() {
			return nil, errIndexing
		}
		return nil, ethereum.NotFound
	}
	r, err := c.eth.APIBackend.GetCanonicalReceipt(tx, block, number, index)
	return r, onWire(err)
}

// TransactionSender is the sender of a transaction of block, as cached in
// the transaction: put there from what the pool knew (BlockByNumber does
// it), else recovered once.
func (c *nativeClient) TransactionSender(ctx context.Context, tx *types.Transaction, block common.Hash, index uint) (common.Address, error) {
	if err := ctx.Err(); err != nil {
		return common.Address{}, err
	}
	signer := types.LatestSigner(c.cfg)
	if h := c.bc.GetHeaderByHash(block); h != nil {
		signer = types.MakeSigner(c.cfg, h.Number, h.Time)
	}
	return types.Sender(signer, tx)
}

// stateAt is the state at the end of block n (nil: the head) and its
// header, as eth_getBalance and eth_call find them.
func (c *nativeClient) stateAt(ctx context.Context, n *big.Int) (*state.StateDB, *types.Header, error) {
	if err := ctx.Err(); err != nil {
		return nil, nil, err
	}
	bn, err := blockNumber(n)
	if err != nil {
		return nil, nil, onWire(err)
	}
	st, h, err := c.eth.APIBackend.StateAndHeaderByNumber(ctx, bn)
	if err != nil {
		return nil, nil, onWire(err)
	}
	if st == nil || h == nil {
		return nil, nil, onWire(errors.New("header not found"))
	}
	return st, h, nil
}

// BalanceAt is an account's balance at a block (nil: the head).
func (c *nativeClient) BalanceAt(ctx context.Context, account common.Address, block *big.Int) (*big.Int, error) {
	st, _, err := c.stateAt(ctx, block)
	if err != nil {
		return nil, err
	}
	b := st.GetBalance(account).ToBig()
	return b, onWire(st.Error())
}

// StorageAt is one storage slot of an account at a block (nil: the head).
func (c *nativeClient) StorageAt(ctx context.Context, account common.Address, key common.Hash, block *big.Int) ([]byte, error) {
	st, _, err := c.stateAt(ctx, block)
	if err != nil {
		return nil, err
	}
	v := st.GetState(account, key)
	return v.Bytes(), onWire(st.Error())
}

// CodeAt is an account's code at a block (nil: the head).
func (c *nativeClient) CodeAt(ctx context.Context, account common.Address, block *big.Int) ([]byte, error) {
	st, _, err := c.stateAt(ctx, block)
	if err != nil {
		return nil, err
	}
	code := common.CopyBytes(st.GetCode(account))
	return code, onWire(st.Error())
}

// NonceAt is an account's nonce at a block (nil: the head).
func (c *nativeClient) NonceAt(ctx context.Context, account common.Address, block *big.Int) (uint64, error) {
	st, _, err := c.stateAt(ctx, block)
	if err != nil {
		return 0, err
	}
	n := st.GetNonce(account)
	return n, onWire(st.Error())
}

// CallContract runs a call on the state at a block (nil: the head) as
// eth_call does: zero gas price, no nonce or sender checks, gas up to the
// node's RPC gas cap, its EVM timeout, a revert answered as a
// rpc.DataError carrying the revert data. A call that sets fees, blobs or
// authorizations goes through RPC.
func (c *nativeClient) CallContract(ctx context.Context, msg ethereum.CallMsg, block *big.Int) ([]byte, error) {
	if !plainCall(msg) {
		return c.Client.CallContract(ctx, msg, block)
	}
	st, h, err := c.stateAt(ctx, block)
	if err != nil {
		return nil, err
	}
	res, err := c.call(ctx, msg, st, h)
	if err != nil {
		return nil, onWire(err)
	}
	if errors.Is(res.Err, vm.ErrExecutionReverted) {
		return nil, newRevertError(res.Revert())
	}
	if res.Err != nil {
		return nil, onWire(res.Err)
	}
	return res.Return(), nil
}

// plainCall reports whether msg is a call CallContract runs itself: one
// that sets no fee, blob or authorization field, like every contract
// read the console makes.
func plainCall(msg ethereum.CallMsg) bool {
	if msg.Value != nil && (msg.Value.Sign() < 0 || msg.Value.BitLen() > 256) {
		return false
	}
	return msg.GasPrice == nil && msg.GasFeeCap == nil && msg.GasTipCap == nil &&
		msg.BlobGasFeeCap == nil && msg.BlobHashes == nil && msg.AuthorizationList == nil
}

// call is internal/ethapi's doCall for a plain call, without overrides.
func (c *nativeClient) call(ctx context.Context, msg ethereum.CallMsg, st *state.StateDB, h *types.Header) (*core.ExecutionResult, error) {
	gasCap := c.eth.APIBackend.RPCGasCap()
	gp := core.NewGasPool(gasCap)
	if gasCap == 0 {
		gp = core.NewGasPool(math.MaxUint64)
	}
	available := gp.Available(c.cfg.IsAmsterdam(h.Number, h.Time))
	gas := msg.Gas
	switch {
	case gas == 0 && available == 0:
		gas = math.MaxUint64 / 2
	case gas == 0, available > 0 && available < gas:
		gas = available
	}
	value := new(uint256.Int)
	if msg.Value != nil {
		value.SetFromBig(msg.Value)
	}
	data := msg.Data
	if len(data) == 0 {
		data = nil
	}
	m := (&core.Message{
		From: msg.From, To: msg.To, Value: value, GasLimit: gas,
		GasPrice: new(uint256.Int), GasFeeCap: new(uint256.Int), GasTipCap: new(uint256.Int),
		Data: data, AccessList: msg.AccessList,
	}).SkipNonceCheck().SkipEOACheck().SkipGasLimitCapCheck().SkipExecutionGasCapCheck()

	blockCtx := core.NewEVMBlockContext(h, c.bc, nil)
	blockCtx.BaseFee = new(big.Int) // a zero gas price pays no base fee
	evm := c.eth.APIBackend.GetEVM(ctx, st, h, &vm.Config{NoBaseFee: true}, &blockCtx)
	defer evm.Release()

	timeout := c.eth.APIBackend.RPCEVMTimeout()
	runCtx, cancel := ctx, context.CancelFunc(func() {})
	if timeout > 0 {
		runCtx, cancel = context.WithTimeout(ctx, timeout)
	}
	defer cancel()
	stop := context.AfterFunc(runCtx, evm.Cancel)
	defer stop()

	res, err := core.ApplyMessage(evm, m, gp)
	if evm.Cancelled() {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		return nil, fmt.Errorf("execution aborted (timeout = %v)", timeout)
	}
	if err != nil {
		return nil, fmt.Errorf("err: %w (supplied gas %d)", err, m.GasLimit)
	}
	if err := st.Error(); err != nil {
		return nil, err
	}
	return res, nil
}

// revertError is a call that reverted, as the RPC client sees eth_call's
// revert: "execution reverted[: reason]", code 3, the revert data hex
// encoded as its data (chain/tx and chain/shadow decode it from there).
type revertError struct {
	msg  string
	data string
}

func newRevertError(revert []byte) *revertError {
	msg := vm.ErrExecutionReverted.Error()
	if reason, err := abi.UnpackRevert(revert); err == nil {
		msg += ": " + reason
	}
	return &revertError{msg: msg, data: hexutil.Encode(revert)}
}

func (e *revertError) Error() string { return e.msg }

// ErrorCode is JSON-RPC's code for a revert.
func (e *revertError) ErrorCode() int { return 3 }

// ErrorData is the revert data, hex encoded.
func (e *revertError) ErrorData() any { return e.data }

var (
	_ gethrpc.Error     = (*revertError)(nil)
	_ gethrpc.DataError = (*revertError)(nil)
)

// indexingError is eth_getTransactionReceipt's answer while the node is
// still indexing transactions, as the RPC client sees it.
type indexingError struct{}

func (indexingError) Error() string  { return "transaction indexing is in progress" }
func (indexingError) ErrorCode() int { return -32000 }
func (indexingError) ErrorData() any { return "transaction indexing is in progress" }

var errIndexing error = indexingError{}

// wireError is an error as the RPC client returns what the node answered:
// its text, a JSON-RPC code (-32000 unless the error had its own) and its
// data (nil when it had none). The RPC client's every such error is an
// rpc.Error and an rpc.DataError, and the console reads them so
// (chain/safe takes any rpc.DataError from a call as the contract
// reverting), so the native client's are too.
type wireError struct {
	msg  string
	code int
	data any
}

func (e *wireError) Error() string  { return e.msg }
func (e *wireError) ErrorCode() int { return e.code }
func (e *wireError) ErrorData() any { return e.data }

// onWire is err as it would reach an RPC client; nil, context errors and
// ethereum.NotFound (which the RPC client makes itself) stay as they are.
func onWire(err error) error {
	if err == nil || errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) ||
		errors.Is(err, ethereum.NotFound) {
		return err
	}
	if _, ok := err.(*wireError); ok {
		return err
	}
	w := &wireError{msg: err.Error(), code: -32000}
	var re gethrpc.Error
	if errors.As(err, &re) {
		w.code = re.ErrorCode()
	}
	var de gethrpc.DataError
	if errors.As(err, &de) {
		w.data = de.ErrorData()
	}
	return w
}

// maxQueuedHeads is how many heads a head subscription holds for a reader
// that does not take them, as geth's RPC client holds notifications;
// beyond it the subscription ends with errHeadsOverflow.
const maxQueuedHeads = 20000

// errHeadsOverflow ends a head subscription whose reader fell behind.
var errHeadsOverflow = errors.New("subscription queue overflow")

// SubscribeNewHead sends each new head to ch, from the blockchain's head
// feed. The chain never waits for a slow reader: heads queue, up to
// maxQueuedHeads. The subscription ends with nil when the chain stops and
// with rpc.ErrClientQuit when the client is closed.
func (c *nativeClient) SubscribeNewHead(ctx context.Context, ch chan<- *types.Header) (ethereum.Subscription, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	select {
	case <-c.closed:
		return nil, gethrpc.ErrClientQuit
	default:
	}
	heads := make(chan core.ChainHeadEvent, 64)
	sub := c.bc.SubscribeChainHeadEvent(heads)
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		var queue []*types.Header
		for {
			var (
				out  chan<- *types.Header
				next *types.Header
			)
			if len(queue) > 0 {
				out, next = ch, queue[0]
			}
			select {
			case ev := <-heads:
				if len(queue) >= maxQueuedHeads {
					return errHeadsOverflow
				}
				queue = append(queue, ev.Header)
			case out <- next:
				queue[0] = nil
				queue = queue[1:]
			case err := <-sub.Err():
				return err
			case <-c.closed:
				return gethrpc.ErrClientQuit
			case <-quit:
				return nil
			}
		}
	}), nil
}
