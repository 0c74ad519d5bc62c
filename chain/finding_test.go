package chain

import (
	"encoding/json"
	"math"
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
)

func TestFindingReason(t *testing.T) {
	vault := Party{Address: common.HexToAddress("0x5FbDB2315678afecb367f032d93F642f64180aa3"), Name: "Vault"}
	exploit := &Party{Address: common.HexToAddress("0x15d34AAf54267DB7D7c367839AAf71A00a2C6A65")}
	guardian := &Party{Address: common.HexToAddress("0x9965507D1a55bcC2695C58ba16FB37d819B0A4dc"), Name: "guardian"}
	tests := []struct {
		f    Finding
		want string
	}{
		{Finding{Rule: RuleReentrancy, Contract: vault, Actor: exploit, Method: "withdraw", Count: 11},
			"Vault re-entered 11× by 0x15d3…6A65 in withdraw()"},
		{Finding{Rule: RuleOutflow, Contract: vault, Amount: eth(30), Held: eth(120), ShareBps: 2500, LimitBps: 500},
			"30.000 ETH left Vault in one tx: 25.0% of its 120.000 ETH (limit 5.0%)"},
		{Finding{Rule: RuleNewContract, Contract: vault, Actor: exploit, CreatedAt: 111, Age: 4, Window: 100},
			"caller 0x15d3…6A65 of Vault is a contract deployed 4 blocks ago (block 111)"},
		{Finding{Rule: RuleNewContract, Contract: vault, Actor: exploit, CreatedAt: 111, Window: 100},
			"caller 0x15d3…6A65 of Vault is a contract deployed in this block"},
		{Finding{Rule: RuleNewContract, Contract: vault, Actor: exploit, Window: 100},
			"caller 0x15d3…6A65 of Vault is a contract deployed within the last 100 blocks"},
		{Finding{Rule: RulePrivileged, Contract: vault, Actor: guardian, Method: "pause"},
			"privileged Vault.pause() called by guardian"},
		{Finding{Rule: RulePrivileged, Contract: vault, Actor: exploit, Method: "upgradeToAndCall", Reverted: true},
			"privileged Vault.upgradeToAndCall() attempted (reverted) by 0x15d3…6A65"},
		{Finding{Rule: RulePriceDeviation, Contract: Party{Address: vault.Address, Name: "Pair"}, Price: eth(25), RefPrice: eth(1), DeviationBps: 240000, LimitBps: 1000},
			"Pair price swung 25× within one tx: block-start 1, furthest 25 (reserve1/reserve0; limit 10.0%)"},
		{Finding{Rule: RulePriceDeviation, Contract: Party{Address: vault.Address, Name: "Pair"}, Price: wei("892857142857142857"), RefPrice: eth(1), DeviationBps: 1200, LimitBps: 1000},
			"Pair price swung 12.0% within one tx: block-start 1, furthest 0.892857 (reserve1/reserve0; limit 10.0%)"},
		{Finding{Rule: RuleSharePrice, Contract: vault, Event: "Withdraw", Amount: eth(23), Shares: wei("1"),
			Price: wei("23000000000000000000000000000000000000"), RefPrice: eth(1), DeviationBps: math.MaxUint64, LimitBps: 10000},
			"Vault share price moved 2.3e19× in one Withdraw (23.000 ETH for 1 share): 1 → 2.3e19 per share (limit 100.0%)"},
		{Finding{Rule: RuleSharePrice, Contract: vault, Event: "Deposit", Amount: eth(10), Shares: wei("0"), RefPrice: wei("10000000000000000000000000000000000000")},
			"Vault minted no shares for 10.000 ETH: the share price was inflated (last price 1e19 per share)"},
		{Finding{Rule: RuleSharePrice, Contract: vault, Event: "Deposit", Amount: wei("1"), Shares: wei("1000"), Price: wei("1000000000000000"), RefPrice: wei("1050000000000000000"),
			DeviationBps: 10490000, LimitBps: 10000},
			"Vault share price moved 1,050× in one Deposit (1 wei for 1,000 shares): 1.05 → 0.001 per share (limit 100.0%)"},
		{Finding{Rule: RuleFlashLoan, Contract: vault, Actor: exploit, Lender: &Party{Name: "Lender"}, Method: "onFlashLoan", Amount: eth(1000), Count: 2,
			With: []string{WithValueOut, RulePriceDeviation}},
			"flash loan of 1,000.000 ETH from Lender to 0x15d3…6A65 (onFlashLoan callback), 2 loans in the tx; the same tx moves value out of a watched contract and trips price-deviation"},
		{Finding{Rule: RuleFlashLoan, Contract: vault, Actor: exploit, Lender: &Party{Name: "Lender"}, Method: "onFlashLoan", Amount: wei("5000000"), Token: &Party{Name: "USDC"}, Reverted: true},
			"flash loan of 5,000,000 base units of USDC from Lender to 0x15d3…6A65 (onFlashLoan callback), reverted"},
		{Finding{Rule: RuleSafeDelegateCall, Contract: Party{Name: "Safe"}, Target: exploit, Method: "0xa9059cbb"},
			"Safe delegatecalls 0x15d3…6A65.0xa9059cbb() (not a known MultiSend): its code runs as the Safe and can rewrite the Safe's own storage (its owners, its singleton)"},
		{Finding{Rule: RuleSafeDelegateCall, Contract: Party{Name: "Safe"}, Target: exploit, Via: &Party{Name: "MultiSend 1.4.1"}, Reverted: true},
			"Safe attempted (reverted) to delegatecall 0x15d3…6A65 in a MultiSend 1.4.1 batch (not a known MultiSend): its code would run as the Safe and could rewrite the Safe's own storage (its owners, its singleton)"},
		{Finding{Rule: "future-rule", Contract: vault}, "future-rule on Vault"},
	}
	for _, tt := range tests {
		if got := tt.f.Reason(); got != tt.want {
			t.Errorf("%s: Reason() = %q, want %q", tt.f.Rule, got, tt.want)
		}
	}
}

// A finding is recorded as values: full addresses, wei as integers, no
// formatted text.
func TestFindingJSONHoldsValues(t *testing.T) {
	f := Finding{Rule: RuleOutflow, Severity: Critical, Contract: Party{Address: common.HexToAddress("0x5FbDB2315678afecb367f032d93F642f64180aa3"), Name: "Vault"},
		Amount: wei("16139824385084974207"), Held: eth(120), ShareBps: 1344, LimitBps: 500}
	raw, err := json.Marshal(f)
	if err != nil {
		t.Fatal(err)
	}
	s := string(raw)
	for _, want := range []string{`"0x5fbdb2315678afecb367f032d93f642f64180aa3"`, `16139824385084974207`, `"shareBps":1344`, `"severity":"critical"`} {
		if !strings.Contains(s, want) {
			t.Errorf("finding JSON lacks %s: %s", want, s)
		}
	}
	for _, bad := range []string{"ETH", "…", "%"} {
		if strings.Contains(s, bad) {
			t.Errorf("finding JSON holds formatted text %q: %s", bad, s)
		}
	}
	var back Finding
	if err := json.Unmarshal(raw, &back); err != nil || back.Amount.Cmp(f.Amount) != 0 || back.Reason() != f.Reason() {
		t.Fatalf("round trip: %+v, %v", back, err)
	}
}

// The DeFi rules' figures are values too: prices as 18-decimal
// fixed-point integers, like wei.
func TestDefiFindingJSONHoldsValues(t *testing.T) {
	f := Finding{Rule: RuleSharePrice, Severity: Critical, Contract: Party{Address: common.HexToAddress("0x5FbDB2315678afecb367f032d93F642f64180aa3")},
		Event: "Withdraw", Amount: eth(23), Shares: wei("1"), Price: wei("23000000000000000000000000000000000000"), RefPrice: eth(1),
		DeviationBps: math.MaxUint64, LimitBps: 10000}
	raw, err := json.Marshal(f)
	if err != nil {
		t.Fatal(err)
	}
	s := string(raw)
	for _, want := range []string{`"price":23000000000000000000000000000000000000`, `"refPrice":1000000000000000000`, `"deviationBps":18446744073709551615`,
		`"event":"Withdraw"`, `"shares":1`} {
		if !strings.Contains(s, want) {
			t.Errorf("finding JSON lacks %s: %s", want, s)
		}
	}
	var back Finding
	if err := json.Unmarshal(raw, &back); err != nil || back.Price.Cmp(f.Price) != 0 || back.Reason() != f.Reason() {
		t.Fatalf("round trip: %+v, %v", back, err)
	}
	for _, rule := range []string{RulePriceDeviation, RuleSharePrice, RuleFlashLoan, RuleSafeDelegateCall} {
		g := Finding{Rule: rule}
		if g.Reason() == "" || g.Detail() == "" {
			t.Errorf("%s: a finding with no facts has no reason", rule)
		}
	}
}

func TestFormatRat(t *testing.T) {
	for _, c := range []struct {
		num, den int64
		want     string
	}{{25, 1, "25"}, {11236, 10000, "1.1236"}, {1, 3, "0.333333"}, {2, 3, "0.666667"}, {1234567, 1, "1,234,567"}, {12345678, 10, "1,234,568"},
		{1, 1_000_000_000, "1e-9"}, {1_000_000_000_000_000, 1, "1e15"}, {0, 1, "0"}, {-3, 2, minus + "1.5"}} {
		if got := formatRat(big.NewRat(c.num, c.den), 6); got != c.want {
			t.Errorf("formatRat(%d/%d) = %q, want %q", c.num, c.den, got, c.want)
		}
	}
}
