package session

import (
	"time"

	"github.com/ethereum/go-ethereum/common"
)

// The kinds of the governance route after upgrade.composed.
const (
	// KindUpgradeScheduled records the timelock operation of a composed
	// upgrade as scheduled, with its ETA read from the timelock.
	KindUpgradeScheduled Kind = "upgrade.scheduled"
)

// Route steps: the Safe transactions that carry an upgrade through the
// timelock. Owners sign both in one round.
const (
	RouteSchedule = "schedule"
	RouteExecute  = "execute"
)

// Action kinds of the governance route.
const (
	ActionSchedule = "schedule" // the Safe's execTransaction of timelock.schedule
	ActionExecute  = "execute"  // the Safe's execTransaction of timelock.execute
	ActionUnpause  = "unpause"
)

// Approval sources: where a signature came from.
const (
	SourcePasted  = "pasted"  // a cosigner's signature pasted into the console
	SourceConsole = "console" // signed in the console with the session's owner key
	SourceOnChain = "on chain"
	SourceDrill   = "drill cosigner"
)

// ApprovalAdded is the data of approval.added: one owner's signature of one
// of an upgrade's Safe transactions, checked and counted. Signatures are
// public; the journal keeps each one as it will be sent (low s).
type ApprovalAdded struct {
	Upgrade    string         `json:"upgrade"`
	Route      string         `json:"route"` // RouteSchedule or RouteExecute
	Safe       common.Address `json:"safe"`
	SafeTxHash common.Hash    `json:"safeTxHash"`
	Nonce      uint64         `json:"nonce"`
	Signer     common.Address `json:"signer"`
	Form       string         `json:"form"` // ecdsa, eth_sign, approved_hash, contract
	Signature  string         `json:"signature"`
	Source     string         `json:"source"`
	By         string         `json:"by,omitempty"`
	// Via is the owner Safe that approved on chain through its own Safe
	// transaction (a nested Safe), when the signer is one.
	Via      string      `json:"via,omitempty"`
	TxHash   common.Hash `json:"tx,omitempty"` // the approveHash transaction, for on-chain approvals
	Block    uint64      `json:"block,omitempty"`
	Warnings []string    `json:"warnings,omitempty"`
	// Count is the owners counted for this transaction with this one, of
	// Threshold.
	Count     int    `json:"count"`
	Threshold uint64 `json:"threshold"`
	// At is when it was recorded (the event's time), set by the reducer.
	At time.Time `json:"-"`
}

// ApprovalRejected is the data of approval.rejected: a signature that was
// not counted, and why. Nothing rejected is sent or counted.
type ApprovalRejected struct {
	Upgrade string `json:"upgrade"`
	// Route is the transaction the signature was for, when that is known.
	Route  string         `json:"route,omitempty"`
	Input  string         `json:"input"` // the signature as given, hex (public)
	Signer common.Address `json:"signer,omitempty"`
	Form   string         `json:"form,omitempty"`
	Reason string         `json:"reason"`
	Source string         `json:"source"`
	By     string         `json:"by,omitempty"`
}

// UpgradeScheduled is the data of upgrade.scheduled: the timelock holds the
// upgrade's operation, ready at ETA.
type UpgradeScheduled struct {
	Upgrade     string      `json:"upgrade"`
	OperationID common.Hash `json:"operationId"`
	TxHash      common.Hash `json:"tx"`
	Block       uint64      `json:"block"`
	// ETA is when the operation becomes executable, as the timelock
	// compares it with block timestamps.
	ETA time.Time `json:"eta"`
	// At is when it was recorded (the event's time), set by the reducer.
	At time.Time `json:"-"`
}
