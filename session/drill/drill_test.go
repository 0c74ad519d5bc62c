package drill

import (
	"context"
	"math/big"
	"path/filepath"
	"testing"
	"time"

	"warroom/chain"
	"warroom/session"
)

// startManual starts a drill without a block clock, to be stepped.
func startManual(t *testing.T, autoPause bool) *Drill {
	t.Helper()
	d, err := Start(context.Background(), Config{
		Scenario: DefaultScenario, Journal: filepath.Join(t.TempDir(), "j.jsonl"), AutoPause: autoPause,
	})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { d.Close("test over") })
	return d
}

func stepTo(t *testing.T, d *Drill, k uint64) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	for d.k.Load() <= k {
		if _, err := d.Step(ctx); err != nil {
			t.Fatal(err)
		}
	}
}

func vaultBalance(t *testing.T, d *Drill) *big.Int {
	t.Helper()
	b, err := d.Chain.Client().BalanceAt(context.Background(), d.Deployment.Vault, nil)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestDrillExplore(t *testing.T) {
	d := startManual(t, false)
	stepTo(t, d, d.Scenario.Length)
	st := d.Session.State()
	t.Logf("vault %s drained %s alerts %d warnings %v", chain.FormatEther(vaultBalance(t, d), 3), chain.FormatEther(st.TotalDrained(), 3), len(st.Alerts), st.Warnings)
	for _, a := range st.Alerts {
		t.Logf("#%d %s %s.%s out=%s rev=%v %v", a.Block, a.Severity, a.ContractName, a.Method, chain.FormatEther(a.Outflow, 3), a.Reverted, a.Findings)
	}
	_ = session.KindAlert
}

