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

// RelayerAttackerMetaData contains all meta data concerning the RelayerAttacker contract.
var RelayerAttackerMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"vaultAddr\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Looted\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"attack\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"vault\",\"outputs\":[{\"internalType\":\"contractIBridgeVault\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "RelayerAttacker",
	Bin: "0x60c060405234801561000f575f5ffd5b506040516103fe3803806103fe83398101604081905261002e91610043565b336080526001600160a01b031660a052610070565b5f60208284031215610053575f5ffd5b81516001600160a01b0381168114610069575f5ffd5b9392505050565b60805160a05161034d6100b15f395f818160a001528181610147015281816101af015261026b01525f8181605d0152818160cd015261023c015261034d5ff3fe608060405234801561000f575f5ffd5b506004361061003f575f3560e01c806364dd891a146100435780638da5cb5b14610058578063fbfa77cf1461009b575b5f5ffd5b610056610051366004610300565b6100c2565b005b61007f7f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b03909116815260200160405180910390f35b61007f7f000000000000000000000000000000000000000000000000000000000000000081565b336001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000161461012b5760405162461bcd60e51b81526020600482015260096024820152683737ba1037bbb732b960b91b60448201526064015b60405180910390fd5b60405163766c6e1d60e11b8152306004820152600160248201527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063ecd8dc3a906044015f604051808303815f87803b158015610190575f5ffd5b505af11580156101a2573d5f5f3e3d5ffd5b5050506001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000163190505f8183106101e057816101e2565b825b90505f81116102255760405162461bcd60e51b815260206004820152600f60248201526e6e6f7468696e6720746f2074616b6560881b6044820152606401610122565b604051630357371d60e01b81526001600160a01b037f000000000000000000000000000000000000000000000000000000000000000081166004830152602482018390527f00000000000000000000000000000000000000000000000000000000000000001690630357371d906044015f604051808303815f87803b1580156102ac575f5ffd5b505af11580156102be573d5f5f3e3d5ffd5b505050507fedbaced56e425b1550e4b113e64b6b81eeac298170fce6f3ef6ae517978b67c3816040516102f391815260200190565b60405180910390a1505050565b5f60208284031215610310575f5ffd5b503591905056fea2646970667358221220ffe19cc2d6a70e0a713bd758fbb96600a43a3f7ef4a29fa5c5c5e374c957431d64736f6c634300081e0033",
}

// RelayerAttacker is an auto generated Go binding around an Ethereum contract.
type RelayerAttacker struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *RelayerAttacker) GetABI() abi.ABI {
	return c.abi
}

// NewRelayerAttacker creates a new instance of RelayerAttacker.
func NewRelayerAttacker() *RelayerAttacker {
	parsed, err := RelayerAttackerMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &RelayerAttacker{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *RelayerAttacker) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address vaultAddr) returns()
func (relayerAttacker *RelayerAttacker) PackConstructor(vaultAddr common.Address) []byte {
	enc, err := relayerAttacker.abi.Pack("", vaultAddr)
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
func (relayerAttacker *RelayerAttacker) PackAttack(amount *big.Int) []byte {
	enc, err := relayerAttacker.abi.Pack("attack", amount)
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
func (relayerAttacker *RelayerAttacker) TryPackAttack(amount *big.Int) ([]byte, error) {
	return relayerAttacker.abi.Pack("attack", amount)
}

// PackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function owner() view returns(address)
func (relayerAttacker *RelayerAttacker) PackOwner() []byte {
	enc, err := relayerAttacker.abi.Pack("owner")
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
func (relayerAttacker *RelayerAttacker) TryPackOwner() ([]byte, error) {
	return relayerAttacker.abi.Pack("owner")
}

// UnpackOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (relayerAttacker *RelayerAttacker) UnpackOwner(data []byte) (common.Address, error) {
	out, err := relayerAttacker.abi.Unpack("owner", data)
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
func (relayerAttacker *RelayerAttacker) PackVault() []byte {
	enc, err := relayerAttacker.abi.Pack("vault")
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
func (relayerAttacker *RelayerAttacker) TryPackVault() ([]byte, error) {
	return relayerAttacker.abi.Pack("vault")
}

// UnpackVault is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfbfa77cf.
//
// Solidity: function vault() view returns(address)
func (relayerAttacker *RelayerAttacker) UnpackVault(data []byte) (common.Address, error) {
	out, err := relayerAttacker.abi.Unpack("vault", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// RelayerAttackerLooted represents a Looted event raised by the RelayerAttacker contract.
type RelayerAttackerLooted struct {
	Amount *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const RelayerAttackerLootedEventName = "Looted"

// ContractEventName returns the user-defined event name.
func (RelayerAttackerLooted) ContractEventName() string {
	return RelayerAttackerLootedEventName
}

// UnpackLootedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Looted(uint256 amount)
func (relayerAttacker *RelayerAttacker) UnpackLootedEvent(log *types.Log) (*RelayerAttackerLooted, error) {
	event := "Looted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != relayerAttacker.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RelayerAttackerLooted)
	if len(log.Data) > 0 {
		if err := relayerAttacker.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range relayerAttacker.abi.Events[event].Inputs {
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
