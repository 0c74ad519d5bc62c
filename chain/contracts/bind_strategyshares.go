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

// StrategySharesMetaData contains all meta data concerning the StrategyShares contract.
var StrategySharesMetaData = bind.MetaData{
	ABI: "[{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"assets\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"shares\",\"type\":\"uint256\"}],\"name\":\"Deposit\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"assets\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"shares\",\"type\":\"uint256\"}],\"name\":\"Withdraw\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"shares\",\"type\":\"uint256\"}],\"name\":\"convertToAssets\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"assets\",\"type\":\"uint256\"}],\"name\":\"convertToShares\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"deposit\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"shares\",\"type\":\"uint256\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"shares\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"redeem\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"assets\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalAssets\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalSupply\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"stateMutability\":\"payable\",\"type\":\"receive\"}]",
	ID:  "StrategyShares",
	Bin: "0x6080604052348015600e575f5ffd5b506105b98061001c5f395ff3fe608060405260043610610071575f3560e01c806370a082311161004c57806370a08231146100cf5780637bde82f2146100fa578063c6e6f59214610119578063f340fa0114610138575f5ffd5b806301e1d1141461007c57806307a2d13a1461009c57806318160ddd146100bb575f5ffd5b3661007857005b5f5ffd5b348015610087575f5ffd5b50475b60405190815260200160405180910390f35b3480156100a7575f5ffd5b5061008a6100b6366004610498565b61014b565b3480156100c6575f5ffd5b5061008a5f5481565b3480156100da575f5ffd5b5061008a6100e93660046104ca565b60016020525f908152604090205481565b348015610105575f5ffd5b5061008a6101143660046104e3565b610177565b348015610124575f5ffd5b5061008a610133366004610498565b610311565b61008a6101463660046104ca565b61034d565b5f8054801561016e578061015f4785610521565b610169919061053e565b610170565b825b9392505050565b5f5f831180156101955750335f908152600160205260409020548311155b6101dc5760405162461bcd60e51b8152602060048201526013602482015272696e73756666696369656e742073686172657360681b60448201526064015b60405180910390fd5b5f546101e84785610521565b6101f2919061053e565b335f9081526001602052604081208054929350859290919061021590849061055d565b92505081905550825f5f82825461022c919061055d565b9091555050604080518281526020810185905233916001600160a01b0385169183917ffbde797d201c681b91056529119e0b02407c7bb96a4a2c75c01fc9667232c8db910160405180910390a45f826001600160a01b0316826040515f6040518083038185875af1925050503d805f81146102c2576040519150601f19603f3d011682016040523d82523d5f602084013e6102c7565b606091505b505090508061030a5760405162461bcd60e51b815260206004820152600f60248201526e1d1c985b9cd9995c8819985a5b1959608a1b60448201526064016101d3565b5092915050565b5f8054808203610322575090919050565b47801561034357806103348386610521565b61033e919061053e565b610345565b5f5b949350505050565b5f5f341161038c5760405162461bcd60e51b815260206004820152600c60248201526b1e995c9bc819195c1bdcda5d60a21b60448201526064016101d3565b5f80549081900361039f57349150610414565b5f6103aa344761055d565b90505f81116103fb5760405162461bcd60e51b815260206004820152601b60248201527f6e6f2061737365747320626568696e642074686520736861726573000000000060448201526064016101d3565b806104068334610521565b610410919061053e565b9250505b61041e8282610570565b5f9081556001600160a01b03841681526001602052604081208054849290610447908490610570565b909155505060408051348152602081018490526001600160a01b0385169133917fdcbc1c05240f31ff3ad067ef1ee35ce4997762752e3a095284754544f4c709d7910160405180910390a350919050565b5f602082840312156104a8575f5ffd5b5035919050565b80356001600160a01b03811681146104c5575f5ffd5b919050565b5f602082840312156104da575f5ffd5b610170826104af565b5f5f604083850312156104f4575f5ffd5b82359150610504602084016104af565b90509250929050565b634e487b7160e01b5f52601160045260245ffd5b80820281158282048414176105385761053861050d565b92915050565b5f8261055857634e487b7160e01b5f52601260045260245ffd5b500490565b818103818111156105385761053861050d565b808201808211156105385761053861050d56fea264697066735822122064bb8205b1ba95d221d73563c0a08abec864c0276ce3a357221ba346dc6d39ab64736f6c634300081e0033",
}

// StrategyShares is an auto generated Go binding around an Ethereum contract.
type StrategyShares struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *StrategyShares) GetABI() abi.ABI {
	return c.abi
}

// NewStrategyShares creates a new instance of StrategyShares.
func NewStrategyShares() *StrategyShares {
	parsed, err := StrategySharesMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &StrategyShares{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *StrategyShares) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function balanceOf(address ) view returns(uint256)
func (strategyShares *StrategyShares) PackBalanceOf(arg0 common.Address) []byte {
	enc, err := strategyShares.abi.Pack("balanceOf", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function balanceOf(address ) view returns(uint256)
func (strategyShares *StrategyShares) TryPackBalanceOf(arg0 common.Address) ([]byte, error) {
	return strategyShares.abi.Pack("balanceOf", arg0)
}

// UnpackBalanceOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x70a08231.
//
// Solidity: function balanceOf(address ) view returns(uint256)
func (strategyShares *StrategyShares) UnpackBalanceOf(data []byte) (*big.Int, error) {
	out, err := strategyShares.abi.Unpack("balanceOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackConvertToAssets is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x07a2d13a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function convertToAssets(uint256 shares) view returns(uint256)
func (strategyShares *StrategyShares) PackConvertToAssets(shares *big.Int) []byte {
	enc, err := strategyShares.abi.Pack("convertToAssets", shares)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackConvertToAssets is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x07a2d13a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function convertToAssets(uint256 shares) view returns(uint256)
func (strategyShares *StrategyShares) TryPackConvertToAssets(shares *big.Int) ([]byte, error) {
	return strategyShares.abi.Pack("convertToAssets", shares)
}

// UnpackConvertToAssets is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x07a2d13a.
//
// Solidity: function convertToAssets(uint256 shares) view returns(uint256)
func (strategyShares *StrategyShares) UnpackConvertToAssets(data []byte) (*big.Int, error) {
	out, err := strategyShares.abi.Unpack("convertToAssets", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackConvertToShares is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc6e6f592.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function convertToShares(uint256 assets) view returns(uint256)
func (strategyShares *StrategyShares) PackConvertToShares(assets *big.Int) []byte {
	enc, err := strategyShares.abi.Pack("convertToShares", assets)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackConvertToShares is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc6e6f592.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function convertToShares(uint256 assets) view returns(uint256)
func (strategyShares *StrategyShares) TryPackConvertToShares(assets *big.Int) ([]byte, error) {
	return strategyShares.abi.Pack("convertToShares", assets)
}

// UnpackConvertToShares is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc6e6f592.
//
// Solidity: function convertToShares(uint256 assets) view returns(uint256)
func (strategyShares *StrategyShares) UnpackConvertToShares(data []byte) (*big.Int, error) {
	out, err := strategyShares.abi.Unpack("convertToShares", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackDeposit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf340fa01.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function deposit(address receiver) payable returns(uint256 shares)
func (strategyShares *StrategyShares) PackDeposit(receiver common.Address) []byte {
	enc, err := strategyShares.abi.Pack("deposit", receiver)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDeposit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf340fa01.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function deposit(address receiver) payable returns(uint256 shares)
func (strategyShares *StrategyShares) TryPackDeposit(receiver common.Address) ([]byte, error) {
	return strategyShares.abi.Pack("deposit", receiver)
}

// UnpackDeposit is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf340fa01.
//
// Solidity: function deposit(address receiver) payable returns(uint256 shares)
func (strategyShares *StrategyShares) UnpackDeposit(data []byte) (*big.Int, error) {
	out, err := strategyShares.abi.Unpack("deposit", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackRedeem is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7bde82f2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function redeem(uint256 shares, address receiver) returns(uint256 assets)
func (strategyShares *StrategyShares) PackRedeem(shares *big.Int, receiver common.Address) []byte {
	enc, err := strategyShares.abi.Pack("redeem", shares, receiver)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRedeem is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7bde82f2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function redeem(uint256 shares, address receiver) returns(uint256 assets)
func (strategyShares *StrategyShares) TryPackRedeem(shares *big.Int, receiver common.Address) ([]byte, error) {
	return strategyShares.abi.Pack("redeem", shares, receiver)
}

// UnpackRedeem is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7bde82f2.
//
// Solidity: function redeem(uint256 shares, address receiver) returns(uint256 assets)
func (strategyShares *StrategyShares) UnpackRedeem(data []byte) (*big.Int, error) {
	out, err := strategyShares.abi.Unpack("redeem", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackTotalAssets is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01e1d114.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function totalAssets() view returns(uint256)
func (strategyShares *StrategyShares) PackTotalAssets() []byte {
	enc, err := strategyShares.abi.Pack("totalAssets")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTotalAssets is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01e1d114.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function totalAssets() view returns(uint256)
func (strategyShares *StrategyShares) TryPackTotalAssets() ([]byte, error) {
	return strategyShares.abi.Pack("totalAssets")
}

// UnpackTotalAssets is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x01e1d114.
//
// Solidity: function totalAssets() view returns(uint256)
func (strategyShares *StrategyShares) UnpackTotalAssets(data []byte) (*big.Int, error) {
	out, err := strategyShares.abi.Unpack("totalAssets", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackTotalSupply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x18160ddd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function totalSupply() view returns(uint256)
func (strategyShares *StrategyShares) PackTotalSupply() []byte {
	enc, err := strategyShares.abi.Pack("totalSupply")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTotalSupply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x18160ddd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function totalSupply() view returns(uint256)
func (strategyShares *StrategyShares) TryPackTotalSupply() ([]byte, error) {
	return strategyShares.abi.Pack("totalSupply")
}

// UnpackTotalSupply is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x18160ddd.
//
// Solidity: function totalSupply() view returns(uint256)
func (strategyShares *StrategyShares) UnpackTotalSupply(data []byte) (*big.Int, error) {
	out, err := strategyShares.abi.Unpack("totalSupply", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// StrategySharesDeposit represents a Deposit event raised by the StrategyShares contract.
type StrategySharesDeposit struct {
	Sender common.Address
	Owner  common.Address
	Assets *big.Int
	Shares *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const StrategySharesDepositEventName = "Deposit"

// ContractEventName returns the user-defined event name.
func (StrategySharesDeposit) ContractEventName() string {
	return StrategySharesDepositEventName
}

// UnpackDepositEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Deposit(address indexed sender, address indexed owner, uint256 assets, uint256 shares)
func (strategyShares *StrategyShares) UnpackDepositEvent(log *types.Log) (*StrategySharesDeposit, error) {
	event := "Deposit"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != strategyShares.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(StrategySharesDeposit)
	if len(log.Data) > 0 {
		if err := strategyShares.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range strategyShares.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// StrategySharesWithdraw represents a Withdraw event raised by the StrategyShares contract.
type StrategySharesWithdraw struct {
	Sender   common.Address
	Receiver common.Address
	Owner    common.Address
	Assets   *big.Int
	Shares   *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const StrategySharesWithdrawEventName = "Withdraw"

// ContractEventName returns the user-defined event name.
func (StrategySharesWithdraw) ContractEventName() string {
	return StrategySharesWithdrawEventName
}

// UnpackWithdrawEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Withdraw(address indexed sender, address indexed receiver, address indexed owner, uint256 assets, uint256 shares)
func (strategyShares *StrategyShares) UnpackWithdrawEvent(log *types.Log) (*StrategySharesWithdraw, error) {
	event := "Withdraw"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != strategyShares.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(StrategySharesWithdraw)
	if len(log.Data) > 0 {
		if err := strategyShares.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range strategyShares.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}
