package rpc

import (
	"context"
	"fmt"
	"net/url"
	"strings"

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
		// The URL may carry an API key: it is never repeated back.
		return nil, fmt.Errorf("rpc URL is not a URL with a host (its text is not shown: it may hold a key); want http://host:port or ws://host:port")
	}
	switch u.Scheme {
	case "http", "https", "ws", "wss":
	default:
		return nil, fmt.Errorf("rpc URL for host %s has scheme %q; want http, https, ws or wss", u.Host, u.Scheme)
	}
	raw, err := gethrpc.DialContext(ctx, rawURL)
	if err != nil {
		return nil, fmt.Errorf("connect to %s: %w", u.Host, scrub(err, rawURL, u))
	}
	c := NewClient(raw)
	if _, err := c.ChainID(ctx); err != nil {
		c.Close()
		return nil, fmt.Errorf("node at %s does not answer eth_chainId: %w", u.Host, scrub(err, rawURL, u))
	}
	return c, nil
}

// scrubbed is an error whose text no longer holds the endpoint's URL (Go's
// HTTP client puts it in: `Post "https://node/KEY": ...`); errors.Is and
// As still see the error underneath.
type scrubbed struct {
	msg string
	err error
}

func (s scrubbed) Error() string { return s.msg }
func (s scrubbed) Unwrap() error { return s.err }

// scrub replaces rawURL, in every form an error may quote it, with its
// scheme and host: an endpoint's path, query and user info are often its
// API key.
func scrub(err error, rawURL string, u *url.URL) error {
	msg, shown := err.Error(), u.Scheme+"://"+u.Host
	for _, form := range []string{rawURL, u.String(), u.Redacted()} {
		msg = strings.ReplaceAll(msg, form, shown)
	}
	if msg == err.Error() {
		return err
	}
	return scrubbed{msg: msg, err: err}
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

// TraceTransaction is one transaction's call trace, through
// debug_traceTransaction with geth's callTracer.
func (c client) TraceTransaction(ctx context.Context, hash common.Hash) (*chain.CallFrame, error) {
	var res *chain.CallFrame
	if err := c.raw.CallContext(ctx, &res, "debug_traceTransaction", hash, callTracer{Tracer: "callTracer"}); err != nil {
		return nil, chain.NodeError(err)
	}
	if res == nil {
		return nil, fmt.Errorf("the node has no trace of %s", hash.Hex())
	}
	return res, nil
}
