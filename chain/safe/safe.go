package safe

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"

	"warroom/chain"
	"warroom/chain/contracts"
)

// Safe is a Safe multisig at an address.
type Safe struct {
	addr common.Address
	abi  *contracts.Safe
}

// At returns the Safe at addr.
func At(addr common.Address) *Safe {
	return &Safe{addr: addr, abi: contracts.NewSafe()}
}

// Address is where the Safe lives.
func (s *Safe) Address() common.Address { return s.addr }

// State reads the Safe's owners, threshold, nonce and version at block (nil
// for the latest). A Safe too old to report VERSION() is read without one.
func (s *Safe) State(ctx context.Context, c ethereum.ContractCaller, block *big.Int) (*chain.SafeState, error) {
	st := &chain.SafeState{Address: s.addr}
	var err error
	if st.Owners, err = contracts.Call(ctx, c, s.addr, block, s.abi.PackGetOwners(), s.abi.UnpackGetOwners); err != nil {
		return nil, fmt.Errorf("getOwners() on Safe %s: %w", s.addr.Hex(), err)
	}
	threshold, err := contracts.Call(ctx, c, s.addr, block, s.abi.PackGetThreshold(), s.abi.UnpackGetThreshold)
	if err != nil {
		return nil, fmt.Errorf("getThreshold() on Safe %s: %w", s.addr.Hex(), err)
	}
	nonce, err := contracts.Call(ctx, c, s.addr, block, s.abi.PackNonce(), s.abi.UnpackNonce)
	if err != nil {
		return nil, fmt.Errorf("nonce() on Safe %s: %w", s.addr.Hex(), err)
	}
	st.Threshold, st.Nonce = threshold.Uint64(), nonce.Uint64()
	if v, err := contracts.Call(ctx, c, s.addr, block, s.abi.PackVERSION(), s.abi.UnpackVERSION); err == nil {
		st.Version = v
	}
	return st, nil
}

// Nonce reads the Safe's nonce at block (nil for the latest): the nonce its
// next transaction must carry.
func (s *Safe) Nonce(ctx context.Context, c ethereum.ContractCaller, block *big.Int) (uint64, error) {
	n, err := contracts.Call(ctx, c, s.addr, block, s.abi.PackNonce(), s.abi.UnpackNonce)
	if err != nil {
		return 0, fmt.Errorf("nonce() on Safe %s: %w", s.addr.Hex(), err)
	}
	if !n.IsUint64() {
		return 0, fmt.Errorf("nonce() on Safe %s answers %s, beyond any nonce a Safe reaches", s.addr.Hex(), n)
	}
	return n.Uint64(), nil
}

// ApprovedHash reports whether owner has approved hash on the Safe with
// approveHash (approvedHashes(owner, hash) != 0) at block (nil for the
// latest). An approval is never revoked.
func (s *Safe) ApprovedHash(ctx context.Context, c ethereum.ContractCaller, owner common.Address, hash common.Hash, block *big.Int) (bool, error) {
	n, err := contracts.Call(ctx, c, s.addr, block, s.abi.PackApprovedHashes(owner, hash), s.abi.UnpackApprovedHashes)
	if err != nil {
		return false, fmt.Errorf("approvedHashes(%s, %s) on Safe %s: %w", owner.Hex(), hash.Hex(), s.addr.Hex(), err)
	}
	return n.Sign() != 0, nil
}
