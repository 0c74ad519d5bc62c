package chain

import (
	"errors"
	"fmt"
	"testing"

	"github.com/ethereum/go-ethereum"
)

// rpcErr is an error as go-ethereum's RPC client returns one from a node.
type rpcErr struct {
	code int
	msg  string
	data any
}

func (e rpcErr) Error() string  { return e.msg }
func (e rpcErr) ErrorCode() int { return e.code }
func (e rpcErr) ErrorData() any { return e.data }

func TestNodeError(t *testing.T) {
	tests := []struct {
		name string
		err  error
		want error // nil: classified as nothing
	}{
		{"geth without the debug namespace", rpcErr{-32601, "the method debug_traceBlockByHash does not exist/is not available", nil}, ErrUnsupported},
		{"anvil without a tracer", rpcErr{-32603, "tracer callTracer not supported", nil}, ErrUnsupported},
		{"a proxy's own wording", errors.New("Method not found"), ErrUnsupported},
		{"receipt not found", fmt.Errorf("receipt: %w", ethereum.NotFound), ErrNotYet},
		{"geth indexing", rpcErr{-32000, "transaction indexing is in progress", nil}, ErrNotYet},
		{"indexing in data", rpcErr{-32000, "not found", "transaction indexing is in progress"}, ErrNotYet},
		{"pruned state", rpcErr{-32000, "historical state 0xabc is not available", nil}, ErrNoState},
		{"missing trie node", errors.New("missing trie node 1234 (path )"), ErrNoState},
		{"a revert is not a node fault", rpcErr{3, "execution reverted: insufficient balance", nil}, nil},
		{"a refused connection", errors.New("dial tcp 127.0.0.1:8545: connect: connection refused"), nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := NodeError(tt.err)
			if !errors.Is(got, tt.err) {
				t.Errorf("classified error %v no longer wraps the node's %v", got, tt.err)
			}
			for _, s := range []error{ErrUnsupported, ErrNotYet, ErrNoState} {
				if errors.Is(got, s) != (s == tt.want) {
					t.Errorf("NodeError(%q) is %v: %v, want %v", tt.err, s, errors.Is(got, s), tt.want)
				}
			}
			if again := NodeError(got); again != got {
				t.Errorf("classifying twice wrapped again: %v", again)
			}
		})
	}
	if NodeError(nil) != nil {
		t.Error("NodeError(nil) is not nil")
	}
}
