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

// BackdoorSingletonMetaData contains all meta data concerning the BackdoorSingleton contract.
var BackdoorSingletonMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"attacker_\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"SafeERC20FailedOperation\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Swept\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"attacker\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"sweepERC20\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"addresspayable\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"sweepETH\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"stateMutability\":\"payable\",\"type\":\"receive\"}]",
	ID:  "BackdoorSingleton",
	Bin: "0x60a060405234801561000f575f5ffd5b5060405161059838038061059883398101604081905261002e91610088565b6001600160a01b0381166100775760405162461bcd60e51b815260206004820152600c60248201526b7a65726f206164647265737360a01b604482015260640160405180910390fd5b6001600160a01b03166080526100b5565b5f60208284031215610098575f5ffd5b81516001600160a01b03811681146100ae575f5ffd5b9392505050565b6080516104bf6100d95f395f818160730152818160db015261022301526104bf5ff3fe608060405260043610610036575f3560e01c80631163b2b01461004157806348eb76ee14610062578063582515c7146100b1575f5ffd5b3661003d57005b5f5ffd5b34801561004c575f5ffd5b5061006061005b366004610419565b6100d0565b005b34801561006d575f5ffd5b506100957f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b03909116815260200160405180910390f35b3480156100bc575f5ffd5b506100606100cb36600461043b565b610218565b336001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016146101405760405162461bcd60e51b815260206004820152601060248201526f3737ba103a34329030ba3a30b1b5b2b960811b60448201526064015b60405180910390fd5b60405147808252906001600160a01b038316905f907f7b09c29f9106defeccc9ac3b823f3aad0b470d120e5df7aed033b5c43a4bf7189060200160405180910390a35f826001600160a01b0316826040515f6040518083038185875af1925050503d805f81146101cb576040519150601f19603f3d011682016040523d82523d5f602084013e6101d0565b606091505b50509050806102135760405162461bcd60e51b815260206004820152600f60248201526e1d1c985b9cd9995c8819985a5b1959608a1b6044820152606401610137565b505050565b336001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016146102835760405162461bcd60e51b815260206004820152601060248201526f3737ba103a34329030ba3a30b1b5b2b960811b6044820152606401610137565b6040516370a0823160e01b81523060048201525f906001600160a01b038416906370a0823190602401602060405180830381865afa1580156102c7573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906102eb9190610472565b9050816001600160a01b0316836001600160a01b03167f7b09c29f9106defeccc9ac3b823f3aad0b470d120e5df7aed033b5c43a4bf7188360405161033291815260200190565b60405180910390a3604080516001600160a01b0384811660248301526044808301859052835180840390910181526064909201909252602080820180516001600160e01b031663a9059cbb60e01b1781528251610213948816938793879387938793925f928392839182885af1806103af576040513d5f823e3d81fd5b50505f513d915081156103c65780600114156103d3565b6001600160a01b0384163b155b156103fc57604051635274afe760e01b81526001600160a01b0385166004820152602401610137565b50505050565b6001600160a01b0381168114610416575f5ffd5b50565b5f60208284031215610429575f5ffd5b813561043481610402565b9392505050565b5f5f6040838503121561044c575f5ffd5b823561045781610402565b9150602083013561046781610402565b809150509250929050565b5f60208284031215610482575f5ffd5b505191905056fea26469706673582212203b4d76276cf31fd005b99397fc91282025749fcf9fc0f8c6210427c03f0b97b864736f6c634300081e0033",
}

// BackdoorSingleton is an auto generated Go binding around an Ethereum contract.
type BackdoorSingleton struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *BackdoorSingleton) GetABI() abi.ABI {
	return c.abi
}

// NewBackdoorSingleton creates a new instance of BackdoorSingleton.
func NewBackdoorSingleton() *BackdoorSingleton {
	parsed, err := BackdoorSingletonMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &BackdoorSingleton{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *BackdoorSingleton) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address attacker_) returns()
func (backdoorSingleton *BackdoorSingleton) PackConstructor(attacker_ common.Address) []byte {
	enc, err := backdoorSingleton.abi.Pack("", attacker_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackAttacker is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x48eb76ee.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function attacker() view returns(address)
func (backdoorSingleton *BackdoorSingleton) PackAttacker() []byte {
	enc, err := backdoorSingleton.abi.Pack("attacker")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAttacker is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x48eb76ee.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function attacker() view returns(address)
func (backdoorSingleton *BackdoorSingleton) TryPackAttacker() ([]byte, error) {
	return backdoorSingleton.abi.Pack("attacker")
}

// UnpackAttacker is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x48eb76ee.
//
// Solidity: function attacker() view returns(address)
func (backdoorSingleton *BackdoorSingleton) UnpackAttacker(data []byte) (common.Address, error) {
	out, err := backdoorSingleton.abi.Unpack("attacker", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackSweepERC20 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x582515c7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function sweepERC20(address token, address to) returns()
func (backdoorSingleton *BackdoorSingleton) PackSweepERC20(token common.Address, to common.Address) []byte {
	enc, err := backdoorSingleton.abi.Pack("sweepERC20", token, to)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSweepERC20 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x582515c7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function sweepERC20(address token, address to) returns()
func (backdoorSingleton *BackdoorSingleton) TryPackSweepERC20(token common.Address, to common.Address) ([]byte, error) {
	return backdoorSingleton.abi.Pack("sweepERC20", token, to)
}

// PackSweepETH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1163b2b0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function sweepETH(address to) returns()
func (backdoorSingleton *BackdoorSingleton) PackSweepETH(to common.Address) []byte {
	enc, err := backdoorSingleton.abi.Pack("sweepETH", to)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSweepETH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1163b2b0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function sweepETH(address to) returns()
func (backdoorSingleton *BackdoorSingleton) TryPackSweepETH(to common.Address) ([]byte, error) {
	return backdoorSingleton.abi.Pack("sweepETH", to)
}

// BackdoorSingletonSwept represents a Swept event raised by the BackdoorSingleton contract.
type BackdoorSingletonSwept struct {
	Token  common.Address
	To     common.Address
	Amount *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const BackdoorSingletonSweptEventName = "Swept"

// ContractEventName returns the user-defined event name.
func (BackdoorSingletonSwept) ContractEventName() string {
	return BackdoorSingletonSweptEventName
}

// UnpackSweptEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Swept(address indexed token, address indexed to, uint256 amount)
func (backdoorSingleton *BackdoorSingleton) UnpackSweptEvent(log *types.Log) (*BackdoorSingletonSwept, error) {
	event := "Swept"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != backdoorSingleton.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(BackdoorSingletonSwept)
	if len(log.Data) > 0 {
		if err := backdoorSingleton.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range backdoorSingleton.abi.Events[event].Inputs {
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

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (backdoorSingleton *BackdoorSingleton) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], backdoorSingleton.abi.Errors["SafeERC20FailedOperation"].ID.Bytes()[:4]) {
		return backdoorSingleton.UnpackSafeERC20FailedOperationError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// BackdoorSingletonSafeERC20FailedOperation represents a SafeERC20FailedOperation error raised by the BackdoorSingleton contract.
type BackdoorSingletonSafeERC20FailedOperation struct {
	Token common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SafeERC20FailedOperation(address token)
func BackdoorSingletonSafeERC20FailedOperationErrorID() common.Hash {
	return common.HexToHash("0x5274afe73c98b4749fc91ffae6b7b574e7842cb2144a159e9377a5f20b32edf9")
}

// UnpackSafeERC20FailedOperationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SafeERC20FailedOperation(address token)
func (backdoorSingleton *BackdoorSingleton) UnpackSafeERC20FailedOperationError(raw []byte) (*BackdoorSingletonSafeERC20FailedOperation, error) {
	out := new(BackdoorSingletonSafeERC20FailedOperation)
	if err := backdoorSingleton.abi.UnpackIntoInterface(out, "SafeERC20FailedOperation", raw); err != nil {
		return nil, err
	}
	return out, nil
}
