package session

import "unsafe"

// ReserveAlerts makes room for n alerts in all, for a replay that knows
// how many its journal holds: the alerts still to come are then appended in
// place instead of copying the whole list each time it outgrows its room.
// Only the room changes, never what the state holds, and a state with no
// alert yet is left as it is.
func (s *State) ReserveAlerts(n int) {
	if len(s.Alerts) == 0 || cap(s.Alerts) >= n {
		return
	}
	a := make([]AlertEntry, len(s.Alerts), n)
	adviseHuge(unsafe.Slice((*byte)(unsafe.Pointer(unsafe.SliceData(a))), n*int(unsafe.Sizeof(AlertEntry{}))))
	copy(a, s.Alerts)
	s.Alerts = a
}
