package safe

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/common/math"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/signer/core/apitypes"

	"warroom/chain"
	"warroom/chain/contracts"
)

// The EIP-712 types a Safe 1.3 or later hashes a transaction with, exactly
// as the Safe's own DOMAIN_SEPARATOR_TYPEHASH and SAFE_TX_TYPEHASH spell
// them. Safes before 1.3 have no chain id in the domain and are not
// supported.
const (
	DomainType = "EIP712Domain(uint256 chainId,address verifyingContract)"
	SafeTxType = "SafeTx(address to,uint256 value,bytes data,uint8 operation,uint256 safeTxGas,uint256 baseGas,uint256 gasPrice,address gasToken,address refundReceiver,uint256 nonce)"
)

// Errors of the Safe transaction model.
var (
	// ErrInvalidTx is a Safe transaction that cannot be hashed or sent: no
	// Safe or chain id, calldata that is not hex, an operation other than
	// call or delegatecall, an amount that is negative or wider than 256
	// bits.
	ErrInvalidTx = errors.New("invalid safe transaction")
	// ErrHashMismatch is a Safe whose own getTransactionHash differs from
	// the hash computed here: the chain id, the Safe's version or a field
	// is not what we think it is, and nothing should be signed or sent.
	ErrHashMismatch = errors.New("the safe's own transaction hash differs from the one computed here")
)

// Hashes are a Safe transaction's EIP-712 hashes: what a hardware wallet
// shows a signer.
type Hashes struct {
	// Domain is hashStruct(EIP712Domain{chainId, verifyingContract: Safe}).
	Domain common.Hash
	// Message is hashStruct(SafeTx{…}).
	Message common.Hash
	// SafeTx is keccak256(0x19 ‖ 0x01 ‖ Domain ‖ Message), what owners sign.
	SafeTx common.Hash
}

// NewCall is a Safe transaction that calls to with value and data at
// nonce: no gas refund (safeTxGas, baseGas and gasPrice zero, no gas token,
// no refund receiver), as the Safe's owners sign a governance call. Its
// hashes are filled; Call is left for the caller to decode.
func NewCall(chainID uint64, safe, to common.Address, value *big.Int, data []byte, nonce uint64) (chain.SafeTx, error) {
	if value == nil {
		value = new(big.Int)
	}
	tx := chain.SafeTx{
		Safe: safe, ChainID: chainID, To: to, Value: new(big.Int).Set(value), Data: hexutil.Encode(data),
		Operation: chain.SafeCall, SafeTxGas: new(big.Int), BaseGas: new(big.Int), GasPrice: new(big.Int), Nonce: nonce,
	}
	return tx, Fill(&tx)
}

// TypedData is tx as EIP-712 typed data, the form eth_signTypedData_v4 and
// hardware wallets take: numbers as decimal strings, addresses and calldata
// as hex.
func TypedData(tx *chain.SafeTx) (apitypes.TypedData, error) {
	if err := check(tx); err != nil {
		return apitypes.TypedData{}, err
	}
	data := tx.Data
	if data == "" {
		data = "0x"
	}
	return apitypes.TypedData{
		Types: apitypes.Types{
			"EIP712Domain": {{Name: "chainId", Type: "uint256"}, {Name: "verifyingContract", Type: "address"}},
			"SafeTx": {
				{Name: "to", Type: "address"}, {Name: "value", Type: "uint256"}, {Name: "data", Type: "bytes"},
				{Name: "operation", Type: "uint8"}, {Name: "safeTxGas", Type: "uint256"}, {Name: "baseGas", Type: "uint256"},
				{Name: "gasPrice", Type: "uint256"}, {Name: "gasToken", Type: "address"}, {Name: "refundReceiver", Type: "address"},
				{Name: "nonce", Type: "uint256"},
			},
		},
		PrimaryType: "SafeTx",
		Domain: apitypes.TypedDataDomain{
			ChainId:           (*math.HexOrDecimal256)(new(big.Int).SetUint64(tx.ChainID)),
			VerifyingContract: tx.Safe.Hex(),
		},
		Message: apitypes.TypedDataMessage{
			"to":             tx.To.Hex(),
			"value":          num(tx.Value).String(),
			"data":           data,
			"operation":      big.NewInt(int64(tx.Operation)).String(),
			"safeTxGas":      num(tx.SafeTxGas).String(),
			"baseGas":        num(tx.BaseGas).String(),
			"gasPrice":       num(tx.GasPrice).String(),
			"gasToken":       tx.GasToken.Hex(),
			"refundReceiver": tx.RefundReceiver.Hex(),
			"nonce":          new(big.Int).SetUint64(tx.Nonce).String(),
		},
	}, nil
}

// Hash computes tx's EIP-712 hashes with go-ethereum's EIP-712 encoder.
func Hash(tx *chain.SafeTx) (Hashes, error) {
	td, err := TypedData(tx)
	if err != nil {
		return Hashes{}, err
	}
	domain, err := td.HashStruct("EIP712Domain", td.Domain.Map())
	if err != nil {
		return Hashes{}, fmt.Errorf("%w: domain: %v", ErrInvalidTx, err)
	}
	msg, err := td.HashStruct(td.PrimaryType, td.Message)
	if err != nil {
		return Hashes{}, fmt.Errorf("%w: %v", ErrInvalidTx, err)
	}
	return Hashes{
		Domain:  common.BytesToHash(domain),
		Message: common.BytesToHash(msg),
		SafeTx:  crypto.Keccak256Hash([]byte{0x19, 0x01}, domain, msg),
	}, nil
}

// Fill computes tx's hashes and sets its DomainHash, MessageHash and
// SafeTxHash.
func Fill(tx *chain.SafeTx) error {
	h, err := Hash(tx)
	if err != nil {
		return err
	}
	tx.DomainHash, tx.MessageHash, tx.SafeTxHash = h.Domain, h.Message, h.SafeTx
	return nil
}

// OnChainHash reads tx's hash from its Safe's own getTransactionHash at
// block (nil for the latest).
func OnChainHash(ctx context.Context, c ethereum.ContractCaller, tx *chain.SafeTx, block *big.Int) (common.Hash, error) {
	data, err := Calldata(tx)
	if err != nil {
		return common.Hash{}, err
	}
	s := contracts.NewSafe()
	h, err := contracts.Call(ctx, c, tx.Safe, block, s.PackGetTransactionHash(tx.To, num(tx.Value), data, uint8(tx.Operation),
		num(tx.SafeTxGas), num(tx.BaseGas), num(tx.GasPrice), tx.GasToken, tx.RefundReceiver, new(big.Int).SetUint64(tx.Nonce)),
		s.UnpackGetTransactionHash)
	if err != nil {
		return common.Hash{}, fmt.Errorf("getTransactionHash() on Safe %s: %w", tx.Safe.Hex(), err)
	}
	return h, nil
}

// Verify fills tx's hashes and checks the safeTxHash against the Safe's own
// getTransactionHash on the chain c reaches. When they differ it returns an
// error wrapping ErrHashMismatch that names both, and says whether the
// domain (chain id, Safe address) is where they part.
func Verify(ctx context.Context, c ethereum.ContractCaller, tx *chain.SafeTx) error {
	if err := Fill(tx); err != nil {
		return err
	}
	got, err := OnChainHash(ctx, c, tx, nil)
	if err != nil {
		return err
	}
	if got == tx.SafeTxHash {
		return nil
	}
	where := ""
	s := contracts.NewSafe()
	if dom, err := contracts.Call(ctx, c, tx.Safe, nil, s.PackDomainSeparator(), s.UnpackDomainSeparator); err == nil && common.Hash(dom) != tx.DomainHash {
		where = fmt.Sprintf(" (its domain separator is %s, ours %s for chain id %d: another chain or not a Safe 1.3+)",
			common.Hash(dom).Hex(), tx.DomainHash.Hex(), tx.ChainID)
	}
	return fmt.Errorf("safe %s nonce %d: getTransactionHash answers %s, computed here %s%s: %w",
		tx.Safe.Hex(), tx.Nonce, got.Hex(), tx.SafeTxHash.Hex(), where, ErrHashMismatch)
}

// ExecTransactionData is the calldata of the Safe's execTransaction for tx with the
// owners' signatures (65 bytes each, sorted by signer address ascending, as
// the Safe requires).
func ExecTransactionData(tx *chain.SafeTx, signatures []byte) ([]byte, error) {
	if err := check(tx); err != nil {
		return nil, err
	}
	data, _ := Calldata(tx)
	return contracts.NewSafe().PackExecTransaction(tx.To, num(tx.Value), data, uint8(tx.Operation),
		num(tx.SafeTxGas), num(tx.BaseGas), num(tx.GasPrice), tx.GasToken, tx.RefundReceiver, signatures), nil
}

// check says what makes tx impossible to hash or send.
func check(tx *chain.SafeTx) error {
	switch {
	case tx.Safe == (common.Address{}):
		return fmt.Errorf("%w: no Safe address (the verifying contract)", ErrInvalidTx)
	case tx.ChainID == 0:
		return fmt.Errorf("%w: chain id 0; want the chain the Safe is on (1 for Ethereum)", ErrInvalidTx)
	case tx.Operation != chain.SafeCall && tx.Operation != chain.SafeDelegateCall:
		return fmt.Errorf("%w: operation %d; want 0 (call) or 1 (delegatecall)", ErrInvalidTx, uint8(tx.Operation))
	}
	for _, f := range []struct {
		name string
		v    *big.Int
	}{{"value", tx.Value}, {"safeTxGas", tx.SafeTxGas}, {"baseGas", tx.BaseGas}, {"gasPrice", tx.GasPrice}} {
		if f.v != nil && (f.v.Sign() < 0 || f.v.BitLen() > 256) {
			return fmt.Errorf("%w: %s %s is not a uint256", ErrInvalidTx, f.name, f.v)
		}
	}
	_, err := Calldata(tx)
	return err
}

// Calldata is tx.Data as bytes: 0x-prefixed hex, "" and "0x" for none.
func Calldata(tx *chain.SafeTx) ([]byte, error) {
	if tx.Data == "" {
		return []byte{}, nil
	}
	b, err := hexutil.Decode(tx.Data)
	if err != nil {
		return nil, fmt.Errorf("%w: data %q: %v; want 0x-prefixed hex calldata", ErrInvalidTx, short(tx.Data), err)
	}
	return b, nil
}

// num is x, or zero for nil.
func num(x *big.Int) *big.Int {
	if x == nil {
		return new(big.Int)
	}
	return x
}

func short(s string) string {
	if len(s) <= 20 {
		return s
	}
	return s[:20] + "…"
}

// EncodeTransactionData is what the Safe's encodeTransactionData returns
// for tx: 0x19 ‖ 0x01 ‖ domain hash ‖ message hash, the preimage of the
// safeTxHash, and the data a Safe up to 1.4.1 hands an owner contract's
// isValidSignature.
func EncodeTransactionData(tx *chain.SafeTx) ([]byte, error) {
	h, err := Hash(tx)
	if err != nil {
		return nil, err
	}
	return append(append([]byte{0x19, 0x01}, h.Domain[:]...), h.Message[:]...), nil
}
