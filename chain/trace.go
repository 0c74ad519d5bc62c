package chain

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
)

// CallFrame is one frame of geth's callTracer output.
type CallFrame struct {
	Type         string          `json:"type"`
	From         common.Address  `json:"from"`
	To           *common.Address `json:"to,omitempty"`
	Value        *hexutil.Big    `json:"value,omitempty"`
	Gas          hexutil.Uint64  `json:"gas"`
	GasUsed      hexutil.Uint64  `json:"gasUsed"`
	Input        hexutil.Bytes   `json:"input"`
	Output       hexutil.Bytes   `json:"output,omitempty"`
	Error        string          `json:"error,omitempty"`
	RevertReason string          `json:"revertReason,omitempty"`
	Calls        []CallFrame     `json:"calls,omitempty"`
}

// target is the address the frame calls, or the zero address.
func (f *CallFrame) target() common.Address {
	if f.To == nil {
		return common.Address{}
	}
	return *f.To
}

func (f *CallFrame) value() *big.Int {
	if f.Value == nil {
		return nil
	}
	return f.Value.ToInt()
}

// context is the address whose storage and balance the frame's code acts on:
// the callee for CALL and CREATE, the caller for DELEGATECALL and CALLCODE.
func (f *CallFrame) context() common.Address {
	switch f.Type {
	case "DELEGATECALL", "CALLCODE":
		return f.From
	}
	return f.target()
}

var callTracer = map[string]any{"tracer": "callTracer"}

// TraceBlock returns the call trace of every transaction in a block, in order,
// through debug_traceBlockByHash.
func TraceBlock(ctx context.Context, c RawCaller, hash common.Hash) ([]*CallFrame, error) {
	var res []struct {
		TxHash common.Hash `json:"txHash"`
		Result *CallFrame  `json:"result"`
		Error  string      `json:"error"`
	}
	if err := c.CallContext(ctx, &res, "debug_traceBlockByHash", hash, callTracer); err != nil {
		return nil, err
	}
	out := make([]*CallFrame, len(res))
	for i, r := range res {
		if r.Error != "" {
			return nil, fmt.Errorf("trace of tx %d: %s", i, r.Error)
		}
		out[i] = r.Result
	}
	return out, nil
}

// TraceTx returns one transaction's call trace through debug_traceTransaction.
func TraceTx(ctx context.Context, c RawCaller, tx common.Hash) (*CallFrame, error) {
	var f CallFrame
	if err := c.CallContext(ctx, &f, "debug_traceTransaction", tx, callTracer); err != nil {
		return nil, err
	}
	return &f, nil
}
