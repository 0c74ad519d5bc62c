package tui

import (
	"context"

	"github.com/ethereum/go-ethereum/common"

	"warroom/session"
)

// Backend is the session as the console sees it.
type Backend interface {
	State() session.State
	Updates() <-chan struct{}                             // signalled (coalesced) after new events; then call State()
	PlanPause(ctx context.Context) (*session.Plan, error) // builds+signs, sends nothing
	Execute(ctx context.Context, p *session.Plan) error   // sends, waits until mined; records events as it goes
	Acknowledge(tx common.Hash) error
	Tick(step int, done bool) error      // checklist step 1..session.NumSteps
	AddNote(text string, step int) error // step 0 = general note
	JournalPath() string
}

var _ Backend = (*session.Session)(nil)
