// Package chain is the vocabulary the console speaks about Ethereum: the
// types every layer shares (blocks, alerts and their findings, protocol
// state, transaction plans), the Client a node is reached through and the
// narrow role interfaces the work packages take, the sentinel errors, and
// the one formatter of money and addresses used at the edges (screen,
// command line, reports). It does no I/O.
//
// The work lives in sub-packages, each taking the smallest interface it
// needs:
//
//	chain/rpc       a Client over JSON-RPC (HTTP, WebSocket, in-process)
//	chain/devchain  the embedded geth dev chain and block sealing
//	chain/detect    decoding, trace analysis and the detection rules
//	chain/watch     the watcher (every block once, in order) and the protocol reader
//	chain/tx        signers, transaction plans, sending and waiting
//	chain/deploy    deploying a governed protocol (Safe, timelock, proxy)
//	chain/safe      the Safe multisig: its transactions and their EIP-712 hashes
//	chain/timelock  the TimelockController: operations and the upgrade route through it
//	chain/artifact  compiled contracts from Foundry, Hardhat or the built-ins
//	chain/layout    storage-layout compatibility of two implementations
//	chain/calldata  calls typed by a person, encoded
//	chain/shadow    shadow tests of an upgrade against live state
//	chain/contracts the Solidity sources, artifacts and bindings
//
// Nothing under chain imports the session or tui packages.
package chain
