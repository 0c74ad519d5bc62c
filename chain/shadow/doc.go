// Package shadow tests an upgrade against live state without changing it.
//
// Every simulation is debug_traceCall at one block with state overrides in
// geth's shape (Overrides: per account code, balance, nonce, state or
// stateDiff). Simulate runs one call with geth's callTracer and reads its
// Outcome off the trace: success or revert, the decoded revert reason
// (Error(string), Panic(uint256) and what the code means, or a custom
// error, named when an ABI has it), gas used, and the value it moved
// (Flows: the net wei change of each address over the frames that did not
// fail, DELEGATECALL, STATICCALL and CALLCODE frames moving nothing).
//
// Run is the upgrade's shadow test: each recorded attack and each
// regression call runs twice, with the proxy's ERC-1967 implementation
// slot overridden to the old implementation and to the new one, the code
// of an implementation not deployed yet placed at its address, and slot
// patches (PatchSlot: a byte range of one slot, such as the paused flag)
// applied to both. Verdict judges each call: an attack must revert or move
// no value out of the watched contracts under the new implementation; a
// regression must succeed under both with the same value flows.
//
// Predict gives the runtime code an implementation will have once
// deployed, immutables filled, and the address it will have: eth_call of
// its creation code from the deployer at its pending nonce.
//
// Diff and DiffUpgrade give the state an upgrade call changes, with
// prestateTracer in diffMode, normalized into sorted Changes and hashed
// (DiffHash) so signers can compare the hash out of band.
//
// Probe checks first that the node runs debug_traceCall and honours the
// overrides: a tiny contract placed by a code override returns a word set
// by a storage override. A node without them gives an error wrapping
// ErrUnavailable, never a report. The package takes only the narrow
// chain.RawCaller and chain.StateReader roles (Backend).
package shadow
