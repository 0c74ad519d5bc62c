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

// BridgeVaultV2AdminReleaseMetaData contains all meta data concerning the BridgeVaultV2AdminRelease contract.
var BridgeVaultV2AdminReleaseMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"AccessControlBadConfirmation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"neededRole\",\"type\":\"bytes32\"}],\"name\":\"AccessControlUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"}],\"name\":\"AddressEmptyCode\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"implementation\",\"type\":\"address\"}],\"name\":\"ERC1967InvalidImplementation\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ERC1967NonPayable\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"EnforcedPause\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ExpectedPause\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"FailedCall\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidInitialization\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotInitializing\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"UUPSUnauthorizedCallContext\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"slot\",\"type\":\"bytes32\"}],\"name\":\"UUPSUnsupportedProxiableUUID\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Deposited\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"version\",\"type\":\"uint64\"}],\"name\":\"Initialized\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"Paused\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"relayer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"allowed\",\"type\":\"bool\"}],\"name\":\"RelayerSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"relayer\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Released\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"previousAdminRole\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"newAdminRole\",\"type\":\"bytes32\"}],\"name\":\"RoleAdminChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleGranted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleRevoked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"Unpaused\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"implementation\",\"type\":\"address\"}],\"name\":\"Upgraded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Withdrawn\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"DEFAULT_ADMIN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"GUARDIAN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"RELAYER_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"UPGRADER_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"UPGRADE_INTERFACE_VERSION\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"balances\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"deposit\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"}],\"name\":\"getRoleAdmin\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"grantRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"hasRole\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"admin\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"guardian\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"relayer\",\"type\":\"address\"}],\"name\":\"initialize\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pause\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"paused\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"proxiableUUID\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"release\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"callerConfirmation\",\"type\":\"address\"}],\"name\":\"renounceRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"revokeRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"relayer\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"allowed\",\"type\":\"bool\"}],\"name\":\"setRelayer\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalAssets\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalDeposits\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalReleased\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"unpause\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newImplementation\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"upgradeToAndCall\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"version\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"withdraw\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "BridgeVaultV2AdminRelease",
	Bin: "0x60a060405230608052348015610013575f5ffd5b5061001c610021565b6100d3565b7ff0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a00805468010000000000000000900460ff16156100715760405163f92ee8a960e01b815260040160405180910390fd5b80546001600160401b03908116146100d05780546001600160401b0319166001600160401b0390811782556040519081527fc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d29060200160405180910390a15b50565b6080516114e06100f95f395f8181610d4201528181610d6b0152610ecc01526114e05ff3fe60806040526004361061017b575f3560e01c80635c975abb116100cd578063ad3cb1cc11610087578063d547741f11610062578063d547741f14610422578063e33b7de314610441578063ecd8dc3a14610456578063f72c0d8b14610475575f5ffd5b8063ad3cb1cc146103cb578063c0c53b8b146103fb578063d0e30db01461041a575f5ffd5b80635c975abb146103395780637d882097146103505780638456cb591461036557806391d1485414610379578063926d7d7f14610398578063a217fddf146103b8575f5ffd5b80632e1a7d4d116101385780633f4ba83a116101135780633f4ba83a146102c65780634f1ef286146102da57806352d1902d146102ed57806354fd4d5014610301575f5ffd5b80632e1a7d4d146102695780632f2ff15d1461028857806336568abe146102a7575f5ffd5b806301e1d1141461017f57806301ffc9a7146101a05780630357371d146101cf578063248a9ca3146101f057806324ea54f41461021e57806327e235e31461023e575b5f5ffd5b34801561018a575f5ffd5b50475b6040519081526020015b60405180910390f35b3480156101ab575f5ffd5b506101bf6101ba366004611199565b6104a8565b6040519015158152602001610197565b3480156101da575f5ffd5b506101ee6101e93660046111db565b6104de565b005b3480156101fb575f5ffd5b5061018d61020a366004611203565b5f9081526020819052604090206001015490565b348015610229575f5ffd5b5061018d5f51602061148b5f395f51905f5281565b348015610249575f5ffd5b5061018d61025836600461121a565b60026020525f908152604090205481565b348015610274575f5ffd5b506101ee610283366004611203565b610633565b348015610293575f5ffd5b506101ee6102a2366004611233565b610790565b3480156102b2575f5ffd5b506101ee6102c1366004611233565b6107b4565b3480156102d1575f5ffd5b506101ee6107e7565b6101ee6102e8366004611271565b610809565b3480156102f8575f5ffd5b5061018d610828565b34801561030c575f5ffd5b506040805180820190915260078152661916b0b236b4b760c91b60208201525b6040516101979190611335565b348015610344575f5ffd5b5060015460ff166101bf565b34801561035b575f5ffd5b5061018d60035481565b348015610370575f5ffd5b506101ee610843565b348015610384575f5ffd5b506101bf610393366004611233565b610862565b3480156103a3575f5ffd5b5061018d5f51602061144b5f395f51905f5281565b3480156103c3575f5ffd5b5061018d5f81565b3480156103d6575f5ffd5b5061032c604051806040016040528060058152602001640352e302e360dc1b81525081565b348015610406575f5ffd5b506101ee61041536600461136a565b61088a565b6101ee610a51565b34801561042d575f5ffd5b506101ee61043c366004611233565b610b09565b34801561044c575f5ffd5b5061018d60045481565b348015610461575f5ffd5b506101ee6104703660046113aa565b610b2d565b348015610480575f5ffd5b5061018d7f189ab7a9244df0848122154315af71fe140f3db0fe014031783b0946b8c9d2e381565b5f6001600160e01b03198216637965db0b60e01b14806104d857506301ffc9a760e01b6001600160e01b03198316145b92915050565b6104e6610bbd565b5f6104f081610be3565b6001600160a01b0383161580159061050757505f82115b6105465760405162461bcd60e51b815260206004820152600b60248201526a6261642072656c6561736560a81b60448201526064015b60405180910390fd5b8160045f82825461055791906113f7565b90915550506040518281526001600160a01b0384169033907f2d87480f50083e2b2759522a8fdda59802650a8055e609a7772cf70c07748f529060200160405180910390a35f836001600160a01b0316836040515f6040518083038185875af1925050503d805f81146105e5576040519150601f19603f3d011682016040523d82523d5f602084013e6105ea565b606091505b505090508061062d5760405162461bcd60e51b815260206004820152600f60248201526e1d1c985b9cd9995c8819985a5b1959608a1b604482015260640161053d565b50505050565b61063b610bbd565b335f9081526002602052604090205481158015906106595750808211155b61069c5760405162461bcd60e51b8152602060048201526014602482015273696e73756666696369656e742062616c616e636560601b604482015260640161053d565b6106a6828261140a565b335f90815260026020526040812091909155600380548492906106ca90849061140a565b909155505060405182815233907f7084f5476618d8e60b11ef0d7d3f06914655adb8793e28ff7f018d4c76d505d59060200160405180910390a26040515f90339084908381818185875af1925050503d805f8114610743576040519150601f19603f3d011682016040523d82523d5f602084013e610748565b606091505b505090508061078b5760405162461bcd60e51b815260206004820152600f60248201526e1d1c985b9cd9995c8819985a5b1959608a1b604482015260640161053d565b505050565b5f828152602081905260409020600101546107aa81610be3565b61062d8383610bed565b6001600160a01b03811633146107dd5760405163334bd91960e11b815260040160405180910390fd5b61078b8282610c7c565b5f51602061148b5f395f51905f526107fe81610be3565b610806610ce5565b50565b610811610d37565b61081a82610ddb565b6108248282610e05565b5050565b5f610831610ec1565b505f51602061146b5f395f51905f5290565b5f51602061148b5f395f51905f5261085a81610be3565b610806610f0a565b5f918252602082815260408084206001600160a01b0393909316845291905290205460ff1690565b5f610893610f45565b805490915060ff600160401b820416159067ffffffffffffffff165f811580156108ba5750825b90505f8267ffffffffffffffff1660011480156108d65750303b155b9050811580156108e4575080155b156109025760405163f92ee8a960e01b815260040160405180910390fd5b845467ffffffffffffffff19166001178555831561092c57845460ff60401b1916600160401b1785555b6001600160a01b0388161580159061094c57506001600160a01b03871615155b801561096057506001600160a01b03861615155b61099b5760405162461bcd60e51b815260206004820152600c60248201526b7a65726f206164647265737360a01b604482015260640161053d565b6109a55f89610bed565b506109d07f189ab7a9244df0848122154315af71fe140f3db0fe014031783b0946b8c9d2e389610bed565b506109e85f51602061148b5f395f51905f5288610bed565b50610a005f51602061144b5f395f51905f5287610bed565b508315610a4757845460ff60401b19168555604051600181527fc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d29060200160405180910390a15b5050505050505050565b610a59610bbd565b5f3411610a975760405162461bcd60e51b815260206004820152600c60248201526b1e995c9bc819195c1bdcda5d60a21b604482015260640161053d565b335f9081526002602052604081208054349290610ab59084906113f7565b925050819055503460035f828254610acd91906113f7565b909155505060405134815233907f2da466a7b24304f47e87fa2e1e5a81b9831ce54fec19055ce277ca2f39ba42c49060200160405180910390a2565b5f82815260208190526040902060010154610b2381610be3565b61062d8383610c7c565b5f610b3781610be3565b8115610b5a57610b545f51602061144b5f395f51905f5284610bed565b50610b73565b610b715f51602061144b5f395f51905f5284610c7c565b505b826001600160a01b03167fee42947bc760229eeff964017ac68eddb00ba98b0defcd90a1bc85a5afceb05783604051610bb0911515815260200190565b60405180910390a2505050565b60015460ff1615610be15760405163d93c066560e01b815260040160405180910390fd5b565b6108068133610f6d565b5f610bf88383610862565b610c75575f838152602081815260408083206001600160a01b03861684529091529020805460ff19166001179055610c2d3390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a45060016104d8565b505f6104d8565b5f610c878383610862565b15610c75575f838152602081815260408083206001600160a01b0386168085529252808320805460ff1916905551339286917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a45060016104d8565b610ced610fa6565b6001805460ff191690557f5db9ee0a495bf2e6ff9c91a7834c1ba4fdd244a5e8aa4e537bd38aeae4b073aa335b6040516001600160a01b03909116815260200160405180910390a1565b306001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000161480610dbd57507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316610db15f51602061146b5f395f51905f52546001600160a01b031690565b6001600160a01b031614155b15610be15760405163703e46dd60e11b815260040160405180910390fd5b7f189ab7a9244df0848122154315af71fe140f3db0fe014031783b0946b8c9d2e361082481610be3565b816001600160a01b03166352d1902d6040518163ffffffff1660e01b8152600401602060405180830381865afa925050508015610e5f575060408051601f3d908101601f19168201909252610e5c9181019061141d565b60015b610e8757604051634c9c8ce360e01b81526001600160a01b038316600482015260240161053d565b5f51602061146b5f395f51905f528114610eb757604051632a87526960e21b81526004810182905260240161053d565b61078b8383610fc9565b306001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001614610be15760405163703e46dd60e11b815260040160405180910390fd5b610f12610bbd565b6001805460ff1916811790557f62e78cea01bee320cd4e420270b5ea74000d11b0c9f74754ebdbfc544b05a25833610d1a565b5f807ff0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a006104d8565b610f778282610862565b6108245760405163e2517d3f60e01b81526001600160a01b03821660048201526024810183905260440161053d565b60015460ff16610be157604051638dfc202b60e01b815260040160405180910390fd5b610fd28261101e565b6040516001600160a01b038316907fbc7cd75a20ee27fd9adebab32041f755214dbc6bffa90cc0225b39da2e5c2d3b905f90a28051156110165761078b8282611081565b6108246110f3565b806001600160a01b03163b5f0361105357604051634c9c8ce360e01b81526001600160a01b038216600482015260240161053d565b5f51602061146b5f395f51905f5280546001600160a01b0319166001600160a01b0392909216919091179055565b60605f5f846001600160a01b03168460405161109d9190611434565b5f60405180830381855af49150503d805f81146110d5576040519150601f19603f3d011682016040523d82523d5f602084013e6110da565b606091505b50915091506110ea858383611112565b95945050505050565b3415610be15760405163b398979f60e01b815260040160405180910390fd5b6060826111275761112282611171565b61116a565b815115801561113e57506001600160a01b0384163b155b1561116757604051639996b31560e01b81526001600160a01b038516600482015260240161053d565b50805b9392505050565b80511561118057805160208201fd5b60405163d6bda27560e01b815260040160405180910390fd5b5f602082840312156111a9575f5ffd5b81356001600160e01b03198116811461116a575f5ffd5b80356001600160a01b03811681146111d6575f5ffd5b919050565b5f5f604083850312156111ec575f5ffd5b6111f5836111c0565b946020939093013593505050565b5f60208284031215611213575f5ffd5b5035919050565b5f6020828403121561122a575f5ffd5b61116a826111c0565b5f5f60408385031215611244575f5ffd5b82359150611254602084016111c0565b90509250929050565b634e487b7160e01b5f52604160045260245ffd5b5f5f60408385031215611282575f5ffd5b61128b836111c0565b9150602083013567ffffffffffffffff8111156112a6575f5ffd5b8301601f810185136112b6575f5ffd5b803567ffffffffffffffff8111156112d0576112d061125d565b604051601f8201601f19908116603f0116810167ffffffffffffffff811182821017156112ff576112ff61125d565b604052818152828201602001871015611316575f5ffd5b816020840160208301375f602083830101528093505050509250929050565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b5f5f5f6060848603121561137c575f5ffd5b611385846111c0565b9250611393602085016111c0565b91506113a1604085016111c0565b90509250925092565b5f5f604083850312156113bb575f5ffd5b6113c4836111c0565b9150602083013580151581146113d8575f5ffd5b809150509250929050565b634e487b7160e01b5f52601160045260245ffd5b808201808211156104d8576104d86113e3565b818103818111156104d8576104d86113e3565b5f6020828403121561142d575f5ffd5b5051919050565b5f82518060208501845e5f92019182525091905056fee2b7fb3b832174769106daebcfd6d1970523240dda11281102db9363b83b0dc4360894a13ba1a3210667c828492db98dca3e2076cc3735a920a3ca505d382bbc55435dd261a4b9b3364963f7738a7a662ad9c84396d64be3365284bb7f0a5041a2646970667358221220fc6bf88e08089a8199418d164dc3dd6d12fbb7020d15c821caf91d72ad94c01964736f6c634300081e0033",
}

// BridgeVaultV2AdminRelease is an auto generated Go binding around an Ethereum contract.
type BridgeVaultV2AdminRelease struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *BridgeVaultV2AdminRelease) GetABI() abi.ABI {
	return c.abi
}

// NewBridgeVaultV2AdminRelease creates a new instance of BridgeVaultV2AdminRelease.
func NewBridgeVaultV2AdminRelease() *BridgeVaultV2AdminRelease {
	parsed, err := BridgeVaultV2AdminReleaseMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &BridgeVaultV2AdminRelease{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *BridgeVaultV2AdminRelease) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackDEFAULTADMINROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa217fddf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (bridgeVaultV2AdminRelease *BridgeVaultV2AdminRelease) PackDEFAULTADMINROLE() []byte {
	enc, err := bridgeVaultV2AdminRelease.abi.Pack("DEFAULT_ADMIN_ROLE")
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
func (bridgeVaultV2AdminRelease *BridgeVaultV2AdminRelease) TryPackDEFAULTADMINROLE() ([]byte, error) {
	return bridgeVaultV2AdminRelease.abi.Pack("DEFAULT_ADMIN_ROLE")
}

// UnpackDEFAULTADMINROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (bridgeVaultV2AdminRelease *BridgeVaultV2AdminRelease) UnpackDEFAULTADMINROLE(data []byte) ([32]byte, error) {
	out, err := bridgeVaultV2AdminRelease.abi.Unpack("DEFAULT_ADMIN_ROLE", data)
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
func (bridgeVaultV2AdminRelease *BridgeVaultV2AdminRelease) PackGUARDIANROLE() []byte {
	enc, err := bridgeVaultV2AdminRelease.abi.Pack("GUARDIAN_ROLE")
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
func (bridgeVaultV2AdminRelease *BridgeVaultV2AdminRelease) TryPackGUARDIANROLE() ([]byte, error) {
	return bridgeVaultV2AdminRelease.abi.Pack("GUARDIAN_ROLE")
}

// UnpackGUARDIANROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x24ea54f4.
//
// Solidity: function GUARDIAN_ROLE() view returns(bytes32)
func (bridgeVaultV2AdminRelease *BridgeVaultV2AdminRelease) UnpackGUARDIANROLE(data []byte) ([32]byte, error) {
	out, err := bridgeVaultV2AdminRelease.abi.Unpack("GUARDIAN_ROLE", data)
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
func (bridgeVaultV2AdminRelease *BridgeVaultV2AdminRelease) PackRELAYERROLE() []byte {
	enc, err := bridgeVaultV2AdminRelease.abi.Pack("RELAYER_ROLE")
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
func (bridgeVaultV2AdminRelease *BridgeVaultV2AdminRelease) TryPackRELAYERROLE() ([]byte, error) {
	return bridgeVaultV2AdminRelease.abi.Pack("RELAYER_ROLE")
}

// UnpackRELAYERROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x926d7d7f.
//
// Solidity: function RELAYER_ROLE() view returns(bytes32)
func (bridgeVaultV2AdminRelease *BridgeVaultV2AdminRelease) UnpackRELAYERROLE(data []byte) ([32]byte, error) {
	out, err := bridgeVaultV2AdminRelease.abi.Unpack("RELAYER_ROLE", data)
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
func (bridgeVaultV2AdminRelease *BridgeVaultV2AdminRelease) PackUPGRADERROLE() []byte {
	enc, err := bridgeVaultV2AdminRelease.abi.Pack("UPGRADER_ROLE")
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
func (bridgeVaultV2AdminRelease *BridgeVaultV2AdminRelease) TryPackUPGRADERROLE() ([]byte, error) {
	return bridgeVaultV2AdminRelease.abi.Pack("UPGRADER_ROLE")
}

// UnpackUPGRADERROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf72c0d8b.
//
// Solidity: function UPGRADER_ROLE() view returns(bytes32)
func (bridgeVaultV2AdminRelease *BridgeVaultV2AdminRelease) UnpackUPGRADERROLE(data []byte) ([32]byte, error) {
	out, err := bridgeVaultV2AdminRelease.abi.Unpack("UPGRADER_ROLE", data)
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
func (bridgeVaultV2AdminRelease *BridgeVaultV2AdminRelease) PackUPGRADEINTERFACEVERSION() []byte {
	enc, err := bridgeVaultV2AdminRelease.abi.Pack("UPGRADE_INTERFACE_VERSION")
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
func (bridgeVaultV2AdminRelease *BridgeVaultV2AdminRelease) TryPackUPGRADEINTERFACEVERSION() ([]byte, error) {
	return bridgeVaultV2AdminRelease.abi.Pack("UPGRADE_INTERFACE_VERSION")
}

// UnpackUPGRADEINTERFACEVERSION is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xad3cb1cc.
//
// Solidity: function UPGRADE_INTERFACE_VERSION() view returns(string)
func (bridgeVaultV2AdminRelease *BridgeVaultV2AdminRelease) UnpackUPGRADEINTERFACEVERSION(data []byte) (string, error) {
	out, err := bridgeVaultV2AdminRelease.abi.Unpack("UPGRADE_INTERFACE_VERSION", data)
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
func (bridgeVaultV2AdminRelease *BridgeVaultV2AdminRelease) PackBalances(arg0 common.Address) []byte {
	enc, err := bridgeVaultV2AdminRelease.abi.Pack("balances", arg0)
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
func (bridgeVaultV2AdminRelease *BridgeVaultV2AdminRelease) TryPackBalances(arg0 common.Address) ([]byte, error) {
	return bridgeVaultV2AdminRelease.abi.Pack("balances", arg0)
}

// UnpackBalances is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x27e235e3.
//
// Solidity: function balances(address ) view returns(uint256)
func (bridgeVaultV2AdminRelease *BridgeVaultV2AdminRelease) UnpackBalances(data []byte) (*big.Int, error) {
	out, err := bridgeVaultV2AdminRelease.abi.Unpack("balances", data)
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
func (bridgeVaultV2AdminRelease *BridgeVaultV2AdminRelease) PackDeposit() []byte {
	enc, err := bridgeVaultV2AdminRelease.abi.Pack("deposit")
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
func (bridgeVaultV2AdminRelease *BridgeVaultV2AdminRelease) TryPackDeposit() ([]byte, error) {
	return bridgeVaultV2AdminRelease.abi.Pack("deposit")
}

// PackGetRoleAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x248a9ca3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (bridgeVaultV2AdminRelease *BridgeVaultV2AdminRelease) PackGetRoleAdmin(role [32]byte) []byte {
	enc, err := bridgeVaultV2AdminRelease.abi.Pack("getRoleAdmin", role)
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
func (bridgeVaultV2AdminRelease *BridgeVaultV2AdminRelease) TryPackGetRoleAdmin(role [32]byte) ([]byte, error) {
	return bridgeVaultV2AdminRelease.abi.Pack("getRoleAdmin", role)
}

// UnpackGetRoleAdmin is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (bridgeVaultV2AdminRelease *BridgeVaultV2AdminRelease) UnpackGetRoleAdmin(data []byte) ([32]byte, error) {
	out, err := bridgeVaultV2AdminRelease.abi.Unpack("getRoleAdmin", data)
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
func (bridgeVaultV2AdminRelease *BridgeVaultV2AdminRelease) PackGrantRole(role [32]byte, account common.Address) []byte {
	enc, err := bridgeVaultV2AdminRelease.abi.Pack("grantRole", role, account)
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
func (bridgeVaultV2AdminRelease *BridgeVaultV2AdminRelease) TryPackGrantRole(role [32]byte, account common.Address) ([]byte, error) {
	return bridgeVaultV2AdminRelease.abi.Pack("grantRole", role, account)
}

// PackHasRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91d14854.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (bridgeVaultV2AdminRelease *BridgeVaultV2AdminRelease) PackHasRole(role [32]byte, account common.Address) []byte {
	enc, err := bridgeVaultV2AdminRelease.abi.Pack("hasRole", role, account)
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
func (bridgeVaultV2AdminRelease *BridgeVaultV2AdminRelease) TryPackHasRole(role [32]byte, account common.Address) ([]byte, error) {
	return bridgeVaultV2AdminRelease.abi.Pack("hasRole", role, account)
}

// UnpackHasRole is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (bridgeVaultV2AdminRelease *BridgeVaultV2AdminRelease) UnpackHasRole(data []byte) (bool, error) {
	out, err := bridgeVaultV2AdminRelease.abi.Unpack("hasRole", data)
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
func (bridgeVaultV2AdminRelease *BridgeVaultV2AdminRelease) PackInitialize(admin common.Address, guardian common.Address, relayer common.Address) []byte {
	enc, err := bridgeVaultV2AdminRelease.abi.Pack("initialize", admin, guardian, relayer)
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
func (bridgeVaultV2AdminRelease *BridgeVaultV2AdminRelease) TryPackInitialize(admin common.Address, guardian common.Address, relayer common.Address) ([]byte, error) {
	return bridgeVaultV2AdminRelease.abi.Pack("initialize", admin, guardian, relayer)
}

// PackPause is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8456cb59.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function pause() returns()
func (bridgeVaultV2AdminRelease *BridgeVaultV2AdminRelease) PackPause() []byte {
	enc, err := bridgeVaultV2AdminRelease.abi.Pack("pause")
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
func (bridgeVaultV2AdminRelease *BridgeVaultV2AdminRelease) TryPackPause() ([]byte, error) {
	return bridgeVaultV2AdminRelease.abi.Pack("pause")
}

// PackPaused is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5c975abb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function paused() view returns(bool)
func (bridgeVaultV2AdminRelease *BridgeVaultV2AdminRelease) PackPaused() []byte {
	enc, err := bridgeVaultV2AdminRelease.abi.Pack("paused")
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
func (bridgeVaultV2AdminRelease *BridgeVaultV2AdminRelease) TryPackPaused() ([]byte, error) {
	return bridgeVaultV2AdminRelease.abi.Pack("paused")
}

// UnpackPaused is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5c975abb.
//
// Solidity: function paused() view returns(bool)
func (bridgeVaultV2AdminRelease *BridgeVaultV2AdminRelease) UnpackPaused(data []byte) (bool, error) {
	out, err := bridgeVaultV2AdminRelease.abi.Unpack("paused", data)
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
func (bridgeVaultV2AdminRelease *BridgeVaultV2AdminRelease) PackProxiableUUID() []byte {
	enc, err := bridgeVaultV2AdminRelease.abi.Pack("proxiableUUID")
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
func (bridgeVaultV2AdminRelease *BridgeVaultV2AdminRelease) TryPackProxiableUUID() ([]byte, error) {
	return bridgeVaultV2AdminRelease.abi.Pack("proxiableUUID")
}

// UnpackProxiableUUID is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x52d1902d.
//
// Solidity: function proxiableUUID() view returns(bytes32)
func (bridgeVaultV2AdminRelease *BridgeVaultV2AdminRelease) UnpackProxiableUUID(data []byte) ([32]byte, error) {
	out, err := bridgeVaultV2AdminRelease.abi.Unpack("proxiableUUID", data)
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
func (bridgeVaultV2AdminRelease *BridgeVaultV2AdminRelease) PackRelease(to common.Address, amount *big.Int) []byte {
	enc, err := bridgeVaultV2AdminRelease.abi.Pack("release", to, amount)
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
func (bridgeVaultV2AdminRelease *BridgeVaultV2AdminRelease) TryPackRelease(to common.Address, amount *big.Int) ([]byte, error) {
	return bridgeVaultV2AdminRelease.abi.Pack("release", to, amount)
}

// PackRenounceRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x36568abe.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (bridgeVaultV2AdminRelease *BridgeVaultV2AdminRelease) PackRenounceRole(role [32]byte, callerConfirmation common.Address) []byte {
	enc, err := bridgeVaultV2AdminRelease.abi.Pack("renounceRole", role, callerConfirmation)
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
func (bridgeVaultV2AdminRelease *BridgeVaultV2AdminRelease) TryPackRenounceRole(role [32]byte, callerConfirmation common.Address) ([]byte, error) {
	return bridgeVaultV2AdminRelease.abi.Pack("renounceRole", role, callerConfirmation)
}

// PackRevokeRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd547741f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (bridgeVaultV2AdminRelease *BridgeVaultV2AdminRelease) PackRevokeRole(role [32]byte, account common.Address) []byte {
	enc, err := bridgeVaultV2AdminRelease.abi.Pack("revokeRole", role, account)
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
func (bridgeVaultV2AdminRelease *BridgeVaultV2AdminRelease) TryPackRevokeRole(role [32]byte, account common.Address) ([]byte, error) {
	return bridgeVaultV2AdminRelease.abi.Pack("revokeRole", role, account)
}

// PackSetRelayer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xecd8dc3a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setRelayer(address relayer, bool allowed) returns()
func (bridgeVaultV2AdminRelease *BridgeVaultV2AdminRelease) PackSetRelayer(relayer common.Address, allowed bool) []byte {
	enc, err := bridgeVaultV2AdminRelease.abi.Pack("setRelayer", relayer, allowed)
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
func (bridgeVaultV2AdminRelease *BridgeVaultV2AdminRelease) TryPackSetRelayer(relayer common.Address, allowed bool) ([]byte, error) {
	return bridgeVaultV2AdminRelease.abi.Pack("setRelayer", relayer, allowed)
}

// PackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (bridgeVaultV2AdminRelease *BridgeVaultV2AdminRelease) PackSupportsInterface(interfaceId [4]byte) []byte {
	enc, err := bridgeVaultV2AdminRelease.abi.Pack("supportsInterface", interfaceId)
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
func (bridgeVaultV2AdminRelease *BridgeVaultV2AdminRelease) TryPackSupportsInterface(interfaceId [4]byte) ([]byte, error) {
	return bridgeVaultV2AdminRelease.abi.Pack("supportsInterface", interfaceId)
}

// UnpackSupportsInterface is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (bridgeVaultV2AdminRelease *BridgeVaultV2AdminRelease) UnpackSupportsInterface(data []byte) (bool, error) {
	out, err := bridgeVaultV2AdminRelease.abi.Unpack("supportsInterface", data)
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
func (bridgeVaultV2AdminRelease *BridgeVaultV2AdminRelease) PackTotalAssets() []byte {
	enc, err := bridgeVaultV2AdminRelease.abi.Pack("totalAssets")
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
func (bridgeVaultV2AdminRelease *BridgeVaultV2AdminRelease) TryPackTotalAssets() ([]byte, error) {
	return bridgeVaultV2AdminRelease.abi.Pack("totalAssets")
}

// UnpackTotalAssets is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x01e1d114.
//
// Solidity: function totalAssets() view returns(uint256)
func (bridgeVaultV2AdminRelease *BridgeVaultV2AdminRelease) UnpackTotalAssets(data []byte) (*big.Int, error) {
	out, err := bridgeVaultV2AdminRelease.abi.Unpack("totalAssets", data)
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
func (bridgeVaultV2AdminRelease *BridgeVaultV2AdminRelease) PackTotalDeposits() []byte {
	enc, err := bridgeVaultV2AdminRelease.abi.Pack("totalDeposits")
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
func (bridgeVaultV2AdminRelease *BridgeVaultV2AdminRelease) TryPackTotalDeposits() ([]byte, error) {
	return bridgeVaultV2AdminRelease.abi.Pack("totalDeposits")
}

// UnpackTotalDeposits is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7d882097.
//
// Solidity: function totalDeposits() view returns(uint256)
func (bridgeVaultV2AdminRelease *BridgeVaultV2AdminRelease) UnpackTotalDeposits(data []byte) (*big.Int, error) {
	out, err := bridgeVaultV2AdminRelease.abi.Unpack("totalDeposits", data)
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
func (bridgeVaultV2AdminRelease *BridgeVaultV2AdminRelease) PackTotalReleased() []byte {
	enc, err := bridgeVaultV2AdminRelease.abi.Pack("totalReleased")
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
func (bridgeVaultV2AdminRelease *BridgeVaultV2AdminRelease) TryPackTotalReleased() ([]byte, error) {
	return bridgeVaultV2AdminRelease.abi.Pack("totalReleased")
}

// UnpackTotalReleased is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe33b7de3.
//
// Solidity: function totalReleased() view returns(uint256)
func (bridgeVaultV2AdminRelease *BridgeVaultV2AdminRelease) UnpackTotalReleased(data []byte) (*big.Int, error) {
	out, err := bridgeVaultV2AdminRelease.abi.Unpack("totalReleased", data)
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
func (bridgeVaultV2AdminRelease *BridgeVaultV2AdminRelease) PackUnpause() []byte {
	enc, err := bridgeVaultV2AdminRelease.abi.Pack("unpause")
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
func (bridgeVaultV2AdminRelease *BridgeVaultV2AdminRelease) TryPackUnpause() ([]byte, error) {
	return bridgeVaultV2AdminRelease.abi.Pack("unpause")
}

// PackUpgradeToAndCall is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4f1ef286.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function upgradeToAndCall(address newImplementation, bytes data) payable returns()
func (bridgeVaultV2AdminRelease *BridgeVaultV2AdminRelease) PackUpgradeToAndCall(newImplementation common.Address, data []byte) []byte {
	enc, err := bridgeVaultV2AdminRelease.abi.Pack("upgradeToAndCall", newImplementation, data)
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
func (bridgeVaultV2AdminRelease *BridgeVaultV2AdminRelease) TryPackUpgradeToAndCall(newImplementation common.Address, data []byte) ([]byte, error) {
	return bridgeVaultV2AdminRelease.abi.Pack("upgradeToAndCall", newImplementation, data)
}

// PackVersion is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x54fd4d50.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function version() pure returns(string)
func (bridgeVaultV2AdminRelease *BridgeVaultV2AdminRelease) PackVersion() []byte {
	enc, err := bridgeVaultV2AdminRelease.abi.Pack("version")
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
func (bridgeVaultV2AdminRelease *BridgeVaultV2AdminRelease) TryPackVersion() ([]byte, error) {
	return bridgeVaultV2AdminRelease.abi.Pack("version")
}

// UnpackVersion is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x54fd4d50.
//
// Solidity: function version() pure returns(string)
func (bridgeVaultV2AdminRelease *BridgeVaultV2AdminRelease) UnpackVersion(data []byte) (string, error) {
	out, err := bridgeVaultV2AdminRelease.abi.Unpack("version", data)
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
func (bridgeVaultV2AdminRelease *BridgeVaultV2AdminRelease) PackWithdraw(amount *big.Int) []byte {
	enc, err := bridgeVaultV2AdminRelease.abi.Pack("withdraw", amount)
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
func (bridgeVaultV2AdminRelease *BridgeVaultV2AdminRelease) TryPackWithdraw(amount *big.Int) ([]byte, error) {
	return bridgeVaultV2AdminRelease.abi.Pack("withdraw", amount)
}

// BridgeVaultV2AdminReleaseDeposited represents a Deposited event raised by the BridgeVaultV2AdminRelease contract.
type BridgeVaultV2AdminReleaseDeposited struct {
	Account common.Address
	Amount  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const BridgeVaultV2AdminReleaseDepositedEventName = "Deposited"

// ContractEventName returns the user-defined event name.
func (BridgeVaultV2AdminReleaseDeposited) ContractEventName() string {
	return BridgeVaultV2AdminReleaseDepositedEventName
}

// UnpackDepositedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Deposited(address indexed account, uint256 amount)
func (bridgeVaultV2AdminRelease *BridgeVaultV2AdminRelease) UnpackDepositedEvent(log *types.Log) (*BridgeVaultV2AdminReleaseDeposited, error) {
	event := "Deposited"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != bridgeVaultV2AdminRelease.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(BridgeVaultV2AdminReleaseDeposited)
	if len(log.Data) > 0 {
		if err := bridgeVaultV2AdminRelease.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range bridgeVaultV2AdminRelease.abi.Events[event].Inputs {
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

// BridgeVaultV2AdminReleaseInitialized represents a Initialized event raised by the BridgeVaultV2AdminRelease contract.
type BridgeVaultV2AdminReleaseInitialized struct {
	Version uint64
	Raw     *types.Log // Blockchain specific contextual infos
}

const BridgeVaultV2AdminReleaseInitializedEventName = "Initialized"

// ContractEventName returns the user-defined event name.
func (BridgeVaultV2AdminReleaseInitialized) ContractEventName() string {
	return BridgeVaultV2AdminReleaseInitializedEventName
}

// UnpackInitializedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Initialized(uint64 version)
func (bridgeVaultV2AdminRelease *BridgeVaultV2AdminRelease) UnpackInitializedEvent(log *types.Log) (*BridgeVaultV2AdminReleaseInitialized, error) {
	event := "Initialized"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != bridgeVaultV2AdminRelease.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(BridgeVaultV2AdminReleaseInitialized)
	if len(log.Data) > 0 {
		if err := bridgeVaultV2AdminRelease.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range bridgeVaultV2AdminRelease.abi.Events[event].Inputs {
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

// BridgeVaultV2AdminReleasePaused represents a Paused event raised by the BridgeVaultV2AdminRelease contract.
type BridgeVaultV2AdminReleasePaused struct {
	Account common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const BridgeVaultV2AdminReleasePausedEventName = "Paused"

// ContractEventName returns the user-defined event name.
func (BridgeVaultV2AdminReleasePaused) ContractEventName() string {
	return BridgeVaultV2AdminReleasePausedEventName
}

// UnpackPausedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Paused(address account)
func (bridgeVaultV2AdminRelease *BridgeVaultV2AdminRelease) UnpackPausedEvent(log *types.Log) (*BridgeVaultV2AdminReleasePaused, error) {
	event := "Paused"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != bridgeVaultV2AdminRelease.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(BridgeVaultV2AdminReleasePaused)
	if len(log.Data) > 0 {
		if err := bridgeVaultV2AdminRelease.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range bridgeVaultV2AdminRelease.abi.Events[event].Inputs {
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

// BridgeVaultV2AdminReleaseRelayerSet represents a RelayerSet event raised by the BridgeVaultV2AdminRelease contract.
type BridgeVaultV2AdminReleaseRelayerSet struct {
	Relayer common.Address
	Allowed bool
	Raw     *types.Log // Blockchain specific contextual infos
}

const BridgeVaultV2AdminReleaseRelayerSetEventName = "RelayerSet"

// ContractEventName returns the user-defined event name.
func (BridgeVaultV2AdminReleaseRelayerSet) ContractEventName() string {
	return BridgeVaultV2AdminReleaseRelayerSetEventName
}

// UnpackRelayerSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RelayerSet(address indexed relayer, bool allowed)
func (bridgeVaultV2AdminRelease *BridgeVaultV2AdminRelease) UnpackRelayerSetEvent(log *types.Log) (*BridgeVaultV2AdminReleaseRelayerSet, error) {
	event := "RelayerSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != bridgeVaultV2AdminRelease.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(BridgeVaultV2AdminReleaseRelayerSet)
	if len(log.Data) > 0 {
		if err := bridgeVaultV2AdminRelease.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range bridgeVaultV2AdminRelease.abi.Events[event].Inputs {
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

// BridgeVaultV2AdminReleaseReleased represents a Released event raised by the BridgeVaultV2AdminRelease contract.
type BridgeVaultV2AdminReleaseReleased struct {
	Relayer common.Address
	To      common.Address
	Amount  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const BridgeVaultV2AdminReleaseReleasedEventName = "Released"

// ContractEventName returns the user-defined event name.
func (BridgeVaultV2AdminReleaseReleased) ContractEventName() string {
	return BridgeVaultV2AdminReleaseReleasedEventName
}

// UnpackReleasedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Released(address indexed relayer, address indexed to, uint256 amount)
func (bridgeVaultV2AdminRelease *BridgeVaultV2AdminRelease) UnpackReleasedEvent(log *types.Log) (*BridgeVaultV2AdminReleaseReleased, error) {
	event := "Released"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != bridgeVaultV2AdminRelease.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(BridgeVaultV2AdminReleaseReleased)
	if len(log.Data) > 0 {
		if err := bridgeVaultV2AdminRelease.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range bridgeVaultV2AdminRelease.abi.Events[event].Inputs {
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

// BridgeVaultV2AdminReleaseRoleAdminChanged represents a RoleAdminChanged event raised by the BridgeVaultV2AdminRelease contract.
type BridgeVaultV2AdminReleaseRoleAdminChanged struct {
	Role              [32]byte
	PreviousAdminRole [32]byte
	NewAdminRole      [32]byte
	Raw               *types.Log // Blockchain specific contextual infos
}

const BridgeVaultV2AdminReleaseRoleAdminChangedEventName = "RoleAdminChanged"

// ContractEventName returns the user-defined event name.
func (BridgeVaultV2AdminReleaseRoleAdminChanged) ContractEventName() string {
	return BridgeVaultV2AdminReleaseRoleAdminChangedEventName
}

// UnpackRoleAdminChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole)
func (bridgeVaultV2AdminRelease *BridgeVaultV2AdminRelease) UnpackRoleAdminChangedEvent(log *types.Log) (*BridgeVaultV2AdminReleaseRoleAdminChanged, error) {
	event := "RoleAdminChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != bridgeVaultV2AdminRelease.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(BridgeVaultV2AdminReleaseRoleAdminChanged)
	if len(log.Data) > 0 {
		if err := bridgeVaultV2AdminRelease.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range bridgeVaultV2AdminRelease.abi.Events[event].Inputs {
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

// BridgeVaultV2AdminReleaseRoleGranted represents a RoleGranted event raised by the BridgeVaultV2AdminRelease contract.
type BridgeVaultV2AdminReleaseRoleGranted struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const BridgeVaultV2AdminReleaseRoleGrantedEventName = "RoleGranted"

// ContractEventName returns the user-defined event name.
func (BridgeVaultV2AdminReleaseRoleGranted) ContractEventName() string {
	return BridgeVaultV2AdminReleaseRoleGrantedEventName
}

// UnpackRoleGrantedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)
func (bridgeVaultV2AdminRelease *BridgeVaultV2AdminRelease) UnpackRoleGrantedEvent(log *types.Log) (*BridgeVaultV2AdminReleaseRoleGranted, error) {
	event := "RoleGranted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != bridgeVaultV2AdminRelease.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(BridgeVaultV2AdminReleaseRoleGranted)
	if len(log.Data) > 0 {
		if err := bridgeVaultV2AdminRelease.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range bridgeVaultV2AdminRelease.abi.Events[event].Inputs {
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

// BridgeVaultV2AdminReleaseRoleRevoked represents a RoleRevoked event raised by the BridgeVaultV2AdminRelease contract.
type BridgeVaultV2AdminReleaseRoleRevoked struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const BridgeVaultV2AdminReleaseRoleRevokedEventName = "RoleRevoked"

// ContractEventName returns the user-defined event name.
func (BridgeVaultV2AdminReleaseRoleRevoked) ContractEventName() string {
	return BridgeVaultV2AdminReleaseRoleRevokedEventName
}

// UnpackRoleRevokedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender)
func (bridgeVaultV2AdminRelease *BridgeVaultV2AdminRelease) UnpackRoleRevokedEvent(log *types.Log) (*BridgeVaultV2AdminReleaseRoleRevoked, error) {
	event := "RoleRevoked"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != bridgeVaultV2AdminRelease.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(BridgeVaultV2AdminReleaseRoleRevoked)
	if len(log.Data) > 0 {
		if err := bridgeVaultV2AdminRelease.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range bridgeVaultV2AdminRelease.abi.Events[event].Inputs {
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

// BridgeVaultV2AdminReleaseUnpaused represents a Unpaused event raised by the BridgeVaultV2AdminRelease contract.
type BridgeVaultV2AdminReleaseUnpaused struct {
	Account common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const BridgeVaultV2AdminReleaseUnpausedEventName = "Unpaused"

// ContractEventName returns the user-defined event name.
func (BridgeVaultV2AdminReleaseUnpaused) ContractEventName() string {
	return BridgeVaultV2AdminReleaseUnpausedEventName
}

// UnpackUnpausedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Unpaused(address account)
func (bridgeVaultV2AdminRelease *BridgeVaultV2AdminRelease) UnpackUnpausedEvent(log *types.Log) (*BridgeVaultV2AdminReleaseUnpaused, error) {
	event := "Unpaused"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != bridgeVaultV2AdminRelease.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(BridgeVaultV2AdminReleaseUnpaused)
	if len(log.Data) > 0 {
		if err := bridgeVaultV2AdminRelease.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range bridgeVaultV2AdminRelease.abi.Events[event].Inputs {
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

// BridgeVaultV2AdminReleaseUpgraded represents a Upgraded event raised by the BridgeVaultV2AdminRelease contract.
type BridgeVaultV2AdminReleaseUpgraded struct {
	Implementation common.Address
	Raw            *types.Log // Blockchain specific contextual infos
}

const BridgeVaultV2AdminReleaseUpgradedEventName = "Upgraded"

// ContractEventName returns the user-defined event name.
func (BridgeVaultV2AdminReleaseUpgraded) ContractEventName() string {
	return BridgeVaultV2AdminReleaseUpgradedEventName
}

// UnpackUpgradedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Upgraded(address indexed implementation)
func (bridgeVaultV2AdminRelease *BridgeVaultV2AdminRelease) UnpackUpgradedEvent(log *types.Log) (*BridgeVaultV2AdminReleaseUpgraded, error) {
	event := "Upgraded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != bridgeVaultV2AdminRelease.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(BridgeVaultV2AdminReleaseUpgraded)
	if len(log.Data) > 0 {
		if err := bridgeVaultV2AdminRelease.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range bridgeVaultV2AdminRelease.abi.Events[event].Inputs {
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

// BridgeVaultV2AdminReleaseWithdrawn represents a Withdrawn event raised by the BridgeVaultV2AdminRelease contract.
type BridgeVaultV2AdminReleaseWithdrawn struct {
	Account common.Address
	Amount  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const BridgeVaultV2AdminReleaseWithdrawnEventName = "Withdrawn"

// ContractEventName returns the user-defined event name.
func (BridgeVaultV2AdminReleaseWithdrawn) ContractEventName() string {
	return BridgeVaultV2AdminReleaseWithdrawnEventName
}

// UnpackWithdrawnEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Withdrawn(address indexed account, uint256 amount)
func (bridgeVaultV2AdminRelease *BridgeVaultV2AdminRelease) UnpackWithdrawnEvent(log *types.Log) (*BridgeVaultV2AdminReleaseWithdrawn, error) {
	event := "Withdrawn"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != bridgeVaultV2AdminRelease.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(BridgeVaultV2AdminReleaseWithdrawn)
	if len(log.Data) > 0 {
		if err := bridgeVaultV2AdminRelease.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range bridgeVaultV2AdminRelease.abi.Events[event].Inputs {
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
func (bridgeVaultV2AdminRelease *BridgeVaultV2AdminRelease) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], bridgeVaultV2AdminRelease.abi.Errors["AccessControlBadConfirmation"].ID.Bytes()[:4]) {
		return bridgeVaultV2AdminRelease.UnpackAccessControlBadConfirmationError(raw[4:])
	}
	if bytes.Equal(raw[:4], bridgeVaultV2AdminRelease.abi.Errors["AccessControlUnauthorizedAccount"].ID.Bytes()[:4]) {
		return bridgeVaultV2AdminRelease.UnpackAccessControlUnauthorizedAccountError(raw[4:])
	}
	if bytes.Equal(raw[:4], bridgeVaultV2AdminRelease.abi.Errors["AddressEmptyCode"].ID.Bytes()[:4]) {
		return bridgeVaultV2AdminRelease.UnpackAddressEmptyCodeError(raw[4:])
	}
	if bytes.Equal(raw[:4], bridgeVaultV2AdminRelease.abi.Errors["ERC1967InvalidImplementation"].ID.Bytes()[:4]) {
		return bridgeVaultV2AdminRelease.UnpackERC1967InvalidImplementationError(raw[4:])
	}
	if bytes.Equal(raw[:4], bridgeVaultV2AdminRelease.abi.Errors["ERC1967NonPayable"].ID.Bytes()[:4]) {
		return bridgeVaultV2AdminRelease.UnpackERC1967NonPayableError(raw[4:])
	}
	if bytes.Equal(raw[:4], bridgeVaultV2AdminRelease.abi.Errors["EnforcedPause"].ID.Bytes()[:4]) {
		return bridgeVaultV2AdminRelease.UnpackEnforcedPauseError(raw[4:])
	}
	if bytes.Equal(raw[:4], bridgeVaultV2AdminRelease.abi.Errors["ExpectedPause"].ID.Bytes()[:4]) {
		return bridgeVaultV2AdminRelease.UnpackExpectedPauseError(raw[4:])
	}
	if bytes.Equal(raw[:4], bridgeVaultV2AdminRelease.abi.Errors["FailedCall"].ID.Bytes()[:4]) {
		return bridgeVaultV2AdminRelease.UnpackFailedCallError(raw[4:])
	}
	if bytes.Equal(raw[:4], bridgeVaultV2AdminRelease.abi.Errors["InvalidInitialization"].ID.Bytes()[:4]) {
		return bridgeVaultV2AdminRelease.UnpackInvalidInitializationError(raw[4:])
	}
	if bytes.Equal(raw[:4], bridgeVaultV2AdminRelease.abi.Errors["NotInitializing"].ID.Bytes()[:4]) {
		return bridgeVaultV2AdminRelease.UnpackNotInitializingError(raw[4:])
	}
	if bytes.Equal(raw[:4], bridgeVaultV2AdminRelease.abi.Errors["UUPSUnauthorizedCallContext"].ID.Bytes()[:4]) {
		return bridgeVaultV2AdminRelease.UnpackUUPSUnauthorizedCallContextError(raw[4:])
	}
	if bytes.Equal(raw[:4], bridgeVaultV2AdminRelease.abi.Errors["UUPSUnsupportedProxiableUUID"].ID.Bytes()[:4]) {
		return bridgeVaultV2AdminRelease.UnpackUUPSUnsupportedProxiableUUIDError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// BridgeVaultV2AdminReleaseAccessControlBadConfirmation represents a AccessControlBadConfirmation error raised by the BridgeVaultV2AdminRelease contract.
type BridgeVaultV2AdminReleaseAccessControlBadConfirmation struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlBadConfirmation()
func BridgeVaultV2AdminReleaseAccessControlBadConfirmationErrorID() common.Hash {
	return common.HexToHash("0x6697b23232a647058342c0724fe7c415cab25915b54e5dbc03f233173d37b41c")
}

// UnpackAccessControlBadConfirmationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlBadConfirmation()
func (bridgeVaultV2AdminRelease *BridgeVaultV2AdminRelease) UnpackAccessControlBadConfirmationError(raw []byte) (*BridgeVaultV2AdminReleaseAccessControlBadConfirmation, error) {
	out := new(BridgeVaultV2AdminReleaseAccessControlBadConfirmation)
	if err := bridgeVaultV2AdminRelease.abi.UnpackIntoInterface(out, "AccessControlBadConfirmation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BridgeVaultV2AdminReleaseAccessControlUnauthorizedAccount represents a AccessControlUnauthorizedAccount error raised by the BridgeVaultV2AdminRelease contract.
type BridgeVaultV2AdminReleaseAccessControlUnauthorizedAccount struct {
	Account    common.Address
	NeededRole [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func BridgeVaultV2AdminReleaseAccessControlUnauthorizedAccountErrorID() common.Hash {
	return common.HexToHash("0xe2517d3fbfae6f8515ef5ff1ccedc3933ab0cbbda0b492c06eb54ad10ef03b3e")
}

// UnpackAccessControlUnauthorizedAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func (bridgeVaultV2AdminRelease *BridgeVaultV2AdminRelease) UnpackAccessControlUnauthorizedAccountError(raw []byte) (*BridgeVaultV2AdminReleaseAccessControlUnauthorizedAccount, error) {
	out := new(BridgeVaultV2AdminReleaseAccessControlUnauthorizedAccount)
	if err := bridgeVaultV2AdminRelease.abi.UnpackIntoInterface(out, "AccessControlUnauthorizedAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BridgeVaultV2AdminReleaseAddressEmptyCode represents a AddressEmptyCode error raised by the BridgeVaultV2AdminRelease contract.
type BridgeVaultV2AdminReleaseAddressEmptyCode struct {
	Target common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AddressEmptyCode(address target)
func BridgeVaultV2AdminReleaseAddressEmptyCodeErrorID() common.Hash {
	return common.HexToHash("0x9996b315c842ff135b8fc4a08ad5df1c344efbc03d2687aecc0678050d2aac89")
}

// UnpackAddressEmptyCodeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AddressEmptyCode(address target)
func (bridgeVaultV2AdminRelease *BridgeVaultV2AdminRelease) UnpackAddressEmptyCodeError(raw []byte) (*BridgeVaultV2AdminReleaseAddressEmptyCode, error) {
	out := new(BridgeVaultV2AdminReleaseAddressEmptyCode)
	if err := bridgeVaultV2AdminRelease.abi.UnpackIntoInterface(out, "AddressEmptyCode", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BridgeVaultV2AdminReleaseERC1967InvalidImplementation represents a ERC1967InvalidImplementation error raised by the BridgeVaultV2AdminRelease contract.
type BridgeVaultV2AdminReleaseERC1967InvalidImplementation struct {
	Implementation common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC1967InvalidImplementation(address implementation)
func BridgeVaultV2AdminReleaseERC1967InvalidImplementationErrorID() common.Hash {
	return common.HexToHash("0x4c9c8ce3ceb3130f17f7cdba48d89b5b0129f266a8bac114e6e315a41879b617")
}

// UnpackERC1967InvalidImplementationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC1967InvalidImplementation(address implementation)
func (bridgeVaultV2AdminRelease *BridgeVaultV2AdminRelease) UnpackERC1967InvalidImplementationError(raw []byte) (*BridgeVaultV2AdminReleaseERC1967InvalidImplementation, error) {
	out := new(BridgeVaultV2AdminReleaseERC1967InvalidImplementation)
	if err := bridgeVaultV2AdminRelease.abi.UnpackIntoInterface(out, "ERC1967InvalidImplementation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BridgeVaultV2AdminReleaseERC1967NonPayable represents a ERC1967NonPayable error raised by the BridgeVaultV2AdminRelease contract.
type BridgeVaultV2AdminReleaseERC1967NonPayable struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC1967NonPayable()
func BridgeVaultV2AdminReleaseERC1967NonPayableErrorID() common.Hash {
	return common.HexToHash("0xb398979fa84f543c8e222f17890372c487baf85e062276c127fef521eea7224b")
}

// UnpackERC1967NonPayableError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC1967NonPayable()
func (bridgeVaultV2AdminRelease *BridgeVaultV2AdminRelease) UnpackERC1967NonPayableError(raw []byte) (*BridgeVaultV2AdminReleaseERC1967NonPayable, error) {
	out := new(BridgeVaultV2AdminReleaseERC1967NonPayable)
	if err := bridgeVaultV2AdminRelease.abi.UnpackIntoInterface(out, "ERC1967NonPayable", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BridgeVaultV2AdminReleaseEnforcedPause represents a EnforcedPause error raised by the BridgeVaultV2AdminRelease contract.
type BridgeVaultV2AdminReleaseEnforcedPause struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EnforcedPause()
func BridgeVaultV2AdminReleaseEnforcedPauseErrorID() common.Hash {
	return common.HexToHash("0xd93c0665d6c96d04a8f174024fc4ddd66c250604aff22bbec808de86dd3637e3")
}

// UnpackEnforcedPauseError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EnforcedPause()
func (bridgeVaultV2AdminRelease *BridgeVaultV2AdminRelease) UnpackEnforcedPauseError(raw []byte) (*BridgeVaultV2AdminReleaseEnforcedPause, error) {
	out := new(BridgeVaultV2AdminReleaseEnforcedPause)
	if err := bridgeVaultV2AdminRelease.abi.UnpackIntoInterface(out, "EnforcedPause", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BridgeVaultV2AdminReleaseExpectedPause represents a ExpectedPause error raised by the BridgeVaultV2AdminRelease contract.
type BridgeVaultV2AdminReleaseExpectedPause struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ExpectedPause()
func BridgeVaultV2AdminReleaseExpectedPauseErrorID() common.Hash {
	return common.HexToHash("0x8dfc202bcfe9a735b559bee70674422512bc5c30f687046ae8778315fb81da44")
}

// UnpackExpectedPauseError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ExpectedPause()
func (bridgeVaultV2AdminRelease *BridgeVaultV2AdminRelease) UnpackExpectedPauseError(raw []byte) (*BridgeVaultV2AdminReleaseExpectedPause, error) {
	out := new(BridgeVaultV2AdminReleaseExpectedPause)
	if err := bridgeVaultV2AdminRelease.abi.UnpackIntoInterface(out, "ExpectedPause", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BridgeVaultV2AdminReleaseFailedCall represents a FailedCall error raised by the BridgeVaultV2AdminRelease contract.
type BridgeVaultV2AdminReleaseFailedCall struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error FailedCall()
func BridgeVaultV2AdminReleaseFailedCallErrorID() common.Hash {
	return common.HexToHash("0xd6bda27508c0fb6d8a39b4b122878dab26f731a7d4e4abe711dd3731899052a4")
}

// UnpackFailedCallError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error FailedCall()
func (bridgeVaultV2AdminRelease *BridgeVaultV2AdminRelease) UnpackFailedCallError(raw []byte) (*BridgeVaultV2AdminReleaseFailedCall, error) {
	out := new(BridgeVaultV2AdminReleaseFailedCall)
	if err := bridgeVaultV2AdminRelease.abi.UnpackIntoInterface(out, "FailedCall", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BridgeVaultV2AdminReleaseInvalidInitialization represents a InvalidInitialization error raised by the BridgeVaultV2AdminRelease contract.
type BridgeVaultV2AdminReleaseInvalidInitialization struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidInitialization()
func BridgeVaultV2AdminReleaseInvalidInitializationErrorID() common.Hash {
	return common.HexToHash("0xf92ee8a957075833165f68c320933b1a1294aafc84ee6e0dd3fb178008f9aaf5")
}

// UnpackInvalidInitializationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidInitialization()
func (bridgeVaultV2AdminRelease *BridgeVaultV2AdminRelease) UnpackInvalidInitializationError(raw []byte) (*BridgeVaultV2AdminReleaseInvalidInitialization, error) {
	out := new(BridgeVaultV2AdminReleaseInvalidInitialization)
	if err := bridgeVaultV2AdminRelease.abi.UnpackIntoInterface(out, "InvalidInitialization", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BridgeVaultV2AdminReleaseNotInitializing represents a NotInitializing error raised by the BridgeVaultV2AdminRelease contract.
type BridgeVaultV2AdminReleaseNotInitializing struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotInitializing()
func BridgeVaultV2AdminReleaseNotInitializingErrorID() common.Hash {
	return common.HexToHash("0xd7e6bcf8597daa127dc9f0048d2f08d5ef140a2cb659feabd700beff1f7a8302")
}

// UnpackNotInitializingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotInitializing()
func (bridgeVaultV2AdminRelease *BridgeVaultV2AdminRelease) UnpackNotInitializingError(raw []byte) (*BridgeVaultV2AdminReleaseNotInitializing, error) {
	out := new(BridgeVaultV2AdminReleaseNotInitializing)
	if err := bridgeVaultV2AdminRelease.abi.UnpackIntoInterface(out, "NotInitializing", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BridgeVaultV2AdminReleaseUUPSUnauthorizedCallContext represents a UUPSUnauthorizedCallContext error raised by the BridgeVaultV2AdminRelease contract.
type BridgeVaultV2AdminReleaseUUPSUnauthorizedCallContext struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UUPSUnauthorizedCallContext()
func BridgeVaultV2AdminReleaseUUPSUnauthorizedCallContextErrorID() common.Hash {
	return common.HexToHash("0xe07c8dba242a06571ac65fe4bbe20522c9fb111cb33599b799ff8039c1ed18f4")
}

// UnpackUUPSUnauthorizedCallContextError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UUPSUnauthorizedCallContext()
func (bridgeVaultV2AdminRelease *BridgeVaultV2AdminRelease) UnpackUUPSUnauthorizedCallContextError(raw []byte) (*BridgeVaultV2AdminReleaseUUPSUnauthorizedCallContext, error) {
	out := new(BridgeVaultV2AdminReleaseUUPSUnauthorizedCallContext)
	if err := bridgeVaultV2AdminRelease.abi.UnpackIntoInterface(out, "UUPSUnauthorizedCallContext", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BridgeVaultV2AdminReleaseUUPSUnsupportedProxiableUUID represents a UUPSUnsupportedProxiableUUID error raised by the BridgeVaultV2AdminRelease contract.
type BridgeVaultV2AdminReleaseUUPSUnsupportedProxiableUUID struct {
	Slot [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UUPSUnsupportedProxiableUUID(bytes32 slot)
func BridgeVaultV2AdminReleaseUUPSUnsupportedProxiableUUIDErrorID() common.Hash {
	return common.HexToHash("0xaa1d49a4c084bfa9aeeee2a0be65267a7f19ba7e1476b114dac513d2c14cb563")
}

// UnpackUUPSUnsupportedProxiableUUIDError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UUPSUnsupportedProxiableUUID(bytes32 slot)
func (bridgeVaultV2AdminRelease *BridgeVaultV2AdminRelease) UnpackUUPSUnsupportedProxiableUUIDError(raw []byte) (*BridgeVaultV2AdminReleaseUUPSUnsupportedProxiableUUID, error) {
	out := new(BridgeVaultV2AdminReleaseUUPSUnsupportedProxiableUUID)
	if err := bridgeVaultV2AdminRelease.abi.UnpackIntoInterface(out, "UUPSUnsupportedProxiableUUID", raw); err != nil {
		return nil, err
	}
	return out, nil
}
