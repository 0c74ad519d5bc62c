package artifact

import (
	"reflect"
	"testing"
)

func TestNormalizeTypeID(t *testing.T) {
	tests := []struct{ in, want string }{
		{"t_uint256", "t_uint256"},
		{"t_mapping$_t_address_$_t_uint256_$", "t_mapping(t_address,t_uint256)"},
		{"t_mapping$_t_address_$_t_struct$_S_$21_storage_$", "t_mapping(t_address,t_struct(S)21_storage)"},
		{"t_struct$_S_$21_storage_ptr", "t_struct(S)21_storage"},
		{"t_struct$_My_Struct_$5_storage_ptr", "t_struct(My_Struct)5_storage"},
		{"t_array$_t_array$_t_uint256_$2_storage_$3_storage_ptr", "t_array(t_array(t_uint256)2_storage)3_storage"},
		{"t_function_internal_nonpayable$_t_uint256_$returns$__$", "t_function_internal_nonpayable(t_uint256)returns()"},
		{"t_userDefinedValueType$_Price_$3", "t_userDefinedValueType(Price)3"},
		{"t_string_storage_ptr", "t_string_storage"},
		{"t_bytes_storage_ptr_x", "t_bytes_storage_ptr_x"},
	}
	for _, tt := range tests {
		if got := normalizeTypeID(tt.in); got != tt.want {
			t.Errorf("normalizeTypeID(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestCustomTags(t *testing.T) {
	tests := []struct {
		doc  string
		want map[string]string
	}{
		{"@custom:oz-renamed-from x", map[string]string{"oz-renamed-from": "x"}},
		{"@dev a retyped variable\n @custom:oz-retyped-from bool", map[string]string{"oz-retyped-from": "bool"}},
		{"@custom:oz-retyped-from mapping(address => uint256)\n @notice the balances", map[string]string{"oz-retyped-from": "mapping(address => uint256)"}},
		{" @dev Storage of the initializable contract.\n It's implemented on a custom ERC-7201 namespace\n @custom:storage-location erc7201:openzeppelin.storage.Initializable",
			map[string]string{"storage-location": "erc7201:openzeppelin.storage.Initializable"}},
		{"@notice no tags", map[string]string{}},
	}
	for _, tt := range tests {
		if got := customTags(tt.doc); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("customTags(%q) = %v, want %v", tt.doc, got, tt.want)
		}
	}
}

func TestArrayLength(t *testing.T) {
	for label, want := range map[string]uint64{"uint256[50]": 50, "uint256[2][3]": 3, "address[]": 0, "struct C.S[10]": 10, "uint256": 0} {
		if got := arrayLength(label); got != want {
			t.Errorf("arrayLength(%q) = %d, want %d", label, got, want)
		}
	}
}

// TestRecursiveStruct: a struct that refers to itself through a mapping
// resolves to a cycle, not an endless recursion.
func TestRecursiveStruct(t *testing.T) {
	typ := func(id, str string) typeDesc { return typeDesc{TypeIdentifier: id, TypeString: str} }
	self := &node{NodeType: "UserDefinedTypeName", Referenced: 2, TypeDescriptions: typ("t_struct$_R_$2_storage_ptr", "struct C.R")}
	unit := &node{NodeType: "SourceUnit", ID: 100, AbsolutePath: "src/C.sol", Nodes: []*node{{
		NodeType: "ContractDefinition", ID: 1, Name: "C", LinearizedBaseContracts: []int64{1},
		Nodes: []*node{
			{NodeType: "StructDefinition", ID: 2, Name: "R", CanonicalName: "C.R", Members: []*node{{
				NodeType: "VariableDeclaration", Name: "children",
				TypeName: &node{NodeType: "Mapping", TypeDescriptions: typ("t_mapping$_t_uint256_$_t_struct$_R_$2_storage_$", "mapping(uint256 => struct C.R)"),
					KeyType:   &node{NodeType: "ElementaryTypeName", TypeDescriptions: typ("t_uint256", "uint256")},
					ValueType: self},
			}}},
			{NodeType: "VariableDeclaration", ID: 3, Name: "root", StateVariable: true, TypeName: self},
		},
	}}}
	a, err := buildAST([]*node{unit}, nil, "C", "src/C.sol")
	if err != nil {
		t.Fatal(err)
	}
	root := a.Contracts[0].Vars[0].Type
	if root.ID != "t_struct(R)2_storage" || len(root.Members) != 1 || root.Members[0].Type.Value != root {
		t.Errorf("root %+v", root)
	}
}
