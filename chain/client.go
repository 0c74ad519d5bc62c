package chain

import (
	"context"
	"fmt"
	"net/url"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"
)

// RawCaller makes a JSON-RPC call the typed interfaces do not cover
// (debug_traceBlockByHash, eth_call with state overrides).
type RawCaller interface {
	CallContext(ctx context.Context, result any, method string, args ...any) error
}

// Client is everything the console needs from a node. The embedded chain and
// a remote node satisfy it the same way.
type Client interface {
	bind.ContractBackend
	ethereum.ChainReader
	ethereum.ChainStateReader
	ethereum.TransactionReader
	ethereum.ChainIDReader
	ethereum.BlockNumberReader
	RawCaller
	BlockReceipts(ctx context.Context, block rpc.BlockNumberOrHash) ([]*types.Receipt, error)
	// TransactionSender is the sender of a transaction fetched in a block,
	// answered from what the node sent with the block where it can.
	TransactionSender(ctx context.Context, tx *types.Transaction, block common.Hash, index uint) (common.Address, error)
	Close()
}

// rpcClient is a Client over any go-ethereum RPC transport: in-process,
// HTTP, WebSocket or IPC.
type rpcClient struct {
	*ethclient.Client
	raw *rpc.Client
}

func (c rpcClient) CallContext(ctx context.Context, result any, method string, args ...any) error {
	return c.raw.CallContext(ctx, result, method, args...)
}

// NewClient wraps an RPC connection.
func NewClient(raw *rpc.Client) Client {
	return rpcClient{Client: ethclient.NewClient(raw), raw: raw}
}

// Dial connects to a node at an http(s):// or ws(s):// URL.
func Dial(ctx context.Context, rawURL string) (Client, error) {
	u, err := url.Parse(rawURL)
	if err != nil || u.Host == "" {
		return nil, fmt.Errorf("rpc URL %q is not a URL; want http://host:port or ws://host:port", rawURL)
	}
	switch u.Scheme {
	case "http", "https", "ws", "wss":
	default:
		return nil, fmt.Errorf("rpc URL %q has scheme %q; want http, https, ws or wss", rawURL, u.Scheme)
	}
	raw, err := rpc.DialContext(ctx, rawURL)
	if err != nil {
		return nil, fmt.Errorf("connect to %s: %w", u.Host, err)
	}
	c := NewClient(raw)
	if _, err := c.ChainID(ctx); err != nil {
		c.Close()
		return nil, fmt.Errorf("node at %s does not answer eth_chainId: %w", u.Host, err)
	}
	return c, nil
}
