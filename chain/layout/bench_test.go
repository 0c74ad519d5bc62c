package layout_test

import (
	"path/filepath"
	"testing"

	"warroom/chain/artifact"
	"warroom/chain/layout"
)

// BenchmarkCompare is `warroom layout OLD.json NEW.json` on two Foundry
// artifacts of 200 state variables each (testdata/src/Big1.sol and
// Big2.sol), in process: load both files (ABI, code, storage layout, AST)
// and compare. The target is under 20 ms.
func BenchmarkCompare(b *testing.B) {
	older := filepath.Join("testdata", "foundry", "out", "Big1.sol", "BigV1.json")
	newer := filepath.Join("testdata", "foundry", "out", "Big2.sol", "BigV2.json")
	b.ReportAllocs()
	for b.Loop() {
		o, err := artifact.Load(older)
		if err != nil {
			b.Fatal(err)
		}
		n, err := artifact.Load(newer)
		if err != nil {
			b.Fatal(err)
		}
		if r := layout.Compare(o, n); r.Safe() || len(r.Findings) != 1 {
			b.Fatalf("report:\n%s", r)
		}
	}
}

// BenchmarkCompareLoaded is the comparison alone, the artifacts loaded.
func BenchmarkCompareLoaded(b *testing.B) {
	o, err := artifact.Load(filepath.Join("testdata", "foundry", "out", "Big1.sol", "BigV1.json"))
	if err != nil {
		b.Fatal(err)
	}
	n, err := artifact.Load(filepath.Join("testdata", "foundry", "out", "Big2.sol", "BigV2.json"))
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if r := layout.Compare(o, n); r.Safe() {
			b.Fatal("safe")
		}
	}
}
