package safe

import (
	"bytes"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"slices"
	"strings"

	"github.com/ethereum/go-ethereum/accounts"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
)

// Form is how a signature proves an owner's approval, as the Safe's
// checkNSignatures tells them apart by v.
type Form string

// The forms a Safe 1.3 or later accepts.
const (
	// FormECDSA is an ECDSA signature over the safeTxHash itself (v 27 or
	// 28), what eth_signTypedData_v4 and hardware wallets produce.
	FormECDSA Form = "ecdsa"
	// FormEthSign is an ECDSA signature over the safeTxHash as an
	// eth_sign / personal_sign message (keccak256("\x19Ethereum Signed
	// Message:\n32" ‖ safeTxHash)), marked by v 31 or 32 (v − 4 is the
	// recovery id).
	FormEthSign Form = "eth_sign"
	// FormApprovedHash is a pre-validated signature (v 1, r the owner): the
	// owner called approveHash(safeTxHash) on the Safe, or is the account
	// that sends execTransaction.
	FormApprovedHash Form = "approved_hash"
	// FormContract is a contract signature (v 0, r the owner contract, s
	// the offset of its data after the static part), checked by the owner's
	// EIP-1271 isValidSignature.
	FormContract Form = "contract"
)

// SignatureLen is the length of one signature's static part: r ‖ s ‖ v.
const SignatureLen = 65

// Errors of signatures. A rejected signature's error wraps exactly one of
// them and says the rest in one sentence.
var (
	// ErrMalformedSignature is a signature that is not hex, not 65 bytes
	// (or a multiple of 65 for several), whose contract-signature data
	// offsets point outside the blob, or whose r or s no ecrecover accepts.
	ErrMalformedSignature = errors.New("malformed signature")
	// ErrUnsupportedV is a signature whose v is none a Safe accepts: 27
	// or 28, 31 or 32, 1, 0.
	ErrUnsupportedV = errors.New("unsupported signature type")
	// ErrNotOwner is a signature whose signer is not an owner of the Safe;
	// for ECDSA this is also what a signature over another hash looks like.
	ErrNotOwner = errors.New("not an owner")
	// ErrDuplicateSigner is a second signature from an owner who already
	// signed: a Safe counts each owner once.
	ErrDuplicateSigner = errors.New("duplicate signer")
	// ErrNotApproved is an approved-hash signature (v 1) from an owner who
	// has not called approveHash for this transaction and is not the
	// account that sends it.
	ErrNotApproved = errors.New("hash not approved on chain")
	// ErrContractRejected is a contract signature the owner contract's
	// isValidSignature (EIP-1271) does not accept.
	ErrContractRejected = errors.New("contract signature rejected")
	// ErrUnchecked is a signature only the chain can confirm (approved
	// hash, contract signature) checked without a node. It is not counted.
	ErrUnchecked = errors.New("not checked")
	// ErrBelowThreshold is a set of signatures with fewer owners than the
	// Safe's threshold: execTransaction would revert, so nothing is sent.
	ErrBelowThreshold = errors.New("below the threshold")
	// ErrNoOwners is a Safe state signatures cannot be checked against: no
	// owners, a threshold of 0 or above the number of owners, or another
	// Safe than the transaction's.
	ErrNoOwners = errors.New("no owners to check signatures against")
)

// secp256k1 curve order and half of it: s above half is the "high-s" twin
// of a signature, which ecrecover accepts as well.
func curveN() *big.Int     { return crypto.S256().Params().N }
func halfCurveN() *big.Int { return new(big.Int).Rsh(curveN(), 1) }

// Signature is one owner's signature of a Safe transaction as
// execTransaction takes it: r ‖ s ‖ v, and for a contract signature the
// data that follows the static part. Signer is the owner it names (approved
// hash, contract) at once, and for ECDSA forms once it is recovered against
// a hash (Recover, Verifier.Check, Sign).
type Signature struct {
	Form   Form
	Signer common.Address
	V      byte
	R, S   common.Hash
	// Data is a contract signature's bytes, what the owner contract's
	// isValidSignature receives; nil for the other forms.
	Data []byte
}

// Sign signs hash with key in form FormECDSA (v 27/28) or FormEthSign (v
// 31/32, the hash signed as an eth_sign message). The key is used and
// dropped; nothing of it is kept or shown.
func Sign(key *ecdsa.PrivateKey, hash common.Hash, form Form) (Signature, error) {
	digest := hash
	switch form {
	case FormECDSA:
	case FormEthSign:
		digest = common.BytesToHash(accounts.TextHash(hash[:]))
	default:
		return Signature{}, fmt.Errorf("sign with form %q: a key signs %s or %s", form, FormECDSA, FormEthSign)
	}
	raw, err := crypto.Sign(digest[:], key)
	if err != nil {
		return Signature{}, fmt.Errorf("sign: %w", err)
	}
	v := raw[64] + 27
	if form == FormEthSign {
		v += 4
	}
	return Signature{Form: form, Signer: crypto.PubkeyToAddress(key.PublicKey), V: v,
		R: common.BytesToHash(raw[:32]), S: common.BytesToHash(raw[32:64])}, nil
}

// ApprovedHash is owner's pre-validated signature (v 1, r = owner): valid
// once owner called approveHash(safeTxHash) on the Safe, or when owner
// sends execTransaction itself. A nested Safe's approval is one of these
// once its own transaction calling approveHash has executed.
func ApprovedHash(owner common.Address) Signature {
	return Signature{Form: FormApprovedHash, Signer: owner, V: 1, R: common.BytesToHash(owner[:])}
}

// ContractSignature is owner contract's signature (v 0, r = owner) with
// the data its EIP-1271 isValidSignature checks; for a Safe owner, its own
// owners' signatures of the Safe message (see ContractMessageHash), packed.
func ContractSignature(owner common.Address, data []byte) Signature {
	return Signature{Form: FormContract, Signer: owner, V: 0, R: common.BytesToHash(owner[:]), Data: bytes.Clone(data)}
}

// HighS reports whether an ECDSA signature's s is in the upper half of the
// curve order: malleable, accepted by ecrecover, refused by most wallets.
func (s Signature) HighS() bool {
	if s.Form != FormECDSA && s.Form != FormEthSign {
		return false
	}
	return new(big.Int).SetBytes(s.S[:]).Cmp(halfCurveN()) > 0
}

// Normalized is s as it is sent: an ECDSA signature with low s (s' = n − s,
// v flipped 27↔28 or 31↔32, the same signer), an approved-hash or contract
// signature with r holding only the owner's address and, for an approved
// hash, s zero.
func (s Signature) Normalized() Signature {
	out := s
	out.Data = bytes.Clone(s.Data)
	switch s.Form {
	case FormECDSA, FormEthSign:
		if s.HighS() {
			out.S = common.BigToHash(new(big.Int).Sub(curveN(), new(big.Int).SetBytes(s.S[:])))
			if s.V%2 == 1 { // 27 ↔ 28, 31 ↔ 32
				out.V = s.V + 1
			} else {
				out.V = s.V - 1
			}
		}
	case FormApprovedHash:
		out.R, out.S = common.BytesToHash(s.Signer[:]), common.Hash{}
	case FormContract:
		out.R = common.BytesToHash(s.Signer[:])
	}
	return out
}

// digest is what an ECDSA form signs: the hash, or its eth_sign message.
func (s Signature) digest(hash common.Hash) common.Hash {
	if s.Form == FormEthSign {
		return common.BytesToHash(accounts.TextHash(hash[:]))
	}
	return hash
}

// Recover is the signer of hash: for ECDSA forms the address ecrecover
// gives, as the Safe computes it (high s accepted); for approved-hash and
// contract signatures the owner named in r. It fails with
// ErrMalformedSignature when ecrecover would recover no address.
func (s Signature) Recover(hash common.Hash) (common.Address, error) {
	switch s.Form {
	case FormApprovedHash, FormContract:
		return common.BytesToAddress(s.R[:]), nil
	case FormECDSA, FormEthSign:
	default:
		return common.Address{}, fmt.Errorf("%w: form %q", ErrUnsupportedV, s.Form)
	}
	return recoverDigest(s.digest(hash), s.V, s.R, s.S)
}

// recoverDigest runs ecrecover: v 27/28 (after the eth_sign adjustment),
// r and s in [1, n-1], high s allowed, exactly as the precompile does.
func recoverDigest(digest common.Hash, v byte, r, s common.Hash) (common.Address, error) {
	id := v - 27
	if v >= 31 {
		id = v - 31
	}
	rr, ss := new(big.Int).SetBytes(r[:]), new(big.Int).SetBytes(s[:])
	if !crypto.ValidateSignatureValues(id, rr, ss, false) {
		return common.Address{}, fmt.Errorf("%w: r or s is zero or not below the curve order, so ecrecover recovers no address", ErrMalformedSignature)
	}
	sig := make([]byte, 65)
	copy(sig, r[:])
	copy(sig[32:], s[:])
	sig[64] = id
	pub, err := crypto.SigToPub(digest[:], sig)
	if err != nil {
		return common.Address{}, fmt.Errorf("%w: ecrecover recovers no address: %v", ErrMalformedSignature, err)
	}
	return crypto.PubkeyToAddress(*pub), nil
}

// Bytes is s alone as execTransaction would take it (normalised): 65 bytes,
// and for a contract signature the offset 65 and its data after them. It is
// what a signer pastes; Parse reads it back.
func (s Signature) Bytes() []byte {
	b, _ := pack([]Signature{s}, false)
	return b
}

// Hex is Bytes as 0x-prefixed hex.
func (s Signature) Hex() string { return hexutil.Encode(s.Bytes()) }

// formOf is the form a Safe gives v, or an error naming the accepted set.
func formOf(v byte) (Form, error) {
	switch {
	case v == 0:
		return FormContract, nil
	case v == 1:
		return FormApprovedHash, nil
	case v == 27 || v == 28:
		return FormECDSA, nil
	case v == 31 || v == 32:
		return FormEthSign, nil
	}
	return "", fmt.Errorf("%w: v is %d; a Safe accepts v 27 or 28 (ECDSA over the safeTxHash), 31 or 32 (eth_sign), 1 (approved hash) or 0 (contract signature)",
		ErrUnsupportedV, v)
}

// Parse reads signatures as pasted: hex with or without 0x, spaces and
// newlines ignored, one signature or several concatenated as
// execTransaction takes them (contract signatures' data after the static
// part, at the offsets their s gives).
func Parse(text string) ([]Signature, error) {
	clean := strings.Join(strings.Fields(text), "")
	if clean == "" {
		return nil, fmt.Errorf("%w: empty; want 0x followed by 130 hex digits (r ‖ s ‖ v) per signature", ErrMalformedSignature)
	}
	if !strings.HasPrefix(clean, "0x") && !strings.HasPrefix(clean, "0X") {
		clean = "0x" + clean
	}
	b, err := hexutil.Decode(clean)
	if err != nil {
		return nil, fmt.Errorf("%w: %q is not hex (%v); want 0x followed by 130 hex digits (r ‖ s ‖ v) per signature",
			ErrMalformedSignature, short(text), err)
	}
	return ParseBytes(b)
}

// ParseBytes reads signatures from execTransaction's signatures bytes, as
// the Safe splits them: 65-byte static parts, and for v 0 the data at
// offset s (a 32-byte length, then the bytes). Every static part is read,
// not only the threshold's worth.
func ParseBytes(b []byte) ([]Signature, error) {
	if len(b) < SignatureLen {
		return nil, fmt.Errorf("%w: %d bytes; a signature is 65 bytes (r ‖ s ‖ v), several are a multiple of 65", ErrMalformedSignature, len(b))
	}
	staticEnd := len(b)
	var out []Signature
	for i := 0; (i+1)*SignatureLen <= staticEnd; i++ {
		p := b[i*SignatureLen : (i+1)*SignatureLen]
		s := Signature{R: common.BytesToHash(p[:32]), S: common.BytesToHash(p[32:64]), V: p[64]}
		form, err := formOf(s.V)
		if err != nil {
			if len(b) > SignatureLen {
				return nil, fmt.Errorf("signature %d: %w", i+1, err)
			}
			return nil, err
		}
		s.Form = form
		if form == FormApprovedHash || form == FormContract {
			s.Signer = common.BytesToAddress(s.R[:])
		}
		if form == FormContract {
			data, err := dynamicPart(b, i, new(big.Int).SetBytes(s.S[:]))
			if err != nil {
				return nil, err
			}
			s.Data = data
			staticEnd = min(staticEnd, int(new(big.Int).SetBytes(s.S[:]).Int64()))
		}
		out = append(out, s)
	}
	if len(out)*SignatureLen != staticEnd {
		if staticEnd == len(b) {
			return nil, fmt.Errorf("%w: %d bytes, not a multiple of 65; a signature is 65 bytes (r ‖ s ‖ v)", ErrMalformedSignature, len(b))
		}
		return nil, fmt.Errorf("%w: the contract signatures' data starts at byte %d, which does not end a whole number of 65-byte signatures",
			ErrMalformedSignature, staticEnd)
	}
	return out, nil
}

// dynamicPart is the data of the contract signature at index i, whose s is
// off: checked as the Safe checks it (GS021–GS023).
func dynamicPart(b []byte, i int, off *big.Int) ([]byte, error) {
	who := fmt.Sprintf("signature %d (contract signature of %s)", i+1, common.BytesToAddress(b[i*SignatureLen:i*SignatureLen+32]).Hex())
	if !off.IsInt64() || off.Int64() > int64(len(b)) {
		return nil, fmt.Errorf("%w: %s puts its data at byte %s, beyond the end of the %d bytes", ErrMalformedSignature, who, off, len(b))
	}
	o := int(off.Int64())
	if o < (i+1)*SignatureLen {
		return nil, fmt.Errorf("%w: %s puts its data at byte %d, inside the 65-byte signatures before it", ErrMalformedSignature, who, o)
	}
	if o+32 > len(b) {
		return nil, fmt.Errorf("%w: %s puts its data at byte %d, leaving no room for its 32-byte length in %d bytes", ErrMalformedSignature, who, o, len(b))
	}
	n := new(big.Int).SetBytes(b[o : o+32])
	if !n.IsInt64() || int64(o+32)+n.Int64() > int64(len(b)) {
		return nil, fmt.Errorf("%w: %s says its data is %s bytes long, past the end of the %d bytes", ErrMalformedSignature, who, n, len(b))
	}
	return bytes.Clone(b[o+32 : o+32+int(n.Int64())]), nil
}

// Pack is execTransaction's signatures bytes: sigs normalised (low s,
// clean r), sorted by signer ascending as the Safe requires, with contract
// signatures' data appended after the static part at the offsets their s
// says. Every signature needs its Signer (ECDSA ones recovered, see
// Verifier.Check); two from one signer are refused (ErrDuplicateSigner).
func Pack(sigs []Signature) ([]byte, error) {
	return pack(sigs, true)
}

func pack(sigs []Signature, strict bool) ([]byte, error) {
	sorted := make([]Signature, len(sigs))
	for i, s := range sigs {
		sorted[i] = s.Normalized()
		if strict && s.Signer == (common.Address{}) {
			return nil, fmt.Errorf("%w: signature %d (%s) names no signer; recover it against the safeTxHash first", ErrMalformedSignature, i+1, s.Form)
		}
	}
	slices.SortStableFunc(sorted, func(a, b Signature) int { return bytes.Compare(a.Signer[:], b.Signer[:]) })
	for i := 1; i < len(sorted); i++ {
		if strict && sorted[i].Signer == sorted[i-1].Signer {
			return nil, fmt.Errorf("%w: %s signed twice; a Safe needs strictly increasing owners", ErrDuplicateSigner, sorted[i].Signer.Hex())
		}
	}
	static := make([]byte, 0, len(sorted)*SignatureLen)
	var dynamic []byte
	for _, s := range sorted {
		if s.Form == FormContract {
			s.S = common.BigToHash(big.NewInt(int64(len(sorted)*SignatureLen + len(dynamic))))
			dynamic = append(dynamic, common.BigToHash(big.NewInt(int64(len(s.Data)))).Bytes()...)
			dynamic = append(dynamic, s.Data...)
		}
		static = append(static, s.R[:]...)
		static = append(static, s.S[:]...)
		static = append(static, s.V)
	}
	return append(static, dynamic...), nil
}

// sortAddrs sorts addresses ascending, as a Safe orders signers.
func sortAddrs(a []common.Address) {
	slices.SortFunc(a, func(x, y common.Address) int { return bytes.Compare(x[:], y[:]) })
}
