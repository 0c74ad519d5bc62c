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

// MultiSendMetaData contains all meta data concerning the MultiSend contract.
var MultiSendMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"transactions\",\"type\":\"bytes\"}],\"name\":\"multiSend\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"}]",
	ID:  "MultiSend",
	Bin: "0x60a0604052348015600e575f5ffd5b503060805260805161024b61002a5f395f6040015261024b5ff3fe60806040526004361061001d575f3560e01c80638d80ff0a14610021575b5f5ffd5b61003461002f366004610162565b610036565b005b6001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001630036100cb5760405162461bcd60e51b815260206004820152603060248201527f4d756c746953656e642073686f756c64206f6e6c792062652063616c6c65642060448201526f1d9a584819195b1959d85d1958d85b1b60821b606482015260840160405180910390fd5b805160205b81811015610149578083015160f81c6001820184015160601c60158301850151603584018601516055850187015f855f811461011357600181146101225761012c565b5f5f8585888a5af1915061012c565b5f5f8585895af491505b5080610136575f5ffd5b50508060550185019450505050506100d0565b505050565b634e487b7160e01b5f52604160045260245ffd5b5f60208284031215610172575f5ffd5b813567ffffffffffffffff811115610188575f5ffd5b8201601f81018413610198575f5ffd5b803567ffffffffffffffff8111156101b2576101b261014e565b604051601f8201601f19908116603f0116810167ffffffffffffffff811182821017156101e1576101e161014e565b6040528181528282016020018610156101f8575f5ffd5b816020840160208301375f9181016020019190915294935050505056fea2646970667358221220eba234199ea5441bcbce3eb292c96d42d07a70ef68da27462554b737496964de64736f6c634300081e0033",
}

// MultiSend is an auto generated Go binding around an Ethereum contract.
type MultiSend struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *MultiSend) GetABI() abi.ABI {
	return c.abi
}

// NewMultiSend creates a new instance of MultiSend.
func NewMultiSend() *MultiSend {
	parsed, err := MultiSendMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &MultiSend{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *MultiSend) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackMultiSend is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8d80ff0a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function multiSend(bytes transactions) payable returns()
func (multiSend *MultiSend) PackMultiSend(transactions []byte) []byte {
	enc, err := multiSend.abi.Pack("multiSend", transactions)
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
func (multiSend *MultiSend) TryPackMultiSend(transactions []byte) ([]byte, error) {
	return multiSend.abi.Pack("multiSend", transactions)
}
