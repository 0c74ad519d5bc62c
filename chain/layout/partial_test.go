package layout_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"warroom/chain/artifact"
	"warroom/chain/layout"
)

// TestPartialAST: a Foundry out/ directory without the artifacts of the
// imported files gives an AST without the bases declared there. Their
// namespaces cannot be compared: a warning, and namespacesChecked false.
func TestPartialAST(t *testing.T) {
	out := t.TempDir()
	dir := filepath.Join(out, "Pool.sol")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"PoolV1.json", "PoolV2Bad.json"} {
		data, err := os.ReadFile(filepath.Join("testdata", "foundry", "out", "Pool.sol", name))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	partial, err := artifact.Load(filepath.Join(dir, "PoolV2Bad.json"))
	if err != nil {
		t.Fatal(err)
	}
	if partial.AST == nil || partial.AST.Complete() || !strings.Contains(strings.Join(partial.AST.Missing, " "), "PoolStorageV2Bad") {
		t.Fatalf("AST missing %v, want the base PoolStorageV2Bad", partial.AST.Missing)
	}

	// The old artifact is complete: its namespace is not found in the new
	// one, whose AST is partial. That is not proof the namespace is gone.
	r := layout.Compare(load(t, "Pool:PoolV1"), partial)
	if !r.Safe() || r.NamespacesChecked || r.Count(layout.Warning) != 2 {
		t.Fatalf("report:\n%s", r)
	}
	text := r.String()
	for _, want := range []string{"lacks base contract PoolStorageV2Bad", "namespace erc7201:example.pool", "not checked", "keeping the imported files' artifacts in out/"} {
		if !strings.Contains(text, want) {
			t.Errorf("report does not say %q:\n%s", want, text)
		}
	}
}

// TestDuplicateNamespace: two structs of the new implementation claiming
// one namespace would overlap.
func TestDuplicateNamespace(t *testing.T) {
	dup := load(t, "Namespace:NamespaceV2Added")
	c := &dup.AST.Contracts[0]
	twin := c.Namespaces[1]
	twin.Location, twin.Struct = c.Namespaces[0].Location, "NamespaceV2Added.Twin"
	c.Namespaces = append(c.Namespaces, twin)
	r := layout.Compare(load(t, "Namespace:NamespaceV1"), dup)
	if r.Safe() || len(r.Findings) != 1 || r.Findings[0].Kind != layout.NamespaceDuplicate || r.Findings[0].Namespace != "erc7201:example.main" {
		t.Fatalf("report:\n%s", r)
	}
}
