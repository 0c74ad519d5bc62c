package rpc

import (
	"context"
	"fmt"
	"net/url"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"
	gethrpc "github.com/ethereum/go-ethereum/rpc"

	"warroom/chain"
)

// client is a chain.Client over one go-ethereum RPC connection.
type client struct {
	*ethclient.Client
	raw *gethrpc.Client
}

var _ chain.Client = client{}

// NewClient wraps an RPC connection.
func NewClient(raw *gethrpc.Client) chain.Client {
	return client{Client: ethclient.NewClient(raw), raw: raw}
}

// Dial connects to a node at an http(s):// or ws(s):// URL and checks it
// answers.
func Dial(ctx context.Context, rawURL string) (chain.Client, error) {
	u, err := url.Parse(rawURL)
	if err != nil || u.Host == "" {
		return nil, fmt.Errorf("rpc URL %q is not a URL; want http://host:port or ws://host:port", rawURL)
	}
	switch u.Scheme {
	case "http", "https", "ws", "wss":
	default:
		return nil, fmt.Errorf("rpc URL %q has scheme %q; want http, https, ws or wss", rawURL, u.Scheme)
	}
	raw, err := gethrpc.DialContext(ctx, rawURL)
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

// CallContext makes a raw JSON-RPC call.
func (c client) CallContext(ctx context.Context, result any, method string, args ...any) error {
	return c.raw.CallContext(ctx, result, method, args...)
}

// TraceBlock returns the call trace of every transaction in a block, in
// order, through debug_traceBlockByHash with geth's callTracer.
func (c client) TraceBlock(ctx context.Context, hash common.Hash) ([]*chain.CallFrame, error) {
	var res []struct {
		TxHash common.Hash      `json:"txHash"`
		Result *chain.CallFrame `json:"result"`
		Error  string           `json:"error"`
	}
	if err := c.raw.CallContext(ctx, &res, "debug_traceBlockByHash", hash, callTracer{Tracer: "callTracer"}); err != nil {
		return nil, chain.NodeError(err)
	}
	out := make([]*chain.CallFrame, len(res))
	for i, r := range res {
		if r.Error != "" {
			return nil, fmt.Errorf("trace of tx %d: %s", i, r.Error)
		}
		out[i] = r.Result
	}
	return out, nil
}

// callTracer is the tracer configuration of debug_trace* calls.
type callTracer struct {
	Tracer string `json:"tracer"`
}
