package shadow

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"

	"warroom/chain"
)

// Impl is an implementation contract: one deployed at Address, or one not
// deployed yet whose runtime Code a simulation places at Address by a
// state override (Predict gives both).
type Impl struct {
	Address common.Address `json:"address"`
	// Code is the runtime code to place at Address; nil when Address
	// already holds the code.
	Code hexutil.Bytes `json:"code,omitempty"`
}

// Deployed reports whether the implementation is used as deployed rather
// than placed by an override.
func (i Impl) Deployed() bool { return i.Code == nil }

// overrides places the implementation's code, when it has to.
func (i Impl) overrides() Overrides {
	o := Overrides{}
	if i.Code != nil {
		o.SetCode(i.Address, i.Code)
	}
	return o
}

// Predicted is an implementation not deployed yet: where the deployer's
// next contract creation will put it, and the runtime code it will have
// there, immutables filled.
type Predicted struct {
	Deployer common.Address `json:"deployer"`
	// Nonce is the deployer's pending nonce: the creation must be the
	// deployer's next transaction for Address to hold.
	Nonce   uint64         `json:"nonce"`
	Address common.Address `json:"address"`
	Code    hexutil.Bytes  `json:"code"`
}

// Impl is the prediction as an implementation to place by override.
func (p *Predicted) Impl() Impl { return Impl{Address: p.Address, Code: p.Code} }

// Predict runs a contract creation without sending it: eth_call of
// creation (creation bytecode followed by the ABI-encoded constructor
// arguments, no to) from deployer at block (nil for the latest), with the
// deployer's nonce overridden to its pending nonce. The result is the
// runtime code exactly as the real deployment will leave it, immutables
// included: OpenZeppelin's UUPSUpgradeable keeps address(this) in one, and
// a zeroed copy would fail proxiableUUID and upgradeToAndCall. The address
// is CreateAddress(deployer, pending nonce), which matches the real
// deployment as long as it is the deployer's next transaction.
//
// It returns an error wrapping ErrUnavailable when the node has no
// eth_call state overrides or ignores them.
func Predict(ctx context.Context, b chain.RawCaller, deployer common.Address, creation []byte, block *big.Int) (*Predicted, error) {
	if len(creation) == 0 {
		return nil, errors.New("predict deployment: empty creation code")
	}
	var nonce hexutil.Uint64
	if err := b.CallContext(ctx, &nonce, "eth_getTransactionCount", deployer, "pending"); err != nil {
		return nil, fmt.Errorf("predict deployment: pending nonce of %s: %w", deployer.Hex(), chain.NodeError(err))
	}
	if err := probeCall(ctx, b, block); err != nil {
		return nil, err
	}
	o := Overrides{}
	o.SetNonce(deployer, uint64(nonce))
	args := callArgs{From: deployer, Data: creation}
	var code hexutil.Bytes
	if err := b.CallContext(ctx, &code, "eth_call", args, blockArg(block), o); err != nil {
		if data, ok := chain.RevertData(err); ok {
			return nil, fmt.Errorf("predict deployment: the creation code reverted: %s", DecodeRevert(data))
		}
		return nil, fmt.Errorf("predict deployment: eth_call of the creation code: %w", chain.NodeError(err))
	}
	if len(code) == 0 {
		return nil, errors.New("predict deployment: the creation code returned no runtime code")
	}
	return &Predicted{
		Deployer: deployer,
		Nonce:    uint64(nonce),
		Address:  crypto.CreateAddress(deployer, uint64(nonce)),
		Code:     code,
	}, nil
}
