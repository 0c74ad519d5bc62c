package tx

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"warroom/chain"
)

// NonceReader reads receipts and an account's nonce at a block (nil: the
// latest): what following a transaction and its replacements needs.
type NonceReader interface {
	ReceiptReader
	NonceAt(ctx context.Context, account common.Address, block *big.Int) (uint64, error)
}

// ErrNonceTaken is a nonce used by a mined transaction that is none of the
// ones followed: they will never be mined.
var ErrNonceTaken = errors.New("the nonce was used by another transaction")

// nonceTakenGrace is how long a nonce may read used with no receipt for
// any of the followed hashes before another transaction is blamed: a node
// can be a moment behind in indexing the receipts of a new block. A
// variable for tests.
var nonceTakenGrace = 5 * time.Second

// WaitAnyMined follows the transactions of one sender and nonce (a
// transaction and the replacements sent for it) until one of them is
// mined, and returns its receipt: only one can ever be, and whichever it is
// ends the wait. hashes is read at every poll, so a replacement sent while
// waiting is followed too. When from's nonce has gone past nonce and none
// of them has a receipt for a few seconds, another transaction took the
// nonce: ErrNonceTaken. It polls every 50 ms, like WaitMined, rides out a
// node that fails to answer, and ends with ctx.
func WaitAnyMined(ctx context.Context, b NonceReader, from common.Address, nonce uint64, hashes func() []common.Hash) (*types.Receipt, error) {
	t := time.NewTicker(50 * time.Millisecond)
	defer t.Stop()
	var (
		last  error
		taken time.Time // when the nonce was first seen used with no receipt of ours
	)
	for {
		// The nonce before the receipts: a transaction of ours mined
		// between the two reads is then seen by the receipts.
		used, nerr := b.NonceAt(ctx, from, nil)
		hs := hashes()
		for _, h := range hs {
			r, err := b.TransactionReceipt(ctx, h)
			if err == nil {
				return r, nil
			}
			if err := chain.NodeError(err); !errors.Is(err, chain.ErrNotYet) {
				last = err
			}
		}
		switch {
		case nerr != nil:
			last = nerr
		case used <= nonce:
			taken = time.Time{} // not used (again, after a reorganisation)
		case taken.IsZero():
			taken = time.Now()
		case time.Since(taken) > nonceTakenGrace:
			return nil, fmt.Errorf("%w: %s's nonce %d is used and none of %s was mined", ErrNonceTaken, from.Hex(), nonce, hashList(hs))
		}
		select {
		case <-ctx.Done():
			if last != nil {
				return nil, fmt.Errorf("waiting for %s to be mined: %w (the node last answered: %v)", hashList(hs), ctx.Err(), last)
			}
			return nil, fmt.Errorf("waiting for %s to be mined: %w", hashList(hs), ctx.Err())
		case <-t.C:
		}
	}
}

func hashList(hs []common.Hash) string {
	s := make([]string, len(hs))
	for i, h := range hs {
		s[i] = h.Hex()
	}
	return strings.Join(s, " or ")
}
