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

// LendingVaultV2BorrowCapMetaData contains all meta data concerning the LendingVaultV2BorrowCap contract.
var LendingVaultV2BorrowCapMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"AccessControlBadConfirmation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"neededRole\",\"type\":\"bytes32\"}],\"name\":\"AccessControlUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"}],\"name\":\"AddressEmptyCode\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"implementation\",\"type\":\"address\"}],\"name\":\"ERC1967InvalidImplementation\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ERC1967NonPayable\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"EnforcedPause\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ExpectedPause\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"FailedCall\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidInitialization\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotInitializing\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"SafeERC20FailedOperation\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"UUPSUnauthorizedCallContext\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"slot\",\"type\":\"bytes32\"}],\"name\":\"UUPSUnsupportedProxiableUUID\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Borrowed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"CollateralDeposited\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"CollateralWithdrawn\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Deposited\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"version\",\"type\":\"uint64\"}],\"name\":\"Initialized\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"Paused\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Repaid\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"previousAdminRole\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"newAdminRole\",\"type\":\"bytes32\"}],\"name\":\"RoleAdminChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleGranted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleRevoked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"Unpaused\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"implementation\",\"type\":\"address\"}],\"name\":\"Upgraded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Withdrawn\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"DEFAULT_ADMIN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"GUARDIAN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"LTV_BPS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"UPGRADER_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"UPGRADE_INTERFACE_VERSION\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"balances\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"borrow\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"collateral\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"collateralPrice\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"collateralToken\",\"outputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"debt\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"deposit\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"depositCollateral\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"}],\"name\":\"getRoleAdmin\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"grantRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"hasRole\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"admin\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"guardian\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"pool\",\"type\":\"address\"}],\"name\":\"initialize\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"maxBorrow\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pause\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"paused\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pricePool\",\"outputs\":[{\"internalType\":\"contractSpotPool\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"proxiableUUID\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"callerConfirmation\",\"type\":\"address\"}],\"name\":\"renounceRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"repay\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"revokeRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalAssets\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalDeposits\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"unpause\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newImplementation\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"upgradeToAndCall\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"version\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"withdraw\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"withdrawCollateral\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "LendingVaultV2BorrowCap",
	Bin: "0x60a060405230608052348015610013575f5ffd5b5061001c610021565b6100d3565b7ff0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a00805468010000000000000000900460ff16156100715760405163f92ee8a960e01b815260040160405180910390fd5b80546001600160401b03908116146100d05780546001600160401b0319166001600160401b0390811782556040519081527fc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d29060200160405180910390a15b50565b608051611ae06100f95f395f8181611278015281816112a101526114020152611ae05ff3fe6080604052600436106101e6575f3560e01c80636112fe2e11610108578063ad3cb1cc1161009d578063d0e30db01161006d578063d0e30db014610565578063d547741f1461056d578063f72c0d8b1461058c578063f8c8765e146105bf578063fae3706f146105de575f5ffd5b8063ad3cb1cc146104d8578063b2016bd414610508578063bad4a01f14610527578063c5ebeaec14610546575f5ffd5b806397a9d457116100d857806397a9d457146104505780639b6c56ec1461046f578063a217fddf1461049a578063a5fdc5de146104ad575f5ffd5b80636112fe2e146103e95780637d882097146104085780638456cb591461041d57806391d1485414610431575f5ffd5b80633f4ba83a1161017e57806354fd4d501161014e57806354fd4d501461035557806356b95e88146103875780635891de72146103be5780635c975abb146103d2575f5ffd5b80633f4ba83a14610312578063402d8883146103265780634f1ef2861461032e57806352d1902d14610341575f5ffd5b806327e235e3116101b957806327e235e3146102885780632e1a7d4d146102b35780632f2ff15d146102d457806336568abe146102f3575f5ffd5b806301e1d114146101ea57806301ffc9a71461020b578063248a9ca31461023a57806324ea54f414610268575b5f5ffd5b3480156101f5575f5ffd5b50475b6040519081526020015b60405180910390f35b348015610216575f5ffd5b5061022a6102253660046117d3565b6105f3565b6040519015158152602001610202565b348015610245575f5ffd5b506101f86102543660046117fa565b5f9081526020819052604090206001015490565b348015610273575f5ffd5b506101f85f516020611a8b5f395f51905f5281565b348015610293575f5ffd5b506101f86102a236600461182c565b60026020525f908152604090205481565b3480156102be575f5ffd5b506102d26102cd3660046117fa565b610629565b005b3480156102df575f5ffd5b506102d26102ee366004611845565b61078b565b3480156102fe575f5ffd5b506102d261030d366004611845565b6107b5565b34801561031d575f5ffd5b506102d26107e8565b6102d261080a565b6102d261033c366004611883565b6108c1565b34801561034c575f5ffd5b506101f86108e0565b348015610360575f5ffd5b506040805180820190915260018152601960f91b60208201525b6040516102029190611947565b348015610392575f5ffd5b506005546103a6906001600160a01b031681565b6040516001600160a01b039091168152602001610202565b3480156103c9575f5ffd5b506101f86108fb565b3480156103dd575f5ffd5b5060015460ff1661022a565b3480156103f4575f5ffd5b506102d26104033660046117fa565b61096b565b348015610413575f5ffd5b506101f860035481565b348015610428575f5ffd5b506102d2610aa1565b34801561043c575f5ffd5b5061022a61044b366004611845565b610ac0565b34801561045b575f5ffd5b506101f861046a36600461182c565b610ae8565b34801561047a575f5ffd5b506101f861048936600461182c565b60076020525f908152604090205481565b3480156104a5575f5ffd5b506101f85f81565b3480156104b8575f5ffd5b506101f86104c736600461182c565b60066020525f908152604090205481565b3480156104e3575f5ffd5b5061037a604051806040016040528060058152602001640352e302e360dc1b81525081565b348015610513575f5ffd5b506004546103a6906001600160a01b031681565b348015610532575f5ffd5b506102d26105413660046117fa565b610b40565b348015610551575f5ffd5b506102d26105603660046117fa565b610bf9565b6102d2610e28565b348015610578575f5ffd5b506102d2610587366004611845565b610edb565b348015610597575f5ffd5b506101f87f189ab7a9244df0848122154315af71fe140f3db0fe014031783b0946b8c9d2e381565b3480156105ca575f5ffd5b506102d26105d936600461197c565b610eff565b3480156105e9575f5ffd5b506101f8611d4c81565b5f6001600160e01b03198216637965db0b60e01b148061062357506301ffc9a760e01b6001600160e01b03198316145b92915050565b6106316110f3565b335f90815260026020526040902054811580159061064f5750808211155b6106975760405162461bcd60e51b8152602060048201526014602482015273696e73756666696369656e742062616c616e636560601b60448201526064015b60405180910390fd5b6106a182826119e1565b335f90815260026020526040812091909155600380548492906106c59084906119e1565b909155505060405182815233907f7084f5476618d8e60b11ef0d7d3f06914655adb8793e28ff7f018d4c76d505d59060200160405180910390a26040515f90339084908381818185875af1925050503d805f811461073e576040519150601f19603f3d011682016040523d82523d5f602084013e610743565b606091505b50509050806107865760405162461bcd60e51b815260206004820152600f60248201526e1d1c985b9cd9995c8819985a5b1959608a1b604482015260640161068e565b505050565b5f828152602081905260409020600101546107a581611119565b6107af8383611123565b50505050565b6001600160a01b03811633146107de5760405163334bd91960e11b815260040160405180910390fd5b61078682826111b2565b5f516020611a8b5f395f51905f526107ff81611119565b61080761121b565b50565b5f341180156108275750335f908152600760205260409020543411155b6108665760405162461bcd60e51b815260206004820152601060248201526f189859081c995c185e48185b5bdd5b9d60821b604482015260640161068e565b335f90815260076020526040812080543492906108849084906119e1565b909155505060405134815233907f0516911bcc3a0a7412a44601057c0a0a1ec628bde049a84284bc428866534488906020015b60405180910390a2565b6108c961126d565b6108d282611311565b6108dc828261133b565b5050565b5f6108e96113f7565b505f516020611a6b5f395f51905f5290565b60055460408051630730905b60e31b815290515f926001600160a01b03169163398482d89160048083019260209291908290030181865afa158015610942573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061096691906119f4565b905090565b6109736110f3565b335f9081526006602052604090205481158015906109915750808211155b6109dd5760405162461bcd60e51b815260206004820152601760248201527f696e73756666696369656e7420636f6c6c61746572616c000000000000000000604482015260640161068e565b6109e782826119e1565b335f81815260066020526040902091909155610a0290610ae8565b335f908152600760205260409020541115610a555760405162461bcd60e51b81526020600482015260136024820152721d5b99195c98dbdb1b185d195c985b1a5e9959606a1b604482015260640161068e565b60405182815233907fc30fcfbcaac9e0deffa719714eaa82396ff506a0d0d0eebe170830177288715d9060200160405180910390a26004546108dc906001600160a01b03163384611440565b5f516020611a8b5f395f51905f52610ab881611119565b61080761149f565b5f918252602082815260408084206001600160a01b0393909316845291905290205460ff1690565b5f612710611d4c670de0b6b3a7640000610b006108fb565b6001600160a01b0386165f90815260066020526040902054610b229190611a0b565b610b2c9190611a22565b610b369190611a0b565b6106239190611a22565b610b486110f3565b5f8111610b895760405162461bcd60e51b815260206004820152600f60248201526e1e995c9bc818dbdb1b185d195c985b608a1b604482015260640161068e565b335f9081526006602052604081208054839290610ba7908490611a41565b909155505060405181815233907fd7243f6f8212d5188fd054141cf6ea89cfc0d91facb8c3afe2f88a13584801429060200160405180910390a2600454610807906001600160a01b03163330846114da565b610c016110f3565b5f8111610c3e5760405162461bcd60e51b815260206004820152600b60248201526a7a65726f20626f72726f7760a81b604482015260640161068e565b610c4733610ae8565b335f90815260076020526040902054610c61908390611a41565b1115610caf5760405162461bcd60e51b815260206004820152601d60248201527f626f72726f772061626f766520636f6c6c61746572616c2076616c7565000000604482015260640161068e565b47811115610cf85760405162461bcd60e51b8152602060048201526016602482015275696e73756666696369656e74206c697175696469747960501b604482015260640161068e565b610d03600447611a22565b811115610d495760405162461bcd60e51b81526020600482015260146024820152730626f72726f772061626f766520746865206361760641b604482015260640161068e565b335f9081526007602052604081208054839290610d67908490611a41565b909155505060405181815233907fac59582e5396aca512fa873a2047e7f4c80f8f55d4a06cb34a78a0187f62719f9060200160405180910390a26040515f90339083908381818185875af1925050503d805f8114610de0576040519150601f19603f3d011682016040523d82523d5f602084013e610de5565b606091505b50509050806108dc5760405162461bcd60e51b815260206004820152600f60248201526e1d1c985b9cd9995c8819985a5b1959608a1b604482015260640161068e565b610e306110f3565b5f3411610e6e5760405162461bcd60e51b815260206004820152600c60248201526b1e995c9bc819195c1bdcda5d60a21b604482015260640161068e565b335f9081526002602052604081208054349290610e8c908490611a41565b925050819055503460035f828254610ea49190611a41565b909155505060405134815233907f2da466a7b24304f47e87fa2e1e5a81b9831ce54fec19055ce277ca2f39ba42c4906020016108b7565b5f82815260208190526040902060010154610ef581611119565b6107af83836111b2565b5f610f08611513565b805490915060ff600160401b820416159067ffffffffffffffff165f81158015610f2f5750825b90505f8267ffffffffffffffff166001148015610f4b5750303b155b905081158015610f59575080155b15610f775760405163f92ee8a960e01b815260040160405180910390fd5b845467ffffffffffffffff191660011785558315610fa157845460ff60401b1916600160401b1785555b6001600160a01b03891615801590610fc157506001600160a01b03881615155b8015610fd557506001600160a01b03871615155b8015610fe957506001600160a01b03861615155b6110245760405162461bcd60e51b815260206004820152600c60248201526b7a65726f206164647265737360a01b604482015260640161068e565b61102e5f8a611123565b506110597f189ab7a9244df0848122154315af71fe140f3db0fe014031783b0946b8c9d2e38a611123565b506110715f516020611a8b5f395f51905f5289611123565b50600480546001600160a01b03808a166001600160a01b031992831617909255600580549289169290911691909117905583156110e857845460ff60401b19168555604051600181527fc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d29060200160405180910390a15b505050505050505050565b60015460ff16156111175760405163d93c066560e01b815260040160405180910390fd5b565b610807813361153b565b5f61112e8383610ac0565b6111ab575f838152602081815260408083206001600160a01b03861684529091529020805460ff191660011790556111633390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a4506001610623565b505f610623565b5f6111bd8383610ac0565b156111ab575f838152602081815260408083206001600160a01b0386168085529252808320805460ff1916905551339286917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a4506001610623565b611223611574565b6001805460ff191690557f5db9ee0a495bf2e6ff9c91a7834c1ba4fdd244a5e8aa4e537bd38aeae4b073aa335b6040516001600160a01b03909116815260200160405180910390a1565b306001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001614806112f357507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03166112e75f516020611a6b5f395f51905f52546001600160a01b031690565b6001600160a01b031614155b156111175760405163703e46dd60e11b815260040160405180910390fd5b7f189ab7a9244df0848122154315af71fe140f3db0fe014031783b0946b8c9d2e36108dc81611119565b816001600160a01b03166352d1902d6040518163ffffffff1660e01b8152600401602060405180830381865afa925050508015611395575060408051601f3d908101601f19168201909252611392918101906119f4565b60015b6113bd57604051634c9c8ce360e01b81526001600160a01b038316600482015260240161068e565b5f516020611a6b5f395f51905f5281146113ed57604051632a87526960e21b81526004810182905260240161068e565b6107868383611597565b306001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016146111175760405163703e46dd60e11b815260040160405180910390fd5b6040516001600160a01b0383811660248301526044820183905261078691859182169063a9059cbb906064015b604051602081830303815290604052915060e01b6020820180516001600160e01b0383818316178352505050506115ec565b6114a76110f3565b6001805460ff1916811790557f62e78cea01bee320cd4e420270b5ea74000d11b0c9f74754ebdbfc544b05a25833611250565b6040516001600160a01b0384811660248301528381166044830152606482018390526107af9186918216906323b872dd9060840161146d565b5f807ff0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a00610623565b6115458282610ac0565b6108dc5760405163e2517d3f60e01b81526001600160a01b03821660048201526024810183905260440161068e565b60015460ff1661111757604051638dfc202b60e01b815260040160405180910390fd5b6115a082611658565b6040516001600160a01b038316907fbc7cd75a20ee27fd9adebab32041f755214dbc6bffa90cc0225b39da2e5c2d3b905f90a28051156115e45761078682826116bb565b6108dc61172d565b5f5f60205f8451602086015f885af18061160b576040513d5f823e3d81fd5b50505f513d9150811561162257806001141561162f565b6001600160a01b0384163b155b156107af57604051635274afe760e01b81526001600160a01b038516600482015260240161068e565b806001600160a01b03163b5f0361168d57604051634c9c8ce360e01b81526001600160a01b038216600482015260240161068e565b5f516020611a6b5f395f51905f5280546001600160a01b0319166001600160a01b0392909216919091179055565b60605f5f846001600160a01b0316846040516116d79190611a54565b5f60405180830381855af49150503d805f811461170f576040519150601f19603f3d011682016040523d82523d5f602084013e611714565b606091505b509150915061172485838361174c565b95945050505050565b34156111175760405163b398979f60e01b815260040160405180910390fd5b6060826117615761175c826117ab565b6117a4565b815115801561177857506001600160a01b0384163b155b156117a157604051639996b31560e01b81526001600160a01b038516600482015260240161068e565b50805b9392505050565b8051156117ba57805160208201fd5b60405163d6bda27560e01b815260040160405180910390fd5b5f602082840312156117e3575f5ffd5b81356001600160e01b0319811681146117a4575f5ffd5b5f6020828403121561180a575f5ffd5b5035919050565b80356001600160a01b0381168114611827575f5ffd5b919050565b5f6020828403121561183c575f5ffd5b6117a482611811565b5f5f60408385031215611856575f5ffd5b8235915061186660208401611811565b90509250929050565b634e487b7160e01b5f52604160045260245ffd5b5f5f60408385031215611894575f5ffd5b61189d83611811565b9150602083013567ffffffffffffffff8111156118b8575f5ffd5b8301601f810185136118c8575f5ffd5b803567ffffffffffffffff8111156118e2576118e261186f565b604051601f8201601f19908116603f0116810167ffffffffffffffff811182821017156119115761191161186f565b604052818152828201602001871015611928575f5ffd5b816020840160208301375f602083830101528093505050509250929050565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b5f5f5f5f6080858703121561198f575f5ffd5b61199885611811565b93506119a660208601611811565b92506119b460408601611811565b91506119c260608601611811565b905092959194509250565b634e487b7160e01b5f52601160045260245ffd5b81810381811115610623576106236119cd565b5f60208284031215611a04575f5ffd5b5051919050565b8082028115828204841417610623576106236119cd565b5f82611a3c57634e487b7160e01b5f52601260045260245ffd5b500490565b80820180821115610623576106236119cd565b5f82518060208501845e5f92019182525091905056fe360894a13ba1a3210667c828492db98dca3e2076cc3735a920a3ca505d382bbc55435dd261a4b9b3364963f7738a7a662ad9c84396d64be3365284bb7f0a5041a264697066735822122070a3965db0ab70bb18a49b32e482162cb44d3f7dc44e4f4e9cb66a23538cf45964736f6c634300081e0033",
}

// LendingVaultV2BorrowCap is an auto generated Go binding around an Ethereum contract.
type LendingVaultV2BorrowCap struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *LendingVaultV2BorrowCap) GetABI() abi.ABI {
	return c.abi
}

// NewLendingVaultV2BorrowCap creates a new instance of LendingVaultV2BorrowCap.
func NewLendingVaultV2BorrowCap() *LendingVaultV2BorrowCap {
	parsed, err := LendingVaultV2BorrowCapMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &LendingVaultV2BorrowCap{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *LendingVaultV2BorrowCap) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackDEFAULTADMINROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa217fddf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (lendingVaultV2BorrowCap *LendingVaultV2BorrowCap) PackDEFAULTADMINROLE() []byte {
	enc, err := lendingVaultV2BorrowCap.abi.Pack("DEFAULT_ADMIN_ROLE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDEFAULTADMINROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa217fddf.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (lendingVaultV2BorrowCap *LendingVaultV2BorrowCap) TryPackDEFAULTADMINROLE() ([]byte, error) {
	return lendingVaultV2BorrowCap.abi.Pack("DEFAULT_ADMIN_ROLE")
}

// UnpackDEFAULTADMINROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (lendingVaultV2BorrowCap *LendingVaultV2BorrowCap) UnpackDEFAULTADMINROLE(data []byte) ([32]byte, error) {
	out, err := lendingVaultV2BorrowCap.abi.Unpack("DEFAULT_ADMIN_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackGUARDIANROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x24ea54f4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function GUARDIAN_ROLE() view returns(bytes32)
func (lendingVaultV2BorrowCap *LendingVaultV2BorrowCap) PackGUARDIANROLE() []byte {
	enc, err := lendingVaultV2BorrowCap.abi.Pack("GUARDIAN_ROLE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGUARDIANROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x24ea54f4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function GUARDIAN_ROLE() view returns(bytes32)
func (lendingVaultV2BorrowCap *LendingVaultV2BorrowCap) TryPackGUARDIANROLE() ([]byte, error) {
	return lendingVaultV2BorrowCap.abi.Pack("GUARDIAN_ROLE")
}

// UnpackGUARDIANROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x24ea54f4.
//
// Solidity: function GUARDIAN_ROLE() view returns(bytes32)
func (lendingVaultV2BorrowCap *LendingVaultV2BorrowCap) UnpackGUARDIANROLE(data []byte) ([32]byte, error) {
	out, err := lendingVaultV2BorrowCap.abi.Unpack("GUARDIAN_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackLTVBPS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfae3706f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function LTV_BPS() view returns(uint256)
func (lendingVaultV2BorrowCap *LendingVaultV2BorrowCap) PackLTVBPS() []byte {
	enc, err := lendingVaultV2BorrowCap.abi.Pack("LTV_BPS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLTVBPS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfae3706f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function LTV_BPS() view returns(uint256)
func (lendingVaultV2BorrowCap *LendingVaultV2BorrowCap) TryPackLTVBPS() ([]byte, error) {
	return lendingVaultV2BorrowCap.abi.Pack("LTV_BPS")
}

// UnpackLTVBPS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfae3706f.
//
// Solidity: function LTV_BPS() view returns(uint256)
func (lendingVaultV2BorrowCap *LendingVaultV2BorrowCap) UnpackLTVBPS(data []byte) (*big.Int, error) {
	out, err := lendingVaultV2BorrowCap.abi.Unpack("LTV_BPS", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackUPGRADERROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf72c0d8b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function UPGRADER_ROLE() view returns(bytes32)
func (lendingVaultV2BorrowCap *LendingVaultV2BorrowCap) PackUPGRADERROLE() []byte {
	enc, err := lendingVaultV2BorrowCap.abi.Pack("UPGRADER_ROLE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUPGRADERROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf72c0d8b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function UPGRADER_ROLE() view returns(bytes32)
func (lendingVaultV2BorrowCap *LendingVaultV2BorrowCap) TryPackUPGRADERROLE() ([]byte, error) {
	return lendingVaultV2BorrowCap.abi.Pack("UPGRADER_ROLE")
}

// UnpackUPGRADERROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf72c0d8b.
//
// Solidity: function UPGRADER_ROLE() view returns(bytes32)
func (lendingVaultV2BorrowCap *LendingVaultV2BorrowCap) UnpackUPGRADERROLE(data []byte) ([32]byte, error) {
	out, err := lendingVaultV2BorrowCap.abi.Unpack("UPGRADER_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackUPGRADEINTERFACEVERSION is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xad3cb1cc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function UPGRADE_INTERFACE_VERSION() view returns(string)
func (lendingVaultV2BorrowCap *LendingVaultV2BorrowCap) PackUPGRADEINTERFACEVERSION() []byte {
	enc, err := lendingVaultV2BorrowCap.abi.Pack("UPGRADE_INTERFACE_VERSION")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUPGRADEINTERFACEVERSION is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xad3cb1cc.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function UPGRADE_INTERFACE_VERSION() view returns(string)
func (lendingVaultV2BorrowCap *LendingVaultV2BorrowCap) TryPackUPGRADEINTERFACEVERSION() ([]byte, error) {
	return lendingVaultV2BorrowCap.abi.Pack("UPGRADE_INTERFACE_VERSION")
}

// UnpackUPGRADEINTERFACEVERSION is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xad3cb1cc.
//
// Solidity: function UPGRADE_INTERFACE_VERSION() view returns(string)
func (lendingVaultV2BorrowCap *LendingVaultV2BorrowCap) UnpackUPGRADEINTERFACEVERSION(data []byte) (string, error) {
	out, err := lendingVaultV2BorrowCap.abi.Unpack("UPGRADE_INTERFACE_VERSION", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackBalances is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x27e235e3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function balances(address ) view returns(uint256)
func (lendingVaultV2BorrowCap *LendingVaultV2BorrowCap) PackBalances(arg0 common.Address) []byte {
	enc, err := lendingVaultV2BorrowCap.abi.Pack("balances", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBalances is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x27e235e3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function balances(address ) view returns(uint256)
func (lendingVaultV2BorrowCap *LendingVaultV2BorrowCap) TryPackBalances(arg0 common.Address) ([]byte, error) {
	return lendingVaultV2BorrowCap.abi.Pack("balances", arg0)
}

// UnpackBalances is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x27e235e3.
//
// Solidity: function balances(address ) view returns(uint256)
func (lendingVaultV2BorrowCap *LendingVaultV2BorrowCap) UnpackBalances(data []byte) (*big.Int, error) {
	out, err := lendingVaultV2BorrowCap.abi.Unpack("balances", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackBorrow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc5ebeaec.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function borrow(uint256 amount) returns()
func (lendingVaultV2BorrowCap *LendingVaultV2BorrowCap) PackBorrow(amount *big.Int) []byte {
	enc, err := lendingVaultV2BorrowCap.abi.Pack("borrow", amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBorrow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc5ebeaec.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function borrow(uint256 amount) returns()
func (lendingVaultV2BorrowCap *LendingVaultV2BorrowCap) TryPackBorrow(amount *big.Int) ([]byte, error) {
	return lendingVaultV2BorrowCap.abi.Pack("borrow", amount)
}

// PackCollateral is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa5fdc5de.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function collateral(address ) view returns(uint256)
func (lendingVaultV2BorrowCap *LendingVaultV2BorrowCap) PackCollateral(arg0 common.Address) []byte {
	enc, err := lendingVaultV2BorrowCap.abi.Pack("collateral", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCollateral is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa5fdc5de.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function collateral(address ) view returns(uint256)
func (lendingVaultV2BorrowCap *LendingVaultV2BorrowCap) TryPackCollateral(arg0 common.Address) ([]byte, error) {
	return lendingVaultV2BorrowCap.abi.Pack("collateral", arg0)
}

// UnpackCollateral is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa5fdc5de.
//
// Solidity: function collateral(address ) view returns(uint256)
func (lendingVaultV2BorrowCap *LendingVaultV2BorrowCap) UnpackCollateral(data []byte) (*big.Int, error) {
	out, err := lendingVaultV2BorrowCap.abi.Unpack("collateral", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackCollateralPrice is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5891de72.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function collateralPrice() view returns(uint256)
func (lendingVaultV2BorrowCap *LendingVaultV2BorrowCap) PackCollateralPrice() []byte {
	enc, err := lendingVaultV2BorrowCap.abi.Pack("collateralPrice")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCollateralPrice is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5891de72.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function collateralPrice() view returns(uint256)
func (lendingVaultV2BorrowCap *LendingVaultV2BorrowCap) TryPackCollateralPrice() ([]byte, error) {
	return lendingVaultV2BorrowCap.abi.Pack("collateralPrice")
}

// UnpackCollateralPrice is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5891de72.
//
// Solidity: function collateralPrice() view returns(uint256)
func (lendingVaultV2BorrowCap *LendingVaultV2BorrowCap) UnpackCollateralPrice(data []byte) (*big.Int, error) {
	out, err := lendingVaultV2BorrowCap.abi.Unpack("collateralPrice", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackCollateralToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb2016bd4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function collateralToken() view returns(address)
func (lendingVaultV2BorrowCap *LendingVaultV2BorrowCap) PackCollateralToken() []byte {
	enc, err := lendingVaultV2BorrowCap.abi.Pack("collateralToken")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCollateralToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb2016bd4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function collateralToken() view returns(address)
func (lendingVaultV2BorrowCap *LendingVaultV2BorrowCap) TryPackCollateralToken() ([]byte, error) {
	return lendingVaultV2BorrowCap.abi.Pack("collateralToken")
}

// UnpackCollateralToken is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb2016bd4.
//
// Solidity: function collateralToken() view returns(address)
func (lendingVaultV2BorrowCap *LendingVaultV2BorrowCap) UnpackCollateralToken(data []byte) (common.Address, error) {
	out, err := lendingVaultV2BorrowCap.abi.Unpack("collateralToken", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackDebt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9b6c56ec.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function debt(address ) view returns(uint256)
func (lendingVaultV2BorrowCap *LendingVaultV2BorrowCap) PackDebt(arg0 common.Address) []byte {
	enc, err := lendingVaultV2BorrowCap.abi.Pack("debt", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDebt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9b6c56ec.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function debt(address ) view returns(uint256)
func (lendingVaultV2BorrowCap *LendingVaultV2BorrowCap) TryPackDebt(arg0 common.Address) ([]byte, error) {
	return lendingVaultV2BorrowCap.abi.Pack("debt", arg0)
}

// UnpackDebt is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9b6c56ec.
//
// Solidity: function debt(address ) view returns(uint256)
func (lendingVaultV2BorrowCap *LendingVaultV2BorrowCap) UnpackDebt(data []byte) (*big.Int, error) {
	out, err := lendingVaultV2BorrowCap.abi.Unpack("debt", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackDeposit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd0e30db0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function deposit() payable returns()
func (lendingVaultV2BorrowCap *LendingVaultV2BorrowCap) PackDeposit() []byte {
	enc, err := lendingVaultV2BorrowCap.abi.Pack("deposit")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDeposit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd0e30db0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function deposit() payable returns()
func (lendingVaultV2BorrowCap *LendingVaultV2BorrowCap) TryPackDeposit() ([]byte, error) {
	return lendingVaultV2BorrowCap.abi.Pack("deposit")
}

// PackDepositCollateral is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbad4a01f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function depositCollateral(uint256 amount) returns()
func (lendingVaultV2BorrowCap *LendingVaultV2BorrowCap) PackDepositCollateral(amount *big.Int) []byte {
	enc, err := lendingVaultV2BorrowCap.abi.Pack("depositCollateral", amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDepositCollateral is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbad4a01f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function depositCollateral(uint256 amount) returns()
func (lendingVaultV2BorrowCap *LendingVaultV2BorrowCap) TryPackDepositCollateral(amount *big.Int) ([]byte, error) {
	return lendingVaultV2BorrowCap.abi.Pack("depositCollateral", amount)
}

// PackGetRoleAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x248a9ca3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (lendingVaultV2BorrowCap *LendingVaultV2BorrowCap) PackGetRoleAdmin(role [32]byte) []byte {
	enc, err := lendingVaultV2BorrowCap.abi.Pack("getRoleAdmin", role)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetRoleAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x248a9ca3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (lendingVaultV2BorrowCap *LendingVaultV2BorrowCap) TryPackGetRoleAdmin(role [32]byte) ([]byte, error) {
	return lendingVaultV2BorrowCap.abi.Pack("getRoleAdmin", role)
}

// UnpackGetRoleAdmin is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (lendingVaultV2BorrowCap *LendingVaultV2BorrowCap) UnpackGetRoleAdmin(data []byte) ([32]byte, error) {
	out, err := lendingVaultV2BorrowCap.abi.Unpack("getRoleAdmin", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackGrantRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2f2ff15d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function grantRole(bytes32 role, address account) returns()
func (lendingVaultV2BorrowCap *LendingVaultV2BorrowCap) PackGrantRole(role [32]byte, account common.Address) []byte {
	enc, err := lendingVaultV2BorrowCap.abi.Pack("grantRole", role, account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGrantRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2f2ff15d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function grantRole(bytes32 role, address account) returns()
func (lendingVaultV2BorrowCap *LendingVaultV2BorrowCap) TryPackGrantRole(role [32]byte, account common.Address) ([]byte, error) {
	return lendingVaultV2BorrowCap.abi.Pack("grantRole", role, account)
}

// PackHasRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91d14854.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (lendingVaultV2BorrowCap *LendingVaultV2BorrowCap) PackHasRole(role [32]byte, account common.Address) []byte {
	enc, err := lendingVaultV2BorrowCap.abi.Pack("hasRole", role, account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHasRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91d14854.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (lendingVaultV2BorrowCap *LendingVaultV2BorrowCap) TryPackHasRole(role [32]byte, account common.Address) ([]byte, error) {
	return lendingVaultV2BorrowCap.abi.Pack("hasRole", role, account)
}

// UnpackHasRole is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (lendingVaultV2BorrowCap *LendingVaultV2BorrowCap) UnpackHasRole(data []byte) (bool, error) {
	out, err := lendingVaultV2BorrowCap.abi.Unpack("hasRole", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackInitialize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf8c8765e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function initialize(address admin, address guardian, address token, address pool) returns()
func (lendingVaultV2BorrowCap *LendingVaultV2BorrowCap) PackInitialize(admin common.Address, guardian common.Address, token common.Address, pool common.Address) []byte {
	enc, err := lendingVaultV2BorrowCap.abi.Pack("initialize", admin, guardian, token, pool)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackInitialize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf8c8765e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function initialize(address admin, address guardian, address token, address pool) returns()
func (lendingVaultV2BorrowCap *LendingVaultV2BorrowCap) TryPackInitialize(admin common.Address, guardian common.Address, token common.Address, pool common.Address) ([]byte, error) {
	return lendingVaultV2BorrowCap.abi.Pack("initialize", admin, guardian, token, pool)
}

// PackMaxBorrow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x97a9d457.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function maxBorrow(address account) view returns(uint256)
func (lendingVaultV2BorrowCap *LendingVaultV2BorrowCap) PackMaxBorrow(account common.Address) []byte {
	enc, err := lendingVaultV2BorrowCap.abi.Pack("maxBorrow", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMaxBorrow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x97a9d457.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function maxBorrow(address account) view returns(uint256)
func (lendingVaultV2BorrowCap *LendingVaultV2BorrowCap) TryPackMaxBorrow(account common.Address) ([]byte, error) {
	return lendingVaultV2BorrowCap.abi.Pack("maxBorrow", account)
}

// UnpackMaxBorrow is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x97a9d457.
//
// Solidity: function maxBorrow(address account) view returns(uint256)
func (lendingVaultV2BorrowCap *LendingVaultV2BorrowCap) UnpackMaxBorrow(data []byte) (*big.Int, error) {
	out, err := lendingVaultV2BorrowCap.abi.Unpack("maxBorrow", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackPause is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8456cb59.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function pause() returns()
func (lendingVaultV2BorrowCap *LendingVaultV2BorrowCap) PackPause() []byte {
	enc, err := lendingVaultV2BorrowCap.abi.Pack("pause")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPause is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8456cb59.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function pause() returns()
func (lendingVaultV2BorrowCap *LendingVaultV2BorrowCap) TryPackPause() ([]byte, error) {
	return lendingVaultV2BorrowCap.abi.Pack("pause")
}

// PackPaused is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5c975abb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function paused() view returns(bool)
func (lendingVaultV2BorrowCap *LendingVaultV2BorrowCap) PackPaused() []byte {
	enc, err := lendingVaultV2BorrowCap.abi.Pack("paused")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPaused is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5c975abb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function paused() view returns(bool)
func (lendingVaultV2BorrowCap *LendingVaultV2BorrowCap) TryPackPaused() ([]byte, error) {
	return lendingVaultV2BorrowCap.abi.Pack("paused")
}

// UnpackPaused is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5c975abb.
//
// Solidity: function paused() view returns(bool)
func (lendingVaultV2BorrowCap *LendingVaultV2BorrowCap) UnpackPaused(data []byte) (bool, error) {
	out, err := lendingVaultV2BorrowCap.abi.Unpack("paused", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackPricePool is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x56b95e88.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function pricePool() view returns(address)
func (lendingVaultV2BorrowCap *LendingVaultV2BorrowCap) PackPricePool() []byte {
	enc, err := lendingVaultV2BorrowCap.abi.Pack("pricePool")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPricePool is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x56b95e88.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function pricePool() view returns(address)
func (lendingVaultV2BorrowCap *LendingVaultV2BorrowCap) TryPackPricePool() ([]byte, error) {
	return lendingVaultV2BorrowCap.abi.Pack("pricePool")
}

// UnpackPricePool is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x56b95e88.
//
// Solidity: function pricePool() view returns(address)
func (lendingVaultV2BorrowCap *LendingVaultV2BorrowCap) UnpackPricePool(data []byte) (common.Address, error) {
	out, err := lendingVaultV2BorrowCap.abi.Unpack("pricePool", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackProxiableUUID is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x52d1902d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function proxiableUUID() view returns(bytes32)
func (lendingVaultV2BorrowCap *LendingVaultV2BorrowCap) PackProxiableUUID() []byte {
	enc, err := lendingVaultV2BorrowCap.abi.Pack("proxiableUUID")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackProxiableUUID is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x52d1902d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function proxiableUUID() view returns(bytes32)
func (lendingVaultV2BorrowCap *LendingVaultV2BorrowCap) TryPackProxiableUUID() ([]byte, error) {
	return lendingVaultV2BorrowCap.abi.Pack("proxiableUUID")
}

// UnpackProxiableUUID is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x52d1902d.
//
// Solidity: function proxiableUUID() view returns(bytes32)
func (lendingVaultV2BorrowCap *LendingVaultV2BorrowCap) UnpackProxiableUUID(data []byte) ([32]byte, error) {
	out, err := lendingVaultV2BorrowCap.abi.Unpack("proxiableUUID", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackRenounceRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x36568abe.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (lendingVaultV2BorrowCap *LendingVaultV2BorrowCap) PackRenounceRole(role [32]byte, callerConfirmation common.Address) []byte {
	enc, err := lendingVaultV2BorrowCap.abi.Pack("renounceRole", role, callerConfirmation)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRenounceRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x36568abe.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (lendingVaultV2BorrowCap *LendingVaultV2BorrowCap) TryPackRenounceRole(role [32]byte, callerConfirmation common.Address) ([]byte, error) {
	return lendingVaultV2BorrowCap.abi.Pack("renounceRole", role, callerConfirmation)
}

// PackRepay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x402d8883.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function repay() payable returns()
func (lendingVaultV2BorrowCap *LendingVaultV2BorrowCap) PackRepay() []byte {
	enc, err := lendingVaultV2BorrowCap.abi.Pack("repay")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRepay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x402d8883.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function repay() payable returns()
func (lendingVaultV2BorrowCap *LendingVaultV2BorrowCap) TryPackRepay() ([]byte, error) {
	return lendingVaultV2BorrowCap.abi.Pack("repay")
}

// PackRevokeRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd547741f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (lendingVaultV2BorrowCap *LendingVaultV2BorrowCap) PackRevokeRole(role [32]byte, account common.Address) []byte {
	enc, err := lendingVaultV2BorrowCap.abi.Pack("revokeRole", role, account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRevokeRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd547741f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (lendingVaultV2BorrowCap *LendingVaultV2BorrowCap) TryPackRevokeRole(role [32]byte, account common.Address) ([]byte, error) {
	return lendingVaultV2BorrowCap.abi.Pack("revokeRole", role, account)
}

// PackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (lendingVaultV2BorrowCap *LendingVaultV2BorrowCap) PackSupportsInterface(interfaceId [4]byte) []byte {
	enc, err := lendingVaultV2BorrowCap.abi.Pack("supportsInterface", interfaceId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (lendingVaultV2BorrowCap *LendingVaultV2BorrowCap) TryPackSupportsInterface(interfaceId [4]byte) ([]byte, error) {
	return lendingVaultV2BorrowCap.abi.Pack("supportsInterface", interfaceId)
}

// UnpackSupportsInterface is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (lendingVaultV2BorrowCap *LendingVaultV2BorrowCap) UnpackSupportsInterface(data []byte) (bool, error) {
	out, err := lendingVaultV2BorrowCap.abi.Unpack("supportsInterface", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackTotalAssets is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01e1d114.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function totalAssets() view returns(uint256)
func (lendingVaultV2BorrowCap *LendingVaultV2BorrowCap) PackTotalAssets() []byte {
	enc, err := lendingVaultV2BorrowCap.abi.Pack("totalAssets")
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
func (lendingVaultV2BorrowCap *LendingVaultV2BorrowCap) TryPackTotalAssets() ([]byte, error) {
	return lendingVaultV2BorrowCap.abi.Pack("totalAssets")
}

// UnpackTotalAssets is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x01e1d114.
//
// Solidity: function totalAssets() view returns(uint256)
func (lendingVaultV2BorrowCap *LendingVaultV2BorrowCap) UnpackTotalAssets(data []byte) (*big.Int, error) {
	out, err := lendingVaultV2BorrowCap.abi.Unpack("totalAssets", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackTotalDeposits is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7d882097.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function totalDeposits() view returns(uint256)
func (lendingVaultV2BorrowCap *LendingVaultV2BorrowCap) PackTotalDeposits() []byte {
	enc, err := lendingVaultV2BorrowCap.abi.Pack("totalDeposits")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTotalDeposits is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7d882097.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function totalDeposits() view returns(uint256)
func (lendingVaultV2BorrowCap *LendingVaultV2BorrowCap) TryPackTotalDeposits() ([]byte, error) {
	return lendingVaultV2BorrowCap.abi.Pack("totalDeposits")
}

// UnpackTotalDeposits is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7d882097.
//
// Solidity: function totalDeposits() view returns(uint256)
func (lendingVaultV2BorrowCap *LendingVaultV2BorrowCap) UnpackTotalDeposits(data []byte) (*big.Int, error) {
	out, err := lendingVaultV2BorrowCap.abi.Unpack("totalDeposits", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackUnpause is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3f4ba83a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function unpause() returns()
func (lendingVaultV2BorrowCap *LendingVaultV2BorrowCap) PackUnpause() []byte {
	enc, err := lendingVaultV2BorrowCap.abi.Pack("unpause")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUnpause is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3f4ba83a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function unpause() returns()
func (lendingVaultV2BorrowCap *LendingVaultV2BorrowCap) TryPackUnpause() ([]byte, error) {
	return lendingVaultV2BorrowCap.abi.Pack("unpause")
}

// PackUpgradeToAndCall is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4f1ef286.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function upgradeToAndCall(address newImplementation, bytes data) payable returns()
func (lendingVaultV2BorrowCap *LendingVaultV2BorrowCap) PackUpgradeToAndCall(newImplementation common.Address, data []byte) []byte {
	enc, err := lendingVaultV2BorrowCap.abi.Pack("upgradeToAndCall", newImplementation, data)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUpgradeToAndCall is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4f1ef286.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function upgradeToAndCall(address newImplementation, bytes data) payable returns()
func (lendingVaultV2BorrowCap *LendingVaultV2BorrowCap) TryPackUpgradeToAndCall(newImplementation common.Address, data []byte) ([]byte, error) {
	return lendingVaultV2BorrowCap.abi.Pack("upgradeToAndCall", newImplementation, data)
}

// PackVersion is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x54fd4d50.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function version() pure returns(string)
func (lendingVaultV2BorrowCap *LendingVaultV2BorrowCap) PackVersion() []byte {
	enc, err := lendingVaultV2BorrowCap.abi.Pack("version")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVersion is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x54fd4d50.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function version() pure returns(string)
func (lendingVaultV2BorrowCap *LendingVaultV2BorrowCap) TryPackVersion() ([]byte, error) {
	return lendingVaultV2BorrowCap.abi.Pack("version")
}

// UnpackVersion is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x54fd4d50.
//
// Solidity: function version() pure returns(string)
func (lendingVaultV2BorrowCap *LendingVaultV2BorrowCap) UnpackVersion(data []byte) (string, error) {
	out, err := lendingVaultV2BorrowCap.abi.Unpack("version", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2e1a7d4d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdraw(uint256 amount) returns()
func (lendingVaultV2BorrowCap *LendingVaultV2BorrowCap) PackWithdraw(amount *big.Int) []byte {
	enc, err := lendingVaultV2BorrowCap.abi.Pack("withdraw", amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2e1a7d4d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdraw(uint256 amount) returns()
func (lendingVaultV2BorrowCap *LendingVaultV2BorrowCap) TryPackWithdraw(amount *big.Int) ([]byte, error) {
	return lendingVaultV2BorrowCap.abi.Pack("withdraw", amount)
}

// PackWithdrawCollateral is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6112fe2e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdrawCollateral(uint256 amount) returns()
func (lendingVaultV2BorrowCap *LendingVaultV2BorrowCap) PackWithdrawCollateral(amount *big.Int) []byte {
	enc, err := lendingVaultV2BorrowCap.abi.Pack("withdrawCollateral", amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdrawCollateral is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6112fe2e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdrawCollateral(uint256 amount) returns()
func (lendingVaultV2BorrowCap *LendingVaultV2BorrowCap) TryPackWithdrawCollateral(amount *big.Int) ([]byte, error) {
	return lendingVaultV2BorrowCap.abi.Pack("withdrawCollateral", amount)
}

// LendingVaultV2BorrowCapBorrowed represents a Borrowed event raised by the LendingVaultV2BorrowCap contract.
type LendingVaultV2BorrowCapBorrowed struct {
	Account common.Address
	Amount  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const LendingVaultV2BorrowCapBorrowedEventName = "Borrowed"

// ContractEventName returns the user-defined event name.
func (LendingVaultV2BorrowCapBorrowed) ContractEventName() string {
	return LendingVaultV2BorrowCapBorrowedEventName
}

// UnpackBorrowedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Borrowed(address indexed account, uint256 amount)
func (lendingVaultV2BorrowCap *LendingVaultV2BorrowCap) UnpackBorrowedEvent(log *types.Log) (*LendingVaultV2BorrowCapBorrowed, error) {
	event := "Borrowed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != lendingVaultV2BorrowCap.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(LendingVaultV2BorrowCapBorrowed)
	if len(log.Data) > 0 {
		if err := lendingVaultV2BorrowCap.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range lendingVaultV2BorrowCap.abi.Events[event].Inputs {
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

// LendingVaultV2BorrowCapCollateralDeposited represents a CollateralDeposited event raised by the LendingVaultV2BorrowCap contract.
type LendingVaultV2BorrowCapCollateralDeposited struct {
	Account common.Address
	Amount  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const LendingVaultV2BorrowCapCollateralDepositedEventName = "CollateralDeposited"

// ContractEventName returns the user-defined event name.
func (LendingVaultV2BorrowCapCollateralDeposited) ContractEventName() string {
	return LendingVaultV2BorrowCapCollateralDepositedEventName
}

// UnpackCollateralDepositedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event CollateralDeposited(address indexed account, uint256 amount)
func (lendingVaultV2BorrowCap *LendingVaultV2BorrowCap) UnpackCollateralDepositedEvent(log *types.Log) (*LendingVaultV2BorrowCapCollateralDeposited, error) {
	event := "CollateralDeposited"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != lendingVaultV2BorrowCap.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(LendingVaultV2BorrowCapCollateralDeposited)
	if len(log.Data) > 0 {
		if err := lendingVaultV2BorrowCap.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range lendingVaultV2BorrowCap.abi.Events[event].Inputs {
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

// LendingVaultV2BorrowCapCollateralWithdrawn represents a CollateralWithdrawn event raised by the LendingVaultV2BorrowCap contract.
type LendingVaultV2BorrowCapCollateralWithdrawn struct {
	Account common.Address
	Amount  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const LendingVaultV2BorrowCapCollateralWithdrawnEventName = "CollateralWithdrawn"

// ContractEventName returns the user-defined event name.
func (LendingVaultV2BorrowCapCollateralWithdrawn) ContractEventName() string {
	return LendingVaultV2BorrowCapCollateralWithdrawnEventName
}

// UnpackCollateralWithdrawnEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event CollateralWithdrawn(address indexed account, uint256 amount)
func (lendingVaultV2BorrowCap *LendingVaultV2BorrowCap) UnpackCollateralWithdrawnEvent(log *types.Log) (*LendingVaultV2BorrowCapCollateralWithdrawn, error) {
	event := "CollateralWithdrawn"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != lendingVaultV2BorrowCap.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(LendingVaultV2BorrowCapCollateralWithdrawn)
	if len(log.Data) > 0 {
		if err := lendingVaultV2BorrowCap.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range lendingVaultV2BorrowCap.abi.Events[event].Inputs {
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

// LendingVaultV2BorrowCapDeposited represents a Deposited event raised by the LendingVaultV2BorrowCap contract.
type LendingVaultV2BorrowCapDeposited struct {
	Account common.Address
	Amount  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const LendingVaultV2BorrowCapDepositedEventName = "Deposited"

// ContractEventName returns the user-defined event name.
func (LendingVaultV2BorrowCapDeposited) ContractEventName() string {
	return LendingVaultV2BorrowCapDepositedEventName
}

// UnpackDepositedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Deposited(address indexed account, uint256 amount)
func (lendingVaultV2BorrowCap *LendingVaultV2BorrowCap) UnpackDepositedEvent(log *types.Log) (*LendingVaultV2BorrowCapDeposited, error) {
	event := "Deposited"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != lendingVaultV2BorrowCap.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(LendingVaultV2BorrowCapDeposited)
	if len(log.Data) > 0 {
		if err := lendingVaultV2BorrowCap.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range lendingVaultV2BorrowCap.abi.Events[event].Inputs {
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

// LendingVaultV2BorrowCapInitialized represents a Initialized event raised by the LendingVaultV2BorrowCap contract.
type LendingVaultV2BorrowCapInitialized struct {
	Version uint64
	Raw     *types.Log // Blockchain specific contextual infos
}

const LendingVaultV2BorrowCapInitializedEventName = "Initialized"

// ContractEventName returns the user-defined event name.
func (LendingVaultV2BorrowCapInitialized) ContractEventName() string {
	return LendingVaultV2BorrowCapInitializedEventName
}

// UnpackInitializedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Initialized(uint64 version)
func (lendingVaultV2BorrowCap *LendingVaultV2BorrowCap) UnpackInitializedEvent(log *types.Log) (*LendingVaultV2BorrowCapInitialized, error) {
	event := "Initialized"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != lendingVaultV2BorrowCap.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(LendingVaultV2BorrowCapInitialized)
	if len(log.Data) > 0 {
		if err := lendingVaultV2BorrowCap.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range lendingVaultV2BorrowCap.abi.Events[event].Inputs {
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

// LendingVaultV2BorrowCapPaused represents a Paused event raised by the LendingVaultV2BorrowCap contract.
type LendingVaultV2BorrowCapPaused struct {
	Account common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const LendingVaultV2BorrowCapPausedEventName = "Paused"

// ContractEventName returns the user-defined event name.
func (LendingVaultV2BorrowCapPaused) ContractEventName() string {
	return LendingVaultV2BorrowCapPausedEventName
}

// UnpackPausedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Paused(address account)
func (lendingVaultV2BorrowCap *LendingVaultV2BorrowCap) UnpackPausedEvent(log *types.Log) (*LendingVaultV2BorrowCapPaused, error) {
	event := "Paused"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != lendingVaultV2BorrowCap.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(LendingVaultV2BorrowCapPaused)
	if len(log.Data) > 0 {
		if err := lendingVaultV2BorrowCap.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range lendingVaultV2BorrowCap.abi.Events[event].Inputs {
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

// LendingVaultV2BorrowCapRepaid represents a Repaid event raised by the LendingVaultV2BorrowCap contract.
type LendingVaultV2BorrowCapRepaid struct {
	Account common.Address
	Amount  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const LendingVaultV2BorrowCapRepaidEventName = "Repaid"

// ContractEventName returns the user-defined event name.
func (LendingVaultV2BorrowCapRepaid) ContractEventName() string {
	return LendingVaultV2BorrowCapRepaidEventName
}

// UnpackRepaidEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Repaid(address indexed account, uint256 amount)
func (lendingVaultV2BorrowCap *LendingVaultV2BorrowCap) UnpackRepaidEvent(log *types.Log) (*LendingVaultV2BorrowCapRepaid, error) {
	event := "Repaid"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != lendingVaultV2BorrowCap.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(LendingVaultV2BorrowCapRepaid)
	if len(log.Data) > 0 {
		if err := lendingVaultV2BorrowCap.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range lendingVaultV2BorrowCap.abi.Events[event].Inputs {
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

// LendingVaultV2BorrowCapRoleAdminChanged represents a RoleAdminChanged event raised by the LendingVaultV2BorrowCap contract.
type LendingVaultV2BorrowCapRoleAdminChanged struct {
	Role              [32]byte
	PreviousAdminRole [32]byte
	NewAdminRole      [32]byte
	Raw               *types.Log // Blockchain specific contextual infos
}

const LendingVaultV2BorrowCapRoleAdminChangedEventName = "RoleAdminChanged"

// ContractEventName returns the user-defined event name.
func (LendingVaultV2BorrowCapRoleAdminChanged) ContractEventName() string {
	return LendingVaultV2BorrowCapRoleAdminChangedEventName
}

// UnpackRoleAdminChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole)
func (lendingVaultV2BorrowCap *LendingVaultV2BorrowCap) UnpackRoleAdminChangedEvent(log *types.Log) (*LendingVaultV2BorrowCapRoleAdminChanged, error) {
	event := "RoleAdminChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != lendingVaultV2BorrowCap.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(LendingVaultV2BorrowCapRoleAdminChanged)
	if len(log.Data) > 0 {
		if err := lendingVaultV2BorrowCap.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range lendingVaultV2BorrowCap.abi.Events[event].Inputs {
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

// LendingVaultV2BorrowCapRoleGranted represents a RoleGranted event raised by the LendingVaultV2BorrowCap contract.
type LendingVaultV2BorrowCapRoleGranted struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const LendingVaultV2BorrowCapRoleGrantedEventName = "RoleGranted"

// ContractEventName returns the user-defined event name.
func (LendingVaultV2BorrowCapRoleGranted) ContractEventName() string {
	return LendingVaultV2BorrowCapRoleGrantedEventName
}

// UnpackRoleGrantedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)
func (lendingVaultV2BorrowCap *LendingVaultV2BorrowCap) UnpackRoleGrantedEvent(log *types.Log) (*LendingVaultV2BorrowCapRoleGranted, error) {
	event := "RoleGranted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != lendingVaultV2BorrowCap.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(LendingVaultV2BorrowCapRoleGranted)
	if len(log.Data) > 0 {
		if err := lendingVaultV2BorrowCap.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range lendingVaultV2BorrowCap.abi.Events[event].Inputs {
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

// LendingVaultV2BorrowCapRoleRevoked represents a RoleRevoked event raised by the LendingVaultV2BorrowCap contract.
type LendingVaultV2BorrowCapRoleRevoked struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const LendingVaultV2BorrowCapRoleRevokedEventName = "RoleRevoked"

// ContractEventName returns the user-defined event name.
func (LendingVaultV2BorrowCapRoleRevoked) ContractEventName() string {
	return LendingVaultV2BorrowCapRoleRevokedEventName
}

// UnpackRoleRevokedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender)
func (lendingVaultV2BorrowCap *LendingVaultV2BorrowCap) UnpackRoleRevokedEvent(log *types.Log) (*LendingVaultV2BorrowCapRoleRevoked, error) {
	event := "RoleRevoked"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != lendingVaultV2BorrowCap.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(LendingVaultV2BorrowCapRoleRevoked)
	if len(log.Data) > 0 {
		if err := lendingVaultV2BorrowCap.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range lendingVaultV2BorrowCap.abi.Events[event].Inputs {
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

// LendingVaultV2BorrowCapUnpaused represents a Unpaused event raised by the LendingVaultV2BorrowCap contract.
type LendingVaultV2BorrowCapUnpaused struct {
	Account common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const LendingVaultV2BorrowCapUnpausedEventName = "Unpaused"

// ContractEventName returns the user-defined event name.
func (LendingVaultV2BorrowCapUnpaused) ContractEventName() string {
	return LendingVaultV2BorrowCapUnpausedEventName
}

// UnpackUnpausedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Unpaused(address account)
func (lendingVaultV2BorrowCap *LendingVaultV2BorrowCap) UnpackUnpausedEvent(log *types.Log) (*LendingVaultV2BorrowCapUnpaused, error) {
	event := "Unpaused"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != lendingVaultV2BorrowCap.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(LendingVaultV2BorrowCapUnpaused)
	if len(log.Data) > 0 {
		if err := lendingVaultV2BorrowCap.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range lendingVaultV2BorrowCap.abi.Events[event].Inputs {
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

// LendingVaultV2BorrowCapUpgraded represents a Upgraded event raised by the LendingVaultV2BorrowCap contract.
type LendingVaultV2BorrowCapUpgraded struct {
	Implementation common.Address
	Raw            *types.Log // Blockchain specific contextual infos
}

const LendingVaultV2BorrowCapUpgradedEventName = "Upgraded"

// ContractEventName returns the user-defined event name.
func (LendingVaultV2BorrowCapUpgraded) ContractEventName() string {
	return LendingVaultV2BorrowCapUpgradedEventName
}

// UnpackUpgradedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Upgraded(address indexed implementation)
func (lendingVaultV2BorrowCap *LendingVaultV2BorrowCap) UnpackUpgradedEvent(log *types.Log) (*LendingVaultV2BorrowCapUpgraded, error) {
	event := "Upgraded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != lendingVaultV2BorrowCap.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(LendingVaultV2BorrowCapUpgraded)
	if len(log.Data) > 0 {
		if err := lendingVaultV2BorrowCap.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range lendingVaultV2BorrowCap.abi.Events[event].Inputs {
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

// LendingVaultV2BorrowCapWithdrawn represents a Withdrawn event raised by the LendingVaultV2BorrowCap contract.
type LendingVaultV2BorrowCapWithdrawn struct {
	Account common.Address
	Amount  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const LendingVaultV2BorrowCapWithdrawnEventName = "Withdrawn"

// ContractEventName returns the user-defined event name.
func (LendingVaultV2BorrowCapWithdrawn) ContractEventName() string {
	return LendingVaultV2BorrowCapWithdrawnEventName
}

// UnpackWithdrawnEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Withdrawn(address indexed account, uint256 amount)
func (lendingVaultV2BorrowCap *LendingVaultV2BorrowCap) UnpackWithdrawnEvent(log *types.Log) (*LendingVaultV2BorrowCapWithdrawn, error) {
	event := "Withdrawn"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != lendingVaultV2BorrowCap.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(LendingVaultV2BorrowCapWithdrawn)
	if len(log.Data) > 0 {
		if err := lendingVaultV2BorrowCap.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range lendingVaultV2BorrowCap.abi.Events[event].Inputs {
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
func (lendingVaultV2BorrowCap *LendingVaultV2BorrowCap) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], lendingVaultV2BorrowCap.abi.Errors["AccessControlBadConfirmation"].ID.Bytes()[:4]) {
		return lendingVaultV2BorrowCap.UnpackAccessControlBadConfirmationError(raw[4:])
	}
	if bytes.Equal(raw[:4], lendingVaultV2BorrowCap.abi.Errors["AccessControlUnauthorizedAccount"].ID.Bytes()[:4]) {
		return lendingVaultV2BorrowCap.UnpackAccessControlUnauthorizedAccountError(raw[4:])
	}
	if bytes.Equal(raw[:4], lendingVaultV2BorrowCap.abi.Errors["AddressEmptyCode"].ID.Bytes()[:4]) {
		return lendingVaultV2BorrowCap.UnpackAddressEmptyCodeError(raw[4:])
	}
	if bytes.Equal(raw[:4], lendingVaultV2BorrowCap.abi.Errors["ERC1967InvalidImplementation"].ID.Bytes()[:4]) {
		return lendingVaultV2BorrowCap.UnpackERC1967InvalidImplementationError(raw[4:])
	}
	if bytes.Equal(raw[:4], lendingVaultV2BorrowCap.abi.Errors["ERC1967NonPayable"].ID.Bytes()[:4]) {
		return lendingVaultV2BorrowCap.UnpackERC1967NonPayableError(raw[4:])
	}
	if bytes.Equal(raw[:4], lendingVaultV2BorrowCap.abi.Errors["EnforcedPause"].ID.Bytes()[:4]) {
		return lendingVaultV2BorrowCap.UnpackEnforcedPauseError(raw[4:])
	}
	if bytes.Equal(raw[:4], lendingVaultV2BorrowCap.abi.Errors["ExpectedPause"].ID.Bytes()[:4]) {
		return lendingVaultV2BorrowCap.UnpackExpectedPauseError(raw[4:])
	}
	if bytes.Equal(raw[:4], lendingVaultV2BorrowCap.abi.Errors["FailedCall"].ID.Bytes()[:4]) {
		return lendingVaultV2BorrowCap.UnpackFailedCallError(raw[4:])
	}
	if bytes.Equal(raw[:4], lendingVaultV2BorrowCap.abi.Errors["InvalidInitialization"].ID.Bytes()[:4]) {
		return lendingVaultV2BorrowCap.UnpackInvalidInitializationError(raw[4:])
	}
	if bytes.Equal(raw[:4], lendingVaultV2BorrowCap.abi.Errors["NotInitializing"].ID.Bytes()[:4]) {
		return lendingVaultV2BorrowCap.UnpackNotInitializingError(raw[4:])
	}
	if bytes.Equal(raw[:4], lendingVaultV2BorrowCap.abi.Errors["SafeERC20FailedOperation"].ID.Bytes()[:4]) {
		return lendingVaultV2BorrowCap.UnpackSafeERC20FailedOperationError(raw[4:])
	}
	if bytes.Equal(raw[:4], lendingVaultV2BorrowCap.abi.Errors["UUPSUnauthorizedCallContext"].ID.Bytes()[:4]) {
		return lendingVaultV2BorrowCap.UnpackUUPSUnauthorizedCallContextError(raw[4:])
	}
	if bytes.Equal(raw[:4], lendingVaultV2BorrowCap.abi.Errors["UUPSUnsupportedProxiableUUID"].ID.Bytes()[:4]) {
		return lendingVaultV2BorrowCap.UnpackUUPSUnsupportedProxiableUUIDError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// LendingVaultV2BorrowCapAccessControlBadConfirmation represents a AccessControlBadConfirmation error raised by the LendingVaultV2BorrowCap contract.
type LendingVaultV2BorrowCapAccessControlBadConfirmation struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlBadConfirmation()
func LendingVaultV2BorrowCapAccessControlBadConfirmationErrorID() common.Hash {
	return common.HexToHash("0x6697b23232a647058342c0724fe7c415cab25915b54e5dbc03f233173d37b41c")
}

// UnpackAccessControlBadConfirmationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlBadConfirmation()
func (lendingVaultV2BorrowCap *LendingVaultV2BorrowCap) UnpackAccessControlBadConfirmationError(raw []byte) (*LendingVaultV2BorrowCapAccessControlBadConfirmation, error) {
	out := new(LendingVaultV2BorrowCapAccessControlBadConfirmation)
	if err := lendingVaultV2BorrowCap.abi.UnpackIntoInterface(out, "AccessControlBadConfirmation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LendingVaultV2BorrowCapAccessControlUnauthorizedAccount represents a AccessControlUnauthorizedAccount error raised by the LendingVaultV2BorrowCap contract.
type LendingVaultV2BorrowCapAccessControlUnauthorizedAccount struct {
	Account    common.Address
	NeededRole [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func LendingVaultV2BorrowCapAccessControlUnauthorizedAccountErrorID() common.Hash {
	return common.HexToHash("0xe2517d3fbfae6f8515ef5ff1ccedc3933ab0cbbda0b492c06eb54ad10ef03b3e")
}

// UnpackAccessControlUnauthorizedAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func (lendingVaultV2BorrowCap *LendingVaultV2BorrowCap) UnpackAccessControlUnauthorizedAccountError(raw []byte) (*LendingVaultV2BorrowCapAccessControlUnauthorizedAccount, error) {
	out := new(LendingVaultV2BorrowCapAccessControlUnauthorizedAccount)
	if err := lendingVaultV2BorrowCap.abi.UnpackIntoInterface(out, "AccessControlUnauthorizedAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LendingVaultV2BorrowCapAddressEmptyCode represents a AddressEmptyCode error raised by the LendingVaultV2BorrowCap contract.
type LendingVaultV2BorrowCapAddressEmptyCode struct {
	Target common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AddressEmptyCode(address target)
func LendingVaultV2BorrowCapAddressEmptyCodeErrorID() common.Hash {
	return common.HexToHash("0x9996b315c842ff135b8fc4a08ad5df1c344efbc03d2687aecc0678050d2aac89")
}

// UnpackAddressEmptyCodeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AddressEmptyCode(address target)
func (lendingVaultV2BorrowCap *LendingVaultV2BorrowCap) UnpackAddressEmptyCodeError(raw []byte) (*LendingVaultV2BorrowCapAddressEmptyCode, error) {
	out := new(LendingVaultV2BorrowCapAddressEmptyCode)
	if err := lendingVaultV2BorrowCap.abi.UnpackIntoInterface(out, "AddressEmptyCode", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LendingVaultV2BorrowCapERC1967InvalidImplementation represents a ERC1967InvalidImplementation error raised by the LendingVaultV2BorrowCap contract.
type LendingVaultV2BorrowCapERC1967InvalidImplementation struct {
	Implementation common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC1967InvalidImplementation(address implementation)
func LendingVaultV2BorrowCapERC1967InvalidImplementationErrorID() common.Hash {
	return common.HexToHash("0x4c9c8ce3ceb3130f17f7cdba48d89b5b0129f266a8bac114e6e315a41879b617")
}

// UnpackERC1967InvalidImplementationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC1967InvalidImplementation(address implementation)
func (lendingVaultV2BorrowCap *LendingVaultV2BorrowCap) UnpackERC1967InvalidImplementationError(raw []byte) (*LendingVaultV2BorrowCapERC1967InvalidImplementation, error) {
	out := new(LendingVaultV2BorrowCapERC1967InvalidImplementation)
	if err := lendingVaultV2BorrowCap.abi.UnpackIntoInterface(out, "ERC1967InvalidImplementation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LendingVaultV2BorrowCapERC1967NonPayable represents a ERC1967NonPayable error raised by the LendingVaultV2BorrowCap contract.
type LendingVaultV2BorrowCapERC1967NonPayable struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC1967NonPayable()
func LendingVaultV2BorrowCapERC1967NonPayableErrorID() common.Hash {
	return common.HexToHash("0xb398979fa84f543c8e222f17890372c487baf85e062276c127fef521eea7224b")
}

// UnpackERC1967NonPayableError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC1967NonPayable()
func (lendingVaultV2BorrowCap *LendingVaultV2BorrowCap) UnpackERC1967NonPayableError(raw []byte) (*LendingVaultV2BorrowCapERC1967NonPayable, error) {
	out := new(LendingVaultV2BorrowCapERC1967NonPayable)
	if err := lendingVaultV2BorrowCap.abi.UnpackIntoInterface(out, "ERC1967NonPayable", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LendingVaultV2BorrowCapEnforcedPause represents a EnforcedPause error raised by the LendingVaultV2BorrowCap contract.
type LendingVaultV2BorrowCapEnforcedPause struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EnforcedPause()
func LendingVaultV2BorrowCapEnforcedPauseErrorID() common.Hash {
	return common.HexToHash("0xd93c0665d6c96d04a8f174024fc4ddd66c250604aff22bbec808de86dd3637e3")
}

// UnpackEnforcedPauseError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EnforcedPause()
func (lendingVaultV2BorrowCap *LendingVaultV2BorrowCap) UnpackEnforcedPauseError(raw []byte) (*LendingVaultV2BorrowCapEnforcedPause, error) {
	out := new(LendingVaultV2BorrowCapEnforcedPause)
	if err := lendingVaultV2BorrowCap.abi.UnpackIntoInterface(out, "EnforcedPause", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LendingVaultV2BorrowCapExpectedPause represents a ExpectedPause error raised by the LendingVaultV2BorrowCap contract.
type LendingVaultV2BorrowCapExpectedPause struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ExpectedPause()
func LendingVaultV2BorrowCapExpectedPauseErrorID() common.Hash {
	return common.HexToHash("0x8dfc202bcfe9a735b559bee70674422512bc5c30f687046ae8778315fb81da44")
}

// UnpackExpectedPauseError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ExpectedPause()
func (lendingVaultV2BorrowCap *LendingVaultV2BorrowCap) UnpackExpectedPauseError(raw []byte) (*LendingVaultV2BorrowCapExpectedPause, error) {
	out := new(LendingVaultV2BorrowCapExpectedPause)
	if err := lendingVaultV2BorrowCap.abi.UnpackIntoInterface(out, "ExpectedPause", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LendingVaultV2BorrowCapFailedCall represents a FailedCall error raised by the LendingVaultV2BorrowCap contract.
type LendingVaultV2BorrowCapFailedCall struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error FailedCall()
func LendingVaultV2BorrowCapFailedCallErrorID() common.Hash {
	return common.HexToHash("0xd6bda27508c0fb6d8a39b4b122878dab26f731a7d4e4abe711dd3731899052a4")
}

// UnpackFailedCallError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error FailedCall()
func (lendingVaultV2BorrowCap *LendingVaultV2BorrowCap) UnpackFailedCallError(raw []byte) (*LendingVaultV2BorrowCapFailedCall, error) {
	out := new(LendingVaultV2BorrowCapFailedCall)
	if err := lendingVaultV2BorrowCap.abi.UnpackIntoInterface(out, "FailedCall", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LendingVaultV2BorrowCapInvalidInitialization represents a InvalidInitialization error raised by the LendingVaultV2BorrowCap contract.
type LendingVaultV2BorrowCapInvalidInitialization struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidInitialization()
func LendingVaultV2BorrowCapInvalidInitializationErrorID() common.Hash {
	return common.HexToHash("0xf92ee8a957075833165f68c320933b1a1294aafc84ee6e0dd3fb178008f9aaf5")
}

// UnpackInvalidInitializationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidInitialization()
func (lendingVaultV2BorrowCap *LendingVaultV2BorrowCap) UnpackInvalidInitializationError(raw []byte) (*LendingVaultV2BorrowCapInvalidInitialization, error) {
	out := new(LendingVaultV2BorrowCapInvalidInitialization)
	if err := lendingVaultV2BorrowCap.abi.UnpackIntoInterface(out, "InvalidInitialization", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LendingVaultV2BorrowCapNotInitializing represents a NotInitializing error raised by the LendingVaultV2BorrowCap contract.
type LendingVaultV2BorrowCapNotInitializing struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotInitializing()
func LendingVaultV2BorrowCapNotInitializingErrorID() common.Hash {
	return common.HexToHash("0xd7e6bcf8597daa127dc9f0048d2f08d5ef140a2cb659feabd700beff1f7a8302")
}

// UnpackNotInitializingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotInitializing()
func (lendingVaultV2BorrowCap *LendingVaultV2BorrowCap) UnpackNotInitializingError(raw []byte) (*LendingVaultV2BorrowCapNotInitializing, error) {
	out := new(LendingVaultV2BorrowCapNotInitializing)
	if err := lendingVaultV2BorrowCap.abi.UnpackIntoInterface(out, "NotInitializing", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LendingVaultV2BorrowCapSafeERC20FailedOperation represents a SafeERC20FailedOperation error raised by the LendingVaultV2BorrowCap contract.
type LendingVaultV2BorrowCapSafeERC20FailedOperation struct {
	Token common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SafeERC20FailedOperation(address token)
func LendingVaultV2BorrowCapSafeERC20FailedOperationErrorID() common.Hash {
	return common.HexToHash("0x5274afe73c98b4749fc91ffae6b7b574e7842cb2144a159e9377a5f20b32edf9")
}

// UnpackSafeERC20FailedOperationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SafeERC20FailedOperation(address token)
func (lendingVaultV2BorrowCap *LendingVaultV2BorrowCap) UnpackSafeERC20FailedOperationError(raw []byte) (*LendingVaultV2BorrowCapSafeERC20FailedOperation, error) {
	out := new(LendingVaultV2BorrowCapSafeERC20FailedOperation)
	if err := lendingVaultV2BorrowCap.abi.UnpackIntoInterface(out, "SafeERC20FailedOperation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LendingVaultV2BorrowCapUUPSUnauthorizedCallContext represents a UUPSUnauthorizedCallContext error raised by the LendingVaultV2BorrowCap contract.
type LendingVaultV2BorrowCapUUPSUnauthorizedCallContext struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UUPSUnauthorizedCallContext()
func LendingVaultV2BorrowCapUUPSUnauthorizedCallContextErrorID() common.Hash {
	return common.HexToHash("0xe07c8dba242a06571ac65fe4bbe20522c9fb111cb33599b799ff8039c1ed18f4")
}

// UnpackUUPSUnauthorizedCallContextError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UUPSUnauthorizedCallContext()
func (lendingVaultV2BorrowCap *LendingVaultV2BorrowCap) UnpackUUPSUnauthorizedCallContextError(raw []byte) (*LendingVaultV2BorrowCapUUPSUnauthorizedCallContext, error) {
	out := new(LendingVaultV2BorrowCapUUPSUnauthorizedCallContext)
	if err := lendingVaultV2BorrowCap.abi.UnpackIntoInterface(out, "UUPSUnauthorizedCallContext", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LendingVaultV2BorrowCapUUPSUnsupportedProxiableUUID represents a UUPSUnsupportedProxiableUUID error raised by the LendingVaultV2BorrowCap contract.
type LendingVaultV2BorrowCapUUPSUnsupportedProxiableUUID struct {
	Slot [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UUPSUnsupportedProxiableUUID(bytes32 slot)
func LendingVaultV2BorrowCapUUPSUnsupportedProxiableUUIDErrorID() common.Hash {
	return common.HexToHash("0xaa1d49a4c084bfa9aeeee2a0be65267a7f19ba7e1476b114dac513d2c14cb563")
}

// UnpackUUPSUnsupportedProxiableUUIDError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UUPSUnsupportedProxiableUUID(bytes32 slot)
func (lendingVaultV2BorrowCap *LendingVaultV2BorrowCap) UnpackUUPSUnsupportedProxiableUUIDError(raw []byte) (*LendingVaultV2BorrowCapUUPSUnsupportedProxiableUUID, error) {
	out := new(LendingVaultV2BorrowCapUUPSUnsupportedProxiableUUID)
	if err := lendingVaultV2BorrowCap.abi.UnpackIntoInterface(out, "UUPSUnsupportedProxiableUUID", raw); err != nil {
		return nil, err
	}
	return out, nil
}
