package chain

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"sync"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"warroom/chain/contracts"
)

// Account sends transactions from one key with nonces it tracks itself, so
// several can be queued for the same block.
type Account struct {
	*Signer
	c       Client
	chainID *big.Int

	mu    sync.Mutex
	nonce uint64
	ready bool
}

// NewAccount returns an account sending through c.
func NewAccount(c Client, s *Signer, chainID *big.Int) *Account {
	return &Account{Signer: s, c: c, chainID: chainID}
}

// Tip is the priority fee drill and deployment traffic pays.
var Tip = big.NewInt(1_000_000_000)

// Send signs and sends a transaction. gas 0 means estimate it.
func (a *Account) Send(ctx context.Context, to *common.Address, data []byte, value *big.Int, gas uint64) (*types.Transaction, error) {
	a.mu.Lock()
	defer a.mu.Unlock()
	if !a.ready {
		n, err := a.c.PendingNonceAt(ctx, a.Address())
		if err != nil {
			return nil, fmt.Errorf("nonce of %s: %w", a.Address().Hex(), err)
		}
		a.nonce, a.ready = n, true
	}
	if value == nil {
		value = new(big.Int)
	}
	if gas == 0 {
		g, err := a.c.EstimateGas(ctx, ethereum.CallMsg{From: a.Address(), To: to, Data: data, Value: value})
		if err != nil {
			return nil, fmt.Errorf("estimate gas: %w", err)
		}
		gas = g * 12 / 10
	}
	head, err := a.c.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("latest header: %w", err)
	}
	maxFee := new(big.Int).Add(Tip, new(big.Int).Mul(head.BaseFee, big.NewInt(2)))
	tx, err := a.Sign(types.NewTx(&types.DynamicFeeTx{
		ChainID: a.chainID, Nonce: a.nonce, GasTipCap: Tip, GasFeeCap: maxFee, Gas: gas, To: to, Value: value, Data: data,
	}), a.chainID)
	if err != nil {
		return nil, err
	}
	if err := a.c.SendTransaction(ctx, tx); err != nil {
		a.ready = false // re-read the nonce next time
		return nil, err
	}
	a.nonce++
	return tx, nil
}

// Deployment is a drill protocol as deployed: the vault behind its proxy,
// governed by a Safe and a timelock.
type Deployment struct {
	Vault           common.Address // the ERC-1967 proxy users talk to
	Implementation  common.Address // VaultV1
	Safe            common.Address
	Timelock        common.Address
	SafeSingleton   common.Address
	SafeFactory     common.Address
	FallbackHandler common.Address
	MultiSend       common.Address
	Owners          []common.Address
	Threshold       uint64
	Guardian        common.Address
	MinDelay        uint64
}

// Watched lists the deployment's contracts for the watcher.
func (d *Deployment) Watched() []Watched {
	return []Watched{
		{Name: "Vault", Address: d.Vault, Pausable: true, Role: RoleProtocol},
		{Name: "Safe", Address: d.Safe, Role: RoleSafe},
		{Name: "Timelock", Address: d.Timelock, Role: RoleTimelock},
	}
}

// Label names the deployment's contracts in a decoder, with their ABIs.
func (d *Deployment) Label(dec *Decoder) error {
	for _, l := range []struct {
		addr     common.Address
		name     string
		artifact string
	}{
		{d.Vault, "Vault", contracts.VaultV1Name},
		{d.Implementation, "VaultV1", contracts.VaultV1Name},
		{d.Safe, "Safe", contracts.SafeName},
		{d.Timelock, "Timelock", contracts.TimelockControllerName},
		{d.SafeSingleton, "SafeSingleton", contracts.SafeName},
		{d.SafeFactory, "SafeProxyFactory", contracts.SafeProxyFactoryName},
		{d.FallbackHandler, "FallbackHandler", contracts.CompatibilityFallbackHandlerName},
		{d.MultiSend, "MultiSendCallOnly", contracts.MultiSendCallOnlyName},
	} {
		art, err := contracts.Load(l.artifact)
		if err != nil {
			return err
		}
		dec.Label(l.addr, l.name, &art.ABI)
	}
	return nil
}

// DeployConfig says who governs a drill protocol.
type DeployConfig struct {
	Owners    []common.Address
	Threshold uint64
	Guardian  common.Address
	MinDelay  uint64 // timelock delay, seconds
}

// Miner seals blocks on demand (the embedded chain); nil waits for the node to mine.
type Miner interface{ Commit() uint64 }

// DeployDrill deploys the real Safe 1.4.1 (singleton, proxy factory, fallback
// handler), a Safe with the given owners, a TimelockController whose proposer
// and executor is the Safe, and VaultV1 behind an ERC-1967 proxy whose admin
// and upgrader is the timelock and whose guardian is cfg.Guardian.
func DeployDrill(ctx context.Context, c Client, m Miner, deployer *Account, cfg DeployConfig) (*Deployment, error) {
	d := &Deployment{Owners: cfg.Owners, Threshold: cfg.Threshold, Guardian: cfg.Guardian, MinDelay: cfg.MinDelay}
	step := func(what string, txs ...*types.Transaction) ([]*types.Receipt, error) {
		if m != nil {
			if err := CommitUntilMined(ctx, c, m, txs...); err != nil {
				return nil, fmt.Errorf("deploy %s: %w", what, err)
			}
		}
		out := make([]*types.Receipt, len(txs))
		for i, tx := range txs {
			r, err := WaitMined(ctx, c, tx.Hash())
			if err != nil {
				return nil, fmt.Errorf("deploy %s: %w", what, err)
			}
			if r.Status != types.ReceiptStatusSuccessful {
				return nil, fmt.Errorf("deploy %s: transaction %s reverted", what, tx.Hash().Hex())
			}
			out[i] = r
		}
		return out, nil
	}
	deploy := func(name string, args ...any) (*types.Transaction, error) {
		art, err := contracts.Load(name)
		if err != nil {
			return nil, err
		}
		input, err := art.ABI.Pack("", args...)
		if err != nil {
			return nil, fmt.Errorf("deploy %s: constructor arguments: %w", name, err)
		}
		code := append(append([]byte{}, art.Bytecode...), input...)
		return deployer.Send(ctx, nil, code, nil, 0)
	}

	// 1. Safe 1.4.1 singleton, proxy factory, fallback handler, MultiSendCallOnly.
	var txs []*types.Transaction
	for _, name := range []string{contracts.SafeName, contracts.SafeProxyFactoryName, contracts.CompatibilityFallbackHandlerName, contracts.MultiSendCallOnlyName} {
		tx, err := deploy(name)
		if err != nil {
			return nil, err
		}
		txs = append(txs, tx)
	}
	rs, err := step("Safe contracts", txs...)
	if err != nil {
		return nil, err
	}
	d.SafeSingleton, d.SafeFactory, d.FallbackHandler, d.MultiSend = rs[0].ContractAddress, rs[1].ContractAddress, rs[2].ContractAddress, rs[3].ContractAddress

	// 2. The Safe: a proxy of the singleton, set up with the owners.
	safeABI, err := loadABI(contracts.SafeName)
	if err != nil {
		return nil, err
	}
	setup, err := safeABI.Pack("setup", cfg.Owners, new(big.Int).SetUint64(cfg.Threshold), common.Address{}, []byte{},
		d.FallbackHandler, common.Address{}, new(big.Int), common.Address{})
	if err != nil {
		return nil, fmt.Errorf("safe setup calldata: %w", err)
	}
	factoryABI, err := loadABI(contracts.SafeProxyFactoryName)
	if err != nil {
		return nil, err
	}
	create, err := factoryABI.Pack("createProxyWithNonce", d.SafeSingleton, setup, new(big.Int))
	if err != nil {
		return nil, fmt.Errorf("safe proxy calldata: %w", err)
	}
	tx, err := deployer.Send(ctx, &d.SafeFactory, create, nil, 0)
	if err != nil {
		return nil, fmt.Errorf("create safe: %w", err)
	}
	rs, err = step("Safe proxy", tx)
	if err != nil {
		return nil, err
	}
	created := factoryABI.Events["ProxyCreation"].ID
	for _, l := range rs[0].Logs {
		if l.Address == d.SafeFactory && len(l.Topics) > 1 && l.Topics[0] == created {
			d.Safe = common.BytesToAddress(l.Topics[1].Bytes())
		}
	}
	if d.Safe == (common.Address{}) {
		return nil, errors.New("deploy Safe proxy: no ProxyCreation event")
	}

	// 3. Timelock (proposer and executor: the Safe; no admin) and VaultV1.
	tlTx, err := deploy(contracts.TimelockControllerName, new(big.Int).SetUint64(cfg.MinDelay),
		[]common.Address{d.Safe}, []common.Address{d.Safe}, common.Address{})
	if err != nil {
		return nil, err
	}
	implTx, err := deploy(contracts.VaultV1Name)
	if err != nil {
		return nil, err
	}
	rs, err = step("timelock and vault implementation", tlTx, implTx)
	if err != nil {
		return nil, err
	}
	d.Timelock, d.Implementation = rs[0].ContractAddress, rs[1].ContractAddress

	// 4. The vault proxy, initialised with the timelock as admin and upgrader.
	vaultABI, err := loadABI(contracts.VaultV1Name)
	if err != nil {
		return nil, err
	}
	init, err := vaultABI.Pack("initialize", d.Timelock, cfg.Guardian)
	if err != nil {
		return nil, fmt.Errorf("vault initialize calldata: %w", err)
	}
	proxyTx, err := deploy(contracts.ERC1967ProxyName, d.Implementation, init)
	if err != nil {
		return nil, err
	}
	rs, err = step("vault proxy", proxyTx)
	if err != nil {
		return nil, err
	}
	d.Vault = rs[0].ContractAddress
	return d, nil
}

// CommitUntilMined seals blocks until every tx is in one, at most five: a
// transaction the pool accepted is in the next block or the one after. It
// reads the sealed blocks themselves, which needs no transaction index (a
// loaded node may take a while to index receipts).
func CommitUntilMined(ctx context.Context, c Client, m Miner, txs ...*types.Transaction) error {
	pending := make(map[common.Hash]bool, len(txs))
	for _, tx := range txs {
		pending[tx.Hash()] = true
	}
	for try := 0; try < 5 && len(pending) > 0; try++ {
		n := m.Commit()
		block, err := c.BlockByNumber(ctx, new(big.Int).SetUint64(n))
		if err != nil {
			return fmt.Errorf("read sealed block %d: %w", n, err)
		}
		for _, tx := range block.Transactions() {
			delete(pending, tx.Hash())
		}
	}
	if len(pending) > 0 {
		return fmt.Errorf("%d of %d transactions still unmined after 5 blocks", len(pending), len(txs))
	}
	return nil
}

func loadABI(name string) (*abi.ABI, error) {
	art, err := contracts.Load(name)
	if err != nil {
		return nil, err
	}
	return &art.ABI, nil
}

// DrillKey derives a drill's throwaway key from a role name. These keys are
// public knowledge by construction: they exist only on a drill chain.
func DrillKey(role string) *Signer {
	seed := crypto.Keccak256([]byte("warroom drill key/" + role))
	key, err := crypto.ToECDSA(seed)
	if err != nil {
		// A 32-byte keccak output is a valid key with overwhelming probability;
		// hash again rather than fail.
		key, _ = crypto.ToECDSA(crypto.Keccak256(seed))
	}
	return NewSigner(key)
}
