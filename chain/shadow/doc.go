// Package shadow will test an upgrade against live state without changing
// it: eth_call with state overrides that put the new implementation in the
// proxy's ERC-1967 slot, replaying the recorded attack transactions and the
// regression calls, and measuring their effect from call traces. It takes
// only the narrow chain.RawCaller and chain.StateReader roles.
package shadow
