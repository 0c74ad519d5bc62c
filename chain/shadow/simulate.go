package shadow

import (
	"bytes"
	"context"
	"fmt"
	"math/big"
	"slices"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"warroom/chain"
)

// Call is a plain call to simulate: a transaction's top-level call.
type Call struct {
	From  common.Address `json:"from"`
	To    common.Address `json:"to"`
	Data  hexutil.Bytes  `json:"data,omitempty"`
	Value *big.Int       `json:"value,omitempty"` // wei, nil for none
	// Gas is the gas limit; 0 lets the node choose (its call gas cap).
	Gas uint64 `json:"gas,omitempty"`
}

// callArgs is a Call as geth's TransactionArgs. No gas price is sent, so
// the node runs it at a zero price: no fee moves and the sender needs no
// ether beyond the call's value.
type callArgs struct {
	From  common.Address  `json:"from"`
	To    *common.Address `json:"to,omitempty"`
	Data  hexutil.Bytes   `json:"data,omitempty"`
	Value *hexutil.Big    `json:"value,omitempty"`
	Gas   *hexutil.Uint64 `json:"gas,omitempty"`
}

func (c Call) args() callArgs {
	a := callArgs{From: c.From, To: &c.To, Data: c.Data, Value: (*hexutil.Big)(c.Value)}
	if c.Gas != 0 {
		g := hexutil.Uint64(c.Gas)
		a.Gas = &g
	}
	return a
}

// traceConfig is geth's TraceCallConfig: a tracer, its config, and the
// state overrides applied before the call runs.
type traceConfig struct {
	Tracer         string    `json:"tracer"`
	TracerConfig   any       `json:"tracerConfig,omitempty"`
	StateOverrides Overrides `json:"stateOverrides,omitempty"`
}

// blockArg is a block number for JSON-RPC: nil is "latest".
func blockArg(block *big.Int) string {
	if block == nil {
		return "latest"
	}
	return hexutil.EncodeBig(block)
}

// Flow is the net change of one address's ether balance made by a call, in
// wei (negative: value left the address).
type Flow struct {
	Address common.Address `json:"address"`
	Delta   *big.Int       `json:"delta"`
}

// Outcome is what a simulated call did.
type Outcome struct {
	// Reverted is true when the call did not succeed: it reverted, or
	// failed another way (out of gas, an invalid opcode); Error says which.
	Reverted bool `json:"reverted"`
	// Error is the node's error for the call ("execution reverted", "out of gas").
	Error string `json:"error,omitempty"`
	// Revert is the decoded revert data of a call that reverted.
	Revert *Revert `json:"revert,omitempty"`
	// GasUsed is the gas the call used as a transaction (intrinsic gas included).
	GasUsed uint64 `json:"gasUsed"`
	// Output is the call's return data, or its revert data.
	Output hexutil.Bytes `json:"output,omitempty"`
	// Flows are the net ether balance changes, by address, sorted; zero
	// changes are left out. A call that did not succeed moves nothing.
	Flows []Flow `json:"flows,omitempty"`
	// Trace is the call tree as geth's callTracer gives it, for display.
	Trace *chain.CallFrame `json:"trace,omitempty"`
}

// Delta is addr's net balance change in wei (zero when it has none).
func (o *Outcome) Delta(addr common.Address) *big.Int {
	for _, f := range o.Flows {
		if f.Address == addr {
			return new(big.Int).Set(f.Delta)
		}
	}
	return new(big.Int)
}

// NetOut is the net value that left the given addresses taken together,
// in wei: positive when value left them, zero or negative when none did.
// Value moving between two of them does not count.
func (o *Outcome) NetOut(addrs []common.Address) *big.Int {
	out := new(big.Int)
	for _, f := range o.Flows {
		if slices.Contains(addrs, f.Address) {
			out.Sub(out, f.Delta)
		}
	}
	return out
}

// Why is a short account of a failed call: the decoded revert, or the
// node's error.
func (o *Outcome) Why() string {
	switch {
	case !o.Reverted:
		return ""
	case o.Revert != nil:
		return o.Revert.String()
	case o.Error != "":
		return o.Error
	}
	return "failed"
}

// Flows measures the value a call tree moved: the net wei change of each
// address, sorted by address, zero changes left out. A frame counts when
// neither it nor any frame above it failed (a failed frame's transfers are
// undone with it). DELEGATECALL and STATICCALL frames move nothing (the
// value a DELEGATECALL frame shows is its caller's, already counted), nor
// does CALLCODE (it sends the value to the caller itself). CALL, CREATE,
// CREATE2 and SELFDESTRUCT frames move their value from From to To.
func Flows(root *chain.CallFrame) []Flow {
	if root == nil {
		return nil
	}
	net := map[common.Address]*big.Int{}
	var walk func(f *chain.CallFrame)
	walk = func(f *chain.CallFrame) {
		if f.Error != "" {
			return
		}
		switch f.Type {
		case "DELEGATECALL", "STATICCALL", "CALLCODE":
		default:
			if v := f.Wei(); v != nil && v.Sign() != 0 && f.To != nil && *f.To != f.From {
				add(net, f.From, new(big.Int).Neg(v))
				add(net, *f.To, v)
			}
		}
		for i := range f.Calls {
			walk(&f.Calls[i])
		}
	}
	walk(root)
	out := make([]Flow, 0, len(net))
	for addr, d := range net {
		if d.Sign() != 0 {
			out = append(out, Flow{Address: addr, Delta: d})
		}
	}
	slices.SortFunc(out, func(a, b Flow) int { return bytes.Compare(a.Address[:], b.Address[:]) })
	return out
}

func add(m map[common.Address]*big.Int, addr common.Address, v *big.Int) {
	if m[addr] == nil {
		m[addr] = new(big.Int)
	}
	m[addr].Add(m[addr], v)
}

// sameFlows reports whether two outcomes moved the same value to and from
// the same addresses, and which addresses differ.
func sameFlows(a, b []Flow) (bool, []common.Address) {
	m := map[common.Address]*big.Int{}
	for _, f := range a {
		add(m, f.Address, f.Delta)
	}
	for _, f := range b {
		add(m, f.Address, new(big.Int).Neg(f.Delta))
	}
	var diff []common.Address
	for addr, d := range m {
		if d.Sign() != 0 {
			diff = append(diff, addr)
		}
	}
	slices.SortFunc(diff, func(a, b common.Address) int { return bytes.Compare(a[:], b[:]) })
	return len(diff) == 0, diff
}

// Simulate runs c at block (nil for the latest) on the block's state with
// o applied, through debug_traceCall with geth's callTracer, and changes
// nothing on chain. abis name custom errors in the revert data. A node
// without debug_traceCall answers an error wrapping chain.ErrUnsupported;
// Simulate does not check that the node honours o (Probe does).
func Simulate(ctx context.Context, b chain.RawCaller, c Call, block *big.Int, o Overrides, abis ...*abi.ABI) (*Outcome, error) {
	if err := o.Validate(); err != nil {
		return nil, err
	}
	var frame chain.CallFrame
	cfg := traceConfig{Tracer: "callTracer", StateOverrides: o}
	if err := b.CallContext(ctx, &frame, "debug_traceCall", c.args(), blockArg(block), cfg); err != nil {
		return nil, fmt.Errorf("debug_traceCall to %s: %w", c.To.Hex(), chain.NodeError(err))
	}
	return outcome(&frame, abis), nil
}

// outcome reads a call's result off its trace.
func outcome(f *chain.CallFrame, abis []*abi.ABI) *Outcome {
	o := &Outcome{
		Reverted: f.Error != "",
		Error:    f.Error,
		GasUsed:  uint64(f.GasUsed),
		Output:   f.Output,
		Flows:    Flows(f),
		Trace:    f,
	}
	if o.Reverted && (len(f.Output) > 0 || f.Error == "execution reverted") {
		o.Revert = DecodeRevert(f.Output, abis...)
	}
	return o
}
