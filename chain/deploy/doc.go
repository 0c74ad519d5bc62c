// Package deploy puts a governed protocol on a chain, as a drill needs it:
// the real Safe 1.4.1 (singleton, proxy factory, fallback handler,
// MultiSendCallOnly) and a Safe of the given owners, an OpenZeppelin
// TimelockController whose proposer and executor is the Safe, and the vault
// implementation behind an ERC-1967 proxy whose admin and upgrader is the
// timelock and whose guardian can pause it at once. Every call is packed by
// the generated bindings.
package deploy
