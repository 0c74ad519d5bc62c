package deploy

import (
	"context"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"warroom/chain"
	"warroom/chain/tx"
)

// Extra is a contract a drill scenario deploys beside the governed vault:
// a price pool, a lender, a strategy, a token. It is labelled with its
// artifact's ABI; Role says whether the watcher follows it:
//
//   - chain.RoleProtocol: part of the protocol, its value counted with
//     the vault's (a strategy holding the vault's ETH);
//   - chain.RoleOracle: watched by the rules only (a price source whose
//     moves matter, whose own ETH is not the protocol's);
//   - "": labelled only.
type Extra struct {
	Name     string
	Address  common.Address
	Artifact string
	Role     string
}

// Watched lists the deployment's contracts for the watcher: the vault,
// the Safe, the timelock and the extras that are part of the protocol.
func (d *Deployment) Watched() []chain.Watched {
	out := []chain.Watched{{Name: "Vault", Address: d.Vault, Pausable: true, Role: chain.RoleProtocol}}
	if d.Treasury {
		// The Safe's own ETH, counted with the protocol's value; the Safe
		// entry after it keeps the address's role for the rules.
		out = append(out, chain.Watched{Name: "Treasury", Address: d.Safe, Role: chain.RoleProtocol})
	}
	out = append(out, []chain.Watched{
		{Name: "Safe", Address: d.Safe, Role: chain.RoleSafe},
		{Name: "Timelock", Address: d.Timelock, Role: chain.RoleTimelock},
	}...)
	for _, x := range d.Extras {
		if x.Role == chain.RoleProtocol {
			out = append(out, chain.Watched{Name: x.Name, Address: x.Address, Role: chain.RoleProtocol})
		}
	}
	return out
}

// Observed are the extras the rules watch without counting their value:
// the price sources.
func (d *Deployment) Observed() []chain.Watched {
	var out []chain.Watched
	for _, x := range d.Extras {
		if x.Role == chain.RoleOracle {
			out = append(out, chain.Watched{Name: x.Name, Address: x.Address, Role: chain.RoleOracle})
		}
	}
	return out
}

// Steps sends a scenario's own setup transactions from one account and
// waits for them to be mined; the first error sticks, and every later
// step returns it.
type Steps struct{ s steps }

// NewSteps returns the steps of a setup paid by from; m seals blocks on
// the embedded chain (nil waits for the node to mine).
func NewSteps(ctx context.Context, b Backend, m Miner, from *tx.Account) *Steps {
	return &Steps{s: steps{ctx: ctx, b: b, m: m, from: from}}
}

// Create sends a contract creation: bin (hex) with its packed constructor
// arguments.
func (s *Steps) Create(bin string, args []byte) *types.Transaction { return s.s.create(bin, args) }

// Call sends a call to a contract, with value (nil for none).
func (s *Steps) Call(to common.Address, data []byte, value *big.Int) *types.Transaction {
	return s.s.send(&to, data, value)
}

// Mined waits for txs and returns their receipts in order; any revert is
// an error naming what was being set up.
func (s *Steps) Mined(what string, txs ...*types.Transaction) ([]*types.Receipt, error) {
	return s.s.mined(what, txs...)
}
