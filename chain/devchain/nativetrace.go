package devchain

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/tracing"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/core/vm"

	"warroom/chain"
)

// TraceBlock is each transaction's chain.CallFrame, built from the EVM's
// hooks by a Go tracer: what debug_traceBlockByHash with geth's
// callTracer gives, without the JSON on either side. A block the chain
// sealed lately has the frames its sealing made (sealtrace.go); any other
// is re-executed on its parent's state as the tracers API's traceBlock
// does (the same state, the same pre-execution system calls, the same EVM
// configuration). Its errors are the RPC client's: the node's message,
// classified by chain.NodeError.
func (c *nativeClient) TraceBlock(ctx context.Context, hash common.Hash) ([]*chain.CallFrame, error) {
	return collect(func(each func(int, *chain.CallFrame)) error { return c.TraceBlockEach(ctx, hash, each) })
}

// collect is the frames a streamed trace hands over, in order.
func collect(trace func(each func(int, *chain.CallFrame)) error) ([]*chain.CallFrame, error) {
	frames := []*chain.CallFrame{} // an empty block's trace is empty, not missing
	if err := trace(func(_ int, f *chain.CallFrame) { frames = append(frames, f) }); err != nil {
		return nil, err
	}
	return frames, nil
}

var _ chain.TraceStreamer = (*nativeClient)(nil)

// TraceBlockEach is TraceBlock handing each transaction's frame to each in
// transaction order (chain.TraceStreamer): the kept ones at once, a
// re-execution's as soon as each transaction has run.
func (c *nativeClient) TraceBlockEach(ctx context.Context, hash common.Hash, each func(i int, f *chain.CallFrame)) error {
	return traceErr(c.traceBlock(ctx, hash, each))
}

// traceErr is a trace's error as the RPC client gives it.
func traceErr(err error) error {
	if err != nil {
		return chain.NodeError(onWire(err))
	}
	return nil
}

func (c *nativeClient) traceBlock(ctx context.Context, hash common.Hash, each func(i int, f *chain.CallFrame)) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	if frames, ok := c.sealed.get(hash); ok {
		for i, f := range frames {
			each(i, f)
		}
		return nil
	}
	return c.reexecute(ctx, hash, each)
}

// reexecute traces block hash by executing it again on its parent's state.
func (c *nativeClient) reexecute(ctx context.Context, hash common.Hash, each func(i int, f *chain.CallFrame)) error {
	block := c.bc.GetBlockByHash(hash)
	if block == nil {
		return fmt.Errorf("block %s not found", hash.Hex())
	}
	if block.NumberU64() == 0 {
		return errors.New("genesis is not traceable")
	}
	parent := c.bc.GetBlock(block.ParentHash(), block.NumberU64()-1)
	if parent == nil {
		return fmt.Errorf("parent %#x not found", block.ParentHash())
	}
	statedb, release, err := c.eth.APIBackend.StateAtBlock(ctx, parent, nil, true, false)
	if err != nil {
		return err
	}
	defer release()

	blockCtx := core.NewEVMBlockContext(block.Header(), c.bc, nil)
	// The beacon root and parent hash system calls, untraced.
	pre := vm.NewEVM(blockCtx, statedb, c.cfg, vm.Config{})
	core.PreExecution(ctx, block.BeaconRoot(), parent.Header(), c.cfg, pre, block.Number(), block.Time())
	pre.Release()

	var t frameTracer
	evm := vm.NewEVM(blockCtx, statedb, c.cfg, vm.Config{Tracer: t.hooks(), NoBaseFee: true})
	defer evm.Release()
	stop := context.AfterFunc(ctx, evm.Cancel)
	defer stop()

	txs := block.Transactions()
	signer := types.MakeSigner(c.cfg, block.Number(), block.Time())
	for i, tx := range txs {
		msg, err := core.TransactionToMessage(tx, signer, block.BaseFee())
		if err != nil {
			return fmt.Errorf("trace of tx %d: %w", i, err)
		}
		statedb.SetTxContext(tx.Hash(), i, uint32(i+1))
		t.reset()
		_, _, err = core.ApplyTransactionWithEVM(ctx, msg, core.NewGasPool(msg.GasLimit), statedb, block.Number(), hash, block.Time(), tx, evm)
		if evm.Cancelled() {
			if err := ctx.Err(); err != nil {
				return err
			}
			return fmt.Errorf("trace of tx %d: execution aborted", i)
		}
		if err != nil {
			return fmt.Errorf("tracing failed: %w", err)
		}
		f, err := t.result()
		if err != nil {
			return err
		}
		each(i, f)
	}
	return nil
}

// frameTracer builds one transaction's call frames from tracing hooks the
// way geth's callTracer does (eth/tracers/native/call.go), straight into
// chain.CallFrame, and leaves every field as the RPC client decodes it
// from callTracer's JSON: an empty input is an empty slice, an empty
// output none, a frame without calls has nil Calls. It keeps no logs:
// callTracer keeps them only when asked (withLog), and the console never
// asks. It is reset before each transaction: the system calls before and
// after a block's transactions, which the sealer executes with the same
// hooks, are no transaction's frames.
type frameTracer struct {
	stack    []chain.CallFrame // the open frames, outermost first
	gasLimit uint64
}

func (t *frameTracer) hooks() *tracing.Hooks {
	return &tracing.Hooks{OnTxStart: t.onTxStart, OnTxEnd: t.onTxEnd, OnEnter: t.onEnter, OnExit: t.onExit}
}

func (t *frameTracer) reset() {
	clear(t.stack)
	t.stack, t.gasLimit = t.stack[:0], 0
}

// result is the transaction's top frame.
func (t *frameTracer) result() (*chain.CallFrame, error) {
	if len(t.stack) != 1 {
		return nil, errors.New("incorrect number of top-level calls")
	}
	f := t.stack[0]
	return &f, nil
}

func (t *frameTracer) onTxStart(_ *tracing.VMContext, tx *types.Transaction, _ common.Address) {
	t.gasLimit = tx.Gas()
}

func (t *frameTracer) onTxEnd(receipt *types.Receipt, err error) {
	if err != nil || receipt == nil || len(t.stack) == 0 {
		return
	}
	t.stack[0].GasUsed = hexutil.Uint64(receipt.GasUsed)
}

func (t *frameTracer) onEnter(depth int, typ byte, from, to common.Address, input []byte, gas uint64, value *big.Int) {
	f := chain.CallFrame{
		Type:  vm.OpCode(typ).String(),
		From:  from,
		To:    &to,
		Input: append([]byte{}, input...),
		Gas:   hexutil.Uint64(gas),
	}
	if value != nil {
		f.Value = (*hexutil.Big)(new(big.Int).Set(value))
	}
	if depth == 0 {
		f.Gas = hexutil.Uint64(t.gasLimit)
	}
	t.stack = append(t.stack, f)
}

func (t *frameTracer) onExit(depth int, output []byte, gasUsed uint64, err error, reverted bool) {
	if depth == 0 {
		if len(t.stack) == 1 {
			exitFrame(&t.stack[0], output, err, reverted)
		}
		return
	}
	n := len(t.stack)
	if n <= 1 {
		return
	}
	f := t.stack[n-1]
	t.stack[n-1] = chain.CallFrame{}
	t.stack = t.stack[:n-1]
	f.GasUsed = hexutil.Uint64(gasUsed)
	exitFrame(&f, output, err, reverted)
	parent := &t.stack[n-2]
	parent.Calls = append(parent.Calls, f)
}

// exitFrame records how a frame ended, as callTracer's processOutput does.
func exitFrame(f *chain.CallFrame, output []byte, err error, reverted bool) {
	if err != nil && !reverted {
		err = nil // pre-Homestead out of gas on contract storage: not a failure
	}
	if err == nil {
		if len(output) > 0 {
			f.Output = common.CopyBytes(output)
		}
		return
	}
	f.Error = err.Error()
	if f.Type == vm.CREATE.String() || f.Type == vm.CREATE2.String() {
		f.To = nil
	}
	if !errors.Is(err, vm.ErrExecutionReverted) || len(output) == 0 {
		return
	}
	f.Output = common.CopyBytes(output)
	if len(output) < 4 {
		return
	}
	if reason, err := abi.UnpackRevert(output); err == nil {
		f.RevertReason = reason
	}
}
