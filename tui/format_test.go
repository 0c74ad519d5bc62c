package tui

import (
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"warroom/chain"
	"warroom/themes"
)

func TestFormatDurations(t *testing.T) {
	tests := []struct {
		got, want string
	}{
		{FormatClock(3*time.Minute + 12*time.Second + 900*time.Millisecond), "00:03:12"},
		{FormatClock(26*time.Hour + 5*time.Second), "26:00:05"},
		{FormatClock(-time.Second), "00:00:00"},
		{FormatSince(64 * time.Second), "+01:04"},
		{FormatSince(time.Hour + 3*time.Minute + 12*time.Second), "+1:03:12"},
		{FormatAge(1200 * time.Millisecond), "1.2s"},
		{FormatAge(1290 * time.Millisecond), "1.2s"},
		{FormatAge(48 * time.Second), "48s"},
		{FormatAge(3*time.Minute + 12*time.Second), "3m12s"},
		{FormatAge(62 * time.Minute), "1h02m"},
		{FormatAge(-time.Second), "0.0s"},
		{FormatDelay(3600), "1h (3,600 s)"},
		{FormatDelay(172800), "2d (172,800 s)"},
		{FormatDelay(90), "1m30s (90 s)"},
		{FormatDelay(0), "none (0 s)"},
		{UTCClock(time.Date(2025, 6, 1, 16, 0, 7, 0, time.FixedZone("CEST", 7200))), "14:00:07"},
		{UTCClock(time.Time{}), "--:--:--"},
	}
	for i, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("case %d: got %q, want %q", i, tt.got, tt.want)
		}
	}
}

func TestShortForms(t *testing.T) {
	tests := []struct {
		got, want string
	}{
		{FitHex(addrVault.Hex(), 42), "0x5FbDB2315678afecb367f032d93F642f64180aa3"},
		{FitHex(addrVault.Hex(), 36), "0x5FbDB2315678afecb…d93F642f64180aa3"},
		{FitHex(addrVault.Hex(), 4), "0x5FbD…0aa3"}, // never shorter than 0x1234…abcd
		{SeverityTag(chain.Critical), "◉ CRIT"},
		{SeverityTag(chain.Medium), "◆ MED "},
		{SeverityTag(chain.Info), "· INFO"},
		{SeverityLabel(chain.Severity(9)), "SEV?"},
	}
	for i, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("case %d: got %q, want %q", i, tt.got, tt.want)
		}
	}
	if w := Width(FitHex(common.Hash{}.Hex(), 30)); w != 30 {
		t.Errorf("FitHex to 30 is %d columns wide", w)
	}
}

func TestTruncateAndWrap(t *testing.T) {
	tests := []struct {
		s     string
		width int
		want  string
	}{
		{"short", 10, "short"},
		{"Vault re-entered 3× by ReentrancyAttacker", 30, "Vault re-entered 3× by…"},      // at a word
		{"caller 0x15d34AAf54267DB7D7c367839AAf71A00a2C6A65", 20, "caller 0x15d34AAf54…"}, // a long word is cut
		{"abc", 1, "…"},
		{"abc", 0, ""},
	}
	for _, tt := range tests {
		if got := Truncate(tt.s, tt.width); got != tt.want {
			t.Errorf("Truncate(%q, %d) = %q, want %q", tt.s, tt.width, got, tt.want)
		}
		if got := Width(Truncate(tt.s, tt.width)); got > tt.width {
			t.Errorf("Truncate(%q, %d) is %d wide", tt.s, tt.width, got)
		}
	}
	wraps := []struct {
		s         string
		width, n  int
		want      []string
		wantWidth int
	}{
		{"paused() is true at block 132", 20, 0, []string{"paused() is true at", "block 132"}, 20},
		{"one two three four five six", 9, 2, []string{"one two", "three…"}, 9},
		{"0123456789abcdef", 6, 0, []string{"012345", "6789ab", "cdef"}, 6},
		{"", 10, 2, nil, 10},
	}
	for _, tt := range wraps {
		got := Wrap(tt.s, tt.width, tt.n)
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("Wrap(%q, %d, %d) = %q, want %q", tt.s, tt.width, tt.n, got, tt.want)
		}
		for _, l := range got {
			if Width(l) > tt.wantWidth {
				t.Errorf("Wrap(%q, %d): line %q too wide", tt.s, tt.width, l)
			}
		}
	}
}

func TestAlertRow(t *testing.T) {
	st := themes.NewStyles(themes.Mono()) // under the ASCII profile: plain text
	s := fullEvents(t).state()
	tests := []struct {
		alert     int
		acked     bool
		wantLine1 string
		wantLine2 string
	}{
		{1, true,
			"▸ ◉ CRIT #115  14:00:30 0x90F7…b906 → Vault.withdraw      27.000 ETH",
			"    ✓ ack · reentrancy +1: Vault re-entered 3× by ReentrancyAttacke…"},
		{2, false,
			"▸ ◉ CRIT #118  14:00:36 0x90F7…b906 → Vault.withdraw       0.000 ETH",
			"    ✗ reverted · reentrancy: Vault re-entered 1× by ReentrancyAttac…"},
		{0, false,
			"▸ ◆ MED  #112  14:00:24 0x90F7…b906 → Vault.deposit        0.000 ETH",
			"    new-contract-caller: caller 0x15d3…6A65 of Vault is a contract…"},
	}
	for _, tt := range tests {
		l1, l2 := alertRow(st, &s.Alerts[tt.alert], rowMarks{acked: tt.acked}, false, true, 68, 5, 13, true)
		if l1 != tt.wantLine1 {
			t.Errorf("alert %d line 1:\n got %q\nwant %q", tt.alert, l1, tt.wantLine1)
		}
		if strings.TrimRight(l2, " ") != tt.wantLine2 {
			t.Errorf("alert %d line 2:\n got %q\nwant %q", tt.alert, l2, tt.wantLine2)
		}
		for _, l := range []string{l1, l2} {
			if Width(l) > 68 {
				t.Errorf("alert %d: line is %d wide, want at most 68", tt.alert, Width(l))
			}
		}
	}
	// Narrow: the sender gives way to what was called.
	l1, _ := alertRow(st, &s.Alerts[1], rowMarks{}, false, false, 48, 5, 13, false)
	if !strings.Contains(l1, "→ Vault.withdraw") || strings.Contains(l1, "0x90F7") {
		t.Errorf("narrow row = %q, want the target without the sender", l1)
	}
	// An alert whose block a reorg dropped stays, marked.
	_, l2 := alertRow(st, &s.Alerts[1], rowMarks{dropped: true, acked: true}, false, false, 68, 5, 13, true)
	if !strings.Contains(l2, "✗ dropped by a reorg · ✓ ack") {
		t.Errorf("dropped row's second line = %q", l2)
	}
}

func TestStepLines(t *testing.T) {
	st := themes.NewStyles(themes.Mono())
	s := fullEvents(t).state()
	got := stepLines(st, 3, s.Steps[2], true, false, 42)
	want := []string{
		"▸ [x]  3 Contracts paused",
		"      +01:04 paused() is true at block 132",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("step 3:\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	got = stepLines(st, 6, s.Steps[5], false, false, 42)
	if len(got) != 1 || got[0] != "  [ ]  6 Fix upgrade composed" {
		t.Errorf("step 6 = %q", got)
	}
}
