package contracts

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/params"

	"warroom/chain/contracts/toolchain"
)

// allNames is every contract compile.js writes, in the order it lists them.
var allNames = []string{
	IPausableName,
	VaultV1Name, VaultV2Name, VaultV2BadLayoutName, ReentrancyAttackerName,
	BridgeVaultV1Name, BridgeVaultV2Name, BridgeVaultV2RelayerGatedName, BridgeVaultV2AdminReleaseName, RelayerAttackerName,
	TreasuryVaultV1Name, TreasuryVaultV2Name, TreasuryVaultV2GatedInitName, TreasuryVaultV2OwnableName, InitializerAttackerName,
	DrillTokenName, FlashLenderName, SpotPoolName, LendingVaultV1Name, LendingVaultV2Name, LendingVaultV2BorrowCapName, OracleAttackerName,
	StrategySharesName, ShareVaultV1Name, ShareVaultV2Name, ShareVaultV2SmallStepsName, DonationAttackerName,
	SafeUpgradeTrapName, BackdoorSingletonName,
	ERC1967ProxyName, TimelockControllerName,
	SafeName, SafeProxyFactoryName, SafeProxyName, CompatibilityFallbackHandlerName,
	MultiSendName, MultiSendCallOnlyName,
}

// bindings maps each artifact to the metadata of its generated binding.
var bindings = map[string]*bind.MetaData{
	IPausableName:                    &IPausableMetaData,
	VaultV1Name:                      &VaultV1MetaData,
	VaultV2Name:                      &VaultV2MetaData,
	VaultV2BadLayoutName:             &VaultV2BadLayoutMetaData,
	ReentrancyAttackerName:           &ReentrancyAttackerMetaData,
	BridgeVaultV1Name:                &BridgeVaultV1MetaData,
	BridgeVaultV2Name:                &BridgeVaultV2MetaData,
	BridgeVaultV2RelayerGatedName:    &BridgeVaultV2RelayerGatedMetaData,
	BridgeVaultV2AdminReleaseName:    &BridgeVaultV2AdminReleaseMetaData,
	RelayerAttackerName:              &RelayerAttackerMetaData,
	TreasuryVaultV1Name:              &TreasuryVaultV1MetaData,
	TreasuryVaultV2Name:              &TreasuryVaultV2MetaData,
	TreasuryVaultV2GatedInitName:     &TreasuryVaultV2GatedInitMetaData,
	TreasuryVaultV2OwnableName:       &TreasuryVaultV2OwnableMetaData,
	InitializerAttackerName:          &InitializerAttackerMetaData,
	DrillTokenName:                   &DrillTokenMetaData,
	FlashLenderName:                  &FlashLenderMetaData,
	SpotPoolName:                     &SpotPoolMetaData,
	LendingVaultV1Name:               &LendingVaultV1MetaData,
	LendingVaultV2Name:               &LendingVaultV2MetaData,
	LendingVaultV2BorrowCapName:      &LendingVaultV2BorrowCapMetaData,
	OracleAttackerName:               &OracleAttackerMetaData,
	StrategySharesName:               &StrategySharesMetaData,
	ShareVaultV1Name:                 &ShareVaultV1MetaData,
	ShareVaultV2Name:                 &ShareVaultV2MetaData,
	ShareVaultV2SmallStepsName:       &ShareVaultV2SmallStepsMetaData,
	DonationAttackerName:             &DonationAttackerMetaData,
	SafeUpgradeTrapName:              &SafeUpgradeTrapMetaData,
	BackdoorSingletonName:            &BackdoorSingletonMetaData,
	ERC1967ProxyName:                 &ERC1967ProxyMetaData,
	TimelockControllerName:           &TimelockControllerMetaData,
	SafeName:                         &SafeMetaData,
	SafeProxyFactoryName:             &SafeProxyFactoryMetaData,
	SafeProxyName:                    &SafeProxyMetaData,
	CompatibilityFallbackHandlerName: &CompatibilityFallbackHandlerMetaData,
	MultiSendName:                    &MultiSendMetaData,
	MultiSendCallOnlyName:            &MultiSendCallOnlyMetaData,
}

func TestNames(t *testing.T) {
	want := slices.Sorted(slices.Values(allNames))
	if got := Names(); !slices.Equal(got, want) {
		t.Fatalf("Names() = %v, want %v", got, want)
	}
}

func TestLoadAll(t *testing.T) {
	for _, name := range allNames {
		a, err := Load(name)
		if err != nil {
			t.Fatalf("Load(%q): %v", name, err)
		}
		if a.Name != name {
			t.Errorf("%s: Name = %q", name, a.Name)
		}
		if !strings.HasPrefix(a.Compiler, "0.8.30+commit.") {
			t.Errorf("%s: compiler %q, want solc 0.8.30", name, a.Compiler)
		}
		if a.Source == "" || filepath.IsAbs(a.Source) {
			t.Errorf("%s: source unit %q is not a relative name", name, a.Source)
		}
		if isInterface := name == IPausableName; isInterface != (len(a.Bytecode) == 0) || isInterface != (len(a.DeployedBytecode) == 0) {
			t.Errorf("%s: %d bytes of creation code, %d of runtime code (interfaces have none, contracts some)", name, len(a.Bytecode), len(a.DeployedBytecode))
		}
		if len(a.DeployedBytecode) > params.MaxCodeSize {
			t.Errorf("%s: runtime code is %d bytes, over the %d byte limit", name, len(a.DeployedBytecode), params.MaxCodeSize)
		}
		if len(a.ABI.Methods) == 0 && a.ABI.Constructor.Inputs == nil && !a.ABI.HasFallback() {
			t.Errorf("%s: empty ABI", name)
		}
		if len(a.RawABI) == 0 || a.RawABI[0] != '[' {
			t.Errorf("%s: raw ABI is not a JSON array", name)
		}
		again, err := Load(name)
		if err != nil || again != a {
			t.Errorf("%s: second Load returned %p, %v; want the cached %p", name, again, err, a)
		}
	}
}

func TestLoadUnknown(t *testing.T) {
	for _, name := range []string{"VaultV3", "", "../go", "vaultv1"} {
		_, err := Load(name)
		if err == nil {
			t.Fatalf("Load(%q) succeeded", name)
		}
		if !strings.Contains(err.Error(), "VaultV1, VaultV2") {
			t.Errorf("Load(%q) error does not list the known names: %v", name, err)
		}
	}
}

// TestBindingsMatchArtifacts catches a binding that was not regenerated
// after the artifacts changed (or the other way round).
func TestBindingsMatchArtifacts(t *testing.T) {
	for _, name := range allNames {
		a := MustLoad(name)
		meta := bindings[name]
		if want := hexutil.Encode(a.Bytecode); meta.Bin != want && !(len(a.Bytecode) == 0 && meta.Bin == "") {
			t.Errorf("%s: binding bytecode differs from artifacts/%s.json: run go generate", name, name)
		}
		// abigen embeds the ABI with all whitespace removed, even inside
		// strings ("contract IVault" becomes "contractIVault").
		stripped := strings.Map(func(r rune) rune {
			if unicode.IsSpace(r) {
				return -1
			}
			return r
		}, string(a.RawABI))
		if meta.ABI != stripped {
			t.Errorf("%s: binding ABI differs from artifacts/%s.json: run go generate", name, name)
		}
	}
}

func TestVaultV1ABIAndLayout(t *testing.T) {
	a := MustLoad(VaultV1Name)
	for _, m := range []string{"deposit", "withdraw", "pause", "unpause", "paused", "upgradeToAndCall", "proxiableUUID", "initialize", "balances", "totalDeposits", "totalAssets", "version"} {
		if _, ok := a.ABI.Methods[m]; !ok {
			t.Errorf("VaultV1 ABI has no method %s", m)
		}
	}
	for _, e := range []string{"Deposited", "Withdrawn", "Paused", "Upgraded"} {
		if _, ok := a.ABI.Events[e]; !ok {
			t.Errorf("VaultV1 ABI has no event %s", e)
		}
	}
	for _, want := range []struct {
		label, slot, typ string
	}{
		{"balances", "2", "mapping(address => uint256)"},
		{"totalDeposits", "3", "uint256"},
	} {
		v, ok := a.StorageLayout.Var(want.label)
		if !ok {
			t.Errorf("VaultV1 storage layout has no %s", want.label)
			continue
		}
		if v.Slot != want.slot || v.Offset != 0 {
			t.Errorf("VaultV1.%s at slot %s offset %d, want slot %s offset 0", want.label, v.Slot, v.Offset, want.slot)
		}
		if got := a.StorageLayout.Types[v.Type].Label; got != want.typ {
			t.Errorf("VaultV1.%s has type %q, want %q", want.label, got, want.typ)
		}
	}
}

// TestArtifactsFresh recompiles the contracts and checks the committed
// artifacts are exactly what the sources and the pinned compiler produce.
func TestArtifactsFresh(t *testing.T) {
	node, err := toolchain.Node()
	toolchain.Require(t, err)
	out := t.TempDir()
	cmd := exec.Command(node, "compile.js", "--out", out)
	if output, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("node compile.js failed: %v\n%s", err, output)
	}
	fresh, err := filepath.Glob(filepath.Join(out, "*.json"))
	if err != nil {
		t.Fatal(err)
	}
	var freshNames []string
	for _, file := range fresh {
		name := strings.TrimSuffix(filepath.Base(file), ".json")
		freshNames = append(freshNames, name)

		want, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		committed, err := os.ReadFile(filepath.Join("artifacts", name+".json"))
		if err != nil {
			t.Errorf("artifacts/%s.json is missing: run go generate ./chain/contracts", name)
			continue
		}
		embedded, err := artifactFS.ReadFile("artifacts/" + name + ".json")
		if err != nil {
			t.Errorf("artifacts/%s.json is not embedded: %v", name, err)
			continue
		}
		if !bytes.Equal(committed, want) || !bytes.Equal(embedded, want) {
			t.Errorf("artifacts/%s.json is stale: run go generate ./chain/contracts", name)
		}
	}
	slices.Sort(freshNames)
	if got := Names(); !slices.Equal(got, freshNames) {
		t.Errorf("embedded artifacts %v, compile.js writes %v", got, freshNames)
	}
}

// TestVaultsArePausable checks that every vault implementation answers the
// IPausable calls the responder and the protocol reader make through it.
func TestVaultsArePausable(t *testing.T) {
	iface := MustLoad(IPausableName).ABI
	if len(iface.Methods) != 3 {
		t.Fatalf("IPausable has %d methods, want pause, unpause, paused", len(iface.Methods))
	}
	for _, name := range []string{VaultV1Name, VaultV2Name, VaultV2BadLayoutName,
		BridgeVaultV1Name, BridgeVaultV2Name, BridgeVaultV2RelayerGatedName, BridgeVaultV2AdminReleaseName,
		TreasuryVaultV1Name, TreasuryVaultV2Name, TreasuryVaultV2GatedInitName, TreasuryVaultV2OwnableName} {
		vault := MustLoad(name).ABI
		for _, m := range iface.Methods {
			vm, ok := vault.Methods[m.Name]
			if !ok || !bytes.Equal(vm.ID, m.ID) || vm.StateMutability != m.StateMutability {
				t.Errorf("%s does not implement IPausable.%s", name, m.Sig)
			}
		}
	}
}

// TestImmutablesAndAST checks the two fields the layout check and the
// composer's code match read: VaultV1 (UUPS) has one immutable, __self,
// referenced from its runtime code; and its pruned AST holds VaultV1 and
// Initializable's ERC-7201 namespace.
func TestImmutablesAndAST(t *testing.T) {
	a := MustLoad(VaultV1Name)
	if len(a.ImmutableReferences) != 1 {
		t.Fatalf("VaultV1 has %d immutables, want 1 (UUPSUpgradeable.__self)", len(a.ImmutableReferences))
	}
	for id, refs := range a.ImmutableReferences {
		if len(refs) == 0 {
			t.Errorf("immutable %s has no references", id)
		}
		for _, r := range refs {
			if r.Length != 32 || r.Start < 0 || r.Start+r.Length > len(a.DeployedBytecode) {
				t.Errorf("immutable %s at %+v is outside the %d bytes of runtime code", id, r, len(a.DeployedBytecode))
			} else if !bytes.Equal(a.DeployedBytecode[r.Start:r.Start+r.Length], make([]byte, 32)) {
				t.Errorf("immutable %s at %+v is not zeroed in the runtime code", id, r)
			}
		}
	}
	var units []struct {
		AbsolutePath string `json:"absolutePath"`
		NodeType     string `json:"nodeType"`
	}
	if err := json.Unmarshal(a.AST, &units); err != nil {
		t.Fatalf("VaultV1 AST: %v", err)
	}
	var paths []string
	for _, u := range units {
		if u.NodeType != "SourceUnit" {
			t.Errorf("AST unit %s has node type %q", u.AbsolutePath, u.NodeType)
		}
		paths = append(paths, u.AbsolutePath)
	}
	for _, want := range []string{"src/VaultV1.sol", "@openzeppelin/contracts/proxy/utils/Initializable.sol"} {
		if !slices.Contains(paths, want) {
			t.Errorf("VaultV1 AST has units %v, want %s among them", paths, want)
		}
	}
	if !bytes.Contains(a.AST, []byte("@custom:storage-location erc7201:openzeppelin.storage.Initializable")) {
		t.Error("VaultV1 AST lacks Initializable's namespace annotation")
	}
}
