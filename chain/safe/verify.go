package safe

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"math/big"
	"strconv"
	"strings"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/rpc"

	"warroom/chain"
)

// EIP-1271 magic values: what isValidSignature answers for a good
// signature. Safes up to 1.4.1 call the legacy isValidSignature(bytes,
// bytes) with the transaction's encoded data; 1.5 and later call
// isValidSignature(bytes32,bytes) with its hash.
const (
	LegacyEIP1271Magic = "0x20c13b0b"
	EIP1271Magic       = "0x1626ba7e"
)

// Result is what checking one signature found: the signer recovered (ECDSA
// forms) or named (approved hash, contract), the form, whether it counts,
// why not, and what a signer should know even when it counts.
type Result struct {
	Signer   common.Address `json:"signer"`
	Form     Form           `json:"form"`
	Valid    bool           `json:"valid"`
	Reason   string         `json:"reason,omitempty"`
	Warnings []string       `json:"warnings,omitempty"`
	// Signature is the signature as it would be sent (Normalized), with
	// its Signer; zero when the input could not be parsed.
	Signature Signature `json:"-"`
	// Err is why the signature does not count, wrapping one of the
	// sentinel errors (Reason is its text); nil when Valid.
	Err error `json:"-"`
}

func (r Result) reject(err error) Result {
	r.Valid, r.Err, r.Reason = false, err, err.Error()
	return r
}

// Options says how far a Verifier reaches beyond the transaction and the
// Safe's owners.
type Options struct {
	// Caller reaches the Safe's chain. Approved hashes (approvedHashes)
	// and contract signatures (isValidSignature) are checked through it;
	// nil checks offline, and those two forms are reported but not
	// counted (ErrUnchecked).
	Caller ethereum.ContractCaller
	// Sender is the account that will send execTransaction: the Safe takes
	// its approved-hash signature (v 1) without an approveHash call.
	Sender common.Address
	// Block is the block the chain is read at; nil for the latest.
	Block *big.Int
}

// Verifier checks signatures of one Safe transaction against its Safe's
// owners, as the Safe's checkNSignatures would. It does not change once
// made, so one Verifier may serve several goroutines.
type Verifier struct {
	tx     chain.SafeTx
	state  chain.SafeState
	owners map[common.Address]bool
	opt    Options
}

// NewVerifier checks signatures of tx against state: the owners and
// threshold given offline (a list) or read with Safe.State. It fills tx's
// hashes in its own copy.
func NewVerifier(tx *chain.SafeTx, state chain.SafeState, opt Options) (*Verifier, error) {
	v := &Verifier{tx: *tx, opt: opt, owners: map[common.Address]bool{}}
	if err := Fill(&v.tx); err != nil {
		return nil, err
	}
	if state.Address == (common.Address{}) {
		state.Address = tx.Safe
	}
	switch {
	case state.Address != tx.Safe:
		return nil, fmt.Errorf("%w: the owners given are Safe %s's, the transaction is Safe %s's", ErrNoOwners, state.Address.Hex(), tx.Safe.Hex())
	case len(state.Owners) == 0:
		return nil, fmt.Errorf("%w: Safe %s has no owners listed", ErrNoOwners, tx.Safe.Hex())
	case state.Threshold == 0 || state.Threshold > uint64(len(state.Owners)):
		return nil, fmt.Errorf("%w: threshold %d with %d owners; want 1 to %d", ErrNoOwners, state.Threshold, len(state.Owners), len(state.Owners))
	}
	state.Owners = append([]common.Address(nil), state.Owners...)
	for _, o := range state.Owners {
		if o == (common.Address{}) || o == common.BytesToAddress([]byte{1}) { // 0x…01 is SENTINEL_OWNERS
			return nil, fmt.Errorf("%w: %s cannot be an owner of a Safe", ErrNoOwners, o.Hex())
		}
		v.owners[o] = true
	}
	v.state = state
	return v, nil
}

// ReadVerifier checks tx's hash against the Safe's own getTransactionHash
// (ErrHashMismatch when they differ), reads its owners, threshold, nonce
// and version through c, and returns a Verifier that checks approved
// hashes and contract signatures through c as well.
func ReadVerifier(ctx context.Context, c ethereum.ContractCaller, tx *chain.SafeTx, opt Options) (*Verifier, error) {
	t := *tx
	if err := Verify(ctx, c, &t); err != nil {
		return nil, err
	}
	st, err := At(t.Safe).State(ctx, c, opt.Block)
	if err != nil {
		return nil, err
	}
	if opt.Caller == nil {
		opt.Caller = c
	}
	return NewVerifier(&t, *st, opt)
}

// Tx is the transaction signatures are checked for, hashes filled.
func (v *Verifier) Tx() chain.SafeTx { return v.tx }

// State is the Safe's owners, threshold (and nonce, version when read).
func (v *Verifier) State() chain.SafeState {
	st := v.state
	st.Owners = append([]common.Address(nil), v.state.Owners...)
	return st
}

// IsOwner reports whether a is an owner of the Safe.
func (v *Verifier) IsOwner(a common.Address) bool { return v.owners[a] }

// CheckHex parses text (Parse) and checks each signature in it. Text that
// does not parse gives one rejected Result.
func (v *Verifier) CheckHex(ctx context.Context, text string) []Result {
	sigs, err := Parse(text)
	if err != nil {
		return []Result{Result{}.reject(err)}
	}
	out := make([]Result, len(sigs))
	for i, s := range sigs {
		out[i] = v.Check(ctx, s)
	}
	return out
}

// Check checks one signature of the transaction as the Safe would: ECDSA
// forms are recovered and the signer must be an owner; an approved hash
// needs approvedHashes(owner, safeTxHash) != 0 on chain or the owner as
// the sender; a contract signature needs its owner contract's
// isValidSignature to accept it. Duplicates are the collection's business
// (Signatures).
func (v *Verifier) Check(ctx context.Context, sig Signature) Result {
	r := Result{Form: sig.Form}
	hash := v.tx.SafeTxHash
	switch sig.Form {
	case FormECDSA, FormEthSign:
		signer, err := sig.Recover(hash)
		if err != nil {
			return r.reject(err)
		}
		sig.Signer, r.Signer = signer, signer
		r.Signature = sig.Normalized()
		if sig.HighS() {
			r.Warnings = append(r.Warnings, fmt.Sprintf(
				"high-s (malleable) signature: the Safe's ecrecover accepts it and it counts; it is sent as its low-s twin (s = n − s, v %d), same signer", r.Signature.V))
		}
		if !v.owners[signer] {
			return r.reject(v.notOwner(sig, signer))
		}
	case FormApprovedHash, FormContract:
		signer := common.BytesToAddress(sig.R[:])
		sig.Signer, r.Signer = signer, signer
		r.Signature = sig.Normalized()
		if !bytes.Equal(sig.R[:12], make([]byte, 12)) {
			r.Warnings = append(r.Warnings, fmt.Sprintf("r carries bytes above the owner's address %s; the Safe reads only its low 20 bytes, and it is sent with them cleared", signer.Hex()))
		}
		what := "an approved-hash signature (v 1)"
		if sig.Form == FormContract {
			what = "a contract signature (v 0)"
		}
		if !v.owners[signer] {
			return r.reject(fmt.Errorf("%w: %s, named by %s, is not an owner of Safe %s", ErrNotOwner, signer.Hex(), what, v.tx.Safe.Hex()))
		}
		var err error
		if sig.Form == FormApprovedHash {
			r, err = v.checkApproved(ctx, r, signer)
		} else {
			err = v.checkContract(ctx, signer, sig.Data)
		}
		if err != nil {
			return r.reject(err)
		}
	default:
		return r.reject(fmt.Errorf("%w: form %q", ErrUnsupportedV, sig.Form))
	}
	r.Valid = true
	return r
}

// notOwner says why a recovered signer is not an owner, and what the
// signature probably is: over another hash, or the other ECDSA form.
func (v *Verifier) notOwner(sig Signature, signer common.Address) error {
	hash := v.tx.SafeTxHash
	other := sig
	fix := ""
	if sig.Form == FormECDSA {
		other.Form, other.V = FormEthSign, sig.V+4
		fix = "the wallet signed the hash as a message (eth_sign / personal_sign): add 4 to v (31 or 32), or sign the typed data or the raw hash"
	} else {
		other.Form, other.V = FormECDSA, sig.V-4
		fix = "it is a plain signature over the hash: subtract 4 from v (27 or 28)"
	}
	if alt, err := other.Recover(hash); err == nil && v.owners[alt] {
		return fmt.Errorf("%w: as %s (v %d) it recovers to %s, which is not an owner of Safe %s; read as %s (v %d) it is owner %s's: %s",
			ErrNotOwner, sig.Form, sig.V, signer.Hex(), v.tx.Safe.Hex(), other.Form, other.V, alt.Hex(), fix)
	}
	return fmt.Errorf("%w: signed by %s, which is not an owner of Safe %s; if an owner made this signature, it is over another hash than safeTxHash %s (another transaction, nonce, Safe or chain)",
		ErrNotOwner, signer.Hex(), v.tx.Safe.Hex(), hash.Hex())
}

// checkApproved checks an approved-hash signature by owner.
func (v *Verifier) checkApproved(ctx context.Context, r Result, owner common.Address) (Result, error) {
	hash := v.tx.SafeTxHash
	isSender := v.opt.Sender != (common.Address{}) && v.opt.Sender == owner
	if v.opt.Caller == nil {
		if isSender {
			r.Warnings = append(r.Warnings, fmt.Sprintf("counts only when %s sends execTransaction itself: the Safe takes the sender's approval", owner.Hex()))
			return r, nil
		}
		return r, fmt.Errorf("%w: an approved-hash signature of %s needs a node to read approvedHashes on Safe %s; it is not counted until then",
			ErrUnchecked, owner.Hex(), v.tx.Safe.Hex())
	}
	ok, err := At(v.tx.Safe).ApprovedHash(ctx, v.opt.Caller, owner, hash, v.opt.Block)
	if err != nil {
		return r, fmt.Errorf("%w: %v", ErrUnchecked, err)
	}
	if ok {
		return r, nil
	}
	if isSender {
		r.Warnings = append(r.Warnings, fmt.Sprintf("counts only when %s sends execTransaction itself: it has not called approveHash, and the Safe takes the sender's approval", owner.Hex()))
		return r, nil
	}
	return r, fmt.Errorf("%w: owner %s has not called approveHash(%s) on Safe %s (approvedHashes is 0 at %s) and is not the sender of execTransaction",
		ErrNotApproved, owner.Hex(), hash.Hex(), v.tx.Safe.Hex(), blockName(v.opt.Block))
}

// checkContract asks owner's EIP-1271 isValidSignature about data, in the
// variant the Safe's version calls.
func (v *Verifier) checkContract(ctx context.Context, owner common.Address, data []byte) error {
	if v.opt.Caller == nil {
		return fmt.Errorf("%w: a contract signature of %s (EIP-1271) needs a node to call its isValidSignature; it is not counted until then",
			ErrUnchecked, owner.Hex())
	}
	calldata, magic, err := isValidSignatureCall(&v.tx, v.state.Version, data)
	if err != nil {
		return err
	}
	out, err := v.opt.Caller.CallContract(ctx, ethereum.CallMsg{To: &owner, Data: calldata}, v.opt.Block)
	if err != nil {
		if reverted(err) {
			return fmt.Errorf("%w: %s's isValidSignature reverted (%v): its signers did not sign this transaction, or not enough of them", ErrContractRejected, owner.Hex(), err)
		}
		return fmt.Errorf("%w: calling isValidSignature on %s: %v", ErrUnchecked, owner.Hex(), err)
	}
	switch {
	case len(out) == 0:
		return fmt.Errorf("%w: %s answered nothing to isValidSignature; is there a contract at that address?", ErrContractRejected, owner.Hex())
	case len(out) < 4 || !bytes.Equal(out[:4], common.FromHex(magic)):
		return fmt.Errorf("%w: %s's isValidSignature answered 0x%x, not the magic value %s", ErrContractRejected, owner.Hex(), out[:min(len(out), 32)], magic)
	}
	return nil
}

// isValidSignatureCall is the EIP-1271 call a Safe of version makes to an
// owner contract for tx's signature data, and the answer it wants.
func isValidSignatureCall(tx *chain.SafeTx, version string, sig []byte) ([]byte, string, error) {
	bytesT, _ := abi.NewType("bytes", "", nil)
	hashT, _ := abi.NewType("bytes32", "", nil)
	if modernEIP1271(version) {
		args, err := abi.Arguments{{Type: hashT}, {Type: bytesT}}.Pack([32]byte(tx.SafeTxHash), sig)
		return append(common.FromHex(EIP1271Magic), args...), EIP1271Magic, err
	}
	enc, err := EncodeTransactionData(tx)
	if err != nil {
		return nil, "", err
	}
	args, err := abi.Arguments{{Type: bytesT}, {Type: bytesT}}.Pack(enc, sig)
	return append(common.FromHex(LegacyEIP1271Magic), args...), LegacyEIP1271Magic, err
}

// modernEIP1271 reports whether a Safe of version (VERSION(), "1.4.1",
// "1.5.0+L2") checks contract signatures with isValidSignature(bytes32,
// bytes): 1.5 and later. Unknown versions are taken as 1.3/1.4.
func modernEIP1271(version string) bool {
	v, _, _ := strings.Cut(version, "+")
	parts := strings.Split(v, ".")
	if len(parts) < 2 {
		return false
	}
	major, err1 := strconv.Atoi(parts[0])
	minor, err2 := strconv.Atoi(parts[1])
	if err1 != nil || err2 != nil {
		return false
	}
	return major > 1 || (major == 1 && minor >= 5)
}

// reverted reports whether a call error is the contract reverting rather
// than the node failing.
func reverted(err error) bool {
	var de rpc.DataError
	if errors.As(err, &de) {
		return true
	}
	return strings.Contains(strings.ToLower(err.Error()), "revert")
}

func blockName(b *big.Int) string {
	if b == nil {
		return "the latest block"
	}
	return "block " + b.String()
}
