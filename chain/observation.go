package chain

import (
	"context"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
)

// CallFrame is one frame of a transaction's call trace, in the shape of
// geth's callTracer output.
type CallFrame struct {
	Type         string          `json:"type"` // CALL, DELEGATECALL, STATICCALL, CREATE…
	From         common.Address  `json:"from"`
	To           *common.Address `json:"to,omitempty"`
	Value        *hexutil.Big    `json:"value,omitempty"`
	Gas          hexutil.Uint64  `json:"gas"`
	GasUsed      hexutil.Uint64  `json:"gasUsed"`
	Input        hexutil.Bytes   `json:"input"`
	Output       hexutil.Bytes   `json:"output,omitempty"`
	Error        string          `json:"error,omitempty"`
	RevertReason string          `json:"revertReason,omitempty"`
	Calls        []CallFrame     `json:"calls,omitempty"`
}

// Callee is the address the frame calls or creates, or the zero address.
func (f *CallFrame) Callee() common.Address {
	if f.To == nil {
		return common.Address{}
	}
	return *f.To
}

// Wei is the value the frame carries, nil when none.
func (f *CallFrame) Wei() *big.Int {
	if f.Value == nil {
		return nil
	}
	return f.Value.ToInt()
}

// Self is the address whose storage and balance the frame's code acts on:
// the callee for CALL and CREATE, the caller for DELEGATECALL and CALLCODE.
func (f *CallFrame) Self() common.Address {
	switch f.Type {
	case "DELEGATECALL", "CALLCODE":
		return f.From
	}
	return f.Callee()
}

// TxObservation is one transaction as the rules see it.
type TxObservation struct {
	Tx      *types.Transaction
	From    common.Address
	Receipt *types.Receipt
	// Trace is the transaction's call trace, nil when the node gave none.
	Trace *CallFrame
	// Prepared is what the Classifier's Prepare made of this transaction
	// with this Trace, nil when it was not prepared ahead.
	Prepared any
}

// BlockObservation is one block as the rules see it.
type BlockObservation struct {
	Info BlockInfo
	Txs  []TxObservation
	// Balances are the watched contracts' ether balances at the parent block.
	Balances map[common.Address]*big.Int
}

// Classifier turns an observed block into alerts: the detection engine.
// It keeps what it learns (contracts created), so blocks come in order.
type Classifier interface {
	// Classify returns the block's alerts in transaction order and how many
	// of its transactions touched a watched contract.
	Classify(ctx context.Context, b *BlockObservation) ([]Alert, int)
}

// Preparer is a Classifier that does the part of a transaction's
// classification that depends on that transaction alone (walking its
// trace) ahead of Classify, while the block's later transactions are still
// being traced; Classify takes it from TxObservation.Prepared. Prepare
// changes nothing the classifier has learned, so what it made of a block
// whose trace then failed is dropped, and the block classified again from
// the start. It is never called at the same time as Classify.
type Preparer interface {
	Prepare(o *TxObservation) any
}
