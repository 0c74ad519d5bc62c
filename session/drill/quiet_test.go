package drill

import (
	"context"
	"math/big"
	"testing"

	"warroom/chain"
)

// newRules are the rules the six drills brought; each must stay quiet on
// a long run of each scenario's ordinary traffic, its attacker dropped.
var newRules = []string{chain.RulePriceDeviation, chain.RuleFlashLoan, chain.RuleSafeDelegateCall, chain.RuleSharePrice,
	chain.RulePreAttack, chain.RuleRoleChange, chain.RuleInitializer}

// minQuiet is how many ordinary transactions each quiet run must carry.
const minQuiet = 500

func TestRulesQuietOnOrdinaryTraffic(t *testing.T) {
	for _, sc := range Scenarios() {
		t.Run(sc.Name, func(t *testing.T) {
			d := startScenario(t, sc.Name, Config{quiet: true, busy: 5})
			stepTo(t, d, sc.Length)
			ctx := context.Background()
			txs, failed := 0, 0
			for n := d.start; n <= d.chain.Head(); n++ {
				b, err := d.Client().BlockByNumber(ctx, new(big.Int).SetUint64(n))
				if err != nil {
					t.Fatal(err)
				}
				txs += len(b.Transactions())
				for _, tx := range b.Transactions() {
					if r, err := d.Client().TransactionReceipt(ctx, tx.Hash()); err == nil && r.Status == 0 {
						failed++
					}
				}
			}
			if txs < minQuiet {
				t.Fatalf("%d ordinary transactions, want at least %d", txs, minQuiet)
			}
			if failed > txs/20 {
				t.Errorf("%d of %d ordinary transactions failed: the traffic is not ordinary", failed, txs)
			}
			st := d.session.State()
			if len(st.Alerts) > 0 {
				a := st.Alerts[0]
				t.Errorf("%d alerts on ordinary traffic; the first, block %d, tx %s: %s", len(st.Alerts), a.Block, a.TxHash.Hex(), a.Reason)
			}
			for i := range st.Alerts {
				a := &st.Alerts[i]
				for _, r := range newRules {
					if a.Has(r) {
						t.Errorf("%s fired on ordinary traffic, block %d, tx %s: %s", r, a.Block, a.TxHash.Hex(), a.Reason)
					}
				}
			}
			t.Logf("%d ordinary transactions (%d failed), %d alerts", txs, failed, len(st.Alerts))
		})
	}
}
