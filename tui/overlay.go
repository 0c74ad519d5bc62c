package tui

import (
	"strings"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/viewport"
	tea "github.com/charmbracelet/bubbletea"

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

// scrollView is the body of a read-only dialog (a transaction's evidence,
// a debrief): it scrolls with the console's keys and its hint says where
// it is. The viewport keeps the position; the lines on screen are cut from
// the content as they are, each already fitted to the width, and the drawn
// dialog is kept until it scrolls: what it shows never changes otherwise.
type scrollView struct {
	vp    viewport.Model
	lines []string
	drawn struct {
		key  scrollKey
		view string
	}
}

type scrollKey struct {
	offset, w   int
	title, hint string
}

func newScrollView(k *KeyMap) scrollView {
	vp := viewport.New(0, 0)
	vp.KeyMap = scrollKeys(k)
	vp.MouseWheelEnabled = false
	return scrollView{vp: vp}
}

// fill sets the lines, width columns wide and at most maxH high.
func (s *scrollView) fill(lines []string, width, maxH int) {
	s.vp.Width = width
	s.vp.Height = max(3, min(len(lines), maxH))
	content := strings.Join(lines, "\n")
	s.vp.SetContent(content)
	s.lines = strings.Split(content, "\n")
	s.drawn.view = ""
}

// scroll hands a key to the viewport.
func (s *scrollView) scroll(msg tea.KeyMsg) tea.Cmd {
	var cmd tea.Cmd
	s.vp, cmd = s.vp.Update(msg)
	return cmd
}

// render draws the dialog, w columns wide, the scroll position before hint.
func (s *scrollView) render(c *Common, title string, w int, hint string) string {
	if h := scrollHint(&s.vp); h != "" {
		hint = h + " · " + hint
	}
	k := scrollKey{s.vp.YOffset, w, title, hint}
	if s.drawn.view != "" && s.drawn.key == k {
		return s.drawn.view
	}
	top := max(0, min(s.vp.YOffset, len(s.lines)))
	shown := make([]string, s.vp.Height)
	copy(shown, s.lines[top:min(len(s.lines), top+s.vp.Height)])
	s.drawn.key, s.drawn.view = k, dialog(c, title, shown, w, hint)
	return s.drawn.view
}
