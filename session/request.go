package session

import (
	"encoding/json"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"warroom/chain"
	"warroom/chain/safe"
)

// Safe requests: a Safe transaction someone else proposed (a colleague in
// Safe{Wallet}, a script, a compromised front end, as Bybit's was in
// 2025), put before the responder with what its proposer says it does and
// what it really does: its hashes, its call decoded layer by layer, the
// warnings a post-Bybit verifier raises. The responder signs it as their
// owner or refuses it; both are journaled. Nothing is executed from here:
// whoever collects the threshold does that, and the watcher sees it.
const (
	KindSafeRequested      Kind = "safe.requested"
	KindSafeRequestSigned  Kind = "safe.request.signed"
	KindSafeRequestRefused Kind = "safe.request.refused"
)

// SafeRequest is the data of safe.requested.
type SafeRequest struct {
	ID string `json:"id"`
	// Source is where it came from ("Safe{Wallet} queue") and Proposer
	// who put it there; Claimed is what their app says it does.
	Source   string       `json:"source"`
	Proposer string       `json:"proposer"`
	Claimed  string       `json:"claimed"`
	Tx       chain.SafeTx `json:"tx"`
	// Signatures are the owners' signatures collected before it reached
	// the responder, checked against its safeTxHash.
	Signatures []RequestSignature `json:"signatures,omitempty"`
	Warnings   []safe.Warning     `json:"warnings,omitempty"`
}

// RequestSignature is one owner's signature of a request.
type RequestSignature struct {
	Owner     common.Address `json:"owner"`
	By        string         `json:"by,omitempty"`
	Signature string         `json:"signature"`
}

// RequestSigned is the data of safe.request.signed: the responder's own
// owner signature.
type RequestSigned struct {
	ID string `json:"id"`
	RequestSignature
}

// RequestRefused is the data of safe.request.refused.
type RequestRefused struct {
	ID     string `json:"id"`
	By     string `json:"by,omitempty"`
	Reason string `json:"reason"`
	// Auto is the automatic responder's refusal (a headless drill).
	Auto bool `json:"auto,omitempty"`
}

// Request is a Safe request as the session knows it.
type Request struct {
	SafeRequest
	Seq     uint64          `json:"seq"`
	Signed  *RequestSigned  `json:"signed,omitempty"`
	Refused *RequestRefused `json:"refused,omitempty"`
}

// Open reports whether the request still waits for the responder.
func (q *Request) Open() bool { return q.Signed == nil && q.Refused == nil }

// Risky reports whether a verifier warns about it: a delegatecall to
// anything but a known library, or a change to who controls the Safe.
func (q *Request) Risky() bool { return len(q.Warnings) > 0 }

// OpenRequest is the oldest request still waiting, if any.
func (s *State) OpenRequest() (*Request, bool) {
	for i := range s.Requests {
		if s.Requests[i].Open() {
			return &s.Requests[i], true
		}
	}
	return nil, false
}

// Request is the request with the given id.
func (s *State) Request(id string) (*Request, bool) {
	for i := range s.Requests {
		if s.Requests[i].ID == id {
			return &s.Requests[i], true
		}
	}
	return nil, false
}

func reduceRequest(s State, ev Event) (State, error) {
	// Requests are copied on write: states handed out stay as they were.
	reqs := append([]Request(nil), s.Requests...)
	find := func(id string) (*Request, error) {
		for i := range reqs {
			if reqs[i].ID == id {
				return &reqs[i], nil
			}
		}
		return nil, fmt.Errorf("no Safe request %q", id)
	}
	switch ev.Kind {
	case KindSafeRequested:
		var d SafeRequest
		if err := json.Unmarshal(ev.Data, &d); err != nil {
			return s, err
		}
		reqs = append(reqs, Request{SafeRequest: d, Seq: ev.Seq})
	case KindSafeRequestSigned:
		var d RequestSigned
		if err := json.Unmarshal(ev.Data, &d); err != nil {
			return s, err
		}
		q, err := find(d.ID)
		if err != nil {
			return s, err
		}
		q.Signed = &d
	case KindSafeRequestRefused:
		var d RequestRefused
		if err := json.Unmarshal(ev.Data, &d); err != nil {
			return s, err
		}
		q, err := find(d.ID)
		if err != nil {
			return s, err
		}
		q.Refused = &d
	}
	s.Requests = reqs
	return s, nil
}

// ErrRequestClosed is returned for a request already signed or refused.
var ErrRequestClosed = errors.New("the Safe request is already decided")

// Request puts a Safe transaction before the responder: its hashes are
// computed here, its call decoded, its warnings raised and the carried
// signatures checked against its safeTxHash; then it is journaled.
func (r *Responder) Request(req SafeRequest) (SafeRequest, error) {
	stx := req.Tx
	if err := safe.Fill(&stx); err != nil {
		return req, fmt.Errorf("Safe request: %w", err)
	}
	data, err := hexutil.Decode(stx.Data)
	if err != nil {
		return req, fmt.Errorf("Safe request: calldata: %w", err)
	}
	if r.cfg.Decoder != nil {
		stx.Call = r.cfg.Decoder.DecodeNested(&stx.To, data)
	}
	req.Tx = stx
	for _, sg := range req.Signatures {
		sigs, err := safe.Parse(sg.Signature)
		if err != nil || len(sigs) != 1 {
			return req, fmt.Errorf("Safe request: %s's signature: not one signature (%v)", sg.By, err)
		}
		signer, err := sigs[0].Recover(stx.SafeTxHash)
		if err != nil || signer != sg.Owner {
			return req, fmt.Errorf("Safe request: %s's signature is not %s's signature of safeTxHash %s", sg.By, sg.Owner.Hex(), stx.SafeTxHash.Hex())
		}
	}
	st := r.s.State()
	req.Warnings = safe.Warnings(&stx, safe.Known{State: st.Protocol.Safe})
	req.ID = r.nextID("request")
	if _, err := r.s.Record(KindSafeRequested, req); err != nil {
		return req, err
	}
	return req, nil
}

// SignRequest signs request id with the responder's owner key and
// journals the signature. It refuses a request already decided.
func (r *Responder) SignRequest(id, by string) (RequestSigned, error) {
	if r.cfg.Owner == nil {
		return RequestSigned{}, fmt.Errorf("no owner key, so this session signs nothing: %w", ErrReadOnly)
	}
	q, err := r.openRequest(id)
	if err != nil {
		return RequestSigned{}, err
	}
	raw, err := r.cfg.Owner.SignHash(q.Tx.SafeTxHash)
	if err != nil {
		return RequestSigned{}, err
	}
	sigs, err := safe.ParseBytes(raw)
	if err != nil {
		return RequestSigned{}, err
	}
	d := RequestSigned{ID: id, RequestSignature: RequestSignature{Owner: r.cfg.Owner.Address(), By: byOr(by), Signature: sigs[0].Normalized().Hex()}}
	if _, err := r.s.Record(KindSafeRequestSigned, d); err != nil {
		return RequestSigned{}, err
	}
	return d, nil
}

// RefuseRequest journals the responder's refusal of request id.
func (r *Responder) RefuseRequest(id, by, reason string, auto bool) error {
	if _, err := r.openRequest(id); err != nil {
		return err
	}
	_, err := r.s.Record(KindSafeRequestRefused, RequestRefused{ID: id, By: byOr(by), Reason: reason, Auto: auto})
	return err
}

// RefuseRisky is the automatic responder's answer to a request its
// verifier warns about: refused, with the first warning as the reason.
// It does nothing to a request without warnings.
func (r *Responder) RefuseRisky(id string) error {
	q, err := r.openRequest(id)
	if err != nil || !q.Risky() {
		return err
	}
	return r.RefuseRequest(id, "auto-responder", q.Warnings[0].Message, true)
}

func (r *Responder) openRequest(id string) (*Request, error) {
	st := r.s.State()
	q, ok := st.Request(id)
	if !ok {
		return nil, fmt.Errorf("no Safe request %q", id)
	}
	if !q.Open() {
		return nil, fmt.Errorf("%s: %w", id, ErrRequestClosed)
	}
	return q, nil
}

// AllSignatures are every signature a request has, the responder's last.
func (q *Request) AllSignatures() []RequestSignature {
	out := append([]RequestSignature(nil), q.Signatures...)
	if q.Signed != nil {
		out = append(out, q.Signed.RequestSignature)
	}
	return out
}

// ExecData is the execTransaction calldata of a request with signatures,
// packed in the owners' order as the Safe checks them.
func ExecData(q *Request, sigs []RequestSignature) ([]byte, error) {
	var parsed []safe.Signature
	for _, sg := range sigs {
		s, err := safe.Parse(sg.Signature)
		if err != nil {
			return nil, err
		}
		if len(s) != 1 {
			return nil, fmt.Errorf("%s's signature: %d signatures, want one", sg.Owner.Hex(), len(s))
		}
		s[0].Signer = sg.Owner
		parsed = append(parsed, s[0])
	}
	packed, err := safe.Pack(parsed)
	if err != nil {
		return nil, err
	}
	return safe.ExecTransactionData(&q.Tx, packed)
}
