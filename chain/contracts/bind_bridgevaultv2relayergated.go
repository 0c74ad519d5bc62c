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

// BridgeVaultV2RelayerGatedMetaData contains all meta data concerning the BridgeVaultV2RelayerGated contract.
var BridgeVaultV2RelayerGatedMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"AccessControlBadConfirmation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"neededRole\",\"type\":\"bytes32\"}],\"name\":\"AccessControlUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"}],\"name\":\"AddressEmptyCode\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"implementation\",\"type\":\"address\"}],\"name\":\"ERC1967InvalidImplementation\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ERC1967NonPayable\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"EnforcedPause\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ExpectedPause\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"FailedCall\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidInitialization\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotInitializing\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"UUPSUnauthorizedCallContext\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"slot\",\"type\":\"bytes32\"}],\"name\":\"UUPSUnsupportedProxiableUUID\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Deposited\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"version\",\"type\":\"uint64\"}],\"name\":\"Initialized\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"Paused\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"relayer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"allowed\",\"type\":\"bool\"}],\"name\":\"RelayerSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"relayer\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Released\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"previousAdminRole\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"newAdminRole\",\"type\":\"bytes32\"}],\"name\":\"RoleAdminChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleGranted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleRevoked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"Unpaused\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"implementation\",\"type\":\"address\"}],\"name\":\"Upgraded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Withdrawn\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"DEFAULT_ADMIN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"GUARDIAN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"RELAYER_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"UPGRADER_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"UPGRADE_INTERFACE_VERSION\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"balances\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"deposit\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"}],\"name\":\"getRoleAdmin\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"grantRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"hasRole\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"admin\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"guardian\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"relayer\",\"type\":\"address\"}],\"name\":\"initialize\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pause\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"paused\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"proxiableUUID\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"release\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"callerConfirmation\",\"type\":\"address\"}],\"name\":\"renounceRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"revokeRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"relayer\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"allowed\",\"type\":\"bool\"}],\"name\":\"setRelayer\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalAssets\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalDeposits\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalReleased\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"unpause\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newImplementation\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"upgradeToAndCall\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"version\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"withdraw\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "BridgeVaultV2RelayerGated",
	Bin: "0x60a060405230608052348015610013575f5ffd5b5061001c610021565b6100d3565b7ff0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a00805468010000000000000000900460ff16156100715760405163f92ee8a960e01b815260040160405180910390fd5b80546001600160401b03908116146100d05780546001600160401b0319166001600160401b0390811782556040519081527fc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d29060200160405180910390a15b50565b6080516114fc6100f95f395f8181610d5e01528181610d870152610ee801526114fc5ff3fe60806040526004361061017b575f3560e01c80635c975abb116100cd578063ad3cb1cc11610087578063d547741f11610062578063d547741f14610424578063e33b7de314610443578063ecd8dc3a14610458578063f72c0d8b14610477575f5ffd5b8063ad3cb1cc146103cd578063c0c53b8b146103fd578063d0e30db01461041c575f5ffd5b80635c975abb1461033b5780637d882097146103525780638456cb591461036757806391d148541461037b578063926d7d7f1461039a578063a217fddf146103ba575f5ffd5b80632e1a7d4d116101385780633f4ba83a116101135780633f4ba83a146102c65780634f1ef286146102da57806352d1902d146102ed57806354fd4d5014610301575f5ffd5b80632e1a7d4d146102695780632f2ff15d1461028857806336568abe146102a7575f5ffd5b806301e1d1141461017f57806301ffc9a7146101a05780630357371d146101cf578063248a9ca3146101f057806324ea54f41461021e57806327e235e31461023e575b5f5ffd5b34801561018a575f5ffd5b50475b6040519081526020015b60405180910390f35b3480156101ab575f5ffd5b506101bf6101ba3660046111b5565b6104aa565b6040519015158152602001610197565b3480156101da575f5ffd5b506101ee6101e93660046111f7565b6104e0565b005b3480156101fb575f5ffd5b5061018d61020a36600461121f565b5f9081526020819052604090206001015490565b348015610229575f5ffd5b5061018d5f5160206114a75f395f51905f5281565b348015610249575f5ffd5b5061018d610258366004611236565b60026020525f908152604090205481565b348015610274575f5ffd5b506101ee61028336600461121f565b610642565b348015610293575f5ffd5b506101ee6102a236600461124f565b61079f565b3480156102b2575f5ffd5b506101ee6102c136600461124f565b6107c3565b3480156102d1575f5ffd5b506101ee6107f6565b6101ee6102e836600461128d565b610818565b3480156102f8575f5ffd5b5061018d610837565b34801561030c575f5ffd5b506040805180820190915260098152681916b932b630bcb2b960b91b60208201525b6040516101979190611351565b348015610346575f5ffd5b5060015460ff166101bf565b34801561035d575f5ffd5b5061018d60035481565b348015610372575f5ffd5b506101ee610852565b348015610386575f5ffd5b506101bf61039536600461124f565b610871565b3480156103a5575f5ffd5b5061018d5f5160206114675f395f51905f5281565b3480156103c5575f5ffd5b5061018d5f81565b3480156103d8575f5ffd5b5061032e604051806040016040528060058152602001640352e302e360dc1b81525081565b348015610408575f5ffd5b506101ee610417366004611386565b610899565b6101ee610a60565b34801561042f575f5ffd5b506101ee61043e36600461124f565b610b18565b34801561044e575f5ffd5b5061018d60045481565b348015610463575f5ffd5b506101ee6104723660046113c6565b610b3c565b348015610482575f5ffd5b5061018d7f189ab7a9244df0848122154315af71fe140f3db0fe014031783b0946b8c9d2e381565b5f6001600160e01b03198216637965db0b60e01b14806104da57506301ffc9a760e01b6001600160e01b03198316145b92915050565b6104e8610bd9565b5f5160206114675f395f51905f526104ff81610bff565b6001600160a01b0383161580159061051657505f82115b6105555760405162461bcd60e51b815260206004820152600b60248201526a6261642072656c6561736560a81b60448201526064015b60405180910390fd5b8160045f8282546105669190611413565b90915550506040518281526001600160a01b0384169033907f2d87480f50083e2b2759522a8fdda59802650a8055e609a7772cf70c07748f529060200160405180910390a35f836001600160a01b0316836040515f6040518083038185875af1925050503d805f81146105f4576040519150601f19603f3d011682016040523d82523d5f602084013e6105f9565b606091505b505090508061063c5760405162461bcd60e51b815260206004820152600f60248201526e1d1c985b9cd9995c8819985a5b1959608a1b604482015260640161054c565b50505050565b61064a610bd9565b335f9081526002602052604090205481158015906106685750808211155b6106ab5760405162461bcd60e51b8152602060048201526014602482015273696e73756666696369656e742062616c616e636560601b604482015260640161054c565b6106b58282611426565b335f90815260026020526040812091909155600380548492906106d9908490611426565b909155505060405182815233907f7084f5476618d8e60b11ef0d7d3f06914655adb8793e28ff7f018d4c76d505d59060200160405180910390a26040515f90339084908381818185875af1925050503d805f8114610752576040519150601f19603f3d011682016040523d82523d5f602084013e610757565b606091505b505090508061079a5760405162461bcd60e51b815260206004820152600f60248201526e1d1c985b9cd9995c8819985a5b1959608a1b604482015260640161054c565b505050565b5f828152602081905260409020600101546107b981610bff565b61063c8383610c09565b6001600160a01b03811633146107ec5760405163334bd91960e11b815260040160405180910390fd5b61079a8282610c98565b5f5160206114a75f395f51905f5261080d81610bff565b610815610d01565b50565b610820610d53565b61082982610df7565b6108338282610e21565b5050565b5f610840610edd565b505f5160206114875f395f51905f5290565b5f5160206114a75f395f51905f5261086981610bff565b610815610f26565b5f918252602082815260408084206001600160a01b0393909316845291905290205460ff1690565b5f6108a2610f61565b805490915060ff600160401b820416159067ffffffffffffffff165f811580156108c95750825b90505f8267ffffffffffffffff1660011480156108e55750303b155b9050811580156108f3575080155b156109115760405163f92ee8a960e01b815260040160405180910390fd5b845467ffffffffffffffff19166001178555831561093b57845460ff60401b1916600160401b1785555b6001600160a01b0388161580159061095b57506001600160a01b03871615155b801561096f57506001600160a01b03861615155b6109aa5760405162461bcd60e51b815260206004820152600c60248201526b7a65726f206164647265737360a01b604482015260640161054c565b6109b45f89610c09565b506109df7f189ab7a9244df0848122154315af71fe140f3db0fe014031783b0946b8c9d2e389610c09565b506109f75f5160206114a75f395f51905f5288610c09565b50610a0f5f5160206114675f395f51905f5287610c09565b508315610a5657845460ff60401b19168555604051600181527fc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d29060200160405180910390a15b5050505050505050565b610a68610bd9565b5f3411610aa65760405162461bcd60e51b815260206004820152600c60248201526b1e995c9bc819195c1bdcda5d60a21b604482015260640161054c565b335f9081526002602052604081208054349290610ac4908490611413565b925050819055503460035f828254610adc9190611413565b909155505060405134815233907f2da466a7b24304f47e87fa2e1e5a81b9831ce54fec19055ce277ca2f39ba42c49060200160405180910390a2565b5f82815260208190526040902060010154610b3281610bff565b61063c8383610c98565b5f5160206114675f395f51905f52610b5381610bff565b8115610b7657610b705f5160206114675f395f51905f5284610c09565b50610b8f565b610b8d5f5160206114675f395f51905f5284610c98565b505b826001600160a01b03167fee42947bc760229eeff964017ac68eddb00ba98b0defcd90a1bc85a5afceb05783604051610bcc911515815260200190565b60405180910390a2505050565b60015460ff1615610bfd5760405163d93c066560e01b815260040160405180910390fd5b565b6108158133610f89565b5f610c148383610871565b610c91575f838152602081815260408083206001600160a01b03861684529091529020805460ff19166001179055610c493390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a45060016104da565b505f6104da565b5f610ca38383610871565b15610c91575f838152602081815260408083206001600160a01b0386168085529252808320805460ff1916905551339286917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a45060016104da565b610d09610fc2565b6001805460ff191690557f5db9ee0a495bf2e6ff9c91a7834c1ba4fdd244a5e8aa4e537bd38aeae4b073aa335b6040516001600160a01b03909116815260200160405180910390a1565b306001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000161480610dd957507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316610dcd5f5160206114875f395f51905f52546001600160a01b031690565b6001600160a01b031614155b15610bfd5760405163703e46dd60e11b815260040160405180910390fd5b7f189ab7a9244df0848122154315af71fe140f3db0fe014031783b0946b8c9d2e361083381610bff565b816001600160a01b03166352d1902d6040518163ffffffff1660e01b8152600401602060405180830381865afa925050508015610e7b575060408051601f3d908101601f19168201909252610e7891810190611439565b60015b610ea357604051634c9c8ce360e01b81526001600160a01b038316600482015260240161054c565b5f5160206114875f395f51905f528114610ed357604051632a87526960e21b81526004810182905260240161054c565b61079a8383610fe5565b306001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001614610bfd5760405163703e46dd60e11b815260040160405180910390fd5b610f2e610bd9565b6001805460ff1916811790557f62e78cea01bee320cd4e420270b5ea74000d11b0c9f74754ebdbfc544b05a25833610d36565b5f807ff0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a006104da565b610f938282610871565b6108335760405163e2517d3f60e01b81526001600160a01b03821660048201526024810183905260440161054c565b60015460ff16610bfd57604051638dfc202b60e01b815260040160405180910390fd5b610fee8261103a565b6040516001600160a01b038316907fbc7cd75a20ee27fd9adebab32041f755214dbc6bffa90cc0225b39da2e5c2d3b905f90a28051156110325761079a828261109d565b61083361110f565b806001600160a01b03163b5f0361106f57604051634c9c8ce360e01b81526001600160a01b038216600482015260240161054c565b5f5160206114875f395f51905f5280546001600160a01b0319166001600160a01b0392909216919091179055565b60605f5f846001600160a01b0316846040516110b99190611450565b5f60405180830381855af49150503d805f81146110f1576040519150601f19603f3d011682016040523d82523d5f602084013e6110f6565b606091505b509150915061110685838361112e565b95945050505050565b3415610bfd5760405163b398979f60e01b815260040160405180910390fd5b6060826111435761113e8261118d565b611186565b815115801561115a57506001600160a01b0384163b155b1561118357604051639996b31560e01b81526001600160a01b038516600482015260240161054c565b50805b9392505050565b80511561119c57805160208201fd5b60405163d6bda27560e01b815260040160405180910390fd5b5f602082840312156111c5575f5ffd5b81356001600160e01b031981168114611186575f5ffd5b80356001600160a01b03811681146111f2575f5ffd5b919050565b5f5f60408385031215611208575f5ffd5b611211836111dc565b946020939093013593505050565b5f6020828403121561122f575f5ffd5b5035919050565b5f60208284031215611246575f5ffd5b611186826111dc565b5f5f60408385031215611260575f5ffd5b82359150611270602084016111dc565b90509250929050565b634e487b7160e01b5f52604160045260245ffd5b5f5f6040838503121561129e575f5ffd5b6112a7836111dc565b9150602083013567ffffffffffffffff8111156112c2575f5ffd5b8301601f810185136112d2575f5ffd5b803567ffffffffffffffff8111156112ec576112ec611279565b604051601f8201601f19908116603f0116810167ffffffffffffffff8111828210171561131b5761131b611279565b604052818152828201602001871015611332575f5ffd5b816020840160208301375f602083830101528093505050509250929050565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b5f5f5f60608486031215611398575f5ffd5b6113a1846111dc565b92506113af602085016111dc565b91506113bd604085016111dc565b90509250925092565b5f5f604083850312156113d7575f5ffd5b6113e0836111dc565b9150602083013580151581146113f4575f5ffd5b809150509250929050565b634e487b7160e01b5f52601160045260245ffd5b808201808211156104da576104da6113ff565b818103818111156104da576104da6113ff565b5f60208284031215611449575f5ffd5b5051919050565b5f82518060208501845e5f92019182525091905056fee2b7fb3b832174769106daebcfd6d1970523240dda11281102db9363b83b0dc4360894a13ba1a3210667c828492db98dca3e2076cc3735a920a3ca505d382bbc55435dd261a4b9b3364963f7738a7a662ad9c84396d64be3365284bb7f0a5041a2646970667358221220403c4eb38628abc3d8b75a934f6af5093c1c23f2c796cc28b75497de9099836464736f6c634300081e0033",
}

// BridgeVaultV2RelayerGated is an auto generated Go binding around an Ethereum contract.
type BridgeVaultV2RelayerGated struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *BridgeVaultV2RelayerGated) GetABI() abi.ABI {
	return c.abi
}

// NewBridgeVaultV2RelayerGated creates a new instance of BridgeVaultV2RelayerGated.
func NewBridgeVaultV2RelayerGated() *BridgeVaultV2RelayerGated {
	parsed, err := BridgeVaultV2RelayerGatedMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &BridgeVaultV2RelayerGated{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *BridgeVaultV2RelayerGated) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackDEFAULTADMINROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa217fddf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (bridgeVaultV2RelayerGated *BridgeVaultV2RelayerGated) PackDEFAULTADMINROLE() []byte {
	enc, err := bridgeVaultV2RelayerGated.abi.Pack("DEFAULT_ADMIN_ROLE")
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
func (bridgeVaultV2RelayerGated *BridgeVaultV2RelayerGated) TryPackDEFAULTADMINROLE() ([]byte, error) {
	return bridgeVaultV2RelayerGated.abi.Pack("DEFAULT_ADMIN_ROLE")
}

// UnpackDEFAULTADMINROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (bridgeVaultV2RelayerGated *BridgeVaultV2RelayerGated) UnpackDEFAULTADMINROLE(data []byte) ([32]byte, error) {
	out, err := bridgeVaultV2RelayerGated.abi.Unpack("DEFAULT_ADMIN_ROLE", data)
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
func (bridgeVaultV2RelayerGated *BridgeVaultV2RelayerGated) PackGUARDIANROLE() []byte {
	enc, err := bridgeVaultV2RelayerGated.abi.Pack("GUARDIAN_ROLE")
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
func (bridgeVaultV2RelayerGated *BridgeVaultV2RelayerGated) TryPackGUARDIANROLE() ([]byte, error) {
	return bridgeVaultV2RelayerGated.abi.Pack("GUARDIAN_ROLE")
}

// UnpackGUARDIANROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x24ea54f4.
//
// Solidity: function GUARDIAN_ROLE() view returns(bytes32)
func (bridgeVaultV2RelayerGated *BridgeVaultV2RelayerGated) UnpackGUARDIANROLE(data []byte) ([32]byte, error) {
	out, err := bridgeVaultV2RelayerGated.abi.Unpack("GUARDIAN_ROLE", data)
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
func (bridgeVaultV2RelayerGated *BridgeVaultV2RelayerGated) PackRELAYERROLE() []byte {
	enc, err := bridgeVaultV2RelayerGated.abi.Pack("RELAYER_ROLE")
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
func (bridgeVaultV2RelayerGated *BridgeVaultV2RelayerGated) TryPackRELAYERROLE() ([]byte, error) {
	return bridgeVaultV2RelayerGated.abi.Pack("RELAYER_ROLE")
}

// UnpackRELAYERROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x926d7d7f.
//
// Solidity: function RELAYER_ROLE() view returns(bytes32)
func (bridgeVaultV2RelayerGated *BridgeVaultV2RelayerGated) UnpackRELAYERROLE(data []byte) ([32]byte, error) {
	out, err := bridgeVaultV2RelayerGated.abi.Unpack("RELAYER_ROLE", data)
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
func (bridgeVaultV2RelayerGated *BridgeVaultV2RelayerGated) PackUPGRADERROLE() []byte {
	enc, err := bridgeVaultV2RelayerGated.abi.Pack("UPGRADER_ROLE")
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
func (bridgeVaultV2RelayerGated *BridgeVaultV2RelayerGated) TryPackUPGRADERROLE() ([]byte, error) {
	return bridgeVaultV2RelayerGated.abi.Pack("UPGRADER_ROLE")
}

// UnpackUPGRADERROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf72c0d8b.
//
// Solidity: function UPGRADER_ROLE() view returns(bytes32)
func (bridgeVaultV2RelayerGated *BridgeVaultV2RelayerGated) UnpackUPGRADERROLE(data []byte) ([32]byte, error) {
	out, err := bridgeVaultV2RelayerGated.abi.Unpack("UPGRADER_ROLE", data)
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
func (bridgeVaultV2RelayerGated *BridgeVaultV2RelayerGated) PackUPGRADEINTERFACEVERSION() []byte {
	enc, err := bridgeVaultV2RelayerGated.abi.Pack("UPGRADE_INTERFACE_VERSION")
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
func (bridgeVaultV2RelayerGated *BridgeVaultV2RelayerGated) TryPackUPGRADEINTERFACEVERSION() ([]byte, error) {
	return bridgeVaultV2RelayerGated.abi.Pack("UPGRADE_INTERFACE_VERSION")
}

// UnpackUPGRADEINTERFACEVERSION is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xad3cb1cc.
//
// Solidity: function UPGRADE_INTERFACE_VERSION() view returns(string)
func (bridgeVaultV2RelayerGated *BridgeVaultV2RelayerGated) UnpackUPGRADEINTERFACEVERSION(data []byte) (string, error) {
	out, err := bridgeVaultV2RelayerGated.abi.Unpack("UPGRADE_INTERFACE_VERSION", data)
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
func (bridgeVaultV2RelayerGated *BridgeVaultV2RelayerGated) PackBalances(arg0 common.Address) []byte {
	enc, err := bridgeVaultV2RelayerGated.abi.Pack("balances", arg0)
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
func (bridgeVaultV2RelayerGated *BridgeVaultV2RelayerGated) TryPackBalances(arg0 common.Address) ([]byte, error) {
	return bridgeVaultV2RelayerGated.abi.Pack("balances", arg0)
}

// UnpackBalances is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x27e235e3.
//
// Solidity: function balances(address ) view returns(uint256)
func (bridgeVaultV2RelayerGated *BridgeVaultV2RelayerGated) UnpackBalances(data []byte) (*big.Int, error) {
	out, err := bridgeVaultV2RelayerGated.abi.Unpack("balances", data)
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
func (bridgeVaultV2RelayerGated *BridgeVaultV2RelayerGated) PackDeposit() []byte {
	enc, err := bridgeVaultV2RelayerGated.abi.Pack("deposit")
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
func (bridgeVaultV2RelayerGated *BridgeVaultV2RelayerGated) TryPackDeposit() ([]byte, error) {
	return bridgeVaultV2RelayerGated.abi.Pack("deposit")
}

// PackGetRoleAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x248a9ca3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (bridgeVaultV2RelayerGated *BridgeVaultV2RelayerGated) PackGetRoleAdmin(role [32]byte) []byte {
	enc, err := bridgeVaultV2RelayerGated.abi.Pack("getRoleAdmin", role)
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
func (bridgeVaultV2RelayerGated *BridgeVaultV2RelayerGated) TryPackGetRoleAdmin(role [32]byte) ([]byte, error) {
	return bridgeVaultV2RelayerGated.abi.Pack("getRoleAdmin", role)
}

// UnpackGetRoleAdmin is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (bridgeVaultV2RelayerGated *BridgeVaultV2RelayerGated) UnpackGetRoleAdmin(data []byte) ([32]byte, error) {
	out, err := bridgeVaultV2RelayerGated.abi.Unpack("getRoleAdmin", data)
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
func (bridgeVaultV2RelayerGated *BridgeVaultV2RelayerGated) PackGrantRole(role [32]byte, account common.Address) []byte {
	enc, err := bridgeVaultV2RelayerGated.abi.Pack("grantRole", role, account)
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
func (bridgeVaultV2RelayerGated *BridgeVaultV2RelayerGated) TryPackGrantRole(role [32]byte, account common.Address) ([]byte, error) {
	return bridgeVaultV2RelayerGated.abi.Pack("grantRole", role, account)
}

// PackHasRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91d14854.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (bridgeVaultV2RelayerGated *BridgeVaultV2RelayerGated) PackHasRole(role [32]byte, account common.Address) []byte {
	enc, err := bridgeVaultV2RelayerGated.abi.Pack("hasRole", role, account)
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
func (bridgeVaultV2RelayerGated *BridgeVaultV2RelayerGated) TryPackHasRole(role [32]byte, account common.Address) ([]byte, error) {
	return bridgeVaultV2RelayerGated.abi.Pack("hasRole", role, account)
}

// UnpackHasRole is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (bridgeVaultV2RelayerGated *BridgeVaultV2RelayerGated) UnpackHasRole(data []byte) (bool, error) {
	out, err := bridgeVaultV2RelayerGated.abi.Unpack("hasRole", data)
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
func (bridgeVaultV2RelayerGated *BridgeVaultV2RelayerGated) PackInitialize(admin common.Address, guardian common.Address, relayer common.Address) []byte {
	enc, err := bridgeVaultV2RelayerGated.abi.Pack("initialize", admin, guardian, relayer)
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
func (bridgeVaultV2RelayerGated *BridgeVaultV2RelayerGated) TryPackInitialize(admin common.Address, guardian common.Address, relayer common.Address) ([]byte, error) {
	return bridgeVaultV2RelayerGated.abi.Pack("initialize", admin, guardian, relayer)
}

// PackPause is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8456cb59.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function pause() returns()
func (bridgeVaultV2RelayerGated *BridgeVaultV2RelayerGated) PackPause() []byte {
	enc, err := bridgeVaultV2RelayerGated.abi.Pack("pause")
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
func (bridgeVaultV2RelayerGated *BridgeVaultV2RelayerGated) TryPackPause() ([]byte, error) {
	return bridgeVaultV2RelayerGated.abi.Pack("pause")
}

// PackPaused is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5c975abb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function paused() view returns(bool)
func (bridgeVaultV2RelayerGated *BridgeVaultV2RelayerGated) PackPaused() []byte {
	enc, err := bridgeVaultV2RelayerGated.abi.Pack("paused")
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
func (bridgeVaultV2RelayerGated *BridgeVaultV2RelayerGated) TryPackPaused() ([]byte, error) {
	return bridgeVaultV2RelayerGated.abi.Pack("paused")
}

// UnpackPaused is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5c975abb.
//
// Solidity: function paused() view returns(bool)
func (bridgeVaultV2RelayerGated *BridgeVaultV2RelayerGated) UnpackPaused(data []byte) (bool, error) {
	out, err := bridgeVaultV2RelayerGated.abi.Unpack("paused", data)
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
func (bridgeVaultV2RelayerGated *BridgeVaultV2RelayerGated) PackProxiableUUID() []byte {
	enc, err := bridgeVaultV2RelayerGated.abi.Pack("proxiableUUID")
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
func (bridgeVaultV2RelayerGated *BridgeVaultV2RelayerGated) TryPackProxiableUUID() ([]byte, error) {
	return bridgeVaultV2RelayerGated.abi.Pack("proxiableUUID")
}

// UnpackProxiableUUID is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x52d1902d.
//
// Solidity: function proxiableUUID() view returns(bytes32)
func (bridgeVaultV2RelayerGated *BridgeVaultV2RelayerGated) UnpackProxiableUUID(data []byte) ([32]byte, error) {
	out, err := bridgeVaultV2RelayerGated.abi.Unpack("proxiableUUID", data)
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
func (bridgeVaultV2RelayerGated *BridgeVaultV2RelayerGated) PackRelease(to common.Address, amount *big.Int) []byte {
	enc, err := bridgeVaultV2RelayerGated.abi.Pack("release", to, amount)
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
func (bridgeVaultV2RelayerGated *BridgeVaultV2RelayerGated) TryPackRelease(to common.Address, amount *big.Int) ([]byte, error) {
	return bridgeVaultV2RelayerGated.abi.Pack("release", to, amount)
}

// PackRenounceRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x36568abe.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (bridgeVaultV2RelayerGated *BridgeVaultV2RelayerGated) PackRenounceRole(role [32]byte, callerConfirmation common.Address) []byte {
	enc, err := bridgeVaultV2RelayerGated.abi.Pack("renounceRole", role, callerConfirmation)
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
func (bridgeVaultV2RelayerGated *BridgeVaultV2RelayerGated) TryPackRenounceRole(role [32]byte, callerConfirmation common.Address) ([]byte, error) {
	return bridgeVaultV2RelayerGated.abi.Pack("renounceRole", role, callerConfirmation)
}

// PackRevokeRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd547741f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (bridgeVaultV2RelayerGated *BridgeVaultV2RelayerGated) PackRevokeRole(role [32]byte, account common.Address) []byte {
	enc, err := bridgeVaultV2RelayerGated.abi.Pack("revokeRole", role, account)
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
func (bridgeVaultV2RelayerGated *BridgeVaultV2RelayerGated) TryPackRevokeRole(role [32]byte, account common.Address) ([]byte, error) {
	return bridgeVaultV2RelayerGated.abi.Pack("revokeRole", role, account)
}

// PackSetRelayer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xecd8dc3a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setRelayer(address relayer, bool allowed) returns()
func (bridgeVaultV2RelayerGated *BridgeVaultV2RelayerGated) PackSetRelayer(relayer common.Address, allowed bool) []byte {
	enc, err := bridgeVaultV2RelayerGated.abi.Pack("setRelayer", relayer, allowed)
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
func (bridgeVaultV2RelayerGated *BridgeVaultV2RelayerGated) TryPackSetRelayer(relayer common.Address, allowed bool) ([]byte, error) {
	return bridgeVaultV2RelayerGated.abi.Pack("setRelayer", relayer, allowed)
}

// PackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (bridgeVaultV2RelayerGated *BridgeVaultV2RelayerGated) PackSupportsInterface(interfaceId [4]byte) []byte {
	enc, err := bridgeVaultV2RelayerGated.abi.Pack("supportsInterface", interfaceId)
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
func (bridgeVaultV2RelayerGated *BridgeVaultV2RelayerGated) TryPackSupportsInterface(interfaceId [4]byte) ([]byte, error) {
	return bridgeVaultV2RelayerGated.abi.Pack("supportsInterface", interfaceId)
}

// UnpackSupportsInterface is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (bridgeVaultV2RelayerGated *BridgeVaultV2RelayerGated) UnpackSupportsInterface(data []byte) (bool, error) {
	out, err := bridgeVaultV2RelayerGated.abi.Unpack("supportsInterface", data)
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
func (bridgeVaultV2RelayerGated *BridgeVaultV2RelayerGated) PackTotalAssets() []byte {
	enc, err := bridgeVaultV2RelayerGated.abi.Pack("totalAssets")
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
func (bridgeVaultV2RelayerGated *BridgeVaultV2RelayerGated) TryPackTotalAssets() ([]byte, error) {
	return bridgeVaultV2RelayerGated.abi.Pack("totalAssets")
}

// UnpackTotalAssets is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x01e1d114.
//
// Solidity: function totalAssets() view returns(uint256)
func (bridgeVaultV2RelayerGated *BridgeVaultV2RelayerGated) UnpackTotalAssets(data []byte) (*big.Int, error) {
	out, err := bridgeVaultV2RelayerGated.abi.Unpack("totalAssets", data)
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
func (bridgeVaultV2RelayerGated *BridgeVaultV2RelayerGated) PackTotalDeposits() []byte {
	enc, err := bridgeVaultV2RelayerGated.abi.Pack("totalDeposits")
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
func (bridgeVaultV2RelayerGated *BridgeVaultV2RelayerGated) TryPackTotalDeposits() ([]byte, error) {
	return bridgeVaultV2RelayerGated.abi.Pack("totalDeposits")
}

// UnpackTotalDeposits is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7d882097.
//
// Solidity: function totalDeposits() view returns(uint256)
func (bridgeVaultV2RelayerGated *BridgeVaultV2RelayerGated) UnpackTotalDeposits(data []byte) (*big.Int, error) {
	out, err := bridgeVaultV2RelayerGated.abi.Unpack("totalDeposits", data)
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
func (bridgeVaultV2RelayerGated *BridgeVaultV2RelayerGated) PackTotalReleased() []byte {
	enc, err := bridgeVaultV2RelayerGated.abi.Pack("totalReleased")
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
func (bridgeVaultV2RelayerGated *BridgeVaultV2RelayerGated) TryPackTotalReleased() ([]byte, error) {
	return bridgeVaultV2RelayerGated.abi.Pack("totalReleased")
}

// UnpackTotalReleased is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe33b7de3.
//
// Solidity: function totalReleased() view returns(uint256)
func (bridgeVaultV2RelayerGated *BridgeVaultV2RelayerGated) UnpackTotalReleased(data []byte) (*big.Int, error) {
	out, err := bridgeVaultV2RelayerGated.abi.Unpack("totalReleased", data)
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
func (bridgeVaultV2RelayerGated *BridgeVaultV2RelayerGated) PackUnpause() []byte {
	enc, err := bridgeVaultV2RelayerGated.abi.Pack("unpause")
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
func (bridgeVaultV2RelayerGated *BridgeVaultV2RelayerGated) TryPackUnpause() ([]byte, error) {
	return bridgeVaultV2RelayerGated.abi.Pack("unpause")
}

// PackUpgradeToAndCall is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4f1ef286.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function upgradeToAndCall(address newImplementation, bytes data) payable returns()
func (bridgeVaultV2RelayerGated *BridgeVaultV2RelayerGated) PackUpgradeToAndCall(newImplementation common.Address, data []byte) []byte {
	enc, err := bridgeVaultV2RelayerGated.abi.Pack("upgradeToAndCall", newImplementation, data)
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
func (bridgeVaultV2RelayerGated *BridgeVaultV2RelayerGated) TryPackUpgradeToAndCall(newImplementation common.Address, data []byte) ([]byte, error) {
	return bridgeVaultV2RelayerGated.abi.Pack("upgradeToAndCall", newImplementation, data)
}

// PackVersion is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x54fd4d50.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function version() pure returns(string)
func (bridgeVaultV2RelayerGated *BridgeVaultV2RelayerGated) PackVersion() []byte {
	enc, err := bridgeVaultV2RelayerGated.abi.Pack("version")
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
func (bridgeVaultV2RelayerGated *BridgeVaultV2RelayerGated) TryPackVersion() ([]byte, error) {
	return bridgeVaultV2RelayerGated.abi.Pack("version")
}

// UnpackVersion is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x54fd4d50.
//
// Solidity: function version() pure returns(string)
func (bridgeVaultV2RelayerGated *BridgeVaultV2RelayerGated) UnpackVersion(data []byte) (string, error) {
	out, err := bridgeVaultV2RelayerGated.abi.Unpack("version", data)
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
func (bridgeVaultV2RelayerGated *BridgeVaultV2RelayerGated) PackWithdraw(amount *big.Int) []byte {
	enc, err := bridgeVaultV2RelayerGated.abi.Pack("withdraw", amount)
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
func (bridgeVaultV2RelayerGated *BridgeVaultV2RelayerGated) TryPackWithdraw(amount *big.Int) ([]byte, error) {
	return bridgeVaultV2RelayerGated.abi.Pack("withdraw", amount)
}

// BridgeVaultV2RelayerGatedDeposited represents a Deposited event raised by the BridgeVaultV2RelayerGated contract.
type BridgeVaultV2RelayerGatedDeposited struct {
	Account common.Address
	Amount  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const BridgeVaultV2RelayerGatedDepositedEventName = "Deposited"

// ContractEventName returns the user-defined event name.
func (BridgeVaultV2RelayerGatedDeposited) ContractEventName() string {
	return BridgeVaultV2RelayerGatedDepositedEventName
}

// UnpackDepositedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Deposited(address indexed account, uint256 amount)
func (bridgeVaultV2RelayerGated *BridgeVaultV2RelayerGated) UnpackDepositedEvent(log *types.Log) (*BridgeVaultV2RelayerGatedDeposited, error) {
	event := "Deposited"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != bridgeVaultV2RelayerGated.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(BridgeVaultV2RelayerGatedDeposited)
	if len(log.Data) > 0 {
		if err := bridgeVaultV2RelayerGated.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range bridgeVaultV2RelayerGated.abi.Events[event].Inputs {
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

// BridgeVaultV2RelayerGatedInitialized represents a Initialized event raised by the BridgeVaultV2RelayerGated contract.
type BridgeVaultV2RelayerGatedInitialized struct {
	Version uint64
	Raw     *types.Log // Blockchain specific contextual infos
}

const BridgeVaultV2RelayerGatedInitializedEventName = "Initialized"

// ContractEventName returns the user-defined event name.
func (BridgeVaultV2RelayerGatedInitialized) ContractEventName() string {
	return BridgeVaultV2RelayerGatedInitializedEventName
}

// UnpackInitializedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Initialized(uint64 version)
func (bridgeVaultV2RelayerGated *BridgeVaultV2RelayerGated) UnpackInitializedEvent(log *types.Log) (*BridgeVaultV2RelayerGatedInitialized, error) {
	event := "Initialized"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != bridgeVaultV2RelayerGated.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(BridgeVaultV2RelayerGatedInitialized)
	if len(log.Data) > 0 {
		if err := bridgeVaultV2RelayerGated.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range bridgeVaultV2RelayerGated.abi.Events[event].Inputs {
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

// BridgeVaultV2RelayerGatedPaused represents a Paused event raised by the BridgeVaultV2RelayerGated contract.
type BridgeVaultV2RelayerGatedPaused struct {
	Account common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const BridgeVaultV2RelayerGatedPausedEventName = "Paused"

// ContractEventName returns the user-defined event name.
func (BridgeVaultV2RelayerGatedPaused) ContractEventName() string {
	return BridgeVaultV2RelayerGatedPausedEventName
}

// UnpackPausedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Paused(address account)
func (bridgeVaultV2RelayerGated *BridgeVaultV2RelayerGated) UnpackPausedEvent(log *types.Log) (*BridgeVaultV2RelayerGatedPaused, error) {
	event := "Paused"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != bridgeVaultV2RelayerGated.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(BridgeVaultV2RelayerGatedPaused)
	if len(log.Data) > 0 {
		if err := bridgeVaultV2RelayerGated.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range bridgeVaultV2RelayerGated.abi.Events[event].Inputs {
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

// BridgeVaultV2RelayerGatedRelayerSet represents a RelayerSet event raised by the BridgeVaultV2RelayerGated contract.
type BridgeVaultV2RelayerGatedRelayerSet struct {
	Relayer common.Address
	Allowed bool
	Raw     *types.Log // Blockchain specific contextual infos
}

const BridgeVaultV2RelayerGatedRelayerSetEventName = "RelayerSet"

// ContractEventName returns the user-defined event name.
func (BridgeVaultV2RelayerGatedRelayerSet) ContractEventName() string {
	return BridgeVaultV2RelayerGatedRelayerSetEventName
}

// UnpackRelayerSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RelayerSet(address indexed relayer, bool allowed)
func (bridgeVaultV2RelayerGated *BridgeVaultV2RelayerGated) UnpackRelayerSetEvent(log *types.Log) (*BridgeVaultV2RelayerGatedRelayerSet, error) {
	event := "RelayerSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != bridgeVaultV2RelayerGated.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(BridgeVaultV2RelayerGatedRelayerSet)
	if len(log.Data) > 0 {
		if err := bridgeVaultV2RelayerGated.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range bridgeVaultV2RelayerGated.abi.Events[event].Inputs {
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

// BridgeVaultV2RelayerGatedReleased represents a Released event raised by the BridgeVaultV2RelayerGated contract.
type BridgeVaultV2RelayerGatedReleased struct {
	Relayer common.Address
	To      common.Address
	Amount  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const BridgeVaultV2RelayerGatedReleasedEventName = "Released"

// ContractEventName returns the user-defined event name.
func (BridgeVaultV2RelayerGatedReleased) ContractEventName() string {
	return BridgeVaultV2RelayerGatedReleasedEventName
}

// UnpackReleasedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Released(address indexed relayer, address indexed to, uint256 amount)
func (bridgeVaultV2RelayerGated *BridgeVaultV2RelayerGated) UnpackReleasedEvent(log *types.Log) (*BridgeVaultV2RelayerGatedReleased, error) {
	event := "Released"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != bridgeVaultV2RelayerGated.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(BridgeVaultV2RelayerGatedReleased)
	if len(log.Data) > 0 {
		if err := bridgeVaultV2RelayerGated.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range bridgeVaultV2RelayerGated.abi.Events[event].Inputs {
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

// BridgeVaultV2RelayerGatedRoleAdminChanged represents a RoleAdminChanged event raised by the BridgeVaultV2RelayerGated contract.
type BridgeVaultV2RelayerGatedRoleAdminChanged struct {
	Role              [32]byte
	PreviousAdminRole [32]byte
	NewAdminRole      [32]byte
	Raw               *types.Log // Blockchain specific contextual infos
}

const BridgeVaultV2RelayerGatedRoleAdminChangedEventName = "RoleAdminChanged"

// ContractEventName returns the user-defined event name.
func (BridgeVaultV2RelayerGatedRoleAdminChanged) ContractEventName() string {
	return BridgeVaultV2RelayerGatedRoleAdminChangedEventName
}

// UnpackRoleAdminChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole)
func (bridgeVaultV2RelayerGated *BridgeVaultV2RelayerGated) UnpackRoleAdminChangedEvent(log *types.Log) (*BridgeVaultV2RelayerGatedRoleAdminChanged, error) {
	event := "RoleAdminChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != bridgeVaultV2RelayerGated.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(BridgeVaultV2RelayerGatedRoleAdminChanged)
	if len(log.Data) > 0 {
		if err := bridgeVaultV2RelayerGated.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range bridgeVaultV2RelayerGated.abi.Events[event].Inputs {
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

// BridgeVaultV2RelayerGatedRoleGranted represents a RoleGranted event raised by the BridgeVaultV2RelayerGated contract.
type BridgeVaultV2RelayerGatedRoleGranted struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const BridgeVaultV2RelayerGatedRoleGrantedEventName = "RoleGranted"

// ContractEventName returns the user-defined event name.
func (BridgeVaultV2RelayerGatedRoleGranted) ContractEventName() string {
	return BridgeVaultV2RelayerGatedRoleGrantedEventName
}

// UnpackRoleGrantedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)
func (bridgeVaultV2RelayerGated *BridgeVaultV2RelayerGated) UnpackRoleGrantedEvent(log *types.Log) (*BridgeVaultV2RelayerGatedRoleGranted, error) {
	event := "RoleGranted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != bridgeVaultV2RelayerGated.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(BridgeVaultV2RelayerGatedRoleGranted)
	if len(log.Data) > 0 {
		if err := bridgeVaultV2RelayerGated.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range bridgeVaultV2RelayerGated.abi.Events[event].Inputs {
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

// BridgeVaultV2RelayerGatedRoleRevoked represents a RoleRevoked event raised by the BridgeVaultV2RelayerGated contract.
type BridgeVaultV2RelayerGatedRoleRevoked struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const BridgeVaultV2RelayerGatedRoleRevokedEventName = "RoleRevoked"

// ContractEventName returns the user-defined event name.
func (BridgeVaultV2RelayerGatedRoleRevoked) ContractEventName() string {
	return BridgeVaultV2RelayerGatedRoleRevokedEventName
}

// UnpackRoleRevokedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender)
func (bridgeVaultV2RelayerGated *BridgeVaultV2RelayerGated) UnpackRoleRevokedEvent(log *types.Log) (*BridgeVaultV2RelayerGatedRoleRevoked, error) {
	event := "RoleRevoked"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != bridgeVaultV2RelayerGated.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(BridgeVaultV2RelayerGatedRoleRevoked)
	if len(log.Data) > 0 {
		if err := bridgeVaultV2RelayerGated.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range bridgeVaultV2RelayerGated.abi.Events[event].Inputs {
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

// BridgeVaultV2RelayerGatedUnpaused represents a Unpaused event raised by the BridgeVaultV2RelayerGated contract.
type BridgeVaultV2RelayerGatedUnpaused struct {
	Account common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const BridgeVaultV2RelayerGatedUnpausedEventName = "Unpaused"

// ContractEventName returns the user-defined event name.
func (BridgeVaultV2RelayerGatedUnpaused) ContractEventName() string {
	return BridgeVaultV2RelayerGatedUnpausedEventName
}

// UnpackUnpausedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Unpaused(address account)
func (bridgeVaultV2RelayerGated *BridgeVaultV2RelayerGated) UnpackUnpausedEvent(log *types.Log) (*BridgeVaultV2RelayerGatedUnpaused, error) {
	event := "Unpaused"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != bridgeVaultV2RelayerGated.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(BridgeVaultV2RelayerGatedUnpaused)
	if len(log.Data) > 0 {
		if err := bridgeVaultV2RelayerGated.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range bridgeVaultV2RelayerGated.abi.Events[event].Inputs {
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

// BridgeVaultV2RelayerGatedUpgraded represents a Upgraded event raised by the BridgeVaultV2RelayerGated contract.
type BridgeVaultV2RelayerGatedUpgraded struct {
	Implementation common.Address
	Raw            *types.Log // Blockchain specific contextual infos
}

const BridgeVaultV2RelayerGatedUpgradedEventName = "Upgraded"

// ContractEventName returns the user-defined event name.
func (BridgeVaultV2RelayerGatedUpgraded) ContractEventName() string {
	return BridgeVaultV2RelayerGatedUpgradedEventName
}

// UnpackUpgradedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Upgraded(address indexed implementation)
func (bridgeVaultV2RelayerGated *BridgeVaultV2RelayerGated) UnpackUpgradedEvent(log *types.Log) (*BridgeVaultV2RelayerGatedUpgraded, error) {
	event := "Upgraded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != bridgeVaultV2RelayerGated.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(BridgeVaultV2RelayerGatedUpgraded)
	if len(log.Data) > 0 {
		if err := bridgeVaultV2RelayerGated.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range bridgeVaultV2RelayerGated.abi.Events[event].Inputs {
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

// BridgeVaultV2RelayerGatedWithdrawn represents a Withdrawn event raised by the BridgeVaultV2RelayerGated contract.
type BridgeVaultV2RelayerGatedWithdrawn struct {
	Account common.Address
	Amount  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const BridgeVaultV2RelayerGatedWithdrawnEventName = "Withdrawn"

// ContractEventName returns the user-defined event name.
func (BridgeVaultV2RelayerGatedWithdrawn) ContractEventName() string {
	return BridgeVaultV2RelayerGatedWithdrawnEventName
}

// UnpackWithdrawnEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Withdrawn(address indexed account, uint256 amount)
func (bridgeVaultV2RelayerGated *BridgeVaultV2RelayerGated) UnpackWithdrawnEvent(log *types.Log) (*BridgeVaultV2RelayerGatedWithdrawn, error) {
	event := "Withdrawn"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != bridgeVaultV2RelayerGated.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(BridgeVaultV2RelayerGatedWithdrawn)
	if len(log.Data) > 0 {
		if err := bridgeVaultV2RelayerGated.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range bridgeVaultV2RelayerGated.abi.Events[event].Inputs {
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
func (bridgeVaultV2RelayerGated *BridgeVaultV2RelayerGated) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], bridgeVaultV2RelayerGated.abi.Errors["AccessControlBadConfirmation"].ID.Bytes()[:4]) {
		return bridgeVaultV2RelayerGated.UnpackAccessControlBadConfirmationError(raw[4:])
	}
	if bytes.Equal(raw[:4], bridgeVaultV2RelayerGated.abi.Errors["AccessControlUnauthorizedAccount"].ID.Bytes()[:4]) {
		return bridgeVaultV2RelayerGated.UnpackAccessControlUnauthorizedAccountError(raw[4:])
	}
	if bytes.Equal(raw[:4], bridgeVaultV2RelayerGated.abi.Errors["AddressEmptyCode"].ID.Bytes()[:4]) {
		return bridgeVaultV2RelayerGated.UnpackAddressEmptyCodeError(raw[4:])
	}
	if bytes.Equal(raw[:4], bridgeVaultV2RelayerGated.abi.Errors["ERC1967InvalidImplementation"].ID.Bytes()[:4]) {
		return bridgeVaultV2RelayerGated.UnpackERC1967InvalidImplementationError(raw[4:])
	}
	if bytes.Equal(raw[:4], bridgeVaultV2RelayerGated.abi.Errors["ERC1967NonPayable"].ID.Bytes()[:4]) {
		return bridgeVaultV2RelayerGated.UnpackERC1967NonPayableError(raw[4:])
	}
	if bytes.Equal(raw[:4], bridgeVaultV2RelayerGated.abi.Errors["EnforcedPause"].ID.Bytes()[:4]) {
		return bridgeVaultV2RelayerGated.UnpackEnforcedPauseError(raw[4:])
	}
	if bytes.Equal(raw[:4], bridgeVaultV2RelayerGated.abi.Errors["ExpectedPause"].ID.Bytes()[:4]) {
		return bridgeVaultV2RelayerGated.UnpackExpectedPauseError(raw[4:])
	}
	if bytes.Equal(raw[:4], bridgeVaultV2RelayerGated.abi.Errors["FailedCall"].ID.Bytes()[:4]) {
		return bridgeVaultV2RelayerGated.UnpackFailedCallError(raw[4:])
	}
	if bytes.Equal(raw[:4], bridgeVaultV2RelayerGated.abi.Errors["InvalidInitialization"].ID.Bytes()[:4]) {
		return bridgeVaultV2RelayerGated.UnpackInvalidInitializationError(raw[4:])
	}
	if bytes.Equal(raw[:4], bridgeVaultV2RelayerGated.abi.Errors["NotInitializing"].ID.Bytes()[:4]) {
		return bridgeVaultV2RelayerGated.UnpackNotInitializingError(raw[4:])
	}
	if bytes.Equal(raw[:4], bridgeVaultV2RelayerGated.abi.Errors["UUPSUnauthorizedCallContext"].ID.Bytes()[:4]) {
		return bridgeVaultV2RelayerGated.UnpackUUPSUnauthorizedCallContextError(raw[4:])
	}
	if bytes.Equal(raw[:4], bridgeVaultV2RelayerGated.abi.Errors["UUPSUnsupportedProxiableUUID"].ID.Bytes()[:4]) {
		return bridgeVaultV2RelayerGated.UnpackUUPSUnsupportedProxiableUUIDError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// BridgeVaultV2RelayerGatedAccessControlBadConfirmation represents a AccessControlBadConfirmation error raised by the BridgeVaultV2RelayerGated contract.
type BridgeVaultV2RelayerGatedAccessControlBadConfirmation struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlBadConfirmation()
func BridgeVaultV2RelayerGatedAccessControlBadConfirmationErrorID() common.Hash {
	return common.HexToHash("0x6697b23232a647058342c0724fe7c415cab25915b54e5dbc03f233173d37b41c")
}

// UnpackAccessControlBadConfirmationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlBadConfirmation()
func (bridgeVaultV2RelayerGated *BridgeVaultV2RelayerGated) UnpackAccessControlBadConfirmationError(raw []byte) (*BridgeVaultV2RelayerGatedAccessControlBadConfirmation, error) {
	out := new(BridgeVaultV2RelayerGatedAccessControlBadConfirmation)
	if err := bridgeVaultV2RelayerGated.abi.UnpackIntoInterface(out, "AccessControlBadConfirmation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BridgeVaultV2RelayerGatedAccessControlUnauthorizedAccount represents a AccessControlUnauthorizedAccount error raised by the BridgeVaultV2RelayerGated contract.
type BridgeVaultV2RelayerGatedAccessControlUnauthorizedAccount struct {
	Account    common.Address
	NeededRole [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func BridgeVaultV2RelayerGatedAccessControlUnauthorizedAccountErrorID() common.Hash {
	return common.HexToHash("0xe2517d3fbfae6f8515ef5ff1ccedc3933ab0cbbda0b492c06eb54ad10ef03b3e")
}

// UnpackAccessControlUnauthorizedAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func (bridgeVaultV2RelayerGated *BridgeVaultV2RelayerGated) UnpackAccessControlUnauthorizedAccountError(raw []byte) (*BridgeVaultV2RelayerGatedAccessControlUnauthorizedAccount, error) {
	out := new(BridgeVaultV2RelayerGatedAccessControlUnauthorizedAccount)
	if err := bridgeVaultV2RelayerGated.abi.UnpackIntoInterface(out, "AccessControlUnauthorizedAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BridgeVaultV2RelayerGatedAddressEmptyCode represents a AddressEmptyCode error raised by the BridgeVaultV2RelayerGated contract.
type BridgeVaultV2RelayerGatedAddressEmptyCode struct {
	Target common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AddressEmptyCode(address target)
func BridgeVaultV2RelayerGatedAddressEmptyCodeErrorID() common.Hash {
	return common.HexToHash("0x9996b315c842ff135b8fc4a08ad5df1c344efbc03d2687aecc0678050d2aac89")
}

// UnpackAddressEmptyCodeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AddressEmptyCode(address target)
func (bridgeVaultV2RelayerGated *BridgeVaultV2RelayerGated) UnpackAddressEmptyCodeError(raw []byte) (*BridgeVaultV2RelayerGatedAddressEmptyCode, error) {
	out := new(BridgeVaultV2RelayerGatedAddressEmptyCode)
	if err := bridgeVaultV2RelayerGated.abi.UnpackIntoInterface(out, "AddressEmptyCode", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BridgeVaultV2RelayerGatedERC1967InvalidImplementation represents a ERC1967InvalidImplementation error raised by the BridgeVaultV2RelayerGated contract.
type BridgeVaultV2RelayerGatedERC1967InvalidImplementation struct {
	Implementation common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC1967InvalidImplementation(address implementation)
func BridgeVaultV2RelayerGatedERC1967InvalidImplementationErrorID() common.Hash {
	return common.HexToHash("0x4c9c8ce3ceb3130f17f7cdba48d89b5b0129f266a8bac114e6e315a41879b617")
}

// UnpackERC1967InvalidImplementationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC1967InvalidImplementation(address implementation)
func (bridgeVaultV2RelayerGated *BridgeVaultV2RelayerGated) UnpackERC1967InvalidImplementationError(raw []byte) (*BridgeVaultV2RelayerGatedERC1967InvalidImplementation, error) {
	out := new(BridgeVaultV2RelayerGatedERC1967InvalidImplementation)
	if err := bridgeVaultV2RelayerGated.abi.UnpackIntoInterface(out, "ERC1967InvalidImplementation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BridgeVaultV2RelayerGatedERC1967NonPayable represents a ERC1967NonPayable error raised by the BridgeVaultV2RelayerGated contract.
type BridgeVaultV2RelayerGatedERC1967NonPayable struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC1967NonPayable()
func BridgeVaultV2RelayerGatedERC1967NonPayableErrorID() common.Hash {
	return common.HexToHash("0xb398979fa84f543c8e222f17890372c487baf85e062276c127fef521eea7224b")
}

// UnpackERC1967NonPayableError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC1967NonPayable()
func (bridgeVaultV2RelayerGated *BridgeVaultV2RelayerGated) UnpackERC1967NonPayableError(raw []byte) (*BridgeVaultV2RelayerGatedERC1967NonPayable, error) {
	out := new(BridgeVaultV2RelayerGatedERC1967NonPayable)
	if err := bridgeVaultV2RelayerGated.abi.UnpackIntoInterface(out, "ERC1967NonPayable", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BridgeVaultV2RelayerGatedEnforcedPause represents a EnforcedPause error raised by the BridgeVaultV2RelayerGated contract.
type BridgeVaultV2RelayerGatedEnforcedPause struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EnforcedPause()
func BridgeVaultV2RelayerGatedEnforcedPauseErrorID() common.Hash {
	return common.HexToHash("0xd93c0665d6c96d04a8f174024fc4ddd66c250604aff22bbec808de86dd3637e3")
}

// UnpackEnforcedPauseError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EnforcedPause()
func (bridgeVaultV2RelayerGated *BridgeVaultV2RelayerGated) UnpackEnforcedPauseError(raw []byte) (*BridgeVaultV2RelayerGatedEnforcedPause, error) {
	out := new(BridgeVaultV2RelayerGatedEnforcedPause)
	if err := bridgeVaultV2RelayerGated.abi.UnpackIntoInterface(out, "EnforcedPause", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BridgeVaultV2RelayerGatedExpectedPause represents a ExpectedPause error raised by the BridgeVaultV2RelayerGated contract.
type BridgeVaultV2RelayerGatedExpectedPause struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ExpectedPause()
func BridgeVaultV2RelayerGatedExpectedPauseErrorID() common.Hash {
	return common.HexToHash("0x8dfc202bcfe9a735b559bee70674422512bc5c30f687046ae8778315fb81da44")
}

// UnpackExpectedPauseError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ExpectedPause()
func (bridgeVaultV2RelayerGated *BridgeVaultV2RelayerGated) UnpackExpectedPauseError(raw []byte) (*BridgeVaultV2RelayerGatedExpectedPause, error) {
	out := new(BridgeVaultV2RelayerGatedExpectedPause)
	if err := bridgeVaultV2RelayerGated.abi.UnpackIntoInterface(out, "ExpectedPause", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BridgeVaultV2RelayerGatedFailedCall represents a FailedCall error raised by the BridgeVaultV2RelayerGated contract.
type BridgeVaultV2RelayerGatedFailedCall struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error FailedCall()
func BridgeVaultV2RelayerGatedFailedCallErrorID() common.Hash {
	return common.HexToHash("0xd6bda27508c0fb6d8a39b4b122878dab26f731a7d4e4abe711dd3731899052a4")
}

// UnpackFailedCallError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error FailedCall()
func (bridgeVaultV2RelayerGated *BridgeVaultV2RelayerGated) UnpackFailedCallError(raw []byte) (*BridgeVaultV2RelayerGatedFailedCall, error) {
	out := new(BridgeVaultV2RelayerGatedFailedCall)
	if err := bridgeVaultV2RelayerGated.abi.UnpackIntoInterface(out, "FailedCall", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BridgeVaultV2RelayerGatedInvalidInitialization represents a InvalidInitialization error raised by the BridgeVaultV2RelayerGated contract.
type BridgeVaultV2RelayerGatedInvalidInitialization struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidInitialization()
func BridgeVaultV2RelayerGatedInvalidInitializationErrorID() common.Hash {
	return common.HexToHash("0xf92ee8a957075833165f68c320933b1a1294aafc84ee6e0dd3fb178008f9aaf5")
}

// UnpackInvalidInitializationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidInitialization()
func (bridgeVaultV2RelayerGated *BridgeVaultV2RelayerGated) UnpackInvalidInitializationError(raw []byte) (*BridgeVaultV2RelayerGatedInvalidInitialization, error) {
	out := new(BridgeVaultV2RelayerGatedInvalidInitialization)
	if err := bridgeVaultV2RelayerGated.abi.UnpackIntoInterface(out, "InvalidInitialization", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BridgeVaultV2RelayerGatedNotInitializing represents a NotInitializing error raised by the BridgeVaultV2RelayerGated contract.
type BridgeVaultV2RelayerGatedNotInitializing struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotInitializing()
func BridgeVaultV2RelayerGatedNotInitializingErrorID() common.Hash {
	return common.HexToHash("0xd7e6bcf8597daa127dc9f0048d2f08d5ef140a2cb659feabd700beff1f7a8302")
}

// UnpackNotInitializingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotInitializing()
func (bridgeVaultV2RelayerGated *BridgeVaultV2RelayerGated) UnpackNotInitializingError(raw []byte) (*BridgeVaultV2RelayerGatedNotInitializing, error) {
	out := new(BridgeVaultV2RelayerGatedNotInitializing)
	if err := bridgeVaultV2RelayerGated.abi.UnpackIntoInterface(out, "NotInitializing", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BridgeVaultV2RelayerGatedUUPSUnauthorizedCallContext represents a UUPSUnauthorizedCallContext error raised by the BridgeVaultV2RelayerGated contract.
type BridgeVaultV2RelayerGatedUUPSUnauthorizedCallContext struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UUPSUnauthorizedCallContext()
func BridgeVaultV2RelayerGatedUUPSUnauthorizedCallContextErrorID() common.Hash {
	return common.HexToHash("0xe07c8dba242a06571ac65fe4bbe20522c9fb111cb33599b799ff8039c1ed18f4")
}

// UnpackUUPSUnauthorizedCallContextError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UUPSUnauthorizedCallContext()
func (bridgeVaultV2RelayerGated *BridgeVaultV2RelayerGated) UnpackUUPSUnauthorizedCallContextError(raw []byte) (*BridgeVaultV2RelayerGatedUUPSUnauthorizedCallContext, error) {
	out := new(BridgeVaultV2RelayerGatedUUPSUnauthorizedCallContext)
	if err := bridgeVaultV2RelayerGated.abi.UnpackIntoInterface(out, "UUPSUnauthorizedCallContext", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BridgeVaultV2RelayerGatedUUPSUnsupportedProxiableUUID represents a UUPSUnsupportedProxiableUUID error raised by the BridgeVaultV2RelayerGated contract.
type BridgeVaultV2RelayerGatedUUPSUnsupportedProxiableUUID struct {
	Slot [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UUPSUnsupportedProxiableUUID(bytes32 slot)
func BridgeVaultV2RelayerGatedUUPSUnsupportedProxiableUUIDErrorID() common.Hash {
	return common.HexToHash("0xaa1d49a4c084bfa9aeeee2a0be65267a7f19ba7e1476b114dac513d2c14cb563")
}

// UnpackUUPSUnsupportedProxiableUUIDError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UUPSUnsupportedProxiableUUID(bytes32 slot)
func (bridgeVaultV2RelayerGated *BridgeVaultV2RelayerGated) UnpackUUPSUnsupportedProxiableUUIDError(raw []byte) (*BridgeVaultV2RelayerGatedUUPSUnsupportedProxiableUUID, error) {
	out := new(BridgeVaultV2RelayerGatedUUPSUnsupportedProxiableUUID)
	if err := bridgeVaultV2RelayerGated.abi.UnpackIntoInterface(out, "UUPSUnsupportedProxiableUUID", raw); err != nil {
		return nil, err
	}
	return out, nil
}
