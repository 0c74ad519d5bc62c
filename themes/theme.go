package themes

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/lipgloss"
)

// Theme is a palette: a handful of named colours. Styles are derived from it
// by NewStyles.
type Theme struct {
	Name string

	Foreground lipgloss.TerminalColor // body text
	Muted      lipgloss.TerminalColor // secondary text: evidence, hints, reverted rows
	Accent     lipgloss.TerminalColor // titles, keys in help
	Border     lipgloss.TerminalColor // pane borders
	// BorderFocus is the focused pane's border; focus is also shown by a
	// heavier border, never by colour alone.
	BorderFocus lipgloss.TerminalColor
	Selection   lipgloss.TerminalColor // background of the selected row

	Critical lipgloss.TerminalColor
	High     lipgloss.TerminalColor
	Medium   lipgloss.TerminalColor
	Low      lipgloss.TerminalColor
	Info     lipgloss.TerminalColor

	OK    lipgloss.TerminalColor // confirmed, done, live with no loss
	Warn  lipgloss.TerminalColor // pending, in flight
	Error lipgloss.TerminalColor // failed, errors in the status line

	// Mono means no colour at all: styles use bold, underline and reverse only.
	Mono bool
}

// The names of the built-in themes.
const (
	NameDark         = "dark"
	NameLight        = "light"
	NameHighContrast = "high-contrast"
	NameMono         = "mono"
)

// DefaultName is the theme used when none is named.
const DefaultName = NameDark

// Dark is the default theme, for dark terminal backgrounds.
func Dark() Theme {
	c := func(s string) lipgloss.Color { return lipgloss.Color(s) }
	return Theme{
		Name:       NameDark,
		Foreground: c("252"), Muted: c("244"), Accent: c("75"),
		Border: c("240"), BorderFocus: c("81"), Selection: c("237"),
		Critical: c("196"), High: c("208"), Medium: c("220"), Low: c("114"), Info: c("247"),
		OK: c("78"), Warn: c("214"), Error: c("203"),
	}
}

// Light is for light terminal backgrounds.
func Light() Theme {
	c := func(s string) lipgloss.Color { return lipgloss.Color(s) }
	return Theme{
		Name:       NameLight,
		Foreground: c("235"), Muted: c("243"), Accent: c("25"),
		Border: c("249"), BorderFocus: c("25"), Selection: c("254"),
		Critical: c("160"), High: c("166"), Medium: c("130"), Low: c("28"), Info: c("241"),
		OK: c("28"), Warn: c("130"), Error: c("160"),
	}
}

// HighContrast uses the 16 base colours at full intensity only.
func HighContrast() Theme {
	c := func(s string) lipgloss.Color { return lipgloss.Color(s) }
	return Theme{
		Name:       NameHighContrast,
		Foreground: c("15"), Muted: c("7"), Accent: c("14"),
		Border: c("7"), BorderFocus: c("11"), Selection: c("4"),
		Critical: c("9"), High: c("11"), Medium: c("13"), Low: c("10"), Info: c("7"),
		OK: c("10"), Warn: c("11"), Error: c("9"),
	}
}

// Mono uses no colour at all, only bold, underline and reverse. It is what
// NO_COLOR selects.
func Mono() Theme {
	n := lipgloss.NoColor{}
	return Theme{
		Name:       NameMono,
		Foreground: n, Muted: n, Accent: n, Border: n, BorderFocus: n, Selection: n,
		Critical: n, High: n, Medium: n, Low: n, Info: n,
		OK: n, Warn: n, Error: n,
		Mono: true,
	}
}

var builtins = []struct {
	name string
	fn   func() Theme
}{
	{NameDark, Dark},
	{NameLight, Light},
	{NameHighContrast, HighContrast},
	{NameMono, Mono},
}

// Names lists the built-in themes, default first.
func Names() []string {
	out := make([]string, len(builtins))
	for i, b := range builtins {
		out[i] = b.name
	}
	return out
}

// ByName returns a built-in theme. Names are case-insensitive; "" is the default.
func ByName(name string) (Theme, error) {
	n := strings.ToLower(strings.TrimSpace(name))
	if n == "" {
		n = DefaultName
	}
	for _, b := range builtins {
		if b.name == n {
			return b.fn(), nil
		}
	}
	return Theme{}, fmt.Errorf("unknown theme %q: choose one of %s", name, strings.Join(Names(), ", "))
}

// FromEnv resolves the theme to use. When NO_COLOR is set to anything
// non-empty (https://no-color.org) it returns Mono whatever name says;
// otherwise it is ByName(name).
func FromEnv(getenv func(string) string, name string) (Theme, error) {
	if getenv != nil && getenv("NO_COLOR") != "" {
		return Mono(), nil
	}
	return ByName(name)
}
