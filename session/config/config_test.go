package config

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"net/url"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/common"

	"warroom/chain"
	"warroom/chain/artifact"
)

// vaultArtifact is the drill's vault implementation, a warroom artifact.
const vaultArtifact = "../../chain/contracts/artifacts/VaultV1.json"

// project lays out a protocol directory: the vault's artifact at
// out/Vault.sol/Vault.json and a guardian keystore under home.
func project(t *testing.T) (dir, home string) {
	t.Helper()
	dir, home = t.TempDir(), t.TempDir()
	data, err := os.ReadFile(vaultArtifact)
	if err != nil {
		t.Fatal(err)
	}
	writeFile(t, filepath.Join(dir, "out", "Vault.sol", "Vault.json"), string(data))
	ks := filepath.Join(home, ".warroom", "keys")
	acct, err := keystore.StoreKey(ks, "pw", keystore.LightScryptN, keystore.LightScryptP)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.Rename(acct.URL.Path, filepath.Join(ks, "guardian.json")); err != nil {
		t.Fatal(err)
	}
	return dir, home
}

func writeFile(t *testing.T, path, content string) string {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(content), 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

func envOf(vars map[string]string) func(string) string {
	return func(k string) string { return vars[k] }
}

// The example warroom init writes is accepted whole, and says what it says.
func TestExampleLoads(t *testing.T) {
	dir, home := project(t)
	file := writeFile(t, filepath.Join(dir, "protocol.toml"), Example)
	secret := "https://backup.example/v3/SECRETKEY123"
	cfg, err := Load(file, envOf(map[string]string{"HOME": home, "BACKUP_RPC_URL": secret}))
	if err != nil {
		t.Fatalf("the example does not load:\n%v", err)
	}
	if cfg.Name != "Acme Vault" || cfg.ChainID != 1 || len(cfg.RPC) != 2 {
		t.Fatalf("name %q chain %d rpc %d", cfg.Name, cfg.ChainID, len(cfg.RPC))
	}
	if got := cfg.RPC[1].String(); got != "https://backup.example" {
		t.Errorf("second endpoint shows as %q", got)
	}
	if cfg.RPC[1].URL() != secret || !cfg.RPC[1].FromEnv || cfg.RPC[0].FromEnv {
		t.Errorf("endpoints %#v", cfg.RPC)
	}
	v := cfg.Contracts[0]
	if v.Name != "Vault" || v.Proxy != ProxyERC1967 || !v.Pausable() || v.Unpause != "unpause()" || v.Artifact == nil ||
		v.ArtifactPath != filepath.Join(dir, "out", "Vault.sol", "Vault.json") {
		t.Errorf("contract %+v", v)
	}
	if cfg.Safe == nil || cfg.Timelock == nil || cfg.Guardian == nil || cfg.Guardian.Account == (common.Address{}) ||
		cfg.Guardian.Keystore != filepath.Join(home, ".warroom", "keys", "guardian.json") {
		t.Errorf("safe %v timelock %v guardian %+v", cfg.Safe, cfg.Timelock, cfg.Guardian)
	}
	if cfg.Rules.OutflowBps != 500 || cfg.Rules.NewContractBlocks != 100 || cfg.Rules.FundedBlocks != chain.DefaultRules().FundedBlocks ||
		cfg.Rules.PriceDeviationBps != 1000 || cfg.Rules.SharePriceJumpBps != 10000 {
		t.Errorf("rules %+v", cfg.Rules)
	}
	if len(cfg.Regressions) != 1 || cfg.Regressions[0].To != v.Address || len(cfg.Regressions[0].Data) != 36 {
		t.Errorf("regressions %+v", cfg.Regressions)
	}
	w := cfg.Watched()
	if len(w) != 3 || w[0].Role != chain.RoleProtocol || !w[0].Pausable || w[1].Role != chain.RoleSafe || w[2].Role != chain.RoleTimelock {
		t.Errorf("watched %+v", w)
	}
	for _, shown := range []string{fmt.Sprint(cfg.RPC), fmt.Sprintf("%+v", cfg.RPC), fmt.Sprintf("%#v", cfg.RPC), mustJSON(t, cfg.RPC)} {
		if strings.Contains(shown, "SECRETKEY") || strings.Contains(shown, "/v3") {
			t.Errorf("an endpoint printed shows its secret: %s", shown)
		}
	}
}

func mustJSON(t *testing.T, v any) string {
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// base is a small valid file; each bad-input case edits it.
const base = `name = "Acme"
chain_id = 31337
rpc = ["http://127.0.0.1:8545"]

[[contract]]
name = "Vault"
address = "0x5FbDB2315678afecb367f032d93F642f64180aa3"
artifact = "out/Vault.sol/Vault.json"
proxy = "erc1967"
pause = "pause()"

[rules]
outflow_share = 0.05
`

func TestBaseLoads(t *testing.T) {
	dir, _ := project(t)
	if _, err := Load(writeFile(t, filepath.Join(dir, "p.toml"), base), nil); err != nil {
		t.Fatal(err)
	}
}

// A price source is watched as an oracle; the two price rules take their
// thresholds, 0 turning each off.
func TestOracleAndPriceRules(t *testing.T) {
	dir, _ := project(t)
	file := strings.NewReplacer(`pause = "pause()"`, `pause = "pause()"`+"\n\n[[contract]]\nname = \"Pool\"\naddress = \"0xe7f1725E7734CE288F8367e1Bb143E90bb3F0512\"\nartifact = \"out/Vault.sol/Vault.json\"\nrole = \"oracle\"",
		"outflow_share = 0.05", "outflow_share = 0.05\nprice_deviation = 0.25\nshare_price_jump = 0").Replace(base)
	cfg, err := Load(writeFile(t, filepath.Join(dir, "p.toml"), file), nil)
	if err != nil {
		t.Fatal(err)
	}
	if w, o := cfg.Watched(), cfg.Observed(); len(w) != 1 || w[0].Role != chain.RoleProtocol || len(o) != 1 || o[0].Name != "Pool" || o[0].Role != chain.RoleOracle {
		t.Errorf("watched %+v, observed %+v; want the vault, then the pool as a price source", w, o)
	}
	if cfg.Rules.PriceDeviationBps != 2500 || cfg.Rules.SharePriceJumpBps != 0 {
		t.Errorf("rules %+v", cfg.Rules)
	}
}

// Every kind of bad input gets an error naming the file, the line and the
// field and saying what would be right.
func TestBadInput(t *testing.T) {
	secretEnv := map[string]string{"SET_SECRET": "https://node.example/KEYVALUE42"}
	for _, tc := range []struct {
		name      string
		edit      func(string) string
		sentinel  error
		line      int
		field     string
		want      []string
		forbidden []string // never in the message
	}{
		{"unknown key in a contract", replace(`proxy = "erc1967"`, `proxy = "erc1967"`+"\nadress = \"x\""), ErrUnknownKey, 10, "contract.adress", []string{`unknown key "adress" in [[contract]]`, `did you mean "address"?`}, nil},
		{"unknown top key", replace(`rpc = [`, `rpcs = ["x"]`+"\nrpc = ["), ErrUnknownKey, 3, "rpcs", []string{`did you mean "rpc"?`}, nil},
		{"unknown table", func(s string) string { return s + "[guardain]\nkeystore = \"k\"\n" }, ErrUnknownKey, 14, "guardain", []string{`did you mean "guardian"?`}, nil},
		{"unknown rule", replace("outflow_share = 0.05", "outflow_shares = 0.05"), ErrUnknownKey, 13, "rules.outflow_shares", []string{`did you mean "outflow_share"?`}, nil},
		{"chain id a string", replace("chain_id = 31337", `chain_id = "31337"`), ErrType, 2, "chain_id", []string{"got a string; want a whole number"}, []string{"uint64", "struct"}},
		{"negative chain id", replace("chain_id = 31337", `chain_id = -5`), ErrInvalid, 2, "chain_id", []string{"-5 is below zero; want a whole number"}, nil},
		{"name a number", replace(`name = "Acme"`, `name = 7`), ErrType, 1, "name", []string{"got an integer; want a string in quotes"}, nil},
		{"rpc a string", replace(`rpc = ["http://127.0.0.1:8545"]`, `rpc = "http://127.0.0.1:8545"`), ErrType, 3, "rpc", []string{"got a string; want a list of node URLs"}, nil},
		{"share a string", replace("outflow_share = 0.05", `outflow_share = "5%"`), ErrType, 13, "rules.outflow_share", []string{"want a number above 0 and at most 1"}, nil},
		{"share above one", replace("outflow_share = 0.05", `outflow_share = 5`), ErrInvalid, 13, "rules.outflow_share", []string{"outside the range"}, nil},
		{"unknown role", replace(`pause = "pause()"`, `pause = "pause()"`+"\nrole = \"price\""), ErrInvalid, 11, "contract.role", []string{`"price" is not a role`, `"oracle"`}, nil},
		{"price deviation a percent", replace("outflow_share = 0.05", "outflow_share = 0.05\nprice_deviation = -10"), ErrInvalid, 14, "rules.price_deviation", []string{"-10 is outside the range", "price_deviation = 0.10"}, nil},
		{"share price jump a string", replace("outflow_share = 0.05", "outflow_share = 0.05\nshare_price_jump = \"2x\""), ErrType, 14, "rules.share_price_jump", []string{"want a number from 0 to 100"}, nil},
		{"not TOML", replace(`name = "Acme"`, `name = "Acme`), ErrSyntax, 1, "", []string{"not valid TOML"}, nil},
		{"lower-case address", replace("0x5FbDB2315678afecb367f032d93F642f64180aa3", "0x5fbdb2315678afecb367f032d93f642f64180aa3"), ErrAddress, 7, "contract.address",
			[]string{"is not checksummed; write 0x5FbDB2315678afecb367f032d93F642f64180aa3"}, nil},
		{"bad checksum", replace("0x5FbDB2315678afecb367f032d93F642f64180aa3", "0x5FBDB2315678afecb367f032d93F642f64180aa3"), ErrAddress, 7, "contract.address",
			[]string{"bad checksum", "0x5FbDB2315678afecb367f032d93F642f64180aa3"}, nil},
		{"short address", replace("0x5FbDB2315678afecb367f032d93F642f64180aa3", "0x5FbDB231"), ErrAddress, 7, "contract.address", []string{"is not an address; want 0x and 40 hex digits"}, nil},
		{"missing artifact", replace("out/Vault.sol/Vault.json", "out/Gone.sol/Gone.json"), ErrArtifact, 8, "contract.artifact", []string{"Gone.json does not exist", "relative paths are read from"}, nil},
		{"not an artifact", replace("out/Vault.sol/Vault.json", "p.toml"), ErrArtifact, 8, "contract.artifact", []string{"p.toml"}, nil},
		{"empty rpc", replace(`rpc = ["http://127.0.0.1:8545"]`, `rpc = []`), ErrNoRPC, 3, "rpc", []string{"the list is empty", "at least one node"}, nil},
		{"no rpc", replace(`rpc = ["http://127.0.0.1:8545"]`, ``), ErrNoRPC, 0, "rpc", []string{"missing"}, nil},
		{"unset variable", replace(`rpc = ["http://127.0.0.1:8545"]`, `rpc = ["http://127.0.0.1:8545",
  "${SET_SECRET}/${UNSET_RPC}"]`), ErrUnsetVar, 4, "rpc entry 2", []string{"${UNSET_RPC} is not set", "export UNSET_RPC="}, []string{"KEYVALUE42", "node.example"}},
		{"bad scheme", replace(`rpc = ["http://127.0.0.1:8545"]`, `rpc = ["ftp://node.example/KEYVALUE42"]`), ErrInvalid, 3, "rpc entry 1", []string{`has scheme "ftp"`}, []string{"KEYVALUE42"}},
		{"variable not a URL", replace(`rpc = ["http://127.0.0.1:8545"]`, `rpc = ["KEYVALUE${SET_SECRET}"]`), ErrInvalid, 3, "rpc entry 1", []string{"the URL its variables make"}, []string{"KEYVALUE42"}},
		{"proxy kind", replace(`proxy = "erc1967"`, `proxy = "erc-1967"`), ErrInvalid, 9, "contract.proxy", []string{`want "erc1967"`}, nil},
		{"pause not in the ABI", replace(`pause = "pause()"`, `pause = "pause()"`+"\nunpause = \"unpause(uint256)\""), ErrInvalid, 11, "contract.unpause", []string{"not a function signature without arguments"}, nil},
		{"pause another function", replace(`pause = "pause()"`, `pause = "halt()"`), ErrInvalid, 10, "contract.pause", []string{"warroom sends pause()"}, nil},
		{"no chain id", replace("chain_id = 31337\n", ""), ErrMissing, 0, "chain_id", []string{"missing; want a whole number"}, nil},
		{"no contract name", replace(`name = "Vault"`, ``), ErrMissing, 5, "contract.name", []string{"has no name"}, nil},
		{"two contracts one name", func(s string) string {
			return s + "[[contract]]\nname = \"Vault\"\naddress = \"0xe7f1725E7734CE288F8367e1Bb143E90bb3F0512\"\nartifact = \"out/Vault.sol/Vault.json\"\n"
		}, ErrInvalid, 15, "contract.name", []string{`"Vault" names two contracts (the other at line 6)`}, nil},
		{"safe at the vault's address", func(s string) string { return s + "[safe]\naddress = \"0x5FbDB2315678afecb367f032d93F642f64180aa3\"\n" }, ErrInvalid, 15, "safe.address", []string{`also contract "Vault"'s address`}, nil},
		{"keystore missing", func(s string) string { return s + "[guardian]\nkeystore = \"keys/none.json\"\n" }, ErrKeystore, 15, "guardian.keystore", []string{"none.json does not exist"}, nil},
		{"keystore not one", func(s string) string { return s + "[guardian]\nkeystore = \"out/Vault.sol/Vault.json\"\n" }, ErrKeystore, 15, "guardian.keystore", []string{"not an encrypted key file"}, nil},
		{"regression to nothing", func(s string) string {
			return s + "[[regression]]\nname = \"w\"\nfrom = \"0x70997970C51812dc3A010C7d01b50e0d17dc79C8\"\nto = \"Vualt\"\ncall = \"withdraw(uint256) 1\"\n"
		}, ErrInvalid, 17, "regression.to", []string{`no [[contract]] is named "Vualt"`, `"Vault"`}, nil},
		{"regression call unknown", func(s string) string {
			return s + "[[regression]]\nname = \"w\"\nfrom = \"0x70997970C51812dc3A010C7d01b50e0d17dc79C8\"\nto = \"Vault\"\ncall = \"withdrawAll()\"\n"
		}, ErrInvalid, 18, "regression.call", []string{"has no withdrawAll()", "withdraw(uint256)"}, nil},
		{"regression value", func(s string) string {
			return s + "[[regression]]\nname = \"d\"\nfrom = \"0x70997970C51812dc3A010C7d01b50e0d17dc79C8\"\nto = \"Vault\"\ncall = \"deposit()\"\nvalue = \"lots\"\n"
		}, ErrInvalid, 19, "regression.value", []string{`"lots" is not a number`}, nil},
		{"inline table", func(s string) string {
			return "timelock = { address = \"0x9fe46736679d2d9a65f0992f2272de9f3c7fa6e0\" }\n" + s
		}, ErrAddress, 1, "timelock.address", []string{"write 0x9fE46736679d2D9a65F0992F2272dE9f3c7fa6e0"}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir, _ := project(t)
			file := writeFile(t, filepath.Join(dir, "p.toml"), tc.edit(base))
			_, err := Load(file, envOf(secretEnv))
			if err == nil {
				t.Fatal("accepted")
			}
			var e *Error
			if !errors.As(err, &e) {
				t.Fatalf("%T %v is not a *config.Error", err, err)
			}
			if !errors.Is(e, tc.sentinel) || e.Line != tc.line || e.Field != tc.field {
				t.Errorf("got %v (line %d, field %q, %v); want line %d, field %q, %v", e, e.Line, e.Field, e.Err, tc.line, tc.field, tc.sentinel)
			}
			msg := e.Error()
			prefix := file + ":"
			if tc.line > 0 {
				prefix = fmt.Sprintf("%s:%d: %s", file, tc.line, tc.field)
			}
			if !strings.HasPrefix(msg, prefix) {
				t.Errorf("%q does not start with %q", msg, prefix)
			}
			for _, w := range tc.want {
				if !strings.Contains(msg, w) {
					t.Errorf("%q does not say %q", msg, w)
				}
			}
			for _, f := range tc.forbidden {
				if strings.Contains(err.Error(), f) {
					t.Errorf("%q shows %q", err, f)
				}
			}
			if strings.Contains(err.Error(), "\n") && !strings.Contains(tc.name, "several") {
				t.Errorf("more than one problem reported:\n%v", err)
			}
		})
	}
}

func replace(old, new string) func(string) string {
	return func(s string) string {
		if !strings.Contains(s, old) {
			panic("base has no " + old)
		}
		return strings.Replace(s, old, new, 1)
	}
}

// Every problem of a file is reported at once, in the order of the file.
func TestSeveralProblems(t *testing.T) {
	dir, _ := project(t)
	bad := strings.NewReplacer(`name = "Acme"`, `name = ""`, "0x5FbDB2315678afecb367f032d93F642f64180aa3", "0x5fbdb2315678afecb367f032d93f642f64180aa3",
		"out/Vault.sol/Vault.json", "missing.json").Replace(base)
	_, err := Load(writeFile(t, filepath.Join(dir, "p.toml"), bad), nil)
	lines := strings.Split(fmt.Sprint(err), "\n")
	if len(lines) != 3 || !strings.Contains(lines[0], "p.toml:1: name") || !strings.Contains(lines[1], "p.toml:7: contract.address") || !strings.Contains(lines[2], "p.toml:8: contract.artifact") {
		t.Fatalf("got:\n%v", err)
	}
}

func TestMissingFile(t *testing.T) {
	_, err := Load(filepath.Join(t.TempDir(), "none.toml"), nil)
	if !errors.Is(err, ErrMissing) || !strings.Contains(err.Error(), "warroom init") {
		t.Fatalf("%v", err)
	}
}

// The schema describes exactly the keys the structs decode.
func TestSchemaMatchesStructs(t *testing.T) {
	got := map[string]bool{}
	var walk func(prefix string, t reflect.Type)
	walk = func(prefix string, typ reflect.Type) {
		for i := 0; i < typ.NumField(); i++ {
			f := typ.Field(i)
			key := prefix + f.Tag.Get("toml")
			got[key] = true
			ft := f.Type
			for ft.Kind() == reflect.Pointer || ft.Kind() == reflect.Slice {
				ft = ft.Elem()
			}
			if ft.Kind() == reflect.Struct {
				walk(key+".", ft)
			}
		}
	}
	walk("", reflect.TypeOf(fileTOML{}))
	for k := range got {
		if schema[k] == "" {
			t.Errorf("key %q has no description in schema", k)
		}
	}
	for k := range schema {
		if !got[k] {
			t.Errorf("schema describes %q, which no struct decodes", k)
		}
	}
}

func TestRedact(t *testing.T) {
	raw := "https://user:PASSWORD9@node.example:8443/v3/SECRETKEY?apikey=QUERYSECRET#FRAG"
	if got := Redact(raw); got != "https://node.example:8443" {
		t.Errorf("Redact = %q", got)
	}
	errs := []error{
		&url.Error{Op: "Post", URL: raw, Err: errors.New("dial tcp: connection refused")},
		&url.Error{Op: "Post", URL: "https://user:xxxxx@node.example:8443/v3/SECRETKEY?apikey=QUERYSECRET", Err: errors.New("EOF")},
		fmt.Errorf("calling /v3/SECRETKEY failed with apikey=QUERYSECRET"),
	}
	for _, err := range errs {
		got := RedactError(err, raw)
		for _, s := range []string{"PASSWORD9", "SECRETKEY", "QUERYSECRET", "user:"} {
			if strings.Contains(got, s) {
				t.Errorf("RedactError(%q) = %q shows %q", err, got, s)
			}
		}
	}
}

// fakeNode answers Check from maps.
type fakeNode struct {
	chainID int64
	code    map[common.Address][]byte
	slots   map[common.Address]common.Address
}

func (n fakeNode) ChainID(context.Context) (*big.Int, error) { return big.NewInt(n.chainID), nil }
func (n fakeNode) CodeAt(_ context.Context, a common.Address, _ *big.Int) ([]byte, error) {
	return n.code[a], nil
}
func (n fakeNode) StorageAt(_ context.Context, a common.Address, key common.Hash, _ *big.Int) ([]byte, error) {
	if key != chain.ImplementationSlot {
		return make([]byte, 32), nil
	}
	return common.LeftPadBytes(n.slots[a].Bytes(), 32), nil
}

func TestCheckAgainstTheNode(t *testing.T) {
	dir, _ := project(t)
	file := writeFile(t, filepath.Join(dir, "p.toml"), base+"[safe]\naddress = \"0xe7f1725E7734CE288F8367e1Bb143E90bb3F0512\"\n")
	cfg, err := Load(file, nil)
	if err != nil {
		t.Fatal(err)
	}
	vault := common.HexToAddress("0x5FbDB2315678afecb367f032d93F642f64180aa3")
	impl := common.HexToAddress("0x1000000000000000000000000000000000000001")
	safe := common.HexToAddress("0xe7f1725E7734CE288F8367e1Bb143E90bb3F0512")
	v1, err := artifact.Load(vaultArtifact)
	if err != nil {
		t.Fatal(err)
	}
	good := func() fakeNode {
		return fakeNode{chainID: 31337, code: map[common.Address][]byte{vault: {0x60, 0x80}, impl: v1.DeployedBytecode, safe: {0x60}},
			slots: map[common.Address]common.Address{vault: impl}}
	}
	facts, err := cfg.Check(context.Background(), good())
	if err != nil || facts.Implementations[vault] != impl || len(facts.Warnings) != 0 {
		t.Fatalf("facts %+v, err %v", facts, err)
	}

	for _, tc := range []struct {
		name     string
		node     func(n fakeNode) fakeNode
		sentinel error
		line     int
		field    string
		want     string
	}{
		{"other chain", func(n fakeNode) fakeNode { n.chainID = 1; return n }, ErrChainID, 2, "chain_id", "the node answers chain id 1, not 31337"},
		{"no code", func(n fakeNode) fakeNode { delete(n.code, vault); return n }, ErrNoCode, 7, "contract.address", "Vault has no code at 0x5FbDB2315678afecb367f032d93F642f64180aa3 on chain 31337"},
		{"not a proxy", func(n fakeNode) fakeNode { delete(n.slots, vault); return n }, ErrNoCode, 9, "contract.proxy", "empty ERC-1967 implementation slot"},
		{"implementation gone", func(n fakeNode) fakeNode { delete(n.code, impl); return n }, ErrNoCode, 9, "contract.proxy", "holds no code"},
		{"no safe", func(n fakeNode) fakeNode { delete(n.code, safe); return n }, ErrNoCode, 15, "safe.address", "the safe has no code"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := cfg.Check(context.Background(), tc.node(good()))
			var e *Error
			if !errors.As(err, &e) || !errors.Is(err, tc.sentinel) || e.Line != tc.line || e.Field != tc.field || !strings.Contains(e.Error(), tc.want) {
				t.Fatalf("got %v; want line %d field %s saying %q", err, tc.line, tc.field, tc.want)
			}
			if !IsConfigError(err) {
				t.Error("not a config error")
			}
		})
	}

	n := good()
	n.code[impl] = []byte{0x60, 0x80, 0x60, 0x40}
	facts, err = cfg.Check(context.Background(), n)
	if err != nil || len(facts.Warnings) != 1 || !strings.Contains(facts.Warnings[0], "p.toml:8: contract.artifact") {
		t.Fatalf("another implementation's code: %+v %v", facts, err)
	}
}
