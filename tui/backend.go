package tui

import (
	"context"

	"github.com/ethereum/go-ethereum/common"

	"warroom/chain"
	"warroom/session"
)

// Session is the incident record as the console sees it: its state, a
// signal when it changes, and the few things a responder writes into it
// directly (acknowledgements, ticks, notes).
type Session interface {
	State() session.State
	Updates() <-chan struct{} // signalled (coalesced) after new events; then call State()
	Acknowledge(tx common.Hash) error
	Tick(step int, done bool) error      // checklist step 1..session.NumSteps
	AddNote(text string, step int) error // step 0 = general note
	JournalPath() string
	// Evidence reads an alert back in full (findings, trace, logs,
	// balance changes): the state keeps only what the list shows.
	Evidence(a *session.AlertEntry) (chain.Alert, error)
}

// Responder acts on the chain for the responder: the console asks it for a
// plan, shows the plan, and has it executed once confirmed. It records
// every step in the session itself.
type Responder interface {
	PlanPause(ctx context.Context) (*session.Plan, error) // builds and signs, sends nothing
	Execute(ctx context.Context, p *session.Plan) error   // sends, waits until mined

	// The upgrade composer's: the built-in implementations to offer, the
	// checks of an upgrade (bad input wraps session.ErrBadInput and records
	// nothing), the deployment of its new implementation (a plan, sent by
	// Execute), and its proposal (recorded as upgrade.composed with the
	// overrides).
	Fixes() []session.Fix
	CheckUpgrade(ctx context.Context, req session.UpgradeRequest) (*session.UpgradeCheck, error)
	PlanDeploy(ctx context.Context, c *session.UpgradeCheck) (*session.Plan, error)
	ComposeUpgrade(ctx context.Context, c *session.UpgradeCheck, overrides []session.Override) (*session.UpgradeComposed, error)

	// The approvals board's, for the composed upgrade in flight (id ""):
	// signatures checked and journaled (approval.added or
	// approval.rejected), the route's status on chain, its next step and
	// the unpause as plans (sent by ExecuteRoute and Execute), and the
	// export for cosigners.
	AddSignatures(ctx context.Context, id, text, source, by string) ([]session.ApprovalOutcome, error)
	SignAsOwner(ctx context.Context, id string) ([]session.ApprovalOutcome, error)
	OwnerAddress() (common.Address, bool)
	NestedOwners() []session.NestedOwner
	Status(ctx context.Context, id string) (session.RouteStatus, error)
	PlanRoute(ctx context.Context, id string) (*session.Plan, error)
	ExecuteRoute(ctx context.Context, p *session.Plan) error
	PlanUnpause(ctx context.Context) (*session.Plan, error)
	ExportRoute(id, path string) error

	// Safe requests (session/request.go): the responder's own signature
	// or refusal, journaled.
	SignRequest(id, by string) (session.RequestSigned, error)
	RefuseRequest(id, by, reason string, auto bool) error
}

var (
	_ Session   = (*session.Session)(nil)
	_ Responder = (*session.Responder)(nil)
)
