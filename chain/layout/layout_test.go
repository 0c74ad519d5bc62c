package layout_test

import (
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"

	"warroom/chain/artifact"
	"warroom/chain/layout"
)

// load reads a test artifact: "File:Contract" is testdata/foundry/out/File.sol/Contract.json,
// "hardhat:File:Contract" the Hardhat one, "builtin:Name" an embedded one.
func load(t testing.TB, ref string) *artifact.Artifact {
	t.Helper()
	var a *artifact.Artifact
	var err error
	switch parts := strings.Split(ref, ":"); {
	case parts[0] == "builtin":
		a, err = artifact.Builtin(parts[1])
	case parts[0] == "hardhat":
		a, err = artifact.Load(filepath.Join("testdata", "hardhat", "artifacts", "contracts", parts[1]+".sol", parts[2]+".json"))
	default:
		a, err = artifact.Load(filepath.Join("testdata", "foundry", "out", parts[0]+".sol", parts[1]+".json"))
	}
	if err != nil {
		t.Fatalf("load %s: %v", ref, err)
	}
	return a
}

// TestCompare is the table of layout cases: pairs of contracts from
// testdata/src compiled by the pinned solc, each with the verdict and the
// findings (kind and variable, in order) upgrades-core's rules give.
func TestCompare(t *testing.T) {
	tests := []struct {
		name     string
		old, new string
		verdict  layout.Verdict
		findings []string // "kind variable"
	}{
		{"identical", "Append:AppendV1", "Append:AppendV1", layout.Safe, nil},
		{"appended at the end", "Append:AppendV1", "Append:AppendV2", layout.Safe, nil},
		{"appended into the last slot's free bytes", "Append:AppendV1", "Append:AppendV2Packed", layout.Safe, nil},
		{"deleted in the middle", "Remove:RemoveV1", "Remove:RemoveV2Middle", layout.Unsafe,
			[]string{"deleted b", "layout-changed c"}},
		{"deleted at the end", "Remove:RemoveV1", "Remove:RemoveV2Last", layout.Unsafe, []string{"deleted c"}},
		{"reordered", "Reorder:ReorderV1", "Reorder:ReorderV2", layout.Unsafe, []string{"renamed a", "renamed c"}},
		{"inserted before existing ones", "Insert:InsertV1", "Insert:InsertV2", layout.Unsafe,
			[]string{"inserted inserted", "layout-changed b"}},
		{"renamed and retyped", "Insert:InsertV1", "Insert:ReplaceV2", layout.Unsafe, []string{"replaced b"}},
		{"uint256 to address", "Retype:RetypeV1", "Retype:RetypeV2Address", layout.Unsafe, []string{"retyped amount"}},
		{"int256 to uint256", "Retype:RetypeV1", "Retype:RetypeV2Unsigned", layout.Unsafe, []string{"retyped delta"}},
		{"mapping value type", "Retype:RetypeV1", "Retype:RetypeV2MappingValue", layout.Unsafe, []string{"retyped balances"}},
		{"fixed array grows", "Retype:RetypeV1", "Retype:RetypeV2ArrayGrow", layout.Unsafe,
			[]string{"retyped window", "layout-changed token"}},
		{"fixed array shrinks", "Retype:RetypeV1", "Retype:RetypeV2ArrayShrink", layout.Unsafe,
			[]string{"retyped window", "layout-changed token"}},
		{"address to an interface type", "Retype:RetypeV1", "Retype:RetypeV2Contract", layout.Safe, nil},
		{"enum grows", "Enum:EnumV1", "Enum:EnumV2Grow", layout.Safe, nil},
		{"enum shrinks", "Enum:EnumV1", "Enum:EnumV2Shrink", layout.Unsafe, []string{"retyped status"}},
		{"enum reordered", "Enum:EnumV1", "Enum:EnumV2Reorder", layout.Unsafe, []string{"retyped status"}},
		{"struct member inserted", "Struct:StructV1", "Struct:StructV2Inserted", layout.Unsafe,
			[]string{"retyped position", "retyped positions", "layout-changed after_"}},
		{"struct member removed", "Struct:StructV1", "Struct:StructV2Removed", layout.Unsafe,
			[]string{"retyped position", "retyped positions", "layout-changed after_"}},
		{"struct member appended to a state variable", "Struct:StructV1", "Struct:StructV2Appended", layout.Unsafe,
			[]string{"retyped position", "layout-changed positions", "layout-changed after_"}},
		{"struct member appended to a mapping's value", "Struct:StructV1", "Struct:StructV2MappingAppended", layout.Safe, nil},
		{"gap shrunk by the new variable", "Gap:GapV1", "Gap:GapV2Ok", layout.Safe, nil},
		{"gap shrunk by the slot two packed variables take", "Gap:GapV1", "Gap:GapV2Packed", layout.Safe, nil},
		{"gap not shrunk", "Gap:GapV1", "Gap:GapV2NotShrunk", layout.Unsafe,
			[]string{"layout-changed __gap", "layout-changed child"}},
		{"gap shrunk too much", "Gap:GapV1", "Gap:GapV2TooMuch", layout.Unsafe,
			[]string{"gap-resized __gap", "layout-changed child"}},
		{"base contract gained a variable", "Inherit:InheritV1", "Inherit:InheritV2BaseGained", layout.Unsafe,
			[]string{"inserted fee", "layout-changed total"}},
		{"bases reordered", "Inherit:OrderV1", "Inherit:OrderV2", layout.Unsafe,
			[]string{"deleted alpha", "layout-changed beta", "inserted alpha"}},
		{"namespace member appended", "Namespace:NamespaceV1", "Namespace:NamespaceV2Appended", layout.Safe, nil},
		{"namespace member inserted", "Namespace:NamespaceV1", "Namespace:NamespaceV2Inserted", layout.Unsafe,
			[]string{"inserted fee", "layout-changed owner", "layout-changed balances"}},
		{"namespace member retyped", "Namespace:NamespaceV1", "Namespace:NamespaceV2Retyped", layout.Unsafe,
			[]string{"retyped owner"}},
		{"namespace removed", "Namespace:NamespaceV1", "Namespace:NamespaceV2Removed", layout.Unsafe,
			[]string{"namespace-deleted NamespaceV1.MainStorage"}},
		{"namespace added", "Namespace:NamespaceV1", "Namespace:NamespaceV2Added", layout.Safe, nil},
		{"namespace of a base in another file, member appended", "Pool:PoolV1", "Pool:PoolV2", layout.Safe, nil},
		{"namespace of a base in another file, member inserted", "Pool:PoolV1", "Pool:PoolV2Bad", layout.Unsafe,
			[]string{"inserted lastUpdate", "layout-changed reserve0", "layout-changed reserve1"}},
		{"renamed with oz-renamed-from", "Annotated:AnnotatedV1", "Annotated:AnnotatedV2Renamed", layout.Safe, nil},
		{"renamed without annotation", "Annotated:AnnotatedV1", "Annotated:AnnotatedV2RenamedBare", layout.Unsafe,
			[]string{"renamed x"}},
		{"retyped with oz-retyped-from", "Annotated:AnnotatedV1", "Annotated:AnnotatedV2Retyped", layout.Safe, nil},
		{"oz-retyped-from names another type", "Annotated:AnnotatedV1", "Annotated:AnnotatedV2RetypedWrong", layout.Unsafe,
			[]string{"retyped flag"}},
		{"oz-retyped-from to a larger type", "Annotated:AnnotatedV1", "Annotated:AnnotatedV2RetypedResized", layout.Unsafe,
			[]string{"layout-changed flag", "layout-changed owner"}},
		{"recursive struct, unchanged", "Recursive:RecursiveV1", "Recursive:RecursiveV2", layout.Safe, nil},
		{"recursive struct, member retyped", "Recursive:RecursiveV1", "Recursive:RecursiveV2Retyped", layout.Unsafe,
			[]string{"retyped root"}},
		{"Hardhat artifact to Foundry artifact, appended", "hardhat:Append:AppendV1", "Append:AppendV2", layout.Safe, nil},
		{"Hardhat namespace member inserted", "hardhat:Namespace:NamespaceV1", "hardhat:Namespace:NamespaceV2Inserted", layout.Unsafe,
			[]string{"inserted fee", "layout-changed owner", "layout-changed balances"}},
		{"200 variables, the last renamed", "Big1:BigV1", "Big2:BigV2", layout.Unsafe, []string{"renamed v199"}},
		{"the drill's fix", "builtin:VaultV1", "builtin:VaultV2", layout.Safe, nil},
		{"the drill's wrong fix", "builtin:VaultV1", "builtin:VaultV2BadLayout", layout.Unsafe,
			[]string{"inserted feeBps", "layout-changed balances", "layout-changed totalDeposits"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := layout.Compare(load(t, tt.old), load(t, tt.new))
			var got []string
			for _, f := range r.Findings {
				got = append(got, string(f.Kind)+" "+f.Variable)
			}
			if r.Verdict != tt.verdict || strings.Join(got, ", ") != strings.Join(tt.findings, ", ") {
				t.Fatalf("verdict %s, findings [%s]; want %s, [%s]\n%s", r.Verdict, strings.Join(got, ", "), tt.verdict, strings.Join(tt.findings, ", "), r)
			}
			if !r.NamespacesChecked {
				t.Errorf("namespaces not checked, though both artifacts have a complete AST")
			}
			if r.Safe() != (tt.verdict == layout.Safe) {
				t.Errorf("Safe() = %v with verdict %s", r.Safe(), r.Verdict)
			}
			for _, f := range r.Findings {
				checkFinding(t, f)
			}
		})
	}
}

// checkFinding checks a finding says what the issue asks of it: the
// variable, its contract, its old and new slot, offset and type.
func checkFinding(t *testing.T, f layout.Finding) {
	t.Helper()
	if f.Severity != layout.Error || f.Contract == "" || len(f.Reasons) == 0 {
		t.Errorf("finding %+v lacks a severity, contract or reason", f)
	}
	for _, p := range []*layout.Position{f.Old, f.New} {
		if p != nil && (p.Slot == "" || p.Type == "" || p.Label == "") {
			t.Errorf("finding %s has an incomplete position %+v", f.Kind, *p)
		}
	}
	switch f.Kind {
	case layout.Deleted:
		if f.Old == nil || f.New != nil {
			t.Errorf("deleted finding positions: old %v new %v", f.Old, f.New)
		}
	case layout.Inserted:
		if f.New == nil || f.Old != nil {
			t.Errorf("inserted finding positions: old %v new %v", f.Old, f.New)
		}
	case layout.NamespaceDeleted:
		if f.Namespace == "" {
			t.Errorf("namespace-deleted finding names no namespace")
		}
	default:
		if f.Old == nil || f.New == nil {
			t.Errorf("%s finding positions: old %v new %v", f.Kind, f.Old, f.New)
		}
	}
	line := f.String()
	if strings.Contains(line, "\n") || !strings.Contains(line, string(f.Severity)) || !strings.Contains(line, f.Variable) || !strings.Contains(line, f.Contract) {
		t.Errorf("finding line %q does not name its severity, variable and contract on one line", line)
	}
	if f.Old != nil && !strings.Contains(line, "slot "+f.Old.Slot) {
		t.Errorf("finding line %q does not give the old slot %s", line, f.Old.Slot)
	}
}

// TestFindingDetails pins what a few findings say.
func TestFindingDetails(t *testing.T) {
	tests := []struct {
		old, new string
		index    int
		want     layout.Finding
		line     string
	}{
		{"builtin:VaultV1", "builtin:VaultV2BadLayout", 1, layout.Finding{
			Severity: layout.Error, Kind: layout.LayoutChanged, Variable: "balances", Contract: "VaultV2BadLayout",
			Old:     &layout.Position{Label: "balances", Contract: "VaultV1", Slot: "2", Type: "mapping(address => uint256)"},
			New:     &layout.Position{Label: "balances", Contract: "VaultV2BadLayout", Slot: "3", Type: "mapping(address => uint256)"},
			Reasons: []string{"layout changed for `balances` (mapping(address => uint256) -> mapping(address => uint256))", "slot changed from 2 to 3"},
		}, "error: layout-changed balances in VaultV2BadLayout: mapping(address => uint256) balances at slot 2+0 -> mapping(address => uint256) balances at slot 3+0: layout changed for `balances` (mapping(address => uint256) -> mapping(address => uint256)); slot changed from 2 to 3"},
		{"Gap:GapV1", "Gap:GapV2TooMuch", 0, layout.Finding{
			Severity: layout.Error, Kind: layout.GapResized, Variable: "__gap", Contract: "GapBaseV2TooMuch", Change: "array shrink",
			Old:     &layout.Position{Label: "__gap", Contract: "GapBaseV1", Slot: "1", Type: "uint256[49]"},
			New:     &layout.Position{Label: "__gap", Contract: "GapBaseV2TooMuch", Slot: "2", Type: "uint256[47]"},
			Reasons: []string{"upgraded `__gap` to an incompatible type", "bad storage gap resize from 49 to 47: size decrease must match with corresponding variable inserts"},
			Hint:    "set __gap array to size 48",
		}, ""},
		{"Enum:EnumV1", "Enum:EnumV2Shrink", 0, layout.Finding{
			Severity: layout.Error, Kind: layout.Retyped, Variable: "status", Contract: "EnumV2Shrink", Change: "enum members",
			Old:     &layout.Position{Label: "status", Contract: "EnumV1", Slot: "0", Type: "enum EnumV1.Status"},
			New:     &layout.Position{Label: "status", Contract: "EnumV2Shrink", Slot: "0", Type: "enum EnumV2Shrink.Status"},
			Reasons: []string{"upgraded `status` to an incompatible type", "bad upgrade from enum EnumV1.Status to enum EnumV2Shrink.Status", "in enum EnumV2Shrink.Status: deleted `Closed`"},
		}, ""},
		{"Namespace:NamespaceV1", "Namespace:NamespaceV2Retyped", 0, layout.Finding{
			Severity: layout.Error, Kind: layout.Retyped, Variable: "owner", Contract: "NamespaceV2Retyped", Namespace: "erc7201:example.main", Change: "obvious mismatch",
			Old:     &layout.Position{Label: "owner", Contract: "NamespaceV1", Slot: "1", Type: "address"},
			New:     &layout.Position{Label: "owner", Contract: "NamespaceV2Retyped", Slot: "1", Type: "uint256"},
			Reasons: []string{"upgraded `owner` to an incompatible type", "bad upgrade from address to uint256"},
		}, "error: retyped owner in NamespaceV2Retyped (namespace erc7201:example.main): address owner at slot 1+0 -> uint256 owner at slot 1+0: upgraded `owner` to an incompatible type; bad upgrade from address to uint256"},
		{"Inherit:InheritV1", "Inherit:InheritV2BaseGained", 0, layout.Finding{
			Severity: layout.Error, Kind: layout.Inserted, Variable: "fee", Contract: "OwnedV2",
			New:     &layout.Position{Label: "fee", Contract: "OwnedV2", Slot: "1", Type: "uint256"},
			Reasons: []string{"inserted `fee` where the old layout has data"},
			Hint:    "new variables should be placed after all existing inherited variables",
		}, "error: inserted fee in OwnedV2: now uint256 fee at slot 1+0: inserted `fee` where the old layout has data (new variables should be placed after all existing inherited variables)"},
	}
	for _, tt := range tests {
		r := layout.Compare(load(t, tt.old), load(t, tt.new))
		if tt.index >= len(r.Findings) {
			t.Fatalf("%s -> %s: %d findings, want at least %d", tt.old, tt.new, len(r.Findings), tt.index+1)
		}
		got, _ := json.Marshal(r.Findings[tt.index])
		want, _ := json.Marshal(tt.want)
		if string(got) != string(want) {
			t.Errorf("%s -> %s finding %d:\n got %s\nwant %s", tt.old, tt.new, tt.index, got, want)
		}
		if tt.line != "" && r.Findings[tt.index].String() != tt.line {
			t.Errorf("%s -> %s finding %d line:\n got %s\nwant %s", tt.old, tt.new, tt.index, r.Findings[tt.index], tt.line)
		}
	}
}

// TestWithoutAST: without an AST, namespaces and annotations cannot be
// read; the report says so in a warning and never passes them silently.
func TestWithoutAST(t *testing.T) {
	tests := []struct {
		name     string
		old, new string
		verdict  layout.Verdict
		findings []string
	}{
		// The namespace is gone, but only the AST shows namespaces.
		{"namespace removed", "Namespace:NamespaceV1", "Namespace:NamespaceV2Removed", layout.Safe,
			[]string{"not-checked ", "not-checked "}},
		// The annotation is in the AST: without it the rename is unsafe.
		{"annotated rename", "Annotated:AnnotatedV1", "Annotated:AnnotatedV2Renamed", layout.Unsafe,
			[]string{"renamed x", "not-checked ", "not-checked "}},
		// Enum members are in the AST: without it only sizes are compared.
		{"enum shrinks within a byte", "Enum:EnumV1", "Enum:EnumV2Shrink", layout.Safe,
			[]string{"not-checked ", "not-checked "}},
		{"layout still checked", "Remove:RemoveV1", "Remove:RemoveV2Last", layout.Unsafe,
			[]string{"deleted c", "not-checked ", "not-checked "}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			older, newer := load(t, tt.old), load(t, tt.new)
			older.AST, newer.AST = nil, nil
			r := layout.Compare(older, newer)
			var got []string
			for _, f := range r.Findings {
				got = append(got, string(f.Kind)+" "+f.Variable)
			}
			if r.Verdict != tt.verdict || strings.Join(got, ",") != strings.Join(tt.findings, ",") {
				t.Fatalf("verdict %s, findings %q; want %s, %q\n%s", r.Verdict, got, tt.verdict, tt.findings, r)
			}
			if r.NamespacesChecked {
				t.Error("namespaces checked without an AST")
			}
			text := r.String()
			if !strings.Contains(text, "namespaces and annotations not checked") || !strings.Contains(text, "forge build --ast") {
				t.Errorf("report does not say what was not checked and how to fix it:\n%s", text)
			}
			for _, f := range r.Findings {
				if f.Kind == layout.NotChecked && f.Severity != layout.Warning {
					t.Errorf("not-checked finding is an %s, want a warning", f.Severity)
				}
			}
		})
	}
}

// TestOneSideWithoutAST: one artifact without an AST is enough to say
// namespaces were not checked.
func TestOneSideWithoutAST(t *testing.T) {
	older, newer := load(t, "builtin:VaultV1"), load(t, "builtin:VaultV2")
	newer.AST = nil
	r := layout.Compare(older, newer)
	if !r.Safe() || r.NamespacesChecked || r.Count(layout.Warning) != 1 {
		t.Fatalf("report:\n%s", r)
	}
	if w := r.Findings[0].String(); !strings.Contains(w, "built-in VaultV2 has no AST") || !strings.Contains(w, "go generate ./chain/contracts") {
		t.Errorf("warning %q", w)
	}
}

// TestNoLayout: without a storage layout there is nothing to compare, and
// the verdict is unsafe, never a pass.
func TestNoLayout(t *testing.T) {
	a := load(t, "Append:AppendV1")
	noLayout := *a
	noLayout.Layout = nil
	for _, pair := range [][2]*artifact.Artifact{{nil, a}, {a, &noLayout}} {
		r := layout.Compare(pair[0], pair[1])
		if r.Safe() || len(r.Findings) != 1 || r.Findings[0].Kind != layout.NoLayout {
			t.Errorf("report:\n%s", r)
		}
	}
}

// TestReportJSON pins the JSON warroom layout --json prints.
func TestReportJSON(t *testing.T) {
	r := layout.Compare(load(t, "builtin:VaultV1"), load(t, "builtin:VaultV2BadLayout"))
	got, err := r.JSON()
	if err != nil {
		t.Fatal(err)
	}
	want := `{
  "old": "built-in VaultV1",
  "new": "built-in VaultV2BadLayout",
  "verdict": "unsafe",
  "namespacesChecked": true,
  "findings": [
    {
      "severity": "error",
      "kind": "inserted",
      "variable": "feeBps",
      "contract": "VaultV2BadLayout",
      "new": {
        "label": "feeBps",
        "contract": "VaultV2BadLayout",
        "slot": "2",
        "offset": 0,
        "type": "uint256"
      },
      "reasons": [
        "inserted ` + "`feeBps`" + ` where the old layout has data"
      ],
      "hint": "new variables should be placed after all existing inherited variables"
    },
    {
      "severity": "error",
      "kind": "layout-changed",
      "variable": "balances",
      "contract": "VaultV2BadLayout",
      "old": {
        "label": "balances",
        "contract": "VaultV1",
        "slot": "2",
        "offset": 0,
        "type": "mapping(address =\u003e uint256)"
      },
      "new": {
        "label": "balances",
        "contract": "VaultV2BadLayout",
        "slot": "3",
        "offset": 0,
        "type": "mapping(address =\u003e uint256)"
      },
      "reasons": [
        "layout changed for ` + "`balances`" + ` (mapping(address =\u003e uint256) -\u003e mapping(address =\u003e uint256))",
        "slot changed from 2 to 3"
      ]
    },
    {
      "severity": "error",
      "kind": "layout-changed",
      "variable": "totalDeposits",
      "contract": "VaultV2BadLayout",
      "old": {
        "label": "totalDeposits",
        "contract": "VaultV1",
        "slot": "3",
        "offset": 0,
        "type": "uint256"
      },
      "new": {
        "label": "totalDeposits",
        "contract": "VaultV2BadLayout",
        "slot": "4",
        "offset": 0,
        "type": "uint256"
      },
      "reasons": [
        "layout changed for ` + "`totalDeposits`" + ` (uint256 -\u003e uint256)",
        "slot changed from 3 to 4"
      ]
    }
  ]
}`
	if string(got) != want {
		t.Errorf("JSON:\n%s\nwant:\n%s", got, want)
	}
	safe, _ := layout.Compare(load(t, "builtin:VaultV1"), load(t, "builtin:VaultV2")).JSON()
	if !strings.Contains(string(safe), `"findings": []`) {
		t.Errorf("a safe report's findings are not an empty list:\n%s", safe)
	}
}

// TestReportText: a verdict line, then exactly one line per finding.
func TestReportText(t *testing.T) {
	r := layout.Compare(load(t, "Struct:StructV1"), load(t, "Struct:StructV2Inserted"))
	lines := strings.Split(strings.TrimSuffix(r.String(), "\n"), "\n")
	if len(lines) != 1+len(r.Findings) {
		t.Fatalf("%d lines for %d findings:\n%s", len(lines), len(r.Findings), r)
	}
	if want := "storage layout UNSAFE: testdata/foundry/out/Struct.sol/StructV1.json -> testdata/foundry/out/Struct.sol/StructV2Inserted.json (3 errors, 0 warnings)"; lines[0] != want {
		t.Errorf("first line %q, want %q", lines[0], want)
	}
	if want := "in struct StructV2Inserted.Position: inserted `leverage` (new members are not allowed here: define a new struct)"; !strings.Contains(lines[1], want) {
		t.Errorf("line %q does not say %q", lines[1], want)
	}
}
