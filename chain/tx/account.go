package tx

import (
	"context"
	"fmt"
	"math/big"
	"sync"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"warroom/chain"
)

// Account sends transactions from one key with nonces it tracks itself, so
// several can be queued for the same block. It is for deployments and drill
// traffic; a responder's actions go through Plan, so they are seen before
// they are signed.
type Account struct {
	*Signer
	b       chain.Transactor
	chainID *big.Int
	tip     *big.Int

	mu    sync.Mutex
	nonce uint64
	ready bool
}

// NewAccount returns an account sending through b on chainID, paying
// DefaultTip.
func NewAccount(b chain.Transactor, s *Signer, chainID *big.Int) *Account {
	return &Account{Signer: s, b: b, chainID: chainID, tip: big.NewInt(DefaultTip)}
}

// Send signs and sends a transaction to to (nil creates a contract). gas 0
// means estimate it, with headroom.
func (a *Account) Send(ctx context.Context, to *common.Address, data []byte, value *big.Int, gas uint64) (*types.Transaction, error) {
	a.mu.Lock()
	defer a.mu.Unlock()
	if !a.ready {
		n, err := a.b.PendingNonceAt(ctx, a.Address())
		if err != nil {
			return nil, fmt.Errorf("nonce of %s: %w", a.Address().Hex(), err)
		}
		a.nonce, a.ready = n, true
	}
	if value == nil {
		value = new(big.Int)
	}
	if gas == 0 {
		g, err := a.b.EstimateGas(ctx, ethereum.CallMsg{From: a.Address(), To: to, Data: data, Value: value})
		if err != nil {
			return nil, fmt.Errorf("estimate gas: %w", err)
		}
		gas = g * 12 / 10
	}
	tip, maxFee, err := fees(ctx, a.b, a.tip)
	if err != nil {
		return nil, err
	}
	tx, err := a.Sign(types.NewTx(&types.DynamicFeeTx{
		ChainID: a.chainID, Nonce: a.nonce, GasTipCap: tip, GasFeeCap: maxFee, Gas: gas, To: to, Value: value, Data: data,
	}), a.chainID)
	if err != nil {
		return nil, err
	}
	if err := a.b.SendTransaction(ctx, tx); err != nil {
		a.ready = false // re-read the nonce next time
		return nil, err
	}
	a.nonce++
	return tx, nil
}
