package layout

import (
	"math"
	"strconv"
	"strings"
)

// The operations upgrades-core's edit distance produces, and their costs.
// A change costs 3 unless it says otherwise; insertions and deletions 2;
// an append (past the end of the old list) nothing.
const (
	opAppend          = "append"
	opInsert          = "insert"
	opDelete          = "delete"
	opRename          = "rename"
	opReplace         = "replace"
	opTypeChange      = "typechange"
	opLayoutChange    = "layoutchange"
	opFinishGap       = "finishgap"
	opShrinkGap       = "shrinkgap"
	opDeleteNamespace = "delete-namespace"

	changeCost       = 3
	insertionCost    = 2
	deletionCost     = 2
	layoutChangeCost = 1
	finishGapCost    = 1
	shrinkGapCost    = 0
	typeChangeCost   = 1
)

// Kinds of type change, upgrades-core's names.
const (
	tcObviousMismatch  = "obvious mismatch"
	tcUnknown          = "unknown"
	tcArrayGrow        = "array grow"
	tcArrayShrink      = "array shrink"
	tcArrayDynamic     = "array dynamic"
	tcVisibilityChange = "visibility change"
	tcTypeResize       = "type resize"
	tcMissingMembers   = "missing members"
	tcMappingKey       = "mapping key"
	tcMappingValue     = "mapping value"
	tcArrayValue       = "array value"
	tcEnumMembers      = "enum members"
	tcStructMembers    = "struct members"
)

// op is one edit between two lists of fields.
type op struct {
	kind      string
	o, u      *field // original and updated; one is nil for insert, append, delete
	change    *typeChange
	layout    *layoutChange
	cost      int
	namespace string // the namespace it happened in, "" for plain storage
	nsStruct  string // delete-namespace: the struct that declared it
	nsOwner   string // delete-namespace: the contract that declared it
}

// typeChange is why two types are not compatible.
type typeChange struct {
	kind        string
	o, u        *ltype
	inner       *typeChange // mapping key or value, array value
	ops         []*op       // struct members
	enumOps     []enumOp
	allowAppend bool
}

type enumOp struct{ kind, o, u string }

// layoutChange is a field that moved or changed size.
type layoutChange struct {
	uncertain, knownCompatible               bool
	slotChanged, offsetChanged, bytesChanged bool
	slot, bytes                              [2]string
	offset                                   [2]int
}

type tcKey struct {
	o, u        *ltype
	allowAppend bool
}

// tcEntry is a cached type change (nil: compatible).
type tcEntry struct{ tc *typeChange }

// comparator holds what one comparison learns on the way: type changes are
// cached (types recur), and a stack catches recursive types.
type comparator struct {
	cache map[tcKey]tcEntry
	stack map[tcKey]bool
	// assumed counts the times a comparison met itself again (a recursive
	// type) and assumed compatibility there; results that rest on such an
	// assumption are cached only once the outermost comparison is done.
	assumed int
	// enumsUnchecked counts enum comparisons made without their members
	// (no AST): only their sizes were compared.
	enumsUnchecked int
}

func newComparator() *comparator {
	return &comparator{cache: map[tcKey]tcEntry{}, stack: map[tcKey]bool{}}
}

// layout compares two lists of fields and keeps the unsafe edits.
func (c *comparator) layout(original, updated []*field, allowAppend bool) []*op {
	ops := editScript(len(original), len(updated), func(i, j int) (int, bool) {
		kind, cost, _, _ := c.fieldEdit(original[i], updated[j])
		return cost, kind != ""
	}, func(i, j int) *op {
		return c.fieldChange(original[i], updated[j])
	}, func(kind string, i, j int) *op {
		switch kind {
		case opDelete:
			return &op{kind: kind, o: original[i]}
		default:
			return &op{kind: kind, u: updated[j]}
		}
	})
	var unsafe []*op
	for _, o := range ops {
		switch {
		case o.kind == opInsert:
			if insertOverlaps(o.u, original) {
				unsafe = append(unsafe, o)
			}
		case (o.kind == opShrinkGap || o.kind == opFinishGap) && endMatchesGap(o.o, o.u):
			// a gap shrunk, or consumed, up to the same end: safe
		case o.kind == opAppend && allowAppend:
		default:
			unsafe = append(unsafe, o)
		}
	}
	return unsafe
}

// insertOverlaps says whether an inserted field takes bytes that a field of
// the original layout (other than a gap) used, or cannot be placed.
func insertOverlaps(u *field, original []*field) bool {
	ub, ue, ok := u.span()
	if !ok {
		return true
	}
	for _, f := range original {
		if isGap(f) {
			continue
		}
		ob, oe, ok := f.span()
		if !ok || (ob.Cmp(ue) < 0 && ub.Cmp(oe) < 0) {
			return true
		}
	}
	return false
}

// isGap is a storage gap: an array named __gap.
func isGap(f *field) bool { return f.label == "__gap" && f.typ.head == "t_array" }

// endMatchesGap says the original is a gap and the updated field ends where
// it did.
func endMatchesGap(o, u *field) bool {
	if !isGap(o) {
		return false
	}
	_, oe, ok1 := o.span()
	_, ue, ok2 := u.span()
	return ok1 && ok2 && oe.Cmp(ue) == 0
}

// fieldEdit is upgrades-core's getFieldChange: the kind of change from
// the original field to the updated one ("" when it is the same field,
// unchanged) and its cost in the edit distance. It allocates nothing, as
// the edit distance asks it of every pair of fields.
func (c *comparator) fieldEdit(o, u *field) (kind string, cost int, tc *typeChange, lc layoutChange) {
	nameChange := o.label != u.renamedFrom &&
		(u.label != o.label || (u.renamedFrom != "" && u.renamedFrom != o.renamedFrom))
	if !retypedFromOriginal(o, u) {
		tc = c.typeChange(o.typ, u.typ, false)
	}
	var changed bool
	lcOf := func() bool {
		lc, changed = layoutChangeOf(o, u)
		return changed
	}
	switch {
	case u.retypedFrom != "" && lcOf() && (!lc.uncertain || !lc.knownCompatible):
		return opLayoutChange, layoutChangeCost, nil, lc
	case nameChange && endMatchesGap(o, u):
		return opFinishGap, finishGapCost, nil, lc
	case tc != nil && tc.kind == tcArrayShrink && endMatchesGap(o, u):
		return opShrinkGap, shrinkGapCost, tc, lc
	case tc != nil && nameChange:
		return opReplace, changeCost, nil, lc
	case nameChange:
		return opRename, changeCost, nil, lc
	case tc != nil:
		return opTypeChange, typeChangeCost, tc, lc
	case lcOf() && !lc.uncertain:
		return opLayoutChange, layoutChangeCost, nil, lc
	}
	return "", 0, nil, lc
}

// fieldChange is fieldEdit as an operation; nil when unchanged.
func (c *comparator) fieldChange(o, u *field) *op {
	kind, cost, tc, lc := c.fieldEdit(o, u)
	if kind == "" {
		return nil
	}
	e := &op{kind: kind, o: o, u: u, change: tc, cost: cost}
	if kind == opLayoutChange {
		e.layout = &lc
	}
	return e
}

// retypedFromOriginal says the updated field's @custom:oz-retyped-from names
// the original's type (contract, struct and enum keywords aside).
func retypedFromOriginal(o, u *field) bool {
	if u.retypedFrom == "" {
		return false
	}
	return stripKeywords(o.typ.label) == stripKeywords(strings.TrimSpace(u.retypedFrom))
}

func stripKeywords(label string) string {
	for _, kw := range []string{"contract ", "struct ", "enum "} {
		label = removeWord(label, kw)
	}
	return label
}

// removeWord removes kw wherever it starts a word.
func removeWord(s, kw string) string {
	var out strings.Builder
	for i := 0; i < len(s); {
		if strings.HasPrefix(s[i:], kw) && (i == 0 || !isWord(s[i-1])) {
			i += len(kw)
			continue
		}
		out.WriteByte(s[i])
		i++
	}
	return out.String()
}

func isWord(c byte) bool {
	return c == '_' || c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}

func layoutChangeOf(o, u *field) (layoutChange, bool) {
	if !o.hasLayout() || !u.hasLayout() {
		compatible := func(l string) bool { return l == "uint8" || l == "bool" }
		return layoutChange{uncertain: true, knownCompatible: compatible(o.typ.label) && compatible(u.typ.label)}, true
	}
	lc := layoutChange{
		slotChanged:   o.slot != u.slot,
		offsetChanged: o.offset != u.offset,
		bytesChanged:  o.typ.bytes != u.typ.bytes,
		slot:          [2]string{o.slot, u.slot},
		offset:        [2]int{o.offset, u.offset},
		bytes:         [2]string{o.typ.bytes, u.typ.bytes},
	}
	return lc, lc.slotChanged || lc.offsetChanged || lc.bytesChanged
}

// typeChange is upgrades-core's getTypeChange, cached.
func (c *comparator) typeChange(o, u *ltype, allowAppend bool) *typeChange {
	if o.id == u.id && !o.hasArgs && !isFunction(o) {
		return nil // the same value type (the edit distance asks this a lot)
	}
	key := tcKey{o, u, allowAppend}
	if e, ok := c.cache[key]; ok {
		return e.tc
	}
	if c.stack[key] {
		// A recursive type met itself: assume the pair compatible here.
		// Any difference is in a member this comparison still visits, so
		// it is reported there (upgrades-core refuses recursive types).
		c.assumed++
		return nil
	}
	before := c.assumed
	c.stack[key] = true
	tc := c.uncachedTypeChange(o, u, allowAppend)
	delete(c.stack, key)
	if c.assumed == before || len(c.stack) == 0 {
		c.cache[key] = tcEntry{tc}
	}
	return tc
}

func (c *comparator) uncachedTypeChange(o, u *ltype, allowAppend bool) *typeChange {
	if isFunction(o) || isFunction(u) {
		if isFunction(o) && isFunction(u) {
			if functionVisibility(o.head) != functionVisibility(u.head) {
				return &typeChange{kind: tcVisibilityChange, o: o, u: u}
			}
			return nil
		}
		return &typeChange{kind: tcObviousMismatch, o: o, u: u}
	}
	if (o.head == "t_contract" && u.head == "t_address") || (o.head == "t_address" && u.head == "t_contract") {
		return nil // a contract is stored as its address
	}
	if normalizeMemoryPointer(o.head) != normalizeMemoryPointer(u.head) {
		return &typeChange{kind: tcObviousMismatch, o: o, u: u}
	}
	if !o.hasArgs || !u.hasArgs {
		return nil
	}
	switch o.head {
	case "t_contract":
		return nil
	case "t_struct":
		if !o.hasMembers || !u.hasMembers {
			return &typeChange{kind: tcMissingMembers, o: o, u: u}
		}
		if ops := c.layout(o.members, u.members, allowAppend); len(ops) > 0 {
			return &typeChange{kind: tcStructMembers, o: o, u: u, ops: ops, allowAppend: allowAppend}
		}
		return nil
	case "t_enum":
		if !o.hasEnum || !u.hasEnum {
			// Without the AST only the enums' sizes can be compared; the
			// report warns that their members were not checked.
			c.enumsUnchecked++
			if o.bytes != "" && u.bytes != "" && o.bytes != u.bytes {
				return &typeChange{kind: tcTypeResize, o: o, u: u}
			}
			return nil
		}
		if enumSize(len(o.enum)) != enumSize(len(u.enum)) {
			return &typeChange{kind: tcTypeResize, o: o, u: u}
		}
		if ops := enumEdits(o.enum, u.enum); len(ops) > 0 {
			return &typeChange{kind: tcEnumMembers, o: o, u: u, enumOps: ops}
		}
		return nil
	case "t_mapping":
		if len(o.args) != 2 || len(u.args) != 2 {
			return &typeChange{kind: tcUnknown, o: o, u: u}
		}
		if o.args[0].head != "unknown" {
			if inner := c.typeChange(o.args[0], u.args[0], false); inner != nil {
				return &typeChange{kind: tcMappingKey, o: o, u: u, inner: inner}
			}
		}
		// a mapping's value type may grow: each value has room after it
		if inner := c.typeChange(o.args[1], u.args[1], true); inner != nil {
			return &typeChange{kind: tcMappingValue, o: o, u: u, inner: inner}
		}
		return nil
	case "t_array":
		ol, ul := arrayLength(o.tail), arrayLength(u.tail)
		if ol == "" || ul == "" || len(o.args) == 0 || len(u.args) == 0 {
			return &typeChange{kind: tcUnknown, o: o, u: u}
		}
		if (ol == "dyn" || ul == "dyn") && ol != ul {
			return &typeChange{kind: tcArrayDynamic, o: o, u: u}
		}
		if ol != "dyn" {
			on, _ := strconv.ParseUint(ol, 10, 64)
			un, _ := strconv.ParseUint(ul, 10, 64)
			if un < on {
				return &typeChange{kind: tcArrayShrink, o: o, u: u}
			}
			if !allowAppend && un > on {
				return &typeChange{kind: tcArrayGrow, o: o, u: u}
			}
		}
		if inner := c.typeChange(o.args[0], u.args[0], false); inner != nil {
			return &typeChange{kind: tcArrayValue, o: o, u: u, inner: inner}
		}
		return nil
	case "t_userDefinedValueType":
		underlyingMatch := o.underlying != nil && u.underlying != nil && o.underlying.id == u.underlying.id
		if (o.bytes == "" || u.bytes == "") && !underlyingMatch {
			return &typeChange{kind: tcUnknown, o: o, u: u}
		}
		if o.bytes != u.bytes {
			return &typeChange{kind: tcTypeResize, o: o, u: u}
		}
		return nil
	}
	return &typeChange{kind: tcUnknown, o: o, u: u}
}

func isFunction(t *ltype) bool { return strings.HasPrefix(t.head, "t_function") }

// functionVisibility is "t_function_internal" or "t_function_external".
func functionVisibility(head string) string {
	for _, v := range []string{"t_function_internal", "t_function_external"} {
		if strings.HasPrefix(head, v) {
			return v
		}
	}
	return head
}

func normalizeMemoryPointer(head string) string {
	return strings.ReplaceAll(head, "_memory_ptr", "_memory")
}

// arrayLength is the length at the start of an array type's tail, "50" of
// "50_storage" or "dyn"; "" when there is none.
func arrayLength(tail string) string {
	if strings.HasPrefix(tail, "dyn") {
		return "dyn"
	}
	i := 0
	for i < len(tail) && tail[i] >= '0' && tail[i] <= '9' {
		i++
	}
	return tail[:i]
}

// enumSize is the bytes an enum of n members takes, as upgrades-core
// computes it.
func enumSize(n int) int {
	return int(math.Ceil(math.Log2(math.Max(2, float64(n))) / 8))
}

// enumEdits lists the member edits from o to u, appends aside (new members
// at the end keep the old numbers' meaning).
func enumEdits(o, u []string) []enumOp {
	steps := editScript(len(o), len(u), func(i, j int) (int, bool) {
		return changeCost, o[i] != u[j]
	}, func(i, j int) *enumOp {
		return &enumOp{kind: opReplace, o: o[i], u: u[j]}
	}, func(kind string, i, j int) *enumOp {
		if kind == opDelete {
			return &enumOp{kind: kind, o: o[i]}
		}
		return &enumOp{kind: kind, u: u[j]}
	})
	var out []enumOp
	for _, s := range steps {
		if s.kind != opAppend {
			out = append(out, *s)
		}
	}
	return out
}

// editScript is upgrades-core's Levenshtein: the cheapest edits from a
// list of n items to one of m. cost(i, j) says whether item i of the first
// list changed into item j of the second, and at what cost (not changed:
// the same item, free); change builds that change, and basic an insert,
// append or delete. Ties go to a change, then an insertion, as
// upgrades-core's do. Only the edits on the cheapest path are built.
func editScript[T any](n, m int, cost func(i, j int) (int, bool), change func(i, j int) T, basic func(kind string, i, j int) T) []T {
	const (
		kNop = iota
		kChange
		kInsert
		kAppend
		kDelete
	)
	type cell struct {
		kind  uint8
		total int
	}
	grid := make([]cell, (n+1)*(m+1))
	at := func(i, j int) *cell { return &grid[i*(m+1)+j] }
	insertion := func(i, j int) cell {
		prev := at(i, j-1).total
		if j > n {
			return cell{kind: kAppend, total: prev}
		}
		return cell{kind: kInsert, total: prev + insertionCost}
	}
	for j := 1; j <= m; j++ {
		*at(0, j) = insertion(0, j)
	}
	for i := 1; i <= n; i++ {
		*at(i, 0) = cell{kind: kDelete, total: at(i-1, 0).total + deletionCost}
		for j := 1; j <= m; j++ {
			best := cell{kind: kNop, total: at(i-1, j-1).total}
			if c, changed := cost(i-1, j-1); changed {
				best = cell{kind: kChange, total: best.total + c}
			}
			if ins := insertion(i, j); ins.total < best.total {
				best = ins
			}
			if del := at(i-1, j).total + deletionCost; del < best.total {
				best = cell{kind: kDelete, total: del}
			}
			*at(i, j) = best
		}
	}
	var steps []T
	for i, j := n, m; i > 0 || j > 0; {
		switch at(i, j).kind {
		case kChange:
			steps = append(steps, change(i-1, j-1))
			i, j = i-1, j-1
		case kNop:
			i, j = i-1, j-1
		case kDelete:
			steps = append(steps, basic(opDelete, i-1, j))
			i--
		case kInsert:
			steps = append(steps, basic(opInsert, i, j-1))
			j--
		default:
			steps = append(steps, basic(opAppend, i, j-1))
			j--
		}
	}
	for l, r := 0, len(steps)-1; l < r; l, r = l+1, r-1 {
		steps[l], steps[r] = steps[r], steps[l]
	}
	return steps
}
