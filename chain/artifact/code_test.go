package artifact

import (
	"bytes"
	"context"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/params"

	"warroom/chain/contracts"
	"warroom/chain/deploy"
	"warroom/chain/devchain"
	"warroom/chain/tx"
)

// TestMatchesCodeOnChain deploys the drill on the embedded chain and
// matches what eth_getCode returns: VaultV1's runtime code, with its
// immutable (UUPS's __self, the implementation's own address) filled in by
// the constructor.
func TestMatchesCodeOnChain(t *testing.T) {
	deployer := tx.DrillSigner("artifact test/deployer")
	emb, err := devchain.New(devchain.Config{Alloc: types.GenesisAlloc{deployer.Address(): {Balance: new(big.Int).Mul(big.NewInt(1000), big.NewInt(params.Ether))}}})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { emb.Close() })
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	t.Cleanup(cancel)
	c := emb.Client()
	dep, err := deploy.Drill(ctx, c, emb, tx.NewAccount(c, deployer, big.NewInt(devchain.ChainID)), deploy.Config{
		Owners: []common.Address{deployer.Address()}, Threshold: 1, Guardian: deployer.Address(), MinDelay: 60,
	})
	if err != nil {
		t.Fatal(err)
	}
	impl, err := c.CodeAt(ctx, dep.Implementation, nil)
	if err != nil {
		t.Fatal(err)
	}
	proxy, err := c.CodeAt(ctx, dep.Vault, nil)
	if err != nil {
		t.Fatal(err)
	}

	v1 := mustBuiltin(t, contracts.VaultV1Name)
	if bytes.Equal(impl, v1.DeployedBytecode) {
		t.Fatal("the deployed code equals the artifact's: no immutable was filled in, the test proves nothing")
	}
	heuristic := *v1
	heuristic.Immutables = nil // as an artifact that does not say where its immutables are
	tests := []struct {
		name string
		a    *Artifact
		code []byte
		want bool
	}{
		{"VaultV1 against its own code", v1, impl, true},
		{"VaultV1, immutables found by their zeroed PUSH32", &heuristic, impl, true},
		{"VaultV2 against VaultV1's code", mustBuiltin(t, contracts.VaultV2Name), impl, false},
		{"VaultV2BadLayout against VaultV1's code", mustBuiltin(t, contracts.VaultV2BadLayoutName), impl, false},
		{"VaultV1 against the proxy's code", v1, proxy, false},
		{"VaultV1 against no code", v1, nil, false},
	}
	for _, tt := range tests {
		if got := tt.a.MatchesCode(tt.code); got != tt.want {
			t.Errorf("%s: MatchesCode = %v, want %v", tt.name, got, tt.want)
		}
	}
}

func mustBuiltin(t *testing.T, name string) *Artifact {
	t.Helper()
	a, err := Builtin(name)
	if err != nil {
		t.Fatal(err)
	}
	return a
}

// TestMatchesCode covers the edges on hand-made code.
func TestMatchesCode(t *testing.T) {
	// PUSH32 <32 zero bytes> (an immutable), PUSH1 1, STOP, then a CBOR
	// trailer: {"solc": 0x00081e} and its length.
	body := append(append([]byte{0x7f}, make([]byte, 32)...), 0x60, 0x01, 0x00)
	trailer := func(b byte) []byte {
		cbor := []byte{0xa1, 0x64, 's', 'o', 'l', 'c', 0x43, 0x00, 0x08, b}
		return append(cbor, 0x00, byte(len(cbor)))
	}
	art := append(bytes.Clone(body), trailer(0x1e)...)
	filled := bytes.Clone(art)
	copy(filled[1:33], bytes.Repeat([]byte{0xab}, 32))
	otherMeta := append(bytes.Clone(body), trailer(0x1f)...)
	changed := bytes.Clone(art)
	changed[34] = 0x02 // PUSH1 2

	withRefs := &Artifact{DeployedBytecode: art, Immutables: []CodeRange{{Start: 1, Length: 32}}}
	noRefs := &Artifact{DeployedBytecode: art}
	declaredNone := &Artifact{DeployedBytecode: art, Immutables: []CodeRange{}}
	tests := []struct {
		name string
		a    *Artifact
		code []byte
		want bool
	}{
		{"identical", withRefs, art, true},
		{"immutable filled, references given", withRefs, filled, true},
		{"immutable filled, found as zeroed PUSH32", noRefs, filled, true},
		{"immutable filled, artifact says there are none", declaredNone, filled, false},
		{"other metadata", withRefs, otherMeta, true},
		{"an instruction changed", withRefs, changed, false},
		{"truncated", withRefs, art[:len(art)-1], false},
		{"empty artifact", &Artifact{}, art, false},
	}
	for _, tt := range tests {
		if got := tt.a.MatchesCode(tt.code); got != tt.want {
			t.Errorf("%s: MatchesCode = %v, want %v", tt.name, got, tt.want)
		}
	}
}

func TestDecodeCode(t *testing.T) {
	code, links, err := decodeCode("0x6001__$0123456789abcdef0123456789abcdef01$__00")
	if err != nil {
		t.Fatal(err)
	}
	if len(code) != 23 || len(links) != 1 || links[0] != (CodeRange{Start: 2, Length: 20}) || !bytes.Equal(code[2:22], make([]byte, 20)) {
		t.Errorf("code %x links %v", code, links)
	}
	for _, bad := range []string{"0x600", "0xzz", "0x60__$01"} {
		if _, _, err := decodeCode(bad); err == nil {
			t.Errorf("decodeCode(%q) succeeded", bad)
		}
	}
}
