// Package timelock is OpenZeppelin's TimelockController as the console sees
// it, and the governance route an upgrade takes through it.
//
// An Operation is one call the timelock makes; its id is computed locally
// as hashOperation does (keccak256(abi.encode(target, value, data,
// predecessor, salt))) and can be checked against the timelock's own
// (CheckOperationID). ScheduleData and ExecuteData are its schedule and
// execute calldata; Status reads where it stands (unset, waiting until its
// ETA, ready, done) and MinDelay the timelock's minimum delay.
//
// Propose composes the whole upgrade route as a chain.Proposal: the
// operation upgradeToAndCall(new, init) on the proxy, and the two Safe
// transactions that carry it (schedule at the Safe's nonce n, execute at
// n+1, signed in one round), with their EIP-712 hashes and their calldata
// decoded at every layer. Upgrade.Rollback is the way back, composed by the
// same builder. Propose reads no chain; CheckProposal checks a proposal
// against one (operation id, Safe transaction hashes, delay) before anyone
// signs it.
package timelock
