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

// row is a screen line as the pieces it was drawn from, each with its width
// in columns: the panes side by side, and the dialogs drawn over them. A
// dialog cuts only the pieces at its edges, not the whole line.
type row []seg

type seg struct {
	s string
	w int
}

func (r row) width() int {
	n := 0
	for _, sg := range r {
		n += sg.w
	}
	return n
}

func (r row) styled() bool {
	for _, sg := range r {
		if strings.Contains(sg.s, "\x1b") {
			return true
		}
	}
	return false
}

// cut is the columns [from, to) of the row.
func (r row) cut(from, to int) row {
	var out row
	pos := 0
	for _, sg := range r {
		start, end := pos, pos+sg.w
		pos = end
		if end <= from || start >= to {
			continue
		}
		lo, hi := max(from, start)-start, min(to, end)-start
		s := sg.s
		if lo > 0 || hi < sg.w {
			if hi < sg.w {
				s = ansi.Truncate(s, hi, "")
			}
			if lo > 0 {
				s = ansi.TruncateLeft(s, lo, "")
			}
			// A wide character across the edge is dropped: pad its column.
			if cw := Width(s); cw < hi-lo {
				s += strings.Repeat(" ", hi-lo-cw)
			}
		}
		out = append(out, seg{s, hi - lo})
	}
	return out
}

// place draws the line l, w columns wide, over the row from column x,
// keeping what the row shows left and right of it.
func (r row) place(l string, w, x int) row {
	total, styled := r.width(), r.styled()
	out := r.cut(0, x)
	if lw := out.width(); lw < x {
		out = append(out, seg{strings.Repeat(" ", x-lw), x - lw})
	}
	if styled {
		// Close whatever style the cut left open, on both sides of the box.
		out = append(out, seg{ansi.ResetStyle, 0}, seg{l, w}, seg{ansi.ResetStyle, 0})
	} else {
		out = append(out, seg{l, w})
	}
	return append(out, r.cut(x+w, total)...)
}

// centre draws box over the middle of rows, w columns wide.
func centre(rows []row, box []string, w int) {
	widths := make([]int, len(box))
	bw := 0
	for i, l := range box {
		widths[i] = Width(l)
		bw = max(bw, widths[i])
	}
	x := max(0, (w-bw)/2)
	y := max(0, (len(rows)-len(box))/2)
	for i, l := range box {
		if y+i < len(rows) {
			rows[y+i] = rows[y+i].place(l, widths[i], x)
		}
	}
}
