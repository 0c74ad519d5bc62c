package drill

import (
	"context"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"warroom/chain"
	"warroom/chain/contracts"
	"warroom/chain/watch"
	"warroom/session"
)

// takeover is what the tests expect of a takeover scenario: the rules
// its first attack trips, and why each wrong fix is caught.
type takeover struct {
	name  string
	rules []string // critical rules of the first attack, besides outflow
	high  []string // rules of the first attack that are high
	wrong map[string]string
	// left is the most the drained vault may hold: 10 ether, or what
	// the attack cannot reach.
	left int64
}

var takeovers = []takeover{
	{name: "access-control", rules: []string{chain.RuleRoleChange},
		wrong: map[string]string{
			contracts.BridgeVaultV2RelayerGatedName: "still moves value out of the watched contracts under the new implementation",
			contracts.BridgeVaultV2AdminReleaseName: `regression "relayer releases a bridged 0.2 ether": fails under the new implementation`,
		}},
	{name: "unprotected-init", rules: []string{chain.RuleRoleChange, chain.RuleInitializer},
		wrong: map[string]string{
			contracts.TreasuryVaultV2GatedInitName: "still moves value out of the watched contracts under the new implementation",
			contracts.TreasuryVaultV2OwnableName:   "deleted `owner`",
		}},
	{name: "oracle-manipulation", rules: []string{chain.RulePriceDeviation}, high: []string{chain.RuleFlashLoan},
		wrong: map[string]string{
			contracts.LendingVaultV2BorrowCapName: "still moves value out of the watched contracts under the new implementation",
		}},
	{name: "donation", rules: []string{chain.RuleSharePrice}, high: []string{chain.RuleFlashLoan},
		left: 35, // invest() keeps a fifth of the deposits for withdrawals
		wrong: map[string]string{
			contracts.ShareVaultV2SmallStepsName: "still moves value out of the watched contracts under the new implementation",
		}},
}

func startScenario(t testing.TB, name string, cfg Config) *Drill {
	t.Helper()
	cfg.Scenario, cfg.Journal = name, filepath.Join(t.TempDir(), "j.jsonl")
	d, err := Start(context.Background(), cfg)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { d.Close("test over") })
	return d
}

func rightFixOf(t testing.TB, s Scenario) string {
	t.Helper()
	for _, f := range s.Fixes {
		if f.Right {
			return f.Artifact
		}
	}
	t.Fatalf("%s ships no right fix", s.Name)
	return ""
}

// Unopposed, the attacker drains the vault; the alerts are all the
// attacker's: the attack contract's deployment (pre-attack), then the
// first attack, which trips the scenario's takeover rules.
func TestTakeoverDrillUnopposed(t *testing.T) {
	for _, tk := range takeovers {
		t.Run(tk.name, func(t *testing.T) {
			d := startScenario(t, tk.name, Config{})
			stepTo(t, d, d.scenario.Length)
			st := d.session.State()
			left := ether(max(tk.left, 10))
			if vaultBalance(t, d).Cmp(left) >= 0 || st.TotalDrained().Cmp(ether(100)) < 0 {
				t.Fatalf("vault holds %s, drained %s: want it drained", chain.FormatEther(vaultBalance(t, d), 3), chain.FormatEther(st.TotalDrained(), 3))
			}
			attacker := Key(roleAttacker).Address()
			for _, a := range st.Alerts {
				if a.From != attacker {
					t.Errorf("alert on ordinary traffic: block %d from %s: %s", a.Block, a.From.Hex(), a.Rules)
				}
			}
			if len(st.Alerts) == 0 || st.Alerts[0].Rule != chain.RulePreAttack || st.FirstAttack == nil || st.Alerts[0].Block >= st.FirstAttack.Block {
				t.Fatalf("first alert %+v, first attack %+v: want the pre-attack alert before it", st.Alerts[0].Rules, st.FirstAttack)
			}
			pre, err := d.session.Evidence(&st.Alerts[0])
			if err != nil {
				t.Fatal(err)
			}
			contract := *pre.Top().Actor
			var first *chain.Alert
			fired := map[string]int{}
			for i, a := range st.Alerts {
				if a.TxHash == st.FirstAttack.Tx {
					full, err := d.session.Evidence(&st.Alerts[i])
					if err != nil {
						t.Fatal(err)
					}
					first = &full
				}
				for r := range strings.SplitSeq(a.Rules, ",") {
					if r == chain.RuleRoleChange || r == chain.RuleInitializer {
						fired[r]++
					}
				}
			}
			if first == nil || first.Severity != chain.Critical || first.To == nil || *first.To != contract.Address {
				t.Fatalf("first attack alert %+v", first)
			}
			for _, rule := range tk.rules {
				var f *chain.Finding
				for i := range first.Findings {
					if first.Findings[i].Rule == rule {
						f = &first.Findings[i]
					}
				}
				if f == nil || f.Severity != chain.Critical {
					t.Fatalf("%s finding %+v on the first attack %v", rule, f, first.Findings)
				}
				if rule != chain.RuleRoleChange && rule != chain.RuleInitializer {
					continue
				}
				if f.Actor == nil || f.Actor.Address != contract.Address {
					t.Fatalf("%s finding %+v: want the attack contract as its actor", rule, f)
				}
				if rule == chain.RuleRoleChange && (f.Holder == nil || f.Holder.Address != contract.Address) {
					t.Errorf("role-change holder %+v, want the attack contract", f.Holder)
				}
				if rule == chain.RuleInitializer && f.Method != "initializeV2" {
					t.Errorf("initializer %q", f.Method)
				}
				// Once taken, the keys do not change hands again.
				if fired[rule] != 1 {
					t.Errorf("%s fired %d times, want once", rule, fired[rule])
				}
			}
			for _, rule := range tk.high {
				found := false
				for _, f := range first.Findings {
					found = found || (f.Rule == rule && f.Severity >= chain.High)
				}
				if !found {
					t.Errorf("no high %s finding on the first attack: %v", rule, first.Findings)
				}
			}
			if st.PausedBlock != 0 || len(st.Warnings) != 0 {
				t.Fatalf("paused %d warnings %v", st.PausedBlock, st.Warnings)
			}
		})
	}
}

// The circuit breaker pauses on the first attack's critical alert: one
// attack gets through (two if the pause lands after the next one).
func TestTakeoverDrillAutoPause(t *testing.T) {
	for _, tk := range takeovers {
		t.Run(tk.name, func(t *testing.T) {
			d := startScenario(t, tk.name, Config{AutoPause: true})
			stepTo(t, d, d.scenario.Length)
			deadline := time.Now().Add(10 * time.Second)
			for st := d.session.State(); len(st.InFlight()) > 0 && time.Now().Before(deadline); st = d.session.State() {
				time.Sleep(10 * time.Millisecond)
			}
			st := d.session.State()
			if st.PausedBlock == 0 || len(st.Actions) != 1 || !st.Actions[0].Auto {
				t.Fatalf("paused %d, actions %+v, warnings %v", st.PausedBlock, st.Actions, st.Warnings)
			}
			if got := st.TotalDrained(); got.Cmp(ether(11)) < 0 || got.Cmp(ether(22)) > 0 {
				t.Fatalf("drained %s with the breaker, want one attack's 11 ETH (two at most)", chain.FormatEther(got, 3))
			}
			if vaultBalance(t, d).Cmp(ether(100)) < 0 {
				t.Fatalf("the paused vault holds %s", chain.FormatEther(vaultBalance(t, d), 3))
			}
		})
	}
}

// The composer on a paused drill: the right fix passes every check and
// composes; each wrong fix is blocked, and says why.
func TestTakeoverFixes(t *testing.T) {
	for _, tk := range takeovers {
		t.Run(tk.name, func(t *testing.T) {
			d := startScenario(t, tk.name, Config{})
			stepTo(t, d, d.scenario.AttackFrom+2)
			ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
			defer cancel()
			plan, err := d.responder.PlanPause(ctx)
			if err != nil {
				t.Fatal(err)
			}
			execute(t, d, plan)
			if len(d.scenario.Fixes) < 2 {
				t.Fatalf("%d fixes", len(d.scenario.Fixes))
			}
			for _, f := range d.scenario.Fixes {
				if f.Right {
					continue
				}
				check, err := d.responder.CheckUpgrade(ctx, session.UpgradeRequest{Proxy: d.dep.Vault, Impl: session.ImplSource{Builtin: f.Artifact}})
				if err != nil {
					t.Fatal(err)
				}
				want, ok := tk.wrong[f.Artifact]
				if !ok {
					t.Fatalf("no expectation for the wrong fix %s", f.Artifact)
				}
				var why []string
				for _, i := range check.Blocked() {
					why = append(why, i.Text)
				}
				if !strings.Contains(strings.Join(why, "\n"), want) {
					t.Errorf("%s blocked by %q, want it to say %q", f.Artifact, why, want)
				}
				if _, err := d.responder.PlanDeploy(ctx, check); err == nil {
					t.Errorf("%s can be deployed", f.Artifact)
				}
			}

			check, err := d.responder.CheckUpgrade(ctx, session.UpgradeRequest{Proxy: d.dep.Vault, Impl: session.ImplSource{Builtin: rightFixOf(t, d.scenario)}})
			if err != nil {
				t.Fatal(err)
			}
			if !check.Layout.Safe() || !check.Shadow.Pass || len(check.Blocked()) != 0 || len(check.Missing(nil)) != 0 {
				t.Fatalf("the right fix: layout %s, shadow %v, issues %+v", check.Layout.Verdict, check.Shadow.Pass, check.Issues)
			}
			attacks := 0
			for _, res := range check.Shadow.Fix.Results {
				if res.Kind.String() == "attack" {
					attacks++
					if res.Inconclusive || !res.New.Reverted {
						t.Errorf("attack %q: %s", res.Name, res.Reason)
					}
				}
			}
			if attacks == 0 {
				t.Fatal("no recorded attack was replayed")
			}
			plan, err = d.responder.PlanDeploy(ctx, check)
			if err != nil {
				t.Fatal(err)
			}
			execute(t, d, plan)
			if _, err := d.responder.ComposeUpgrade(ctx, check, nil); err != nil {
				t.Fatal(err)
			}
		})
	}
}

// --fix with the right fix, unattended after the circuit breaker: checks,
// deployment, approvals, the timelock, the upgrade verified in the
// proxy's slot, the unpause; afterwards the attacker's attacks fail.
func TestTakeoverUnattendedFix(t *testing.T) {
	for _, tk := range takeovers {
		t.Run(tk.name, func(t *testing.T) {
			sc, err := Lookup(tk.name)
			if err != nil {
				t.Fatal(err)
			}
			d := startScenario(t, tk.name, Config{AutoPause: true, Fix: rightFixOf(t, sc)})
			stepUntil(t, d, 400, "the fix verified and the vault unpaused", func(st *session.State) bool {
				return st.Steps[session.StepUnpaused-1].Done
			})
			st := d.session.State()
			u := st.Upgrades[len(st.Upgrades)-1]
			if u.Verified == 0 || u.Composed == nil {
				t.Fatalf("upgrade %+v", u)
			}
			impl, err := watch.ReadImplementation(context.Background(), d.Client(), d.dep.Vault, nil)
			if err != nil || impl != u.Composed.New || impl == (common.Address{}) {
				t.Fatalf("implementation slot %s, %v; want %s", impl.Hex(), err, u.Composed.New.Hex())
			}
			// The recorded attack now fails on chain, and a depositor still
			// withdraws.
			ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
			defer cancel()
			vs := d.script.(*vaultScript)
			atx, err := vs.account(roleAttacker).Send(ctx, &vs.attacker, vs.attackData(), vs.stake, vs.attackGas)
			if err != nil {
				t.Fatal(err)
			}
			wtx, err := vs.account(roleDepositor(1)).Send(ctx, &d.dep.Vault, vs.vault.PackWithdraw(eth(500)), nil, gasWithdraw)
			if err != nil {
				t.Fatal(err)
			}
			stepUntil(t, d, 3, "attack and withdrawal mined", func(*session.State) bool {
				a, _ := d.Client().TransactionReceipt(ctx, atx.Hash())
				w, _ := d.Client().TransactionReceipt(ctx, wtx.Hash())
				return a != nil && w != nil
			})
			if a, _ := d.Client().TransactionReceipt(ctx, atx.Hash()); a.Status != types.ReceiptStatusFailed {
				t.Error("the attack succeeded against the fix")
			}
			if w, _ := d.Client().TransactionReceipt(ctx, wtx.Hash()); w.Status != types.ReceiptStatusSuccessful {
				t.Error("a depositor's withdrawal failed under the fix")
			}
			t.Logf("paused at block %d, fix verified at block %d", st.PausedBlock, u.Verified)
		})
	}
}
