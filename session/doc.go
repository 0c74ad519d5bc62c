// Package session is the record of an incident: the events, the append-only
// hash-chained journal they are written to first, the pure reducer that turns
// them into State, the checklist derived from that state, the responder that
// turns a responder's commands into chain transactions, and the drills.
//
// Live, drill and replay produce the same events, so a replay shows exactly
// what the responder saw. It must not import the tui package.
package session
