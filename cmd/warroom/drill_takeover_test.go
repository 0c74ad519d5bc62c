package main

import (
	"math/big"
	"strings"
	"testing"
)

// The takeover drills headless: with the circuit breaker they drain less
// than without; --fix with the right fix reaches a verified fix, and a
// wrong one stops at its checks with the reason in the summary.
func TestHeadlessTakeoverDrills(t *testing.T) {
	for _, c := range []struct {
		scenario, right, wrong, why string
	}{
		{"access-control", "BridgeVaultV2", "BridgeVaultV2AdminRelease", "relayer releases a bridged 0.2 ether"},
		{"unprotected-init", "TreasuryVaultV2", "TreasuryVaultV2GatedInit", "still moves value out"},
	} {
		t.Run(c.scenario, func(t *testing.T) {
			_, unpaused, _ := headlessDrill(t, c.scenario)
			_, right, _ := headlessDrill(t, c.scenario, "--auto-pause", "--fix", c.right)
			p, _ := new(big.Int).SetString(right.DrainedWei, 10)
			u, _ := new(big.Int).SetString(unpaused.DrainedWei, 10)
			if unpaused.PausedBlock != 0 || right.PausedBlock == 0 || p == nil || u == nil || p.Sign() <= 0 || p.Cmp(u) >= 0 {
				t.Fatalf("drained with auto-pause %s (paused at %d), without %s: want 0 < with < without", right.Drained, right.PausedBlock, unpaused.Drained)
			}
			if f := right.Fix; f == nil || f.Layout != "safe" || f.Shadow != "passed" || f.Composed == "" || f.VerifiedBlock == 0 || f.UnpausedBlock < f.VerifiedBlock {
				t.Fatalf("--fix %s: %+v", c.right, right.Fix)
			}
			if !strings.Contains(right.Summary, "executed and verified at block") {
				t.Errorf("summary %q", right.Summary)
			}

			_, wrong, _ := headlessDrill(t, c.scenario, "--auto-pause", "--fix", c.wrong)
			if f := wrong.Fix; f == nil || f.Shadow != "failed" || f.Composed != "" || !strings.Contains(strings.Join(f.ShadowFailures, "\n"), c.why) {
				t.Fatalf("--fix %s: %+v", c.wrong, wrong.Fix)
			}
			if !strings.Contains(wrong.Summary, "not composed: ") || !strings.Contains(wrong.Summary, c.why) {
				t.Errorf("the wrong fix's summary does not say why: %q", wrong.Summary)
			}
		})
	}
}
