package themes

import (
	"strings"
	"testing"

	"github.com/charmbracelet/lipgloss"
)

func env(m map[string]string) func(string) string {
	return func(k string) string { return m[k] }
}

func TestByName(t *testing.T) {
	tests := []struct {
		name    string
		want    string
		wantErr bool
	}{
		{"", NameDark, false},
		{"dark", NameDark, false},
		{"Light", NameLight, false},
		{" high-contrast ", NameHighContrast, false},
		{"mono", NameMono, false},
		{"solarized", "", true},
	}
	for _, tt := range tests {
		th, err := ByName(tt.name)
		if (err != nil) != tt.wantErr {
			t.Fatalf("ByName(%q) error = %v, wantErr %v", tt.name, err, tt.wantErr)
		}
		if err != nil {
			for _, n := range Names() {
				if !strings.Contains(err.Error(), n) {
					t.Errorf("ByName(%q) error %q does not list valid name %q", tt.name, err, n)
				}
			}
			continue
		}
		if th.Name != tt.want {
			t.Errorf("ByName(%q).Name = %q, want %q", tt.name, th.Name, tt.want)
		}
	}
}

func TestFromEnvNoColor(t *testing.T) {
	tests := []struct {
		desc    string
		env     map[string]string
		name    string
		want    string
		wantErr bool
	}{
		{"no env, default", nil, "", NameDark, false},
		{"named theme", nil, "light", NameLight, false},
		{"NO_COLOR wins over a name", map[string]string{"NO_COLOR": "1"}, "light", NameMono, false},
		{"NO_COLOR wins over a bad name", map[string]string{"NO_COLOR": "yes"}, "nope", NameMono, false},
		{"empty NO_COLOR is unset", map[string]string{"NO_COLOR": ""}, "high-contrast", NameHighContrast, false},
		{"bad name without NO_COLOR", nil, "nope", "", true},
	}
	for _, tt := range tests {
		t.Run(tt.desc, func(t *testing.T) {
			th, err := FromEnv(env(tt.env), tt.name)
			if (err != nil) != tt.wantErr {
				t.Fatalf("error = %v, wantErr %v", err, tt.wantErr)
			}
			if th.Name != tt.want {
				t.Errorf("theme = %q, want %q", th.Name, tt.want)
			}
		})
	}
}

func TestMonoHasNoColour(t *testing.T) {
	th := Mono()
	for name, c := range map[string]lipgloss.TerminalColor{
		"Foreground": th.Foreground, "Muted": th.Muted, "Accent": th.Accent, "Border": th.Border,
		"BorderFocus": th.BorderFocus, "Selection": th.Selection, "Critical": th.Critical,
		"High": th.High, "Medium": th.Medium, "Low": th.Low, "Info": th.Info,
		"OK": th.OK, "Warn": th.Warn, "Error": th.Error,
	} {
		if _, ok := c.(lipgloss.NoColor); !ok {
			t.Errorf("Mono().%s = %#v, want lipgloss.NoColor", name, c)
		}
	}
	s := NewStyles(th)
	// Without colour, the distinctions must come from attributes.
	if !s.Critical.GetReverse() || !s.Critical.GetBold() {
		t.Error("mono critical severity is neither bold nor reverse: it would look like any other")
	}
	if !s.Selected.GetReverse() {
		t.Error("mono selected row is not reverse video")
	}
	if !s.Exposure.GetReverse() {
		t.Error("mono exposure is not reverse video")
	}
	if _, ok := s.Exposure.GetBackground().(lipgloss.NoColor); !ok {
		t.Error("mono exposure has a background colour")
	}
}

func TestFocusNotByColourAlone(t *testing.T) {
	for _, n := range Names() {
		th, err := ByName(n)
		if err != nil {
			t.Fatal(err)
		}
		s := NewStyles(th)
		if s.PaneBorder == s.PaneBorderFocused {
			t.Errorf("theme %s: focused and unfocused panes have the same border shape", n)
		}
	}
}

func TestEveryBuiltinHasEveryColour(t *testing.T) {
	for _, n := range Names() {
		th, _ := ByName(n)
		for name, c := range map[string]lipgloss.TerminalColor{
			"Foreground": th.Foreground, "Muted": th.Muted, "Accent": th.Accent, "Border": th.Border,
			"BorderFocus": th.BorderFocus, "Selection": th.Selection, "Critical": th.Critical,
			"High": th.High, "Medium": th.Medium, "Low": th.Low, "Info": th.Info,
			"OK": th.OK, "Warn": th.Warn, "Error": th.Error,
		} {
			if c == nil {
				t.Errorf("theme %s: %s is nil", n, name)
			}
		}
	}
}
