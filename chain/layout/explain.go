package layout

import (
	"fmt"
	"math/big"
	"strings"
)

// finding turns an unsafe edit into a Finding, with upgrades-core's
// explanation as reasons.
func finding(o *op) Finding {
	f := Finding{Severity: Error, Namespace: o.namespace}
	if o.o != nil {
		f.Old = o.o.position()
		f.Variable, f.Contract = o.o.label, o.o.contract
	}
	if o.u != nil {
		f.New = o.u.position()
		f.Contract = o.u.contract
		if f.Variable == "" {
			f.Variable = o.u.label
		}
	}
	switch o.kind {
	case opDelete:
		f.Kind = Deleted
		f.Reasons = []string{fmt.Sprintf("deleted `%s`", o.o.label)}
		f.Hint = "keep the variable even if unused"
	case opInsert:
		f.Kind = Inserted
		f.Reasons = []string{fmt.Sprintf("inserted `%s` where the old layout has data", o.u.label)}
		f.Hint = "new variables should be placed after all existing inherited variables"
		if o.namespace != "" {
			f.Hint = "new members should be placed after the namespace's existing ones"
		}
	case opAppend: // only where appending is not allowed: never at the top level
		f.Kind = Inserted
		f.Reasons = []string{fmt.Sprintf("added `%s`", o.u.label)}
	case opRename:
		f.Kind = Renamed
		f.Reasons = []string{fmt.Sprintf("renamed `%s` to `%s`", o.o.label, o.u.label)}
		f.Hint = fmt.Sprintf("if the new name is meant for the old data, annotate it /// @custom:oz-renamed-from %s", o.o.label)
	case opReplace:
		f.Kind = Replaced
		f.Reasons = []string{fmt.Sprintf("replaced `%s` with `%s` of incompatible type (%s -> %s)", o.o.label, o.u.label, o.o.typ.label, o.u.typ.label)}
	case opTypeChange, opShrinkGap:
		f.Kind = Retyped
		f.Change = o.change.kind
		if isGap(o.o) && (o.change.kind == tcArrayShrink || o.change.kind == tcArrayGrow) {
			f.Kind = GapResized
			f.Hint = gapHint(o.o, o.u)
		}
		f.Reasons = append([]string{fmt.Sprintf("upgraded `%s` to an incompatible type", o.u.label)}, typeReasons(o.change, o.o)...)
	case opLayoutChange:
		f.Kind = LayoutChanged
		f.Reasons = layoutReasons(o)
		if isGap(o.o) {
			f.Hint = gapHint(o.o, o.u)
		}
	case opFinishGap:
		f.Kind = LayoutChanged
		f.Reasons = []string{fmt.Sprintf("converted the end of storage gap `%s` to `%s`", o.o.label, o.u.label)}
	case opDeleteNamespace:
		f.Kind = NamespaceDeleted
		f.Variable, f.Contract = o.nsStruct, o.nsOwner
		f.Reasons = []string{fmt.Sprintf("namespace %s (struct %s in %s) is gone, and its storage with it", o.namespace, o.nsStruct, o.nsOwner)}
		f.Hint = "keep the namespace struct, even if unused"
	}
	return f
}

func layoutReasons(o *op) []string {
	lc := o.layout
	verb := "changed"
	if lc.uncertain {
		verb = "could have changed"
	}
	out := []string{fmt.Sprintf("layout %s for `%s` (%s -> %s)", verb, o.u.label, o.o.typ.label, o.u.typ.label)}
	if lc.slotChanged {
		out = append(out, fmt.Sprintf("slot changed from %s to %s", lc.slot[0], lc.slot[1]))
	}
	if lc.offsetChanged {
		out = append(out, fmt.Sprintf("offset changed from %d to %d", lc.offset[0], lc.offset[1]))
	}
	if lc.bytesChanged {
		out = append(out, fmt.Sprintf("number of bytes changed from %s to %s", lc.bytes[0], lc.bytes[1]))
	}
	return out
}

// gapHint says which gap size would keep the end of the gap in place.
func gapHint(o, u *field) string {
	_, oe, ok1 := o.span()
	ub, _, ok2 := u.span()
	n, ok3 := new(big.Int).SetString(arrayLength(o.typ.tail), 10)
	size, ok4 := new(big.Int).SetString(o.typ.bytes, 10)
	if !ok1 || !ok2 || !ok3 || !ok4 || n.Sign() == 0 {
		return ""
	}
	perItem := new(big.Int).Quo(size, n)
	if perItem.Sign() == 0 {
		return ""
	}
	want := new(big.Int).Sub(oe, ub)
	return fmt.Sprintf("set __gap array to size %s", want.Quo(want, perItem))
}

// typeReasons explains a type change and, for structs and enums, what
// happened to their members.
func typeReasons(tc *typeChange, original *field) []string {
	out := []string{explainType(tc, original)}
	seen := map[string]bool{out[0]: true}
	for _, ch := range allTypeChanges(tc) {
		var detail string
		switch ch.kind {
		case tcStructMembers:
			var parts []string
			for i, m := range ch.ops {
				if m.kind == opLayoutChange && i != 0 {
					continue // explained by the member edits before it
				}
				parts = append(parts, memberReason(m, ch.allowAppend))
			}
			detail = fmt.Sprintf("in %s: %s", ch.u.label, strings.Join(parts, ", "))
		case tcEnumMembers:
			var parts []string
			for _, e := range ch.enumOps {
				switch e.kind {
				case opReplace:
					parts = append(parts, fmt.Sprintf("replaced `%s` with `%s`", e.o, e.u))
				case opDelete:
					parts = append(parts, fmt.Sprintf("deleted `%s`", e.o))
				default:
					parts = append(parts, fmt.Sprintf("inserted `%s`", e.u))
				}
			}
			detail = fmt.Sprintf("in %s: %s", ch.u.label, strings.Join(parts, ", "))
		}
		if detail != "" && !seen[detail] {
			seen[detail] = true
			out = append(out, detail)
		}
	}
	return out
}

func allTypeChanges(root *typeChange) []*typeChange {
	list := []*typeChange{root}
	for i := 0; i < len(list); i++ {
		ch := list[i]
		switch ch.kind {
		case tcMappingValue, tcArrayValue, tcMappingKey:
			if ch.inner != nil {
				list = append(list, ch.inner)
			}
		case tcStructMembers:
			for _, m := range ch.ops {
				if m.kind == opTypeChange && m.change != nil {
					list = append(list, m.change)
				}
			}
		}
	}
	return list
}

func memberReason(m *op, allowAppend bool) string {
	switch m.kind {
	case opDelete:
		return fmt.Sprintf("deleted `%s`", m.o.label)
	case opInsert:
		if allowAppend {
			return fmt.Sprintf("inserted `%s` (new members go after the existing ones)", m.u.label)
		}
		return fmt.Sprintf("inserted `%s` (new members are not allowed here: define a new struct)", m.u.label)
	case opAppend:
		return fmt.Sprintf("added `%s` (new members are not allowed here: define a new struct)", m.u.label)
	case opRename:
		return fmt.Sprintf("renamed `%s` to `%s`", m.o.label, m.u.label)
	case opReplace:
		return fmt.Sprintf("replaced `%s` with `%s` of incompatible type", m.o.label, m.u.label)
	case opTypeChange, opShrinkGap:
		return fmt.Sprintf("upgraded `%s` to an incompatible type (%s)", m.u.label, explainType(m.change, m.o))
	case opLayoutChange:
		return strings.Join(layoutReasons(m), ", ")
	}
	return m.kind
}

// explainType is upgrades-core's one-line explanation of a type change.
func explainType(tc *typeChange, original *field) string {
	switch tc.kind {
	case tcVisibilityChange:
		return transition(tc) + ": different visibility"
	case tcObviousMismatch, tcStructMembers, tcEnumMembers:
		return transition(tc)
	case tcTypeResize:
		return transition(tc) + ": different representation sizes"
	case tcMappingKey:
		return fmt.Sprintf("in key of %s: %s", tc.u.label, explainType(tc.inner, original))
	case tcMappingValue, tcArrayValue:
		return fmt.Sprintf("in %s: %s", tc.u.label, explainType(tc.inner, original))
	case tcArrayShrink, tcArrayGrow:
		from, to := arrayLength(tc.o.tail), arrayLength(tc.u.tail)
		if original != nil && isGap(original) {
			if tc.kind == tcArrayShrink {
				return fmt.Sprintf("bad storage gap resize from %s to %s: size decrease must match with corresponding variable inserts", from, to)
			}
			return fmt.Sprintf("bad storage gap resize from %s to %s: size cannot increase", from, to)
		}
		if tc.kind == tcArrayShrink {
			return fmt.Sprintf("bad array resize from %s to %s: size cannot decrease", from, to)
		}
		return fmt.Sprintf("bad array resize from %s to %s: size cannot increase here", from, to)
	case tcArrayDynamic:
		if arrayLength(tc.o.tail) == "dyn" {
			return "bad upgrade from dynamic to fixed size array"
		}
		return "bad upgrade from fixed to dynamic size array"
	case tcMissingMembers:
		return fmt.Sprintf("insufficient data to compare %s and %s: their members are unknown", tc.o.label, tc.u.label)
	}
	return fmt.Sprintf("unknown type %s", tc.u.label)
}

func transition(tc *typeChange) string {
	if tc.o.label == tc.u.label {
		return "bad upgrade to " + tc.u.label
	}
	return fmt.Sprintf("bad upgrade from %s to %s", tc.o.label, tc.u.label)
}
