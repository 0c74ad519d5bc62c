package chain

import (
	"context"
	"fmt"
	"math/big"
	"strings"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
)

// ERC-1967 storage slots.
var (
	ImplementationSlot = common.HexToHash("0x360894a13ba1a3210667c828492db98dca3e2076cc3735a920a3ca505d382bbc")
	AdminSlot          = common.HexToHash("0xb53127684a568b3173ae13b9f8a6016e243e63b6e8ee1178d6a717850b5d6103")
)

// StateReader is what the protocol reader needs from a node.
type StateReader interface {
	ethereum.ContractCaller
	BalanceAt(ctx context.Context, account common.Address, blockNumber *big.Int) (*big.Int, error)
	StorageAt(ctx context.Context, account common.Address, key common.Hash, blockNumber *big.Int) ([]byte, error)
}

// governanceABI holds the read-only calls the reader makes on a Safe and a timelock.
var governanceABI = mustABI(`[
 {"type":"function","name":"getOwners","stateMutability":"view","inputs":[],"outputs":[{"name":"","type":"address[]"}]},
 {"type":"function","name":"getThreshold","stateMutability":"view","inputs":[],"outputs":[{"name":"","type":"uint256"}]},
 {"type":"function","name":"nonce","stateMutability":"view","inputs":[],"outputs":[{"name":"","type":"uint256"}]},
 {"type":"function","name":"VERSION","stateMutability":"view","inputs":[],"outputs":[{"name":"","type":"string"}]},
 {"type":"function","name":"getMinDelay","stateMutability":"view","inputs":[],"outputs":[{"name":"","type":"uint256"}]}
]`)

func mustABI(s string) abi.ABI {
	a, err := abi.JSON(strings.NewReader(s))
	if err != nil {
		panic(err) // a constant in this file: a build-time mistake
	}
	return a
}

// ReadImplementation reads the ERC-1967 implementation slot of a proxy.
func ReadImplementation(ctx context.Context, c StateReader, proxy common.Address, block *big.Int) (common.Address, error) {
	return readSlotAddr(ctx, c, proxy, ImplementationSlot, block)
}

func readSlotAddr(ctx context.Context, c StateReader, addr common.Address, slot common.Hash, block *big.Int) (common.Address, error) {
	v, err := c.StorageAt(ctx, addr, slot, block)
	if err != nil {
		return common.Address{}, fmt.Errorf("read slot %s of %s: %w", slot.Hex()[:10], addr.Hex(), err)
	}
	return common.BytesToAddress(v), nil
}

func call(ctx context.Context, c ethereum.ContractCaller, to common.Address, block *big.Int, method string) ([]any, error) {
	data, err := governanceABI.Pack(method)
	if err != nil {
		return nil, err
	}
	out, err := c.CallContract(ctx, ethereum.CallMsg{To: &to, Data: data}, block)
	if err != nil {
		return nil, fmt.Errorf("%s() on %s: %w", method, to.Hex(), err)
	}
	vals, err := governanceABI.Unpack(method, out)
	if err != nil {
		return nil, fmt.Errorf("%s() on %s: %w", method, to.Hex(), err)
	}
	return vals, nil
}

func callUint(ctx context.Context, c ethereum.ContractCaller, to common.Address, block *big.Int, method string) (uint64, error) {
	vals, err := call(ctx, c, to, block, method)
	if err != nil {
		return 0, err
	}
	return vals[0].(*big.Int).Uint64(), nil
}

// ReadProtocol reads the watched contracts at a block (nil for latest).
func ReadProtocol(ctx context.Context, c StateReader, watched []Watched, block *big.Int) (ProtocolState, error) {
	var ps ProtocolState
	if block != nil {
		ps.Block = block.Uint64()
	}
	for _, w := range watched {
		switch w.Role {
		case RoleSafe:
			s := &SafeState{Address: w.Address}
			vals, err := call(ctx, c, w.Address, block, "getOwners")
			if err != nil {
				return ps, err
			}
			s.Owners = vals[0].([]common.Address)
			if s.Threshold, err = callUint(ctx, c, w.Address, block, "getThreshold"); err != nil {
				return ps, err
			}
			if s.Nonce, err = callUint(ctx, c, w.Address, block, "nonce"); err != nil {
				return ps, err
			}
			if v, err := call(ctx, c, w.Address, block, "VERSION"); err == nil {
				s.Version = v[0].(string)
			}
			ps.Safe = s
		case RoleTimelock:
			d, err := callUint(ctx, c, w.Address, block, "getMinDelay")
			if err != nil {
				return ps, err
			}
			ps.Timelock = &TimelockState{Address: w.Address, MinDelay: d}
		default:
			cs := ContractState{Name: w.Name, Address: w.Address, Pausable: w.Pausable}
			var err error
			if cs.Implementation, err = readSlotAddr(ctx, c, w.Address, ImplementationSlot, block); err != nil {
				return ps, err
			}
			if cs.Admin, err = readSlotAddr(ctx, c, w.Address, AdminSlot, block); err != nil {
				return ps, err
			}
			if w.Pausable {
				if cs.Paused, err = ReadPaused(ctx, c, w.Address, block); err != nil {
					return ps, fmt.Errorf("paused() on %s: %w", w.Name, err)
				}
			}
			if cs.Balance, err = c.BalanceAt(ctx, w.Address, block); err != nil {
				return ps, fmt.Errorf("balance of %s: %w", w.Name, err)
			}
			ps.Contracts = append(ps.Contracts, cs)
		}
	}
	return ps, nil
}

// Equal reports whether two readings show the same protocol, ignoring the block.
func (p *ProtocolState) Equal(q *ProtocolState) bool {
	if len(p.Contracts) != len(q.Contracts) {
		return false
	}
	for i, a := range p.Contracts {
		b := q.Contracts[i]
		if a.Address != b.Address || a.Implementation != b.Implementation || a.Admin != b.Admin ||
			a.Paused != b.Paused || !bigEq(a.Balance, b.Balance) {
			return false
		}
	}
	if (p.Safe == nil) != (q.Safe == nil) || (p.Timelock == nil) != (q.Timelock == nil) {
		return false
	}
	if p.Safe != nil {
		a, b := p.Safe, q.Safe
		if a.Threshold != b.Threshold || a.Nonce != b.Nonce || len(a.Owners) != len(b.Owners) {
			return false
		}
		for i := range a.Owners {
			if a.Owners[i] != b.Owners[i] {
				return false
			}
		}
	}
	if p.Timelock != nil && p.Timelock.MinDelay != q.Timelock.MinDelay {
		return false
	}
	return true
}

func bigEq(a, b *big.Int) bool {
	if a == nil || b == nil {
		return a == b
	}
	return a.Cmp(b) == 0
}
