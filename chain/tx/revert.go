package tx

import (
	"context"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"warroom/chain"
	"warroom/chain/shadow"
)

// RevertError is a call that would revert or a mined transaction that
// reverted, with its revert data decoded by shadow.DecodeRevert (the one
// decoder of Error(string), Panic(uint256) and custom errors).
type RevertError struct {
	Revert *shadow.Revert
	// Err is what the node answered, for a call; nil for a mined
	// transaction re-run.
	Err error
}

// Error says why: `reverted: EnforcedPause() (the node: execution reverted)`.
func (e *RevertError) Error() string {
	if e.Err == nil {
		return "reverted: " + e.Revert.String()
	}
	return "reverted: " + e.Revert.String() + " (the node: " + e.Err.Error() + ")"
}

// Unwrap is the node's error.
func (e *RevertError) Unwrap() error { return e.Err }

// CallError is err with its revert data decoded when the node sent any
// with it (an eth_call or eth_estimateGas that reverts): a *RevertError
// wrapping err. Any other error comes back as it is.
func CallError(err error, abis ...*abi.ABI) error {
	data, ok := chain.RevertData(err)
	if !ok {
		return err
	}
	return &RevertError{Revert: shadow.DecodeRevert(data, abis...), Err: err}
}

// WhyReverted re-runs a transaction that reverted on chain (its receipt
// says status 0) as an eth_call with its sender, target, calldata, value
// and gas limit, and decodes the revert data. The error says why no
// reason was found: the re-run passed, or the node gave no revert data.
//
// It runs at the block the transaction was mined in, on the state at that
// block's end, not at its parent. What makes a responder's transaction
// revert is nearly always a transaction mined before it in the same block
// (another pause, the attacker's front-run, an upgrade): the parent's state
// has none of them, so the call would pass there and say nothing. The
// block's end has them; the reverted transaction itself changed nothing but
// its sender's nonce and balance, which an eth_call does not check. A
// transaction later in the block could have undone the cause: then the
// re-run passes and the error says so, rather than guess. (A node's
// debug_traceTransaction gives the exact revert data, where the node
// serves it; an eth_call works on every node that keeps the block's state.)
func WhyReverted(ctx context.Context, b ethereum.ContractCaller, from common.Address, t *types.Transaction, rcpt *types.Receipt, abis ...*abi.ABI) (*shadow.Revert, error) {
	msg := ethereum.CallMsg{From: from, To: t.To(), Gas: t.Gas(), Value: t.Value(), Data: t.Data()}
	_, err := b.CallContract(ctx, msg, rcpt.BlockNumber)
	if err == nil {
		return nil, fmt.Errorf("no reason found: re-run on the state at the end of block %s it passes (a later transaction of the block changed what it met)", rcpt.BlockNumber)
	}
	var rerr *RevertError
	if errors.As(CallError(err, abis...), &rerr) {
		return rerr.Revert, nil
	}
	return nil, fmt.Errorf("no reason found: re-run at block %s: %w", rcpt.BlockNumber, chain.NodeError(err))
}

// RevertReason is why a mined transaction reverted, for people:
// WhyReverted's decoded revert ("EnforcedPause()", a quoted message, a
// panic and its meaning) or why there is none, and a note when it burnt
// all of its gas (then it may have run out of gas rather than revert).
func RevertReason(ctx context.Context, b ethereum.ContractCaller, from common.Address, t *types.Transaction, rcpt *types.Receipt, abis ...*abi.ABI) string {
	rev, err := WhyReverted(ctx, b, from, t, rcpt, abis...)
	reason := ""
	if err != nil {
		reason = err.Error()
	} else {
		reason = rev.String()
	}
	if rcpt.GasUsed >= t.Gas() && (rev == nil || rev.Kind == shadow.RevertEmpty) {
		reason += fmt.Sprintf("; it used all of its %s gas, so it may have run out of gas", chain.FormatUint(t.Gas()))
	}
	return reason
}
