package tui

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"warroom/chain"
	"warroom/session"
)

// AttackersOverlay is the attackers view (A): every address of the
// incident the alerts revealed (session.State.Involved): the accounts that
// attacked, their contracts, who funded them, where the drained value went,
// and the watched contracts with their SEAL status. enter filters the alert
// list by the selected address.
type AttackersOverlay struct {
	c        *Common
	involved []session.Involved
	err      error // the evidence of an attack could not be read back
	sel      int
	top      int
	w, h     int
}

var _ Overlay = (*AttackersOverlay)(nil)

// filterAlertsMsg asks the root to filter the alert list.
type filterAlertsMsg struct{ q string }

// NewAttackersOverlay shows the addresses of st.
func NewAttackersOverlay(c *Common, st *session.State) *AttackersOverlay {
	involved, err := st.Involved(c.Session.Evidence)
	o := &AttackersOverlay{c: c, involved: involved, err: err}
	o.SetSize(c.Width, c.Height)
	return o
}

// SetSize fits the overlay to the terminal: up to 150 columns.
func (o *AttackersOverlay) SetSize(w, h int) {
	o.w, o.h = max(40, min(150, w-4)), max(8, h-4)
}

// rows is how many addresses fit, two lines each.
func (o *AttackersOverlay) rows() int { return max(1, (o.h-6)/2) }

// HandleKey moves the selection; enter filters by it; esc/q closes.
func (o *AttackersOverlay) HandleKey(msg tea.KeyMsg) (bool, tea.Cmd) {
	k := o.c.Keys
	switch {
	case key.Matches(msg, k.Close):
		return true, nil
	case key.Matches(msg, k.Up):
		o.sel = max(0, o.sel-1)
	case key.Matches(msg, k.Down):
		o.sel = min(len(o.involved)-1, o.sel+1)
	case key.Matches(msg, k.Top):
		o.sel = 0
	case key.Matches(msg, k.Bottom):
		o.sel = len(o.involved) - 1
	case key.Matches(msg, k.Details):
		if o.sel < 0 || o.sel >= len(o.involved) {
			return false, nil
		}
		q := o.involved[o.sel].Address.Hex()
		return true, func() tea.Msg { return filterAlertsMsg{q: q} }
	}
	o.sel = max(0, o.sel)
	if o.sel < o.top {
		o.top = o.sel
	}
	if o.sel >= o.top+o.rows() {
		o.top = o.sel - o.rows() + 1
	}
	return false, nil
}

// ShortHelp lists the overlay's keys.
func (o *AttackersOverlay) ShortHelp() []key.Binding {
	k := o.c.Keys
	return []key.Binding{k.Up, k.Down, withHelp(k.Details, "filter alerts by this address"), k.Close}
}

// FullHelp lists the overlay's keys.
func (o *AttackersOverlay) FullHelp() [][]key.Binding { return [][]key.Binding{o.ShortHelp()} }

// View renders the list: role, full address and name, value received, and
// below each how it came in and its status.
func (o *AttackersOverlay) View() string {
	st := o.c.Styles
	width := o.w - 4
	var lines []string
	if o.err != nil {
		lines = append(lines, st.Critical.Render(Truncate("the attackers cannot be listed: "+o.err.Error(), width)))
	} else if len(o.involved) == 0 {
		lines = append(lines, st.Muted.Render("no addresses yet: the alerts have named no one"))
	}
	attackers := 0
	for _, in := range o.involved {
		if in.Role == session.InvolvedAttacker || in.Role == session.InvolvedContract {
			attackers++
		}
	}
	if len(o.involved) > 0 {
		lines = append(lines, st.Muted.Render(fmt.Sprintf("%d addresses, %d of them the attacker's · from the alerts and their traces", len(o.involved), attackers)), "")
	}
	end := min(len(o.involved), o.top+o.rows())
	for i := o.top; i < end; i++ {
		in := o.involved[i]
		cursor := "  "
		if i == o.sel {
			cursor = "▸ "
		}
		role := PadRight(string(in.Role), 15)
		roleSt := st.Text
		switch in.Role {
		case session.InvolvedAttacker, session.InvolvedContract, session.InvolvedFunder, session.InvolvedLoot:
			roleSt = st.Critical
		case session.InvolvedAffected:
			roleSt = st.High
		}
		addr := in.Address.Hex()
		if in.Name != "" {
			addr += " " + in.Name
		}
		value := ""
		if in.Received != nil && in.Received.Sign() > 0 {
			value = "received " + chain.FormatEther(in.Received, 3)
		}
		if in.Lost != nil && in.Lost.Sign() > 0 {
			value = "lost " + chain.FormatEther(in.Lost, 3)
		}
		head := cursor + roleSt.Render(role) + " " + addr
		if gap := width - Width(head) - Width(value); gap > 0 {
			head += strings.Repeat(" ", gap) + value
		} else if value != "" {
			head += "  " + value
		}
		if i == o.sel {
			head = st.Selected.Render(Fit(head, width))
		}
		lines = append(lines, Fit(head, width))
		what := in.How
		if in.Status != string(in.Role) {
			what += " · " + in.Status
		}
		lines = append(lines, st.Muted.Render(Truncate(strings.Repeat(" ", 18)+what, width)))
	}
	hint := ""
	if len(o.involved) > o.rows() {
		hint = fmt.Sprintf("%d–%d of %d", o.top+1, end, len(o.involved))
	}
	return dialog(o.c, st.Bold.Render(" Attackers and affected addresses "), lines, o.w, hint)
}
