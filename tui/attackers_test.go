package tui

import (
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/exp/golden"

	"warroom/session"
)

// A on the recorded drill, at its end: the attacker, its contract, the
// mixer that funded it and the vault with its SEAL status, full addresses;
// enter filters the alert list by the selected address.
func TestGoldenAttackers(t *testing.T) {
	r := newTestReplay(t)
	send1(t, r, tea.WindowSizeMsg{Width: 160, Height: 48})
	send1(t, r, rkey("G"))
	send1(t, r, rkey("A"))
	screen := r.View()
	checkScreen(t, screen, 160, 48)
	st := r.Player().State()
	first, err := session.EvidenceIn(r.Player().Events())(&st.Alerts[0])
	if err != nil {
		t.Fatal(err)
	}
	pre := first.Top()
	for _, want := range []string{"Attackers and affected addresses", "attacker", "attack contract", "funder",
		pre.Deployer.Address.Hex(), pre.Actor.Address.Hex(), pre.Funder.Address.Hex(),
		"impacted: 11.000 ETH drained, paused at block 18", "16 reverted attempt(s)"} {
		if !strings.Contains(screen, want) {
			t.Errorf("attackers view lacks %q", want)
		}
	}
	golden.RequireEqual(t, []byte(screen))

	// ↓ to the attack contract, enter: the list shows what it was in.
	send1(t, r, rkey("down"))
	cmd := send1(t, r, keyMsg("enter"))
	if cmd == nil {
		t.Fatal("enter gave no command")
	}
	send1(t, r, cmd())
	after := r.View()
	if strings.Contains(after, "Attackers and affected addresses") {
		t.Fatal("the view stayed open after enter")
	}
	if !strings.Contains(after, `filter "`+pre.Actor.Address.Hex()[:20]) {
		t.Errorf("filter not shown:\n%s", after)
	}
	if !strings.Contains(after, "pre-attack") || !strings.Contains(after, "reentrancy") {
		t.Errorf("filtered list lacks the deployment or the attack:\n%s", after)
	}
}
