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

// BridgeVaultV1MetaData contains all meta data concerning the BridgeVaultV1 contract.
var BridgeVaultV1MetaData = bind.MetaData{
	ABI: "[{\"inputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"AccessControlBadConfirmation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"neededRole\",\"type\":\"bytes32\"}],\"name\":\"AccessControlUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"}],\"name\":\"AddressEmptyCode\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"implementation\",\"type\":\"address\"}],\"name\":\"ERC1967InvalidImplementation\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ERC1967NonPayable\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"EnforcedPause\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ExpectedPause\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"FailedCall\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidInitialization\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotInitializing\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"UUPSUnauthorizedCallContext\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"slot\",\"type\":\"bytes32\"}],\"name\":\"UUPSUnsupportedProxiableUUID\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Deposited\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"version\",\"type\":\"uint64\"}],\"name\":\"Initialized\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"Paused\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"relayer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"allowed\",\"type\":\"bool\"}],\"name\":\"RelayerSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"relayer\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Released\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"previousAdminRole\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"newAdminRole\",\"type\":\"bytes32\"}],\"name\":\"RoleAdminChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleGranted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleRevoked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"Unpaused\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"implementation\",\"type\":\"address\"}],\"name\":\"Upgraded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Withdrawn\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"DEFAULT_ADMIN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"GUARDIAN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"RELAYER_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"UPGRADER_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"UPGRADE_INTERFACE_VERSION\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"balances\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"deposit\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"}],\"name\":\"getRoleAdmin\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"grantRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"hasRole\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"admin\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"guardian\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"relayer\",\"type\":\"address\"}],\"name\":\"initialize\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pause\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"paused\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"proxiableUUID\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"release\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"callerConfirmation\",\"type\":\"address\"}],\"name\":\"renounceRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"revokeRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"relayer\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"allowed\",\"type\":\"bool\"}],\"name\":\"setRelayer\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalAssets\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalDeposits\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalReleased\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"unpause\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newImplementation\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"upgradeToAndCall\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"version\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"withdraw\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "BridgeVaultV1",
	Bin: "0x60a060405230608052348015610013575f5ffd5b5061001c610021565b6100d3565b7ff0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a00805468010000000000000000900460ff16156100715760405163f92ee8a960e01b815260040160405180910390fd5b80546001600160401b03908116146100d05780546001600160401b0319166001600160401b0390811782556040519081527fc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d29060200160405180910390a15b50565b6080516114dc6100f95f395f8181610d3e01528181610d670152610ec801526114dc5ff3fe60806040526004361061017b575f3560e01c80635c975abb116100cd578063ad3cb1cc11610087578063d547741f11610062578063d547741f1461041c578063e33b7de31461043b578063ecd8dc3a14610450578063f72c0d8b1461046f575f5ffd5b8063ad3cb1cc146103c5578063c0c53b8b146103f5578063d0e30db014610414575f5ffd5b80635c975abb146103335780637d8820971461034a5780638456cb591461035f57806391d1485414610373578063926d7d7f14610392578063a217fddf146103b2575f5ffd5b80632e1a7d4d116101385780633f4ba83a116101135780633f4ba83a146102c65780634f1ef286146102da57806352d1902d146102ed57806354fd4d5014610301575f5ffd5b80632e1a7d4d146102695780632f2ff15d1461028857806336568abe146102a7575f5ffd5b806301e1d1141461017f57806301ffc9a7146101a05780630357371d146101cf578063248a9ca3146101f057806324ea54f41461021e57806327e235e31461023e575b5f5ffd5b34801561018a575f5ffd5b50475b6040519081526020015b60405180910390f35b3480156101ab575f5ffd5b506101bf6101ba366004611195565b6104a2565b6040519015158152602001610197565b3480156101da575f5ffd5b506101ee6101e93660046111d7565b6104d8565b005b3480156101fb575f5ffd5b5061018d61020a3660046111ff565b5f9081526020819052604090206001015490565b348015610229575f5ffd5b5061018d5f5160206114875f395f51905f5281565b348015610249575f5ffd5b5061018d610258366004611216565b60026020525f908152604090205481565b348015610274575f5ffd5b506101ee6102833660046111ff565b61063a565b348015610293575f5ffd5b506101ee6102a236600461122f565b610797565b3480156102b2575f5ffd5b506101ee6102c136600461122f565b6107bb565b3480156102d1575f5ffd5b506101ee6107ee565b6101ee6102e836600461126d565b610810565b3480156102f8575f5ffd5b5061018d61082f565b34801561030c575f5ffd5b506040805180820190915260018152603160f81b60208201525b6040516101979190611331565b34801561033e575f5ffd5b5060015460ff166101bf565b348015610355575f5ffd5b5061018d60035481565b34801561036a575f5ffd5b506101ee61084a565b34801561037e575f5ffd5b506101bf61038d36600461122f565b610869565b34801561039d575f5ffd5b5061018d5f5160206114475f395f51905f5281565b3480156103bd575f5ffd5b5061018d5f81565b3480156103d0575f5ffd5b50610326604051806040016040528060058152602001640352e302e360dc1b81525081565b348015610400575f5ffd5b506101ee61040f366004611366565b610891565b6101ee610a58565b348015610427575f5ffd5b506101ee61043636600461122f565b610b10565b348015610446575f5ffd5b5061018d60045481565b34801561045b575f5ffd5b506101ee61046a3660046113a6565b610b34565b34801561047a575f5ffd5b5061018d7f189ab7a9244df0848122154315af71fe140f3db0fe014031783b0946b8c9d2e381565b5f6001600160e01b03198216637965db0b60e01b14806104d257506301ffc9a760e01b6001600160e01b03198316145b92915050565b6104e0610bb9565b5f5160206114475f395f51905f526104f781610bdf565b6001600160a01b0383161580159061050e57505f82115b61054d5760405162461bcd60e51b815260206004820152600b60248201526a6261642072656c6561736560a81b60448201526064015b60405180910390fd5b8160045f82825461055e91906113f3565b90915550506040518281526001600160a01b0384169033907f2d87480f50083e2b2759522a8fdda59802650a8055e609a7772cf70c07748f529060200160405180910390a35f836001600160a01b0316836040515f6040518083038185875af1925050503d805f81146105ec576040519150601f19603f3d011682016040523d82523d5f602084013e6105f1565b606091505b50509050806106345760405162461bcd60e51b815260206004820152600f60248201526e1d1c985b9cd9995c8819985a5b1959608a1b6044820152606401610544565b50505050565b610642610bb9565b335f9081526002602052604090205481158015906106605750808211155b6106a35760405162461bcd60e51b8152602060048201526014602482015273696e73756666696369656e742062616c616e636560601b6044820152606401610544565b6106ad8282611406565b335f90815260026020526040812091909155600380548492906106d1908490611406565b909155505060405182815233907f7084f5476618d8e60b11ef0d7d3f06914655adb8793e28ff7f018d4c76d505d59060200160405180910390a26040515f90339084908381818185875af1925050503d805f811461074a576040519150601f19603f3d011682016040523d82523d5f602084013e61074f565b606091505b50509050806107925760405162461bcd60e51b815260206004820152600f60248201526e1d1c985b9cd9995c8819985a5b1959608a1b6044820152606401610544565b505050565b5f828152602081905260409020600101546107b181610bdf565b6106348383610be9565b6001600160a01b03811633146107e45760405163334bd91960e11b815260040160405180910390fd5b6107928282610c78565b5f5160206114875f395f51905f5261080581610bdf565b61080d610ce1565b50565b610818610d33565b61082182610dd7565b61082b8282610e01565b5050565b5f610838610ebd565b505f5160206114675f395f51905f5290565b5f5160206114875f395f51905f5261086181610bdf565b61080d610f06565b5f918252602082815260408084206001600160a01b0393909316845291905290205460ff1690565b5f61089a610f41565b805490915060ff600160401b820416159067ffffffffffffffff165f811580156108c15750825b90505f8267ffffffffffffffff1660011480156108dd5750303b155b9050811580156108eb575080155b156109095760405163f92ee8a960e01b815260040160405180910390fd5b845467ffffffffffffffff19166001178555831561093357845460ff60401b1916600160401b1785555b6001600160a01b0388161580159061095357506001600160a01b03871615155b801561096757506001600160a01b03861615155b6109a25760405162461bcd60e51b815260206004820152600c60248201526b7a65726f206164647265737360a01b6044820152606401610544565b6109ac5f89610be9565b506109d77f189ab7a9244df0848122154315af71fe140f3db0fe014031783b0946b8c9d2e389610be9565b506109ef5f5160206114875f395f51905f5288610be9565b50610a075f5160206114475f395f51905f5287610be9565b508315610a4e57845460ff60401b19168555604051600181527fc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d29060200160405180910390a15b5050505050505050565b610a60610bb9565b5f3411610a9e5760405162461bcd60e51b815260206004820152600c60248201526b1e995c9bc819195c1bdcda5d60a21b6044820152606401610544565b335f9081526002602052604081208054349290610abc9084906113f3565b925050819055503460035f828254610ad491906113f3565b909155505060405134815233907f2da466a7b24304f47e87fa2e1e5a81b9831ce54fec19055ce277ca2f39ba42c49060200160405180910390a2565b5f82815260208190526040902060010154610b2a81610bdf565b6106348383610c78565b8015610b5757610b515f5160206114475f395f51905f5283610be9565b50610b70565b610b6e5f5160206114475f395f51905f5283610c78565b505b816001600160a01b03167fee42947bc760229eeff964017ac68eddb00ba98b0defcd90a1bc85a5afceb05782604051610bad911515815260200190565b60405180910390a25050565b60015460ff1615610bdd5760405163d93c066560e01b815260040160405180910390fd5b565b61080d8133610f69565b5f610bf48383610869565b610c71575f838152602081815260408083206001600160a01b03861684529091529020805460ff19166001179055610c293390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a45060016104d2565b505f6104d2565b5f610c838383610869565b15610c71575f838152602081815260408083206001600160a01b0386168085529252808320805460ff1916905551339286917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a45060016104d2565b610ce9610fa2565b6001805460ff191690557f5db9ee0a495bf2e6ff9c91a7834c1ba4fdd244a5e8aa4e537bd38aeae4b073aa335b6040516001600160a01b03909116815260200160405180910390a1565b306001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000161480610db957507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316610dad5f5160206114675f395f51905f52546001600160a01b031690565b6001600160a01b031614155b15610bdd5760405163703e46dd60e11b815260040160405180910390fd5b7f189ab7a9244df0848122154315af71fe140f3db0fe014031783b0946b8c9d2e361082b81610bdf565b816001600160a01b03166352d1902d6040518163ffffffff1660e01b8152600401602060405180830381865afa925050508015610e5b575060408051601f3d908101601f19168201909252610e5891810190611419565b60015b610e8357604051634c9c8ce360e01b81526001600160a01b0383166004820152602401610544565b5f5160206114675f395f51905f528114610eb357604051632a87526960e21b815260048101829052602401610544565b6107928383610fc5565b306001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001614610bdd5760405163703e46dd60e11b815260040160405180910390fd5b610f0e610bb9565b6001805460ff1916811790557f62e78cea01bee320cd4e420270b5ea74000d11b0c9f74754ebdbfc544b05a25833610d16565b5f807ff0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a006104d2565b610f738282610869565b61082b5760405163e2517d3f60e01b81526001600160a01b038216600482015260248101839052604401610544565b60015460ff16610bdd57604051638dfc202b60e01b815260040160405180910390fd5b610fce8261101a565b6040516001600160a01b038316907fbc7cd75a20ee27fd9adebab32041f755214dbc6bffa90cc0225b39da2e5c2d3b905f90a280511561101257610792828261107d565b61082b6110ef565b806001600160a01b03163b5f0361104f57604051634c9c8ce360e01b81526001600160a01b0382166004820152602401610544565b5f5160206114675f395f51905f5280546001600160a01b0319166001600160a01b0392909216919091179055565b60605f5f846001600160a01b0316846040516110999190611430565b5f60405180830381855af49150503d805f81146110d1576040519150601f19603f3d011682016040523d82523d5f602084013e6110d6565b606091505b50915091506110e685838361110e565b95945050505050565b3415610bdd5760405163b398979f60e01b815260040160405180910390fd5b6060826111235761111e8261116d565b611166565b815115801561113a57506001600160a01b0384163b155b1561116357604051639996b31560e01b81526001600160a01b0385166004820152602401610544565b50805b9392505050565b80511561117c57805160208201fd5b60405163d6bda27560e01b815260040160405180910390fd5b5f602082840312156111a5575f5ffd5b81356001600160e01b031981168114611166575f5ffd5b80356001600160a01b03811681146111d2575f5ffd5b919050565b5f5f604083850312156111e8575f5ffd5b6111f1836111bc565b946020939093013593505050565b5f6020828403121561120f575f5ffd5b5035919050565b5f60208284031215611226575f5ffd5b611166826111bc565b5f5f60408385031215611240575f5ffd5b82359150611250602084016111bc565b90509250929050565b634e487b7160e01b5f52604160045260245ffd5b5f5f6040838503121561127e575f5ffd5b611287836111bc565b9150602083013567ffffffffffffffff8111156112a2575f5ffd5b8301601f810185136112b2575f5ffd5b803567ffffffffffffffff8111156112cc576112cc611259565b604051601f8201601f19908116603f0116810167ffffffffffffffff811182821017156112fb576112fb611259565b604052818152828201602001871015611312575f5ffd5b816020840160208301375f602083830101528093505050509250929050565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b5f5f5f60608486031215611378575f5ffd5b611381846111bc565b925061138f602085016111bc565b915061139d604085016111bc565b90509250925092565b5f5f604083850312156113b7575f5ffd5b6113c0836111bc565b9150602083013580151581146113d4575f5ffd5b809150509250929050565b634e487b7160e01b5f52601160045260245ffd5b808201808211156104d2576104d26113df565b818103818111156104d2576104d26113df565b5f60208284031215611429575f5ffd5b5051919050565b5f82518060208501845e5f92019182525091905056fee2b7fb3b832174769106daebcfd6d1970523240dda11281102db9363b83b0dc4360894a13ba1a3210667c828492db98dca3e2076cc3735a920a3ca505d382bbc55435dd261a4b9b3364963f7738a7a662ad9c84396d64be3365284bb7f0a5041a26469706673582212202db948d9e4bb628dc92e31c77a3ef0721f01a607727ebbd559640f82fcf23b4864736f6c634300081e0033",
}

// BridgeVaultV1 is an auto generated Go binding around an Ethereum contract.
type BridgeVaultV1 struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *BridgeVaultV1) GetABI() abi.ABI {
	return c.abi
}

// NewBridgeVaultV1 creates a new instance of BridgeVaultV1.
func NewBridgeVaultV1() *BridgeVaultV1 {
	parsed, err := BridgeVaultV1MetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &BridgeVaultV1{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *BridgeVaultV1) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackDEFAULTADMINROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa217fddf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (bridgeVaultV1 *BridgeVaultV1) PackDEFAULTADMINROLE() []byte {
	enc, err := bridgeVaultV1.abi.Pack("DEFAULT_ADMIN_ROLE")
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
func (bridgeVaultV1 *BridgeVaultV1) TryPackDEFAULTADMINROLE() ([]byte, error) {
	return bridgeVaultV1.abi.Pack("DEFAULT_ADMIN_ROLE")
}

// UnpackDEFAULTADMINROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (bridgeVaultV1 *BridgeVaultV1) UnpackDEFAULTADMINROLE(data []byte) ([32]byte, error) {
	out, err := bridgeVaultV1.abi.Unpack("DEFAULT_ADMIN_ROLE", data)
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
func (bridgeVaultV1 *BridgeVaultV1) PackGUARDIANROLE() []byte {
	enc, err := bridgeVaultV1.abi.Pack("GUARDIAN_ROLE")
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
func (bridgeVaultV1 *BridgeVaultV1) TryPackGUARDIANROLE() ([]byte, error) {
	return bridgeVaultV1.abi.Pack("GUARDIAN_ROLE")
}

// UnpackGUARDIANROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x24ea54f4.
//
// Solidity: function GUARDIAN_ROLE() view returns(bytes32)
func (bridgeVaultV1 *BridgeVaultV1) UnpackGUARDIANROLE(data []byte) ([32]byte, error) {
	out, err := bridgeVaultV1.abi.Unpack("GUARDIAN_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackRELAYERROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x926d7d7f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function RELAYER_ROLE() view returns(bytes32)
func (bridgeVaultV1 *BridgeVaultV1) PackRELAYERROLE() []byte {
	enc, err := bridgeVaultV1.abi.Pack("RELAYER_ROLE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRELAYERROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x926d7d7f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function RELAYER_ROLE() view returns(bytes32)
func (bridgeVaultV1 *BridgeVaultV1) TryPackRELAYERROLE() ([]byte, error) {
	return bridgeVaultV1.abi.Pack("RELAYER_ROLE")
}

// UnpackRELAYERROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x926d7d7f.
//
// Solidity: function RELAYER_ROLE() view returns(bytes32)
func (bridgeVaultV1 *BridgeVaultV1) UnpackRELAYERROLE(data []byte) ([32]byte, error) {
	out, err := bridgeVaultV1.abi.Unpack("RELAYER_ROLE", data)
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
func (bridgeVaultV1 *BridgeVaultV1) PackUPGRADERROLE() []byte {
	enc, err := bridgeVaultV1.abi.Pack("UPGRADER_ROLE")
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
func (bridgeVaultV1 *BridgeVaultV1) TryPackUPGRADERROLE() ([]byte, error) {
	return bridgeVaultV1.abi.Pack("UPGRADER_ROLE")
}

// UnpackUPGRADERROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf72c0d8b.
//
// Solidity: function UPGRADER_ROLE() view returns(bytes32)
func (bridgeVaultV1 *BridgeVaultV1) UnpackUPGRADERROLE(data []byte) ([32]byte, error) {
	out, err := bridgeVaultV1.abi.Unpack("UPGRADER_ROLE", data)
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
func (bridgeVaultV1 *BridgeVaultV1) PackUPGRADEINTERFACEVERSION() []byte {
	enc, err := bridgeVaultV1.abi.Pack("UPGRADE_INTERFACE_VERSION")
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
func (bridgeVaultV1 *BridgeVaultV1) TryPackUPGRADEINTERFACEVERSION() ([]byte, error) {
	return bridgeVaultV1.abi.Pack("UPGRADE_INTERFACE_VERSION")
}

// UnpackUPGRADEINTERFACEVERSION is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xad3cb1cc.
//
// Solidity: function UPGRADE_INTERFACE_VERSION() view returns(string)
func (bridgeVaultV1 *BridgeVaultV1) UnpackUPGRADEINTERFACEVERSION(data []byte) (string, error) {
	out, err := bridgeVaultV1.abi.Unpack("UPGRADE_INTERFACE_VERSION", data)
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
func (bridgeVaultV1 *BridgeVaultV1) PackBalances(arg0 common.Address) []byte {
	enc, err := bridgeVaultV1.abi.Pack("balances", arg0)
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
func (bridgeVaultV1 *BridgeVaultV1) TryPackBalances(arg0 common.Address) ([]byte, error) {
	return bridgeVaultV1.abi.Pack("balances", arg0)
}

// UnpackBalances is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x27e235e3.
//
// Solidity: function balances(address ) view returns(uint256)
func (bridgeVaultV1 *BridgeVaultV1) UnpackBalances(data []byte) (*big.Int, error) {
	out, err := bridgeVaultV1.abi.Unpack("balances", data)
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
func (bridgeVaultV1 *BridgeVaultV1) PackDeposit() []byte {
	enc, err := bridgeVaultV1.abi.Pack("deposit")
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
func (bridgeVaultV1 *BridgeVaultV1) TryPackDeposit() ([]byte, error) {
	return bridgeVaultV1.abi.Pack("deposit")
}

// PackGetRoleAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x248a9ca3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (bridgeVaultV1 *BridgeVaultV1) PackGetRoleAdmin(role [32]byte) []byte {
	enc, err := bridgeVaultV1.abi.Pack("getRoleAdmin", role)
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
func (bridgeVaultV1 *BridgeVaultV1) TryPackGetRoleAdmin(role [32]byte) ([]byte, error) {
	return bridgeVaultV1.abi.Pack("getRoleAdmin", role)
}

// UnpackGetRoleAdmin is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (bridgeVaultV1 *BridgeVaultV1) UnpackGetRoleAdmin(data []byte) ([32]byte, error) {
	out, err := bridgeVaultV1.abi.Unpack("getRoleAdmin", data)
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
func (bridgeVaultV1 *BridgeVaultV1) PackGrantRole(role [32]byte, account common.Address) []byte {
	enc, err := bridgeVaultV1.abi.Pack("grantRole", role, account)
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
func (bridgeVaultV1 *BridgeVaultV1) TryPackGrantRole(role [32]byte, account common.Address) ([]byte, error) {
	return bridgeVaultV1.abi.Pack("grantRole", role, account)
}

// PackHasRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91d14854.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (bridgeVaultV1 *BridgeVaultV1) PackHasRole(role [32]byte, account common.Address) []byte {
	enc, err := bridgeVaultV1.abi.Pack("hasRole", role, account)
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
func (bridgeVaultV1 *BridgeVaultV1) TryPackHasRole(role [32]byte, account common.Address) ([]byte, error) {
	return bridgeVaultV1.abi.Pack("hasRole", role, account)
}

// UnpackHasRole is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (bridgeVaultV1 *BridgeVaultV1) UnpackHasRole(data []byte) (bool, error) {
	out, err := bridgeVaultV1.abi.Unpack("hasRole", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackInitialize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc0c53b8b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function initialize(address admin, address guardian, address relayer) returns()
func (bridgeVaultV1 *BridgeVaultV1) PackInitialize(admin common.Address, guardian common.Address, relayer common.Address) []byte {
	enc, err := bridgeVaultV1.abi.Pack("initialize", admin, guardian, relayer)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackInitialize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc0c53b8b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function initialize(address admin, address guardian, address relayer) returns()
func (bridgeVaultV1 *BridgeVaultV1) TryPackInitialize(admin common.Address, guardian common.Address, relayer common.Address) ([]byte, error) {
	return bridgeVaultV1.abi.Pack("initialize", admin, guardian, relayer)
}

// PackPause is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8456cb59.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function pause() returns()
func (bridgeVaultV1 *BridgeVaultV1) PackPause() []byte {
	enc, err := bridgeVaultV1.abi.Pack("pause")
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
func (bridgeVaultV1 *BridgeVaultV1) TryPackPause() ([]byte, error) {
	return bridgeVaultV1.abi.Pack("pause")
}

// PackPaused is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5c975abb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function paused() view returns(bool)
func (bridgeVaultV1 *BridgeVaultV1) PackPaused() []byte {
	enc, err := bridgeVaultV1.abi.Pack("paused")
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
func (bridgeVaultV1 *BridgeVaultV1) TryPackPaused() ([]byte, error) {
	return bridgeVaultV1.abi.Pack("paused")
}

// UnpackPaused is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5c975abb.
//
// Solidity: function paused() view returns(bool)
func (bridgeVaultV1 *BridgeVaultV1) UnpackPaused(data []byte) (bool, error) {
	out, err := bridgeVaultV1.abi.Unpack("paused", data)
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
func (bridgeVaultV1 *BridgeVaultV1) PackProxiableUUID() []byte {
	enc, err := bridgeVaultV1.abi.Pack("proxiableUUID")
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
func (bridgeVaultV1 *BridgeVaultV1) TryPackProxiableUUID() ([]byte, error) {
	return bridgeVaultV1.abi.Pack("proxiableUUID")
}

// UnpackProxiableUUID is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x52d1902d.
//
// Solidity: function proxiableUUID() view returns(bytes32)
func (bridgeVaultV1 *BridgeVaultV1) UnpackProxiableUUID(data []byte) ([32]byte, error) {
	out, err := bridgeVaultV1.abi.Unpack("proxiableUUID", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackRelease is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0357371d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function release(address to, uint256 amount) returns()
func (bridgeVaultV1 *BridgeVaultV1) PackRelease(to common.Address, amount *big.Int) []byte {
	enc, err := bridgeVaultV1.abi.Pack("release", to, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRelease is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0357371d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function release(address to, uint256 amount) returns()
func (bridgeVaultV1 *BridgeVaultV1) TryPackRelease(to common.Address, amount *big.Int) ([]byte, error) {
	return bridgeVaultV1.abi.Pack("release", to, amount)
}

// PackRenounceRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x36568abe.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (bridgeVaultV1 *BridgeVaultV1) PackRenounceRole(role [32]byte, callerConfirmation common.Address) []byte {
	enc, err := bridgeVaultV1.abi.Pack("renounceRole", role, callerConfirmation)
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
func (bridgeVaultV1 *BridgeVaultV1) TryPackRenounceRole(role [32]byte, callerConfirmation common.Address) ([]byte, error) {
	return bridgeVaultV1.abi.Pack("renounceRole", role, callerConfirmation)
}

// PackRevokeRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd547741f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (bridgeVaultV1 *BridgeVaultV1) PackRevokeRole(role [32]byte, account common.Address) []byte {
	enc, err := bridgeVaultV1.abi.Pack("revokeRole", role, account)
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
func (bridgeVaultV1 *BridgeVaultV1) TryPackRevokeRole(role [32]byte, account common.Address) ([]byte, error) {
	return bridgeVaultV1.abi.Pack("revokeRole", role, account)
}

// PackSetRelayer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xecd8dc3a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setRelayer(address relayer, bool allowed) returns()
func (bridgeVaultV1 *BridgeVaultV1) PackSetRelayer(relayer common.Address, allowed bool) []byte {
	enc, err := bridgeVaultV1.abi.Pack("setRelayer", relayer, allowed)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetRelayer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xecd8dc3a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setRelayer(address relayer, bool allowed) returns()
func (bridgeVaultV1 *BridgeVaultV1) TryPackSetRelayer(relayer common.Address, allowed bool) ([]byte, error) {
	return bridgeVaultV1.abi.Pack("setRelayer", relayer, allowed)
}

// PackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (bridgeVaultV1 *BridgeVaultV1) PackSupportsInterface(interfaceId [4]byte) []byte {
	enc, err := bridgeVaultV1.abi.Pack("supportsInterface", interfaceId)
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
func (bridgeVaultV1 *BridgeVaultV1) TryPackSupportsInterface(interfaceId [4]byte) ([]byte, error) {
	return bridgeVaultV1.abi.Pack("supportsInterface", interfaceId)
}

// UnpackSupportsInterface is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (bridgeVaultV1 *BridgeVaultV1) UnpackSupportsInterface(data []byte) (bool, error) {
	out, err := bridgeVaultV1.abi.Unpack("supportsInterface", data)
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
func (bridgeVaultV1 *BridgeVaultV1) PackTotalAssets() []byte {
	enc, err := bridgeVaultV1.abi.Pack("totalAssets")
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
func (bridgeVaultV1 *BridgeVaultV1) TryPackTotalAssets() ([]byte, error) {
	return bridgeVaultV1.abi.Pack("totalAssets")
}

// UnpackTotalAssets is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x01e1d114.
//
// Solidity: function totalAssets() view returns(uint256)
func (bridgeVaultV1 *BridgeVaultV1) UnpackTotalAssets(data []byte) (*big.Int, error) {
	out, err := bridgeVaultV1.abi.Unpack("totalAssets", data)
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
func (bridgeVaultV1 *BridgeVaultV1) PackTotalDeposits() []byte {
	enc, err := bridgeVaultV1.abi.Pack("totalDeposits")
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
func (bridgeVaultV1 *BridgeVaultV1) TryPackTotalDeposits() ([]byte, error) {
	return bridgeVaultV1.abi.Pack("totalDeposits")
}

// UnpackTotalDeposits is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7d882097.
//
// Solidity: function totalDeposits() view returns(uint256)
func (bridgeVaultV1 *BridgeVaultV1) UnpackTotalDeposits(data []byte) (*big.Int, error) {
	out, err := bridgeVaultV1.abi.Unpack("totalDeposits", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackTotalReleased is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe33b7de3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function totalReleased() view returns(uint256)
func (bridgeVaultV1 *BridgeVaultV1) PackTotalReleased() []byte {
	enc, err := bridgeVaultV1.abi.Pack("totalReleased")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTotalReleased is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe33b7de3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function totalReleased() view returns(uint256)
func (bridgeVaultV1 *BridgeVaultV1) TryPackTotalReleased() ([]byte, error) {
	return bridgeVaultV1.abi.Pack("totalReleased")
}

// UnpackTotalReleased is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe33b7de3.
//
// Solidity: function totalReleased() view returns(uint256)
func (bridgeVaultV1 *BridgeVaultV1) UnpackTotalReleased(data []byte) (*big.Int, error) {
	out, err := bridgeVaultV1.abi.Unpack("totalReleased", data)
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
func (bridgeVaultV1 *BridgeVaultV1) PackUnpause() []byte {
	enc, err := bridgeVaultV1.abi.Pack("unpause")
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
func (bridgeVaultV1 *BridgeVaultV1) TryPackUnpause() ([]byte, error) {
	return bridgeVaultV1.abi.Pack("unpause")
}

// PackUpgradeToAndCall is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4f1ef286.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function upgradeToAndCall(address newImplementation, bytes data) payable returns()
func (bridgeVaultV1 *BridgeVaultV1) PackUpgradeToAndCall(newImplementation common.Address, data []byte) []byte {
	enc, err := bridgeVaultV1.abi.Pack("upgradeToAndCall", newImplementation, data)
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
func (bridgeVaultV1 *BridgeVaultV1) TryPackUpgradeToAndCall(newImplementation common.Address, data []byte) ([]byte, error) {
	return bridgeVaultV1.abi.Pack("upgradeToAndCall", newImplementation, data)
}

// PackVersion is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x54fd4d50.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function version() pure returns(string)
func (bridgeVaultV1 *BridgeVaultV1) PackVersion() []byte {
	enc, err := bridgeVaultV1.abi.Pack("version")
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
func (bridgeVaultV1 *BridgeVaultV1) TryPackVersion() ([]byte, error) {
	return bridgeVaultV1.abi.Pack("version")
}

// UnpackVersion is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x54fd4d50.
//
// Solidity: function version() pure returns(string)
func (bridgeVaultV1 *BridgeVaultV1) UnpackVersion(data []byte) (string, error) {
	out, err := bridgeVaultV1.abi.Unpack("version", data)
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
func (bridgeVaultV1 *BridgeVaultV1) PackWithdraw(amount *big.Int) []byte {
	enc, err := bridgeVaultV1.abi.Pack("withdraw", amount)
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
func (bridgeVaultV1 *BridgeVaultV1) TryPackWithdraw(amount *big.Int) ([]byte, error) {
	return bridgeVaultV1.abi.Pack("withdraw", amount)
}

// BridgeVaultV1Deposited represents a Deposited event raised by the BridgeVaultV1 contract.
type BridgeVaultV1Deposited struct {
	Account common.Address
	Amount  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const BridgeVaultV1DepositedEventName = "Deposited"

// ContractEventName returns the user-defined event name.
func (BridgeVaultV1Deposited) ContractEventName() string {
	return BridgeVaultV1DepositedEventName
}

// UnpackDepositedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Deposited(address indexed account, uint256 amount)
func (bridgeVaultV1 *BridgeVaultV1) UnpackDepositedEvent(log *types.Log) (*BridgeVaultV1Deposited, error) {
	event := "Deposited"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != bridgeVaultV1.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(BridgeVaultV1Deposited)
	if len(log.Data) > 0 {
		if err := bridgeVaultV1.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range bridgeVaultV1.abi.Events[event].Inputs {
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

// BridgeVaultV1Initialized represents a Initialized event raised by the BridgeVaultV1 contract.
type BridgeVaultV1Initialized struct {
	Version uint64
	Raw     *types.Log // Blockchain specific contextual infos
}

const BridgeVaultV1InitializedEventName = "Initialized"

// ContractEventName returns the user-defined event name.
func (BridgeVaultV1Initialized) ContractEventName() string {
	return BridgeVaultV1InitializedEventName
}

// UnpackInitializedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Initialized(uint64 version)
func (bridgeVaultV1 *BridgeVaultV1) UnpackInitializedEvent(log *types.Log) (*BridgeVaultV1Initialized, error) {
	event := "Initialized"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != bridgeVaultV1.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(BridgeVaultV1Initialized)
	if len(log.Data) > 0 {
		if err := bridgeVaultV1.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range bridgeVaultV1.abi.Events[event].Inputs {
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

// BridgeVaultV1Paused represents a Paused event raised by the BridgeVaultV1 contract.
type BridgeVaultV1Paused struct {
	Account common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const BridgeVaultV1PausedEventName = "Paused"

// ContractEventName returns the user-defined event name.
func (BridgeVaultV1Paused) ContractEventName() string {
	return BridgeVaultV1PausedEventName
}

// UnpackPausedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Paused(address account)
func (bridgeVaultV1 *BridgeVaultV1) UnpackPausedEvent(log *types.Log) (*BridgeVaultV1Paused, error) {
	event := "Paused"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != bridgeVaultV1.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(BridgeVaultV1Paused)
	if len(log.Data) > 0 {
		if err := bridgeVaultV1.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range bridgeVaultV1.abi.Events[event].Inputs {
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

// BridgeVaultV1RelayerSet represents a RelayerSet event raised by the BridgeVaultV1 contract.
type BridgeVaultV1RelayerSet struct {
	Relayer common.Address
	Allowed bool
	Raw     *types.Log // Blockchain specific contextual infos
}

const BridgeVaultV1RelayerSetEventName = "RelayerSet"

// ContractEventName returns the user-defined event name.
func (BridgeVaultV1RelayerSet) ContractEventName() string {
	return BridgeVaultV1RelayerSetEventName
}

// UnpackRelayerSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RelayerSet(address indexed relayer, bool allowed)
func (bridgeVaultV1 *BridgeVaultV1) UnpackRelayerSetEvent(log *types.Log) (*BridgeVaultV1RelayerSet, error) {
	event := "RelayerSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != bridgeVaultV1.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(BridgeVaultV1RelayerSet)
	if len(log.Data) > 0 {
		if err := bridgeVaultV1.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range bridgeVaultV1.abi.Events[event].Inputs {
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

// BridgeVaultV1Released represents a Released event raised by the BridgeVaultV1 contract.
type BridgeVaultV1Released struct {
	Relayer common.Address
	To      common.Address
	Amount  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const BridgeVaultV1ReleasedEventName = "Released"

// ContractEventName returns the user-defined event name.
func (BridgeVaultV1Released) ContractEventName() string {
	return BridgeVaultV1ReleasedEventName
}

// UnpackReleasedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Released(address indexed relayer, address indexed to, uint256 amount)
func (bridgeVaultV1 *BridgeVaultV1) UnpackReleasedEvent(log *types.Log) (*BridgeVaultV1Released, error) {
	event := "Released"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != bridgeVaultV1.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(BridgeVaultV1Released)
	if len(log.Data) > 0 {
		if err := bridgeVaultV1.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range bridgeVaultV1.abi.Events[event].Inputs {
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

// BridgeVaultV1RoleAdminChanged represents a RoleAdminChanged event raised by the BridgeVaultV1 contract.
type BridgeVaultV1RoleAdminChanged struct {
	Role              [32]byte
	PreviousAdminRole [32]byte
	NewAdminRole      [32]byte
	Raw               *types.Log // Blockchain specific contextual infos
}

const BridgeVaultV1RoleAdminChangedEventName = "RoleAdminChanged"

// ContractEventName returns the user-defined event name.
func (BridgeVaultV1RoleAdminChanged) ContractEventName() string {
	return BridgeVaultV1RoleAdminChangedEventName
}

// UnpackRoleAdminChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole)
func (bridgeVaultV1 *BridgeVaultV1) UnpackRoleAdminChangedEvent(log *types.Log) (*BridgeVaultV1RoleAdminChanged, error) {
	event := "RoleAdminChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != bridgeVaultV1.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(BridgeVaultV1RoleAdminChanged)
	if len(log.Data) > 0 {
		if err := bridgeVaultV1.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range bridgeVaultV1.abi.Events[event].Inputs {
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

// BridgeVaultV1RoleGranted represents a RoleGranted event raised by the BridgeVaultV1 contract.
type BridgeVaultV1RoleGranted struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const BridgeVaultV1RoleGrantedEventName = "RoleGranted"

// ContractEventName returns the user-defined event name.
func (BridgeVaultV1RoleGranted) ContractEventName() string {
	return BridgeVaultV1RoleGrantedEventName
}

// UnpackRoleGrantedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)
func (bridgeVaultV1 *BridgeVaultV1) UnpackRoleGrantedEvent(log *types.Log) (*BridgeVaultV1RoleGranted, error) {
	event := "RoleGranted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != bridgeVaultV1.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(BridgeVaultV1RoleGranted)
	if len(log.Data) > 0 {
		if err := bridgeVaultV1.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range bridgeVaultV1.abi.Events[event].Inputs {
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

// BridgeVaultV1RoleRevoked represents a RoleRevoked event raised by the BridgeVaultV1 contract.
type BridgeVaultV1RoleRevoked struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const BridgeVaultV1RoleRevokedEventName = "RoleRevoked"

// ContractEventName returns the user-defined event name.
func (BridgeVaultV1RoleRevoked) ContractEventName() string {
	return BridgeVaultV1RoleRevokedEventName
}

// UnpackRoleRevokedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender)
func (bridgeVaultV1 *BridgeVaultV1) UnpackRoleRevokedEvent(log *types.Log) (*BridgeVaultV1RoleRevoked, error) {
	event := "RoleRevoked"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != bridgeVaultV1.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(BridgeVaultV1RoleRevoked)
	if len(log.Data) > 0 {
		if err := bridgeVaultV1.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range bridgeVaultV1.abi.Events[event].Inputs {
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

// BridgeVaultV1Unpaused represents a Unpaused event raised by the BridgeVaultV1 contract.
type BridgeVaultV1Unpaused struct {
	Account common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const BridgeVaultV1UnpausedEventName = "Unpaused"

// ContractEventName returns the user-defined event name.
func (BridgeVaultV1Unpaused) ContractEventName() string {
	return BridgeVaultV1UnpausedEventName
}

// UnpackUnpausedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Unpaused(address account)
func (bridgeVaultV1 *BridgeVaultV1) UnpackUnpausedEvent(log *types.Log) (*BridgeVaultV1Unpaused, error) {
	event := "Unpaused"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != bridgeVaultV1.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(BridgeVaultV1Unpaused)
	if len(log.Data) > 0 {
		if err := bridgeVaultV1.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range bridgeVaultV1.abi.Events[event].Inputs {
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

// BridgeVaultV1Upgraded represents a Upgraded event raised by the BridgeVaultV1 contract.
type BridgeVaultV1Upgraded struct {
	Implementation common.Address
	Raw            *types.Log // Blockchain specific contextual infos
}

const BridgeVaultV1UpgradedEventName = "Upgraded"

// ContractEventName returns the user-defined event name.
func (BridgeVaultV1Upgraded) ContractEventName() string {
	return BridgeVaultV1UpgradedEventName
}

// UnpackUpgradedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Upgraded(address indexed implementation)
func (bridgeVaultV1 *BridgeVaultV1) UnpackUpgradedEvent(log *types.Log) (*BridgeVaultV1Upgraded, error) {
	event := "Upgraded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != bridgeVaultV1.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(BridgeVaultV1Upgraded)
	if len(log.Data) > 0 {
		if err := bridgeVaultV1.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range bridgeVaultV1.abi.Events[event].Inputs {
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

// BridgeVaultV1Withdrawn represents a Withdrawn event raised by the BridgeVaultV1 contract.
type BridgeVaultV1Withdrawn struct {
	Account common.Address
	Amount  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const BridgeVaultV1WithdrawnEventName = "Withdrawn"

// ContractEventName returns the user-defined event name.
func (BridgeVaultV1Withdrawn) ContractEventName() string {
	return BridgeVaultV1WithdrawnEventName
}

// UnpackWithdrawnEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Withdrawn(address indexed account, uint256 amount)
func (bridgeVaultV1 *BridgeVaultV1) UnpackWithdrawnEvent(log *types.Log) (*BridgeVaultV1Withdrawn, error) {
	event := "Withdrawn"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != bridgeVaultV1.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(BridgeVaultV1Withdrawn)
	if len(log.Data) > 0 {
		if err := bridgeVaultV1.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range bridgeVaultV1.abi.Events[event].Inputs {
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
func (bridgeVaultV1 *BridgeVaultV1) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], bridgeVaultV1.abi.Errors["AccessControlBadConfirmation"].ID.Bytes()[:4]) {
		return bridgeVaultV1.UnpackAccessControlBadConfirmationError(raw[4:])
	}
	if bytes.Equal(raw[:4], bridgeVaultV1.abi.Errors["AccessControlUnauthorizedAccount"].ID.Bytes()[:4]) {
		return bridgeVaultV1.UnpackAccessControlUnauthorizedAccountError(raw[4:])
	}
	if bytes.Equal(raw[:4], bridgeVaultV1.abi.Errors["AddressEmptyCode"].ID.Bytes()[:4]) {
		return bridgeVaultV1.UnpackAddressEmptyCodeError(raw[4:])
	}
	if bytes.Equal(raw[:4], bridgeVaultV1.abi.Errors["ERC1967InvalidImplementation"].ID.Bytes()[:4]) {
		return bridgeVaultV1.UnpackERC1967InvalidImplementationError(raw[4:])
	}
	if bytes.Equal(raw[:4], bridgeVaultV1.abi.Errors["ERC1967NonPayable"].ID.Bytes()[:4]) {
		return bridgeVaultV1.UnpackERC1967NonPayableError(raw[4:])
	}
	if bytes.Equal(raw[:4], bridgeVaultV1.abi.Errors["EnforcedPause"].ID.Bytes()[:4]) {
		return bridgeVaultV1.UnpackEnforcedPauseError(raw[4:])
	}
	if bytes.Equal(raw[:4], bridgeVaultV1.abi.Errors["ExpectedPause"].ID.Bytes()[:4]) {
		return bridgeVaultV1.UnpackExpectedPauseError(raw[4:])
	}
	if bytes.Equal(raw[:4], bridgeVaultV1.abi.Errors["FailedCall"].ID.Bytes()[:4]) {
		return bridgeVaultV1.UnpackFailedCallError(raw[4:])
	}
	if bytes.Equal(raw[:4], bridgeVaultV1.abi.Errors["InvalidInitialization"].ID.Bytes()[:4]) {
		return bridgeVaultV1.UnpackInvalidInitializationError(raw[4:])
	}
	if bytes.Equal(raw[:4], bridgeVaultV1.abi.Errors["NotInitializing"].ID.Bytes()[:4]) {
		return bridgeVaultV1.UnpackNotInitializingError(raw[4:])
	}
	if bytes.Equal(raw[:4], bridgeVaultV1.abi.Errors["UUPSUnauthorizedCallContext"].ID.Bytes()[:4]) {
		return bridgeVaultV1.UnpackUUPSUnauthorizedCallContextError(raw[4:])
	}
	if bytes.Equal(raw[:4], bridgeVaultV1.abi.Errors["UUPSUnsupportedProxiableUUID"].ID.Bytes()[:4]) {
		return bridgeVaultV1.UnpackUUPSUnsupportedProxiableUUIDError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// BridgeVaultV1AccessControlBadConfirmation represents a AccessControlBadConfirmation error raised by the BridgeVaultV1 contract.
type BridgeVaultV1AccessControlBadConfirmation struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlBadConfirmation()
func BridgeVaultV1AccessControlBadConfirmationErrorID() common.Hash {
	return common.HexToHash("0x6697b23232a647058342c0724fe7c415cab25915b54e5dbc03f233173d37b41c")
}

// UnpackAccessControlBadConfirmationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlBadConfirmation()
func (bridgeVaultV1 *BridgeVaultV1) UnpackAccessControlBadConfirmationError(raw []byte) (*BridgeVaultV1AccessControlBadConfirmation, error) {
	out := new(BridgeVaultV1AccessControlBadConfirmation)
	if err := bridgeVaultV1.abi.UnpackIntoInterface(out, "AccessControlBadConfirmation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BridgeVaultV1AccessControlUnauthorizedAccount represents a AccessControlUnauthorizedAccount error raised by the BridgeVaultV1 contract.
type BridgeVaultV1AccessControlUnauthorizedAccount struct {
	Account    common.Address
	NeededRole [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func BridgeVaultV1AccessControlUnauthorizedAccountErrorID() common.Hash {
	return common.HexToHash("0xe2517d3fbfae6f8515ef5ff1ccedc3933ab0cbbda0b492c06eb54ad10ef03b3e")
}

// UnpackAccessControlUnauthorizedAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func (bridgeVaultV1 *BridgeVaultV1) UnpackAccessControlUnauthorizedAccountError(raw []byte) (*BridgeVaultV1AccessControlUnauthorizedAccount, error) {
	out := new(BridgeVaultV1AccessControlUnauthorizedAccount)
	if err := bridgeVaultV1.abi.UnpackIntoInterface(out, "AccessControlUnauthorizedAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BridgeVaultV1AddressEmptyCode represents a AddressEmptyCode error raised by the BridgeVaultV1 contract.
type BridgeVaultV1AddressEmptyCode struct {
	Target common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AddressEmptyCode(address target)
func BridgeVaultV1AddressEmptyCodeErrorID() common.Hash {
	return common.HexToHash("0x9996b315c842ff135b8fc4a08ad5df1c344efbc03d2687aecc0678050d2aac89")
}

// UnpackAddressEmptyCodeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AddressEmptyCode(address target)
func (bridgeVaultV1 *BridgeVaultV1) UnpackAddressEmptyCodeError(raw []byte) (*BridgeVaultV1AddressEmptyCode, error) {
	out := new(BridgeVaultV1AddressEmptyCode)
	if err := bridgeVaultV1.abi.UnpackIntoInterface(out, "AddressEmptyCode", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BridgeVaultV1ERC1967InvalidImplementation represents a ERC1967InvalidImplementation error raised by the BridgeVaultV1 contract.
type BridgeVaultV1ERC1967InvalidImplementation struct {
	Implementation common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC1967InvalidImplementation(address implementation)
func BridgeVaultV1ERC1967InvalidImplementationErrorID() common.Hash {
	return common.HexToHash("0x4c9c8ce3ceb3130f17f7cdba48d89b5b0129f266a8bac114e6e315a41879b617")
}

// UnpackERC1967InvalidImplementationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC1967InvalidImplementation(address implementation)
func (bridgeVaultV1 *BridgeVaultV1) UnpackERC1967InvalidImplementationError(raw []byte) (*BridgeVaultV1ERC1967InvalidImplementation, error) {
	out := new(BridgeVaultV1ERC1967InvalidImplementation)
	if err := bridgeVaultV1.abi.UnpackIntoInterface(out, "ERC1967InvalidImplementation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BridgeVaultV1ERC1967NonPayable represents a ERC1967NonPayable error raised by the BridgeVaultV1 contract.
type BridgeVaultV1ERC1967NonPayable struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC1967NonPayable()
func BridgeVaultV1ERC1967NonPayableErrorID() common.Hash {
	return common.HexToHash("0xb398979fa84f543c8e222f17890372c487baf85e062276c127fef521eea7224b")
}

// UnpackERC1967NonPayableError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC1967NonPayable()
func (bridgeVaultV1 *BridgeVaultV1) UnpackERC1967NonPayableError(raw []byte) (*BridgeVaultV1ERC1967NonPayable, error) {
	out := new(BridgeVaultV1ERC1967NonPayable)
	if err := bridgeVaultV1.abi.UnpackIntoInterface(out, "ERC1967NonPayable", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BridgeVaultV1EnforcedPause represents a EnforcedPause error raised by the BridgeVaultV1 contract.
type BridgeVaultV1EnforcedPause struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EnforcedPause()
func BridgeVaultV1EnforcedPauseErrorID() common.Hash {
	return common.HexToHash("0xd93c0665d6c96d04a8f174024fc4ddd66c250604aff22bbec808de86dd3637e3")
}

// UnpackEnforcedPauseError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EnforcedPause()
func (bridgeVaultV1 *BridgeVaultV1) UnpackEnforcedPauseError(raw []byte) (*BridgeVaultV1EnforcedPause, error) {
	out := new(BridgeVaultV1EnforcedPause)
	if err := bridgeVaultV1.abi.UnpackIntoInterface(out, "EnforcedPause", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BridgeVaultV1ExpectedPause represents a ExpectedPause error raised by the BridgeVaultV1 contract.
type BridgeVaultV1ExpectedPause struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ExpectedPause()
func BridgeVaultV1ExpectedPauseErrorID() common.Hash {
	return common.HexToHash("0x8dfc202bcfe9a735b559bee70674422512bc5c30f687046ae8778315fb81da44")
}

// UnpackExpectedPauseError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ExpectedPause()
func (bridgeVaultV1 *BridgeVaultV1) UnpackExpectedPauseError(raw []byte) (*BridgeVaultV1ExpectedPause, error) {
	out := new(BridgeVaultV1ExpectedPause)
	if err := bridgeVaultV1.abi.UnpackIntoInterface(out, "ExpectedPause", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BridgeVaultV1FailedCall represents a FailedCall error raised by the BridgeVaultV1 contract.
type BridgeVaultV1FailedCall struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error FailedCall()
func BridgeVaultV1FailedCallErrorID() common.Hash {
	return common.HexToHash("0xd6bda27508c0fb6d8a39b4b122878dab26f731a7d4e4abe711dd3731899052a4")
}

// UnpackFailedCallError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error FailedCall()
func (bridgeVaultV1 *BridgeVaultV1) UnpackFailedCallError(raw []byte) (*BridgeVaultV1FailedCall, error) {
	out := new(BridgeVaultV1FailedCall)
	if err := bridgeVaultV1.abi.UnpackIntoInterface(out, "FailedCall", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BridgeVaultV1InvalidInitialization represents a InvalidInitialization error raised by the BridgeVaultV1 contract.
type BridgeVaultV1InvalidInitialization struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidInitialization()
func BridgeVaultV1InvalidInitializationErrorID() common.Hash {
	return common.HexToHash("0xf92ee8a957075833165f68c320933b1a1294aafc84ee6e0dd3fb178008f9aaf5")
}

// UnpackInvalidInitializationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidInitialization()
func (bridgeVaultV1 *BridgeVaultV1) UnpackInvalidInitializationError(raw []byte) (*BridgeVaultV1InvalidInitialization, error) {
	out := new(BridgeVaultV1InvalidInitialization)
	if err := bridgeVaultV1.abi.UnpackIntoInterface(out, "InvalidInitialization", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BridgeVaultV1NotInitializing represents a NotInitializing error raised by the BridgeVaultV1 contract.
type BridgeVaultV1NotInitializing struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotInitializing()
func BridgeVaultV1NotInitializingErrorID() common.Hash {
	return common.HexToHash("0xd7e6bcf8597daa127dc9f0048d2f08d5ef140a2cb659feabd700beff1f7a8302")
}

// UnpackNotInitializingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotInitializing()
func (bridgeVaultV1 *BridgeVaultV1) UnpackNotInitializingError(raw []byte) (*BridgeVaultV1NotInitializing, error) {
	out := new(BridgeVaultV1NotInitializing)
	if err := bridgeVaultV1.abi.UnpackIntoInterface(out, "NotInitializing", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BridgeVaultV1UUPSUnauthorizedCallContext represents a UUPSUnauthorizedCallContext error raised by the BridgeVaultV1 contract.
type BridgeVaultV1UUPSUnauthorizedCallContext struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UUPSUnauthorizedCallContext()
func BridgeVaultV1UUPSUnauthorizedCallContextErrorID() common.Hash {
	return common.HexToHash("0xe07c8dba242a06571ac65fe4bbe20522c9fb111cb33599b799ff8039c1ed18f4")
}

// UnpackUUPSUnauthorizedCallContextError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UUPSUnauthorizedCallContext()
func (bridgeVaultV1 *BridgeVaultV1) UnpackUUPSUnauthorizedCallContextError(raw []byte) (*BridgeVaultV1UUPSUnauthorizedCallContext, error) {
	out := new(BridgeVaultV1UUPSUnauthorizedCallContext)
	if err := bridgeVaultV1.abi.UnpackIntoInterface(out, "UUPSUnauthorizedCallContext", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BridgeVaultV1UUPSUnsupportedProxiableUUID represents a UUPSUnsupportedProxiableUUID error raised by the BridgeVaultV1 contract.
type BridgeVaultV1UUPSUnsupportedProxiableUUID struct {
	Slot [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UUPSUnsupportedProxiableUUID(bytes32 slot)
func BridgeVaultV1UUPSUnsupportedProxiableUUIDErrorID() common.Hash {
	return common.HexToHash("0xaa1d49a4c084bfa9aeeee2a0be65267a7f19ba7e1476b114dac513d2c14cb563")
}

// UnpackUUPSUnsupportedProxiableUUIDError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UUPSUnsupportedProxiableUUID(bytes32 slot)
func (bridgeVaultV1 *BridgeVaultV1) UnpackUUPSUnsupportedProxiableUUIDError(raw []byte) (*BridgeVaultV1UUPSUnsupportedProxiableUUID, error) {
	out := new(BridgeVaultV1UUPSUnsupportedProxiableUUID)
	if err := bridgeVaultV1.abi.UnpackIntoInterface(out, "UUPSUnsupportedProxiableUUID", raw); err != nil {
		return nil, err
	}
	return out, nil
}
