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

// VaultV1MetaData contains all meta data concerning the VaultV1 contract.
var VaultV1MetaData = bind.MetaData{
	ABI: "[{\"inputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"AccessControlBadConfirmation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"neededRole\",\"type\":\"bytes32\"}],\"name\":\"AccessControlUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"}],\"name\":\"AddressEmptyCode\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"implementation\",\"type\":\"address\"}],\"name\":\"ERC1967InvalidImplementation\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ERC1967NonPayable\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"EnforcedPause\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ExpectedPause\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"FailedCall\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidInitialization\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotInitializing\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"UUPSUnauthorizedCallContext\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"slot\",\"type\":\"bytes32\"}],\"name\":\"UUPSUnsupportedProxiableUUID\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Deposited\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"version\",\"type\":\"uint64\"}],\"name\":\"Initialized\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"Paused\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"previousAdminRole\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"newAdminRole\",\"type\":\"bytes32\"}],\"name\":\"RoleAdminChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleGranted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleRevoked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"Unpaused\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"implementation\",\"type\":\"address\"}],\"name\":\"Upgraded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Withdrawn\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"DEFAULT_ADMIN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"GUARDIAN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"UPGRADER_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"UPGRADE_INTERFACE_VERSION\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"balances\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"deposit\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"}],\"name\":\"getRoleAdmin\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"grantRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"hasRole\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"admin\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"guardian\",\"type\":\"address\"}],\"name\":\"initialize\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pause\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"paused\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"proxiableUUID\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"callerConfirmation\",\"type\":\"address\"}],\"name\":\"renounceRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"revokeRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalAssets\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalDeposits\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"unpause\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newImplementation\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"upgradeToAndCall\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"version\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"withdraw\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "VaultV1",
	Bin: "0x60a060405230608052348015610013575f5ffd5b5061001c610021565b6100d3565b7ff0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a00805468010000000000000000900460ff16156100715760405163f92ee8a960e01b815260040160405180910390fd5b80546001600160401b03908116146100d05780546001600160401b0319166001600160401b0390811782556040519081527fc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d29060200160405180910390a15b50565b60805161117a6100f95f395f8181610a9d01528181610ac60152610c27015261117a5ff3fe608060405260043610610131575f3560e01c806352d1902d116100a857806391d148541161006d57806391d1485414610329578063a217fddf14610348578063ad3cb1cc1461035b578063d0e30db01461038b578063d547741f14610393578063f72c0d8b146103b2575f5ffd5b806352d1902d146102a357806354fd4d50146102b75780635c975abb146102e95780637d882097146103005780638456cb5914610315575f5ffd5b80632e1a7d4d116100f95780632e1a7d4d146101fe5780632f2ff15d1461021f57806336568abe1461023e5780633f4ba83a1461025d578063485cc955146102715780634f1ef28614610290575f5ffd5b806301e1d1141461013557806301ffc9a714610156578063248a9ca31461018557806324ea54f4146101b357806327e235e3146101d3575b5f5ffd5b348015610140575f5ffd5b50475b6040519081526020015b60405180910390f35b348015610161575f5ffd5b50610175610170366004610ecc565b6103e5565b604051901515815260200161014d565b348015610190575f5ffd5b5061014361019f366004610ef3565b5f9081526020819052604090206001015490565b3480156101be575f5ffd5b506101435f5160206111255f395f51905f5281565b3480156101de575f5ffd5b506101436101ed366004610f25565b60026020525f908152604090205481565b348015610209575f5ffd5b5061021d610218366004610ef3565b61041b565b005b34801561022a575f5ffd5b5061021d610239366004610f3e565b610575565b348015610249575f5ffd5b5061021d610258366004610f3e565b61059f565b348015610268575f5ffd5b5061021d6105d7565b34801561027c575f5ffd5b5061021d61028b366004610f68565b6105f9565b61021d61029e366004610fa4565b610793565b3480156102ae575f5ffd5b506101436107b2565b3480156102c2575f5ffd5b506040805180820190915260018152603160f81b60208201525b60405161014d9190611068565b3480156102f4575f5ffd5b5060015460ff16610175565b34801561030b575f5ffd5b5061014360035481565b348015610320575f5ffd5b5061021d6107cd565b348015610334575f5ffd5b50610175610343366004610f3e565b6107ec565b348015610353575f5ffd5b506101435f81565b348015610366575f5ffd5b506102dc604051806040016040528060058152602001640352e302e360dc1b81525081565b61021d610814565b34801561039e575f5ffd5b5061021d6103ad366004610f3e565b6108cc565b3480156103bd575f5ffd5b506101437f189ab7a9244df0848122154315af71fe140f3db0fe014031783b0946b8c9d2e381565b5f6001600160e01b03198216637965db0b60e01b148061041557506301ffc9a760e01b6001600160e01b03198316145b92915050565b6104236108f0565b335f9081526002602052604090205481158015906104415750808211155b6104895760405162461bcd60e51b8152602060048201526014602482015273696e73756666696369656e742062616c616e636560601b60448201526064015b60405180910390fd5b6040515f90339084908381818185875af1925050503d805f81146104c8576040519150601f19603f3d011682016040523d82523d5f602084013e6104cd565b606091505b50509050806105105760405162461bcd60e51b815260206004820152600f60248201526e1d1c985b9cd9995c8819985a5b1959608a1b6044820152606401610480565b61051a83836110b1565b335f81815260026020526040908190209290925560038054869003905590517f7084f5476618d8e60b11ef0d7d3f06914655adb8793e28ff7f018d4c76d505d5906105689086815260200190565b60405180910390a2505050565b5f8281526020819052604090206001015461058f81610916565b6105998383610920565b50505050565b6001600160a01b03811633146105c85760405163334bd91960e11b815260040160405180910390fd5b6105d282826109af565b505050565b5f5160206111255f395f51905f526105ee81610916565b6105f6610a18565b50565b5f610602610a6a565b805490915060ff600160401b820416159067ffffffffffffffff165f811580156106295750825b90505f8267ffffffffffffffff1660011480156106455750303b155b905081158015610653575080155b156106715760405163f92ee8a960e01b815260040160405180910390fd5b845467ffffffffffffffff19166001178555831561069b57845460ff60401b1916600160401b1785555b6001600160a01b038716158015906106bb57506001600160a01b03861615155b6106f65760405162461bcd60e51b815260206004820152600c60248201526b7a65726f206164647265737360a01b6044820152606401610480565b6107005f88610920565b5061072b7f189ab7a9244df0848122154315af71fe140f3db0fe014031783b0946b8c9d2e388610920565b506107435f5160206111255f395f51905f5287610920565b50831561078a57845460ff60401b19168555604051600181527fc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d29060200160405180910390a15b50505050505050565b61079b610a92565b6107a482610b36565b6107ae8282610b60565b5050565b5f6107bb610c1c565b505f5160206111055f395f51905f5290565b5f5160206111255f395f51905f526107e481610916565b6105f6610c65565b5f918252602082815260408084206001600160a01b0393909316845291905290205460ff1690565b61081c6108f0565b5f341161085a5760405162461bcd60e51b815260206004820152600c60248201526b1e995c9bc819195c1bdcda5d60a21b6044820152606401610480565b335f90815260026020526040812080543492906108789084906110c4565b925050819055503460035f82825461089091906110c4565b909155505060405134815233907f2da466a7b24304f47e87fa2e1e5a81b9831ce54fec19055ce277ca2f39ba42c49060200160405180910390a2565b5f828152602081905260409020600101546108e681610916565b61059983836109af565b60015460ff16156109145760405163d93c066560e01b815260040160405180910390fd5b565b6105f68133610ca0565b5f61092b83836107ec565b6109a8575f838152602081815260408083206001600160a01b03861684529091529020805460ff191660011790556109603390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a4506001610415565b505f610415565b5f6109ba83836107ec565b156109a8575f838152602081815260408083206001600160a01b0386168085529252808320805460ff1916905551339286917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a4506001610415565b610a20610cd9565b6001805460ff191690557f5db9ee0a495bf2e6ff9c91a7834c1ba4fdd244a5e8aa4e537bd38aeae4b073aa335b6040516001600160a01b03909116815260200160405180910390a1565b5f807ff0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a00610415565b306001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000161480610b1857507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316610b0c5f5160206111055f395f51905f52546001600160a01b031690565b6001600160a01b031614155b156109145760405163703e46dd60e11b815260040160405180910390fd5b7f189ab7a9244df0848122154315af71fe140f3db0fe014031783b0946b8c9d2e36107ae81610916565b816001600160a01b03166352d1902d6040518163ffffffff1660e01b8152600401602060405180830381865afa925050508015610bba575060408051601f3d908101601f19168201909252610bb7918101906110d7565b60015b610be257604051634c9c8ce360e01b81526001600160a01b0383166004820152602401610480565b5f5160206111055f395f51905f528114610c1257604051632a87526960e21b815260048101829052602401610480565b6105d28383610cfc565b306001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016146109145760405163703e46dd60e11b815260040160405180910390fd5b610c6d6108f0565b6001805460ff1916811790557f62e78cea01bee320cd4e420270b5ea74000d11b0c9f74754ebdbfc544b05a25833610a4d565b610caa82826107ec565b6107ae5760405163e2517d3f60e01b81526001600160a01b038216600482015260248101839052604401610480565b60015460ff1661091457604051638dfc202b60e01b815260040160405180910390fd5b610d0582610d51565b6040516001600160a01b038316907fbc7cd75a20ee27fd9adebab32041f755214dbc6bffa90cc0225b39da2e5c2d3b905f90a2805115610d49576105d28282610db4565b6107ae610e26565b806001600160a01b03163b5f03610d8657604051634c9c8ce360e01b81526001600160a01b0382166004820152602401610480565b5f5160206111055f395f51905f5280546001600160a01b0319166001600160a01b0392909216919091179055565b60605f5f846001600160a01b031684604051610dd091906110ee565b5f60405180830381855af49150503d805f8114610e08576040519150601f19603f3d011682016040523d82523d5f602084013e610e0d565b606091505b5091509150610e1d858383610e45565b95945050505050565b34156109145760405163b398979f60e01b815260040160405180910390fd5b606082610e5a57610e5582610ea4565b610e9d565b8151158015610e7157506001600160a01b0384163b155b15610e9a57604051639996b31560e01b81526001600160a01b0385166004820152602401610480565b50805b9392505050565b805115610eb357805160208201fd5b60405163d6bda27560e01b815260040160405180910390fd5b5f60208284031215610edc575f5ffd5b81356001600160e01b031981168114610e9d575f5ffd5b5f60208284031215610f03575f5ffd5b5035919050565b80356001600160a01b0381168114610f20575f5ffd5b919050565b5f60208284031215610f35575f5ffd5b610e9d82610f0a565b5f5f60408385031215610f4f575f5ffd5b82359150610f5f60208401610f0a565b90509250929050565b5f5f60408385031215610f79575f5ffd5b610f8283610f0a565b9150610f5f60208401610f0a565b634e487b7160e01b5f52604160045260245ffd5b5f5f60408385031215610fb5575f5ffd5b610fbe83610f0a565b9150602083013567ffffffffffffffff811115610fd9575f5ffd5b8301601f81018513610fe9575f5ffd5b803567ffffffffffffffff81111561100357611003610f90565b604051601f8201601f19908116603f0116810167ffffffffffffffff8111828210171561103257611032610f90565b604052818152828201602001871015611049575f5ffd5b816020840160208301375f602083830101528093505050509250929050565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b634e487b7160e01b5f52601160045260245ffd5b818103818111156104155761041561109d565b808201808211156104155761041561109d565b5f602082840312156110e7575f5ffd5b5051919050565b5f82518060208501845e5f92019182525091905056fe360894a13ba1a3210667c828492db98dca3e2076cc3735a920a3ca505d382bbc55435dd261a4b9b3364963f7738a7a662ad9c84396d64be3365284bb7f0a5041a264697066735822122031b0b3d0f7dd8d42a6fc1a7eccbfbc84fc68a5156ac0484eeb5b51f105b5c09164736f6c634300081e0033",
}

// VaultV1 is an auto generated Go binding around an Ethereum contract.
type VaultV1 struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *VaultV1) GetABI() abi.ABI {
	return c.abi
}

// NewVaultV1 creates a new instance of VaultV1.
func NewVaultV1() *VaultV1 {
	parsed, err := VaultV1MetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &VaultV1{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *VaultV1) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackDEFAULTADMINROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa217fddf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (vaultV1 *VaultV1) PackDEFAULTADMINROLE() []byte {
	enc, err := vaultV1.abi.Pack("DEFAULT_ADMIN_ROLE")
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
func (vaultV1 *VaultV1) TryPackDEFAULTADMINROLE() ([]byte, error) {
	return vaultV1.abi.Pack("DEFAULT_ADMIN_ROLE")
}

// UnpackDEFAULTADMINROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (vaultV1 *VaultV1) UnpackDEFAULTADMINROLE(data []byte) ([32]byte, error) {
	out, err := vaultV1.abi.Unpack("DEFAULT_ADMIN_ROLE", data)
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
func (vaultV1 *VaultV1) PackGUARDIANROLE() []byte {
	enc, err := vaultV1.abi.Pack("GUARDIAN_ROLE")
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
func (vaultV1 *VaultV1) TryPackGUARDIANROLE() ([]byte, error) {
	return vaultV1.abi.Pack("GUARDIAN_ROLE")
}

// UnpackGUARDIANROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x24ea54f4.
//
// Solidity: function GUARDIAN_ROLE() view returns(bytes32)
func (vaultV1 *VaultV1) UnpackGUARDIANROLE(data []byte) ([32]byte, error) {
	out, err := vaultV1.abi.Unpack("GUARDIAN_ROLE", data)
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
func (vaultV1 *VaultV1) PackUPGRADERROLE() []byte {
	enc, err := vaultV1.abi.Pack("UPGRADER_ROLE")
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
func (vaultV1 *VaultV1) TryPackUPGRADERROLE() ([]byte, error) {
	return vaultV1.abi.Pack("UPGRADER_ROLE")
}

// UnpackUPGRADERROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf72c0d8b.
//
// Solidity: function UPGRADER_ROLE() view returns(bytes32)
func (vaultV1 *VaultV1) UnpackUPGRADERROLE(data []byte) ([32]byte, error) {
	out, err := vaultV1.abi.Unpack("UPGRADER_ROLE", data)
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
func (vaultV1 *VaultV1) PackUPGRADEINTERFACEVERSION() []byte {
	enc, err := vaultV1.abi.Pack("UPGRADE_INTERFACE_VERSION")
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
func (vaultV1 *VaultV1) TryPackUPGRADEINTERFACEVERSION() ([]byte, error) {
	return vaultV1.abi.Pack("UPGRADE_INTERFACE_VERSION")
}

// UnpackUPGRADEINTERFACEVERSION is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xad3cb1cc.
//
// Solidity: function UPGRADE_INTERFACE_VERSION() view returns(string)
func (vaultV1 *VaultV1) UnpackUPGRADEINTERFACEVERSION(data []byte) (string, error) {
	out, err := vaultV1.abi.Unpack("UPGRADE_INTERFACE_VERSION", data)
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
func (vaultV1 *VaultV1) PackBalances(arg0 common.Address) []byte {
	enc, err := vaultV1.abi.Pack("balances", arg0)
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
func (vaultV1 *VaultV1) TryPackBalances(arg0 common.Address) ([]byte, error) {
	return vaultV1.abi.Pack("balances", arg0)
}

// UnpackBalances is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x27e235e3.
//
// Solidity: function balances(address ) view returns(uint256)
func (vaultV1 *VaultV1) UnpackBalances(data []byte) (*big.Int, error) {
	out, err := vaultV1.abi.Unpack("balances", data)
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
func (vaultV1 *VaultV1) PackDeposit() []byte {
	enc, err := vaultV1.abi.Pack("deposit")
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
func (vaultV1 *VaultV1) TryPackDeposit() ([]byte, error) {
	return vaultV1.abi.Pack("deposit")
}

// PackGetRoleAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x248a9ca3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (vaultV1 *VaultV1) PackGetRoleAdmin(role [32]byte) []byte {
	enc, err := vaultV1.abi.Pack("getRoleAdmin", role)
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
func (vaultV1 *VaultV1) TryPackGetRoleAdmin(role [32]byte) ([]byte, error) {
	return vaultV1.abi.Pack("getRoleAdmin", role)
}

// UnpackGetRoleAdmin is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (vaultV1 *VaultV1) UnpackGetRoleAdmin(data []byte) ([32]byte, error) {
	out, err := vaultV1.abi.Unpack("getRoleAdmin", data)
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
func (vaultV1 *VaultV1) PackGrantRole(role [32]byte, account common.Address) []byte {
	enc, err := vaultV1.abi.Pack("grantRole", role, account)
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
func (vaultV1 *VaultV1) TryPackGrantRole(role [32]byte, account common.Address) ([]byte, error) {
	return vaultV1.abi.Pack("grantRole", role, account)
}

// PackHasRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91d14854.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (vaultV1 *VaultV1) PackHasRole(role [32]byte, account common.Address) []byte {
	enc, err := vaultV1.abi.Pack("hasRole", role, account)
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
func (vaultV1 *VaultV1) TryPackHasRole(role [32]byte, account common.Address) ([]byte, error) {
	return vaultV1.abi.Pack("hasRole", role, account)
}

// UnpackHasRole is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (vaultV1 *VaultV1) UnpackHasRole(data []byte) (bool, error) {
	out, err := vaultV1.abi.Unpack("hasRole", data)
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
func (vaultV1 *VaultV1) PackInitialize(admin common.Address, guardian common.Address) []byte {
	enc, err := vaultV1.abi.Pack("initialize", admin, guardian)
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
func (vaultV1 *VaultV1) TryPackInitialize(admin common.Address, guardian common.Address) ([]byte, error) {
	return vaultV1.abi.Pack("initialize", admin, guardian)
}

// PackPause is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8456cb59.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function pause() returns()
func (vaultV1 *VaultV1) PackPause() []byte {
	enc, err := vaultV1.abi.Pack("pause")
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
func (vaultV1 *VaultV1) TryPackPause() ([]byte, error) {
	return vaultV1.abi.Pack("pause")
}

// PackPaused is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5c975abb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function paused() view returns(bool)
func (vaultV1 *VaultV1) PackPaused() []byte {
	enc, err := vaultV1.abi.Pack("paused")
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
func (vaultV1 *VaultV1) TryPackPaused() ([]byte, error) {
	return vaultV1.abi.Pack("paused")
}

// UnpackPaused is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5c975abb.
//
// Solidity: function paused() view returns(bool)
func (vaultV1 *VaultV1) UnpackPaused(data []byte) (bool, error) {
	out, err := vaultV1.abi.Unpack("paused", data)
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
func (vaultV1 *VaultV1) PackProxiableUUID() []byte {
	enc, err := vaultV1.abi.Pack("proxiableUUID")
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
func (vaultV1 *VaultV1) TryPackProxiableUUID() ([]byte, error) {
	return vaultV1.abi.Pack("proxiableUUID")
}

// UnpackProxiableUUID is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x52d1902d.
//
// Solidity: function proxiableUUID() view returns(bytes32)
func (vaultV1 *VaultV1) UnpackProxiableUUID(data []byte) ([32]byte, error) {
	out, err := vaultV1.abi.Unpack("proxiableUUID", data)
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
func (vaultV1 *VaultV1) PackRenounceRole(role [32]byte, callerConfirmation common.Address) []byte {
	enc, err := vaultV1.abi.Pack("renounceRole", role, callerConfirmation)
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
func (vaultV1 *VaultV1) TryPackRenounceRole(role [32]byte, callerConfirmation common.Address) ([]byte, error) {
	return vaultV1.abi.Pack("renounceRole", role, callerConfirmation)
}

// PackRevokeRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd547741f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (vaultV1 *VaultV1) PackRevokeRole(role [32]byte, account common.Address) []byte {
	enc, err := vaultV1.abi.Pack("revokeRole", role, account)
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
func (vaultV1 *VaultV1) TryPackRevokeRole(role [32]byte, account common.Address) ([]byte, error) {
	return vaultV1.abi.Pack("revokeRole", role, account)
}

// PackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (vaultV1 *VaultV1) PackSupportsInterface(interfaceId [4]byte) []byte {
	enc, err := vaultV1.abi.Pack("supportsInterface", interfaceId)
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
func (vaultV1 *VaultV1) TryPackSupportsInterface(interfaceId [4]byte) ([]byte, error) {
	return vaultV1.abi.Pack("supportsInterface", interfaceId)
}

// UnpackSupportsInterface is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (vaultV1 *VaultV1) UnpackSupportsInterface(data []byte) (bool, error) {
	out, err := vaultV1.abi.Unpack("supportsInterface", data)
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
func (vaultV1 *VaultV1) PackTotalAssets() []byte {
	enc, err := vaultV1.abi.Pack("totalAssets")
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
func (vaultV1 *VaultV1) TryPackTotalAssets() ([]byte, error) {
	return vaultV1.abi.Pack("totalAssets")
}

// UnpackTotalAssets is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x01e1d114.
//
// Solidity: function totalAssets() view returns(uint256)
func (vaultV1 *VaultV1) UnpackTotalAssets(data []byte) (*big.Int, error) {
	out, err := vaultV1.abi.Unpack("totalAssets", data)
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
func (vaultV1 *VaultV1) PackTotalDeposits() []byte {
	enc, err := vaultV1.abi.Pack("totalDeposits")
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
func (vaultV1 *VaultV1) TryPackTotalDeposits() ([]byte, error) {
	return vaultV1.abi.Pack("totalDeposits")
}

// UnpackTotalDeposits is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7d882097.
//
// Solidity: function totalDeposits() view returns(uint256)
func (vaultV1 *VaultV1) UnpackTotalDeposits(data []byte) (*big.Int, error) {
	out, err := vaultV1.abi.Unpack("totalDeposits", data)
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
func (vaultV1 *VaultV1) PackUnpause() []byte {
	enc, err := vaultV1.abi.Pack("unpause")
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
func (vaultV1 *VaultV1) TryPackUnpause() ([]byte, error) {
	return vaultV1.abi.Pack("unpause")
}

// PackUpgradeToAndCall is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4f1ef286.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function upgradeToAndCall(address newImplementation, bytes data) payable returns()
func (vaultV1 *VaultV1) PackUpgradeToAndCall(newImplementation common.Address, data []byte) []byte {
	enc, err := vaultV1.abi.Pack("upgradeToAndCall", newImplementation, data)
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
func (vaultV1 *VaultV1) TryPackUpgradeToAndCall(newImplementation common.Address, data []byte) ([]byte, error) {
	return vaultV1.abi.Pack("upgradeToAndCall", newImplementation, data)
}

// PackVersion is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x54fd4d50.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function version() pure returns(string)
func (vaultV1 *VaultV1) PackVersion() []byte {
	enc, err := vaultV1.abi.Pack("version")
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
func (vaultV1 *VaultV1) TryPackVersion() ([]byte, error) {
	return vaultV1.abi.Pack("version")
}

// UnpackVersion is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x54fd4d50.
//
// Solidity: function version() pure returns(string)
func (vaultV1 *VaultV1) UnpackVersion(data []byte) (string, error) {
	out, err := vaultV1.abi.Unpack("version", data)
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
func (vaultV1 *VaultV1) PackWithdraw(amount *big.Int) []byte {
	enc, err := vaultV1.abi.Pack("withdraw", amount)
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
func (vaultV1 *VaultV1) TryPackWithdraw(amount *big.Int) ([]byte, error) {
	return vaultV1.abi.Pack("withdraw", amount)
}

// VaultV1Deposited represents a Deposited event raised by the VaultV1 contract.
type VaultV1Deposited struct {
	Account common.Address
	Amount  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const VaultV1DepositedEventName = "Deposited"

// ContractEventName returns the user-defined event name.
func (VaultV1Deposited) ContractEventName() string {
	return VaultV1DepositedEventName
}

// UnpackDepositedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Deposited(address indexed account, uint256 amount)
func (vaultV1 *VaultV1) UnpackDepositedEvent(log *types.Log) (*VaultV1Deposited, error) {
	event := "Deposited"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != vaultV1.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(VaultV1Deposited)
	if len(log.Data) > 0 {
		if err := vaultV1.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range vaultV1.abi.Events[event].Inputs {
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

// VaultV1Initialized represents a Initialized event raised by the VaultV1 contract.
type VaultV1Initialized struct {
	Version uint64
	Raw     *types.Log // Blockchain specific contextual infos
}

const VaultV1InitializedEventName = "Initialized"

// ContractEventName returns the user-defined event name.
func (VaultV1Initialized) ContractEventName() string {
	return VaultV1InitializedEventName
}

// UnpackInitializedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Initialized(uint64 version)
func (vaultV1 *VaultV1) UnpackInitializedEvent(log *types.Log) (*VaultV1Initialized, error) {
	event := "Initialized"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != vaultV1.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(VaultV1Initialized)
	if len(log.Data) > 0 {
		if err := vaultV1.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range vaultV1.abi.Events[event].Inputs {
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

// VaultV1Paused represents a Paused event raised by the VaultV1 contract.
type VaultV1Paused struct {
	Account common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const VaultV1PausedEventName = "Paused"

// ContractEventName returns the user-defined event name.
func (VaultV1Paused) ContractEventName() string {
	return VaultV1PausedEventName
}

// UnpackPausedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Paused(address account)
func (vaultV1 *VaultV1) UnpackPausedEvent(log *types.Log) (*VaultV1Paused, error) {
	event := "Paused"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != vaultV1.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(VaultV1Paused)
	if len(log.Data) > 0 {
		if err := vaultV1.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range vaultV1.abi.Events[event].Inputs {
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

// VaultV1RoleAdminChanged represents a RoleAdminChanged event raised by the VaultV1 contract.
type VaultV1RoleAdminChanged struct {
	Role              [32]byte
	PreviousAdminRole [32]byte
	NewAdminRole      [32]byte
	Raw               *types.Log // Blockchain specific contextual infos
}

const VaultV1RoleAdminChangedEventName = "RoleAdminChanged"

// ContractEventName returns the user-defined event name.
func (VaultV1RoleAdminChanged) ContractEventName() string {
	return VaultV1RoleAdminChangedEventName
}

// UnpackRoleAdminChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole)
func (vaultV1 *VaultV1) UnpackRoleAdminChangedEvent(log *types.Log) (*VaultV1RoleAdminChanged, error) {
	event := "RoleAdminChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != vaultV1.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(VaultV1RoleAdminChanged)
	if len(log.Data) > 0 {
		if err := vaultV1.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range vaultV1.abi.Events[event].Inputs {
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

// VaultV1RoleGranted represents a RoleGranted event raised by the VaultV1 contract.
type VaultV1RoleGranted struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const VaultV1RoleGrantedEventName = "RoleGranted"

// ContractEventName returns the user-defined event name.
func (VaultV1RoleGranted) ContractEventName() string {
	return VaultV1RoleGrantedEventName
}

// UnpackRoleGrantedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)
func (vaultV1 *VaultV1) UnpackRoleGrantedEvent(log *types.Log) (*VaultV1RoleGranted, error) {
	event := "RoleGranted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != vaultV1.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(VaultV1RoleGranted)
	if len(log.Data) > 0 {
		if err := vaultV1.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range vaultV1.abi.Events[event].Inputs {
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

// VaultV1RoleRevoked represents a RoleRevoked event raised by the VaultV1 contract.
type VaultV1RoleRevoked struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const VaultV1RoleRevokedEventName = "RoleRevoked"

// ContractEventName returns the user-defined event name.
func (VaultV1RoleRevoked) ContractEventName() string {
	return VaultV1RoleRevokedEventName
}

// UnpackRoleRevokedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender)
func (vaultV1 *VaultV1) UnpackRoleRevokedEvent(log *types.Log) (*VaultV1RoleRevoked, error) {
	event := "RoleRevoked"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != vaultV1.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(VaultV1RoleRevoked)
	if len(log.Data) > 0 {
		if err := vaultV1.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range vaultV1.abi.Events[event].Inputs {
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

// VaultV1Unpaused represents a Unpaused event raised by the VaultV1 contract.
type VaultV1Unpaused struct {
	Account common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const VaultV1UnpausedEventName = "Unpaused"

// ContractEventName returns the user-defined event name.
func (VaultV1Unpaused) ContractEventName() string {
	return VaultV1UnpausedEventName
}

// UnpackUnpausedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Unpaused(address account)
func (vaultV1 *VaultV1) UnpackUnpausedEvent(log *types.Log) (*VaultV1Unpaused, error) {
	event := "Unpaused"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != vaultV1.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(VaultV1Unpaused)
	if len(log.Data) > 0 {
		if err := vaultV1.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range vaultV1.abi.Events[event].Inputs {
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

// VaultV1Upgraded represents a Upgraded event raised by the VaultV1 contract.
type VaultV1Upgraded struct {
	Implementation common.Address
	Raw            *types.Log // Blockchain specific contextual infos
}

const VaultV1UpgradedEventName = "Upgraded"

// ContractEventName returns the user-defined event name.
func (VaultV1Upgraded) ContractEventName() string {
	return VaultV1UpgradedEventName
}

// UnpackUpgradedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Upgraded(address indexed implementation)
func (vaultV1 *VaultV1) UnpackUpgradedEvent(log *types.Log) (*VaultV1Upgraded, error) {
	event := "Upgraded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != vaultV1.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(VaultV1Upgraded)
	if len(log.Data) > 0 {
		if err := vaultV1.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range vaultV1.abi.Events[event].Inputs {
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

// VaultV1Withdrawn represents a Withdrawn event raised by the VaultV1 contract.
type VaultV1Withdrawn struct {
	Account common.Address
	Amount  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const VaultV1WithdrawnEventName = "Withdrawn"

// ContractEventName returns the user-defined event name.
func (VaultV1Withdrawn) ContractEventName() string {
	return VaultV1WithdrawnEventName
}

// UnpackWithdrawnEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Withdrawn(address indexed account, uint256 amount)
func (vaultV1 *VaultV1) UnpackWithdrawnEvent(log *types.Log) (*VaultV1Withdrawn, error) {
	event := "Withdrawn"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != vaultV1.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(VaultV1Withdrawn)
	if len(log.Data) > 0 {
		if err := vaultV1.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range vaultV1.abi.Events[event].Inputs {
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
func (vaultV1 *VaultV1) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], vaultV1.abi.Errors["AccessControlBadConfirmation"].ID.Bytes()[:4]) {
		return vaultV1.UnpackAccessControlBadConfirmationError(raw[4:])
	}
	if bytes.Equal(raw[:4], vaultV1.abi.Errors["AccessControlUnauthorizedAccount"].ID.Bytes()[:4]) {
		return vaultV1.UnpackAccessControlUnauthorizedAccountError(raw[4:])
	}
	if bytes.Equal(raw[:4], vaultV1.abi.Errors["AddressEmptyCode"].ID.Bytes()[:4]) {
		return vaultV1.UnpackAddressEmptyCodeError(raw[4:])
	}
	if bytes.Equal(raw[:4], vaultV1.abi.Errors["ERC1967InvalidImplementation"].ID.Bytes()[:4]) {
		return vaultV1.UnpackERC1967InvalidImplementationError(raw[4:])
	}
	if bytes.Equal(raw[:4], vaultV1.abi.Errors["ERC1967NonPayable"].ID.Bytes()[:4]) {
		return vaultV1.UnpackERC1967NonPayableError(raw[4:])
	}
	if bytes.Equal(raw[:4], vaultV1.abi.Errors["EnforcedPause"].ID.Bytes()[:4]) {
		return vaultV1.UnpackEnforcedPauseError(raw[4:])
	}
	if bytes.Equal(raw[:4], vaultV1.abi.Errors["ExpectedPause"].ID.Bytes()[:4]) {
		return vaultV1.UnpackExpectedPauseError(raw[4:])
	}
	if bytes.Equal(raw[:4], vaultV1.abi.Errors["FailedCall"].ID.Bytes()[:4]) {
		return vaultV1.UnpackFailedCallError(raw[4:])
	}
	if bytes.Equal(raw[:4], vaultV1.abi.Errors["InvalidInitialization"].ID.Bytes()[:4]) {
		return vaultV1.UnpackInvalidInitializationError(raw[4:])
	}
	if bytes.Equal(raw[:4], vaultV1.abi.Errors["NotInitializing"].ID.Bytes()[:4]) {
		return vaultV1.UnpackNotInitializingError(raw[4:])
	}
	if bytes.Equal(raw[:4], vaultV1.abi.Errors["UUPSUnauthorizedCallContext"].ID.Bytes()[:4]) {
		return vaultV1.UnpackUUPSUnauthorizedCallContextError(raw[4:])
	}
	if bytes.Equal(raw[:4], vaultV1.abi.Errors["UUPSUnsupportedProxiableUUID"].ID.Bytes()[:4]) {
		return vaultV1.UnpackUUPSUnsupportedProxiableUUIDError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// VaultV1AccessControlBadConfirmation represents a AccessControlBadConfirmation error raised by the VaultV1 contract.
type VaultV1AccessControlBadConfirmation struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlBadConfirmation()
func VaultV1AccessControlBadConfirmationErrorID() common.Hash {
	return common.HexToHash("0x6697b23232a647058342c0724fe7c415cab25915b54e5dbc03f233173d37b41c")
}

// UnpackAccessControlBadConfirmationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlBadConfirmation()
func (vaultV1 *VaultV1) UnpackAccessControlBadConfirmationError(raw []byte) (*VaultV1AccessControlBadConfirmation, error) {
	out := new(VaultV1AccessControlBadConfirmation)
	if err := vaultV1.abi.UnpackIntoInterface(out, "AccessControlBadConfirmation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// VaultV1AccessControlUnauthorizedAccount represents a AccessControlUnauthorizedAccount error raised by the VaultV1 contract.
type VaultV1AccessControlUnauthorizedAccount struct {
	Account    common.Address
	NeededRole [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func VaultV1AccessControlUnauthorizedAccountErrorID() common.Hash {
	return common.HexToHash("0xe2517d3fbfae6f8515ef5ff1ccedc3933ab0cbbda0b492c06eb54ad10ef03b3e")
}

// UnpackAccessControlUnauthorizedAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func (vaultV1 *VaultV1) UnpackAccessControlUnauthorizedAccountError(raw []byte) (*VaultV1AccessControlUnauthorizedAccount, error) {
	out := new(VaultV1AccessControlUnauthorizedAccount)
	if err := vaultV1.abi.UnpackIntoInterface(out, "AccessControlUnauthorizedAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// VaultV1AddressEmptyCode represents a AddressEmptyCode error raised by the VaultV1 contract.
type VaultV1AddressEmptyCode struct {
	Target common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AddressEmptyCode(address target)
func VaultV1AddressEmptyCodeErrorID() common.Hash {
	return common.HexToHash("0x9996b315c842ff135b8fc4a08ad5df1c344efbc03d2687aecc0678050d2aac89")
}

// UnpackAddressEmptyCodeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AddressEmptyCode(address target)
func (vaultV1 *VaultV1) UnpackAddressEmptyCodeError(raw []byte) (*VaultV1AddressEmptyCode, error) {
	out := new(VaultV1AddressEmptyCode)
	if err := vaultV1.abi.UnpackIntoInterface(out, "AddressEmptyCode", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// VaultV1ERC1967InvalidImplementation represents a ERC1967InvalidImplementation error raised by the VaultV1 contract.
type VaultV1ERC1967InvalidImplementation struct {
	Implementation common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC1967InvalidImplementation(address implementation)
func VaultV1ERC1967InvalidImplementationErrorID() common.Hash {
	return common.HexToHash("0x4c9c8ce3ceb3130f17f7cdba48d89b5b0129f266a8bac114e6e315a41879b617")
}

// UnpackERC1967InvalidImplementationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC1967InvalidImplementation(address implementation)
func (vaultV1 *VaultV1) UnpackERC1967InvalidImplementationError(raw []byte) (*VaultV1ERC1967InvalidImplementation, error) {
	out := new(VaultV1ERC1967InvalidImplementation)
	if err := vaultV1.abi.UnpackIntoInterface(out, "ERC1967InvalidImplementation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// VaultV1ERC1967NonPayable represents a ERC1967NonPayable error raised by the VaultV1 contract.
type VaultV1ERC1967NonPayable struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC1967NonPayable()
func VaultV1ERC1967NonPayableErrorID() common.Hash {
	return common.HexToHash("0xb398979fa84f543c8e222f17890372c487baf85e062276c127fef521eea7224b")
}

// UnpackERC1967NonPayableError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC1967NonPayable()
func (vaultV1 *VaultV1) UnpackERC1967NonPayableError(raw []byte) (*VaultV1ERC1967NonPayable, error) {
	out := new(VaultV1ERC1967NonPayable)
	if err := vaultV1.abi.UnpackIntoInterface(out, "ERC1967NonPayable", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// VaultV1EnforcedPause represents a EnforcedPause error raised by the VaultV1 contract.
type VaultV1EnforcedPause struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EnforcedPause()
func VaultV1EnforcedPauseErrorID() common.Hash {
	return common.HexToHash("0xd93c0665d6c96d04a8f174024fc4ddd66c250604aff22bbec808de86dd3637e3")
}

// UnpackEnforcedPauseError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EnforcedPause()
func (vaultV1 *VaultV1) UnpackEnforcedPauseError(raw []byte) (*VaultV1EnforcedPause, error) {
	out := new(VaultV1EnforcedPause)
	if err := vaultV1.abi.UnpackIntoInterface(out, "EnforcedPause", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// VaultV1ExpectedPause represents a ExpectedPause error raised by the VaultV1 contract.
type VaultV1ExpectedPause struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ExpectedPause()
func VaultV1ExpectedPauseErrorID() common.Hash {
	return common.HexToHash("0x8dfc202bcfe9a735b559bee70674422512bc5c30f687046ae8778315fb81da44")
}

// UnpackExpectedPauseError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ExpectedPause()
func (vaultV1 *VaultV1) UnpackExpectedPauseError(raw []byte) (*VaultV1ExpectedPause, error) {
	out := new(VaultV1ExpectedPause)
	if err := vaultV1.abi.UnpackIntoInterface(out, "ExpectedPause", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// VaultV1FailedCall represents a FailedCall error raised by the VaultV1 contract.
type VaultV1FailedCall struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error FailedCall()
func VaultV1FailedCallErrorID() common.Hash {
	return common.HexToHash("0xd6bda27508c0fb6d8a39b4b122878dab26f731a7d4e4abe711dd3731899052a4")
}

// UnpackFailedCallError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error FailedCall()
func (vaultV1 *VaultV1) UnpackFailedCallError(raw []byte) (*VaultV1FailedCall, error) {
	out := new(VaultV1FailedCall)
	if err := vaultV1.abi.UnpackIntoInterface(out, "FailedCall", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// VaultV1InvalidInitialization represents a InvalidInitialization error raised by the VaultV1 contract.
type VaultV1InvalidInitialization struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidInitialization()
func VaultV1InvalidInitializationErrorID() common.Hash {
	return common.HexToHash("0xf92ee8a957075833165f68c320933b1a1294aafc84ee6e0dd3fb178008f9aaf5")
}

// UnpackInvalidInitializationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidInitialization()
func (vaultV1 *VaultV1) UnpackInvalidInitializationError(raw []byte) (*VaultV1InvalidInitialization, error) {
	out := new(VaultV1InvalidInitialization)
	if err := vaultV1.abi.UnpackIntoInterface(out, "InvalidInitialization", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// VaultV1NotInitializing represents a NotInitializing error raised by the VaultV1 contract.
type VaultV1NotInitializing struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotInitializing()
func VaultV1NotInitializingErrorID() common.Hash {
	return common.HexToHash("0xd7e6bcf8597daa127dc9f0048d2f08d5ef140a2cb659feabd700beff1f7a8302")
}

// UnpackNotInitializingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotInitializing()
func (vaultV1 *VaultV1) UnpackNotInitializingError(raw []byte) (*VaultV1NotInitializing, error) {
	out := new(VaultV1NotInitializing)
	if err := vaultV1.abi.UnpackIntoInterface(out, "NotInitializing", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// VaultV1UUPSUnauthorizedCallContext represents a UUPSUnauthorizedCallContext error raised by the VaultV1 contract.
type VaultV1UUPSUnauthorizedCallContext struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UUPSUnauthorizedCallContext()
func VaultV1UUPSUnauthorizedCallContextErrorID() common.Hash {
	return common.HexToHash("0xe07c8dba242a06571ac65fe4bbe20522c9fb111cb33599b799ff8039c1ed18f4")
}

// UnpackUUPSUnauthorizedCallContextError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UUPSUnauthorizedCallContext()
func (vaultV1 *VaultV1) UnpackUUPSUnauthorizedCallContextError(raw []byte) (*VaultV1UUPSUnauthorizedCallContext, error) {
	out := new(VaultV1UUPSUnauthorizedCallContext)
	if err := vaultV1.abi.UnpackIntoInterface(out, "UUPSUnauthorizedCallContext", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// VaultV1UUPSUnsupportedProxiableUUID represents a UUPSUnsupportedProxiableUUID error raised by the VaultV1 contract.
type VaultV1UUPSUnsupportedProxiableUUID struct {
	Slot [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UUPSUnsupportedProxiableUUID(bytes32 slot)
func VaultV1UUPSUnsupportedProxiableUUIDErrorID() common.Hash {
	return common.HexToHash("0xaa1d49a4c084bfa9aeeee2a0be65267a7f19ba7e1476b114dac513d2c14cb563")
}

// UnpackUUPSUnsupportedProxiableUUIDError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UUPSUnsupportedProxiableUUID(bytes32 slot)
func (vaultV1 *VaultV1) UnpackUUPSUnsupportedProxiableUUIDError(raw []byte) (*VaultV1UUPSUnsupportedProxiableUUID, error) {
	out := new(VaultV1UUPSUnsupportedProxiableUUID)
	if err := vaultV1.abi.UnpackIntoInterface(out, "UUPSUnsupportedProxiableUUID", raw); err != nil {
		return nil, err
	}
	return out, nil
}
