package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/crypto"

	"warroom/chain"
	"warroom/chain/contracts/toolchain"
	"warroom/session"
	"warroom/session/drill"
)

// anvilKey is anvil's first default dev account's private key: the
// funder of the tests, which must show nowhere.
const anvilKey = "0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80"

// noFunderKey fails when the funder's key shows in any of texts.
func noFunderKey(t *testing.T, where string, texts ...string) {
	t.Helper()
	for _, text := range texts {
		if strings.Contains(strings.ToLower(text), anvilKey[2:]) {
			t.Errorf("%s shows the funder's private key", where)
		}
	}
}

// Bad input to a drill on a node is refused before anything starts, in
// one sentence, with no journal left and the key never repeated.
func TestDrillRPCRefuses(t *testing.T) {
	dir := t.TempDir()
	key := liveWrite(t, filepath.Join(dir, "anvil.key"), anvilKey+"\n")
	open := liveWrite(t, filepath.Join(dir, "open.key"), anvilKey+"\n")
	if err := os.Chmod(open, 0o644); err != nil {
		t.Fatal(err)
	}
	notKey := liveWrite(t, filepath.Join(dir, "not.key"), "0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ffZZ\n")
	empty := liveWrite(t, filepath.Join(dir, "empty.key"), "\n")
	foreign := liveWrite(t, filepath.Join(dir, "protocol.toml"), "name = \"mine\"\n")
	closed := fmt.Sprintf("http://127.0.0.1:%d", freePort(t))

	for _, tc := range []struct {
		name string
		args []string
		code int
		want []string
	}{
		{"funder without rpc", []string{"--funder-key-file", key}, exitUsage, []string{"--funder-key-file funds the drill's keys on an external node; give --rpc URL"}},
		{"rpc without funder", []string{"--rpc", closed}, exitUsage, []string{"--rpc needs --funder-key-file FILE"}},
		{"rpc with rpc-listen", []string{"--rpc", closed, "--funder-key-file", key, "--rpc-listen", "127.0.0.1:0"}, exitUsage, []string{"give one of them"}},
		{"rpc with resume", []string{"--rpc", closed, "--funder-key-file", key, "--resume", filepath.Join(dir, "old.jsonl")}, exitUsage, []string{"resuming a drill on a node (--rpc) is not supported"}},
		{"rpc not a URL", []string{"--rpc", "127.0.0.1:8545/SECRETKEY2", "--funder-key-file", key}, exitUsage, []string{"--rpc is not a URL with a host"}},
		{"rpc scheme", []string{"--rpc", "ftp://127.0.0.1:8545/SECRETKEY2", "--funder-key-file", key}, exitUsage, []string{`scheme "ftp"; want http, https, ws or wss`}},
		{"key file missing", []string{"--rpc", closed, "--funder-key-file", filepath.Join(dir, "nope.key")}, exitUsage, []string{"--funder-key-file " + filepath.Join(dir, "nope.key") + ": no such file"}},
		{"key file others read", []string{"--rpc", closed, "--funder-key-file", open}, exitUsage, []string{"--funder-key-file " + open + " can be read by others (mode 0644)", "chmod 600"}},
		{"key file a directory", []string{"--rpc", closed, "--funder-key-file", dir}, exitUsage, []string{"is not a regular file", "the funder's private key"}},
		{"not a key", []string{"--rpc", closed, "--funder-key-file", notKey}, exitUsage, []string{"its first line is not a private key (it is not shown)"}},
		{"empty key", []string{"--rpc", closed, "--funder-key-file", empty}, exitUsage, []string{"its first line is empty"}},
		{"write-config unserved", []string{"--write-config", filepath.Join(dir, "d.toml")}, exitUsage, []string{"--write-config", "give --rpc-listen 127.0.0.1:PORT, or --rpc URL"}},
		{"write-config over a file of its own", []string{"--rpc-listen", "127.0.0.1:0", "--write-config", foreign}, exitUsage, []string{"was not written by warroom drill", "so it is not replaced"}},
		{"write-config in no directory", []string{"--rpc-listen", "127.0.0.1:0", "--write-config", filepath.Join(dir, "nodir", "d.toml")}, exitUsage, []string{"does not exist"}},
		{"write-config is the journal", []string{"--rpc-listen", "127.0.0.1:0", "--write-config", filepath.Join(dir, "j.jsonl")}, exitUsage, []string{"is the journal's file"}},
		{"node refuses", []string{"--rpc", closed + "/v1/SECRETKEY2", "--funder-key-file", key}, exitError, []string{"the node at " + closed + " does not answer (connection refused)"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			journal := filepath.Join(dir, "j.jsonl")
			args := append([]string{"drill", "--headless", "--journal", journal}, tc.args...)
			code, out, errOut := runCmd(t, nil, args...)
			if code != tc.code {
				t.Errorf("exit %d, want %d:\n%s", code, tc.code, errOut)
			}
			for _, w := range tc.want {
				if !strings.Contains(errOut, w) {
					t.Errorf("stderr does not say %q:\n%s", w, errOut)
				}
			}
			if _, err := os.Stat(journal); !errors.Is(err, os.ErrNotExist) {
				t.Errorf("a refused drill left a journal (%v)", err)
			}
			noFunderKey(t, "the output", out, errOut)
			noSecrets(t, "stderr", errOut)
		})
	}
	if b, _ := os.ReadFile(foreign); string(b) != "name = \"mine\"\n" {
		t.Error("a protocol file the drill did not write was changed")
	}
}

// On anvil: a funder that holds nothing, and a node of a public chain.
func TestDrillRPCRefusesOnAnvil(t *testing.T) {
	url := toolchain.StartAnvil(t)
	mainnet := toolchain.StartAnvilNode(t, "--chain-id", "1")
	dir := t.TempDir()
	poor := liveWrite(t, filepath.Join(dir, "poor.key"), "0x"+strings.Repeat("42", 32)+"\n")
	key := liveWrite(t, filepath.Join(dir, "anvil.key"), anvilKey+"\n")
	for _, tc := range []struct {
		name string
		args []string
		want []string
	}{
		{"funder without funds", []string{"--rpc", url, "--funder-key-file", poor}, []string{"holds 0.000 ETH on chain 31337", "the drill's 17 roles need at least 2,400 ETH more", "anvil's dev accounts"}},
		{"public chain", []string{"--rpc", mainnet.URL, "--funder-key-file", key}, []string{"answers chain id 1 (Ethereum mainnet)", "runs only on a dev chain"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			journal := filepath.Join(dir, "j.jsonl")
			code, out, errOut := runCmd(t, nil, append([]string{"drill", "--headless", "--journal", journal}, tc.args...)...)
			if code != exitUsage {
				t.Errorf("exit %d, want %d:\n%s", code, exitUsage, errOut)
			}
			for _, w := range tc.want {
				if !strings.Contains(errOut, w) {
					t.Errorf("stderr does not say %q:\n%s", w, errOut)
				}
			}
			if _, err := os.Stat(journal); !errors.Is(err, os.ErrNotExist) {
				t.Errorf("a refused drill left a journal (%v)", err)
			}
			noFunderKey(t, "the output", out, errOut)
		})
	}
}

// guardianKeystore makes a keystore of the drill's guardian key, which
// anyone can derive (as the written protocol file says), and its
// password file.
func guardianKeystore(t *testing.T) (file, pwFile string) {
	t.Helper()
	k, err := crypto.ToECDSA(crypto.Keccak256([]byte("warroom drill key/guardian")))
	if err != nil {
		t.Fatal(err)
	}
	if crypto.PubkeyToAddress(k.PublicKey) != drill.Key("guardian").Address() {
		t.Fatal("the guardian key is not keccak256 of its role, as the protocol file says")
	}
	dir := t.TempDir()
	ks := keystore.NewKeyStore(dir, keystore.LightScryptN, keystore.LightScryptP)
	acct, err := ks.ImportECDSA(k, testPassword)
	if err != nil {
		t.Fatal(err)
	}
	return acct.URL.Path, liveWrite(t, filepath.Join(dir, "password"), testPassword+"\n")
}

// startBin starts the warroom binary with args, its output read as it
// runs; the process is killed when the test ends, if it is still running.
func startBin(t *testing.T, args ...string) (*exec.Cmd, *liveOutput, *liveOutput, chan error) {
	t.Helper()
	return startBinEnv(t, nil, args...)
}

// startBinEnv is startBin with variables added to the environment.
func startBinEnv(t *testing.T, env []string, args ...string) (*exec.Cmd, *liveOutput, *liveOutput, chan error) {
	t.Helper()
	cmd := exec.Command(warroomBin(t), args...)
	cmd.Env = append(binEnv(t.TempDir()), env...)
	var stdout, stderr liveOutput
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	exited := make(chan error, 1)
	go func() { exited <- cmd.Wait() }()
	t.Cleanup(func() {
		if cmd.ProcessState == nil {
			cmd.Process.Kill()
			<-exited
		}
	})
	return cmd, &stdout, &stderr, exited
}

// A drill on anvil watched by a second responder: warroom drill --rpc
// with anvil's dev account as the funder writes its protocol file, and
// warroom watch --config on that file (its [guardian] a keystore made
// here of the drill's guardian key) sees the attack, pauses with
// --auto-pause, and both sessions see the vault paused. The funder's key
// shows nowhere.
func TestDrillOnAnvilWatchedByWatch(t *testing.T) {
	url := toolchain.StartAnvil(t)
	dir := t.TempDir()
	keyFile := liveWrite(t, filepath.Join(dir, "anvil.key"), anvilKey+"\n")
	protocol := filepath.Join(dir, "drill.toml")
	drillJournal := filepath.Join(dir, "drill.jsonl")
	_, drillOut, drillErr, drillExited := startBin(t, "drill", "--rpc", url, "--funder-key-file", keyFile, "--write-config", protocol,
		"--headless", "--block-time", "400ms", "--journal", drillJournal)
	drillErr.waitFor(t, "the protocol file written", time.Minute, func(l string) bool { return strings.Contains(l, "wrote the protocol file "+protocol) }, drillErr)

	// The second responder: the written file, its [guardian] filled in.
	ks, pwFile := guardianKeystore(t)
	data, err := os.ReadFile(protocol)
	if err != nil {
		t.Fatal(err)
	}
	filled := strings.Replace(string(data), "# [guardian]\n# keystore = \"drill-guardian.json\"", fmt.Sprintf("[guardian]\nkeystore = %q", ks), 1)
	if filled == string(data) {
		t.Fatalf("the protocol file has no commented [guardian] to fill in:\n%s", data)
	}
	watched := liveWrite(t, filepath.Join(dir, "watched.toml"), filled)
	watchJournal := filepath.Join(dir, "watch.jsonl")
	watchCmd, watchOut, watchErr, watchExited := startBin(t, "watch", "--config", watched, "--headless", "--auto-pause", "--password-file", pwFile, "--journal", watchJournal)

	alert := watchOut.waitFor(t, "the attack's critical alert in watch", 2*time.Minute, func(l string) bool {
		ev, ok := eventOf(l)
		return ok && ev.Kind == "alert" && strings.Contains(string(ev.Data), `"severity":"critical"`)
	}, watchErr)
	if !strings.Contains(alert, chain.RuleReentrancy) {
		t.Errorf("the attack's alert in watch has no reentrancy finding: %s", alert)
	}
	watchOut.waitFor(t, "the pause confirmed in watch", time.Minute, func(l string) bool {
		ev, ok := eventOf(l)
		return ok && ev.Kind == "action.confirmed" && strings.Contains(string(ev.Data), `"pause-1"`)
	}, watchErr)
	watchOut.waitFor(t, "paused observed in watch", time.Minute, func(l string) bool {
		ev, ok := eventOf(l)
		return ok && ev.Kind == "protocol.state" && strings.Contains(string(ev.Data), `"paused":true`)
	}, watchErr)
	drillOut.waitFor(t, "paused observed in the drill", time.Minute, func(l string) bool {
		ev, ok := eventOf(l)
		return ok && ev.Kind == "protocol.state" && strings.Contains(string(ev.Data), `"paused":true`)
	}, drillErr)

	// The drill ends with its script; the watch on Ctrl-C.
	select {
	case err := <-drillExited:
		if err != nil {
			t.Fatalf("drill exit: %v\nstderr:\n%s", err, drillErr)
		}
	case <-time.After(2 * time.Minute):
		t.Fatalf("the drill did not end\nstderr:\n%s", drillErr)
	}
	if err := watchCmd.Process.Signal(syscall.SIGINT); err != nil {
		t.Fatal(err)
	}
	select {
	case err := <-watchExited:
		if err != nil {
			t.Fatalf("watch exit after Ctrl-C: %v\nstderr:\n%s", err, watchErr)
		}
	case <-time.After(30 * time.Second):
		t.Fatal("warroom watch did not stop on SIGINT")
	}

	lines := strings.Split(strings.TrimRight(drillOut.String(), "\n"), "\n")
	var sum Summary
	if err := json.Unmarshal([]byte(lines[len(lines)-1]), &sum); err != nil || sum.PausedBlock == 0 || sum.Alerts == 0 {
		t.Errorf("the drill's summary %s (%v): want paused and alerts", lines[len(lines)-1], err)
	}
	for _, j := range []struct {
		path, mode string
	}{{drillJournal, "drill"}, {watchJournal, "watch"}} {
		events, err := session.OpenJournal(j.path)
		if err != nil {
			t.Fatal(err)
		}
		var started session.Started
		if err := json.Unmarshal(events[0].Data, &started); err != nil || started.Mode != j.mode || started.ChainID != 31337 || started.Chain != url {
			t.Errorf("%s session.started %s", j.mode, events[0].Data)
		}
		paused := false
		for _, ev := range events {
			paused = paused || ev.Kind == session.KindProtocolState && strings.Contains(string(ev.Data), `"paused":true`)
		}
		if !paused {
			t.Errorf("the %s journal never saw the vault paused", j.mode)
		}
	}
	if !strings.Contains(drillErr.String(), "warroom: drill on "+url+" (anvil") || !strings.Contains(drillErr.String(), "evm_mine") {
		t.Errorf("the drill does not say what node it runs on:\n%s", drillErr)
	}
	t.Logf("drill stderr:\n%s\nwatch stderr:\n%s", drillErr, watchErr)
	dj, _ := os.ReadFile(drillJournal)
	wj, _ := os.ReadFile(watchJournal)
	noFunderKey(t, "the run", drillOut.String(), drillErr.String(), watchOut.String(), watchErr.String(), string(dj), string(wj), string(data))
}
