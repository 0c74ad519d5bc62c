package tui

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/charmbracelet/bubbles/key"

	"warroom/chain"
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
	if a.tooSmall() {
		if a.quitAsked() {
			return a.quitAsk.question
		}
		return TooSmallMessage(w, h)
	}
	lines := make([]string, 0, h)
	lines = append(lines, Header(a.c.Styles, &a.state, a.title, a.c.Now(), w))

	left := strings.Split(a.protocol.View(), "\n")
	mid := strings.Split(a.alerts.View(), "\n")
	right := strings.Split(a.checklist.View(), "\n")
	bodyH := h - headerHeight - footerHeight
	for i := range bodyH {
		lines = append(lines, lineAt(left, i)+lineAt(mid, i)+lineAt(right, i))
	}
	lines = append(lines, a.footer(w)...)
	for _, o := range a.overlays {
		lines = centre(lines, strings.Split(o.View(), "\n"), w)
	}
	return strings.Join(lines, "\n")
}

func lineAt(lines []string, i int) string {
	if i < len(lines) {
		return lines[i]
	}
	return ""
}

// TooSmallMessage is the single line shown when the terminal is smaller than
// MinWidth×MinHeight.
func TooSmallMessage(w, h int) string {
	return fmt.Sprintf("warroom needs at least %d×%d; this terminal is %d×%d — enlarge it", MinWidth, MinHeight, w, h)
}

// Header renders the top line: title, chain, head and its age, the session
// clock, and on the right the exposure — what has been drained and how fast.
//
//	WARROOM drill · reentrancy │ chain 1337 │ head #107 · 1.2s ago │ session 00:03:12     DRAINED 36.000 ETH · 9.000 ETH/min
func Header(st *themes.Styles, s *session.State, title string, now time.Time, width int) string {
	sep := st.Muted.Render(" │ ")
	parts := []string{st.AppName.Render("WARROOM")}
	if title != "" {
		parts[0] += " " + st.Bold.Render(title)
	}
	if id := s.Started.ChainID; id != 0 {
		parts = append(parts, st.HeaderItem.Render("chain "+strconv.FormatUint(id, 10)))
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
	leftSide := " " + strings.Join(parts, sep)

	drained := s.TotalDrained()
	var exposure string
	if drained.Sign() > 0 {
		exposure = st.Exposure.Render(fmt.Sprintf(" DRAINED %s · %s/min ", chain.FormatEther(drained, 3), chain.FormatEther(s.DrainRate(), 3)))
	} else {
		exposure = st.ExposureNone.Render("drained " + chain.FormatEther(drained, 3))
	}
	exposure += " "
	room := width - Width(exposure)
	if Width(leftSide) > room-1 {
		leftSide = Truncate(leftSide, room-1)
	}
	return leftSide + strings.Repeat(" ", max(1, room-Width(leftSide))) + exposure
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
		bindings := append(append([]key.Binding{}, focused.ShortHelp()...), a.c.Keys.globalShort()...)
		keys = " " + st.Bold.Render(focused.Title()) + st.Muted.Render(" › ") + a.help.ShortHelpView(bindings)
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
