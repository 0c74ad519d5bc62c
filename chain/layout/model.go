package layout

import (
	"fmt"
	"math/big"
	"strconv"
	"strings"

	"warroom/chain/artifact"
	"warroom/chain/contracts"
)

// field is a state variable, a namespace member or a struct member, with
// its position (relative to its struct or namespace for members).
type field struct {
	label    string
	contract string // the declaring contract's name
	slot     string // decimal, as solc writes it; "" when unknown
	offset   int
	typ      *ltype

	renamedFrom, retypedFrom string

	bounds *[2]*big.Int // begin and end byte, computed on first use
}

func (f *field) hasLayout() bool { return f.slot != "" && f.typ.bytes != "" }

// span is the field's first byte and the byte after its last, counted from
// slot 0; ok is false when the position or size is unknown.
func (f *field) span() (begin, end *big.Int, ok bool) {
	if !f.hasLayout() {
		return nil, nil, false
	}
	if f.bounds == nil {
		slot, ok1 := new(big.Int).SetString(f.slot, 10)
		size, ok2 := new(big.Int).SetString(f.typ.bytes, 10)
		if !ok1 || !ok2 {
			return nil, nil, false
		}
		b := slot.Mul(slot, big.NewInt(32))
		b.Add(b, big.NewInt(int64(f.offset)))
		f.bounds = &[2]*big.Int{b, new(big.Int).Add(b, size)}
	}
	return f.bounds[0], f.bounds[1], true
}

func (f *field) position() *Position {
	return &Position{Label: f.label, Contract: f.contract, Slot: f.slot, Offset: f.offset, Type: f.typ.label}
}

// ltype is a type with what the rules need: upgrades-core's parsed type id
// (head, args, tail) with the details of its types-table entry.
type ltype struct {
	id, label  string
	head, tail string
	args, rets []*ltype
	hasArgs    bool
	bytes      string // numberOfBytes; "" when unknown

	members    []*field // struct members
	hasMembers bool
	enum       []string // enum members
	hasEnum    bool
	underlying *ltype // user-defined value type
}

// side is one implementation: its types, state variables and namespaces.
type side struct {
	art   *artifact.Artifact
	solc  map[string]contracts.StorageType
	ast   map[string]*artifact.Type
	types map[string]*ltype
	vars  map[int]astVar // what the AST says of each state variable, by astId

	storage    []*field
	namespaces []namespace
	problems   []string // namespaces that could not be laid out
}

// astVar is a state variable as the AST declares it.
type astVar struct {
	artifact.Var
	contract string // the contract that declares it (solc's storageLayout names the compiled one)
}

type namespace struct {
	location, contract, structName string
	fields                         []*field
}

func newSide(a *artifact.Artifact) *side {
	s := &side{art: a, solc: a.Layout.Types, types: map[string]*ltype{}, vars: map[int]astVar{}}
	if a.AST != nil {
		s.ast = a.AST.Types
		for _, c := range a.AST.Contracts {
			for _, v := range c.Vars {
				s.vars[int(v.ID)] = astVar{Var: v, contract: c.Name}
			}
		}
	}
	for _, v := range a.Layout.Storage {
		f := &field{label: v.Label, contract: shortName(v.Contract), slot: v.Slot, offset: v.Offset, typ: s.typ(v.Type)}
		if av, ok := s.vars[v.AstID]; ok {
			f.renamedFrom, f.retypedFrom, f.contract = av.RenamedFrom, av.RetypedFrom, av.contract
		}
		s.storage = append(s.storage, f)
	}
	if a.AST != nil {
		for _, c := range a.AST.Contracts {
			for _, ns := range c.Namespaces {
				fields, err := s.namespaceFields(c.Name, ns)
				if err != nil {
					s.problems = append(s.problems, fmt.Sprintf("namespace %s (struct %s in %s): %v", ns.Location, ns.Struct, c.Name, err))
					continue
				}
				s.namespaces = append(s.namespaces, namespace{location: ns.Location, contract: c.Name, structName: ns.Struct, fields: fields})
			}
		}
	}
	return s
}

// shortName is a contract's name from solc's "src/C.sol:C".
func shortName(qualified string) string {
	return qualified[strings.LastIndexByte(qualified, ':')+1:]
}

// typ returns the type with the given solc type identifier, built from
// solc's types table where it has the entry and from the AST otherwise
// (namespace members' types, enum members, value types' underlying types).
func (s *side) typ(id string) *ltype {
	if t, ok := s.types[id]; ok {
		return t
	}
	p := parseTypeID(id)
	t := &ltype{id: id, head: p.head, tail: p.tail, hasArgs: p.hasArgs}
	s.types[id] = t // before the recursion below: types can be recursive
	for _, a := range p.args {
		t.args = append(t.args, s.typ(a))
	}
	for _, r := range p.rets {
		t.rets = append(t.rets, s.typ(r))
	}
	at := s.ast[id]
	if st, ok := s.solc[id]; ok {
		t.label, t.bytes = st.Label, st.NumberOfBytes
		if st.Encoding == "inplace" && strings.HasPrefix(id, "t_struct") {
			t.hasMembers = true
			for _, m := range st.Members {
				t.members = append(t.members, &field{label: m.Label, contract: shortName(m.Contract), slot: m.Slot, offset: m.Offset, typ: s.typ(m.Type)})
			}
		}
	} else if at != nil {
		t.label = at.Label
		if size, ok := s.storageSize(at, 0); ok {
			t.bytes = strconv.FormatUint(size.numberOfBytes(), 10)
		}
		if at.Members != nil {
			if members, err := s.pack(at.Members, ""); err == nil {
				t.members, t.hasMembers = members, true
			}
		}
	}
	if at != nil {
		if at.Enum != nil {
			t.enum, t.hasEnum = at.Enum, true
		}
		if at.Underlying != nil {
			t.underlying = s.typ(at.Underlying.ID)
		}
		if t.label == "" {
			t.label = at.Label
		}
	}
	return t
}

// namespaceFields lays out a namespace struct's members from its base slot.
func (s *side) namespaceFields(contract string, ns artifact.Namespace) ([]*field, error) {
	fields, err := s.pack(ns.Members, contract)
	if err != nil {
		return nil, err
	}
	for _, f := range fields {
		if f.typ.bytes == "" {
			return nil, fmt.Errorf("the size of member %s (%s) is unknown", f.label, f.typ.label)
		}
	}
	return fields, nil
}

// pack places struct members in storage as solc does: value types are
// packed in order into 32-byte slots, a member that does not fit in what
// is left of a slot starts the next one, and structs, arrays, mappings,
// bytes and strings take whole slots of their own (so the member after
// them starts a new slot too).
func (s *side) pack(members []artifact.Member, contract string) ([]*field, error) {
	fields, _, err := s.packSlots(members, contract)
	return fields, err
}

// packSlots is pack, also returning how many slots the members take.
func (s *side) packSlots(members []artifact.Member, contract string) ([]*field, *big.Int, error) {
	var out []*field
	slot := new(big.Int)
	offset := uint64(0)
	for _, m := range members {
		if m.Type == nil {
			return nil, nil, fmt.Errorf("member %s has no type", m.Name)
		}
		size, ok := s.storageSize(m.Type, 0)
		if !ok {
			return nil, nil, fmt.Errorf("the size of member %s (%s) is unknown: its definition is not in the AST", m.Name, m.Type.Label)
		}
		if offset+size.bytes > 32 {
			slot.Add(slot, big.NewInt(1))
			offset = 0
		}
		out = append(out, &field{label: m.Name, contract: contract, slot: slot.String(), offset: int(offset), typ: s.typ(m.Type.ID)})
		if size.slots == 1 && offset+size.bytes <= 32 {
			offset += size.bytes
		} else {
			slot.Add(slot, new(big.Int).SetUint64(size.slots))
			offset = 0
		}
	}
	if offset > 0 {
		slot.Add(slot, big.NewInt(1))
	}
	return out, slot, nil
}

// size is solc's storage size of a type: storageBytes (what a value type
// takes when packed; 32 for everything else) and storageSize (slots).
type size struct {
	bytes, slots uint64
	reference    bool // struct, array, mapping, bytes or string
}

// numberOfBytes is what solc's storageLayout says a type takes.
func (z size) numberOfBytes() uint64 {
	if z.reference {
		return z.slots * 32
	}
	return z.bytes
}

// storageSize follows solc's Type::storageBytes and Type::storageSize.
func (s *side) storageSize(t *artifact.Type, depth int) (size, bool) {
	if t == nil || depth > 64 {
		return size{}, false
	}
	id := t.ID
	head := id
	if i := strings.IndexByte(id, '('); i >= 0 {
		head = id[:i]
	}
	whole := size{bytes: 32, slots: 1, reference: true}
	switch {
	case head == "t_mapping", head == "t_bytes_storage", head == "t_string_storage",
		strings.HasPrefix(id, "t_bytes_") || strings.HasPrefix(id, "t_string_"):
		return whole, true
	case head == "t_array":
		if t.Length == 0 { // dynamic
			return whole, true
		}
		base, ok := s.storageSize(t.Base, depth+1)
		if !ok {
			return size{}, false
		}
		var slots uint64
		if base.bytes < 32 {
			perSlot := 32 / base.bytes
			slots = (t.Length + perSlot - 1) / perSlot
		} else {
			slots = t.Length * base.slots
			if base.slots != 0 && slots/base.slots != t.Length {
				return size{}, false // overflow: no real layout is this large
			}
		}
		return size{bytes: 32, slots: slots, reference: true}, true
	case head == "t_struct":
		if t.Members == nil {
			return size{}, false
		}
		_, slots, err := s.packSlots(t.Members, "")
		if err != nil || !slots.IsUint64() {
			return size{}, false
		}
		return size{bytes: 32, slots: max(slots.Uint64(), 1), reference: true}, true
	case head == "t_enum":
		if t.Enum == nil {
			return size{}, false
		}
		return size{bytes: bytesRequired(uint64(len(t.Enum)) - 1), slots: 1}, true
	case head == "t_userDefinedValueType":
		return s.storageSize(t.Underlying, depth+1)
	case head == "t_contract", head == "t_address", head == "t_address_payable":
		return size{bytes: 20, slots: 1}, true
	case head == "t_bool":
		return size{bytes: 1, slots: 1}, true
	case strings.HasPrefix(head, "t_function_internal"):
		return size{bytes: 8, slots: 1}, true
	case strings.HasPrefix(head, "t_function_external"):
		return size{bytes: 24, slots: 1}, true
	}
	for _, prefix := range []string{"t_uint", "t_int", "t_bytes", "t_ufixed", "t_fixed"} {
		rest, ok := strings.CutPrefix(head, prefix)
		if !ok {
			continue
		}
		if prefix == "t_ufixed" || prefix == "t_fixed" {
			rest, _, _ = strings.Cut(rest, "x")
		}
		n, err := strconv.ParseUint(rest, 10, 64)
		if err != nil || n == 0 {
			return size{}, false
		}
		if prefix != "t_bytes" {
			n /= 8
		}
		if n == 0 || n > 32 {
			return size{}, false
		}
		return size{bytes: n, slots: 1}, true
	}
	return size{}, false
}

// bytesRequired is how many bytes hold n (at least one).
func bytesRequired(n uint64) uint64 {
	b := uint64(1)
	for n >>= 8; n > 0; n >>= 8 {
		b++
	}
	return b
}

// parsedID is upgrades-core's parse of a type id: "t_mapping(t_address,t_uint256)"
// is head t_mapping with two args; "t_array(t_uint256)50_storage" has tail
// "50_storage"; function types have rets.
type parsedID struct {
	head       string
	args, rets []string
	hasArgs    bool
	tail       string
}

func parseTypeID(id string) parsedID {
	open := strings.IndexByte(id, '(')
	if open < 0 {
		return parsedID{head: id}
	}
	p := parsedID{head: id[:open], hasArgs: true}
	var next int
	p.args, next = parseIDList(id, open+1)
	rest := id[next:]
	if i := strings.IndexByte(rest, '('); i >= 0 {
		p.rets, _ = parseIDList(id, next+i+1)
	} else {
		p.tail = rest
	}
	return p
}

// parseIDList reads comma-separated ids from just after an opening
// parenthesis to its closing one; it returns them and the index after it.
func parseIDList(s string, i int) ([]string, int) {
	var items []string
	start, depth := i, 0
	for ; i < len(s); i++ {
		switch s[i] {
		case '(':
			depth++
		case ')':
			if depth == 0 {
				if i > start {
					items = append(items, s[start:i])
				}
				return items, i + 1
			}
			depth--
		case ',':
			if depth == 0 {
				if i > start {
					items = append(items, s[start:i])
				}
				start = i + 1
			}
		}
	}
	return items, len(s)
}
