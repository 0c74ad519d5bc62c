package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// out is chain/layout's compiled test pairs, Foundry artifacts.
func out(file string) string {
	return filepath.Join("..", "..", "chain", "layout", "testdata", "foundry", "out", file)
}

func TestLayoutCommand(t *testing.T) {
	code, stdout, _ := runCmd(t, nil, "layout", out("Append.sol/AppendV1.json"), out("Append.sol/AppendV2.json"))
	if code != exitOK || !strings.HasPrefix(stdout, "storage layout SAFE") {
		t.Fatalf("appended: exit %d\n%s", code, stdout)
	}
	code, stdout, _ = runCmd(t, nil, "layout", out("Insert.sol/InsertV1.json"), out("Insert.sol/InsertV2.json"))
	if code != exitError || !strings.HasPrefix(stdout, "storage layout UNSAFE") || !strings.Contains(stdout, "error: inserted") {
		t.Fatalf("inserted: exit %d\n%s", code, stdout)
	}
	code, stdout, _ = runCmd(t, nil, "layout", "--json", out("Namespace.sol/NamespaceV1.json"), out("Namespace.sol/NamespaceV2Inserted.json"))
	var rep struct {
		Verdict           string `json:"verdict"`
		NamespacesChecked bool   `json:"namespacesChecked"`
		Findings          []struct {
			Severity  string `json:"severity"`
			Kind      string `json:"kind"`
			Variable  string `json:"variable"`
			Namespace string `json:"namespace"`
		} `json:"findings"`
	}
	if err := json.Unmarshal([]byte(stdout), &rep); err != nil {
		t.Fatalf("--json output is not JSON: %v\n%s", err, stdout)
	}
	if code != exitError || rep.Verdict != "unsafe" || !rep.NamespacesChecked || len(rep.Findings) == 0 || rep.Findings[0].Namespace == "" {
		t.Fatalf("namespace member inserted: exit %d, %+v", code, rep)
	}
}

func TestLayoutBadInput(t *testing.T) {
	dir := t.TempDir()
	write := func(name, content string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(content), 0o600); err != nil {
			t.Fatal(err)
		}
		return p
	}
	// A Foundry artifact built without --extra-output storageLayout.
	raw, err := os.ReadFile(out("Append.sol/AppendV1.json"))
	if err != nil {
		t.Fatal(err)
	}
	var foundry map[string]json.RawMessage
	if err := json.Unmarshal(raw, &foundry); err != nil {
		t.Fatal(err)
	}
	delete(foundry, "storageLayout")
	noLayout, _ := json.Marshal(foundry)
	good := out("Append.sol/AppendV1.json")
	cases := []struct {
		name string
		args []string
		want []string
	}{
		{"not JSON", []string{"layout", write("notes.json", "pause first, then fix"), good}, []string{"OLD:", "notes.json", "not JSON"}},
		{"no layout", []string{"layout", good, write("NoLayout.json", string(noLayout))}, []string{"NEW:", "NoLayout.json", "--extra-output storageLayout"}},
		{"an ABI alone", []string{"layout", good, write("abi.json", `[{"type":"function","name":"f","inputs":[]}]`)}, []string{"abi.json", "an ABI alone"}},
		{"missing file", []string{"layout", filepath.Join(dir, "gone.json"), good}, []string{"gone.json"}},
		{"one argument", []string{"layout", good}, []string{"accepts 2 arg(s)"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			code, stdout, stderr := runCmd(t, nil, c.args...)
			if code != exitUsage {
				t.Fatalf("exit %d, want %d\nstdout: %s\nstderr: %s", code, exitUsage, stdout, stderr)
			}
			for _, w := range c.want {
				if !strings.Contains(stderr, w) {
					t.Errorf("stderr does not say %q:\n%s", w, stderr)
				}
			}
			if strings.Count(strings.TrimSpace(stderr), "\n") > 1 {
				t.Errorf("more than a sentence and the -h pointer:\n%s", stderr)
			}
		})
	}
}
