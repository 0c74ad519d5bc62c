package session

import (
	"fmt"
	"math/big"
	"sort"

	"github.com/ethereum/go-ethereum/common"

	"warroom/chain"
)

// Involvement is what an address did in the incident, in the SEAL war-room
// records' terms.
type Involvement string

// Involvements, in the order the attackers view lists them.
const (
	InvolvedAttacker Involvement = "attacker" // sent attack transactions, or deployed for it
	InvolvedContract Involvement = "attack contract"
	InvolvedFunder   Involvement = "funder"   // sent an attacker its funds
	InvolvedLoot     Involvement = "loot"     // received drained value from an attacker
	InvolvedAffected Involvement = "affected" // a watched contract value left
	InvolvedPaused   Involvement = "paused"   // a watched contract, paused
	InvolvedWatched  Involvement = "watched"  // a watched contract not touched by the attack
)

// Involved is one address of the incident: who it is, how it is known (the
// first transaction that showed it) and what went through it.
type Involved struct {
	Address common.Address `json:"address"`
	Name    string         `json:"name,omitempty"`
	Role    Involvement    `json:"role"`
	// How says how the address came into the incident, in one phrase:
	// "sent 15 attack transactions", "deployed by 0x282b…4fDC at block 13".
	How   string `json:"how"`
	First uint64 `json:"first"` // block first seen
	Last  uint64 `json:"last"`  // block last seen
	Txs   int    `json:"txs"`   // alerted transactions it sent or was called in
	// Failed counts its reverted attempts (an attacker's, after a pause).
	Failed int `json:"failed,omitempty"`
	// Received is the value that reached it from the attack (drained value
	// for attackers, contracts and loot; the funding for an attacker).
	Received *big.Int `json:"received,omitempty"`
	// Lost and Held are a watched contract's: what the attack took and
	// what it holds now.
	Lost *big.Int `json:"lost,omitempty"`
	Held *big.Int `json:"held,omitempty"`
	// Status says in SEAL terms where it stands: "attacker", "impacted:
	// 143.000 ETH drained, paused at block 18, 3.785 ETH saved".
	Status string `json:"status"`
}

// Involved lists the addresses of the incident from the alerts: the
// accounts that sent attack transactions or deployed attack contracts, the
// contracts they used, who funded them (the pre-attack rule), where the
// drained value went (followed through the traces of attack transactions),
// and the watched contracts with their status. Attackers first, then their
// contracts, funders, loot and the protocol; within a role by first block.
// The attack and pre-attack alerts' evidence is read back with load; the
// others need only what the state keeps.
func (s *State) Involved(load Evidence) ([]Involved, error) {
	by := map[common.Address]*Involved{}
	watched := map[common.Address]chain.Watched{}
	for _, w := range s.Started.Watched {
		watched[w.Address] = w
	}
	note := func(addr common.Address, name string, role Involvement, block uint64, how string) *Involved {
		if addr == (common.Address{}) {
			return nil
		}
		if _, ok := watched[addr]; ok {
			return nil
		}
		v, ok := by[addr]
		if !ok {
			v = &Involved{Address: addr, Name: name, Role: role, How: how, First: block, Last: block}
			by[addr] = v
		}
		if rank(role) < rank(v.Role) { // a funder that also attacked is an attacker
			v.Role, v.How = role, how
		}
		v.First, v.Last = min(v.First, block), max(v.Last, block)
		if v.Name == "" {
			v.Name = name
		}
		return v
	}
	party := func(p *chain.Party) (common.Address, string) {
		if p == nil {
			return common.Address{}, ""
		}
		return p.Address, p.Name
	}
	bad := map[common.Address]bool{} // attackers and their contracts
	lost := map[common.Address]*big.Int{}
	var attacks []chain.Alert // the attack alerts' evidence, in order
	for i := range s.Alerts {
		e := &s.Alerts[i]
		pre := e.Rule == chain.RulePreAttack
		if !pre && !e.Attack {
			continue
		}
		full, err := load(e)
		if err != nil {
			return nil, fmt.Errorf("the evidence of the alert on tx %s: %w", e.TxHash.Hex(), err)
		}
		a := &full
		if !pre {
			attacks = append(attacks, full)
		}
		if v := note(a.From, "", InvolvedAttacker, a.Block, fmt.Sprintf("sent attack transaction %s", chain.ShortHash(a.TxHash))); v != nil {
			v.Txs++
			bad[a.From] = true
		}
		if a.To != nil {
			if v := note(*a.To, "", InvolvedContract, a.Block, fmt.Sprintf("called by %s in block %d", chain.ShortAddr(a.From), a.Block)); v != nil {
				v.Txs++
				bad[*a.To] = true
			}
		}
		for _, f := range a.Findings {
			switch f.Rule {
			case chain.RulePreAttack:
				addr, name := party(f.Actor)
				note(addr, name, InvolvedContract, f.CreatedAt, fmt.Sprintf("deployed by %s at block %d", labelOrShort(f.Deployer), f.CreatedAt))
				bad[addr] = true
				if d, _ := party(f.Deployer); d != (common.Address{}) {
					bad[d] = true
				}
				faddr, fname := party(f.Funder)
				note(faddr, fname, InvolvedFunder, f.FundedAt, fmt.Sprintf("funded %s at block %d", labelOrShort(f.Deployer), f.FundedAt))
			case chain.RuleReentrancy, chain.RuleNewContract:
				addr, name := party(f.Actor)
				if v := note(addr, name, InvolvedContract, a.Block, fmt.Sprintf("%s on %s in block %d", f.Rule, f.Contract.Label(), a.Block)); v != nil {
					bad[addr] = true
				}
			}
		}
		if pre {
			continue
		}
		for _, b := range a.Detail.Balances {
			if _, ok := watched[b.Address]; ok && b.Delta != nil && b.Delta.Sign() < 0 {
				if lost[b.Address] == nil {
					lost[b.Address] = new(big.Int)
				}
				lost[b.Address].Sub(lost[b.Address], b.Delta)
			}
		}
	}
	// Reverted attempts by the attacker's accounts.
	for i := range s.Alerts {
		a := &s.Alerts[i]
		if v := by[a.From]; v != nil && bad[a.From] && a.Reverted {
			v.Failed++
			v.Last = max(v.Last, a.Block)
		}
	}
	// Follow the value: a transfer in an attack's trace from a watched
	// contract or an attacker to an address outside the protocol.
	for i := range attacks {
		a := &attacks[i]
		for _, l := range a.Detail.Trace {
			if l.Value == nil || l.Value.Sign() <= 0 || l.Error != "" || l.Type == "DELEGATECALL" || l.Type == "STATICCALL" {
				continue
			}
			_, fromWatched := watched[l.From]
			if !fromWatched && !bad[l.From] {
				continue
			}
			if f, t := by[l.From], by[l.To]; f != nil && t != nil && f.Role == InvolvedAttacker && t.Role == InvolvedContract {
				continue // the attacker's stake into its own contract
			}
			v := note(l.To, "", InvolvedLoot, a.Block, fmt.Sprintf("received drained value from %s in block %d", chain.ShortAddr(l.From), a.Block))
			if v == nil {
				continue
			}
			if v.Received == nil {
				v.Received = new(big.Int)
			}
			v.Received.Add(v.Received, l.Value)
		}
	}
	out := make([]Involved, 0, len(by)+len(watched))
	for _, v := range by {
		v.Status = string(v.Role)
		if v.Role == InvolvedAttacker {
			v.How = fmt.Sprintf("sent %d alerted transaction(s), blocks %d to %d", v.Txs, v.First, v.Last)
			if v.Failed > 0 {
				v.How += fmt.Sprintf(", and %d reverted attempt(s)", v.Failed)
			}
		}
		out = append(out, *v)
	}
	for _, w := range s.Started.Watched {
		v := Involved{Address: w.Address, Name: w.Name, Role: InvolvedWatched, How: string(w.Role) + " contract, watched"}
		for _, c := range s.Protocol.Contracts {
			if c.Address == w.Address && c.Balance != nil {
				v.Held = new(big.Int).Set(c.Balance)
			}
		}
		status := "watched"
		if l := lost[w.Address]; l != nil && l.Sign() > 0 {
			v.Role, v.Lost = InvolvedAffected, l
			status = "impacted: " + chain.FormatEther(l, 3) + " drained"
		}
		if s.contractPaused(w.Address) {
			if v.Role == InvolvedWatched {
				v.Role = InvolvedPaused
			}
			status += fmt.Sprintf(", paused at block %d", s.PausedBlock)
			if v.Held != nil && v.Held.Sign() > 0 {
				status += ", " + chain.FormatEther(v.Held, 3) + " saved"
			}
		} else if v.Held != nil && v.Held.Sign() > 0 && v.Role == InvolvedAffected {
			status += ", " + chain.FormatEther(v.Held, 3) + " still at risk"
		}
		v.Status = status
		out = append(out, v)
	}
	sort.SliceStable(out, func(i, j int) bool {
		if ri, rj := rank(out[i].Role), rank(out[j].Role); ri != rj {
			return ri < rj
		}
		return out[i].First < out[j].First
	})
	return out, nil
}

func rank(r Involvement) int {
	for i, x := range []Involvement{InvolvedAttacker, InvolvedContract, InvolvedFunder, InvolvedLoot, InvolvedAffected, InvolvedPaused, InvolvedWatched} {
		if x == r {
			return i
		}
	}
	return 99
}

// contractPaused reports whether the last protocol reading has addr paused.
func (s *State) contractPaused(addr common.Address) bool {
	for _, c := range s.Protocol.Contracts {
		if c.Address == addr {
			return c.Paused
		}
	}
	return false
}

func labelOrShort(p *chain.Party) string {
	if p == nil {
		return "an unknown account"
	}
	return p.Label()
}
