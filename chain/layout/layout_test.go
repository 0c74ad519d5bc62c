package layout

import (
	"strings"
	"testing"

	"warroom/chain/contracts"
)

// v is a variable in a hand-written layout: label, slot, offset, type.
type v struct {
	label, slot string
	offset      int
	typ         string
}

// lay builds a storage layout. Type ids differ per call, as they do between
// compiler runs, so only type labels can be compared.
func lay(run string, vars ...v) contracts.StorageLayout {
	l := contracts.StorageLayout{Types: map[string]contracts.StorageType{}}
	for i, x := range vars {
		id := run + "/" + x.typ + "/" + string(rune('a'+i))
		l.Storage = append(l.Storage, contracts.StorageVar{Contract: "src/V.sol:V", Label: x.label, Slot: x.slot, Offset: x.offset, Type: id})
		l.Types[id] = contracts.StorageType{Label: x.typ}
	}
	return l
}

func TestCompare(t *testing.T) {
	base := []v{{"_roles", "0", 0, "mapping(bytes32 => struct AccessControl.RoleData)"}, {"_paused", "1", 0, "bool"},
		{"balances", "2", 0, "mapping(address => uint256)"}, {"totalDeposits", "3", 0, "uint256"}}
	with := func(changes ...func([]v) []v) []v {
		out := append([]v(nil), base...)
		for _, c := range changes {
			out = c(out)
		}
		return out
	}
	tests := []struct {
		name  string
		newer []v
		want  []string // kind:label of each finding, in order
	}{
		{"identical", base, nil},
		{"appended", with(func(x []v) []v { return append(x, v{"fee", "4", 0, "uint256"}) }), nil},
		{"packed into the last slot's free bytes after it", with(func(x []v) []v { return append(x, v{"flag", "4", 0, "bool"}) }), nil},
		{"last removed", base[:3], []string{"removed:totalDeposits"}},
		{"inserted before", with(func(x []v) []v {
			return []v{x[0], x[1], {"fee", "2", 0, "uint256"}, {"balances", "3", 0, "mapping(address => uint256)"}, {"totalDeposits", "4", 0, "uint256"}}
		}), []string{"renamed:balances", "renamed:totalDeposits"}},
		{"two swapped", with(func(x []v) []v {
			x[2], x[3] = v{"totalDeposits", "2", 0, "uint256"}, v{"balances", "3", 0, "mapping(address => uint256)"}
			return x
		}), []string{"renamed:balances", "renamed:totalDeposits"}},
		{"moved by a base contract's new slot", with(func(x []v) []v {
			x[2].slot, x[3].slot = "3", "4"
			return x
		}), []string{"moved:balances", "moved:totalDeposits"}},
		{"offset changed", with(func(x []v) []v { x[1].offset = 1; return x }), []string{"moved:_paused"}},
		{"uint256 to address", with(func(x []v) []v { x[3].typ = "address"; return x }), []string{"retyped:totalDeposits"}},
		{"mapping value type", with(func(x []v) []v { x[2].typ = "mapping(address => int256)"; return x }), []string{"retyped:balances"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Compare(lay("old", base...), lay("new", tt.newer...))
			var kinds []string
			for _, f := range got {
				kinds = append(kinds, f.Kind+":"+f.Old.Label)
			}
			if strings.Join(kinds, " ") != strings.Join(tt.want, " ") {
				t.Fatalf("findings %v, want %v", kinds, tt.want)
			}
			for _, f := range got {
				if s := f.String(); !strings.Contains(s, f.Old.Label) || !strings.Contains(s, "slot "+f.Old.Slot) {
					t.Errorf("finding %q does not name the variable and its slot", s)
				}
			}
		})
	}
}

// The drill's own implementations: VaultV2 keeps VaultV1's layout,
// VaultV2BadLayout breaks it by moving balances.
func TestDrillImplementations(t *testing.T) {
	v1 := contracts.MustLoad(contracts.VaultV1Name).StorageLayout
	v2 := contracts.MustLoad(contracts.VaultV2Name).StorageLayout
	if f := Compare(v1, v2); len(f) != 0 {
		t.Errorf("VaultV2 breaks VaultV1's layout: %v", f)
	}
	// The fix does not even append: its re-entrancy guard lives in transient storage.
	if len(v2.Storage) != len(v1.Storage) {
		t.Errorf("VaultV2 has %d state variables, VaultV1 %d", len(v2.Storage), len(v1.Storage))
	}
	bad := Compare(v1, contracts.MustLoad(contracts.VaultV2BadLayoutName).StorageLayout)
	found := false
	for _, f := range bad {
		if f.Old.Label == "balances" && f.Old.Slot == "2" {
			found = true
		}
	}
	if !found {
		t.Errorf("VaultV2BadLayout findings %v do not say balances left slot 2", bad)
	}
}
