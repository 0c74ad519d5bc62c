package chain

import (
	"context"
	"fmt"
	"math/big"
	"sort"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// Rule names, as they appear in alerts.
const (
	RuleOutflow     = "outflow"
	RuleReentrancy  = "reentrancy"
	RuleNewContract = "new-contract-caller"
	RulePrivileged  = "privileged-call"
)

// CodeReader reads contract code at a block; the new-contract rule uses it
// for callers created before the watcher started.
type CodeReader interface {
	CodeAt(ctx context.Context, account common.Address, blockNumber *big.Int) ([]byte, error)
}

// TxObservation is one transaction as the rules see it.
type TxObservation struct {
	Tx      *types.Transaction
	From    common.Address
	Receipt *types.Receipt
	// Trace is the transaction's call trace, nil when the node gave none.
	Trace *CallFrame
}

// BlockObservation is one block as the rules see it.
type BlockObservation struct {
	Info BlockInfo
	Txs  []TxObservation
	// Balances are the watched contracts' ether balances at the parent block.
	Balances map[common.Address]*big.Int
}

// Engine classifies transactions that touch watched contracts. It keeps the
// contract creations it has seen, so blocks must be given in order.
type Engine struct {
	cfg     RuleConfig
	watched map[common.Address]Watched
	dec     *Decoder
	code    CodeReader

	created map[common.Address]uint64 // contract → block it was created in
	old     map[common.Address]bool   // contracts known to predate the window
	pruned  uint64
}

// NewEngine returns an engine for the watched contracts. code may be nil, in
// which case only creations the engine saw count for the new-contract rule.
func NewEngine(cfg RuleConfig, watched []Watched, dec *Decoder, code CodeReader) *Engine {
	e := &Engine{
		cfg: cfg, dec: dec, code: code,
		watched: make(map[common.Address]Watched, len(watched)),
		created: map[common.Address]uint64{},
		old:     map[common.Address]bool{},
	}
	for _, w := range watched {
		e.watched[w.Address] = w
	}
	return e
}

// Config is the engine's thresholds.
func (e *Engine) Config() RuleConfig { return e.cfg }

// privileged maps function names to the severity of calling them on a
// watched contract. Pausing is what responders do, so it is low.
var privileged = map[string]Severity{
	"pause": Low, "unpause": Medium,
	"upgradeTo": High, "upgradeToAndCall": High, "changeAdmin": High, "initialize": High,
	"grantRole": High, "revokeRole": High, "renounceRole": High,
	"transferOwnership": High, "renounceOwnership": High, "acceptOwnership": High,
	"addOwnerWithThreshold": High, "removeOwner": High, "swapOwner": High, "changeThreshold": High,
	"enableModule": High, "disableModule": High, "setGuard": High, "setFallbackHandler": High,
	"schedule": Medium, "scheduleBatch": Medium, "execute": High, "executeBatch": High,
	"cancel": Medium, "updateDelay": High,
}

// privilegedEvents maps events emitted by watched contracts to the function
// family they reveal, for nodes that give no traces.
var privilegedEvents = map[string]string{
	"Paused": "pause", "Unpaused": "unpause", "Upgraded": "upgradeTo", "AdminChanged": "changeAdmin",
	"RoleGranted": "grantRole", "RoleRevoked": "revokeRole", "OwnershipTransferred": "transferOwnership",
	"AddedOwner": "addOwnerWithThreshold", "RemovedOwner": "removeOwner", "ChangedThreshold": "changeThreshold",
	"EnabledModule": "enableModule", "ChangedGuard": "setGuard", "MinDelayChange": "updateDelay",
}

// Classify returns the alerts of one block, in transaction order, and how
// many transactions touched a watched contract.
func (e *Engine) Classify(ctx context.Context, b *BlockObservation) ([]Alert, int) {
	running := make(map[common.Address]*big.Int, len(b.Balances))
	for a, v := range b.Balances {
		running[a] = new(big.Int).Set(v)
	}
	var (
		alerts  []Alert
		touched int
	)
	for i := range b.Txs {
		o := &b.Txs[i]
		a := e.analyse(o)
		for addr := range a.created {
			e.created[addr] = b.Info.Number
		}
		if !a.touched {
			continue
		}
		touched++
		findings := e.rules(ctx, b.Info.Number, o, a, running)
		for addr, d := range a.delta {
			if v, ok := running[addr]; ok {
				v.Add(v, d)
			}
		}
		if len(findings) == 0 {
			continue
		}
		alerts = append(alerts, e.alert(b.Info, o, a, findings))
	}
	e.prune(b.Info.Number)
	return alerts, touched
}

// analysis is what one walk over a transaction found.
type analysis struct {
	touched  bool
	contract common.Address // first watched contract entered
	methods  []string       // distinct methods called on watched contracts, in order
	delta    map[common.Address]*big.Int
	reentry  []reentry
	callers  []caller
	calls    []privCall
	created  map[common.Address]bool
	lines    []TraceLine
	reverted bool
}

type reentry struct {
	contract common.Address
	method   string
	by       common.Address
	depth    int
}

type caller struct {
	addr, contract common.Address
}

type privCall struct {
	contract common.Address
	method   string
	by       common.Address
	reverted bool
}

func (e *Engine) analyse(o *TxObservation) *analysis {
	a := &analysis{reverted: o.Receipt != nil && o.Receipt.Status == types.ReceiptStatusFailed}
	if o.Receipt != nil && o.Receipt.ContractAddress != (common.Address{}) && !a.reverted {
		a.mark(o.Receipt.ContractAddress)
	}
	if o.Trace != nil {
		e.walk(a, o.Trace, 0, nil, false)
	} else {
		e.shallow(a, o)
	}
	if o.Receipt != nil {
		for _, l := range o.Receipt.Logs {
			if _, ok := e.watched[l.Address]; !ok {
				continue
			}
			e.touch(a, l.Address)
			if o.Trace != nil {
				continue // the trace already shows the calls behind these logs
			}
			if fn, ok := privilegedEvents[e.dec.EventName(l)]; ok && !a.called(l.Address, fn) {
				a.calls = append(a.calls, privCall{contract: l.Address, method: fn, by: o.From})
			}
		}
	}
	return a
}

// called reports whether a privileged call of method family fn on contract is already known.
func (a *analysis) called(contract common.Address, fn string) bool {
	for _, c := range a.calls {
		if c.contract == contract && (c.method == fn || strings.HasPrefix(c.method, fn)) {
			return true
		}
	}
	return false
}

func (a *analysis) mark(addr common.Address) {
	if a.created == nil {
		a.created = map[common.Address]bool{}
	}
	a.created[addr] = true
}

func (e *Engine) touch(a *analysis, addr common.Address) {
	if !a.touched {
		a.touched, a.contract = true, addr
	}
}

func (a *analysis) method(name string) {
	for _, m := range a.methods {
		if m == name {
			return
		}
	}
	a.methods = append(a.methods, name)
}

func (a *analysis) move(addr common.Address, v *big.Int, sign int) {
	if a.delta == nil {
		a.delta = map[common.Address]*big.Int{}
	}
	d, ok := a.delta[addr]
	if !ok {
		d = new(big.Int)
		a.delta[addr] = d
	}
	if sign < 0 {
		d.Sub(d, v)
	} else {
		d.Add(d, v)
	}
}

// shallow reads what it can without a trace: the called contract and method.
func (e *Engine) shallow(a *analysis, o *TxObservation) {
	to := o.Tx.To()
	if to == nil {
		return
	}
	if _, ok := e.watched[*to]; !ok {
		return
	}
	e.touch(a, *to)
	name := e.dec.MethodName(to, o.Tx.Data())
	a.method(name)
	if _, ok := privileged[name]; ok {
		a.calls = append(a.calls, privCall{contract: *to, method: name, by: o.From, reverted: a.reverted})
	}
}

// walk visits a frame and its children in execution order. stack holds the
// contexts (addresses whose code is running) of the enclosing frames.
func (e *Engine) walk(a *analysis, f *CallFrame, depth int, stack []common.Address, reverted bool) {
	reverted = reverted || f.Error != ""
	ctxAddr := f.context()
	to := f.target()
	_, toWatched := e.watched[to]
	_, fromWatched := e.watched[f.From]

	line := TraceLine{Depth: depth, Type: f.Type, From: f.From, To: to, Value: f.value(), Error: f.Error}
	switch {
	case f.Type == "CREATE" || f.Type == "CREATE2":
		line.Label = "new " + e.dec.Name(to)
	case toWatched || e.dec.Known(to):
		line.Label = e.dec.Name(to) + "." + e.dec.MethodName(&to, f.Input)
	default:
		line.Label = e.dec.Name(to)
		if len(f.Input) > 0 {
			line.Label += "." + e.dec.MethodName(&to, f.Input)
		}
	}

	if toWatched || fromWatched {
		e.touch(a, pick(toWatched, to, f.From))
	}
	if toWatched && (f.Type == "CALL" || f.Type == "CALLCODE") {
		name := e.dec.MethodName(&to, f.Input)
		a.method(name)
		if depth > 0 {
			a.callers = append(a.callers, caller{addr: f.From, contract: to})
		}
		if _, ok := privileged[name]; ok {
			a.calls = append(a.calls, privCall{contract: to, method: name, by: f.From, reverted: reverted})
		}
		for _, s := range stack {
			if s == to {
				line.Reentry = true
				a.reentry = append(a.reentry, reentry{contract: to, method: name, by: f.From, depth: depth})
				break
			}
		}
	}
	if !reverted {
		if v := f.value(); v != nil && v.Sign() > 0 && f.Type != "DELEGATECALL" && f.Type != "STATICCALL" {
			if fromWatched {
				a.move(f.From, v, -1)
			}
			if toWatched {
				a.move(to, v, +1)
			}
		}
		if f.Type == "CREATE" || f.Type == "CREATE2" {
			a.mark(to)
		}
	}
	a.lines = append(a.lines, line)
	stack = append(stack, ctxAddr)
	for i := range f.Calls {
		e.walk(a, &f.Calls[i], depth+1, stack, reverted)
	}
}

func pick(cond bool, a, b common.Address) common.Address {
	if cond {
		return a
	}
	return b
}

func (e *Engine) rules(ctx context.Context, block uint64, o *TxObservation, a *analysis, running map[common.Address]*big.Int) []Finding {
	var out []Finding
	// Re-entrancy: a watched contract called again while it is still on the stack.
	if len(a.reentry) > 0 {
		first := a.reentry[0]
		out = append(out, Finding{Rule: RuleReentrancy, Severity: Critical, Reason: fmt.Sprintf(
			"%s re-entered %d× by %s while %s() was still running", e.dec.Name(first.contract), len(a.reentry),
			e.dec.Name(first.by), first.method)})
	}
	// Outflow: net value out of a watched contract above its share threshold.
	for _, addr := range sortedAddrs(a.delta) {
		d := a.delta[addr]
		before := running[addr]
		if d.Sign() >= 0 || before == nil || before.Sign() == 0 {
			continue
		}
		out1 := new(big.Int).Neg(d)
		bps := new(big.Int).Div(new(big.Int).Mul(out1, big.NewInt(10000)), before)
		if new(big.Int).Mul(out1, big.NewInt(10000)).Cmp(new(big.Int).Mul(before, new(big.Int).SetUint64(e.cfg.OutflowBps))) <= 0 {
			continue
		}
		sev := High
		if bps.Uint64() >= 4*e.cfg.OutflowBps {
			sev = Critical
		}
		out = append(out, Finding{Rule: RuleOutflow, Severity: sev, Reason: fmt.Sprintf(
			"%s left %s in one tx: %s of its %s (limit %s)", FormatEther(out1, 3), e.dec.Name(addr),
			percent(bps.Uint64()), FormatEther(before, 3), percent(e.cfg.OutflowBps))})
	}
	// New contract: a watched contract called by a contract created in the last N blocks.
	seen := map[common.Address]bool{}
	for _, c := range a.callers {
		if seen[c.addr] {
			continue
		}
		seen[c.addr] = true
		if at, ok := e.createdWithin(ctx, c.addr, block); ok {
			when := "within the last " + fmt.Sprint(e.cfg.NewContractBlocks) + " blocks"
			if at > 0 {
				when = fmt.Sprintf("%d blocks ago (block %d)", block-at, at)
				if block == at {
					when = "in this block"
				}
			}
			out = append(out, Finding{Rule: RuleNewContract, Severity: Medium, Reason: fmt.Sprintf(
				"caller %s of %s is a contract deployed %s", ShortAddr(c.addr), e.dec.Name(c.contract), when)})
		}
	}
	// Privileged calls.
	for _, p := range a.calls {
		sev := privileged[p.method]
		verb := "called"
		if p.reverted {
			verb, sev = "attempted (reverted)", max(sev, Medium)
		}
		out = append(out, Finding{Rule: RulePrivileged, Severity: sev, Reason: fmt.Sprintf(
			"privileged %s.%s() %s by %s", e.dec.Name(p.contract), p.method, verb, e.dec.Name(p.by))})
	}
	return out
}

// createdWithin reports whether addr is a contract created in the last N blocks
// as of block, and the block it was created in when the engine saw it.
func (e *Engine) createdWithin(ctx context.Context, addr common.Address, block uint64) (uint64, bool) {
	n := e.cfg.NewContractBlocks
	if at, ok := e.created[addr]; ok {
		return at, block-at <= n
	}
	if e.old[addr] || e.code == nil {
		return 0, false
	}
	// Created before the watcher started: new if it had no code N blocks ago.
	var at int64
	if block > n {
		at = int64(block - n)
	}
	code, err := e.code.CodeAt(ctx, addr, big.NewInt(at))
	if err != nil {
		return 0, false // no state that far back: say nothing rather than guess
	}
	if len(code) > 0 {
		e.old[addr] = true
		return 0, false
	}
	return 0, true
}

func (e *Engine) prune(block uint64) {
	n := e.cfg.NewContractBlocks
	if block < e.pruned+n || block < n {
		return
	}
	for a, at := range e.created {
		if block-at > n {
			delete(e.created, a)
			e.old[a] = true
		}
	}
	e.pruned = block
}

func (e *Engine) alert(info BlockInfo, o *TxObservation, a *analysis, findings []Finding) Alert {
	sort.SliceStable(findings, func(i, j int) bool { return findings[i].Severity > findings[j].Severity })
	al := Alert{
		Block: info.Number, Time: info.Time, TxHash: o.Tx.Hash(), From: o.From, To: o.Tx.To(),
		Contract: a.contract, ContractName: e.dec.Name(a.contract), Method: strings.Join(a.methods, ","),
		Outflow: new(big.Int), Reverted: a.reverted, Severity: findings[0].Severity, Findings: findings,
	}
	if o.Receipt != nil {
		al.TxIndex = o.Receipt.TransactionIndex
	}
	for addr, d := range a.delta {
		if _, ok := e.watched[addr]; ok && d.Sign() < 0 {
			al.Outflow.Sub(al.Outflow, d)
		}
	}
	if al.Method == "" {
		al.Method = "(no call)"
	}
	al.Detail = TxDetail{Call: e.dec.DecodeCall(o.Tx.To(), o.Tx.Data()), Value: o.Tx.Value(), Trace: a.lines}
	if o.Receipt != nil {
		al.Detail.GasUsed = o.Receipt.GasUsed
		for _, l := range o.Receipt.Logs {
			al.Detail.Logs = append(al.Detail.Logs, e.dec.DecodeLog(l))
		}
	}
	if o.Trace != nil && o.Trace.Error != "" {
		al.Detail.Error = o.Trace.Error
		if o.Trace.RevertReason != "" {
			al.Detail.Error += ": " + o.Trace.RevertReason
		}
	}
	for _, addr := range sortedAddrs(a.delta) {
		if a.delta[addr].Sign() != 0 {
			al.Detail.Balances = append(al.Detail.Balances, BalanceChange{Name: e.dec.Name(addr), Address: addr, Delta: a.delta[addr]})
		}
	}
	return al
}

func sortedAddrs(m map[common.Address]*big.Int) []common.Address {
	out := make([]common.Address, 0, len(m))
	for a := range m {
		out = append(out, a)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Cmp(out[j]) < 0 })
	return out
}

func percent(bps uint64) string {
	return fmt.Sprintf("%d.%d%%", bps/100, (bps%100)/10)
}
