package chain

import "github.com/ethereum/go-ethereum/common"

// Rule names, as they appear in findings.
const (
	RuleOutflow     = "outflow"
	RuleReentrancy  = "reentrancy"
	RuleNewContract = "new-contract-caller"
	RulePrivileged  = "privileged-call"
	RulePreAttack   = "pre-attack"
	RuleRoleChange  = "role-change"
	RuleInitializer = "initializer"
	// RulePriceDeviation: a watched Uniswap-v2-style pool's price
	// (reserve1/reserve0, from its Sync events) moved PriceDeviationBps or
	// more off its block-start price within one transaction.
	RulePriceDeviation = "price-deviation"
	// RuleFlashLoan: a transaction touching a watched contract took a flash
	// loan (a known flash-loan callback ran in its trace).
	RuleFlashLoan = "flash-loan"
	// RuleSafeDelegateCall: a watched Safe executed a delegatecall to a
	// contract that is not a known MultiSend or Safe library, directly or
	// inside a MultiSend batch.
	RuleSafeDelegateCall = "safe-delegatecall"
	// RuleSharePrice: a watched ERC-4626 vault minted no shares for a
	// deposit, or its implied share price (assets/shares of its Deposit and
	// Withdraw events) jumped SharePriceJumpBps or more from the last one.
	RuleSharePrice = "share-price"
)

// RuleConfig holds the detection thresholds. It stays comparable (==):
// callers test it against the zero value.
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
	// PriceDeviationBps: a watched pool whose price moves this far or
	// further off its block-start price within one transaction, in basis
	// points of the smaller of the two prices (1000 = 10%), trips
	// price-deviation. 0 turns the rule off.
	PriceDeviationBps uint64 `json:"priceDeviationBps"`
	// SharePriceJumpBps: a watched ERC-4626 vault whose implied share price
	// differs from its last one by this much or more, in basis points of
	// the smaller (10000 = doubled or halved), trips share-price. 0 turns
	// the jump check off; a deposit minting no shares still trips it.
	SharePriceJumpBps uint64 `json:"sharePriceJumpBps"`
	// MultiSend lists MultiSend-like libraries a watched Safe may
	// delegatecall besides the canonical Safe deployments (a drill's own
	// MultiSendCallOnly, say); nil for none. A pointer keeps RuleConfig
	// comparable; AddMultiSend and MultiSends read and extend it.
	MultiSend *[]common.Address `json:"multiSend,omitempty"`
}

// AddMultiSend adds libraries a watched Safe may delegatecall (see
// MultiSend). It copies the list, so configs sharing one stay apart.
func (c *RuleConfig) AddMultiSend(addrs ...common.Address) {
	list := append(append([]common.Address(nil), c.MultiSends()...), addrs...)
	c.MultiSend = &list
}

// MultiSends is the MultiSend list, nil when none is set.
func (c *RuleConfig) MultiSends() []common.Address {
	if c.MultiSend == nil {
		return nil
	}
	return *c.MultiSend
}

// DefaultRules are the thresholds used unless configured otherwise.
func DefaultRules() RuleConfig {
	return RuleConfig{OutflowBps: 500, NewContractBlocks: 100, FundedBlocks: 100,
		PriceDeviationBps: 1000, SharePriceJumpBps: 10000}
}
