package detect

import (
	"bytes"
	"fmt"
	"math"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"warroom/chain"
	"warroom/chain/safe"
)

// The DeFi rules watch for the shapes of the attacks that take a
// protocol's money through its own prices and its own governance:
//
//   - price-deviation: a watched pool emitting Uniswap v2's Sync moves its
//     price (reserve1/reserve0) PriceDeviationBps or more off its
//     block-start price within one transaction: the oracle manipulations
//     of Harvest 2020, Cheese Bank, Inverse 2022. High; critical at four
//     times the limit. It reads receipts' logs only.
//   - flash-loan: a known flash-loan callback runs in a transaction that
//     touches a watched contract. Medium alone: flash loans are ordinary
//     capital; high when the same transaction also moves value out of a
//     watched contract or trips price-deviation or share-price.
//   - safe-delegatecall: a watched Safe executes a delegatecall to a
//     contract that is not a known MultiSend (nor another of Safe's own
//     libraries), directly or inside a MultiSend batch: its code runs as
//     the Safe and can rewrite the Safe's owners and singleton (Bybit
//     2025). Critical. SafeTxRisk says the same of a proposed transaction,
//     before anyone signs it.
//   - share-price: a watched ERC-4626 vault mints no shares for a deposit
//     (the donation or first-depositor attack), critical; or its implied
//     share price (assets/shares of its Deposit and Withdraw events)
//     moves SharePriceJumpBps or more from its last one, high, critical at
//     four times the limit.
//
// Every figure is computed from the exact integers the chain gave (no
// floating point); findings carry prices as 18-decimal fixed-point
// integers.

// Event topics the DeFi rules read.
var (
	topicSync          = crypto.Keccak256Hash([]byte("Sync(uint112,uint112)"))
	topicVaultDeposit  = crypto.Keccak256Hash([]byte("Deposit(address,address,uint256,uint256)"))
	topicVaultWithdraw = crypto.Keccak256Hash([]byte("Withdraw(address,address,address,uint256,uint256)"))
	topicTransfer      = crypto.Keccak256Hash([]byte("Transfer(address,address,uint256)"))
	// A Safe's execTransaction whose inner call failed without reverting
	// the transaction (safeTxGas or gasPrice set) says so in this event.
	topicExecutionFailure = crypto.Keccak256Hash([]byte("ExecutionFailure(bytes32,uint256)"))
)

func selectorOf(sig string) [4]byte { return [4]byte(crypto.Keccak256([]byte(sig))[:4]) }

// How a flash-loan callback's arguments name the loan, when they do.
const (
	loanOpaque  = iota // the amount is not an argument, or not a single one
	loanERC3156        // onFlashLoan(initiator, token, amount, fee, data)
	loanAaveV3         // executeOperation(asset, amount, premium, initiator, params)
)

// flashCallback is a function lenders call on the borrower with the loan.
type flashCallback struct {
	sel  [4]byte
	name string
	kind int
}

// flashCallbacks are the flash-loan callbacks of the major lenders.
var flashCallbacks = func() []flashCallback {
	sigs := []struct {
		sig  string
		kind int
	}{
		{"onFlashLoan(address,address,uint256,uint256,bytes)", loanERC3156},           // ERC-3156 (MakerDAO, Euler, …)
		{"executeOperation(address[],uint256[],uint256[],address,bytes)", loanOpaque}, // Aave v2 flashLoan
		{"executeOperation(address,uint256,uint256,address,bytes)", loanAaveV3},       // Aave v3 flashLoanSimple
		{"uniswapV2Call(address,uint256,uint256,bytes)", loanOpaque},                  // Uniswap v2 flash swap
		{"uniswapV3FlashCallback(uint256,uint256,bytes)", loanOpaque},                 // Uniswap v3 flash
		{"receiveFlashLoan(address[],uint256[],uint256[],bytes)", loanOpaque},         // Balancer vault
		{"callFunction(address,(address,uint256),bytes)", loanOpaque},                 // dYdX SoloMargin
	}
	out := make([]flashCallback, len(sigs))
	for i, s := range sigs {
		name := s.sig[:bytes.IndexByte([]byte(s.sig), '(')]
		out[i] = flashCallback{sel: selectorOf(s.sig), name: name, kind: s.kind}
	}
	return out
}()

// ethToken is the placeholder ERC-3156 lenders of ether use for it.
var ethToken = common.HexToAddress("0xEeeeeEeeeEeEeeEeEeEeeEEEeeeeEeeeeeeeEEeE")

var (
	selExecTransaction = selectorOf("execTransaction(address,uint256,bytes,uint8,uint256,uint256,uint256,address,address,bytes)")
	selMultiSend       = selectorOf("multiSend(bytes)")
)

// safeLibraries are the contracts a Safe may delegatecall without a
// finding: the canonical Safe deployments' MultiSend and MultiSendCallOnly
// (1.3.0 and 1.4.1 among them: MultiSend 0xA238CBeb142c10Ef7Ad8442C6D1f9E89e07e7761
// and 0x38869bf66a61cF6bDB996A6aE40D5853Fd43B526, MultiSendCallOnly
// 0x40A2aCCbd92BCA938b02010E17A5b8929b49130D and
// 0x9641d764fc13c8B624c04430C7356C1C7C8102e2), SignMessageLib and the
// migration libraries. The list is kept in one place, chain/safe's
// CanonicalLibraries, which the approvals board's warnings use too; a
// deployment's own MultiSend comes from RuleConfig.MultiSend.
var safeLibraries = func() map[common.Address]string {
	m := map[common.Address]string{}
	for _, l := range safe.CanonicalLibraries() {
		m[l.Address] = l.Name
	}
	return m
}()

// defiTx is what one walk over a transaction found for the DeFi rules.
type defiTx struct {
	logs  []*types.Log // Sync, Deposit and Withdraw logs of watched contracts
	buf   [2]*types.Log
	loans []loan
	execs []safeExec
}

// loan is one flash-loan callback frame.
type loan struct {
	f        *chain.CallFrame
	cb       *flashCallback
	reverted bool
}

// safeExec is one execTransaction call into a watched Safe.
type safeExec struct {
	safe     common.Address
	by       common.Address
	input    []byte
	f        *chain.CallFrame // nil without a trace
	reverted bool
}

// defiState is what the engine keeps between blocks for the DeFi rules.
type defiState struct {
	pools  map[common.Address]*pool
	moved  []*pool // pools with a Sync in the current block
	vaults map[common.Address]*vault
	// scratch numbers, so a Sync costs no allocation
	r0, r1, x, y, q, w, z big.Int
}

// pool is a price source: ref is its block-start price (reserves), last
// its latest.
type pool struct {
	ref0, ref1, last0, last1 big.Int
	hasRef, moved            bool
}

// vault is a share vault's last implied price: assets for shares.
type vault struct {
	assets, shares big.Int
	has            bool
}

var bigBps = big.NewInt(10000)

// defiLog notes a watched contract's log the DeFi rules read.
func (a *analysis) defiLog(l *types.Log) {
	if len(l.Topics) == 0 || len(l.Data) != 64 {
		return
	}
	switch t := l.Topics[0]; {
	case t == topicSync && len(l.Topics) == 1,
		t == topicVaultDeposit && len(l.Topics) == 3,
		t == topicVaultWithdraw && len(l.Topics) == 4:
		if a.defi.logs == nil {
			a.defi.logs = a.defi.buf[:0] // most transactions have one or two: no allocation
		}
		a.defi.logs = append(a.defi.logs, l)
	}
}

// defiCall notes a CALL frame that is a flash-loan callback or a watched
// Safe's execTransaction.
func (e *Engine) defiCall(a *analysis, f *chain.CallFrame, to common.Address, reverted bool) {
	sel := [4]byte(f.Input[:4])
	if sel == selExecTransaction {
		if w, ok := e.watched[to]; ok && w.Role == chain.RoleSafe {
			a.defi.execs = append(a.defi.execs, safeExec{safe: to, by: f.From, input: f.Input, f: f, reverted: reverted})
		}
		return
	}
	for i := range flashCallbacks {
		if flashCallbacks[i].sel == sel {
			a.defi.loans = append(a.defi.loans, loan{f: f, cb: &flashCallbacks[i], reverted: reverted})
			return
		}
	}
}

// defiFindings are the DeFi rules' findings of a transaction that touched
// a watched contract.
func (e *Engine) defiFindings(o *chain.TxObservation, a *analysis, out []chain.Finding) []chain.Finding {
	if len(a.defi.logs) > 0 {
		out = e.priceDeviation(a, out)
		out = e.sharePrice(a, out)
	}
	if len(a.defi.loans) > 0 {
		out = append(out, e.flashLoan(o, a, out))
	}
	return e.safeDelegateCalls(o, a, out)
}

// endBlock makes each pool's last price of the block its reference for
// the next.
func (d *defiState) endBlock() {
	for _, p := range d.moved {
		p.ref0.Set(&p.last0)
		p.ref1.Set(&p.last1)
		p.hasRef, p.moved = true, false
	}
	d.moved = d.moved[:0]
}

// deviation is max(a/b, b/a) − 1 in basis points, rounded down, when it
// is limit or more (tripped), zero otherwise: the test multiplies, only a
// tripped one divides, so an ordinary price costs no allocation. A price
// from or to zero, or one too far for a uint64, is math.MaxUint64.
func (d *defiState) deviation(a, b *big.Int, limit uint64) (bps uint64, tripped bool) {
	hi, lo := a, b
	if hi.Cmp(lo) < 0 {
		hi, lo = lo, hi
	}
	switch {
	case hi.Sign() == 0:
		return 0, limit == 0
	case lo.Sign() == 0:
		return math.MaxUint64, true
	}
	d.q.Mul(hi, bigBps)
	d.w.SetUint64(limit)
	d.w.Add(&d.w, bigBps)
	d.z.Mul(&d.w, lo)
	if d.q.Cmp(&d.z) < 0 {
		return 0, false
	}
	q := new(big.Int).Quo(&d.q, lo)
	q.Sub(q, bigBps)
	if !q.IsUint64() {
		return math.MaxUint64, true
	}
	return q.Uint64(), true
}

// severityAt is high from limit, critical from four times the limit.
func severityAt(bps, limit uint64) chain.Severity {
	if limit <= math.MaxUint64/4 && bps >= 4*limit || bps == math.MaxUint64 {
		return chain.Critical
	}
	return chain.High
}

// fixedPrice is num/den as an 18-decimal fixed-point integer.
func fixedPrice(num, den *big.Int) *big.Int {
	p := new(big.Int).Mul(num, big.NewInt(1e18))
	return p.Quo(p, den)
}

// priceDeviation compares each Sync of a watched pool in the transaction
// with the pool's block-start price: one finding per pool, at its Sync
// furthest off. A pool first seen in this block takes its first Sync as
// the reference: what it was before is unknown.
func (e *Engine) priceDeviation(a *analysis, out []chain.Finding) []chain.Finding {
	limit := e.cfg.PriceDeviationBps
	if limit == 0 {
		return out
	}
	d := &e.defi
	type furthest struct {
		addr   common.Address
		p      *pool
		bps    uint64
		r0, r1 []byte
	}
	var buf [2]furthest
	far := buf[:0]
	for _, l := range a.defi.logs {
		if l.Topics[0] != topicSync {
			continue
		}
		d.r0.SetBytes(l.Data[:32])
		d.r1.SetBytes(l.Data[32:])
		if d.r0.Sign() == 0 {
			continue // an empty pool has no price
		}
		if d.pools == nil {
			d.pools = map[common.Address]*pool{}
		}
		p := d.pools[l.Address]
		if p == nil {
			p = &pool{}
			d.pools[l.Address] = p
		}
		if !p.hasRef {
			p.ref0.Set(&d.r0)
			p.ref1.Set(&d.r1)
			p.hasRef = true
		}
		// price/ref = (r1/r0) / (R1/R0) = r1·R0 / (r0·R1)
		bps, tripped := d.deviation(d.x.Mul(&d.r1, &p.ref0), d.y.Mul(&d.r0, &p.ref1), limit)
		p.last0.Set(&d.r0)
		p.last1.Set(&d.r1)
		if !p.moved {
			p.moved = true
			d.moved = append(d.moved, p)
		}
		i := 0
		for i < len(far) && far[i].addr != l.Address {
			i++
		}
		if i == len(far) {
			far = append(far, furthest{addr: l.Address, p: p})
		}
		if tripped && bps > far[i].bps {
			far[i].bps, far[i].r0, far[i].r1 = bps, l.Data[:32], l.Data[32:]
		}
	}
	for _, f := range far {
		if f.r0 == nil {
			continue
		}
		r0, r1 := new(big.Int).SetBytes(f.r0), new(big.Int).SetBytes(f.r1)
		out = append(out, chain.Finding{Rule: chain.RulePriceDeviation, Severity: severityAt(f.bps, limit), Contract: e.party(f.addr),
			Price: fixedPrice(r1, r0), RefPrice: fixedPrice(&f.p.ref1, &f.p.ref0), DeviationBps: f.bps, LimitBps: limit})
	}
	return out
}

// sharePrice reads a watched vault's ERC-4626 Deposit and Withdraw events
// in order, each against the vault's last implied price: one finding per
// vault, a deposit minting no shares first, else the event furthest off.
func (e *Engine) sharePrice(a *analysis, out []chain.Finding) []chain.Finding {
	limit := e.cfg.SharePriceJumpBps
	d := &e.defi
	start := len(out)
	for _, l := range a.defi.logs {
		deposit := l.Topics[0] == topicVaultDeposit
		if !deposit && l.Topics[0] != topicVaultWithdraw {
			continue
		}
		assets, shares := &d.r0, &d.r1
		assets.SetBytes(l.Data[:32])
		shares.SetBytes(l.Data[32:])
		if assets.Sign() == 0 && (shares.Sign() == 0 || !deposit) {
			continue // nothing moved, or shares redeemed for dust rounded to nothing
		}
		if d.vaults == nil {
			d.vaults = map[common.Address]*vault{}
		}
		v := d.vaults[l.Address]
		if v == nil {
			v = &vault{}
			d.vaults[l.Address] = v
		}
		var (
			bps        = uint64(math.MaxUint64) // assets for no shares
			price, ref *big.Int
		)
		switch {
		case shares.Sign() == 0:
			if v.has {
				ref = fixedPrice(&v.assets, &v.shares)
			}
		case !v.has:
			if assets.Sign() > 0 {
				v.assets.Set(assets)
				v.shares.Set(shares)
				v.has = true
			}
			continue // a vault's first price is the reference
		default:
			// price/last = (A/S) / (A'/S') = A·S' / (S·A')
			var tripped bool
			if limit > 0 {
				bps, tripped = d.deviation(d.x.Mul(assets, &v.shares), d.y.Mul(shares, &v.assets), limit)
			}
			if tripped {
				price, ref = fixedPrice(assets, shares), fixedPrice(&v.assets, &v.shares)
			}
			if assets.Sign() > 0 {
				v.assets.Set(assets)
				v.shares.Set(shares)
			}
			if !tripped {
				continue
			}
		}
		f := chain.Finding{Rule: chain.RuleSharePrice, Severity: chain.Critical, Contract: e.party(l.Address),
			Actor: e.partyRef(common.BytesToAddress(l.Topics[1].Bytes())), Event: "Withdraw", LimitBps: limit,
			Price: price, RefPrice: ref, DeviationBps: bps}
		if deposit {
			f.Event = "Deposit"
		}
		if shares.Sign() > 0 {
			f.Severity = severityAt(bps, limit)
		}
		f.Amount, f.Shares = new(big.Int).Set(assets), new(big.Int).Set(shares)
		i := start
		for i < len(out) && out[i].Contract.Address != l.Address {
			i++
		}
		if i == len(out) {
			f.Count = 1
			out = append(out, f)
			continue
		}
		prev := &out[i]
		f.Count = prev.Count + 1
		prev.Count = f.Count
		if noShares, prevNoShares := f.Shares.Sign() == 0, prev.Shares.Sign() == 0; noShares && !prevNoShares ||
			noShares == prevNoShares && f.DeviationBps > prev.DeviationBps {
			*prev = f
		}
	}
	return out
}

// flashLoan is the flash-loan finding of a transaction with at least one
// loan: its first loan that did not revert (or its first), with how many
// it took and what else raised the severity.
func (e *Engine) flashLoan(o *chain.TxObservation, a *analysis, others []chain.Finding) chain.Finding {
	first := a.defi.loans[0]
	live := false
	for _, l := range a.defi.loans {
		if !l.reverted {
			first, live = l, true
			break
		}
	}
	fr := first.f
	lender, borrower := fr.From, fr.Callee()
	f := chain.Finding{Rule: chain.RuleFlashLoan, Severity: chain.Medium, Contract: e.party(a.contract),
		Actor: e.partyRef(borrower), Lender: e.partyRef(lender), Method: first.cb.name, Count: len(a.defi.loans), Reverted: !live}
	for _, c := range []common.Address{lender, borrower} {
		if _, ok := e.watched[c]; ok {
			f.Contract = e.party(c)
			break
		}
	}
	args := fr.Input[4:]
	word := func(i int) []byte {
		if len(args) < 32*(i+1) {
			return nil
		}
		return args[32*i : 32*(i+1)]
	}
	if v := fr.Wei(); v != nil && v.Sign() > 0 {
		f.Amount = new(big.Int).Set(v)
	} else {
		tok, amt := -1, -1
		switch first.cb.kind {
		case loanERC3156:
			tok, amt = 1, 2
		case loanAaveV3:
			tok, amt = 0, 1
		}
		if amt >= 0 && word(amt) != nil {
			f.Amount = new(big.Int).SetBytes(word(amt))
			if t := common.BytesToAddress(word(tok)); t != ethToken {
				f.Token = e.partyRef(t)
			}
		}
	}
	if !live {
		return f
	}
	if e.valueOut(o, a) {
		f.With = append(f.With, chain.WithValueOut)
	}
	for _, rule := range []string{chain.RulePriceDeviation, chain.RuleSharePrice} {
		for _, g := range others {
			if g.Rule == rule {
				f.With = append(f.With, rule)
				break
			}
		}
	}
	if len(f.With) > 0 {
		f.Severity = chain.High
	}
	return f
}

// valueOut reports whether the transaction took value out of the
// protocol, net: ether, as the outflow rule nets it (netOut), or a token,
// from its Transfer logs (a loan repaid in the same transaction is no
// loss).
func (e *Engine) valueOut(o *chain.TxObservation, a *analysis) bool {
	for addr := range a.delta {
		if e.losesValue(a, addr) {
			return true
		}
	}
	if o.Receipt == nil {
		return false
	}
	type holding struct{ token, holder common.Address }
	var net map[holding]*big.Int
	add := func(h holding, v []byte, sign int) {
		if net == nil {
			net = map[holding]*big.Int{}
		}
		n := net[h]
		if n == nil {
			n = new(big.Int)
			net[h] = n
		}
		if sign < 0 {
			n.Sub(n, new(big.Int).SetBytes(v))
		} else {
			n.Add(n, new(big.Int).SetBytes(v))
		}
	}
	for _, l := range o.Receipt.Logs {
		if len(l.Topics) != 3 || l.Topics[0] != topicTransfer || len(l.Data) != 32 {
			continue
		}
		from, to := common.BytesToAddress(l.Topics[1].Bytes()), common.BytesToAddress(l.Topics[2].Bytes())
		if e.counts(from) {
			add(holding{l.Address, from}, l.Data, -1)
		}
		if e.counts(to) {
			add(holding{l.Address, to}, l.Data, +1)
		}
	}
	for _, n := range net {
		if n.Sign() < 0 {
			return true
		}
	}
	return false
}

// safeDelegateCalls are the safe-delegatecall findings: one per
// execTransaction of a watched Safe that delegatecalls an unknown
// contract, from the trace or, without one, the transaction's own input.
func (e *Engine) safeDelegateCalls(o *chain.TxObservation, a *analysis, out []chain.Finding) []chain.Finding {
	execs := a.defi.execs
	if o.Trace == nil {
		to := o.Tx.To()
		if to == nil || len(o.Tx.Data()) < 4 || [4]byte(o.Tx.Data()[:4]) != selExecTransaction {
			return out
		}
		if w, ok := e.watched[*to]; !ok || w.Role != chain.RoleSafe {
			return out
		}
		reverted := a.reverted
		if o.Receipt != nil {
			for _, l := range o.Receipt.Logs {
				if l.Address == *to && len(l.Topics) > 0 && l.Topics[0] == topicExecutionFailure {
					reverted = true
				}
			}
		}
		execs = []safeExec{{safe: *to, by: o.From, input: o.Tx.Data(), reverted: reverted}}
	}
	for _, x := range execs {
		tx, ok := decodeExecTransaction(x.input)
		if !ok || tx.operation != 1 {
			continue
		}
		risky, _ := riskyDelegates(tx.to, tx.operation, tx.data, e.knownLibrary, nil, nil, 0)
		if len(risky) == 0 {
			continue
		}
		r := risky[0]
		f := chain.Finding{Rule: chain.RuleSafeDelegateCall, Severity: chain.Critical, Contract: e.party(x.safe),
			Actor: e.partyRef(x.by), Target: e.partyRef(r.to), Reverted: x.reverted, Count: len(risky)}
		if len(r.data) > 0 {
			f.Method = e.dec.MethodName(&r.to, r.data)
		}
		if r.via != nil {
			f.Via = e.libraryParty(*r.via)
		}
		if !f.Reverted && x.f != nil {
			f.Reverted = delegateFailed(x.f, x.safe, r.to)
		}
		out = append(out, f)
	}
	return out
}

// knownLibrary reports whether a Safe may delegatecall addr: a canonical
// Safe library or one of the configured MultiSends.
func (e *Engine) knownLibrary(addr common.Address) bool {
	if _, ok := safeLibraries[addr]; ok {
		return true
	}
	for _, m := range e.cfg.MultiSends() {
		if m == addr {
			return true
		}
	}
	return false
}

// libraryParty is a Safe library with its label, or its canonical name.
func (e *Engine) libraryParty(addr common.Address) *chain.Party {
	p := e.party(addr)
	if p.Name == "" {
		p.Name = safeLibraries[addr]
	}
	return &p
}

// delegateFailed reports whether the Safe's delegatecall to target in the
// execTransaction frame f failed.
func delegateFailed(f *chain.CallFrame, safe, target common.Address) bool {
	for i := range f.Calls {
		c := &f.Calls[i]
		if c.Type == "DELEGATECALL" && c.From == safe && c.Callee() == target {
			return c.Error != ""
		}
		if delegateFailed(c, safe, target) {
			return true
		}
	}
	return false
}

// execTx is the part of a Safe transaction the rule reads.
type execTx struct {
	to        common.Address
	operation uint8
	data      []byte
}

// decodeExecTransaction reads to, data and operation from
// execTransaction(address to, uint256 value, bytes data, uint8 operation, …) calldata.
func decodeExecTransaction(input []byte) (execTx, bool) {
	if len(input) < 4+10*32 || [4]byte(input[:4]) != selExecTransaction {
		return execTx{}, false
	}
	args := input[4:]
	op := new(big.Int).SetBytes(args[96:128])
	data, ok := abiBytes(args, args[64:96])
	if !ok || !op.IsUint64() || op.Uint64() > 255 {
		return execTx{}, false
	}
	return execTx{to: common.BytesToAddress(args[:32]), operation: uint8(op.Uint64()), data: data}, true
}

// abiBytes is the dynamic bytes argument at offset (a head word) in args.
func abiBytes(args, offset []byte) ([]byte, bool) {
	off := new(big.Int).SetBytes(offset)
	if !off.IsInt64() || off.Int64() > int64(len(args))-32 {
		return nil, false
	}
	o := int(off.Int64())
	n := new(big.Int).SetBytes(args[o : o+32])
	if !n.IsInt64() || n.Int64() > int64(len(args)-o-32) {
		return nil, false
	}
	return args[o+32 : o+32+int(n.Int64())], true
}

// maxMultiSendDepth bounds how deep riskyDelegates follows MultiSend
// batches inside MultiSend batches.
const maxMultiSendDepth = 4

// delegate is one delegatecall a Safe transaction makes to a contract
// that is not a known library; via is the MultiSend whose batch makes it.
type delegate struct {
	to   common.Address
	via  *common.Address
	data []byte
}

// riskyDelegates appends to out the delegatecalls a Safe transaction (to,
// operation, data) makes to contracts known does not know: the call
// itself, or the delegatecalls of a known MultiSend's batch (its packed
// entries: operation 1 byte, to 20, value 32, data length 32, data),
// followed into nested batches. undecoded says a known MultiSend's batch
// could not be read.
func riskyDelegates(to common.Address, operation uint8, data []byte, known func(common.Address) bool, via *common.Address,
	out []delegate, depth int) ([]delegate, bool) {
	if operation != 1 {
		return out, false
	}
	if !known(to) {
		return append(out, delegate{to: to, via: via, data: data}), false
	}
	if len(data) < 4 || [4]byte(data[:4]) != selMultiSend {
		return out, false // SignMessageLib, a migration: the library's own code
	}
	if depth >= maxMultiSendDepth {
		return out, true
	}
	if len(data) < 4+64 {
		return out, true
	}
	batch, ok := abiBytes(data[4:], data[4:36])
	if !ok {
		return out, true
	}
	const head = 1 + 20 + 32 + 32
	self := to
	undecoded := false
	for i := 0; i < len(batch); {
		if len(batch)-i < head {
			return out, true
		}
		op, entryTo := batch[i], common.BytesToAddress(batch[i+1:i+21])
		n := new(big.Int).SetBytes(batch[i+53 : i+85])
		if !n.IsInt64() || n.Int64() > int64(len(batch)-i-head) {
			return out, true
		}
		entryData := batch[i+head : i+head+int(n.Int64())]
		var u bool
		out, u = riskyDelegates(entryTo, op, entryData, known, &self, out, depth+1)
		undecoded = undecoded || u
		i += head + int(n.Int64())
	}
	return out, undecoded
}

// SafeTxRisk says whether a proposed Safe transaction (its to, operation
// and data, before anyone signs it) delegatecalls a contract that is not
// a known MultiSend: known lists the deployment's own MultiSends, besides
// the canonical Safe libraries (chain/safe's CanonicalLibraries). It
// follows a known MultiSend's batch, nested batches included, to the
// delegatecalls inside it; a batch it cannot decode is risky too, since
// what it runs is unchecked. why is one sentence, the safe-delegatecall
// rule's own with full addresses, empty when the transaction is not risky.
// chain/safe's Warnings gives the same warning (WarnDelegateCall) among
// its other checks.
func SafeTxRisk(to common.Address, operation uint8, data []byte, known []common.Address) (risky bool, why string) {
	isKnown := func(a common.Address) bool {
		if _, ok := safeLibraries[a]; ok {
			return true
		}
		for _, k := range known {
			if k == a {
				return true
			}
		}
		return false
	}
	found, undecoded := riskyDelegates(to, operation, data, isKnown, nil, nil, 0)
	if len(found) == 0 {
		if undecoded {
			return true, fmt.Sprintf("the Safe delegatecalls MultiSend %s with a batch that cannot be decoded: the delegatecalls it makes are unchecked", to.Hex())
		}
		return false, ""
	}
	r := found[0]
	f := chain.Finding{Rule: chain.RuleSafeDelegateCall, Contract: chain.Party{Name: "the Safe"}, Target: &chain.Party{Address: r.to, Name: r.to.Hex()}}
	if len(r.data) >= 4 {
		f.Method = hexutil.Encode(r.data[:4])
	} else if len(r.data) > 0 {
		f.Method = "(fallback)"
	}
	if r.via != nil {
		name := r.via.Hex()
		if n, ok := safeLibraries[*r.via]; ok {
			name = n + " " + name
		}
		f.Via = &chain.Party{Address: *r.via, Name: name}
	}
	why = f.Reason()
	if len(found) > 1 {
		why += fmt.Sprintf("; %d such delegatecalls in all", len(found))
	}
	return true, why
}
