package chain

import (
	"fmt"
	"math"
	"math/big"
	"strings"

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
	// Count is how many times it happened: re-entries, flash loans in the
	// transaction, a vault's events that tripped share-price, unknown
	// contracts a Safe transaction delegatecalls.
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
	// Price and RefPrice are prices as 18-decimal fixed-point integers
	// (the price × 10^18, rounded down). price-deviation: the pool's
	// reserve1/reserve0 at its Sync furthest from the reference in the
	// transaction, and at the start of the block. share-price: the
	// vault's assets per share in the event, and in its last event before
	// (nil when it had none). DeviationBps is how far apart they are,
	// max(Price/RefPrice, RefPrice/Price) − 1 in basis points, computed
	// from the exact reserves or amounts and capped at the largest uint64
	// (a price from or to zero); LimitBps is the rule's threshold.
	Price        *big.Int `json:"price,omitempty"`
	RefPrice     *big.Int `json:"refPrice,omitempty"`
	DeviationBps uint64   `json:"deviationBps,omitempty"`
	// Event is the vault's event ("Deposit", "Withdraw"), its assets in
	// Amount, in wei, and its shares in Shares (share-price); Actor is the
	// event's sender.
	Event  string   `json:"event,omitempty"`
	Shares *big.Int `json:"shares,omitempty"`
	// Lender made a flash loan to Actor, the borrower whose callback
	// (Method) ran; Amount is the loan when known, in wei or the token's
	// base units, and Token the token lent, nil for ether. Count is how
	// many loans the transaction took, Reverted says every one reverted,
	// and With what else the transaction did that raised the severity:
	// "value-out" (value left a watched contract), "price-deviation",
	// "share-price" (flash-loan).
	Lender *Party   `json:"lender,omitempty"`
	Token  *Party   `json:"token,omitempty"`
	With   []string `json:"with,omitempty"`
	// Target is the contract a watched Safe (Contract) delegatecalled,
	// Via the MultiSend whose batch did it when not the Safe directly;
	// Method the function called on Target ("" for no calldata), Actor
	// who called execTransaction, Reverted whether the delegatecall
	// failed (safe-delegatecall).
	Target *Party `json:"target,omitempty"`
	Via    *Party `json:"via,omitempty"`
}

// FlashLoanWith values: what else a transaction with a flash loan did.
const (
	WithValueOut = "value-out"
)

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
	case RulePriceDeviation:
		return fmt.Sprintf("%s price swung %s within one tx: block-start %s, furthest %s (reserve1/reserve0; limit %s)",
			f.Contract.Label(), f.deviation(), formatPrice(f.RefPrice), formatPrice(f.Price), FormatBps(f.LimitBps))
	case RuleSharePrice:
		return f.sharePrice()
	case RuleFlashLoan:
		return f.flashLoan(false)
	case RuleSafeDelegateCall:
		return f.safeDelegateCall(false)
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
	switch f.Rule {
	case RulePriceDeviation:
		return fmt.Sprintf("%s price (reserve1/reserve0, to 18 decimals): block-start %s, furthest in the tx %s (%s apart; limit %s bps)",
			fullOf(&f.Contract), exactPrice(f.RefPrice), exactPrice(f.Price), f.apart(), FormatUint(f.LimitBps))
	case RuleSharePrice:
		s := fmt.Sprintf("%s %s by %s: %s for %s", fullOf(&f.Contract), f.Event, fullOf(f.Actor), FormatWei(f.Amount), exactCount(f.Shares, "share"))
		if f.Price != nil {
			s += ", " + exactPrice(f.Price) + " per share"
		}
		if f.RefPrice != nil {
			s += ", last " + exactPrice(f.RefPrice) + " per share"
		}
		if f.Price != nil && f.RefPrice != nil {
			s += fmt.Sprintf(" (%s apart; limit %s bps)", f.apart(), FormatUint(f.LimitBps))
		}
		return s
	case RuleFlashLoan:
		return f.flashLoan(true)
	case RuleSafeDelegateCall:
		return f.safeDelegateCall(true)
	case RulePreAttack:
	default:
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

// deviation is DeviationBps for people: a percentage under a doubling,
// a factor from there ("25×"), from the prices themselves when the basis
// points are capped.
func (f *Finding) deviation() string {
	if f.DeviationBps < 10000 {
		return FormatBps(f.DeviationBps)
	}
	if f.DeviationBps != math.MaxUint64 {
		return formatRat(new(big.Rat).SetFrac(new(big.Int).SetUint64(f.DeviationBps+10000), big.NewInt(10000)), 3) + "×"
	}
	switch {
	case f.Price == nil || f.RefPrice == nil:
		return "beyond a uint64 of basis points"
	case f.Price.Sign() == 0:
		return "to zero"
	case f.RefPrice.Sign() == 0:
		return "from zero"
	}
	hi, lo := f.Price, f.RefPrice
	if hi.Cmp(lo) < 0 {
		hi, lo = lo, hi
	}
	return formatRat(new(big.Rat).SetFrac(hi, lo), 3) + "×"
}

func (f *Finding) sharePrice() string {
	c := f.Contract.Label()
	switch {
	case f.Event == "Deposit" && f.Shares != nil && f.Shares.Sign() == 0:
		s := fmt.Sprintf("%s minted no shares for %s: the share price was inflated", c, formatAmount(f.Amount))
		if f.RefPrice != nil {
			s += fmt.Sprintf(" (last price %s per share)", formatPrice(f.RefPrice))
		}
		return s
	case f.Shares != nil && f.Shares.Sign() == 0:
		return fmt.Sprintf("%s paid out %s for no shares in a %s", c, formatAmount(f.Amount), f.Event)
	}
	return fmt.Sprintf("%s share price moved %s in one %s (%s for %s): %s → %s per share (limit %s)",
		c, f.deviation(), f.Event, formatAmount(f.Amount), plural(f.Shares, "share"), formatPrice(f.RefPrice), formatPrice(f.Price), FormatBps(f.LimitBps))
}

// flashLoan says what was lent to whom; full names every address whole
// and the amount exactly, for the details view.
func (f *Finding) flashLoan(full bool) string {
	name := labelOf
	if full {
		name = fullOf
	}
	s := "flash loan"
	switch {
	case f.Amount != nil && f.Token != nil:
		s += " of " + groupBig(f.Amount) + " base units of " + name(f.Token)
	case f.Amount != nil && full:
		s += " of " + FormatWei(f.Amount)
	case f.Amount != nil:
		s += " of " + FormatEther(f.Amount, 3)
	}
	s += fmt.Sprintf(" from %s to %s (%s callback)", name(f.Lender), name(f.Actor), f.Method)
	if full {
		s += " in a tx touching " + fullOf(&f.Contract)
	}
	if f.Count > 1 {
		s += fmt.Sprintf(", %d loans in the tx", f.Count)
	}
	if f.Reverted {
		s += ", reverted"
	}
	if len(f.With) > 0 {
		parts := make([]string, len(f.With))
		for i, w := range f.With {
			if w == WithValueOut {
				parts[i] = "moves value out of a watched contract"
			} else {
				parts[i] = "trips " + w
			}
		}
		s += "; the same tx " + strings.Join(parts, " and ")
	}
	return s
}

// safeDelegateCall says what a Safe's delegatecall can do; full names
// every address whole, for the details view.
func (f *Finding) safeDelegateCall(full bool) string {
	name := func(p *Party) string {
		if full {
			return fullOf(p)
		}
		return labelOf(p)
	}
	target := name(f.Target)
	if f.Method != "" {
		target += "." + f.Method + "()"
	}
	if f.Via != nil {
		target += " in a " + name(f.Via) + " batch"
	}
	safe := f.Contract.Label()
	if full {
		safe = fullOf(&f.Contract)
	}
	s := fmt.Sprintf("%s delegatecalls %s (not a known MultiSend): its code runs as the Safe and can rewrite the Safe's own storage (its owners, its singleton)", safe, target)
	if f.Reverted {
		s = fmt.Sprintf("%s attempted (reverted) to delegatecall %s (not a known MultiSend): its code would run as the Safe and could rewrite the Safe's own storage (its owners, its singleton)", safe, target)
	}
	if full && f.Actor != nil {
		s += "; execTransaction called by " + fullOf(f.Actor)
	}
	return s
}

// apart is DeviationBps in full: "240,000 bps", or the factor when the
// basis points are capped.
func (f *Finding) apart() string {
	if f.DeviationBps == math.MaxUint64 {
		return f.deviation()
	}
	return FormatUint(f.DeviationBps) + " bps"
}

// exactCount is "1 share", "1,000 shares".
func exactCount(n *big.Int, unit string) string {
	s := groupBig(n) + " " + unit
	if n == nil || !n.IsInt64() || n.Int64() != 1 {
		s += "s"
	}
	return s
}

// wei1e18 is 10^18: prices are kept as fixed-point integers of 18 decimals.
var wei1e18 = big.NewInt(weiPerEther)

// formatPrice renders an 18-decimal fixed-point price with six
// significant digits: "1.0201", "0.04", "2.3e19"; nil is "—".
func formatPrice(p *big.Int) string {
	if p == nil {
		return "—"
	}
	return formatRat(new(big.Rat).SetFrac(p, wei1e18), 6)
}

// exactPrice renders an 18-decimal fixed-point price exactly: "25",
// "0.892857142857142857".
func exactPrice(p *big.Int) string {
	if p == nil {
		return "—"
	}
	whole, fs := splitEther(p)
	s := groupDigits(whole.String())
	if fs = strings.TrimRight(fs, "0"); fs != "" {
		s += "." + fs
	}
	if p.Sign() < 0 {
		s = minus + s
	}
	return s
}

// formatRat renders r with sig significant digits, trailing zeros
// trimmed: fixed notation with thousands separators from 10^-6 to 10^12,
// "2.3e19" beyond.
func formatRat(r *big.Rat, sig int) string {
	if r.Sign() == 0 {
		return "0"
	}
	f := new(big.Float).SetPrec(256).SetRat(r)
	e := f.Text('e', sig-1) // "2.30000e+19"
	i := strings.IndexByte(e, 'e')
	exp := 0
	fmt.Sscanf(e[i+1:], "%d", &exp)
	if exp < -6 || exp >= 12 {
		m := e[:i]
		if strings.Contains(m, ".") {
			m = strings.TrimRight(strings.TrimRight(m, "0"), ".")
		}
		return fmt.Sprintf("%se%d", m, exp)
	}
	s := f.Text('f', max(0, sig-1-exp))
	if strings.Contains(s, ".") {
		s = strings.TrimRight(strings.TrimRight(s, "0"), ".")
	}
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	whole, frac, _ := strings.Cut(s, ".")
	s = groupDigits(whole)
	if frac != "" {
		s += "." + frac
	}
	if neg {
		s = minus + s
	}
	return s
}

// formatAmount is wei as ether to three decimals, or as exact wei when
// that would read "<0.001 ETH": a 1-wei deposit says so.
func formatAmount(wei *big.Int) string {
	if wei != nil && new(big.Int).Abs(wei).Cmp(big.NewInt(weiPerEther/1000)) < 0 {
		return FormatWei(wei)
	}
	return FormatEther(wei, 3)
}

// groupBig is n with thousands separators; nil is "—".
func groupBig(n *big.Int) string {
	if n == nil {
		return "—"
	}
	if n.Sign() < 0 {
		return minus + groupDigits(new(big.Int).Neg(n).String())
	}
	return groupDigits(n.String())
}

// plural is a count of base units with six significant digits: "1 share",
// "2,000 shares", "1e19 shares".
func plural(n *big.Int, unit string) string {
	if n == nil {
		return "— " + unit + "s"
	}
	s := formatRat(new(big.Rat).SetInt(n), 6) + " " + unit
	if n == nil || !n.IsInt64() || n.Int64() != 1 {
		s += "s"
	}
	return s
}
