package tx

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"warroom/chain"
)

// DefaultTip is the priority fee, in wei, that transactions pay unless told
// otherwise: 1 gwei.
const DefaultTip = 1_000_000_000

// gasHeadroom is how much above the estimate a responder's transaction may
// burn: state can move between the estimate and inclusion. In percent.
const gasHeadroom = 130

// Options say how a plan is built. The zero value is what Plan and
// PlanCreate use.
type Options struct {
	// Tip is the priority fee per gas to offer; nil takes the node's
	// suggestion (at least 1 wei). An incident raises it so its pause is
	// in the next block, not the one after.
	Tip *big.Int
	// ABIs name the custom errors of a call that would revert (the
	// implementations', the watched contracts'), so "would fail" says why.
	// Error(string) and Panic(uint256) need none.
	ABIs []*abi.ABI
}

// Plan builds and signs one transaction calling to with data at the given
// nonce, without sending it: the returned plan is exactly what will be sent,
// and the signed transaction is what to send.
func Plan(ctx context.Context, b chain.Transactor, s *Signer, dec chain.CallDecoder, to common.Address, data []byte, value *big.Int, nonce uint64) (chain.TxPlan, *types.Transaction, error) {
	return plan(ctx, b, s, dec, &to, data, value, nonce, Options{})
}

// PlanCreate builds and signs a contract creation at the given nonce: the
// plan says which address the contract will have.
func PlanCreate(ctx context.Context, b chain.Transactor, s *Signer, dec chain.CallDecoder, creation []byte, nonce uint64) (chain.TxPlan, *types.Transaction, error) {
	return plan(ctx, b, s, dec, nil, creation, nil, nonce, Options{})
}

// PlanWith is Plan with options: the tip to offer, the ABIs that decode a
// revert.
func PlanWith(ctx context.Context, b chain.Transactor, s *Signer, dec chain.CallDecoder, to common.Address, data []byte, value *big.Int, nonce uint64, o Options) (chain.TxPlan, *types.Transaction, error) {
	return plan(ctx, b, s, dec, &to, data, value, nonce, o)
}

// PlanCreateWith is PlanCreate with options.
func PlanCreateWith(ctx context.Context, b chain.Transactor, s *Signer, dec chain.CallDecoder, creation []byte, nonce uint64, o Options) (chain.TxPlan, *types.Transaction, error) {
	return plan(ctx, b, s, dec, nil, creation, nil, nonce, o)
}

func plan(ctx context.Context, b chain.Transactor, s *Signer, dec chain.CallDecoder, to *common.Address, data []byte, value *big.Int, nonce uint64, o Options) (chain.TxPlan, *types.Transaction, error) {
	chainID, err := b.ChainID(ctx)
	if err != nil {
		return chain.TxPlan{}, nil, fmt.Errorf("chain id: %w", err)
	}
	if value == nil {
		value = new(big.Int)
	}
	call := dec.DecodeCall(to, data)
	what := "the contract creation"
	if to != nil {
		what = call.Signature + " on " + dec.Name(*to)
	}
	gas, err := b.EstimateGas(ctx, ethereum.CallMsg{From: s.addr, To: to, Data: data, Value: value})
	if err != nil {
		return chain.TxPlan{}, nil, fmt.Errorf("%s would fail: %w", what, CallError(err, o.ABIs...))
	}
	gas = gas * gasHeadroom / 100
	tip, maxFee, err := fees(ctx, b, o.Tip)
	if err != nil {
		return chain.TxPlan{}, nil, err
	}
	if err := canPay(ctx, b, s, what, gas, maxFee, value); err != nil {
		return chain.TxPlan{}, nil, err
	}
	p := chain.TxPlan{
		ChainID: chainID.Uint64(), Signer: s.addr, Call: call, Data: hexutil.Encode(data), Value: value, Nonce: nonce, Gas: gas,
		MaxFee: maxFee, MaxTip: tip,
	}
	if to != nil {
		p.To, p.ContractName = *to, dec.Name(*to)
	} else {
		created := crypto.CreateAddress(s.addr, nonce)
		p.Creates = &created
	}
	signed, err := signPlan(s, chainID, &p, to, data)
	if err != nil {
		return chain.TxPlan{}, nil, err
	}
	return p, signed, nil
}

// canPay refuses, before anything is signed, a signer who cannot pay the
// worst case (gas at the max fee, plus the value): the node would refuse
// it, in the middle of an incident.
func canPay(ctx context.Context, b chain.Transactor, s *Signer, what string, gas uint64, maxFee, value *big.Int) error {
	cost := new(big.Int).Add(new(big.Int).Mul(new(big.Int).SetUint64(gas), maxFee), value)
	bal, err := b.BalanceAt(ctx, s.addr, nil)
	if err != nil {
		return fmt.Errorf("balance of %s: %w", s.addr.Hex(), err)
	}
	if bal.Cmp(cost) < 0 {
		return fmt.Errorf("%s: %w: %s holds %s and it needs up to %s (%d gas at %s gwei%s); fund it first",
			what, ErrInsufficientFunds, s.addr.Hex(), chain.FormatEther(bal, 6), chain.FormatEther(cost, 6), gas, gwei(maxFee), valueNote(value))
	}
	return nil
}

// signPlan signs the dynamic-fee transaction p describes (to nil creates a
// contract) and fills in its hashes.
func signPlan(s *Signer, chainID *big.Int, p *chain.TxPlan, to *common.Address, data []byte) (*types.Transaction, error) {
	unsigned := types.NewTx(&types.DynamicFeeTx{
		ChainID: chainID, Nonce: p.Nonce, GasTipCap: p.MaxTip, GasFeeCap: p.MaxFee,
		Gas: p.Gas, To: to, Value: p.Value, Data: data,
	})
	signed, err := s.Sign(unsigned, chainID)
	if err != nil {
		return nil, fmt.Errorf("sign: %w", err)
	}
	p.Hash, p.SigningHash = signed.Hash(), types.LatestSignerForChainID(chainID).Hash(unsigned)
	return signed, nil
}

// fees picks EIP-1559 fees: the given tip (the node's suggestion when nil,
// at least 1 wei) and a max fee of twice the latest base fee plus the tip,
// which survives several blocks of rising base fees.
func fees(ctx context.Context, b chain.Transactor, tip *big.Int) (*big.Int, *big.Int, error) {
	head, err := b.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, nil, fmt.Errorf("latest header: %w", err)
	}
	if tip == nil {
		if tip, err = b.SuggestGasTipCap(ctx); err != nil {
			return nil, nil, fmt.Errorf("gas tip: %w", err)
		}
		if tip.Sign() == 0 {
			tip = big.NewInt(1)
		}
	}
	base := head.BaseFee
	if base == nil {
		base = new(big.Int)
	}
	return tip, new(big.Int).Add(tip, new(big.Int).Mul(base, big.NewInt(2))), nil
}

// ReceiptReader reads receipts.
type ReceiptReader interface {
	TransactionReceipt(ctx context.Context, tx common.Hash) (*types.Receipt, error)
}

// WaitMined polls for a transaction's receipt until it is mined or ctx ends.
// It polls every 50 ms: a responder waiting on a pause should see it land in
// the block it lands in, not a second later. A node that fails to answer is
// asked again, so a hiccup does not make a pause look failed; when ctx ends
// the error says what the node last answered.
func WaitMined(ctx context.Context, b ReceiptReader, tx common.Hash) (*types.Receipt, error) {
	t := time.NewTicker(50 * time.Millisecond)
	defer t.Stop()
	var last error
	for {
		r, err := b.TransactionReceipt(ctx, tx)
		if err == nil {
			return r, nil
		}
		if err := chain.NodeError(err); !errors.Is(err, chain.ErrNotYet) {
			last = err
		}
		select {
		case <-ctx.Done():
			if last != nil {
				return nil, fmt.Errorf("waiting for %s to be mined: %w (the node last answered: %v)", tx.Hex(), ctx.Err(), last)
			}
			return nil, fmt.Errorf("waiting for %s to be mined: %w", tx.Hex(), ctx.Err())
		case <-t.C:
		}
	}
}

// ErrInsufficientFunds is a signer that cannot pay for a transaction.
var ErrInsufficientFunds = errors.New("insufficient funds")

func gwei(wei *big.Int) string {
	r := new(big.Rat).SetFrac(wei, big.NewInt(1_000_000_000))
	return r.FloatString(3)
}

func valueNote(v *big.Int) string {
	if v.Sign() == 0 {
		return ""
	}
	return " plus the " + chain.FormatEther(v, 6) + " it sends"
}
