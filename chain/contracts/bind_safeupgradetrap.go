// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package contracts

import (
	"bytes"
	"errors"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// Reference imports to suppress errors if they are not otherwise used.
var (
	_ = bytes.Equal
	_ = errors.New
	_ = big.NewInt
	_ = common.Big1
	_ = types.BloomLookup
	_ = abi.ConvertType
)

// SafeUpgradeTrapMetaData contains all meta data concerning the SafeUpgradeTrap contract.
var SafeUpgradeTrapMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transfer\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "SafeUpgradeTrap",
	Bin: "0x6080604052348015600e575f5ffd5b5060a580601a5f395ff3fe6080604052348015600e575f5ffd5b50600436106026575f3560e01c8063a9059cbb14602a575b5f5ffd5b603a6035366004603c565b505f55565b005b5f5f60408385031215604c575f5ffd5b82356001600160a01b03811681146061575f5ffd5b94602093909301359350505056fea2646970667358221220b3f335e2b3832e7183542114fad6630baabbc97f7e63225b769ffcc8966a28e964736f6c634300081e0033",
}

// SafeUpgradeTrap is an auto generated Go binding around an Ethereum contract.
type SafeUpgradeTrap struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *SafeUpgradeTrap) GetABI() abi.ABI {
	return c.abi
}

// NewSafeUpgradeTrap creates a new instance of SafeUpgradeTrap.
func NewSafeUpgradeTrap() *SafeUpgradeTrap {
	parsed, err := SafeUpgradeTrapMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &SafeUpgradeTrap{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *SafeUpgradeTrap) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa9059cbb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transfer(address to, uint256 value) returns()
func (safeUpgradeTrap *SafeUpgradeTrap) PackTransfer(to common.Address, value *big.Int) []byte {
	enc, err := safeUpgradeTrap.abi.Pack("transfer", to, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa9059cbb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transfer(address to, uint256 value) returns()
func (safeUpgradeTrap *SafeUpgradeTrap) TryPackTransfer(to common.Address, value *big.Int) ([]byte, error) {
	return safeUpgradeTrap.abi.Pack("transfer", to, value)
}
