// Package chain is everything the console knows about Ethereum: the client
// interface shared by the embedded dev chain and remote nodes, the watcher
// that follows heads and classifies transactions, the detection rules, the
// protocol reader, and the transactions a responder sends (pause, deploy).
//
// It depends on narrow interfaces, never on a concrete client, and must not
// import the session or tui packages.
package chain
