package layout

import (
	"fmt"

	"warroom/chain/contracts"
)

// Kinds of findings.
const (
	// Removed: the old variable has no counterpart at its position.
	Removed = "removed"
	// Moved: same name, another slot or offset.
	Moved = "moved"
	// Renamed: another name at the same position (a reorder shows as renames).
	Renamed = "renamed"
	// Retyped: same name and position, another type.
	Retyped = "retyped"
)

// Position is where a variable lives and what it is.
type Position struct {
	Contract string `json:"contract"` // "src/VaultV1.sol:VaultV1"
	Label    string `json:"label"`
	Slot     string `json:"slot"`
	Offset   int    `json:"offset"`
	Type     string `json:"type"` // the Solidity type, "mapping(address => uint256)"
}

// Finding is one way the new layout breaks the old.
type Finding struct {
	Kind string    `json:"kind"`
	Old  Position  `json:"old"`
	New  *Position `json:"new,omitempty"` // nil when removed
}

// String says what happened to the variable.
func (f Finding) String() string {
	o := f.Old
	if f.New == nil {
		return fmt.Sprintf("%s %s (slot %s+%d) was removed", o.Type, o.Label, o.Slot, o.Offset)
	}
	n := *f.New
	return fmt.Sprintf("%s: %s %s at slot %s+%d became %s %s at slot %s+%d",
		f.Kind, o.Type, o.Label, o.Slot, o.Offset, n.Type, n.Label, n.Slot, n.Offset)
}

// Compare reports where newer's storage layout is not an append-only
// extension of older's: every variable of older must still be at the same
// index with the same name, slot, offset and type. Types are compared by
// their Solidity names, since type ids embed AST ids that differ between
// compiler runs.
func Compare(older, newer contracts.StorageLayout) []Finding {
	var out []Finding
	for i, ov := range older.Storage {
		o := position(older, ov)
		if i >= len(newer.Storage) {
			out = append(out, Finding{Kind: Removed, Old: o})
			continue
		}
		n := position(newer, newer.Storage[i])
		var kind string
		switch {
		case o.Label != n.Label:
			kind = Renamed
		case o.Slot != n.Slot || o.Offset != n.Offset:
			kind = Moved
		case o.Type != n.Type:
			kind = Retyped
		default:
			continue
		}
		out = append(out, Finding{Kind: kind, Old: o, New: &n})
	}
	return out
}

func position(l contracts.StorageLayout, v contracts.StorageVar) Position {
	return Position{Contract: v.Contract, Label: v.Label, Slot: v.Slot, Offset: v.Offset, Type: l.Types[v.Type].Label}
}
