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

// TreasuryVaultV2OwnableMetaData contains all meta data concerning the TreasuryVaultV2Ownable contract.
var TreasuryVaultV2OwnableMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"AccessControlBadConfirmation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"neededRole\",\"type\":\"bytes32\"}],\"name\":\"AccessControlUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"}],\"name\":\"AddressEmptyCode\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"implementation\",\"type\":\"address\"}],\"name\":\"ERC1967InvalidImplementation\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ERC1967NonPayable\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"EnforcedPause\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ExpectedPause\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"FailedCall\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidInitialization\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotInitializing\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"OwnableInvalidOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"OwnableUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"UUPSUnauthorizedCallContext\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"slot\",\"type\":\"bytes32\"}],\"name\":\"UUPSUnsupportedProxiableUUID\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Deposited\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"version\",\"type\":\"uint64\"}],\"name\":\"Initialized\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferred\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"Paused\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"previousAdminRole\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"newAdminRole\",\"type\":\"bytes32\"}],\"name\":\"RoleAdminChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleGranted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleRevoked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Swept\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"Unpaused\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"implementation\",\"type\":\"address\"}],\"name\":\"Upgraded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Withdrawn\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"DEFAULT_ADMIN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"GUARDIAN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"UPGRADER_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"UPGRADE_INTERFACE_VERSION\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"balances\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"deposit\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"}],\"name\":\"getRoleAdmin\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"grantRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"hasRole\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"admin\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"guardian\",\"type\":\"address\"}],\"name\":\"initialize\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"initializeV2\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pause\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"paused\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"proxiableUUID\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"renounceOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"callerConfirmation\",\"type\":\"address\"}],\"name\":\"renounceRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"revokeRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"sweep\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalAssets\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalDeposits\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"transferOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"unpause\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newImplementation\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"upgradeToAndCall\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"version\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"withdraw\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "TreasuryVaultV2Ownable",
	Bin: "0x60a060405230608052348015610013575f5ffd5b50338061003957604051631e4fbdf760e01b81525f600482015260240160405180910390fd5b61004281610050565b5061004b6100a9565b61015b565b600180546001600160a01b03838116610100818102610100600160a81b031985161790945560405193909204169182907f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0905f90a35050565b7ff0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a00805468010000000000000000900460ff16156100f95760405163f92ee8a960e01b815260040160405180910390fd5b80546001600160401b03908116146101585780546001600160401b0319166001600160401b0390811782556040519081527fc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d29060200160405180910390a15b50565b6080516115236101815f395f8181610deb01528181610e140152610f7501526115235ff3fe608060405260043610610195575f3560e01c806354fd4d50116100e757806391d1485411610087578063d0e30db011610062578063d0e30db01461047e578063d547741f14610486578063f2fde38b146104a5578063f72c0d8b146104c4575f5ffd5b806391d148541461041c578063a217fddf1461043b578063ad3cb1cc1461044e575f5ffd5b8063715018a6116100c2578063715018a6146103aa5780637d882097146103be5780638456cb59146103d35780638da5cb5b146103e7575f5ffd5b806354fd4d501461033a5780635c975abb146103745780636ea056a91461038b575f5ffd5b80632e1a7d4d116101525780633f4ba83a1161012d5780633f4ba83a146102e0578063485cc955146102f45780634f1ef2861461031357806352d1902d14610326575f5ffd5b80632e1a7d4d146102835780632f2ff15d146102a257806336568abe146102c1575f5ffd5b806301e1d1141461019957806301ffc9a7146101ba578063248a9ca3146101e957806324ea54f41461021757806327e235e31461023757806329b6eca914610262575b5f5ffd5b3480156101a4575f5ffd5b50475b6040519081526020015b60405180910390f35b3480156101c5575f5ffd5b506101d96101d436600461124d565b6104f7565b60405190151581526020016101b1565b3480156101f4575f5ffd5b506101a7610203366004611274565b5f9081526020819052604090206001015490565b348015610222575f5ffd5b506101a75f5160206114ce5f395f51905f5281565b348015610242575f5ffd5b506101a76102513660046112a6565b60026020525f908152604090205481565b34801561026d575f5ffd5b5061028161027c3660046112a6565b61052d565b005b34801561028e575f5ffd5b5061028161029d366004611274565b610601565b3480156102ad575f5ffd5b506102816102bc3660046112bf565b61076e565b3480156102cc575f5ffd5b506102816102db3660046112bf565b610798565b3480156102eb575f5ffd5b506102816107cb565b3480156102ff575f5ffd5b5061028161030e3660046112e9565b6107ed565b610281610321366004611325565b610987565b348015610331575f5ffd5b506101a76109a6565b348015610345575f5ffd5b50604080518082019091526009815268322d6f776e61626c6560b81b60208201525b6040516101b191906113e9565b34801561037f575f5ffd5b5060015460ff166101d9565b348015610396575f5ffd5b506102816103a536600461141e565b6109c1565b3480156103b5575f5ffd5b50610281610a77565b3480156103c9575f5ffd5b506101a760035481565b3480156103de575f5ffd5b50610281610a8a565b3480156103f2575f5ffd5b5060015461010090046001600160a01b03166040516001600160a01b0390911681526020016101b1565b348015610427575f5ffd5b506101d96104363660046112bf565b610aa9565b348015610446575f5ffd5b506101a75f81565b348015610459575f5ffd5b50610367604051806040016040528060058152602001640352e302e360dc1b81525081565b610281610ad1565b348015610491575f5ffd5b506102816104a03660046112bf565b610b89565b3480156104b0575f5ffd5b506102816104bf3660046112a6565b610bad565b3480156104cf575f5ffd5b506101a77f189ab7a9244df0848122154315af71fe140f3db0fe014031783b0946b8c9d2e381565b5f6001600160e01b03198216637965db0b60e01b148061052757506301ffc9a760e01b6001600160e01b03198316145b92915050565b60025f610538610be7565b8054909150600160401b900460ff16806105605750805467ffffffffffffffff808416911610155b1561057e5760405163f92ee8a960e01b815260040160405180910390fd5b805468ffffffffffffffffff191667ffffffffffffffff831617600160401b1781555f6105aa81610c0f565b6105b384610c19565b50805460ff60401b1916815560405167ffffffffffffffff831681527fc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d29060200160405180910390a1505050565b610609610c72565b335f9081526002602052604090205481158015906106275750808211155b61066f5760405162461bcd60e51b8152602060048201526014602482015273696e73756666696369656e742062616c616e636560601b60448201526064015b60405180910390fd5b610679828261145a565b335f908152600260205260408120919091556003805484929061069d90849061145a565b909155505060405182815233907f7084f5476618d8e60b11ef0d7d3f06914655adb8793e28ff7f018d4c76d505d59060200160405180910390a25f336001600160a01b0316836040515b5f6040518083038185875af1925050503d805f8114610721576040519150601f19603f3d011682016040523d82523d5f602084013e610726565b606091505b50509050806107695760405162461bcd60e51b815260206004820152600f60248201526e1d1c985b9cd9995c8819985a5b1959608a1b6044820152606401610666565b505050565b5f8281526020819052604090206001015461078881610c0f565b6107928383610c96565b50505050565b6001600160a01b03811633146107c15760405163334bd91960e11b815260040160405180910390fd5b6107698282610d25565b5f5160206114ce5f395f51905f526107e281610c0f565b6107ea610d8e565b50565b5f6107f6610be7565b805490915060ff600160401b820416159067ffffffffffffffff165f8115801561081d5750825b90505f8267ffffffffffffffff1660011480156108395750303b155b905081158015610847575080155b156108655760405163f92ee8a960e01b815260040160405180910390fd5b845467ffffffffffffffff19166001178555831561088f57845460ff60401b1916600160401b1785555b6001600160a01b038716158015906108af57506001600160a01b03861615155b6108ea5760405162461bcd60e51b815260206004820152600c60248201526b7a65726f206164647265737360a01b6044820152606401610666565b6108f45f88610c96565b5061091f7f189ab7a9244df0848122154315af71fe140f3db0fe014031783b0946b8c9d2e388610c96565b506109375f5160206114ce5f395f51905f5287610c96565b50831561097e57845460ff60401b19168555604051600181527fc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d29060200160405180910390a15b50505050505050565b61098f610de0565b61099882610e84565b6109a28282610eae565b5050565b5f6109af610f6a565b505f5160206114ae5f395f51905f5290565b6109c9610c72565b6109d1610fb3565b6001600160a01b038216158015906109e857505f81115b610a205760405162461bcd60e51b815260206004820152600960248201526806261642073776565760bc1b6044820152606401610666565b816001600160a01b03167fc36b5179cb9c303b200074996eab2b3473eac370fdd7eba3bec636fe3510969682604051610a5b91815260200190565b60405180910390a25f826001600160a01b0316826040516106e7565b610a7f610fb3565b610a885f610c19565b565b5f5160206114ce5f395f51905f52610aa181610c0f565b6107ea610fe6565b5f918252602082815260408084206001600160a01b0393909316845291905290205460ff1690565b610ad9610c72565b5f3411610b175760405162461bcd60e51b815260206004820152600c60248201526b1e995c9bc819195c1bdcda5d60a21b6044820152606401610666565b335f9081526002602052604081208054349290610b3590849061146d565b925050819055503460035f828254610b4d919061146d565b909155505060405134815233907f2da466a7b24304f47e87fa2e1e5a81b9831ce54fec19055ce277ca2f39ba42c49060200160405180910390a2565b5f82815260208190526040902060010154610ba381610c0f565b6107928383610d25565b610bb5610fb3565b6001600160a01b038116610bde57604051631e4fbdf760e01b81525f6004820152602401610666565b6107ea81610c19565b5f807ff0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a00610527565b6107ea8133611021565b600180546001600160a01b03838116610100818102610100600160a81b031985161790945560405193909204169182907f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0905f90a35050565b60015460ff1615610a885760405163d93c066560e01b815260040160405180910390fd5b5f610ca18383610aa9565b610d1e575f838152602081815260408083206001600160a01b03861684529091529020805460ff19166001179055610cd63390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a4506001610527565b505f610527565b5f610d308383610aa9565b15610d1e575f838152602081815260408083206001600160a01b0386168085529252808320805460ff1916905551339286917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a4506001610527565b610d9661105a565b6001805460ff191690557f5db9ee0a495bf2e6ff9c91a7834c1ba4fdd244a5e8aa4e537bd38aeae4b073aa335b6040516001600160a01b03909116815260200160405180910390a1565b306001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000161480610e6657507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316610e5a5f5160206114ae5f395f51905f52546001600160a01b031690565b6001600160a01b031614155b15610a885760405163703e46dd60e11b815260040160405180910390fd5b7f189ab7a9244df0848122154315af71fe140f3db0fe014031783b0946b8c9d2e36109a281610c0f565b816001600160a01b03166352d1902d6040518163ffffffff1660e01b8152600401602060405180830381865afa925050508015610f08575060408051601f3d908101601f19168201909252610f0591810190611480565b60015b610f3057604051634c9c8ce360e01b81526001600160a01b0383166004820152602401610666565b5f5160206114ae5f395f51905f528114610f6057604051632a87526960e21b815260048101829052602401610666565b610769838361107d565b306001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001614610a885760405163703e46dd60e11b815260040160405180910390fd5b6001546001600160a01b03610100909104163314610a885760405163118cdaa760e01b8152336004820152602401610666565b610fee610c72565b6001805460ff1916811790557f62e78cea01bee320cd4e420270b5ea74000d11b0c9f74754ebdbfc544b05a25833610dc3565b61102b8282610aa9565b6109a25760405163e2517d3f60e01b81526001600160a01b038216600482015260248101839052604401610666565b60015460ff16610a8857604051638dfc202b60e01b815260040160405180910390fd5b611086826110d2565b6040516001600160a01b038316907fbc7cd75a20ee27fd9adebab32041f755214dbc6bffa90cc0225b39da2e5c2d3b905f90a28051156110ca576107698282611135565b6109a26111a7565b806001600160a01b03163b5f0361110757604051634c9c8ce360e01b81526001600160a01b0382166004820152602401610666565b5f5160206114ae5f395f51905f5280546001600160a01b0319166001600160a01b0392909216919091179055565b60605f5f846001600160a01b0316846040516111519190611497565b5f60405180830381855af49150503d805f8114611189576040519150601f19603f3d011682016040523d82523d5f602084013e61118e565b606091505b509150915061119e8583836111c6565b95945050505050565b3415610a885760405163b398979f60e01b815260040160405180910390fd5b6060826111db576111d682611225565b61121e565b81511580156111f257506001600160a01b0384163b155b1561121b57604051639996b31560e01b81526001600160a01b0385166004820152602401610666565b50805b9392505050565b80511561123457805160208201fd5b60405163d6bda27560e01b815260040160405180910390fd5b5f6020828403121561125d575f5ffd5b81356001600160e01b03198116811461121e575f5ffd5b5f60208284031215611284575f5ffd5b5035919050565b80356001600160a01b03811681146112a1575f5ffd5b919050565b5f602082840312156112b6575f5ffd5b61121e8261128b565b5f5f604083850312156112d0575f5ffd5b823591506112e06020840161128b565b90509250929050565b5f5f604083850312156112fa575f5ffd5b6113038361128b565b91506112e06020840161128b565b634e487b7160e01b5f52604160045260245ffd5b5f5f60408385031215611336575f5ffd5b61133f8361128b565b9150602083013567ffffffffffffffff81111561135a575f5ffd5b8301601f8101851361136a575f5ffd5b803567ffffffffffffffff81111561138457611384611311565b604051601f8201601f19908116603f0116810167ffffffffffffffff811182821017156113b3576113b3611311565b6040528181528282016020018710156113ca575f5ffd5b816020840160208301375f602083830101528093505050509250929050565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b5f5f6040838503121561142f575f5ffd5b6114388361128b565b946020939093013593505050565b634e487b7160e01b5f52601160045260245ffd5b8181038181111561052757610527611446565b8082018082111561052757610527611446565b5f60208284031215611490575f5ffd5b5051919050565b5f82518060208501845e5f92019182525091905056fe360894a13ba1a3210667c828492db98dca3e2076cc3735a920a3ca505d382bbc55435dd261a4b9b3364963f7738a7a662ad9c84396d64be3365284bb7f0a5041a2646970667358221220d93d8f067098bb6281c4f7d93a1e3a83cae83c229d86d9f90c9290ad097c524f64736f6c634300081e0033",
}

// TreasuryVaultV2Ownable is an auto generated Go binding around an Ethereum contract.
type TreasuryVaultV2Ownable struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *TreasuryVaultV2Ownable) GetABI() abi.ABI {
	return c.abi
}

// NewTreasuryVaultV2Ownable creates a new instance of TreasuryVaultV2Ownable.
func NewTreasuryVaultV2Ownable() *TreasuryVaultV2Ownable {
	parsed, err := TreasuryVaultV2OwnableMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &TreasuryVaultV2Ownable{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *TreasuryVaultV2Ownable) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackDEFAULTADMINROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa217fddf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (treasuryVaultV2Ownable *TreasuryVaultV2Ownable) PackDEFAULTADMINROLE() []byte {
	enc, err := treasuryVaultV2Ownable.abi.Pack("DEFAULT_ADMIN_ROLE")
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
func (treasuryVaultV2Ownable *TreasuryVaultV2Ownable) TryPackDEFAULTADMINROLE() ([]byte, error) {
	return treasuryVaultV2Ownable.abi.Pack("DEFAULT_ADMIN_ROLE")
}

// UnpackDEFAULTADMINROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (treasuryVaultV2Ownable *TreasuryVaultV2Ownable) UnpackDEFAULTADMINROLE(data []byte) ([32]byte, error) {
	out, err := treasuryVaultV2Ownable.abi.Unpack("DEFAULT_ADMIN_ROLE", data)
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
func (treasuryVaultV2Ownable *TreasuryVaultV2Ownable) PackGUARDIANROLE() []byte {
	enc, err := treasuryVaultV2Ownable.abi.Pack("GUARDIAN_ROLE")
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
func (treasuryVaultV2Ownable *TreasuryVaultV2Ownable) TryPackGUARDIANROLE() ([]byte, error) {
	return treasuryVaultV2Ownable.abi.Pack("GUARDIAN_ROLE")
}

// UnpackGUARDIANROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x24ea54f4.
//
// Solidity: function GUARDIAN_ROLE() view returns(bytes32)
func (treasuryVaultV2Ownable *TreasuryVaultV2Ownable) UnpackGUARDIANROLE(data []byte) ([32]byte, error) {
	out, err := treasuryVaultV2Ownable.abi.Unpack("GUARDIAN_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackUPGRADERROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf72c0d8b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function UPGRADER_ROLE() view returns(bytes32)
func (treasuryVaultV2Ownable *TreasuryVaultV2Ownable) PackUPGRADERROLE() []byte {
	enc, err := treasuryVaultV2Ownable.abi.Pack("UPGRADER_ROLE")
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
func (treasuryVaultV2Ownable *TreasuryVaultV2Ownable) TryPackUPGRADERROLE() ([]byte, error) {
	return treasuryVaultV2Ownable.abi.Pack("UPGRADER_ROLE")
}

// UnpackUPGRADERROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf72c0d8b.
//
// Solidity: function UPGRADER_ROLE() view returns(bytes32)
func (treasuryVaultV2Ownable *TreasuryVaultV2Ownable) UnpackUPGRADERROLE(data []byte) ([32]byte, error) {
	out, err := treasuryVaultV2Ownable.abi.Unpack("UPGRADER_ROLE", data)
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
func (treasuryVaultV2Ownable *TreasuryVaultV2Ownable) PackUPGRADEINTERFACEVERSION() []byte {
	enc, err := treasuryVaultV2Ownable.abi.Pack("UPGRADE_INTERFACE_VERSION")
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
func (treasuryVaultV2Ownable *TreasuryVaultV2Ownable) TryPackUPGRADEINTERFACEVERSION() ([]byte, error) {
	return treasuryVaultV2Ownable.abi.Pack("UPGRADE_INTERFACE_VERSION")
}

// UnpackUPGRADEINTERFACEVERSION is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xad3cb1cc.
//
// Solidity: function UPGRADE_INTERFACE_VERSION() view returns(string)
func (treasuryVaultV2Ownable *TreasuryVaultV2Ownable) UnpackUPGRADEINTERFACEVERSION(data []byte) (string, error) {
	out, err := treasuryVaultV2Ownable.abi.Unpack("UPGRADE_INTERFACE_VERSION", data)
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
func (treasuryVaultV2Ownable *TreasuryVaultV2Ownable) PackBalances(arg0 common.Address) []byte {
	enc, err := treasuryVaultV2Ownable.abi.Pack("balances", arg0)
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
func (treasuryVaultV2Ownable *TreasuryVaultV2Ownable) TryPackBalances(arg0 common.Address) ([]byte, error) {
	return treasuryVaultV2Ownable.abi.Pack("balances", arg0)
}

// UnpackBalances is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x27e235e3.
//
// Solidity: function balances(address ) view returns(uint256)
func (treasuryVaultV2Ownable *TreasuryVaultV2Ownable) UnpackBalances(data []byte) (*big.Int, error) {
	out, err := treasuryVaultV2Ownable.abi.Unpack("balances", data)
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
func (treasuryVaultV2Ownable *TreasuryVaultV2Ownable) PackDeposit() []byte {
	enc, err := treasuryVaultV2Ownable.abi.Pack("deposit")
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
func (treasuryVaultV2Ownable *TreasuryVaultV2Ownable) TryPackDeposit() ([]byte, error) {
	return treasuryVaultV2Ownable.abi.Pack("deposit")
}

// PackGetRoleAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x248a9ca3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (treasuryVaultV2Ownable *TreasuryVaultV2Ownable) PackGetRoleAdmin(role [32]byte) []byte {
	enc, err := treasuryVaultV2Ownable.abi.Pack("getRoleAdmin", role)
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
func (treasuryVaultV2Ownable *TreasuryVaultV2Ownable) TryPackGetRoleAdmin(role [32]byte) ([]byte, error) {
	return treasuryVaultV2Ownable.abi.Pack("getRoleAdmin", role)
}

// UnpackGetRoleAdmin is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (treasuryVaultV2Ownable *TreasuryVaultV2Ownable) UnpackGetRoleAdmin(data []byte) ([32]byte, error) {
	out, err := treasuryVaultV2Ownable.abi.Unpack("getRoleAdmin", data)
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
func (treasuryVaultV2Ownable *TreasuryVaultV2Ownable) PackGrantRole(role [32]byte, account common.Address) []byte {
	enc, err := treasuryVaultV2Ownable.abi.Pack("grantRole", role, account)
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
func (treasuryVaultV2Ownable *TreasuryVaultV2Ownable) TryPackGrantRole(role [32]byte, account common.Address) ([]byte, error) {
	return treasuryVaultV2Ownable.abi.Pack("grantRole", role, account)
}

// PackHasRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91d14854.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (treasuryVaultV2Ownable *TreasuryVaultV2Ownable) PackHasRole(role [32]byte, account common.Address) []byte {
	enc, err := treasuryVaultV2Ownable.abi.Pack("hasRole", role, account)
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
func (treasuryVaultV2Ownable *TreasuryVaultV2Ownable) TryPackHasRole(role [32]byte, account common.Address) ([]byte, error) {
	return treasuryVaultV2Ownable.abi.Pack("hasRole", role, account)
}

// UnpackHasRole is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (treasuryVaultV2Ownable *TreasuryVaultV2Ownable) UnpackHasRole(data []byte) (bool, error) {
	out, err := treasuryVaultV2Ownable.abi.Unpack("hasRole", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackInitialize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x485cc955.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function initialize(address admin, address guardian) returns()
func (treasuryVaultV2Ownable *TreasuryVaultV2Ownable) PackInitialize(admin common.Address, guardian common.Address) []byte {
	enc, err := treasuryVaultV2Ownable.abi.Pack("initialize", admin, guardian)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackInitialize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x485cc955.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function initialize(address admin, address guardian) returns()
func (treasuryVaultV2Ownable *TreasuryVaultV2Ownable) TryPackInitialize(admin common.Address, guardian common.Address) ([]byte, error) {
	return treasuryVaultV2Ownable.abi.Pack("initialize", admin, guardian)
}

// PackInitializeV2 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x29b6eca9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function initializeV2(address newOwner) returns()
func (treasuryVaultV2Ownable *TreasuryVaultV2Ownable) PackInitializeV2(newOwner common.Address) []byte {
	enc, err := treasuryVaultV2Ownable.abi.Pack("initializeV2", newOwner)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackInitializeV2 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x29b6eca9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function initializeV2(address newOwner) returns()
func (treasuryVaultV2Ownable *TreasuryVaultV2Ownable) TryPackInitializeV2(newOwner common.Address) ([]byte, error) {
	return treasuryVaultV2Ownable.abi.Pack("initializeV2", newOwner)
}

// PackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function owner() view returns(address)
func (treasuryVaultV2Ownable *TreasuryVaultV2Ownable) PackOwner() []byte {
	enc, err := treasuryVaultV2Ownable.abi.Pack("owner")
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
func (treasuryVaultV2Ownable *TreasuryVaultV2Ownable) TryPackOwner() ([]byte, error) {
	return treasuryVaultV2Ownable.abi.Pack("owner")
}

// UnpackOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (treasuryVaultV2Ownable *TreasuryVaultV2Ownable) UnpackOwner(data []byte) (common.Address, error) {
	out, err := treasuryVaultV2Ownable.abi.Unpack("owner", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackPause is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8456cb59.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function pause() returns()
func (treasuryVaultV2Ownable *TreasuryVaultV2Ownable) PackPause() []byte {
	enc, err := treasuryVaultV2Ownable.abi.Pack("pause")
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
func (treasuryVaultV2Ownable *TreasuryVaultV2Ownable) TryPackPause() ([]byte, error) {
	return treasuryVaultV2Ownable.abi.Pack("pause")
}

// PackPaused is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5c975abb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function paused() view returns(bool)
func (treasuryVaultV2Ownable *TreasuryVaultV2Ownable) PackPaused() []byte {
	enc, err := treasuryVaultV2Ownable.abi.Pack("paused")
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
func (treasuryVaultV2Ownable *TreasuryVaultV2Ownable) TryPackPaused() ([]byte, error) {
	return treasuryVaultV2Ownable.abi.Pack("paused")
}

// UnpackPaused is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5c975abb.
//
// Solidity: function paused() view returns(bool)
func (treasuryVaultV2Ownable *TreasuryVaultV2Ownable) UnpackPaused(data []byte) (bool, error) {
	out, err := treasuryVaultV2Ownable.abi.Unpack("paused", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackProxiableUUID is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x52d1902d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function proxiableUUID() view returns(bytes32)
func (treasuryVaultV2Ownable *TreasuryVaultV2Ownable) PackProxiableUUID() []byte {
	enc, err := treasuryVaultV2Ownable.abi.Pack("proxiableUUID")
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
func (treasuryVaultV2Ownable *TreasuryVaultV2Ownable) TryPackProxiableUUID() ([]byte, error) {
	return treasuryVaultV2Ownable.abi.Pack("proxiableUUID")
}

// UnpackProxiableUUID is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x52d1902d.
//
// Solidity: function proxiableUUID() view returns(bytes32)
func (treasuryVaultV2Ownable *TreasuryVaultV2Ownable) UnpackProxiableUUID(data []byte) ([32]byte, error) {
	out, err := treasuryVaultV2Ownable.abi.Unpack("proxiableUUID", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackRenounceOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x715018a6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function renounceOwnership() returns()
func (treasuryVaultV2Ownable *TreasuryVaultV2Ownable) PackRenounceOwnership() []byte {
	enc, err := treasuryVaultV2Ownable.abi.Pack("renounceOwnership")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRenounceOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x715018a6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function renounceOwnership() returns()
func (treasuryVaultV2Ownable *TreasuryVaultV2Ownable) TryPackRenounceOwnership() ([]byte, error) {
	return treasuryVaultV2Ownable.abi.Pack("renounceOwnership")
}

// PackRenounceRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x36568abe.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (treasuryVaultV2Ownable *TreasuryVaultV2Ownable) PackRenounceRole(role [32]byte, callerConfirmation common.Address) []byte {
	enc, err := treasuryVaultV2Ownable.abi.Pack("renounceRole", role, callerConfirmation)
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
func (treasuryVaultV2Ownable *TreasuryVaultV2Ownable) TryPackRenounceRole(role [32]byte, callerConfirmation common.Address) ([]byte, error) {
	return treasuryVaultV2Ownable.abi.Pack("renounceRole", role, callerConfirmation)
}

// PackRevokeRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd547741f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (treasuryVaultV2Ownable *TreasuryVaultV2Ownable) PackRevokeRole(role [32]byte, account common.Address) []byte {
	enc, err := treasuryVaultV2Ownable.abi.Pack("revokeRole", role, account)
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
func (treasuryVaultV2Ownable *TreasuryVaultV2Ownable) TryPackRevokeRole(role [32]byte, account common.Address) ([]byte, error) {
	return treasuryVaultV2Ownable.abi.Pack("revokeRole", role, account)
}

// PackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (treasuryVaultV2Ownable *TreasuryVaultV2Ownable) PackSupportsInterface(interfaceId [4]byte) []byte {
	enc, err := treasuryVaultV2Ownable.abi.Pack("supportsInterface", interfaceId)
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
func (treasuryVaultV2Ownable *TreasuryVaultV2Ownable) TryPackSupportsInterface(interfaceId [4]byte) ([]byte, error) {
	return treasuryVaultV2Ownable.abi.Pack("supportsInterface", interfaceId)
}

// UnpackSupportsInterface is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (treasuryVaultV2Ownable *TreasuryVaultV2Ownable) UnpackSupportsInterface(data []byte) (bool, error) {
	out, err := treasuryVaultV2Ownable.abi.Unpack("supportsInterface", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackSweep is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6ea056a9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function sweep(address to, uint256 amount) returns()
func (treasuryVaultV2Ownable *TreasuryVaultV2Ownable) PackSweep(to common.Address, amount *big.Int) []byte {
	enc, err := treasuryVaultV2Ownable.abi.Pack("sweep", to, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSweep is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6ea056a9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function sweep(address to, uint256 amount) returns()
func (treasuryVaultV2Ownable *TreasuryVaultV2Ownable) TryPackSweep(to common.Address, amount *big.Int) ([]byte, error) {
	return treasuryVaultV2Ownable.abi.Pack("sweep", to, amount)
}

// PackTotalAssets is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01e1d114.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function totalAssets() view returns(uint256)
func (treasuryVaultV2Ownable *TreasuryVaultV2Ownable) PackTotalAssets() []byte {
	enc, err := treasuryVaultV2Ownable.abi.Pack("totalAssets")
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
func (treasuryVaultV2Ownable *TreasuryVaultV2Ownable) TryPackTotalAssets() ([]byte, error) {
	return treasuryVaultV2Ownable.abi.Pack("totalAssets")
}

// UnpackTotalAssets is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x01e1d114.
//
// Solidity: function totalAssets() view returns(uint256)
func (treasuryVaultV2Ownable *TreasuryVaultV2Ownable) UnpackTotalAssets(data []byte) (*big.Int, error) {
	out, err := treasuryVaultV2Ownable.abi.Unpack("totalAssets", data)
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
func (treasuryVaultV2Ownable *TreasuryVaultV2Ownable) PackTotalDeposits() []byte {
	enc, err := treasuryVaultV2Ownable.abi.Pack("totalDeposits")
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
func (treasuryVaultV2Ownable *TreasuryVaultV2Ownable) TryPackTotalDeposits() ([]byte, error) {
	return treasuryVaultV2Ownable.abi.Pack("totalDeposits")
}

// UnpackTotalDeposits is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7d882097.
//
// Solidity: function totalDeposits() view returns(uint256)
func (treasuryVaultV2Ownable *TreasuryVaultV2Ownable) UnpackTotalDeposits(data []byte) (*big.Int, error) {
	out, err := treasuryVaultV2Ownable.abi.Unpack("totalDeposits", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackTransferOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2fde38b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (treasuryVaultV2Ownable *TreasuryVaultV2Ownable) PackTransferOwnership(newOwner common.Address) []byte {
	enc, err := treasuryVaultV2Ownable.abi.Pack("transferOwnership", newOwner)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2fde38b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (treasuryVaultV2Ownable *TreasuryVaultV2Ownable) TryPackTransferOwnership(newOwner common.Address) ([]byte, error) {
	return treasuryVaultV2Ownable.abi.Pack("transferOwnership", newOwner)
}

// PackUnpause is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3f4ba83a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function unpause() returns()
func (treasuryVaultV2Ownable *TreasuryVaultV2Ownable) PackUnpause() []byte {
	enc, err := treasuryVaultV2Ownable.abi.Pack("unpause")
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
func (treasuryVaultV2Ownable *TreasuryVaultV2Ownable) TryPackUnpause() ([]byte, error) {
	return treasuryVaultV2Ownable.abi.Pack("unpause")
}

// PackUpgradeToAndCall is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4f1ef286.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function upgradeToAndCall(address newImplementation, bytes data) payable returns()
func (treasuryVaultV2Ownable *TreasuryVaultV2Ownable) PackUpgradeToAndCall(newImplementation common.Address, data []byte) []byte {
	enc, err := treasuryVaultV2Ownable.abi.Pack("upgradeToAndCall", newImplementation, data)
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
func (treasuryVaultV2Ownable *TreasuryVaultV2Ownable) TryPackUpgradeToAndCall(newImplementation common.Address, data []byte) ([]byte, error) {
	return treasuryVaultV2Ownable.abi.Pack("upgradeToAndCall", newImplementation, data)
}

// PackVersion is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x54fd4d50.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function version() pure returns(string)
func (treasuryVaultV2Ownable *TreasuryVaultV2Ownable) PackVersion() []byte {
	enc, err := treasuryVaultV2Ownable.abi.Pack("version")
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
func (treasuryVaultV2Ownable *TreasuryVaultV2Ownable) TryPackVersion() ([]byte, error) {
	return treasuryVaultV2Ownable.abi.Pack("version")
}

// UnpackVersion is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x54fd4d50.
//
// Solidity: function version() pure returns(string)
func (treasuryVaultV2Ownable *TreasuryVaultV2Ownable) UnpackVersion(data []byte) (string, error) {
	out, err := treasuryVaultV2Ownable.abi.Unpack("version", data)
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
func (treasuryVaultV2Ownable *TreasuryVaultV2Ownable) PackWithdraw(amount *big.Int) []byte {
	enc, err := treasuryVaultV2Ownable.abi.Pack("withdraw", amount)
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
func (treasuryVaultV2Ownable *TreasuryVaultV2Ownable) TryPackWithdraw(amount *big.Int) ([]byte, error) {
	return treasuryVaultV2Ownable.abi.Pack("withdraw", amount)
}

// TreasuryVaultV2OwnableDeposited represents a Deposited event raised by the TreasuryVaultV2Ownable contract.
type TreasuryVaultV2OwnableDeposited struct {
	Account common.Address
	Amount  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const TreasuryVaultV2OwnableDepositedEventName = "Deposited"

// ContractEventName returns the user-defined event name.
func (TreasuryVaultV2OwnableDeposited) ContractEventName() string {
	return TreasuryVaultV2OwnableDepositedEventName
}

// UnpackDepositedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Deposited(address indexed account, uint256 amount)
func (treasuryVaultV2Ownable *TreasuryVaultV2Ownable) UnpackDepositedEvent(log *types.Log) (*TreasuryVaultV2OwnableDeposited, error) {
	event := "Deposited"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != treasuryVaultV2Ownable.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TreasuryVaultV2OwnableDeposited)
	if len(log.Data) > 0 {
		if err := treasuryVaultV2Ownable.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range treasuryVaultV2Ownable.abi.Events[event].Inputs {
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

// TreasuryVaultV2OwnableInitialized represents a Initialized event raised by the TreasuryVaultV2Ownable contract.
type TreasuryVaultV2OwnableInitialized struct {
	Version uint64
	Raw     *types.Log // Blockchain specific contextual infos
}

const TreasuryVaultV2OwnableInitializedEventName = "Initialized"

// ContractEventName returns the user-defined event name.
func (TreasuryVaultV2OwnableInitialized) ContractEventName() string {
	return TreasuryVaultV2OwnableInitializedEventName
}

// UnpackInitializedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Initialized(uint64 version)
func (treasuryVaultV2Ownable *TreasuryVaultV2Ownable) UnpackInitializedEvent(log *types.Log) (*TreasuryVaultV2OwnableInitialized, error) {
	event := "Initialized"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != treasuryVaultV2Ownable.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TreasuryVaultV2OwnableInitialized)
	if len(log.Data) > 0 {
		if err := treasuryVaultV2Ownable.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range treasuryVaultV2Ownable.abi.Events[event].Inputs {
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

// TreasuryVaultV2OwnableOwnershipTransferred represents a OwnershipTransferred event raised by the TreasuryVaultV2Ownable contract.
type TreasuryVaultV2OwnableOwnershipTransferred struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           *types.Log // Blockchain specific contextual infos
}

const TreasuryVaultV2OwnableOwnershipTransferredEventName = "OwnershipTransferred"

// ContractEventName returns the user-defined event name.
func (TreasuryVaultV2OwnableOwnershipTransferred) ContractEventName() string {
	return TreasuryVaultV2OwnableOwnershipTransferredEventName
}

// UnpackOwnershipTransferredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (treasuryVaultV2Ownable *TreasuryVaultV2Ownable) UnpackOwnershipTransferredEvent(log *types.Log) (*TreasuryVaultV2OwnableOwnershipTransferred, error) {
	event := "OwnershipTransferred"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != treasuryVaultV2Ownable.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TreasuryVaultV2OwnableOwnershipTransferred)
	if len(log.Data) > 0 {
		if err := treasuryVaultV2Ownable.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range treasuryVaultV2Ownable.abi.Events[event].Inputs {
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

// TreasuryVaultV2OwnablePaused represents a Paused event raised by the TreasuryVaultV2Ownable contract.
type TreasuryVaultV2OwnablePaused struct {
	Account common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const TreasuryVaultV2OwnablePausedEventName = "Paused"

// ContractEventName returns the user-defined event name.
func (TreasuryVaultV2OwnablePaused) ContractEventName() string {
	return TreasuryVaultV2OwnablePausedEventName
}

// UnpackPausedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Paused(address account)
func (treasuryVaultV2Ownable *TreasuryVaultV2Ownable) UnpackPausedEvent(log *types.Log) (*TreasuryVaultV2OwnablePaused, error) {
	event := "Paused"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != treasuryVaultV2Ownable.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TreasuryVaultV2OwnablePaused)
	if len(log.Data) > 0 {
		if err := treasuryVaultV2Ownable.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range treasuryVaultV2Ownable.abi.Events[event].Inputs {
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

// TreasuryVaultV2OwnableRoleAdminChanged represents a RoleAdminChanged event raised by the TreasuryVaultV2Ownable contract.
type TreasuryVaultV2OwnableRoleAdminChanged struct {
	Role              [32]byte
	PreviousAdminRole [32]byte
	NewAdminRole      [32]byte
	Raw               *types.Log // Blockchain specific contextual infos
}

const TreasuryVaultV2OwnableRoleAdminChangedEventName = "RoleAdminChanged"

// ContractEventName returns the user-defined event name.
func (TreasuryVaultV2OwnableRoleAdminChanged) ContractEventName() string {
	return TreasuryVaultV2OwnableRoleAdminChangedEventName
}

// UnpackRoleAdminChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole)
func (treasuryVaultV2Ownable *TreasuryVaultV2Ownable) UnpackRoleAdminChangedEvent(log *types.Log) (*TreasuryVaultV2OwnableRoleAdminChanged, error) {
	event := "RoleAdminChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != treasuryVaultV2Ownable.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TreasuryVaultV2OwnableRoleAdminChanged)
	if len(log.Data) > 0 {
		if err := treasuryVaultV2Ownable.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range treasuryVaultV2Ownable.abi.Events[event].Inputs {
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

// TreasuryVaultV2OwnableRoleGranted represents a RoleGranted event raised by the TreasuryVaultV2Ownable contract.
type TreasuryVaultV2OwnableRoleGranted struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const TreasuryVaultV2OwnableRoleGrantedEventName = "RoleGranted"

// ContractEventName returns the user-defined event name.
func (TreasuryVaultV2OwnableRoleGranted) ContractEventName() string {
	return TreasuryVaultV2OwnableRoleGrantedEventName
}

// UnpackRoleGrantedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)
func (treasuryVaultV2Ownable *TreasuryVaultV2Ownable) UnpackRoleGrantedEvent(log *types.Log) (*TreasuryVaultV2OwnableRoleGranted, error) {
	event := "RoleGranted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != treasuryVaultV2Ownable.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TreasuryVaultV2OwnableRoleGranted)
	if len(log.Data) > 0 {
		if err := treasuryVaultV2Ownable.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range treasuryVaultV2Ownable.abi.Events[event].Inputs {
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

// TreasuryVaultV2OwnableRoleRevoked represents a RoleRevoked event raised by the TreasuryVaultV2Ownable contract.
type TreasuryVaultV2OwnableRoleRevoked struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const TreasuryVaultV2OwnableRoleRevokedEventName = "RoleRevoked"

// ContractEventName returns the user-defined event name.
func (TreasuryVaultV2OwnableRoleRevoked) ContractEventName() string {
	return TreasuryVaultV2OwnableRoleRevokedEventName
}

// UnpackRoleRevokedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender)
func (treasuryVaultV2Ownable *TreasuryVaultV2Ownable) UnpackRoleRevokedEvent(log *types.Log) (*TreasuryVaultV2OwnableRoleRevoked, error) {
	event := "RoleRevoked"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != treasuryVaultV2Ownable.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TreasuryVaultV2OwnableRoleRevoked)
	if len(log.Data) > 0 {
		if err := treasuryVaultV2Ownable.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range treasuryVaultV2Ownable.abi.Events[event].Inputs {
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

// TreasuryVaultV2OwnableSwept represents a Swept event raised by the TreasuryVaultV2Ownable contract.
type TreasuryVaultV2OwnableSwept struct {
	To     common.Address
	Amount *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const TreasuryVaultV2OwnableSweptEventName = "Swept"

// ContractEventName returns the user-defined event name.
func (TreasuryVaultV2OwnableSwept) ContractEventName() string {
	return TreasuryVaultV2OwnableSweptEventName
}

// UnpackSweptEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Swept(address indexed to, uint256 amount)
func (treasuryVaultV2Ownable *TreasuryVaultV2Ownable) UnpackSweptEvent(log *types.Log) (*TreasuryVaultV2OwnableSwept, error) {
	event := "Swept"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != treasuryVaultV2Ownable.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TreasuryVaultV2OwnableSwept)
	if len(log.Data) > 0 {
		if err := treasuryVaultV2Ownable.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range treasuryVaultV2Ownable.abi.Events[event].Inputs {
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

// TreasuryVaultV2OwnableUnpaused represents a Unpaused event raised by the TreasuryVaultV2Ownable contract.
type TreasuryVaultV2OwnableUnpaused struct {
	Account common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const TreasuryVaultV2OwnableUnpausedEventName = "Unpaused"

// ContractEventName returns the user-defined event name.
func (TreasuryVaultV2OwnableUnpaused) ContractEventName() string {
	return TreasuryVaultV2OwnableUnpausedEventName
}

// UnpackUnpausedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Unpaused(address account)
func (treasuryVaultV2Ownable *TreasuryVaultV2Ownable) UnpackUnpausedEvent(log *types.Log) (*TreasuryVaultV2OwnableUnpaused, error) {
	event := "Unpaused"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != treasuryVaultV2Ownable.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TreasuryVaultV2OwnableUnpaused)
	if len(log.Data) > 0 {
		if err := treasuryVaultV2Ownable.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range treasuryVaultV2Ownable.abi.Events[event].Inputs {
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

// TreasuryVaultV2OwnableUpgraded represents a Upgraded event raised by the TreasuryVaultV2Ownable contract.
type TreasuryVaultV2OwnableUpgraded struct {
	Implementation common.Address
	Raw            *types.Log // Blockchain specific contextual infos
}

const TreasuryVaultV2OwnableUpgradedEventName = "Upgraded"

// ContractEventName returns the user-defined event name.
func (TreasuryVaultV2OwnableUpgraded) ContractEventName() string {
	return TreasuryVaultV2OwnableUpgradedEventName
}

// UnpackUpgradedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Upgraded(address indexed implementation)
func (treasuryVaultV2Ownable *TreasuryVaultV2Ownable) UnpackUpgradedEvent(log *types.Log) (*TreasuryVaultV2OwnableUpgraded, error) {
	event := "Upgraded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != treasuryVaultV2Ownable.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TreasuryVaultV2OwnableUpgraded)
	if len(log.Data) > 0 {
		if err := treasuryVaultV2Ownable.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range treasuryVaultV2Ownable.abi.Events[event].Inputs {
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

// TreasuryVaultV2OwnableWithdrawn represents a Withdrawn event raised by the TreasuryVaultV2Ownable contract.
type TreasuryVaultV2OwnableWithdrawn struct {
	Account common.Address
	Amount  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const TreasuryVaultV2OwnableWithdrawnEventName = "Withdrawn"

// ContractEventName returns the user-defined event name.
func (TreasuryVaultV2OwnableWithdrawn) ContractEventName() string {
	return TreasuryVaultV2OwnableWithdrawnEventName
}

// UnpackWithdrawnEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Withdrawn(address indexed account, uint256 amount)
func (treasuryVaultV2Ownable *TreasuryVaultV2Ownable) UnpackWithdrawnEvent(log *types.Log) (*TreasuryVaultV2OwnableWithdrawn, error) {
	event := "Withdrawn"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != treasuryVaultV2Ownable.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TreasuryVaultV2OwnableWithdrawn)
	if len(log.Data) > 0 {
		if err := treasuryVaultV2Ownable.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range treasuryVaultV2Ownable.abi.Events[event].Inputs {
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
func (treasuryVaultV2Ownable *TreasuryVaultV2Ownable) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], treasuryVaultV2Ownable.abi.Errors["AccessControlBadConfirmation"].ID.Bytes()[:4]) {
		return treasuryVaultV2Ownable.UnpackAccessControlBadConfirmationError(raw[4:])
	}
	if bytes.Equal(raw[:4], treasuryVaultV2Ownable.abi.Errors["AccessControlUnauthorizedAccount"].ID.Bytes()[:4]) {
		return treasuryVaultV2Ownable.UnpackAccessControlUnauthorizedAccountError(raw[4:])
	}
	if bytes.Equal(raw[:4], treasuryVaultV2Ownable.abi.Errors["AddressEmptyCode"].ID.Bytes()[:4]) {
		return treasuryVaultV2Ownable.UnpackAddressEmptyCodeError(raw[4:])
	}
	if bytes.Equal(raw[:4], treasuryVaultV2Ownable.abi.Errors["ERC1967InvalidImplementation"].ID.Bytes()[:4]) {
		return treasuryVaultV2Ownable.UnpackERC1967InvalidImplementationError(raw[4:])
	}
	if bytes.Equal(raw[:4], treasuryVaultV2Ownable.abi.Errors["ERC1967NonPayable"].ID.Bytes()[:4]) {
		return treasuryVaultV2Ownable.UnpackERC1967NonPayableError(raw[4:])
	}
	if bytes.Equal(raw[:4], treasuryVaultV2Ownable.abi.Errors["EnforcedPause"].ID.Bytes()[:4]) {
		return treasuryVaultV2Ownable.UnpackEnforcedPauseError(raw[4:])
	}
	if bytes.Equal(raw[:4], treasuryVaultV2Ownable.abi.Errors["ExpectedPause"].ID.Bytes()[:4]) {
		return treasuryVaultV2Ownable.UnpackExpectedPauseError(raw[4:])
	}
	if bytes.Equal(raw[:4], treasuryVaultV2Ownable.abi.Errors["FailedCall"].ID.Bytes()[:4]) {
		return treasuryVaultV2Ownable.UnpackFailedCallError(raw[4:])
	}
	if bytes.Equal(raw[:4], treasuryVaultV2Ownable.abi.Errors["InvalidInitialization"].ID.Bytes()[:4]) {
		return treasuryVaultV2Ownable.UnpackInvalidInitializationError(raw[4:])
	}
	if bytes.Equal(raw[:4], treasuryVaultV2Ownable.abi.Errors["NotInitializing"].ID.Bytes()[:4]) {
		return treasuryVaultV2Ownable.UnpackNotInitializingError(raw[4:])
	}
	if bytes.Equal(raw[:4], treasuryVaultV2Ownable.abi.Errors["OwnableInvalidOwner"].ID.Bytes()[:4]) {
		return treasuryVaultV2Ownable.UnpackOwnableInvalidOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], treasuryVaultV2Ownable.abi.Errors["OwnableUnauthorizedAccount"].ID.Bytes()[:4]) {
		return treasuryVaultV2Ownable.UnpackOwnableUnauthorizedAccountError(raw[4:])
	}
	if bytes.Equal(raw[:4], treasuryVaultV2Ownable.abi.Errors["UUPSUnauthorizedCallContext"].ID.Bytes()[:4]) {
		return treasuryVaultV2Ownable.UnpackUUPSUnauthorizedCallContextError(raw[4:])
	}
	if bytes.Equal(raw[:4], treasuryVaultV2Ownable.abi.Errors["UUPSUnsupportedProxiableUUID"].ID.Bytes()[:4]) {
		return treasuryVaultV2Ownable.UnpackUUPSUnsupportedProxiableUUIDError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// TreasuryVaultV2OwnableAccessControlBadConfirmation represents a AccessControlBadConfirmation error raised by the TreasuryVaultV2Ownable contract.
type TreasuryVaultV2OwnableAccessControlBadConfirmation struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlBadConfirmation()
func TreasuryVaultV2OwnableAccessControlBadConfirmationErrorID() common.Hash {
	return common.HexToHash("0x6697b23232a647058342c0724fe7c415cab25915b54e5dbc03f233173d37b41c")
}

// UnpackAccessControlBadConfirmationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlBadConfirmation()
func (treasuryVaultV2Ownable *TreasuryVaultV2Ownable) UnpackAccessControlBadConfirmationError(raw []byte) (*TreasuryVaultV2OwnableAccessControlBadConfirmation, error) {
	out := new(TreasuryVaultV2OwnableAccessControlBadConfirmation)
	if err := treasuryVaultV2Ownable.abi.UnpackIntoInterface(out, "AccessControlBadConfirmation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TreasuryVaultV2OwnableAccessControlUnauthorizedAccount represents a AccessControlUnauthorizedAccount error raised by the TreasuryVaultV2Ownable contract.
type TreasuryVaultV2OwnableAccessControlUnauthorizedAccount struct {
	Account    common.Address
	NeededRole [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func TreasuryVaultV2OwnableAccessControlUnauthorizedAccountErrorID() common.Hash {
	return common.HexToHash("0xe2517d3fbfae6f8515ef5ff1ccedc3933ab0cbbda0b492c06eb54ad10ef03b3e")
}

// UnpackAccessControlUnauthorizedAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func (treasuryVaultV2Ownable *TreasuryVaultV2Ownable) UnpackAccessControlUnauthorizedAccountError(raw []byte) (*TreasuryVaultV2OwnableAccessControlUnauthorizedAccount, error) {
	out := new(TreasuryVaultV2OwnableAccessControlUnauthorizedAccount)
	if err := treasuryVaultV2Ownable.abi.UnpackIntoInterface(out, "AccessControlUnauthorizedAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TreasuryVaultV2OwnableAddressEmptyCode represents a AddressEmptyCode error raised by the TreasuryVaultV2Ownable contract.
type TreasuryVaultV2OwnableAddressEmptyCode struct {
	Target common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AddressEmptyCode(address target)
func TreasuryVaultV2OwnableAddressEmptyCodeErrorID() common.Hash {
	return common.HexToHash("0x9996b315c842ff135b8fc4a08ad5df1c344efbc03d2687aecc0678050d2aac89")
}

// UnpackAddressEmptyCodeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AddressEmptyCode(address target)
func (treasuryVaultV2Ownable *TreasuryVaultV2Ownable) UnpackAddressEmptyCodeError(raw []byte) (*TreasuryVaultV2OwnableAddressEmptyCode, error) {
	out := new(TreasuryVaultV2OwnableAddressEmptyCode)
	if err := treasuryVaultV2Ownable.abi.UnpackIntoInterface(out, "AddressEmptyCode", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TreasuryVaultV2OwnableERC1967InvalidImplementation represents a ERC1967InvalidImplementation error raised by the TreasuryVaultV2Ownable contract.
type TreasuryVaultV2OwnableERC1967InvalidImplementation struct {
	Implementation common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC1967InvalidImplementation(address implementation)
func TreasuryVaultV2OwnableERC1967InvalidImplementationErrorID() common.Hash {
	return common.HexToHash("0x4c9c8ce3ceb3130f17f7cdba48d89b5b0129f266a8bac114e6e315a41879b617")
}

// UnpackERC1967InvalidImplementationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC1967InvalidImplementation(address implementation)
func (treasuryVaultV2Ownable *TreasuryVaultV2Ownable) UnpackERC1967InvalidImplementationError(raw []byte) (*TreasuryVaultV2OwnableERC1967InvalidImplementation, error) {
	out := new(TreasuryVaultV2OwnableERC1967InvalidImplementation)
	if err := treasuryVaultV2Ownable.abi.UnpackIntoInterface(out, "ERC1967InvalidImplementation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TreasuryVaultV2OwnableERC1967NonPayable represents a ERC1967NonPayable error raised by the TreasuryVaultV2Ownable contract.
type TreasuryVaultV2OwnableERC1967NonPayable struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC1967NonPayable()
func TreasuryVaultV2OwnableERC1967NonPayableErrorID() common.Hash {
	return common.HexToHash("0xb398979fa84f543c8e222f17890372c487baf85e062276c127fef521eea7224b")
}

// UnpackERC1967NonPayableError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC1967NonPayable()
func (treasuryVaultV2Ownable *TreasuryVaultV2Ownable) UnpackERC1967NonPayableError(raw []byte) (*TreasuryVaultV2OwnableERC1967NonPayable, error) {
	out := new(TreasuryVaultV2OwnableERC1967NonPayable)
	if err := treasuryVaultV2Ownable.abi.UnpackIntoInterface(out, "ERC1967NonPayable", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TreasuryVaultV2OwnableEnforcedPause represents a EnforcedPause error raised by the TreasuryVaultV2Ownable contract.
type TreasuryVaultV2OwnableEnforcedPause struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EnforcedPause()
func TreasuryVaultV2OwnableEnforcedPauseErrorID() common.Hash {
	return common.HexToHash("0xd93c0665d6c96d04a8f174024fc4ddd66c250604aff22bbec808de86dd3637e3")
}

// UnpackEnforcedPauseError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EnforcedPause()
func (treasuryVaultV2Ownable *TreasuryVaultV2Ownable) UnpackEnforcedPauseError(raw []byte) (*TreasuryVaultV2OwnableEnforcedPause, error) {
	out := new(TreasuryVaultV2OwnableEnforcedPause)
	if err := treasuryVaultV2Ownable.abi.UnpackIntoInterface(out, "EnforcedPause", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TreasuryVaultV2OwnableExpectedPause represents a ExpectedPause error raised by the TreasuryVaultV2Ownable contract.
type TreasuryVaultV2OwnableExpectedPause struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ExpectedPause()
func TreasuryVaultV2OwnableExpectedPauseErrorID() common.Hash {
	return common.HexToHash("0x8dfc202bcfe9a735b559bee70674422512bc5c30f687046ae8778315fb81da44")
}

// UnpackExpectedPauseError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ExpectedPause()
func (treasuryVaultV2Ownable *TreasuryVaultV2Ownable) UnpackExpectedPauseError(raw []byte) (*TreasuryVaultV2OwnableExpectedPause, error) {
	out := new(TreasuryVaultV2OwnableExpectedPause)
	if err := treasuryVaultV2Ownable.abi.UnpackIntoInterface(out, "ExpectedPause", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TreasuryVaultV2OwnableFailedCall represents a FailedCall error raised by the TreasuryVaultV2Ownable contract.
type TreasuryVaultV2OwnableFailedCall struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error FailedCall()
func TreasuryVaultV2OwnableFailedCallErrorID() common.Hash {
	return common.HexToHash("0xd6bda27508c0fb6d8a39b4b122878dab26f731a7d4e4abe711dd3731899052a4")
}

// UnpackFailedCallError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error FailedCall()
func (treasuryVaultV2Ownable *TreasuryVaultV2Ownable) UnpackFailedCallError(raw []byte) (*TreasuryVaultV2OwnableFailedCall, error) {
	out := new(TreasuryVaultV2OwnableFailedCall)
	if err := treasuryVaultV2Ownable.abi.UnpackIntoInterface(out, "FailedCall", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TreasuryVaultV2OwnableInvalidInitialization represents a InvalidInitialization error raised by the TreasuryVaultV2Ownable contract.
type TreasuryVaultV2OwnableInvalidInitialization struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidInitialization()
func TreasuryVaultV2OwnableInvalidInitializationErrorID() common.Hash {
	return common.HexToHash("0xf92ee8a957075833165f68c320933b1a1294aafc84ee6e0dd3fb178008f9aaf5")
}

// UnpackInvalidInitializationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidInitialization()
func (treasuryVaultV2Ownable *TreasuryVaultV2Ownable) UnpackInvalidInitializationError(raw []byte) (*TreasuryVaultV2OwnableInvalidInitialization, error) {
	out := new(TreasuryVaultV2OwnableInvalidInitialization)
	if err := treasuryVaultV2Ownable.abi.UnpackIntoInterface(out, "InvalidInitialization", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TreasuryVaultV2OwnableNotInitializing represents a NotInitializing error raised by the TreasuryVaultV2Ownable contract.
type TreasuryVaultV2OwnableNotInitializing struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotInitializing()
func TreasuryVaultV2OwnableNotInitializingErrorID() common.Hash {
	return common.HexToHash("0xd7e6bcf8597daa127dc9f0048d2f08d5ef140a2cb659feabd700beff1f7a8302")
}

// UnpackNotInitializingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotInitializing()
func (treasuryVaultV2Ownable *TreasuryVaultV2Ownable) UnpackNotInitializingError(raw []byte) (*TreasuryVaultV2OwnableNotInitializing, error) {
	out := new(TreasuryVaultV2OwnableNotInitializing)
	if err := treasuryVaultV2Ownable.abi.UnpackIntoInterface(out, "NotInitializing", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TreasuryVaultV2OwnableOwnableInvalidOwner represents a OwnableInvalidOwner error raised by the TreasuryVaultV2Ownable contract.
type TreasuryVaultV2OwnableOwnableInvalidOwner struct {
	Owner common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OwnableInvalidOwner(address owner)
func TreasuryVaultV2OwnableOwnableInvalidOwnerErrorID() common.Hash {
	return common.HexToHash("0x1e4fbdf7f3ef8bcaa855599e3abf48b232380f183f08f6f813d9ffa5bd585188")
}

// UnpackOwnableInvalidOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OwnableInvalidOwner(address owner)
func (treasuryVaultV2Ownable *TreasuryVaultV2Ownable) UnpackOwnableInvalidOwnerError(raw []byte) (*TreasuryVaultV2OwnableOwnableInvalidOwner, error) {
	out := new(TreasuryVaultV2OwnableOwnableInvalidOwner)
	if err := treasuryVaultV2Ownable.abi.UnpackIntoInterface(out, "OwnableInvalidOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TreasuryVaultV2OwnableOwnableUnauthorizedAccount represents a OwnableUnauthorizedAccount error raised by the TreasuryVaultV2Ownable contract.
type TreasuryVaultV2OwnableOwnableUnauthorizedAccount struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OwnableUnauthorizedAccount(address account)
func TreasuryVaultV2OwnableOwnableUnauthorizedAccountErrorID() common.Hash {
	return common.HexToHash("0x118cdaa7a341953d1887a2245fd6665d741c67c8c50581daa59e1d03373fa188")
}

// UnpackOwnableUnauthorizedAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OwnableUnauthorizedAccount(address account)
func (treasuryVaultV2Ownable *TreasuryVaultV2Ownable) UnpackOwnableUnauthorizedAccountError(raw []byte) (*TreasuryVaultV2OwnableOwnableUnauthorizedAccount, error) {
	out := new(TreasuryVaultV2OwnableOwnableUnauthorizedAccount)
	if err := treasuryVaultV2Ownable.abi.UnpackIntoInterface(out, "OwnableUnauthorizedAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TreasuryVaultV2OwnableUUPSUnauthorizedCallContext represents a UUPSUnauthorizedCallContext error raised by the TreasuryVaultV2Ownable contract.
type TreasuryVaultV2OwnableUUPSUnauthorizedCallContext struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UUPSUnauthorizedCallContext()
func TreasuryVaultV2OwnableUUPSUnauthorizedCallContextErrorID() common.Hash {
	return common.HexToHash("0xe07c8dba242a06571ac65fe4bbe20522c9fb111cb33599b799ff8039c1ed18f4")
}

// UnpackUUPSUnauthorizedCallContextError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UUPSUnauthorizedCallContext()
func (treasuryVaultV2Ownable *TreasuryVaultV2Ownable) UnpackUUPSUnauthorizedCallContextError(raw []byte) (*TreasuryVaultV2OwnableUUPSUnauthorizedCallContext, error) {
	out := new(TreasuryVaultV2OwnableUUPSUnauthorizedCallContext)
	if err := treasuryVaultV2Ownable.abi.UnpackIntoInterface(out, "UUPSUnauthorizedCallContext", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TreasuryVaultV2OwnableUUPSUnsupportedProxiableUUID represents a UUPSUnsupportedProxiableUUID error raised by the TreasuryVaultV2Ownable contract.
type TreasuryVaultV2OwnableUUPSUnsupportedProxiableUUID struct {
	Slot [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UUPSUnsupportedProxiableUUID(bytes32 slot)
func TreasuryVaultV2OwnableUUPSUnsupportedProxiableUUIDErrorID() common.Hash {
	return common.HexToHash("0xaa1d49a4c084bfa9aeeee2a0be65267a7f19ba7e1476b114dac513d2c14cb563")
}

// UnpackUUPSUnsupportedProxiableUUIDError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UUPSUnsupportedProxiableUUID(bytes32 slot)
func (treasuryVaultV2Ownable *TreasuryVaultV2Ownable) UnpackUUPSUnsupportedProxiableUUIDError(raw []byte) (*TreasuryVaultV2OwnableUUPSUnsupportedProxiableUUID, error) {
	out := new(TreasuryVaultV2OwnableUUPSUnsupportedProxiableUUID)
	if err := treasuryVaultV2Ownable.abi.UnpackIntoInterface(out, "UUPSUnsupportedProxiableUUID", raw); err != nil {
		return nil, err
	}
	return out, nil
}
