package shadow

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	gethrpc "github.com/ethereum/go-ethereum/rpc"

	"warroom/chain"
)

// Sentinel errors. Check them with errors.Is: they arrive wrapped with the
// reason.
var (
	// ErrUnavailable is a node that cannot run a shadow test: it has no
	// debug_traceCall, or no state overrides, or it ignores them. The
	// message goes on to say which.
	ErrUnavailable = errors.New("shadow test unavailable on this node")
	// ErrNoCode is an implementation with no code at the block, and no
	// code given to place there.
	ErrNoCode = errors.New("no code at the address")
	// ErrNoCalls is a shadow test asked to run nothing: it could only
	// pass without having run.
	ErrNoCalls = errors.New("no calls to run")
)

// invalidParams is JSON-RPC's code for parameters a server cannot read:
// what a node without state overrides answers to the extra parameter.
const invalidParams = -32602

// The probe: a contract that returns its own storage slot 0, placed by a
// code override at an address nobody uses, with slot 0 set by a stateDiff
// override. A node that honours both returns probeWord; one that ignores
// them calls an empty account and returns nothing.
const (
	// probeCode is PUSH1 0 SLOAD PUSH1 0 MSTORE PUSH1 32 PUSH1 0 RETURN.
	probeCode = "0x60005460005260206000f3"
	// probeAddr is keccak256("warroom shadow probe address")[12:]: an
	// address nobody holds a key or code for.
	probeAddr = "0x3A9AB728d603FDEf78c8d8f44a0Eb166d0E4a1A9"
	// probeWord is keccak256("warroom shadow probe").
	probeWord = "0x069b9b84e4ae0f84208639f475feb32b64feb44d414afa49d57cb2911b84bb79"
)

func probe() (Call, Overrides) {
	addr := common.HexToAddress(probeAddr)
	o := Overrides{}
	o.SetCode(addr, common.FromHex(probeCode))
	o.SetSlot(addr, common.Hash{}, common.HexToHash(probeWord))
	return Call{To: addr, Gas: 100_000}, o
}

// unavailable wraps a node's refusal as ErrUnavailable when it means the
// node lacks the capability (method not found, parameters it cannot
// read), and returns it classified but unwrapped otherwise (a network
// failure, a cancelled context, pruned state).
func unavailable(what string, err error) error {
	err = chain.NodeError(err)
	var rerr gethrpc.Error
	if errors.Is(err, chain.ErrUnsupported) || (errors.As(err, &rerr) && rerr.ErrorCode() == invalidParams) {
		return fmt.Errorf("%w: %s: %w", ErrUnavailable, what, err)
	}
	return fmt.Errorf("%s: %w", what, err)
}

// Probe checks that the node runs debug_traceCall with geth's callTracer
// and honours its code and storage state overrides, at block (nil for
// the latest): it places a tiny contract that returns its storage slot 0
// at a scratch address, sets that slot, and calls it. It returns an error
// wrapping ErrUnavailable when the node lacks the method or ignores the
// overrides.
func Probe(ctx context.Context, b chain.RawCaller, block *big.Int) error {
	c, o := probe()
	out, err := Simulate(ctx, b, c, block, o)
	if err != nil {
		return unavailable("debug_traceCall with callTracer and state overrides", err)
	}
	if out.Reverted || !bytes.Equal(out.Output, common.HexToHash(probeWord).Bytes()) {
		return fmt.Errorf("%w: debug_traceCall ignored the state overrides (a probe contract placed by override returned %s, want %s)",
			ErrUnavailable, hexutil.Encode(out.Output), probeWord)
	}
	return nil
}

// probeCall is Probe for eth_call's state overrides.
func probeCall(ctx context.Context, b chain.RawCaller, block *big.Int) error {
	c, o := probe()
	var out hexutil.Bytes
	if err := b.CallContext(ctx, &out, "eth_call", c.args(), blockArg(block), o); err != nil {
		return unavailable("eth_call with state overrides", err)
	}
	if !bytes.Equal(out, common.HexToHash(probeWord).Bytes()) {
		return fmt.Errorf("%w: eth_call ignored the state overrides (a probe contract placed by override returned %s, want %s)",
			ErrUnavailable, hexutil.Encode(out), probeWord)
	}
	return nil
}
