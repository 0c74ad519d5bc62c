package chain

import (
	"context"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/rpc"
)

// Client is everything the console needs from a node. The embedded chain
// (chain/devchain) and a remote node (chain/rpc) satisfy it the same way;
// the work packages take the narrow roles below, never the whole Client.
type Client interface {
	bind.ContractBackend
	ethereum.ChainReader
	ethereum.ChainStateReader
	ethereum.TransactionReader
	ethereum.ChainIDReader
	HeadReader
	BlockReader
	Tracer
	StateReader
	Transactor
	RawCaller
	Close()
}

// HeadReader follows the chain head: by subscription where the transport
// pushes heads, by asking for the number otherwise.
type HeadReader interface {
	ethereum.BlockNumberReader
	SubscribeNewHead(ctx context.Context, ch chan<- *types.Header) (ethereum.Subscription, error)
}

// BlockReader reads a block the way the watcher needs it.
type BlockReader interface {
	BlockByNumber(ctx context.Context, number *big.Int) (*types.Block, error)
	// HeaderByNumber is a block's header (nil: the latest): what a reorg
	// is walked back with.
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
	BlockReceipts(ctx context.Context, block rpc.BlockNumberOrHash) ([]*types.Receipt, error)
	// TransactionReceipt is one transaction's receipt: the way to a
	// block's receipts on a node without eth_getBlockReceipts.
	TransactionReceipt(ctx context.Context, tx common.Hash) (*types.Receipt, error)
	// TransactionSender is the sender of a transaction fetched in a block,
	// answered from what the node sent with the block where it can.
	TransactionSender(ctx context.Context, tx *types.Transaction, block common.Hash, index uint) (common.Address, error)
}

// Tracer gives the call trace of every transaction in a block, in order.
// A node without traces answers an error wrapping ErrUnsupported.
type Tracer interface {
	TraceBlock(ctx context.Context, block common.Hash) ([]*CallFrame, error)
}

// TraceStreamer is a Tracer that hands over each transaction's trace as
// soon as it has it, in order, while the block's later transactions are
// still being traced: a backend that re-executes the block in process
// (devchain) has them one at a time. Its frames and errors are
// TraceBlock's; each is called on the tracing goroutine, so it must not
// keep it waiting. The watcher prepares each transaction's classification
// meanwhile (Preparer).
type TraceStreamer interface {
	TraceBlockEach(ctx context.Context, block common.Hash, each func(i int, f *CallFrame)) error
}

// TxTracer traces one transaction: what a watcher in prefilter mode asks
// for the transactions that touch the protocol (chain/rpc's clients have
// it; the watcher checks for it).
type TxTracer interface {
	TraceTransaction(ctx context.Context, tx common.Hash) (*CallFrame, error)
}

// StateReader reads contract state at a block (nil for the latest).
type StateReader interface {
	ethereum.ContractCaller
	BalanceAt(ctx context.Context, account common.Address, block *big.Int) (*big.Int, error)
	StorageAt(ctx context.Context, account common.Address, key common.Hash, block *big.Int) ([]byte, error)
	CodeAt(ctx context.Context, account common.Address, block *big.Int) ([]byte, error)
}

// Transactor plans, sends and follows transactions.
type Transactor interface {
	bind.ContractTransactor
	ethereum.ChainIDReader
	TransactionReceipt(ctx context.Context, tx common.Hash) (*types.Receipt, error)
	// BalanceAt is an account's balance (nil: the latest block): what a
	// signer can pay for gas with.
	BalanceAt(ctx context.Context, account common.Address, block *big.Int) (*big.Int, error)
}

// RawCaller makes a JSON-RPC call the typed interfaces do not cover
// (eth_call with state overrides, anvil's and geth's own namespaces).
type RawCaller interface {
	CallContext(ctx context.Context, result any, method string, args ...any) error
}

// CallDecoder names addresses and decodes calldata for people to read;
// chain/detect's Decoder is one.
type CallDecoder interface {
	// Name is the label of addr, or its short form when it has none.
	Name(addr common.Address) string
	// DecodeCall decodes calldata sent to to (nil for a contract creation).
	DecodeCall(to *common.Address, data []byte) DecodedCall
	// DecodeNested is DecodeCall, with the calls its bytes arguments carry
	// decoded into Inner, layer by layer.
	DecodeNested(to *common.Address, data []byte) DecodedCall
}
