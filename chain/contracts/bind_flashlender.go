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

// FlashLenderMetaData contains all meta data concerning the FlashLender contract.
var FlashLenderMetaData = bind.MetaData{
	ABI: "[{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"fee\",\"type\":\"uint256\"}],\"name\":\"FlashLoan\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"CALLBACK_SUCCESS\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"ETH\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"FEE_BPS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"flashFee\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"contractIETHFlashBorrower\",\"name\":\"receiver\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"flashLoan\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"maxFlashLoan\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"stateMutability\":\"payable\",\"type\":\"receive\"}]",
	ID:  "FlashLender",
	Bin: "0x6080604052348015600e575f5ffd5b506106638061001c5f395ff3fe608060405260043610610057575f3560e01c80635cffe9de14610062578063613255ab146100965780638237e538146100c35780638322fff2146100f6578063bf333f2c14610135578063d9d98ce414610149575f5ffd5b3661005e57005b5f5ffd5b34801561006d575f5ffd5b5061008161007c366004610483565b610168565b60405190151581526020015b60405180910390f35b3480156100a1575f5ffd5b506100b56100b036600461051c565b6103b9565b60405190815260200161008d565b3480156100ce575f5ffd5b506100b57f439148f0bbc682ca079e46d6e2c2f0c1e3b820f1a291b069d8882abf8cf18dd981565b348015610101575f5ffd5b5061011d73eeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee81565b6040516001600160a01b03909116815260200161008d565b348015610140575f5ffd5b506100b5600581565b348015610154575f5ffd5b506100b5610163366004610537565b6103ec565b5f6001600160a01b03851673eeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee146101ce5760405162461bcd60e51b81526020600482015260116024820152703ab739bab83837b93a32b2103a37b5b2b760791b60448201526064015b60405180910390fd5b478085111561021f5760405162461bcd60e51b815260206004820152601760248201527f616d6f756e742065786365656473206d6178206c6f616e00000000000000000060448201526064016101c5565b5f61022a87876103ec565b90507f439148f0bbc682ca079e46d6e2c2f0c1e3b820f1a291b069d8882abf8cf18dd9886001600160a01b03166323e30c8b88338b8b878c8c6040518863ffffffff1660e01b815260040161028496959493929190610561565b60206040518083038185885af11580156102a0573d5f5f3e3d5ffd5b50505050506040513d601f19601f820116820180604052508101906102c591906105b9565b146103045760405162461bcd60e51b815260206004820152600f60248201526e18d85b1b189858dac819985a5b1959608a1b60448201526064016101c5565b61030e81836105e4565b4710156103555760405162461bcd60e51b8152602060048201526015602482015274199b185cda081b1bd85b881b9bdd081c995c185a59605a1b60448201526064016101c5565b866001600160a01b0316886001600160a01b03167f0d7d75e01ab95780d3cd1c8ec0dd6c2ce19e3a20427eec8bf53283b6fb8e95f088846040516103a3929190918252602082015260400190565b60405180910390a3506001979650505050505050565b5f6001600160a01b03821673eeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee146103e4575f6103e6565b475b92915050565b5f6001600160a01b03831673eeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee1461044d5760405162461bcd60e51b81526020600482015260116024820152703ab739bab83837b93a32b2103a37b5b2b760791b60448201526064016101c5565b61271061045b6005846105f7565b610465919061060e565b9392505050565b6001600160a01b0381168114610480575f5ffd5b50565b5f5f5f5f5f60808688031215610497575f5ffd5b85356104a28161046c565b945060208601356104b28161046c565b935060408601359250606086013567ffffffffffffffff8111156104d4575f5ffd5b8601601f810188136104e4575f5ffd5b803567ffffffffffffffff8111156104fa575f5ffd5b88602082840101111561050b575f5ffd5b959894975092955050506020019190565b5f6020828403121561052c575f5ffd5b81356104658161046c565b5f5f60408385031215610548575f5ffd5b82356105538161046c565b946020939093013593505050565b6001600160a01b03878116825286166020820152604081018590526060810184905260a0608082018190528101829052818360c08301375f81830160c090810191909152601f909201601f1916010195945050505050565b5f602082840312156105c9575f5ffd5b5051919050565b634e487b7160e01b5f52601160045260245ffd5b808201808211156103e6576103e66105d0565b80820281158282048414176103e6576103e66105d0565b5f8261062857634e487b7160e01b5f52601260045260245ffd5b50049056fea264697066735822122009b0895f16977f3e655a8a948b2e3cf308c10967a347094072d647466ed6eb9a64736f6c634300081e0033",
}

// FlashLender is an auto generated Go binding around an Ethereum contract.
type FlashLender struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *FlashLender) GetABI() abi.ABI {
	return c.abi
}

// NewFlashLender creates a new instance of FlashLender.
func NewFlashLender() *FlashLender {
	parsed, err := FlashLenderMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &FlashLender{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *FlashLender) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackCALLBACKSUCCESS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8237e538.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function CALLBACK_SUCCESS() view returns(bytes32)
func (flashLender *FlashLender) PackCALLBACKSUCCESS() []byte {
	enc, err := flashLender.abi.Pack("CALLBACK_SUCCESS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCALLBACKSUCCESS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8237e538.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function CALLBACK_SUCCESS() view returns(bytes32)
func (flashLender *FlashLender) TryPackCALLBACKSUCCESS() ([]byte, error) {
	return flashLender.abi.Pack("CALLBACK_SUCCESS")
}

// UnpackCALLBACKSUCCESS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8237e538.
//
// Solidity: function CALLBACK_SUCCESS() view returns(bytes32)
func (flashLender *FlashLender) UnpackCALLBACKSUCCESS(data []byte) ([32]byte, error) {
	out, err := flashLender.abi.Unpack("CALLBACK_SUCCESS", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackETH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8322fff2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function ETH() view returns(address)
func (flashLender *FlashLender) PackETH() []byte {
	enc, err := flashLender.abi.Pack("ETH")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackETH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8322fff2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function ETH() view returns(address)
func (flashLender *FlashLender) TryPackETH() ([]byte, error) {
	return flashLender.abi.Pack("ETH")
}

// UnpackETH is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8322fff2.
//
// Solidity: function ETH() view returns(address)
func (flashLender *FlashLender) UnpackETH(data []byte) (common.Address, error) {
	out, err := flashLender.abi.Unpack("ETH", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackFEEBPS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbf333f2c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function FEE_BPS() view returns(uint256)
func (flashLender *FlashLender) PackFEEBPS() []byte {
	enc, err := flashLender.abi.Pack("FEE_BPS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFEEBPS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbf333f2c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function FEE_BPS() view returns(uint256)
func (flashLender *FlashLender) TryPackFEEBPS() ([]byte, error) {
	return flashLender.abi.Pack("FEE_BPS")
}

// UnpackFEEBPS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xbf333f2c.
//
// Solidity: function FEE_BPS() view returns(uint256)
func (flashLender *FlashLender) UnpackFEEBPS(data []byte) (*big.Int, error) {
	out, err := flashLender.abi.Unpack("FEE_BPS", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackFlashFee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd9d98ce4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function flashFee(address token, uint256 amount) pure returns(uint256)
func (flashLender *FlashLender) PackFlashFee(token common.Address, amount *big.Int) []byte {
	enc, err := flashLender.abi.Pack("flashFee", token, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFlashFee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd9d98ce4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function flashFee(address token, uint256 amount) pure returns(uint256)
func (flashLender *FlashLender) TryPackFlashFee(token common.Address, amount *big.Int) ([]byte, error) {
	return flashLender.abi.Pack("flashFee", token, amount)
}

// UnpackFlashFee is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd9d98ce4.
//
// Solidity: function flashFee(address token, uint256 amount) pure returns(uint256)
func (flashLender *FlashLender) UnpackFlashFee(data []byte) (*big.Int, error) {
	out, err := flashLender.abi.Unpack("flashFee", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackFlashLoan is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5cffe9de.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function flashLoan(address receiver, address token, uint256 amount, bytes data) returns(bool)
func (flashLender *FlashLender) PackFlashLoan(receiver common.Address, token common.Address, amount *big.Int, data []byte) []byte {
	enc, err := flashLender.abi.Pack("flashLoan", receiver, token, amount, data)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFlashLoan is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5cffe9de.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function flashLoan(address receiver, address token, uint256 amount, bytes data) returns(bool)
func (flashLender *FlashLender) TryPackFlashLoan(receiver common.Address, token common.Address, amount *big.Int, data []byte) ([]byte, error) {
	return flashLender.abi.Pack("flashLoan", receiver, token, amount, data)
}

// UnpackFlashLoan is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5cffe9de.
//
// Solidity: function flashLoan(address receiver, address token, uint256 amount, bytes data) returns(bool)
func (flashLender *FlashLender) UnpackFlashLoan(data []byte) (bool, error) {
	out, err := flashLender.abi.Unpack("flashLoan", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackMaxFlashLoan is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x613255ab.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function maxFlashLoan(address token) view returns(uint256)
func (flashLender *FlashLender) PackMaxFlashLoan(token common.Address) []byte {
	enc, err := flashLender.abi.Pack("maxFlashLoan", token)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMaxFlashLoan is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x613255ab.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function maxFlashLoan(address token) view returns(uint256)
func (flashLender *FlashLender) TryPackMaxFlashLoan(token common.Address) ([]byte, error) {
	return flashLender.abi.Pack("maxFlashLoan", token)
}

// UnpackMaxFlashLoan is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x613255ab.
//
// Solidity: function maxFlashLoan(address token) view returns(uint256)
func (flashLender *FlashLender) UnpackMaxFlashLoan(data []byte) (*big.Int, error) {
	out, err := flashLender.abi.Unpack("maxFlashLoan", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// FlashLenderFlashLoan represents a FlashLoan event raised by the FlashLender contract.
type FlashLenderFlashLoan struct {
	Receiver common.Address
	Token    common.Address
	Amount   *big.Int
	Fee      *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const FlashLenderFlashLoanEventName = "FlashLoan"

// ContractEventName returns the user-defined event name.
func (FlashLenderFlashLoan) ContractEventName() string {
	return FlashLenderFlashLoanEventName
}

// UnpackFlashLoanEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event FlashLoan(address indexed receiver, address indexed token, uint256 amount, uint256 fee)
func (flashLender *FlashLender) UnpackFlashLoanEvent(log *types.Log) (*FlashLenderFlashLoan, error) {
	event := "FlashLoan"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != flashLender.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(FlashLenderFlashLoan)
	if len(log.Data) > 0 {
		if err := flashLender.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range flashLender.abi.Events[event].Inputs {
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
