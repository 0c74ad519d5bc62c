package main

import (
	"encoding/hex"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/keystore"
	ethcommon "github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"warroom/chain/devchain"
)

const testPassword = "correct horse battery staple"

// newKeystore stores a new key with light scrypt in a directory of its
// own and returns the key file, its account and the private key's hex
// (for checking it never leaks).
func newKeystore(t *testing.T) (file string, account ethcommon.Address, keyHex string) {
	t.Helper()
	dir := t.TempDir()
	acct, err := keystore.StoreKey(dir, testPassword, keystore.LightScryptN, keystore.LightScryptP)
	if err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(acct.URL.Path)
	if err != nil {
		t.Fatal(err)
	}
	k, err := keystore.DecryptKey(b, testPassword)
	if err != nil {
		t.Fatal(err)
	}
	return acct.URL.Path, acct.Address, hex.EncodeToString(crypto.FromECDSA(k.PrivateKey))
}

func writeFile(t *testing.T, name, content string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, []byte(content), 0o600); err != nil {
		t.Fatal(err)
	}
	return p
}

var signatureLine = regexp.MustCompile(`(?m)^  (0x[0-9a-f]{130})$`)

// TestSignEndToEnd signs the upgrade's two transactions with a keystore
// made here and checks each printed signature with verify --sig.
func TestSignEndToEnd(t *testing.T) {
	ks, account, keyHex := newKeystore(t)
	other := ownerKeys()
	owners := account.Hex() + "," + ownersFlag(other[1], other[2])
	s := ethcommon.HexToAddress("0x00000000000000000000000000000000000005aF")
	p := upgradeRoute(t, devchain.ChainID, s, ethcommon.HexToAddress("0x000000000000000000000000000000000000071c"),
		ethcommon.HexToAddress("0x00000000000000000000000000000000000000a1"), 4)
	file := writeBatch(t, p)
	pw := writeFile(t, "password", testPassword+"\n")

	code, stdout, stderr := runCmd(t, nil, "sign", file, "--keystore", ks, "--password-file", pw, "--owners", owners)
	mustOK(t, "sign", code, stdout, stderr)
	for _, want := range []string{"Safe transaction 1 of 2 · schedule", "schedule(address,uint256,bytes,bytes32,bytes32,uint256)", "upgradeToAndCall(address,bytes)",
		"safeTxHash       " + p.Schedule.SafeTxHash.Hex(), "safeTxHash       " + p.Execute.SafeTxHash.Hex(), "domain hash", "message hash", "warnings",
		"Signed by " + account.Hex(), "transaction 1 of 2 · schedule · Safe " + s.Hex() + " nonce 4 · safeTxHash " + p.Schedule.SafeTxHash.Hex(),
		"transaction 2 of 2 · execute · Safe " + s.Hex() + " nonce 5 · safeTxHash " + p.Execute.SafeTxHash.Hex()} {
		if !strings.Contains(stdout, want) {
			t.Errorf("sign does not show %q:\n%s", want, stdout)
		}
	}
	if strings.Contains(stderr, "not an owner") {
		t.Errorf("warned about an owner:\n%s", stderr)
	}
	sigs := signatureLine.FindAllStringSubmatch(stdout, -1)
	if len(sigs) != 2 {
		t.Fatalf("%d signatures printed, want 2:\n%s", len(sigs), stdout)
	}
	for i, m := range sigs {
		index := []string{"1", "2"}[i]
		code, out, errOut := runCmd(t, nil, "verify", file, "--index", index, "--owners", owners, "--sig", m[1], "--json")
		mustOK(t, "verify --sig of sign's signature "+index, code, out, errOut)
		v := parseOne(t, out)
		if got := *v.Signatures; len(got) != 1 || !got[0].Valid || got[0].Signer != account.Hex() || got[0].Form != "ecdsa" {
			t.Errorf("signature %s: %+v", index, got)
		}
		// And not for the other transaction.
		code, _, _ = runCmd(t, nil, "verify", file, "--index", []string{"2", "1"}[i], "--owners", owners, "--sig", m[1])
		if code != exitError {
			t.Errorf("signature %s counts for the other transaction too: exit %d", index, code)
		}
	}
	leaks(t, keyHex, stdout, stderr)

	// --index signs one; a keystore directory holding one key is read.
	code, stdout, stderr = runCmd(t, nil, "sign", file, "--keystore", filepath.Dir(ks), "--password-file", pw, "--index", "2")
	mustOK(t, "sign --index 2", code, stdout, stderr)
	if got := signatureLine.FindAllStringSubmatch(stdout, -1); len(got) != 1 || got[0][1] != sigs[1][1] ||
		!strings.Contains(stdout, "transaction 2 · execute · Safe") || strings.Contains(stdout, "· schedule") {
		t.Errorf("sign --index 2:\n%s", stdout)
	}
	leaks(t, keyHex, stdout, stderr)
}

// leaks fails when the private key or the password shows anywhere.
func leaks(t *testing.T, keyHex string, outputs ...string) {
	t.Helper()
	for _, o := range outputs {
		low := strings.ToLower(o)
		if strings.Contains(low, keyHex) || strings.Contains(o, testPassword) {
			t.Fatalf("the private key or the password is in the output:\n%s", o)
		}
	}
}

func TestSignRefuses(t *testing.T) {
	ks, account, keyHex := newKeystore(t)
	s := ethcommon.HexToAddress("0x00000000000000000000000000000000000005aF")
	p := upgradeRoute(t, devchain.ChainID, s, ethcommon.HexToAddress("0x000000000000000000000000000000000000071c"),
		ethcommon.HexToAddress("0x00000000000000000000000000000000000000a1"), 4)
	file := writeBatch(t, p)
	wrong := writeFile(t, "wrong", "Tr0ub4dor&3\n")
	right := writeFile(t, "password", testPassword)

	// A wrong password: one sentence, nothing signed.
	code, stdout, stderr := runCmd(t, nil, "sign", file, "--keystore", ks, "--password-file", wrong)
	if code != exitError || stderr != "warroom sign: "+ks+": wrong password: the key does not decrypt with it\n" || signatureLine.MatchString(stdout) || strings.Contains(stdout, "Signed by") {
		t.Errorf("wrong password: exit %d\nstdout:\n%s\nstderr %q", code, stdout, stderr)
	}
	leaks(t, keyHex, stdout, stderr)

	// Not an owner: a warning, and the signature all the same.
	code, stdout, stderr = runCmd(t, nil, "sign", file, "--keystore", ks, "--password-file", right, "--owners", ownersFlag(ownerKeys()...))
	if code != exitOK || !strings.Contains(stderr, "warning: "+account.Hex()+", the keystore's account, is not an owner of Safe "+s.Hex()) ||
		len(signatureLine.FindAllString(stdout, -1)) != 2 {
		t.Errorf("not an owner: exit %d\nstdout:\n%s\nstderr:\n%s", code, stdout, stderr)
	}
	leaks(t, keyHex, stdout, stderr)

	notKey := writeFile(t, "batch.json", `{"address": "0x1"}`)
	twoKeys := t.TempDir()
	for _, n := range []string{"UTC--a", "UTC--b"} {
		b, _ := os.ReadFile(ks)
		if err := os.WriteFile(filepath.Join(twoKeys, n), b, 0o600); err != nil {
			t.Fatal(err)
		}
	}
	for _, c := range []struct {
		name string
		args []string
		want string
	}{
		{"no terminal and no password file", []string{"sign", file, "--keystore", ks}, "no terminal to ask the keystore password on (standard input is not one); give --password-file FILE"},
		{"no keystore", []string{"sign", file, "--password-file", right}, "--keystore is needed"},
		{"not a key file", []string{"sign", file, "--keystore", notKey, "--password-file", right}, "is not an encrypted key file"},
		{"two keys in the directory", []string{"sign", file, "--keystore", twoKeys, "--password-file", right}, "holds 2 key files"},
		{"no such keystore", []string{"sign", file, "--keystore", filepath.Join(twoKeys, "gone"), "--password-file", right}, "no such file or directory"},
		{"no such password file", []string{"sign", file, "--keystore", ks, "--password-file", filepath.Join(twoKeys, "gone")}, "--password-file"},
		{"password file others read", []string{"sign", file, "--keystore", ks, "--password-file", openPassword(t, right)}, "can be read by others (mode 0644); make it the owner's alone with chmod 600"},
		{"not a Safe transaction", []string{"sign", ks, "--keystore", ks, "--password-file", right}, "not a Safe transaction"},
		{"--index out of range", []string{"sign", file, "--keystore", ks, "--password-file", right, "--index", "3"}, "--index 3:"},
		{"a password as a flag", []string{"sign", file, "--keystore", ks, "--password", testPassword}, "unknown flag: --password"},
	} {
		t.Run(c.name, func(t *testing.T) {
			code, stdout, stderr := runCmd(t, nil, c.args...)
			if code != exitUsage || !strings.Contains(stderr, c.want) || strings.Count(stderr, "\n") != 2 || signatureLine.MatchString(stdout) {
				t.Errorf("exit %d, want %d saying %q\nstdout:\n%s\nstderr:\n%s", code, exitUsage, c.want, stdout, stderr)
			}
			leaks(t, keyHex, stdout, stderr)
		})
	}
}

// openPassword is a copy of the password file that anyone may read.
func openPassword(t *testing.T, from string) string {
	t.Helper()
	b, err := os.ReadFile(from)
	if err != nil {
		t.Fatal(err)
	}
	p := filepath.Join(t.TempDir(), "open-password")
	if err := os.WriteFile(p, b, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(p, 0o644); err != nil { // past the umask
		t.Fatal(err)
	}
	return p
}
