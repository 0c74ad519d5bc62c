package chain

import (
	"encoding/json"
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
