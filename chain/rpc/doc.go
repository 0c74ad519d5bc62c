// Package rpc reaches a node over go-ethereum's JSON-RPC client, whatever
// the transport: HTTP, WebSocket, IPC or in-process. It turns the
// connection into a chain.Client, traces blocks with geth's callTracer
// through debug_traceBlockByHash, and classifies what the node answers with
// chain.NodeError.
//
// The resilient multi-endpoint client of live mode (failover, backoff,
// backfill, cross-checked heads) will live here too.
package rpc
