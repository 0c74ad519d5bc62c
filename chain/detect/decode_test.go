package detect

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"warroom/chain"
	"warroom/chain/contracts"
)

var (
	safeAddr     = common.HexToAddress("0x00000000000000000000000000000000000000c1")
	timelockAddr = common.HexToAddress("0x00000000000000000000000000000000000000c2")
	newImplAddr  = common.HexToAddress("0x00000000000000000000000000000000000000a3")
)

// nestedDecoder knows the vault, its implementations, the Safe and the timelock.
func nestedDecoder() *Decoder {
	d := testDecoder()
	d.Label(safeAddr, "Safe", &contracts.MustLoad(contracts.SafeName).ABI)
	d.Label(timelockAddr, "Timelock", &contracts.MustLoad(contracts.TimelockControllerName).ABI)
	d.Label(newImplAddr, "VaultV2", &contracts.MustLoad(contracts.VaultV2Name).ABI)
	return d
}

// layer is what one decoded layer must be: its method, where it was decoded
// for, and how many calls it carries.
type layer struct {
	method string
	to     common.Address
	target string
	inner  int
}

func checkLayer(t *testing.T, name string, c chain.DecodedCall, want layer) {
	t.Helper()
	if !c.Known || c.Method != want.method || c.To == nil || *c.To != want.to || c.Target != want.target || len(c.Inner) != want.inner {
		to := "nil"
		if c.To != nil {
			to = c.To.Hex()
		}
		t.Errorf("%s: %s known %v to %s target %q inner %d; want %+v", name, c.Signature, c.Known, to, c.Target, len(c.Inner), want)
	}
}

func TestDecodeNested(t *testing.T) {
	d := nestedDecoder()
	v2, tl, sf := contracts.NewVaultV2(), contracts.NewTimelockController(), contracts.NewSafe()
	init := v2.PackVersion()
	upgrade := v2.PackUpgradeToAndCall(newImplAddr, init)
	schedule := tl.PackSchedule(vaultAddr, new(big.Int), upgrade, [32]byte{}, [32]byte{7}, big.NewInt(60))
	zero := new(big.Int)
	exec := sf.PackExecTransaction(timelockAddr, zero, schedule, 0, zero, zero, zero, common.Address{}, common.Address{}, make([]byte, 65))

	// Safe execTransaction → timelock schedule → proxy upgradeToAndCall → initializer.
	top := d.DecodeNested(&safeAddr, exec)
	checkLayer(t, "execTransaction", top, layer{"execTransaction", safeAddr, "Safe", 1})
	if len(top.Inner) == 1 {
		s := top.Inner[0]
		checkLayer(t, "schedule", s, layer{"schedule", timelockAddr, "Timelock", 1})
		if s.Args[0].Value != "Vault ("+vaultAddr.Hex()+")" || s.Args[5].Value != "60" {
			t.Errorf("schedule args %+v", s.Args)
		}
		if len(s.Inner) == 1 {
			u := s.Inner[0]
			checkLayer(t, "upgradeToAndCall", u, layer{"upgradeToAndCall", vaultAddr, "Vault", 1})
			if len(u.Inner) == 1 {
				checkLayer(t, "initializer", u.Inner[0], layer{"version", newImplAddr, "VaultV2", 0})
			}
		}
	}
	// DecodeCall itself is unchanged: one layer, no To.
	if flat := d.DecodeCall(&safeAddr, exec); len(flat.Inner) != 0 || flat.To != nil {
		t.Errorf("DecodeCall went nested: %+v", flat)
	}

	// executeBatch pairs each payload with its target.
	pause := v2.PackPause()
	batch := tl.PackExecuteBatch([]common.Address{vaultAddr, newImplAddr}, []*big.Int{zero, zero}, [][]byte{pause, init}, [32]byte{}, [32]byte{})
	b := d.DecodeNested(&timelockAddr, batch)
	checkLayer(t, "executeBatch", b, layer{"executeBatch", timelockAddr, "Timelock", 2})
	if len(b.Inner) == 2 {
		checkLayer(t, "batch[0]", b.Inner[0], layer{"pause", vaultAddr, "Vault", 0})
		checkLayer(t, "batch[1]", b.Inner[1], layer{"version", newImplAddr, "VaultV2", 0})
	}

	cases := []struct {
		name  string
		data  []byte
		inner int
	}{
		{"no initializer", v2.PackUpgradeToAndCall(newImplAddr, nil), 0},
		{"bytes with an unknown selector", v2.PackUpgradeToAndCall(newImplAddr, []byte{0xde, 0xad, 0xbe, 0xef, 1, 2}), 0},
		{"bytes shorter than a selector", v2.PackUpgradeToAndCall(newImplAddr, []byte{0x54}), 0},
		{"unknown outer call", []byte{0xde, 0xad, 0xbe, 0xef}, 0},
		{"arguments that do not decode", upgrade[:40], 0},
	}
	for _, c := range cases {
		if got := d.DecodeNested(&vaultAddr, c.data); len(got.Inner) != c.inner {
			t.Errorf("%s: %d inner calls, want %d: %+v", c.name, len(got.Inner), c.inner, got)
		}
	}
	if c := d.DecodeNested(nil, []byte{0x60, 0x80}); c.Method != "(create)" || c.To != nil || len(c.Inner) != 0 {
		t.Errorf("creation: %+v", c)
	}

	// Nesting stops after maxNesting layers.
	deep := init
	for range 2 * maxNesting {
		deep = v2.PackUpgradeToAndCall(newImplAddr, deep)
	}
	c, layers := d.DecodeNested(&vaultAddr, deep), 1
	for len(c.Inner) > 0 {
		c, layers = c.Inner[0], layers+1
	}
	if layers != maxNesting {
		t.Errorf("followed %d layers, want %d", layers, maxNesting)
	}
}
