package main

import (
	"bytes"
	"crypto/ecdsa"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"unsafe"

	ethcommon "github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"warroom/chain/tx"
	"warroom/session"
	"warroom/session/drill"
)

// drillRoles are every key a drill holds (session/drill fundedRoles): the
// deployer, the guardian, the attacker, the council's member, the Safe's
// owners, the depositors and the users.
var drillRoles = []string{
	"deployer", "guardian", "attacker", "council-1",
	"cosigner-1", "cosigner-2", "cosigner-3",
	"depositor-1", "depositor-2", "depositor-3", "depositor-4", "depositor-5", "depositor-6",
	"user-1", "user-2", "user-3", "user-4",
}

// signerKey takes the private key out of a signer, which never hands it
// over: the test reads the field the signer signs with.
func signerKey(t *testing.T, s *tx.Signer) *ecdsa.PrivateKey {
	t.Helper()
	f := reflect.ValueOf(s).Elem().FieldByName("key")
	if !f.IsValid() || f.Type() != reflect.TypeOf((*ecdsa.PrivateKey)(nil)) {
		t.Fatalf("tx.Signer has no field key *ecdsa.PrivateKey any more: update signerKey")
	}
	key := *(**ecdsa.PrivateKey)(unsafe.Pointer(f.UnsafeAddr()))
	if crypto.PubkeyToAddress(key.PublicKey) != s.Address() {
		t.Fatalf("the key read from the signer of %s is not its key", s.Address())
	}
	return key
}

// keyForms are the ways a private key could be written out: hex (any
// case, with or without 0x; the haystack is lowercased), base64, the
// decimal scalar, the raw bytes.
func keyForms(key *ecdsa.PrivateKey) map[string][]byte {
	raw := crypto.FromECDSA(key)
	return map[string][]byte{
		"hex":           []byte(hex.EncodeToString(raw)),
		"hex (trimmed)": []byte(strings.TrimLeft(hex.EncodeToString(raw), "0")),
		"base64":        []byte(base64.StdEncoding.EncodeToString(raw)),
		"base64url":     []byte(base64.RawURLEncoding.EncodeToString(raw)),
		"decimal":       []byte(key.D.String()),
		"raw bytes":     raw,
	}
}

// keyLeaks names each form of a key found in text.
func keyLeaks(text []byte, forms map[string][]byte) []string {
	lower := bytes.ToLower(text)
	var found []string
	for name, f := range forms {
		hay := text
		if strings.HasPrefix(name, "hex") {
			hay = lower
		}
		if bytes.Contains(hay, f) {
			found = append(found, name)
		}
	}
	return found
}

// No drill key reaches the journal, stdout, stderr, the report or the
// replayed state of a drill in which the trainee and the simulated
// cosigners sign (the fix route).
func TestNoDrillKeyLeaks(t *testing.T) {
	fx := fixture(t)
	journal, err := os.ReadFile(fx.journal)
	if err != nil {
		t.Fatal(err)
	}
	outputs := map[string][]byte{"journal": journal, "stdout": fx.stdout, "stderr": fx.stderr}
	// Whatever else the drill left beside its journal.
	entries, _ := os.ReadDir(filepath.Dir(fx.journal))
	for _, e := range entries {
		if p := filepath.Join(filepath.Dir(fx.journal), e.Name()); p != fx.journal {
			if b, err := os.ReadFile(p); err == nil {
				outputs[e.Name()] = b
			}
		}
	}
	for name, args := range map[string][]string{
		"report":          {"report", fx.journal},
		"replay --at end": {"replay", "--at", fx.events[len(fx.events)-1].Time.Format("2006-01-02T15:04:05.999999999Z07:00"), fx.journal},
	} {
		code, out, errOut := runBin(t, args...)
		if code != 0 {
			t.Fatalf("warroom %s: exit %d: %s", strings.Join(args, " "), code, errOut)
		}
		outputs[name], outputs[name+" stderr"] = []byte(out), []byte(errOut)
	}

	// The drill did sign: the trainee's and the simulated cosigners' approvals.
	signers := map[ethcommon.Address]bool{}
	events, err := session.OpenJournal(fx.journal)
	if err != nil {
		t.Fatal(err)
	}
	bySource := map[string]int{}
	for _, ev := range events {
		if ev.Kind != session.KindApprovalAdded && ev.Kind != session.KindActionRequested {
			continue
		}
		var d struct {
			Signer ethcommon.Address `json:"signer"`
			Source string            `json:"source"`
			Form   string            `json:"form"`
			Txs    []struct {
				Signer ethcommon.Address `json:"signer"`
			} `json:"txs"`
		}
		if err := json.Unmarshal(ev.Data, &d); err != nil {
			t.Fatalf("event %d: %v", ev.Seq, err)
		}
		if ev.Kind == session.KindApprovalAdded {
			// An approved hash is an owner's transaction: the owner may be
			// a contract (the council Safe), whose member signed it.
			signers[d.Signer] = d.Form != "approved_hash" || signers[d.Signer]
			bySource[d.Source]++
		}
		for _, x := range d.Txs {
			signers[x.Signer] = true
		}
	}
	if bySource["drill cosigner"] == 0 || len(signers) < 3 {
		t.Fatalf("the drill did not have cosigners sign: approvals by source %v, signers %v", bySource, signers)
	}

	roles := map[ethcommon.Address]string{}
	for _, role := range drillRoles {
		s := drill.Key(role)
		roles[s.Address()] = role
		forms := keyForms(signerKey(t, s))
		// The scan finds a key however it is written.
		for name, f := range forms {
			planted := fmt.Appendf(nil, "x %s y", f)
			if strings.HasPrefix(name, "hex") {
				planted = fmt.Appendf(nil, `{"k":"0X%s"}`, strings.ToUpper(string(f)))
			}
			if len(keyLeaks(planted, forms)) == 0 {
				t.Fatalf("the scan misses a %s key", name)
			}
		}
		for out, text := range outputs {
			if found := keyLeaks(text, forms); len(found) > 0 {
				t.Errorf("%s holds the private key of drill role %s (%s) as %s", out, role, s.Address(), strings.Join(found, ", "))
			}
		}
	}
	// Every account that signed is a role whose key was looked for.
	for a, key := range signers {
		if _, ok := roles[a]; key && !ok {
			t.Errorf("%s signed in the drill but is none of the roles scanned for: add its role to drillRoles", a)
		}
	}
}
