package config

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/pelletier/go-toml/v2"

	"warroom/chain"
)

// What Marshal writes, Load reads back, strictly: every table, the
// comments left out of the values, the commented [guardian] left out.
func TestMarshalLoadsBack(t *testing.T) {
	dir := t.TempDir()
	art, err := os.ReadFile(filepath.Join("..", "..", "chain", "contracts", "artifacts", "VaultV1.json"))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(filepath.Join(dir, "a"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "a", "VaultV1.json"), art, 0o644); err != nil {
		t.Fatal(err)
	}
	vault := common.HexToAddress("0x5FbDB2315678afecb367f032d93F642f64180aa3")
	from := common.HexToAddress("0x70997970C51812dc3A010C7d01b50e0d17dc79C8")
	rules := chain.DefaultRules()
	rules.OutflowBps, rules.FundedBlocks = 250, 0
	f := File{
		Header: []string{"written by a test", "", "second line"}, Name: `Drill "reentrancy" \ vault`, ChainID: 31337,
		RPC: []string{"http://127.0.0.1:8545", "${BACKUP}"}, RPCNote: []string{"the drill's node"},
		Contracts: []FileContract{{Comment: []string{"the vault"}, Name: "Vault", Address: vault, Artifact: "a/VaultV1.json", Proxy: ProxyERC1967, Pause: "pause()", Unpause: "unpause()"}},
		Safe:      common.HexToAddress("0xe7f1725E7734CE288F8367e1Bb143E90bb3F0512"), Timelock: common.HexToAddress("0x9fE46736679d2D9a65F0992F2272dE9f3c7fa6e0"),
		Guardian: &FileGuardian{Comment: []string{"make a keystore"}, Keystore: "guardian.json", Commented: true},
		Rules:    &rules,
		Regressions: []FileRegression{{Name: "deposit", From: from, To: "Vault", Call: "deposit()", Value: "1000000000000000000"},
			{Name: "withdraw", From: from, To: vault.Hex(), Call: "withdraw(uint256) 500000000000000000"}},
		Footer: []string{"not expressed: the treasury"},
	}
	data := f.Marshal()
	path := filepath.Join(dir, "protocol.toml")
	cfg, err := Parse(path, data, func(k string) string {
		if k == "BACKUP" {
			return "http://127.0.0.1:8546"
		}
		return ""
	})
	if err != nil {
		t.Fatalf("%v\n%s", err, data)
	}
	if cfg.Name != f.Name || cfg.ChainID != 31337 || len(cfg.RPC) != 2 || cfg.RPC[0].URL() != "http://127.0.0.1:8545" {
		t.Errorf("top: %+v", cfg)
	}
	if len(cfg.Contracts) != 1 || cfg.Contracts[0].Address != vault || cfg.Contracts[0].Proxy != ProxyERC1967 || cfg.Contracts[0].Unpause != "unpause()" || cfg.Contracts[0].Artifact == nil {
		t.Errorf("contracts: %+v", cfg.Contracts)
	}
	if cfg.Safe == nil || cfg.Safe.Address != f.Safe || cfg.Timelock == nil || cfg.Timelock.Address != f.Timelock {
		t.Errorf("governance: %+v %+v", cfg.Safe, cfg.Timelock)
	}
	if cfg.Guardian != nil {
		t.Errorf("a commented [guardian] was read: %+v", cfg.Guardian)
	}
	if cfg.Rules.OutflowBps != 250 || cfg.Rules.FundedBlocks != 0 || cfg.Rules.NewContractBlocks != rules.NewContractBlocks {
		t.Errorf("rules: %+v", cfg.Rules)
	}
	if len(cfg.Regressions) != 2 || cfg.Regressions[0].To != vault || cfg.Regressions[0].Value.String() != "1000000000000000000" || cfg.Regressions[1].To != vault {
		t.Errorf("regressions: %+v", cfg.Regressions)
	}
	for _, c := range []string{"# written by a test\n#\n# second line\n", "# the vault\n[[contract]]", "# [guardian]\n# keystore = \"guardian.json\"", "# not expressed: the treasury\n"} {
		if !strings.Contains(string(data), c) {
			t.Errorf("the file does not hold %q:\n%s", c, data)
		}
	}
	// Uncommented, the [guardian] is a table Load reads.
	g := strings.Replace(string(data), "# [guardian]\n# keystore", "[guardian]\nkeystore", 1)
	if _, err := Parse(path, []byte(g), func(k string) string { return "http://127.0.0.1:8546" }); err == nil || !strings.Contains(err.Error(), "guardian.keystore") {
		t.Errorf("uncommented [guardian] with no keystore file: %v", err)
	}
}

func TestQuote(t *testing.T) {
	for _, s := range []string{"plain", `a "b" \c`, "tab\tnew\nline\r", "\x01\x7f", "ünïcode ✓"} {
		var v struct{ S string }
		if err := toml.Unmarshal([]byte("S = "+Quote(s)), &v); err != nil || v.S != s {
			t.Errorf("Quote(%q) = %s reads back %q (%v)", s, Quote(s), v.S, err)
		}
	}
}
