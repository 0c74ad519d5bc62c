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

// VaultV2MetaData contains all meta data concerning the VaultV2 contract.
var VaultV2MetaData = bind.MetaData{
	ABI: "[{\"inputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"AccessControlBadConfirmation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"neededRole\",\"type\":\"bytes32\"}],\"name\":\"AccessControlUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"}],\"name\":\"AddressEmptyCode\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"implementation\",\"type\":\"address\"}],\"name\":\"ERC1967InvalidImplementation\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ERC1967NonPayable\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"EnforcedPause\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ExpectedPause\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"FailedCall\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidInitialization\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotInitializing\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ReentrancyGuardReentrantCall\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"UUPSUnauthorizedCallContext\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"slot\",\"type\":\"bytes32\"}],\"name\":\"UUPSUnsupportedProxiableUUID\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Deposited\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"version\",\"type\":\"uint64\"}],\"name\":\"Initialized\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"Paused\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"previousAdminRole\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"newAdminRole\",\"type\":\"bytes32\"}],\"name\":\"RoleAdminChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleGranted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleRevoked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"Unpaused\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"implementation\",\"type\":\"address\"}],\"name\":\"Upgraded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Withdrawn\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"DEFAULT_ADMIN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"GUARDIAN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"UPGRADER_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"UPGRADE_INTERFACE_VERSION\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"balances\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"deposit\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"}],\"name\":\"getRoleAdmin\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"grantRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"hasRole\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"admin\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"guardian\",\"type\":\"address\"}],\"name\":\"initialize\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pause\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"paused\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"proxiableUUID\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"callerConfirmation\",\"type\":\"address\"}],\"name\":\"renounceRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"revokeRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalAssets\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalDeposits\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"unpause\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newImplementation\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"upgradeToAndCall\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"version\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"withdraw\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "VaultV2",
	Bin: "0x60a060405230608052348015610013575f5ffd5b5061001c610021565b6100d3565b7ff0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a00805468010000000000000000900460ff16156100715760405163f92ee8a960e01b815260040160405180910390fd5b80546001600160401b03908116146100d05780546001600160401b0319166001600160401b0390811782556040519081527fc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d29060200160405180910390a15b50565b60805161122d6100f95f395f8181610b4901528181610b720152610cd3015261122d5ff3fe608060405260043610610131575f3560e01c806352d1902d116100a857806391d148541161006d57806391d1485414610329578063a217fddf14610348578063ad3cb1cc1461035b578063d0e30db01461038b578063d547741f14610393578063f72c0d8b146103b2575f5ffd5b806352d1902d146102a357806354fd4d50146102b75780635c975abb146102e95780637d882097146103005780638456cb5914610315575f5ffd5b80632e1a7d4d116100f95780632e1a7d4d146101fe5780632f2ff15d1461021f57806336568abe1461023e5780633f4ba83a1461025d578063485cc955146102715780634f1ef28614610290575f5ffd5b806301e1d1141461013557806301ffc9a714610156578063248a9ca31461018557806324ea54f4146101b357806327e235e3146101d3575b5f5ffd5b348015610140575f5ffd5b50475b6040519081526020015b60405180910390f35b348015610161575f5ffd5b50610175610170366004610f7f565b6103e5565b604051901515815260200161014d565b348015610190575f5ffd5b5061014361019f366004610fa6565b5f9081526020819052604090206001015490565b3480156101be575f5ffd5b506101435f5160206111d85f395f51905f5281565b3480156101de575f5ffd5b506101436101ed366004610fd8565b60026020525f908152604090205481565b348015610209575f5ffd5b5061021d610218366004610fa6565b61041b565b005b34801561022a575f5ffd5b5061021d610239366004610ff1565b61058d565b348015610249575f5ffd5b5061021d610258366004610ff1565b6105b7565b348015610268575f5ffd5b5061021d6105ef565b34801561027c575f5ffd5b5061021d61028b36600461101b565b61060e565b61021d61029e366004611057565b6107a8565b3480156102ae575f5ffd5b506101436107c7565b3480156102c2575f5ffd5b506040805180820190915260018152601960f91b60208201525b60405161014d919061111b565b3480156102f4575f5ffd5b5060015460ff16610175565b34801561030b575f5ffd5b5061014360035481565b348015610320575f5ffd5b5061021d6107e2565b348015610334575f5ffd5b50610175610343366004610ff1565b610801565b348015610353575f5ffd5b506101435f81565b348015610366575f5ffd5b506102dc604051806040016040528060058152602001640352e302e360dc1b81525081565b61021d610829565b34801561039e575f5ffd5b5061021d6103ad366004610ff1565b6108e1565b3480156103bd575f5ffd5b506101437f189ab7a9244df0848122154315af71fe140f3db0fe014031783b0946b8c9d2e381565b5f6001600160e01b03198216637965db0b60e01b148061041557506301ffc9a760e01b6001600160e01b03198316145b92915050565b610423610905565b61042b61092b565b335f9081526002602052604090205481158015906104495750808211155b6104915760405162461bcd60e51b8152602060048201526014602482015273696e73756666696369656e742062616c616e636560601b60448201526064015b60405180910390fd5b61049b8282611164565b335f90815260026020526040812091909155600380548492906104bf908490611164565b909155505060405182815233907f7084f5476618d8e60b11ef0d7d3f06914655adb8793e28ff7f018d4c76d505d59060200160405180910390a26040515f90339084908381818185875af1925050503d805f8114610538576040519150601f19603f3d011682016040523d82523d5f602084013e61053d565b606091505b50509050806105805760405162461bcd60e51b815260206004820152600f60248201526e1d1c985b9cd9995c8819985a5b1959608a1b6044820152606401610488565b505061058a610998565b50565b5f828152602081905260409020600101546105a7816109c2565b6105b183836109cc565b50505050565b6001600160a01b03811633146105e05760405163334bd91960e11b815260040160405180910390fd5b6105ea8282610a5b565b505050565b5f5160206111d85f395f51905f52610606816109c2565b61058a610ac4565b5f610617610b16565b805490915060ff600160401b820416159067ffffffffffffffff165f8115801561063e5750825b90505f8267ffffffffffffffff16600114801561065a5750303b155b905081158015610668575080155b156106865760405163f92ee8a960e01b815260040160405180910390fd5b845467ffffffffffffffff1916600117855583156106b057845460ff60401b1916600160401b1785555b6001600160a01b038716158015906106d057506001600160a01b03861615155b61070b5760405162461bcd60e51b815260206004820152600c60248201526b7a65726f206164647265737360a01b6044820152606401610488565b6107155f886109cc565b506107407f189ab7a9244df0848122154315af71fe140f3db0fe014031783b0946b8c9d2e3886109cc565b506107585f5160206111d85f395f51905f52876109cc565b50831561079f57845460ff60401b19168555604051600181527fc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d29060200160405180910390a15b50505050505050565b6107b0610b3e565b6107b982610be2565b6107c38282610c0c565b5050565b5f6107d0610cc8565b505f5160206111b85f395f51905f5290565b5f5160206111d85f395f51905f526107f9816109c2565b61058a610d11565b5f918252602082815260408084206001600160a01b0393909316845291905290205460ff1690565b610831610905565b5f341161086f5760405162461bcd60e51b815260206004820152600c60248201526b1e995c9bc819195c1bdcda5d60a21b6044820152606401610488565b335f908152600260205260408120805434929061088d908490611177565b925050819055503460035f8282546108a59190611177565b909155505060405134815233907f2da466a7b24304f47e87fa2e1e5a81b9831ce54fec19055ce277ca2f39ba42c49060200160405180910390a2565b5f828152602081905260409020600101546108fb816109c2565b6105b18383610a5b565b60015460ff16156109295760405163d93c066560e01b815260040160405180910390fd5b565b7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005c1561096b57604051633ee5aeb560e01b815260040160405180910390fd5b61092960017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005b90610d4c565b6109295f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f00610992565b61058a8133610d53565b5f6109d78383610801565b610a54575f838152602081815260408083206001600160a01b03861684529091529020805460ff19166001179055610a0c3390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a4506001610415565b505f610415565b5f610a668383610801565b15610a54575f838152602081815260408083206001600160a01b0386168085529252808320805460ff1916905551339286917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a4506001610415565b610acc610d8c565b6001805460ff191690557f5db9ee0a495bf2e6ff9c91a7834c1ba4fdd244a5e8aa4e537bd38aeae4b073aa335b6040516001600160a01b03909116815260200160405180910390a1565b5f807ff0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a00610415565b306001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000161480610bc457507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316610bb85f5160206111b85f395f51905f52546001600160a01b031690565b6001600160a01b031614155b156109295760405163703e46dd60e11b815260040160405180910390fd5b7f189ab7a9244df0848122154315af71fe140f3db0fe014031783b0946b8c9d2e36107c3816109c2565b816001600160a01b03166352d1902d6040518163ffffffff1660e01b8152600401602060405180830381865afa925050508015610c66575060408051601f3d908101601f19168201909252610c639181019061118a565b60015b610c8e57604051634c9c8ce360e01b81526001600160a01b0383166004820152602401610488565b5f5160206111b85f395f51905f528114610cbe57604051632a87526960e21b815260048101829052602401610488565b6105ea8383610daf565b306001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016146109295760405163703e46dd60e11b815260040160405180910390fd5b610d19610905565b6001805460ff1916811790557f62e78cea01bee320cd4e420270b5ea74000d11b0c9f74754ebdbfc544b05a25833610af9565b80825d5050565b610d5d8282610801565b6107c35760405163e2517d3f60e01b81526001600160a01b038216600482015260248101839052604401610488565b60015460ff1661092957604051638dfc202b60e01b815260040160405180910390fd5b610db882610e04565b6040516001600160a01b038316907fbc7cd75a20ee27fd9adebab32041f755214dbc6bffa90cc0225b39da2e5c2d3b905f90a2805115610dfc576105ea8282610e67565b6107c3610ed9565b806001600160a01b03163b5f03610e3957604051634c9c8ce360e01b81526001600160a01b0382166004820152602401610488565b5f5160206111b85f395f51905f5280546001600160a01b0319166001600160a01b0392909216919091179055565b60605f5f846001600160a01b031684604051610e8391906111a1565b5f60405180830381855af49150503d805f8114610ebb576040519150601f19603f3d011682016040523d82523d5f602084013e610ec0565b606091505b5091509150610ed0858383610ef8565b95945050505050565b34156109295760405163b398979f60e01b815260040160405180910390fd5b606082610f0d57610f0882610f57565b610f50565b8151158015610f2457506001600160a01b0384163b155b15610f4d57604051639996b31560e01b81526001600160a01b0385166004820152602401610488565b50805b9392505050565b805115610f6657805160208201fd5b60405163d6bda27560e01b815260040160405180910390fd5b5f60208284031215610f8f575f5ffd5b81356001600160e01b031981168114610f50575f5ffd5b5f60208284031215610fb6575f5ffd5b5035919050565b80356001600160a01b0381168114610fd3575f5ffd5b919050565b5f60208284031215610fe8575f5ffd5b610f5082610fbd565b5f5f60408385031215611002575f5ffd5b8235915061101260208401610fbd565b90509250929050565b5f5f6040838503121561102c575f5ffd5b61103583610fbd565b915061101260208401610fbd565b634e487b7160e01b5f52604160045260245ffd5b5f5f60408385031215611068575f5ffd5b61107183610fbd565b9150602083013567ffffffffffffffff81111561108c575f5ffd5b8301601f8101851361109c575f5ffd5b803567ffffffffffffffff8111156110b6576110b6611043565b604051601f8201601f19908116603f0116810167ffffffffffffffff811182821017156110e5576110e5611043565b6040528181528282016020018710156110fc575f5ffd5b816020840160208301375f602083830101528093505050509250929050565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b634e487b7160e01b5f52601160045260245ffd5b8181038181111561041557610415611150565b8082018082111561041557610415611150565b5f6020828403121561119a575f5ffd5b5051919050565b5f82518060208501845e5f92019182525091905056fe360894a13ba1a3210667c828492db98dca3e2076cc3735a920a3ca505d382bbc55435dd261a4b9b3364963f7738a7a662ad9c84396d64be3365284bb7f0a5041a26469706673582212202f5287be4ca6c64c559613cff4e160d1fa35eb3d5fb8c37d673a992a083d7dbe64736f6c634300081e0033",
}

// VaultV2 is an auto generated Go binding around an Ethereum contract.
type VaultV2 struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *VaultV2) GetABI() abi.ABI {
	return c.abi
}

// NewVaultV2 creates a new instance of VaultV2.
func NewVaultV2() *VaultV2 {
	parsed, err := VaultV2MetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &VaultV2{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *VaultV2) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackDEFAULTADMINROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa217fddf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (vaultV2 *VaultV2) PackDEFAULTADMINROLE() []byte {
	enc, err := vaultV2.abi.Pack("DEFAULT_ADMIN_ROLE")
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
func (vaultV2 *VaultV2) TryPackDEFAULTADMINROLE() ([]byte, error) {
	return vaultV2.abi.Pack("DEFAULT_ADMIN_ROLE")
}

// UnpackDEFAULTADMINROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (vaultV2 *VaultV2) UnpackDEFAULTADMINROLE(data []byte) ([32]byte, error) {
	out, err := vaultV2.abi.Unpack("DEFAULT_ADMIN_ROLE", data)
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
func (vaultV2 *VaultV2) PackGUARDIANROLE() []byte {
	enc, err := vaultV2.abi.Pack("GUARDIAN_ROLE")
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
func (vaultV2 *VaultV2) TryPackGUARDIANROLE() ([]byte, error) {
	return vaultV2.abi.Pack("GUARDIAN_ROLE")
}

// UnpackGUARDIANROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x24ea54f4.
//
// Solidity: function GUARDIAN_ROLE() view returns(bytes32)
func (vaultV2 *VaultV2) UnpackGUARDIANROLE(data []byte) ([32]byte, error) {
	out, err := vaultV2.abi.Unpack("GUARDIAN_ROLE", data)
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
func (vaultV2 *VaultV2) PackUPGRADERROLE() []byte {
	enc, err := vaultV2.abi.Pack("UPGRADER_ROLE")
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
func (vaultV2 *VaultV2) TryPackUPGRADERROLE() ([]byte, error) {
	return vaultV2.abi.Pack("UPGRADER_ROLE")
}

// UnpackUPGRADERROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf72c0d8b.
//
// Solidity: function UPGRADER_ROLE() view returns(bytes32)
func (vaultV2 *VaultV2) UnpackUPGRADERROLE(data []byte) ([32]byte, error) {
	out, err := vaultV2.abi.Unpack("UPGRADER_ROLE", data)
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
func (vaultV2 *VaultV2) PackUPGRADEINTERFACEVERSION() []byte {
	enc, err := vaultV2.abi.Pack("UPGRADE_INTERFACE_VERSION")
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
func (vaultV2 *VaultV2) TryPackUPGRADEINTERFACEVERSION() ([]byte, error) {
	return vaultV2.abi.Pack("UPGRADE_INTERFACE_VERSION")
}

// UnpackUPGRADEINTERFACEVERSION is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xad3cb1cc.
//
// Solidity: function UPGRADE_INTERFACE_VERSION() view returns(string)
func (vaultV2 *VaultV2) UnpackUPGRADEINTERFACEVERSION(data []byte) (string, error) {
	out, err := vaultV2.abi.Unpack("UPGRADE_INTERFACE_VERSION", data)
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
func (vaultV2 *VaultV2) PackBalances(arg0 common.Address) []byte {
	enc, err := vaultV2.abi.Pack("balances", arg0)
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
func (vaultV2 *VaultV2) TryPackBalances(arg0 common.Address) ([]byte, error) {
	return vaultV2.abi.Pack("balances", arg0)
}

// UnpackBalances is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x27e235e3.
//
// Solidity: function balances(address ) view returns(uint256)
func (vaultV2 *VaultV2) UnpackBalances(data []byte) (*big.Int, error) {
	out, err := vaultV2.abi.Unpack("balances", data)
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
func (vaultV2 *VaultV2) PackDeposit() []byte {
	enc, err := vaultV2.abi.Pack("deposit")
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
func (vaultV2 *VaultV2) TryPackDeposit() ([]byte, error) {
	return vaultV2.abi.Pack("deposit")
}

// PackGetRoleAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x248a9ca3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (vaultV2 *VaultV2) PackGetRoleAdmin(role [32]byte) []byte {
	enc, err := vaultV2.abi.Pack("getRoleAdmin", role)
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
func (vaultV2 *VaultV2) TryPackGetRoleAdmin(role [32]byte) ([]byte, error) {
	return vaultV2.abi.Pack("getRoleAdmin", role)
}

// UnpackGetRoleAdmin is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (vaultV2 *VaultV2) UnpackGetRoleAdmin(data []byte) ([32]byte, error) {
	out, err := vaultV2.abi.Unpack("getRoleAdmin", data)
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
func (vaultV2 *VaultV2) PackGrantRole(role [32]byte, account common.Address) []byte {
	enc, err := vaultV2.abi.Pack("grantRole", role, account)
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
func (vaultV2 *VaultV2) TryPackGrantRole(role [32]byte, account common.Address) ([]byte, error) {
	return vaultV2.abi.Pack("grantRole", role, account)
}

// PackHasRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91d14854.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (vaultV2 *VaultV2) PackHasRole(role [32]byte, account common.Address) []byte {
	enc, err := vaultV2.abi.Pack("hasRole", role, account)
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
func (vaultV2 *VaultV2) TryPackHasRole(role [32]byte, account common.Address) ([]byte, error) {
	return vaultV2.abi.Pack("hasRole", role, account)
}

// UnpackHasRole is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (vaultV2 *VaultV2) UnpackHasRole(data []byte) (bool, error) {
	out, err := vaultV2.abi.Unpack("hasRole", data)
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
func (vaultV2 *VaultV2) PackInitialize(admin common.Address, guardian common.Address) []byte {
	enc, err := vaultV2.abi.Pack("initialize", admin, guardian)
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
func (vaultV2 *VaultV2) TryPackInitialize(admin common.Address, guardian common.Address) ([]byte, error) {
	return vaultV2.abi.Pack("initialize", admin, guardian)
}

// PackPause is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8456cb59.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function pause() returns()
func (vaultV2 *VaultV2) PackPause() []byte {
	enc, err := vaultV2.abi.Pack("pause")
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
func (vaultV2 *VaultV2) TryPackPause() ([]byte, error) {
	return vaultV2.abi.Pack("pause")
}

// PackPaused is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5c975abb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function paused() view returns(bool)
func (vaultV2 *VaultV2) PackPaused() []byte {
	enc, err := vaultV2.abi.Pack("paused")
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
func (vaultV2 *VaultV2) TryPackPaused() ([]byte, error) {
	return vaultV2.abi.Pack("paused")
}

// UnpackPaused is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5c975abb.
//
// Solidity: function paused() view returns(bool)
func (vaultV2 *VaultV2) UnpackPaused(data []byte) (bool, error) {
	out, err := vaultV2.abi.Unpack("paused", data)
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
func (vaultV2 *VaultV2) PackProxiableUUID() []byte {
	enc, err := vaultV2.abi.Pack("proxiableUUID")
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
func (vaultV2 *VaultV2) TryPackProxiableUUID() ([]byte, error) {
	return vaultV2.abi.Pack("proxiableUUID")
}

// UnpackProxiableUUID is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x52d1902d.
//
// Solidity: function proxiableUUID() view returns(bytes32)
func (vaultV2 *VaultV2) UnpackProxiableUUID(data []byte) ([32]byte, error) {
	out, err := vaultV2.abi.Unpack("proxiableUUID", data)
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
func (vaultV2 *VaultV2) PackRenounceRole(role [32]byte, callerConfirmation common.Address) []byte {
	enc, err := vaultV2.abi.Pack("renounceRole", role, callerConfirmation)
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
func (vaultV2 *VaultV2) TryPackRenounceRole(role [32]byte, callerConfirmation common.Address) ([]byte, error) {
	return vaultV2.abi.Pack("renounceRole", role, callerConfirmation)
}

// PackRevokeRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd547741f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (vaultV2 *VaultV2) PackRevokeRole(role [32]byte, account common.Address) []byte {
	enc, err := vaultV2.abi.Pack("revokeRole", role, account)
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
func (vaultV2 *VaultV2) TryPackRevokeRole(role [32]byte, account common.Address) ([]byte, error) {
	return vaultV2.abi.Pack("revokeRole", role, account)
}

// PackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (vaultV2 *VaultV2) PackSupportsInterface(interfaceId [4]byte) []byte {
	enc, err := vaultV2.abi.Pack("supportsInterface", interfaceId)
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
func (vaultV2 *VaultV2) TryPackSupportsInterface(interfaceId [4]byte) ([]byte, error) {
	return vaultV2.abi.Pack("supportsInterface", interfaceId)
}

// UnpackSupportsInterface is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (vaultV2 *VaultV2) UnpackSupportsInterface(data []byte) (bool, error) {
	out, err := vaultV2.abi.Unpack("supportsInterface", data)
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
func (vaultV2 *VaultV2) PackTotalAssets() []byte {
	enc, err := vaultV2.abi.Pack("totalAssets")
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
func (vaultV2 *VaultV2) TryPackTotalAssets() ([]byte, error) {
	return vaultV2.abi.Pack("totalAssets")
}

// UnpackTotalAssets is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x01e1d114.
//
// Solidity: function totalAssets() view returns(uint256)
func (vaultV2 *VaultV2) UnpackTotalAssets(data []byte) (*big.Int, error) {
	out, err := vaultV2.abi.Unpack("totalAssets", data)
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
func (vaultV2 *VaultV2) PackTotalDeposits() []byte {
	enc, err := vaultV2.abi.Pack("totalDeposits")
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
func (vaultV2 *VaultV2) TryPackTotalDeposits() ([]byte, error) {
	return vaultV2.abi.Pack("totalDeposits")
}

// UnpackTotalDeposits is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7d882097.
//
// Solidity: function totalDeposits() view returns(uint256)
func (vaultV2 *VaultV2) UnpackTotalDeposits(data []byte) (*big.Int, error) {
	out, err := vaultV2.abi.Unpack("totalDeposits", data)
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
func (vaultV2 *VaultV2) PackUnpause() []byte {
	enc, err := vaultV2.abi.Pack("unpause")
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
func (vaultV2 *VaultV2) TryPackUnpause() ([]byte, error) {
	return vaultV2.abi.Pack("unpause")
}

// PackUpgradeToAndCall is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4f1ef286.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function upgradeToAndCall(address newImplementation, bytes data) payable returns()
func (vaultV2 *VaultV2) PackUpgradeToAndCall(newImplementation common.Address, data []byte) []byte {
	enc, err := vaultV2.abi.Pack("upgradeToAndCall", newImplementation, data)
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
func (vaultV2 *VaultV2) TryPackUpgradeToAndCall(newImplementation common.Address, data []byte) ([]byte, error) {
	return vaultV2.abi.Pack("upgradeToAndCall", newImplementation, data)
}

// PackVersion is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x54fd4d50.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function version() pure returns(string)
func (vaultV2 *VaultV2) PackVersion() []byte {
	enc, err := vaultV2.abi.Pack("version")
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
func (vaultV2 *VaultV2) TryPackVersion() ([]byte, error) {
	return vaultV2.abi.Pack("version")
}

// UnpackVersion is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x54fd4d50.
//
// Solidity: function version() pure returns(string)
func (vaultV2 *VaultV2) UnpackVersion(data []byte) (string, error) {
	out, err := vaultV2.abi.Unpack("version", data)
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
func (vaultV2 *VaultV2) PackWithdraw(amount *big.Int) []byte {
	enc, err := vaultV2.abi.Pack("withdraw", amount)
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
func (vaultV2 *VaultV2) TryPackWithdraw(amount *big.Int) ([]byte, error) {
	return vaultV2.abi.Pack("withdraw", amount)
}

// VaultV2Deposited represents a Deposited event raised by the VaultV2 contract.
type VaultV2Deposited struct {
	Account common.Address
	Amount  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const VaultV2DepositedEventName = "Deposited"

// ContractEventName returns the user-defined event name.
func (VaultV2Deposited) ContractEventName() string {
	return VaultV2DepositedEventName
}

// UnpackDepositedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Deposited(address indexed account, uint256 amount)
func (vaultV2 *VaultV2) UnpackDepositedEvent(log *types.Log) (*VaultV2Deposited, error) {
	event := "Deposited"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != vaultV2.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(VaultV2Deposited)
	if len(log.Data) > 0 {
		if err := vaultV2.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range vaultV2.abi.Events[event].Inputs {
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

// VaultV2Initialized represents a Initialized event raised by the VaultV2 contract.
type VaultV2Initialized struct {
	Version uint64
	Raw     *types.Log // Blockchain specific contextual infos
}

const VaultV2InitializedEventName = "Initialized"

// ContractEventName returns the user-defined event name.
func (VaultV2Initialized) ContractEventName() string {
	return VaultV2InitializedEventName
}

// UnpackInitializedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Initialized(uint64 version)
func (vaultV2 *VaultV2) UnpackInitializedEvent(log *types.Log) (*VaultV2Initialized, error) {
	event := "Initialized"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != vaultV2.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(VaultV2Initialized)
	if len(log.Data) > 0 {
		if err := vaultV2.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range vaultV2.abi.Events[event].Inputs {
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

// VaultV2Paused represents a Paused event raised by the VaultV2 contract.
type VaultV2Paused struct {
	Account common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const VaultV2PausedEventName = "Paused"

// ContractEventName returns the user-defined event name.
func (VaultV2Paused) ContractEventName() string {
	return VaultV2PausedEventName
}

// UnpackPausedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Paused(address account)
func (vaultV2 *VaultV2) UnpackPausedEvent(log *types.Log) (*VaultV2Paused, error) {
	event := "Paused"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != vaultV2.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(VaultV2Paused)
	if len(log.Data) > 0 {
		if err := vaultV2.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range vaultV2.abi.Events[event].Inputs {
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

// VaultV2RoleAdminChanged represents a RoleAdminChanged event raised by the VaultV2 contract.
type VaultV2RoleAdminChanged struct {
	Role              [32]byte
	PreviousAdminRole [32]byte
	NewAdminRole      [32]byte
	Raw               *types.Log // Blockchain specific contextual infos
}

const VaultV2RoleAdminChangedEventName = "RoleAdminChanged"

// ContractEventName returns the user-defined event name.
func (VaultV2RoleAdminChanged) ContractEventName() string {
	return VaultV2RoleAdminChangedEventName
}

// UnpackRoleAdminChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole)
func (vaultV2 *VaultV2) UnpackRoleAdminChangedEvent(log *types.Log) (*VaultV2RoleAdminChanged, error) {
	event := "RoleAdminChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != vaultV2.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(VaultV2RoleAdminChanged)
	if len(log.Data) > 0 {
		if err := vaultV2.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range vaultV2.abi.Events[event].Inputs {
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

// VaultV2RoleGranted represents a RoleGranted event raised by the VaultV2 contract.
type VaultV2RoleGranted struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const VaultV2RoleGrantedEventName = "RoleGranted"

// ContractEventName returns the user-defined event name.
func (VaultV2RoleGranted) ContractEventName() string {
	return VaultV2RoleGrantedEventName
}

// UnpackRoleGrantedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)
func (vaultV2 *VaultV2) UnpackRoleGrantedEvent(log *types.Log) (*VaultV2RoleGranted, error) {
	event := "RoleGranted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != vaultV2.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(VaultV2RoleGranted)
	if len(log.Data) > 0 {
		if err := vaultV2.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range vaultV2.abi.Events[event].Inputs {
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

// VaultV2RoleRevoked represents a RoleRevoked event raised by the VaultV2 contract.
type VaultV2RoleRevoked struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const VaultV2RoleRevokedEventName = "RoleRevoked"

// ContractEventName returns the user-defined event name.
func (VaultV2RoleRevoked) ContractEventName() string {
	return VaultV2RoleRevokedEventName
}

// UnpackRoleRevokedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender)
func (vaultV2 *VaultV2) UnpackRoleRevokedEvent(log *types.Log) (*VaultV2RoleRevoked, error) {
	event := "RoleRevoked"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != vaultV2.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(VaultV2RoleRevoked)
	if len(log.Data) > 0 {
		if err := vaultV2.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range vaultV2.abi.Events[event].Inputs {
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

// VaultV2Unpaused represents a Unpaused event raised by the VaultV2 contract.
type VaultV2Unpaused struct {
	Account common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const VaultV2UnpausedEventName = "Unpaused"

// ContractEventName returns the user-defined event name.
func (VaultV2Unpaused) ContractEventName() string {
	return VaultV2UnpausedEventName
}

// UnpackUnpausedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Unpaused(address account)
func (vaultV2 *VaultV2) UnpackUnpausedEvent(log *types.Log) (*VaultV2Unpaused, error) {
	event := "Unpaused"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != vaultV2.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(VaultV2Unpaused)
	if len(log.Data) > 0 {
		if err := vaultV2.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range vaultV2.abi.Events[event].Inputs {
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

// VaultV2Upgraded represents a Upgraded event raised by the VaultV2 contract.
type VaultV2Upgraded struct {
	Implementation common.Address
	Raw            *types.Log // Blockchain specific contextual infos
}

const VaultV2UpgradedEventName = "Upgraded"

// ContractEventName returns the user-defined event name.
func (VaultV2Upgraded) ContractEventName() string {
	return VaultV2UpgradedEventName
}

// UnpackUpgradedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Upgraded(address indexed implementation)
func (vaultV2 *VaultV2) UnpackUpgradedEvent(log *types.Log) (*VaultV2Upgraded, error) {
	event := "Upgraded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != vaultV2.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(VaultV2Upgraded)
	if len(log.Data) > 0 {
		if err := vaultV2.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range vaultV2.abi.Events[event].Inputs {
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

// VaultV2Withdrawn represents a Withdrawn event raised by the VaultV2 contract.
type VaultV2Withdrawn struct {
	Account common.Address
	Amount  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const VaultV2WithdrawnEventName = "Withdrawn"

// ContractEventName returns the user-defined event name.
func (VaultV2Withdrawn) ContractEventName() string {
	return VaultV2WithdrawnEventName
}

// UnpackWithdrawnEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Withdrawn(address indexed account, uint256 amount)
func (vaultV2 *VaultV2) UnpackWithdrawnEvent(log *types.Log) (*VaultV2Withdrawn, error) {
	event := "Withdrawn"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != vaultV2.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(VaultV2Withdrawn)
	if len(log.Data) > 0 {
		if err := vaultV2.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range vaultV2.abi.Events[event].Inputs {
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
func (vaultV2 *VaultV2) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], vaultV2.abi.Errors["AccessControlBadConfirmation"].ID.Bytes()[:4]) {
		return vaultV2.UnpackAccessControlBadConfirmationError(raw[4:])
	}
	if bytes.Equal(raw[:4], vaultV2.abi.Errors["AccessControlUnauthorizedAccount"].ID.Bytes()[:4]) {
		return vaultV2.UnpackAccessControlUnauthorizedAccountError(raw[4:])
	}
	if bytes.Equal(raw[:4], vaultV2.abi.Errors["AddressEmptyCode"].ID.Bytes()[:4]) {
		return vaultV2.UnpackAddressEmptyCodeError(raw[4:])
	}
	if bytes.Equal(raw[:4], vaultV2.abi.Errors["ERC1967InvalidImplementation"].ID.Bytes()[:4]) {
		return vaultV2.UnpackERC1967InvalidImplementationError(raw[4:])
	}
	if bytes.Equal(raw[:4], vaultV2.abi.Errors["ERC1967NonPayable"].ID.Bytes()[:4]) {
		return vaultV2.UnpackERC1967NonPayableError(raw[4:])
	}
	if bytes.Equal(raw[:4], vaultV2.abi.Errors["EnforcedPause"].ID.Bytes()[:4]) {
		return vaultV2.UnpackEnforcedPauseError(raw[4:])
	}
	if bytes.Equal(raw[:4], vaultV2.abi.Errors["ExpectedPause"].ID.Bytes()[:4]) {
		return vaultV2.UnpackExpectedPauseError(raw[4:])
	}
	if bytes.Equal(raw[:4], vaultV2.abi.Errors["FailedCall"].ID.Bytes()[:4]) {
		return vaultV2.UnpackFailedCallError(raw[4:])
	}
	if bytes.Equal(raw[:4], vaultV2.abi.Errors["InvalidInitialization"].ID.Bytes()[:4]) {
		return vaultV2.UnpackInvalidInitializationError(raw[4:])
	}
	if bytes.Equal(raw[:4], vaultV2.abi.Errors["NotInitializing"].ID.Bytes()[:4]) {
		return vaultV2.UnpackNotInitializingError(raw[4:])
	}
	if bytes.Equal(raw[:4], vaultV2.abi.Errors["ReentrancyGuardReentrantCall"].ID.Bytes()[:4]) {
		return vaultV2.UnpackReentrancyGuardReentrantCallError(raw[4:])
	}
	if bytes.Equal(raw[:4], vaultV2.abi.Errors["UUPSUnauthorizedCallContext"].ID.Bytes()[:4]) {
		return vaultV2.UnpackUUPSUnauthorizedCallContextError(raw[4:])
	}
	if bytes.Equal(raw[:4], vaultV2.abi.Errors["UUPSUnsupportedProxiableUUID"].ID.Bytes()[:4]) {
		return vaultV2.UnpackUUPSUnsupportedProxiableUUIDError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// VaultV2AccessControlBadConfirmation represents a AccessControlBadConfirmation error raised by the VaultV2 contract.
type VaultV2AccessControlBadConfirmation struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlBadConfirmation()
func VaultV2AccessControlBadConfirmationErrorID() common.Hash {
	return common.HexToHash("0x6697b23232a647058342c0724fe7c415cab25915b54e5dbc03f233173d37b41c")
}

// UnpackAccessControlBadConfirmationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlBadConfirmation()
func (vaultV2 *VaultV2) UnpackAccessControlBadConfirmationError(raw []byte) (*VaultV2AccessControlBadConfirmation, error) {
	out := new(VaultV2AccessControlBadConfirmation)
	if err := vaultV2.abi.UnpackIntoInterface(out, "AccessControlBadConfirmation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// VaultV2AccessControlUnauthorizedAccount represents a AccessControlUnauthorizedAccount error raised by the VaultV2 contract.
type VaultV2AccessControlUnauthorizedAccount struct {
	Account    common.Address
	NeededRole [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func VaultV2AccessControlUnauthorizedAccountErrorID() common.Hash {
	return common.HexToHash("0xe2517d3fbfae6f8515ef5ff1ccedc3933ab0cbbda0b492c06eb54ad10ef03b3e")
}

// UnpackAccessControlUnauthorizedAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func (vaultV2 *VaultV2) UnpackAccessControlUnauthorizedAccountError(raw []byte) (*VaultV2AccessControlUnauthorizedAccount, error) {
	out := new(VaultV2AccessControlUnauthorizedAccount)
	if err := vaultV2.abi.UnpackIntoInterface(out, "AccessControlUnauthorizedAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// VaultV2AddressEmptyCode represents a AddressEmptyCode error raised by the VaultV2 contract.
type VaultV2AddressEmptyCode struct {
	Target common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AddressEmptyCode(address target)
func VaultV2AddressEmptyCodeErrorID() common.Hash {
	return common.HexToHash("0x9996b315c842ff135b8fc4a08ad5df1c344efbc03d2687aecc0678050d2aac89")
}

// UnpackAddressEmptyCodeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AddressEmptyCode(address target)
func (vaultV2 *VaultV2) UnpackAddressEmptyCodeError(raw []byte) (*VaultV2AddressEmptyCode, error) {
	out := new(VaultV2AddressEmptyCode)
	if err := vaultV2.abi.UnpackIntoInterface(out, "AddressEmptyCode", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// VaultV2ERC1967InvalidImplementation represents a ERC1967InvalidImplementation error raised by the VaultV2 contract.
type VaultV2ERC1967InvalidImplementation struct {
	Implementation common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC1967InvalidImplementation(address implementation)
func VaultV2ERC1967InvalidImplementationErrorID() common.Hash {
	return common.HexToHash("0x4c9c8ce3ceb3130f17f7cdba48d89b5b0129f266a8bac114e6e315a41879b617")
}

// UnpackERC1967InvalidImplementationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC1967InvalidImplementation(address implementation)
func (vaultV2 *VaultV2) UnpackERC1967InvalidImplementationError(raw []byte) (*VaultV2ERC1967InvalidImplementation, error) {
	out := new(VaultV2ERC1967InvalidImplementation)
	if err := vaultV2.abi.UnpackIntoInterface(out, "ERC1967InvalidImplementation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// VaultV2ERC1967NonPayable represents a ERC1967NonPayable error raised by the VaultV2 contract.
type VaultV2ERC1967NonPayable struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC1967NonPayable()
func VaultV2ERC1967NonPayableErrorID() common.Hash {
	return common.HexToHash("0xb398979fa84f543c8e222f17890372c487baf85e062276c127fef521eea7224b")
}

// UnpackERC1967NonPayableError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC1967NonPayable()
func (vaultV2 *VaultV2) UnpackERC1967NonPayableError(raw []byte) (*VaultV2ERC1967NonPayable, error) {
	out := new(VaultV2ERC1967NonPayable)
	if err := vaultV2.abi.UnpackIntoInterface(out, "ERC1967NonPayable", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// VaultV2EnforcedPause represents a EnforcedPause error raised by the VaultV2 contract.
type VaultV2EnforcedPause struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EnforcedPause()
func VaultV2EnforcedPauseErrorID() common.Hash {
	return common.HexToHash("0xd93c0665d6c96d04a8f174024fc4ddd66c250604aff22bbec808de86dd3637e3")
}

// UnpackEnforcedPauseError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EnforcedPause()
func (vaultV2 *VaultV2) UnpackEnforcedPauseError(raw []byte) (*VaultV2EnforcedPause, error) {
	out := new(VaultV2EnforcedPause)
	if err := vaultV2.abi.UnpackIntoInterface(out, "EnforcedPause", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// VaultV2ExpectedPause represents a ExpectedPause error raised by the VaultV2 contract.
type VaultV2ExpectedPause struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ExpectedPause()
func VaultV2ExpectedPauseErrorID() common.Hash {
	return common.HexToHash("0x8dfc202bcfe9a735b559bee70674422512bc5c30f687046ae8778315fb81da44")
}

// UnpackExpectedPauseError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ExpectedPause()
func (vaultV2 *VaultV2) UnpackExpectedPauseError(raw []byte) (*VaultV2ExpectedPause, error) {
	out := new(VaultV2ExpectedPause)
	if err := vaultV2.abi.UnpackIntoInterface(out, "ExpectedPause", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// VaultV2FailedCall represents a FailedCall error raised by the VaultV2 contract.
type VaultV2FailedCall struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error FailedCall()
func VaultV2FailedCallErrorID() common.Hash {
	return common.HexToHash("0xd6bda27508c0fb6d8a39b4b122878dab26f731a7d4e4abe711dd3731899052a4")
}

// UnpackFailedCallError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error FailedCall()
func (vaultV2 *VaultV2) UnpackFailedCallError(raw []byte) (*VaultV2FailedCall, error) {
	out := new(VaultV2FailedCall)
	if err := vaultV2.abi.UnpackIntoInterface(out, "FailedCall", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// VaultV2InvalidInitialization represents a InvalidInitialization error raised by the VaultV2 contract.
type VaultV2InvalidInitialization struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidInitialization()
func VaultV2InvalidInitializationErrorID() common.Hash {
	return common.HexToHash("0xf92ee8a957075833165f68c320933b1a1294aafc84ee6e0dd3fb178008f9aaf5")
}

// UnpackInvalidInitializationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidInitialization()
func (vaultV2 *VaultV2) UnpackInvalidInitializationError(raw []byte) (*VaultV2InvalidInitialization, error) {
	out := new(VaultV2InvalidInitialization)
	if err := vaultV2.abi.UnpackIntoInterface(out, "InvalidInitialization", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// VaultV2NotInitializing represents a NotInitializing error raised by the VaultV2 contract.
type VaultV2NotInitializing struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotInitializing()
func VaultV2NotInitializingErrorID() common.Hash {
	return common.HexToHash("0xd7e6bcf8597daa127dc9f0048d2f08d5ef140a2cb659feabd700beff1f7a8302")
}

// UnpackNotInitializingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotInitializing()
func (vaultV2 *VaultV2) UnpackNotInitializingError(raw []byte) (*VaultV2NotInitializing, error) {
	out := new(VaultV2NotInitializing)
	if err := vaultV2.abi.UnpackIntoInterface(out, "NotInitializing", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// VaultV2ReentrancyGuardReentrantCall represents a ReentrancyGuardReentrantCall error raised by the VaultV2 contract.
type VaultV2ReentrancyGuardReentrantCall struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReentrancyGuardReentrantCall()
func VaultV2ReentrancyGuardReentrantCallErrorID() common.Hash {
	return common.HexToHash("0x3ee5aeb571de7fc460830b4d0017439a1ca56fb0bc39062227ade4fe4a24c1ca")
}

// UnpackReentrancyGuardReentrantCallError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReentrancyGuardReentrantCall()
func (vaultV2 *VaultV2) UnpackReentrancyGuardReentrantCallError(raw []byte) (*VaultV2ReentrancyGuardReentrantCall, error) {
	out := new(VaultV2ReentrancyGuardReentrantCall)
	if err := vaultV2.abi.UnpackIntoInterface(out, "ReentrancyGuardReentrantCall", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// VaultV2UUPSUnauthorizedCallContext represents a UUPSUnauthorizedCallContext error raised by the VaultV2 contract.
type VaultV2UUPSUnauthorizedCallContext struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UUPSUnauthorizedCallContext()
func VaultV2UUPSUnauthorizedCallContextErrorID() common.Hash {
	return common.HexToHash("0xe07c8dba242a06571ac65fe4bbe20522c9fb111cb33599b799ff8039c1ed18f4")
}

// UnpackUUPSUnauthorizedCallContextError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UUPSUnauthorizedCallContext()
func (vaultV2 *VaultV2) UnpackUUPSUnauthorizedCallContextError(raw []byte) (*VaultV2UUPSUnauthorizedCallContext, error) {
	out := new(VaultV2UUPSUnauthorizedCallContext)
	if err := vaultV2.abi.UnpackIntoInterface(out, "UUPSUnauthorizedCallContext", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// VaultV2UUPSUnsupportedProxiableUUID represents a UUPSUnsupportedProxiableUUID error raised by the VaultV2 contract.
type VaultV2UUPSUnsupportedProxiableUUID struct {
	Slot [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UUPSUnsupportedProxiableUUID(bytes32 slot)
func VaultV2UUPSUnsupportedProxiableUUIDErrorID() common.Hash {
	return common.HexToHash("0xaa1d49a4c084bfa9aeeee2a0be65267a7f19ba7e1476b114dac513d2c14cb563")
}

// UnpackUUPSUnsupportedProxiableUUIDError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UUPSUnsupportedProxiableUUID(bytes32 slot)
func (vaultV2 *VaultV2) UnpackUUPSUnsupportedProxiableUUIDError(raw []byte) (*VaultV2UUPSUnsupportedProxiableUUID, error) {
	out := new(VaultV2UUPSUnsupportedProxiableUUID)
	if err := vaultV2.abi.UnpackIntoInterface(out, "UUPSUnsupportedProxiableUUID", raw); err != nil {
		return nil, err
	}
	return out, nil
}
