package contracts

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/rpc"
)

// failingTxGas is the gas limit for transactions expected to revert. Setting
// a limit skips gas estimation (which would refuse to send them), so the
// revert lands on chain and shows up as a receipt with status 0.
const failingTxGas = 3_000_000

// account is a funded key on the simulated chain.
type account struct {
	key  *ecdsa.PrivateKey
	addr common.Address
}

// simChain is a simulated chain plus the helpers the tests need. Every
// transaction is mined by an explicit Commit.
type simChain struct {
	t       *testing.T
	backend *simulated.Backend
	client  simulated.Client
	chainID *big.Int
}

func newAccount(t *testing.T) account {
	t.Helper()
	key, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	return account{key: key, addr: crypto.PubkeyToAddress(key.PublicKey)}
}

// newSimChain starts a simulated chain on which every given account holds
// 1000 ether.
func newSimChain(t *testing.T, accounts ...account) *simChain {
	t.Helper()
	alloc := make(types.GenesisAlloc)
	for _, a := range accounts {
		alloc[a.addr] = types.Account{Balance: ether(1000)}
	}
	backend := simulated.NewBackend(alloc)
	t.Cleanup(func() { backend.Close() })

	client := backend.Client()
	chainID, err := client.ChainID(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return &simChain{t: t, backend: backend, client: client, chainID: chainID}
}

func ether(n int64) *big.Int {
	return new(big.Int).Mul(big.NewInt(n), big.NewInt(params.Ether))
}

// opts returns transaction options for from, sending value (may be nil).
func (c *simChain) opts(from account, value *big.Int) *bind.TransactOpts {
	opts := bind.NewKeyedTransactor(from.key, c.chainID)
	opts.Value = value
	return opts
}

// mine commits a block holding tx and returns its receipt.
func (c *simChain) mine(tx *types.Transaction, err error) *types.Receipt {
	c.t.Helper()
	if err != nil {
		c.t.Fatalf("send transaction: %v", err)
	}
	c.backend.Commit()
	receipt, err := c.client.TransactionReceipt(context.Background(), tx.Hash())
	if err != nil {
		c.t.Fatalf("receipt of %s: %v", tx.Hash(), err)
	}
	return receipt
}

// mustSucceed mines tx and fails the test unless it succeeded.
func (c *simChain) mustSucceed(what string, tx *types.Transaction, err error) *types.Receipt {
	c.t.Helper()
	receipt := c.mine(tx, err)
	if receipt.Status != types.ReceiptStatusSuccessful {
		c.t.Fatalf("%s: transaction reverted", what)
	}
	return receipt
}

// send transacts calldata to inst (bind.Transact) and requires success.
func (c *simChain) send(what string, inst *bind.BoundContract, opts *bind.TransactOpts, calldata []byte) *types.Receipt {
	c.t.Helper()
	tx, err := bind.Transact(inst, opts, calldata)
	return c.mustSucceed(what, tx, err)
}

// sendReverts transacts calldata to inst with a fixed gas limit (so gas
// estimation does not refuse it) and requires it to revert on chain.
func (c *simChain) sendReverts(what string, inst *bind.BoundContract, opts *bind.TransactOpts, calldata []byte) *types.Receipt {
	c.t.Helper()
	opts.GasLimit = failingTxGas
	tx, err := bind.Transact(inst, opts, calldata)
	receipt := c.mine(tx, err)
	if receipt.Status != types.ReceiptStatusFailed {
		c.t.Fatalf("%s: transaction succeeded, want it to revert", what)
	}
	return receipt
}

// deploy deploys creation code (a binding's MetaData.Bin) with the packed
// constructor arguments and returns the new contract's address.
func (c *simChain) deploy(what string, from account, bin string, args []byte) common.Address {
	c.t.Helper()
	addr, tx, err := bind.DeployContract(c.opts(from, nil), common.FromHex(bin), c.client, args)
	c.mustSucceed("deploy "+what, tx, err)
	if code, err := c.client.CodeAt(context.Background(), addr, nil); err != nil || len(code) == 0 {
		c.t.Fatalf("deploy %s: no code at %s (%v)", what, addr, err)
	}
	return addr
}

func (c *simChain) balance(addr common.Address) *big.Int {
	c.t.Helper()
	bal, err := c.client.BalanceAt(context.Background(), addr, nil)
	if err != nil {
		c.t.Fatal(err)
	}
	return bal
}

// storageAddress reads an address stored right-aligned in a storage slot.
func (c *simChain) storageAddress(addr common.Address, slot common.Hash) common.Address {
	c.t.Helper()
	word, err := c.client.StorageAt(context.Background(), addr, slot, nil)
	if err != nil {
		c.t.Fatal(err)
	}
	return common.BytesToAddress(word)
}

// call runs an eth_call through a generated Unpack method.
func call[T any](c *simChain, inst *bind.BoundContract, calldata []byte, unpack func([]byte) (T, error)) T {
	c.t.Helper()
	v, err := bind.Call(inst, nil, calldata, unpack)
	if err != nil {
		c.t.Fatalf("call %s: %v", inst.Address(), err)
	}
	return v
}

// fee is what a mined transaction cost its sender in gas.
func fee(r *types.Receipt) *big.Int {
	return new(big.Int).Mul(new(big.Int).SetUint64(r.GasUsed), r.EffectiveGasPrice)
}

// revertData extracts the revert payload from an eth_call or gas estimation
// error.
func revertData(t *testing.T, err error) []byte {
	t.Helper()
	var de rpc.DataError
	if !errors.As(err, &de) {
		t.Fatalf("error %v carries no revert data", err)
	}
	s, ok := de.ErrorData().(string)
	if !ok {
		t.Fatalf("revert data is %T, want a hex string", de.ErrorData())
	}
	data, err := hexutil.Decode(s)
	if err != nil {
		t.Fatalf("revert data %q: %v", s, err)
	}
	return data
}

// wantBalanceChange checks that addr's balance moved from before by delta.
func wantBalanceChange(t *testing.T, what string, before, after, delta *big.Int) {
	t.Helper()
	if got := new(big.Int).Sub(after, before); got.Cmp(delta) != 0 {
		t.Errorf("%s changed by %s wei, want %s", what, got, delta)
	}
}
