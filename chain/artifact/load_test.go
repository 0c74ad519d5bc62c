package artifact

import (
	"encoding/json"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"warroom/chain/contracts"
)

// The layout cases of chain/layout are this package's test artifacts too:
// Foundry- and Hardhat-shaped, written by chain/contracts/compile.js.
const (
	foundryOut = "../layout/testdata/foundry/out"
	hardhatDir = "../layout/testdata/hardhat/artifacts"
)

func TestLoadFoundry(t *testing.T) {
	a, err := Load(filepath.Join(foundryOut, "Append.sol", "AppendV1.json"))
	if err != nil {
		t.Fatal(err)
	}
	if a.Name != "AppendV1" || a.Source != "src/Append.sol" || a.Format != FormatFoundry || !strings.HasPrefix(a.Compiler, "0.8.30+commit.") {
		t.Errorf("name %q source %q format %q compiler %q", a.Name, a.Source, a.Format, a.Compiler)
	}
	if len(a.Bytecode) == 0 || len(a.DeployedBytecode) == 0 || a.Immutables == nil || a.Unlinked {
		t.Errorf("code %d/%d bytes, immutables %v, unlinked %v", len(a.Bytecode), len(a.DeployedBytecode), a.Immutables, a.Unlinked)
	}
	if a.Layout == nil || len(a.Layout.Storage) != 2 || a.Layout.Storage[1].Label != "b" {
		t.Fatalf("layout %+v", a.Layout)
	}
	if a.AST == nil || !a.AST.Complete() || len(a.AST.Contracts) != 1 || len(a.AST.Contracts[0].Vars) != 2 {
		t.Fatalf("AST %+v", a.AST)
	}
}

// TestLoadFoundrySiblings: a base in another file is read from that file's
// artifacts in the same out directory.
func TestLoadFoundrySiblings(t *testing.T) {
	a, err := Load(filepath.Join(foundryOut, "Pool.sol", "PoolV2.json"))
	if err != nil {
		t.Fatal(err)
	}
	if !a.AST.Complete() || len(a.AST.Contracts) != 2 {
		t.Fatalf("AST contracts %v, missing %v", a.AST.Contracts, a.AST.Missing)
	}
	base := a.AST.Contracts[1]
	if base.Name != "PoolStorageV2" || base.Source != "src/NamespaceBase.sol" || len(base.Namespaces) != 1 {
		t.Fatalf("base %+v", base)
	}
	ns := base.Namespaces[0]
	if ns.Location != "erc7201:example.pool" || ns.Struct != "PoolStorageV2.PoolStorage" || len(ns.Members) != 3 || ns.Members[2].Type.Label != "uint32" {
		t.Errorf("namespace %+v", ns)
	}
}

// TestLoadFoundryForeignSibling: a sibling artifact from another build
// (its AST ids differ) is not mixed in: the base is reported missing.
func TestLoadFoundryForeignSibling(t *testing.T) {
	out := t.TempDir()
	copyFile(t, filepath.Join(foundryOut, "Pool.sol", "PoolV1.json"), filepath.Join(out, "Pool.sol", "PoolV1.json"))
	var base map[string]any
	readJSON(t, filepath.Join(foundryOut, "NamespaceBase.sol", "PoolStorageV1.json"), &base)
	base["ast"].(map[string]any)["id"] = 999999.0
	writeJSON(t, filepath.Join(out, "NamespaceBase.sol", "PoolStorageV1.json"), base)
	a, err := Load(filepath.Join(out, "Pool.sol", "PoolV1.json"))
	if err != nil {
		t.Fatal(err)
	}
	if a.AST.Complete() || !strings.Contains(strings.Join(a.AST.Missing, ""), "PoolStorageV1") {
		t.Errorf("missing %v, want PoolStorageV1", a.AST.Missing)
	}
}

func TestLoadHardhat(t *testing.T) {
	a, err := Load(filepath.Join(hardhatDir, "contracts", "Namespace.sol", "NamespaceV2Added.json"))
	if err != nil {
		t.Fatal(err)
	}
	if a.Name != "NamespaceV2Added" || a.Source != "contracts/Namespace.sol" || a.Format != FormatHardhat || !strings.HasPrefix(a.Compiler, "0.8.30+commit.") {
		t.Errorf("name %q source %q format %q compiler %q", a.Name, a.Source, a.Format, a.Compiler)
	}
	if a.Layout == nil || len(a.Layout.Storage) != 1 || a.Immutables == nil {
		t.Errorf("layout %+v immutables %v", a.Layout, a.Immutables)
	}
	if a.AST == nil || len(a.AST.Contracts) != 1 || len(a.AST.Contracts[0].Namespaces) != 2 {
		t.Fatalf("AST %+v", a.AST)
	}

	// The same contract from Foundry: the same code and layout.
	f, err := Load(filepath.Join(foundryOut, "Namespace.sol", "NamespaceV2Added.json"))
	if err != nil {
		t.Fatal(err)
	}
	if len(f.DeployedBytecode) != len(a.DeployedBytecode) || !sameLayout(f.Layout, a.Layout) {
		t.Error("Hardhat and Foundry artifacts of one contract differ in code size or layout")
	}
}

func sameLayout(a, b *Layout) bool {
	if len(a.Storage) != len(b.Storage) {
		return false
	}
	for i := range a.Storage {
		x, y := a.Storage[i], b.Storage[i]
		if x.Label != y.Label || x.Slot != y.Slot || x.Offset != y.Offset || a.Types[x.Type].Label != b.Types[y.Type].Label {
			return false
		}
	}
	return true
}

func TestLoadWarroom(t *testing.T) {
	a, err := Load(filepath.Join("..", "contracts", "artifacts", "VaultV1.json"))
	if err != nil {
		t.Fatal(err)
	}
	if a.Name != "VaultV1" || a.Format != FormatWarroom || len(a.Immutables) != 3 || a.AST == nil || !a.AST.Complete() {
		t.Fatalf("%s %s immutables %v AST %v", a.Name, a.Format, a.Immutables, a.AST)
	}
	b, err := Builtin("VaultV1")
	if err != nil {
		t.Fatal(err)
	}
	if !sameLayout(a.Layout, b.Layout) || !a.MatchesCode(b.DeployedBytecode) {
		t.Error("the file and the built-in VaultV1 differ")
	}
}

func TestBuiltin(t *testing.T) {
	for _, name := range contracts.Names() {
		a, err := Builtin(name)
		if name == contracts.IPausableName {
			if !errors.Is(err, ErrNoBytecode) {
				t.Errorf("Builtin(IPausable) error %v, want ErrNoBytecode", err)
			}
			continue
		}
		if err != nil {
			t.Fatalf("Builtin(%s): %v", name, err)
		}
		if a.Format != FormatBuiltin || a.Path != "" || a.Ref() != "built-in "+name || a.Layout == nil || a.Immutables == nil {
			t.Errorf("%s: format %q path %q ref %q layout %v immutables %v", name, a.Format, a.Path, a.Ref(), a.Layout, a.Immutables)
		}
		if a.AST == nil || !a.AST.Complete() || a.AST.Contracts[0].Name != name {
			t.Errorf("%s: AST %+v", name, a.AST)
		}
	}
	v1, _ := Builtin(contracts.VaultV1Name)
	var namespaces []string
	for _, c := range v1.AST.Contracts {
		for _, ns := range c.Namespaces {
			namespaces = append(namespaces, ns.Location)
		}
	}
	if strings.Join(namespaces, " ") != "erc7201:openzeppelin.storage.Initializable" {
		t.Errorf("VaultV1 namespaces %v", namespaces)
	}
	if _, err := Builtin("VaultV3"); err == nil || !strings.Contains(err.Error(), "VaultV1, VaultV2") {
		t.Errorf("Builtin(VaultV3) error %v does not list the built-ins", err)
	}
}

// TestLoadErrors: each kind of bad input gets one sentence naming the file
// (and field) and what would be right.
func TestLoadErrors(t *testing.T) {
	foundry := func(dir, name string, edit func(map[string]any)) func(t *testing.T, tmp string) string {
		return func(t *testing.T, tmp string) string {
			var art map[string]any
			readJSON(t, filepath.Join(foundryOut, dir, name), &art)
			edit(art)
			p := filepath.Join(tmp, "out", dir, name)
			writeJSON(t, p, art)
			return p
		}
	}
	// hardhat copies the Hardhat project, edits it, and returns AppendV1's artifact.
	hardhat := func(edit func(t *testing.T, artifacts string)) func(t *testing.T, tmp string) string {
		return func(t *testing.T, tmp string) string {
			dst := filepath.Join(tmp, "artifacts")
			copyTree(t, hardhatDir, dst)
			edit(t, dst)
			return filepath.Join(dst, "contracts", "Append.sol", "AppendV1.json")
		}
	}
	raw := func(name, content string) func(t *testing.T, tmp string) string {
		return func(t *testing.T, tmp string) string {
			p := filepath.Join(tmp, name)
			if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
				t.Fatal(err)
			}
			return p
		}
	}
	tests := []struct {
		name  string
		setup func(t *testing.T, tmp string) string
		want  error
		says  []string // besides the file name
	}{
		{"not JSON", raw("X.json", "{\n  \"abi\": [],\n  oops\n}"), ErrNotJSON,
			[]string{"line 3", "Foundry's out/X.sol/X.json", "Hardhat's artifacts/.../X.json"}},
		{"a bare ABI", raw("X.json", `[{"type":"fallback"}]`), ErrUnknownShape, []string{"JSON array"}},
		{"JSON of another shape", raw("X.json", `{"name": "x", "version": 1}`), ErrUnknownShape,
			[]string{"neither a Foundry artifact", "Foundry's out/X.sol/X.json"}},
		{"a Hardhat debug file", raw("X.dbg.json", `{"_format": "hh-sol-dbg-1", "buildInfo": "x.json"}`), ErrUnknownShape,
			[]string{"debug file", "X.json"}},
		{"interface", foundry("Retype.sol", "IToken.json", func(map[string]any) {}), ErrNoBytecode,
			[]string{`field "bytecode.object" is empty`, "IToken is an interface or abstract contract", "implementation"}},
		{"abstract contract", foundry("NamespaceBase.sol", "PoolStorageV1.json", func(map[string]any) {}), ErrNoBytecode,
			[]string{"PoolStorageV1 is an interface or abstract contract"}},
		{"bytecode not hex", foundry("Append.sol", "AppendV1.json", func(a map[string]any) {
			a["deployedBytecode"].(map[string]any)["object"] = "0xzz"
		}), ErrInvalid, []string{`field "deployedBytecode.object" is not hex`}},
		{"Foundry without storage layout", foundry("Append.sol", "AppendV1.json", func(a map[string]any) { delete(a, "storageLayout") }),
			ErrNoLayout, []string{`no "storageLayout" field`, "forge build --extra-output storageLayout", `extra_output = ["storageLayout"]`, "foundry.toml"}},
		{"Hardhat without storage layout", hardhat(func(t *testing.T, dir string) {
			editBuildInfo(t, dir, func(bi map[string]any) {
				for _, unit := range bi["output"].(map[string]any)["contracts"].(map[string]any) {
					for _, c := range unit.(map[string]any) {
						delete(c.(map[string]any), "storageLayout")
					}
				}
			})
		}), ErrNoLayout, []string{"no storageLayout for contracts/Append.sol:AppendV1", `add "storageLayout" to outputSelection`, "hardhat.config", "npx hardhat compile --force"}},
		{"Hardhat without .dbg.json", hardhat(func(t *testing.T, dir string) {
			remove(t, filepath.Join(dir, "contracts", "Append.sol", "AppendV1.dbg.json"))
		}), ErrNoBuildInfo, []string{"AppendV1.dbg.json", "npx hardhat compile"}},
		{"Hardhat without build info", hardhat(func(t *testing.T, dir string) {
			if err := os.RemoveAll(filepath.Join(dir, "build-info")); err != nil {
				t.Fatal(err)
			}
		}), ErrNoBuildInfo, []string{"build-info", "does not exist", "named by AppendV1.dbg.json", "npx hardhat compile --force"}},
		{"Hardhat build info without the contract", hardhat(func(t *testing.T, dir string) {
			editBuildInfo(t, dir, func(bi map[string]any) {
				delete(bi["output"].(map[string]any)["contracts"].(map[string]any), "contracts/Append.sol")
			})
		}), ErrNoBuildInfo, []string{"no output for contracts/Append.sol:AppendV1"}},
		{"Hardhat interface-like artifact", hardhat(func(t *testing.T, dir string) {
			p := filepath.Join(dir, "contracts", "Append.sol", "AppendV1.json")
			var a map[string]any
			readJSON(t, p, &a)
			a["bytecode"], a["deployedBytecode"] = "0x", "0x"
			writeJSON(t, p, a)
		}), ErrNoBytecode, []string{`field "bytecode" is empty`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := tt.setup(t, t.TempDir())
			_, err := Load(path)
			if !errors.Is(err, tt.want) {
				t.Fatalf("error %v, want %v", err, tt.want)
			}
			msg := err.Error()
			t.Log(msg)
			if !strings.Contains(msg, path) && !strings.Contains(msg, filepath.Dir(path)) {
				t.Errorf("error %q does not name the file %s", msg, path)
			}
			for _, s := range tt.says {
				if !strings.Contains(msg, s) {
					t.Errorf("error %q does not say %q", msg, s)
				}
			}
			if strings.Contains(msg, "\n") {
				t.Errorf("error %q is not one line", msg)
			}
		})
	}
	if _, err := Load(filepath.Join(t.TempDir(), "missing.json")); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("Load of a missing file: %v", err)
	}
}

// TestLoadWithoutAST: a missing AST is not an error.
func TestLoadWithoutAST(t *testing.T) {
	tmp := t.TempDir()
	var art map[string]any
	readJSON(t, filepath.Join(foundryOut, "Append.sol", "AppendV1.json"), &art)
	delete(art, "ast")
	p := filepath.Join(tmp, "AppendV1.json")
	writeJSON(t, p, art)
	a, err := Load(p)
	if err != nil || a.AST != nil || a.Layout == nil {
		t.Fatalf("Load without AST: %v, AST %v", err, a)
	}

	dir := filepath.Join(tmp, "artifacts")
	copyTree(t, hardhatDir, dir)
	editBuildInfo(t, dir, func(bi map[string]any) {
		for _, src := range bi["output"].(map[string]any)["sources"].(map[string]any) {
			delete(src.(map[string]any), "ast")
		}
	})
	h, err := Load(filepath.Join(dir, "contracts", "Append.sol", "AppendV1.json"))
	if err != nil || h.AST != nil || h.Layout == nil {
		t.Fatalf("Hardhat without AST: %v, %v", err, h)
	}
}

func editBuildInfo(t *testing.T, artifacts string, edit func(map[string]any)) {
	t.Helper()
	files, _ := filepath.Glob(filepath.Join(artifacts, "build-info", "*.json"))
	if len(files) != 1 {
		t.Fatalf("build infos %v", files)
	}
	var bi map[string]any
	readJSON(t, files[0], &bi)
	edit(bi)
	writeJSON(t, files[0], bi)
}

func readJSON(t *testing.T, path string, v any) {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(data, v); err != nil {
		t.Fatal(err)
	}
}

func writeJSON(t *testing.T, path string, v any) {
	t.Helper()
	data, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
}

func copyFile(t *testing.T, src, dst string) {
	t.Helper()
	data, err := os.ReadFile(src)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(dst, data, 0o644); err != nil {
		t.Fatal(err)
	}
}

func copyTree(t *testing.T, src, dst string) {
	t.Helper()
	err := filepath.WalkDir(src, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(src, p)
		copyFile(t, p, filepath.Join(dst, rel))
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

func remove(t *testing.T, path string) {
	t.Helper()
	if err := os.Remove(path); err != nil {
		t.Fatal(err)
	}
}
