package artifact

import (
	"encoding/json"
	"fmt"
	"slices"
	"strconv"
	"strings"
)

// AST is what the storage-layout check reads from solc's AST: the
// contract's linearization with each contract's state variables (and their
// upgrades-core annotations) and ERC-7201 namespaces, and the types they
// use. It is derived from a full solc AST (Foundry, Hardhat) or from the
// pruned one warroom's artifacts carry; both decode the same way.
type AST struct {
	// Contracts is the linearization, most derived first (solc's
	// linearizedBaseContracts order). A base whose AST was not found is
	// left out and described in Missing.
	Contracts []Contract
	// Missing describes each base whose AST was not available: its
	// namespaces and annotations could not be read.
	Missing []string
	// Notes are annotations that could not be read (a storage-location
	// without exactly one argument), one sentence each.
	Notes []string
	// Types holds every type the state variables and namespaces use, keyed
	// by normalized solc type identifier, as in solc's storageLayout
	// ("t_struct(S)12_storage", "t_enum(E)7").
	Types map[string]*Type
}

// Complete says every base contract's AST was found.
func (a *AST) Complete() bool { return len(a.Missing) == 0 }

// Contract is one contract of the linearization.
type Contract struct {
	ID         int64  // AST id
	Name       string // "Initializable"
	Source     string // its source unit, "@openzeppelin/contracts/proxy/utils/Initializable.sol"
	Kind       string // "contract", "interface" or "library"
	Vars       []Var  // state variables that take storage, in declaration order
	Namespaces []Namespace
}

// Var is a state variable that takes storage (not a constant, an immutable
// or a transient variable).
type Var struct {
	ID          int64  // AST id, solc's storageLayout astId
	Name        string // "balances"
	RenamedFrom string // from /// @custom:oz-renamed-from <old name>
	RetypedFrom string // from /// @custom:oz-retyped-from <old type>
	Type        *Type
}

// Namespace is a struct annotated /// @custom:storage-location <location>
// (ERC-7201 namespaced storage: OpenZeppelin 5's upgradeable contracts).
type Namespace struct {
	Location string // "erc7201:openzeppelin.storage.Initializable"
	Struct   string // canonical name, "Initializable.InitializableStorage"
	Members  []Member
}

// Member is a struct member.
type Member struct {
	Name string
	Type *Type
}

// Type is a Solidity type as the AST gives it. Structs may refer to
// themselves (through a mapping or dynamic array), so a Type graph can
// have cycles.
type Type struct {
	ID         string   // normalized solc type identifier: "t_uint256", "t_mapping(t_address,t_uint256)"
	Label      string   // the Solidity type: "uint256", "struct C.S", "mapping(address => uint256)"
	Key, Value *Type    // a mapping's key and value types
	Base       *Type    // an array's element type
	Length     uint64   // a fixed array's length; 0 for a dynamic array
	Members    []Member // a struct's members; nil when its definition was not found
	Enum       []string // an enum's members; nil when its definition was not found
	Underlying *Type    // a user-defined value type's underlying type
}

// node is a solc AST node, decoded with only the fields the layout check
// reads (a full AST's other fields are skipped).
type node struct {
	NodeType                string  `json:"nodeType"`
	ID                      int64   `json:"id"`
	Name                    string  `json:"name"`
	CanonicalName           string  `json:"canonicalName"`
	AbsolutePath            string  `json:"absolutePath"`
	SourceUnit              int64   `json:"sourceUnit"`
	ContractKind            string  `json:"contractKind"`
	LinearizedBaseContracts []int64 `json:"linearizedBaseContracts"`
	BaseContracts           []struct {
		BaseName struct {
			Name                  string `json:"name"`
			ReferencedDeclaration int64  `json:"referencedDeclaration"`
		} `json:"baseName"`
	} `json:"baseContracts"`
	Nodes            []*node  `json:"nodes"`
	Members          []*node  `json:"members"`
	Documentation    nodeDoc  `json:"documentation"`
	StateVariable    bool     `json:"stateVariable"`
	Constant         bool     `json:"constant"`
	Mutability       string   `json:"mutability"`
	StorageLocation  string   `json:"storageLocation"`
	TypeName         *node    `json:"typeName"`
	TypeDescriptions typeDesc `json:"typeDescriptions"`
	Referenced       int64    `json:"referencedDeclaration"`
	KeyType          *node    `json:"keyType"`
	ValueType        *node    `json:"valueType"`
	BaseType         *node    `json:"baseType"`
	UnderlyingType   *node    `json:"underlyingType"`
}

type typeDesc struct {
	TypeIdentifier string `json:"typeIdentifier"`
	TypeString     string `json:"typeString"`
}

// nodeDoc is a node's NatSpec: a StructuredDocumentation node, or a plain
// string in old compilers.
type nodeDoc string

func (d *nodeDoc) UnmarshalJSON(b []byte) error {
	var s string
	if json.Unmarshal(b, &s) == nil {
		*d = nodeDoc(s)
		return nil
	}
	var obj struct {
		Text string `json:"text"`
	}
	if err := json.Unmarshal(b, &obj); err != nil {
		return err
	}
	*d = nodeDoc(obj.Text)
	return nil
}

func (n *node) storageVar() bool {
	return n.NodeType == "VariableDeclaration" && n.StateVariable && !n.Constant &&
		n.Mutability != "immutable" && n.Mutability != "constant" && n.StorageLocation != "transient"
}

// moreUnits loads the source unit with the given path and AST id (an
// import), or returns nil when it cannot.
type moreUnits func(path string, id int64) *node

// astBuilder indexes source units and derives an AST from them.
type astBuilder struct {
	defs    map[int64]*node // contracts, and the definitions in and outside them
	units   map[string]*node
	pending []*node // import directives not yet followed
	types   map[string]*Type
	notes   []string
}

func (b *astBuilder) add(u *node) {
	if u == nil || b.units[u.AbsolutePath] != nil {
		return
	}
	b.units[u.AbsolutePath] = u
	for _, n := range u.Nodes {
		switch n.NodeType {
		case "ImportDirective":
			b.pending = append(b.pending, n)
		case "ContractDefinition":
			b.defs[n.ID] = n
			for _, c := range n.Nodes {
				b.defs[c.ID] = c
			}
		default:
			b.defs[n.ID] = n
		}
	}
}

// buildAST derives the AST of the named contract from source units (and
// the units more loads, following imports until every base and every type
// definition is found).
func buildAST(units []*node, more moreUnits, name, source string) (*AST, error) {
	b := &astBuilder{defs: map[int64]*node{}, units: map[string]*node{}, types: map[string]*Type{}}
	for _, u := range units {
		b.add(u)
	}
	root := b.contract(name, source)
	if root == nil {
		return nil, fmt.Errorf("the AST has no contract %s in %s", name, source)
	}
	for more != nil && b.missing(root) {
		imports := b.pending
		b.pending = nil
		loaded := false
		for _, imp := range imports {
			if b.units[imp.AbsolutePath] != nil {
				continue
			}
			if u := more(imp.AbsolutePath, imp.SourceUnit); u != nil {
				b.add(u)
				loaded = true
			}
		}
		if !loaded {
			break
		}
	}

	a := &AST{}
	direct := map[int64]string{}
	for _, bc := range root.BaseContracts {
		direct[bc.BaseName.ReferencedDeclaration] = bc.BaseName.Name
	}
	unitOf := map[int64]string{}
	for path, u := range b.units {
		for _, n := range u.Nodes {
			unitOf[n.ID] = path
		}
	}
	for _, id := range root.LinearizedBaseContracts {
		c := b.defs[id]
		if c == nil || c.NodeType != "ContractDefinition" {
			if name := direct[id]; name != "" {
				a.Missing = append(a.Missing, fmt.Sprintf("base contract %s (AST id %d)", name, id))
			} else {
				a.Missing = append(a.Missing, fmt.Sprintf("an indirect base contract (AST id %d)", id))
			}
			continue
		}
		a.Contracts = append(a.Contracts, b.contractOf(c, unitOf[c.ID]))
	}
	a.Types = b.types
	a.Notes = b.notes
	return a, nil
}

// contract finds the named contract, in the given source unit if it is
// there.
func (b *astBuilder) contract(name, source string) *node {
	if u := b.units[source]; u != nil {
		for _, n := range u.Nodes {
			if n.NodeType == "ContractDefinition" && n.Name == name {
				return n
			}
		}
	}
	var found *node
	for _, path := range sortedKeys(b.units) {
		for _, n := range b.units[path].Nodes {
			if n.NodeType == "ContractDefinition" && n.Name == name && found == nil {
				found = n
			}
		}
	}
	return found
}

// missing says whether a base or a type definition the layout needs is not
// indexed yet.
func (b *astBuilder) missing(root *node) bool {
	seen := map[int64]bool{}
	var walk func(t *node) bool
	walk = func(t *node) bool {
		if t == nil {
			return false
		}
		switch t.NodeType {
		case "Mapping":
			return walk(t.KeyType) || walk(t.ValueType)
		case "ArrayTypeName":
			return walk(t.BaseType)
		case "UserDefinedTypeName":
			if strings.HasPrefix(t.TypeDescriptions.TypeIdentifier, "t_contract") || seen[t.Referenced] {
				return false
			}
			seen[t.Referenced] = true
			def := b.defs[t.Referenced]
			if def == nil {
				return true
			}
			for _, m := range def.Members {
				if walk(m.TypeName) {
					return true
				}
			}
		}
		return false
	}
	for _, id := range root.LinearizedBaseContracts {
		c := b.defs[id]
		if c == nil {
			return true
		}
		for _, n := range c.Nodes {
			if n.storageVar() && walk(n.TypeName) {
				return true
			}
			if n.NodeType == "StructDefinition" && storageLocation(string(n.Documentation)) != "" {
				for _, m := range n.Members {
					if walk(m.TypeName) {
						return true
					}
				}
			}
		}
	}
	return false
}

func (b *astBuilder) contractOf(c *node, source string) Contract {
	out := Contract{ID: c.ID, Name: c.Name, Source: source, Kind: c.ContractKind}
	for _, n := range c.Nodes {
		switch {
		case n.storageVar():
			tags := customTags(string(n.Documentation))
			out.Vars = append(out.Vars, Var{
				ID:          n.ID,
				Name:        n.Name,
				RenamedFrom: tags["oz-renamed-from"],
				RetypedFrom: tags["oz-retyped-from"],
				Type:        b.typeOf(n.TypeName),
			})
		case n.NodeType == "StructDefinition":
			doc := string(n.Documentation)
			tags := customTags(doc)
			loc, ok := tags["storage-location"]
			if !ok {
				continue
			}
			if f := strings.Fields(loc); len(f) != 1 {
				b.notes = append(b.notes, fmt.Sprintf("struct %s: @custom:storage-location must have exactly one argument, has %q", n.CanonicalName, loc))
				continue
			}
			ns := Namespace{Location: loc, Struct: n.CanonicalName}
			for _, m := range n.Members {
				ns.Members = append(ns.Members, Member{Name: m.Name, Type: b.typeOf(m.TypeName)})
			}
			out.Namespaces = append(out.Namespaces, ns)
		}
	}
	return out
}

// typeOf resolves a type name node, following struct, enum and
// user-defined value type definitions. Types are shared by identifier, so
// a recursive struct resolves to a cycle.
func (b *astBuilder) typeOf(t *node) *Type {
	if t == nil {
		return nil
	}
	id := normalizeTypeID(t.TypeDescriptions.TypeIdentifier)
	if ty, ok := b.types[id]; ok {
		return ty
	}
	ty := &Type{ID: id, Label: typeLabel(t.TypeDescriptions.TypeString)}
	b.types[id] = ty
	switch t.NodeType {
	case "Mapping":
		ty.Key, ty.Value = b.typeOf(t.KeyType), b.typeOf(t.ValueType)
	case "ArrayTypeName":
		ty.Base = b.typeOf(t.BaseType)
		ty.Length = arrayLength(ty.Label)
	case "UserDefinedTypeName":
		def := b.defs[t.Referenced]
		if def == nil {
			break
		}
		switch def.NodeType {
		case "StructDefinition":
			ty.Members = []Member{}
			for _, m := range def.Members {
				ty.Members = append(ty.Members, Member{Name: m.Name, Type: b.typeOf(m.TypeName)})
			}
		case "EnumDefinition":
			ty.Enum = []string{}
			for _, m := range def.Members {
				ty.Enum = append(ty.Enum, m.Name)
			}
		case "UserDefinedValueTypeDefinition":
			ty.Underlying = b.typeOf(def.UnderlyingType)
		}
	}
	return ty
}

// customTags reads NatSpec @custom:<tag> <args> sections, as upgrades-core
// does: a section runs until the next line that starts a tag.
func customTags(doc string) map[string]string {
	tags := map[string]string{}
	var tag string
	var args []string
	flush := func() {
		if tag != "" {
			tags[tag] = strings.TrimSpace(strings.Join(args, "\n"))
		}
		tag, args = "", nil
	}
	for _, line := range strings.Split(doc, "\n") {
		trimmed := strings.TrimSpace(line)
		if strings.HasPrefix(trimmed, "@") {
			flush()
			head, rest, _ := strings.Cut(trimmed, " ")
			if t, ok := strings.CutPrefix(head, "@custom:"); ok {
				tag = t
				args = []string{rest}
			}
			continue
		}
		if tag != "" {
			args = append(args, line)
		}
	}
	flush()
	return tags
}

func storageLocation(doc string) string {
	return customTags(doc)["storage-location"]
}

// normalizeTypeID decodes an AST type identifier into solc's storageLayout
// form: "$_" "(", "_$_" ",", "_$" ")", and "_storage_ptr" as "_storage".
func normalizeTypeID(id string) string {
	if strings.Contains(id, "$") {
		id = decodeTypeID(id)
	}
	const ptr = "_storage_ptr"
	var out strings.Builder
	for {
		i := strings.Index(id, ptr)
		if i < 0 {
			out.WriteString(id)
			return out.String()
		}
		end := i + len(ptr)
		out.WriteString(id[:i])
		if end < len(id) && isWordByte(id[end]) {
			out.WriteString(ptr) // not a whole word: leave it
		} else {
			out.WriteString("_storage")
		}
		id = id[end:]
	}
}

func isWordByte(c byte) bool {
	return c == '_' || c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}

// decodeTypeID undoes solc's escaping of parentheses and commas in AST type
// identifiers. The code is not prefix-free: a token is decoded only when a
// run of tokens after it reaches a character other than '_' or '$' (or the
// end), as upgrades-core's decoder does.
func decodeTypeID(s string) string {
	tokens := []struct{ tok, repl string }{{"$_", "("}, {"_$_", ","}, {"_$", ")"}}
	memo := map[int]bool{}
	var reaches func(j int) bool
	reaches = func(j int) bool {
		if j >= len(s) || (s[j] != '_' && s[j] != '$') {
			return true
		}
		if v, ok := memo[j]; ok {
			return v
		}
		ok := false
		for _, t := range tokens {
			if strings.HasPrefix(s[j:], t.tok) && reaches(j+len(t.tok)) {
				ok = true
				break
			}
		}
		memo[j] = ok
		return ok
	}
	var out strings.Builder
	for i := 0; i < len(s); {
		matched := false
		for _, t := range tokens {
			if strings.HasPrefix(s[i:], t.tok) && reaches(i+len(t.tok)) {
				out.WriteString(t.repl)
				i += len(t.tok)
				matched = true
				break
			}
		}
		if !matched {
			out.WriteByte(s[i])
			i++
		}
	}
	return out.String()
}

// typeLabel is a type string without the data location solc adds in some
// places ("struct C.S storage ref").
func typeLabel(s string) string {
	for _, suffix := range []string{" storage ref", " storage pointer", " memory", " calldata"} {
		s = strings.TrimSuffix(s, suffix)
	}
	return s
}

// arrayLength reads a fixed array's length from its label's last
// brackets, "uint256[2][3]" -> 3; 0 for a dynamic array.
func arrayLength(label string) uint64 {
	i := strings.LastIndexByte(label, '[')
	if i < 0 || !strings.HasSuffix(label, "]") {
		return 0
	}
	n, err := strconv.ParseUint(label[i+1:len(label)-1], 10, 64)
	if err != nil {
		return 0
	}
	return n
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}
