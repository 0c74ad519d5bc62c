// Package devchain is the embedded Ethereum chain drills run on: an
// in-process geth node (the eth service, the filter and tracer APIs) with a
// simulated beacon that seals a block when told to or on a period, the
// machinery behind geth --dev. It serves the same chain.Client a remote
// node does, and optionally loopback HTTP JSON-RPC for cast or a wallet.
package devchain
