package tui

import (
	"strings"

	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"
)

// boxSpec is a bordered rectangle: a title set into the top border, an
// optional hint set into the bottom border (right-aligned), and content lines.
type boxSpec struct {
	title      string // already styled
	hint       string // plain; styled muted
	lines      []string
	w, h       int
	border     lipgloss.Border
	borderSt   lipgloss.Style
	hintSt     lipgloss.Style
	fillToSize bool // pad with blank lines to h
}

// render draws the box as exactly h lines (or fewer when fillToSize is false
// and content is short) of exactly w columns. Content lines are padded or cut
// to the inner width; the cost is one pass over the visible lines.
func (b boxSpec) render() []string {
	if b.w < 4 || b.h < 2 {
		return nil
	}
	inner := b.w - 2
	bs := b.borderSt
	left := bs.Render(b.border.Left)
	right := bs.Render(b.border.Right)

	n := len(b.lines)
	if b.fillToSize || n > b.h-2 {
		n = b.h - 2
	}
	out := make([]string, 0, n+2)

	// Top: ╭─ title ─────╮
	var top strings.Builder
	top.WriteString(bs.Render(b.border.TopLeft + b.border.Top))
	used := 1
	if b.title != "" {
		t := b.title
		if Width(t) > inner-3 {
			t = ansi.Truncate(t, inner-3, "…")
		}
		top.WriteString(" " + t + " ")
		used += Width(t) + 2
	}
	top.WriteString(bs.Render(strings.Repeat(b.border.Top, max(0, inner-used)) + b.border.TopRight))
	out = append(out, top.String())

	for i := range n {
		var l string
		if i < len(b.lines) {
			l = b.lines[i]
		}
		w := Width(l)
		switch {
		case w > inner:
			l = ansi.Truncate(l, inner, "…")
		case w < inner:
			l += strings.Repeat(" ", inner-w)
		}
		out = append(out, left+l+right)
	}

	// Bottom: ╰──────── hint ─╯
	var bot strings.Builder
	hint := b.hint
	if hint != "" && Width(hint)+4 <= inner {
		fill := inner - Width(hint) - 3
		bot.WriteString(bs.Render(b.border.BottomLeft + strings.Repeat(b.border.Bottom, fill) + " "))
		bot.WriteString(b.hintSt.Render(hint))
		bot.WriteString(bs.Render(" " + b.border.Bottom + b.border.BottomRight))
	} else {
		bot.WriteString(bs.Render(b.border.BottomLeft + strings.Repeat(b.border.Bottom, inner) + b.border.BottomRight))
	}
	out = append(out, bot.String())
	return out
}

// paneBox is the box of a pane, as its View: thick border and reversed
// title when focused.
func paneBox(c *Common, title, hint string, lines []string, w, h int, focused bool) string {
	st := c.Styles
	spec := boxSpec{
		lines: lines, w: w, h: h, hint: hint,
		border: st.PaneBorder, borderSt: st.BorderColor, hintSt: st.ScrollHint,
		fillToSize: true,
	}
	if focused {
		spec.border, spec.borderSt = st.PaneBorderFocused, st.BorderColorFocused
		spec.title = st.PaneTitleFocused.Render(" " + title + " ")
	} else {
		spec.title = st.PaneTitle.Render(title)
	}
	return strings.Join(spec.render(), "\n")
}

// overlayLines places box over base with its top-left corner at (x, y),
// keeping what base shows left and right of it.
func overlayLines(base, box []string, x, y int) []string {
	out := make([]string, len(base))
	copy(out, base)
	for i, l := range box {
		row := y + i
		if row < 0 || row >= len(out) {
			continue
		}
		bw := Width(l)
		under := out[row]
		leftPart := ansi.Truncate(under, x, "")
		if lw := Width(leftPart); lw < x {
			leftPart += strings.Repeat(" ", x-lw)
		}
		rightPart := ansi.TruncateLeft(under, x+bw, "")
		if strings.Contains(under, "\x1b") {
			// Close whatever style the cut left open, on both sides of the box.
			out[row] = leftPart + ansi.ResetStyle + l + ansi.ResetStyle + rightPart
			continue
		}
		out[row] = leftPart + l + rightPart
	}
	return out
}

// centre places box in the middle of base.
func centre(base, box []string, w int) []string {
	bw := 0
	for _, l := range box {
		bw = max(bw, Width(l))
	}
	x := max(0, (w-bw)/2)
	y := max(0, (len(base)-len(box))/2)
	return overlayLines(base, box, x, y)
}
