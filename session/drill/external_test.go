package drill

import (
	"context"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"warroom/chain"
	"warroom/chain/contracts/toolchain"
	"warroom/chain/devchain"
	"warroom/chain/rpc"
	"warroom/chain/tx"
	"warroom/chain/watch"
	"warroom/session"
	"warroom/session/config"
)

// anvilFunderHex is anvil's first default dev account's key: the funder
// the tests use, which must show nowhere.
const anvilFunderHex = "ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80"

func anvilFunder(t testing.TB) *tx.Signer {
	t.Helper()
	k, err := crypto.HexToECDSA(anvilFunderHex)
	if err != nil {
		t.Fatal(err)
	}
	return tx.NewSigner(k)
}

// journalText is the journal's bytes, and its events.
func journalText(t *testing.T, d *Drill) (string, []session.Event) {
	t.Helper()
	path := d.cfg.Journal
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	events, err := session.OpenJournal(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(data), events
}

// A drill on anvil end to end, stepped: the roles funded by anvil's first
// dev account, automine off and each block one evm_mine, the attack seen
// as a critical alert, the breaker's pause on chain, session.started
// naming the node and its chain id; on Close automine is back on.
func TestDrillOnAnvil(t *testing.T) {
	url := toolchain.StartAnvil(t)
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	d, err := Start(ctx, Config{Scenario: DefaultScenario, RPC: url, Funder: anvilFunder(t), AutoPause: true,
		Journal: filepath.Join(t.TempDir(), "j.jsonl")})
	if err != nil {
		t.Fatal(err)
	}
	closed := false
	t.Cleanup(func() {
		if !closed {
			d.Close("test over")
		}
	})
	info := d.Chain()
	if info.Name != url || info.ChainID != 31337 || !info.Seals || !strings.HasPrefix(info.Client, "anvil") {
		t.Errorf("chain %+v", info)
	}
	var automine bool
	if err := d.Client().CallContext(ctx, &automine, "anvil_getAutomine"); err != nil || automine {
		t.Errorf("automine %v (%v) during the drill; want off", automine, err)
	}
	// A role holds what the embedded chain's genesis gives it, less gas
	// (anvil's dev account holds 10,000 ETH, so less: said in a warning).
	if bal, err := d.Client().BalanceAt(ctx, Key(roleGuardian).Address(), nil); err != nil || bal.Cmp(ether(100)) < 0 {
		t.Errorf("guardian holds %s (%v)", chain.FormatEther(bal, 3), err)
	}

	// The protocol file names the node and passes the checks against it.
	path := filepath.Join(t.TempDir(), "anvil.toml")
	if _, err := d.WriteConfig(ctx, path); err != nil {
		t.Fatal(err)
	}
	if cfg := loadWritten(t, d, path); cfg.ChainID != 31337 || cfg.RPC[0].URL() != url {
		t.Errorf("config chain %d rpc %s", cfg.ChainID, cfg.RPC[0])
	}

	head, _ := d.Client().BlockNumber(ctx)
	n, err := d.Step(ctx)
	if err != nil || n != head+1 {
		t.Fatalf("step sealed %d (%v), want %d: one evm_mine", n, err, head+1)
	}
	stepTo(t, d, d.scenario.AttackFrom+4)
	st := d.session.State()
	critical := 0
	for _, a := range st.Alerts {
		if a.Severity == chain.Critical {
			critical++
		}
	}
	if critical == 0 || st.PausedBlock == 0 {
		t.Fatalf("%d critical alerts, paused at block %d: want the attack seen and the vault paused", critical, st.PausedBlock)
	}
	paused, err := watch.ReadPaused(ctx, d.Client(), d.dep.Vault, nil)
	if err != nil || !paused {
		t.Fatalf("paused() on anvil is %v (%v)", paused, err)
	}
	if err := d.Close("test over"); err != nil {
		t.Fatal(err)
	}
	closed = true

	text, events := journalText(t, d)
	var started session.Started
	if err := json.Unmarshal(events[0].Data, &started); err != nil || started.Chain != url || started.ChainID != 31337 {
		t.Errorf("session.started %s", events[0].Data)
	}
	short := false
	for _, ev := range events {
		short = short || ev.Kind == session.KindWarning && strings.Contains(string(ev.Data), "less than the 170,000 ETH")
	}
	if !short {
		t.Error("no warning says the funder held less than the embedded chain gives")
	}
	if strings.Contains(strings.ToLower(text), anvilFunderHex) {
		t.Error("the journal holds the funder's key")
	}
	// Automine is back on: a transfer is mined without evm_mine.
	after, err := dialNode(ctx, url, anvilFunder(t))
	if err != nil {
		t.Fatal(err)
	}
	defer after.Close()
	if !after.automine {
		t.Error("automine is still off after the drill closed")
	}
}

// On a node without evm_mine (here the embedded chain served on
// loopback, mining on its own as geth --dev does) the drill follows the
// node's blocks, says so in a warning, and still runs: the attack seen
// and paused.
func TestDrillFollowsANodeThatMinesItself(t *testing.T) {
	funder := tx.DrillSigner("external test funder")
	emb, err := devchain.New(devchain.Config{RPCListen: "127.0.0.1:0",
		Alloc: types.GenesisAlloc{funder.Address(): {Balance: ether(1_000_000)}}})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { emb.Close() })
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	if err := emb.Mine(ctx, 250*time.Millisecond, nil); err != nil {
		t.Fatal(err)
	}
	d, err := Start(ctx, Config{Scenario: DefaultScenario, RPC: emb.HTTPEndpoint(), Funder: funder, AutoPause: true,
		BlockTime: 250 * time.Millisecond, Journal: filepath.Join(t.TempDir(), "j.jsonl")})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { d.Close("test over") })
	if d.Chain().Seals {
		t.Fatal("the drill says it seals a node without evm_mine")
	}
	select {
	case <-d.Done():
	case <-ctx.Done():
		t.Fatalf("the drill did not end: at block %d of %d", d.last.Load(), d.start+d.scenario.Length-1)
	}
	// The node's blocks come at its pace, not the watcher's: on a slow
	// machine the pause is confirmed blocks after the script's end.
	st := d.session.State()
	for deadline := time.Now().Add(time.Minute); st.PausedBlock == 0 && time.Now().Before(deadline); st = d.session.State() {
		time.Sleep(50 * time.Millisecond)
	}
	if st.PausedBlock == 0 || st.FirstCritical == nil {
		t.Fatalf("paused at %d, first critical %v", st.PausedBlock, st.FirstCritical)
	}
	_, events := journalText(t, d)
	follows := false
	for _, ev := range events {
		follows = follows || ev.Kind == session.KindWarning && strings.Contains(string(ev.Data), "follows the node's own blocks")
	}
	if !follows {
		t.Error("no warning says the drill follows the node's blocks")
	}
	// Funded in full: the funder held enough.
	if bal, _ := d.Client().BalanceAt(ctx, Key(roleCouncil).Address(), nil); bal.Cmp(ether(9_000)) < 0 {
		t.Errorf("council holds %s, want about the genesis 10,000", chain.FormatEther(bal, 0))
	}
}

// Refused before anything starts, with no journal: a node that does not
// answer, a funder that holds too little, a funder that is a drill key,
// a public chain id.
func TestDrillOnANodeRefuses(t *testing.T) {
	poor := tx.DrillSigner("external test poor funder")
	emb, err := devchain.New(devchain.Config{RPCListen: "127.0.0.1:0",
		Alloc: types.GenesisAlloc{poor.Address(): {Balance: ether(50)}}})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { emb.Close() })
	for _, tc := range []struct {
		name   string
		url    string
		funder *tx.Signer
		is     error
		want   string
	}{
		{"no node", "http://127.0.0.1:1", poor, ErrNodeUnreachable, "http://127.0.0.1:1"},
		{"poor funder", emb.HTTPEndpoint(), poor, ErrFunderFunds, "holds 50.000 ETH"},
		{"drill key", emb.HTTPEndpoint(), Key(roleGuardian), ErrFunderRole, "guardian"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			journal := filepath.Join(t.TempDir(), "j.jsonl")
			ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
			defer cancel()
			_, err := Start(ctx, Config{Scenario: DefaultScenario, RPC: tc.url, Funder: tc.funder, Journal: journal})
			if !errors.Is(err, tc.is) || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("err %v, want %v saying %q", err, tc.is, tc.want)
			}
			if _, err := os.Stat(journal); !errors.Is(err, os.ErrNotExist) {
				t.Errorf("a refused drill left a journal (%v)", err)
			}
		})
	}
}

// A node of a public network is refused: the drill's keys are anyone's.
func TestDrillRefusesAPublicChain(t *testing.T) {
	mainnet := toolchain.StartAnvilNode(t, "--chain-id", "1")
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	journal := filepath.Join(t.TempDir(), "j.jsonl")
	_, err := Start(ctx, Config{Scenario: DefaultScenario, RPC: mainnet.URL, Funder: anvilFunder(t), Journal: journal})
	if !errors.Is(err, ErrPublicChain) || !strings.Contains(err.Error(), "chain id 1 (Ethereum mainnet)") {
		t.Fatalf("err %v", err)
	}
	if _, err := os.Stat(journal); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("a refused drill left a journal (%v)", err)
	}
}

// loadWritten loads a written protocol file strictly and checks it
// against the chain at its rpc entry, as warroom watch does.
func loadWritten(t *testing.T, d *Drill, path string) *config.Config {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	cfg, err := config.Load(path, func(string) string { return "" })
	if err != nil {
		data, _ := os.ReadFile(path)
		t.Fatalf("%v\n%s", err, data)
	}
	c, err := rpc.Dial(ctx, cfg.RPC[0].URL())
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	facts, err := cfg.Check(ctx, c)
	if err != nil {
		t.Fatal(err)
	}
	if len(facts.Warnings) > 0 {
		t.Errorf("warnings: %v", facts.Warnings)
	}
	if facts.Implementations[d.dep.Vault] != d.dep.Implementation {
		t.Errorf("implementation %s, want %s", facts.Implementations[d.dep.Vault].Hex(), d.dep.Implementation.Hex())
	}
	return cfg
}

// --write-config on the embedded chain served with --rpc-listen: the
// protocol file names the loopback URL, loads strictly, passes Check;
// it is replaced by the next drill's, and a file the drill did not write
// is never replaced.
func TestWriteConfigEmbedded(t *testing.T) {
	d, err := Start(context.Background(), Config{Scenario: DefaultScenario, RPCListen: "127.0.0.1:0", Journal: filepath.Join(t.TempDir(), "j.jsonl")})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { d.Close("test over") })
	dir := t.TempDir()
	path := filepath.Join(dir, "drill.toml")
	notes, err := d.WriteConfig(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	if len(notes) > 0 {
		t.Errorf("notes %v", notes)
	}
	cfg := loadWritten(t, d, path)
	if cfg.ChainID != devchain.ChainID || cfg.RPC[0].URL() != d.RPCEndpoint() || len(cfg.Contracts) != 1 || cfg.Contracts[0].Address != d.dep.Vault ||
		cfg.Contracts[0].Pause != "pause()" || cfg.Contracts[0].Unpause != "unpause()" || cfg.Safe.Address != d.dep.Safe || cfg.Timelock.Address != d.dep.Timelock ||
		cfg.Guardian != nil || len(cfg.Regressions) != 2 || cfg.Rules.OutflowBps != d.cfg.Rules.OutflowBps {
		t.Errorf("config %+v", cfg)
	}
	if _, err := os.Stat(filepath.Join(dir, "drill.artifacts", "VaultV1.json")); err != nil {
		t.Error(err)
	}
	data, _ := os.ReadFile(path)
	if !strings.HasPrefix(string(data), ConfigMarker+"\n") || !strings.Contains(string(data), "# [guardian]") || !strings.Contains(string(data), Key(roleGuardian).Address().Hex()) {
		t.Errorf("file:\n%s", data)
	}
	// Uncommented with a keystore path, the [guardian] block is Load's.
	ks := filepath.Join(dir, "drill-guardian.json")
	if err := os.WriteFile(ks, []byte(`{"address":"`+strings.ToLower(Key(roleGuardian).Address().Hex()[2:])+`","crypto":{}}`), 0o600); err != nil {
		t.Fatal(err)
	}
	un := strings.Replace(string(data), "# [guardian]\n# keystore", "[guardian]\nkeystore", 1)
	if g, err := config.Parse(path, []byte(un), nil); err != nil || g.Guardian == nil || g.Guardian.Account != Key(roleGuardian).Address() {
		t.Errorf("uncommented guardian: %v", err)
	}

	// Replaced by the next drill's; never a file it did not write.
	if _, err := d.WriteConfig(context.Background(), path); err != nil {
		t.Errorf("rewrite: %v", err)
	}
	mine := filepath.Join(dir, "mine.toml")
	if err := os.WriteFile(mine, []byte("name = \"mine\"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := d.WriteConfig(context.Background(), mine); !errors.Is(err, ErrConfigExists) {
		t.Errorf("overwrote a file it did not write: %v", err)
	}
	if b, _ := os.ReadFile(mine); string(b) != "name = \"mine\"\n" {
		t.Error("the file was changed")
	}
}

// Without --rpc-listen the embedded chain has no URL to write.
func TestWriteConfigNeedsAServedChain(t *testing.T) {
	d := startManual(t, false)
	_, err := d.WriteConfig(context.Background(), filepath.Join(t.TempDir(), "p.toml"))
	if err == nil || !strings.Contains(err.Error(), "--rpc-listen") {
		t.Fatalf("err %v", err)
	}
}

// The oracle drill's price pool is written as role = "oracle": loaded,
// it is observed by the rules and not read as the protocol's value, with
// the drill's price threshold.
func TestWriteConfigOracle(t *testing.T) {
	d, err := Start(context.Background(), Config{Scenario: "oracle-manipulation", RPCListen: "127.0.0.1:0", Journal: filepath.Join(t.TempDir(), "j.jsonl")})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { d.Close("test over") })
	path := filepath.Join(t.TempDir(), "drill.toml")
	if _, err := d.WriteConfig(context.Background(), path); err != nil {
		t.Fatal(err)
	}
	cfg := loadWritten(t, d, path)
	obs := cfg.Observed()
	want := d.dep.Observed()
	if len(obs) != 1 || len(want) != 1 || obs[0].Address != want[0].Address || obs[0].Role != chain.RoleOracle {
		t.Fatalf("observed %+v; want the drill's %+v", obs, want)
	}
	for _, w := range cfg.Watched() {
		if w.Address == want[0].Address {
			t.Errorf("the price pool is watched as the protocol's: %+v", w)
		}
	}
	if cfg.Rules.PriceDeviationBps != d.cfg.Rules.PriceDeviationBps || cfg.Rules.SharePriceJumpBps != d.cfg.Rules.SharePriceJumpBps {
		t.Errorf("rules %+v; want the drill's %+v", cfg.Rules, d.cfg.Rules)
	}
}
