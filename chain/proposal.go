package chain

import (
	"math/big"

	"github.com/ethereum/go-ethereum/common"
)

// SafeOperation is how a Safe runs a transaction: a call, or a delegatecall
// that runs the target's code as the Safe itself.
type SafeOperation uint8

// Safe operations.
const (
	SafeCall         SafeOperation = 0
	SafeDelegateCall SafeOperation = 1
)

// String names the operation.
func (o SafeOperation) String() string {
	switch o {
	case SafeCall:
		return "call"
	case SafeDelegateCall:
		return "delegatecall"
	}
	return "operation(" + big.NewInt(int64(o)).String() + ")"
}

// SafeTx is a Safe multisig transaction, exactly the fields its EIP-712
// SafeTx struct hashes, with the hashes a signer compares with their
// wallet's screen. Amounts are wei.
type SafeTx struct {
	Safe           common.Address `json:"safe"`
	ChainID        uint64         `json:"chainId"`
	To             common.Address `json:"to"`
	Value          *big.Int       `json:"value"`
	Data           string         `json:"data"` // hex calldata
	Operation      SafeOperation  `json:"operation"`
	SafeTxGas      *big.Int       `json:"safeTxGas"`
	BaseGas        *big.Int       `json:"baseGas"`
	GasPrice       *big.Int       `json:"gasPrice"`
	GasToken       common.Address `json:"gasToken"`
	RefundReceiver common.Address `json:"refundReceiver"`
	Nonce          uint64         `json:"nonce"`

	// DomainHash, MessageHash and SafeTxHash are the EIP-712 hashes
	// (Safe 1.3 and later: the chain id is in the domain).
	DomainHash  common.Hash `json:"domainHash"`
	MessageHash common.Hash `json:"messageHash"`
	SafeTxHash  common.Hash `json:"safeTxHash"`

	// Call is Data decoded, with the layers below it (a timelock's
	// schedule wrapping a proxy's upgradeToAndCall wrapping an
	// initializer) in Call.Inner.
	Call DecodedCall `json:"call"`
}

// Proposal is an upgrade routed through governance: the Safe schedules the
// upgrade on the timelock (nonce n) and, once the delay has passed, executes
// it (nonce n+1). Both Safe transactions are signed in one round.
type Proposal struct {
	ChainID  uint64         `json:"chainId"`
	Safe     common.Address `json:"safe"`
	Timelock common.Address `json:"timelock"`
	Proxy    common.Address `json:"proxy"`
	// From and To are the implementations before and after.
	From common.Address `json:"from"`
	To   common.Address `json:"to"`
	// Upgrade is the call the timelock makes on the proxy:
	// upgradeToAndCall(To, Init).
	Upgrade     DecodedCall `json:"upgrade"`
	UpgradeData string      `json:"upgradeData"` // hex
	// Init is the initializer run by upgradeToAndCall, "0x" for none.
	Init string `json:"init"`
	// The timelock operation.
	Predecessor common.Hash `json:"predecessor"`
	Salt        common.Hash `json:"salt"`
	Delay       uint64      `json:"delay"` // seconds
	OperationID common.Hash `json:"operationId"`
	// Schedule and Execute are the two Safe transactions of the route.
	Schedule SafeTx `json:"schedule"`
	Execute  SafeTx `json:"execute"`
}
