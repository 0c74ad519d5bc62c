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

// SpotPoolMetaData contains all meta data concerning the SpotPool contract.
var SpotPoolMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"token_\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"ReentrancyGuardReentrantCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"SafeERC20FailedOperation\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount0In\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount1In\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount0Out\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount1Out\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"Swap\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint112\",\"name\":\"reserve0\",\"type\":\"uint112\"},{\"indexed\":false,\"internalType\":\"uint112\",\"name\":\"reserve1\",\"type\":\"uint112\"}],\"name\":\"Sync\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenAmount\",\"type\":\"uint256\"}],\"name\":\"addLiquidity\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amountIn\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"reserveIn\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"reserveOut\",\"type\":\"uint256\"}],\"name\":\"getAmountOut\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"getReserves\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"reserve0\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"reserve1\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"lastBlock\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"lastPrice\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"observedPrice\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"spotPrice\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"minOut\",\"type\":\"uint256\"}],\"name\":\"swapExactETHForTokens\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"out\",\"type\":\"uint256\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amountIn\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"minOut\",\"type\":\"uint256\"}],\"name\":\"swapExactTokensForETH\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"out\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"token\",\"outputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "SpotPool",
	Bin: "0x60a060405234801561000f575f5ffd5b50604051610a13380380610a1383398101604081905261002e91610043565b60015f556001600160a01b0316608052610070565b5f60208284031215610053575f5ffd5b81516001600160a01b0381168114610069575f5ffd5b9392505050565b60805161097661009d5f395f8181610196015281816102ee0152818161053f015261062b01526109765ff3fe60806040526004361061008f575f3560e01c8063398482d811610057578063398482d8146101335780634c5c78271461014757806351c6590a1461015b578063806b984f14610170578063fc0c546a14610185575f5ffd5b8063053f14da14610093578063054d50d4146100bb5780630902f1ac146100da57806309909142146101015780631dc437b114610120575b5f5ffd5b34801561009e575f5ffd5b506100a860035481565b6040519081526020015b60405180910390f35b3480156100c6575f5ffd5b506100a86100d5366004610870565b6101d0565b3480156100e5575f5ffd5b50600154600254604080519283526020830191909152016100b2565b34801561010c575f5ffd5b506100a861011b366004610899565b61022d565b6100a861012e3660046108b9565b61041b565b34801561013e575f5ffd5b506100a8610574565b348015610152575f5ffd5b506100a86105aa565b61016e6101693660046108b9565b6105c3565b005b34801561017b575f5ffd5b506100a860045481565b348015610190575f5ffd5b506101b87f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b0390911681526020016100b2565b5f8215806101dc575081155b156101e857505f610226565b5f6101f5856103e56108e4565b905080610204856103e86108e4565b61020e91906108fb565b61021884836108e4565b610222919061090e565b9150505b9392505050565b5f610236610670565b5f83116102775760405162461bcd60e51b815260206004820152600a6024820152691e995c9bc81a5b9c1d5d60b21b60448201526064015b60405180910390fd5b610286836001546002546101d0565b90505f811180156102975750818110155b6102d95760405162461bcd60e51b81526020600482015260136024820152721a5b9cdd59999a58da595b9d081bdd5d1c1d5d606a1b604482015260640161026e565b6102e1610698565b6103166001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000163330866106b3565b61033a8360015461032791906108fb565b82600254610335919061092d565b610720565b604080518481525f6020820181905281830152606081018390529051339182917fd78ad95fa46c994b6551d0da85fc275fe613ce37657fb8d5e3d130840159d8229181900360800190a36040515f90339083908381818185875af1925050503d805f81146103c3576040519150601f19603f3d011682016040523d82523d5f602084013e6103c8565b606091505b505090508061040b5760405162461bcd60e51b815260206004820152600f60248201526e1d1c985b9cd9995c8819985a5b1959608a1b604482015260640161026e565b5061041560015f55565b92915050565b5f610424610670565b5f34116104605760405162461bcd60e51b815260206004820152600a6024820152691e995c9bc81a5b9c1d5d60b21b604482015260640161026e565b61046f346002546001546101d0565b90505f811180156104805750818110155b6104c25760405162461bcd60e51b81526020600482015260136024820152721a5b9cdd59999a58da595b9d081bdd5d1c1d5d606a1b604482015260640161026e565b6104ca610698565b6104e9816001546104db919061092d565b3460025461033591906108fb565b604080515f80825234602083015281830184905260608201529051339182917fd78ad95fa46c994b6551d0da85fc275fe613ce37657fb8d5e3d130840159d8229181900360800190a36105666001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001633836107ce565b61056f60015f55565b919050565b5f6001545f0361058357505f90565b60015460025461059b90670de0b6b3a76400006108e4565b6105a5919061090e565b905090565b5f60045443036105bb575060035490565b6105a5610574565b6105cb610670565b5f811180156105d957505f34115b6106165760405162461bcd60e51b815260206004820152600e60248201526d7a65726f206c697175696469747960901b604482015260640161026e565b61061e610698565b6106536001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000163330846106b3565b610664816001546104db91906108fb565b61066d60015f55565b50565b60025f540361069257604051633ee5aeb560e01b815260040160405180910390fd5b60025f55565b60045443146106b1576106a9610574565b600355436004555b565b6040516001600160a01b03848116602483015283811660448301526064820183905261071a9186918216906323b872dd906084015b604051602081830303815290604052915060e01b6020820180516001600160e01b038381831617835250505050610804565b50505050565b6001600160701b03821180159061073e57506001600160701b038111155b61077d5760405162461bcd60e51b815260206004820152601060248201526f72657365727665206f766572666c6f7760801b604482015260640161026e565b60018290556002819055604080516001600160701b038085168252831660208201527f1c411e9a96e071241c2f21f7726b17ae89e3cab4c78be50e062b03a9fffbbad1910160405180910390a15050565b6040516001600160a01b038381166024830152604482018390526107ff91859182169063a9059cbb906064016106e8565b505050565b5f5f60205f8451602086015f885af180610823576040513d5f823e3d81fd5b50505f513d9150811561083a578060011415610847565b6001600160a01b0384163b155b1561071a57604051635274afe760e01b81526001600160a01b038516600482015260240161026e565b5f5f5f60608486031215610882575f5ffd5b505081359360208301359350604090920135919050565b5f5f604083850312156108aa575f5ffd5b50508035926020909101359150565b5f602082840312156108c9575f5ffd5b5035919050565b634e487b7160e01b5f52601160045260245ffd5b8082028115828204841417610415576104156108d0565b80820180821115610415576104156108d0565b5f8261092857634e487b7160e01b5f52601260045260245ffd5b500490565b81810381811115610415576104156108d056fea2646970667358221220bf3ece14c8004568a372fcb455792b271707c29affe501df71787b4b9e91769e64736f6c634300081e0033",
}

// SpotPool is an auto generated Go binding around an Ethereum contract.
type SpotPool struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *SpotPool) GetABI() abi.ABI {
	return c.abi
}

// NewSpotPool creates a new instance of SpotPool.
func NewSpotPool() *SpotPool {
	parsed, err := SpotPoolMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &SpotPool{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *SpotPool) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address token_) returns()
func (spotPool *SpotPool) PackConstructor(token_ common.Address) []byte {
	enc, err := spotPool.abi.Pack("", token_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackAddLiquidity is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x51c6590a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function addLiquidity(uint256 tokenAmount) payable returns()
func (spotPool *SpotPool) PackAddLiquidity(tokenAmount *big.Int) []byte {
	enc, err := spotPool.abi.Pack("addLiquidity", tokenAmount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAddLiquidity is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x51c6590a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function addLiquidity(uint256 tokenAmount) payable returns()
func (spotPool *SpotPool) TryPackAddLiquidity(tokenAmount *big.Int) ([]byte, error) {
	return spotPool.abi.Pack("addLiquidity", tokenAmount)
}

// PackGetAmountOut is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x054d50d4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getAmountOut(uint256 amountIn, uint256 reserveIn, uint256 reserveOut) pure returns(uint256)
func (spotPool *SpotPool) PackGetAmountOut(amountIn *big.Int, reserveIn *big.Int, reserveOut *big.Int) []byte {
	enc, err := spotPool.abi.Pack("getAmountOut", amountIn, reserveIn, reserveOut)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetAmountOut is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x054d50d4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getAmountOut(uint256 amountIn, uint256 reserveIn, uint256 reserveOut) pure returns(uint256)
func (spotPool *SpotPool) TryPackGetAmountOut(amountIn *big.Int, reserveIn *big.Int, reserveOut *big.Int) ([]byte, error) {
	return spotPool.abi.Pack("getAmountOut", amountIn, reserveIn, reserveOut)
}

// UnpackGetAmountOut is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x054d50d4.
//
// Solidity: function getAmountOut(uint256 amountIn, uint256 reserveIn, uint256 reserveOut) pure returns(uint256)
func (spotPool *SpotPool) UnpackGetAmountOut(data []byte) (*big.Int, error) {
	out, err := spotPool.abi.Unpack("getAmountOut", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackGetReserves is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0902f1ac.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getReserves() view returns(uint256 reserve0, uint256 reserve1)
func (spotPool *SpotPool) PackGetReserves() []byte {
	enc, err := spotPool.abi.Pack("getReserves")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetReserves is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0902f1ac.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getReserves() view returns(uint256 reserve0, uint256 reserve1)
func (spotPool *SpotPool) TryPackGetReserves() ([]byte, error) {
	return spotPool.abi.Pack("getReserves")
}

// GetReservesOutput serves as a container for the return parameters of contract
// method GetReserves.
type GetReservesOutput struct {
	Reserve0 *big.Int
	Reserve1 *big.Int
}

// UnpackGetReserves is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0902f1ac.
//
// Solidity: function getReserves() view returns(uint256 reserve0, uint256 reserve1)
func (spotPool *SpotPool) UnpackGetReserves(data []byte) (GetReservesOutput, error) {
	out, err := spotPool.abi.Unpack("getReserves", data)
	outstruct := new(GetReservesOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Reserve0 = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.Reserve1 = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackLastBlock is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x806b984f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function lastBlock() view returns(uint256)
func (spotPool *SpotPool) PackLastBlock() []byte {
	enc, err := spotPool.abi.Pack("lastBlock")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLastBlock is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x806b984f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function lastBlock() view returns(uint256)
func (spotPool *SpotPool) TryPackLastBlock() ([]byte, error) {
	return spotPool.abi.Pack("lastBlock")
}

// UnpackLastBlock is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x806b984f.
//
// Solidity: function lastBlock() view returns(uint256)
func (spotPool *SpotPool) UnpackLastBlock(data []byte) (*big.Int, error) {
	out, err := spotPool.abi.Unpack("lastBlock", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackLastPrice is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x053f14da.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function lastPrice() view returns(uint256)
func (spotPool *SpotPool) PackLastPrice() []byte {
	enc, err := spotPool.abi.Pack("lastPrice")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLastPrice is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x053f14da.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function lastPrice() view returns(uint256)
func (spotPool *SpotPool) TryPackLastPrice() ([]byte, error) {
	return spotPool.abi.Pack("lastPrice")
}

// UnpackLastPrice is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x053f14da.
//
// Solidity: function lastPrice() view returns(uint256)
func (spotPool *SpotPool) UnpackLastPrice(data []byte) (*big.Int, error) {
	out, err := spotPool.abi.Unpack("lastPrice", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackObservedPrice is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4c5c7827.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function observedPrice() view returns(uint256)
func (spotPool *SpotPool) PackObservedPrice() []byte {
	enc, err := spotPool.abi.Pack("observedPrice")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackObservedPrice is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4c5c7827.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function observedPrice() view returns(uint256)
func (spotPool *SpotPool) TryPackObservedPrice() ([]byte, error) {
	return spotPool.abi.Pack("observedPrice")
}

// UnpackObservedPrice is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4c5c7827.
//
// Solidity: function observedPrice() view returns(uint256)
func (spotPool *SpotPool) UnpackObservedPrice(data []byte) (*big.Int, error) {
	out, err := spotPool.abi.Unpack("observedPrice", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackSpotPrice is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x398482d8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function spotPrice() view returns(uint256)
func (spotPool *SpotPool) PackSpotPrice() []byte {
	enc, err := spotPool.abi.Pack("spotPrice")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSpotPrice is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x398482d8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function spotPrice() view returns(uint256)
func (spotPool *SpotPool) TryPackSpotPrice() ([]byte, error) {
	return spotPool.abi.Pack("spotPrice")
}

// UnpackSpotPrice is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x398482d8.
//
// Solidity: function spotPrice() view returns(uint256)
func (spotPool *SpotPool) UnpackSpotPrice(data []byte) (*big.Int, error) {
	out, err := spotPool.abi.Unpack("spotPrice", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackSwapExactETHForTokens is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1dc437b1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function swapExactETHForTokens(uint256 minOut) payable returns(uint256 out)
func (spotPool *SpotPool) PackSwapExactETHForTokens(minOut *big.Int) []byte {
	enc, err := spotPool.abi.Pack("swapExactETHForTokens", minOut)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSwapExactETHForTokens is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1dc437b1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function swapExactETHForTokens(uint256 minOut) payable returns(uint256 out)
func (spotPool *SpotPool) TryPackSwapExactETHForTokens(minOut *big.Int) ([]byte, error) {
	return spotPool.abi.Pack("swapExactETHForTokens", minOut)
}

// UnpackSwapExactETHForTokens is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1dc437b1.
//
// Solidity: function swapExactETHForTokens(uint256 minOut) payable returns(uint256 out)
func (spotPool *SpotPool) UnpackSwapExactETHForTokens(data []byte) (*big.Int, error) {
	out, err := spotPool.abi.Unpack("swapExactETHForTokens", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackSwapExactTokensForETH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x09909142.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function swapExactTokensForETH(uint256 amountIn, uint256 minOut) returns(uint256 out)
func (spotPool *SpotPool) PackSwapExactTokensForETH(amountIn *big.Int, minOut *big.Int) []byte {
	enc, err := spotPool.abi.Pack("swapExactTokensForETH", amountIn, minOut)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSwapExactTokensForETH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x09909142.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function swapExactTokensForETH(uint256 amountIn, uint256 minOut) returns(uint256 out)
func (spotPool *SpotPool) TryPackSwapExactTokensForETH(amountIn *big.Int, minOut *big.Int) ([]byte, error) {
	return spotPool.abi.Pack("swapExactTokensForETH", amountIn, minOut)
}

// UnpackSwapExactTokensForETH is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x09909142.
//
// Solidity: function swapExactTokensForETH(uint256 amountIn, uint256 minOut) returns(uint256 out)
func (spotPool *SpotPool) UnpackSwapExactTokensForETH(data []byte) (*big.Int, error) {
	out, err := spotPool.abi.Unpack("swapExactTokensForETH", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfc0c546a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function token() view returns(address)
func (spotPool *SpotPool) PackToken() []byte {
	enc, err := spotPool.abi.Pack("token")
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
func (spotPool *SpotPool) TryPackToken() ([]byte, error) {
	return spotPool.abi.Pack("token")
}

// UnpackToken is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfc0c546a.
//
// Solidity: function token() view returns(address)
func (spotPool *SpotPool) UnpackToken(data []byte) (common.Address, error) {
	out, err := spotPool.abi.Unpack("token", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// SpotPoolSwap represents a Swap event raised by the SpotPool contract.
type SpotPoolSwap struct {
	Sender     common.Address
	Amount0In  *big.Int
	Amount1In  *big.Int
	Amount0Out *big.Int
	Amount1Out *big.Int
	To         common.Address
	Raw        *types.Log // Blockchain specific contextual infos
}

const SpotPoolSwapEventName = "Swap"

// ContractEventName returns the user-defined event name.
func (SpotPoolSwap) ContractEventName() string {
	return SpotPoolSwapEventName
}

// UnpackSwapEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Swap(address indexed sender, uint256 amount0In, uint256 amount1In, uint256 amount0Out, uint256 amount1Out, address indexed to)
func (spotPool *SpotPool) UnpackSwapEvent(log *types.Log) (*SpotPoolSwap, error) {
	event := "Swap"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != spotPool.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SpotPoolSwap)
	if len(log.Data) > 0 {
		if err := spotPool.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range spotPool.abi.Events[event].Inputs {
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

// SpotPoolSync represents a Sync event raised by the SpotPool contract.
type SpotPoolSync struct {
	Reserve0 *big.Int
	Reserve1 *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const SpotPoolSyncEventName = "Sync"

// ContractEventName returns the user-defined event name.
func (SpotPoolSync) ContractEventName() string {
	return SpotPoolSyncEventName
}

// UnpackSyncEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Sync(uint112 reserve0, uint112 reserve1)
func (spotPool *SpotPool) UnpackSyncEvent(log *types.Log) (*SpotPoolSync, error) {
	event := "Sync"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != spotPool.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SpotPoolSync)
	if len(log.Data) > 0 {
		if err := spotPool.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range spotPool.abi.Events[event].Inputs {
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
func (spotPool *SpotPool) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], spotPool.abi.Errors["ReentrancyGuardReentrantCall"].ID.Bytes()[:4]) {
		return spotPool.UnpackReentrancyGuardReentrantCallError(raw[4:])
	}
	if bytes.Equal(raw[:4], spotPool.abi.Errors["SafeERC20FailedOperation"].ID.Bytes()[:4]) {
		return spotPool.UnpackSafeERC20FailedOperationError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// SpotPoolReentrancyGuardReentrantCall represents a ReentrancyGuardReentrantCall error raised by the SpotPool contract.
type SpotPoolReentrancyGuardReentrantCall struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReentrancyGuardReentrantCall()
func SpotPoolReentrancyGuardReentrantCallErrorID() common.Hash {
	return common.HexToHash("0x3ee5aeb571de7fc460830b4d0017439a1ca56fb0bc39062227ade4fe4a24c1ca")
}

// UnpackReentrancyGuardReentrantCallError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReentrancyGuardReentrantCall()
func (spotPool *SpotPool) UnpackReentrancyGuardReentrantCallError(raw []byte) (*SpotPoolReentrancyGuardReentrantCall, error) {
	out := new(SpotPoolReentrancyGuardReentrantCall)
	if err := spotPool.abi.UnpackIntoInterface(out, "ReentrancyGuardReentrantCall", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SpotPoolSafeERC20FailedOperation represents a SafeERC20FailedOperation error raised by the SpotPool contract.
type SpotPoolSafeERC20FailedOperation struct {
	Token common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SafeERC20FailedOperation(address token)
func SpotPoolSafeERC20FailedOperationErrorID() common.Hash {
	return common.HexToHash("0x5274afe73c98b4749fc91ffae6b7b574e7842cb2144a159e9377a5f20b32edf9")
}

// UnpackSafeERC20FailedOperationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SafeERC20FailedOperation(address token)
func (spotPool *SpotPool) UnpackSafeERC20FailedOperationError(raw []byte) (*SpotPoolSafeERC20FailedOperation, error) {
	out := new(SpotPoolSafeERC20FailedOperation)
	if err := spotPool.abi.UnpackIntoInterface(out, "SafeERC20FailedOperation", raw); err != nil {
		return nil, err
	}
	return out, nil
}
