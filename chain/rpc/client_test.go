package rpc

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"warroom/chain"
)

// node is a JSON-RPC server that knows eth_chainId and answers every other
// method as a node without it does.
func node(t *testing.T, other func(method string) (any, *rpcError)) string {
	t.Helper()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		var req struct {
			ID     json.RawMessage `json:"id"`
			Method string          `json:"method"`
		}
		if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
		resp := map[string]any{"jsonrpc": "2.0", "id": req.ID}
		if req.Method == "eth_chainId" {
			resp["result"] = "0x7a69"
		} else if res, rerr := other(req.Method); rerr != nil {
			resp["error"] = rerr
		} else {
			resp["result"] = res
		}
		w.Header().Set("Content-Type", "application/json")
		json.NewEncoder(w).Encode(resp)
	}))
	t.Cleanup(srv.Close)
	return srv.URL
}

type rpcError struct {
	Code    int    `json:"code"`
	Message string `json:"message"`
}

func TestTraceBlockWithoutTracesIsUnsupported(t *testing.T) {
	url := node(t, func(method string) (any, *rpcError) {
		return nil, &rpcError{-32601, "the method " + method + " does not exist/is not available"}
	})
	c, err := Dial(context.Background(), url)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	_, err = c.TraceBlock(context.Background(), common.HexToHash("0x01"))
	if !errors.Is(err, chain.ErrUnsupported) || !strings.Contains(err.Error(), "debug_traceBlockByHash") {
		t.Fatalf("TraceBlock on a node without debug_: %v, want ErrUnsupported naming the method", err)
	}
}

func TestTraceBlockReportsAFailedTransaction(t *testing.T) {
	url := node(t, func(string) (any, *rpcError) {
		return []map[string]any{{"txHash": common.HexToHash("0x0a"), "result": map[string]any{"type": "CALL", "from": common.Address{}, "gas": "0x0", "gasUsed": "0x0", "input": "0x"}},
			{"txHash": common.HexToHash("0x0b"), "error": "execution timeout"}}, nil
	})
	c, err := Dial(context.Background(), url)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	if _, err := c.TraceBlock(context.Background(), common.HexToHash("0x01")); err == nil || !strings.Contains(err.Error(), "tx 1") {
		t.Fatalf("a block whose second trace failed: %v", err)
	}
}

func TestDialRefusesBadURLs(t *testing.T) {
	for _, tt := range []struct{ url, want string }{
		{"localhost:8545", "is not a URL"},
		{"SECRETKEY42", "is not a URL"},
		{"ftp://node.example/SECRETKEY42", `scheme "ftp"`},
		{"http://127.0.0.1:1/SECRETKEY42?key=SECRETKEY42", "connection refused"},
	} {
		_, err := Dial(context.Background(), tt.url)
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("Dial(%q) = %v, want an error saying %q", tt.url, err, tt.want)
		}
		// An endpoint's path and query often are its API key.
		if err != nil && strings.Contains(err.Error(), "SECRETKEY42") {
			t.Errorf("Dial(%q) repeats the URL's secret: %v", tt.url, err)
		}
	}
	garbage := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { w.Write([]byte("<html>not a node</html>")) }))
	defer garbage.Close()
	if _, err := Dial(context.Background(), garbage.URL); err == nil || !strings.Contains(err.Error(), "does not answer eth_chainId") {
		t.Errorf("Dial of a web server that is not a node: %v", err)
	}
}
