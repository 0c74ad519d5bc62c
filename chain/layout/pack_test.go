package layout

import (
	"errors"
	"path/filepath"
	"testing"

	"warroom/chain/artifact"
	"warroom/chain/contracts"
)

// TestPackingMatchesSolc checks the layouts computed from the AST (what
// namespaces rely on: solc's storageLayout does not cover them) against
// solc's own, on every test artifact and every built-in: the state
// variables of the whole linearization packed as one list, every struct
// type's members, and every type's size.
func TestPackingMatchesSolc(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "foundry", "out", "*", "*.json"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no test artifacts: %v", err)
	}
	var arts []*artifact.Artifact
	for _, f := range files {
		a, err := artifact.Load(f)
		if errors.Is(err, artifact.ErrNoBytecode) {
			continue // interfaces and abstract contracts
		} else if err != nil {
			t.Fatal(err)
		}
		arts = append(arts, a)
	}
	for _, name := range contracts.Names() {
		a, err := artifact.Builtin(name)
		if errors.Is(err, artifact.ErrNoBytecode) {
			continue
		} else if err != nil {
			t.Fatal(err)
		}
		arts = append(arts, a)
	}
	structs := 0
	for _, a := range arts {
		if a.AST == nil || !a.AST.Complete() {
			t.Errorf("%s: no complete AST", a.Ref())
			continue
		}
		s := newSide(a)
		var members []artifact.Member
		for i := len(a.AST.Contracts) - 1; i >= 0; i-- { // most base first, as solc lays them out
			for _, v := range a.AST.Contracts[i].Vars {
				members = append(members, artifact.Member{Name: v.Name, Type: v.Type})
			}
		}
		fields, _, err := s.packSlots(members, "")
		if err != nil {
			t.Errorf("%s: %v", a.Ref(), err)
			continue
		}
		if len(fields) != len(a.Layout.Storage) {
			t.Errorf("%s: %d variables in the AST, %d in solc's layout", a.Ref(), len(fields), len(a.Layout.Storage))
			continue
		}
		for i, v := range a.Layout.Storage {
			if f := fields[i]; f.label != v.Label || f.slot != v.Slot || f.offset != v.Offset {
				t.Errorf("%s: %s at slot %s+%d, solc says %s at %s+%d", a.Ref(), f.label, f.slot, f.offset, v.Label, v.Slot, v.Offset)
			}
		}
		for id, st := range a.Layout.Types {
			at := a.AST.Types[id]
			if at == nil {
				continue
			}
			if z, ok := s.storageSize(at, 0); !ok || z.numberOfBytes() != parseUint(t, st.NumberOfBytes) {
				t.Errorf("%s: %s takes %d bytes (known %v), solc says %s", a.Ref(), st.Label, z.numberOfBytes(), ok, st.NumberOfBytes)
			}
			if st.Members == nil {
				continue
			}
			structs++
			packed, err := s.pack(at.Members, "")
			if err != nil || len(packed) != len(st.Members) {
				t.Errorf("%s: struct %s: %d members packed (%v), solc has %d", a.Ref(), st.Label, len(packed), err, len(st.Members))
				continue
			}
			for i, m := range st.Members {
				if f := packed[i]; f.slot != m.Slot || f.offset != m.Offset {
					t.Errorf("%s: %s.%s at slot %s+%d, solc says %s+%d", a.Ref(), st.Label, m.Label, f.slot, f.offset, m.Slot, m.Offset)
				}
			}
		}
	}
	if structs < 5 {
		t.Errorf("only %d struct types compared", structs)
	}
}

func parseUint(t *testing.T, s string) uint64 {
	t.Helper()
	var n uint64
	for _, c := range s {
		if c < '0' || c > '9' {
			t.Fatalf("not a number: %q", s)
		}
		n = n*10 + uint64(c-'0')
	}
	return n
}

func TestParseTypeID(t *testing.T) {
	tests := []struct {
		id         string
		head, tail string
		args, rets []string
	}{
		{"t_uint256", "t_uint256", "", nil, nil},
		{"t_mapping(t_address,t_uint256)", "t_mapping", "", []string{"t_address", "t_uint256"}, nil},
		{"t_mapping(t_bytes32,t_struct(RoleData)3610_storage)", "t_mapping", "", []string{"t_bytes32", "t_struct(RoleData)3610_storage"}, nil},
		{"t_array(t_array(t_uint256)2_storage)3_storage", "t_array", "3_storage", []string{"t_array(t_uint256)2_storage"}, nil},
		{"t_array(t_address)dyn_storage", "t_array", "dyn_storage", []string{"t_address"}, nil},
		{"t_function_internal_nonpayable(t_uint256,t_bool)returns(t_address)", "t_function_internal_nonpayable", "", []string{"t_uint256", "t_bool"}, []string{"t_address"}},
		{"t_function_external_nonpayable(t_uint256)returns()", "t_function_external_nonpayable", "", []string{"t_uint256"}, nil},
		{"t_userDefinedValueType(Price)3", "t_userDefinedValueType", "3", []string{"Price"}, nil},
	}
	for _, tt := range tests {
		p := parseTypeID(tt.id)
		if p.head != tt.head || p.tail != tt.tail || !equal(p.args, tt.args) || !equal(p.rets, tt.rets) {
			t.Errorf("parseTypeID(%q) = %+v", tt.id, p)
		}
	}
}

func equal(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// TestEditScript pins upgrades-core's costs and tie-breaking: a change is
// preferred to an insertion, an insertion to a deletion, and appending is
// free.
func TestEditScript(t *testing.T) {
	tests := []struct {
		a, b []string
		want []string
	}{
		{[]string{"a", "b"}, []string{"a", "b", "c"}, []string{"append c"}},
		{[]string{"a", "b"}, []string{"a", "x", "b"}, []string{"insert x"}},
		{[]string{"a", "b", "c"}, []string{"a", "c"}, []string{"delete b"}},
		{[]string{"a", "b"}, []string{"a", "x"}, []string{"replace b x"}},
		{[]string{"Open", "Paused", "Closed"}, []string{"Open", "Closed", "Paused"}, []string{"delete Paused", "insert Paused"}},
		{[]string{"a", "b"}, []string{"b", "a"}, []string{"delete a", "insert a"}},
		{[]string{"a", "b"}, []string{"b", "a", "c"}, []string{"delete a", "insert a", "append c"}},
	}
	for _, tt := range tests {
		var got []string
		for _, e := range editScript(len(tt.a), len(tt.b), func(i, j int) (int, bool) {
			return changeCost, tt.a[i] != tt.b[j]
		}, func(i, j int) *enumOp {
			return &enumOp{kind: opReplace, o: tt.a[i], u: tt.b[j]}
		}, func(kind string, i, j int) *enumOp {
			if kind == opDelete {
				return &enumOp{kind: kind, o: tt.a[i]}
			}
			return &enumOp{kind: kind, u: tt.b[j]}
		}) {
			s := e.kind
			if e.o != "" {
				s += " " + e.o
			}
			if e.u != "" {
				s += " " + e.u
			}
			got = append(got, s)
		}
		if !equal(got, tt.want) {
			t.Errorf("%v -> %v: %q, want %q", tt.a, tt.b, got, tt.want)
		}
	}
}
