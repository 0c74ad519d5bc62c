package contracts

import (
	"embed"
	"encoding/json"
	"fmt"
	"io/fs"
	"path"
	"slices"
	"strings"
	"sync"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common/hexutil"
)

// Names of the compiled contracts, as accepted by Load. Each also has a
// generated binding type of the same name (VaultV1Name -> VaultV1).
const (
	IPausableName                    = "IPausable"
	VaultV1Name                      = "VaultV1"
	VaultV2Name                      = "VaultV2"
	VaultV2BadLayoutName             = "VaultV2BadLayout"
	ReentrancyAttackerName           = "ReentrancyAttacker"
	BridgeVaultV1Name                = "BridgeVaultV1"
	BridgeVaultV2Name                = "BridgeVaultV2"
	BridgeVaultV2RelayerGatedName    = "BridgeVaultV2RelayerGated"
	BridgeVaultV2AdminReleaseName    = "BridgeVaultV2AdminRelease"
	RelayerAttackerName              = "RelayerAttacker"
	TreasuryVaultV1Name              = "TreasuryVaultV1"
	TreasuryVaultV2Name              = "TreasuryVaultV2"
	TreasuryVaultV2GatedInitName     = "TreasuryVaultV2GatedInit"
	TreasuryVaultV2OwnableName       = "TreasuryVaultV2Ownable"
	InitializerAttackerName          = "InitializerAttacker"
	DrillTokenName                   = "DrillToken"
	FlashLenderName                  = "FlashLender"
	SpotPoolName                     = "SpotPool"
	LendingVaultV1Name               = "LendingVaultV1"
	LendingVaultV2Name               = "LendingVaultV2"
	LendingVaultV2BorrowCapName      = "LendingVaultV2BorrowCap"
	OracleAttackerName               = "OracleAttacker"
	StrategySharesName               = "StrategyShares"
	ShareVaultV1Name                 = "ShareVaultV1"
	ShareVaultV2Name                 = "ShareVaultV2"
	ShareVaultV2SmallStepsName       = "ShareVaultV2SmallSteps"
	DonationAttackerName             = "DonationAttacker"
	SafeUpgradeTrapName              = "SafeUpgradeTrap"
	BackdoorSingletonName            = "BackdoorSingleton"
	ERC1967ProxyName                 = "ERC1967Proxy"
	TimelockControllerName           = "TimelockController"
	SafeName                         = "Safe"
	SafeProxyFactoryName             = "SafeProxyFactory"
	SafeProxyName                    = "SafeProxy"
	CompatibilityFallbackHandlerName = "CompatibilityFallbackHandler"
	MultiSendName                    = "MultiSend"
	MultiSendCallOnlyName            = "MultiSendCallOnly"
)

//go:embed artifacts/*.json
var artifactFS embed.FS

// Artifact is one compiled contract, as written by compile.js.
// chain/artifact wraps it, with Foundry and Hardhat artifacts, for the
// storage-layout check.
type Artifact struct {
	Name     string // contract name, e.g. "VaultV1"
	Source   string // source unit, e.g. "src/VaultV1.sol" or "@openzeppelin/contracts/..."
	Compiler string // solc long version, e.g. "0.8.30+commit.73712a01"

	ABI              abi.ABI
	RawABI           json.RawMessage // the ABI JSON exactly as the compiler wrote it
	Bytecode         []byte          // creation code; append ABI-encoded constructor arguments to deploy
	DeployedBytecode []byte          // runtime code; immutables are left zeroed by the compiler
	StorageLayout    StorageLayout

	// ImmutableReferences is solc's evm.deployedBytecode.immutableReferences:
	// for each immutable (by AST id), where its value sits in the runtime
	// code. The constructor writes those bytes, so deployed code differs
	// from DeployedBytecode exactly there.
	ImmutableReferences map[string][]CodeRange
	// AST is a pruned solc AST (a JSON array of SourceUnit nodes, solc's
	// node and field names): the contract and its bases with their state
	// variables and ERC-7201 namespace structs, and the definitions their
	// storage refers to. chain/artifact decodes it for the layout check.
	AST json.RawMessage
}

// CodeRange is a byte range of runtime code.
type CodeRange struct {
	Start  int `json:"start"`
	Length int `json:"length"`
}

// StorageLayout is solc's storageLayout output: where each state variable
// lives. Type IDs (the keys of Types) embed AST ids and are only comparable
// within one compiler run; compare Types[id].Label across runs.
type StorageLayout struct {
	Storage []StorageVar           `json:"storage"`
	Types   map[string]StorageType `json:"types"`
}

// StorageVar is one state variable (or struct member) and its position.
type StorageVar struct {
	AstID    int    `json:"astId"`
	Contract string `json:"contract"`
	Label    string `json:"label"`
	Offset   int    `json:"offset"` // byte offset within the slot
	Slot     string `json:"slot"`   // decimal
	Type     string `json:"type"`   // key into StorageLayout.Types
}

// StorageType describes a type referenced by a StorageVar.
type StorageType struct {
	Encoding      string       `json:"encoding"` // inplace, mapping, dynamic_array or bytes
	Label         string       `json:"label"`    // Solidity type, e.g. "mapping(address => uint256)"
	NumberOfBytes string       `json:"numberOfBytes"`
	Key           string       `json:"key,omitempty"`     // mapping key type
	Value         string       `json:"value,omitempty"`   // mapping value type
	Base          string       `json:"base,omitempty"`    // array element type
	Members       []StorageVar `json:"members,omitempty"` // struct members
}

// Var returns the state variable with the given label, if there is one.
func (l *StorageLayout) Var(label string) (StorageVar, bool) {
	for _, v := range l.Storage {
		if v.Label == label {
			return v, true
		}
	}
	return StorageVar{}, false
}

// artifactJSON is the on-disk form of an Artifact.
type artifactJSON struct {
	ContractName     string                 `json:"contractName"`
	SourceName       string                 `json:"sourceName"`
	Compiler         string                 `json:"compiler"`
	ABI              json.RawMessage        `json:"abi"`
	Bytecode         string                 `json:"bytecode"`
	DeployedBytecode string                 `json:"deployedBytecode"`
	Immutables       map[string][]CodeRange `json:"immutableReferences"`
	StorageLayout    StorageLayout          `json:"storageLayout"`
	AST              json.RawMessage        `json:"ast"`
}

// embedded holds every embedded artifact, parsed once on first use: a
// constant table, never written after it is built.
var embedded = sync.OnceValues(func() (map[string]*Artifact, error) {
	all := map[string]*Artifact{}
	for _, name := range Names() {
		data, err := artifactFS.ReadFile(path.Join("artifacts", name+".json"))
		if err != nil {
			return nil, fmt.Errorf("artifact %s: %w", name, err)
		}
		a, err := parseArtifact(data)
		if err != nil {
			return nil, fmt.Errorf("artifact %s: %w", name, err)
		}
		if a.Name != name {
			return nil, fmt.Errorf("artifact %s: file holds contract %q", name, a.Name)
		}
		all[name] = a
	}
	return all, nil
})

// Load returns the named artifact (see the *Name constants and Names).
// Every caller gets the same *Artifact, which must be treated as read-only.
func Load(name string) (*Artifact, error) {
	all, err := embedded()
	if err != nil {
		return nil, err
	}
	a, ok := all[name]
	if !ok {
		return nil, unknownArtifact(name)
	}
	return a, nil
}

// MustLoad is Load for names known at compile time (the *Name constants);
// it panics on error.
func MustLoad(name string) *Artifact {
	a, err := Load(name)
	if err != nil {
		panic(err)
	}
	return a
}

// Names returns the names of all embedded artifacts, sorted.
func Names() []string {
	entries, err := fs.ReadDir(artifactFS, "artifacts")
	if err != nil {
		panic(err) // the directory is embedded, it cannot be missing
	}
	var names []string
	for _, e := range entries {
		if name, ok := strings.CutSuffix(e.Name(), ".json"); ok {
			names = append(names, name)
		}
	}
	slices.Sort(names)
	return names
}

func unknownArtifact(name string) error {
	return fmt.Errorf("unknown contract artifact %q (have %s)", name, strings.Join(Names(), ", "))
}

func parseArtifact(data []byte) (*Artifact, error) {
	var raw artifactJSON
	if err := json.Unmarshal(data, &raw); err != nil {
		return nil, fmt.Errorf("invalid artifact JSON: %w", err)
	}
	parsed, err := abi.JSON(strings.NewReader(string(raw.ABI)))
	if err != nil {
		return nil, fmt.Errorf("invalid ABI: %w", err)
	}
	code, err := hexutil.Decode(raw.Bytecode)
	if err != nil {
		return nil, fmt.Errorf("invalid bytecode: %w", err)
	}
	deployed, err := hexutil.Decode(raw.DeployedBytecode)
	if err != nil {
		return nil, fmt.Errorf("invalid deployed bytecode: %w", err)
	}
	return &Artifact{
		Name:             raw.ContractName,
		Source:           raw.SourceName,
		Compiler:         raw.Compiler,
		ABI:              parsed,
		RawABI:           raw.ABI,
		Bytecode:         code,
		DeployedBytecode: deployed,
		StorageLayout:    raw.StorageLayout,

		ImmutableReferences: raw.Immutables,
		AST:                 raw.AST,
	}, nil
}
