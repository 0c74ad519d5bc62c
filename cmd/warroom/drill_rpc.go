package main

import (
	"errors"
	"fmt"
	"io"
	"net/url"
	"path/filepath"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/crypto"

	"warroom/chain/tx"
	"warroom/session/drill"
)

// A drill on an external node: warroom drill --rpc URL --funder-key-file
// FILE runs the scenario on anvil, hardhat or geth --dev (session/drill's
// external.go), and --write-config FILE writes the protocol file of what
// it deployed for warroom watch --config.

// externalFlags checks the flags of a drill on a node, and of
// --write-config, before anything starts; with --rpc it returns the node's
// URL and the funder's key, read from --funder-key-file.
func (o drillOptions) externalFlags(c *common) (string, *tx.Signer, error) {
	switch {
	case o.funderKeyFile != "" && o.rpc == "":
		return "", nil, usageErrorf("--funder-key-file funds the drill's keys on an external node; give --rpc URL with it (the embedded chain funds them itself)")
	case o.rpc != "" && o.rpcListen != "":
		return "", nil, usageErrorf("--rpc runs the drill on that node, which serves its own JSON-RPC; --rpc-listen serves only the embedded chain: give one of them")
	case o.rpc != "" && o.resume != "":
		return "", nil, usageErrorf("--resume goes on with a drill on a new embedded chain; resuming a drill on a node (--rpc) is not supported: drop --rpc, or start a new drill on the node")
	case o.rpc != "" && o.funderKeyFile == "":
		return "", nil, usageErrorf("--rpc needs --funder-key-file FILE: an account on the node pays for the drill's keys (anvil's first dev account will do)")
	case o.writeConfig != "" && o.rpc == "" && o.rpcListen == "":
		return "", nil, usageErrorf("--write-config writes a protocol file for another process to watch, and the embedded chain is served to none: give --rpc-listen 127.0.0.1:PORT, or --rpc URL")
	}
	if o.writeConfig != "" {
		if err := drill.CheckConfigTarget(o.writeConfig); err != nil {
			return "", nil, usageErrorf("--write-config %w", err)
		}
		if o.journal != "" && samePath(o.journal, o.writeConfig) || o.resume != "" && samePath(o.resume, o.writeConfig) {
			return "", nil, usageErrorf("--write-config %s is the journal's file; give the protocol file a name of its own, such as drill.toml", o.writeConfig)
		}
	}
	if o.rpc == "" {
		return "", nil, nil
	}
	if err := checkRPCURL(o.rpc); err != nil {
		return "", nil, err
	}
	funder, err := readFunderKey(c, o.funderKeyFile)
	if err != nil {
		return "", nil, err
	}
	return o.rpc, funder, nil
}

func samePath(a, b string) bool {
	x, err1 := filepath.Abs(a)
	y, err2 := filepath.Abs(b)
	return err1 == nil && err2 == nil && x == y
}

// checkRPCURL refuses an --rpc that is not a node URL, without repeating
// it: a URL can hold an API key.
func checkRPCURL(raw string) error {
	u, err := url.Parse(raw)
	if err != nil || u.Host == "" {
		return usageErrorf("--rpc is not a URL with a host (its text is not shown: it may hold a key); want http://127.0.0.1:8545 or ws://127.0.0.1:8545")
	}
	switch u.Scheme {
	case "http", "https", "ws", "wss":
		return nil
	}
	return usageErrorf("--rpc for host %s has scheme %q; want http, https, ws or wss, as in http://%s", u.Host, u.Scheme, u.Host)
}

// readFunderKey reads the funder's private key from the first line of
// file, which only its owner may read (the check of --password-file). The
// key is never shown, whatever is wrong with it.
func readFunderKey(c *common, file string) (*tx.Signer, error) {
	line, err := readPassword(c, io.Discard, file, "the funder")
	if err != nil {
		// readPassword names --password-file and a password.
		msg := strings.ReplaceAll(err.Error(), "--password-file", "--funder-key-file")
		msg = strings.ReplaceAll(msg, "holding the password", "holding the funder's private key")
		return nil, usageErrorf("%s", msg)
	}
	hexKey := strings.TrimSpace(line)
	hexKey = strings.TrimPrefix(strings.TrimPrefix(hexKey, "0x"), "0X")
	if hexKey == "" {
		return nil, usageErrorf("--funder-key-file %s: its first line is empty; want the funder's private key, 64 hex digits (0x optional), as anvil prints its dev accounts' keys", file)
	}
	key, err := crypto.HexToECDSA(hexKey)
	if err != nil {
		return nil, usageErrorf("--funder-key-file %s: its first line is not a private key (it is not shown); want 64 hex digits (0x optional), as anvil prints its dev accounts' keys", file)
	}
	return tx.NewSigner(key), nil
}

// startFailed says why a drill did not start and is the exit code: 2 for
// what the user gave (a funder that cannot pay, a public network), 1 for
// the rest (a node that does not answer).
func startFailed(err error, stderr io.Writer) int {
	fmt.Fprintf(stderr, "warroom drill: %v\n", err)
	for _, bad := range []error{drill.ErrFunderFunds, drill.ErrFunderRole, drill.ErrPublicChain} {
		if errors.Is(err, bad) {
			return exitUsage
		}
	}
	return exitError
}

// announceChain says what chain the drill runs on, when it is not the
// embedded one, and how its blocks come.
func announceChain(d *drill.Drill, blockTime time.Duration, w io.Writer) {
	info := d.Chain()
	if info.Name == "embedded" {
		return
	}
	what := fmt.Sprintf("chain id %d", info.ChainID)
	if info.Client != "" {
		what = info.Client + ", " + what
	}
	how := fmt.Sprintf("the drill seals a block every %s with evm_mine (automine is off until it ends)", blockTime)
	switch {
	case !info.Seals:
		how = "the drill follows the node's own blocks (the node has no evm_mine)"
	case blockTime == 0:
		how = "the drill seals a block on each step with evm_mine"
	}
	fmt.Fprintf(w, "warroom: drill on %s (%s): %s\n", info.Name, what, how)
	for _, n := range info.Notes {
		fmt.Fprintf(w, "warroom: warning: %s\n", n)
	}
}
