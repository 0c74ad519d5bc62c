package safe

import (
	"encoding/binary"
	"fmt"
	"math/big"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"warroom/chain"
	"warroom/chain/contracts"
)

// Warning is what a signer should look at twice before signing, as
// post-Bybit verifiers (safe-tx-hashes-util and the like) flag it: a
// stable code for scripts and a sentence for people.
type Warning struct {
	Code    string `json:"code"`
	Message string `json:"message"`
}

// Warning codes. They are stable: scripts match on them.
const (
	// WarnDelegateCall: a delegatecall (operation 1) to anything but a
	// known MultiSend, MultiSendCallOnly, SignMessageLib or Safe migration
	// library, at the top or inside a MultiSend batch.
	WarnDelegateCall = "delegatecall"
	// WarnOwnerChange: the Safe calls itself to add, remove or swap an
	// owner.
	WarnOwnerChange = "owner-change"
	// WarnThresholdChange: the Safe calls itself to change its threshold.
	WarnThresholdChange = "threshold-change"
	// WarnModuleChange: the Safe enables or disables a module.
	WarnModuleChange = "module-change"
	// WarnGuardChange: the Safe sets or removes its transaction guard or
	// (1.5) module guard.
	WarnGuardChange = "guard-change"
	// WarnFallbackHandlerChange: the Safe sets its fallback handler.
	WarnFallbackHandlerChange = "fallback-handler-change"
	// WarnHiddenPayment: a non-zero gas price with a gas token or a
	// refund receiver: executing pays someone in a way to/value/data do
	// not show.
	WarnHiddenPayment = "hidden-payment"
	// WarnGasRefund: a non-zero gas price alone: executing refunds gas in
	// ether to whoever sends it.
	WarnGasRefund = "gas-refund"
	// WarnRefundSettings: a gas token or refund receiver with a zero gas
	// price: nothing is paid, but it is unusual.
	WarnRefundSettings = "refund-settings"
	// WarnNonceNotNext: the nonce is not the Safe's next one (already used,
	// or transactions before it must execute first).
	WarnNonceNotNext = "nonce-not-next"
	// WarnNonceQueued: another queued transaction of the Safe has the same
	// nonce; only one of them can execute.
	WarnNonceQueued = "nonce-queued"
	// WarnBatchUndecoded: a delegatecall to multiSend whose batch cannot
	// be decoded, so its transactions are not checked.
	WarnBatchUndecoded = "batch-undecoded"
)

// LibraryKind is what a known Safe library does.
type LibraryKind string

// Known library kinds.
const (
	KindMultiSend         LibraryKind = "MultiSend"
	KindMultiSendCallOnly LibraryKind = "MultiSendCallOnly"
	KindSignMessageLib    LibraryKind = "SignMessageLib"
	KindSafeMigration     LibraryKind = "SafeMigration"
	KindSafeToL2Migration LibraryKind = "SafeToL2Migration"
)

// Library is a contract a Safe may delegatecall without a warning.
type Library struct {
	Address common.Address `json:"address"`
	Name    string         `json:"name"`
	Kind    LibraryKind    `json:"kind"`
}

// CanonicalLibraries are the Safe deployments (safe-deployments, canonical
// and eip155 addresses, 1.1.1 to 1.4.1) that Safe's transaction service and
// safe-tx-hashes-util trust for delegatecall: MultiSend,
// MultiSendCallOnly, SignMessageLib, SafeMigration and SafeToL2Migration.
func CanonicalLibraries() []Library {
	table := []struct {
		addr, name string
		kind       LibraryKind
	}{
		{"0x8D29bE29923b68abfDD21e541b9374737B49cdAD", "MultiSend 1.1.1", KindMultiSend},
		{"0xA238CBeb142c10Ef7Ad8442C6D1f9E89e07e7761", "MultiSend 1.3.0", KindMultiSend},
		{"0x998739BFdAAdde7C933B942a68053933098f9EDa", "MultiSend 1.3.0 (eip155)", KindMultiSend},
		{"0x0dFcccB95225ffB03c6FBB2559B530C2B7C8A912", "MultiSend 1.3.0 (zksync)", KindMultiSend},
		{"0x38869bf66a61cF6bDB996A6aE40D5853Fd43B526", "MultiSend 1.4.1", KindMultiSend},
		{"0x40A2aCCbd92BCA938b02010E17A5b8929b49130D", "MultiSendCallOnly 1.3.0", KindMultiSendCallOnly},
		{"0xA1dabEF33b3B82c7814B6D82A79e50F4AC44102B", "MultiSendCallOnly 1.3.0 (eip155)", KindMultiSendCallOnly},
		{"0xf220D3b4DFb23C4ade8C88E526C1353AbAcbC38F", "MultiSendCallOnly 1.3.0 (zksync)", KindMultiSendCallOnly},
		{"0x9641d764fc13c8B624c04430C7356C1C7C8102e2", "MultiSendCallOnly 1.4.1", KindMultiSendCallOnly},
		{"0xA65387F16B013cf2Af4605Ad8aA5ec25a2cbA3a2", "SignMessageLib 1.3.0", KindSignMessageLib},
		{"0x98FFBBF51bb33A056B08ddf711f289936AafF717", "SignMessageLib 1.3.0 (eip155)", KindSignMessageLib},
		{"0x357147caf9C0cCa67DfA0CF5369318d8193c8407", "SignMessageLib 1.3.0 (zksync)", KindSignMessageLib},
		{"0xd53cd0aB83D845Ac265BE939c57F53AD838012c9", "SignMessageLib 1.4.1", KindSignMessageLib},
		{"0x526643F69b81B008F46d95CD5ced5eC0edFFDaC6", "SafeMigration 1.4.1", KindSafeMigration},
		{"0xfF83F6335d8930cBad1c0D439A841f01888D9f69", "SafeToL2Migration 1.4.1", KindSafeToL2Migration},
	}
	out := make([]Library, len(table))
	for i, l := range table {
		out[i] = Library{Address: common.HexToAddress(l.addr), Name: l.name, Kind: l.kind}
	}
	return out
}

// Known is what Warnings knows beyond the transaction. The zero value
// knows the canonical libraries only and skips the nonce checks.
type Known struct {
	// Libraries may be delegatecalled without a warning, besides
	// CanonicalLibraries: a drill's own MultiSendCallOnly, say.
	Libraries []Library
	// State is the Safe's state, its Nonce the next nonce; nil skips the
	// nonce check.
	State *chain.SafeState
	// Queued are other transactions waiting for signatures or execution
	// on the Safe (the transaction itself may be among them).
	Queued []chain.SafeTx
}

// Selectors of the calls warnings decode.
const (
	selMultiSend   = "0x8d80ff0a" // multiSend(bytes)
	maxBatchDepth  = 4            // multiSend inside multiSend inside …
	batchEntryHead = 1 + 20 + 32 + 32
)

// selfCall is one of the Safe's own authorized functions that change who
// controls it.
type selfCall struct {
	selector, name, code string
	args                 int // 32-byte words, all static
}

// selfCalls are the Safe's configuration functions (1.3 to 1.5).
func selfCalls() []selfCall {
	return []selfCall{
		{"0x0d582f13", "addOwnerWithThreshold", WarnOwnerChange, 2},
		{"0xf8dc5dd9", "removeOwner", WarnOwnerChange, 3},
		{"0xe318b52b", "swapOwner", WarnOwnerChange, 3},
		{"0x694e80c3", "changeThreshold", WarnThresholdChange, 1},
		{"0x610b5925", "enableModule", WarnModuleChange, 1},
		{"0xe009cfde", "disableModule", WarnModuleChange, 2},
		{"0xe19a9dd9", "setGuard", WarnGuardChange, 1},
		{"0xe068df37", "setModuleGuard", WarnGuardChange, 1},
		{"0xf08a0323", "setFallbackHandler", WarnFallbackHandlerChange, 1},
	}
}

// Warnings are tx's warnings, a pure function of the transaction and
// what k knows: delegatecalls, changes to the Safe's owners, threshold,
// modules, guards and fallback handler (also inside a MultiSend batch),
// gas payments, and nonces.
func Warnings(tx *chain.SafeTx, k Known) []Warning {
	w := &warner{safe: tx.Safe, libs: map[common.Address]Library{}, state: k.State}
	for _, l := range append(CanonicalLibraries(), k.Libraries...) {
		w.libs[l.Address] = l
	}
	if data, err := Calldata(tx); err == nil {
		w.call("", tx.Operation, tx.To, data, 0)
	}
	w.payment(tx)
	w.nonce(tx, k)
	return w.out
}

type warner struct {
	safe  common.Address
	libs  map[common.Address]Library
	state *chain.SafeState
	out   []Warning
}

func (w *warner) add(code, where, format string, args ...any) {
	msg := fmt.Sprintf(format, args...)
	if where != "" {
		msg = where + ": " + msg
	}
	w.out = append(w.out, Warning{Code: code, Message: msg})
}

// call checks one call the Safe makes: at the top (where "") or inside a
// batch.
func (w *warner) call(where string, op chain.SafeOperation, to common.Address, data []byte, depth int) {
	lib, known := w.libs[to]
	if op == chain.SafeDelegateCall && !known {
		w.add(WarnDelegateCall, where, "delegatecall to %s, which is not a known MultiSend, MultiSendCallOnly, SignMessageLib or Safe migration library: its code runs as the Safe itself and can change the Safe's owners, modules or implementation (how Bybit's Safe was taken)", to.Hex())
	}
	if op == chain.SafeCall && to == w.safe {
		w.selfCall(where, data)
	}
	if op == chain.SafeDelegateCall && len(data) >= 4 && hexutil.Encode(data[:4]) == selMultiSend {
		name := "multiSend"
		if known {
			name = lib.Name
		}
		w.batch(where, name, data, depth)
	}
}

// selfCall describes a call the Safe makes to itself.
func (w *warner) selfCall(where string, data []byte) {
	if len(data) < 4 {
		return
	}
	sel := hexutil.Encode(data[:4])
	for _, c := range selfCalls() {
		if c.selector != sel {
			continue
		}
		if len(data) < 4+32*c.args {
			w.add(c.code, where, "the Safe calls its own %s with %d bytes of arguments, fewer than it takes", c.name, len(data)-4)
			return
		}
		word := func(i int) []byte { return data[4+32*i : 4+32*(i+1)] }
		addr := func(i int) string { return common.BytesToAddress(word(i)).Hex() }
		num := func(i int) string { return new(big.Int).SetBytes(word(i)).String() }
		var what string
		switch c.name {
		case "addOwnerWithThreshold":
			what = fmt.Sprintf("adds owner %s and sets the threshold to %s%s", addr(0), num(1), w.thresholdWas())
		case "removeOwner":
			what = fmt.Sprintf("removes owner %s and sets the threshold to %s%s", addr(1), num(2), w.thresholdWas())
		case "swapOwner":
			what = fmt.Sprintf("replaces owner %s with %s", addr(1), addr(2))
		case "changeThreshold":
			what = fmt.Sprintf("changes the threshold to %s%s", num(0), w.thresholdWas())
		case "enableModule":
			what = fmt.Sprintf("enables module %s, which can then execute any transaction from the Safe without the owners' signatures", addr(0))
		case "disableModule":
			what = fmt.Sprintf("disables module %s", addr(1))
		case "setGuard", "setModuleGuard":
			kind := "transaction guard"
			if c.name == "setModuleGuard" {
				kind = "module guard"
			}
			if common.BytesToAddress(word(0)) == (common.Address{}) {
				what = "removes the " + kind
			} else {
				what = fmt.Sprintf("sets the %s to %s, which can block every later transaction", kind, addr(0))
			}
		case "setFallbackHandler":
			what = fmt.Sprintf("sets the fallback handler to %s, which answers every call the Safe does not implement, isValidSignature included", addr(0))
		}
		w.add(c.code, where, "the Safe calls its own %s: it %s", c.name, what)
		return
	}
}

func (w *warner) thresholdWas() string {
	if w.state == nil {
		return ""
	}
	return fmt.Sprintf(" (now %d of %d)", w.state.Threshold, len(w.state.Owners))
}

// batch decodes a multiSend(bytes) batch and checks each transaction in
// it.
func (w *warner) batch(where, name string, data []byte, depth int) {
	txs, err := decodeMultiSend(data)
	if err != nil {
		w.add(WarnBatchUndecoded, where, "the %s batch cannot be decoded (%v), so its transactions are not checked", name, err)
		return
	}
	if depth >= maxBatchDepth {
		w.add(WarnBatchUndecoded, where, "a %s batch nested %d deep is not decoded further", name, depth+1)
		return
	}
	for i, t := range txs {
		inner := fmt.Sprintf("%s transaction %d of %d", name, i+1, len(txs))
		if where != "" {
			inner = where + ", " + inner
		}
		to := t.to
		if to == (common.Address{}) {
			to = w.safe // MultiSend 1.5 reads a zero target as the Safe itself
		}
		w.call(inner, t.op, to, t.data, depth+1)
	}
}

// batchTx is one transaction of a MultiSend batch.
type batchTx struct {
	op   chain.SafeOperation
	to   common.Address
	data []byte
}

// decodeMultiSend reads multiSend(bytes transactions): the bytes are
// packed operation (1) ‖ to (20) ‖ value (32) ‖ data length (32) ‖ data.
func decodeMultiSend(calldata []byte) ([]batchTx, error) {
	args := calldata[4:]
	if len(args) < 64 {
		return nil, fmt.Errorf("%d bytes of arguments, want at least 64", len(args))
	}
	off := new(big.Int).SetBytes(args[:32])
	if !off.IsInt64() || off.Int64()+32 > int64(len(args)) {
		return nil, fmt.Errorf("the bytes argument's offset %s is out of bounds", off)
	}
	o := int(off.Int64())
	n := new(big.Int).SetBytes(args[o : o+32])
	if !n.IsInt64() || int64(o+32)+n.Int64() > int64(len(args)) {
		return nil, fmt.Errorf("the bytes argument's length %s runs past the end", n)
	}
	b := args[o+32 : o+32+int(n.Int64())]
	var out []batchTx
	for i := 0; i < len(b); {
		if len(b)-i < batchEntryHead {
			return nil, fmt.Errorf("transaction %d: %d bytes left, a transaction needs at least %d", len(out)+1, len(b)-i, batchEntryHead)
		}
		t := batchTx{op: chain.SafeOperation(b[i]), to: common.BytesToAddress(b[i+1 : i+21])} // value b[i+21:i+53] is not checked
		if t.op > chain.SafeDelegateCall {
			return nil, fmt.Errorf("transaction %d: operation %d", len(out)+1, t.op)
		}
		l := new(big.Int).SetBytes(b[i+53 : i+85])
		if !l.IsUint64() || l.Uint64() > uint64(len(b)-i-batchEntryHead) {
			return nil, fmt.Errorf("transaction %d: data length %s runs past the end", len(out)+1, l)
		}
		t.data = b[i+batchEntryHead : i+batchEntryHead+int(l.Uint64())]
		out = append(out, t)
		i += batchEntryHead + int(l.Uint64())
	}
	return out, nil
}

// MultiSendData is the calldata of multiSend(bytes) for txs, each packed
// as its operation, target, value and data (Safe and the gas fields are
// not part of a batch). Value nil is zero. A Safe delegatecalls a
// MultiSend or MultiSendCallOnly library with it.
func MultiSendData(txs []chain.SafeTx) ([]byte, error) {
	var b []byte
	for i, t := range txs {
		data, err := Calldata(&t)
		if err != nil {
			return nil, fmt.Errorf("batch transaction %d: %w", i+1, err)
		}
		if t.Operation > chain.SafeDelegateCall {
			return nil, fmt.Errorf("%w: batch transaction %d: operation %d", ErrInvalidTx, i+1, t.Operation)
		}
		b = append(b, byte(t.Operation))
		b = append(b, t.To[:]...)
		b = append(b, common.BigToHash(num(t.Value)).Bytes()...)
		b = binary.BigEndian.AppendUint64(append(b, make([]byte, 24)...), uint64(len(data)))
		b = append(b, data...)
	}
	return contracts.NewMultiSend().PackMultiSend(b), nil
}

// payment flags gas refunds: what execTransaction pays the executor or a
// receiver besides the transaction itself.
func (w *warner) payment(tx *chain.SafeTx) {
	price := num(tx.GasPrice)
	token, receiver := tx.GasToken != (common.Address{}), tx.RefundReceiver != (common.Address{})
	in := "ether"
	if token {
		in = "token " + tx.GasToken.Hex()
	}
	to := "whoever sends execTransaction (tx.origin)"
	if receiver {
		to = tx.RefundReceiver.Hex()
	}
	switch {
	case price.Sign() > 0 && (token || receiver):
		w.add(WarnHiddenPayment, "", "gas price %s with %s: executing pays up to (baseGas %s + gas used) × %s in %s to %s, a payment the call itself does not show",
			price, refundParts(token, receiver), num(tx.BaseGas), price, in, to)
	case price.Sign() > 0:
		w.add(WarnGasRefund, "", "gas price %s: executing refunds up to (baseGas %s + gas used) × %s in ether from the Safe to whoever sends execTransaction (tx.origin)",
			price, num(tx.BaseGas), price)
	case token || receiver:
		w.add(WarnRefundSettings, "", "%s set with gas price 0: nothing is paid as it stands, but Safe transactions rarely set them; make sure this is intended",
			refundParts(token, receiver))
	}
}

func refundParts(token, receiver bool) string {
	var p []string
	if token {
		p = append(p, "a gas token")
	}
	if receiver {
		p = append(p, "a refund receiver")
	}
	return strings.Join(p, " and ")
}

// nonce compares tx's nonce with the Safe's next one and the queue.
func (w *warner) nonce(tx *chain.SafeTx, k Known) {
	if k.State != nil && (k.State.Address == (common.Address{}) || k.State.Address == tx.Safe) {
		next := k.State.Nonce
		switch {
		case tx.Nonce < next:
			w.add(WarnNonceNotNext, "", "nonce %d is already used (the Safe's next nonce is %d): this transaction can never execute", tx.Nonce, next)
		case tx.Nonce > next:
			w.add(WarnNonceNotNext, "", "nonce %d is not the Safe's next (%d): the transactions with nonces %d to %d must execute first", tx.Nonce, next, next, tx.Nonce-1)
		}
	}
	own := tx.SafeTxHash
	if own == (common.Hash{}) {
		if h, err := Hash(tx); err == nil {
			own = h.SafeTx
		}
	}
	for _, q := range k.Queued {
		if q.Nonce != tx.Nonce || (q.Safe != tx.Safe && q.Safe != (common.Address{})) {
			continue
		}
		h := q.SafeTxHash
		if h == (common.Hash{}) {
			if q.Safe == (common.Address{}) {
				q.Safe, q.ChainID = tx.Safe, tx.ChainID
			}
			hs, err := Hash(&q)
			if err != nil {
				continue
			}
			h = hs.SafeTx
		}
		if h == own {
			continue
		}
		w.add(WarnNonceQueued, "", "another queued transaction (safeTxHash %s, to %s) has nonce %d too: only one of them can execute; make sure this is the one you mean to sign",
			h.Hex(), q.To.Hex(), tx.Nonce)
	}
}
