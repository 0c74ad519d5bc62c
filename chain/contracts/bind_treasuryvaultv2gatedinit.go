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

// TreasuryVaultV2GatedInitMetaData contains all meta data concerning the TreasuryVaultV2GatedInit contract.
var TreasuryVaultV2GatedInitMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"AccessControlBadConfirmation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"neededRole\",\"type\":\"bytes32\"}],\"name\":\"AccessControlUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"}],\"name\":\"AddressEmptyCode\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"implementation\",\"type\":\"address\"}],\"name\":\"ERC1967InvalidImplementation\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ERC1967NonPayable\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"EnforcedPause\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ExpectedPause\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"FailedCall\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidInitialization\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotInitializing\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"UUPSUnauthorizedCallContext\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"slot\",\"type\":\"bytes32\"}],\"name\":\"UUPSUnsupportedProxiableUUID\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Deposited\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"version\",\"type\":\"uint64\"}],\"name\":\"Initialized\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferred\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"Paused\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"previousAdminRole\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"newAdminRole\",\"type\":\"bytes32\"}],\"name\":\"RoleAdminChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleGranted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleRevoked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Swept\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"Unpaused\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"implementation\",\"type\":\"address\"}],\"name\":\"Upgraded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Withdrawn\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"DEFAULT_ADMIN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"GUARDIAN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"UPGRADER_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"UPGRADE_INTERFACE_VERSION\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"balances\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"deposit\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"}],\"name\":\"getRoleAdmin\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"grantRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"hasRole\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"admin\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"guardian\",\"type\":\"address\"}],\"name\":\"initialize\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"initializeV2\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pause\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"paused\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"proxiableUUID\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"callerConfirmation\",\"type\":\"address\"}],\"name\":\"renounceRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"revokeRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"sweep\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalAssets\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalDeposits\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"unpause\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newImplementation\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"upgradeToAndCall\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"version\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"withdraw\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "TreasuryVaultV2GatedInit",
	Bin: "0x60a060405230608052348015610013575f5ffd5b5061001c610021565b6100d3565b7ff0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a00805468010000000000000000900460ff16156100715760405163f92ee8a960e01b815260040160405180910390fd5b80546001600160401b03908116146100d05780546001600160401b0319166001600160401b0390811782556040519081527fc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d29060200160405180910390a15b50565b6080516114b76100f95f395f8181610db201528181610ddb0152610f3c01526114b75ff3fe608060405260043610610161575f3560e01c806352d1902d116100cd5780638da5cb5b11610087578063ad3cb1cc11610062578063ad3cb1cc14610406578063d0e30db014610436578063d547741f1461043e578063f72c0d8b1461045d575f5ffd5b80638da5cb5b1461039d57806391d14854146103d4578063a217fddf146103f3575f5ffd5b806352d1902d146102f257806354fd4d50146103065780635c975abb1461033e5780636ea056a9146103555780637d882097146103745780638456cb5914610389575f5ffd5b80632e1a7d4d1161011e5780632e1a7d4d1461024f5780632f2ff15d1461026e57806336568abe1461028d5780633f4ba83a146102ac578063485cc955146102c05780634f1ef286146102df575f5ffd5b806301e1d1141461016557806301ffc9a714610186578063248a9ca3146101b557806324ea54f4146101e357806327e235e31461020357806329b6eca91461022e575b5f5ffd5b348015610170575f5ffd5b50475b6040519081526020015b60405180910390f35b348015610191575f5ffd5b506101a56101a03660046111e1565b610490565b604051901515815260200161017d565b3480156101c0575f5ffd5b506101736101cf366004611208565b5f9081526020819052604090206001015490565b3480156101ee575f5ffd5b506101735f5160206114625f395f51905f5281565b34801561020e575f5ffd5b5061017361021d36600461123a565b60026020525f908152604090205481565b348015610239575f5ffd5b5061024d61024836600461123a565b6104c6565b005b34801561025a575f5ffd5b5061024d610269366004611208565b61062f565b348015610279575f5ffd5b5061024d610288366004611253565b610797565b348015610298575f5ffd5b5061024d6102a7366004611253565b6107c1565b3480156102b7575f5ffd5b5061024d6107f4565b3480156102cb575f5ffd5b5061024d6102da36600461127d565b610816565b61024d6102ed3660046112b9565b6109b0565b3480156102fd575f5ffd5b506101736109cf565b348015610311575f5ffd5b506040805180820190915260078152660c8b59d85d195960ca1b60208201525b60405161017d919061137d565b348015610349575f5ffd5b5060015460ff166101a5565b348015610360575f5ffd5b5061024d61036f3660046113b2565b6109ea565b34801561037f575f5ffd5b5061017360035481565b348015610394575f5ffd5b5061024d610ae2565b3480156103a8575f5ffd5b506004546103bc906001600160a01b031681565b6040516001600160a01b03909116815260200161017d565b3480156103df575f5ffd5b506101a56103ee366004611253565b610b01565b3480156103fe575f5ffd5b506101735f81565b348015610411575f5ffd5b50610331604051806040016040528060058152602001640352e302e360dc1b81525081565b61024d610b29565b348015610449575f5ffd5b5061024d610458366004611253565b610be1565b348015610468575f5ffd5b506101737f189ab7a9244df0848122154315af71fe140f3db0fe014031783b0946b8c9d2e381565b5f6001600160e01b03198216637965db0b60e01b14806104c057506301ffc9a760e01b6001600160e01b03198316145b92915050565b60025f6104d1610c05565b8054909150600160401b900460ff16806104f95750805467ffffffffffffffff808416911610155b156105175760405163f92ee8a960e01b815260040160405180910390fd5b805468ffffffffffffffffff191667ffffffffffffffff831617600160401b1781555f61054381610c2d565b6001600160a01b03841661058d5760405162461bcd60e51b815260206004820152600c60248201526b7a65726f206164647265737360a01b60448201526064015b60405180910390fd5b6004546040516001600160a01b038087169216907f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0905f90a350600480546001600160a01b0319166001600160a01b038516179055805460ff60401b1916815560405167ffffffffffffffff831681527fc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d29060200160405180910390a1505050565b610637610c37565b335f9081526002602052604090205481158015906106555750808211155b6106985760405162461bcd60e51b8152602060048201526014602482015273696e73756666696369656e742062616c616e636560601b6044820152606401610584565b6106a282826113ee565b335f90815260026020526040812091909155600380548492906106c69084906113ee565b909155505060405182815233907f7084f5476618d8e60b11ef0d7d3f06914655adb8793e28ff7f018d4c76d505d59060200160405180910390a25f336001600160a01b0316836040515b5f6040518083038185875af1925050503d805f811461074a576040519150601f19603f3d011682016040523d82523d5f602084013e61074f565b606091505b50509050806107925760405162461bcd60e51b815260206004820152600f60248201526e1d1c985b9cd9995c8819985a5b1959608a1b6044820152606401610584565b505050565b5f828152602081905260409020600101546107b181610c2d565b6107bb8383610c5d565b50505050565b6001600160a01b03811633146107ea5760405163334bd91960e11b815260040160405180910390fd5b6107928282610cec565b5f5160206114625f395f51905f5261080b81610c2d565b610813610d55565b50565b5f61081f610c05565b805490915060ff600160401b820416159067ffffffffffffffff165f811580156108465750825b90505f8267ffffffffffffffff1660011480156108625750303b155b905081158015610870575080155b1561088e5760405163f92ee8a960e01b815260040160405180910390fd5b845467ffffffffffffffff1916600117855583156108b857845460ff60401b1916600160401b1785555b6001600160a01b038716158015906108d857506001600160a01b03861615155b6109135760405162461bcd60e51b815260206004820152600c60248201526b7a65726f206164647265737360a01b6044820152606401610584565b61091d5f88610c5d565b506109487f189ab7a9244df0848122154315af71fe140f3db0fe014031783b0946b8c9d2e388610c5d565b506109605f5160206114625f395f51905f5287610c5d565b5083156109a757845460ff60401b19168555604051600181527fc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d29060200160405180910390a15b50505050505050565b6109b8610da7565b6109c182610e4b565b6109cb8282610e75565b5050565b5f6109d8610f31565b505f5160206114425f395f51905f5290565b6109f2610c37565b6004546001600160a01b03163314610a3c5760405162461bcd60e51b815260206004820152600d60248201526c3737ba103a34329037bbb732b960991b6044820152606401610584565b6001600160a01b03821615801590610a5357505f81115b610a8b5760405162461bcd60e51b815260206004820152600960248201526806261642073776565760bc1b6044820152606401610584565b816001600160a01b03167fc36b5179cb9c303b200074996eab2b3473eac370fdd7eba3bec636fe3510969682604051610ac691815260200190565b60405180910390a25f826001600160a01b031682604051610710565b5f5160206114625f395f51905f52610af981610c2d565b610813610f7a565b5f918252602082815260408084206001600160a01b0393909316845291905290205460ff1690565b610b31610c37565b5f3411610b6f5760405162461bcd60e51b815260206004820152600c60248201526b1e995c9bc819195c1bdcda5d60a21b6044820152606401610584565b335f9081526002602052604081208054349290610b8d908490611401565b925050819055503460035f828254610ba59190611401565b909155505060405134815233907f2da466a7b24304f47e87fa2e1e5a81b9831ce54fec19055ce277ca2f39ba42c49060200160405180910390a2565b5f82815260208190526040902060010154610bfb81610c2d565b6107bb8383610cec565b5f807ff0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a006104c0565b6108138133610fb5565b60015460ff1615610c5b5760405163d93c066560e01b815260040160405180910390fd5b565b5f610c688383610b01565b610ce5575f838152602081815260408083206001600160a01b03861684529091529020805460ff19166001179055610c9d3390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a45060016104c0565b505f6104c0565b5f610cf78383610b01565b15610ce5575f838152602081815260408083206001600160a01b0386168085529252808320805460ff1916905551339286917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a45060016104c0565b610d5d610fee565b6001805460ff191690557f5db9ee0a495bf2e6ff9c91a7834c1ba4fdd244a5e8aa4e537bd38aeae4b073aa335b6040516001600160a01b03909116815260200160405180910390a1565b306001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000161480610e2d57507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316610e215f5160206114425f395f51905f52546001600160a01b031690565b6001600160a01b031614155b15610c5b5760405163703e46dd60e11b815260040160405180910390fd5b7f189ab7a9244df0848122154315af71fe140f3db0fe014031783b0946b8c9d2e36109cb81610c2d565b816001600160a01b03166352d1902d6040518163ffffffff1660e01b8152600401602060405180830381865afa925050508015610ecf575060408051601f3d908101601f19168201909252610ecc91810190611414565b60015b610ef757604051634c9c8ce360e01b81526001600160a01b0383166004820152602401610584565b5f5160206114425f395f51905f528114610f2757604051632a87526960e21b815260048101829052602401610584565b6107928383611011565b306001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001614610c5b5760405163703e46dd60e11b815260040160405180910390fd5b610f82610c37565b6001805460ff1916811790557f62e78cea01bee320cd4e420270b5ea74000d11b0c9f74754ebdbfc544b05a25833610d8a565b610fbf8282610b01565b6109cb5760405163e2517d3f60e01b81526001600160a01b038216600482015260248101839052604401610584565b60015460ff16610c5b57604051638dfc202b60e01b815260040160405180910390fd5b61101a82611066565b6040516001600160a01b038316907fbc7cd75a20ee27fd9adebab32041f755214dbc6bffa90cc0225b39da2e5c2d3b905f90a280511561105e5761079282826110c9565b6109cb61113b565b806001600160a01b03163b5f0361109b57604051634c9c8ce360e01b81526001600160a01b0382166004820152602401610584565b5f5160206114425f395f51905f5280546001600160a01b0319166001600160a01b0392909216919091179055565b60605f5f846001600160a01b0316846040516110e5919061142b565b5f60405180830381855af49150503d805f811461111d576040519150601f19603f3d011682016040523d82523d5f602084013e611122565b606091505b509150915061113285838361115a565b95945050505050565b3415610c5b5760405163b398979f60e01b815260040160405180910390fd5b60608261116f5761116a826111b9565b6111b2565b815115801561118657506001600160a01b0384163b155b156111af57604051639996b31560e01b81526001600160a01b0385166004820152602401610584565b50805b9392505050565b8051156111c857805160208201fd5b60405163d6bda27560e01b815260040160405180910390fd5b5f602082840312156111f1575f5ffd5b81356001600160e01b0319811681146111b2575f5ffd5b5f60208284031215611218575f5ffd5b5035919050565b80356001600160a01b0381168114611235575f5ffd5b919050565b5f6020828403121561124a575f5ffd5b6111b28261121f565b5f5f60408385031215611264575f5ffd5b823591506112746020840161121f565b90509250929050565b5f5f6040838503121561128e575f5ffd5b6112978361121f565b91506112746020840161121f565b634e487b7160e01b5f52604160045260245ffd5b5f5f604083850312156112ca575f5ffd5b6112d38361121f565b9150602083013567ffffffffffffffff8111156112ee575f5ffd5b8301601f810185136112fe575f5ffd5b803567ffffffffffffffff811115611318576113186112a5565b604051601f8201601f19908116603f0116810167ffffffffffffffff81118282101715611347576113476112a5565b60405281815282820160200187101561135e575f5ffd5b816020840160208301375f602083830101528093505050509250929050565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b5f5f604083850312156113c3575f5ffd5b6113cc8361121f565b946020939093013593505050565b634e487b7160e01b5f52601160045260245ffd5b818103818111156104c0576104c06113da565b808201808211156104c0576104c06113da565b5f60208284031215611424575f5ffd5b5051919050565b5f82518060208501845e5f92019182525091905056fe360894a13ba1a3210667c828492db98dca3e2076cc3735a920a3ca505d382bbc55435dd261a4b9b3364963f7738a7a662ad9c84396d64be3365284bb7f0a5041a264697066735822122032ced804690bd1e951bd3f3fabe2b7972da34513b6d40b300e7eb6ae34463db664736f6c634300081e0033",
}

// TreasuryVaultV2GatedInit is an auto generated Go binding around an Ethereum contract.
type TreasuryVaultV2GatedInit struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *TreasuryVaultV2GatedInit) GetABI() abi.ABI {
	return c.abi
}

// NewTreasuryVaultV2GatedInit creates a new instance of TreasuryVaultV2GatedInit.
func NewTreasuryVaultV2GatedInit() *TreasuryVaultV2GatedInit {
	parsed, err := TreasuryVaultV2GatedInitMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &TreasuryVaultV2GatedInit{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *TreasuryVaultV2GatedInit) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackDEFAULTADMINROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa217fddf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (treasuryVaultV2GatedInit *TreasuryVaultV2GatedInit) PackDEFAULTADMINROLE() []byte {
	enc, err := treasuryVaultV2GatedInit.abi.Pack("DEFAULT_ADMIN_ROLE")
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
func (treasuryVaultV2GatedInit *TreasuryVaultV2GatedInit) TryPackDEFAULTADMINROLE() ([]byte, error) {
	return treasuryVaultV2GatedInit.abi.Pack("DEFAULT_ADMIN_ROLE")
}

// UnpackDEFAULTADMINROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (treasuryVaultV2GatedInit *TreasuryVaultV2GatedInit) UnpackDEFAULTADMINROLE(data []byte) ([32]byte, error) {
	out, err := treasuryVaultV2GatedInit.abi.Unpack("DEFAULT_ADMIN_ROLE", data)
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
func (treasuryVaultV2GatedInit *TreasuryVaultV2GatedInit) PackGUARDIANROLE() []byte {
	enc, err := treasuryVaultV2GatedInit.abi.Pack("GUARDIAN_ROLE")
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
func (treasuryVaultV2GatedInit *TreasuryVaultV2GatedInit) TryPackGUARDIANROLE() ([]byte, error) {
	return treasuryVaultV2GatedInit.abi.Pack("GUARDIAN_ROLE")
}

// UnpackGUARDIANROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x24ea54f4.
//
// Solidity: function GUARDIAN_ROLE() view returns(bytes32)
func (treasuryVaultV2GatedInit *TreasuryVaultV2GatedInit) UnpackGUARDIANROLE(data []byte) ([32]byte, error) {
	out, err := treasuryVaultV2GatedInit.abi.Unpack("GUARDIAN_ROLE", data)
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
func (treasuryVaultV2GatedInit *TreasuryVaultV2GatedInit) PackUPGRADERROLE() []byte {
	enc, err := treasuryVaultV2GatedInit.abi.Pack("UPGRADER_ROLE")
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
func (treasuryVaultV2GatedInit *TreasuryVaultV2GatedInit) TryPackUPGRADERROLE() ([]byte, error) {
	return treasuryVaultV2GatedInit.abi.Pack("UPGRADER_ROLE")
}

// UnpackUPGRADERROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf72c0d8b.
//
// Solidity: function UPGRADER_ROLE() view returns(bytes32)
func (treasuryVaultV2GatedInit *TreasuryVaultV2GatedInit) UnpackUPGRADERROLE(data []byte) ([32]byte, error) {
	out, err := treasuryVaultV2GatedInit.abi.Unpack("UPGRADER_ROLE", data)
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
func (treasuryVaultV2GatedInit *TreasuryVaultV2GatedInit) PackUPGRADEINTERFACEVERSION() []byte {
	enc, err := treasuryVaultV2GatedInit.abi.Pack("UPGRADE_INTERFACE_VERSION")
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
func (treasuryVaultV2GatedInit *TreasuryVaultV2GatedInit) TryPackUPGRADEINTERFACEVERSION() ([]byte, error) {
	return treasuryVaultV2GatedInit.abi.Pack("UPGRADE_INTERFACE_VERSION")
}

// UnpackUPGRADEINTERFACEVERSION is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xad3cb1cc.
//
// Solidity: function UPGRADE_INTERFACE_VERSION() view returns(string)
func (treasuryVaultV2GatedInit *TreasuryVaultV2GatedInit) UnpackUPGRADEINTERFACEVERSION(data []byte) (string, error) {
	out, err := treasuryVaultV2GatedInit.abi.Unpack("UPGRADE_INTERFACE_VERSION", data)
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
func (treasuryVaultV2GatedInit *TreasuryVaultV2GatedInit) PackBalances(arg0 common.Address) []byte {
	enc, err := treasuryVaultV2GatedInit.abi.Pack("balances", arg0)
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
func (treasuryVaultV2GatedInit *TreasuryVaultV2GatedInit) TryPackBalances(arg0 common.Address) ([]byte, error) {
	return treasuryVaultV2GatedInit.abi.Pack("balances", arg0)
}

// UnpackBalances is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x27e235e3.
//
// Solidity: function balances(address ) view returns(uint256)
func (treasuryVaultV2GatedInit *TreasuryVaultV2GatedInit) UnpackBalances(data []byte) (*big.Int, error) {
	out, err := treasuryVaultV2GatedInit.abi.Unpack("balances", data)
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
func (treasuryVaultV2GatedInit *TreasuryVaultV2GatedInit) PackDeposit() []byte {
	enc, err := treasuryVaultV2GatedInit.abi.Pack("deposit")
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
func (treasuryVaultV2GatedInit *TreasuryVaultV2GatedInit) TryPackDeposit() ([]byte, error) {
	return treasuryVaultV2GatedInit.abi.Pack("deposit")
}

// PackGetRoleAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x248a9ca3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (treasuryVaultV2GatedInit *TreasuryVaultV2GatedInit) PackGetRoleAdmin(role [32]byte) []byte {
	enc, err := treasuryVaultV2GatedInit.abi.Pack("getRoleAdmin", role)
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
func (treasuryVaultV2GatedInit *TreasuryVaultV2GatedInit) TryPackGetRoleAdmin(role [32]byte) ([]byte, error) {
	return treasuryVaultV2GatedInit.abi.Pack("getRoleAdmin", role)
}

// UnpackGetRoleAdmin is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (treasuryVaultV2GatedInit *TreasuryVaultV2GatedInit) UnpackGetRoleAdmin(data []byte) ([32]byte, error) {
	out, err := treasuryVaultV2GatedInit.abi.Unpack("getRoleAdmin", data)
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
func (treasuryVaultV2GatedInit *TreasuryVaultV2GatedInit) PackGrantRole(role [32]byte, account common.Address) []byte {
	enc, err := treasuryVaultV2GatedInit.abi.Pack("grantRole", role, account)
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
func (treasuryVaultV2GatedInit *TreasuryVaultV2GatedInit) TryPackGrantRole(role [32]byte, account common.Address) ([]byte, error) {
	return treasuryVaultV2GatedInit.abi.Pack("grantRole", role, account)
}

// PackHasRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91d14854.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (treasuryVaultV2GatedInit *TreasuryVaultV2GatedInit) PackHasRole(role [32]byte, account common.Address) []byte {
	enc, err := treasuryVaultV2GatedInit.abi.Pack("hasRole", role, account)
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
func (treasuryVaultV2GatedInit *TreasuryVaultV2GatedInit) TryPackHasRole(role [32]byte, account common.Address) ([]byte, error) {
	return treasuryVaultV2GatedInit.abi.Pack("hasRole", role, account)
}

// UnpackHasRole is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (treasuryVaultV2GatedInit *TreasuryVaultV2GatedInit) UnpackHasRole(data []byte) (bool, error) {
	out, err := treasuryVaultV2GatedInit.abi.Unpack("hasRole", data)
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
func (treasuryVaultV2GatedInit *TreasuryVaultV2GatedInit) PackInitialize(admin common.Address, guardian common.Address) []byte {
	enc, err := treasuryVaultV2GatedInit.abi.Pack("initialize", admin, guardian)
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
func (treasuryVaultV2GatedInit *TreasuryVaultV2GatedInit) TryPackInitialize(admin common.Address, guardian common.Address) ([]byte, error) {
	return treasuryVaultV2GatedInit.abi.Pack("initialize", admin, guardian)
}

// PackInitializeV2 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x29b6eca9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function initializeV2(address newOwner) returns()
func (treasuryVaultV2GatedInit *TreasuryVaultV2GatedInit) PackInitializeV2(newOwner common.Address) []byte {
	enc, err := treasuryVaultV2GatedInit.abi.Pack("initializeV2", newOwner)
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
func (treasuryVaultV2GatedInit *TreasuryVaultV2GatedInit) TryPackInitializeV2(newOwner common.Address) ([]byte, error) {
	return treasuryVaultV2GatedInit.abi.Pack("initializeV2", newOwner)
}

// PackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function owner() view returns(address)
func (treasuryVaultV2GatedInit *TreasuryVaultV2GatedInit) PackOwner() []byte {
	enc, err := treasuryVaultV2GatedInit.abi.Pack("owner")
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
func (treasuryVaultV2GatedInit *TreasuryVaultV2GatedInit) TryPackOwner() ([]byte, error) {
	return treasuryVaultV2GatedInit.abi.Pack("owner")
}

// UnpackOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (treasuryVaultV2GatedInit *TreasuryVaultV2GatedInit) UnpackOwner(data []byte) (common.Address, error) {
	out, err := treasuryVaultV2GatedInit.abi.Unpack("owner", data)
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
func (treasuryVaultV2GatedInit *TreasuryVaultV2GatedInit) PackPause() []byte {
	enc, err := treasuryVaultV2GatedInit.abi.Pack("pause")
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
func (treasuryVaultV2GatedInit *TreasuryVaultV2GatedInit) TryPackPause() ([]byte, error) {
	return treasuryVaultV2GatedInit.abi.Pack("pause")
}

// PackPaused is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5c975abb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function paused() view returns(bool)
func (treasuryVaultV2GatedInit *TreasuryVaultV2GatedInit) PackPaused() []byte {
	enc, err := treasuryVaultV2GatedInit.abi.Pack("paused")
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
func (treasuryVaultV2GatedInit *TreasuryVaultV2GatedInit) TryPackPaused() ([]byte, error) {
	return treasuryVaultV2GatedInit.abi.Pack("paused")
}

// UnpackPaused is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5c975abb.
//
// Solidity: function paused() view returns(bool)
func (treasuryVaultV2GatedInit *TreasuryVaultV2GatedInit) UnpackPaused(data []byte) (bool, error) {
	out, err := treasuryVaultV2GatedInit.abi.Unpack("paused", data)
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
func (treasuryVaultV2GatedInit *TreasuryVaultV2GatedInit) PackProxiableUUID() []byte {
	enc, err := treasuryVaultV2GatedInit.abi.Pack("proxiableUUID")
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
func (treasuryVaultV2GatedInit *TreasuryVaultV2GatedInit) TryPackProxiableUUID() ([]byte, error) {
	return treasuryVaultV2GatedInit.abi.Pack("proxiableUUID")
}

// UnpackProxiableUUID is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x52d1902d.
//
// Solidity: function proxiableUUID() view returns(bytes32)
func (treasuryVaultV2GatedInit *TreasuryVaultV2GatedInit) UnpackProxiableUUID(data []byte) ([32]byte, error) {
	out, err := treasuryVaultV2GatedInit.abi.Unpack("proxiableUUID", data)
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
func (treasuryVaultV2GatedInit *TreasuryVaultV2GatedInit) PackRenounceRole(role [32]byte, callerConfirmation common.Address) []byte {
	enc, err := treasuryVaultV2GatedInit.abi.Pack("renounceRole", role, callerConfirmation)
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
func (treasuryVaultV2GatedInit *TreasuryVaultV2GatedInit) TryPackRenounceRole(role [32]byte, callerConfirmation common.Address) ([]byte, error) {
	return treasuryVaultV2GatedInit.abi.Pack("renounceRole", role, callerConfirmation)
}

// PackRevokeRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd547741f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (treasuryVaultV2GatedInit *TreasuryVaultV2GatedInit) PackRevokeRole(role [32]byte, account common.Address) []byte {
	enc, err := treasuryVaultV2GatedInit.abi.Pack("revokeRole", role, account)
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
func (treasuryVaultV2GatedInit *TreasuryVaultV2GatedInit) TryPackRevokeRole(role [32]byte, account common.Address) ([]byte, error) {
	return treasuryVaultV2GatedInit.abi.Pack("revokeRole", role, account)
}

// PackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (treasuryVaultV2GatedInit *TreasuryVaultV2GatedInit) PackSupportsInterface(interfaceId [4]byte) []byte {
	enc, err := treasuryVaultV2GatedInit.abi.Pack("supportsInterface", interfaceId)
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
func (treasuryVaultV2GatedInit *TreasuryVaultV2GatedInit) TryPackSupportsInterface(interfaceId [4]byte) ([]byte, error) {
	return treasuryVaultV2GatedInit.abi.Pack("supportsInterface", interfaceId)
}

// UnpackSupportsInterface is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (treasuryVaultV2GatedInit *TreasuryVaultV2GatedInit) UnpackSupportsInterface(data []byte) (bool, error) {
	out, err := treasuryVaultV2GatedInit.abi.Unpack("supportsInterface", data)
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
func (treasuryVaultV2GatedInit *TreasuryVaultV2GatedInit) PackSweep(to common.Address, amount *big.Int) []byte {
	enc, err := treasuryVaultV2GatedInit.abi.Pack("sweep", to, amount)
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
func (treasuryVaultV2GatedInit *TreasuryVaultV2GatedInit) TryPackSweep(to common.Address, amount *big.Int) ([]byte, error) {
	return treasuryVaultV2GatedInit.abi.Pack("sweep", to, amount)
}

// PackTotalAssets is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01e1d114.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function totalAssets() view returns(uint256)
func (treasuryVaultV2GatedInit *TreasuryVaultV2GatedInit) PackTotalAssets() []byte {
	enc, err := treasuryVaultV2GatedInit.abi.Pack("totalAssets")
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
func (treasuryVaultV2GatedInit *TreasuryVaultV2GatedInit) TryPackTotalAssets() ([]byte, error) {
	return treasuryVaultV2GatedInit.abi.Pack("totalAssets")
}

// UnpackTotalAssets is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x01e1d114.
//
// Solidity: function totalAssets() view returns(uint256)
func (treasuryVaultV2GatedInit *TreasuryVaultV2GatedInit) UnpackTotalAssets(data []byte) (*big.Int, error) {
	out, err := treasuryVaultV2GatedInit.abi.Unpack("totalAssets", data)
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
func (treasuryVaultV2GatedInit *TreasuryVaultV2GatedInit) PackTotalDeposits() []byte {
	enc, err := treasuryVaultV2GatedInit.abi.Pack("totalDeposits")
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
func (treasuryVaultV2GatedInit *TreasuryVaultV2GatedInit) TryPackTotalDeposits() ([]byte, error) {
	return treasuryVaultV2GatedInit.abi.Pack("totalDeposits")
}

// UnpackTotalDeposits is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7d882097.
//
// Solidity: function totalDeposits() view returns(uint256)
func (treasuryVaultV2GatedInit *TreasuryVaultV2GatedInit) UnpackTotalDeposits(data []byte) (*big.Int, error) {
	out, err := treasuryVaultV2GatedInit.abi.Unpack("totalDeposits", data)
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
func (treasuryVaultV2GatedInit *TreasuryVaultV2GatedInit) PackUnpause() []byte {
	enc, err := treasuryVaultV2GatedInit.abi.Pack("unpause")
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
func (treasuryVaultV2GatedInit *TreasuryVaultV2GatedInit) TryPackUnpause() ([]byte, error) {
	return treasuryVaultV2GatedInit.abi.Pack("unpause")
}

// PackUpgradeToAndCall is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4f1ef286.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function upgradeToAndCall(address newImplementation, bytes data) payable returns()
func (treasuryVaultV2GatedInit *TreasuryVaultV2GatedInit) PackUpgradeToAndCall(newImplementation common.Address, data []byte) []byte {
	enc, err := treasuryVaultV2GatedInit.abi.Pack("upgradeToAndCall", newImplementation, data)
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
func (treasuryVaultV2GatedInit *TreasuryVaultV2GatedInit) TryPackUpgradeToAndCall(newImplementation common.Address, data []byte) ([]byte, error) {
	return treasuryVaultV2GatedInit.abi.Pack("upgradeToAndCall", newImplementation, data)
}

// PackVersion is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x54fd4d50.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function version() pure returns(string)
func (treasuryVaultV2GatedInit *TreasuryVaultV2GatedInit) PackVersion() []byte {
	enc, err := treasuryVaultV2GatedInit.abi.Pack("version")
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
func (treasuryVaultV2GatedInit *TreasuryVaultV2GatedInit) TryPackVersion() ([]byte, error) {
	return treasuryVaultV2GatedInit.abi.Pack("version")
}

// UnpackVersion is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x54fd4d50.
//
// Solidity: function version() pure returns(string)
func (treasuryVaultV2GatedInit *TreasuryVaultV2GatedInit) UnpackVersion(data []byte) (string, error) {
	out, err := treasuryVaultV2GatedInit.abi.Unpack("version", data)
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
func (treasuryVaultV2GatedInit *TreasuryVaultV2GatedInit) PackWithdraw(amount *big.Int) []byte {
	enc, err := treasuryVaultV2GatedInit.abi.Pack("withdraw", amount)
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
func (treasuryVaultV2GatedInit *TreasuryVaultV2GatedInit) TryPackWithdraw(amount *big.Int) ([]byte, error) {
	return treasuryVaultV2GatedInit.abi.Pack("withdraw", amount)
}

// TreasuryVaultV2GatedInitDeposited represents a Deposited event raised by the TreasuryVaultV2GatedInit contract.
type TreasuryVaultV2GatedInitDeposited struct {
	Account common.Address
	Amount  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const TreasuryVaultV2GatedInitDepositedEventName = "Deposited"

// ContractEventName returns the user-defined event name.
func (TreasuryVaultV2GatedInitDeposited) ContractEventName() string {
	return TreasuryVaultV2GatedInitDepositedEventName
}

// UnpackDepositedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Deposited(address indexed account, uint256 amount)
func (treasuryVaultV2GatedInit *TreasuryVaultV2GatedInit) UnpackDepositedEvent(log *types.Log) (*TreasuryVaultV2GatedInitDeposited, error) {
	event := "Deposited"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != treasuryVaultV2GatedInit.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TreasuryVaultV2GatedInitDeposited)
	if len(log.Data) > 0 {
		if err := treasuryVaultV2GatedInit.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range treasuryVaultV2GatedInit.abi.Events[event].Inputs {
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

// TreasuryVaultV2GatedInitInitialized represents a Initialized event raised by the TreasuryVaultV2GatedInit contract.
type TreasuryVaultV2GatedInitInitialized struct {
	Version uint64
	Raw     *types.Log // Blockchain specific contextual infos
}

const TreasuryVaultV2GatedInitInitializedEventName = "Initialized"

// ContractEventName returns the user-defined event name.
func (TreasuryVaultV2GatedInitInitialized) ContractEventName() string {
	return TreasuryVaultV2GatedInitInitializedEventName
}

// UnpackInitializedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Initialized(uint64 version)
func (treasuryVaultV2GatedInit *TreasuryVaultV2GatedInit) UnpackInitializedEvent(log *types.Log) (*TreasuryVaultV2GatedInitInitialized, error) {
	event := "Initialized"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != treasuryVaultV2GatedInit.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TreasuryVaultV2GatedInitInitialized)
	if len(log.Data) > 0 {
		if err := treasuryVaultV2GatedInit.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range treasuryVaultV2GatedInit.abi.Events[event].Inputs {
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

// TreasuryVaultV2GatedInitOwnershipTransferred represents a OwnershipTransferred event raised by the TreasuryVaultV2GatedInit contract.
type TreasuryVaultV2GatedInitOwnershipTransferred struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           *types.Log // Blockchain specific contextual infos
}

const TreasuryVaultV2GatedInitOwnershipTransferredEventName = "OwnershipTransferred"

// ContractEventName returns the user-defined event name.
func (TreasuryVaultV2GatedInitOwnershipTransferred) ContractEventName() string {
	return TreasuryVaultV2GatedInitOwnershipTransferredEventName
}

// UnpackOwnershipTransferredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (treasuryVaultV2GatedInit *TreasuryVaultV2GatedInit) UnpackOwnershipTransferredEvent(log *types.Log) (*TreasuryVaultV2GatedInitOwnershipTransferred, error) {
	event := "OwnershipTransferred"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != treasuryVaultV2GatedInit.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TreasuryVaultV2GatedInitOwnershipTransferred)
	if len(log.Data) > 0 {
		if err := treasuryVaultV2GatedInit.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range treasuryVaultV2GatedInit.abi.Events[event].Inputs {
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

// TreasuryVaultV2GatedInitPaused represents a Paused event raised by the TreasuryVaultV2GatedInit contract.
type TreasuryVaultV2GatedInitPaused struct {
	Account common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const TreasuryVaultV2GatedInitPausedEventName = "Paused"

// ContractEventName returns the user-defined event name.
func (TreasuryVaultV2GatedInitPaused) ContractEventName() string {
	return TreasuryVaultV2GatedInitPausedEventName
}

// UnpackPausedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Paused(address account)
func (treasuryVaultV2GatedInit *TreasuryVaultV2GatedInit) UnpackPausedEvent(log *types.Log) (*TreasuryVaultV2GatedInitPaused, error) {
	event := "Paused"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != treasuryVaultV2GatedInit.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TreasuryVaultV2GatedInitPaused)
	if len(log.Data) > 0 {
		if err := treasuryVaultV2GatedInit.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range treasuryVaultV2GatedInit.abi.Events[event].Inputs {
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

// TreasuryVaultV2GatedInitRoleAdminChanged represents a RoleAdminChanged event raised by the TreasuryVaultV2GatedInit contract.
type TreasuryVaultV2GatedInitRoleAdminChanged struct {
	Role              [32]byte
	PreviousAdminRole [32]byte
	NewAdminRole      [32]byte
	Raw               *types.Log // Blockchain specific contextual infos
}

const TreasuryVaultV2GatedInitRoleAdminChangedEventName = "RoleAdminChanged"

// ContractEventName returns the user-defined event name.
func (TreasuryVaultV2GatedInitRoleAdminChanged) ContractEventName() string {
	return TreasuryVaultV2GatedInitRoleAdminChangedEventName
}

// UnpackRoleAdminChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole)
func (treasuryVaultV2GatedInit *TreasuryVaultV2GatedInit) UnpackRoleAdminChangedEvent(log *types.Log) (*TreasuryVaultV2GatedInitRoleAdminChanged, error) {
	event := "RoleAdminChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != treasuryVaultV2GatedInit.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TreasuryVaultV2GatedInitRoleAdminChanged)
	if len(log.Data) > 0 {
		if err := treasuryVaultV2GatedInit.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range treasuryVaultV2GatedInit.abi.Events[event].Inputs {
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

// TreasuryVaultV2GatedInitRoleGranted represents a RoleGranted event raised by the TreasuryVaultV2GatedInit contract.
type TreasuryVaultV2GatedInitRoleGranted struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const TreasuryVaultV2GatedInitRoleGrantedEventName = "RoleGranted"

// ContractEventName returns the user-defined event name.
func (TreasuryVaultV2GatedInitRoleGranted) ContractEventName() string {
	return TreasuryVaultV2GatedInitRoleGrantedEventName
}

// UnpackRoleGrantedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)
func (treasuryVaultV2GatedInit *TreasuryVaultV2GatedInit) UnpackRoleGrantedEvent(log *types.Log) (*TreasuryVaultV2GatedInitRoleGranted, error) {
	event := "RoleGranted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != treasuryVaultV2GatedInit.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TreasuryVaultV2GatedInitRoleGranted)
	if len(log.Data) > 0 {
		if err := treasuryVaultV2GatedInit.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range treasuryVaultV2GatedInit.abi.Events[event].Inputs {
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

// TreasuryVaultV2GatedInitRoleRevoked represents a RoleRevoked event raised by the TreasuryVaultV2GatedInit contract.
type TreasuryVaultV2GatedInitRoleRevoked struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const TreasuryVaultV2GatedInitRoleRevokedEventName = "RoleRevoked"

// ContractEventName returns the user-defined event name.
func (TreasuryVaultV2GatedInitRoleRevoked) ContractEventName() string {
	return TreasuryVaultV2GatedInitRoleRevokedEventName
}

// UnpackRoleRevokedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender)
func (treasuryVaultV2GatedInit *TreasuryVaultV2GatedInit) UnpackRoleRevokedEvent(log *types.Log) (*TreasuryVaultV2GatedInitRoleRevoked, error) {
	event := "RoleRevoked"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != treasuryVaultV2GatedInit.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TreasuryVaultV2GatedInitRoleRevoked)
	if len(log.Data) > 0 {
		if err := treasuryVaultV2GatedInit.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range treasuryVaultV2GatedInit.abi.Events[event].Inputs {
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

// TreasuryVaultV2GatedInitSwept represents a Swept event raised by the TreasuryVaultV2GatedInit contract.
type TreasuryVaultV2GatedInitSwept struct {
	To     common.Address
	Amount *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const TreasuryVaultV2GatedInitSweptEventName = "Swept"

// ContractEventName returns the user-defined event name.
func (TreasuryVaultV2GatedInitSwept) ContractEventName() string {
	return TreasuryVaultV2GatedInitSweptEventName
}

// UnpackSweptEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Swept(address indexed to, uint256 amount)
func (treasuryVaultV2GatedInit *TreasuryVaultV2GatedInit) UnpackSweptEvent(log *types.Log) (*TreasuryVaultV2GatedInitSwept, error) {
	event := "Swept"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != treasuryVaultV2GatedInit.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TreasuryVaultV2GatedInitSwept)
	if len(log.Data) > 0 {
		if err := treasuryVaultV2GatedInit.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range treasuryVaultV2GatedInit.abi.Events[event].Inputs {
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

// TreasuryVaultV2GatedInitUnpaused represents a Unpaused event raised by the TreasuryVaultV2GatedInit contract.
type TreasuryVaultV2GatedInitUnpaused struct {
	Account common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const TreasuryVaultV2GatedInitUnpausedEventName = "Unpaused"

// ContractEventName returns the user-defined event name.
func (TreasuryVaultV2GatedInitUnpaused) ContractEventName() string {
	return TreasuryVaultV2GatedInitUnpausedEventName
}

// UnpackUnpausedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Unpaused(address account)
func (treasuryVaultV2GatedInit *TreasuryVaultV2GatedInit) UnpackUnpausedEvent(log *types.Log) (*TreasuryVaultV2GatedInitUnpaused, error) {
	event := "Unpaused"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != treasuryVaultV2GatedInit.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TreasuryVaultV2GatedInitUnpaused)
	if len(log.Data) > 0 {
		if err := treasuryVaultV2GatedInit.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range treasuryVaultV2GatedInit.abi.Events[event].Inputs {
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

// TreasuryVaultV2GatedInitUpgraded represents a Upgraded event raised by the TreasuryVaultV2GatedInit contract.
type TreasuryVaultV2GatedInitUpgraded struct {
	Implementation common.Address
	Raw            *types.Log // Blockchain specific contextual infos
}

const TreasuryVaultV2GatedInitUpgradedEventName = "Upgraded"

// ContractEventName returns the user-defined event name.
func (TreasuryVaultV2GatedInitUpgraded) ContractEventName() string {
	return TreasuryVaultV2GatedInitUpgradedEventName
}

// UnpackUpgradedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Upgraded(address indexed implementation)
func (treasuryVaultV2GatedInit *TreasuryVaultV2GatedInit) UnpackUpgradedEvent(log *types.Log) (*TreasuryVaultV2GatedInitUpgraded, error) {
	event := "Upgraded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != treasuryVaultV2GatedInit.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TreasuryVaultV2GatedInitUpgraded)
	if len(log.Data) > 0 {
		if err := treasuryVaultV2GatedInit.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range treasuryVaultV2GatedInit.abi.Events[event].Inputs {
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

// TreasuryVaultV2GatedInitWithdrawn represents a Withdrawn event raised by the TreasuryVaultV2GatedInit contract.
type TreasuryVaultV2GatedInitWithdrawn struct {
	Account common.Address
	Amount  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const TreasuryVaultV2GatedInitWithdrawnEventName = "Withdrawn"

// ContractEventName returns the user-defined event name.
func (TreasuryVaultV2GatedInitWithdrawn) ContractEventName() string {
	return TreasuryVaultV2GatedInitWithdrawnEventName
}

// UnpackWithdrawnEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Withdrawn(address indexed account, uint256 amount)
func (treasuryVaultV2GatedInit *TreasuryVaultV2GatedInit) UnpackWithdrawnEvent(log *types.Log) (*TreasuryVaultV2GatedInitWithdrawn, error) {
	event := "Withdrawn"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != treasuryVaultV2GatedInit.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TreasuryVaultV2GatedInitWithdrawn)
	if len(log.Data) > 0 {
		if err := treasuryVaultV2GatedInit.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range treasuryVaultV2GatedInit.abi.Events[event].Inputs {
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
func (treasuryVaultV2GatedInit *TreasuryVaultV2GatedInit) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], treasuryVaultV2GatedInit.abi.Errors["AccessControlBadConfirmation"].ID.Bytes()[:4]) {
		return treasuryVaultV2GatedInit.UnpackAccessControlBadConfirmationError(raw[4:])
	}
	if bytes.Equal(raw[:4], treasuryVaultV2GatedInit.abi.Errors["AccessControlUnauthorizedAccount"].ID.Bytes()[:4]) {
		return treasuryVaultV2GatedInit.UnpackAccessControlUnauthorizedAccountError(raw[4:])
	}
	if bytes.Equal(raw[:4], treasuryVaultV2GatedInit.abi.Errors["AddressEmptyCode"].ID.Bytes()[:4]) {
		return treasuryVaultV2GatedInit.UnpackAddressEmptyCodeError(raw[4:])
	}
	if bytes.Equal(raw[:4], treasuryVaultV2GatedInit.abi.Errors["ERC1967InvalidImplementation"].ID.Bytes()[:4]) {
		return treasuryVaultV2GatedInit.UnpackERC1967InvalidImplementationError(raw[4:])
	}
	if bytes.Equal(raw[:4], treasuryVaultV2GatedInit.abi.Errors["ERC1967NonPayable"].ID.Bytes()[:4]) {
		return treasuryVaultV2GatedInit.UnpackERC1967NonPayableError(raw[4:])
	}
	if bytes.Equal(raw[:4], treasuryVaultV2GatedInit.abi.Errors["EnforcedPause"].ID.Bytes()[:4]) {
		return treasuryVaultV2GatedInit.UnpackEnforcedPauseError(raw[4:])
	}
	if bytes.Equal(raw[:4], treasuryVaultV2GatedInit.abi.Errors["ExpectedPause"].ID.Bytes()[:4]) {
		return treasuryVaultV2GatedInit.UnpackExpectedPauseError(raw[4:])
	}
	if bytes.Equal(raw[:4], treasuryVaultV2GatedInit.abi.Errors["FailedCall"].ID.Bytes()[:4]) {
		return treasuryVaultV2GatedInit.UnpackFailedCallError(raw[4:])
	}
	if bytes.Equal(raw[:4], treasuryVaultV2GatedInit.abi.Errors["InvalidInitialization"].ID.Bytes()[:4]) {
		return treasuryVaultV2GatedInit.UnpackInvalidInitializationError(raw[4:])
	}
	if bytes.Equal(raw[:4], treasuryVaultV2GatedInit.abi.Errors["NotInitializing"].ID.Bytes()[:4]) {
		return treasuryVaultV2GatedInit.UnpackNotInitializingError(raw[4:])
	}
	if bytes.Equal(raw[:4], treasuryVaultV2GatedInit.abi.Errors["UUPSUnauthorizedCallContext"].ID.Bytes()[:4]) {
		return treasuryVaultV2GatedInit.UnpackUUPSUnauthorizedCallContextError(raw[4:])
	}
	if bytes.Equal(raw[:4], treasuryVaultV2GatedInit.abi.Errors["UUPSUnsupportedProxiableUUID"].ID.Bytes()[:4]) {
		return treasuryVaultV2GatedInit.UnpackUUPSUnsupportedProxiableUUIDError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// TreasuryVaultV2GatedInitAccessControlBadConfirmation represents a AccessControlBadConfirmation error raised by the TreasuryVaultV2GatedInit contract.
type TreasuryVaultV2GatedInitAccessControlBadConfirmation struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlBadConfirmation()
func TreasuryVaultV2GatedInitAccessControlBadConfirmationErrorID() common.Hash {
	return common.HexToHash("0x6697b23232a647058342c0724fe7c415cab25915b54e5dbc03f233173d37b41c")
}

// UnpackAccessControlBadConfirmationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlBadConfirmation()
func (treasuryVaultV2GatedInit *TreasuryVaultV2GatedInit) UnpackAccessControlBadConfirmationError(raw []byte) (*TreasuryVaultV2GatedInitAccessControlBadConfirmation, error) {
	out := new(TreasuryVaultV2GatedInitAccessControlBadConfirmation)
	if err := treasuryVaultV2GatedInit.abi.UnpackIntoInterface(out, "AccessControlBadConfirmation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TreasuryVaultV2GatedInitAccessControlUnauthorizedAccount represents a AccessControlUnauthorizedAccount error raised by the TreasuryVaultV2GatedInit contract.
type TreasuryVaultV2GatedInitAccessControlUnauthorizedAccount struct {
	Account    common.Address
	NeededRole [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func TreasuryVaultV2GatedInitAccessControlUnauthorizedAccountErrorID() common.Hash {
	return common.HexToHash("0xe2517d3fbfae6f8515ef5ff1ccedc3933ab0cbbda0b492c06eb54ad10ef03b3e")
}

// UnpackAccessControlUnauthorizedAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func (treasuryVaultV2GatedInit *TreasuryVaultV2GatedInit) UnpackAccessControlUnauthorizedAccountError(raw []byte) (*TreasuryVaultV2GatedInitAccessControlUnauthorizedAccount, error) {
	out := new(TreasuryVaultV2GatedInitAccessControlUnauthorizedAccount)
	if err := treasuryVaultV2GatedInit.abi.UnpackIntoInterface(out, "AccessControlUnauthorizedAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TreasuryVaultV2GatedInitAddressEmptyCode represents a AddressEmptyCode error raised by the TreasuryVaultV2GatedInit contract.
type TreasuryVaultV2GatedInitAddressEmptyCode struct {
	Target common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AddressEmptyCode(address target)
func TreasuryVaultV2GatedInitAddressEmptyCodeErrorID() common.Hash {
	return common.HexToHash("0x9996b315c842ff135b8fc4a08ad5df1c344efbc03d2687aecc0678050d2aac89")
}

// UnpackAddressEmptyCodeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AddressEmptyCode(address target)
func (treasuryVaultV2GatedInit *TreasuryVaultV2GatedInit) UnpackAddressEmptyCodeError(raw []byte) (*TreasuryVaultV2GatedInitAddressEmptyCode, error) {
	out := new(TreasuryVaultV2GatedInitAddressEmptyCode)
	if err := treasuryVaultV2GatedInit.abi.UnpackIntoInterface(out, "AddressEmptyCode", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TreasuryVaultV2GatedInitERC1967InvalidImplementation represents a ERC1967InvalidImplementation error raised by the TreasuryVaultV2GatedInit contract.
type TreasuryVaultV2GatedInitERC1967InvalidImplementation struct {
	Implementation common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC1967InvalidImplementation(address implementation)
func TreasuryVaultV2GatedInitERC1967InvalidImplementationErrorID() common.Hash {
	return common.HexToHash("0x4c9c8ce3ceb3130f17f7cdba48d89b5b0129f266a8bac114e6e315a41879b617")
}

// UnpackERC1967InvalidImplementationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC1967InvalidImplementation(address implementation)
func (treasuryVaultV2GatedInit *TreasuryVaultV2GatedInit) UnpackERC1967InvalidImplementationError(raw []byte) (*TreasuryVaultV2GatedInitERC1967InvalidImplementation, error) {
	out := new(TreasuryVaultV2GatedInitERC1967InvalidImplementation)
	if err := treasuryVaultV2GatedInit.abi.UnpackIntoInterface(out, "ERC1967InvalidImplementation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TreasuryVaultV2GatedInitERC1967NonPayable represents a ERC1967NonPayable error raised by the TreasuryVaultV2GatedInit contract.
type TreasuryVaultV2GatedInitERC1967NonPayable struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC1967NonPayable()
func TreasuryVaultV2GatedInitERC1967NonPayableErrorID() common.Hash {
	return common.HexToHash("0xb398979fa84f543c8e222f17890372c487baf85e062276c127fef521eea7224b")
}

// UnpackERC1967NonPayableError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC1967NonPayable()
func (treasuryVaultV2GatedInit *TreasuryVaultV2GatedInit) UnpackERC1967NonPayableError(raw []byte) (*TreasuryVaultV2GatedInitERC1967NonPayable, error) {
	out := new(TreasuryVaultV2GatedInitERC1967NonPayable)
	if err := treasuryVaultV2GatedInit.abi.UnpackIntoInterface(out, "ERC1967NonPayable", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TreasuryVaultV2GatedInitEnforcedPause represents a EnforcedPause error raised by the TreasuryVaultV2GatedInit contract.
type TreasuryVaultV2GatedInitEnforcedPause struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EnforcedPause()
func TreasuryVaultV2GatedInitEnforcedPauseErrorID() common.Hash {
	return common.HexToHash("0xd93c0665d6c96d04a8f174024fc4ddd66c250604aff22bbec808de86dd3637e3")
}

// UnpackEnforcedPauseError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EnforcedPause()
func (treasuryVaultV2GatedInit *TreasuryVaultV2GatedInit) UnpackEnforcedPauseError(raw []byte) (*TreasuryVaultV2GatedInitEnforcedPause, error) {
	out := new(TreasuryVaultV2GatedInitEnforcedPause)
	if err := treasuryVaultV2GatedInit.abi.UnpackIntoInterface(out, "EnforcedPause", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TreasuryVaultV2GatedInitExpectedPause represents a ExpectedPause error raised by the TreasuryVaultV2GatedInit contract.
type TreasuryVaultV2GatedInitExpectedPause struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ExpectedPause()
func TreasuryVaultV2GatedInitExpectedPauseErrorID() common.Hash {
	return common.HexToHash("0x8dfc202bcfe9a735b559bee70674422512bc5c30f687046ae8778315fb81da44")
}

// UnpackExpectedPauseError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ExpectedPause()
func (treasuryVaultV2GatedInit *TreasuryVaultV2GatedInit) UnpackExpectedPauseError(raw []byte) (*TreasuryVaultV2GatedInitExpectedPause, error) {
	out := new(TreasuryVaultV2GatedInitExpectedPause)
	if err := treasuryVaultV2GatedInit.abi.UnpackIntoInterface(out, "ExpectedPause", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TreasuryVaultV2GatedInitFailedCall represents a FailedCall error raised by the TreasuryVaultV2GatedInit contract.
type TreasuryVaultV2GatedInitFailedCall struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error FailedCall()
func TreasuryVaultV2GatedInitFailedCallErrorID() common.Hash {
	return common.HexToHash("0xd6bda27508c0fb6d8a39b4b122878dab26f731a7d4e4abe711dd3731899052a4")
}

// UnpackFailedCallError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error FailedCall()
func (treasuryVaultV2GatedInit *TreasuryVaultV2GatedInit) UnpackFailedCallError(raw []byte) (*TreasuryVaultV2GatedInitFailedCall, error) {
	out := new(TreasuryVaultV2GatedInitFailedCall)
	if err := treasuryVaultV2GatedInit.abi.UnpackIntoInterface(out, "FailedCall", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TreasuryVaultV2GatedInitInvalidInitialization represents a InvalidInitialization error raised by the TreasuryVaultV2GatedInit contract.
type TreasuryVaultV2GatedInitInvalidInitialization struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidInitialization()
func TreasuryVaultV2GatedInitInvalidInitializationErrorID() common.Hash {
	return common.HexToHash("0xf92ee8a957075833165f68c320933b1a1294aafc84ee6e0dd3fb178008f9aaf5")
}

// UnpackInvalidInitializationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidInitialization()
func (treasuryVaultV2GatedInit *TreasuryVaultV2GatedInit) UnpackInvalidInitializationError(raw []byte) (*TreasuryVaultV2GatedInitInvalidInitialization, error) {
	out := new(TreasuryVaultV2GatedInitInvalidInitialization)
	if err := treasuryVaultV2GatedInit.abi.UnpackIntoInterface(out, "InvalidInitialization", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TreasuryVaultV2GatedInitNotInitializing represents a NotInitializing error raised by the TreasuryVaultV2GatedInit contract.
type TreasuryVaultV2GatedInitNotInitializing struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotInitializing()
func TreasuryVaultV2GatedInitNotInitializingErrorID() common.Hash {
	return common.HexToHash("0xd7e6bcf8597daa127dc9f0048d2f08d5ef140a2cb659feabd700beff1f7a8302")
}

// UnpackNotInitializingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotInitializing()
func (treasuryVaultV2GatedInit *TreasuryVaultV2GatedInit) UnpackNotInitializingError(raw []byte) (*TreasuryVaultV2GatedInitNotInitializing, error) {
	out := new(TreasuryVaultV2GatedInitNotInitializing)
	if err := treasuryVaultV2GatedInit.abi.UnpackIntoInterface(out, "NotInitializing", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TreasuryVaultV2GatedInitUUPSUnauthorizedCallContext represents a UUPSUnauthorizedCallContext error raised by the TreasuryVaultV2GatedInit contract.
type TreasuryVaultV2GatedInitUUPSUnauthorizedCallContext struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UUPSUnauthorizedCallContext()
func TreasuryVaultV2GatedInitUUPSUnauthorizedCallContextErrorID() common.Hash {
	return common.HexToHash("0xe07c8dba242a06571ac65fe4bbe20522c9fb111cb33599b799ff8039c1ed18f4")
}

// UnpackUUPSUnauthorizedCallContextError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UUPSUnauthorizedCallContext()
func (treasuryVaultV2GatedInit *TreasuryVaultV2GatedInit) UnpackUUPSUnauthorizedCallContextError(raw []byte) (*TreasuryVaultV2GatedInitUUPSUnauthorizedCallContext, error) {
	out := new(TreasuryVaultV2GatedInitUUPSUnauthorizedCallContext)
	if err := treasuryVaultV2GatedInit.abi.UnpackIntoInterface(out, "UUPSUnauthorizedCallContext", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TreasuryVaultV2GatedInitUUPSUnsupportedProxiableUUID represents a UUPSUnsupportedProxiableUUID error raised by the TreasuryVaultV2GatedInit contract.
type TreasuryVaultV2GatedInitUUPSUnsupportedProxiableUUID struct {
	Slot [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UUPSUnsupportedProxiableUUID(bytes32 slot)
func TreasuryVaultV2GatedInitUUPSUnsupportedProxiableUUIDErrorID() common.Hash {
	return common.HexToHash("0xaa1d49a4c084bfa9aeeee2a0be65267a7f19ba7e1476b114dac513d2c14cb563")
}

// UnpackUUPSUnsupportedProxiableUUIDError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UUPSUnsupportedProxiableUUID(bytes32 slot)
func (treasuryVaultV2GatedInit *TreasuryVaultV2GatedInit) UnpackUUPSUnsupportedProxiableUUIDError(raw []byte) (*TreasuryVaultV2GatedInitUUPSUnsupportedProxiableUUID, error) {
	out := new(TreasuryVaultV2GatedInitUUPSUnsupportedProxiableUUID)
	if err := treasuryVaultV2GatedInit.abi.UnpackIntoInterface(out, "UUPSUnsupportedProxiableUUID", raw); err != nil {
		return nil, err
	}
	return out, nil
}
