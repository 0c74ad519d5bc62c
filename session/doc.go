// Package session is the record of an incident: the events, the append-only
// hash-chained journal they are written to first, the pure reducer that turns
// them into State, and the checklist derived from that state. Two ways lead
// in: the Feed turns what the chain watcher saw into events, and the
// Responder turns a responder's commands (pause, and later upgrades and
// approvals) into chain transactions, recording every step.
//
// Live, drill and replay produce the same events, so a replay shows exactly
// what the responder saw. It must not import the tui package.
package session
