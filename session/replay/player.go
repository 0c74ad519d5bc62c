package replay

import (
	"bytes"
	"errors"
	"fmt"
	"runtime"
	"sort"
	"strings"
	"time"

	"warroom/session"
)

// DefaultSnapshotEvery is how many events lie between two kept states: a
// seek reduces at most this many events from the nearest one.
const DefaultSnapshotEvery = 2048

// Player replays a journal's events through the reducer. Its position is
// the number of events applied: 0 before the first, Len() after the last.
// At every position State is exactly what the live session's state was
// after that many events, since it is the same reducer on the same events.
//
// States are kept every SnapshotEvery events as the player passes them (the
// reducer never changes a state it returned, so keeping one is keeping a
// value), so seeking anywhere already passed costs at most SnapshotEvery
// reductions. A long way forward decodes the events' data on a second
// goroutine while this one reduces, and the state's alerts get room for the
// journal's all at once. A Player is not safe for concurrent use.
type Player struct {
	events  []session.Event
	every   int
	snaps   []session.State // snaps[k] is the state after k*every events
	pos     int
	state   session.State
	markers []Marker
	alerts  int // alert events, for the room the state's alerts take
}

// MarkerKind is what a marker on the position bar stands for.
type MarkerKind int

// Marker kinds.
const (
	MarkAlert   MarkerKind = iota // an alert
	MarkAction                    // a responder action: requested, confirmed, failed
	MarkSegment                   // a new chain segment (session.resumed)
)

// Marker is an event worth jumping to: an alert or an action.
type Marker struct {
	Pos   int // the position just after the event: seeking there shows it
	Kind  MarkerKind
	Time  time.Time
	Label string
	// Severity is an alert's ("critical", "high", …), "" for other markers.
	Severity string
}

// alertSeverity reads an alert's top-level severity without decoding it:
// it is the first "severity" field, before the findings'.
func alertSeverity(data []byte) string {
	const field = `"severity":"`
	i := bytes.Index(data, []byte(field))
	if i < 0 {
		return ""
	}
	rest := data[i+len(field):]
	j := bytes.IndexByte(rest, '"')
	if j < 0 || j > 16 {
		return ""
	}
	return string(rest[:j])
}

// New is a player at position 0 over events (as verified from a journal).
func New(events []session.Event) *Player {
	return NewWithSnapshots(events, DefaultSnapshotEvery)
}

// NewWithSnapshots is New with another distance between kept states.
func NewWithSnapshots(events []session.Event, every int) *Player {
	if every < 1 {
		every = 1
	}
	p := &Player{events: events, every: every, snaps: []session.State{{}}}
	n := 0
	for i := range events {
		switch events[i].Kind {
		case session.KindAlert:
			p.alerts++
			n++
		case session.KindActionRequested, session.KindActionConfirmed, session.KindActionFailed, session.KindSessionResumed:
			n++
		}
	}
	p.markers = make([]Marker, 0, n)
	for i := range events {
		if m, ok := markerOf(&events[i]); ok {
			m.Pos = i + 1
			p.markers = append(p.markers, m)
		}
	}
	return p
}

// alertLabels are the labels of alert markers, made once.
var alertLabels = map[string]string{"info": "info alert", "low": "low alert", "medium": "medium alert", "high": "high alert", "critical": "critical alert"}

func markerOf(ev *session.Event) (Marker, bool) {
	switch ev.Kind {
	case session.KindAlert:
		sev := alertSeverity(ev.Data)
		label, ok := alertLabels[sev]
		if ok {
			sev = label[:len(sev)]
		} else {
			label = sev + " alert"
		}
		return Marker{Kind: MarkAlert, Time: ev.Time, Label: label, Severity: sev}, true
	case session.KindActionRequested:
		return Marker{Kind: MarkAction, Time: ev.Time, Label: "action requested"}, true
	case session.KindActionConfirmed:
		return Marker{Kind: MarkAction, Time: ev.Time, Label: "action confirmed"}, true
	case session.KindActionFailed:
		return Marker{Kind: MarkAction, Time: ev.Time, Label: "action failed"}, true
	case session.KindSessionResumed:
		return Marker{Kind: MarkSegment, Time: ev.Time, Label: "new chain segment"}, true
	}
	return Marker{}, false
}

// Len is the number of events.
func (p *Player) Len() int { return len(p.events) }

// Pos is the number of events applied.
func (p *Player) Pos() int { return p.pos }

// State is the state at the current position. It stays valid after the
// player moves.
func (p *Player) State() session.State { return p.state }

// Events are the events replayed.
func (p *Player) Events() []session.Event { return p.events }

// Markers are the alerts and actions, in journal order.
func (p *Player) Markers() []Marker { return p.markers }

// Event is the event that brought the player to its position, ok false at 0.
func (p *Player) Event() (session.Event, bool) {
	if p.pos == 0 {
		return session.Event{}, false
	}
	return p.events[p.pos-1], true
}

// Seek moves to position pos (clamped to 0..Len()) and returns it.
func (p *Player) Seek(pos int) int {
	pos = max(0, min(pos, len(p.events)))
	if pos < p.pos || pos-p.pos > p.every {
		// Start again from the nearest kept state at or before pos, unless
		// the current position is nearer.
		k := min(pos/p.every, len(p.snaps)-1)
		if from := k * p.every; from > p.pos || pos < p.pos {
			p.pos, p.state = from, p.snaps[k]
		}
	}
	if pos-p.pos >= aheadFrom && runtime.GOMAXPROCS(0) > 1 {
		p.reduceAhead(pos)
	}
	for p.pos < pos {
		p.apply(nil)
	}
	return p.pos
}

// apply reduces the event at the position, its data decoded in pre
// (nil: not yet), and keeps the state when it is one to keep.
func (p *Player) apply(pre *session.Payload) {
	ev := p.events[p.pos]
	if ev.Kind == session.KindAlert {
		p.reserveAlerts()
	}
	if pre != nil {
		p.state = session.ReducePayload(p.state, ev, pre)
	} else {
		p.state = session.Reduce(p.state, ev)
	}
	p.pos++
	if p.pos%p.every == 0 && p.pos/p.every == len(p.snaps) {
		p.snaps = append(p.snaps, p.state)
	}
}

// A long way forward is reduced with the events' data decoded ahead
// (session.DecodePayload) on other goroutines, one a core, aheadBatch
// events at a time, a few batches each ahead of the reducer: decoding is
// most of a reduction, and the reducer itself is sequential.
const (
	aheadFrom  = 4 * aheadBatch
	aheadBatch = 512
)

// reduceAhead moves to pos (more than aheadFrom events on), decoding on
// other goroutines while reducing on this one, in order.
func (p *Player) reduceAhead(pos int) {
	type batch struct {
		from, n int
		pay     []session.Payload
		done    chan struct{} // closed once decoded
	}
	workers := runtime.GOMAXPROCS(0)
	depth := 2*workers + 1 // batches decoded or decoding at once
	free := make(chan []session.Payload, depth)
	for range depth {
		free <- make([]session.Payload, aheadBatch)
	}
	inOrder := make(chan *batch, depth)
	work := make(chan *batch, depth)
	events, from := p.events, p.pos
	go func() {
		defer close(work)
		defer close(inOrder)
		for at := from; at < pos; at += aheadBatch {
			b := &batch{from: at, n: min(aheadBatch, pos-at), pay: <-free, done: make(chan struct{})}
			inOrder <- b
			work <- b
		}
	}()
	for range workers {
		go func() {
			for b := range work {
				for i := range b.n {
					session.DecodePayload(&events[b.from+i], &b.pay[i])
				}
				close(b.done)
			}
		}()
	}
	for b := range inOrder {
		<-b.done
		for i := range b.n {
			p.apply(&b.pay[i])
		}
		free <- b.pay
	}
}

// reserveAlerts makes room in the state's alerts for every alert of the
// journal, once they have begun, so that a replay appends them in place
// rather than copying them all each time the list outgrows its room. Only
// the room changes, never what the state holds.
func (p *Player) reserveAlerts() {
	if a := p.state.Alerts; len(a) == cap(a) {
		p.state.ReserveAlerts(p.alerts)
	}
}

// Step moves by delta events.
func (p *Player) Step(delta int) int { return p.Seek(p.pos + delta) }

// Index builds every kept state at once, as a full replay does, so that
// later seeks anywhere are quick; it leaves the position where it was.
func (p *Player) Index() {
	at := p.pos
	p.Seek(len(p.events))
	p.Seek(at)
}

// NextMarker is the position of the first marker after the current one
// (dir > 0) or the last before it (dir < 0); ok is false when there is none.
func (p *Player) NextMarker(dir int) (int, bool) {
	if dir >= 0 {
		i := sort.Search(len(p.markers), func(i int) bool { return p.markers[i].Pos > p.pos })
		if i < len(p.markers) {
			return p.markers[i].Pos, true
		}
		return 0, false
	}
	i := sort.Search(len(p.markers), func(i int) bool { return p.markers[i].Pos >= p.pos })
	if i > 0 {
		return p.markers[i-1].Pos, true
	}
	return 0, false
}

// Start and End are the times of the first and last events (zero when empty).
func (p *Player) Start() time.Time {
	if len(p.events) == 0 {
		return time.Time{}
	}
	return p.events[0].Time
}

// End is the time of the last event.
func (p *Player) End() time.Time {
	if len(p.events) == 0 {
		return time.Time{}
	}
	return p.events[len(p.events)-1].Time
}

// TimeAt is the time of the event that brings the player to pos (the start
// at 0).
func (p *Player) TimeAt(pos int) time.Time {
	if pos <= 0 || len(p.events) == 0 {
		return p.Start()
	}
	return p.events[min(pos, len(p.events))-1].Time
}

// PosAt is the position at time t: every event recorded at or before t applied.
func (p *Player) PosAt(t time.Time) int {
	return sort.Search(len(p.events), func(i int) bool { return p.events[i].Time.After(t) })
}

// ErrOutside is a time before the first event or after the last.
var ErrOutside = errors.New("time is outside the session")

// ParseTime reads a time to jump to: an offset from the session's start
// ("+12m", "+1h2m3s", "90s"), a UTC time of day ("03:21:05", "03:21") on
// the session's days, or an RFC 3339 time. It refuses a time outside the
// session.
func (p *Player) ParseTime(s string) (time.Time, error) {
	s = strings.TrimSpace(s)
	start, end := p.Start(), p.End()
	if s == "" {
		return time.Time{}, errors.New("no time given: want +12m, 03:21:05 or an RFC 3339 time")
	}
	var t time.Time
	switch {
	case strings.HasPrefix(s, "+") || isDuration(s):
		d, err := time.ParseDuration(strings.TrimPrefix(s, "+"))
		if err != nil || d < 0 {
			return time.Time{}, fmt.Errorf("%q is not an offset such as +12m or +1h5m", s)
		}
		t = start.Add(d)
	case strings.Count(s, ":") >= 1 && len(s) <= 12 && !strings.Contains(s, "T"):
		var tod time.Time
		var err error
		for _, layout := range []string{"15:04:05.999999999", "15:04:05", "15:04"} {
			if tod, err = time.Parse(layout, s); err == nil {
				break
			}
		}
		if err != nil {
			return time.Time{}, fmt.Errorf("%q is not a time of day such as 03:21:05", s)
		}
		// The first such time of day at or after the start, UTC.
		day := start.UTC().Truncate(24 * time.Hour)
		t = day.Add(time.Duration(tod.Hour())*time.Hour + time.Duration(tod.Minute())*time.Minute +
			time.Duration(tod.Second())*time.Second + time.Duration(tod.Nanosecond()))
		if t.Before(start.Truncate(time.Second)) {
			t = t.Add(24 * time.Hour)
		}
	default:
		var err error
		if t, err = time.Parse(time.RFC3339Nano, s); err != nil {
			return time.Time{}, fmt.Errorf("%q is not a time: want +12m (from the start), 03:21:05 (UTC) or an RFC 3339 time such as %s", s, start.UTC().Format(time.RFC3339))
		}
	}
	if t.Before(start.Truncate(time.Second)) || t.After(end) {
		return t, fmt.Errorf("%s: %w, which runs from %s to %s UTC (+%s)", t.UTC().Format(time.RFC3339), ErrOutside,
			start.UTC().Format("2006-01-02 15:04:05"), end.UTC().Format("15:04:05"), end.Sub(start).Round(time.Second))
	}
	return t, nil
}

func isDuration(s string) bool {
	_, err := time.ParseDuration(s)
	return err == nil
}

// Block is the head block at the current position, 0 before the first.
func (p *Player) Block() uint64 { return p.state.Head.Number }

// unknownKinds counts the events of st that this binary does not know.
func unknownKinds(st *session.State) map[session.Kind]int {
	out := map[session.Kind]int{}
	for _, ev := range st.Unknown {
		out[ev.Kind]++
	}
	return out
}

// Unknown describes the events of kinds this binary does not know (or
// could not decode) up to the current position: "future.kind ×2", "" when
// none. They are kept in the state and listed, never dropped.
func (p *Player) Unknown() string {
	counts := unknownKinds(&p.state)
	if len(counts) == 0 {
		return ""
	}
	kinds := make([]string, 0, len(counts))
	for k := range counts {
		kinds = append(kinds, string(k))
	}
	sort.Strings(kinds)
	for i, k := range kinds {
		kinds[i] = fmt.Sprintf("%s ×%d", k, counts[session.Kind(k)])
	}
	return strings.Join(kinds, ", ")
}
