package main

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"syscall"
	"testing"
	"time"

	"warroom/chain"
	"warroom/chain/contracts/toolchain"
	"warroom/chain/rpc"
	"warroom/chain/tx"
	"warroom/session"
)

// TestWatchFailsOverMidIncident: warroom watch --headless on two nodes of
// the same chain (the second started from the first's saved state). The
// first dies mid-session; the journal says it went down and that the
// second is in use; every block is recorded once, in order; the attack,
// mined on the second node, is seen there and the breaker's pause is sent
// and confirmed through it.
func TestWatchFailsOverMidIncident(t *testing.T) {
	state := filepath.Join(t.TempDir(), "state.json")
	a := toolchain.StartAnvilNode(t, "--dump-state", state, "--preserve-historical-states")
	p := deployLive(t, a.URL)
	a.Stop()
	a.Start("--load-state", state)
	b := toolchain.StartAnvilNode(t, "--load-state", state)

	file := p.configFile(t, true)
	text, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	rpcLine := regexp.MustCompile(`(?m)^rpc = .*$`)
	liveWrite(t, file, rpcLine.ReplaceAllString(string(text), `rpc = ["`+a.URL+`", "`+b.URL+`"]`))

	journal := filepath.Join(t.TempDir(), "watch.jsonl")
	cmd, stdout, stderr, exited := startBin(t, "watch", "--config", file, "--headless", "--auto-pause", "--password-file", p.pwFile, "--journal", journal)
	kindIs := func(kind string, has ...string) func(string) bool {
		return func(l string) bool {
			ev, ok := eventOf(l)
			if !ok || ev.Kind != kind {
				return false
			}
			for _, h := range has {
				if !strings.Contains(string(ev.Data), h) {
					return false
				}
			}
			return true
		}
	}
	stdout.waitFor(t, "rpc 1 in use", time.Minute, kindIs("node", `"rpc 1 (`, `"up"`), stderr)

	// The same block on both nodes (the same timestamp, so the same
	// hash), recorded through rpc 1; then rpc 1 dies.
	at := time.Now().Unix() + 5
	for _, u := range []string{a.URL, b.URL} {
		c, err := rpc.Dial(context.Background(), u)
		if err != nil {
			t.Fatal(err)
		}
		if err := c.CallContext(context.Background(), nil, "evm_setNextBlockTimestamp", at); err != nil {
			t.Fatal(err)
		}
		if err := c.CallContext(context.Background(), nil, "anvil_mine", "0x1"); err != nil {
			t.Fatal(err)
		}
		c.Close()
	}
	stdout.waitFor(t, "a block", time.Minute, kindIs("block"), stderr)
	a.Stop()
	stdout.waitFor(t, "rpc 2 in use", time.Minute, kindIs("node", `"rpc 2 (`, `"up"`), stderr)

	// The attack, on the node that is left.
	cb, err := rpc.Dial(context.Background(), b.URL)
	if err != nil {
		t.Fatal(err)
	}
	defer cb.Close()
	chainID, _ := cb.ChainID(context.Background())
	p.c = cb
	for r := range p.accts {
		p.accts[r] = tx.NewAccount(cb, liveKey(r), chainID)
	}
	attackTx := p.attack(t)
	stdout.waitFor(t, "the attack's critical alert", time.Minute, kindIs("alert", attackTx.Hex(), `"critical"`), stderr)
	stdout.waitFor(t, "the pause confirmed", time.Minute, kindIs("action.confirmed", `"pause-1"`), stderr)
	stdout.waitFor(t, "paused observed", time.Minute, kindIs("protocol.state", `"paused":true`), stderr)

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

	events, err := session.OpenJournal(journal)
	if err != nil {
		t.Fatal(err)
	}
	var st session.State
	var next uint64
	down := false
	for _, ev := range events {
		st = session.Reduce(st, ev)
		switch ev.Kind {
		case session.KindBlock:
			var bi chain.BlockInfo
			if err := json.Unmarshal(ev.Data, &bi); err != nil {
				t.Fatal(err)
			}
			if next != 0 && bi.Number != next {
				t.Errorf("journal: block %d after %d: skipped or repeated", bi.Number, next-1)
			}
			next = bi.Number + 1
		case session.KindNode:
			var ns session.NodeStatus
			if err := json.Unmarshal(ev.Data, &ns); err != nil {
				t.Fatal(err)
			}
			down = down || ns.Health == session.NodeDown || strings.Contains(ns.Error, "rpc 1")
		case session.KindReorg:
			t.Errorf("a reorg on nodes of the same chain: %s", ev.Data)
		}
	}
	if !down {
		t.Error("the journal does not say rpc 1 went down")
	}
	if st.Node == nil || !strings.HasPrefix(st.Node.Endpoint, "rpc 2 (") || st.PausedBlock == 0 {
		t.Errorf("at the end: node %+v, paused at %d", st.Node, st.PausedBlock)
	}
}
