package chain

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rpc"
)

// ErrAlreadyPaused is returned when every target is already paused.
var ErrAlreadyPaused = errors.New("every pausable contract is already paused")

// Signer holds a private key. It signs transactions and never reveals the key:
// it has no method that returns it, and it formats as its address only.
type Signer struct {
	key  *ecdsa.PrivateKey
	addr common.Address
}

// NewSigner wraps a key from an encrypted keystore or a drill's throwaway keys.
func NewSigner(key *ecdsa.PrivateKey) *Signer {
	return &Signer{key: key, addr: crypto.PubkeyToAddress(key.PublicKey)}
}

// Address is the signer's account.
func (s *Signer) Address() common.Address { return s.addr }

// String shows the address, never the key.
func (s *Signer) String() string { return s.addr.Hex() }

// GoString shows the address, never the key, even under %#v.
func (s *Signer) GoString() string { return "chain.Signer{" + s.addr.Hex() + "}" }

// Sign signs tx for chainID.
func (s *Signer) Sign(tx *types.Transaction, chainID *big.Int) (*types.Transaction, error) {
	return types.SignTx(tx, types.LatestSignerForChainID(chainID), s.key)
}

// TransactOpts is for contract deployment and drill traffic through bindings.
func (s *Signer) TransactOpts(chainID *big.Int) *bind.TransactOpts {
	return bind.NewKeyedTransactor(s.key, chainID)
}

// PlanCall builds and signs one transaction calling to with data at the
// given nonce, without sending it: the returned plan is exactly what will be sent.
func PlanCall(ctx context.Context, c Client, s *Signer, dec *Decoder, to common.Address, data []byte, value *big.Int, nonce uint64) (TxPlan, *types.Transaction, error) {
	chainID, err := c.ChainID(ctx)
	if err != nil {
		return TxPlan{}, nil, fmt.Errorf("chain id: %w", err)
	}
	if value == nil {
		value = new(big.Int)
	}
	call := dec.DecodeCall(&to, data)
	gas, err := c.EstimateGas(ctx, ethereum.CallMsg{From: s.addr, To: &to, Data: data, Value: value})
	if err != nil {
		return TxPlan{}, nil, fmt.Errorf("%s on %s would fail: %w", call.Signature, dec.Name(to), err)
	}
	gas = gas * 13 / 10 // headroom: state may move between estimate and inclusion
	head, err := c.HeaderByNumber(ctx, nil)
	if err != nil {
		return TxPlan{}, nil, fmt.Errorf("latest header: %w", err)
	}
	tip, err := c.SuggestGasTipCap(ctx)
	if err != nil {
		return TxPlan{}, nil, fmt.Errorf("gas tip: %w", err)
	}
	if tip.Sign() == 0 {
		tip = big.NewInt(1)
	}
	maxFee := new(big.Int).Add(tip, new(big.Int).Mul(head.BaseFee, big.NewInt(2)))
	unsigned := types.NewTx(&types.DynamicFeeTx{
		ChainID: chainID, Nonce: nonce, GasTipCap: tip, GasFeeCap: maxFee,
		Gas: gas, To: &to, Value: value, Data: data,
	})
	signer := types.LatestSignerForChainID(chainID)
	signed, err := s.Sign(unsigned, chainID)
	if err != nil {
		return TxPlan{}, nil, fmt.Errorf("sign: %w", err)
	}
	return TxPlan{
		ChainID: chainID.Uint64(), Signer: s.addr, To: to, ContractName: dec.Name(to),
		Call: call, Data: hexutil.Encode(data), Value: value, Nonce: nonce, Gas: gas,
		MaxFee: maxFee, MaxTip: tip, Hash: signed.Hash(), SigningHash: signer.Hash(unsigned),
	}, signed, nil
}

// PlanPause builds the pause() transactions for every target not yet paused,
// with consecutive nonces, signed and ready to send.
func PlanPause(ctx context.Context, c Client, s *Signer, dec *Decoder, targets []Watched) ([]TxPlan, []*types.Transaction, error) {
	var (
		plans []TxPlan
		txs   []*types.Transaction
	)
	data := pauseSelector()
	nonce, err := c.PendingNonceAt(ctx, s.addr)
	if err != nil {
		return nil, nil, fmt.Errorf("nonce of %s: %w", s.addr.Hex(), err)
	}
	for _, w := range targets {
		if !w.Pausable {
			continue
		}
		paused, err := ReadPaused(ctx, c, w.Address, nil)
		if err != nil {
			return nil, nil, fmt.Errorf("read paused() of %s: %w", w.Name, err)
		}
		if paused {
			continue
		}
		p, tx, err := PlanCall(ctx, c, s, dec, w.Address, data, nil, nonce+uint64(len(txs)))
		if err != nil {
			return nil, nil, err
		}
		plans, txs = append(plans, p), append(txs, tx)
	}
	if len(plans) == 0 {
		return nil, nil, ErrAlreadyPaused
	}
	return plans, txs, nil
}

// SendAndWait sends a signed transaction and waits until it is mined.
func SendAndWait(ctx context.Context, c Client, tx *types.Transaction, submitted func()) (*types.Receipt, error) {
	if err := c.SendTransaction(ctx, tx); err != nil {
		return nil, fmt.Errorf("send %s: %w", tx.Hash().Hex(), err)
	}
	if submitted != nil {
		submitted()
	}
	r, err := WaitMined(ctx, c, tx.Hash())
	if err != nil {
		return nil, fmt.Errorf("wait for %s: %w", tx.Hash().Hex(), err)
	}
	return r, nil
}

// WaitMined polls for a transaction's receipt until it is mined or ctx ends.
// It polls every 50 ms: a responder waiting on a pause should see it land in
// the block it lands in, not a second later.
func WaitMined(ctx context.Context, c ethereum.TransactionReader, tx common.Hash) (*types.Receipt, error) {
	t := time.NewTicker(50 * time.Millisecond)
	defer t.Stop()
	for {
		r, err := c.TransactionReceipt(ctx, tx)
		if err == nil {
			return r, nil
		}
		if !receiptPending(err) {
			return nil, err
		}
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-t.C:
		}
	}
}

// receiptPending reports whether a receipt lookup failed only because the
// transaction is not mined or not indexed yet.
func receiptPending(err error) bool {
	if errors.Is(err, ethereum.NotFound) {
		return true
	}
	var derr rpc.DataError
	if errors.As(err, &derr) {
		if s, ok := derr.ErrorData().(string); ok && strings.Contains(s, "indexing is in progress") {
			return true
		}
	}
	return strings.Contains(err.Error(), "indexing is in progress")
}

func pauseSelector() []byte { return crypto.Keccak256([]byte("pause()"))[:4] }

// ReadPaused calls paused() on addr at block (nil for latest).
func ReadPaused(ctx context.Context, c ethereum.ContractCaller, addr common.Address, block *big.Int) (bool, error) {
	out, err := c.CallContract(ctx, ethereum.CallMsg{To: &addr, Data: crypto.Keccak256([]byte("paused()"))[:4]}, block)
	if err != nil {
		return false, err
	}
	if len(out) != 32 {
		return false, fmt.Errorf("paused() returned %d bytes, want 32", len(out))
	}
	return out[31] == 1, nil
}
