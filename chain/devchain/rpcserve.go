package devchain

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/node"
	gethrpc "github.com/ethereum/go-ethereum/rpc"
)

// The drill chain's loopback JSON-RPC serves what a reader needs (cast, a
// wallet, a block explorer) and nothing that writes files or moves the
// head: the eth, net and web3 namespaces and the debug_trace* methods.
// Everything else of geth's debug namespace (debug_setHead,
// debug_writeMemProfile, debug_standardTraceBlockToFile, …), admin, miner,
// personal and txpool is refused before it reaches the node.

// Served reports whether method is served over --rpc-listen.
func Served(method string) bool {
	for _, p := range []string{"eth_", "net_", "web3_", "debug_trace"} {
		if strings.HasPrefix(method, p) {
			return true
		}
	}
	return false
}

// maxRequest bounds a request body, as geth's own HTTP server does.
const maxRequest = 5 * 1024 * 1024

// methodFilter passes on requests whose every method is Served and answers
// the others with a JSON-RPC "method not found" error.
type methodFilter struct{ next http.Handler }

type rpcCall struct {
	ID     json.RawMessage `json:"id"`
	Method string          `json:"method"`
}

type rpcRefusal struct {
	JSONRPC string          `json:"jsonrpc"`
	ID      json.RawMessage `json:"id"`
	Error   rpcError        `json:"error"`
}

type rpcError struct {
	Code    int    `json:"code"`
	Message string `json:"message"`
}

func refusal(id json.RawMessage, method string, batch bool) rpcRefusal {
	if len(id) == 0 {
		id = json.RawMessage("null")
	}
	msg := fmt.Sprintf("the method %s is not served by the drill chain: only eth_*, net_*, web3_* and debug_trace* are", method)
	if batch && Served(method) {
		msg = "the batch holds a method the drill chain does not serve, so none of it was run"
	}
	return rpcRefusal{JSONRPC: "2.0", ID: id, Error: rpcError{Code: -32601, Message: msg}}
}

func (f methodFilter) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodPost {
		f.next.ServeHTTP(w, r) // the node answers GET health checks and OPTIONS itself
		return
	}
	body, err := io.ReadAll(io.LimitReader(r.Body, maxRequest+1))
	if err != nil || len(body) > maxRequest {
		http.Error(w, "request too large or unreadable", http.StatusRequestEntityTooLarge)
		return
	}
	trimmed := bytes.TrimSpace(body)
	var calls []rpcCall
	batch := len(trimmed) > 0 && trimmed[0] == '['
	if batch {
		err = json.Unmarshal(trimmed, &calls)
	} else {
		var c rpcCall
		err = json.Unmarshal(trimmed, &c)
		calls = []rpcCall{c}
	}
	if err != nil {
		// Not JSON-RPC: the node says so in its own words.
		f.pass(w, r, body)
		return
	}
	refused := false
	for _, c := range calls {
		if !Served(c.Method) {
			refused = true
		}
	}
	if !refused {
		f.pass(w, r, body)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	var out any
	if batch {
		all := make([]rpcRefusal, len(calls))
		for i, c := range calls {
			all[i] = refusal(c.ID, c.Method, true)
		}
		out = all
	} else {
		out = refusal(calls[0].ID, calls[0].Method, false)
	}
	_ = json.NewEncoder(w).Encode(out)
}

func (f methodFilter) pass(w http.ResponseWriter, r *http.Request, body []byte) {
	r.Body = io.NopCloser(bytes.NewReader(body))
	r.ContentLength = int64(len(body))
	f.next.ServeHTTP(w, r)
}

// rpcServer is the loopback HTTP server in front of the node's handler.
type rpcServer struct {
	srv *http.Server
	url string
}

// serveRPC listens on host:port and serves the node's in-process handler
// through the method filter, to loopback virtual hosts only.
func serveRPC(stack *node.Node, host string, port int) (*rpcServer, error) {
	handler, err := stack.RPCHandler()
	if err != nil {
		return nil, fmt.Errorf("embedded chain: rpc: %w", err)
	}
	ln, err := net.Listen("tcp", net.JoinHostPort(host, strconv.Itoa(port)))
	if err != nil {
		return nil, fmt.Errorf("embedded chain: rpc listen %s: %w", net.JoinHostPort(host, strconv.Itoa(port)), err)
	}
	var h http.Handler = methodFilter{next: handler}
	h = node.NewHTTPHandlerStack(h, nil, []string{"localhost", "127.0.0.1", "[::1]", "::1"}, nil, false)
	s := &rpcServer{
		srv: &http.Server{Handler: h, ReadHeaderTimeout: 10 * time.Second},
		url: "http://" + ln.Addr().String(),
	}
	go func() {
		if err := s.srv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
			_ = err // the listener closed under it: Close is on its way
		}
	}()
	return s, nil
}

func (s *rpcServer) close() error {
	if s == nil {
		return nil
	}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	return s.srv.Shutdown(ctx)
}

var _ http.Handler = (*gethrpc.Server)(nil)
