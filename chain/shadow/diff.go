package shadow

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"math/big"
	"slices"
	"strconv"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"warroom/chain"
)

// ChangeKind says which part of an account a Change is about. Its value is
// the kind's byte in the diff hash.
type ChangeKind uint8

// Kinds of change, in the order a diff lists them within an account.
const (
	ChangeBalance ChangeKind = iota + 1
	ChangeNonce
	ChangeCode
	ChangeStorage
)

// String names the kind.
func (k ChangeKind) String() string {
	switch k {
	case ChangeBalance:
		return "balance"
	case ChangeNonce:
		return "nonce"
	case ChangeCode:
		return "code"
	case ChangeStorage:
		return "storage"
	}
	return fmt.Sprintf("change(%d)", uint8(k))
}

// MarshalText encodes the kind by name.
func (k ChangeKind) MarshalText() ([]byte, error) { return []byte(k.String()), nil }

// UnmarshalText decodes a kind's name.
func (k *ChangeKind) UnmarshalText(b []byte) error {
	for c := ChangeBalance; c <= ChangeStorage; c++ {
		if c.String() == string(b) {
			*k = c
			return nil
		}
	}
	return fmt.Errorf("unknown state change kind %q (want balance, nonce, code or storage)", b)
}

// Labels of the ERC-1967 slots in a diff.
const (
	LabelImplementation = "erc1967.implementation"
	LabelAdmin          = "erc1967.admin"
	LabelBeacon         = "erc1967.beacon"
)

// slotLabel names the ERC-1967 slots; naming the rest by a storage layout
// is the caller's.
func slotLabel(slot common.Hash) string {
	switch slot {
	case chain.ImplementationSlot:
		return LabelImplementation
	case chain.AdminSlot:
		return LabelAdmin
	case common.HexToHash("0xa3f0ad74e5423aebfd80d3ef4346578335a9a72aeaee59ff6cb3582b35133d50"):
		return LabelBeacon
	}
	return ""
}

// Change is one thing a call changed in one account. Every value is a
// 32-byte word: a storage slot's value; a balance in wei or a nonce as a
// big-endian uint256; code as its keccak256 code hash (an account without
// code has the empty code hash, keccak256 of nothing).
type Change struct {
	Address common.Address `json:"address"`
	Kind    ChangeKind     `json:"kind"`
	// Slot is the storage slot; zero for the other kinds.
	Slot   common.Hash `json:"slot"`
	Before common.Hash `json:"before"`
	After  common.Hash `json:"after"`
	// Label names an ERC-1967 slot (LabelImplementation…). It is not
	// part of the hash.
	Label string `json:"label,omitempty"`
}

// Words are Before and After as integers: a balance's wei, a nonce.
func (c Change) Words() (before, after *big.Int) {
	return new(big.Int).SetBytes(c.Before[:]), new(big.Int).SetBytes(c.After[:])
}

// Addresses are Before and After read as addresses (the low 20 bytes), as
// an implementation or admin slot holds them.
func (c Change) Addresses() (before, after common.Address) {
	return common.BytesToAddress(c.Before[12:]), common.BytesToAddress(c.After[12:])
}

// StateDiff is what a simulated call changed, normalized.
type StateDiff struct {
	Block uint64 `json:"block"`
	Call  Call   `json:"call"`
	// Outcome is the call's result: whether it reverted and why, its gas,
	// its trace.
	Outcome *Outcome `json:"outcome"`
	// Changes are sorted by address, then kind (balance, nonce, code,
	// storage), then slot.
	Changes []Change `json:"changes"`
	// Hash is DiffHash(Changes).
	Hash common.Hash `json:"hash"`
}

// Reverted reports whether the call failed (its changes are then none).
func (d *StateDiff) Reverted() bool { return d.Outcome.Reverted }

// DiffHash is the hash signers compare out of band: keccak256 of the
// changes, in their sorted order, each encoded as 117 bytes:
//
//	address (20) ‖ kind (1: 1 balance, 2 nonce, 3 code, 4 storage) ‖
//	slot (32, zero unless storage) ‖ before (32) ‖ after (32)
//
// with balances and nonces as big-endian uint256 words and code as its
// keccak256 code hash. No changes hash to keccak256 of nothing. Labels,
// the block and the call are not hashed: the same changes give the same
// hash whatever produced them.
func DiffHash(changes []Change) common.Hash {
	buf := make([]byte, 0, len(changes)*117)
	for _, c := range changes {
		buf = append(buf, c.Address[:]...)
		buf = append(buf, byte(c.Kind))
		buf = append(buf, c.Slot[:]...)
		buf = append(buf, c.Before[:]...)
		buf = append(buf, c.After[:]...)
	}
	return crypto.Keccak256Hash(buf)
}

// Diff runs c at block (nil for the head) with o applied, like Simulate,
// and returns what it changed: debug_traceCall with callTracer for the
// outcome and with prestateTracer in diffMode for the changes. The call
// is simulated at a zero gas price, so no fee moves; and the sender's
// nonce increase that every transaction makes is left out, since the diff
// is of the call's effect, not of a transaction carrying it (an upgrade
// runs inside a timelock's execute, which bumps no nonce). A node that
// ignores overrides is caught by a probe first, when o is not empty.
func Diff(ctx context.Context, b chain.RawCaller, c Call, block *big.Int, o Overrides, abis ...*abi.ABI) (*StateDiff, error) {
	block, err := resolveBlock(ctx, b, block)
	if err != nil {
		return nil, fmt.Errorf("state diff: %w", err)
	}
	if len(o) > 0 {
		if err := Probe(ctx, b, block); err != nil {
			return nil, err
		}
	}
	out, err := Simulate(ctx, b, c, block, o, abis...)
	if err != nil {
		return nil, unavailable("state diff", err)
	}
	var res map[string]json.RawMessage
	cfg := traceConfig{Tracer: "prestateTracer", TracerConfig: map[string]bool{"diffMode": true}, StateOverrides: o}
	if err := b.CallContext(ctx, &res, "debug_traceCall", c.args(), blockArg(block), cfg); err != nil {
		return nil, unavailable("state diff: debug_traceCall with prestateTracer", err)
	}
	raw, err := readDiff(res)
	if err != nil {
		return nil, err
	}
	changes := normalize(raw, c.From)
	return &StateDiff{Block: block.Uint64(), Call: c, Outcome: out, Changes: changes, Hash: DiffHash(changes)}, nil
}

// UpgradeCall is an upgrade through a UUPS proxy's upgradeToAndCall.
type UpgradeCall struct {
	// From is who calls the proxy: the timelock that holds the upgrade role.
	From  common.Address
	Proxy common.Address
	// New is the implementation installed, placed by override when not
	// deployed yet.
	New Impl
	// Init is the initializer upgradeToAndCall runs, empty for none.
	Init []byte
	ABIs []*abi.ABI
}

// UpgradeToAndCallData is the calldata of upgradeToAndCall(impl, init),
// the ERC-1967 upgrade function of a UUPS proxy's implementation.
func UpgradeToAndCallData(impl common.Address, init []byte) []byte {
	addrT, _ := abi.NewType("address", "", nil)
	bytesT, _ := abi.NewType("bytes", "", nil)
	args, err := abi.Arguments{{Type: addrT}, {Type: bytesT}}.Pack(impl, init)
	if err != nil {
		panic(err) // an address and bytes always pack
	}
	sel := crypto.Keccak256([]byte("upgradeToAndCall(address,bytes)"))[:4]
	return append(sel, args...)
}

// DiffUpgrade is the state diff of the upgrade itself: upgradeToAndCall
// (u.New, u.Init) sent by u.From to u.Proxy at block, with the new
// implementation's code placed by override when it is not deployed.
func DiffUpgrade(ctx context.Context, b chain.RawCaller, u UpgradeCall, block *big.Int) (*StateDiff, error) {
	c := Call{From: u.From, To: u.Proxy, Data: UpgradeToAndCallData(u.New.Address, u.Init)}
	return Diff(ctx, b, c, block, u.New.overrides(), u.ABIs...)
}

// prestateDiff is prestateTracer's diffMode result: for each changed
// account, its state before (pre) and what changed (post). pre leaves out
// accounts that did not exist and slots that were zero; post leaves out
// what did not change and slots that became zero.
type prestateDiff struct {
	Pre  map[common.Address]prestateAccount `json:"pre"`
	Post map[common.Address]prestateAccount `json:"post"`
}

// readDiff reads a diffMode result. A node that ignored diffMode answers
// the plain prestate, keyed by address: read as a diff it would show no
// change at all, so it is refused.
func readDiff(res map[string]json.RawMessage) (prestateDiff, error) {
	var d prestateDiff
	_, hasPost := res["post"]
	for k := range res {
		if k != "pre" && k != "post" {
			hasPost = false
		}
	}
	if !hasPost {
		return d, fmt.Errorf("%w: prestateTracer ignored diffMode (its answer has no pre and post)", ErrUnavailable)
	}
	if err := json.Unmarshal(res["post"], &d.Post); err != nil {
		return d, fmt.Errorf("state diff: read prestateTracer's post state: %w", err)
	}
	if pre, ok := res["pre"]; ok {
		if err := json.Unmarshal(pre, &d.Pre); err != nil {
			return d, fmt.Errorf("state diff: read prestateTracer's pre state: %w", err)
		}
	}
	return d, nil
}

type prestateAccount struct {
	Balance  *hexutil.Big                `json:"balance"`
	Nonce    *flexUint64                 `json:"nonce"`
	Code     *hexutil.Bytes              `json:"code"`
	CodeHash *common.Hash                `json:"codeHash"`
	Storage  map[common.Hash]common.Hash `json:"storage"`
}

// codeHash is the account's code hash, from codeHash or the code, the
// empty code hash when it has neither.
func (a prestateAccount) codeHash() common.Hash {
	switch {
	case a.CodeHash != nil:
		return *a.CodeHash
	case a.Code != nil && len(*a.Code) > 0:
		return crypto.Keccak256Hash(*a.Code)
	}
	return types.EmptyCodeHash
}

func (a prestateAccount) hasCode() bool { return a.CodeHash != nil || a.Code != nil }

// flexUint64 reads a nonce written as a JSON number (geth) or a hex
// string (other nodes).
type flexUint64 uint64

func (n *flexUint64) UnmarshalJSON(b []byte) error {
	if len(b) > 0 && b[0] == '"' {
		var h hexutil.Uint64
		if err := h.UnmarshalJSON(b); err != nil {
			return err
		}
		*n = flexUint64(h)
		return nil
	}
	v, err := strconv.ParseUint(string(b), 10, 64)
	*n = flexUint64(v)
	return err
}

func word(v *big.Int) common.Hash {
	if v == nil {
		return common.Hash{}
	}
	return common.BigToHash(v)
}

func (a prestateAccount) nonce() uint64 {
	if a.Nonce == nil {
		return 0
	}
	return uint64(*a.Nonce)
}

// normalize turns a diffMode result into sorted changes, leaving out the
// nonce increase of sender.
func normalize(d prestateDiff, sender common.Address) []Change {
	addrs := map[common.Address]bool{}
	for a := range d.Pre {
		addrs[a] = true
	}
	for a := range d.Post {
		addrs[a] = true
	}
	var out []Change
	for addr := range addrs {
		pre, hadPre := d.Pre[addr]
		post, hasPost := d.Post[addr]
		deleted := hadPre && !hasPost // destroyed: everything it had is gone
		add := func(k ChangeKind, slot, before, after common.Hash) {
			if before != after {
				out = append(out, Change{Address: addr, Kind: k, Slot: slot, Before: before, After: after})
			}
		}
		switch {
		case post.Balance != nil:
			add(ChangeBalance, common.Hash{}, word(pre.Balance.ToInt()), word(post.Balance.ToInt()))
		case deleted && pre.Balance != nil:
			add(ChangeBalance, common.Hash{}, word(pre.Balance.ToInt()), common.Hash{})
		}
		switch {
		case post.Nonce != nil:
			if !(addr == sender && post.nonce() == pre.nonce()+1) {
				add(ChangeNonce, common.Hash{}, word(new(big.Int).SetUint64(pre.nonce())), word(new(big.Int).SetUint64(post.nonce())))
			}
		case deleted:
			add(ChangeNonce, common.Hash{}, word(new(big.Int).SetUint64(pre.nonce())), common.Hash{})
		}
		switch {
		case post.hasCode():
			add(ChangeCode, common.Hash{}, pre.codeHash(), post.codeHash())
		case deleted:
			add(ChangeCode, common.Hash{}, pre.codeHash(), types.EmptyCodeHash)
		}
		slots := map[common.Hash]bool{}
		for s := range pre.Storage {
			slots[s] = true
		}
		for s := range post.Storage {
			slots[s] = true
		}
		for s := range slots {
			add(ChangeStorage, s, pre.Storage[s], post.Storage[s])
		}
	}
	for i := range out {
		if out[i].Kind == ChangeStorage {
			out[i].Label = slotLabel(out[i].Slot)
		}
	}
	slices.SortFunc(out, func(a, b Change) int {
		if c := bytes.Compare(a.Address[:], b.Address[:]); c != 0 {
			return c
		}
		if a.Kind != b.Kind {
			return int(a.Kind) - int(b.Kind)
		}
		return bytes.Compare(a.Slot[:], b.Slot[:])
	})
	return out
}

// MarshalJSON keeps the StateDiff's JSON stable for journals: changes is
// [] rather than null when there are none.
func (d StateDiff) MarshalJSON() ([]byte, error) {
	type plain StateDiff
	p := plain(d)
	if p.Changes == nil {
		p.Changes = []Change{}
	}
	return json.Marshal(p)
}
