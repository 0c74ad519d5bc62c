// Package watch follows a chain and reports what happened to a protocol.
// The Watcher processes every block exactly once and in order: it fetches
// the block, its receipts and its call traces, reads the protocol's state
// at that block, and hands the block to a chain.Classifier for alerts. The
// protocol reader (ReadProtocol, ReadPaused, ReadImplementation) reads the
// watched contracts' ERC-1967 slots, paused() and balances, and the Safe and
// timelock that govern them.
package watch
