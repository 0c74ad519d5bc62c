package shadow

import (
	"context"
	"encoding/json"
	"math/big"
	"reflect"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"warroom/chain"
	"warroom/chain/contracts"
)

func pack(t *testing.T, sig string, types []string, vals ...any) []byte {
	t.Helper()
	var args abi.Arguments
	for _, ty := range types {
		typ, err := abi.NewType(ty, "", nil)
		if err != nil {
			t.Fatal(err)
		}
		args = append(args, abi.Argument{Type: typ})
	}
	enc, err := args.Pack(vals...)
	if err != nil {
		t.Fatal(err)
	}
	return append(crypto.Keccak256([]byte(sig))[:4], enc...)
}

func TestDecodeRevert(t *testing.T) {
	vault := &contracts.MustLoad(contracts.VaultV1Name).ABI
	who, role := common.HexToAddress("0x00000000000000000000000000000000000000aa"), crypto.Keccak256Hash([]byte("UPGRADER_ROLE"))
	for _, tc := range []struct {
		name   string
		data   []byte
		abis   []*abi.ABI
		kind   RevertKind
		msg    string
		str    string
		custom string
	}{
		{name: "empty", data: nil, kind: RevertEmpty, str: "reverted without a reason"},
		{name: "require message", data: pack(t, "Error(string)", []string{"string"}, "insufficient balance"),
			kind: RevertError, msg: "insufficient balance", str: `"insufficient balance"`},
		{name: "overflow panic", data: pack(t, "Panic(uint256)", []string{"uint256"}, big.NewInt(0x11)),
			kind: RevertPanic, msg: "arithmetic underflow or overflow", str: "panic 0x11: arithmetic underflow or overflow"},
		{name: "assert panic", data: pack(t, "Panic(uint256)", []string{"uint256"}, big.NewInt(1)),
			kind: RevertPanic, msg: "assert failed", str: "panic 0x1: assert failed"},
		{name: "unknown panic", data: pack(t, "Panic(uint256)", []string{"uint256"}, big.NewInt(0x99)),
			kind: RevertPanic, msg: "unknown panic code", str: "panic 0x99: unknown panic code"},
		{name: "custom error without an ABI", data: pack(t, "EnforcedPause()", nil),
			kind: RevertCustom, str: "custom error 0xd93c0665"},
		{name: "custom error from the ABI", data: pack(t, "EnforcedPause()", nil), abis: []*abi.ABI{nil, vault},
			kind: RevertCustom, str: "EnforcedPause()", custom: "EnforcedPause()"},
		{name: "custom error with arguments", data: pack(t, "AccessControlUnauthorizedAccount(address,bytes32)", []string{"address", "bytes32"}, who, role),
			abis: []*abi.ABI{vault}, kind: RevertCustom, custom: "AccessControlUnauthorizedAccount(address,bytes32)",
			str: "AccessControlUnauthorizedAccount(" + who.Hex() + ", " + role.Hex() + ")"},
		{name: "selector the ABI does not know", data: []byte{0xde, 0xad, 0xbe, 0xef}, abis: []*abi.ABI{vault},
			kind: RevertCustom, str: "custom error 0xdeadbeef"},
		{name: "shorter than a selector", data: []byte{1, 2}, kind: RevertRaw, str: "revert data 0x0102"},
		{name: "Error that does not decode", data: []byte{0x08, 0xc3, 0x79, 0xa0, 1}, kind: RevertRaw, str: "revert data 0x08c379a001"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := DecodeRevert(tc.data, tc.abis...)
			if r.Kind != tc.kind || r.Message != tc.msg || r.String() != tc.str || r.Signature != tc.custom {
				t.Errorf("got kind %s message %q string %q signature %q; want %s %q %q %q", r.Kind, r.Message, r, r.Signature, tc.kind, tc.msg, tc.str, tc.custom)
			}
		})
	}
}

func addr(b byte) common.Address { return common.Address{19: b} }

func frame(typ string, from, to byte, wei int64, errMsg string, calls ...chain.CallFrame) chain.CallFrame {
	t := addr(to)
	f := chain.CallFrame{Type: typ, From: addr(from), To: &t, Error: errMsg, Calls: calls}
	if wei != 0 {
		f.Value = (*hexutil.Big)(big.NewInt(wei))
	}
	return f
}

func TestFlows(t *testing.T) {
	for _, tc := range []struct {
		name string
		root chain.CallFrame
		want map[byte]int64
	}{
		{"plain transfer", frame("CALL", 1, 2, 5, ""), map[byte]int64{1: -5, 2: 5}},
		{"reverted call moves nothing", frame("CALL", 1, 2, 5, "execution reverted", frame("CALL", 2, 3, 5, "")), map[byte]int64{}},
		{"a failed frame undoes its subtree only", frame("CALL", 1, 2, 10, "",
			frame("CALL", 2, 3, 4, ""),
			frame("CALL", 2, 4, 3, "out of gas", frame("CALL", 4, 5, 3, ""))),
			map[byte]int64{1: -10, 2: 6, 3: 4}},
		{"delegatecall shows its caller's value", frame("CALL", 1, 2, 7, "", frame("DELEGATECALL", 2, 3, 7, "")), map[byte]int64{1: -7, 2: 7}},
		{"staticcall and callcode move nothing", frame("CALL", 1, 2, 0, "", frame("STATICCALL", 2, 3, 0, ""), frame("CALLCODE", 2, 3, 9, "")), map[byte]int64{}},
		// EOA 1 → attack contract 9: deposit 1 into vault 2, withdraw it
		// twice by re-entry, pay 2 out to the EOA.
		{"re-entrant drain", frame("CALL", 1, 9, 1, "",
			frame("CALL", 9, 2, 1, ""),
			frame("CALL", 9, 2, 0, "", frame("CALL", 2, 9, 1, "", frame("CALL", 9, 2, 0, "", frame("CALL", 2, 9, 1, "")))),
			frame("CALL", 9, 1, 2, "")),
			map[byte]int64{1: 1, 2: -1}},
		{"create and selfdestruct", frame("CALL", 1, 2, 0, "", frame("CREATE", 2, 3, 4, "", frame("SELFDESTRUCT", 3, 5, 4, ""))), map[byte]int64{2: -4, 5: 4}},
		{"round trip nets to nothing", frame("CALL", 1, 2, 3, "", frame("CALL", 2, 1, 3, "")), map[byte]int64{}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := Flows(&tc.root)
			if len(got) != len(tc.want) {
				t.Fatalf("flows %v, want %v", got, tc.want)
			}
			for i, f := range got {
				if i > 0 && string(got[i-1].Address[:]) >= string(f.Address[:]) {
					t.Errorf("flows not sorted: %v", got)
				}
				if w, ok := tc.want[f.Address[19]]; !ok || f.Delta.Int64() != w {
					t.Errorf("flow %s %s, want %v", f.Address.Hex(), f.Delta, tc.want)
				}
			}
		})
	}
}

func out(reverted bool, why string, flows map[byte]int64) *Outcome {
	o := &Outcome{Reverted: reverted}
	if why != "" {
		o.Revert = &Revert{Kind: RevertError, Message: why}
	}
	for a, d := range flows {
		o.Flows = append(o.Flows, Flow{Address: addr(a), Delta: big.NewInt(d)})
	}
	return o
}

func TestVerdict(t *testing.T) {
	watched := []common.Address{addr(2), addr(3)}
	drained := out(false, "", map[byte]int64{2: -11, 9: 11})
	for _, tc := range []struct {
		name         string
		kind         Kind
		old, cur     *Outcome
		pass, incon  bool
		reasonSubstr string
	}{
		{"attack stopped", Attack, drained, out(true, "transfer failed", nil), true, false, `reverts under the new implementation: "transfer failed"`},
		{"attack defused", Attack, drained, out(false, "", map[byte]int64{2: 1, 9: -1}), true, false, "moves no value out"},
		{"value between watched contracts stays in", Attack, drained, out(false, "", map[byte]int64{2: -5, 3: 5}), true, false, "moves no value out"},
		{"attack still drains", Attack, drained, out(false, "", map[byte]int64{2: -3, 9: 3}), false, false, "still moves value out of the watched contracts under the new implementation (" + addr(2).Hex() + ")"},
		{"attack that never worked", Attack, out(true, "paused", nil), out(true, "paused", nil), true, true, "shows nothing about the fix"},
		{"attack that moved nothing before", Attack, out(false, "", nil), out(false, "", nil), true, true, "no value out under the old implementation either"},
		{"regression kept", Regression, out(false, "", map[byte]int64{2: 1, 7: -1}), out(false, "", map[byte]int64{2: 1, 7: -1}), true, false, "same value flows"},
		{"regression moves value differently", Regression, out(false, "", map[byte]int64{2: -5, 7: 5}), out(false, "", map[byte]int64{2: -4, 7: 4}), false, false, "moves value differently for " + addr(2).Hex() + ", " + addr(7).Hex()},
		{"regression broken", Regression, out(false, "", nil), out(true, "insufficient balance", nil), false, false, `fails under the new implementation: "insufficient balance"`},
		{"regression failed before", Regression, out(true, "x", nil), out(false, "", nil), false, false, "nothing to compare with"},
		{"regression fails under both", Regression, out(true, "paused", nil), out(true, "paused", nil), false, false, "fails under both"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			pass, reason, incon := Verdict(tc.kind, tc.old, tc.cur, watched)
			if pass != tc.pass || incon != tc.incon || !strings.Contains(reason, tc.reasonSubstr) {
				t.Errorf("pass %v inconclusive %v %q; want %v %v containing %q", pass, incon, reason, tc.pass, tc.incon, tc.reasonSubstr)
			}
		})
	}
}

type slotReader map[common.Hash][]byte

func (s slotReader) StorageAt(_ context.Context, _ common.Address, key common.Hash, _ *big.Int) ([]byte, error) {
	return s[key], nil
}

func TestSlotPatch(t *testing.T) {
	// Slot 1 of VaultV2BadLayout: _paused (offset 0) and feeRecipient (offset 1, 20 bytes).
	owner := common.HexToAddress("0x1111111111111111111111111111111111111111")
	packed := common.BytesToHash(append(owner.Bytes(), 1))
	for _, tc := range []struct {
		name  string
		word  common.Hash
		patch SlotPatch
		want  common.Hash
		err   string
	}{
		{name: "clear a bool, keep the address", word: packed, patch: SlotPatch{Offset: 0, Size: 1, Value: []byte{0}},
			want: common.BytesToHash(append(owner.Bytes(), 0))},
		{name: "nil value writes zeros", word: packed, patch: SlotPatch{Offset: 0, Size: 1}, want: common.BytesToHash(append(owner.Bytes(), 0))},
		{name: "replace the address, keep the bool", word: packed, patch: SlotPatch{Offset: 1, Size: 20, Value: common.Address{19: 2}.Bytes()},
			want: common.BytesToHash(append(common.Address{19: 2}.Bytes(), 1))},
		{name: "short value padded left", word: common.HexToHash("0xffffffff"), patch: SlotPatch{Offset: 1, Size: 2, Value: []byte{5}},
			want: common.HexToHash("0xff0005ff")},
		{name: "whole slot", word: packed, patch: SlotPatch{Offset: 0, Size: 32, Value: []byte{7}}, want: common.Hash{31: 7}},
		{name: "past the slot", patch: SlotPatch{Offset: 31, Size: 2}, err: "do not fit in a 32-byte slot"},
		{name: "no size", patch: SlotPatch{Offset: 0, Size: 0}, err: "do not fit"},
		{name: "value too long", patch: SlotPatch{Offset: 0, Size: 1, Value: []byte{1, 2}}, err: "value is 2 bytes, the range only 1"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			tc.patch.Slot = common.Hash{31: 1}
			// The node may answer a short word; it is a big-endian number.
			r := slotReader{tc.patch.Slot: common.TrimLeftZeroes(tc.word[:])}
			got, err := PatchSlot(context.Background(), r, tc.patch, nil)
			if tc.err != "" {
				if err == nil || !strings.Contains(err.Error(), tc.err) {
					t.Fatalf("error %v, want %q", err, tc.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if got.Before != tc.word || got.After != tc.want {
				t.Fatalf("before %s after %s, want %s → %s", got.Before.Hex(), got.After.Hex(), tc.word.Hex(), tc.want.Hex())
			}
			if o := got.Overrides(); o[tc.patch.Account].StateDiff[tc.patch.Slot] != tc.want || o[tc.patch.Account].State != nil {
				t.Fatalf("override %+v", o[tc.patch.Account])
			}
		})
	}
}

func TestOverridesJSON(t *testing.T) {
	o := Overrides{}
	a, b := addr(0xa), addr(0xb)
	o.SetCode(a, []byte{0x60, 0x00})
	o.SetBalance(a, big.NewInt(1000))
	o.SetNonce(a, 7)
	o.SetSlot(a, common.Hash{31: 1}, common.Hash{31: 2})
	o.SetCode(b, nil) // removes b's code: "0x", not absent
	got, err := json.Marshal(o)
	if err != nil {
		t.Fatal(err)
	}
	want := `{"0x000000000000000000000000000000000000000a":{"code":"0x6000","balance":"0x3e8","nonce":"0x7",` +
		`"stateDiff":{"0x0000000000000000000000000000000000000000000000000000000000000001":"0x0000000000000000000000000000000000000000000000000000000000000002"}},` +
		`"0x000000000000000000000000000000000000000b":{"code":"0x"}}`
	if string(got) != want {
		t.Fatalf("JSON\n%s\nwant\n%s", got, want)
	}
	var back Overrides
	if err := json.Unmarshal(got, &back); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(back, o) {
		t.Fatalf("round trip %+v, want %+v", back[a], o[a])
	}
}

func TestOverridesMerge(t *testing.T) {
	a := addr(0xa)
	s1, s2, s3 := common.Hash{31: 1}, common.Hash{31: 2}, common.Hash{31: 3}
	base := Overrides{}
	base.SetSlot(a, s1, s1)
	base.SetBalance(a, big.NewInt(1))
	next := Overrides{}
	next.SetSlot(a, s2, s2)
	next.SetBalance(a, big.NewInt(2))

	m := base.Merge(next)
	if d := m[a].StateDiff; len(d) != 2 || d[s1] != s1 || d[s2] != s2 || m[a].Balance.Int64() != 2 {
		t.Fatalf("diff on diff: %+v", m[a])
	}
	if len(base[a].StateDiff) != 1 || base[a].Balance.Int64() != 1 {
		t.Fatal("merge changed its receiver")
	}
	full := Overrides{a: {State: map[common.Hash]common.Hash{s3: s3}}}
	if m := base.Merge(full); m[a].StateDiff != nil || len(m[a].State) != 1 {
		t.Fatalf("state replaces the diff: %+v", m[a])
	}
	if m := full.Merge(next); m[a].StateDiff != nil || len(m[a].State) != 2 || m[a].State[s2] != s2 {
		t.Fatalf("a diff on a full state joins it: %+v", m[a])
	}
	if err := m.Validate(); err != nil {
		t.Fatal(err)
	}
	bad := Overrides{a: {State: map[common.Hash]common.Hash{}, StateDiff: map[common.Hash]common.Hash{}}}
	if err := bad.Validate(); err == nil || !strings.Contains(err.Error(), "both state and stateDiff") {
		t.Fatalf("validate: %v", err)
	}
}

func TestNormalizeAndHash(t *testing.T) {
	proxy, sender, fresh, payee := addr(0x30), addr(0x10), addr(0x40), addr(0x20)
	impl := chain.ImplementationSlot.Hex()
	raw := `{
	  "pre": {
	    "` + sender.Hex() + `": {"balance": "0x10", "nonce": 1, "codeHash": "0x` + strings.Repeat("ab", 32) + `", "code": "0x6000"},
	    "` + proxy.Hex() + `": {"balance": "0x64", "nonce": 1, "code": "0x6001", "storage": {
	        "` + impl + `": "0x000000000000000000000000000000000000000000000000000000000000aaaa",
	        "0x0000000000000000000000000000000000000000000000000000000000000005": "0x0000000000000000000000000000000000000000000000000000000000000009"}},
	    "` + payee.Hex() + `": {"balance": "0x0", "nonce": "0x4"}
	  },
	  "post": {
	    "` + sender.Hex() + `": {"nonce": 2},
	    "` + proxy.Hex() + `": {"balance": "0x60", "storage": {
	        "` + impl + `": "0x000000000000000000000000000000000000000000000000000000000000bbbb",
	        "0x0000000000000000000000000000000000000000000000000000000000000003": "0x0000000000000000000000000000000000000000000000000000000000000001"}},
	    "` + payee.Hex() + `": {"balance": "0x4", "nonce": "0x5"},
	    "` + fresh.Hex() + `": {"balance": "0x0", "code": "0x6002", "nonce": 1}
	  }
	}`
	var d prestateDiff
	if err := json.Unmarshal([]byte(raw), &d); err != nil {
		t.Fatal(err)
	}
	got := normalize(d, sender)
	w := func(n int64) common.Hash { return common.BigToHash(big.NewInt(n)) }
	want := []Change{
		{Address: payee, Kind: ChangeBalance, Before: w(0), After: w(4)},
		{Address: payee, Kind: ChangeNonce, Before: w(4), After: w(5)},
		{Address: proxy, Kind: ChangeBalance, Before: w(0x64), After: w(0x60)},
		{Address: proxy, Kind: ChangeStorage, Slot: w(3), Before: w(0), After: w(1)},
		{Address: proxy, Kind: ChangeStorage, Slot: w(5), Before: w(9), After: w(0)},
		{Address: proxy, Kind: ChangeStorage, Slot: chain.ImplementationSlot, Before: w(0xaaaa), After: w(0xbbbb), Label: LabelImplementation},
		{Address: fresh, Kind: ChangeNonce, Before: w(0), After: w(1)},
		{Address: fresh, Kind: ChangeCode, Before: types.EmptyCodeHash, After: crypto.Keccak256Hash([]byte{0x60, 0x02})},
	}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("changes\n%+v\nwant\n%+v", got, want)
	}

	// The hash is keccak256 over 117 bytes a change, computed here by hand.
	var buf []byte
	for _, c := range want {
		buf = append(buf, c.Address[:]...)
		buf = append(buf, byte(c.Kind))
		buf = append(buf, c.Slot[:]...)
		buf = append(buf, c.Before[:]...)
		buf = append(buf, c.After[:]...)
	}
	if len(buf) != 117*len(want) || DiffHash(got) != crypto.Keccak256Hash(buf) {
		t.Fatal("hash differs from the documented encoding")
	}
	if DiffHash(nil) != crypto.Keccak256Hash() {
		t.Fatal("no changes should hash to keccak256 of nothing")
	}
	// Labels are not hashed; any changed value is.
	relabelled := append([]Change{}, got...)
	relabelled[5].Label = ""
	changed := append([]Change{}, got...)
	changed[5].After = w(0xcccc)
	if DiffHash(relabelled) != DiffHash(got) || DiffHash(changed) == DiffHash(got) {
		t.Fatal("hash depends on labels, or not on values")
	}
	// Not the sender's bump by one, but any other nonce change of the sender.
	d.Post[sender] = prestateAccount{Nonce: ptr(flexUint64(5))}
	if c := normalize(d, sender); c[0].Address != sender || c[0].Kind != ChangeNonce {
		t.Fatalf("sender's nonce 1 → 5 left out: %+v", c[0])
	}
}

func ptr[T any](v T) *T { return &v }

func TestUpgradeToAndCallData(t *testing.T) {
	impl := addr(0x42)
	init := []byte{1, 2, 3}
	if got, want := UpgradeToAndCallData(impl, init), contracts.NewVaultV1().PackUpgradeToAndCall(impl, init); string(got) != string(want) {
		t.Fatalf("calldata %x, want the binding's %x", got, want)
	}
}
