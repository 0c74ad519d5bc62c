package main

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"math/big"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	ethcommon "github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"warroom/chain"
	"warroom/chain/contracts"
	"warroom/chain/deploy"
	"warroom/chain/devchain"
	"warroom/chain/safe"
	"warroom/chain/timelock"
	"warroom/chain/tx"
)

// testKey is a fixed key for role, so tests sign with known owners.
func testKey(role string) *ecdsa.PrivateKey {
	k, err := crypto.ToECDSA(crypto.Keccak256([]byte("warroom verify test/" + role)))
	if err != nil {
		panic(err)
	}
	return k
}

func addrOf(k *ecdsa.PrivateKey) ethcommon.Address { return crypto.PubkeyToAddress(k.PublicKey) }

func ownerKeys() []*ecdsa.PrivateKey {
	return []*ecdsa.PrivateKey{testKey("owner-1"), testKey("owner-2"), testKey("owner-3")}
}

func ownersFlag(keys ...*ecdsa.PrivateKey) string {
	parts := make([]string, len(keys))
	for i, k := range keys {
		parts[i] = addrOf(k).Hex()
	}
	return strings.Join(parts, ",")
}

// onChain is a Safe 1.4.1 (2 of the three owner keys) with its timelock
// and vault, deployed on an embedded chain that serves JSON-RPC on
// loopback, as the project's own Safe tests deploy it.
type onChain struct {
	ctx context.Context
	emb *devchain.Chain
	c   chain.Client
	url string
	dep *deploy.Deployment
}

func deploySafe(t *testing.T) *onChain {
	t.Helper()
	deployer := tx.DrillSigner("verify test/deployer")
	emb, err := devchain.New(devchain.Config{
		Alloc:     types.GenesisAlloc{deployer.Address(): {Balance: new(big.Int).Mul(big.NewInt(1000), big.NewInt(1e18))}},
		RPCListen: "127.0.0.1:0",
	})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { emb.Close() })
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	t.Cleanup(cancel)
	c := emb.Client()
	var owners []ethcommon.Address
	for _, k := range ownerKeys() {
		owners = append(owners, addrOf(k))
	}
	acct := tx.NewAccount(c, deployer, big.NewInt(devchain.ChainID))
	dep, err := deploy.Drill(ctx, c, emb, acct, deploy.Config{Owners: owners, Threshold: 2, Guardian: deployer.Address(), MinDelay: 60})
	if err != nil {
		t.Fatal(err)
	}
	return &onChain{ctx: ctx, emb: emb, c: c, url: emb.HTTPEndpoint(), dep: dep}
}

// upgradeRoute is the upgrade's two Safe transactions for Safe s and its
// timelock (schedule at nonce n, execute at n+1).
func upgradeRoute(t *testing.T, chainID uint64, s, tl, proxy ethcommon.Address, n uint64) *chain.Proposal {
	t.Helper()
	p, err := timelock.Propose(timelock.Upgrade{ChainID: chainID, Safe: s, SafeNonce: n, Timelock: tl, MinDelay: 60, Proxy: proxy,
		From: ethcommon.HexToAddress("0x00000000000000000000000000000000000000a2"), To: ethcommon.HexToAddress("0x00000000000000000000000000000000000000a3"),
		Init: contracts.NewVaultV2().PackVersion()}, nil)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func writeBatch(t *testing.T, p *chain.Proposal) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "upgrade.json")
	if err := safe.WriteBatchFile(path, []chain.SafeTx{p.Schedule, p.Execute}, []string{"schedule", "execute"},
		safe.BatchMeta{Name: "upgrade the vault", CreatedAt: time.UnixMilli(1_764_000_000_000)}); err != nil {
		t.Fatal(err)
	}
	return path
}

// verified is verify --json's object for one transaction.
type verified struct {
	Label       string `json:"label"`
	Safe        string `json:"safe"`
	ChainID     uint64 `json:"chainId"`
	Nonce       uint64 `json:"nonce"`
	DomainHash  string `json:"domainHash"`
	MessageHash string `json:"messageHash"`
	SafeTxHash  string `json:"safeTxHash"`
	OnChain     *struct {
		SafeTxHash string `json:"safeTxHash"`
		Matches    bool   `json:"matches"`
		Error      string `json:"error"`
	} `json:"onChain"`
	Call     chain.DecodedCall `json:"call"`
	Warnings []safe.Warning    `json:"warnings"`
	// Signatures is a pointer to tell [] from a missing key.
	Signatures *[]struct {
		Signer string `json:"signer"`
		Form   string `json:"form"`
		Valid  bool   `json:"valid"`
		Reason string `json:"reason"`
	} `json:"signatures"`
	Nested *struct {
		Safe        string `json:"safe"`
		Nonce       uint64 `json:"nonce"`
		To          string `json:"to"`
		Data        string `json:"data"`
		DomainHash  string `json:"domainHash"`
		MessageHash string `json:"messageHash"`
		SafeTxHash  string `json:"safeTxHash"`
		OnChain     *struct {
			Matches bool `json:"matches"`
		} `json:"onChain"`
		NotOwner bool `json:"notOwner"`
	} `json:"nested"`
}

func parseOne(t *testing.T, stdout string) verified {
	t.Helper()
	var v verified
	if err := json.Unmarshal([]byte(stdout), &v); err != nil {
		t.Fatalf("verify --json is not one JSON object: %v\n%s", err, stdout)
	}
	if v.Signatures == nil || v.Warnings == nil {
		t.Fatalf("verify --json lacks signatures or warnings (want [] when there are none):\n%s", stdout)
	}
	return v
}

func parseList(t *testing.T, stdout string) []verified {
	t.Helper()
	var v []verified
	if err := json.Unmarshal([]byte(stdout), &v); err != nil {
		t.Fatalf("verify --json of a file of several transactions is not a JSON array: %v\n%s", err, stdout)
	}
	return v
}

func sameHashes(t *testing.T, what string, v verified, tx *chain.SafeTx) {
	t.Helper()
	h, err := safe.Hash(tx)
	if err != nil {
		t.Fatal(err)
	}
	if v.DomainHash != h.Domain.Hex() || v.MessageHash != h.Message.Hex() || v.SafeTxHash != h.SafeTx.Hex() {
		t.Errorf("%s: verify says domain %s message %s safeTxHash %s; safe.Hash %s %s %s", what,
			v.DomainHash, v.MessageHash, v.SafeTxHash, h.Domain.Hex(), h.Message.Hex(), h.SafeTx.Hex())
	}
}

func mustOK(t *testing.T, what string, code int, stdout, stderr string) {
	t.Helper()
	if code != exitOK {
		t.Fatalf("%s: exit %d\nstdout:\n%s\nstderr:\n%s", what, code, stdout, stderr)
	}
}

// TestVerifyMatchesTheSafe: verify on a file and on flags gives the hashes
// safe.Hash gives, and those are what the deployed Safe 1.4.1's own
// getTransactionHash answers.
func TestVerifyMatchesTheSafe(t *testing.T) {
	oc := deploySafe(t)
	d := oc.dep
	p := upgradeRoute(t, devchain.ChainID, d.Safe, d.Timelock, d.Vault, 0)
	file := writeBatch(t, p)
	txs := []chain.SafeTx{p.Schedule, p.Execute}

	code, stdout, stderr := runCmd(t, nil, "verify", file, "--json")
	mustOK(t, "verify FILE --json", code, stdout, stderr)
	list := parseList(t, stdout)
	if len(list) != 2 || list[0].Label != "schedule" || list[1].Label != "execute" || list[0].Nonce != 0 || list[1].Nonce != 1 {
		t.Fatalf("verify --json of the route: %+v", list)
	}
	for i := range txs {
		sameHashes(t, "file "+list[i].Label, list[i], &txs[i])
		onChain, err := safe.OnChainHash(oc.ctx, oc.c, &txs[i], nil)
		if err != nil {
			t.Fatal(err)
		}
		if list[i].SafeTxHash != onChain.Hex() {
			t.Errorf("%s: verify's safeTxHash %s, the deployed Safe's getTransactionHash %s", list[i].Label, list[i].SafeTxHash, onChain.Hex())
		}
		if list[i].OnChain != nil {
			t.Errorf("%s: offline verify reports an on-chain check", list[i].Label)
		}
	}
	// The call decoded at every layer: schedule → upgradeToAndCall → version().
	c := list[0].Call
	if c.Method != "schedule" || len(c.Inner) != 1 || c.Inner[0].Method != "upgradeToAndCall" || len(c.Inner[0].Inner) != 1 || c.Inner[0].Inner[0].Method != "version" {
		t.Errorf("schedule not decoded at every layer: %+v", c)
	}

	// The same transactions from flags.
	for i, tx := range txs {
		data, _ := safe.Calldata(&tx)
		code, stdout, stderr = runCmd(t, nil, "verify", "--safe", tx.Safe.Hex(), "--chain-id", "1337", "--to", tx.To.Hex(),
			"--value", "0", "--data", hexutil.Encode(data), "--operation", "0", "--nonce", strconv.FormatUint(tx.Nonce, 10), "--json")
		mustOK(t, "verify flags --json", code, stdout, stderr)
		v := parseOne(t, stdout)
		sameHashes(t, "flags "+list[i].Label, v, &txs[i])
		if v.SafeTxHash != list[i].SafeTxHash {
			t.Errorf("flags and file disagree on %s: %s %s", list[i].Label, v.SafeTxHash, list[i].SafeTxHash)
		}
	}

	// The human report: what a signer compares with their wallet.
	code, stdout, stderr = runCmd(t, nil, "verify", file)
	mustOK(t, "verify FILE", code, stdout, stderr)
	for _, want := range []string{"Transaction Builder batch file, 2 transaction(s)", "meta.checksum   matches",
		"Safe transaction 1 of 2 · schedule", "Safe transaction 2 of 2 · execute",
		"domain hash      " + list[0].DomainHash, "message hash     " + list[0].MessageHash, "safeTxHash       " + list[0].SafeTxHash,
		"safeTxHash       " + list[1].SafeTxHash, "schedule(address,uint256,bytes,bytes32,bytes32,uint256) → " + d.Timelock.Hex(),
		"upgradeToAndCall(address,bytes) → " + d.Vault.Hex(), "version() → " + ethcommon.HexToAddress("0xa3").Hex(),
		"operation        0 (call)", "warnings         none"} {
		if !strings.Contains(stdout, want) {
			t.Errorf("verify FILE does not show %q:\n%s", want, stdout)
		}
	}

	// --rpc: the Safe's own getTransactionHash agrees, and the nonces are
	// read (the execute waits for the schedule).
	code, stdout, stderr = runCmd(t, nil, "verify", file, "--rpc", oc.url, "--json")
	mustOK(t, "verify FILE --rpc", code, stdout, stderr)
	list = parseList(t, stdout)
	for i := range list {
		if list[i].OnChain == nil || !list[i].OnChain.Matches || list[i].OnChain.SafeTxHash != list[i].SafeTxHash {
			t.Errorf("%s: --rpc on-chain check %+v", list[i].Label, list[i].OnChain)
		}
	}
	if len(list[0].Warnings) != 0 || len(list[1].Warnings) != 1 || list[1].Warnings[0].Code != safe.WarnNonceNotNext {
		t.Errorf("nonce warnings with the Safe's nonce 0: %+v / %+v", list[0].Warnings, list[1].Warnings)
	}
	code, stdout, _ = runCmd(t, nil, "verify", file, "--index", "1", "--rpc", oc.url)
	if code != exitOK || !strings.Contains(stdout, "Safe transaction · schedule") || !strings.Contains(stdout, "✓ the Safe's getTransactionHash answers the same safeTxHash") ||
		strings.Contains(stdout, "· execute") {
		t.Errorf("verify FILE --index 1 --rpc: exit %d\n%s", code, stdout)
	}

	// With --rpc the chain id and the nonce come from the node and the Safe.
	data, _ := safe.Calldata(&p.Schedule)
	code, stdout, stderr = runCmd(t, nil, "verify", "--safe", d.Safe.Hex(), "--to", d.Timelock.Hex(), "--data", hexutil.Encode(data), "--rpc", oc.url, "--json")
	mustOK(t, "verify flags --rpc", code, stdout, stderr)
	if v := parseOne(t, stdout); v.ChainID != devchain.ChainID || v.Nonce != 0 || v.SafeTxHash != p.Schedule.SafeTxHash.Hex() {
		t.Errorf("flags with --rpc: chain %d nonce %d hash %s", v.ChainID, v.Nonce, v.SafeTxHash)
	}

	// A hash for another chain: the Safe's getTransactionHash differs, and
	// verify refuses.
	code, stdout, stderr = runCmd(t, nil, "verify", "--safe", d.Safe.Hex(), "--chain-id", "1", "--to", d.Timelock.Hex(), "--data", hexutil.Encode(data),
		"--nonce", "0", "--rpc", oc.url)
	if code != exitError || !strings.Contains(stderr, "getTransactionHash answers") || !strings.Contains(stderr, "the node --rpc reaches is chain 1337") ||
		!strings.Contains(stdout, "✗ REFUSED") {
		t.Errorf("a mainnet hash checked on the dev chain: exit %d\nstdout:\n%s\nstderr:\n%s", code, stdout, stderr)
	}

	// Signatures against the Safe's owners, read from the chain.
	keys := ownerKeys()
	good, _ := safe.Sign(keys[0], p.Schedule.SafeTxHash, safe.FormECDSA)
	second, _ := safe.Sign(keys[2], p.Schedule.SafeTxHash, safe.FormEthSign)
	code, stdout, stderr = runCmd(t, nil, "verify", file, "--index", "1", "--rpc", oc.url, "--sig", good.Hex(), "--sig", second.Hex())
	mustOK(t, "two owners' signatures with --rpc", code, stdout, stderr)
	if !strings.Contains(stdout, "owners read from the Safe: 3, threshold 2") || !strings.Contains(stdout, "2 owner(s) counted, threshold 2: enough to execute") ||
		!strings.Contains(stdout, "✓ counts   "+addrOf(keys[2]).Hex()+"  eth_sign") {
		t.Errorf("signatures with --rpc:\n%s", stdout)
	}
	// An approved hash only the chain can confirm: not approved yet.
	approved := safe.ApprovedHash(addrOf(keys[1]))
	code, stdout, stderr = runCmd(t, nil, "verify", file, "--index", "1", "--rpc", oc.url, "--sig", approved.Hex(), "--json")
	if v := parseOne(t, stdout); code != exitError || len(*v.Signatures) != 1 || (*v.Signatures)[0].Valid || (*v.Signatures)[0].Form != "approved_hash" ||
		!strings.Contains((*v.Signatures)[0].Reason, "has not called approveHash") {
		t.Errorf("an approved hash not approved on chain: exit %d %+v\n%s", code, v.Signatures, stderr)
	}

	// A nested Safe: another Safe on the same chain, its nonce read.
	other, err := deploy.Drill(oc.ctx, oc.c, oc.emb, tx.NewAccount(oc.c, tx.DrillSigner("verify test/deployer"), big.NewInt(devchain.ChainID)),
		deploy.Config{Owners: []ethcommon.Address{addrOf(keys[0])}, Threshold: 1, Guardian: addrOf(keys[0]), MinDelay: 60})
	if err != nil {
		t.Fatal(err)
	}
	code, stdout, stderr = runCmd(t, nil, "verify", file, "--index", "1", "--rpc", oc.url, "--nested-safe", other.Safe.Hex(), "--json")
	mustOK(t, "--nested-safe with --rpc", code, stdout, stderr)
	v := parseOne(t, stdout)
	n, err := safe.NewNested(&p.Schedule, other.Safe, 0)
	if err != nil {
		t.Fatal(err)
	}
	onChild, err := safe.OnChainHash(oc.ctx, oc.c, &n.Child, nil)
	if err != nil {
		t.Fatal(err)
	}
	if v.Nested == nil || v.Nested.Nonce != 0 || v.Nested.SafeTxHash != n.Child.SafeTxHash.Hex() || v.Nested.SafeTxHash != onChild.Hex() ||
		v.Nested.DomainHash != n.Child.DomainHash.Hex() || v.Nested.MessageHash != n.Child.MessageHash.Hex() || v.Nested.To != d.Safe.Hex() ||
		v.Nested.OnChain == nil || !v.Nested.OnChain.Matches || !v.Nested.NotOwner {
		t.Errorf("nested: %+v; want the child's approveHash at nonce 0, hash %s (on chain %s), flagged as not an owner", v.Nested, n.Child.SafeTxHash.Hex(), onChild.Hex())
	}
}

// TestVerifySignatures checks signatures offline against --owners.
func TestVerifySignatures(t *testing.T) {
	keys := ownerKeys()
	s := ethcommon.HexToAddress("0x00000000000000000000000000000000000005aF")
	p := upgradeRoute(t, devchain.ChainID, s, ethcommon.HexToAddress("0x000000000000000000000000000000000000071c"),
		ethcommon.HexToAddress("0x00000000000000000000000000000000000000a1"), 4)
	file := writeBatch(t, p)
	hash := p.Schedule.SafeTxHash
	sign := func(k *ecdsa.PrivateKey, h ethcommon.Hash, f safe.Form) string {
		sig, err := safe.Sign(k, h, f)
		if err != nil {
			t.Fatal(err)
		}
		return sig.Hex()
	}
	stranger := testKey("stranger")
	valid := sign(keys[0], hash, safe.FormECDSA)
	cases := []struct {
		name   string
		sigs   []string
		code   int
		form   string
		signer ethcommon.Address
		reason string
	}{
		{"an owner's signature", []string{valid}, exitOK, "ecdsa", addrOf(keys[0]), ""},
		{"an owner's eth_sign signature", []string{sign(keys[1], hash, safe.FormEthSign)}, exitOK, "eth_sign", addrOf(keys[1]), ""},
		{"over another hash", []string{sign(keys[0], p.Execute.SafeTxHash, safe.FormECDSA)}, exitError, "ecdsa", ethcommon.Address{}, "over another hash than safeTxHash " + hash.Hex()},
		{"from a non-owner", []string{sign(stranger, hash, safe.FormECDSA)}, exitError, "ecdsa", addrOf(stranger), "signed by " + addrOf(stranger).Hex() + ", which is not an owner"},
		{"malformed hex", []string{"0x" + strings.Repeat("zz", 65)}, exitError, "", ethcommon.Address{}, "malformed signature: \"0xzzzz"},
		{"wrong length", []string{valid[:len(valid)-2]}, exitError, "", ethcommon.Address{}, "malformed signature: 64 bytes; a signature is 65 bytes"},
		{"v of no form", []string{valid[:len(valid)-2] + "1d"}, exitError, "", ethcommon.Address{}, "v is 29"},
		{"an approved hash offline", []string{safe.ApprovedHash(addrOf(keys[2])).Hex()}, exitError, "approved_hash", addrOf(keys[2]), "needs a node"},
		{"the same owner twice", []string{valid, valid}, exitError, "ecdsa", addrOf(keys[0]), "duplicate signer"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			args := []string{"verify", file, "--index", "1", "--owners", ownersFlag(keys...), "--json"}
			for _, s := range c.sigs {
				args = append(args, "--sig", s)
			}
			code, stdout, stderr := runCmd(t, nil, args...)
			if code != c.code {
				t.Fatalf("exit %d, want %d\nstdout:\n%s\nstderr:\n%s", code, c.code, stdout, stderr)
			}
			v := parseOne(t, stdout)
			sameHashes(t, c.name, v, &p.Schedule)
			sigs := *v.Signatures
			if len(sigs) != len(c.sigs) {
				t.Fatalf("%d results for %d signatures: %+v", len(sigs), len(c.sigs), sigs)
			}
			last := sigs[len(sigs)-1]
			if last.Form != c.form || (c.signer != ethcommon.Address{}) && last.Signer != c.signer.Hex() || last.Valid != (c.code == exitOK) ||
				!strings.Contains(last.Reason, c.reason) || c.code == exitOK && last.Reason != "" {
				t.Errorf("result %+v; want form %q signer %s reason containing %q", last, c.form, c.signer.Hex(), c.reason)
			}
			if c.code == exitError && stderr != "warroom verify: 1 of "+strconv.Itoa(len(c.sigs))+" signatures do not count\n" {
				t.Errorf("stderr %q", stderr)
			}
		})
	}

	// The human report says who signed, and whether it counts, and why not.
	code, stdout, _ := runCmd(t, nil, "verify", file, "--index", "1", "--owners", ownersFlag(keys...), "--threshold", "2",
		"--sig", valid, "--sig", sign(stranger, hash, safe.FormECDSA))
	for _, want := range []string{"signatures (owners as given with --owners)", "✓ counts   " + addrOf(keys[0]).Hex() + "  ecdsa",
		"✗ rejected " + addrOf(stranger).Hex() + "  ecdsa: not an owner: signed by", "1 owner(s) counted, threshold 2: not enough to execute yet"} {
		if code != exitError || !strings.Contains(stdout, want) {
			t.Errorf("exit %d; the report does not say %q:\n%s", code, want, stdout)
		}
	}
}

func TestVerifyNestedOffline(t *testing.T) {
	keys := ownerKeys()
	s := ethcommon.HexToAddress("0x00000000000000000000000000000000000005aF")
	p := upgradeRoute(t, devchain.ChainID, s, ethcommon.HexToAddress("0x000000000000000000000000000000000000071c"),
		ethcommon.HexToAddress("0x00000000000000000000000000000000000000a1"), 4)
	file := writeBatch(t, p)
	council := ethcommon.HexToAddress("0x000000000000000000000000000000000000C0c1")
	code, stdout, stderr := runCmd(t, nil, "verify", file, "--nested-safe", council.Hex(), "--nested-nonce", "7",
		"--owners", ownersFlag(keys...)+","+council.Hex(), "--json")
	mustOK(t, "--nested-safe offline", code, stdout, stderr)
	list := parseList(t, stdout)
	for i, parent := range []chain.SafeTx{p.Schedule, p.Execute} {
		n, err := safe.NewNested(&parent, council, 7+uint64(i))
		if err != nil {
			t.Fatal(err)
		}
		got := list[i].Nested
		if got == nil || got.Safe != council.Hex() || got.Nonce != 7+uint64(i) || got.To != s.Hex() || got.Data != hexutil.Encode(safe.ApproveHashData(parent.SafeTxHash)) ||
			got.DomainHash != n.Child.DomainHash.Hex() || got.MessageHash != n.Child.MessageHash.Hex() || got.SafeTxHash != n.Child.SafeTxHash.Hex() || got.NotOwner {
			t.Errorf("transaction %d nested: %+v; want %+v", i+1, got, n.Child)
		}
	}
	code, stdout, _ = runCmd(t, nil, "verify", file, "--index", "2", "--nested-safe", council.Hex(), "--nested-nonce", "7")
	if code != exitOK || !strings.Contains(stdout, "nested Safe "+council.Hex()+" approves it with its own transaction") ||
		!strings.Contains(stdout, "approveHash(bytes32) → "+s.Hex()) || !strings.Contains(stdout, "hashToApprove (bytes32)  "+p.Execute.SafeTxHash.Hex()) {
		t.Errorf("nested human report: exit %d\n%s", code, stdout)
	}
}

// A file whose own safeTxHash is not its fields' is refused, as a hash
// mismatch (exit 1), not as bad usage.
func TestVerifyRefusesAnEditedFile(t *testing.T) {
	s := ethcommon.HexToAddress("0x00000000000000000000000000000000000005aF")
	p := upgradeRoute(t, devchain.ChainID, s, ethcommon.HexToAddress("0x000000000000000000000000000000000000071c"),
		ethcommon.HexToAddress("0x00000000000000000000000000000000000000a1"), 4)
	file := writeBatch(t, p)
	b, _ := os.ReadFile(file)
	edited := strings.Replace(string(b), `"nonce": "5"`, `"nonce": "6"`, 1)
	if edited == string(b) {
		t.Fatal("no nonce 5 in the file")
	}
	if err := os.WriteFile(file, []byte(edited), 0o600); err != nil {
		t.Fatal(err)
	}
	code, stdout, stderr := runCmd(t, nil, "verify", file)
	if code != exitError || stdout != "" || !strings.Contains(stderr, "transaction 2 (execute) says safeTxHash "+p.Execute.SafeTxHash.Hex()) ||
		strings.Contains(stderr, "-h' for usage") {
		t.Errorf("an edited file: exit %d\nstdout %q\nstderr %q", code, stdout, stderr)
	}
}

func TestVerifyBadInput(t *testing.T) {
	dir := t.TempDir()
	write := func(name, content string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(content), 0o600); err != nil {
			t.Fatal(err)
		}
		return p
	}
	s := ethcommon.HexToAddress("0x00000000000000000000000000000000000005aF")
	p := upgradeRoute(t, devchain.ChainID, s, ethcommon.HexToAddress("0x000000000000000000000000000000000000071c"),
		ethcommon.HexToAddress("0x00000000000000000000000000000000000000a1"), 4)
	file := writeBatch(t, p)
	sig, _ := safe.Sign(testKey("owner-1"), p.Schedule.SafeTxHash, safe.FormECDSA)
	flags := []string{"--safe", s.Hex(), "--chain-id", "1", "--to", s.Hex(), "--nonce", "1"}
	cases := []struct {
		name string
		args []string
		want []string
	}{
		{"not a Safe transaction", []string{"verify", write("notes.json", `{"incident": "vault drained", "paused": true}`)},
			[]string{"notes.json: not a Safe transaction: ", "none of the fields"}},
		{"not JSON", []string{"verify", write("notes.txt", "pause first")}, []string{"notes.txt: not a Safe transaction: not JSON"}},
		{"no such file", []string{"verify", filepath.Join(dir, "gone.json")}, []string{"gone.json: no such file"}},
		{"a bad address", append([]string{"verify", "--to", "0x123"}, flags[:2]...), []string{`invalid argument "0x123" for "--to" flag`, "40 hex digits"}},
		{"a mistyped address", []string{"verify", "--safe", "0xd8dA6BF26964aF9D7eEd9e03E53415D37aA96046", "--to", s.Hex(), "--chain-id", "1", "--nonce", "1"},
			[]string{`"--safe" flag`, "EIP-55 checksum"}},
		{"operation 2", append([]string{"verify", "--operation", "2"}, flags...), []string{`"--operation" flag: want 0 (call) or 1 (delegatecall)`}},
		{"data not hex", append([]string{"verify", "--data", "0xabc"}, flags...), []string{`"--data" flag`, "even number of hex digits"}},
		{"a value not in wei", append([]string{"verify", "--value", "1.5"}, flags...), []string{`"--value" flag`, "whole number of wei"}},
		{"no --to", []string{"verify", "--safe", s.Hex(), "--chain-id", "1", "--nonce", "1"}, []string{"--to is needed"}},
		{"no --chain-id", []string{"verify", "--safe", s.Hex(), "--to", s.Hex(), "--nonce", "1"}, []string{"--chain-id is needed without --rpc"}},
		{"no --nonce", []string{"verify", "--safe", s.Hex(), "--to", s.Hex(), "--chain-id", "1"}, []string{"--nonce is needed without --rpc"}},
		{"nothing", []string{"verify"}, []string{"--safe is needed"}},
		{"FILE and flags", []string{"verify", file, "--nonce", "3"}, []string{"give FILE or the transaction flags (--nonce …), not both"}},
		{"--sig without owners", []string{"verify", file, "--index", "1", "--sig", sig.Hex()}, []string{"--sig needs --owners A,B,C or --rpc URL"}},
		{"--sig for a file of two", []string{"verify", file, "--owners", s.Hex(), "--sig", sig.Hex()}, []string{"has 2 transactions", "--index 1 to --index 2"}},
		{"--index out of range", []string{"verify", file, "--index", "3"}, []string{"--index 3:", "has 2 transaction(s); want 1 to 2"}},
		{"--owners not addresses", []string{"verify", file, "--owners", "alice,bob"}, []string{`--owners: "alice" is not an address`}},
		{"--owners twice", []string{"verify", file, "--owners", s.Hex() + "," + s.Hex()}, []string{"listed twice"}},
		{"--owners and --rpc", []string{"verify", file, "--owners", s.Hex(), "--rpc", "http://127.0.0.1:1"}, []string{"give --owners or --rpc, not both"}},
		{"--rpc not a URL", []string{"verify", file, "--rpc", "localhost:8545"}, []string{`--rpc "localhost:8545" is not a node's URL`}},
		{"--nested-safe without a nonce", []string{"verify", file, "--nested-safe", s.Hex()}, []string{"--nested-safe needs --nested-nonce N"}},
		{"--nested-safe the Safe itself", []string{"verify", file, "--nested-safe", s.Hex(), "--nested-nonce", "1"}, []string{"--nested-safe:", "other than the parent"}},
		{"--threshold above the owners", []string{"verify", file, "--owners", s.Hex(), "--threshold", "2"}, []string{"--threshold 2 needs --owners with at least that many"}},
		{"two files", []string{"verify", file, file}, []string{"accepts at most 1 arg(s), received 2"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			code, stdout, stderr := runCmd(t, nil, c.args...)
			if code != exitUsage {
				t.Fatalf("exit %d, want %d\nstdout: %s\nstderr: %s", code, exitUsage, stdout, stderr)
			}
			for _, w := range c.want {
				if !strings.Contains(stderr, w) {
					t.Errorf("stderr does not say %q:\n%s", w, stderr)
				}
			}
			if stdout != "" || !strings.HasPrefix(stderr, "warroom verify: ") || strings.Count(stderr, "\n") != 2 || !strings.HasSuffix(stderr, "Run 'warroom verify -h' for usage.\n") {
				t.Errorf("want one sentence and the -h pointer on stderr, nothing on stdout:\nstdout %q\nstderr %q", stdout, stderr)
			}
		})
	}
}

func TestVerifyHelp(t *testing.T) {
	code, stdout, _ := runCmd(t, nil, "verify", "-h")
	for _, want := range []string{"warroom verify [FILE] [flags]", "--sig", "--owners", "--rpc", "--nested-safe", "--nested-nonce", "--json", "--safe-tx-gas",
		"--refund-receiver", "a JSON array of those objects, one per transaction", "Exit status: 0"} {
		if code != exitOK || !strings.Contains(stdout, want) {
			t.Errorf("verify -h does not show %q", want)
		}
	}
}
