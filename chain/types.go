package chain

import (
	"fmt"
	"math/big"
	"slices"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

// Severity ranks how urgently a finding needs a human. The zero value is Info.
type Severity int

// Severities, lowest first.
const (
	Info Severity = iota
	Low
	Medium
	High
	Critical
)

var severityNames = [...]string{"info", "low", "medium", "high", "critical"}

// String returns the lowercase name of the severity.
func (s Severity) String() string {
	if s < Info || s > Critical {
		return fmt.Sprintf("severity(%d)", int(s))
	}
	return severityNames[s]
}

// MarshalText encodes the severity by name, so journals stay readable.
func (s Severity) MarshalText() ([]byte, error) { return []byte(s.String()), nil }

// UnmarshalText decodes a severity name.
func (s *Severity) UnmarshalText(b []byte) error {
	v, err := ParseSeverity(string(b))
	if err != nil {
		return err
	}
	*s = v
	return nil
}

// ParseSeverity reads a severity name such as "high".
func ParseSeverity(name string) (Severity, error) {
	for i, n := range severityNames {
		if strings.EqualFold(n, name) {
			return Severity(i), nil
		}
	}
	return Info, fmt.Errorf("unknown severity %q (want one of %s)", name, strings.Join(severityNames[:], ", "))
}

// Watched is a contract the console watches.
type Watched struct {
	Name    string         `json:"name"`
	Address common.Address `json:"address"`
	// Pausable marks contracts that expose paused() and pause().
	Pausable bool `json:"pausable,omitempty"`
	// Role says what the contract is to the protocol: "protocol", "safe",
	// "timelock", or "oracle" (a price source the rules watch; its value
	// is not the protocol's).
	Role string `json:"role,omitempty"`
}

// Roles of watched contracts.
const (
	RoleProtocol = "protocol"
	RoleSafe     = "safe"
	RoleTimelock = "timelock"
	RoleOracle   = "oracle"
)

// BlockInfo is what the console keeps of a block.
type BlockInfo struct {
	Number  uint64      `json:"number"`
	Hash    common.Hash `json:"hash"`
	Parent  common.Hash `json:"parent"`
	Time    time.Time   `json:"time"` // the block's own timestamp
	TxCount int         `json:"txs"`
	GasUsed uint64      `json:"gasUsed"`
	// Touched counts the transactions that touched a watched contract.
	Touched int `json:"touched"`
	// Traced says whether call traces were available for this block.
	Traced bool `json:"traced"`
	// NoTraces says the node gives no call traces at all: the rules that
	// read them (re-entrancy, flash loans, new callers, value moved by
	// inner calls) are off until it does.
	NoTraces bool `json:"noTraces,omitempty"`
	// Prefilter says only the transactions whose receipts touch a watched
	// contract were traced (a node whose block traces are too slow): a
	// reverted attempt that emits nothing goes untraced.
	Prefilter bool `json:"prefilter,omitempty"`
}

// Alert is a transaction that touched a watched contract and tripped at least one rule.
type Alert struct {
	Block uint64    `json:"block"`
	Time  time.Time `json:"time"` // the block's own timestamp
	// Seen is when the alert's event was recorded (wall clock), set by the
	// session's reducer from the event: a dev chain's block timestamps run
	// ahead of the clock at fast block times.
	Seen     time.Time       `json:"seen,omitzero"`
	TxHash   common.Hash     `json:"tx"`
	TxIndex  uint            `json:"index"`
	From     common.Address  `json:"from"`
	To       *common.Address `json:"to,omitempty"`
	Contract common.Address  `json:"contract"`
	// ContractName and Method name the watched contract and the function of it
	// that was called ("Vault", "withdraw").
	ContractName string `json:"contractName"`
	Method       string `json:"method"`
	// Outflow is the net value that left watched contracts in this transaction, in wei.
	Outflow  *big.Int  `json:"outflow"`
	Reverted bool      `json:"reverted,omitempty"`
	Severity Severity  `json:"severity"`
	Findings []Finding `json:"findings"`
	Detail   TxDetail  `json:"detail"`
}

// Top returns the finding that sets the alert's severity.
func (a *Alert) Top() Finding {
	best := Finding{}
	for i, f := range a.Findings {
		if i == 0 || f.Severity > best.Severity {
			best = f
		}
	}
	return best
}

// TxDetail is the evidence behind an alert, kept in the journal.
type TxDetail struct {
	Call DecodedCall `json:"call"`
	// Input is the transaction's calldata, hex: what a shadow test replays.
	Input    string          `json:"input,omitempty"`
	Value    *big.Int        `json:"value"`
	GasUsed  uint64          `json:"gasUsed"`
	Trace    []TraceLine     `json:"trace,omitempty"`
	Logs     []LogLine       `json:"logs,omitempty"`
	Balances []BalanceChange `json:"balances,omitempty"`
	Error    string          `json:"error,omitempty"`
}

// DecodedCall is calldata decoded against the known ABIs.
type DecodedCall struct {
	// Signature is "withdraw(uint256)", or the 4-byte selector when unknown.
	Signature string `json:"sig"`
	Method    string `json:"method"`
	Args      []Arg  `json:"args,omitempty"`
	Raw       string `json:"raw,omitempty"` // hex calldata when it could not be decoded
	Known     bool   `json:"known"`
	Target    string `json:"target,omitempty"` // contract name when known
	// To is the address called, when the call was decoded for one.
	To *common.Address `json:"to,omitempty"`
	// Inner are the calls carried in its bytes arguments, decoded the same
	// way: a timelock's schedule carries the proxy's upgradeToAndCall,
	// which carries the initializer.
	Inner []DecodedCall `json:"inner,omitempty"`
}

// Arg is one decoded argument.
type Arg struct {
	Name  string `json:"name"`
	Type  string `json:"type"`
	Value string `json:"value"`
}

// TraceLine is one call frame of a transaction, flattened in execution order.
type TraceLine struct {
	Depth   int            `json:"depth"`
	Type    string         `json:"type"` // CALL, DELEGATECALL, STATICCALL, CREATE…
	From    common.Address `json:"from"`
	To      common.Address `json:"to"`
	Label   string         `json:"label"` // "Vault.withdraw" or an address
	Value   *big.Int       `json:"value,omitempty"`
	Error   string         `json:"error,omitempty"`
	Reentry bool           `json:"reentry,omitempty"`
}

// LogLine is a decoded log.
type LogLine struct {
	Address common.Address `json:"address"`
	Label   string         `json:"label"` // "Vault.Withdrawn"
	Args    []Arg          `json:"args,omitempty"`
}

// BalanceChange is the change of a watched contract's ether balance in one transaction.
type BalanceChange struct {
	Name    string         `json:"name"`
	Address common.Address `json:"address"`
	Delta   *big.Int       `json:"delta"`
}

// ContractState is what the protocol reader saw of one watched contract.
type ContractState struct {
	Name           string         `json:"name"`
	Address        common.Address `json:"address"`
	Implementation common.Address `json:"implementation"`
	Admin          common.Address `json:"admin"`
	Pausable       bool           `json:"pausable"`
	Paused         bool           `json:"paused"`
	Balance        *big.Int       `json:"balance"` // value held, in wei
}

// SafeState is the Safe that governs the protocol.
type SafeState struct {
	Address   common.Address   `json:"address"`
	Version   string           `json:"version"`
	Owners    []common.Address `json:"owners"`
	Threshold uint64           `json:"threshold"`
	Nonce     uint64           `json:"nonce"`
	// Singleton is the code the Safe proxy runs (its storage slot 0).
	Singleton common.Address `json:"singleton,omitempty"`
	// Unreadable says why the Safe's owners, threshold or nonce could not
	// be read: a Safe whose singleton was swapped for code that is not a
	// Safe (Bybit 2025) answers none of them.
	Unreadable string `json:"unreadable,omitempty"`
}

// TimelockState is the timelock that holds upgrade rights.
type TimelockState struct {
	Address  common.Address `json:"address"`
	MinDelay uint64         `json:"minDelay"` // seconds
}

// BlockResult is what the watcher learned from one block: the block, its
// alerts in transaction order, and the protocol's state when it changed.
type BlockResult struct {
	Block  BlockInfo
	Alerts []Alert
	// Protocol is set when the protocol's state differs from the previous
	// block's (and for the first block).
	Protocol *ProtocolState
	// Approvals are the ApproveHash events of the watched Safes in the
	// block: owners approving a Safe transaction on chain.
	Approvals []HashApproval
	// Reorg, when set, is the only thing the result carries: the blocks
	// processed before are no longer on the node's chain, and the watcher
	// goes on from Reorg.Ancestor+1 on the new branch.
	Reorg *Reorg
}

// Reorg is a chain reorganisation the watcher found: a block whose parent
// is not the block it processed at that height. Dropped are the blocks it
// had processed above the common ancestor, lowest first.
type Reorg struct {
	Ancestor     uint64         `json:"ancestor"`
	AncestorHash common.Hash    `json:"ancestorHash"`
	Dropped      []DroppedBlock `json:"dropped"`
	// Seen is the new branch's block that showed it: its number and hash.
	Seen     uint64      `json:"seen"`
	SeenHash common.Hash `json:"seenHash"`
	// Deep is set when the walk back passed every block the watcher still
	// remembers: the ancestor is then the oldest remembered block below
	// the fork, not a verified one.
	Deep bool `json:"deep,omitempty"`
}

// DroppedBlock is a processed block a reorg took off the chain.
type DroppedBlock struct {
	Number uint64      `json:"number"`
	Hash   common.Hash `json:"hash"`
}

// HashApproval is an owner's on-chain approval of a Safe transaction hash
// (the Safe's approveHash, its ApproveHash event), as a block carried it.
type HashApproval struct {
	Safe   common.Address `json:"safe"`
	Owner  common.Address `json:"owner"`
	Hash   common.Hash    `json:"hash"`
	TxHash common.Hash    `json:"tx"`
	Block  uint64         `json:"block"`
}

// ProtocolState is the protocol as read at one block.
type ProtocolState struct {
	Block     uint64          `json:"block"`
	Contracts []ContractState `json:"contracts"`
	Safe      *SafeState      `json:"safe,omitempty"`
	Timelock  *TimelockState  `json:"timelock,omitempty"`
}

// AllPaused reports whether every pausable contract is paused, and whether any is pausable at all.
func (p *ProtocolState) AllPaused() bool {
	n := 0
	for _, c := range p.Contracts {
		if !c.Pausable {
			continue
		}
		n++
		if !c.Paused {
			return false
		}
	}
	return n > 0
}

// Equal reports whether two readings show the same protocol, ignoring the block.
func (p *ProtocolState) Equal(q *ProtocolState) bool {
	if len(p.Contracts) != len(q.Contracts) {
		return false
	}
	for i, a := range p.Contracts {
		b := q.Contracts[i]
		if a.Address != b.Address || a.Implementation != b.Implementation || a.Admin != b.Admin ||
			a.Paused != b.Paused || !bigEq(a.Balance, b.Balance) {
			return false
		}
	}
	if (p.Safe == nil) != (q.Safe == nil) || (p.Timelock == nil) != (q.Timelock == nil) {
		return false
	}
	if p.Safe != nil {
		a, b := p.Safe, q.Safe
		if a.Threshold != b.Threshold || a.Nonce != b.Nonce || a.Version != b.Version || !slices.Equal(a.Owners, b.Owners) {
			return false
		}
	}
	if p.Timelock != nil && p.Timelock.MinDelay != q.Timelock.MinDelay {
		return false
	}
	return true
}

func bigEq(a, b *big.Int) bool {
	if a == nil || b == nil {
		return a == b
	}
	return a.Cmp(b) == 0
}

// TxPlan is one transaction exactly as it will be signed and sent.
type TxPlan struct {
	ChainID      uint64         `json:"chainId"`
	Signer       common.Address `json:"signer"`
	To           common.Address `json:"to"`
	ContractName string         `json:"contractName"`
	// Creates is the address of the contract the transaction deploys; To is
	// then the zero address and Data the creation code.
	Creates *common.Address `json:"creates,omitempty"`
	Call    DecodedCall     `json:"call"`
	Data    string          `json:"data"` // hex calldata
	Value   *big.Int        `json:"value"`
	Nonce   uint64          `json:"nonce"`
	Gas     uint64          `json:"gas"`
	MaxFee  *big.Int        `json:"maxFeePerGas"`
	MaxTip  *big.Int        `json:"maxPriorityFeePerGas"`
	// Hash is the hash of the signed transaction: what will appear on chain.
	Hash common.Hash `json:"hash"`
	// SigningHash is the digest the key signs.
	SigningHash common.Hash `json:"signingHash"`
}

// MaxCost is the most the transaction can cost the signer: gas × max fee + value.
func (p *TxPlan) MaxCost() *big.Int {
	c := new(big.Int).SetUint64(p.Gas)
	if p.MaxFee != nil {
		c.Mul(c, p.MaxFee)
	}
	if p.Value != nil {
		c.Add(c, p.Value)
	}
	return c
}
