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

// VaultV2BadLayoutMetaData contains all meta data concerning the VaultV2BadLayout contract.
var VaultV2BadLayoutMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"AccessControlBadConfirmation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"neededRole\",\"type\":\"bytes32\"}],\"name\":\"AccessControlUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"}],\"name\":\"AddressEmptyCode\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"implementation\",\"type\":\"address\"}],\"name\":\"ERC1967InvalidImplementation\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ERC1967NonPayable\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"EnforcedPause\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ExpectedPause\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"FailedCall\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidInitialization\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotInitializing\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ReentrancyGuardReentrantCall\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"UUPSUnauthorizedCallContext\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"slot\",\"type\":\"bytes32\"}],\"name\":\"UUPSUnsupportedProxiableUUID\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Deposited\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"version\",\"type\":\"uint64\"}],\"name\":\"Initialized\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"Paused\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"previousAdminRole\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"newAdminRole\",\"type\":\"bytes32\"}],\"name\":\"RoleAdminChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleGranted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleRevoked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"Unpaused\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"implementation\",\"type\":\"address\"}],\"name\":\"Upgraded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Withdrawn\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"DEFAULT_ADMIN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"GUARDIAN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"UPGRADER_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"UPGRADE_INTERFACE_VERSION\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"balances\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"deposit\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"feeBps\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"feeRecipient\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"}],\"name\":\"getRoleAdmin\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"grantRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"hasRole\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"admin\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"guardian\",\"type\":\"address\"}],\"name\":\"initialize\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pause\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"paused\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"proxiableUUID\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"callerConfirmation\",\"type\":\"address\"}],\"name\":\"renounceRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"revokeRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"bps\",\"type\":\"uint256\"}],\"name\":\"setFee\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalAssets\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalDeposits\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"unpause\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newImplementation\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"upgradeToAndCall\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"version\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"withdraw\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "VaultV2BadLayout",
	Bin: "0x60a060405230608052348015610013575f5ffd5b5061001c610021565b6100d3565b7ff0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a00805468010000000000000000900460ff16156100715760405163f92ee8a960e01b815260040160405180910390fd5b80546001600160401b03908116146100d05780546001600160401b0319166001600160401b0390811782556040519081527fc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d29060200160405180910390a15b50565b6080516113716100f95f395f8181610c6501528181610c8e0152610def01526113715ff3fe608060405260043610610161575f3560e01c80634f1ef286116100cd57806391d1485411610087578063d0e30db011610062578063d0e30db014610410578063d547741f14610418578063e55156b514610437578063f72c0d8b14610456575f5ffd5b806391d14854146103ae578063a217fddf146103cd578063ad3cb1cc146103e0575f5ffd5b80634f1ef2861461031157806352d1902d1461032457806354fd4d50146103385780635c975abb1461036e5780637d882097146103855780638456cb591461039a575f5ffd5b80632e1a7d4d1161011e5780632e1a7d4d146102435780632f2ff15d1461026457806336568abe146102835780633f4ba83a146102a257806346904840146102b6578063485cc955146102f2575f5ffd5b806301e1d1141461016557806301ffc9a714610186578063248a9ca3146101b557806324a9d853146101e357806324ea54f4146101f857806327e235e314610218575b5f5ffd5b348015610170575f5ffd5b50475b6040519081526020015b60405180910390f35b348015610191575f5ffd5b506101a56101a036600461109b565b610489565b604051901515815260200161017d565b3480156101c0575f5ffd5b506101736101cf3660046110c2565b5f9081526020819052604090206001015490565b3480156101ee575f5ffd5b5061017360025481565b348015610203575f5ffd5b506101735f51602061131c5f395f51905f5281565b348015610223575f5ffd5b506101736102323660046110f4565b60036020525f908152604090205481565b34801561024e575f5ffd5b5061026261025d3660046110c2565b6104bf565b005b34801561026f575f5ffd5b5061026261027e36600461110d565b610631565b34801561028e575f5ffd5b5061026261029d36600461110d565b61065b565b3480156102ad575f5ffd5b50610262610693565b3480156102c1575f5ffd5b506001546102da9061010090046001600160a01b031681565b6040516001600160a01b03909116815260200161017d565b3480156102fd575f5ffd5b5061026261030c366004611137565b6106b2565b61026261031f366004611173565b61084c565b34801561032f575f5ffd5b5061017361086b565b348015610343575f5ffd5b506040805180820190915260058152640c8b58985960da1b60208201525b60405161017d9190611237565b348015610379575f5ffd5b5060015460ff166101a5565b348015610390575f5ffd5b5061017360045481565b3480156103a5575f5ffd5b50610262610886565b3480156103b9575f5ffd5b506101a56103c836600461110d565b6108a5565b3480156103d8575f5ffd5b506101735f81565b3480156103eb575f5ffd5b50610361604051806040016040528060058152602001640352e302e360dc1b81525081565b6102626108cd565b348015610423575f5ffd5b5061026261043236600461110d565b610985565b348015610442575f5ffd5b5061026261045136600461126c565b6109a9565b348015610461575f5ffd5b506101737f189ab7a9244df0848122154315af71fe140f3db0fe014031783b0946b8c9d2e381565b5f6001600160e01b03198216637965db0b60e01b14806104b957506301ffc9a760e01b6001600160e01b03198316145b92915050565b6104c7610a21565b6104cf610a47565b335f9081526003602052604090205481158015906104ed5750808211155b6105355760405162461bcd60e51b8152602060048201526014602482015273696e73756666696369656e742062616c616e636560601b60448201526064015b60405180910390fd5b61053f82826112a8565b335f90815260036020526040812091909155600480548492906105639084906112a8565b909155505060405182815233907f7084f5476618d8e60b11ef0d7d3f06914655adb8793e28ff7f018d4c76d505d59060200160405180910390a26040515f90339084908381818185875af1925050503d805f81146105dc576040519150601f19603f3d011682016040523d82523d5f602084013e6105e1565b606091505b50509050806106245760405162461bcd60e51b815260206004820152600f60248201526e1d1c985b9cd9995c8819985a5b1959608a1b604482015260640161052c565b505061062e610ab4565b50565b5f8281526020819052604090206001015461064b81610ade565b6106558383610ae8565b50505050565b6001600160a01b03811633146106845760405163334bd91960e11b815260040160405180910390fd5b61068e8282610b77565b505050565b5f51602061131c5f395f51905f526106aa81610ade565b61062e610be0565b5f6106bb610c32565b805490915060ff600160401b820416159067ffffffffffffffff165f811580156106e25750825b90505f8267ffffffffffffffff1660011480156106fe5750303b155b90508115801561070c575080155b1561072a5760405163f92ee8a960e01b815260040160405180910390fd5b845467ffffffffffffffff19166001178555831561075457845460ff60401b1916600160401b1785555b6001600160a01b0387161580159061077457506001600160a01b03861615155b6107af5760405162461bcd60e51b815260206004820152600c60248201526b7a65726f206164647265737360a01b604482015260640161052c565b6107b95f88610ae8565b506107e47f189ab7a9244df0848122154315af71fe140f3db0fe014031783b0946b8c9d2e388610ae8565b506107fc5f51602061131c5f395f51905f5287610ae8565b50831561084357845460ff60401b19168555604051600181527fc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d29060200160405180910390a15b50505050505050565b610854610c5a565b61085d82610cfe565b6108678282610d28565b5050565b5f610874610de4565b505f5160206112fc5f395f51905f5290565b5f51602061131c5f395f51905f5261089d81610ade565b61062e610e2d565b5f918252602082815260408084206001600160a01b0393909316845291905290205460ff1690565b6108d5610a21565b5f34116109135760405162461bcd60e51b815260206004820152600c60248201526b1e995c9bc819195c1bdcda5d60a21b604482015260640161052c565b335f90815260036020526040812080543492906109319084906112bb565b925050819055503460045f82825461094991906112bb565b909155505060405134815233907f2da466a7b24304f47e87fa2e1e5a81b9831ce54fec19055ce277ca2f39ba42c49060200160405180910390a2565b5f8281526020819052604090206001015461099f81610ade565b6106558383610b77565b5f6109b381610ade565b6103e88211156109f45760405162461bcd60e51b815260206004820152600c60248201526b0cccaca40e8dede40d0d2ced60a31b604482015260640161052c565b50600180546001600160a01b0390931661010002610100600160a81b031990931692909217909155600255565b60015460ff1615610a455760405163d93c066560e01b815260040160405180910390fd5b565b7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005c15610a8757604051633ee5aeb560e01b815260040160405180910390fd5b610a4560017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005b90610e68565b610a455f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f00610aae565b61062e8133610e6f565b5f610af383836108a5565b610b70575f838152602081815260408083206001600160a01b03861684529091529020805460ff19166001179055610b283390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a45060016104b9565b505f6104b9565b5f610b8283836108a5565b15610b70575f838152602081815260408083206001600160a01b0386168085529252808320805460ff1916905551339286917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a45060016104b9565b610be8610ea8565b6001805460ff191690557f5db9ee0a495bf2e6ff9c91a7834c1ba4fdd244a5e8aa4e537bd38aeae4b073aa335b6040516001600160a01b03909116815260200160405180910390a1565b5f807ff0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a006104b9565b306001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000161480610ce057507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316610cd45f5160206112fc5f395f51905f52546001600160a01b031690565b6001600160a01b031614155b15610a455760405163703e46dd60e11b815260040160405180910390fd5b7f189ab7a9244df0848122154315af71fe140f3db0fe014031783b0946b8c9d2e361086781610ade565b816001600160a01b03166352d1902d6040518163ffffffff1660e01b8152600401602060405180830381865afa925050508015610d82575060408051601f3d908101601f19168201909252610d7f918101906112ce565b60015b610daa57604051634c9c8ce360e01b81526001600160a01b038316600482015260240161052c565b5f5160206112fc5f395f51905f528114610dda57604051632a87526960e21b81526004810182905260240161052c565b61068e8383610ecb565b306001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001614610a455760405163703e46dd60e11b815260040160405180910390fd5b610e35610a21565b6001805460ff1916811790557f62e78cea01bee320cd4e420270b5ea74000d11b0c9f74754ebdbfc544b05a25833610c15565b80825d5050565b610e7982826108a5565b6108675760405163e2517d3f60e01b81526001600160a01b03821660048201526024810183905260440161052c565b60015460ff16610a4557604051638dfc202b60e01b815260040160405180910390fd5b610ed482610f20565b6040516001600160a01b038316907fbc7cd75a20ee27fd9adebab32041f755214dbc6bffa90cc0225b39da2e5c2d3b905f90a2805115610f185761068e8282610f83565b610867610ff5565b806001600160a01b03163b5f03610f5557604051634c9c8ce360e01b81526001600160a01b038216600482015260240161052c565b5f5160206112fc5f395f51905f5280546001600160a01b0319166001600160a01b0392909216919091179055565b60605f5f846001600160a01b031684604051610f9f91906112e5565b5f60405180830381855af49150503d805f8114610fd7576040519150601f19603f3d011682016040523d82523d5f602084013e610fdc565b606091505b5091509150610fec858383611014565b95945050505050565b3415610a455760405163b398979f60e01b815260040160405180910390fd5b6060826110295761102482611073565b61106c565b815115801561104057506001600160a01b0384163b155b1561106957604051639996b31560e01b81526001600160a01b038516600482015260240161052c565b50805b9392505050565b80511561108257805160208201fd5b60405163d6bda27560e01b815260040160405180910390fd5b5f602082840312156110ab575f5ffd5b81356001600160e01b03198116811461106c575f5ffd5b5f602082840312156110d2575f5ffd5b5035919050565b80356001600160a01b03811681146110ef575f5ffd5b919050565b5f60208284031215611104575f5ffd5b61106c826110d9565b5f5f6040838503121561111e575f5ffd5b8235915061112e602084016110d9565b90509250929050565b5f5f60408385031215611148575f5ffd5b611151836110d9565b915061112e602084016110d9565b634e487b7160e01b5f52604160045260245ffd5b5f5f60408385031215611184575f5ffd5b61118d836110d9565b9150602083013567ffffffffffffffff8111156111a8575f5ffd5b8301601f810185136111b8575f5ffd5b803567ffffffffffffffff8111156111d2576111d261115f565b604051601f8201601f19908116603f0116810167ffffffffffffffff811182821017156112015761120161115f565b604052818152828201602001871015611218575f5ffd5b816020840160208301375f602083830101528093505050509250929050565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b5f5f6040838503121561127d575f5ffd5b611286836110d9565b946020939093013593505050565b634e487b7160e01b5f52601160045260245ffd5b818103818111156104b9576104b9611294565b808201808211156104b9576104b9611294565b5f602082840312156112de575f5ffd5b5051919050565b5f82518060208501845e5f92019182525091905056fe360894a13ba1a3210667c828492db98dca3e2076cc3735a920a3ca505d382bbc55435dd261a4b9b3364963f7738a7a662ad9c84396d64be3365284bb7f0a5041a2646970667358221220aea6a71894004cabf99d396aad850ab9df53ab105bc88ff8788de4e55978340c64736f6c634300081e0033",
}

// VaultV2BadLayout is an auto generated Go binding around an Ethereum contract.
type VaultV2BadLayout struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *VaultV2BadLayout) GetABI() abi.ABI {
	return c.abi
}

// NewVaultV2BadLayout creates a new instance of VaultV2BadLayout.
func NewVaultV2BadLayout() *VaultV2BadLayout {
	parsed, err := VaultV2BadLayoutMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &VaultV2BadLayout{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *VaultV2BadLayout) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackDEFAULTADMINROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa217fddf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (vaultV2BadLayout *VaultV2BadLayout) PackDEFAULTADMINROLE() []byte {
	enc, err := vaultV2BadLayout.abi.Pack("DEFAULT_ADMIN_ROLE")
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
func (vaultV2BadLayout *VaultV2BadLayout) TryPackDEFAULTADMINROLE() ([]byte, error) {
	return vaultV2BadLayout.abi.Pack("DEFAULT_ADMIN_ROLE")
}

// UnpackDEFAULTADMINROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (vaultV2BadLayout *VaultV2BadLayout) UnpackDEFAULTADMINROLE(data []byte) ([32]byte, error) {
	out, err := vaultV2BadLayout.abi.Unpack("DEFAULT_ADMIN_ROLE", data)
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
func (vaultV2BadLayout *VaultV2BadLayout) PackGUARDIANROLE() []byte {
	enc, err := vaultV2BadLayout.abi.Pack("GUARDIAN_ROLE")
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
func (vaultV2BadLayout *VaultV2BadLayout) TryPackGUARDIANROLE() ([]byte, error) {
	return vaultV2BadLayout.abi.Pack("GUARDIAN_ROLE")
}

// UnpackGUARDIANROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x24ea54f4.
//
// Solidity: function GUARDIAN_ROLE() view returns(bytes32)
func (vaultV2BadLayout *VaultV2BadLayout) UnpackGUARDIANROLE(data []byte) ([32]byte, error) {
	out, err := vaultV2BadLayout.abi.Unpack("GUARDIAN_ROLE", data)
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
func (vaultV2BadLayout *VaultV2BadLayout) PackUPGRADERROLE() []byte {
	enc, err := vaultV2BadLayout.abi.Pack("UPGRADER_ROLE")
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
func (vaultV2BadLayout *VaultV2BadLayout) TryPackUPGRADERROLE() ([]byte, error) {
	return vaultV2BadLayout.abi.Pack("UPGRADER_ROLE")
}

// UnpackUPGRADERROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf72c0d8b.
//
// Solidity: function UPGRADER_ROLE() view returns(bytes32)
func (vaultV2BadLayout *VaultV2BadLayout) UnpackUPGRADERROLE(data []byte) ([32]byte, error) {
	out, err := vaultV2BadLayout.abi.Unpack("UPGRADER_ROLE", data)
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
func (vaultV2BadLayout *VaultV2BadLayout) PackUPGRADEINTERFACEVERSION() []byte {
	enc, err := vaultV2BadLayout.abi.Pack("UPGRADE_INTERFACE_VERSION")
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
func (vaultV2BadLayout *VaultV2BadLayout) TryPackUPGRADEINTERFACEVERSION() ([]byte, error) {
	return vaultV2BadLayout.abi.Pack("UPGRADE_INTERFACE_VERSION")
}

// UnpackUPGRADEINTERFACEVERSION is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xad3cb1cc.
//
// Solidity: function UPGRADE_INTERFACE_VERSION() view returns(string)
func (vaultV2BadLayout *VaultV2BadLayout) UnpackUPGRADEINTERFACEVERSION(data []byte) (string, error) {
	out, err := vaultV2BadLayout.abi.Unpack("UPGRADE_INTERFACE_VERSION", data)
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
func (vaultV2BadLayout *VaultV2BadLayout) PackBalances(arg0 common.Address) []byte {
	enc, err := vaultV2BadLayout.abi.Pack("balances", arg0)
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
func (vaultV2BadLayout *VaultV2BadLayout) TryPackBalances(arg0 common.Address) ([]byte, error) {
	return vaultV2BadLayout.abi.Pack("balances", arg0)
}

// UnpackBalances is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x27e235e3.
//
// Solidity: function balances(address ) view returns(uint256)
func (vaultV2BadLayout *VaultV2BadLayout) UnpackBalances(data []byte) (*big.Int, error) {
	out, err := vaultV2BadLayout.abi.Unpack("balances", data)
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
func (vaultV2BadLayout *VaultV2BadLayout) PackDeposit() []byte {
	enc, err := vaultV2BadLayout.abi.Pack("deposit")
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
func (vaultV2BadLayout *VaultV2BadLayout) TryPackDeposit() ([]byte, error) {
	return vaultV2BadLayout.abi.Pack("deposit")
}

// PackFeeBps is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x24a9d853.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function feeBps() view returns(uint256)
func (vaultV2BadLayout *VaultV2BadLayout) PackFeeBps() []byte {
	enc, err := vaultV2BadLayout.abi.Pack("feeBps")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFeeBps is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x24a9d853.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function feeBps() view returns(uint256)
func (vaultV2BadLayout *VaultV2BadLayout) TryPackFeeBps() ([]byte, error) {
	return vaultV2BadLayout.abi.Pack("feeBps")
}

// UnpackFeeBps is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x24a9d853.
//
// Solidity: function feeBps() view returns(uint256)
func (vaultV2BadLayout *VaultV2BadLayout) UnpackFeeBps(data []byte) (*big.Int, error) {
	out, err := vaultV2BadLayout.abi.Unpack("feeBps", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackFeeRecipient is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x46904840.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function feeRecipient() view returns(address)
func (vaultV2BadLayout *VaultV2BadLayout) PackFeeRecipient() []byte {
	enc, err := vaultV2BadLayout.abi.Pack("feeRecipient")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFeeRecipient is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x46904840.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function feeRecipient() view returns(address)
func (vaultV2BadLayout *VaultV2BadLayout) TryPackFeeRecipient() ([]byte, error) {
	return vaultV2BadLayout.abi.Pack("feeRecipient")
}

// UnpackFeeRecipient is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x46904840.
//
// Solidity: function feeRecipient() view returns(address)
func (vaultV2BadLayout *VaultV2BadLayout) UnpackFeeRecipient(data []byte) (common.Address, error) {
	out, err := vaultV2BadLayout.abi.Unpack("feeRecipient", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackGetRoleAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x248a9ca3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (vaultV2BadLayout *VaultV2BadLayout) PackGetRoleAdmin(role [32]byte) []byte {
	enc, err := vaultV2BadLayout.abi.Pack("getRoleAdmin", role)
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
func (vaultV2BadLayout *VaultV2BadLayout) TryPackGetRoleAdmin(role [32]byte) ([]byte, error) {
	return vaultV2BadLayout.abi.Pack("getRoleAdmin", role)
}

// UnpackGetRoleAdmin is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (vaultV2BadLayout *VaultV2BadLayout) UnpackGetRoleAdmin(data []byte) ([32]byte, error) {
	out, err := vaultV2BadLayout.abi.Unpack("getRoleAdmin", data)
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
func (vaultV2BadLayout *VaultV2BadLayout) PackGrantRole(role [32]byte, account common.Address) []byte {
	enc, err := vaultV2BadLayout.abi.Pack("grantRole", role, account)
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
func (vaultV2BadLayout *VaultV2BadLayout) TryPackGrantRole(role [32]byte, account common.Address) ([]byte, error) {
	return vaultV2BadLayout.abi.Pack("grantRole", role, account)
}

// PackHasRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91d14854.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (vaultV2BadLayout *VaultV2BadLayout) PackHasRole(role [32]byte, account common.Address) []byte {
	enc, err := vaultV2BadLayout.abi.Pack("hasRole", role, account)
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
func (vaultV2BadLayout *VaultV2BadLayout) TryPackHasRole(role [32]byte, account common.Address) ([]byte, error) {
	return vaultV2BadLayout.abi.Pack("hasRole", role, account)
}

// UnpackHasRole is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (vaultV2BadLayout *VaultV2BadLayout) UnpackHasRole(data []byte) (bool, error) {
	out, err := vaultV2BadLayout.abi.Unpack("hasRole", data)
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
func (vaultV2BadLayout *VaultV2BadLayout) PackInitialize(admin common.Address, guardian common.Address) []byte {
	enc, err := vaultV2BadLayout.abi.Pack("initialize", admin, guardian)
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
func (vaultV2BadLayout *VaultV2BadLayout) TryPackInitialize(admin common.Address, guardian common.Address) ([]byte, error) {
	return vaultV2BadLayout.abi.Pack("initialize", admin, guardian)
}

// PackPause is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8456cb59.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function pause() returns()
func (vaultV2BadLayout *VaultV2BadLayout) PackPause() []byte {
	enc, err := vaultV2BadLayout.abi.Pack("pause")
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
func (vaultV2BadLayout *VaultV2BadLayout) TryPackPause() ([]byte, error) {
	return vaultV2BadLayout.abi.Pack("pause")
}

// PackPaused is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5c975abb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function paused() view returns(bool)
func (vaultV2BadLayout *VaultV2BadLayout) PackPaused() []byte {
	enc, err := vaultV2BadLayout.abi.Pack("paused")
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
func (vaultV2BadLayout *VaultV2BadLayout) TryPackPaused() ([]byte, error) {
	return vaultV2BadLayout.abi.Pack("paused")
}

// UnpackPaused is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5c975abb.
//
// Solidity: function paused() view returns(bool)
func (vaultV2BadLayout *VaultV2BadLayout) UnpackPaused(data []byte) (bool, error) {
	out, err := vaultV2BadLayout.abi.Unpack("paused", data)
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
func (vaultV2BadLayout *VaultV2BadLayout) PackProxiableUUID() []byte {
	enc, err := vaultV2BadLayout.abi.Pack("proxiableUUID")
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
func (vaultV2BadLayout *VaultV2BadLayout) TryPackProxiableUUID() ([]byte, error) {
	return vaultV2BadLayout.abi.Pack("proxiableUUID")
}

// UnpackProxiableUUID is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x52d1902d.
//
// Solidity: function proxiableUUID() view returns(bytes32)
func (vaultV2BadLayout *VaultV2BadLayout) UnpackProxiableUUID(data []byte) ([32]byte, error) {
	out, err := vaultV2BadLayout.abi.Unpack("proxiableUUID", data)
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
func (vaultV2BadLayout *VaultV2BadLayout) PackRenounceRole(role [32]byte, callerConfirmation common.Address) []byte {
	enc, err := vaultV2BadLayout.abi.Pack("renounceRole", role, callerConfirmation)
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
func (vaultV2BadLayout *VaultV2BadLayout) TryPackRenounceRole(role [32]byte, callerConfirmation common.Address) ([]byte, error) {
	return vaultV2BadLayout.abi.Pack("renounceRole", role, callerConfirmation)
}

// PackRevokeRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd547741f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (vaultV2BadLayout *VaultV2BadLayout) PackRevokeRole(role [32]byte, account common.Address) []byte {
	enc, err := vaultV2BadLayout.abi.Pack("revokeRole", role, account)
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
func (vaultV2BadLayout *VaultV2BadLayout) TryPackRevokeRole(role [32]byte, account common.Address) ([]byte, error) {
	return vaultV2BadLayout.abi.Pack("revokeRole", role, account)
}

// PackSetFee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe55156b5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setFee(address recipient, uint256 bps) returns()
func (vaultV2BadLayout *VaultV2BadLayout) PackSetFee(recipient common.Address, bps *big.Int) []byte {
	enc, err := vaultV2BadLayout.abi.Pack("setFee", recipient, bps)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetFee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe55156b5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setFee(address recipient, uint256 bps) returns()
func (vaultV2BadLayout *VaultV2BadLayout) TryPackSetFee(recipient common.Address, bps *big.Int) ([]byte, error) {
	return vaultV2BadLayout.abi.Pack("setFee", recipient, bps)
}

// PackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (vaultV2BadLayout *VaultV2BadLayout) PackSupportsInterface(interfaceId [4]byte) []byte {
	enc, err := vaultV2BadLayout.abi.Pack("supportsInterface", interfaceId)
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
func (vaultV2BadLayout *VaultV2BadLayout) TryPackSupportsInterface(interfaceId [4]byte) ([]byte, error) {
	return vaultV2BadLayout.abi.Pack("supportsInterface", interfaceId)
}

// UnpackSupportsInterface is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (vaultV2BadLayout *VaultV2BadLayout) UnpackSupportsInterface(data []byte) (bool, error) {
	out, err := vaultV2BadLayout.abi.Unpack("supportsInterface", data)
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
func (vaultV2BadLayout *VaultV2BadLayout) PackTotalAssets() []byte {
	enc, err := vaultV2BadLayout.abi.Pack("totalAssets")
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
func (vaultV2BadLayout *VaultV2BadLayout) TryPackTotalAssets() ([]byte, error) {
	return vaultV2BadLayout.abi.Pack("totalAssets")
}

// UnpackTotalAssets is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x01e1d114.
//
// Solidity: function totalAssets() view returns(uint256)
func (vaultV2BadLayout *VaultV2BadLayout) UnpackTotalAssets(data []byte) (*big.Int, error) {
	out, err := vaultV2BadLayout.abi.Unpack("totalAssets", data)
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
func (vaultV2BadLayout *VaultV2BadLayout) PackTotalDeposits() []byte {
	enc, err := vaultV2BadLayout.abi.Pack("totalDeposits")
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
func (vaultV2BadLayout *VaultV2BadLayout) TryPackTotalDeposits() ([]byte, error) {
	return vaultV2BadLayout.abi.Pack("totalDeposits")
}

// UnpackTotalDeposits is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7d882097.
//
// Solidity: function totalDeposits() view returns(uint256)
func (vaultV2BadLayout *VaultV2BadLayout) UnpackTotalDeposits(data []byte) (*big.Int, error) {
	out, err := vaultV2BadLayout.abi.Unpack("totalDeposits", data)
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
func (vaultV2BadLayout *VaultV2BadLayout) PackUnpause() []byte {
	enc, err := vaultV2BadLayout.abi.Pack("unpause")
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
func (vaultV2BadLayout *VaultV2BadLayout) TryPackUnpause() ([]byte, error) {
	return vaultV2BadLayout.abi.Pack("unpause")
}

// PackUpgradeToAndCall is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4f1ef286.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function upgradeToAndCall(address newImplementation, bytes data) payable returns()
func (vaultV2BadLayout *VaultV2BadLayout) PackUpgradeToAndCall(newImplementation common.Address, data []byte) []byte {
	enc, err := vaultV2BadLayout.abi.Pack("upgradeToAndCall", newImplementation, data)
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
func (vaultV2BadLayout *VaultV2BadLayout) TryPackUpgradeToAndCall(newImplementation common.Address, data []byte) ([]byte, error) {
	return vaultV2BadLayout.abi.Pack("upgradeToAndCall", newImplementation, data)
}

// PackVersion is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x54fd4d50.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function version() pure returns(string)
func (vaultV2BadLayout *VaultV2BadLayout) PackVersion() []byte {
	enc, err := vaultV2BadLayout.abi.Pack("version")
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
func (vaultV2BadLayout *VaultV2BadLayout) TryPackVersion() ([]byte, error) {
	return vaultV2BadLayout.abi.Pack("version")
}

// UnpackVersion is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x54fd4d50.
//
// Solidity: function version() pure returns(string)
func (vaultV2BadLayout *VaultV2BadLayout) UnpackVersion(data []byte) (string, error) {
	out, err := vaultV2BadLayout.abi.Unpack("version", data)
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
func (vaultV2BadLayout *VaultV2BadLayout) PackWithdraw(amount *big.Int) []byte {
	enc, err := vaultV2BadLayout.abi.Pack("withdraw", amount)
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
func (vaultV2BadLayout *VaultV2BadLayout) TryPackWithdraw(amount *big.Int) ([]byte, error) {
	return vaultV2BadLayout.abi.Pack("withdraw", amount)
}

// VaultV2BadLayoutDeposited represents a Deposited event raised by the VaultV2BadLayout contract.
type VaultV2BadLayoutDeposited struct {
	Account common.Address
	Amount  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const VaultV2BadLayoutDepositedEventName = "Deposited"

// ContractEventName returns the user-defined event name.
func (VaultV2BadLayoutDeposited) ContractEventName() string {
	return VaultV2BadLayoutDepositedEventName
}

// UnpackDepositedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Deposited(address indexed account, uint256 amount)
func (vaultV2BadLayout *VaultV2BadLayout) UnpackDepositedEvent(log *types.Log) (*VaultV2BadLayoutDeposited, error) {
	event := "Deposited"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != vaultV2BadLayout.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(VaultV2BadLayoutDeposited)
	if len(log.Data) > 0 {
		if err := vaultV2BadLayout.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range vaultV2BadLayout.abi.Events[event].Inputs {
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

// VaultV2BadLayoutInitialized represents a Initialized event raised by the VaultV2BadLayout contract.
type VaultV2BadLayoutInitialized struct {
	Version uint64
	Raw     *types.Log // Blockchain specific contextual infos
}

const VaultV2BadLayoutInitializedEventName = "Initialized"

// ContractEventName returns the user-defined event name.
func (VaultV2BadLayoutInitialized) ContractEventName() string {
	return VaultV2BadLayoutInitializedEventName
}

// UnpackInitializedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Initialized(uint64 version)
func (vaultV2BadLayout *VaultV2BadLayout) UnpackInitializedEvent(log *types.Log) (*VaultV2BadLayoutInitialized, error) {
	event := "Initialized"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != vaultV2BadLayout.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(VaultV2BadLayoutInitialized)
	if len(log.Data) > 0 {
		if err := vaultV2BadLayout.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range vaultV2BadLayout.abi.Events[event].Inputs {
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

// VaultV2BadLayoutPaused represents a Paused event raised by the VaultV2BadLayout contract.
type VaultV2BadLayoutPaused struct {
	Account common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const VaultV2BadLayoutPausedEventName = "Paused"

// ContractEventName returns the user-defined event name.
func (VaultV2BadLayoutPaused) ContractEventName() string {
	return VaultV2BadLayoutPausedEventName
}

// UnpackPausedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Paused(address account)
func (vaultV2BadLayout *VaultV2BadLayout) UnpackPausedEvent(log *types.Log) (*VaultV2BadLayoutPaused, error) {
	event := "Paused"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != vaultV2BadLayout.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(VaultV2BadLayoutPaused)
	if len(log.Data) > 0 {
		if err := vaultV2BadLayout.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range vaultV2BadLayout.abi.Events[event].Inputs {
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

// VaultV2BadLayoutRoleAdminChanged represents a RoleAdminChanged event raised by the VaultV2BadLayout contract.
type VaultV2BadLayoutRoleAdminChanged struct {
	Role              [32]byte
	PreviousAdminRole [32]byte
	NewAdminRole      [32]byte
	Raw               *types.Log // Blockchain specific contextual infos
}

const VaultV2BadLayoutRoleAdminChangedEventName = "RoleAdminChanged"

// ContractEventName returns the user-defined event name.
func (VaultV2BadLayoutRoleAdminChanged) ContractEventName() string {
	return VaultV2BadLayoutRoleAdminChangedEventName
}

// UnpackRoleAdminChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole)
func (vaultV2BadLayout *VaultV2BadLayout) UnpackRoleAdminChangedEvent(log *types.Log) (*VaultV2BadLayoutRoleAdminChanged, error) {
	event := "RoleAdminChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != vaultV2BadLayout.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(VaultV2BadLayoutRoleAdminChanged)
	if len(log.Data) > 0 {
		if err := vaultV2BadLayout.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range vaultV2BadLayout.abi.Events[event].Inputs {
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

// VaultV2BadLayoutRoleGranted represents a RoleGranted event raised by the VaultV2BadLayout contract.
type VaultV2BadLayoutRoleGranted struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const VaultV2BadLayoutRoleGrantedEventName = "RoleGranted"

// ContractEventName returns the user-defined event name.
func (VaultV2BadLayoutRoleGranted) ContractEventName() string {
	return VaultV2BadLayoutRoleGrantedEventName
}

// UnpackRoleGrantedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)
func (vaultV2BadLayout *VaultV2BadLayout) UnpackRoleGrantedEvent(log *types.Log) (*VaultV2BadLayoutRoleGranted, error) {
	event := "RoleGranted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != vaultV2BadLayout.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(VaultV2BadLayoutRoleGranted)
	if len(log.Data) > 0 {
		if err := vaultV2BadLayout.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range vaultV2BadLayout.abi.Events[event].Inputs {
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

// VaultV2BadLayoutRoleRevoked represents a RoleRevoked event raised by the VaultV2BadLayout contract.
type VaultV2BadLayoutRoleRevoked struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const VaultV2BadLayoutRoleRevokedEventName = "RoleRevoked"

// ContractEventName returns the user-defined event name.
func (VaultV2BadLayoutRoleRevoked) ContractEventName() string {
	return VaultV2BadLayoutRoleRevokedEventName
}

// UnpackRoleRevokedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender)
func (vaultV2BadLayout *VaultV2BadLayout) UnpackRoleRevokedEvent(log *types.Log) (*VaultV2BadLayoutRoleRevoked, error) {
	event := "RoleRevoked"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != vaultV2BadLayout.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(VaultV2BadLayoutRoleRevoked)
	if len(log.Data) > 0 {
		if err := vaultV2BadLayout.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range vaultV2BadLayout.abi.Events[event].Inputs {
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

// VaultV2BadLayoutUnpaused represents a Unpaused event raised by the VaultV2BadLayout contract.
type VaultV2BadLayoutUnpaused struct {
	Account common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const VaultV2BadLayoutUnpausedEventName = "Unpaused"

// ContractEventName returns the user-defined event name.
func (VaultV2BadLayoutUnpaused) ContractEventName() string {
	return VaultV2BadLayoutUnpausedEventName
}

// UnpackUnpausedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Unpaused(address account)
func (vaultV2BadLayout *VaultV2BadLayout) UnpackUnpausedEvent(log *types.Log) (*VaultV2BadLayoutUnpaused, error) {
	event := "Unpaused"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != vaultV2BadLayout.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(VaultV2BadLayoutUnpaused)
	if len(log.Data) > 0 {
		if err := vaultV2BadLayout.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range vaultV2BadLayout.abi.Events[event].Inputs {
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

// VaultV2BadLayoutUpgraded represents a Upgraded event raised by the VaultV2BadLayout contract.
type VaultV2BadLayoutUpgraded struct {
	Implementation common.Address
	Raw            *types.Log // Blockchain specific contextual infos
}

const VaultV2BadLayoutUpgradedEventName = "Upgraded"

// ContractEventName returns the user-defined event name.
func (VaultV2BadLayoutUpgraded) ContractEventName() string {
	return VaultV2BadLayoutUpgradedEventName
}

// UnpackUpgradedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Upgraded(address indexed implementation)
func (vaultV2BadLayout *VaultV2BadLayout) UnpackUpgradedEvent(log *types.Log) (*VaultV2BadLayoutUpgraded, error) {
	event := "Upgraded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != vaultV2BadLayout.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(VaultV2BadLayoutUpgraded)
	if len(log.Data) > 0 {
		if err := vaultV2BadLayout.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range vaultV2BadLayout.abi.Events[event].Inputs {
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

// VaultV2BadLayoutWithdrawn represents a Withdrawn event raised by the VaultV2BadLayout contract.
type VaultV2BadLayoutWithdrawn struct {
	Account common.Address
	Amount  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const VaultV2BadLayoutWithdrawnEventName = "Withdrawn"

// ContractEventName returns the user-defined event name.
func (VaultV2BadLayoutWithdrawn) ContractEventName() string {
	return VaultV2BadLayoutWithdrawnEventName
}

// UnpackWithdrawnEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Withdrawn(address indexed account, uint256 amount)
func (vaultV2BadLayout *VaultV2BadLayout) UnpackWithdrawnEvent(log *types.Log) (*VaultV2BadLayoutWithdrawn, error) {
	event := "Withdrawn"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != vaultV2BadLayout.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(VaultV2BadLayoutWithdrawn)
	if len(log.Data) > 0 {
		if err := vaultV2BadLayout.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range vaultV2BadLayout.abi.Events[event].Inputs {
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
func (vaultV2BadLayout *VaultV2BadLayout) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], vaultV2BadLayout.abi.Errors["AccessControlBadConfirmation"].ID.Bytes()[:4]) {
		return vaultV2BadLayout.UnpackAccessControlBadConfirmationError(raw[4:])
	}
	if bytes.Equal(raw[:4], vaultV2BadLayout.abi.Errors["AccessControlUnauthorizedAccount"].ID.Bytes()[:4]) {
		return vaultV2BadLayout.UnpackAccessControlUnauthorizedAccountError(raw[4:])
	}
	if bytes.Equal(raw[:4], vaultV2BadLayout.abi.Errors["AddressEmptyCode"].ID.Bytes()[:4]) {
		return vaultV2BadLayout.UnpackAddressEmptyCodeError(raw[4:])
	}
	if bytes.Equal(raw[:4], vaultV2BadLayout.abi.Errors["ERC1967InvalidImplementation"].ID.Bytes()[:4]) {
		return vaultV2BadLayout.UnpackERC1967InvalidImplementationError(raw[4:])
	}
	if bytes.Equal(raw[:4], vaultV2BadLayout.abi.Errors["ERC1967NonPayable"].ID.Bytes()[:4]) {
		return vaultV2BadLayout.UnpackERC1967NonPayableError(raw[4:])
	}
	if bytes.Equal(raw[:4], vaultV2BadLayout.abi.Errors["EnforcedPause"].ID.Bytes()[:4]) {
		return vaultV2BadLayout.UnpackEnforcedPauseError(raw[4:])
	}
	if bytes.Equal(raw[:4], vaultV2BadLayout.abi.Errors["ExpectedPause"].ID.Bytes()[:4]) {
		return vaultV2BadLayout.UnpackExpectedPauseError(raw[4:])
	}
	if bytes.Equal(raw[:4], vaultV2BadLayout.abi.Errors["FailedCall"].ID.Bytes()[:4]) {
		return vaultV2BadLayout.UnpackFailedCallError(raw[4:])
	}
	if bytes.Equal(raw[:4], vaultV2BadLayout.abi.Errors["InvalidInitialization"].ID.Bytes()[:4]) {
		return vaultV2BadLayout.UnpackInvalidInitializationError(raw[4:])
	}
	if bytes.Equal(raw[:4], vaultV2BadLayout.abi.Errors["NotInitializing"].ID.Bytes()[:4]) {
		return vaultV2BadLayout.UnpackNotInitializingError(raw[4:])
	}
	if bytes.Equal(raw[:4], vaultV2BadLayout.abi.Errors["ReentrancyGuardReentrantCall"].ID.Bytes()[:4]) {
		return vaultV2BadLayout.UnpackReentrancyGuardReentrantCallError(raw[4:])
	}
	if bytes.Equal(raw[:4], vaultV2BadLayout.abi.Errors["UUPSUnauthorizedCallContext"].ID.Bytes()[:4]) {
		return vaultV2BadLayout.UnpackUUPSUnauthorizedCallContextError(raw[4:])
	}
	if bytes.Equal(raw[:4], vaultV2BadLayout.abi.Errors["UUPSUnsupportedProxiableUUID"].ID.Bytes()[:4]) {
		return vaultV2BadLayout.UnpackUUPSUnsupportedProxiableUUIDError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// VaultV2BadLayoutAccessControlBadConfirmation represents a AccessControlBadConfirmation error raised by the VaultV2BadLayout contract.
type VaultV2BadLayoutAccessControlBadConfirmation struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlBadConfirmation()
func VaultV2BadLayoutAccessControlBadConfirmationErrorID() common.Hash {
	return common.HexToHash("0x6697b23232a647058342c0724fe7c415cab25915b54e5dbc03f233173d37b41c")
}

// UnpackAccessControlBadConfirmationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlBadConfirmation()
func (vaultV2BadLayout *VaultV2BadLayout) UnpackAccessControlBadConfirmationError(raw []byte) (*VaultV2BadLayoutAccessControlBadConfirmation, error) {
	out := new(VaultV2BadLayoutAccessControlBadConfirmation)
	if err := vaultV2BadLayout.abi.UnpackIntoInterface(out, "AccessControlBadConfirmation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// VaultV2BadLayoutAccessControlUnauthorizedAccount represents a AccessControlUnauthorizedAccount error raised by the VaultV2BadLayout contract.
type VaultV2BadLayoutAccessControlUnauthorizedAccount struct {
	Account    common.Address
	NeededRole [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func VaultV2BadLayoutAccessControlUnauthorizedAccountErrorID() common.Hash {
	return common.HexToHash("0xe2517d3fbfae6f8515ef5ff1ccedc3933ab0cbbda0b492c06eb54ad10ef03b3e")
}

// UnpackAccessControlUnauthorizedAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func (vaultV2BadLayout *VaultV2BadLayout) UnpackAccessControlUnauthorizedAccountError(raw []byte) (*VaultV2BadLayoutAccessControlUnauthorizedAccount, error) {
	out := new(VaultV2BadLayoutAccessControlUnauthorizedAccount)
	if err := vaultV2BadLayout.abi.UnpackIntoInterface(out, "AccessControlUnauthorizedAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// VaultV2BadLayoutAddressEmptyCode represents a AddressEmptyCode error raised by the VaultV2BadLayout contract.
type VaultV2BadLayoutAddressEmptyCode struct {
	Target common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AddressEmptyCode(address target)
func VaultV2BadLayoutAddressEmptyCodeErrorID() common.Hash {
	return common.HexToHash("0x9996b315c842ff135b8fc4a08ad5df1c344efbc03d2687aecc0678050d2aac89")
}

// UnpackAddressEmptyCodeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AddressEmptyCode(address target)
func (vaultV2BadLayout *VaultV2BadLayout) UnpackAddressEmptyCodeError(raw []byte) (*VaultV2BadLayoutAddressEmptyCode, error) {
	out := new(VaultV2BadLayoutAddressEmptyCode)
	if err := vaultV2BadLayout.abi.UnpackIntoInterface(out, "AddressEmptyCode", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// VaultV2BadLayoutERC1967InvalidImplementation represents a ERC1967InvalidImplementation error raised by the VaultV2BadLayout contract.
type VaultV2BadLayoutERC1967InvalidImplementation struct {
	Implementation common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC1967InvalidImplementation(address implementation)
func VaultV2BadLayoutERC1967InvalidImplementationErrorID() common.Hash {
	return common.HexToHash("0x4c9c8ce3ceb3130f17f7cdba48d89b5b0129f266a8bac114e6e315a41879b617")
}

// UnpackERC1967InvalidImplementationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC1967InvalidImplementation(address implementation)
func (vaultV2BadLayout *VaultV2BadLayout) UnpackERC1967InvalidImplementationError(raw []byte) (*VaultV2BadLayoutERC1967InvalidImplementation, error) {
	out := new(VaultV2BadLayoutERC1967InvalidImplementation)
	if err := vaultV2BadLayout.abi.UnpackIntoInterface(out, "ERC1967InvalidImplementation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// VaultV2BadLayoutERC1967NonPayable represents a ERC1967NonPayable error raised by the VaultV2BadLayout contract.
type VaultV2BadLayoutERC1967NonPayable struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC1967NonPayable()
func VaultV2BadLayoutERC1967NonPayableErrorID() common.Hash {
	return common.HexToHash("0xb398979fa84f543c8e222f17890372c487baf85e062276c127fef521eea7224b")
}

// UnpackERC1967NonPayableError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC1967NonPayable()
func (vaultV2BadLayout *VaultV2BadLayout) UnpackERC1967NonPayableError(raw []byte) (*VaultV2BadLayoutERC1967NonPayable, error) {
	out := new(VaultV2BadLayoutERC1967NonPayable)
	if err := vaultV2BadLayout.abi.UnpackIntoInterface(out, "ERC1967NonPayable", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// VaultV2BadLayoutEnforcedPause represents a EnforcedPause error raised by the VaultV2BadLayout contract.
type VaultV2BadLayoutEnforcedPause struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EnforcedPause()
func VaultV2BadLayoutEnforcedPauseErrorID() common.Hash {
	return common.HexToHash("0xd93c0665d6c96d04a8f174024fc4ddd66c250604aff22bbec808de86dd3637e3")
}

// UnpackEnforcedPauseError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EnforcedPause()
func (vaultV2BadLayout *VaultV2BadLayout) UnpackEnforcedPauseError(raw []byte) (*VaultV2BadLayoutEnforcedPause, error) {
	out := new(VaultV2BadLayoutEnforcedPause)
	if err := vaultV2BadLayout.abi.UnpackIntoInterface(out, "EnforcedPause", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// VaultV2BadLayoutExpectedPause represents a ExpectedPause error raised by the VaultV2BadLayout contract.
type VaultV2BadLayoutExpectedPause struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ExpectedPause()
func VaultV2BadLayoutExpectedPauseErrorID() common.Hash {
	return common.HexToHash("0x8dfc202bcfe9a735b559bee70674422512bc5c30f687046ae8778315fb81da44")
}

// UnpackExpectedPauseError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ExpectedPause()
func (vaultV2BadLayout *VaultV2BadLayout) UnpackExpectedPauseError(raw []byte) (*VaultV2BadLayoutExpectedPause, error) {
	out := new(VaultV2BadLayoutExpectedPause)
	if err := vaultV2BadLayout.abi.UnpackIntoInterface(out, "ExpectedPause", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// VaultV2BadLayoutFailedCall represents a FailedCall error raised by the VaultV2BadLayout contract.
type VaultV2BadLayoutFailedCall struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error FailedCall()
func VaultV2BadLayoutFailedCallErrorID() common.Hash {
	return common.HexToHash("0xd6bda27508c0fb6d8a39b4b122878dab26f731a7d4e4abe711dd3731899052a4")
}

// UnpackFailedCallError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error FailedCall()
func (vaultV2BadLayout *VaultV2BadLayout) UnpackFailedCallError(raw []byte) (*VaultV2BadLayoutFailedCall, error) {
	out := new(VaultV2BadLayoutFailedCall)
	if err := vaultV2BadLayout.abi.UnpackIntoInterface(out, "FailedCall", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// VaultV2BadLayoutInvalidInitialization represents a InvalidInitialization error raised by the VaultV2BadLayout contract.
type VaultV2BadLayoutInvalidInitialization struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidInitialization()
func VaultV2BadLayoutInvalidInitializationErrorID() common.Hash {
	return common.HexToHash("0xf92ee8a957075833165f68c320933b1a1294aafc84ee6e0dd3fb178008f9aaf5")
}

// UnpackInvalidInitializationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidInitialization()
func (vaultV2BadLayout *VaultV2BadLayout) UnpackInvalidInitializationError(raw []byte) (*VaultV2BadLayoutInvalidInitialization, error) {
	out := new(VaultV2BadLayoutInvalidInitialization)
	if err := vaultV2BadLayout.abi.UnpackIntoInterface(out, "InvalidInitialization", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// VaultV2BadLayoutNotInitializing represents a NotInitializing error raised by the VaultV2BadLayout contract.
type VaultV2BadLayoutNotInitializing struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotInitializing()
func VaultV2BadLayoutNotInitializingErrorID() common.Hash {
	return common.HexToHash("0xd7e6bcf8597daa127dc9f0048d2f08d5ef140a2cb659feabd700beff1f7a8302")
}

// UnpackNotInitializingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotInitializing()
func (vaultV2BadLayout *VaultV2BadLayout) UnpackNotInitializingError(raw []byte) (*VaultV2BadLayoutNotInitializing, error) {
	out := new(VaultV2BadLayoutNotInitializing)
	if err := vaultV2BadLayout.abi.UnpackIntoInterface(out, "NotInitializing", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// VaultV2BadLayoutReentrancyGuardReentrantCall represents a ReentrancyGuardReentrantCall error raised by the VaultV2BadLayout contract.
type VaultV2BadLayoutReentrancyGuardReentrantCall struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReentrancyGuardReentrantCall()
func VaultV2BadLayoutReentrancyGuardReentrantCallErrorID() common.Hash {
	return common.HexToHash("0x3ee5aeb571de7fc460830b4d0017439a1ca56fb0bc39062227ade4fe4a24c1ca")
}

// UnpackReentrancyGuardReentrantCallError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReentrancyGuardReentrantCall()
func (vaultV2BadLayout *VaultV2BadLayout) UnpackReentrancyGuardReentrantCallError(raw []byte) (*VaultV2BadLayoutReentrancyGuardReentrantCall, error) {
	out := new(VaultV2BadLayoutReentrancyGuardReentrantCall)
	if err := vaultV2BadLayout.abi.UnpackIntoInterface(out, "ReentrancyGuardReentrantCall", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// VaultV2BadLayoutUUPSUnauthorizedCallContext represents a UUPSUnauthorizedCallContext error raised by the VaultV2BadLayout contract.
type VaultV2BadLayoutUUPSUnauthorizedCallContext struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UUPSUnauthorizedCallContext()
func VaultV2BadLayoutUUPSUnauthorizedCallContextErrorID() common.Hash {
	return common.HexToHash("0xe07c8dba242a06571ac65fe4bbe20522c9fb111cb33599b799ff8039c1ed18f4")
}

// UnpackUUPSUnauthorizedCallContextError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UUPSUnauthorizedCallContext()
func (vaultV2BadLayout *VaultV2BadLayout) UnpackUUPSUnauthorizedCallContextError(raw []byte) (*VaultV2BadLayoutUUPSUnauthorizedCallContext, error) {
	out := new(VaultV2BadLayoutUUPSUnauthorizedCallContext)
	if err := vaultV2BadLayout.abi.UnpackIntoInterface(out, "UUPSUnauthorizedCallContext", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// VaultV2BadLayoutUUPSUnsupportedProxiableUUID represents a UUPSUnsupportedProxiableUUID error raised by the VaultV2BadLayout contract.
type VaultV2BadLayoutUUPSUnsupportedProxiableUUID struct {
	Slot [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UUPSUnsupportedProxiableUUID(bytes32 slot)
func VaultV2BadLayoutUUPSUnsupportedProxiableUUIDErrorID() common.Hash {
	return common.HexToHash("0xaa1d49a4c084bfa9aeeee2a0be65267a7f19ba7e1476b114dac513d2c14cb563")
}

// UnpackUUPSUnsupportedProxiableUUIDError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UUPSUnsupportedProxiableUUID(bytes32 slot)
func (vaultV2BadLayout *VaultV2BadLayout) UnpackUUPSUnsupportedProxiableUUIDError(raw []byte) (*VaultV2BadLayoutUUPSUnsupportedProxiableUUID, error) {
	out := new(VaultV2BadLayoutUUPSUnsupportedProxiableUUID)
	if err := vaultV2BadLayout.abi.UnpackIntoInterface(out, "UUPSUnsupportedProxiableUUID", raw); err != nil {
		return nil, err
	}
	return out, nil
}
