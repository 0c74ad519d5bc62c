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

// ShareVaultV2SmallStepsMetaData contains all meta data concerning the ShareVaultV2SmallSteps contract.
var ShareVaultV2SmallStepsMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"AccessControlBadConfirmation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"neededRole\",\"type\":\"bytes32\"}],\"name\":\"AccessControlUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"}],\"name\":\"AddressEmptyCode\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"implementation\",\"type\":\"address\"}],\"name\":\"ERC1967InvalidImplementation\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ERC1967NonPayable\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"EnforcedPause\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ExpectedPause\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"FailedCall\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidInitialization\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotInitializing\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"UUPSUnauthorizedCallContext\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"slot\",\"type\":\"bytes32\"}],\"name\":\"UUPSUnsupportedProxiableUUID\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Deposited\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"version\",\"type\":\"uint64\"}],\"name\":\"Initialized\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"shares\",\"type\":\"uint256\"}],\"name\":\"Invested\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"Paused\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"previousAdminRole\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"newAdminRole\",\"type\":\"bytes32\"}],\"name\":\"RoleAdminChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleGranted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleRevoked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"Unpaused\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"implementation\",\"type\":\"address\"}],\"name\":\"Upgraded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Withdrawn\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"DEFAULT_ADMIN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"GUARDIAN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"INVEST_CHUNK\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"UPGRADER_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"UPGRADE_INTERFACE_VERSION\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"balances\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"deposit\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"}],\"name\":\"getRoleAdmin\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"grantRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"hasRole\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"admin\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"guardian\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"strategy_\",\"type\":\"address\"}],\"name\":\"initialize\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"invest\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"shares\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pause\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"paused\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"proxiableUUID\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"callerConfirmation\",\"type\":\"address\"}],\"name\":\"renounceRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"revokeRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"strategy\",\"outputs\":[{\"internalType\":\"contractStrategyShares\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"strategyAssets\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"strategyShares\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalAssets\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalDeposits\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"unpause\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newImplementation\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"upgradeToAndCall\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"version\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"withdraw\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "ShareVaultV2SmallSteps",
	Bin: "0x60a060405230608052348015610013575f5ffd5b5061001c610021565b6100d3565b7ff0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a00805468010000000000000000900460ff16156100715760405163f92ee8a960e01b815260040160405180910390fd5b80546001600160401b03908116146100d05780546001600160401b0319166001600160401b0390811782556040519081527fc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d29060200160405180910390a15b50565b6080516114ba6100f95f395f8181610d2901528181610d520152610eb301526114ba5ff3fe608060405260043610610195575f3560e01c80637d882097116100e7578063ad3cb1cc11610087578063d0e30db011610062578063d0e30db01461046a578063d547741f14610472578063e8b5e51f14610491578063f72c0d8b146104a5575f5ffd5b8063ad3cb1cc14610407578063b4d0c36b14610437578063c0c53b8b1461044b575f5ffd5b80638456cb59116100c25780638456cb591461038a57806391d148541461039e578063a217fddf146103bd578063a8c62e76146103d0575f5ffd5b80637d882097146103455780637fc938b91461035a5780638219ab031461036f575f5ffd5b80632f2ff15d116101525780634f1ef2861161012d5780634f1ef286146102d557806352d1902d146102e857806354fd4d50146102fc5780635c975abb1461032e575f5ffd5b80632f2ff15d1461028357806336568abe146102a25780633f4ba83a146102c1575f5ffd5b806301e1d1141461019957806301ffc9a7146101ba578063248a9ca3146101e957806324ea54f41461021757806327e235e3146102375780632e1a7d4d14610262575b5f5ffd5b3480156101a4575f5ffd5b50475b6040519081526020015b60405180910390f35b3480156101c5575f5ffd5b506101d96101d43660046111d5565b6104d8565b60405190151581526020016101b1565b3480156101f4575f5ffd5b506101a76102033660046111fc565b5f9081526020819052604090206001015490565b348015610222575f5ffd5b506101a75f5160206114655f395f51905f5281565b348015610242575f5ffd5b506101a761025136600461122e565b60026020525f908152604090205481565b34801561026d575f5ffd5b5061028161027c3660046111fc565b61050e565b005b34801561028e575f5ffd5b5061028161029d366004611247565b610670565b3480156102ad575f5ffd5b506102816102bc366004611247565b61069a565b3480156102cc575f5ffd5b506102816106cd565b6102816102e3366004611285565b6106ef565b3480156102f3575f5ffd5b506101a761070e565b348015610307575f5ffd5b506040805180820190915260018152601960f91b60208201525b6040516101b19190611349565b348015610339575f5ffd5b5060015460ff166101d9565b348015610350575f5ffd5b506101a760035481565b348015610365575f5ffd5b506101a760055481565b34801561037a575f5ffd5b506101a7671bc16d674ec8000081565b348015610395575f5ffd5b50610281610729565b3480156103a9575f5ffd5b506101d96103b8366004611247565b610748565b3480156103c8575f5ffd5b506101a75f81565b3480156103db575f5ffd5b506004546103ef906001600160a01b031681565b6040516001600160a01b0390911681526020016101b1565b348015610412575f5ffd5b50610321604051806040016040528060058152602001640352e302e360dc1b81525081565b348015610442575f5ffd5b506101a7610770565b348015610456575f5ffd5b5061028161046536600461137e565b6107e3565b6102816109ad565b34801561047d575f5ffd5b5061028161048c366004611247565b610a65565b34801561049c575f5ffd5b506101a7610a89565b3480156104b0575f5ffd5b506101a77f189ab7a9244df0848122154315af71fe140f3db0fe014031783b0946b8c9d2e381565b5f6001600160e01b03198216637965db0b60e01b148061050857506301ffc9a760e01b6001600160e01b03198316145b92915050565b610516610ba4565b335f9081526002602052604090205481158015906105345750808211155b61057c5760405162461bcd60e51b8152602060048201526014602482015273696e73756666696369656e742062616c616e636560601b60448201526064015b60405180910390fd5b61058682826113d2565b335f90815260026020526040812091909155600380548492906105aa9084906113d2565b909155505060405182815233907f7084f5476618d8e60b11ef0d7d3f06914655adb8793e28ff7f018d4c76d505d59060200160405180910390a26040515f90339084908381818185875af1925050503d805f8114610623576040519150601f19603f3d011682016040523d82523d5f602084013e610628565b606091505b505090508061066b5760405162461bcd60e51b815260206004820152600f60248201526e1d1c985b9cd9995c8819985a5b1959608a1b6044820152606401610573565b505050565b5f8281526020819052604090206001015461068a81610bca565b6106948383610bd4565b50505050565b6001600160a01b03811633146106c35760405163334bd91960e11b815260040160405180910390fd5b61066b8282610c63565b5f5160206114655f395f51905f526106e481610bca565b6106ec610ccc565b50565b6106f7610d1e565b61070082610dc2565b61070a8282610dec565b5050565b5f610717610ea8565b505f5160206114455f395f51905f5290565b5f5160206114655f395f51905f5261074081610bca565b6106ec610ef1565b5f918252602082815260408084206001600160a01b0393909316845291905290205460ff1690565b600480546005546040516303d1689d60e11b8152928301525f916001600160a01b03909116906307a2d13a90602401602060405180830381865afa1580156107ba573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906107de91906113e5565b905090565b5f6107ec610f2c565b805490915060ff600160401b820416159067ffffffffffffffff165f811580156108135750825b90505f8267ffffffffffffffff16600114801561082f5750303b155b90508115801561083d575080155b1561085b5760405163f92ee8a960e01b815260040160405180910390fd5b845467ffffffffffffffff19166001178555831561088557845460ff60401b1916600160401b1785555b6001600160a01b038816158015906108a557506001600160a01b03871615155b80156108b957506001600160a01b03861615155b6108f45760405162461bcd60e51b815260206004820152600c60248201526b7a65726f206164647265737360a01b6044820152606401610573565b6108fe5f89610bd4565b506109297f189ab7a9244df0848122154315af71fe140f3db0fe014031783b0946b8c9d2e389610bd4565b506109415f5160206114655f395f51905f5288610bd4565b50600480546001600160a01b0319166001600160a01b03881617905583156109a357845460ff60401b19168555604051600181527fc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d29060200160405180910390a15b5050505050505050565b6109b5610ba4565b5f34116109f35760405162461bcd60e51b815260206004820152600c60248201526b1e995c9bc819195c1bdcda5d60a21b6044820152606401610573565b335f9081526002602052604081208054349290610a119084906113fc565b925050819055503460035f828254610a2991906113fc565b909155505060405134815233907f2da466a7b24304f47e87fa2e1e5a81b9831ce54fec19055ce277ca2f39ba42c49060200160405180910390a2565b5f82815260208190526040902060010154610a7f81610bca565b6106948383610c63565b5f610a92610ba4565b5f610a9b610f54565b90505f8111610ae05760405162461bcd60e51b81526020600482015260116024820152701b9bdd1a1a5b99c81d1bc81a5b9d995cdd607a1b6044820152606401610573565b6004805460405163f340fa0160e01b815230928101929092526001600160a01b03169063f340fa0190839060240160206040518083038185885af1158015610b2a573d5f5f3e3d5ffd5b50505050506040513d601f19601f82011682018060405250810190610b4f91906113e5565b91508160055f828254610b6291906113fc565b909155505060408051828152602081018490527fb99956c8203b7677de254bac7df707c62197037d108739a8702bb91ee3e492c9910160405180910390a15090565b60015460ff1615610bc85760405163d93c066560e01b815260040160405180910390fd5b565b6106ec8133610fa9565b5f610bdf8383610748565b610c5c575f838152602081815260408083206001600160a01b03861684529091529020805460ff19166001179055610c143390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a4506001610508565b505f610508565b5f610c6e8383610748565b15610c5c575f838152602081815260408083206001600160a01b0386168085529252808320805460ff1916905551339286917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a4506001610508565b610cd4610fe2565b6001805460ff191690557f5db9ee0a495bf2e6ff9c91a7834c1ba4fdd244a5e8aa4e537bd38aeae4b073aa335b6040516001600160a01b03909116815260200160405180910390a1565b306001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000161480610da457507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316610d985f5160206114455f395f51905f52546001600160a01b031690565b6001600160a01b031614155b15610bc85760405163703e46dd60e11b815260040160405180910390fd5b7f189ab7a9244df0848122154315af71fe140f3db0fe014031783b0946b8c9d2e361070a81610bca565b816001600160a01b03166352d1902d6040518163ffffffff1660e01b8152600401602060405180830381865afa925050508015610e46575060408051601f3d908101601f19168201909252610e43918101906113e5565b60015b610e6e57604051634c9c8ce360e01b81526001600160a01b0383166004820152602401610573565b5f5160206114455f395f51905f528114610e9e57604051632a87526960e21b815260048101829052602401610573565b61066b8383611005565b306001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001614610bc85760405163703e46dd60e11b815260040160405180910390fd5b610ef9610ba4565b6001805460ff1916811790557f62e78cea01bee320cd4e420270b5ea74000d11b0c9f74754ebdbfc544b05a25833610d01565b5f807ff0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a00610508565b5f5f6005600354610f65919061140f565b9050475f828211610f76575f610f80565b610f8083836113d2565b9050671bc16d674ec800008110610f9f57671bc16d674ec80000610fa1565b805b935050505090565b610fb38282610748565b61070a5760405163e2517d3f60e01b81526001600160a01b038216600482015260248101839052604401610573565b60015460ff16610bc857604051638dfc202b60e01b815260040160405180910390fd5b61100e8261105a565b6040516001600160a01b038316907fbc7cd75a20ee27fd9adebab32041f755214dbc6bffa90cc0225b39da2e5c2d3b905f90a28051156110525761066b82826110bd565b61070a61112f565b806001600160a01b03163b5f0361108f57604051634c9c8ce360e01b81526001600160a01b0382166004820152602401610573565b5f5160206114455f395f51905f5280546001600160a01b0319166001600160a01b0392909216919091179055565b60605f5f846001600160a01b0316846040516110d9919061142e565b5f60405180830381855af49150503d805f8114611111576040519150601f19603f3d011682016040523d82523d5f602084013e611116565b606091505b509150915061112685838361114e565b95945050505050565b3415610bc85760405163b398979f60e01b815260040160405180910390fd5b6060826111635761115e826111ad565b6111a6565b815115801561117a57506001600160a01b0384163b155b156111a357604051639996b31560e01b81526001600160a01b0385166004820152602401610573565b50805b9392505050565b8051156111bc57805160208201fd5b60405163d6bda27560e01b815260040160405180910390fd5b5f602082840312156111e5575f5ffd5b81356001600160e01b0319811681146111a6575f5ffd5b5f6020828403121561120c575f5ffd5b5035919050565b80356001600160a01b0381168114611229575f5ffd5b919050565b5f6020828403121561123e575f5ffd5b6111a682611213565b5f5f60408385031215611258575f5ffd5b8235915061126860208401611213565b90509250929050565b634e487b7160e01b5f52604160045260245ffd5b5f5f60408385031215611296575f5ffd5b61129f83611213565b9150602083013567ffffffffffffffff8111156112ba575f5ffd5b8301601f810185136112ca575f5ffd5b803567ffffffffffffffff8111156112e4576112e4611271565b604051601f8201601f19908116603f0116810167ffffffffffffffff8111828210171561131357611313611271565b60405281815282820160200187101561132a575f5ffd5b816020840160208301375f602083830101528093505050509250929050565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b5f5f5f60608486031215611390575f5ffd5b61139984611213565b92506113a760208501611213565b91506113b560408501611213565b90509250925092565b634e487b7160e01b5f52601160045260245ffd5b81810381811115610508576105086113be565b5f602082840312156113f5575f5ffd5b5051919050565b80820180821115610508576105086113be565b5f8261142957634e487b7160e01b5f52601260045260245ffd5b500490565b5f82518060208501845e5f92019182525091905056fe360894a13ba1a3210667c828492db98dca3e2076cc3735a920a3ca505d382bbc55435dd261a4b9b3364963f7738a7a662ad9c84396d64be3365284bb7f0a5041a2646970667358221220641f64458b6ffc3d9fd1643e12e0530348795448240223d2d367ee1ebe6cc08664736f6c634300081e0033",
}

// ShareVaultV2SmallSteps is an auto generated Go binding around an Ethereum contract.
type ShareVaultV2SmallSteps struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *ShareVaultV2SmallSteps) GetABI() abi.ABI {
	return c.abi
}

// NewShareVaultV2SmallSteps creates a new instance of ShareVaultV2SmallSteps.
func NewShareVaultV2SmallSteps() *ShareVaultV2SmallSteps {
	parsed, err := ShareVaultV2SmallStepsMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &ShareVaultV2SmallSteps{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *ShareVaultV2SmallSteps) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackDEFAULTADMINROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa217fddf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (shareVaultV2SmallSteps *ShareVaultV2SmallSteps) PackDEFAULTADMINROLE() []byte {
	enc, err := shareVaultV2SmallSteps.abi.Pack("DEFAULT_ADMIN_ROLE")
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
func (shareVaultV2SmallSteps *ShareVaultV2SmallSteps) TryPackDEFAULTADMINROLE() ([]byte, error) {
	return shareVaultV2SmallSteps.abi.Pack("DEFAULT_ADMIN_ROLE")
}

// UnpackDEFAULTADMINROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (shareVaultV2SmallSteps *ShareVaultV2SmallSteps) UnpackDEFAULTADMINROLE(data []byte) ([32]byte, error) {
	out, err := shareVaultV2SmallSteps.abi.Unpack("DEFAULT_ADMIN_ROLE", data)
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
func (shareVaultV2SmallSteps *ShareVaultV2SmallSteps) PackGUARDIANROLE() []byte {
	enc, err := shareVaultV2SmallSteps.abi.Pack("GUARDIAN_ROLE")
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
func (shareVaultV2SmallSteps *ShareVaultV2SmallSteps) TryPackGUARDIANROLE() ([]byte, error) {
	return shareVaultV2SmallSteps.abi.Pack("GUARDIAN_ROLE")
}

// UnpackGUARDIANROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x24ea54f4.
//
// Solidity: function GUARDIAN_ROLE() view returns(bytes32)
func (shareVaultV2SmallSteps *ShareVaultV2SmallSteps) UnpackGUARDIANROLE(data []byte) ([32]byte, error) {
	out, err := shareVaultV2SmallSteps.abi.Unpack("GUARDIAN_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackINVESTCHUNK is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8219ab03.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function INVEST_CHUNK() view returns(uint256)
func (shareVaultV2SmallSteps *ShareVaultV2SmallSteps) PackINVESTCHUNK() []byte {
	enc, err := shareVaultV2SmallSteps.abi.Pack("INVEST_CHUNK")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackINVESTCHUNK is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8219ab03.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function INVEST_CHUNK() view returns(uint256)
func (shareVaultV2SmallSteps *ShareVaultV2SmallSteps) TryPackINVESTCHUNK() ([]byte, error) {
	return shareVaultV2SmallSteps.abi.Pack("INVEST_CHUNK")
}

// UnpackINVESTCHUNK is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8219ab03.
//
// Solidity: function INVEST_CHUNK() view returns(uint256)
func (shareVaultV2SmallSteps *ShareVaultV2SmallSteps) UnpackINVESTCHUNK(data []byte) (*big.Int, error) {
	out, err := shareVaultV2SmallSteps.abi.Unpack("INVEST_CHUNK", data)
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
func (shareVaultV2SmallSteps *ShareVaultV2SmallSteps) PackUPGRADERROLE() []byte {
	enc, err := shareVaultV2SmallSteps.abi.Pack("UPGRADER_ROLE")
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
func (shareVaultV2SmallSteps *ShareVaultV2SmallSteps) TryPackUPGRADERROLE() ([]byte, error) {
	return shareVaultV2SmallSteps.abi.Pack("UPGRADER_ROLE")
}

// UnpackUPGRADERROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf72c0d8b.
//
// Solidity: function UPGRADER_ROLE() view returns(bytes32)
func (shareVaultV2SmallSteps *ShareVaultV2SmallSteps) UnpackUPGRADERROLE(data []byte) ([32]byte, error) {
	out, err := shareVaultV2SmallSteps.abi.Unpack("UPGRADER_ROLE", data)
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
func (shareVaultV2SmallSteps *ShareVaultV2SmallSteps) PackUPGRADEINTERFACEVERSION() []byte {
	enc, err := shareVaultV2SmallSteps.abi.Pack("UPGRADE_INTERFACE_VERSION")
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
func (shareVaultV2SmallSteps *ShareVaultV2SmallSteps) TryPackUPGRADEINTERFACEVERSION() ([]byte, error) {
	return shareVaultV2SmallSteps.abi.Pack("UPGRADE_INTERFACE_VERSION")
}

// UnpackUPGRADEINTERFACEVERSION is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xad3cb1cc.
//
// Solidity: function UPGRADE_INTERFACE_VERSION() view returns(string)
func (shareVaultV2SmallSteps *ShareVaultV2SmallSteps) UnpackUPGRADEINTERFACEVERSION(data []byte) (string, error) {
	out, err := shareVaultV2SmallSteps.abi.Unpack("UPGRADE_INTERFACE_VERSION", data)
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
func (shareVaultV2SmallSteps *ShareVaultV2SmallSteps) PackBalances(arg0 common.Address) []byte {
	enc, err := shareVaultV2SmallSteps.abi.Pack("balances", arg0)
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
func (shareVaultV2SmallSteps *ShareVaultV2SmallSteps) TryPackBalances(arg0 common.Address) ([]byte, error) {
	return shareVaultV2SmallSteps.abi.Pack("balances", arg0)
}

// UnpackBalances is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x27e235e3.
//
// Solidity: function balances(address ) view returns(uint256)
func (shareVaultV2SmallSteps *ShareVaultV2SmallSteps) UnpackBalances(data []byte) (*big.Int, error) {
	out, err := shareVaultV2SmallSteps.abi.Unpack("balances", data)
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
func (shareVaultV2SmallSteps *ShareVaultV2SmallSteps) PackDeposit() []byte {
	enc, err := shareVaultV2SmallSteps.abi.Pack("deposit")
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
func (shareVaultV2SmallSteps *ShareVaultV2SmallSteps) TryPackDeposit() ([]byte, error) {
	return shareVaultV2SmallSteps.abi.Pack("deposit")
}

// PackGetRoleAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x248a9ca3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (shareVaultV2SmallSteps *ShareVaultV2SmallSteps) PackGetRoleAdmin(role [32]byte) []byte {
	enc, err := shareVaultV2SmallSteps.abi.Pack("getRoleAdmin", role)
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
func (shareVaultV2SmallSteps *ShareVaultV2SmallSteps) TryPackGetRoleAdmin(role [32]byte) ([]byte, error) {
	return shareVaultV2SmallSteps.abi.Pack("getRoleAdmin", role)
}

// UnpackGetRoleAdmin is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (shareVaultV2SmallSteps *ShareVaultV2SmallSteps) UnpackGetRoleAdmin(data []byte) ([32]byte, error) {
	out, err := shareVaultV2SmallSteps.abi.Unpack("getRoleAdmin", data)
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
func (shareVaultV2SmallSteps *ShareVaultV2SmallSteps) PackGrantRole(role [32]byte, account common.Address) []byte {
	enc, err := shareVaultV2SmallSteps.abi.Pack("grantRole", role, account)
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
func (shareVaultV2SmallSteps *ShareVaultV2SmallSteps) TryPackGrantRole(role [32]byte, account common.Address) ([]byte, error) {
	return shareVaultV2SmallSteps.abi.Pack("grantRole", role, account)
}

// PackHasRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91d14854.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (shareVaultV2SmallSteps *ShareVaultV2SmallSteps) PackHasRole(role [32]byte, account common.Address) []byte {
	enc, err := shareVaultV2SmallSteps.abi.Pack("hasRole", role, account)
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
func (shareVaultV2SmallSteps *ShareVaultV2SmallSteps) TryPackHasRole(role [32]byte, account common.Address) ([]byte, error) {
	return shareVaultV2SmallSteps.abi.Pack("hasRole", role, account)
}

// UnpackHasRole is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (shareVaultV2SmallSteps *ShareVaultV2SmallSteps) UnpackHasRole(data []byte) (bool, error) {
	out, err := shareVaultV2SmallSteps.abi.Unpack("hasRole", data)
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
// Solidity: function initialize(address admin, address guardian, address strategy_) returns()
func (shareVaultV2SmallSteps *ShareVaultV2SmallSteps) PackInitialize(admin common.Address, guardian common.Address, strategy common.Address) []byte {
	enc, err := shareVaultV2SmallSteps.abi.Pack("initialize", admin, guardian, strategy)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackInitialize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc0c53b8b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function initialize(address admin, address guardian, address strategy_) returns()
func (shareVaultV2SmallSteps *ShareVaultV2SmallSteps) TryPackInitialize(admin common.Address, guardian common.Address, strategy common.Address) ([]byte, error) {
	return shareVaultV2SmallSteps.abi.Pack("initialize", admin, guardian, strategy)
}

// PackInvest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe8b5e51f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function invest() returns(uint256 shares)
func (shareVaultV2SmallSteps *ShareVaultV2SmallSteps) PackInvest() []byte {
	enc, err := shareVaultV2SmallSteps.abi.Pack("invest")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackInvest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe8b5e51f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function invest() returns(uint256 shares)
func (shareVaultV2SmallSteps *ShareVaultV2SmallSteps) TryPackInvest() ([]byte, error) {
	return shareVaultV2SmallSteps.abi.Pack("invest")
}

// UnpackInvest is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe8b5e51f.
//
// Solidity: function invest() returns(uint256 shares)
func (shareVaultV2SmallSteps *ShareVaultV2SmallSteps) UnpackInvest(data []byte) (*big.Int, error) {
	out, err := shareVaultV2SmallSteps.abi.Unpack("invest", data)
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
func (shareVaultV2SmallSteps *ShareVaultV2SmallSteps) PackPause() []byte {
	enc, err := shareVaultV2SmallSteps.abi.Pack("pause")
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
func (shareVaultV2SmallSteps *ShareVaultV2SmallSteps) TryPackPause() ([]byte, error) {
	return shareVaultV2SmallSteps.abi.Pack("pause")
}

// PackPaused is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5c975abb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function paused() view returns(bool)
func (shareVaultV2SmallSteps *ShareVaultV2SmallSteps) PackPaused() []byte {
	enc, err := shareVaultV2SmallSteps.abi.Pack("paused")
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
func (shareVaultV2SmallSteps *ShareVaultV2SmallSteps) TryPackPaused() ([]byte, error) {
	return shareVaultV2SmallSteps.abi.Pack("paused")
}

// UnpackPaused is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5c975abb.
//
// Solidity: function paused() view returns(bool)
func (shareVaultV2SmallSteps *ShareVaultV2SmallSteps) UnpackPaused(data []byte) (bool, error) {
	out, err := shareVaultV2SmallSteps.abi.Unpack("paused", data)
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
func (shareVaultV2SmallSteps *ShareVaultV2SmallSteps) PackProxiableUUID() []byte {
	enc, err := shareVaultV2SmallSteps.abi.Pack("proxiableUUID")
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
func (shareVaultV2SmallSteps *ShareVaultV2SmallSteps) TryPackProxiableUUID() ([]byte, error) {
	return shareVaultV2SmallSteps.abi.Pack("proxiableUUID")
}

// UnpackProxiableUUID is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x52d1902d.
//
// Solidity: function proxiableUUID() view returns(bytes32)
func (shareVaultV2SmallSteps *ShareVaultV2SmallSteps) UnpackProxiableUUID(data []byte) ([32]byte, error) {
	out, err := shareVaultV2SmallSteps.abi.Unpack("proxiableUUID", data)
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
func (shareVaultV2SmallSteps *ShareVaultV2SmallSteps) PackRenounceRole(role [32]byte, callerConfirmation common.Address) []byte {
	enc, err := shareVaultV2SmallSteps.abi.Pack("renounceRole", role, callerConfirmation)
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
func (shareVaultV2SmallSteps *ShareVaultV2SmallSteps) TryPackRenounceRole(role [32]byte, callerConfirmation common.Address) ([]byte, error) {
	return shareVaultV2SmallSteps.abi.Pack("renounceRole", role, callerConfirmation)
}

// PackRevokeRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd547741f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (shareVaultV2SmallSteps *ShareVaultV2SmallSteps) PackRevokeRole(role [32]byte, account common.Address) []byte {
	enc, err := shareVaultV2SmallSteps.abi.Pack("revokeRole", role, account)
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
func (shareVaultV2SmallSteps *ShareVaultV2SmallSteps) TryPackRevokeRole(role [32]byte, account common.Address) ([]byte, error) {
	return shareVaultV2SmallSteps.abi.Pack("revokeRole", role, account)
}

// PackStrategy is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa8c62e76.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function strategy() view returns(address)
func (shareVaultV2SmallSteps *ShareVaultV2SmallSteps) PackStrategy() []byte {
	enc, err := shareVaultV2SmallSteps.abi.Pack("strategy")
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
func (shareVaultV2SmallSteps *ShareVaultV2SmallSteps) TryPackStrategy() ([]byte, error) {
	return shareVaultV2SmallSteps.abi.Pack("strategy")
}

// UnpackStrategy is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa8c62e76.
//
// Solidity: function strategy() view returns(address)
func (shareVaultV2SmallSteps *ShareVaultV2SmallSteps) UnpackStrategy(data []byte) (common.Address, error) {
	out, err := shareVaultV2SmallSteps.abi.Unpack("strategy", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackStrategyAssets is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb4d0c36b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function strategyAssets() view returns(uint256)
func (shareVaultV2SmallSteps *ShareVaultV2SmallSteps) PackStrategyAssets() []byte {
	enc, err := shareVaultV2SmallSteps.abi.Pack("strategyAssets")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackStrategyAssets is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb4d0c36b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function strategyAssets() view returns(uint256)
func (shareVaultV2SmallSteps *ShareVaultV2SmallSteps) TryPackStrategyAssets() ([]byte, error) {
	return shareVaultV2SmallSteps.abi.Pack("strategyAssets")
}

// UnpackStrategyAssets is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb4d0c36b.
//
// Solidity: function strategyAssets() view returns(uint256)
func (shareVaultV2SmallSteps *ShareVaultV2SmallSteps) UnpackStrategyAssets(data []byte) (*big.Int, error) {
	out, err := shareVaultV2SmallSteps.abi.Unpack("strategyAssets", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackStrategyShares is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7fc938b9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function strategyShares() view returns(uint256)
func (shareVaultV2SmallSteps *ShareVaultV2SmallSteps) PackStrategyShares() []byte {
	enc, err := shareVaultV2SmallSteps.abi.Pack("strategyShares")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackStrategyShares is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7fc938b9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function strategyShares() view returns(uint256)
func (shareVaultV2SmallSteps *ShareVaultV2SmallSteps) TryPackStrategyShares() ([]byte, error) {
	return shareVaultV2SmallSteps.abi.Pack("strategyShares")
}

// UnpackStrategyShares is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7fc938b9.
//
// Solidity: function strategyShares() view returns(uint256)
func (shareVaultV2SmallSteps *ShareVaultV2SmallSteps) UnpackStrategyShares(data []byte) (*big.Int, error) {
	out, err := shareVaultV2SmallSteps.abi.Unpack("strategyShares", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (shareVaultV2SmallSteps *ShareVaultV2SmallSteps) PackSupportsInterface(interfaceId [4]byte) []byte {
	enc, err := shareVaultV2SmallSteps.abi.Pack("supportsInterface", interfaceId)
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
func (shareVaultV2SmallSteps *ShareVaultV2SmallSteps) TryPackSupportsInterface(interfaceId [4]byte) ([]byte, error) {
	return shareVaultV2SmallSteps.abi.Pack("supportsInterface", interfaceId)
}

// UnpackSupportsInterface is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (shareVaultV2SmallSteps *ShareVaultV2SmallSteps) UnpackSupportsInterface(data []byte) (bool, error) {
	out, err := shareVaultV2SmallSteps.abi.Unpack("supportsInterface", data)
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
func (shareVaultV2SmallSteps *ShareVaultV2SmallSteps) PackTotalAssets() []byte {
	enc, err := shareVaultV2SmallSteps.abi.Pack("totalAssets")
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
func (shareVaultV2SmallSteps *ShareVaultV2SmallSteps) TryPackTotalAssets() ([]byte, error) {
	return shareVaultV2SmallSteps.abi.Pack("totalAssets")
}

// UnpackTotalAssets is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x01e1d114.
//
// Solidity: function totalAssets() view returns(uint256)
func (shareVaultV2SmallSteps *ShareVaultV2SmallSteps) UnpackTotalAssets(data []byte) (*big.Int, error) {
	out, err := shareVaultV2SmallSteps.abi.Unpack("totalAssets", data)
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
func (shareVaultV2SmallSteps *ShareVaultV2SmallSteps) PackTotalDeposits() []byte {
	enc, err := shareVaultV2SmallSteps.abi.Pack("totalDeposits")
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
func (shareVaultV2SmallSteps *ShareVaultV2SmallSteps) TryPackTotalDeposits() ([]byte, error) {
	return shareVaultV2SmallSteps.abi.Pack("totalDeposits")
}

// UnpackTotalDeposits is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7d882097.
//
// Solidity: function totalDeposits() view returns(uint256)
func (shareVaultV2SmallSteps *ShareVaultV2SmallSteps) UnpackTotalDeposits(data []byte) (*big.Int, error) {
	out, err := shareVaultV2SmallSteps.abi.Unpack("totalDeposits", data)
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
func (shareVaultV2SmallSteps *ShareVaultV2SmallSteps) PackUnpause() []byte {
	enc, err := shareVaultV2SmallSteps.abi.Pack("unpause")
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
func (shareVaultV2SmallSteps *ShareVaultV2SmallSteps) TryPackUnpause() ([]byte, error) {
	return shareVaultV2SmallSteps.abi.Pack("unpause")
}

// PackUpgradeToAndCall is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4f1ef286.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function upgradeToAndCall(address newImplementation, bytes data) payable returns()
func (shareVaultV2SmallSteps *ShareVaultV2SmallSteps) PackUpgradeToAndCall(newImplementation common.Address, data []byte) []byte {
	enc, err := shareVaultV2SmallSteps.abi.Pack("upgradeToAndCall", newImplementation, data)
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
func (shareVaultV2SmallSteps *ShareVaultV2SmallSteps) TryPackUpgradeToAndCall(newImplementation common.Address, data []byte) ([]byte, error) {
	return shareVaultV2SmallSteps.abi.Pack("upgradeToAndCall", newImplementation, data)
}

// PackVersion is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x54fd4d50.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function version() pure returns(string)
func (shareVaultV2SmallSteps *ShareVaultV2SmallSteps) PackVersion() []byte {
	enc, err := shareVaultV2SmallSteps.abi.Pack("version")
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
func (shareVaultV2SmallSteps *ShareVaultV2SmallSteps) TryPackVersion() ([]byte, error) {
	return shareVaultV2SmallSteps.abi.Pack("version")
}

// UnpackVersion is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x54fd4d50.
//
// Solidity: function version() pure returns(string)
func (shareVaultV2SmallSteps *ShareVaultV2SmallSteps) UnpackVersion(data []byte) (string, error) {
	out, err := shareVaultV2SmallSteps.abi.Unpack("version", data)
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
func (shareVaultV2SmallSteps *ShareVaultV2SmallSteps) PackWithdraw(amount *big.Int) []byte {
	enc, err := shareVaultV2SmallSteps.abi.Pack("withdraw", amount)
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
func (shareVaultV2SmallSteps *ShareVaultV2SmallSteps) TryPackWithdraw(amount *big.Int) ([]byte, error) {
	return shareVaultV2SmallSteps.abi.Pack("withdraw", amount)
}

// ShareVaultV2SmallStepsDeposited represents a Deposited event raised by the ShareVaultV2SmallSteps contract.
type ShareVaultV2SmallStepsDeposited struct {
	Account common.Address
	Amount  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const ShareVaultV2SmallStepsDepositedEventName = "Deposited"

// ContractEventName returns the user-defined event name.
func (ShareVaultV2SmallStepsDeposited) ContractEventName() string {
	return ShareVaultV2SmallStepsDepositedEventName
}

// UnpackDepositedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Deposited(address indexed account, uint256 amount)
func (shareVaultV2SmallSteps *ShareVaultV2SmallSteps) UnpackDepositedEvent(log *types.Log) (*ShareVaultV2SmallStepsDeposited, error) {
	event := "Deposited"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != shareVaultV2SmallSteps.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ShareVaultV2SmallStepsDeposited)
	if len(log.Data) > 0 {
		if err := shareVaultV2SmallSteps.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range shareVaultV2SmallSteps.abi.Events[event].Inputs {
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

// ShareVaultV2SmallStepsInitialized represents a Initialized event raised by the ShareVaultV2SmallSteps contract.
type ShareVaultV2SmallStepsInitialized struct {
	Version uint64
	Raw     *types.Log // Blockchain specific contextual infos
}

const ShareVaultV2SmallStepsInitializedEventName = "Initialized"

// ContractEventName returns the user-defined event name.
func (ShareVaultV2SmallStepsInitialized) ContractEventName() string {
	return ShareVaultV2SmallStepsInitializedEventName
}

// UnpackInitializedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Initialized(uint64 version)
func (shareVaultV2SmallSteps *ShareVaultV2SmallSteps) UnpackInitializedEvent(log *types.Log) (*ShareVaultV2SmallStepsInitialized, error) {
	event := "Initialized"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != shareVaultV2SmallSteps.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ShareVaultV2SmallStepsInitialized)
	if len(log.Data) > 0 {
		if err := shareVaultV2SmallSteps.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range shareVaultV2SmallSteps.abi.Events[event].Inputs {
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

// ShareVaultV2SmallStepsInvested represents a Invested event raised by the ShareVaultV2SmallSteps contract.
type ShareVaultV2SmallStepsInvested struct {
	Amount *big.Int
	Shares *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const ShareVaultV2SmallStepsInvestedEventName = "Invested"

// ContractEventName returns the user-defined event name.
func (ShareVaultV2SmallStepsInvested) ContractEventName() string {
	return ShareVaultV2SmallStepsInvestedEventName
}

// UnpackInvestedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Invested(uint256 amount, uint256 shares)
func (shareVaultV2SmallSteps *ShareVaultV2SmallSteps) UnpackInvestedEvent(log *types.Log) (*ShareVaultV2SmallStepsInvested, error) {
	event := "Invested"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != shareVaultV2SmallSteps.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ShareVaultV2SmallStepsInvested)
	if len(log.Data) > 0 {
		if err := shareVaultV2SmallSteps.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range shareVaultV2SmallSteps.abi.Events[event].Inputs {
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

// ShareVaultV2SmallStepsPaused represents a Paused event raised by the ShareVaultV2SmallSteps contract.
type ShareVaultV2SmallStepsPaused struct {
	Account common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const ShareVaultV2SmallStepsPausedEventName = "Paused"

// ContractEventName returns the user-defined event name.
func (ShareVaultV2SmallStepsPaused) ContractEventName() string {
	return ShareVaultV2SmallStepsPausedEventName
}

// UnpackPausedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Paused(address account)
func (shareVaultV2SmallSteps *ShareVaultV2SmallSteps) UnpackPausedEvent(log *types.Log) (*ShareVaultV2SmallStepsPaused, error) {
	event := "Paused"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != shareVaultV2SmallSteps.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ShareVaultV2SmallStepsPaused)
	if len(log.Data) > 0 {
		if err := shareVaultV2SmallSteps.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range shareVaultV2SmallSteps.abi.Events[event].Inputs {
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

// ShareVaultV2SmallStepsRoleAdminChanged represents a RoleAdminChanged event raised by the ShareVaultV2SmallSteps contract.
type ShareVaultV2SmallStepsRoleAdminChanged struct {
	Role              [32]byte
	PreviousAdminRole [32]byte
	NewAdminRole      [32]byte
	Raw               *types.Log // Blockchain specific contextual infos
}

const ShareVaultV2SmallStepsRoleAdminChangedEventName = "RoleAdminChanged"

// ContractEventName returns the user-defined event name.
func (ShareVaultV2SmallStepsRoleAdminChanged) ContractEventName() string {
	return ShareVaultV2SmallStepsRoleAdminChangedEventName
}

// UnpackRoleAdminChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole)
func (shareVaultV2SmallSteps *ShareVaultV2SmallSteps) UnpackRoleAdminChangedEvent(log *types.Log) (*ShareVaultV2SmallStepsRoleAdminChanged, error) {
	event := "RoleAdminChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != shareVaultV2SmallSteps.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ShareVaultV2SmallStepsRoleAdminChanged)
	if len(log.Data) > 0 {
		if err := shareVaultV2SmallSteps.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range shareVaultV2SmallSteps.abi.Events[event].Inputs {
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

// ShareVaultV2SmallStepsRoleGranted represents a RoleGranted event raised by the ShareVaultV2SmallSteps contract.
type ShareVaultV2SmallStepsRoleGranted struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const ShareVaultV2SmallStepsRoleGrantedEventName = "RoleGranted"

// ContractEventName returns the user-defined event name.
func (ShareVaultV2SmallStepsRoleGranted) ContractEventName() string {
	return ShareVaultV2SmallStepsRoleGrantedEventName
}

// UnpackRoleGrantedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)
func (shareVaultV2SmallSteps *ShareVaultV2SmallSteps) UnpackRoleGrantedEvent(log *types.Log) (*ShareVaultV2SmallStepsRoleGranted, error) {
	event := "RoleGranted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != shareVaultV2SmallSteps.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ShareVaultV2SmallStepsRoleGranted)
	if len(log.Data) > 0 {
		if err := shareVaultV2SmallSteps.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range shareVaultV2SmallSteps.abi.Events[event].Inputs {
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

// ShareVaultV2SmallStepsRoleRevoked represents a RoleRevoked event raised by the ShareVaultV2SmallSteps contract.
type ShareVaultV2SmallStepsRoleRevoked struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const ShareVaultV2SmallStepsRoleRevokedEventName = "RoleRevoked"

// ContractEventName returns the user-defined event name.
func (ShareVaultV2SmallStepsRoleRevoked) ContractEventName() string {
	return ShareVaultV2SmallStepsRoleRevokedEventName
}

// UnpackRoleRevokedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender)
func (shareVaultV2SmallSteps *ShareVaultV2SmallSteps) UnpackRoleRevokedEvent(log *types.Log) (*ShareVaultV2SmallStepsRoleRevoked, error) {
	event := "RoleRevoked"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != shareVaultV2SmallSteps.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ShareVaultV2SmallStepsRoleRevoked)
	if len(log.Data) > 0 {
		if err := shareVaultV2SmallSteps.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range shareVaultV2SmallSteps.abi.Events[event].Inputs {
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

// ShareVaultV2SmallStepsUnpaused represents a Unpaused event raised by the ShareVaultV2SmallSteps contract.
type ShareVaultV2SmallStepsUnpaused struct {
	Account common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const ShareVaultV2SmallStepsUnpausedEventName = "Unpaused"

// ContractEventName returns the user-defined event name.
func (ShareVaultV2SmallStepsUnpaused) ContractEventName() string {
	return ShareVaultV2SmallStepsUnpausedEventName
}

// UnpackUnpausedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Unpaused(address account)
func (shareVaultV2SmallSteps *ShareVaultV2SmallSteps) UnpackUnpausedEvent(log *types.Log) (*ShareVaultV2SmallStepsUnpaused, error) {
	event := "Unpaused"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != shareVaultV2SmallSteps.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ShareVaultV2SmallStepsUnpaused)
	if len(log.Data) > 0 {
		if err := shareVaultV2SmallSteps.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range shareVaultV2SmallSteps.abi.Events[event].Inputs {
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

// ShareVaultV2SmallStepsUpgraded represents a Upgraded event raised by the ShareVaultV2SmallSteps contract.
type ShareVaultV2SmallStepsUpgraded struct {
	Implementation common.Address
	Raw            *types.Log // Blockchain specific contextual infos
}

const ShareVaultV2SmallStepsUpgradedEventName = "Upgraded"

// ContractEventName returns the user-defined event name.
func (ShareVaultV2SmallStepsUpgraded) ContractEventName() string {
	return ShareVaultV2SmallStepsUpgradedEventName
}

// UnpackUpgradedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Upgraded(address indexed implementation)
func (shareVaultV2SmallSteps *ShareVaultV2SmallSteps) UnpackUpgradedEvent(log *types.Log) (*ShareVaultV2SmallStepsUpgraded, error) {
	event := "Upgraded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != shareVaultV2SmallSteps.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ShareVaultV2SmallStepsUpgraded)
	if len(log.Data) > 0 {
		if err := shareVaultV2SmallSteps.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range shareVaultV2SmallSteps.abi.Events[event].Inputs {
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

// ShareVaultV2SmallStepsWithdrawn represents a Withdrawn event raised by the ShareVaultV2SmallSteps contract.
type ShareVaultV2SmallStepsWithdrawn struct {
	Account common.Address
	Amount  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const ShareVaultV2SmallStepsWithdrawnEventName = "Withdrawn"

// ContractEventName returns the user-defined event name.
func (ShareVaultV2SmallStepsWithdrawn) ContractEventName() string {
	return ShareVaultV2SmallStepsWithdrawnEventName
}

// UnpackWithdrawnEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Withdrawn(address indexed account, uint256 amount)
func (shareVaultV2SmallSteps *ShareVaultV2SmallSteps) UnpackWithdrawnEvent(log *types.Log) (*ShareVaultV2SmallStepsWithdrawn, error) {
	event := "Withdrawn"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != shareVaultV2SmallSteps.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ShareVaultV2SmallStepsWithdrawn)
	if len(log.Data) > 0 {
		if err := shareVaultV2SmallSteps.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range shareVaultV2SmallSteps.abi.Events[event].Inputs {
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
func (shareVaultV2SmallSteps *ShareVaultV2SmallSteps) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], shareVaultV2SmallSteps.abi.Errors["AccessControlBadConfirmation"].ID.Bytes()[:4]) {
		return shareVaultV2SmallSteps.UnpackAccessControlBadConfirmationError(raw[4:])
	}
	if bytes.Equal(raw[:4], shareVaultV2SmallSteps.abi.Errors["AccessControlUnauthorizedAccount"].ID.Bytes()[:4]) {
		return shareVaultV2SmallSteps.UnpackAccessControlUnauthorizedAccountError(raw[4:])
	}
	if bytes.Equal(raw[:4], shareVaultV2SmallSteps.abi.Errors["AddressEmptyCode"].ID.Bytes()[:4]) {
		return shareVaultV2SmallSteps.UnpackAddressEmptyCodeError(raw[4:])
	}
	if bytes.Equal(raw[:4], shareVaultV2SmallSteps.abi.Errors["ERC1967InvalidImplementation"].ID.Bytes()[:4]) {
		return shareVaultV2SmallSteps.UnpackERC1967InvalidImplementationError(raw[4:])
	}
	if bytes.Equal(raw[:4], shareVaultV2SmallSteps.abi.Errors["ERC1967NonPayable"].ID.Bytes()[:4]) {
		return shareVaultV2SmallSteps.UnpackERC1967NonPayableError(raw[4:])
	}
	if bytes.Equal(raw[:4], shareVaultV2SmallSteps.abi.Errors["EnforcedPause"].ID.Bytes()[:4]) {
		return shareVaultV2SmallSteps.UnpackEnforcedPauseError(raw[4:])
	}
	if bytes.Equal(raw[:4], shareVaultV2SmallSteps.abi.Errors["ExpectedPause"].ID.Bytes()[:4]) {
		return shareVaultV2SmallSteps.UnpackExpectedPauseError(raw[4:])
	}
	if bytes.Equal(raw[:4], shareVaultV2SmallSteps.abi.Errors["FailedCall"].ID.Bytes()[:4]) {
		return shareVaultV2SmallSteps.UnpackFailedCallError(raw[4:])
	}
	if bytes.Equal(raw[:4], shareVaultV2SmallSteps.abi.Errors["InvalidInitialization"].ID.Bytes()[:4]) {
		return shareVaultV2SmallSteps.UnpackInvalidInitializationError(raw[4:])
	}
	if bytes.Equal(raw[:4], shareVaultV2SmallSteps.abi.Errors["NotInitializing"].ID.Bytes()[:4]) {
		return shareVaultV2SmallSteps.UnpackNotInitializingError(raw[4:])
	}
	if bytes.Equal(raw[:4], shareVaultV2SmallSteps.abi.Errors["UUPSUnauthorizedCallContext"].ID.Bytes()[:4]) {
		return shareVaultV2SmallSteps.UnpackUUPSUnauthorizedCallContextError(raw[4:])
	}
	if bytes.Equal(raw[:4], shareVaultV2SmallSteps.abi.Errors["UUPSUnsupportedProxiableUUID"].ID.Bytes()[:4]) {
		return shareVaultV2SmallSteps.UnpackUUPSUnsupportedProxiableUUIDError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// ShareVaultV2SmallStepsAccessControlBadConfirmation represents a AccessControlBadConfirmation error raised by the ShareVaultV2SmallSteps contract.
type ShareVaultV2SmallStepsAccessControlBadConfirmation struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlBadConfirmation()
func ShareVaultV2SmallStepsAccessControlBadConfirmationErrorID() common.Hash {
	return common.HexToHash("0x6697b23232a647058342c0724fe7c415cab25915b54e5dbc03f233173d37b41c")
}

// UnpackAccessControlBadConfirmationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlBadConfirmation()
func (shareVaultV2SmallSteps *ShareVaultV2SmallSteps) UnpackAccessControlBadConfirmationError(raw []byte) (*ShareVaultV2SmallStepsAccessControlBadConfirmation, error) {
	out := new(ShareVaultV2SmallStepsAccessControlBadConfirmation)
	if err := shareVaultV2SmallSteps.abi.UnpackIntoInterface(out, "AccessControlBadConfirmation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ShareVaultV2SmallStepsAccessControlUnauthorizedAccount represents a AccessControlUnauthorizedAccount error raised by the ShareVaultV2SmallSteps contract.
type ShareVaultV2SmallStepsAccessControlUnauthorizedAccount struct {
	Account    common.Address
	NeededRole [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func ShareVaultV2SmallStepsAccessControlUnauthorizedAccountErrorID() common.Hash {
	return common.HexToHash("0xe2517d3fbfae6f8515ef5ff1ccedc3933ab0cbbda0b492c06eb54ad10ef03b3e")
}

// UnpackAccessControlUnauthorizedAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func (shareVaultV2SmallSteps *ShareVaultV2SmallSteps) UnpackAccessControlUnauthorizedAccountError(raw []byte) (*ShareVaultV2SmallStepsAccessControlUnauthorizedAccount, error) {
	out := new(ShareVaultV2SmallStepsAccessControlUnauthorizedAccount)
	if err := shareVaultV2SmallSteps.abi.UnpackIntoInterface(out, "AccessControlUnauthorizedAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ShareVaultV2SmallStepsAddressEmptyCode represents a AddressEmptyCode error raised by the ShareVaultV2SmallSteps contract.
type ShareVaultV2SmallStepsAddressEmptyCode struct {
	Target common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AddressEmptyCode(address target)
func ShareVaultV2SmallStepsAddressEmptyCodeErrorID() common.Hash {
	return common.HexToHash("0x9996b315c842ff135b8fc4a08ad5df1c344efbc03d2687aecc0678050d2aac89")
}

// UnpackAddressEmptyCodeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AddressEmptyCode(address target)
func (shareVaultV2SmallSteps *ShareVaultV2SmallSteps) UnpackAddressEmptyCodeError(raw []byte) (*ShareVaultV2SmallStepsAddressEmptyCode, error) {
	out := new(ShareVaultV2SmallStepsAddressEmptyCode)
	if err := shareVaultV2SmallSteps.abi.UnpackIntoInterface(out, "AddressEmptyCode", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ShareVaultV2SmallStepsERC1967InvalidImplementation represents a ERC1967InvalidImplementation error raised by the ShareVaultV2SmallSteps contract.
type ShareVaultV2SmallStepsERC1967InvalidImplementation struct {
	Implementation common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC1967InvalidImplementation(address implementation)
func ShareVaultV2SmallStepsERC1967InvalidImplementationErrorID() common.Hash {
	return common.HexToHash("0x4c9c8ce3ceb3130f17f7cdba48d89b5b0129f266a8bac114e6e315a41879b617")
}

// UnpackERC1967InvalidImplementationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC1967InvalidImplementation(address implementation)
func (shareVaultV2SmallSteps *ShareVaultV2SmallSteps) UnpackERC1967InvalidImplementationError(raw []byte) (*ShareVaultV2SmallStepsERC1967InvalidImplementation, error) {
	out := new(ShareVaultV2SmallStepsERC1967InvalidImplementation)
	if err := shareVaultV2SmallSteps.abi.UnpackIntoInterface(out, "ERC1967InvalidImplementation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ShareVaultV2SmallStepsERC1967NonPayable represents a ERC1967NonPayable error raised by the ShareVaultV2SmallSteps contract.
type ShareVaultV2SmallStepsERC1967NonPayable struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC1967NonPayable()
func ShareVaultV2SmallStepsERC1967NonPayableErrorID() common.Hash {
	return common.HexToHash("0xb398979fa84f543c8e222f17890372c487baf85e062276c127fef521eea7224b")
}

// UnpackERC1967NonPayableError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC1967NonPayable()
func (shareVaultV2SmallSteps *ShareVaultV2SmallSteps) UnpackERC1967NonPayableError(raw []byte) (*ShareVaultV2SmallStepsERC1967NonPayable, error) {
	out := new(ShareVaultV2SmallStepsERC1967NonPayable)
	if err := shareVaultV2SmallSteps.abi.UnpackIntoInterface(out, "ERC1967NonPayable", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ShareVaultV2SmallStepsEnforcedPause represents a EnforcedPause error raised by the ShareVaultV2SmallSteps contract.
type ShareVaultV2SmallStepsEnforcedPause struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EnforcedPause()
func ShareVaultV2SmallStepsEnforcedPauseErrorID() common.Hash {
	return common.HexToHash("0xd93c0665d6c96d04a8f174024fc4ddd66c250604aff22bbec808de86dd3637e3")
}

// UnpackEnforcedPauseError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EnforcedPause()
func (shareVaultV2SmallSteps *ShareVaultV2SmallSteps) UnpackEnforcedPauseError(raw []byte) (*ShareVaultV2SmallStepsEnforcedPause, error) {
	out := new(ShareVaultV2SmallStepsEnforcedPause)
	if err := shareVaultV2SmallSteps.abi.UnpackIntoInterface(out, "EnforcedPause", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ShareVaultV2SmallStepsExpectedPause represents a ExpectedPause error raised by the ShareVaultV2SmallSteps contract.
type ShareVaultV2SmallStepsExpectedPause struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ExpectedPause()
func ShareVaultV2SmallStepsExpectedPauseErrorID() common.Hash {
	return common.HexToHash("0x8dfc202bcfe9a735b559bee70674422512bc5c30f687046ae8778315fb81da44")
}

// UnpackExpectedPauseError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ExpectedPause()
func (shareVaultV2SmallSteps *ShareVaultV2SmallSteps) UnpackExpectedPauseError(raw []byte) (*ShareVaultV2SmallStepsExpectedPause, error) {
	out := new(ShareVaultV2SmallStepsExpectedPause)
	if err := shareVaultV2SmallSteps.abi.UnpackIntoInterface(out, "ExpectedPause", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ShareVaultV2SmallStepsFailedCall represents a FailedCall error raised by the ShareVaultV2SmallSteps contract.
type ShareVaultV2SmallStepsFailedCall struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error FailedCall()
func ShareVaultV2SmallStepsFailedCallErrorID() common.Hash {
	return common.HexToHash("0xd6bda27508c0fb6d8a39b4b122878dab26f731a7d4e4abe711dd3731899052a4")
}

// UnpackFailedCallError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error FailedCall()
func (shareVaultV2SmallSteps *ShareVaultV2SmallSteps) UnpackFailedCallError(raw []byte) (*ShareVaultV2SmallStepsFailedCall, error) {
	out := new(ShareVaultV2SmallStepsFailedCall)
	if err := shareVaultV2SmallSteps.abi.UnpackIntoInterface(out, "FailedCall", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ShareVaultV2SmallStepsInvalidInitialization represents a InvalidInitialization error raised by the ShareVaultV2SmallSteps contract.
type ShareVaultV2SmallStepsInvalidInitialization struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidInitialization()
func ShareVaultV2SmallStepsInvalidInitializationErrorID() common.Hash {
	return common.HexToHash("0xf92ee8a957075833165f68c320933b1a1294aafc84ee6e0dd3fb178008f9aaf5")
}

// UnpackInvalidInitializationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidInitialization()
func (shareVaultV2SmallSteps *ShareVaultV2SmallSteps) UnpackInvalidInitializationError(raw []byte) (*ShareVaultV2SmallStepsInvalidInitialization, error) {
	out := new(ShareVaultV2SmallStepsInvalidInitialization)
	if err := shareVaultV2SmallSteps.abi.UnpackIntoInterface(out, "InvalidInitialization", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ShareVaultV2SmallStepsNotInitializing represents a NotInitializing error raised by the ShareVaultV2SmallSteps contract.
type ShareVaultV2SmallStepsNotInitializing struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotInitializing()
func ShareVaultV2SmallStepsNotInitializingErrorID() common.Hash {
	return common.HexToHash("0xd7e6bcf8597daa127dc9f0048d2f08d5ef140a2cb659feabd700beff1f7a8302")
}

// UnpackNotInitializingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotInitializing()
func (shareVaultV2SmallSteps *ShareVaultV2SmallSteps) UnpackNotInitializingError(raw []byte) (*ShareVaultV2SmallStepsNotInitializing, error) {
	out := new(ShareVaultV2SmallStepsNotInitializing)
	if err := shareVaultV2SmallSteps.abi.UnpackIntoInterface(out, "NotInitializing", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ShareVaultV2SmallStepsUUPSUnauthorizedCallContext represents a UUPSUnauthorizedCallContext error raised by the ShareVaultV2SmallSteps contract.
type ShareVaultV2SmallStepsUUPSUnauthorizedCallContext struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UUPSUnauthorizedCallContext()
func ShareVaultV2SmallStepsUUPSUnauthorizedCallContextErrorID() common.Hash {
	return common.HexToHash("0xe07c8dba242a06571ac65fe4bbe20522c9fb111cb33599b799ff8039c1ed18f4")
}

// UnpackUUPSUnauthorizedCallContextError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UUPSUnauthorizedCallContext()
func (shareVaultV2SmallSteps *ShareVaultV2SmallSteps) UnpackUUPSUnauthorizedCallContextError(raw []byte) (*ShareVaultV2SmallStepsUUPSUnauthorizedCallContext, error) {
	out := new(ShareVaultV2SmallStepsUUPSUnauthorizedCallContext)
	if err := shareVaultV2SmallSteps.abi.UnpackIntoInterface(out, "UUPSUnauthorizedCallContext", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ShareVaultV2SmallStepsUUPSUnsupportedProxiableUUID represents a UUPSUnsupportedProxiableUUID error raised by the ShareVaultV2SmallSteps contract.
type ShareVaultV2SmallStepsUUPSUnsupportedProxiableUUID struct {
	Slot [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UUPSUnsupportedProxiableUUID(bytes32 slot)
func ShareVaultV2SmallStepsUUPSUnsupportedProxiableUUIDErrorID() common.Hash {
	return common.HexToHash("0xaa1d49a4c084bfa9aeeee2a0be65267a7f19ba7e1476b114dac513d2c14cb563")
}

// UnpackUUPSUnsupportedProxiableUUIDError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UUPSUnsupportedProxiableUUID(bytes32 slot)
func (shareVaultV2SmallSteps *ShareVaultV2SmallSteps) UnpackUUPSUnsupportedProxiableUUIDError(raw []byte) (*ShareVaultV2SmallStepsUUPSUnsupportedProxiableUUID, error) {
	out := new(ShareVaultV2SmallStepsUUPSUnsupportedProxiableUUID)
	if err := shareVaultV2SmallSteps.abi.UnpackIntoInterface(out, "UUPSUnsupportedProxiableUUID", raw); err != nil {
		return nil, err
	}
	return out, nil
}
