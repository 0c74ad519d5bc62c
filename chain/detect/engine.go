package detect

import (
	"context"
	"math/big"
	"slices"
	"sort"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"

	"warroom/chain"
)

// CodeReader reads contract code at a block; the new-contract rule uses it
// for callers created before the watcher started.
type CodeReader interface {
	CodeAt(ctx context.Context, account common.Address, blockNumber *big.Int) ([]byte, error)
}

// Engine classifies transactions that touch watched contracts. It keeps the
// contract creations it has seen, so blocks must be given in order.
type Engine struct {
	cfg     chain.RuleConfig
	watched map[common.Address]chain.Watched
	dec     *Decoder
	code    CodeReader

	created map[common.Address]uint64 // contract → block it was created in
	old     map[common.Address]bool   // contracts known to predate the window
	funded  map[common.Address]funding
	pruned  uint64
	defi    defiState // pools' and vaults' prices (rules_defi.go)

	// scratch and addrs are Classify's working numbers and addresses
	// (the outflow rule, losesValue, sortedAddrs), each used and done
	// with before the next use.
	scratch [4]big.Int
	addrs   []common.Address
}

// funding is the last value an account received: when and from whom.
type funding struct {
	block uint64
	from  common.Address
}

// NewEngine returns an engine for the watched contracts. code may be nil, in
// which case only creations the engine saw count for the new-contract rule.
func NewEngine(cfg chain.RuleConfig, watched []chain.Watched, dec *Decoder, code CodeReader) *Engine {
	e := &Engine{
		cfg: cfg, dec: dec, code: code,
		watched: make(map[common.Address]chain.Watched, len(watched)),
		created: map[common.Address]uint64{},
		old:     map[common.Address]bool{},
		funded:  map[common.Address]funding{},
	}
	for _, w := range watched {
		e.watched[w.Address] = w
	}
	return e
}

// privileged maps function names to the severity of calling them on a
// watched contract. Pausing is what responders do, so it is low.
var privileged = map[string]chain.Severity{
	"pause": chain.Low, "unpause": chain.Medium,
	"upgradeTo": chain.High, "upgradeToAndCall": chain.High, "changeAdmin": chain.High, "initialize": chain.High,
	"grantRole": chain.High, "revokeRole": chain.High, "renounceRole": chain.High,
	"transferOwnership": chain.High, "renounceOwnership": chain.High, "acceptOwnership": chain.High,
	"addOwnerWithThreshold": chain.High, "removeOwner": chain.High, "swapOwner": chain.High, "changeThreshold": chain.High,
	"enableModule": chain.High, "disableModule": chain.High, "setGuard": chain.High, "setFallbackHandler": chain.High,
	"schedule": chain.Medium, "scheduleBatch": chain.Medium, "execute": chain.High, "executeBatch": chain.High,
	"cancel": chain.Medium, "updateDelay": chain.High,
}

// privilegedEvents maps events emitted by watched contracts to the function
// family they reveal, for nodes that give no traces.
var privilegedEvents = map[string]string{
	"Paused": "pause", "Unpaused": "unpause", "Upgraded": "upgradeTo", "AdminChanged": "changeAdmin",
	"RoleGranted": "grantRole", "RoleRevoked": "revokeRole", "OwnershipTransferred": "transferOwnership",
	"AddedOwner": "addOwnerWithThreshold", "RemovedOwner": "removeOwner", "ChangedThreshold": "changeThreshold",
	"EnabledModule": "enableModule", "ChangedGuard": "setGuard", "MinDelayChange": "updateDelay",
}

var (
	_ chain.Classifier = (*Engine)(nil)
	_ chain.Preparer   = (*Engine)(nil)
)

// Prepare walks a transaction's trace and reads its receipt (analyse), all
// of its classification that depends on it alone; Classify takes the
// result from o.Prepared when it was made of the same trace and receipt.
func (e *Engine) Prepare(o *chain.TxObservation) any {
	a := e.analyse(o)
	if len(a.reentry) > 0 {
		// A watched contract re-entered raises an alert whatever else
		// the block holds (rules): its evidence is written now too.
		e.traceLines(a, o)
		e.logLines(a, o)
	}
	return a
}

// Classify returns the alerts of one block, in transaction order, and how
// many transactions touched a watched contract.
func (e *Engine) Classify(ctx context.Context, b *chain.BlockObservation) ([]chain.Alert, int) {
	running := make(map[common.Address]*big.Int, len(b.Balances))
	for a, v := range b.Balances {
		running[a] = new(big.Int).Set(v)
	}
	var (
		alerts  []chain.Alert
		touched int
	)
	for i := range b.Txs {
		o := &b.Txs[i]
		a, ok := o.Prepared.(*analysis)
		if !ok || a.trace != o.Trace || a.receipt != o.Receipt {
			a = e.analyse(o)
		}
		for addr := range a.created {
			e.created[addr] = b.Info.Number
		}
		// A deployment touches no watched contract yet: the pre-attack
		// rule looks at every one.
		pre := e.preAttack(ctx, b.Info.Number, o, a)
		pre = append(pre, e.implementationInit(ctx, b.Info.Number, o, a)...)
		for _, t := range a.funds {
			e.funded[t.to] = funding{block: b.Info.Number, from: t.from}
		}
		if !a.touched && len(pre) == 0 {
			continue
		}
		if a.touched {
			touched++
		}
		findings := append(pre, e.rules(ctx, b.Info.Number, o, a, running)...)
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
	e.defi.endBlock()
	e.prune(b.Info.Number)
	return alerts, touched
}

// analysis is what one walk over a transaction found.
type analysis struct {
	// trace and receipt are what it was made of.
	trace    *chain.CallFrame
	receipt  *types.Receipt
	touched  bool
	contract common.Address // first watched contract entered
	methods  []string       // distinct methods called on watched contracts, in order
	delta    map[common.Address]*big.Int
	reentry  []reentry
	callers  []caller
	calls    []privCall
	created  map[common.Address]bool
	code     map[common.Address][]byte // runtime code of created contracts, from the trace
	funds    []transfer                // value sent, by frames that did not revert
	lines    []chain.TraceLine         // the trace's lines, written for an alert (traceLines)
	logs     []chain.LogLine           // the receipt's logs, decoded for an alert (logLines)
	logsRead bool
	reverted bool
	defi     defiTx // what the DeFi rules read (rules_defi.go)
	// inits are the initializer runs the trace shows (walkInits), impls
	// the implementations watched proxies delegated to, by implementation.
	inits []initCall
	impls map[common.Address]common.Address
}

type transfer struct {
	from, to common.Address
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

func (e *Engine) analyse(o *chain.TxObservation) *analysis {
	a := &analysis{trace: o.Trace, receipt: o.Receipt, reverted: o.Receipt != nil && o.Receipt.Status == types.ReceiptStatusFailed}
	if o.Receipt != nil && o.Receipt.ContractAddress != (common.Address{}) && !a.reverted {
		a.mark(o.Receipt.ContractAddress)
	}
	if o.Trace != nil {
		e.walk(a, o.Trace, 0, nil, false)
		collectImpls(o.Trace, e.watched, a)
		e.walkInits(o.Trace, nil, false, a)
	} else {
		e.shallow(a, o)
		if to := o.Tx.To(); to != nil && o.Tx.Value().Sign() > 0 && !a.reverted {
			a.funds = append(a.funds, transfer{from: o.From, to: *to})
		}
	}
	if o.Receipt != nil {
		for _, l := range o.Receipt.Logs {
			if _, ok := e.watched[l.Address]; !ok {
				continue
			}
			e.touch(a, l.Address)
			a.defiLog(l)
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

// methodsOn are the distinct methods the trace called on contract, read
// back from its lines ("Vault.borrow"), for the alert row.
func (a *analysis) methodsOn(contract common.Address, name string) []string {
	var out []string
	for _, l := range a.lines {
		if l.To != contract || (l.Type != "CALL" && l.Type != "CALLCODE") {
			continue
		}
		if m, ok := strings.CutPrefix(l.Label, name+"."); ok && !slices.Contains(out, m) {
			out = append(out, m)
		}
	}
	return out
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
func (e *Engine) shallow(a *analysis, o *chain.TxObservation) {
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
func (e *Engine) walk(a *analysis, f *chain.CallFrame, depth int, stack []common.Address, reverted bool) {
	reverted = reverted || f.Error != ""
	self := f.Self()
	to := f.Callee()
	_, toWatched := e.watched[to]
	_, fromWatched := e.watched[f.From]

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
				a.reentry = append(a.reentry, reentry{contract: to, method: name, by: f.From, depth: depth})
				break
			}
		}
	}
	if !reverted {
		if v := f.Wei(); v != nil && v.Sign() > 0 && f.Type != "DELEGATECALL" && f.Type != "STATICCALL" {
			if fromWatched {
				a.move(f.From, v, -1)
			}
			if toWatched {
				a.move(to, v, +1)
			}
		}
		if f.Type == "CREATE" || f.Type == "CREATE2" {
			a.mark(to)
			if a.code == nil {
				a.code = map[common.Address][]byte{}
			}
			a.code[to] = f.Output
		} else if v := f.Wei(); v != nil && v.Sign() > 0 && f.Type == "CALL" {
			a.funds = append(a.funds, transfer{from: f.From, to: to})
		}
	}
	if f.Type == "CALL" && len(f.Input) >= 4 {
		e.defiCall(a, f, to, reverted)
	}
	stack = append(stack, self)
	for i := range f.Calls {
		e.walk(a, &f.Calls[i], depth+1, stack, reverted)
	}
}

// traceLines writes the lines of a transaction's trace, in execution
// order, labelled ("Vault.withdraw", "new 0xacFE…dD3d") and with each
// re-entry into a watched contract marked: what an alert's detail and its
// row read. walk finds the same re-entries; the lines are written only
// for the transactions that make an alert, most of a busy block's do not.
func (e *Engine) traceLines(a *analysis, o *chain.TxObservation) {
	if a.lines != nil || o.Trace == nil {
		return
	}
	var visit func(f *chain.CallFrame, depth int, stack []common.Address)
	visit = func(f *chain.CallFrame, depth int, stack []common.Address) {
		to := f.Callee()
		_, toWatched := e.watched[to]
		l := chain.TraceLine{Depth: depth, Type: f.Type, From: f.From, To: to, Value: f.Wei(), Error: f.Error}
		switch {
		case f.Type == "CREATE" || f.Type == "CREATE2":
			l.Label = "new " + e.dec.Name(to)
		case toWatched || e.dec.Known(to):
			l.Label = e.dec.Name(to) + "." + e.dec.MethodName(&to, f.Input)
		default:
			l.Label = e.dec.Name(to)
			if len(f.Input) > 0 {
				l.Label += "." + e.dec.MethodName(&to, f.Input)
			}
		}
		l.Reentry = toWatched && (f.Type == "CALL" || f.Type == "CALLCODE") && slices.Contains(stack, to)
		a.lines = append(a.lines, l)
		stack = append(stack, f.Self())
		for i := range f.Calls {
			visit(&f.Calls[i], depth+1, stack)
		}
	}
	visit(o.Trace, 0, nil)
}

// logLines decodes the receipt's logs for an alert, once.
func (e *Engine) logLines(a *analysis, o *chain.TxObservation) {
	if a.logsRead || o.Receipt == nil {
		return
	}
	a.logsRead = true
	for _, l := range o.Receipt.Logs {
		a.logs = append(a.logs, e.dec.DecodeLog(l))
	}
}

func pick(cond bool, a, b common.Address) common.Address {
	if cond {
		return a
	}
	return b
}

func (e *Engine) rules(ctx context.Context, block uint64, o *chain.TxObservation, a *analysis, running map[common.Address]*big.Int) []chain.Finding {
	var out []chain.Finding
	// Re-entrancy: a watched contract called again while it is still on the stack.
	if len(a.reentry) > 0 {
		first := a.reentry[0]
		out = append(out, chain.Finding{Rule: chain.RuleReentrancy, Severity: chain.Critical,
			Contract: e.party(first.contract), Actor: e.partyRef(first.by), Method: first.method, Count: len(a.reentry)})
	}
	// Outflow: net value out of a watched contract above its share
	// threshold. Value that moves to another of the protocol's contracts
	// (a vault investing in its strategy) has not left the protocol: it
	// is netted. A price source's own ETH is not the protocol's.
	for _, addr := range e.sortedAddrs(a.delta) {
		d := a.delta[addr]
		before := running[addr]
		if d.Sign() >= 0 || before == nil || before.Sign() == 0 {
			continue
		}
		// Measured in the engine's scratch numbers: most withdrawals are
		// under the threshold, and cost no allocation.
		sc := &e.scratch
		if e.netOut(&sc[0], a, addr).Sign() <= 0 {
			continue
		}
		scaled := sc[1].Mul(&sc[0], bps10000)
		if scaled.Cmp(sc[2].Mul(before, sc[3].SetUint64(e.cfg.OutflowBps))) <= 0 {
			continue
		}
		out1 := new(big.Int).Set(&sc[0])
		bps := sc[2].Div(scaled, before).Uint64()
		sev := chain.High
		if bps >= 4*e.cfg.OutflowBps {
			sev = chain.Critical
		}
		out = append(out, chain.Finding{Rule: chain.RuleOutflow, Severity: sev, Contract: e.party(addr),
			Amount: out1, Held: new(big.Int).Set(before), ShareBps: bps, LimitBps: e.cfg.OutflowBps})
	}
	// New contract: a watched contract called by a contract created in the last N blocks.
	seen := map[common.Address]bool{}
	for _, c := range a.callers {
		if _, own := e.watched[c.addr]; seen[c.addr] || own {
			continue // the protocol's own contracts call each other
		}
		seen[c.addr] = true
		if at, ok := e.createdWithin(ctx, c.addr, block); ok {
			f := chain.Finding{Rule: chain.RuleNewContract, Severity: chain.Medium, Contract: e.party(c.contract),
				Actor: e.partyRef(c.addr), Window: e.cfg.NewContractBlocks}
			if at > 0 {
				f.CreatedAt, f.Age = at, block-at
			}
			out = append(out, f)
		}
	}
	// Privileged calls.
	for _, p := range a.calls {
		sev := privileged[p.method]
		if p.reverted {
			sev = max(sev, chain.Medium)
		}
		out = append(out, chain.Finding{Rule: chain.RulePrivileged, Severity: sev, Contract: e.party(p.contract),
			Actor: e.partyRef(p.by), Method: p.method, Reverted: p.reverted})
	}
	out = append(out, e.takeover(ctx, block, o, a)...)
	return e.defiFindings(o, a, out)
}

// party is addr with its label, when the decoder has one.
func (e *Engine) party(addr common.Address) chain.Party {
	return chain.Party{Address: addr, Name: e.dec.LabelOf(addr)}
}

func (e *Engine) partyRef(addr common.Address) *chain.Party {
	p := e.party(addr)
	return &p
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
	n := max(e.cfg.NewContractBlocks, e.cfg.FundedBlocks)
	if block < e.pruned+n || block < n {
		return
	}
	for a, at := range e.created {
		if block-at > e.cfg.NewContractBlocks {
			delete(e.created, a)
			e.old[a] = true
		}
	}
	for a, f := range e.funded {
		if block-f.block > e.cfg.FundedBlocks {
			delete(e.funded, a)
		}
	}
	e.pruned = block
}

// preAttack is the rule that can fire before the attack: a contract
// deployed by an account funded within the last FundedBlocks blocks, whose
// code calls state-changing functions of a watched contract (the selectors
// among its PUSH4 operands). Attackers fund a fresh account, deploy, then
// strike; pausing on this alert loses nothing.
func (e *Engine) preAttack(ctx context.Context, block uint64, o *chain.TxObservation, a *analysis) []chain.Finding {
	if e.cfg.FundedBlocks == 0 || len(a.created) == 0 {
		return nil
	}
	fund, ok := e.funded[o.From]
	if !ok || block-fund.block > e.cfg.FundedBlocks {
		return nil
	}
	var out []chain.Finding
	for _, addr := range sortedSet(a.created) {
		code, ok := a.code[addr]
		if !ok && e.code != nil {
			code, _ = e.code.CodeAt(ctx, addr, new(big.Int).SetUint64(block))
		}
		if len(code) == 0 {
			continue
		}
		sels := pushedSelectors(code)
		for _, w := range sortedWatched(e.watched) {
			methods := e.dec.Calls(w.Address, sels)
			if len(methods) == 0 {
				continue
			}
			out = append(out, chain.Finding{Rule: chain.RulePreAttack, Severity: chain.High,
				Contract: e.party(w.Address), Actor: e.partyRef(addr), Method: strings.Join(methods, ","),
				Deployer: e.partyRef(o.From), Funder: e.partyRef(fund.from), FundedAt: fund.block,
				CreatedAt: block, Age: block - fund.block})
		}
	}
	return out
}

// pushedSelectors are the 4-byte operands of the PUSH4 instructions in
// code: where a contract's calls to other contracts keep their selectors.
func pushedSelectors(code []byte) map[[4]byte]bool {
	const push1, push4, push32 = 0x60, 0x63, 0x7f
	out := map[[4]byte]bool{}
	for i := 0; i < len(code); i++ {
		op := code[i]
		if op < push1 || op > push32 {
			continue
		}
		n := int(op-push1) + 1
		if op == push4 && i+4 < len(code) {
			out[[4]byte(code[i+1:i+5])] = true
		}
		i += n
	}
	return out
}

func sortedSet(m map[common.Address]bool) []common.Address {
	out := make([]common.Address, 0, len(m))
	for a := range m {
		out = append(out, a)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Cmp(out[j]) < 0 })
	return out
}

func sortedWatched(m map[common.Address]chain.Watched) []chain.Watched {
	out := make([]chain.Watched, 0, len(m))
	for _, w := range m {
		out = append(out, w)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Address.Cmp(out[j].Address) < 0 })
	return out
}

func (e *Engine) alert(info chain.BlockInfo, o *chain.TxObservation, a *analysis, findings []chain.Finding) chain.Alert {
	e.traceLines(a, o)
	sort.SliceStable(findings, func(i, j int) bool { return findings[i].Severity > findings[j].Severity })
	al := chain.Alert{
		Block: info.Number, Time: info.Time, TxHash: o.Tx.Hash(), From: o.From, To: o.Tx.To(),
		Contract: a.contract, ContractName: e.dec.Name(a.contract), Method: strings.Join(a.methods, ","),
		Outflow: new(big.Int), Reverted: a.reverted, Severity: findings[0].Severity, Findings: findings,
	}
	if o.Receipt != nil {
		al.TxIndex = o.Receipt.TransactionIndex
	}
	var drained common.Address
	most := new(big.Int)
	for addr, d := range a.delta {
		if e.counts(addr) && d.Sign() < 0 {
			al.Outflow.Sub(al.Outflow, d)
			if d.CmpAbs(most) > 0 || (d.CmpAbs(most) == 0 && addr.Cmp(drained) < 0) {
				drained, most = addr, new(big.Int).Abs(d)
			}
		}
	}
	if most.Sign() > 0 && findings[0].Rule != chain.RulePreAttack {
		// The row names the contract that lost the most, not the first
		// one entered (a price pool, a strategy).
		al.Contract, al.ContractName = drained, e.dec.Name(drained)
		if own := a.methodsOn(drained, e.dec.Name(drained)); len(own) > 0 {
			// Its own methods last, where the short form of the row takes
			// its method from: "Vault.borrow+3", not the pool's swap.
			rest := make([]string, 0, len(a.methods))
			for _, m := range a.methods {
				if !slices.Contains(own, m) {
					rest = append(rest, m)
				}
			}
			al.Method = strings.Join(append(rest, own...), ",")
		}
	}
	if al.Method == "" {
		al.Method = "(no call)"
	}
	if !a.touched && findings[0].Rule == chain.RulePreAttack {
		// A deployment that has not called anything yet: the row reads
		// "deployer → new 0xacFE…dD3d", the finding names its target.
		f := findings[0]
		al.Contract, al.Method = f.Contract.Address, ""
		al.ContractName = "new " + e.dec.Name(f.Actor.Address)
	}
	al.Detail = chain.TxDetail{Call: e.dec.DecodeCall(o.Tx.To(), o.Tx.Data()), Input: hexutil.Encode(o.Tx.Data()), Value: o.Tx.Value(), Trace: a.lines}
	if o.Receipt != nil {
		al.Detail.GasUsed = o.Receipt.GasUsed
		e.logLines(a, o)
		al.Detail.Logs = a.logs
	}
	if o.Trace != nil && o.Trace.Error != "" {
		al.Detail.Error = o.Trace.Error
		if o.Trace.RevertReason != "" {
			al.Detail.Error += ": " + o.Trace.RevertReason
		}
	}
	for _, addr := range e.sortedAddrs(a.delta) {
		if a.delta[addr].Sign() != 0 {
			al.Detail.Balances = append(al.Detail.Balances, chain.BalanceChange{Name: e.dec.Name(addr), Address: addr, Delta: a.delta[addr]})
		}
	}
	return al
}

// counts reports whether addr's value is the protocol's: a watched
// contract that is not a price source.
func (e *Engine) counts(addr common.Address) bool {
	w, ok := e.watched[addr]
	return ok && w.Role != chain.RoleOracle
}

// netOut writes into z the value addr lost in the transaction, less what
// the protocol's other contracts (role protocol) gained: value moved
// inside the protocol (a vault investing in its strategy) has not left
// it. Zero for a contract whose value is not the protocol's (a price
// source).
func (e *Engine) netOut(z *big.Int, a *analysis, addr common.Address) *big.Int {
	d := a.delta[addr]
	if d == nil || d.Sign() >= 0 || !e.counts(addr) {
		return z.SetInt64(0)
	}
	z.Neg(d)
	for other, g := range a.delta {
		if e.keeps(other, addr, g) {
			z.Sub(z, g)
		}
	}
	return z
}

// keeps reports whether other, which gained g, is another of the
// protocol's contracts than addr: value that went to it stayed inside.
func (e *Engine) keeps(other, addr common.Address, g *big.Int) bool {
	w, ok := e.watched[other]
	return ok && other != addr && w.Role == chain.RoleProtocol && g.Sign() > 0
}

// losesValue reports whether addr's net loss (netOut) is above zero,
// measured in the engine's scratch number.
func (e *Engine) losesValue(a *analysis, addr common.Address) bool {
	return e.netOut(&e.scratch[0], a, addr).Sign() > 0
}

// sortedAddrs are m's addresses in order, in the engine's buffer: valid
// until its next call.
func (e *Engine) sortedAddrs(m map[common.Address]*big.Int) []common.Address {
	out := e.addrs[:0]
	for a := range m {
		out = append(out, a)
	}
	slices.SortFunc(out, common.Address.Cmp)
	e.addrs = out
	return out
}

var bps10000 = big.NewInt(10000)
