// Package replay plays a recorded session back: a Player over a verified
// journal's events that seeks to any position (periodic states kept as it
// goes), steps, jumps to the next alert or action or to a time, and gives
// the state at every position through the same reducer the live session
// used, so a replay shows exactly what the responder saw. It reads no chain
// and writes nothing.
package replay
