package deploy

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"

	"warroom/chain"
	"warroom/chain/contracts"
	"warroom/chain/tx"
)

// Deployment is a drill protocol as deployed: the vault behind its proxy,
// governed by a Safe and a timelock.
type Deployment struct {
	Vault           common.Address // the ERC-1967 proxy users talk to
	Implementation  common.Address // the vault implementation (ImplementationName)
	Safe            common.Address
	Timelock        common.Address
	SafeSingleton   common.Address
	SafeFactory     common.Address
	FallbackHandler common.Address
	MultiSend       common.Address // MultiSendCallOnly
	// Council is an owner of the Safe that is itself a Safe (a nested
	// Safe, as foundations and security councils sign); zero when the
	// config has none.
	Council       common.Address
	CouncilOwners []common.Address
	Owners        []common.Address
	Threshold     uint64
	Guardian      common.Address
	MinDelay      uint64 // seconds
	// ImplementationName is the implementation's artifact
	// (contracts.*Name); "" is VaultV1.
	ImplementationName string
	// Extras are what the scenario deployed beside the vault.
	Extras []Extra
	// Treasury says the Safe holds the protocol's treasury: its ETH is
	// watched as the protocol's value (Watched).
	Treasury bool
}

// Labeler names addresses and learns their ABIs (detect.Decoder).
type Labeler interface {
	Label(addr common.Address, name string, a *abi.ABI)
}

// Label names the deployment's contracts, with their ABIs.
func (d *Deployment) Label(l Labeler) error {
	for _, c := range []struct {
		addr     common.Address
		name     string
		artifact string
	}{
		{d.Vault, "Vault", d.implementationName()},
		{d.Implementation, d.implementationName(), d.implementationName()},
		{d.Safe, "Safe", contracts.SafeName},
		{d.Timelock, "Timelock", contracts.TimelockControllerName},
		{d.SafeSingleton, "SafeSingleton", contracts.SafeName},
		{d.SafeFactory, "SafeProxyFactory", contracts.SafeProxyFactoryName},
		{d.FallbackHandler, "FallbackHandler", contracts.CompatibilityFallbackHandlerName},
		{d.MultiSend, "MultiSendCallOnly", contracts.MultiSendCallOnlyName},
		{d.Council, "Council Safe", contracts.SafeName},
	} {
		if c.addr == (common.Address{}) {
			continue
		}
		art, err := contracts.Load(c.artifact)
		if err != nil {
			return err
		}
		l.Label(c.addr, c.name, &art.ABI)
	}
	for _, x := range d.Extras {
		art, err := contracts.Load(x.Artifact)
		if err != nil {
			return err
		}
		l.Label(x.Address, x.Name, &art.ABI)
	}
	return nil
}

// Config says who governs a drill protocol.
type Config struct {
	Owners    []common.Address
	Threshold uint64
	Guardian  common.Address
	MinDelay  uint64 // timelock delay, seconds
	// Council, when set, are the owners of a second Safe (threshold
	// CouncilThreshold, 1 when zero) that is made an owner of the Safe,
	// after Owners.
	Council          []common.Address
	CouncilThreshold uint64
	// Implementation is the vault implementation to deploy behind the
	// proxy, by artifact name (contracts.*Name); "" is VaultV1.
	Implementation string
	// Initialize is the proxy's initializer calldata, given the timelock
	// (the admin and upgrader); nil is initialize(timelock, Guardian).
	Initialize func(timelock common.Address) ([]byte, error)
}

// implementationName is the artifact of the vault implementation deployed.
func (d *Deployment) implementationName() string {
	if d.ImplementationName == "" {
		return contracts.VaultV1Name
	}
	return d.ImplementationName
}

// Miner seals blocks until transactions are mined: the embedded chain
// (devchain.Chain). Nil waits for the node to mine on its own.
type Miner interface {
	CommitUntilMined(ctx context.Context, txs ...*types.Transaction) error
}

// Backend is what deploying needs from a node.
type Backend interface {
	chain.Transactor
}

// Drill deploys the real Safe 1.4.1 (singleton, proxy factory, fallback
// handler, MultiSendCallOnly), a Safe with the given owners, a
// TimelockController whose proposer and executor is the Safe, and the
// vault implementation (cfg.Implementation, VaultV1 by default) behind an
// ERC-1967 proxy whose admin and upgrader is the timelock and whose
// guardian is cfg.Guardian, initialised by cfg.Initialize. The deployer
// pays for all of it.
func Drill(ctx context.Context, b Backend, m Miner, deployer *tx.Account, cfg Config) (*Deployment, error) {
	d := &Deployment{Owners: cfg.Owners, Threshold: cfg.Threshold, Guardian: cfg.Guardian, MinDelay: cfg.MinDelay, ImplementationName: cfg.Implementation}
	impl, err := contracts.Load(d.implementationName())
	if err != nil {
		return nil, fmt.Errorf("deploy: %w", err)
	}
	if len(impl.Bytecode) == 0 || len(impl.ABI.Constructor.Inputs) > 0 {
		return nil, fmt.Errorf("deploy: %s is not an implementation a proxy can be put in front of (no bytecode, or constructor arguments)", impl.Name)
	}
	s := &steps{ctx: ctx, b: b, m: m, from: deployer}

	// 1. Safe 1.4.1 singleton, proxy factory, fallback handler, MultiSendCallOnly.
	rs, err := s.mined("Safe contracts",
		s.create(contracts.SafeMetaData.Bin, nil),
		s.create(contracts.SafeProxyFactoryMetaData.Bin, nil),
		s.create(contracts.CompatibilityFallbackHandlerMetaData.Bin, nil),
		s.create(contracts.MultiSendCallOnlyMetaData.Bin, nil))
	if err != nil {
		return nil, err
	}
	d.SafeSingleton, d.SafeFactory, d.FallbackHandler, d.MultiSend = rs[0].ContractAddress, rs[1].ContractAddress, rs[2].ContractAddress, rs[3].ContractAddress

	// 2. The council Safe, when there is one, then the Safe: proxies of
	// the singleton, set up with their owners.
	owners := cfg.Owners
	if len(cfg.Council) > 0 {
		threshold := cfg.CouncilThreshold
		if threshold == 0 {
			threshold = 1
		}
		if d.Council, err = s.safeProxy(d, "council Safe", cfg.Council, threshold, 1); err != nil {
			return nil, err
		}
		d.CouncilOwners = cfg.Council
		owners = append(append([]common.Address(nil), cfg.Owners...), d.Council)
		d.Owners = owners
	}
	if d.Safe, err = s.safeProxy(d, "Safe", owners, cfg.Threshold, 0); err != nil {
		return nil, err
	}

	// 3. Timelock (proposer and executor: the Safe; no admin) and the
	// vault implementation.
	safes := []common.Address{d.Safe}
	rs, err = s.mined("timelock and vault implementation",
		s.create(contracts.TimelockControllerMetaData.Bin,
			contracts.NewTimelockController().PackConstructor(new(big.Int).SetUint64(cfg.MinDelay), safes, safes, common.Address{})),
		s.create(hexutil.Encode(impl.Bytecode), nil))
	if err != nil {
		return nil, err
	}
	d.Timelock, d.Implementation = rs[0].ContractAddress, rs[1].ContractAddress

	// 4. The vault proxy, initialised with the timelock as admin and upgrader.
	init := contracts.NewVaultV1().PackInitialize(d.Timelock, cfg.Guardian)
	if cfg.Initialize != nil {
		if init, err = cfg.Initialize(d.Timelock); err != nil {
			return nil, fmt.Errorf("deploy: the %s initializer: %w", impl.Name, err)
		}
	}
	rs, err = s.mined("vault proxy", s.create(contracts.ERC1967ProxyMetaData.Bin, contracts.NewERC1967Proxy().PackConstructor(d.Implementation, init)))
	if err != nil {
		return nil, err
	}
	d.Vault = rs[0].ContractAddress
	return d, nil
}

// safeProxy deploys a Safe proxy of d's singleton with the given owners
// and threshold; salt tells two proxies of one deployer apart.
func (s *steps) safeProxy(d *Deployment, what string, owners []common.Address, threshold, salt uint64) (common.Address, error) {
	setup := contracts.NewSafe().PackSetup(owners, new(big.Int).SetUint64(threshold), common.Address{}, []byte{},
		d.FallbackHandler, common.Address{}, new(big.Int), common.Address{})
	factory := contracts.NewSafeProxyFactory()
	rs, err := s.mined(what+" proxy", s.call(d.SafeFactory, factory.PackCreateProxyWithNonce(d.SafeSingleton, setup, new(big.Int).SetUint64(salt))))
	if err != nil {
		return common.Address{}, err
	}
	for _, l := range rs[0].Logs {
		if l.Address != d.SafeFactory {
			continue
		}
		if ev, err := factory.UnpackProxyCreationEvent(l); err == nil {
			return ev.Proxy, nil
		}
	}
	return common.Address{}, fmt.Errorf("deploy %s proxy: the factory emitted no ProxyCreation event", what)
}

// steps sends a deployment's transactions and waits for each group to be
// mined; the first error sticks and every later step returns it.
type steps struct {
	ctx  context.Context
	b    Backend
	m    Miner
	from *tx.Account
	err  error
}

// create sends a contract creation: bytecode (hex, from a binding's
// metadata) followed by its packed constructor arguments.
func (s *steps) create(bin string, args []byte) *types.Transaction {
	if s.err != nil {
		return nil
	}
	code := append(common.FromHex(bin), args...)
	t, err := s.from.Send(s.ctx, nil, code, nil, 0)
	if err != nil {
		s.err = fmt.Errorf("send contract creation: %w", err)
	}
	return t
}

// call sends a call to a contract.
func (s *steps) call(to common.Address, data []byte) *types.Transaction {
	return s.send(&to, data, nil)
}

// send sends a call to a contract, with value.
func (s *steps) send(to *common.Address, data []byte, value *big.Int) *types.Transaction {
	if s.err != nil {
		return nil
	}
	t, err := s.from.Send(s.ctx, to, data, value, 0)
	if err != nil {
		s.err = fmt.Errorf("send call to %s: %w", to.Hex(), err)
	}
	return t
}

// mined waits until every transaction is mined and succeeded, and returns
// their receipts in order.
func (s *steps) mined(what string, txs ...*types.Transaction) ([]*types.Receipt, error) {
	if s.err != nil {
		return nil, fmt.Errorf("deploy %s: %w", what, s.err)
	}
	if s.m != nil {
		if err := s.m.CommitUntilMined(s.ctx, txs...); err != nil {
			return nil, fmt.Errorf("deploy %s: %w", what, err)
		}
	}
	out := make([]*types.Receipt, len(txs))
	for i, t := range txs {
		r, err := tx.WaitMined(s.ctx, s.b, t.Hash())
		if err != nil {
			return nil, fmt.Errorf("deploy %s: %w", what, err)
		}
		if r.Status != types.ReceiptStatusSuccessful {
			return nil, fmt.Errorf("deploy %s: transaction %s reverted", what, t.Hash().Hex())
		}
		out[i] = r
	}
	return out, nil
}
