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

// LendingVaultV1MetaData contains all meta data concerning the LendingVaultV1 contract.
var LendingVaultV1MetaData = bind.MetaData{
	ABI: "[{\"inputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"AccessControlBadConfirmation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"neededRole\",\"type\":\"bytes32\"}],\"name\":\"AccessControlUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"}],\"name\":\"AddressEmptyCode\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"implementation\",\"type\":\"address\"}],\"name\":\"ERC1967InvalidImplementation\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ERC1967NonPayable\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"EnforcedPause\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ExpectedPause\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"FailedCall\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidInitialization\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotInitializing\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"SafeERC20FailedOperation\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"UUPSUnauthorizedCallContext\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"slot\",\"type\":\"bytes32\"}],\"name\":\"UUPSUnsupportedProxiableUUID\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Borrowed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"CollateralDeposited\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"CollateralWithdrawn\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Deposited\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"version\",\"type\":\"uint64\"}],\"name\":\"Initialized\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"Paused\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Repaid\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"previousAdminRole\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"newAdminRole\",\"type\":\"bytes32\"}],\"name\":\"RoleAdminChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleGranted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleRevoked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"Unpaused\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"implementation\",\"type\":\"address\"}],\"name\":\"Upgraded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Withdrawn\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"DEFAULT_ADMIN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"GUARDIAN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"LTV_BPS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"UPGRADER_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"UPGRADE_INTERFACE_VERSION\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"balances\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"borrow\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"collateral\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"collateralPrice\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"collateralToken\",\"outputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"debt\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"deposit\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"depositCollateral\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"}],\"name\":\"getRoleAdmin\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"grantRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"hasRole\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"admin\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"guardian\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"pool\",\"type\":\"address\"}],\"name\":\"initialize\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"maxBorrow\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pause\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"paused\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pricePool\",\"outputs\":[{\"internalType\":\"contractSpotPool\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"proxiableUUID\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"callerConfirmation\",\"type\":\"address\"}],\"name\":\"renounceRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"repay\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"revokeRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalAssets\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalDeposits\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"unpause\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newImplementation\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"upgradeToAndCall\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"version\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"withdraw\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"withdrawCollateral\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "LendingVaultV1",
	Bin: "0x60a060405230608052348015610013575f5ffd5b5061001c610021565b6100d3565b7ff0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a00805468010000000000000000900460ff16156100715760405163f92ee8a960e01b815260040160405180910390fd5b80546001600160401b03908116146100d05780546001600160401b0319166001600160401b0390811782556040519081527fc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d29060200160405180910390a15b50565b608051611a8f6100f95f395f81816112270152818161125001526113b10152611a8f5ff3fe6080604052600436106101e6575f3560e01c80636112fe2e11610108578063ad3cb1cc1161009d578063d0e30db01161006d578063d0e30db014610565578063d547741f1461056d578063f72c0d8b1461058c578063f8c8765e146105bf578063fae3706f146105de575f5ffd5b8063ad3cb1cc146104d8578063b2016bd414610508578063bad4a01f14610527578063c5ebeaec14610546575f5ffd5b806397a9d457116100d857806397a9d457146104505780639b6c56ec1461046f578063a217fddf1461049a578063a5fdc5de146104ad575f5ffd5b80636112fe2e146103e95780637d882097146104085780638456cb591461041d57806391d1485414610431575f5ffd5b80633f4ba83a1161017e57806354fd4d501161014e57806354fd4d501461035557806356b95e88146103875780635891de72146103be5780635c975abb146103d2575f5ffd5b80633f4ba83a14610312578063402d8883146103265780634f1ef2861461032e57806352d1902d14610341575f5ffd5b806327e235e3116101b957806327e235e3146102885780632e1a7d4d146102b35780632f2ff15d146102d457806336568abe146102f3575f5ffd5b806301e1d114146101ea57806301ffc9a71461020b578063248a9ca31461023a57806324ea54f414610268575b5f5ffd5b3480156101f5575f5ffd5b50475b6040519081526020015b60405180910390f35b348015610216575f5ffd5b5061022a610225366004611782565b6105f3565b6040519015158152602001610202565b348015610245575f5ffd5b506101f86102543660046117a9565b5f9081526020819052604090206001015490565b348015610273575f5ffd5b506101f85f516020611a3a5f395f51905f5281565b348015610293575f5ffd5b506101f86102a23660046117db565b60026020525f908152604090205481565b3480156102be575f5ffd5b506102d26102cd3660046117a9565b610629565b005b3480156102df575f5ffd5b506102d26102ee3660046117f4565b61078b565b3480156102fe575f5ffd5b506102d261030d3660046117f4565b6107b5565b34801561031d575f5ffd5b506102d26107e8565b6102d261080a565b6102d261033c366004611832565b6108c1565b34801561034c575f5ffd5b506101f86108e0565b348015610360575f5ffd5b506040805180820190915260018152603160f81b60208201525b60405161020291906118f6565b348015610392575f5ffd5b506005546103a6906001600160a01b031681565b6040516001600160a01b039091168152602001610202565b3480156103c9575f5ffd5b506101f86108fb565b3480156103dd575f5ffd5b5060015460ff1661022a565b3480156103f4575f5ffd5b506102d26104033660046117a9565b61096b565b348015610413575f5ffd5b506101f860035481565b348015610428575f5ffd5b506102d2610aa1565b34801561043c575f5ffd5b5061022a61044b3660046117f4565b610ac0565b34801561045b575f5ffd5b506101f861046a3660046117db565b610ae8565b34801561047a575f5ffd5b506101f86104893660046117db565b60076020525f908152604090205481565b3480156104a5575f5ffd5b506101f85f81565b3480156104b8575f5ffd5b506101f86104c73660046117db565b60066020525f908152604090205481565b3480156104e3575f5ffd5b5061037a604051806040016040528060058152602001640352e302e360dc1b81525081565b348015610513575f5ffd5b506004546103a6906001600160a01b031681565b348015610532575f5ffd5b506102d26105413660046117a9565b610b40565b348015610551575f5ffd5b506102d26105603660046117a9565b610bf9565b6102d2610dd7565b348015610578575f5ffd5b506102d26105873660046117f4565b610e8a565b348015610597575f5ffd5b506101f87f189ab7a9244df0848122154315af71fe140f3db0fe014031783b0946b8c9d2e381565b3480156105ca575f5ffd5b506102d26105d936600461192b565b610eae565b3480156105e9575f5ffd5b506101f8611d4c81565b5f6001600160e01b03198216637965db0b60e01b148061062357506301ffc9a760e01b6001600160e01b03198316145b92915050565b6106316110a2565b335f90815260026020526040902054811580159061064f5750808211155b6106975760405162461bcd60e51b8152602060048201526014602482015273696e73756666696369656e742062616c616e636560601b60448201526064015b60405180910390fd5b6106a18282611990565b335f90815260026020526040812091909155600380548492906106c5908490611990565b909155505060405182815233907f7084f5476618d8e60b11ef0d7d3f06914655adb8793e28ff7f018d4c76d505d59060200160405180910390a26040515f90339084908381818185875af1925050503d805f811461073e576040519150601f19603f3d011682016040523d82523d5f602084013e610743565b606091505b50509050806107865760405162461bcd60e51b815260206004820152600f60248201526e1d1c985b9cd9995c8819985a5b1959608a1b604482015260640161068e565b505050565b5f828152602081905260409020600101546107a5816110c8565b6107af83836110d2565b50505050565b6001600160a01b03811633146107de5760405163334bd91960e11b815260040160405180910390fd5b6107868282611161565b5f516020611a3a5f395f51905f526107ff816110c8565b6108076111ca565b50565b5f341180156108275750335f908152600760205260409020543411155b6108665760405162461bcd60e51b815260206004820152601060248201526f189859081c995c185e48185b5bdd5b9d60821b604482015260640161068e565b335f9081526007602052604081208054349290610884908490611990565b909155505060405134815233907f0516911bcc3a0a7412a44601057c0a0a1ec628bde049a84284bc428866534488906020015b60405180910390a2565b6108c961121c565b6108d2826112c0565b6108dc82826112ea565b5050565b5f6108e96113a6565b505f516020611a1a5f395f51905f5290565b60055460408051630730905b60e31b815290515f926001600160a01b03169163398482d89160048083019260209291908290030181865afa158015610942573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061096691906119a3565b905090565b6109736110a2565b335f9081526006602052604090205481158015906109915750808211155b6109dd5760405162461bcd60e51b815260206004820152601760248201527f696e73756666696369656e7420636f6c6c61746572616c000000000000000000604482015260640161068e565b6109e78282611990565b335f81815260066020526040902091909155610a0290610ae8565b335f908152600760205260409020541115610a555760405162461bcd60e51b81526020600482015260136024820152721d5b99195c98dbdb1b185d195c985b1a5e9959606a1b604482015260640161068e565b60405182815233907fc30fcfbcaac9e0deffa719714eaa82396ff506a0d0d0eebe170830177288715d9060200160405180910390a26004546108dc906001600160a01b031633846113ef565b5f516020611a3a5f395f51905f52610ab8816110c8565b61080761144e565b5f918252602082815260408084206001600160a01b0393909316845291905290205460ff1690565b5f612710611d4c670de0b6b3a7640000610b006108fb565b6001600160a01b0386165f90815260066020526040902054610b2291906119ba565b610b2c91906119d1565b610b3691906119ba565b61062391906119d1565b610b486110a2565b5f8111610b895760405162461bcd60e51b815260206004820152600f60248201526e1e995c9bc818dbdb1b185d195c985b608a1b604482015260640161068e565b335f9081526006602052604081208054839290610ba79084906119f0565b909155505060405181815233907fd7243f6f8212d5188fd054141cf6ea89cfc0d91facb8c3afe2f88a13584801429060200160405180910390a2600454610807906001600160a01b0316333084611489565b610c016110a2565b5f8111610c3e5760405162461bcd60e51b815260206004820152600b60248201526a7a65726f20626f72726f7760a81b604482015260640161068e565b610c4733610ae8565b335f90815260076020526040902054610c619083906119f0565b1115610caf5760405162461bcd60e51b815260206004820152601d60248201527f626f72726f772061626f766520636f6c6c61746572616c2076616c7565000000604482015260640161068e565b47811115610cf85760405162461bcd60e51b8152602060048201526016602482015275696e73756666696369656e74206c697175696469747960501b604482015260640161068e565b335f9081526007602052604081208054839290610d169084906119f0565b909155505060405181815233907fac59582e5396aca512fa873a2047e7f4c80f8f55d4a06cb34a78a0187f62719f9060200160405180910390a26040515f90339083908381818185875af1925050503d805f8114610d8f576040519150601f19603f3d011682016040523d82523d5f602084013e610d94565b606091505b50509050806108dc5760405162461bcd60e51b815260206004820152600f60248201526e1d1c985b9cd9995c8819985a5b1959608a1b604482015260640161068e565b610ddf6110a2565b5f3411610e1d5760405162461bcd60e51b815260206004820152600c60248201526b1e995c9bc819195c1bdcda5d60a21b604482015260640161068e565b335f9081526002602052604081208054349290610e3b9084906119f0565b925050819055503460035f828254610e5391906119f0565b909155505060405134815233907f2da466a7b24304f47e87fa2e1e5a81b9831ce54fec19055ce277ca2f39ba42c4906020016108b7565b5f82815260208190526040902060010154610ea4816110c8565b6107af8383611161565b5f610eb76114c2565b805490915060ff600160401b820416159067ffffffffffffffff165f81158015610ede5750825b90505f8267ffffffffffffffff166001148015610efa5750303b155b905081158015610f08575080155b15610f265760405163f92ee8a960e01b815260040160405180910390fd5b845467ffffffffffffffff191660011785558315610f5057845460ff60401b1916600160401b1785555b6001600160a01b03891615801590610f7057506001600160a01b03881615155b8015610f8457506001600160a01b03871615155b8015610f9857506001600160a01b03861615155b610fd35760405162461bcd60e51b815260206004820152600c60248201526b7a65726f206164647265737360a01b604482015260640161068e565b610fdd5f8a6110d2565b506110087f189ab7a9244df0848122154315af71fe140f3db0fe014031783b0946b8c9d2e38a6110d2565b506110205f516020611a3a5f395f51905f52896110d2565b50600480546001600160a01b03808a166001600160a01b0319928316179092556005805492891692909116919091179055831561109757845460ff60401b19168555604051600181527fc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d29060200160405180910390a15b505050505050505050565b60015460ff16156110c65760405163d93c066560e01b815260040160405180910390fd5b565b61080781336114ea565b5f6110dd8383610ac0565b61115a575f838152602081815260408083206001600160a01b03861684529091529020805460ff191660011790556111123390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a4506001610623565b505f610623565b5f61116c8383610ac0565b1561115a575f838152602081815260408083206001600160a01b0386168085529252808320805460ff1916905551339286917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a4506001610623565b6111d2611523565b6001805460ff191690557f5db9ee0a495bf2e6ff9c91a7834c1ba4fdd244a5e8aa4e537bd38aeae4b073aa335b6040516001600160a01b03909116815260200160405180910390a1565b306001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001614806112a257507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03166112965f516020611a1a5f395f51905f52546001600160a01b031690565b6001600160a01b031614155b156110c65760405163703e46dd60e11b815260040160405180910390fd5b7f189ab7a9244df0848122154315af71fe140f3db0fe014031783b0946b8c9d2e36108dc816110c8565b816001600160a01b03166352d1902d6040518163ffffffff1660e01b8152600401602060405180830381865afa925050508015611344575060408051601f3d908101601f19168201909252611341918101906119a3565b60015b61136c57604051634c9c8ce360e01b81526001600160a01b038316600482015260240161068e565b5f516020611a1a5f395f51905f52811461139c57604051632a87526960e21b81526004810182905260240161068e565b6107868383611546565b306001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016146110c65760405163703e46dd60e11b815260040160405180910390fd5b6040516001600160a01b0383811660248301526044820183905261078691859182169063a9059cbb906064015b604051602081830303815290604052915060e01b6020820180516001600160e01b03838183161783525050505061159b565b6114566110a2565b6001805460ff1916811790557f62e78cea01bee320cd4e420270b5ea74000d11b0c9f74754ebdbfc544b05a258336111ff565b6040516001600160a01b0384811660248301528381166044830152606482018390526107af9186918216906323b872dd9060840161141c565b5f807ff0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a00610623565b6114f48282610ac0565b6108dc5760405163e2517d3f60e01b81526001600160a01b03821660048201526024810183905260440161068e565b60015460ff166110c657604051638dfc202b60e01b815260040160405180910390fd5b61154f82611607565b6040516001600160a01b038316907fbc7cd75a20ee27fd9adebab32041f755214dbc6bffa90cc0225b39da2e5c2d3b905f90a280511561159357610786828261166a565b6108dc6116dc565b5f5f60205f8451602086015f885af1806115ba576040513d5f823e3d81fd5b50505f513d915081156115d15780600114156115de565b6001600160a01b0384163b155b156107af57604051635274afe760e01b81526001600160a01b038516600482015260240161068e565b806001600160a01b03163b5f0361163c57604051634c9c8ce360e01b81526001600160a01b038216600482015260240161068e565b5f516020611a1a5f395f51905f5280546001600160a01b0319166001600160a01b0392909216919091179055565b60605f5f846001600160a01b0316846040516116869190611a03565b5f60405180830381855af49150503d805f81146116be576040519150601f19603f3d011682016040523d82523d5f602084013e6116c3565b606091505b50915091506116d38583836116fb565b95945050505050565b34156110c65760405163b398979f60e01b815260040160405180910390fd5b6060826117105761170b8261175a565b611753565b815115801561172757506001600160a01b0384163b155b1561175057604051639996b31560e01b81526001600160a01b038516600482015260240161068e565b50805b9392505050565b80511561176957805160208201fd5b60405163d6bda27560e01b815260040160405180910390fd5b5f60208284031215611792575f5ffd5b81356001600160e01b031981168114611753575f5ffd5b5f602082840312156117b9575f5ffd5b5035919050565b80356001600160a01b03811681146117d6575f5ffd5b919050565b5f602082840312156117eb575f5ffd5b611753826117c0565b5f5f60408385031215611805575f5ffd5b82359150611815602084016117c0565b90509250929050565b634e487b7160e01b5f52604160045260245ffd5b5f5f60408385031215611843575f5ffd5b61184c836117c0565b9150602083013567ffffffffffffffff811115611867575f5ffd5b8301601f81018513611877575f5ffd5b803567ffffffffffffffff8111156118915761189161181e565b604051601f8201601f19908116603f0116810167ffffffffffffffff811182821017156118c0576118c061181e565b6040528181528282016020018710156118d7575f5ffd5b816020840160208301375f602083830101528093505050509250929050565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b5f5f5f5f6080858703121561193e575f5ffd5b611947856117c0565b9350611955602086016117c0565b9250611963604086016117c0565b9150611971606086016117c0565b905092959194509250565b634e487b7160e01b5f52601160045260245ffd5b818103818111156106235761062361197c565b5f602082840312156119b3575f5ffd5b5051919050565b80820281158282048414176106235761062361197c565b5f826119eb57634e487b7160e01b5f52601260045260245ffd5b500490565b808201808211156106235761062361197c565b5f82518060208501845e5f92019182525091905056fe360894a13ba1a3210667c828492db98dca3e2076cc3735a920a3ca505d382bbc55435dd261a4b9b3364963f7738a7a662ad9c84396d64be3365284bb7f0a5041a264697066735822122019bf74116350215fe71824011d0460fd7356e413a9a40a33bca0a4b3463bba0a64736f6c634300081e0033",
}

// LendingVaultV1 is an auto generated Go binding around an Ethereum contract.
type LendingVaultV1 struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *LendingVaultV1) GetABI() abi.ABI {
	return c.abi
}

// NewLendingVaultV1 creates a new instance of LendingVaultV1.
func NewLendingVaultV1() *LendingVaultV1 {
	parsed, err := LendingVaultV1MetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &LendingVaultV1{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *LendingVaultV1) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackDEFAULTADMINROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa217fddf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (lendingVaultV1 *LendingVaultV1) PackDEFAULTADMINROLE() []byte {
	enc, err := lendingVaultV1.abi.Pack("DEFAULT_ADMIN_ROLE")
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
func (lendingVaultV1 *LendingVaultV1) TryPackDEFAULTADMINROLE() ([]byte, error) {
	return lendingVaultV1.abi.Pack("DEFAULT_ADMIN_ROLE")
}

// UnpackDEFAULTADMINROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (lendingVaultV1 *LendingVaultV1) UnpackDEFAULTADMINROLE(data []byte) ([32]byte, error) {
	out, err := lendingVaultV1.abi.Unpack("DEFAULT_ADMIN_ROLE", data)
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
func (lendingVaultV1 *LendingVaultV1) PackGUARDIANROLE() []byte {
	enc, err := lendingVaultV1.abi.Pack("GUARDIAN_ROLE")
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
func (lendingVaultV1 *LendingVaultV1) TryPackGUARDIANROLE() ([]byte, error) {
	return lendingVaultV1.abi.Pack("GUARDIAN_ROLE")
}

// UnpackGUARDIANROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x24ea54f4.
//
// Solidity: function GUARDIAN_ROLE() view returns(bytes32)
func (lendingVaultV1 *LendingVaultV1) UnpackGUARDIANROLE(data []byte) ([32]byte, error) {
	out, err := lendingVaultV1.abi.Unpack("GUARDIAN_ROLE", data)
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
func (lendingVaultV1 *LendingVaultV1) PackLTVBPS() []byte {
	enc, err := lendingVaultV1.abi.Pack("LTV_BPS")
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
func (lendingVaultV1 *LendingVaultV1) TryPackLTVBPS() ([]byte, error) {
	return lendingVaultV1.abi.Pack("LTV_BPS")
}

// UnpackLTVBPS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfae3706f.
//
// Solidity: function LTV_BPS() view returns(uint256)
func (lendingVaultV1 *LendingVaultV1) UnpackLTVBPS(data []byte) (*big.Int, error) {
	out, err := lendingVaultV1.abi.Unpack("LTV_BPS", data)
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
func (lendingVaultV1 *LendingVaultV1) PackUPGRADERROLE() []byte {
	enc, err := lendingVaultV1.abi.Pack("UPGRADER_ROLE")
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
func (lendingVaultV1 *LendingVaultV1) TryPackUPGRADERROLE() ([]byte, error) {
	return lendingVaultV1.abi.Pack("UPGRADER_ROLE")
}

// UnpackUPGRADERROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf72c0d8b.
//
// Solidity: function UPGRADER_ROLE() view returns(bytes32)
func (lendingVaultV1 *LendingVaultV1) UnpackUPGRADERROLE(data []byte) ([32]byte, error) {
	out, err := lendingVaultV1.abi.Unpack("UPGRADER_ROLE", data)
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
func (lendingVaultV1 *LendingVaultV1) PackUPGRADEINTERFACEVERSION() []byte {
	enc, err := lendingVaultV1.abi.Pack("UPGRADE_INTERFACE_VERSION")
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
func (lendingVaultV1 *LendingVaultV1) TryPackUPGRADEINTERFACEVERSION() ([]byte, error) {
	return lendingVaultV1.abi.Pack("UPGRADE_INTERFACE_VERSION")
}

// UnpackUPGRADEINTERFACEVERSION is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xad3cb1cc.
//
// Solidity: function UPGRADE_INTERFACE_VERSION() view returns(string)
func (lendingVaultV1 *LendingVaultV1) UnpackUPGRADEINTERFACEVERSION(data []byte) (string, error) {
	out, err := lendingVaultV1.abi.Unpack("UPGRADE_INTERFACE_VERSION", data)
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
func (lendingVaultV1 *LendingVaultV1) PackBalances(arg0 common.Address) []byte {
	enc, err := lendingVaultV1.abi.Pack("balances", arg0)
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
func (lendingVaultV1 *LendingVaultV1) TryPackBalances(arg0 common.Address) ([]byte, error) {
	return lendingVaultV1.abi.Pack("balances", arg0)
}

// UnpackBalances is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x27e235e3.
//
// Solidity: function balances(address ) view returns(uint256)
func (lendingVaultV1 *LendingVaultV1) UnpackBalances(data []byte) (*big.Int, error) {
	out, err := lendingVaultV1.abi.Unpack("balances", data)
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
func (lendingVaultV1 *LendingVaultV1) PackBorrow(amount *big.Int) []byte {
	enc, err := lendingVaultV1.abi.Pack("borrow", amount)
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
func (lendingVaultV1 *LendingVaultV1) TryPackBorrow(amount *big.Int) ([]byte, error) {
	return lendingVaultV1.abi.Pack("borrow", amount)
}

// PackCollateral is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa5fdc5de.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function collateral(address ) view returns(uint256)
func (lendingVaultV1 *LendingVaultV1) PackCollateral(arg0 common.Address) []byte {
	enc, err := lendingVaultV1.abi.Pack("collateral", arg0)
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
func (lendingVaultV1 *LendingVaultV1) TryPackCollateral(arg0 common.Address) ([]byte, error) {
	return lendingVaultV1.abi.Pack("collateral", arg0)
}

// UnpackCollateral is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa5fdc5de.
//
// Solidity: function collateral(address ) view returns(uint256)
func (lendingVaultV1 *LendingVaultV1) UnpackCollateral(data []byte) (*big.Int, error) {
	out, err := lendingVaultV1.abi.Unpack("collateral", data)
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
func (lendingVaultV1 *LendingVaultV1) PackCollateralPrice() []byte {
	enc, err := lendingVaultV1.abi.Pack("collateralPrice")
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
func (lendingVaultV1 *LendingVaultV1) TryPackCollateralPrice() ([]byte, error) {
	return lendingVaultV1.abi.Pack("collateralPrice")
}

// UnpackCollateralPrice is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5891de72.
//
// Solidity: function collateralPrice() view returns(uint256)
func (lendingVaultV1 *LendingVaultV1) UnpackCollateralPrice(data []byte) (*big.Int, error) {
	out, err := lendingVaultV1.abi.Unpack("collateralPrice", data)
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
func (lendingVaultV1 *LendingVaultV1) PackCollateralToken() []byte {
	enc, err := lendingVaultV1.abi.Pack("collateralToken")
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
func (lendingVaultV1 *LendingVaultV1) TryPackCollateralToken() ([]byte, error) {
	return lendingVaultV1.abi.Pack("collateralToken")
}

// UnpackCollateralToken is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb2016bd4.
//
// Solidity: function collateralToken() view returns(address)
func (lendingVaultV1 *LendingVaultV1) UnpackCollateralToken(data []byte) (common.Address, error) {
	out, err := lendingVaultV1.abi.Unpack("collateralToken", data)
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
func (lendingVaultV1 *LendingVaultV1) PackDebt(arg0 common.Address) []byte {
	enc, err := lendingVaultV1.abi.Pack("debt", arg0)
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
func (lendingVaultV1 *LendingVaultV1) TryPackDebt(arg0 common.Address) ([]byte, error) {
	return lendingVaultV1.abi.Pack("debt", arg0)
}

// UnpackDebt is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9b6c56ec.
//
// Solidity: function debt(address ) view returns(uint256)
func (lendingVaultV1 *LendingVaultV1) UnpackDebt(data []byte) (*big.Int, error) {
	out, err := lendingVaultV1.abi.Unpack("debt", data)
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
func (lendingVaultV1 *LendingVaultV1) PackDeposit() []byte {
	enc, err := lendingVaultV1.abi.Pack("deposit")
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
func (lendingVaultV1 *LendingVaultV1) TryPackDeposit() ([]byte, error) {
	return lendingVaultV1.abi.Pack("deposit")
}

// PackDepositCollateral is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbad4a01f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function depositCollateral(uint256 amount) returns()
func (lendingVaultV1 *LendingVaultV1) PackDepositCollateral(amount *big.Int) []byte {
	enc, err := lendingVaultV1.abi.Pack("depositCollateral", amount)
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
func (lendingVaultV1 *LendingVaultV1) TryPackDepositCollateral(amount *big.Int) ([]byte, error) {
	return lendingVaultV1.abi.Pack("depositCollateral", amount)
}

// PackGetRoleAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x248a9ca3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (lendingVaultV1 *LendingVaultV1) PackGetRoleAdmin(role [32]byte) []byte {
	enc, err := lendingVaultV1.abi.Pack("getRoleAdmin", role)
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
func (lendingVaultV1 *LendingVaultV1) TryPackGetRoleAdmin(role [32]byte) ([]byte, error) {
	return lendingVaultV1.abi.Pack("getRoleAdmin", role)
}

// UnpackGetRoleAdmin is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (lendingVaultV1 *LendingVaultV1) UnpackGetRoleAdmin(data []byte) ([32]byte, error) {
	out, err := lendingVaultV1.abi.Unpack("getRoleAdmin", data)
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
func (lendingVaultV1 *LendingVaultV1) PackGrantRole(role [32]byte, account common.Address) []byte {
	enc, err := lendingVaultV1.abi.Pack("grantRole", role, account)
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
func (lendingVaultV1 *LendingVaultV1) TryPackGrantRole(role [32]byte, account common.Address) ([]byte, error) {
	return lendingVaultV1.abi.Pack("grantRole", role, account)
}

// PackHasRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91d14854.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (lendingVaultV1 *LendingVaultV1) PackHasRole(role [32]byte, account common.Address) []byte {
	enc, err := lendingVaultV1.abi.Pack("hasRole", role, account)
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
func (lendingVaultV1 *LendingVaultV1) TryPackHasRole(role [32]byte, account common.Address) ([]byte, error) {
	return lendingVaultV1.abi.Pack("hasRole", role, account)
}

// UnpackHasRole is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (lendingVaultV1 *LendingVaultV1) UnpackHasRole(data []byte) (bool, error) {
	out, err := lendingVaultV1.abi.Unpack("hasRole", data)
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
func (lendingVaultV1 *LendingVaultV1) PackInitialize(admin common.Address, guardian common.Address, token common.Address, pool common.Address) []byte {
	enc, err := lendingVaultV1.abi.Pack("initialize", admin, guardian, token, pool)
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
func (lendingVaultV1 *LendingVaultV1) TryPackInitialize(admin common.Address, guardian common.Address, token common.Address, pool common.Address) ([]byte, error) {
	return lendingVaultV1.abi.Pack("initialize", admin, guardian, token, pool)
}

// PackMaxBorrow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x97a9d457.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function maxBorrow(address account) view returns(uint256)
func (lendingVaultV1 *LendingVaultV1) PackMaxBorrow(account common.Address) []byte {
	enc, err := lendingVaultV1.abi.Pack("maxBorrow", account)
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
func (lendingVaultV1 *LendingVaultV1) TryPackMaxBorrow(account common.Address) ([]byte, error) {
	return lendingVaultV1.abi.Pack("maxBorrow", account)
}

// UnpackMaxBorrow is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x97a9d457.
//
// Solidity: function maxBorrow(address account) view returns(uint256)
func (lendingVaultV1 *LendingVaultV1) UnpackMaxBorrow(data []byte) (*big.Int, error) {
	out, err := lendingVaultV1.abi.Unpack("maxBorrow", data)
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
func (lendingVaultV1 *LendingVaultV1) PackPause() []byte {
	enc, err := lendingVaultV1.abi.Pack("pause")
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
func (lendingVaultV1 *LendingVaultV1) TryPackPause() ([]byte, error) {
	return lendingVaultV1.abi.Pack("pause")
}

// PackPaused is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5c975abb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function paused() view returns(bool)
func (lendingVaultV1 *LendingVaultV1) PackPaused() []byte {
	enc, err := lendingVaultV1.abi.Pack("paused")
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
func (lendingVaultV1 *LendingVaultV1) TryPackPaused() ([]byte, error) {
	return lendingVaultV1.abi.Pack("paused")
}

// UnpackPaused is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5c975abb.
//
// Solidity: function paused() view returns(bool)
func (lendingVaultV1 *LendingVaultV1) UnpackPaused(data []byte) (bool, error) {
	out, err := lendingVaultV1.abi.Unpack("paused", data)
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
func (lendingVaultV1 *LendingVaultV1) PackPricePool() []byte {
	enc, err := lendingVaultV1.abi.Pack("pricePool")
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
func (lendingVaultV1 *LendingVaultV1) TryPackPricePool() ([]byte, error) {
	return lendingVaultV1.abi.Pack("pricePool")
}

// UnpackPricePool is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x56b95e88.
//
// Solidity: function pricePool() view returns(address)
func (lendingVaultV1 *LendingVaultV1) UnpackPricePool(data []byte) (common.Address, error) {
	out, err := lendingVaultV1.abi.Unpack("pricePool", data)
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
func (lendingVaultV1 *LendingVaultV1) PackProxiableUUID() []byte {
	enc, err := lendingVaultV1.abi.Pack("proxiableUUID")
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
func (lendingVaultV1 *LendingVaultV1) TryPackProxiableUUID() ([]byte, error) {
	return lendingVaultV1.abi.Pack("proxiableUUID")
}

// UnpackProxiableUUID is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x52d1902d.
//
// Solidity: function proxiableUUID() view returns(bytes32)
func (lendingVaultV1 *LendingVaultV1) UnpackProxiableUUID(data []byte) ([32]byte, error) {
	out, err := lendingVaultV1.abi.Unpack("proxiableUUID", data)
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
func (lendingVaultV1 *LendingVaultV1) PackRenounceRole(role [32]byte, callerConfirmation common.Address) []byte {
	enc, err := lendingVaultV1.abi.Pack("renounceRole", role, callerConfirmation)
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
func (lendingVaultV1 *LendingVaultV1) TryPackRenounceRole(role [32]byte, callerConfirmation common.Address) ([]byte, error) {
	return lendingVaultV1.abi.Pack("renounceRole", role, callerConfirmation)
}

// PackRepay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x402d8883.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function repay() payable returns()
func (lendingVaultV1 *LendingVaultV1) PackRepay() []byte {
	enc, err := lendingVaultV1.abi.Pack("repay")
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
func (lendingVaultV1 *LendingVaultV1) TryPackRepay() ([]byte, error) {
	return lendingVaultV1.abi.Pack("repay")
}

// PackRevokeRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd547741f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (lendingVaultV1 *LendingVaultV1) PackRevokeRole(role [32]byte, account common.Address) []byte {
	enc, err := lendingVaultV1.abi.Pack("revokeRole", role, account)
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
func (lendingVaultV1 *LendingVaultV1) TryPackRevokeRole(role [32]byte, account common.Address) ([]byte, error) {
	return lendingVaultV1.abi.Pack("revokeRole", role, account)
}

// PackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (lendingVaultV1 *LendingVaultV1) PackSupportsInterface(interfaceId [4]byte) []byte {
	enc, err := lendingVaultV1.abi.Pack("supportsInterface", interfaceId)
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
func (lendingVaultV1 *LendingVaultV1) TryPackSupportsInterface(interfaceId [4]byte) ([]byte, error) {
	return lendingVaultV1.abi.Pack("supportsInterface", interfaceId)
}

// UnpackSupportsInterface is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (lendingVaultV1 *LendingVaultV1) UnpackSupportsInterface(data []byte) (bool, error) {
	out, err := lendingVaultV1.abi.Unpack("supportsInterface", data)
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
func (lendingVaultV1 *LendingVaultV1) PackTotalAssets() []byte {
	enc, err := lendingVaultV1.abi.Pack("totalAssets")
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
func (lendingVaultV1 *LendingVaultV1) TryPackTotalAssets() ([]byte, error) {
	return lendingVaultV1.abi.Pack("totalAssets")
}

// UnpackTotalAssets is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x01e1d114.
//
// Solidity: function totalAssets() view returns(uint256)
func (lendingVaultV1 *LendingVaultV1) UnpackTotalAssets(data []byte) (*big.Int, error) {
	out, err := lendingVaultV1.abi.Unpack("totalAssets", data)
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
func (lendingVaultV1 *LendingVaultV1) PackTotalDeposits() []byte {
	enc, err := lendingVaultV1.abi.Pack("totalDeposits")
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
func (lendingVaultV1 *LendingVaultV1) TryPackTotalDeposits() ([]byte, error) {
	return lendingVaultV1.abi.Pack("totalDeposits")
}

// UnpackTotalDeposits is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7d882097.
//
// Solidity: function totalDeposits() view returns(uint256)
func (lendingVaultV1 *LendingVaultV1) UnpackTotalDeposits(data []byte) (*big.Int, error) {
	out, err := lendingVaultV1.abi.Unpack("totalDeposits", data)
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
func (lendingVaultV1 *LendingVaultV1) PackUnpause() []byte {
	enc, err := lendingVaultV1.abi.Pack("unpause")
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
func (lendingVaultV1 *LendingVaultV1) TryPackUnpause() ([]byte, error) {
	return lendingVaultV1.abi.Pack("unpause")
}

// PackUpgradeToAndCall is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4f1ef286.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function upgradeToAndCall(address newImplementation, bytes data) payable returns()
func (lendingVaultV1 *LendingVaultV1) PackUpgradeToAndCall(newImplementation common.Address, data []byte) []byte {
	enc, err := lendingVaultV1.abi.Pack("upgradeToAndCall", newImplementation, data)
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
func (lendingVaultV1 *LendingVaultV1) TryPackUpgradeToAndCall(newImplementation common.Address, data []byte) ([]byte, error) {
	return lendingVaultV1.abi.Pack("upgradeToAndCall", newImplementation, data)
}

// PackVersion is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x54fd4d50.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function version() pure returns(string)
func (lendingVaultV1 *LendingVaultV1) PackVersion() []byte {
	enc, err := lendingVaultV1.abi.Pack("version")
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
func (lendingVaultV1 *LendingVaultV1) TryPackVersion() ([]byte, error) {
	return lendingVaultV1.abi.Pack("version")
}

// UnpackVersion is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x54fd4d50.
//
// Solidity: function version() pure returns(string)
func (lendingVaultV1 *LendingVaultV1) UnpackVersion(data []byte) (string, error) {
	out, err := lendingVaultV1.abi.Unpack("version", data)
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
func (lendingVaultV1 *LendingVaultV1) PackWithdraw(amount *big.Int) []byte {
	enc, err := lendingVaultV1.abi.Pack("withdraw", amount)
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
func (lendingVaultV1 *LendingVaultV1) TryPackWithdraw(amount *big.Int) ([]byte, error) {
	return lendingVaultV1.abi.Pack("withdraw", amount)
}

// PackWithdrawCollateral is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6112fe2e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdrawCollateral(uint256 amount) returns()
func (lendingVaultV1 *LendingVaultV1) PackWithdrawCollateral(amount *big.Int) []byte {
	enc, err := lendingVaultV1.abi.Pack("withdrawCollateral", amount)
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
func (lendingVaultV1 *LendingVaultV1) TryPackWithdrawCollateral(amount *big.Int) ([]byte, error) {
	return lendingVaultV1.abi.Pack("withdrawCollateral", amount)
}

// LendingVaultV1Borrowed represents a Borrowed event raised by the LendingVaultV1 contract.
type LendingVaultV1Borrowed struct {
	Account common.Address
	Amount  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const LendingVaultV1BorrowedEventName = "Borrowed"

// ContractEventName returns the user-defined event name.
func (LendingVaultV1Borrowed) ContractEventName() string {
	return LendingVaultV1BorrowedEventName
}

// UnpackBorrowedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Borrowed(address indexed account, uint256 amount)
func (lendingVaultV1 *LendingVaultV1) UnpackBorrowedEvent(log *types.Log) (*LendingVaultV1Borrowed, error) {
	event := "Borrowed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != lendingVaultV1.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(LendingVaultV1Borrowed)
	if len(log.Data) > 0 {
		if err := lendingVaultV1.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range lendingVaultV1.abi.Events[event].Inputs {
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

// LendingVaultV1CollateralDeposited represents a CollateralDeposited event raised by the LendingVaultV1 contract.
type LendingVaultV1CollateralDeposited struct {
	Account common.Address
	Amount  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const LendingVaultV1CollateralDepositedEventName = "CollateralDeposited"

// ContractEventName returns the user-defined event name.
func (LendingVaultV1CollateralDeposited) ContractEventName() string {
	return LendingVaultV1CollateralDepositedEventName
}

// UnpackCollateralDepositedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event CollateralDeposited(address indexed account, uint256 amount)
func (lendingVaultV1 *LendingVaultV1) UnpackCollateralDepositedEvent(log *types.Log) (*LendingVaultV1CollateralDeposited, error) {
	event := "CollateralDeposited"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != lendingVaultV1.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(LendingVaultV1CollateralDeposited)
	if len(log.Data) > 0 {
		if err := lendingVaultV1.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range lendingVaultV1.abi.Events[event].Inputs {
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

// LendingVaultV1CollateralWithdrawn represents a CollateralWithdrawn event raised by the LendingVaultV1 contract.
type LendingVaultV1CollateralWithdrawn struct {
	Account common.Address
	Amount  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const LendingVaultV1CollateralWithdrawnEventName = "CollateralWithdrawn"

// ContractEventName returns the user-defined event name.
func (LendingVaultV1CollateralWithdrawn) ContractEventName() string {
	return LendingVaultV1CollateralWithdrawnEventName
}

// UnpackCollateralWithdrawnEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event CollateralWithdrawn(address indexed account, uint256 amount)
func (lendingVaultV1 *LendingVaultV1) UnpackCollateralWithdrawnEvent(log *types.Log) (*LendingVaultV1CollateralWithdrawn, error) {
	event := "CollateralWithdrawn"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != lendingVaultV1.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(LendingVaultV1CollateralWithdrawn)
	if len(log.Data) > 0 {
		if err := lendingVaultV1.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range lendingVaultV1.abi.Events[event].Inputs {
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

// LendingVaultV1Deposited represents a Deposited event raised by the LendingVaultV1 contract.
type LendingVaultV1Deposited struct {
	Account common.Address
	Amount  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const LendingVaultV1DepositedEventName = "Deposited"

// ContractEventName returns the user-defined event name.
func (LendingVaultV1Deposited) ContractEventName() string {
	return LendingVaultV1DepositedEventName
}

// UnpackDepositedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Deposited(address indexed account, uint256 amount)
func (lendingVaultV1 *LendingVaultV1) UnpackDepositedEvent(log *types.Log) (*LendingVaultV1Deposited, error) {
	event := "Deposited"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != lendingVaultV1.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(LendingVaultV1Deposited)
	if len(log.Data) > 0 {
		if err := lendingVaultV1.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range lendingVaultV1.abi.Events[event].Inputs {
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

// LendingVaultV1Initialized represents a Initialized event raised by the LendingVaultV1 contract.
type LendingVaultV1Initialized struct {
	Version uint64
	Raw     *types.Log // Blockchain specific contextual infos
}

const LendingVaultV1InitializedEventName = "Initialized"

// ContractEventName returns the user-defined event name.
func (LendingVaultV1Initialized) ContractEventName() string {
	return LendingVaultV1InitializedEventName
}

// UnpackInitializedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Initialized(uint64 version)
func (lendingVaultV1 *LendingVaultV1) UnpackInitializedEvent(log *types.Log) (*LendingVaultV1Initialized, error) {
	event := "Initialized"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != lendingVaultV1.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(LendingVaultV1Initialized)
	if len(log.Data) > 0 {
		if err := lendingVaultV1.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range lendingVaultV1.abi.Events[event].Inputs {
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

// LendingVaultV1Paused represents a Paused event raised by the LendingVaultV1 contract.
type LendingVaultV1Paused struct {
	Account common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const LendingVaultV1PausedEventName = "Paused"

// ContractEventName returns the user-defined event name.
func (LendingVaultV1Paused) ContractEventName() string {
	return LendingVaultV1PausedEventName
}

// UnpackPausedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Paused(address account)
func (lendingVaultV1 *LendingVaultV1) UnpackPausedEvent(log *types.Log) (*LendingVaultV1Paused, error) {
	event := "Paused"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != lendingVaultV1.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(LendingVaultV1Paused)
	if len(log.Data) > 0 {
		if err := lendingVaultV1.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range lendingVaultV1.abi.Events[event].Inputs {
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

// LendingVaultV1Repaid represents a Repaid event raised by the LendingVaultV1 contract.
type LendingVaultV1Repaid struct {
	Account common.Address
	Amount  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const LendingVaultV1RepaidEventName = "Repaid"

// ContractEventName returns the user-defined event name.
func (LendingVaultV1Repaid) ContractEventName() string {
	return LendingVaultV1RepaidEventName
}

// UnpackRepaidEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Repaid(address indexed account, uint256 amount)
func (lendingVaultV1 *LendingVaultV1) UnpackRepaidEvent(log *types.Log) (*LendingVaultV1Repaid, error) {
	event := "Repaid"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != lendingVaultV1.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(LendingVaultV1Repaid)
	if len(log.Data) > 0 {
		if err := lendingVaultV1.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range lendingVaultV1.abi.Events[event].Inputs {
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

// LendingVaultV1RoleAdminChanged represents a RoleAdminChanged event raised by the LendingVaultV1 contract.
type LendingVaultV1RoleAdminChanged struct {
	Role              [32]byte
	PreviousAdminRole [32]byte
	NewAdminRole      [32]byte
	Raw               *types.Log // Blockchain specific contextual infos
}

const LendingVaultV1RoleAdminChangedEventName = "RoleAdminChanged"

// ContractEventName returns the user-defined event name.
func (LendingVaultV1RoleAdminChanged) ContractEventName() string {
	return LendingVaultV1RoleAdminChangedEventName
}

// UnpackRoleAdminChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole)
func (lendingVaultV1 *LendingVaultV1) UnpackRoleAdminChangedEvent(log *types.Log) (*LendingVaultV1RoleAdminChanged, error) {
	event := "RoleAdminChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != lendingVaultV1.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(LendingVaultV1RoleAdminChanged)
	if len(log.Data) > 0 {
		if err := lendingVaultV1.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range lendingVaultV1.abi.Events[event].Inputs {
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

// LendingVaultV1RoleGranted represents a RoleGranted event raised by the LendingVaultV1 contract.
type LendingVaultV1RoleGranted struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const LendingVaultV1RoleGrantedEventName = "RoleGranted"

// ContractEventName returns the user-defined event name.
func (LendingVaultV1RoleGranted) ContractEventName() string {
	return LendingVaultV1RoleGrantedEventName
}

// UnpackRoleGrantedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)
func (lendingVaultV1 *LendingVaultV1) UnpackRoleGrantedEvent(log *types.Log) (*LendingVaultV1RoleGranted, error) {
	event := "RoleGranted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != lendingVaultV1.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(LendingVaultV1RoleGranted)
	if len(log.Data) > 0 {
		if err := lendingVaultV1.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range lendingVaultV1.abi.Events[event].Inputs {
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

// LendingVaultV1RoleRevoked represents a RoleRevoked event raised by the LendingVaultV1 contract.
type LendingVaultV1RoleRevoked struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const LendingVaultV1RoleRevokedEventName = "RoleRevoked"

// ContractEventName returns the user-defined event name.
func (LendingVaultV1RoleRevoked) ContractEventName() string {
	return LendingVaultV1RoleRevokedEventName
}

// UnpackRoleRevokedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender)
func (lendingVaultV1 *LendingVaultV1) UnpackRoleRevokedEvent(log *types.Log) (*LendingVaultV1RoleRevoked, error) {
	event := "RoleRevoked"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != lendingVaultV1.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(LendingVaultV1RoleRevoked)
	if len(log.Data) > 0 {
		if err := lendingVaultV1.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range lendingVaultV1.abi.Events[event].Inputs {
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

// LendingVaultV1Unpaused represents a Unpaused event raised by the LendingVaultV1 contract.
type LendingVaultV1Unpaused struct {
	Account common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const LendingVaultV1UnpausedEventName = "Unpaused"

// ContractEventName returns the user-defined event name.
func (LendingVaultV1Unpaused) ContractEventName() string {
	return LendingVaultV1UnpausedEventName
}

// UnpackUnpausedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Unpaused(address account)
func (lendingVaultV1 *LendingVaultV1) UnpackUnpausedEvent(log *types.Log) (*LendingVaultV1Unpaused, error) {
	event := "Unpaused"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != lendingVaultV1.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(LendingVaultV1Unpaused)
	if len(log.Data) > 0 {
		if err := lendingVaultV1.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range lendingVaultV1.abi.Events[event].Inputs {
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

// LendingVaultV1Upgraded represents a Upgraded event raised by the LendingVaultV1 contract.
type LendingVaultV1Upgraded struct {
	Implementation common.Address
	Raw            *types.Log // Blockchain specific contextual infos
}

const LendingVaultV1UpgradedEventName = "Upgraded"

// ContractEventName returns the user-defined event name.
func (LendingVaultV1Upgraded) ContractEventName() string {
	return LendingVaultV1UpgradedEventName
}

// UnpackUpgradedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Upgraded(address indexed implementation)
func (lendingVaultV1 *LendingVaultV1) UnpackUpgradedEvent(log *types.Log) (*LendingVaultV1Upgraded, error) {
	event := "Upgraded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != lendingVaultV1.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(LendingVaultV1Upgraded)
	if len(log.Data) > 0 {
		if err := lendingVaultV1.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range lendingVaultV1.abi.Events[event].Inputs {
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

// LendingVaultV1Withdrawn represents a Withdrawn event raised by the LendingVaultV1 contract.
type LendingVaultV1Withdrawn struct {
	Account common.Address
	Amount  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const LendingVaultV1WithdrawnEventName = "Withdrawn"

// ContractEventName returns the user-defined event name.
func (LendingVaultV1Withdrawn) ContractEventName() string {
	return LendingVaultV1WithdrawnEventName
}

// UnpackWithdrawnEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Withdrawn(address indexed account, uint256 amount)
func (lendingVaultV1 *LendingVaultV1) UnpackWithdrawnEvent(log *types.Log) (*LendingVaultV1Withdrawn, error) {
	event := "Withdrawn"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != lendingVaultV1.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(LendingVaultV1Withdrawn)
	if len(log.Data) > 0 {
		if err := lendingVaultV1.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range lendingVaultV1.abi.Events[event].Inputs {
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
func (lendingVaultV1 *LendingVaultV1) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], lendingVaultV1.abi.Errors["AccessControlBadConfirmation"].ID.Bytes()[:4]) {
		return lendingVaultV1.UnpackAccessControlBadConfirmationError(raw[4:])
	}
	if bytes.Equal(raw[:4], lendingVaultV1.abi.Errors["AccessControlUnauthorizedAccount"].ID.Bytes()[:4]) {
		return lendingVaultV1.UnpackAccessControlUnauthorizedAccountError(raw[4:])
	}
	if bytes.Equal(raw[:4], lendingVaultV1.abi.Errors["AddressEmptyCode"].ID.Bytes()[:4]) {
		return lendingVaultV1.UnpackAddressEmptyCodeError(raw[4:])
	}
	if bytes.Equal(raw[:4], lendingVaultV1.abi.Errors["ERC1967InvalidImplementation"].ID.Bytes()[:4]) {
		return lendingVaultV1.UnpackERC1967InvalidImplementationError(raw[4:])
	}
	if bytes.Equal(raw[:4], lendingVaultV1.abi.Errors["ERC1967NonPayable"].ID.Bytes()[:4]) {
		return lendingVaultV1.UnpackERC1967NonPayableError(raw[4:])
	}
	if bytes.Equal(raw[:4], lendingVaultV1.abi.Errors["EnforcedPause"].ID.Bytes()[:4]) {
		return lendingVaultV1.UnpackEnforcedPauseError(raw[4:])
	}
	if bytes.Equal(raw[:4], lendingVaultV1.abi.Errors["ExpectedPause"].ID.Bytes()[:4]) {
		return lendingVaultV1.UnpackExpectedPauseError(raw[4:])
	}
	if bytes.Equal(raw[:4], lendingVaultV1.abi.Errors["FailedCall"].ID.Bytes()[:4]) {
		return lendingVaultV1.UnpackFailedCallError(raw[4:])
	}
	if bytes.Equal(raw[:4], lendingVaultV1.abi.Errors["InvalidInitialization"].ID.Bytes()[:4]) {
		return lendingVaultV1.UnpackInvalidInitializationError(raw[4:])
	}
	if bytes.Equal(raw[:4], lendingVaultV1.abi.Errors["NotInitializing"].ID.Bytes()[:4]) {
		return lendingVaultV1.UnpackNotInitializingError(raw[4:])
	}
	if bytes.Equal(raw[:4], lendingVaultV1.abi.Errors["SafeERC20FailedOperation"].ID.Bytes()[:4]) {
		return lendingVaultV1.UnpackSafeERC20FailedOperationError(raw[4:])
	}
	if bytes.Equal(raw[:4], lendingVaultV1.abi.Errors["UUPSUnauthorizedCallContext"].ID.Bytes()[:4]) {
		return lendingVaultV1.UnpackUUPSUnauthorizedCallContextError(raw[4:])
	}
	if bytes.Equal(raw[:4], lendingVaultV1.abi.Errors["UUPSUnsupportedProxiableUUID"].ID.Bytes()[:4]) {
		return lendingVaultV1.UnpackUUPSUnsupportedProxiableUUIDError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// LendingVaultV1AccessControlBadConfirmation represents a AccessControlBadConfirmation error raised by the LendingVaultV1 contract.
type LendingVaultV1AccessControlBadConfirmation struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlBadConfirmation()
func LendingVaultV1AccessControlBadConfirmationErrorID() common.Hash {
	return common.HexToHash("0x6697b23232a647058342c0724fe7c415cab25915b54e5dbc03f233173d37b41c")
}

// UnpackAccessControlBadConfirmationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlBadConfirmation()
func (lendingVaultV1 *LendingVaultV1) UnpackAccessControlBadConfirmationError(raw []byte) (*LendingVaultV1AccessControlBadConfirmation, error) {
	out := new(LendingVaultV1AccessControlBadConfirmation)
	if err := lendingVaultV1.abi.UnpackIntoInterface(out, "AccessControlBadConfirmation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LendingVaultV1AccessControlUnauthorizedAccount represents a AccessControlUnauthorizedAccount error raised by the LendingVaultV1 contract.
type LendingVaultV1AccessControlUnauthorizedAccount struct {
	Account    common.Address
	NeededRole [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func LendingVaultV1AccessControlUnauthorizedAccountErrorID() common.Hash {
	return common.HexToHash("0xe2517d3fbfae6f8515ef5ff1ccedc3933ab0cbbda0b492c06eb54ad10ef03b3e")
}

// UnpackAccessControlUnauthorizedAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func (lendingVaultV1 *LendingVaultV1) UnpackAccessControlUnauthorizedAccountError(raw []byte) (*LendingVaultV1AccessControlUnauthorizedAccount, error) {
	out := new(LendingVaultV1AccessControlUnauthorizedAccount)
	if err := lendingVaultV1.abi.UnpackIntoInterface(out, "AccessControlUnauthorizedAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LendingVaultV1AddressEmptyCode represents a AddressEmptyCode error raised by the LendingVaultV1 contract.
type LendingVaultV1AddressEmptyCode struct {
	Target common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AddressEmptyCode(address target)
func LendingVaultV1AddressEmptyCodeErrorID() common.Hash {
	return common.HexToHash("0x9996b315c842ff135b8fc4a08ad5df1c344efbc03d2687aecc0678050d2aac89")
}

// UnpackAddressEmptyCodeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AddressEmptyCode(address target)
func (lendingVaultV1 *LendingVaultV1) UnpackAddressEmptyCodeError(raw []byte) (*LendingVaultV1AddressEmptyCode, error) {
	out := new(LendingVaultV1AddressEmptyCode)
	if err := lendingVaultV1.abi.UnpackIntoInterface(out, "AddressEmptyCode", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LendingVaultV1ERC1967InvalidImplementation represents a ERC1967InvalidImplementation error raised by the LendingVaultV1 contract.
type LendingVaultV1ERC1967InvalidImplementation struct {
	Implementation common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC1967InvalidImplementation(address implementation)
func LendingVaultV1ERC1967InvalidImplementationErrorID() common.Hash {
	return common.HexToHash("0x4c9c8ce3ceb3130f17f7cdba48d89b5b0129f266a8bac114e6e315a41879b617")
}

// UnpackERC1967InvalidImplementationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC1967InvalidImplementation(address implementation)
func (lendingVaultV1 *LendingVaultV1) UnpackERC1967InvalidImplementationError(raw []byte) (*LendingVaultV1ERC1967InvalidImplementation, error) {
	out := new(LendingVaultV1ERC1967InvalidImplementation)
	if err := lendingVaultV1.abi.UnpackIntoInterface(out, "ERC1967InvalidImplementation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LendingVaultV1ERC1967NonPayable represents a ERC1967NonPayable error raised by the LendingVaultV1 contract.
type LendingVaultV1ERC1967NonPayable struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC1967NonPayable()
func LendingVaultV1ERC1967NonPayableErrorID() common.Hash {
	return common.HexToHash("0xb398979fa84f543c8e222f17890372c487baf85e062276c127fef521eea7224b")
}

// UnpackERC1967NonPayableError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC1967NonPayable()
func (lendingVaultV1 *LendingVaultV1) UnpackERC1967NonPayableError(raw []byte) (*LendingVaultV1ERC1967NonPayable, error) {
	out := new(LendingVaultV1ERC1967NonPayable)
	if err := lendingVaultV1.abi.UnpackIntoInterface(out, "ERC1967NonPayable", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LendingVaultV1EnforcedPause represents a EnforcedPause error raised by the LendingVaultV1 contract.
type LendingVaultV1EnforcedPause struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EnforcedPause()
func LendingVaultV1EnforcedPauseErrorID() common.Hash {
	return common.HexToHash("0xd93c0665d6c96d04a8f174024fc4ddd66c250604aff22bbec808de86dd3637e3")
}

// UnpackEnforcedPauseError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EnforcedPause()
func (lendingVaultV1 *LendingVaultV1) UnpackEnforcedPauseError(raw []byte) (*LendingVaultV1EnforcedPause, error) {
	out := new(LendingVaultV1EnforcedPause)
	if err := lendingVaultV1.abi.UnpackIntoInterface(out, "EnforcedPause", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LendingVaultV1ExpectedPause represents a ExpectedPause error raised by the LendingVaultV1 contract.
type LendingVaultV1ExpectedPause struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ExpectedPause()
func LendingVaultV1ExpectedPauseErrorID() common.Hash {
	return common.HexToHash("0x8dfc202bcfe9a735b559bee70674422512bc5c30f687046ae8778315fb81da44")
}

// UnpackExpectedPauseError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ExpectedPause()
func (lendingVaultV1 *LendingVaultV1) UnpackExpectedPauseError(raw []byte) (*LendingVaultV1ExpectedPause, error) {
	out := new(LendingVaultV1ExpectedPause)
	if err := lendingVaultV1.abi.UnpackIntoInterface(out, "ExpectedPause", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LendingVaultV1FailedCall represents a FailedCall error raised by the LendingVaultV1 contract.
type LendingVaultV1FailedCall struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error FailedCall()
func LendingVaultV1FailedCallErrorID() common.Hash {
	return common.HexToHash("0xd6bda27508c0fb6d8a39b4b122878dab26f731a7d4e4abe711dd3731899052a4")
}

// UnpackFailedCallError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error FailedCall()
func (lendingVaultV1 *LendingVaultV1) UnpackFailedCallError(raw []byte) (*LendingVaultV1FailedCall, error) {
	out := new(LendingVaultV1FailedCall)
	if err := lendingVaultV1.abi.UnpackIntoInterface(out, "FailedCall", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LendingVaultV1InvalidInitialization represents a InvalidInitialization error raised by the LendingVaultV1 contract.
type LendingVaultV1InvalidInitialization struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidInitialization()
func LendingVaultV1InvalidInitializationErrorID() common.Hash {
	return common.HexToHash("0xf92ee8a957075833165f68c320933b1a1294aafc84ee6e0dd3fb178008f9aaf5")
}

// UnpackInvalidInitializationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidInitialization()
func (lendingVaultV1 *LendingVaultV1) UnpackInvalidInitializationError(raw []byte) (*LendingVaultV1InvalidInitialization, error) {
	out := new(LendingVaultV1InvalidInitialization)
	if err := lendingVaultV1.abi.UnpackIntoInterface(out, "InvalidInitialization", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LendingVaultV1NotInitializing represents a NotInitializing error raised by the LendingVaultV1 contract.
type LendingVaultV1NotInitializing struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotInitializing()
func LendingVaultV1NotInitializingErrorID() common.Hash {
	return common.HexToHash("0xd7e6bcf8597daa127dc9f0048d2f08d5ef140a2cb659feabd700beff1f7a8302")
}

// UnpackNotInitializingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotInitializing()
func (lendingVaultV1 *LendingVaultV1) UnpackNotInitializingError(raw []byte) (*LendingVaultV1NotInitializing, error) {
	out := new(LendingVaultV1NotInitializing)
	if err := lendingVaultV1.abi.UnpackIntoInterface(out, "NotInitializing", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LendingVaultV1SafeERC20FailedOperation represents a SafeERC20FailedOperation error raised by the LendingVaultV1 contract.
type LendingVaultV1SafeERC20FailedOperation struct {
	Token common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SafeERC20FailedOperation(address token)
func LendingVaultV1SafeERC20FailedOperationErrorID() common.Hash {
	return common.HexToHash("0x5274afe73c98b4749fc91ffae6b7b574e7842cb2144a159e9377a5f20b32edf9")
}

// UnpackSafeERC20FailedOperationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SafeERC20FailedOperation(address token)
func (lendingVaultV1 *LendingVaultV1) UnpackSafeERC20FailedOperationError(raw []byte) (*LendingVaultV1SafeERC20FailedOperation, error) {
	out := new(LendingVaultV1SafeERC20FailedOperation)
	if err := lendingVaultV1.abi.UnpackIntoInterface(out, "SafeERC20FailedOperation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LendingVaultV1UUPSUnauthorizedCallContext represents a UUPSUnauthorizedCallContext error raised by the LendingVaultV1 contract.
type LendingVaultV1UUPSUnauthorizedCallContext struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UUPSUnauthorizedCallContext()
func LendingVaultV1UUPSUnauthorizedCallContextErrorID() common.Hash {
	return common.HexToHash("0xe07c8dba242a06571ac65fe4bbe20522c9fb111cb33599b799ff8039c1ed18f4")
}

// UnpackUUPSUnauthorizedCallContextError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UUPSUnauthorizedCallContext()
func (lendingVaultV1 *LendingVaultV1) UnpackUUPSUnauthorizedCallContextError(raw []byte) (*LendingVaultV1UUPSUnauthorizedCallContext, error) {
	out := new(LendingVaultV1UUPSUnauthorizedCallContext)
	if err := lendingVaultV1.abi.UnpackIntoInterface(out, "UUPSUnauthorizedCallContext", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LendingVaultV1UUPSUnsupportedProxiableUUID represents a UUPSUnsupportedProxiableUUID error raised by the LendingVaultV1 contract.
type LendingVaultV1UUPSUnsupportedProxiableUUID struct {
	Slot [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UUPSUnsupportedProxiableUUID(bytes32 slot)
func LendingVaultV1UUPSUnsupportedProxiableUUIDErrorID() common.Hash {
	return common.HexToHash("0xaa1d49a4c084bfa9aeeee2a0be65267a7f19ba7e1476b114dac513d2c14cb563")
}

// UnpackUUPSUnsupportedProxiableUUIDError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UUPSUnsupportedProxiableUUID(bytes32 slot)
func (lendingVaultV1 *LendingVaultV1) UnpackUUPSUnsupportedProxiableUUIDError(raw []byte) (*LendingVaultV1UUPSUnsupportedProxiableUUID, error) {
	out := new(LendingVaultV1UUPSUnsupportedProxiableUUID)
	if err := lendingVaultV1.abi.UnpackIntoInterface(out, "UUPSUnsupportedProxiableUUID", raw); err != nil {
		return nil, err
	}
	return out, nil
}
