package tui

import (
	"fmt"
	"strings"
	"time"

	"github.com/charmbracelet/x/ansi"

	"warroom/chain"
)

// Rendering helpers: pure functions from data to text, no styles, no clock.

// FormatClock renders a duration as a wall-clock style HH:MM:SS: "00:03:12".
// Negative durations read as zero.
func FormatClock(d time.Duration) string {
	if d < 0 {
		d = 0
	}
	s := int64(d / time.Second)
	return fmt.Sprintf("%02d:%02d:%02d", s/3600, s/60%60, s%60)
}

// FormatSince renders an offset from the session start: "+03:12", "+1:03:12".
func FormatSince(d time.Duration) string {
	if d < 0 {
		d = 0
	}
	s := int64(d / time.Second)
	if s >= 3600 {
		return fmt.Sprintf("+%d:%02d:%02d", s/3600, s/60%60, s%60)
	}
	return fmt.Sprintf("+%02d:%02d", s/60, s%60)
}

// FormatAge renders how long ago something happened, short and growing
// coarser with age: "0.4s", "12s", "3m12s", "1h02m".
func FormatAge(d time.Duration) string {
	if d < 0 {
		d = 0
	}
	switch {
	case d < 10*time.Second:
		return fmt.Sprintf("%.1fs", float64(d.Truncate(100*time.Millisecond))/float64(time.Second))
	case d < time.Minute:
		return fmt.Sprintf("%ds", int(d/time.Second))
	case d < time.Hour:
		return fmt.Sprintf("%dm%02ds", int(d/time.Minute), int(d/time.Second)%60)
	default:
		return fmt.Sprintf("%dh%02dm", int(d/time.Hour), int(d/time.Minute)%60)
	}
}

// FormatDelay renders a timelock delay in seconds: "1h (3,600 s)".
func FormatDelay(seconds uint64) string {
	d := time.Duration(seconds) * time.Second
	var human string
	switch {
	case seconds == 0:
		return "none (0 s)"
	case seconds%86400 == 0:
		human = fmt.Sprintf("%dd", seconds/86400)
	case seconds%3600 == 0:
		human = fmt.Sprintf("%dh", seconds/3600)
	case seconds%60 == 0:
		human = fmt.Sprintf("%dm", seconds/60)
	default:
		human = d.String()
	}
	return human + " (" + chain.FormatUint(seconds) + " s)"
}

// FitHex returns s whole when it fits in width columns, otherwise its start
// and end around "…", keeping as many characters as fit (at least 0x1234…abcd).
func FitHex(s string, width int) string {
	if len(s) <= width {
		return s
	}
	keep := max(width-1, 10) // the ellipsis takes one column
	tail := (keep - 2) / 2   // as many digits after the ellipsis as after "0x"
	head := keep - tail
	return s[:head] + "…" + s[len(s)-tail:]
}

// SeverityLabel is the severity as text that needs no colour: CRIT, HIGH, MED, LOW, INFO.
func SeverityLabel(s chain.Severity) string {
	switch s {
	case chain.Critical:
		return "CRIT"
	case chain.High:
		return "HIGH"
	case chain.Medium:
		return "MED"
	case chain.Low:
		return "LOW"
	case chain.Info:
		return "INFO"
	}
	return "SEV?"
}

// SeveritySymbol is a shape per severity, so rows can be scanned without colour.
func SeveritySymbol(s chain.Severity) string {
	switch s {
	case chain.Critical:
		return "◉"
	case chain.High:
		return "▲"
	case chain.Medium:
		return "◆"
	case chain.Low:
		return "▽"
	}
	return "·"
}

// SeverityTag is symbol and label, padded to a fixed width: "◉ CRIT", "◆ MED ".
func SeverityTag(s chain.Severity) string {
	return SeveritySymbol(s) + " " + PadRight(SeverityLabel(s), 4)
}

// Width is the display width of s in terminal columns, ignoring ANSI escapes.
func Width(s string) int { return ansi.StringWidth(s) }

// PadRight pads s with spaces to width columns; it does not truncate.
func PadRight(s string, width int) string {
	if w := Width(s); w < width {
		return s + strings.Repeat(" ", width-w)
	}
	return s
}

// PadLeft right-aligns s in width columns; it does not truncate.
func PadLeft(s string, width int) string {
	if w := Width(s); w < width {
		return strings.Repeat(" ", width-w) + s
	}
	return s
}

// Truncate cuts s to width columns with a trailing "…". It prefers to cut at
// a space so a word is not split, unless that would waste more than a third
// of the room.
func Truncate(s string, width int) string {
	if width <= 0 {
		return ""
	}
	if Width(s) <= width {
		return s
	}
	if width == 1 {
		return "…"
	}
	cut := ansi.Truncate(s, width-1, "")
	if i := strings.LastIndexByte(cut, ' '); i > 0 && Width(cut[:i]) >= width*2/3 {
		cut = strings.TrimRight(cut[:i], " ,;:·-")
	}
	return cut + "…"
}

// Fit truncates or pads s to exactly width columns.
func Fit(s string, width int) string { return PadRight(Truncate(s, width), width) }

// Wrap breaks s into lines of at most width columns at spaces, hard-breaking
// words longer than a line. At most maxLines lines are returned; when text
// is left over the last line ends in "…". maxLines <= 0 means no limit.
func Wrap(s string, width, maxLines int) []string {
	if width <= 0 {
		return nil
	}
	words := strings.Fields(s)
	var (
		lines []string
		cur   strings.Builder
		curW  int
	)
	flush := func() {
		lines = append(lines, cur.String())
		cur.Reset()
		curW = 0
	}
	for _, w := range words {
		ww := Width(w)
		for ww > width { // a word longer than a line: hard-break it
			if curW > 0 {
				flush()
			}
			head := ansi.Truncate(w, width, "")
			lines = append(lines, head)
			w = w[len(head):]
			ww = Width(w)
		}
		if ww == 0 {
			continue
		}
		switch {
		case curW == 0:
		case curW+1+ww <= width:
			cur.WriteByte(' ')
			curW++
		default:
			flush()
		}
		cur.WriteString(w)
		curW += ww
	}
	if curW > 0 {
		flush()
	}
	if maxLines > 0 && len(lines) > maxLines {
		lines = lines[:maxLines]
		last := lines[maxLines-1]
		if Width(last) < width {
			lines[maxLines-1] = last + "…"
		} else {
			lines[maxLines-1] = ansi.Truncate(last, width-1, "") + "…"
		}
	}
	return lines
}

// UTCClock is a block time as HH:MM:SS in UTC.
func UTCClock(t time.Time) string {
	if t.IsZero() {
		return "--:--:--"
	}
	return t.UTC().Format("15:04:05")
}
