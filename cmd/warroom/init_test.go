package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/keystore"

	"warroom/session/config"
)

// warroom init writes the commented example, to stdout or to a new file,
// and what it writes is a protocol file warroom watch accepts once the
// artifact and the keystore it names are there.
func TestInitWritesAnExampleThatLoads(t *testing.T) {
	code, out, errOut := runCmd(t, nil, "init")
	if code != 0 || out != config.Example || errOut != "" {
		t.Fatalf("init to stdout: exit %d, stderr %q, stdout is the example: %v", code, errOut, out == config.Example)
	}
	if !strings.Contains(out, "\n# ") || !strings.Contains(out, "[guardian]") || !strings.Contains(out, "${BACKUP_RPC_URL}") {
		t.Errorf("the example is not commented or lacks a section:\n%s", out)
	}

	dir, home := t.TempDir(), t.TempDir()
	file := filepath.Join(dir, "protocol.toml")
	code, out, errOut = runCmd(t, nil, "init", file)
	if code != 0 || out != "" || !strings.Contains(errOut, "wrote "+file) {
		t.Fatalf("init FILE: exit %d\nstdout %q\nstderr %q", code, out, errOut)
	}
	written, err := os.ReadFile(file)
	if err != nil || string(written) != config.Example {
		t.Fatalf("the file is not the example: %v", err)
	}
	if fi, _ := os.Stat(file); fi.Mode().Perm() != 0o600 {
		t.Errorf("written with mode %v", fi.Mode().Perm())
	}

	// What the example names: its artifact beside it, the keystore under
	// HOME, the backup node in the environment.
	vault, err := os.ReadFile(filepath.Join("..", "..", "chain", "contracts", "artifacts", "VaultV1.json"))
	if err != nil {
		t.Fatal(err)
	}
	liveWrite(t, filepath.Join(dir, "out", "Vault.sol", "Vault.json"), string(vault))
	keys := filepath.Join(home, ".warroom", "keys")
	acct, err := keystore.StoreKey(keys, "pw", keystore.LightScryptN, keystore.LightScryptP)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.Rename(acct.URL.Path, filepath.Join(keys, "guardian.json")); err != nil {
		t.Fatal(err)
	}
	cfg, err := config.Load(file, env(map[string]string{"HOME": home, "BACKUP_RPC_URL": "https://backup.example/key"}))
	if err != nil {
		t.Fatalf("the example warroom init wrote does not load:\n%v", err)
	}
	if cfg.Guardian.Account != acct.Address || len(cfg.Contracts) != 1 || len(cfg.Regressions) != 1 {
		t.Errorf("loaded %+v", cfg)
	}
}

// init never overwrites a file, and takes one FILE at most.
func TestInitRefuses(t *testing.T) {
	file := filepath.Join(t.TempDir(), "protocol.toml")
	liveWrite(t, file, "mine\n")
	code, _, errOut := runCmd(t, nil, "init", file)
	oneSentence(t, "init over a file", errOut, file+" already exists", "never overwrites")
	if b, _ := os.ReadFile(file); code != exitUsage || string(b) != "mine\n" {
		t.Errorf("exit %d, the file now holds %q", code, b)
	}
	code, _, errOut = runCmd(t, nil, "init", "a.toml", "b.toml")
	if code != exitUsage || !strings.Contains(errOut, "takes one FILE") {
		t.Errorf("two files: exit %d %s", code, errOut)
	}
	code, _, errOut = runCmd(t, nil, "init", filepath.Join(t.TempDir(), "no", "such", "dir", "p.toml"))
	oneSentence(t, "init into no directory", errOut, "cannot create")
	if code != exitUsage {
		t.Errorf("exit %d", code)
	}
}

// liveWrite writes a file, making its directory.
func liveWrite(t *testing.T, path, content string) string {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(content), 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}
