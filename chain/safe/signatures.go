package safe

import (
	"context"
	"fmt"
	"strings"

	"github.com/ethereum/go-ethereum/common"
)

// Signatures collects the signatures of one Safe transaction as they are
// pasted or picked up: each is checked at once (Verifier.Check), an owner
// counts once, only owners count toward the threshold, and Encode gives
// execTransaction's signatures bytes. It is not safe for concurrent use.
type Signatures struct {
	v       *Verifier
	counted map[common.Address]Result
}

// NewSignatures is an empty collection for v's transaction.
func NewSignatures(v *Verifier) *Signatures {
	return &Signatures{v: v, counted: map[common.Address]Result{}}
}

// Verifier is what the collection checks with.
func (s *Signatures) Verifier() *Verifier { return s.v }

// Add parses text (one signature or several concatenated, hex) and adds
// each; the results are in the order given. Text that does not parse adds
// nothing and gives one rejected Result.
func (s *Signatures) Add(ctx context.Context, text string) []Result {
	sigs, err := Parse(text)
	if err != nil {
		return []Result{Result{}.reject(err)}
	}
	out := make([]Result, len(sigs))
	for i, sig := range sigs {
		out[i] = s.AddSignature(ctx, sig)
	}
	return out
}

// AddSignature checks sig and counts it when it is valid and its owner
// has not signed yet; a second signature of a counted owner is rejected
// (ErrDuplicateSigner) and the first one stays.
func (s *Signatures) AddSignature(ctx context.Context, sig Signature) Result {
	r := s.v.Check(ctx, sig)
	if !r.Valid {
		return r
	}
	if prev, ok := s.counted[r.Signer]; ok {
		return r.reject(fmt.Errorf("%w: %s already signed this transaction (%s); a Safe counts each owner once", ErrDuplicateSigner, r.Signer.Hex(), prev.Form))
	}
	s.counted[r.Signer] = r
	return r
}

// Signers are the owners counted, ascending.
func (s *Signatures) Signers() []common.Address {
	out := make([]common.Address, 0, len(s.counted))
	for a := range s.counted {
		out = append(out, a)
	}
	sortAddrs(out)
	return out
}

// Results are the counted signatures' results, by signer ascending.
func (s *Signatures) Results() []Result {
	signers := s.Signers()
	out := make([]Result, len(signers))
	for i, a := range signers {
		out[i] = s.counted[a]
	}
	return out
}

// Missing are the owners who have not signed, ascending.
func (s *Signatures) Missing() []common.Address {
	var out []common.Address
	for _, o := range s.v.state.Owners {
		if _, ok := s.counted[o]; !ok {
			out = append(out, o)
		}
	}
	sortAddrs(out)
	return out
}

// Count is the number of owners counted.
func (s *Signatures) Count() int { return len(s.counted) }

// Threshold is the Safe's threshold.
func (s *Signatures) Threshold() uint64 { return s.v.state.Threshold }

// Ready reports whether enough owners signed for execTransaction.
func (s *Signatures) Ready() bool { return uint64(len(s.counted)) >= s.v.state.Threshold }

// Encode is execTransaction's signatures bytes: every counted signature,
// normalised (low s), sorted by signer ascending, contract signatures'
// data after the static part. Below the threshold it refuses
// (ErrBelowThreshold): the Safe would revert.
func (s *Signatures) Encode() ([]byte, error) {
	if !s.Ready() {
		signed := "none signed"
		if len(s.counted) > 0 {
			signed = "signed: " + addrList(s.Signers())
		}
		return nil, fmt.Errorf("%w: Safe %s needs %d owner signatures, has %d (%s; missing: %s)", ErrBelowThreshold,
			s.v.tx.Safe.Hex(), s.v.state.Threshold, len(s.counted), signed, addrList(s.Missing()))
	}
	sigs := make([]Signature, 0, len(s.counted))
	for _, r := range s.Results() {
		sigs = append(sigs, r.Signature)
	}
	return Pack(sigs)
}

// ExecTransactionData is the calldata of execTransaction with Encode's
// signatures.
func (s *Signatures) ExecTransactionData() ([]byte, error) {
	sigs, err := s.Encode()
	if err != nil {
		return nil, err
	}
	return ExecTransactionData(&s.v.tx, sigs)
}

func addrList(a []common.Address) string {
	parts := make([]string, len(a))
	for i, x := range a {
		parts[i] = x.Hex()
	}
	return strings.Join(parts, ", ")
}
