package timelock

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"

	"warroom/chain"
	"warroom/chain/contracts"
)

// Timelock is a TimelockController at an address.
type Timelock struct {
	addr common.Address
	abi  *contracts.TimelockController
}

// At returns the timelock at addr.
func At(addr common.Address) *Timelock {
	return &Timelock{addr: addr, abi: contracts.NewTimelockController()}
}

// Address is where the timelock lives.
func (t *Timelock) Address() common.Address { return t.addr }

// State reads the timelock's minimum delay at block (nil for the latest).
func (t *Timelock) State(ctx context.Context, c ethereum.ContractCaller, block *big.Int) (*chain.TimelockState, error) {
	d, err := contracts.Call(ctx, c, t.addr, block, t.abi.PackGetMinDelay(), t.abi.UnpackGetMinDelay)
	if err != nil {
		return nil, fmt.Errorf("getMinDelay() on timelock %s: %w", t.addr.Hex(), err)
	}
	return &chain.TimelockState{Address: t.addr, MinDelay: d.Uint64()}, nil
}
