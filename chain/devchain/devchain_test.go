package devchain

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math/big"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"warroom/chain/rpc"
)

func TestEmbeddedSealsAndTraces(t *testing.T) {
	e, key := fundedChain(t)
	if url := e.HTTPEndpoint(); url != "" {
		t.Errorf("a chain without --rpc-listen says it serves %q", url)
	}
	ctx := context.Background()
	c := e.Client()
	id, err := c.ChainID(ctx)
	if err != nil || id.Uint64() != ChainID {
		t.Fatalf("chain id %v %v", id, err)
	}
	to := crypto.PubkeyToAddress(key.PublicKey)
	tip := big.NewInt(1)
	head, _ := c.HeaderByNumber(ctx, nil)
	fee := new(big.Int).Add(new(big.Int).Mul(head.BaseFee, big.NewInt(2)), tip)
	tx := types.MustSignNewTx(key, types.LatestSignerForChainID(id), &types.DynamicFeeTx{ChainID: id, Nonce: 0, GasTipCap: tip, GasFeeCap: fee, Gas: 21000, To: &to, Value: big.NewInt(1)})
	if err := c.SendTransaction(ctx, tx); err != nil {
		t.Fatal(err)
	}
	n := e.Commit()
	if n != 1 {
		t.Fatalf("head %d after one commit", n)
	}
	b, err := c.BlockByNumber(ctx, big.NewInt(1))
	if err != nil || len(b.Transactions()) != 1 {
		t.Fatalf("block 1: %v txs, %v", b, err)
	}
	frames, err := c.TraceBlock(ctx, b.Hash())
	if err != nil {
		t.Fatal(err)
	}
	if len(frames) != 1 || frames[0].Type != "CALL" || frames[0].Callee() != to || frames[0].Wei().Int64() != 1 {
		t.Fatalf("trace %+v", frames)
	}
}

func TestEmbeddedServesLoopbackRPC(t *testing.T) {
	e, err := New(Config{RPCListen: "127.0.0.1:0"})
	if err != nil {
		t.Fatal(err)
	}
	defer e.Close()
	url := e.HTTPEndpoint()
	if url == "" {
		t.Fatal("no HTTP endpoint")
	}
	ctx := context.Background()
	c, err := rpc.Dial(ctx, url)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	e.Commit()
	n, err := c.BlockNumber(ctx)
	if err != nil || n != 1 {
		t.Fatalf("block number over HTTP: %d, %v", n, err)
	}
	b, _ := c.BlockByNumber(ctx, nil)
	if _, err := c.TraceBlock(ctx, b.Hash()); err != nil {
		t.Fatalf("tracer API over HTTP: %v", err)
	}
	for _, bad := range []string{"0.0.0.0:8545", "10.0.0.1:8545", "127.0.0.1", "127.0.0.1:http", "127.0.0.1:70000", "localhost:-1"} {
		if _, err := New(Config{RPCListen: bad}); err == nil {
			t.Errorf("--rpc-listen %s accepted", bad)
		}
	}
}

// --rpc-listen serves readers only: debug_setHead (which rewound the chain
// under the watcher) and debug_writeMemProfile (which overwrote a live
// journal) are refused over the wire, and nothing is written or rewound.
func TestRPCListenServesReadersOnly(t *testing.T) {
	e, err := New(Config{RPCListen: "127.0.0.1:0"})
	if err != nil {
		t.Fatal(err)
	}
	defer e.Close()
	for range 3 {
		e.Commit()
	}
	url := e.HTTPEndpoint()
	victim := filepath.Join(t.TempDir(), "journal.jsonl")
	if err := os.WriteFile(victim, []byte("keep me\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	call := func(body string) map[string]any {
		t.Helper()
		resp, err := http.Post(url, "application/json", strings.NewReader(body))
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		var out map[string]any
		raw, _ := io.ReadAll(resp.Body)
		if err := json.Unmarshal(raw, &out); err != nil {
			t.Fatalf("%s: answer %q is not one JSON-RPC object: %v", body, raw, err)
		}
		return out
	}
	for _, c := range []string{
		`{"jsonrpc":"2.0","id":1,"method":"debug_setHead","params":["0x1"]}`,
		`{"jsonrpc":"2.0","id":2,"method":"debug_writeMemProfile","params":["` + victim + `"]}`,
		`{"jsonrpc":"2.0","id":3,"method":"debug_standardTraceBlockToFile","params":["0x1"]}`,
		`{"jsonrpc":"2.0","id":4,"method":"admin_nodeInfo","params":[]}`,
		`{"jsonrpc":"2.0","id":5,"method":"txpool_content","params":[]}`,
	} {
		out := call(c)
		rerr, _ := out["error"].(map[string]any)
		if rerr == nil || rerr["code"] != float64(-32601) || !strings.Contains(fmt.Sprint(rerr["message"]), "not served") {
			t.Errorf("%s answered %v; want a -32601 refusal", c, out)
		}
	}
	// A batch that hides one in the middle is refused whole.
	resp, err := http.Post(url, "application/json", strings.NewReader(`[{"jsonrpc":"2.0","id":1,"method":"eth_blockNumber"},{"jsonrpc":"2.0","id":2,"method":"debug_setHead","params":["0x0"]}]`))
	if err != nil {
		t.Fatal(err)
	}
	var batch []map[string]any
	json.NewDecoder(resp.Body).Decode(&batch)
	resp.Body.Close()
	if len(batch) != 2 || batch[0]["error"] == nil || batch[1]["error"] == nil {
		t.Errorf("batch with debug_setHead answered %v", batch)
	}
	if got, _ := os.ReadFile(victim); string(got) != "keep me\n" {
		t.Fatalf("the file named in debug_writeMemProfile was changed: %q", got)
	}
	if h := e.Head(); h != 3 {
		t.Fatalf("head is %d after the refused calls, want 3", h)
	}
	// What a reader needs still works.
	for _, c := range []string{
		`{"jsonrpc":"2.0","id":1,"method":"eth_blockNumber","params":[]}`,
		`{"jsonrpc":"2.0","id":2,"method":"net_version","params":[]}`,
		`{"jsonrpc":"2.0","id":3,"method":"web3_clientVersion","params":[]}`,
		`{"jsonrpc":"2.0","id":4,"method":"debug_traceBlockByNumber","params":["0x2",{"tracer":"callTracer"}]}`,
	} {
		if out := call(c); out["error"] != nil || out["result"] == nil {
			t.Errorf("%s answered %v; want a result", c, out)
		}
	}
}
