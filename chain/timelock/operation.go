package timelock

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"warroom/chain/contracts"
)

// ErrOperationIDMismatch is a timelock whose own hashOperation differs from
// the operation id computed here: the timelock is not the OpenZeppelin
// TimelockController we think, and the id cannot be trusted to follow the
// operation.
var ErrOperationIDMismatch = errors.New("the timelock's own operation id differs from the one computed here")

// Operation is one call a TimelockController makes once its delay has
// passed: exactly the fields its hashOperation hashes.
type Operation struct {
	Target common.Address
	Value  *big.Int // wei; nil is zero
	Data   []byte
	// Predecessor is the operation that must be done first, zero for none.
	Predecessor common.Hash
	// Salt tells apart operations that are otherwise the same.
	Salt common.Hash
}

// OperationID is the id OpenZeppelin's TimelockController gives an
// operation: keccak256(abi.encode(target, value, data, predecessor, salt)),
// as its hashOperation computes it. value is wei (nil is zero); one that is
// negative or wider than 256 bits is a programming error and panics, as the
// bindings' Pack methods do.
func OperationID(target common.Address, value *big.Int, data []byte, predecessor, salt common.Hash) common.Hash {
	args := abi.Arguments{{Type: mustType("address")}, {Type: mustType("uint256")}, {Type: mustType("bytes")},
		{Type: mustType("bytes32")}, {Type: mustType("bytes32")}}
	enc, err := args.Pack(target, wei(value), data, [32]byte(predecessor), [32]byte(salt))
	if err != nil {
		panic(fmt.Sprintf("timelock: abi.encode of an operation: %v", err))
	}
	return crypto.Keccak256Hash(enc)
}

// ID is the operation's id (OperationID).
func (o Operation) ID() common.Hash {
	return OperationID(o.Target, o.Value, o.Data, o.Predecessor, o.Salt)
}

// ScheduleData is the calldata of schedule(target, value, data,
// predecessor, salt, delay): what the proposer sends to queue the
// operation for delay seconds.
func (o Operation) ScheduleData(delay uint64) []byte {
	return contracts.NewTimelockController().PackSchedule(o.Target, wei(o.Value), o.Data, o.Predecessor, o.Salt, new(big.Int).SetUint64(delay))
}

// ExecuteData is the calldata of execute(target, value, payload,
// predecessor, salt): what the executor sends once the delay has passed.
func (o Operation) ExecuteData() []byte {
	return contracts.NewTimelockController().PackExecute(o.Target, wei(o.Value), o.Data, o.Predecessor, o.Salt)
}

// HashOperation reads the timelock's own hashOperation for op at block
// (nil for the latest).
func (t *Timelock) HashOperation(ctx context.Context, c ethereum.ContractCaller, op Operation, block *big.Int) (common.Hash, error) {
	h, err := contracts.Call(ctx, c, t.addr, block, t.abi.PackHashOperation(op.Target, wei(op.Value), op.Data, op.Predecessor, op.Salt), t.abi.UnpackHashOperation)
	if err != nil {
		return common.Hash{}, fmt.Errorf("hashOperation() on timelock %s: %w", t.addr.Hex(), err)
	}
	return h, nil
}

// CheckOperationID computes op's id and checks it against the timelock's
// own hashOperation. It returns the id, or an error wrapping
// ErrOperationIDMismatch that names both.
func (t *Timelock) CheckOperationID(ctx context.Context, c ethereum.ContractCaller, op Operation) (common.Hash, error) {
	id := op.ID()
	got, err := t.HashOperation(ctx, c, op, nil)
	if err != nil {
		return common.Hash{}, err
	}
	if got != id {
		return common.Hash{}, fmt.Errorf("timelock %s: hashOperation answers %s, computed here %s: %w", t.addr.Hex(), got.Hex(), id.Hex(), ErrOperationIDMismatch)
	}
	return id, nil
}

// State is where a timelock operation stands, as OpenZeppelin's
// OperationState names it.
type State uint8

// Operation states.
const (
	// Unset is an operation never scheduled (or cancelled).
	Unset State = iota
	// Waiting is scheduled, its delay not yet passed.
	Waiting
	// Ready is scheduled and past its delay: it can be executed.
	Ready
	// Done is executed.
	Done
)

// String names the state.
func (s State) String() string {
	switch s {
	case Unset:
		return "unset"
	case Waiting:
		return "waiting"
	case Ready:
		return "ready"
	case Done:
		return "done"
	}
	return fmt.Sprintf("state(%d)", uint8(s))
}

// doneTimestamp is the timestamp a TimelockController records for an
// executed operation.
const doneTimestamp = 1

// Status is a timelock operation as read at one block.
type Status struct {
	ID    common.Hash
	State State
	// ETA is when the operation becomes ready, unix seconds; 0 when it is
	// unset or done.
	ETA uint64
}

// Status reads operation id's state and ETA at block (nil for the latest),
// with getTimestamp and isOperationReady, which OpenZeppelin's 4.x and 5.x
// timelocks both have.
func (t *Timelock) Status(ctx context.Context, c ethereum.ContractCaller, id common.Hash, block *big.Int) (Status, error) {
	ts, err := contracts.Call(ctx, c, t.addr, block, t.abi.PackGetTimestamp(id), t.abi.UnpackGetTimestamp)
	if err != nil {
		return Status{}, fmt.Errorf("getTimestamp(%s) on timelock %s: %w", id.Hex(), t.addr.Hex(), err)
	}
	st := Status{ID: id}
	switch {
	case ts.Sign() == 0:
		return st, nil
	case ts.Cmp(big.NewInt(doneTimestamp)) == 0:
		st.State = Done
		return st, nil
	case !ts.IsUint64():
		return Status{}, fmt.Errorf("getTimestamp(%s) on timelock %s answers %s, not a time", id.Hex(), t.addr.Hex(), ts)
	}
	st.ETA = ts.Uint64()
	ready, err := contracts.Call(ctx, c, t.addr, block, t.abi.PackIsOperationReady(id), t.abi.UnpackIsOperationReady)
	if err != nil {
		return Status{}, fmt.Errorf("isOperationReady(%s) on timelock %s: %w", id.Hex(), t.addr.Hex(), err)
	}
	st.State = Waiting
	if ready {
		st.State = Ready
	}
	return st, nil
}

// MinDelay reads the timelock's minimum delay in seconds at block (nil for
// the latest): no operation can be scheduled for less.
func (t *Timelock) MinDelay(ctx context.Context, c ethereum.ContractCaller, block *big.Int) (uint64, error) {
	d, err := contracts.Call(ctx, c, t.addr, block, t.abi.PackGetMinDelay(), t.abi.UnpackGetMinDelay)
	if err != nil {
		return 0, fmt.Errorf("getMinDelay() on timelock %s: %w", t.addr.Hex(), err)
	}
	if !d.IsUint64() {
		return 0, fmt.Errorf("getMinDelay() on timelock %s answers %s seconds, beyond any delay", t.addr.Hex(), d)
	}
	return d.Uint64(), nil
}

func wei(v *big.Int) *big.Int {
	if v == nil {
		return new(big.Int)
	}
	return v
}

func mustType(t string) abi.Type {
	typ, err := abi.NewType(t, "", nil)
	if err != nil {
		panic(err)
	}
	return typ
}
