package tui

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/charmbracelet/bubbles/key"

	"warroom/session"
	"warroom/themes"
)

// View draws the screen: header, the three panes side by side, the footer,
// then the overlays centred on top. Its cost follows the screen size.
func (a *App) View() string {
	w, h := a.c.Width, a.c.Height
	if w == 0 && h == 0 {
		return "" // no size yet: the first WindowSizeMsg is on its way
	}
	rows := make([]row, 0, h)
	line := func(s string, width int) row { return row{{s, width}} }
	now := a.c.Now()
	rows = append(rows, line(Header(a.c.Styles, &a.state, a.title, now, w), w), line(Figures(a.c.Styles, &a.state, now, w), w))
	if a.tooSmall() {
		// The drain and the pause stay: the figures above, the keys here,
		// and any dialog on top.
		rows = append(rows, line(Fit(" "+TooSmallMessage(w, h), w), w))
		for len(rows) < h {
			rows = append(rows, line(strings.Repeat(" ", w), w))
		}
		return a.drawOver(rows[:h])
	}

	bodyH := h - headerHeight - footerHeight
	if a.compact() {
		body := strings.Split(a.panes[a.focus].View(), "\n")
		for i := range bodyH {
			rows = append(rows, paneRow(nil, body, i, w))
		}
	} else {
		left := strings.Split(a.protocol.View(), "\n")
		mid := strings.Split(a.alerts.View(), "\n")
		right := strings.Split(a.checklist.View(), "\n")
		for i := range bodyH {
			r := make(row, 0, 3)
			r = paneRow(r, left, i, a.protocol.w)
			r = paneRow(r, mid, i, a.alerts.w)
			rows = append(rows, paneRow(r, right, i, a.checklist.w))
		}
	}
	for _, l := range a.footer(w) {
		rows = append(rows, line(l, w))
	}
	return a.drawOver(rows)
}

// drawOver draws the overlays over rows, oldest first, and joins them.
func (a *App) drawOver(rows []row) string {
	for _, o := range a.overlays {
		centre(rows, strings.Split(o.View(), "\n"), a.c.Width)
	}
	n := 0
	for _, r := range rows {
		for _, sg := range r {
			n += len(sg.s)
		}
		n++
	}
	var b strings.Builder
	b.Grow(n)
	for i, r := range rows {
		if i > 0 {
			b.WriteByte('\n')
		}
		for _, sg := range r {
			b.WriteString(sg.s)
		}
	}
	return b.String()
}

// paneRow appends line i of a pane's lines, w columns wide (every line a
// box draws is), to r; a pane shorter than the body adds nothing.
func paneRow(r row, lines []string, i, w int) row {
	if i < len(lines) && lines[i] != "" {
		return append(r, seg{lines[i], w})
	}
	return r
}

// TooSmallMessage is the line under the figures when the terminal is
// smaller than CompactWidth×CompactHeight: the keys that still work.
func TooSmallMessage(w, h int) string {
	return fmt.Sprintf("p pause · ? help · q quit · %d×%d is too small for a pane (%d×%d; %d×%d for all three)",
		w, h, CompactWidth, CompactHeight, MinWidth, MinHeight)
}

// Header renders the top line: title, chain, head and its age, the session
// clock. The figures (what is at risk, drained, how fast) are the second
// line (Figures).
//
//	WARROOM drill · reentrancy │ chain 1337 │ head #107 · 1.2s ago │ session 00:03:12
func Header(st *themes.Styles, s *session.State, title string, now time.Time, width int) string {
	sep := st.Muted.Render(" │ ")
	parts := []string{st.AppName.Render("WARROOM")}
	if title != "" {
		parts[0] += " " + st.Bold.Render(title)
	}
	if id := s.Started.ChainID; id != 0 {
		parts = append(parts, st.HeaderItem.Render("chain "+strconv.FormatUint(id, 10)))
	}
	if n := s.Node; n != nil && n.Health == session.NodeUp {
		// The node in use and how fast it answers: what a responder
		// checks first when the screen looks stale.
		parts = append(parts, st.HeaderItem.Render(nodeLabel(n)))
	}
	if s.HeadSeen.IsZero() {
		parts = append(parts, st.Muted.Render("head: no block yet"))
	} else {
		parts = append(parts, st.HeaderItem.Render(fmt.Sprintf("head #%d · %s ago", s.Head.Number, FormatAge(now.Sub(s.HeadSeen)))))
	}
	if !s.Start.IsZero() {
		parts = append(parts, st.HeaderItem.Render("session "+FormatClock(now.Sub(s.Start))))
	}
	if n := len(s.Unknown); n > 0 {
		parts = append(parts, st.Muted.Render(plural(n, "unrecognised event kept", "unrecognised events kept")))
	}
	if s.Ended != nil {
		parts = append(parts, st.Bold.Render("ENDED: "+s.Ended.Reason))
	}
	return Fit(" "+strings.Join(parts, sep), width)
}

// nodeLabel is "rpc 2 (https://node-b.example) · 38 ms", with "(1 of 2)"
// style failover news kept short: the entry's number says which it is.
func nodeLabel(n *session.NodeStatus) string {
	l := n.Endpoint
	if ms := time.Duration(n.Latency).Milliseconds(); n.Latency > 0 {
		l += " · " + strconv.FormatInt(max(ms, 1), 10) + " ms"
	}
	return l
}

// footer is two lines: the keys of what has focus (or the open prompt), and
// the status line with the journal path on the right.
func (a *App) footer(width int) []string {
	st := a.c.Styles
	var keys string
	switch {
	case len(a.overlays) > 0:
		keys = " " + a.help.ShortHelpView(a.overlays[len(a.overlays)-1].ShortHelp())
	case a.prompt != nil:
		keys = " " + a.prompt.View()
	default:
		focused := a.panes[a.focus]
		keys = " " + st.Bold.Render(focused.Title()) + st.Muted.Render(" › ") + a.help.ShortHelpView(footerKeys(a.c.Keys, focused.ShortHelp()))
	}
	keys = Fit(keys, width)

	var journal string
	if a.c.Session != nil {
		if p := a.c.Session.JournalPath(); p != "" {
			journal = st.Muted.Render("journal " + p + " ")
		}
	}
	msg := a.statusText()
	msgSt := st.StatusInfo
	switch a.status.kind {
	case statusError:
		msgSt = st.StatusError
	case statusOK:
		msgSt = st.StatusOK
	}
	room := width - Width(journal) - 2
	line := " "
	if msg != "" {
		line += st.Muted.Render(UTCClock(a.status.at)+" ") + msgSt.Render(Truncate(msg, room-9))
	}
	line = PadRight(line, width-Width(journal)) + journal
	return []string{keys, Fit(line, width)}
}

// footerKeys are the keys the footer shows: the pause first, so no width
// hides it, then the focused pane's, then the other global ones; a key
// the pane names itself is not listed twice.
func footerKeys(k *KeyMap, pane []key.Binding) []key.Binding {
	out := []key.Binding{k.Pause}
	seen := map[string]bool{}
	for _, key := range k.Pause.Keys() {
		seen[key] = true
	}
	add := func(b key.Binding) {
		for _, key := range b.Keys() {
			if seen[key] {
				return
			}
		}
		for _, key := range b.Keys() {
			seen[key] = true
		}
		out = append(out, b)
	}
	for _, b := range pane {
		add(b)
	}
	for _, b := range k.globalShort() {
		add(b)
	}
	return out
}
