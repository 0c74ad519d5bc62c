package chain

// Rule names, as they appear in findings.
const (
	RuleOutflow     = "outflow"
	RuleReentrancy  = "reentrancy"
	RuleNewContract = "new-contract-caller"
	RulePrivileged  = "privileged-call"
	RulePreAttack   = "pre-attack"
	RuleRoleChange  = "role-change"
	RuleInitializer = "initializer"
)

// RuleConfig holds the detection thresholds.
type RuleConfig struct {
	// OutflowBps: a transaction that takes more than this share of a watched
	// contract's value, in basis points, trips the outflow rule (500 = 5%).
	OutflowBps uint64 `json:"outflowBps"`
	// NewContractBlocks: a caller created this many blocks ago or fewer is new.
	NewContractBlocks uint64 `json:"newContractBlocks"`
	// FundedBlocks: a contract deployed by an account that received value
	// this many blocks ago or fewer, whose code calls a watched contract's
	// functions, is a likely attack contract before its first use
	// (pre-attack). 0 turns the rule off.
	FundedBlocks uint64 `json:"fundedBlocks,omitempty"`
}

// DefaultRules are the thresholds used unless configured otherwise.
func DefaultRules() RuleConfig {
	return RuleConfig{OutflowBps: 500, NewContractBlocks: 100, FundedBlocks: 100}
}
