package detect

import (
	"bytes"
	"context"
	"math"
	"math/big"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"warroom/chain"
)

// The takeover rules watch for someone taking a protocol's keys rather
// than its money, the step before the drain in Poly Network 2021 (a
// privileged setter anyone could call), Parity 2017 and Nomad 2022 (an
// initializer left open on a live contract):
//
//   - role-change: a watched contract grants a role, transfers its
//     ownership or changes its ERC-1967 admin to an address that is not
//     the protocol's (its Safe, its timelock, its own contracts). Critical;
//     high when governance itself made the change, which is its route.
//   - initializer: an initializer runs on a watched proxy after its
//     deployment, or is called on the implementation behind it directly.
//     Critical; high for a reverted attempt. Governance running one (the
//     timelock's upgradeToAndCall) is its route and is not flagged.
//
// Both read what was done (logs, the call trace), never what a name
// promises: a role granted by a function called setRelayer is a role
// granted.

// Event topics the takeover rules read, whatever ABI the decoder knows.
var (
	topicRoleGranted           = crypto.Keccak256Hash([]byte("RoleGranted(bytes32,address,address)"))
	topicOwnershipTransferred  = crypto.Keccak256Hash([]byte("OwnershipTransferred(address,address)"))
	topicOwnershipTransferring = crypto.Keccak256Hash([]byte("OwnershipTransferStarted(address,address)"))
	topicAdminChanged          = crypto.Keccak256Hash([]byte("AdminChanged(address,address)"))
	// OpenZeppelin Initializable's event, version 5 (uint64) and 4 (uint8).
	topicInitialized64 = crypto.Keccak256Hash([]byte("Initialized(uint64)"))
	topicInitialized8  = crypto.Keccak256Hash([]byte("Initialized(uint8)"))
)

// takeover is the role-change and initializer findings of a transaction
// that touched a watched contract.
func (e *Engine) takeover(ctx context.Context, block uint64, o *chain.TxObservation, a *analysis) []chain.Finding {
	out := e.roleChanges(o, a)
	return append(out, e.initializers(ctx, block, o, a, false)...)
}

// implementationInit is the initializer finding of a transaction that
// calls the implementation behind a watched proxy directly, which touches
// no watched contract: it marks the proxy touched, so the transaction is
// classified and its alert names the proxy.
func (e *Engine) implementationInit(ctx context.Context, block uint64, o *chain.TxObservation, a *analysis) []chain.Finding {
	if a.touched {
		return nil // the initializer rule runs with the others
	}
	out := e.initializers(ctx, block, o, a, true)
	if len(out) > 0 {
		e.touch(a, out[0].Contract.Address)
		a.method(out[0].Method)
	}
	return out
}

// governed reports whether addr is the protocol's: a watched contract,
// its Safe and its timelock among them.
func (e *Engine) governed(addr common.Address) bool {
	_, ok := e.watched[addr]
	return ok
}

// governanceRole reports whether addr is the protocol's governance: a
// watched Safe or timelock.
func (e *Engine) governanceRole(addr common.Address) bool {
	w, ok := e.watched[addr]
	return ok && (w.Role == chain.RoleSafe || w.Role == chain.RoleTimelock)
}

// roleChanges reads the watched contracts' logs for roles, ownership and
// admin rights given to an address outside the protocol.
func (e *Engine) roleChanges(o *chain.TxObservation, a *analysis) []chain.Finding {
	if o.Receipt == nil || o.Receipt.Status != types.ReceiptStatusSuccessful {
		return nil
	}
	var out []chain.Finding
	for _, l := range o.Receipt.Logs {
		if _, ok := e.watched[l.Address]; !ok || a.created[l.Address] || len(l.Topics) == 0 {
			continue // a contract set up in its own deployment is not changing hands
		}
		var role string
		var holder, by common.Address
		switch t := l.Topics[0]; {
		case t == topicRoleGranted && len(l.Topics) == 4:
			role = e.roleName(l.Address, l.Topics[1])
			holder, by = common.BytesToAddress(l.Topics[2].Bytes()), common.BytesToAddress(l.Topics[3].Bytes())
		case (t == topicOwnershipTransferred || t == topicOwnershipTransferring) && len(l.Topics) == 3:
			role = "owner"
			holder, by = common.BytesToAddress(l.Topics[2].Bytes()), e.callerOf(o, l.Address)
		case t == topicAdminChanged && len(l.Data) == 64:
			role = "admin"
			holder, by = common.BytesToAddress(l.Data[32:]), e.callerOf(o, l.Address)
		default:
			continue
		}
		if holder == (common.Address{}) || e.governed(holder) {
			continue
		}
		f := chain.Finding{Rule: chain.RuleRoleChange, Severity: chain.Critical, Contract: e.party(l.Address),
			Actor: e.partyRef(by), Holder: e.partyRef(holder), Role: role}
		if e.governanceRole(by) {
			f.Severity, f.Governance = chain.High, true
		}
		out = append(out, f)
	}
	return out
}

// roleName names an AccessControl role of a watched contract from its ABI:
// OpenZeppelin's roles are keccak256 of their constant's name, and the
// admin role is zero. An unknown role is its hash.
func (e *Engine) roleName(contract common.Address, role common.Hash) string {
	if role == (common.Hash{}) {
		return "DEFAULT_ADMIN_ROLE"
	}
	e.dec.mu.RLock()
	a := e.dec.byAddr[contract]
	e.dec.mu.RUnlock()
	if a != nil {
		for _, name := range sortedMethodNames(a) {
			m := a.Methods[name]
			if strings.HasSuffix(m.RawName, "_ROLE") && len(m.Inputs) == 0 && crypto.Keccak256Hash([]byte(m.RawName)) == role {
				return m.RawName
			}
		}
	}
	return "role " + role.Hex()[:10] + "…"
}

// callerOf is who called contract in the transaction: the sender of the
// first call into it, or the transaction's sender without a trace.
func (e *Engine) callerOf(o *chain.TxObservation, contract common.Address) common.Address {
	if o.Trace != nil {
		if by, ok := firstCaller(o.Trace, contract); ok {
			return by
		}
	}
	return o.From
}

func firstCaller(f *chain.CallFrame, contract common.Address) (common.Address, bool) {
	if f.Type == "CALL" && f.Callee() == contract {
		return f.From, true
	}
	for i := range f.Calls {
		if by, ok := firstCaller(&f.Calls[i], contract); ok {
			return by, true
		}
	}
	return common.Address{}, false
}

// isInitializer reports whether a function name is an initializer's, by
// the names upgradeable contracts give them: initialize, initializeV2,
// reinitialize, init, initWallet, init_….
func isInitializer(name string) bool {
	switch {
	case strings.HasPrefix(name, "initialize"), strings.HasPrefix(name, "reinitialize"), name == "init":
		return true
	case strings.HasPrefix(name, "init") && len(name) > 4:
		c := name[4]
		return c == '_' || c >= 'A' && c <= 'Z'
	}
	return false
}

// initCall is one initializer run found in a transaction.
type initCall struct {
	contract common.Address  // the watched proxy
	impl     *common.Address // the implementation, when it was called directly
	method   string
	by       common.Address
	reverted bool
}

// initializers finds the initializers a transaction ran on watched
// proxies (called through the proxy, or run by an upgradeToAndCall) and,
// with direct, only those called on an implementation behind one.
func (e *Engine) initializers(ctx context.Context, block uint64, o *chain.TxObservation, a *analysis, direct bool) []chain.Finding {
	calls := a.inits // the trace's, found by analyse
	if o.Trace == nil {
		calls = nil
		if to := o.Tx.To(); to != nil {
			if name := e.dec.MethodName(to, o.Tx.Data()); isInitializer(name) {
				if _, ok := e.watched[*to]; ok && !a.created[*to] {
					calls = append(calls, initCall{contract: *to, method: name, by: o.From, reverted: a.reverted})
				} else {
					impl := *to
					calls = append(calls, initCall{impl: &impl, method: name, by: o.From, reverted: a.reverted})
				}
			}
		}
	}
	var out []chain.Finding
	seen := map[common.Address]bool{}
	for _, c := range calls {
		if c.contract == (common.Address{}) {
			// An implementation called directly: the proxy it is behind,
			// as the transaction delegated to it or as the proxies'
			// slots say at the block; none, and it is no proxy's.
			proxy, ok := e.proxyOf(ctx, block, *c.impl, a)
			if !ok {
				continue
			}
			c.contract = proxy
		}
		seen[c.contract] = true
		if (c.impl != nil) != direct || e.governanceRole(c.by) {
			continue
		}
		f := chain.Finding{Rule: chain.RuleInitializer, Severity: chain.Critical, Contract: e.party(c.contract),
			Actor: e.partyRef(c.by), Method: c.method, Reverted: c.reverted}
		if c.reverted {
			f.Severity = chain.High
		}
		if c.impl != nil {
			f.Implementation = e.partyRef(*c.impl)
		}
		out = append(out, f)
	}
	if direct {
		return out
	}
	// An initializer the ABI does not name still says so in its event.
	if o.Receipt == nil || a.reverted {
		return out
	}
	for _, l := range o.Receipt.Logs {
		if _, ok := e.watched[l.Address]; !ok || seen[l.Address] || a.created[l.Address] || !isInitialized(l) {
			continue
		}
		seen[l.Address] = true
		by := e.callerOf(o, l.Address)
		if e.governanceRole(by) || o.Trace != nil && calledBy(o.Trace, l.Address, e.governanceRole) {
			continue
		}
		method := "an initializer"
		if to := o.Tx.To(); to != nil && *to == l.Address {
			method = e.dec.MethodName(to, o.Tx.Data())
		}
		out = append(out, chain.Finding{Rule: chain.RuleInitializer, Severity: chain.Critical, Contract: e.party(l.Address),
			Actor: e.partyRef(by), Method: method})
	}
	return out
}

// isInitialized reports whether a log is Initializable's Initialized
// event for a version an initializer sets, not _disableInitializers' max.
func isInitialized(l *types.Log) bool {
	if len(l.Topics) != 1 || len(l.Data) != 32 {
		return false
	}
	v := new(big.Int).SetBytes(l.Data)
	switch l.Topics[0] {
	case topicInitialized64:
		return v.Cmp(new(big.Int).SetUint64(math.MaxUint64)) != 0
	case topicInitialized8:
		return v.Cmp(big.NewInt(math.MaxUint8)) != 0
	}
	return false
}

// calledBy reports whether any call into contract came from an address
// that is gov.
func calledBy(f *chain.CallFrame, contract common.Address, gov func(common.Address) bool) bool {
	if f.Type == "CALL" && f.Callee() == contract && gov(f.From) {
		return true
	}
	for i := range f.Calls {
		if calledBy(&f.Calls[i], contract, gov) {
			return true
		}
	}
	return false
}

// collectImpls notes every implementation a watched proxy delegates to in
// a trace.
func collectImpls(f *chain.CallFrame, watched map[common.Address]chain.Watched, a *analysis) {
	if f.Type == "DELEGATECALL" && f.Error == "" {
		if _, ok := watched[f.From]; ok {
			if a.impls == nil {
				a.impls = map[common.Address]common.Address{}
			}
			a.impls[f.Callee()] = f.From
		}
	}
	for i := range f.Calls {
		collectImpls(&f.Calls[i], watched, a)
	}
}

// walkInits visits the frames of a trace for initializer runs (analyse);
// stack holds the enclosing ones. An implementation called directly is
// found with its proxy still to be read (initializers, proxyOf).
func (e *Engine) walkInits(f *chain.CallFrame, stack []*chain.CallFrame, reverted bool, a *analysis) {
	reverted = reverted || f.Error != ""
	to := f.Callee()
	_, toWatched := e.watched[to]
	switch f.Type {
	case "CALL":
		if len(f.Input) < 4 {
			break
		}
		name := e.dec.MethodName(&to, f.Input)
		if !isInitializer(name) {
			break
		}
		if toWatched {
			if !a.created[to] {
				a.inits = append(a.inits, initCall{contract: to, method: name, by: f.From, reverted: reverted})
			}
		} else {
			impl := to
			a.inits = append(a.inits, initCall{impl: &impl, method: name, by: f.From, reverted: reverted})
		}
	case "DELEGATECALL":
		// Code running in a watched proxy delegates an initializer to an
		// implementation: an upgradeToAndCall's, unless the proxy is only
		// forwarding a call made to it (found above, at the CALL).
		proxy := f.From
		if _, ok := e.watched[proxy]; !ok || a.created[proxy] || len(f.Input) < 4 {
			break
		}
		name := e.dec.MethodName(&to, f.Input)
		if !isInitializer(name) {
			break
		}
		for i := len(stack) - 1; i >= 0; i-- {
			p := stack[i]
			if p.Type == "CALL" && p.Callee() == proxy {
				if !bytes.Equal(p.Input, f.Input) {
					a.inits = append(a.inits, initCall{contract: proxy, method: name, by: p.From, reverted: reverted})
				}
				break
			}
		}
	}
	stack = append(stack, f)
	for i := range f.Calls {
		e.walkInits(&f.Calls[i], stack, reverted, a)
	}
}

// slotReader reads storage; the engine's code reader does on a real node.
type slotReader interface {
	StorageAt(ctx context.Context, account common.Address, key common.Hash, block *big.Int) ([]byte, error)
}

// proxyOf is the watched proxy whose implementation impl is: as seen in
// the transaction, or read from the proxies' ERC-1967 slots at the block.
func (e *Engine) proxyOf(ctx context.Context, block uint64, impl common.Address, a *analysis) (common.Address, bool) {
	if p, ok := a.impls[impl]; ok {
		return p, true
	}
	sr, ok := e.code.(slotReader)
	if !ok || impl == (common.Address{}) {
		return common.Address{}, false
	}
	for _, w := range sortedWatched(e.watched) {
		if w.Role == chain.RoleSafe || w.Role == chain.RoleTimelock {
			continue
		}
		raw, err := sr.StorageAt(ctx, w.Address, chain.ImplementationSlot, new(big.Int).SetUint64(block))
		if err == nil && common.BytesToAddress(raw) == impl {
			if a.impls == nil {
				a.impls = map[common.Address]common.Address{}
			}
			a.impls[impl] = w.Address
			return w.Address, true
		}
	}
	return common.Address{}, false
}
