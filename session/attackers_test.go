package session

import (
	"encoding/json"
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"warroom/chain"
)

// The addresses of the recorded drill (the report's fixture: the mixer
// funds the attacker, which deploys its contract, re-enters the vault once
// and is paused): each with its role, how it came in, and the vault with
// its SEAL status.
func TestInvolvedInARecordedDrill(t *testing.T) {
	v, err := VerifyFile("report/testdata/drill.jsonl")
	if err != nil || v.Err() != nil {
		t.Fatalf("fixture: %v %v", err, v.Err())
	}
	var st State
	for _, ev := range v.Events {
		st = Reduce(st, ev)
	}
	got, err := st.Involved(EvidenceIn(v.Events))
	if err != nil {
		t.Fatal(err)
	}
	role := map[Involvement][]Involved{}
	for _, in := range got {
		role[in.Role] = append(role[in.Role], in)
		t.Logf("%-15s %s %-30s %s", in.Role, in.Address.Hex(), in.How, in.Status)
	}
	attackers, contracts, funders := role[InvolvedAttacker], role[InvolvedContract], role[InvolvedFunder]
	if len(attackers) != 1 || len(contracts) != 1 || len(funders) != 1 {
		t.Fatalf("attackers %d, contracts %d, funders %d", len(attackers), len(contracts), len(funders))
	}
	first, err := EvidenceIn(v.Events)(&st.Alerts[0])
	if err != nil {
		t.Fatal(err)
	}
	pre := first.Top()
	if pre.Rule != chain.RulePreAttack {
		t.Fatalf("first alert %s", pre.Rule)
	}
	if attackers[0].Address != pre.Deployer.Address || contracts[0].Address != pre.Actor.Address || funders[0].Address != pre.Funder.Address {
		t.Fatalf("attacker %s contract %s funder %s, want those of the pre-attack finding %+v", attackers[0].Address.Hex(), contracts[0].Address.Hex(), funders[0].Address.Hex(), pre)
	}
	// The attacker sent the deployment and every attack attempt that moved value.
	if a := attackers[0]; a.Txs < 2 || a.Failed < 5 || a.Last <= st.PausedBlock || a.First != pre.CreatedAt || !strings.Contains(a.How, "alerted transaction") {
		t.Errorf("attacker %+v", a)
	}
	if c := contracts[0]; !strings.Contains(c.How, "deployed by") || c.First != pre.CreatedAt {
		t.Errorf("contract %+v", c)
	}
	// The drained ether went vault → attack contract → attacker.
	if c := contracts[0]; c.Received == nil || c.Received.Cmp(big.NewInt(0)) <= 0 {
		t.Errorf("attack contract received %v", c.Received)
	}
	if len(got) < 4 || got[0].Role != InvolvedAttacker {
		t.Fatalf("order: %+v", got)
	}
	var vault *Involved
	for i := range got {
		if got[i].Name == "Vault" {
			vault = &got[i]
		}
	}
	if vault == nil || vault.Role != InvolvedAffected || vault.Lost.Cmp(st.TotalDrained()) != 0 {
		t.Fatalf("vault %+v, drained %s", vault, st.TotalDrained())
	}
	for _, want := range []string{"impacted: 11.000 ETH drained", "paused at block 18", "saved"} {
		if !strings.Contains(vault.Status, want) {
			t.Errorf("vault status %q lacks %q", vault.Status, want)
		}
	}
}

// Value is followed through the trace to wherever the attacker sends it;
// ordinary alerts (reverted attempts, low and medium) bring no one in.
func TestInvolvedFollowsTheLoot(t *testing.T) {
	vault := common.HexToAddress("0xa1")
	eoa, contract, exit := common.HexToAddress("0xe0"), common.HexToAddress("0xe1"), common.HexToAddress("0xe9")
	bystander := common.HexToAddress("0xb0")
	eth := func(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), big.NewInt(1e18)) }
	st := State{Started: Started{Watched: []chain.Watched{{Name: "Vault", Address: vault, Role: chain.RoleProtocol}}}}
	st.Protocol.Contracts = []chain.ContractState{{Name: "Vault", Address: vault, Balance: eth(5)}}
	alerts := []chain.Alert{{
		Block: 20, From: eoa, To: &contract, Severity: chain.Critical,
		Findings: []chain.Finding{{Rule: chain.RuleOutflow, Severity: chain.Critical}},
		Detail: chain.TxDetail{
			Balances: []chain.BalanceChange{{Address: vault, Delta: eth(-10)}},
			Trace: []chain.TraceLine{
				{Type: "CALL", From: eoa, To: contract},
				{Type: "CALL", From: vault, To: contract, Value: eth(10)},
				{Type: "CALL", From: contract, To: exit, Value: eth(10)},
				{Type: "CALL", From: contract, To: bystander, Value: eth(1), Error: "execution reverted"},
			},
		},
	}, {
		Block: 21, From: bystander, To: &vault, Severity: chain.Medium, Reverted: true,
		Findings: []chain.Finding{{Rule: chain.RuleNewContract, Severity: chain.Medium}},
	}}
	var events []Event
	for i, a := range alerts {
		raw, err := json.Marshal(a)
		if err != nil {
			t.Fatal(err)
		}
		events = append(events, Event{Seq: uint64(i + 1), Kind: KindAlert, Data: raw})
		st = Reduce(st, events[i])
	}
	got, err := st.Involved(EvidenceIn(events))
	if err != nil {
		t.Fatal(err)
	}
	seen := map[common.Address]Involved{}
	for _, in := range got {
		seen[in.Address] = in
	}
	if seen[exit].Role != InvolvedLoot || seen[exit].Received.Cmp(eth(10)) != 0 {
		t.Errorf("exit %+v", seen[exit])
	}
	if _, ok := seen[bystander]; ok {
		t.Errorf("bystander involved: %+v", seen[bystander])
	}
	if seen[eoa].Role != InvolvedAttacker || seen[contract].Role != InvolvedContract || seen[contract].Received.Cmp(eth(10)) != 0 {
		t.Errorf("eoa %+v contract %+v", seen[eoa], seen[contract])
	}
	if v := seen[vault]; v.Role != InvolvedAffected || !strings.Contains(v.Status, "5.000 ETH still at risk") {
		t.Errorf("vault %+v", v)
	}
}
