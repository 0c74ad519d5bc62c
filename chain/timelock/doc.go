// Package timelock is OpenZeppelin's TimelockController as the console sees
// it: reading its minimum delay through the generated binding. The upgrade
// route (schedule, operation id, ETA, execute) will live here too.
package timelock
