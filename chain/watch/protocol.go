package watch

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"

	"warroom/chain"
	"warroom/chain/contracts"
	"warroom/chain/safe"
	"warroom/chain/timelock"
)

// Reader reads the watched contracts of a protocol at a block: each
// contract's ERC-1967 slots, paused() and balance, and the Safe and
// timelock that govern it.
type Reader struct {
	watched  []chain.Watched
	pausable *contracts.IPausable
	safes    map[common.Address]*safe.Safe
	locks    map[common.Address]*timelock.Timelock
}

// NewReader returns a reader of the watched contracts.
func NewReader(watched []chain.Watched) *Reader {
	r := &Reader{watched: watched, pausable: contracts.NewIPausable(),
		safes: map[common.Address]*safe.Safe{}, locks: map[common.Address]*timelock.Timelock{}}
	for _, w := range watched {
		switch w.Role {
		case chain.RoleSafe:
			r.safes[w.Address] = safe.At(w.Address)
		case chain.RoleTimelock:
			r.locks[w.Address] = timelock.At(w.Address)
		}
	}
	return r
}

// Read reads the protocol at block (nil for the latest).
func (r *Reader) Read(ctx context.Context, c chain.StateReader, block *big.Int) (chain.ProtocolState, error) {
	var ps chain.ProtocolState
	if block != nil {
		ps.Block = block.Uint64()
	}
	for _, w := range r.watched {
		var err error
		switch w.Role {
		case chain.RoleSafe:
			ps.Safe, err = r.safe(ctx, c, w.Address, block)
		case chain.RoleTimelock:
			ps.Timelock, err = r.locks[w.Address].State(ctx, c, block)
		default:
			var cs chain.ContractState
			cs, err = r.contract(ctx, c, w, block)
			ps.Contracts = append(ps.Contracts, cs)
		}
		if err != nil {
			return ps, err
		}
	}
	return ps, nil
}

// safe reads a watched Safe. A Safe that no longer answers as one (its
// singleton swapped) is read as unreadable, with the singleton it runs,
// not as an error: that is what the responder must see.
func (r *Reader) safe(ctx context.Context, c chain.StateReader, addr common.Address, block *big.Int) (*chain.SafeState, error) {
	singleton, err := readSlotAddr(ctx, c, addr, common.Hash{}, block)
	if err != nil {
		return nil, err
	}
	st, err := r.safes[addr].State(ctx, c, block)
	if err != nil {
		if ctx.Err() != nil || !chain.IsRevert(err) {
			return nil, err
		}
		st = &chain.SafeState{Address: addr, Unreadable: err.Error()}
	}
	st.Singleton = singleton
	return st, nil
}

func (r *Reader) contract(ctx context.Context, c chain.StateReader, w chain.Watched, block *big.Int) (chain.ContractState, error) {
	cs := chain.ContractState{Name: w.Name, Address: w.Address, Pausable: w.Pausable}
	var err error
	if cs.Implementation, err = readSlotAddr(ctx, c, w.Address, chain.ImplementationSlot, block); err != nil {
		return cs, err
	}
	if cs.Admin, err = readSlotAddr(ctx, c, w.Address, chain.AdminSlot, block); err != nil {
		return cs, err
	}
	if w.Pausable {
		if cs.Paused, err = readPaused(ctx, c, r.pausable, w.Address, block); err != nil {
			return cs, fmt.Errorf("paused() on %s: %w", w.Name, err)
		}
	}
	if cs.Balance, err = c.BalanceAt(ctx, w.Address, block); err != nil {
		return cs, fmt.Errorf("balance of %s: %w", w.Name, err)
	}
	return cs, nil
}

// ReadProtocol reads the watched contracts at a block (nil for the latest).
func ReadProtocol(ctx context.Context, c chain.StateReader, watched []chain.Watched, block *big.Int) (chain.ProtocolState, error) {
	return NewReader(watched).Read(ctx, c, block)
}

// ReadImplementation reads the ERC-1967 implementation slot of a proxy.
func ReadImplementation(ctx context.Context, c chain.StateReader, proxy common.Address, block *big.Int) (common.Address, error) {
	return readSlotAddr(ctx, c, proxy, chain.ImplementationSlot, block)
}

// ReadPaused calls paused() on addr at block (nil for the latest).
func ReadPaused(ctx context.Context, c ethereum.ContractCaller, addr common.Address, block *big.Int) (bool, error) {
	return readPaused(ctx, c, contracts.NewIPausable(), addr, block)
}

func readPaused(ctx context.Context, c ethereum.ContractCaller, p *contracts.IPausable, addr common.Address, block *big.Int) (bool, error) {
	return contracts.Call(ctx, c, addr, block, p.PackPaused(), p.UnpackPaused)
}

func readSlotAddr(ctx context.Context, c chain.StateReader, addr common.Address, slot common.Hash, block *big.Int) (common.Address, error) {
	v, err := c.StorageAt(ctx, addr, slot, block)
	if err != nil {
		return common.Address{}, fmt.Errorf("read slot %s of %s: %w", slot.Hex()[:10], addr.Hex(), err)
	}
	return common.BytesToAddress(v), nil
}
