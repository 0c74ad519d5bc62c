package themes

import "github.com/charmbracelet/lipgloss"

// Styles are every style the console uses, derived from one Theme.
type Styles struct {
	Theme Theme

	Text   lipgloss.Style
	Muted  lipgloss.Style
	Accent lipgloss.Style
	Bold   lipgloss.Style
	Label  lipgloss.Style // "impl", "nonce": names in front of values

	// Header line.
	AppName      lipgloss.Style
	HeaderItem   lipgloss.Style
	Exposure     lipgloss.Style // drained > 0: the most visible thing on screen
	ExposureNone lipgloss.Style // nothing drained

	// Panes. Focus is shown by the heavier border shape and the title style,
	// not by colour alone.
	PaneBorder          lipgloss.Border
	PaneBorderFocused   lipgloss.Border
	BorderColor         lipgloss.Style
	BorderColorFocused  lipgloss.Style
	PaneTitle           lipgloss.Style
	PaneTitleFocused    lipgloss.Style
	Selected            lipgloss.Style // the cursor row
	ColumnHeader        lipgloss.Style
	ScrollHint          lipgloss.Style
	DialogBorder        lipgloss.Border
	DialogBorderColor   lipgloss.Style
	DialogTitle         lipgloss.Style
	Danger              lipgloss.Style // the confirm dialog's title: a signature is about to be made
	DialogHashHighlight lipgloss.Style

	// Severities. The label text is always shown next to the colour.
	Critical lipgloss.Style
	High     lipgloss.Style
	Medium   lipgloss.Style
	Low      lipgloss.Style
	Info     lipgloss.Style

	Reverted lipgloss.Style
	Acked    lipgloss.Style
	Reentry  lipgloss.Style

	Paused   lipgloss.Style
	Live     lipgloss.Style
	Loss     lipgloss.Style // a negative change in value held
	Gain     lipgloss.Style
	Done     lipgloss.Style
	Todo     lipgloss.Style
	Evidence lipgloss.Style
	Note     lipgloss.Style

	ActionPending   lipgloss.Style
	ActionConfirmed lipgloss.Style
	ActionFailed    lipgloss.Style

	StatusInfo  lipgloss.Style
	StatusOK    lipgloss.Style
	StatusError lipgloss.Style
	Prompt      lipgloss.Style

	HelpKey  lipgloss.Style
	HelpDesc lipgloss.Style
	HelpSep  lipgloss.Style
}

// NewStyles derives the styles of a theme. A Mono theme gets no colour at
// all: emphasis comes from bold, underline and reverse.
func NewStyles(t Theme) *Styles {
	fg := func(c lipgloss.TerminalColor) lipgloss.Style { return lipgloss.NewStyle().Foreground(c) }
	mono := t.Mono
	// emph adds a colour-free emphasis in the mono theme only.
	emph := func(s lipgloss.Style, bold, underline, reverse bool) lipgloss.Style {
		if !mono {
			return s
		}
		return s.Bold(bold).Underline(underline).Reverse(reverse)
	}

	s := &Styles{Theme: t}
	s.Text = fg(t.Foreground)
	s.Muted = fg(t.Muted)
	s.Accent = fg(t.Accent)
	s.Bold = fg(t.Foreground).Bold(true)
	s.Label = fg(t.Muted)

	s.AppName = fg(t.Accent).Bold(true)
	s.HeaderItem = fg(t.Foreground)
	if mono {
		s.Exposure = lipgloss.NewStyle().Bold(true).Reverse(true)
	} else {
		s.Exposure = lipgloss.NewStyle().Bold(true).Foreground(lipgloss.Color("231")).Background(t.Critical)
	}
	s.ExposureNone = fg(t.OK)

	s.PaneBorder = lipgloss.RoundedBorder()
	s.PaneBorderFocused = lipgloss.ThickBorder()
	s.BorderColor = fg(t.Border)
	s.BorderColorFocused = fg(t.BorderFocus).Bold(true)
	s.PaneTitle = fg(t.Foreground).Bold(true)
	s.PaneTitleFocused = emph(fg(t.BorderFocus).Bold(true), true, false, true)
	if mono {
		s.Selected = lipgloss.NewStyle().Reverse(true)
	} else {
		s.Selected = lipgloss.NewStyle().Background(t.Selection).Bold(true)
	}
	s.ColumnHeader = emph(fg(t.Muted), false, true, false)
	s.ScrollHint = fg(t.Muted)
	s.DialogBorder = lipgloss.DoubleBorder()
	s.DialogBorderColor = fg(t.BorderFocus)
	s.DialogTitle = fg(t.Accent).Bold(true)
	s.Danger = emph(fg(t.Critical).Bold(true), true, false, true)
	s.DialogHashHighlight = emph(fg(t.Foreground).Bold(true), true, false, false)

	s.Critical = emph(fg(t.Critical).Bold(true), true, false, true)
	s.High = emph(fg(t.High).Bold(true), true, false, false)
	s.Medium = emph(fg(t.Medium), false, true, false)
	s.Low = fg(t.Low)
	s.Info = fg(t.Info)

	s.Reverted = fg(t.Muted)
	s.Acked = fg(t.OK)
	s.Reentry = emph(fg(t.Critical).Bold(true), true, false, false)

	s.Paused = emph(fg(t.OK).Bold(true), true, false, true)
	s.Live = emph(fg(t.Warn), false, true, false)
	s.Loss = emph(fg(t.Critical).Bold(true), true, false, false)
	s.Gain = fg(t.OK)
	s.Done = fg(t.OK)
	s.Todo = fg(t.Foreground)
	s.Evidence = fg(t.Muted)
	s.Note = fg(t.Accent)

	s.ActionPending = emph(fg(t.Warn).Bold(true), true, false, false)
	s.ActionConfirmed = fg(t.OK)
	s.ActionFailed = emph(fg(t.Error).Bold(true), true, false, true)

	s.StatusInfo = fg(t.Foreground)
	s.StatusOK = fg(t.OK)
	s.StatusError = emph(fg(t.Error).Bold(true), true, false, false)
	s.Prompt = fg(t.Accent).Bold(true)

	s.HelpKey = emph(fg(t.Accent).Bold(true), true, false, false)
	s.HelpDesc = fg(t.Muted)
	s.HelpSep = fg(t.Border)
	return s
}
