package tui

import (
	"strings"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/viewport"

	"warroom/chain"
)

// dialog draws a dialog box with one column of padding inside the border,
// as an overlay's View.
func dialog(c *Common, title string, lines []string, w int, hint string) string {
	st := c.Styles
	padded := make([]string, len(lines))
	for i, l := range lines {
		padded[i] = " " + l
	}
	return strings.Join(boxSpec{
		title: title, hint: hint, lines: padded, w: w, h: len(lines) + 2,
		border: st.DialogBorder, borderSt: st.DialogBorderColor, hintSt: st.ScrollHint,
	}.render(), "\n")
}

// scrollKeys makes a viewport answer to the console's own keys only.
func scrollKeys(k *KeyMap) viewport.KeyMap {
	return viewport.KeyMap{
		Up: k.Up, Down: k.Down, PageUp: k.PageUp, PageDown: k.PageDown,
		HalfPageUp: key.NewBinding(key.WithDisabled()), HalfPageDown: key.NewBinding(key.WithDisabled()),
		Left: key.NewBinding(key.WithDisabled()), Right: key.NewBinding(key.WithDisabled()),
	}
}

// scrollable reports whether the viewport holds more than it shows.
func scrollable(vp *viewport.Model) bool { return vp.TotalLineCount() > vp.Height }

// scrollHint says where the viewport is when it cannot show everything.
func scrollHint(vp *viewport.Model) string {
	if !scrollable(vp) {
		return ""
	}
	switch {
	case vp.AtTop():
		return "top · ↓ more"
	case vp.AtBottom():
		return "end · ↑ more"
	}
	return "↕ " + chain.FormatUint(uint64(vp.ScrollPercent()*100)) + "%"
}
