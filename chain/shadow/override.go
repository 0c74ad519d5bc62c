package shadow

import (
	"context"
	"encoding/json"
	"fmt"
	"maps"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"warroom/chain"
)

// Overrides are state overrides in geth's shape: the third parameter of
// eth_call and the stateOverrides field of debug_traceCall's config
// (geth's override.StateOverride). The state a simulation runs on is the
// block's state with these applied; the chain itself never changes.
//
// Build one with a literal (Overrides{}) and the Set methods; a nil
// Overrides is empty and can be read and merged but not set.
type Overrides map[common.Address]*AccountOverride

// AccountOverride replaces parts of one account for a simulation. Nil
// fields keep what the chain has.
type AccountOverride struct {
	// Code replaces the account's code. Nil keeps it; an empty non-nil
	// slice removes it.
	Code []byte
	// Balance replaces the account's balance, in wei.
	Balance *big.Int
	// Nonce replaces the account's nonce.
	Nonce *uint64
	// State replaces the account's whole storage: every slot not listed
	// reads as zero.
	State map[common.Hash]common.Hash
	// StateDiff sets the listed slots and keeps every other slot. An
	// account has State or StateDiff, never both (geth refuses both).
	StateDiff map[common.Hash]common.Hash
}

// accountJSON is the wire form of an AccountOverride, field for field
// geth's override.OverrideAccount.
type accountJSON struct {
	Code      *hexutil.Bytes              `json:"code,omitempty"`
	Balance   *hexutil.Big                `json:"balance,omitempty"`
	Nonce     *hexutil.Uint64             `json:"nonce,omitempty"`
	State     map[common.Hash]common.Hash `json:"state,omitempty"`
	StateDiff map[common.Hash]common.Hash `json:"stateDiff,omitempty"`
}

// MarshalJSON encodes the override as geth reads it: hex code, balance
// and nonce, and 32-byte slot → value maps.
func (a AccountOverride) MarshalJSON() ([]byte, error) {
	var enc accountJSON
	if a.Code != nil {
		c := hexutil.Bytes(a.Code)
		enc.Code = &c
	}
	enc.Balance = (*hexutil.Big)(a.Balance)
	enc.Nonce = (*hexutil.Uint64)(a.Nonce)
	enc.State, enc.StateDiff = a.State, a.StateDiff
	return json.Marshal(enc)
}

// UnmarshalJSON decodes geth's form.
func (a *AccountOverride) UnmarshalJSON(b []byte) error {
	var dec accountJSON
	if err := json.Unmarshal(b, &dec); err != nil {
		return err
	}
	*a = AccountOverride{State: dec.State, StateDiff: dec.StateDiff}
	if dec.Code != nil {
		a.Code = append([]byte{}, *dec.Code...)
	}
	if dec.Balance != nil {
		a.Balance = dec.Balance.ToInt()
	}
	if dec.Nonce != nil {
		n := uint64(*dec.Nonce)
		a.Nonce = &n
	}
	return nil
}

// at returns addr's override, creating it.
func (o Overrides) at(addr common.Address) *AccountOverride {
	a := o[addr]
	if a == nil {
		a = &AccountOverride{}
		o[addr] = a
	}
	return a
}

// SetCode puts code at addr.
func (o Overrides) SetCode(addr common.Address, code []byte) {
	o.at(addr).Code = append([]byte{}, code...)
}

// SetBalance gives addr a balance of wei.
func (o Overrides) SetBalance(addr common.Address, wei *big.Int) {
	o.at(addr).Balance = new(big.Int).Set(wei)
}

// SetNonce gives addr a nonce.
func (o Overrides) SetNonce(addr common.Address, nonce uint64) {
	o.at(addr).Nonce = &nonce
}

// SetSlot sets one storage slot of addr and keeps the others (a stateDiff
// entry, or an entry of State when the account's whole storage is already
// replaced).
func (o Overrides) SetSlot(addr common.Address, slot, value common.Hash) {
	a := o.at(addr)
	if a.State != nil {
		a.State[slot] = value
		return
	}
	if a.StateDiff == nil {
		a.StateDiff = map[common.Hash]common.Hash{}
	}
	a.StateDiff[slot] = value
}

// Clone returns a deep copy.
func (o Overrides) Clone() Overrides {
	out := make(Overrides, len(o))
	for addr, a := range o {
		out[addr] = a.clone()
	}
	return out
}

func (a *AccountOverride) clone() *AccountOverride {
	c := &AccountOverride{State: maps.Clone(a.State), StateDiff: maps.Clone(a.StateDiff)}
	if a.Code != nil {
		c.Code = append([]byte{}, a.Code...)
	}
	if a.Balance != nil {
		c.Balance = new(big.Int).Set(a.Balance)
	}
	if a.Nonce != nil {
		n := *a.Nonce
		c.Nonce = &n
	}
	return c
}

// Merge returns o with next applied on top of it, as if next were applied
// after o: next's code, balance and nonce win; next's State replaces the
// storage outright; next's StateDiff is added to what o set. Neither
// argument changes.
func (o Overrides) Merge(next Overrides) Overrides {
	out := o.Clone()
	for addr, n := range next {
		a := out.at(addr)
		if n.Code != nil {
			a.Code = append([]byte{}, n.Code...)
		}
		if n.Balance != nil {
			a.Balance = new(big.Int).Set(n.Balance)
		}
		if n.Nonce != nil {
			v := *n.Nonce
			a.Nonce = &v
		}
		if n.State != nil {
			a.State, a.StateDiff = maps.Clone(n.State), nil
		}
		for slot, v := range n.StateDiff {
			out.SetSlot(addr, slot, v)
		}
	}
	return out
}

// Validate reports an account with both State and StateDiff, which geth
// refuses.
func (o Overrides) Validate() error {
	for addr, a := range o {
		if a != nil && a.State != nil && a.StateDiff != nil {
			return fmt.Errorf("state override of %s sets both state and stateDiff; use one", addr.Hex())
		}
	}
	return nil
}

// SlotPatch changes Size bytes of one storage slot, starting Offset bytes
// from the slot's low-order end (solc's storageLayout counts offsets that
// way), and keeps the rest of the slot. It is how a packed variable is
// overridden, such as a paused flag sharing its slot with an address.
type SlotPatch struct {
	Account common.Address `json:"account"`
	Slot    common.Hash    `json:"slot"`
	Offset  int            `json:"offset"`
	Size    int            `json:"size"`
	// Value is big-endian, at most Size bytes; a shorter value is padded
	// with zeros on the left (Value nil or empty writes zeros).
	Value hexutil.Bytes `json:"value"`
}

// PatchedSlot is a SlotPatch applied to the slot as it was at a block.
type PatchedSlot struct {
	SlotPatch
	Before common.Hash `json:"before"`
	After  common.Hash `json:"after"`
}

// Overrides returns the patch as a stateDiff override.
func (p PatchedSlot) Overrides() Overrides {
	o := Overrides{}
	o.SetSlot(p.Account, p.Slot, p.After)
	return o
}

// SlotReader reads storage at a block: chain.StateReader has it.
type SlotReader interface {
	StorageAt(ctx context.Context, account common.Address, key common.Hash, block *big.Int) ([]byte, error)
}

var _ SlotReader = chain.StateReader(nil)

// Check reports a patch whose byte range does not fit in a slot or whose
// value does not fit in its range.
func (p SlotPatch) Check() error {
	if p.Offset < 0 || p.Size < 1 || p.Offset+p.Size > 32 {
		return fmt.Errorf("slot patch of %s slot %s: offset %d and size %d do not fit in a 32-byte slot; want 0 <= offset, 1 <= size, offset+size <= 32",
			p.Account.Hex(), p.Slot.Hex(), p.Offset, p.Size)
	}
	if len(p.Value) > p.Size {
		return fmt.Errorf("slot patch of %s slot %s: value is %d bytes, the range only %d", p.Account.Hex(), p.Slot.Hex(), len(p.Value), p.Size)
	}
	return nil
}

// Apply writes the patch into a slot's word.
func (p SlotPatch) Apply(word common.Hash) common.Hash {
	end := 32 - p.Offset
	start := end - p.Size
	clear(word[start:end])
	copy(word[end-len(p.Value):end], p.Value)
	return word
}

// PatchSlot reads the patched slot at block (nil for the latest) and
// applies the patch to it. Its Overrides set the slot's new word.
func PatchSlot(ctx context.Context, r SlotReader, p SlotPatch, block *big.Int) (PatchedSlot, error) {
	if err := p.Check(); err != nil {
		return PatchedSlot{}, err
	}
	raw, err := r.StorageAt(ctx, p.Account, p.Slot, block)
	if err != nil {
		return PatchedSlot{}, fmt.Errorf("read slot %s of %s: %w", p.Slot.Hex(), p.Account.Hex(), chain.NodeError(err))
	}
	before := common.BytesToHash(raw)
	return PatchedSlot{SlotPatch: p, Before: before, After: p.Apply(before)}, nil
}
