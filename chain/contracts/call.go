package contracts

import (
	"context"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
)

// Call makes a read-only call packed and unpacked by a generated binding,
// at block (nil for the latest):
//
//	owners, err := contracts.Call(ctx, c, safe, nil, s.PackGetOwners(), s.UnpackGetOwners)
//
// It is bind.Call for callers that have only eth_call, not a whole
// contract backend.
func Call[T any](ctx context.Context, c ethereum.ContractCaller, to common.Address, block *big.Int, data []byte, unpack func([]byte) (T, error)) (T, error) {
	var zero T
	out, err := c.CallContract(ctx, ethereum.CallMsg{To: &to, Data: data}, block)
	if err != nil {
		return zero, err
	}
	return unpack(out)
}
