package safe_test

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"errors"
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/accounts"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"

	"warroom/chain"
	"warroom/chain/devchain"
	"warroom/chain/safe"
)

// key is a throwaway test key derived from name.
func key(name string) *ecdsa.PrivateKey {
	k, err := crypto.ToECDSA(crypto.Keccak256([]byte("safe signature test/" + name)))
	if err != nil {
		panic(err)
	}
	return k
}

func addr(k *ecdsa.PrivateKey) common.Address { return crypto.PubkeyToAddress(k.PublicKey) }

// rawSig signs digest with k the way a wallet returns it: r ‖ s ‖ v with
// v = recovery id + 27 + bump (4 for eth_sign). Written out here rather
// than through safe.Sign, so the tests do not check the code with itself.
func rawSig(t testing.TB, k *ecdsa.PrivateKey, digest common.Hash, bump byte) []byte {
	t.Helper()
	b, err := crypto.Sign(digest[:], k)
	if err != nil {
		t.Fatal(err)
	}
	b[64] += 27 + bump
	return b
}

// ethSignDigest is keccak256("\x19Ethereum Signed Message:\n32" ‖ h),
// spelled out.
func ethSignDigest(h common.Hash) common.Hash {
	return crypto.Keccak256Hash([]byte("\x19Ethereum Signed Message:\n32"), h[:])
}

// highS is sig's malleable twin: s' = n − s, v flipped (27↔28, 31↔32).
func highS(sig []byte) []byte {
	out := bytes.Clone(sig)
	n := crypto.S256().Params().N
	s := new(big.Int).Sub(n, new(big.Int).SetBytes(sig[32:64]))
	copy(out[32:64], common.LeftPadBytes(s.Bytes(), 32))
	if sig[64]%2 == 1 {
		out[64]++
	} else {
		out[64]--
	}
	return out
}

// offline is a 2-of-3 Safe (plus, where asked, a contract owner) known
// only by its owner list, and a transaction of it.
type offline struct {
	tx                 chain.SafeTx
	o1, o2, o3, outsid *ecdsa.PrivateKey
	contract           common.Address
	v                  *safe.Verifier
}

func newOffline(t testing.TB, opt safe.Options) *offline {
	t.Helper()
	safeAddr := common.HexToAddress("0x5afe00000000000000000000000000000000cafe")
	tx, err := safe.NewCall(devchain.ChainID, safeAddr, vitalik, big.NewInt(1e18), nil, 7)
	if err != nil {
		t.Fatal(err)
	}
	o := &offline{tx: tx, o1: key("owner-1"), o2: key("owner-2"), o3: key("owner-3"), outsid: key("stranger"),
		contract: common.HexToAddress("0xc0c0c0c0c0c0c0c0c0c0c0c0c0c0c0c0c0c0c0c0")}
	o.v, err = safe.NewVerifier(&tx, chain.SafeState{
		Owners: []common.Address{addr(o.o1), addr(o.o2), addr(o.o3), o.contract}, Threshold: 2, Nonce: 7,
	}, opt)
	if err != nil {
		t.Fatal(err)
	}
	return o
}

func TestAcceptedFormsOffline(t *testing.T) {
	ctx := context.Background()
	o := newOffline(t, safe.Options{})
	h := o.tx.SafeTxHash
	ecdsaSig := rawSig(t, o.o1, h, 0)
	ethSig := rawSig(t, o.o2, ethSignDigest(h), 4)
	approved := append(common.LeftPadBytes(addr(o.o3).Bytes(), 32), append(make([]byte, 32), 1)...)
	contractData := []byte("whatever the owner contract checks")
	contract := append(common.LeftPadBytes(o.contract.Bytes(), 32), append(common.LeftPadBytes([]byte{65}, 32), 0)...)
	contract = append(contract, common.LeftPadBytes([]byte{byte(len(contractData))}, 32)...)
	contract = append(contract, contractData...)

	for _, c := range []struct {
		name    string
		sig     []byte
		signer  common.Address
		form    safe.Form
		valid   bool
		err     error
		warning string
	}{
		{"ecdsa v 27/28", ecdsaSig, addr(o.o1), safe.FormECDSA, true, nil, ""},
		{"eth_sign v 31/32", ethSig, addr(o.o2), safe.FormEthSign, true, nil, ""},
		{"ecdsa high-s", highS(ecdsaSig), addr(o.o1), safe.FormECDSA, true, nil, "high-s (malleable)"},
		{"eth_sign high-s", highS(ethSig), addr(o.o2), safe.FormEthSign, true, nil, "high-s (malleable)"},
		{"approved hash, offline", approved, addr(o.o3), safe.FormApprovedHash, false, safe.ErrUnchecked, ""},
		{"contract signature, offline", contract, o.contract, safe.FormContract, false, safe.ErrUnchecked, ""},
	} {
		rs := o.v.CheckHex(ctx, hexutil.Encode(c.sig))
		if len(rs) != 1 {
			t.Fatalf("%s: %d results", c.name, len(rs))
		}
		r := rs[0]
		if r.Signer != c.signer || r.Form != c.form || r.Valid != c.valid || !errors.Is(r.Err, c.err) || (r.Err == nil) != (r.Reason == "") {
			t.Errorf("%s: %+v; want signer %s form %s valid %v err %v", c.name, r, c.signer.Hex(), c.form, c.valid, c.err)
		}
		if c.warning != "" && (len(r.Warnings) != 1 || !strings.Contains(r.Warnings[0], c.warning)) {
			t.Errorf("%s: warnings %q, want one saying %q", c.name, r.Warnings, c.warning)
		}
		if c.warning == "" && len(r.Warnings) != 0 {
			t.Errorf("%s: unexpected warnings %q", c.name, r.Warnings)
		}
	}

	// The high-s signature is sent as the wallet's own low-s one.
	r := o.v.CheckHex(ctx, hexutil.Encode(highS(ecdsaSig)))[0]
	if got := r.Signature.Bytes(); !bytes.Equal(got, ecdsaSig) {
		t.Errorf("high-s normalised to %x, want the low-s original %x", got, ecdsaSig)
	}
	r = o.v.CheckHex(ctx, hexutil.Encode(highS(ethSig)))[0]
	if got := r.Signature.Bytes(); !bytes.Equal(got, ethSig) || got[64] < 31 {
		t.Errorf("eth_sign high-s normalised to %x, want %x", got, ethSig)
	}

	// The contract signature's data is found at its offset.
	sigs, err := safe.Parse(hexutil.Encode(contract))
	if err != nil || len(sigs) != 1 || !bytes.Equal(sigs[0].Data, contractData) || sigs[0].Signer != o.contract {
		t.Errorf("contract signature parsed as %+v, %v", sigs, err)
	}
	if got := sigs[0].Bytes(); !bytes.Equal(got, contract) {
		t.Errorf("contract signature re-encoded as %x, want %x", got, contract)
	}

	// The sender of execTransaction approves by sending it, even offline.
	withSender := newOffline(t, safe.Options{Sender: addr(o.o3)})
	r = withSender.v.CheckHex(ctx, hexutil.Encode(approved))[0]
	if !r.Valid || r.Form != safe.FormApprovedHash || len(r.Warnings) != 1 || !strings.Contains(r.Warnings[0], "sends execTransaction itself") {
		t.Errorf("approved hash of the sender: %+v", r)
	}

	// safe.Sign gives what a wallet gives.
	for _, f := range []safe.Form{safe.FormECDSA, safe.FormEthSign} {
		s, err := safe.Sign(o.o1, h, f)
		if err != nil {
			t.Fatal(err)
		}
		want := ecdsaSig
		if f == safe.FormEthSign {
			want = rawSig(t, o.o1, ethSignDigest(h), 4)
		}
		if !bytes.Equal(s.Bytes(), want) || s.Signer != addr(o.o1) || s.Form != f {
			t.Errorf("Sign %s: %x signer %s, want %x", f, s.Bytes(), s.Signer.Hex(), want)
		}
	}
	if common.BytesToHash(accounts.TextHash(h[:])) != ethSignDigest(h) {
		t.Fatal("the eth_sign digest spelled out differs from accounts.TextHash")
	}
}

func TestRejections(t *testing.T) {
	ctx := context.Background()
	o := newOffline(t, safe.Options{})
	h := o.tx.SafeTxHash
	safeHex := o.tx.Safe.Hex()
	good := rawSig(t, o.o1, h, 0)
	other := crypto.Keccak256Hash([]byte("another transaction"))
	overOther := rawSig(t, o.o1, other, 0)
	// What the Safe recovers from it: some address, not the owner.
	otherSigner, _ := crypto.SigToPub(h[:], append(bytes.Clone(overOther[:64]), overOther[64]-27))
	v29 := bytes.Clone(good)
	v29[64] = 29
	personal := rawSig(t, o.o2, ethSignDigest(h), 0) // eth_sign'd, but v left at 27/28
	zeroR := bytes.Clone(good)
	copy(zeroR[:32], make([]byte, 32))
	notOwnerApproved := append(common.LeftPadBytes(addr(o.outsid).Bytes(), 32), append(make([]byte, 32), 1)...)
	contractAt := func(offset, length int, extra int) []byte {
		b := append(common.LeftPadBytes(o.contract.Bytes(), 32), append(common.LeftPadBytes(big.NewInt(int64(offset)).Bytes(), 32), 0)...)
		b = append(b, common.LeftPadBytes(big.NewInt(int64(length)).Bytes(), 32)...)
		return append(b, make([]byte, extra)...)
	}

	for _, c := range []struct {
		name   string
		text   string
		err    error
		reason string // the exact text, or a part of it when partial
		exact  bool
	}{
		{"not hex", "0xnot-a-signature", safe.ErrMalformedSignature,
			`malformed signature: "0xnot-a-signature" is not hex (invalid hex string); want 0x followed by 130 hex digits (r ‖ s ‖ v) per signature`, true},
		{"odd hex", "0xabc", safe.ErrMalformedSignature, "is not hex", false},
		{"empty", "  ", safe.ErrMalformedSignature,
			"malformed signature: empty; want 0x followed by 130 hex digits (r ‖ s ‖ v) per signature", true},
		{"64 bytes", hexutil.Encode(good[:64]), safe.ErrMalformedSignature,
			"malformed signature: 64 bytes; a signature is 65 bytes (r ‖ s ‖ v), several are a multiple of 65", true},
		{"140 bytes", hexutil.Encode(append(append(bytes.Clone(good), good...), 1, 2, 3, 4, 5, 6, 7, 8, 9, 10)), safe.ErrMalformedSignature,
			"malformed signature: 140 bytes, not a multiple of 65; a signature is 65 bytes (r ‖ s ‖ v)", true},
		{"v 29", hexutil.Encode(v29), safe.ErrUnsupportedV,
			"unsupported signature type: v is 29; a Safe accepts v 27 or 28 (ECDSA over the safeTxHash), 31 or 32 (eth_sign), 1 (approved hash) or 0 (contract signature)", true},
		{"v 2", hexutil.Encode(append(bytes.Clone(good[:64]), 2)), safe.ErrUnsupportedV, "v is 2;", false},
		{"v 29 in the second of two", hexutil.Encode(append(bytes.Clone(good), v29...)), safe.ErrUnsupportedV, "signature 2: unsupported signature type: v is 29;", false},
		{"over another hash", hexutil.Encode(overOther), safe.ErrNotOwner,
			"not an owner: signed by " + crypto.PubkeyToAddress(*otherSigner).Hex() + ", which is not an owner of Safe " + safeHex +
				"; if an owner made this signature, it is over another hash than safeTxHash " + h.Hex() + " (another transaction, nonce, Safe or chain)", true},
		{"non-owner", hexutil.Encode(rawSig(t, o.outsid, h, 0)), safe.ErrNotOwner,
			"not an owner: signed by " + addr(o.outsid).Hex() + ", which is not an owner of Safe " + safeHex, false},
		{"eth_sign with v 27/28", hexutil.Encode(personal), safe.ErrNotOwner,
			"it is owner " + addr(o.o2).Hex() + "'s: the wallet signed the hash as a message (eth_sign / personal_sign): add 4 to v (31 or 32)", false},
		{"r zero", hexutil.Encode(zeroR), safe.ErrMalformedSignature,
			"malformed signature: r or s is zero or not below the curve order, so ecrecover recovers no address", true},
		{"approved hash of a non-owner", hexutil.Encode(notOwnerApproved), safe.ErrNotOwner,
			"not an owner: " + addr(o.outsid).Hex() + ", named by an approved-hash signature (v 1), is not an owner of Safe " + safeHex, true},
		{"contract data inside the static part", hexutil.Encode(contractAt(10, 0, 0)), safe.ErrMalformedSignature,
			"malformed signature: signature 1 (contract signature of " + o.contract.Hex() + ") puts its data at byte 10, inside the 65-byte signatures before it", true},
		{"contract data beyond the end", hexutil.Encode(contractAt(200, 0, 0)), safe.ErrMalformedSignature,
			"puts its data at byte 200, beyond the end of the 97 bytes", false},
		{"contract data longer than the blob", hexutil.Encode(contractAt(65, 40, 8)), safe.ErrMalformedSignature,
			"says its data is 40 bytes long, past the end of the 105 bytes", false},
	} {
		rs := o.v.CheckHex(ctx, c.text)
		if len(rs) != 1 {
			t.Errorf("%s: %d results, want one rejection", c.name, len(rs))
			continue
		}
		r := rs[0]
		if r.Valid || !errors.Is(r.Err, c.err) || r.Reason != r.Err.Error() {
			t.Errorf("%s: %+v; want rejected with %v", c.name, r, c.err)
			continue
		}
		if c.exact && r.Reason != c.reason {
			t.Errorf("%s: reason\n %q\nwant\n %q", c.name, r.Reason, c.reason)
		}
		if !c.exact && !strings.Contains(r.Reason, c.reason) {
			t.Errorf("%s: reason %q does not say %q", c.name, r.Reason, c.reason)
		}
	}

	// A duplicate is the collection's to refuse.
	sigs := safe.NewSignatures(o.v)
	if r := sigs.Add(ctx, hexutil.Encode(good)); !r[0].Valid {
		t.Fatal(r[0].Reason)
	}
	for _, dup := range [][]byte{good, highS(good), rawSig(t, o.o1, ethSignDigest(h), 4)} {
		r := sigs.Add(ctx, hexutil.Encode(dup))[0]
		want := "duplicate signer: " + addr(o.o1).Hex() + " already signed this transaction (ecdsa); a Safe counts each owner once"
		if r.Valid || !errors.Is(r.Err, safe.ErrDuplicateSigner) || r.Reason != want {
			t.Errorf("duplicate %x: %+v; want %q", dup[64], r, want)
		}
	}
	if sigs.Count() != 1 {
		t.Errorf("count %d after duplicates, want 1", sigs.Count())
	}
}

// TestThreshold: only owners count, each once, and nothing is encoded
// below the threshold.
func TestThreshold(t *testing.T) {
	ctx := context.Background()
	o := newOffline(t, safe.Options{})
	h := o.tx.SafeTxHash
	sigs := safe.NewSignatures(o.v)
	stranger := rawSig(t, o.outsid, h, 0)
	one := rawSig(t, o.o1, h, 0)
	oneAgain := rawSig(t, o.o1, ethSignDigest(h), 4)

	sigs.Add(ctx, hexutil.Encode(stranger))
	sigs.Add(ctx, hexutil.Encode(one))
	sigs.Add(ctx, hexutil.Encode(oneAgain))
	sigs.Add(ctx, hexutil.Encode(highS(one)))
	if sigs.Count() != 1 || sigs.Ready() || sigs.Threshold() != 2 {
		t.Fatalf("a stranger and one owner three times: count %d ready %v", sigs.Count(), sigs.Ready())
	}
	if got := sigs.Signers(); len(got) != 1 || got[0] != addr(o.o1) {
		t.Errorf("signers %v", got)
	}
	if m := sigs.Missing(); len(m) != 3 {
		t.Errorf("missing %v, want the three other owners", m)
	}
	_, err := sigs.Encode()
	if !errors.Is(err, safe.ErrBelowThreshold) || !strings.Contains(err.Error(), "needs 2 owner signatures, has 1 (signed: "+addr(o.o1).Hex()) {
		t.Fatalf("encode below the threshold: %v", err)
	}
	if _, err := sigs.ExecTransactionData(); !errors.Is(err, safe.ErrBelowThreshold) {
		t.Fatalf("exec data below the threshold: %v", err)
	}

	// Two owners pasted as one unsorted blob, one of them high-s.
	two := rawSig(t, o.o2, h, 0)
	blob := append(highS(two), one...) // the higher address first
	if bytes.Compare(addr(o.o1).Bytes(), addr(o.o2).Bytes()) > 0 {
		blob = append(bytes.Clone(one), highS(two)...)
	}
	fresh := safe.NewSignatures(o.v)
	for _, r := range fresh.Add(ctx, hexutil.Encode(blob)) {
		if !r.Valid {
			t.Fatal(r.Reason)
		}
	}
	enc, err := fresh.Encode()
	if err != nil || len(enc) != 130 {
		t.Fatalf("encode two owners: %d bytes, %v", len(enc), err)
	}
	back, err := safe.ParseBytes(enc)
	if err != nil {
		t.Fatal(err)
	}
	var signers []common.Address
	for _, s := range back {
		a, err := s.Recover(h)
		if err != nil {
			t.Fatal(err)
		}
		signers = append(signers, a)
		if s.HighS() {
			t.Errorf("encoded signature of %s is still high-s", a.Hex())
		}
	}
	if bytes.Compare(signers[0][:], signers[1][:]) >= 0 {
		t.Errorf("encoded signers %v not strictly ascending", signers)
	}
}

// TestPack: contract signatures' data follows the static part at the
// offsets their s says, whatever their place in the order.
func TestPack(t *testing.T) {
	h := crypto.Keccak256Hash([]byte("pack"))
	low, high := common.HexToAddress("0x0000000000000000000000000000000000000010"), common.HexToAddress("0xffffffffffffffffffffffffffffffffffffff00")
	e, err := safe.Sign(key("owner-1"), h, safe.FormECDSA)
	if err != nil {
		t.Fatal(err)
	}
	sigs := []safe.Signature{safe.ContractSignature(high, []byte{0xaa, 0xbb, 0xcc}), e, safe.ContractSignature(low, []byte{1}), safe.ApprovedHash(common.HexToAddress("0x00000000000000000000000000000000000000ff"))}
	b, err := safe.Pack(sigs)
	if err != nil {
		t.Fatal(err)
	}
	// 4 static parts, then (32 + 1) for low, then (32 + 3) for high.
	if len(b) != 4*65+33+35 {
		t.Fatalf("%d bytes", len(b))
	}
	if got := new(big.Int).SetBytes(b[32:64]).Int64(); got != 260 {
		t.Errorf("first (lowest) contract signature's offset %d, want 260", got)
	}
	back, err := safe.ParseBytes(b)
	if err != nil {
		t.Fatal(err)
	}
	if len(back) != 4 || back[0].Signer != low || !bytes.Equal(back[0].Data, []byte{1}) || back[1].Form != safe.FormApprovedHash ||
		back[3].Signer != high || !bytes.Equal(back[3].Data, []byte{0xaa, 0xbb, 0xcc}) {
		t.Errorf("parsed back %+v", back)
	}
	if _, err := safe.Pack([]safe.Signature{e, e}); !errors.Is(err, safe.ErrDuplicateSigner) {
		t.Errorf("pack twice the same signer: %v", err)
	}
	raw, _ := safe.Parse(e.Hex())
	if _, err := safe.Pack(raw); !errors.Is(err, safe.ErrMalformedSignature) {
		t.Errorf("pack an ECDSA signature not recovered: %v", err)
	}
}

// BenchmarkVerifyPasted is verifying one pasted signature: parse the hex,
// ecrecover, owner check (the part of the 2 ms target chain/safe owns; the
// journal's fsync is the session's).
func BenchmarkVerifyPasted(b *testing.B) {
	ctx := context.Background()
	o := newOffline(b, safe.Options{})
	text := hexutil.Encode(rawSig(b, o.o2, o.tx.SafeTxHash, 0))
	b.ReportAllocs()
	for b.Loop() {
		if r := o.v.CheckHex(ctx, text); !r[0].Valid {
			b.Fatal(r[0].Reason)
		}
	}
}
