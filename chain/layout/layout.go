package layout

import (
	"encoding/json"
	"fmt"
	"strings"

	"warroom/chain/artifact"
)

// Verdict is the outcome of a layout check.
type Verdict string

// Verdicts.
const (
	Safe   Verdict = "safe"   // no error finding: the new layout keeps the old one's data where it was
	Unsafe Verdict = "unsafe" // at least one error finding
)

// Severity says whether a finding makes the upgrade unsafe.
type Severity string

// Severities.
const (
	Error   Severity = "error"   // the upgrade would corrupt or orphan storage
	Warning Severity = "warning" // something could not be checked; the verdict does not count it
)

// Kind says what happened to a variable (or what could not be checked).
type Kind string

// Kinds of findings. The upgrades-core operation each comes from is in
// parentheses.
const (
	Deleted            Kind = "deleted"             // an old variable has no place in the new layout (delete)
	Inserted           Kind = "inserted"            // a new variable takes bytes the old layout used (insert)
	Renamed            Kind = "renamed"             // another name in the same place, not annotated (rename)
	Replaced           Kind = "replaced"            // another name and an incompatible type (replace)
	Retyped            Kind = "retyped"             // an incompatible type (typechange); Change says how
	GapResized         Kind = "gap-resized"         // a __gap resized by other than the new variables' size (typechange of a gap)
	LayoutChanged      Kind = "layout-changed"      // moved to another slot or offset, or another size (layoutchange)
	NamespaceDeleted   Kind = "namespace-deleted"   // an ERC-7201 namespace of the old implementation is gone (delete-namespace)
	NamespaceDuplicate Kind = "namespace-duplicate" // two structs of the new implementation claim one namespace
	NoLayout           Kind = "no-layout"           // an artifact has no storage layout: nothing could be compared
	NotChecked         Kind = "not-checked"         // a warning: namespaces, annotations or enum members not checked
)

// Position is where a variable lives and what it is. Slots of namespace
// members count from the namespace's base slot.
type Position struct {
	Label    string `json:"label"`
	Contract string `json:"contract"`
	Slot     string `json:"slot"` // decimal, "" when unknown
	Offset   int    `json:"offset"`
	Type     string `json:"type"` // the Solidity type, "mapping(address => uint256)"
}

// Finding is one way the new layout breaks the old, or one thing that could
// not be checked.
type Finding struct {
	Severity  Severity  `json:"severity"`
	Kind      Kind      `json:"kind"`
	Variable  string    `json:"variable,omitempty"`  // the old variable's name (the new one's when inserted)
	Contract  string    `json:"contract,omitempty"`  // the contract declaring it (in the new implementation when it is there)
	Namespace string    `json:"namespace,omitempty"` // the ERC-7201 namespace, "erc7201:example.main"
	Old       *Position `json:"old,omitempty"`
	New       *Position `json:"new,omitempty"`
	Change    string    `json:"change,omitempty"` // for retyped: upgrades-core's kind of type change, "obvious mismatch"
	Reasons   []string  `json:"reasons,omitempty"`
	Hint      string    `json:"hint,omitempty"`
}

// Report is the outcome of comparing two layouts.
type Report struct {
	Old     string  `json:"old"` // the artifacts compared (file, or "built-in VaultV1")
	New     string  `json:"new"`
	Verdict Verdict `json:"verdict"`
	// NamespacesChecked says both artifacts had a complete AST, so ERC-7201
	// namespaces and the upgrades-core annotations were checked.
	NamespacesChecked bool      `json:"namespacesChecked"`
	Findings          []Finding `json:"findings"`
}

// Safe says the verdict is safe.
func (r Report) Safe() bool { return r.Verdict == Safe }

// Count returns how many findings have the severity.
func (r Report) Count(s Severity) int {
	n := 0
	for _, f := range r.Findings {
		if f.Severity == s {
			n++
		}
	}
	return n
}

// JSON is the report as indented JSON, for warroom layout --json: fields in
// a fixed order, findings in the order of the layout.
func (r Report) JSON() ([]byte, error) {
	if r.Findings == nil {
		r.Findings = []Finding{}
	}
	return json.MarshalIndent(r, "", "  ")
}

// String renders the report as plain text: a verdict line, then one line
// per finding.
func (r Report) String() string {
	var b strings.Builder
	verdict := strings.ToUpper(string(r.Verdict))
	fmt.Fprintf(&b, "storage layout %s: %s -> %s (%d errors, %d warnings", verdict, r.Old, r.New, r.Count(Error), r.Count(Warning))
	if !r.NamespacesChecked {
		b.WriteString("; namespaces and annotations not checked")
	}
	b.WriteString(")\n")
	for _, f := range r.Findings {
		b.WriteString(f.String())
		b.WriteByte('\n')
	}
	return b.String()
}

// String renders the finding on one line: severity, kind, the variable and
// its contract (and namespace), old and new position, why, and what to do.
func (f Finding) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s: %s", f.Severity, f.Kind)
	if f.Variable != "" {
		fmt.Fprintf(&b, " %s", f.Variable)
	}
	if f.Contract != "" {
		fmt.Fprintf(&b, " in %s", f.Contract)
	}
	if f.Namespace != "" {
		fmt.Fprintf(&b, " (namespace %s)", f.Namespace)
	}
	switch {
	case f.Old != nil && f.New != nil:
		fmt.Fprintf(&b, ": %s -> %s", f.Old.place(), f.New.place())
	case f.Old != nil:
		fmt.Fprintf(&b, ": was %s", f.Old.place())
	case f.New != nil:
		fmt.Fprintf(&b, ": now %s", f.New.place())
	}
	if len(f.Reasons) > 0 {
		fmt.Fprintf(&b, ": %s", strings.Join(f.Reasons, "; "))
	}
	if f.Hint != "" {
		fmt.Fprintf(&b, " (%s)", f.Hint)
	}
	return b.String()
}

// place is "uint256 total at slot 3+0": type, name, slot and offset.
func (p *Position) place() string {
	slot := p.Slot
	if slot == "" {
		slot = "?"
	}
	return fmt.Sprintf("%s %s at slot %s+%d", p.Type, p.Label, slot, p.Offset)
}

// Compare checks that newer can replace older behind a proxy: older's
// storage (and each of its ERC-7201 namespaces) must still be where newer
// expects it. A nil artifact or one without a storage layout is an error finding:
// the verdict is never safe without a comparison.
func Compare(older, newer *artifact.Artifact) Report {
	r := Report{Old: ref(older), New: ref(newer), Findings: []Finding{}}
	for _, a := range []*artifact.Artifact{older, newer} {
		if a == nil || a.Layout == nil {
			r.Findings = append(r.Findings, Finding{Severity: Error, Kind: NoLayout,
				Reasons: []string{fmt.Sprintf("%s has no storage layout, so nothing was compared", ref(a))},
				Hint:    "compile it with solc's storageLayout output"})
		}
	}
	if len(r.Findings) > 0 {
		r.Verdict = Unsafe
		return r
	}

	before, after := newSide(older), newSide(newer)
	c := newComparator()
	ops := c.layout(before.storage, after.storage, true)

	var warnings []Finding
	warn := func(format string, args ...any) {
		warnings = append(warnings, Finding{Severity: Warning, Kind: NotChecked, Reasons: []string{fmt.Sprintf(format, args...)}})
	}
	r.NamespacesChecked = older.AST != nil && newer.AST != nil
	for _, a := range []*artifact.Artifact{older, newer} {
		switch {
		case a.AST == nil:
			warn("%s has no AST, so ERC-7201 namespaces, @custom:oz-renamed-from and @custom:oz-retyped-from annotations and enum members were not checked; %s", a.Ref(), astFix(a))
		case !a.AST.Complete():
			r.NamespacesChecked = false
			warn("the AST of %s lacks %s, so its namespaces and annotations were not checked; %s", a.Ref(), strings.Join(a.AST.Missing, ", "), astFix(a))
		}
		if a.AST != nil {
			for _, note := range a.AST.Notes {
				warn("%s: %s", a.Ref(), note)
			}
		}
	}
	for _, s := range []*side{before, after} {
		for _, p := range s.problems {
			r.NamespacesChecked = false
			warn("%s: %s, so it was not checked", s.art.Ref(), p)
		}
	}
	if older.AST != nil && newer.AST != nil {
		ops = append(ops, c.namespaces(before, after, func(n namespace) {
			r.NamespacesChecked = false
			warn("namespace %s (struct %s in %s) of %s is not in %s, whose AST is incomplete, so it was not checked", n.location, n.structName, n.contract, older.Ref(), newer.Ref())
		})...)
	}
	if c.enumsUnchecked > 0 && older.AST != nil && newer.AST != nil {
		warn("the members of %d enum type(s) were not in the AST, so only their sizes were compared", c.enumsUnchecked)
	}

	for _, o := range ops {
		r.Findings = append(r.Findings, finding(o))
	}
	r.Findings = append(r.Findings, duplicateNamespaces(after)...)
	r.Findings = append(r.Findings, warnings...)
	r.Verdict = Safe
	if r.Count(Error) > 0 {
		r.Verdict = Unsafe
	}
	return r
}

// namespaces compares each namespace of the old implementation with the
// new one's of the same location; one that is gone is unsafe when the new
// AST is complete, and reported to skipped otherwise.
func (c *comparator) namespaces(before, after *side, skipped func(namespace)) []*op {
	updated := map[string]namespace{}
	for _, n := range after.namespaces {
		if _, dup := updated[n.location]; !dup {
			updated[n.location] = n
		}
	}
	newComplete := after.art.AST != nil && after.art.AST.Complete() && len(after.problems) == 0
	var ops []*op
	seen := map[string]bool{}
	for _, on := range before.namespaces {
		if seen[on.location] {
			continue
		}
		seen[on.location] = true
		un, ok := updated[on.location]
		switch {
		case ok:
			for _, o := range c.layout(on.fields, un.fields, true) {
				o.namespace = on.location
				ops = append(ops, o)
			}
		case len(on.fields) == 0:
		case newComplete:
			ops = append(ops, &op{kind: opDeleteNamespace, namespace: on.location, nsStruct: on.structName, nsOwner: on.contract})
		default:
			skipped(on)
		}
	}
	return ops
}

// duplicateNamespaces finds two structs of the new implementation that
// claim the same storage location: their members would overlap.
func duplicateNamespaces(s *side) []Finding {
	var out []Finding
	first := map[string]namespace{}
	for _, n := range s.namespaces {
		if prev, ok := first[n.location]; ok {
			out = append(out, Finding{Severity: Error, Kind: NamespaceDuplicate, Variable: n.structName, Contract: n.contract, Namespace: n.location,
				Reasons: []string{fmt.Sprintf("struct %s in %s and struct %s in %s both use %s, so their members overlap", prev.structName, prev.contract, n.structName, n.contract, n.location)},
				Hint:    "give each namespace struct its own id"})
			continue
		}
		first[n.location] = n
	}
	return out
}

func ref(a *artifact.Artifact) string {
	if a == nil {
		return "(no artifact)"
	}
	return a.Ref()
}

// astFix says how to get an AST for the artifact's tool.
func astFix(a *artifact.Artifact) string {
	switch a.Format {
	case artifact.FormatFoundry:
		return "rebuild with `forge build --ast` (or ast = true in foundry.toml), keeping the imported files' artifacts in out/"
	case artifact.FormatHardhat, artifact.FormatHardhat3:
		return `keep "ast" in outputSelection (settings.outputSelection["*"][""]) and recompile`
	default:
		return "regenerate it with `go generate ./chain/contracts`"
	}
}
