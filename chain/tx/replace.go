package tx

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"

	"warroom/chain"
)

// Nodes accept a transaction in place of a pending one of the same sender
// and nonce only when it pays enough more: geth's pool wants at least 10 %
// more on both the tip and the fee cap (txpool.PriceBump); others ask as
// much or a little more. A speed-up doubles the tip and raises the fee cap
// by at least replaceBump percent, which clears them all.
const replaceBump = 25

// ReplacementFees are the fees of a transaction that replaces one paying
// oldTip and oldMaxFee: a tip of at least twice the old one (tip, the
// offered or suggested tip, when it is higher), and a max fee that is at
// least replaceBump % above the old one, keeps the old headroom above the
// tip, and covers twice the base fee plus the new tip, as a new plan's
// would. base may be nil (a chain without a base fee).
func ReplacementFees(oldTip, oldMaxFee, tip, base *big.Int) (newTip, newMaxFee *big.Int) {
	newTip = new(big.Int).Mul(oldTip, big.NewInt(2))
	if newTip.Sign() == 0 {
		newTip.SetInt64(1)
	}
	if tip != nil && tip.Cmp(newTip) > 0 {
		newTip.Set(tip)
	}
	// ceil(old × (100+bump) / 100): never round a bump below the threshold.
	bumped := new(big.Int).Mul(oldMaxFee, big.NewInt(100+replaceBump))
	bumped.Add(bumped, big.NewInt(99)).Div(bumped, big.NewInt(100))
	if bumped.Cmp(oldMaxFee) <= 0 {
		bumped.Add(oldMaxFee, big.NewInt(1))
	}
	newMaxFee = bumped
	// The old headroom of the fee cap over the tip, kept over the new tip.
	if h := new(big.Int).Add(oldMaxFee, new(big.Int).Sub(newTip, oldTip)); h.Cmp(newMaxFee) > 0 {
		newMaxFee = h
	}
	if base != nil {
		if fresh := new(big.Int).Add(new(big.Int).Mul(base, big.NewInt(2)), newTip); fresh.Cmp(newMaxFee) > 0 {
			newMaxFee = fresh
		}
	}
	if newTip.Cmp(newMaxFee) > 0 {
		newMaxFee = new(big.Int).Set(newTip)
	}
	return newTip, newMaxFee
}

// ErrNotReplaceable is a plan a speed-up cannot re-sign: it is not the
// signer's, or it does not describe a dynamic-fee transaction.
var ErrNotReplaceable = errors.New("cannot be replaced")

// SpeedUp re-signs the transaction old describes, to replace it while it
// is pending: the same chain, nonce, target, calldata, value and gas, so
// the same call, with the higher fees of ReplacementFees (o.Tip, or the
// node's suggestion when nil, is the least tip it offers). The returned
// plan keeps old's decoded call; its hashes are the replacement's. Like a
// plan, it is refused before anything is signed when the signer cannot
// pay the new worst case.
func SpeedUp(ctx context.Context, b chain.Transactor, s *Signer, old chain.TxPlan, o Options) (chain.TxPlan, *types.Transaction, error) {
	if old.Signer != s.addr {
		return chain.TxPlan{}, nil, fmt.Errorf("transaction %s: %w by %s: %s signed it", old.Hash.Hex(), ErrNotReplaceable, s.addr.Hex(), old.Signer.Hex())
	}
	if old.MaxTip == nil || old.MaxFee == nil {
		return chain.TxPlan{}, nil, fmt.Errorf("transaction %s: %w: its plan has no EIP-1559 fees", old.Hash.Hex(), ErrNotReplaceable)
	}
	data, err := hexutil.Decode(old.Data)
	if err != nil {
		return chain.TxPlan{}, nil, fmt.Errorf("transaction %s: %w: its calldata %q is not hex", old.Hash.Hex(), ErrNotReplaceable, old.Data)
	}
	chainID, err := b.ChainID(ctx)
	if err != nil {
		return chain.TxPlan{}, nil, fmt.Errorf("chain id: %w", err)
	}
	if chainID.Uint64() != old.ChainID {
		return chain.TxPlan{}, nil, fmt.Errorf("transaction %s is for chain %d and the node answers chain id %d: %w", old.Hash.Hex(), old.ChainID, chainID.Uint64(), ErrNotReplaceable)
	}
	head, err := b.HeaderByNumber(ctx, nil)
	if err != nil {
		return chain.TxPlan{}, nil, fmt.Errorf("latest header: %w", err)
	}
	tip := o.Tip
	if tip == nil {
		if tip, err = b.SuggestGasTipCap(ctx); err != nil {
			return chain.TxPlan{}, nil, fmt.Errorf("gas tip: %w", err)
		}
	}
	p := old
	p.Value = new(big.Int)
	if old.Value != nil {
		p.Value.Set(old.Value)
	}
	p.MaxTip, p.MaxFee = ReplacementFees(old.MaxTip, old.MaxFee, tip, head.BaseFee)
	what := "the speed-up of " + old.Hash.Hex()
	if err := canPay(ctx, b, s, what, p.Gas, p.MaxFee, p.Value); err != nil {
		return chain.TxPlan{}, nil, err
	}
	var to *common.Address
	if old.Creates == nil {
		to = &p.To
	}
	signed, err := signPlan(s, chainID, &p, to, data)
	if err != nil {
		return chain.TxPlan{}, nil, err
	}
	return p, signed, nil
}
