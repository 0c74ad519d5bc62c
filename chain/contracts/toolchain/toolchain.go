// Package toolchain finds the tools the project installs from npm into
// chain/contracts/node_modules (npm ci --prefix chain/contracts): the
// pinned solc and anvil. Tests that need one call Require: in CI a missing
// tool fails the test, on a developer's machine it skips with the command
// that installs it, so go test ./... works where Node is not installed.
package toolchain

import (
	"errors"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"syscall"
	"testing"
	"time"
)

// Install is the command that installs every tool this package finds.
const Install = "npm ci --prefix chain/contracts"

// ErrMissing is a tool that is not installed.
var ErrMissing = errors.New("not installed")

// Dir is chain/contracts, where package.json and node_modules live.
func Dir() string {
	_, file, _, ok := runtime.Caller(0)
	if !ok {
		return filepath.Join("chain", "contracts")
	}
	return filepath.Dir(filepath.Dir(file))
}

// Anvil is the path of the pinned anvil binary; WARROOM_ANVIL overrides it.
func Anvil() (string, error) {
	if p := os.Getenv("WARROOM_ANVIL"); p != "" {
		return p, nil
	}
	p := filepath.Join(Dir(), "node_modules", ".bin", "anvil")
	if _, err := os.Stat(p); err != nil {
		return "", fmt.Errorf("anvil %w at %s: run `%s` (bash .ci/run does)", ErrMissing, p, Install)
	}
	return p, nil
}

// Node is the path of node, and checks the pinned solc is installed for it.
func Node() (string, error) {
	node, err := exec.LookPath("node")
	if err != nil {
		return "", fmt.Errorf("node %w: install Node.js, then run `%s`", ErrMissing, Install)
	}
	if _, err := os.Stat(filepath.Join(Dir(), "node_modules", "solc")); err != nil {
		return "", fmt.Errorf("solc %w in %s/node_modules: run `%s` (bash .ci/run does)", ErrMissing, Dir(), Install)
	}
	return node, nil
}

// Require stops a test that needs a tool it does not have: it fails under
// CI (CI set in the environment), where every tool must be installed, and
// skips elsewhere, saying how to install it.
func Require(tb testing.TB, err error) {
	tb.Helper()
	if err == nil {
		return
	}
	if os.Getenv("CI") != "" {
		tb.Fatalf("%v (CI installs every tool; a missing one is a failure)", err)
	}
	tb.Skipf("%v", err)
}

// StartAnvil runs the pinned anvil (chain id 31337) on a free loopback port
// for the rest of tb and returns its HTTP URL once it accepts connections.
// A missing anvil is handled by Require.
func StartAnvil(tb testing.TB) string {
	tb.Helper()
	return StartAnvilNode(tb).URL
}

// AnvilNode is an anvil process a test can stop and start again on the
// same port: a node that goes away in the middle of a session.
type AnvilNode struct {
	// URL is the node's HTTP JSON-RPC URL; WS its WebSocket one.
	URL, WS string
	addr    string
	bin     string
	tb      testing.TB
	cmd     *exec.Cmd
}

// StartAnvilNode runs the pinned anvil on a free loopback port with
// extra arguments (chain id 31337 unless they give --chain-id), until
// tb ends. A missing anvil is handled by Require.
func StartAnvilNode(tb testing.TB, args ...string) *AnvilNode {
	tb.Helper()
	anvil, err := Anvil()
	Require(tb, err)
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		tb.Fatal(err)
	}
	addr := l.Addr().String()
	l.Close()
	a := &AnvilNode{URL: "http://" + addr, WS: "ws://" + addr, addr: addr, bin: anvil, tb: tb}
	tb.Cleanup(a.kill)
	a.Start(args...)
	return a
}

// Start starts the node again on its port (after Stop) with these
// arguments, and returns once it accepts connections.
func (a *AnvilNode) Start(args ...string) {
	a.tb.Helper()
	_, port, _ := net.SplitHostPort(a.addr)
	all := []string{"--host", "127.0.0.1", "--port", port, "--silent"}
	hasChain := false
	for _, x := range args {
		hasChain = hasChain || x == "--chain-id"
	}
	if !hasChain {
		all = append(all, "--chain-id", "31337")
	}
	a.cmd = exec.Command(a.bin, append(all, args...)...)
	if err := a.cmd.Start(); err != nil {
		a.tb.Fatalf("start anvil: %v", err)
	}
	deadline := time.Now().Add(15 * time.Second)
	for {
		c, err := net.DialTimeout("tcp", a.addr, time.Second)
		if err == nil {
			c.Close()
			return
		}
		if time.Now().After(deadline) {
			a.tb.Fatalf("anvil did not answer at %s: %v", a.addr, err)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// Stop stops the node the way an operator does (SIGTERM: anvil writes
// its --dump-state file) and waits for it to exit.
func (a *AnvilNode) Stop() {
	if a.cmd == nil {
		return
	}
	_ = a.cmd.Process.Signal(syscall.SIGTERM)
	done := make(chan struct{})
	go func() { _ = a.cmd.Wait(); close(done) }()
	select {
	case <-done:
	case <-time.After(10 * time.Second):
		_ = a.cmd.Process.Kill()
		<-done
	}
	a.cmd = nil
}

func (a *AnvilNode) kill() {
	if a.cmd != nil {
		_ = a.cmd.Process.Kill()
		_ = a.cmd.Wait()
		a.cmd = nil
	}
}
