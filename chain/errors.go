package chain

import (
	"errors"
	"fmt"
	"strings"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/rpc"
)

// Sentinel errors. Check them with errors.Is: they arrive wrapped with what
// was being done.
var (
	// ErrUnsupported is a node saying it does not offer a method: no
	// debug namespace, no tracer, no state overrides.
	ErrUnsupported = errors.New("the node does not support this")
	// ErrNotYet is a receipt or block asked for before the node has it:
	// not mined yet, or mined and not indexed yet.
	ErrNotYet = errors.New("not mined or not indexed yet")
	// ErrNoState is a node that no longer keeps the state of the block
	// asked about (it prunes history).
	ErrNoState = errors.New("the node has no state for that block")
	// ErrAlreadyPaused is a pause with nothing left to pause.
	ErrAlreadyPaused = errors.New("every pausable contract is already paused")
)

// methodNotFound is JSON-RPC's code for a method the server does not have.
const methodNotFound = -32601

// NodeError classifies an error a node answered with: it returns err
// wrapped with the sentinel it means (ErrUnsupported, ErrNotYet,
// ErrNoState), or err itself when it means none of them. Nodes differ in
// how they say these things, so this is the one place that reads their
// messages.
func NodeError(err error) error {
	if err == nil || errors.Is(err, ErrUnsupported) || errors.Is(err, ErrNotYet) || errors.Is(err, ErrNoState) {
		return err
	}
	if errors.Is(err, ethereum.NotFound) {
		return fmt.Errorf("%w: %w", ErrNotYet, err)
	}
	msg := strings.ToLower(err.Error())
	var derr rpc.DataError
	if errors.As(err, &derr) {
		if s, ok := derr.ErrorData().(string); ok {
			msg += " " + strings.ToLower(s)
		}
	}
	switch {
	case strings.Contains(msg, "indexing is in progress"):
		return fmt.Errorf("%w: %w", ErrNotYet, err)
	case strings.Contains(msg, "historical state"), strings.Contains(msg, "missing trie node"),
		strings.Contains(msg, "state is not available"):
		return fmt.Errorf("%w: %w", ErrNoState, err)
	}
	var rerr rpc.Error
	if errors.As(err, &rerr) && rerr.ErrorCode() == methodNotFound {
		return fmt.Errorf("%w: %w", ErrUnsupported, err)
	}
	switch {
	case strings.Contains(msg, "not supported"), strings.Contains(msg, "does not exist"),
		strings.Contains(msg, "not available"), strings.Contains(msg, "method not found"),
		strings.Contains(msg, "unsupported"):
		return fmt.Errorf("%w: %w", ErrUnsupported, err)
	}
	return err
}

// IsRevert reports whether a contract call failed in the contract (it
// reverted, or answered nothing its ABI decodes) rather than on the way
// to it. Like NodeError, it reads the node's message.
func IsRevert(err error) bool {
	if err == nil {
		return false
	}
	msg := err.Error()
	return strings.Contains(msg, "execution reverted") || strings.Contains(msg, "abi: ")
}

// ErrNoNode is a client none of whose endpoints answers now (chain/rpc's
// pool with every node down): said once as the node's health, not on
// every call that fails for it.
var ErrNoNode = errors.New("no node answers")

// RevertData is the revert data a node sent with a call's error (the
// JSON-RPC error's data, hex), false when it sent none.
func RevertData(err error) ([]byte, bool) {
	var derr rpc.DataError
	if !errors.As(err, &derr) {
		return nil, false
	}
	s, ok := derr.ErrorData().(string)
	if !ok {
		return nil, false
	}
	data, err := hexutil.Decode(s)
	return data, err == nil
}
