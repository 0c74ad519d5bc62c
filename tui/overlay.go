package tui

import (
	"warroom/chain"

	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/viewport"
	tea "github.com/charmbracelet/bubbletea"
)

// Overlay is a dialog drawn centred over the panes. The top overlay gets
// every key until it closes.
type Overlay interface {
	help.KeyMap
	// HandleKey takes a key. done closes the overlay; cmd runs either way.
	HandleKey(msg tea.KeyMsg) (done bool, cmd tea.Cmd)
	// SetSize gives the terminal's size; the overlay picks its own within it.
	SetSize(w, h int)
	// View renders the overlay's box, one string a line.
	View() []string
}

var (
	_ Overlay = (*DetailOverlay)(nil)
	_ Overlay = (*ConfirmOverlay)(nil)
	_ Overlay = (*HelpOverlay)(nil)
	_ Overlay = (*QuitOverlay)(nil)
)

// dialog draws a dialog box with one column of padding inside the border.
func dialog(c *Common, title string, lines []string, w int, hint string) []string {
	st := c.Styles
	padded := make([]string, len(lines))
	for i, l := range lines {
		padded[i] = " " + l
	}
	return boxSpec{
		title: title, hint: hint, lines: padded, w: w, h: len(lines) + 2,
		border: st.DialogBorder, borderSt: st.DialogBorderColor, hintSt: st.ScrollHint,
	}.render()
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
