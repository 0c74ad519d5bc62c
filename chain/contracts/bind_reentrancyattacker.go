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

// ReentrancyAttackerMetaData contains all meta data concerning the ReentrancyAttacker contract.
var ReentrancyAttackerMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"vaultAddr\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"stake\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"rounds\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Looted\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"rounds\",\"type\":\"uint256\"}],\"name\":\"attack\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"roundsLeft\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"stake\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"vault\",\"outputs\":[{\"internalType\":\"contractIVault\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"stateMutability\":\"payable\",\"type\":\"receive\"}]",
	ID:  "ReentrancyAttacker",
	Bin: "0x60c060405234801561000f575f5ffd5b5060405161064a38038061064a83398101604081905261002e91610043565b336080526001600160a01b031660a052610070565b5f60208284031215610053575f5ffd5b81516001600160a01b0381168114610069575f5ffd5b9392505050565b60805160a05161058b6100bf5f395f8181605c0152818160950152818160f3015281816102040152818161031a015261039a01525f81816101a401528181610231015261040f015261058b5ff3fe60806040526004361061004c575f3560e01c80633a4b66f11461015957806364dd891a146101805780638da5cb5b14610193578063c3e57fef146101de578063fbfa77cf146101f3575f5ffd5b3661015557336001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001614801561008a57505f600154115b80156100c157505f547f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03163110155b156101535760018054905f6100d583610510565b90915550505f54604051632e1a7d4d60e01b815260048101919091527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031690632e1a7d4d906024015f604051808303815f87803b15801561013c575f5ffd5b505af115801561014e573d5f5f3e3d5ffd5b505050505b005b5f5ffd5b348015610164575f5ffd5b5061016d5f5481565b6040519081526020015b60405180910390f35b61015361018e366004610525565b610226565b34801561019e575f5ffd5b506101c67f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b039091168152602001610177565b3480156101e9575f5ffd5b5061016d60015481565b3480156101fe575f5ffd5b506101c67f000000000000000000000000000000000000000000000000000000000000000081565b336001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000161461028f5760405162461bcd60e51b81526020600482015260096024820152683737ba1037bbb732b960b91b60448201526064015b60405180910390fd5b5f34116102c95760405162461bcd60e51b81526020600482015260086024820152676e6f207374616b6560c01b6044820152606401610286565b5f81116103045760405162461bcd60e51b81526020600482015260096024820152686e6f20726f756e647360b81b6044820152606401610286565b345f5561031260018261053c565b6001819055507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663d0e30db0346040518263ffffffff1660e01b81526004015f604051808303818588803b158015610371575f5ffd5b505af1158015610383573d5f5f3e3d5ffd5b5050604051632e1a7d4d60e01b81523460048201527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169350632e1a7d4d925060240190505f604051808303815f87803b1580156103e7575f5ffd5b505af11580156103f9573d5f5f3e3d5ffd5b50505f80805560018190556040514793509091507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169083908381818185875af1925050503d805f8114610470576040519150601f19603f3d011682016040523d82523d5f602084013e610475565b606091505b50509050806104b65760405162461bcd60e51b815260206004820152600d60248201526c1c185e5bdd5d0819985a5b1959609a1b6044820152606401610286565b60408051348152602081018590529081018390527f0211b0f6edc191cf9e61a36ebd7499f6ad8416a70f7e306c996bc6500dbcb4de9060600160405180910390a1505050565b634e487b7160e01b5f52601160045260245ffd5b5f8161051e5761051e6104fc565b505f190190565b5f60208284031215610535575f5ffd5b5035919050565b8181038181111561054f5761054f6104fc565b9291505056fea264697066735822122098e17a96c4285f11e96d8a140b9f99185090b1ffb64f1e4c460b0634d567bfe064736f6c634300081e0033",
}

// ReentrancyAttacker is an auto generated Go binding around an Ethereum contract.
type ReentrancyAttacker struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *ReentrancyAttacker) GetABI() abi.ABI {
	return c.abi
}

// NewReentrancyAttacker creates a new instance of ReentrancyAttacker.
func NewReentrancyAttacker() *ReentrancyAttacker {
	parsed, err := ReentrancyAttackerMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &ReentrancyAttacker{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *ReentrancyAttacker) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address vaultAddr) returns()
func (reentrancyAttacker *ReentrancyAttacker) PackConstructor(vaultAddr common.Address) []byte {
	enc, err := reentrancyAttacker.abi.Pack("", vaultAddr)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackAttack is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x64dd891a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function attack(uint256 rounds) payable returns()
func (reentrancyAttacker *ReentrancyAttacker) PackAttack(rounds *big.Int) []byte {
	enc, err := reentrancyAttacker.abi.Pack("attack", rounds)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAttack is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x64dd891a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function attack(uint256 rounds) payable returns()
func (reentrancyAttacker *ReentrancyAttacker) TryPackAttack(rounds *big.Int) ([]byte, error) {
	return reentrancyAttacker.abi.Pack("attack", rounds)
}

// PackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function owner() view returns(address)
func (reentrancyAttacker *ReentrancyAttacker) PackOwner() []byte {
	enc, err := reentrancyAttacker.abi.Pack("owner")
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
func (reentrancyAttacker *ReentrancyAttacker) TryPackOwner() ([]byte, error) {
	return reentrancyAttacker.abi.Pack("owner")
}

// UnpackOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (reentrancyAttacker *ReentrancyAttacker) UnpackOwner(data []byte) (common.Address, error) {
	out, err := reentrancyAttacker.abi.Unpack("owner", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackRoundsLeft is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc3e57fef.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function roundsLeft() view returns(uint256)
func (reentrancyAttacker *ReentrancyAttacker) PackRoundsLeft() []byte {
	enc, err := reentrancyAttacker.abi.Pack("roundsLeft")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRoundsLeft is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc3e57fef.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function roundsLeft() view returns(uint256)
func (reentrancyAttacker *ReentrancyAttacker) TryPackRoundsLeft() ([]byte, error) {
	return reentrancyAttacker.abi.Pack("roundsLeft")
}

// UnpackRoundsLeft is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc3e57fef.
//
// Solidity: function roundsLeft() view returns(uint256)
func (reentrancyAttacker *ReentrancyAttacker) UnpackRoundsLeft(data []byte) (*big.Int, error) {
	out, err := reentrancyAttacker.abi.Unpack("roundsLeft", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3a4b66f1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function stake() view returns(uint256)
func (reentrancyAttacker *ReentrancyAttacker) PackStake() []byte {
	enc, err := reentrancyAttacker.abi.Pack("stake")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3a4b66f1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function stake() view returns(uint256)
func (reentrancyAttacker *ReentrancyAttacker) TryPackStake() ([]byte, error) {
	return reentrancyAttacker.abi.Pack("stake")
}

// UnpackStake is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3a4b66f1.
//
// Solidity: function stake() view returns(uint256)
func (reentrancyAttacker *ReentrancyAttacker) UnpackStake(data []byte) (*big.Int, error) {
	out, err := reentrancyAttacker.abi.Unpack("stake", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackVault is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfbfa77cf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function vault() view returns(address)
func (reentrancyAttacker *ReentrancyAttacker) PackVault() []byte {
	enc, err := reentrancyAttacker.abi.Pack("vault")
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
func (reentrancyAttacker *ReentrancyAttacker) TryPackVault() ([]byte, error) {
	return reentrancyAttacker.abi.Pack("vault")
}

// UnpackVault is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfbfa77cf.
//
// Solidity: function vault() view returns(address)
func (reentrancyAttacker *ReentrancyAttacker) UnpackVault(data []byte) (common.Address, error) {
	out, err := reentrancyAttacker.abi.Unpack("vault", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// ReentrancyAttackerLooted represents a Looted event raised by the ReentrancyAttacker contract.
type ReentrancyAttackerLooted struct {
	Stake  *big.Int
	Rounds *big.Int
	Amount *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const ReentrancyAttackerLootedEventName = "Looted"

// ContractEventName returns the user-defined event name.
func (ReentrancyAttackerLooted) ContractEventName() string {
	return ReentrancyAttackerLootedEventName
}

// UnpackLootedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Looted(uint256 stake, uint256 rounds, uint256 amount)
func (reentrancyAttacker *ReentrancyAttacker) UnpackLootedEvent(log *types.Log) (*ReentrancyAttackerLooted, error) {
	event := "Looted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != reentrancyAttacker.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ReentrancyAttackerLooted)
	if len(log.Data) > 0 {
		if err := reentrancyAttacker.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range reentrancyAttacker.abi.Events[event].Inputs {
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
