package layout_test

import (
	"bytes"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"testing"

	"warroom/chain/contracts/toolchain"
)

// TestCasesFresh recompiles testdata/src with the pinned solc and checks
// the committed Foundry and Hardhat artifacts are exactly what it writes.
func TestCasesFresh(t *testing.T) {
	node, err := toolchain.Node()
	toolchain.Require(t, err)
	out := t.TempDir()
	cmd := exec.Command(node, filepath.Join(toolchain.Dir(), "compile.js"), "--layout-cases", "--out", out)
	if output, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("node compile.js --layout-cases failed: %v\n%s", err, output)
	}
	for _, dir := range []string{"foundry", "hardhat"} {
		fresh := files(t, filepath.Join(out, dir))
		committed := files(t, filepath.Join("testdata", dir))
		if !slices.Equal(fresh, committed) {
			t.Errorf("testdata/%s has files %v, compile.js writes %v: run go generate ./chain/layout", dir, committed, fresh)
		}
		for _, f := range fresh {
			want, err := os.ReadFile(filepath.Join(out, dir, f))
			if err != nil {
				t.Fatal(err)
			}
			got, err := os.ReadFile(filepath.Join("testdata", dir, f))
			if err == nil && !bytes.Equal(got, want) {
				t.Errorf("testdata/%s/%s is stale: run go generate ./chain/layout", dir, f)
			}
		}
	}
}

// files lists the files under root, relative and sorted.
func files(t *testing.T, root string) []string {
	t.Helper()
	var out []string
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() {
			rel, _ := filepath.Rel(root, p)
			out = append(out, filepath.ToSlash(rel))
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	slices.Sort(out)
	return out
}
