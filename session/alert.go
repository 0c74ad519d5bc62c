package session

import (
	"fmt"
	"math/big"
	"slices"
	"strings"
	"time"
	"unique"

	"github.com/ethereum/go-ethereum/common"

	"warroom/chain"
)

// AlertEntry is what the session keeps of an alert: what the alert list,
// its search, the figures and the report need. The evidence (findings in
// full, trace lines, logs, balance changes) stays in the journal, where
// the entry's Seq and Offset find it again (Evidence), so a long incident
// on a busy chain holds a few hundred bytes an alert, not kilobytes.
type AlertEntry struct {
	// Seq and Offset are the alert's event and where its line starts in
	// the journal.
	Seq    uint64 `json:"seq"`
	Offset int64  `json:"offset"`

	Block uint64 `json:"block"`
	// Seen is when the alert's event was recorded (wall clock): a dev
	// chain's block timestamps run ahead of the clock at fast block times.
	Seen     time.Time       `json:"seen"`
	TxHash   common.Hash     `json:"tx"`
	TxIndex  uint            `json:"index"`
	From     common.Address  `json:"from"`
	To       *common.Address `json:"to,omitempty"` // nil for a contract creation
	Contract common.Address  `json:"contract"`
	// ContractName and Method name the watched contract and its function
	// that was called ("Vault", "withdraw").
	ContractName string         `json:"contractName"`
	Method       string         `json:"method"`
	Outflow      *big.Int       `json:"outflow,omitempty"` // nil when nothing left
	Reverted     bool           `json:"reverted,omitempty"`
	Severity     chain.Severity `json:"severity"`

	// Rule, TopMethod and Reason are the top finding's (chain.Alert.Top):
	// its rule, the method it names, and what it saw in one sentence.
	Rule      string `json:"rule"`
	TopMethod string `json:"topMethod,omitempty"`
	Reason    string `json:"reason"`
	// Findings is how many findings the alert has; Rules their rules,
	// comma-separated in order.
	Findings int    `json:"findings"`
	Rules    string `json:"rules"`
	// Attack says the alert is an attack for the figures (isAttackAlert).
	Attack bool `json:"attack,omitempty"`
	// Parties are the other addresses in the transaction, for search: the
	// findings' contracts and actors, the trace's callers and callees, the
	// accounts whose balance moved and the contracts that logged; without
	// From, To and Contract, each once.
	Parties []common.Address `json:"parties,omitempty"`
}

// newAlertEntry is what the session keeps of alert a, recorded as ev.
func newAlertEntry(ev *Event, a *chain.Alert) AlertEntry {
	top := a.Top()
	e := AlertEntry{
		Seq: ev.Seq, Offset: ev.Offset, Block: a.Block, Seen: ev.Time,
		TxHash: a.TxHash, TxIndex: a.TxIndex, From: a.From, To: a.To, Contract: a.Contract,
		ContractName: intern(a.ContractName), Method: intern(a.Method),
		Outflow: a.Outflow, Reverted: a.Reverted, Severity: a.Severity,
		Rule: intern(top.Rule), TopMethod: intern(top.Method), Reason: top.Reason(),
		Findings: len(a.Findings), Attack: isAttackAlert(a), Parties: parties(a),
	}
	if len(a.Findings) == 1 {
		e.Rules = e.Rule
	} else {
		rules := make([]string, len(a.Findings))
		for i, f := range a.Findings {
			rules[i] = f.Rule
		}
		e.Rules = intern(strings.Join(rules, ","))
	}
	return e
}

// Has reports whether one of the alert's findings is of rule.
func (a *AlertEntry) Has(rule string) bool {
	for r := range strings.SplitSeq(a.Rules, ",") {
		if r == rule {
			return true
		}
	}
	return false
}

// Drain says the alert is a high or critical one, not reverted, with value
// out of the watched contracts: what the drained figure counts.
func (a *AlertEntry) Drain() bool {
	return a.Severity >= chain.High && !a.Reverted && a.Outflow != nil && a.Outflow.Sign() > 0
}

// intern keeps one copy of the names that repeat from alert to alert.
func intern(s string) string {
	if s == "" {
		return ""
	}
	return unique.Make(s).Value()
}

// parties are the addresses of a that search looks in, beyond its sender,
// the address called and the watched contract.
func parties(a *chain.Alert) []common.Address {
	var out []common.Address
	add := func(addr common.Address) {
		if addr == (common.Address{}) || addr == a.From || addr == a.Contract || (a.To != nil && addr == *a.To) || slices.Contains(out, addr) {
			return
		}
		out = append(out, addr)
	}
	for _, f := range a.Findings {
		add(f.Contract.Address)
		if f.Actor != nil {
			add(f.Actor.Address)
		}
	}
	for _, l := range a.Detail.Trace {
		add(l.From)
		add(l.To)
	}
	for _, b := range a.Detail.Balances {
		add(b.Address)
	}
	for _, l := range a.Detail.Logs {
		add(l.Address)
	}
	return slices.Clip(out)
}

// Evidence reads an alert back in full (findings, trace, logs, balance
// changes) from where the session keeps it.
type Evidence func(*AlertEntry) (chain.Alert, error)

// AlertOf decodes the alert an event records, with its Seen time.
func AlertOf(ev *Event) (chain.Alert, error) {
	if ev.Kind != KindAlert {
		return chain.Alert{}, fmt.Errorf("event %d is a %s, not an alert", ev.Seq, ev.Kind)
	}
	var a chain.Alert
	if err := decodeAlert(ev.Data, &a); err != nil {
		return chain.Alert{}, fmt.Errorf("event %d: %w", ev.Seq, err)
	}
	a.Seen = ev.Time
	return a, nil
}

// EvidenceIn reads alerts from events held in memory (a replay's), event
// seq at index seq-1.
func EvidenceIn(events []Event) Evidence {
	return func(a *AlertEntry) (chain.Alert, error) {
		i := int(a.Seq) - 1
		if i < 0 || i >= len(events) || events[i].Seq != a.Seq {
			return chain.Alert{}, fmt.Errorf("alert event %d is not in the journal read", a.Seq)
		}
		return AlertOf(&events[i])
	}
}

// JournalEvidence reads alerts back from journal j by their offsets.
func JournalEvidence(j *Journal) Evidence {
	return func(a *AlertEntry) (chain.Alert, error) {
		ev, err := j.ReadEvent(a.Seq, a.Offset)
		if err != nil {
			return chain.Alert{}, err
		}
		return AlertOf(&ev)
	}
}
