package devchain

import (
	"context"
	"errors"
	"fmt"
	"maps"
	"math/big"
	"net"
	"strconv"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/rawdb"
	"github.com/ethereum/go-ethereum/core/txpool"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/eth"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/eth/filters"
	"github.com/ethereum/go-ethereum/eth/tracers"
	"github.com/ethereum/go-ethereum/node"
	"github.com/ethereum/go-ethereum/p2p"
	"github.com/ethereum/go-ethereum/params"
	gethrpc "github.com/ethereum/go-ethereum/rpc"
	"github.com/holiman/uint256"

	"warroom/chain"
	"warroom/chain/rpc"

	// Registers callTracer and the other native tracers.
	_ "github.com/ethereum/go-ethereum/eth/tracers/native"
)

// ChainID is the chain id of the embedded dev chain.
const ChainID = 1337

// Config configures the in-process dev chain.
type Config struct {
	// Alloc funds accounts at genesis.
	Alloc types.GenesisAlloc
	// RPCListen, when set ("127.0.0.1:8545"), also serves HTTP JSON-RPC there.
	// Only loopback addresses are accepted.
	RPCListen string
	// GasLimit is every block's gas limit; zero is geth's default
	// (ethconfig.Defaults.Miner.GasCeil, 60M).
	GasLimit uint64
}

// Chain is an in-process geth dev chain: a node with the eth service, the
// filter and tracer APIs, and a sealer that builds blocks when told to
// (Seal) or on a period (Mine), executing each once (seal.go).
type Chain struct {
	stack   *node.Node
	backend *eth.Ethereum
	sealer  *sealer
	genesis *core.Genesis
	client  *nativeClient // answers from the backend, the rest through rpc
	rpc     chain.Client  // the in-process JSON-RPC client
	served  *rpcServer    // --rpc-listen, nil when not serving

	mu     sync.Mutex // serialises sealing
	stopMu sync.Mutex
	stop   context.CancelFunc
	done   chan struct{}
	mined  error // why Mine stopped sealing, returned by Close
}

// Errors of Mine.
var (
	// ErrBadPeriod is a block period that is not positive.
	ErrBadPeriod = errors.New("block time must be positive")
	// ErrMining is Mine called on a chain that already seals on a period.
	ErrMining = errors.New("the embedded chain is already mining")
)

// CheckLoopback validates an --rpc-listen address: host:port on a loopback address.
func CheckLoopback(addr string) (host string, port int, err error) {
	h, p, err := net.SplitHostPort(addr)
	if err != nil {
		return "", 0, fmt.Errorf("rpc listen address %q: %v; want 127.0.0.1:PORT", addr, err)
	}
	ip := net.ParseIP(h)
	if h == "localhost" {
		ip = net.IPv4(127, 0, 0, 1)
	}
	if ip == nil || !ip.IsLoopback() {
		return "", 0, fmt.Errorf("rpc listen address %q is not loopback; the drill chain serves only 127.0.0.1 or [::1]", addr)
	}
	port, err = strconv.Atoi(p)
	if err != nil || port < 0 || port > 65535 {
		return "", 0, fmt.Errorf("rpc listen address %q: port %q is not 0-65535 (0 picks a free one)", addr, p)
	}
	return ip.String(), port, nil
}

// New starts the dev chain at genesis. No block is sealed until Seal or
// Mine is called.
func New(cfg Config) (*Chain, error) {
	nodeConf := node.DefaultConfig
	nodeConf.DataDir = ""
	nodeConf.IPCPath = ""
	nodeConf.P2P = p2p.Config{NoDiscovery: true, MaxPeers: 0}
	// The node serves nothing itself; --rpc-listen is served by serveRPC,
	// which lets only readers' methods through (rpcserve.go).
	nodeConf.HTTPHost = ""
	nodeConf.WSHost = ""
	var (
		rpcHost string
		rpcPort int
	)
	if cfg.RPCListen != "" {
		host, port, err := CheckLoopback(cfg.RPCListen)
		if err != nil {
			return nil, err
		}
		rpcHost, rpcPort = host, port
	}

	alloc := core.SystemContractAllocs()
	maps.Copy(alloc, cfg.Alloc)
	ethConf := ethconfig.Defaults
	if cfg.GasLimit != 0 {
		ethConf.Miner.GasCeil = cfg.GasLimit
	}
	ethConf.Genesis = &core.Genesis{
		Config:   params.AllDevChainProtocolChanges,
		GasLimit: ethConf.Miner.GasCeil,
		Alloc:    alloc,
	}
	ethConf.NetworkId = ChainID
	ethConf.SyncMode = ethconfig.FullSync
	// Archive mode: a drill chain is small, and a responder (or cast) must
	// be able to read the state at the start of the attack long after it,
	// not only the last 128 blocks. The hash scheme keeps every trie node.
	ethConf.NoPruning = true
	ethConf.StateScheme = rawdb.HashScheme
	ethConf.TxPool.NoLocals = true
	// No log search index: geth renders one in the background after every
	// block, on the cores the watcher and the drill share with the chain.
	// eth_getLogs still answers, by searching the blocks' receipts, which
	// on a drill chain of a few hundred blocks is quick.
	ethConf.LogNoHistory = true
	// Drills send no blobs, but geth 1.17 builds the eth service with a
	// blob pool whatever the configuration (eth.New registers it
	// unconditionally; a zero Datacap is sanitised back to the default).
	// It keeps no files here, and its per-head work, recovering the new
	// block's senders, finds them already cached by the sealer (warm in
	// seal.go).
	ethConf.BlobPool.Datadir = ""
	// Any transaction that pays the base fee is sealed, like geth --dev.
	ethConf.Miner.GasPrice = common.Big1

	stack, err := node.New(&nodeConf)
	if err != nil {
		return nil, fmt.Errorf("embedded chain: %w", err)
	}
	backend, err := eth.New(stack, &ethConf)
	if err != nil {
		stack.Close()
		return nil, fmt.Errorf("embedded chain: %w", err)
	}
	fs := filters.NewFilterSystem(backend.APIBackend, filters.Config{})
	stack.RegisterAPIs([]gethrpc.API{{Namespace: "eth", Service: filters.NewFilterAPI(fs)}})
	stack.RegisterAPIs(tracers.APIs(backend.APIBackend))
	if err := stack.Start(); err != nil {
		stack.Close()
		return nil, fmt.Errorf("embedded chain: start node: %w", err)
	}
	var served *rpcServer
	if cfg.RPCListen != "" {
		if served, err = serveRPC(stack, rpcHost, rpcPort); err != nil {
			stack.Close()
			return nil, err
		}
	}
	rpcClient := rpc.NewClient(stack.Attach())
	sealed := newSealedTraces()
	return &Chain{
		stack:   stack,
		backend: backend,
		genesis: ethConf.Genesis,
		sealer:  newSealer(backend, ethConf.Miner.GasCeil, uint256.MustFromBig(ethConf.Miner.GasPrice), sealed),
		client:  newNativeClient(backend, rpcClient, sealed),
		rpc:     rpcClient,
		served:  served,
	}, nil
}

// Genesis is the specification the chain started from: with it another
// node can import the chain's blocks and check each.
func (e *Chain) Genesis() *core.Genesis { return e.genesis }

// Client returns the chain's native client: the same chain.Client a
// remote node gets, answering blocks, receipts, senders, traces, state
// and heads from the geth backend in process, with no JSON (native.go).
// Its answers are the RPC client's (RPCClient).
func (e *Chain) Client() chain.Client { return e.client }

// RPCClient returns the client over the node's in-process JSON-RPC: what
// the native client stands in for, kept for tests that compare the two.
// It is closed with the chain.
func (e *Chain) RPCClient() chain.Client { return e.rpc }

// HTTPEndpoint is the loopback JSON-RPC URL, or "" when not serving.
func (e *Chain) HTTPEndpoint() string {
	if e.served == nil {
		return ""
	}
	return e.served.url
}

// Retrace is block hash's trace made by executing the block again on its
// parent's state, as a node that did not seal it makes it, whether or not
// the chain keeps the frames its sealing made: what those frames are
// checked against, and the re-execution the watcher's benchmarks measure
// it by.
func (e *Chain) Retrace(ctx context.Context, hash common.Hash) ([]*chain.CallFrame, error) {
	return collect(func(each func(int, *chain.CallFrame)) error { return e.RetraceEach(ctx, hash, each) })
}

// RetraceEach is Retrace handing each transaction's frame to each as
// soon as the transaction has run again (chain.TraceStreamer's
// TraceBlockEach).
func (e *Chain) RetraceEach(ctx context.Context, hash common.Hash, each func(i int, f *chain.CallFrame)) error {
	if err := ctx.Err(); err != nil {
		return traceErr(err)
	}
	return traceErr(e.client.reexecute(ctx, hash, each))
}

// Seal builds one block with whatever the pool holds, makes it the head
// and returns its number.
func (e *Chain) Seal(ctx context.Context) (uint64, error) {
	e.mu.Lock()
	defer e.mu.Unlock()
	block, err := e.sealer.seal(ctx)
	if err != nil {
		return 0, fmt.Errorf("embedded chain: %w", err)
	}
	return block.NumberU64(), nil
}

// Commit is Seal for tests and benchmarks, whose chain cannot fail to seal
// but through a bug: it panics with the error.
func (e *Chain) Commit() uint64 {
	n, err := e.Seal(context.Background())
	if err != nil {
		panic(err)
	}
	return n
}

// Head is the number of the newest sealed block.
func (e *Chain) Head() uint64 {
	return e.backend.BlockChain().CurrentBlock().Number.Uint64()
}

// Mine seals a block every period until ctx ends or Close is called.
// onSealed, if set, runs after each block with its number. A block that
// fails to seal stops it; Close returns why.
func (e *Chain) Mine(ctx context.Context, period time.Duration, onSealed func(uint64)) error {
	if period <= 0 {
		return ErrBadPeriod
	}
	e.stopMu.Lock()
	if e.stop != nil {
		e.stopMu.Unlock()
		return ErrMining
	}
	ctx, cancel := context.WithCancel(ctx)
	e.stop, e.done = cancel, make(chan struct{})
	e.stopMu.Unlock()

	go func() {
		defer close(e.done)
		t := time.NewTicker(period)
		defer t.Stop()
		for {
			select {
			case <-ctx.Done():
				return
			case <-t.C:
				n, err := e.Seal(ctx)
				if err != nil {
					if ctx.Err() == nil {
						e.mined = err
					}
					return
				}
				if onSealed != nil {
					onSealed(n)
				}
			}
		}
	}()
	return nil
}

// Close stops mining and shuts the node down.
func (e *Chain) Close() error {
	e.stopMu.Lock()
	if e.stop != nil {
		e.stop()
		<-e.done
	}
	e.stopMu.Unlock()
	rpcErr := e.served.close()
	e.client.Close()
	return errors.Join(e.mined, rpcErr, e.stack.Close())
}

// promoted waits, a second at most, until no transaction of txs is still
// queued in the pool: a transaction just sent waits there until the pool's
// own loop finds it executable, and a block sealed before then leaves it
// for the next one, which made a drill's setup a block longer on some
// runs than on others.
func (e *Chain) promoted(txs map[common.Hash]bool) {
	pool := e.backend.TxPool()
	untilNoneQueued(func() bool {
		for h := range txs {
			if pool.Status(h) == txpool.TxStatusQueued {
				return true
			}
		}
		return false
	})
}

// Settle waits, a second at most, until the pool holds no transaction
// still queued: what the node does between blocks with what it was sent,
// before the next block's time comes.
func (e *Chain) Settle() {
	pool := e.backend.TxPool()
	untilNoneQueued(func() bool { _, queued := pool.Stats(); return queued > 0 })
}

// untilNoneQueued polls queued every millisecond until it is false, a
// second at most: a transaction that stays queued longer has a nonce gap,
// and sealing without it is right.
func untilNoneQueued(queued func() bool) {
	for deadline := time.Now().Add(time.Second); queued() && time.Now().Before(deadline); {
		time.Sleep(time.Millisecond)
	}
}

// CommitUntilMined seals blocks until every tx is in one, at most five: a
// transaction the pool accepted is in the next block or the one after. It
// reads the sealed blocks themselves, which needs no transaction index (a
// loaded node may take a while to index receipts).
func (e *Chain) CommitUntilMined(ctx context.Context, txs ...*types.Transaction) error {
	pending := make(map[common.Hash]bool, len(txs))
	for _, tx := range txs {
		pending[tx.Hash()] = true
	}
	for try := 0; try < 5 && len(pending) > 0; try++ {
		e.promoted(pending)
		n, err := e.Seal(ctx)
		if err != nil {
			return err
		}
		block, err := e.client.BlockByNumber(ctx, new(big.Int).SetUint64(n))
		if err != nil {
			return fmt.Errorf("read sealed block %d: %w", n, err)
		}
		for _, tx := range block.Transactions() {
			delete(pending, tx.Hash())
		}
	}
	if len(pending) > 0 {
		return fmt.Errorf("%d of %d transactions still unmined after 5 blocks", len(pending), len(txs))
	}
	return nil
}
