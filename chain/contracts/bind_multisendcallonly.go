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

// MultiSendCallOnlyMetaData contains all meta data concerning the MultiSendCallOnly contract.
var MultiSendCallOnlyMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"transactions\",\"type\":\"bytes\"}],\"name\":\"multiSend\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"}]",
	ID:  "MultiSendCallOnly",
	Bin: "0x6080604052348015600e575f5ffd5b506101a88061001c5f395ff3fe60806040526004361061001d575f3560e01c80638d80ff0a14610021575b5f5ffd5b61003461002f3660046100bf565b610036565b005b805160205b818110156100a6578083015160f81c6001820184015160601c60158301850151603584018601516055850187015f855f811461007e576001811461001d57610089565b5f5f8585888a5af191505b5080610093575f5ffd5b505080605501850194505050505061003b565b505050565b634e487b7160e01b5f52604160045260245ffd5b5f602082840312156100cf575f5ffd5b813567ffffffffffffffff8111156100e5575f5ffd5b8201601f810184136100f5575f5ffd5b803567ffffffffffffffff81111561010f5761010f6100ab565b604051601f8201601f19908116603f0116810167ffffffffffffffff8111828210171561013e5761013e6100ab565b604052818152828201602001861015610155575f5ffd5b816020840160208301375f9181016020019190915294935050505056fea26469706673582212209b4721d79a13668332b0d287805b90d478bc1570eb8bb7043fe1db895a7f86cd64736f6c634300081e0033",
}

// MultiSendCallOnly is an auto generated Go binding around an Ethereum contract.
type MultiSendCallOnly struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *MultiSendCallOnly) GetABI() abi.ABI {
	return c.abi
}

// NewMultiSendCallOnly creates a new instance of MultiSendCallOnly.
func NewMultiSendCallOnly() *MultiSendCallOnly {
	parsed, err := MultiSendCallOnlyMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &MultiSendCallOnly{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *MultiSendCallOnly) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackMultiSend is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8d80ff0a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function multiSend(bytes transactions) payable returns()
func (multiSendCallOnly *MultiSendCallOnly) PackMultiSend(transactions []byte) []byte {
	enc, err := multiSendCallOnly.abi.Pack("multiSend", transactions)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMultiSend is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8d80ff0a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function multiSend(bytes transactions) payable returns()
func (multiSendCallOnly *MultiSendCallOnly) TryPackMultiSend(transactions []byte) ([]byte, error) {
	return multiSendCallOnly.abi.Pack("multiSend", transactions)
}
