package session

import (
	"context"
	"errors"
	"fmt"
	"sync"

	"github.com/ethereum/go-ethereum/core/types"

	"warroom/chain"
)

// ErrReadOnly is returned by a session that cannot act (a replay).
var ErrReadOnly = errors.New("this session is read-only: it replays a journal and sends nothing")

// ErrActionInFlight is returned when an action of the same kind is still pending.
var ErrActionInFlight = errors.New("an action of this kind is already in flight")

// Plan is an action ready to be confirmed: the exact transactions, signed,
// that Execute will send. What the confirm dialog shows is Txs.
type Plan struct {
	ID     string
	Action string
	Reason string
	Auto   bool
	Txs    []chain.TxPlan
	signed []*types.Transaction
}

// Responder turns a responder's commands into chain transactions and
// records each step: requested, submitted, confirmed or failed.
type Responder struct {
	Client   chain.Client
	Guardian *chain.Signer
	Decoder  *chain.Decoder
	Targets  []chain.Watched

	mu      sync.Mutex
	n       int
	pending map[string]bool // action kinds in flight
}

// SetResponder attaches the responder that acts for this session.
func (s *Session) SetResponder(r *Responder) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if r.pending == nil {
		r.pending = map[string]bool{}
	}
	s.responder = r
}

func (s *Session) getResponder() (*Responder, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.responder == nil {
		return nil, ErrReadOnly
	}
	return s.responder, nil
}

// PlanPause prepares the pause of every pausable watched contract that is
// not paused yet. Nothing is sent or recorded until Execute.
func (s *Session) PlanPause(ctx context.Context) (*Plan, error) {
	r, err := s.getResponder()
	if err != nil {
		return nil, err
	}
	if r.Guardian == nil {
		return nil, errors.New("no guardian key: this session cannot pause")
	}
	r.mu.Lock()
	busy := r.pending[ActionPause]
	r.n++
	id := fmt.Sprintf("%s-%d", ActionPause, r.n)
	r.mu.Unlock()
	if busy {
		return nil, fmt.Errorf("pause: %w", ErrActionInFlight)
	}
	plans, txs, err := chain.PlanPause(ctx, r.Client, r.Guardian, r.Decoder, r.Targets)
	if err != nil {
		return nil, fmt.Errorf("pause: %w", err)
	}
	return &Plan{ID: id, Action: ActionPause, Txs: plans, signed: txs}, nil
}

// Execute sends a confirmed plan and waits for its transactions to be
// mined, recording every step. The request is on disk before anything is sent.
func (s *Session) Execute(ctx context.Context, p *Plan) error {
	r, err := s.getResponder()
	if err != nil {
		return err
	}
	if p == nil || len(p.signed) == 0 || len(p.signed) != len(p.Txs) {
		return errors.New("execute: the plan holds no signed transactions")
	}
	r.mu.Lock()
	if r.pending[p.Action] {
		r.mu.Unlock()
		return fmt.Errorf("%s: %w", p.Action, ErrActionInFlight)
	}
	r.pending[p.Action] = true
	r.mu.Unlock()
	defer func() {
		r.mu.Lock()
		delete(r.pending, p.Action)
		r.mu.Unlock()
	}()

	if _, err := s.Record(KindActionRequested, ActionRequested{ID: p.ID, Action: p.Action, Auto: p.Auto, Reason: p.Reason, Txs: p.Txs}); err != nil {
		return fmt.Errorf("%s not sent: could not record the request: %w", p.Action, err)
	}
	for _, tx := range p.signed {
		rcpt, err := chain.SendAndWait(ctx, r.Client, tx, func() {
			s.Record(KindActionSubmitted, ActionSubmitted{ID: p.ID, TxHash: tx.Hash()})
		})
		if err != nil {
			s.Record(KindActionFailed, ActionFailed{ID: p.ID, TxHash: tx.Hash(), Error: err.Error()})
			return err
		}
		if rcpt.Status != types.ReceiptStatusSuccessful {
			err := fmt.Errorf("%s transaction %s reverted in block %d", p.Action, tx.Hash().Hex(), rcpt.BlockNumber.Uint64())
			s.Record(KindActionFailed, ActionFailed{ID: p.ID, TxHash: tx.Hash(), Block: rcpt.BlockNumber.Uint64(), Error: err.Error()})
			return err
		}
		if _, err := s.Record(KindActionConfirmed, ActionConfirmed{ID: p.ID, TxHash: tx.Hash(), Block: rcpt.BlockNumber.Uint64(), GasUsed: rcpt.GasUsed}); err != nil {
			return err
		}
	}
	return nil
}
