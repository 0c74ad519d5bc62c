package session

import (
	"github.com/ethereum/go-ethereum/common"

	"warroom/chain"
	"warroom/chain/layout"
	"warroom/chain/shadow"
)

// ActionDeploy is deploying a new implementation.
const ActionDeploy = "deploy"

// IssueLevel says what an upgrade check's issue stops.
type IssueLevel string

// Issue levels.
const (
	// Blocker: the upgrade cannot be composed (an unsafe layout, an attack
	// that still works, a regression broken, an upgrade call that reverts).
	Blocker IssueLevel = "blocker"
	// NeedsOverride: composed only once a responder overrides it, in words
	// that are journaled (a warning, or a refusal such as an upgrade that
	// would brick future upgrades).
	NeedsOverride IssueLevel = "override"
)

// Issue is one thing an upgrade's checks found that stands in its way.
type Issue struct {
	// Key names the issue for an override: "bytecode.delegatecall".
	Key   string     `json:"key"`
	Check string     `json:"check"` // layout, bytecode, shadow, diff
	Level IssueLevel `json:"level"`
	Text  string     `json:"text"`
}

// Override is a responder's decision to compose despite an issue, with
// their reason as typed.
type Override struct {
	Key    string `json:"key"`
	Reason string `json:"reason"`
	By     string `json:"by,omitempty"`
}

// LayoutChecked is the data of layout.checked: the storage-layout check of
// an upgrade's new implementation against the proxy's current one.
type LayoutChecked struct {
	ID     string         `json:"id"` // the upgrade check, "upgrade-1"
	Proxy  common.Address `json:"proxy"`
	Report layout.Report  `json:"report"`
}

// ShadowResult is the data of shadow.result: every recorded attack and
// regression call run under the current and the new implementation at
// one block, and the rollback's regression calls.
type ShadowResult struct {
	ID    string         `json:"id"`
	Proxy common.Address `json:"proxy"`
	New   common.Address `json:"new"`
	// Unpaused says the protocol was paused and the test ran with its paused
	// flag cleared, to show what happens after the unpause.
	Unpaused bool           `json:"unpaused,omitempty"`
	Fix      *shadow.Report `json:"fix,omitempty"`
	Rollback *shadow.Report `json:"rollback,omitempty"`
	// Unavailable says why no shadow test ran (a node without state
	// overrides); it is then not a pass.
	Unavailable string `json:"unavailable,omitempty"`
	Pass        bool   `json:"pass"`
}

// counts is how many of the fix's calls are of kind, and how many passed.
func (r *ShadowResult) counts(kind shadow.Kind) (n, passed int) {
	if r.Fix == nil {
		return 0, 0
	}
	for _, c := range r.Fix.Results {
		if c.Kind == kind {
			n++
			if c.Pass {
				passed++
			}
		}
	}
	return n, passed
}

// InitCall is an initializer as the responder typed it and as it is encoded.
type InitCall struct {
	Typed string            `json:"typed"`
	Call  chain.DecodedCall `json:"call"`
	Data  string            `json:"data"` // hex
}

// UpgradeComposed is the data of upgrade.composed: an upgrade that passed
// its checks (or whose issues were overridden), with the governance route
// that carries it and the route back.
type UpgradeComposed struct {
	ID        string         `json:"id"`
	Proxy     common.Address `json:"proxy"`
	ProxyName string         `json:"proxyName"`
	Current   common.Address `json:"current"`
	New       common.Address `json:"new"`
	// Artifact is the new implementation's artifact (a file, or "built-in VaultV2").
	Artifact string    `json:"artifact"`
	Init     *InitCall `json:"init,omitempty"`
	// Deploy is the action that deployed the new implementation, "" when it
	// was deployed before.
	Deploy    string     `json:"deploy,omitempty"`
	Issues    []Issue    `json:"issues,omitempty"`
	Overrides []Override `json:"overrides,omitempty"`
	// Diff is what the upgrade call itself changes, and its hash for
	// signers to compare out of band.
	Diff     []shadow.Change `json:"diff"`
	DiffHash common.Hash     `json:"diffHash"`
	Proposal chain.Proposal  `json:"proposal"`
	Rollback chain.Proposal  `json:"rollback"`
}
