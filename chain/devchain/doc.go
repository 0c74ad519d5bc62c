// Package devchain is the embedded Ethereum chain drills run on: an
// in-process geth node (the eth service, the filter and tracer APIs) with a
// sealer that builds a block when told to or on a period, as geth's miner
// does, and writes it with the state it computed, executing each block
// once where geth's simulated beacon executes it twice (seal.go). It
// serves the same chain.Client a remote node does, and optionally loopback
// HTTP JSON-RPC for cast or a wallet.
//
// The client it serves is native: what the watcher asks on every block
// (blocks, receipts, senders, call traces, state, heads) is answered from
// the geth backend in process, with no JSON between the chain and the
// console, and the call traces come from a Go tracer that builds
// chain.CallFrame from the EVM's hooks with the content of geth's
// callTracer. The rest goes through the node's in-process JSON-RPC, whose
// client (RPCClient) gives the same answers, slower.
package devchain
