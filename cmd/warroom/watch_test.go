package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/big"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/ethereum/go-ethereum/accounts/keystore"
	ethcommon "github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"

	"warroom/chain"
	"warroom/chain/contracts"
	"warroom/chain/contracts/toolchain"
	"warroom/chain/deploy"
	"warroom/chain/rpc"
	"warroom/chain/tx"
	"warroom/session"
	"warroom/session/config"
	"warroom/tui"
)

// The secrets the tests put in rpc URLs: none may show anywhere.
var liveSecrets = []string{"DEADKEY1", "SECRETKEY2", "SECRETKEY3", "watcher:"}

// freePort is a loopback port nothing listens on.
func freePort(t *testing.T) int {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port
}

// liveProtocol is the drill's protocol deployed on anvil, governed as a
// live one: the guardian's key is in a keystore made here.
type liveProtocol struct {
	url      string
	c        chain.Client
	dep      *deploy.Deployment
	accts    map[string]*tx.Account
	keystore string // the guardian's key file
	pwFile   string // its password, mode 0600
	guardian ethcommon.Address
}

func liveKey(role string) *tx.Signer { return tx.DrillSigner("watch cmd test/" + role) }

func ethers(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), big.NewInt(1e18)) }

func deployLive(t *testing.T, url string) *liveProtocol {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	c, err := rpc.Dial(ctx, url)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(c.Close)
	dir := t.TempDir()
	acct, err := keystore.StoreKey(dir, testPassword, keystore.LightScryptN, keystore.LightScryptP)
	if err != nil {
		t.Fatal(err)
	}
	p := &liveProtocol{url: url, c: c, accts: map[string]*tx.Account{}, keystore: acct.URL.Path, guardian: acct.Address,
		pwFile: liveWrite(t, filepath.Join(dir, "password"), testPassword+"\n")}
	chainID, err := c.ChainID(ctx)
	if err != nil {
		t.Fatal(err)
	}
	fund := func(a ethcommon.Address) {
		if err := c.CallContext(ctx, nil, "anvil_setBalance", a, (*hexutil.Big)(ethers(1000))); err != nil {
			t.Fatal(err)
		}
	}
	fund(p.guardian)
	for _, r := range []string{"deployer", "alice", "bob", "attacker"} {
		fund(liveKey(r).Address())
		p.accts[r] = tx.NewAccount(c, liveKey(r), chainID)
	}
	p.dep, err = deploy.Drill(ctx, c, nil, p.accts["deployer"], deploy.Config{
		Owners: []ethcommon.Address{liveKey("alice").Address(), liveKey("bob").Address()}, Threshold: 2,
		Guardian: p.guardian, MinDelay: 60,
	})
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// configFile writes the protocol's config in a directory of its own, the
// vault's artifact beside it. The first node does not answer; the second
// is anvil, from ${ANVIL_URL} (see anvilEnv), with secrets in its URL.
func (p *liveProtocol) configFile(t *testing.T, guardian bool) string {
	t.Helper()
	dir := t.TempDir()
	art, err := os.ReadFile(filepath.Join("..", "..", "chain", "contracts", "artifacts", "VaultV1.json"))
	if err != nil {
		t.Fatal(err)
	}
	liveWrite(t, filepath.Join(dir, "artifacts", "VaultV1.json"), string(art))
	var b strings.Builder
	fmt.Fprintf(&b, `name = "Anvil Vault"
chain_id = 31337
rpc = ["http://127.0.0.1:%d/v1/DEADKEY1", "${ANVIL_URL}"]

[[contract]]
name = "Vault"
address = %q
artifact = "artifacts/VaultV1.json"
proxy = "erc1967"
pause = "pause()"
unpause = "unpause()"

[safe]
address = %q

[timelock]
address = %q

[rules]
outflow_share = 0.05
fresh_contract_blocks = 100

[[regression]]
name = "alice withdraws"
from = %q
to = "Vault"
call = "withdraw(uint256) 1ether"
`, freePort(t), p.dep.Vault.Hex(), p.dep.Safe.Hex(), p.dep.Timelock.Hex(), liveKey("alice").Address().Hex())
	if guardian {
		fmt.Fprintf(&b, "\n[guardian]\nkeystore = %q\n", p.keystore)
	}
	return liveWrite(t, filepath.Join(dir, "protocol.toml"), b.String())
}

// anvilEnv is the environment's ANVIL_URL: anvil's URL with user info and
// a query that stand for an API key.
func (p *liveProtocol) anvilEnv() string {
	return strings.Replace(p.url, "http://", "http://watcher:SECRETKEY2@", 1) + "/?apikey=SECRETKEY3"
}

// send sends a transaction and waits until it is mined.
func (p *liveProtocol) send(t *testing.T, role string, to *ethcommon.Address, data []byte, value *big.Int) ethcommon.Hash {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	sent, err := p.accts[role].Send(ctx, to, data, value, 8_000_000)
	if err != nil {
		t.Fatalf("%s: %v", role, err)
	}
	if _, err := tx.WaitMined(ctx, p.c, sent.Hash()); err != nil {
		t.Fatal(err)
	}
	return sent.Hash()
}

// attack fills the vault and drains it through a re-entrant attack
// contract, and returns the attack transaction.
func (p *liveProtocol) attack(t *testing.T) ethcommon.Hash {
	t.Helper()
	vault, _ := contracts.Load(contracts.VaultV1Name)
	att, _ := contracts.Load(contracts.ReentrancyAttackerName)
	deposit, _ := vault.ABI.Pack("deposit")
	p.send(t, "alice", &p.dep.Vault, deposit, ethers(50))
	p.send(t, "bob", &p.dep.Vault, deposit, ethers(50))
	args, _ := att.ABI.Pack("", p.dep.Vault)
	p.send(t, "attacker", nil, append(append([]byte{}, att.Bytecode...), args...), nil)
	n, err := p.c.NonceAt(context.Background(), liveKey("attacker").Address(), nil)
	if err != nil {
		t.Fatal(err)
	}
	attacker := crypto.CreateAddress(liveKey("attacker").Address(), n-1)
	data, _ := att.ABI.Pack("attack", big.NewInt(10))
	return p.send(t, "attacker", &attacker, data, ethers(1))
}

// liveOutput is a process's stdout or stderr, read while it runs.
type liveOutput struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (o *liveOutput) Write(p []byte) (int, error) {
	o.mu.Lock()
	defer o.mu.Unlock()
	return o.buf.Write(p)
}

func (o *liveOutput) String() string {
	o.mu.Lock()
	defer o.mu.Unlock()
	return o.buf.String()
}

// waitFor waits until the output holds a line matching ok.
func (o *liveOutput) waitFor(t *testing.T, what string, timeout time.Duration, ok func(line string) bool, stderr *liveOutput) string {
	t.Helper()
	deadline := time.Now().Add(timeout)
	for time.Now().Before(deadline) {
		for _, line := range strings.Split(o.String(), "\n") {
			if ok(line) {
				return line
			}
		}
		time.Sleep(50 * time.Millisecond)
	}
	t.Fatalf("no %s within %s\nstdout:\n%s\nstderr:\n%s", what, timeout, tail([]byte(o.String()), 3000), stderr)
	return ""
}

// liveEvent is a line of the headless stream.
type liveEvent struct {
	Kind string          `json:"kind"`
	Data json.RawMessage `json:"data"`
}

func eventOf(line string) (liveEvent, bool) {
	var ev liveEvent
	return ev, json.Unmarshal([]byte(line), &ev) == nil && ev.Kind != ""
}

// noSecrets fails when any of the rpc URLs' secrets shows in texts.
func noSecrets(t *testing.T, where string, texts ...string) {
	t.Helper()
	for _, text := range texts {
		for _, s := range liveSecrets {
			if strings.Contains(text, s) {
				t.Errorf("%s shows the secret %q of an rpc URL", where, s)
			}
		}
	}
}

// TestWatchHeadlessOnAnvil is a live incident end to end on anvil: warroom
// watch --headless as a process, the first node down and the second used,
// the attack seen as a critical alert, the breaker's pause signed with the
// guardian's keystore, the pause observed, Ctrl-C, a whole journal, and
// no secret of the rpc URLs anywhere.
func TestWatchHeadlessOnAnvil(t *testing.T) {
	p := deployLive(t, toolchain.StartAnvil(t))
	file := p.configFile(t, true)
	journal := filepath.Join(t.TempDir(), "watch.jsonl")
	cmd, stdout, stderr, exited := startBinEnv(t, []string{"ANVIL_URL=" + p.anvilEnv()},
		"watch", "--config", file, "--headless", "--auto-pause", "--password-file", p.pwFile, "--journal", journal, "--tip-gwei", "3")

	stdout.waitFor(t, "first block", time.Minute, func(l string) bool { ev, ok := eventOf(l); return ok && ev.Kind == "block" }, stderr)
	attackTx := p.attack(t)

	alert := stdout.waitFor(t, "critical alert on the attack", time.Minute, func(l string) bool {
		ev, ok := eventOf(l)
		return ok && ev.Kind == "alert" && strings.Contains(string(ev.Data), attackTx.Hex()) && strings.Contains(string(ev.Data), `"critical"`)
	}, stderr)
	if !strings.Contains(alert, chain.RuleReentrancy) {
		t.Errorf("the attack's alert has no reentrancy finding: %s", alert)
	}
	confirmed := stdout.waitFor(t, "the pause confirmed", time.Minute, func(l string) bool {
		ev, ok := eventOf(l)
		return ok && ev.Kind == "action.confirmed" && strings.Contains(string(ev.Data), `"pause-1"`)
	}, stderr)
	stdout.waitFor(t, "paused observed", time.Minute, func(l string) bool {
		ev, ok := eventOf(l)
		return ok && ev.Kind == "protocol.state" && strings.Contains(string(ev.Data), `"paused":true`)
	}, stderr)
	paused, err := contracts.Call(context.Background(), p.c, p.dep.Vault, nil, contracts.NewIPausable().PackPaused(), contracts.NewIPausable().UnpackPaused)
	if err != nil || !paused {
		t.Fatalf("paused() on chain is %v (%v) after %s", paused, err, confirmed)
	}
	requested := stdout.waitFor(t, "the pause requested", time.Second, func(l string) bool { ev, ok := eventOf(l); return ok && ev.Kind == "action.requested" }, stderr)
	if !strings.Contains(requested, p.guardian.Hex()) && !strings.Contains(strings.ToLower(requested), strings.ToLower(p.guardian.Hex())) {
		t.Errorf("the pause was not signed by the keystore's guardian %s: %s", p.guardian.Hex(), requested)
	}
	if !strings.Contains(requested, `"maxPriorityFeePerGas":"3000000000"`) {
		t.Errorf("the pause does not offer --tip-gwei 3: %s", requested)
	}

	if err := cmd.Process.Signal(syscall.SIGINT); err != nil {
		t.Fatal(err)
	}
	select {
	case err := <-exited:
		if err != nil {
			t.Fatalf("exit after Ctrl-C: %v\nstderr:\n%s", err, stderr.String())
		}
	case <-time.After(30 * time.Second):
		t.Fatal("warroom watch did not stop on SIGINT")
	}

	lines := strings.Split(strings.TrimRight(stdout.String(), "\n"), "\n")
	var sum WatchSummary
	if err := json.Unmarshal([]byte(lines[len(lines)-1]), &sum); err != nil || sum.Kind != "watch.summary" || sum.PausedBlock == 0 || sum.Alerts == 0 {
		t.Errorf("last line %s (%v)", lines[len(lines)-1], err)
	}
	events, err := session.OpenJournal(journal)
	if err != nil {
		t.Fatal(err)
	}
	if events[0].Kind != session.KindSessionStarted || events[len(events)-1].Kind != session.KindSessionEnded {
		t.Errorf("journal from %s to %s", events[0].Kind, events[len(events)-1].Kind)
	}
	var started session.Started
	if err := json.Unmarshal(events[0].Data, &started); err != nil || started.Mode != "watch" || started.ChainID != 31337 || len(started.Watched) != 3 {
		t.Errorf("session.started %s", events[0].Data)
	}
	errText := stderr.String()
	t.Logf("stderr:\n%s", errText)
	for _, want := range []string{"rpc entry 1 (http://127.0.0.1:", "trying rpc entry 2", "through rpc entry 2 (" + p.url + ")", "the guardian " + p.guardian.Hex()} {
		if !strings.Contains(errText, want) {
			t.Errorf("stderr does not say %q:\n%s", want, errText)
		}
	}
	journalBytes, _ := os.ReadFile(journal)
	noSecrets(t, "the run", stdout.String(), errText, string(journalBytes))
}

// sizedConsole is the console at the reference size, as a terminal would
// report it.
type sizedConsole struct{ tea.Model }

func (s sizedConsole) Init() tea.Cmd {
	return tea.Batch(s.Model.Init(), func() tea.Msg { return tea.WindowSizeMsg{Width: 160, Height: 48} })
}

func (s sizedConsole) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	m, cmd := s.Model.Update(msg)
	return sizedConsole{m}, cmd
}

var ansi = regexp.MustCompile(`\x1b\[[0-9;?]*[ -/]*[@-~]`)

// consoleRun is the watch console run in process, driven by keys.
type consoleRun struct {
	keys    *io.PipeWriter
	screen  *liveOutput
	stderr  *liveOutput
	journal string
	done    chan error
}

func startConsole(t *testing.T, p *liveProtocol, file string, extra ...string) *consoleRun {
	t.Helper()
	in, keys := io.Pipe()
	r := &consoleRun{keys: keys, screen: &liveOutput{}, stderr: &liveOutput{}, journal: filepath.Join(t.TempDir(), "watch.jsonl"), done: make(chan error, 1)}
	scr := screen{
		model: func(o tui.Options) tea.Model { return sizedConsole{tui.New(o)} },
		opts:  []tea.ProgramOption{tea.WithInput(in), tea.WithOutput(r.screen), tea.WithoutSignals()},
	}
	vars := map[string]string{"ANVIL_URL": p.anvilEnv(), "NO_COLOR": "1", "HOME": t.TempDir()}
	c := &common{stdin: strings.NewReader(""), stdout: io.Discard, stderr: r.stderr, getenv: env(vars), screen: scr}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	t.Cleanup(cancel)
	args := append([]string{"watch", "--config", file, "--journal", r.journal}, extra...)
	go func() {
		code := execute(ctx, newRootCmd(c), args)
		if code != 0 {
			r.done <- fmt.Errorf("exit %d: %s", code, r.stderr)
			return
		}
		r.done <- nil
	}()
	t.Cleanup(func() { keys.Close() })
	return r
}

// waitScreen waits until the screen, colours and moves stripped, shows text.
func (r *consoleRun) waitScreen(t *testing.T, text string) {
	t.Helper()
	deadline := time.Now().Add(time.Minute)
	for time.Now().Before(deadline) {
		if strings.Contains(ansi.ReplaceAllString(r.screen.String(), ""), text) {
			return
		}
		select {
		case err := <-r.done:
			t.Fatalf("the console ended (%v) before showing %q", err, text)
		case <-time.After(50 * time.Millisecond):
		}
	}
	t.Fatalf("the screen never showed %q; stderr: %s\nlast screen:\n%s", text, r.stderr, tail([]byte(ansi.ReplaceAllString(r.screen.String(), "")), 4000))
}

// waitJournal waits until the journal holds an event of kind whose data
// holds text.
func (r *consoleRun) waitJournal(t *testing.T, kind session.Kind, text string) {
	t.Helper()
	deadline := time.Now().Add(time.Minute)
	for time.Now().Before(deadline) {
		data, _ := os.ReadFile(r.journal)
		sc := bufio.NewScanner(bytes.NewReader(data))
		sc.Buffer(nil, 16<<20)
		for sc.Scan() {
			var ev session.Event
			if json.Unmarshal(sc.Bytes(), &ev) == nil && ev.Kind == kind && strings.Contains(string(ev.Data), text) {
				return
			}
		}
		time.Sleep(50 * time.Millisecond)
	}
	t.Fatalf("the journal never recorded %s with %q; stderr: %s", kind, text, r.stderr)
}

func (r *consoleRun) press(t *testing.T, keys string) {
	t.Helper()
	if _, err := r.keys.Write([]byte(keys)); err != nil {
		t.Fatal(err)
	}
}

func (r *consoleRun) quit(t *testing.T) {
	t.Helper()
	r.press(t, "q")
	select {
	case err := <-r.done:
		if err != nil {
			t.Fatal(err)
		}
	case <-time.After(30 * time.Second):
		t.Fatal("the console did not quit on q")
	}
	events, err := session.OpenJournal(r.journal)
	if err != nil || events[len(events)-1].Kind != session.KindSessionEnded {
		t.Fatalf("journal after q: %v", err)
	}
}

// The watch console on anvil: without [guardian], p says that no guardian
// key is configured; with it, p and y pause with the keystore's key and
// the watcher sees the pause.
func TestWatchConsoleOnAnvil(t *testing.T) {
	p := deployLive(t, toolchain.StartAnvil(t))

	t.Run("no guardian", func(t *testing.T) {
		r := startConsole(t, p, p.configFile(t, false))
		r.waitJournal(t, session.KindBlock, `"number"`)
		r.waitScreen(t, "watch · Anvil Vault")
		r.press(t, "p")
		r.waitScreen(t, "no guardian key is configured")
		r.quit(t)
		if !strings.Contains(r.stderr.String(), "has no [guardian]: this session watches and cannot pause") {
			t.Errorf("stderr does not say the session cannot pause:\n%s", r.stderr)
		}
		noSecrets(t, "the console", r.screen.String(), r.stderr.String())
	})

	t.Run("guardian pauses", func(t *testing.T) {
		r := startConsole(t, p, p.configFile(t, true), "--password-file", p.pwFile)
		r.waitJournal(t, session.KindBlock, `"number"`)
		r.waitScreen(t, "watch · Anvil Vault")
		r.press(t, "p")
		r.waitScreen(t, "review the pause")
		r.press(t, "y")
		r.waitJournal(t, session.KindActionConfirmed, `"pause-1"`)
		r.waitJournal(t, session.KindProtocolState, `"paused":true`)
		r.quit(t)
		data, _ := os.ReadFile(r.journal)
		if !bytes.Contains(bytes.ToLower(data), bytes.ToLower([]byte(p.guardian.Hex()))) {
			t.Errorf("the journal does not name the guardian %s", p.guardian.Hex())
		}
		noSecrets(t, "the console", r.screen.String(), r.stderr.String(), string(data))
	})
}

// Bad input is refused before anything starts (exit 2), naming the file,
// its line and the field, or the flag; no journal is created.
func TestWatchRefuses(t *testing.T) {
	dir := t.TempDir()
	art, err := os.ReadFile(filepath.Join("..", "..", "chain", "contracts", "artifacts", "VaultV1.json"))
	if err != nil {
		t.Fatal(err)
	}
	liveWrite(t, filepath.Join(dir, "VaultV1.json"), string(art))
	ks, _, _ := newKeystore(t)
	good := `name = "x"
chain_id = 31337
rpc = ["http://127.0.0.1:%d/v1/DEADKEY1", "${ANVIL_URL}"]
[[contract]]
name = "Vault"
address = "0x5FbDB2315678afecb367f032d93F642f64180aa3"
artifact = "VaultV1.json"
pause = "pause()"
`
	noGuardian := liveWrite(t, filepath.Join(dir, "p.toml"), fmt.Sprintf(good, freePort(t)))
	withGuardian := liveWrite(t, filepath.Join(dir, "g.toml"), fmt.Sprintf(good, freePort(t))+fmt.Sprintf("[guardian]\nkeystore = %q\n", ks))
	bad := liveWrite(t, filepath.Join(dir, "bad.toml"), strings.Replace(fmt.Sprintf(good, 1), "0x5FbDB2315678afecb367f032d93F642f64180aa3", "0x5fbdb2315678afecb367f032d93f642f64180aa3", 1))
	openPw := liveWrite(t, filepath.Join(dir, "open-password"), testPassword+"\n")
	if err := os.Chmod(openPw, 0o644); err != nil {
		t.Fatal(err)
	}
	wrongPw := liveWrite(t, filepath.Join(dir, "wrong-password"), "nope\n")
	anvilDown := map[string]string{"ANVIL_URL": fmt.Sprintf("http://watcher:SECRETKEY2@127.0.0.1:%d/?apikey=SECRETKEY3", freePort(t))}

	for _, tc := range []struct {
		name string
		vars map[string]string
		args []string
		code int
		want []string
	}{
		{"no config", nil, []string{"watch"}, exitUsage, []string{`"config" not set`}},
		{"bad address", anvilDown, []string{"watch", "--config", bad}, exitUsage, []string{bad + ":6: contract.address", "write 0x5FbDB2315678afecb367f032d93F642f64180aa3"}},
		{"unset variable", nil, []string{"watch", "--config", noGuardian}, exitUsage, []string{noGuardian + ":3: rpc entry 2", "${ANVIL_URL} is not set"}},
		{"auto-pause without a guardian", anvilDown, []string{"watch", "--config", noGuardian, "--auto-pause"}, exitUsage, []string{"--auto-pause", "has no [guardian]"}},
		{"password file others read", anvilDown, []string{"watch", "--config", withGuardian, "--password-file", openPw}, exitUsage, []string{"can be read by others (mode 0644)", "chmod 600"}},
		{"wrong password", anvilDown, []string{"watch", "--config", withGuardian, "--password-file", wrongPw}, exitUsage, []string{"wrong password"}},
		{"no terminal for the password", anvilDown, []string{"watch", "--config", withGuardian}, exitUsage, []string{"give --password-file"}},
		{"negative tip", anvilDown, []string{"watch", "--config", noGuardian, "--tip-gwei", "-1"}, exitUsage, []string{"--tip-gwei -1 is not a priority fee"}},
		{"unknown trace mode", anvilDown, []string{"watch", "--config", noGuardian, "--trace", "some"}, exitUsage, []string{`--trace "some" is not a trace mode; want block, prefilter or auto`}},
		{"a node that answers a web page", map[string]string{"ANVIL_URL": webPage(t)}, []string{"watch", "--config", noGuardian}, exitError, []string{"rpc entry 2 (http://127.0.0.1:", "answers, but not with JSON-RPC"}},
		{"no node answers", anvilDown, []string{"watch", "--config", noGuardian}, exitError, []string{"none of the 2 nodes answers", "rpc entry 1 (http://127.0.0.1:", "trying rpc entry 2", "the last, rpc entry 2 (http://127.0.0.1:"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			journal := filepath.Join(t.TempDir(), "j.jsonl")
			code, _, errOut := runCmd(t, tc.vars, append(tc.args, "--journal", journal)...)
			if code != tc.code {
				t.Errorf("exit %d, want %d:\n%s", code, tc.code, errOut)
			}
			for _, w := range tc.want {
				if !strings.Contains(errOut, w) {
					t.Errorf("stderr does not say %q:\n%s", w, errOut)
				}
			}
			if _, err := os.Stat(journal); !errors.Is(err, os.ErrNotExist) {
				t.Errorf("a refused watch left a journal (%v)", err)
			}
			noSecrets(t, "stderr", errOut)
		})
	}
}

// Without a guardian key the console's p says so, and where it goes.
func TestNoGuardianSaysSo(t *testing.T) {
	r := noGuardian{file: "protocol.toml"}
	for _, plan := range []func(context.Context) (*session.Plan, error){r.PlanPause, r.PlanUnpause} {
		_, err := plan(context.Background())
		if err == nil || !strings.Contains(err.Error(), "no guardian key is configured") || !strings.Contains(err.Error(), "[guardian]") || !strings.Contains(err.Error(), "protocol.toml") {
			t.Errorf("%v", err)
		}
	}
}

// Over HTTP no error quotes the URL's secrets: requests are made to
// scheme://host, the transport sends them to the whole URL.
func TestDialKeepsTheURLSecret(t *testing.T) {
	ep := config.NewEndpoint(fmt.Sprintf("http://watcher:SECRETKEY2@127.0.0.1:%d/v1/DEADKEY1?apikey=SECRETKEY3", freePort(t)))
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	_, err := dialEndpoint(ctx, ep)
	if err == nil {
		t.Fatal("a closed port answered")
	}
	noSecrets(t, "the dial error", err.Error())
	if !strings.Contains(err.Error(), "127.0.0.1") {
		t.Errorf("the error does not say which host: %v", err)
	}
}

func TestSlug(t *testing.T) {
	for in, want := range map[string]string{"Acme Vault": "acme-vault", "  ": "protocol", "A/B..C": "a-b-c"} {
		if got := slug(in); got != want {
			t.Errorf("slug(%q) = %q, want %q", in, got, want)
		}
	}
}

// webPage is a URL that answers every request with an HTML page, as a
// misconfigured proxy does.
func webPage(t *testing.T) string {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		w.Write([]byte("<html>502 Bad Gateway</html>"))
	}))
	t.Cleanup(srv.Close)
	return srv.URL
}
