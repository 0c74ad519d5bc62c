package chain

import (
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
)

// Party is an address in a finding, with its label when the console knows
// one ("Vault", "ReentrancyAttacker"). An unknown address has no name: the
// edge decides how to shorten it, machine output keeps it whole.
type Party struct {
	Address common.Address `json:"address"`
	Name    string         `json:"name,omitempty"`
}

// Label is the party's name, or its short address when it has none.
func (p Party) Label() string {
	if p.Name != "" {
		return p.Name
	}
	return ShortAddr(p.Address)
}

// Finding is one rule tripped by one transaction. It carries the facts the
// rule saw as values (wei as *big.Int, shares in basis points, blocks as
// numbers), never as formatted text: Reason renders them at the edge.
// Fields a rule does not use stay zero.
type Finding struct {
	Rule     string   `json:"rule"`
	Severity Severity `json:"severity"`
	// Contract is the watched contract the finding is about.
	Contract Party `json:"contract"`
	// Actor is who acted: the contract that re-entered, the freshly
	// deployed caller, the account that made a privileged call.
	Actor *Party `json:"actor,omitempty"`
	// Method is the watched contract's function involved: the one running
	// when it was re-entered, or the privileged one called.
	Method string `json:"method,omitempty"`
	// Count is how many times it happened (re-entries).
	Count int `json:"count,omitempty"`
	// Amount is the value that left the contract, Held what it held before,
	// in wei; ShareBps is Amount as a share of Held and LimitBps the rule's
	// threshold, in basis points (outflow).
	Amount   *big.Int `json:"amount,omitempty"`
	Held     *big.Int `json:"held,omitempty"`
	ShareBps uint64   `json:"shareBps,omitempty"`
	LimitBps uint64   `json:"limitBps,omitempty"`
	// CreatedAt is the block the actor was deployed in and Age how many
	// blocks before this transaction, when the watcher saw the deployment;
	// otherwise CreatedAt is 0 and the actor is only known to be younger
	// than Window blocks (new-contract-caller).
	CreatedAt uint64 `json:"createdAt,omitempty"`
	Age       uint64 `json:"age,omitempty"`
	Window    uint64 `json:"window,omitempty"`
	// Reverted says the call the finding is about reverted (privileged-call).
	Reverted bool `json:"reverted,omitempty"`
	// Deployer deployed the actor, Funder sent the deployer value FundedAt,
	// Age blocks before the deployment (pre-attack); Method then lists the
	// watched contract's functions the actor's code calls.
	Deployer *Party `json:"deployer,omitempty"`
	Funder   *Party `json:"funder,omitempty"`
	FundedAt uint64 `json:"fundedAt,omitempty"`
	// Role is the privileged role that changed hands: an AccessControl
	// role by name ("RELAYER_ROLE", or its hash when unknown), "owner" or
	// "admin"; Holder is who holds it now and Actor who gave it
	// (role-change). Governance says the change came from the protocol's
	// governance (its Safe or timelock).
	Role       string `json:"role,omitempty"`
	Holder     *Party `json:"holder,omitempty"`
	Governance bool   `json:"governance,omitempty"`
	// Implementation is the implementation behind Contract whose
	// initializer was called directly, not through the proxy
	// (initializer).
	Implementation *Party `json:"implementation,omitempty"`
}

// Reason says in one sentence what the rule saw.
func (f *Finding) Reason() string {
	switch f.Rule {
	case RuleReentrancy:
		// Short enough that a row of the alert list shows it whole at
		// 160 columns: the method re-entered is the key word.
		return fmt.Sprintf("%s re-entered %d× by %s in %s()",
			f.Contract.Label(), f.Count, f.actor(), f.Method)
	case RuleOutflow:
		return fmt.Sprintf("%s left %s in one tx: %s of its %s (limit %s)",
			FormatEther(f.Amount, 3), f.Contract.Label(), FormatBps(f.ShareBps), FormatEther(f.Held, 3), FormatBps(f.LimitBps))
	case RuleNewContract:
		when := fmt.Sprintf("within the last %d blocks", f.Window)
		switch {
		case f.CreatedAt > 0 && f.Age == 0:
			when = "in this block"
		case f.CreatedAt > 0:
			when = fmt.Sprintf("%d blocks ago (block %d)", f.Age, f.CreatedAt)
		}
		return fmt.Sprintf("caller %s of %s is a contract deployed %s", f.actor(), f.Contract.Label(), when)
	case RulePreAttack:
		// The row names the new contract; the key words come first so a
		// row at 160 columns shows them whole. Deployer and funder are in
		// the finding and in Detail.
		when := "in the same block"
		if f.Age > 0 {
			when = fmt.Sprintf("%d blocks before", f.Age)
		}
		return fmt.Sprintf("calls %s.%s; deployer funded %s", f.Contract.Label(), f.Method, when)
	case RuleRoleChange:
		by := f.actor()
		if f.Governance {
			by += " (governance)"
		}
		if f.Role == "owner" || f.Role == "admin" {
			return fmt.Sprintf("%s %s now %s, set by %s", f.Contract.Label(), f.Role, labelOf(f.Holder), by)
		}
		return fmt.Sprintf("%s.%s granted to %s by %s", f.Contract.Label(), f.Role, labelOf(f.Holder), by)
	case RuleInitializer:
		verb := "called"
		if f.Reverted {
			verb = "attempted (reverted)"
		}
		if f.Implementation != nil {
			return fmt.Sprintf("initializer %s() %s on %s's implementation %s by %s",
				f.Method, verb, f.Contract.Label(), f.Implementation.Label(), f.actor())
		}
		return fmt.Sprintf("initializer %s.%s() %s on the live proxy by %s", f.Contract.Label(), f.Method, verb, f.actor())
	case RulePrivileged:
		verb := "called"
		if f.Reverted {
			verb = "attempted (reverted)"
		}
		return fmt.Sprintf("privileged %s.%s() %s by %s", f.Contract.Label(), f.Method, verb, f.actor())
	}
	return fmt.Sprintf("%s on %s", f.Rule, f.Contract.Label())
}

// Detail is the finding's facts in full, for the details view: the
// pre-attack rule's contract, deployer and funder with their addresses.
func (f *Finding) Detail() string {
	if f.Rule != RulePreAttack {
		return f.Reason()
	}
	return fmt.Sprintf("new contract %s, whose code calls %s.%s, was deployed at block %d by %s, funded by %s at block %d",
		fullOf(f.Actor), f.Contract.Label(), f.Method, f.CreatedAt, fullOf(f.Deployer), fullOf(f.Funder), f.FundedAt)
}

func fullOf(p *Party) string {
	if p == nil {
		return "an unknown account"
	}
	if p.Name != "" {
		return p.Name + " " + p.Address.Hex()
	}
	return p.Address.Hex()
}

func (f *Finding) actor() string {
	if f.Actor == nil {
		return "an unknown caller"
	}
	return f.Actor.Label()
}

func labelOf(p *Party) string {
	if p == nil {
		return "an unknown account"
	}
	return p.Label()
}
