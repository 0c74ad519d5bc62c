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

// InitializerAttackerMetaData contains all meta data concerning the InitializerAttacker contract.
var InitializerAttackerMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"vaultAddr\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Looted\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"attack\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"vault\",\"outputs\":[{\"internalType\":\"contractITreasuryVault\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "InitializerAttacker",
	Bin: "0x60c060405234801561000f575f5ffd5b506040516104c33803806104c383398101604081905261002e91610043565b336080526001600160a01b031660a052610070565b5f60208284031215610053575f5ffd5b81516001600160a01b0381168114610069575f5ffd5b9392505050565b60805160a05161040b6100b85f395f818160a001528181610137015281816101d80152818161024201526102fc01525f8181605d0152818160cd01526102cd015261040b5ff3fe608060405234801561000f575f5ffd5b506004361061003f575f3560e01c806364dd891a146100435780638da5cb5b14610058578063fbfa77cf1461009b575b5f5ffd5b610056610051366004610391565b6100c2565b005b61007f7f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b03909116815260200160405180910390f35b61007f7f000000000000000000000000000000000000000000000000000000000000000081565b336001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000161461012b5760405162461bcd60e51b81526020600482015260096024820152683737ba1037bbb732b960b91b60448201526064015b60405180910390fd5b306001600160a01b03167f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316638da5cb5b6040518163ffffffff1660e01b8152600401602060405180830381865afa158015610191573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906101b591906103a8565b6001600160a01b031614610238576040516329b6eca960e01b81523060048201527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316906329b6eca9906024015f604051808303815f87803b158015610221575f5ffd5b505af1158015610233573d5f5f3e3d5ffd5b505050505b6001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016315f8183106102715781610273565b825b90505f81116102b65760405162461bcd60e51b815260206004820152600f60248201526e6e6f7468696e6720746f2074616b6560881b6044820152606401610122565b604051636ea056a960e01b81526001600160a01b037f000000000000000000000000000000000000000000000000000000000000000081166004830152602482018390527f00000000000000000000000000000000000000000000000000000000000000001690636ea056a9906044015f604051808303815f87803b15801561033d575f5ffd5b505af115801561034f573d5f5f3e3d5ffd5b505050507fedbaced56e425b1550e4b113e64b6b81eeac298170fce6f3ef6ae517978b67c38160405161038491815260200190565b60405180910390a1505050565b5f602082840312156103a1575f5ffd5b5035919050565b5f602082840312156103b8575f5ffd5b81516001600160a01b03811681146103ce575f5ffd5b939250505056fea26469706673582212204a24a289ed386514fba7cdf216fe71808eff26d6adea411d1917ab381933a2d864736f6c634300081e0033",
}

// InitializerAttacker is an auto generated Go binding around an Ethereum contract.
type InitializerAttacker struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *InitializerAttacker) GetABI() abi.ABI {
	return c.abi
}

// NewInitializerAttacker creates a new instance of InitializerAttacker.
func NewInitializerAttacker() *InitializerAttacker {
	parsed, err := InitializerAttackerMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &InitializerAttacker{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *InitializerAttacker) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address vaultAddr) returns()
func (initializerAttacker *InitializerAttacker) PackConstructor(vaultAddr common.Address) []byte {
	enc, err := initializerAttacker.abi.Pack("", vaultAddr)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackAttack is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x64dd891a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function attack(uint256 amount) returns()
func (initializerAttacker *InitializerAttacker) PackAttack(amount *big.Int) []byte {
	enc, err := initializerAttacker.abi.Pack("attack", amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAttack is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x64dd891a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function attack(uint256 amount) returns()
func (initializerAttacker *InitializerAttacker) TryPackAttack(amount *big.Int) ([]byte, error) {
	return initializerAttacker.abi.Pack("attack", amount)
}

// PackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function owner() view returns(address)
func (initializerAttacker *InitializerAttacker) PackOwner() []byte {
	enc, err := initializerAttacker.abi.Pack("owner")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function owner() view returns(address)
func (initializerAttacker *InitializerAttacker) TryPackOwner() ([]byte, error) {
	return initializerAttacker.abi.Pack("owner")
}

// UnpackOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (initializerAttacker *InitializerAttacker) UnpackOwner(data []byte) (common.Address, error) {
	out, err := initializerAttacker.abi.Unpack("owner", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackVault is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfbfa77cf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function vault() view returns(address)
func (initializerAttacker *InitializerAttacker) PackVault() []byte {
	enc, err := initializerAttacker.abi.Pack("vault")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVault is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfbfa77cf.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function vault() view returns(address)
func (initializerAttacker *InitializerAttacker) TryPackVault() ([]byte, error) {
	return initializerAttacker.abi.Pack("vault")
}

// UnpackVault is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfbfa77cf.
//
// Solidity: function vault() view returns(address)
func (initializerAttacker *InitializerAttacker) UnpackVault(data []byte) (common.Address, error) {
	out, err := initializerAttacker.abi.Unpack("vault", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// InitializerAttackerLooted represents a Looted event raised by the InitializerAttacker contract.
type InitializerAttackerLooted struct {
	Amount *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const InitializerAttackerLootedEventName = "Looted"

// ContractEventName returns the user-defined event name.
func (InitializerAttackerLooted) ContractEventName() string {
	return InitializerAttackerLootedEventName
}

// UnpackLootedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Looted(uint256 amount)
func (initializerAttacker *InitializerAttacker) UnpackLootedEvent(log *types.Log) (*InitializerAttackerLooted, error) {
	event := "Looted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != initializerAttacker.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(InitializerAttackerLooted)
	if len(log.Data) > 0 {
		if err := initializerAttacker.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range initializerAttacker.abi.Events[event].Inputs {
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
