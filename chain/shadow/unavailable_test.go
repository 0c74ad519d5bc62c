package shadow_test

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	gethrpc "github.com/ethereum/go-ethereum/rpc"

	"warroom/chain"
	"warroom/chain/rpc"
	"warroom/chain/shadow"
)

// rpcError is a JSON-RPC error object.
type rpcError struct {
	Code    int    `json:"code"`
	Message string `json:"message"`
}

// fakeNode answers JSON-RPC over HTTP from a table of methods; any other
// method is not found.
func fakeNode(t *testing.T, methods map[string]func(params []json.RawMessage) (any, *rpcError)) chain.Client {
	t.Helper()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		var req struct {
			ID     json.RawMessage   `json:"id"`
			Method string            `json:"method"`
			Params []json.RawMessage `json:"params"`
		}
		if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
		resp := map[string]any{"jsonrpc": "2.0", "id": req.ID}
		h, ok := methods[req.Method]
		if !ok {
			resp["error"] = rpcError{-32601, "the method " + req.Method + " does not exist/is not available"}
		} else if res, rerr := h(req.Params); rerr != nil {
			resp["error"] = rerr
		} else {
			resp["result"] = res
		}
		w.Header().Set("Content-Type", "application/json")
		json.NewEncoder(w).Encode(resp)
	}))
	t.Cleanup(srv.Close)
	raw, err := gethrpc.DialHTTP(srv.URL)
	if err != nil {
		t.Fatal(err)
	}
	c := rpc.NewClient(raw)
	t.Cleanup(c.Close)
	return c
}

// plainNode answers the state reads a shadow test makes, and nothing of
// debug_ or overrides.
func plainNode() map[string]func([]json.RawMessage) (any, *rpcError) {
	word := func([]json.RawMessage) (any, *rpcError) { return common.Hash{31: 1}.Hex(), nil }
	return map[string]func([]json.RawMessage) (any, *rpcError){
		"eth_blockNumber":         func([]json.RawMessage) (any, *rpcError) { return "0x10", nil },
		"eth_getStorageAt":        word,
		"eth_getCode":             func([]json.RawMessage) (any, *rpcError) { return "0x6001", nil },
		"eth_getTransactionCount": func([]json.RawMessage) (any, *rpcError) { return "0x3", nil },
	}
}

func shadowCalls() []shadow.TestCall {
	return []shadow.TestCall{{Name: "attack", Kind: shadow.Attack, Call: shadow.Call{From: common.Address{1}, To: common.Address{2}}}}
}

func checkUnavailable(t *testing.T, err error, why string) {
	t.Helper()
	if !errors.Is(err, shadow.ErrUnavailable) {
		t.Fatalf("error %v, want ErrUnavailable", err)
	}
	if !strings.HasPrefix(err.Error(), "shadow test unavailable on this node: ") || !strings.Contains(err.Error(), why) {
		t.Fatalf("message %q, want the sentinel's then %q", err, why)
	}
}

func TestUnavailableWithoutTraceCall(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	c := fakeNode(t, plainNode())
	u := shadow.Upgrade{Proxy: common.Address{3}, New: shadow.Impl{Address: common.Address{4}}}

	rep, err := shadow.Run(ctx, c, u, shadowCalls(), nil)
	checkUnavailable(t, err, "debug_traceCall")
	if rep != nil || !errors.Is(err, chain.ErrUnsupported) {
		t.Fatalf("report %v, error %v: want no report and the node's ErrUnsupported", rep, err)
	}
	_, err = shadow.DiffUpgrade(ctx, c, shadow.UpgradeCall{From: common.Address{5}, Proxy: common.Address{3}, New: shadow.Impl{Address: common.Address{4}}}, nil)
	checkUnavailable(t, err, "debug_traceCall")
	_, err = shadow.Predict(ctx, c, common.Address{5}, []byte{0x60, 0x00}, nil)
	checkUnavailable(t, err, "eth_call")
}

func TestUnavailableWhenOverridesIgnored(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	methods := plainNode()
	// A node that runs the call on its own state: the probe address has
	// no code, so the call succeeds and returns nothing.
	methods["debug_traceCall"] = func(p []json.RawMessage) (any, *rpcError) {
		var args struct {
			From common.Address `json:"from"`
			To   common.Address `json:"to"`
		}
		json.Unmarshal(p[0], &args)
		return map[string]any{"type": "CALL", "from": args.From, "to": args.To, "gas": "0x186a0", "gasUsed": "0x5208", "input": "0x", "value": "0x0"}, nil
	}
	methods["eth_call"] = func([]json.RawMessage) (any, *rpcError) { return "0x", nil }
	c := fakeNode(t, methods)

	_, err := shadow.Run(ctx, c, shadow.Upgrade{Proxy: common.Address{3}, New: shadow.Impl{Address: common.Address{4}}}, shadowCalls(), nil)
	checkUnavailable(t, err, "ignored the state overrides")
	_, err = shadow.Predict(ctx, c, common.Address{5}, []byte{0x60, 0x00}, nil)
	checkUnavailable(t, err, "eth_call ignored the state overrides")
}

func TestUnavailableWhenOverridesRefused(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	methods := plainNode()
	// A node that knows eth_call but not its third parameter.
	methods["eth_call"] = func(p []json.RawMessage) (any, *rpcError) {
		if len(p) > 2 {
			return nil, &rpcError{-32602, "too many arguments, want at most 2"}
		}
		return "0x", nil
	}
	c := fakeNode(t, methods)
	_, err := shadow.Predict(ctx, c, common.Address{5}, []byte{0x60, 0x00}, nil)
	checkUnavailable(t, err, "too many arguments")
}

func TestUnavailableWhenDiffModeIgnored(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	methods := plainNode()
	// Honours overrides (every call returns the probe's word), but its
	// prestateTracer answers the plain prestate whatever the config says.
	methods["debug_traceCall"] = func(p []json.RawMessage) (any, *rpcError) {
		var cfg struct {
			Tracer string `json:"tracer"`
		}
		json.Unmarshal(p[2], &cfg)
		if cfg.Tracer == "prestateTracer" {
			return map[string]any{common.Address{3}.Hex(): map[string]any{"balance": "0x1", "nonce": 1}}, nil
		}
		word := crypto.Keccak256Hash([]byte("warroom shadow probe"))
		return map[string]any{"type": "CALL", "from": common.Address{}, "to": common.Address{3}, "gas": "0x0", "gasUsed": "0x0", "input": "0x", "output": word}, nil
	}
	c := fakeNode(t, methods)
	_, err := shadow.DiffUpgrade(ctx, c, shadow.UpgradeCall{From: common.Address{5}, Proxy: common.Address{3},
		New: shadow.Impl{Address: common.Address{4}, Code: []byte{0x60, 0x00}}}, nil)
	checkUnavailable(t, err, "prestateTracer ignored diffMode")
}
