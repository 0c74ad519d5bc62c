package tui

import (
	"fmt"
	"math/big"
	"strconv"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/ethereum/go-ethereum/common"

	"warroom/chain"
	"warroom/session"
	"warroom/themes"
)

// ProtocolPane shows the protocol as last read: each watched contract, the
// Safe, the timelock, and the responder's actions.
type ProtocolPane struct {
	paneBase
	offset int // first line shown when the content is taller than the pane
}

// NewProtocolPane returns the pane on an empty state.
func NewProtocolPane(c *Common) *ProtocolPane {
	return &ProtocolPane{paneBase: newPaneBase(c)}
}

// Title names the pane.
func (p *ProtocolPane) Title() string { return "Protocol" }

// Update scrolls the pane.
func (p *ProtocolPane) Update(msg tea.Msg) (*ProtocolPane, tea.Cmd) {
	km, ok := msg.(tea.KeyMsg)
	if !ok {
		return p, nil
	}
	k := p.c.Keys
	switch {
	case key.Matches(km, k.Up):
		p.offset--
	case key.Matches(km, k.Down):
		p.offset++
	case key.Matches(km, k.PageUp):
		p.offset -= p.h - 2
	case key.Matches(km, k.PageDown):
		p.offset += p.h - 2
	case key.Matches(km, k.Top):
		p.offset = 0
	}
	p.offset = max(0, p.offset) // the upper bound depends on content: View clamps it
	return p, nil
}

// ShortHelp lists the pane's main keys.
func (p *ProtocolPane) ShortHelp() []key.Binding {
	k := p.c.Keys
	return []key.Binding{withHelp(k.Up, "scroll up"), withHelp(k.Down, "scroll down")}
}

// FullHelp lists all the pane's keys.
func (p *ProtocolPane) FullHelp() [][]key.Binding {
	k := p.c.Keys
	return [][]key.Binding{{withHelp(k.Up, "scroll up"), withHelp(k.Down, "scroll down"), k.PageUp, k.PageDown, withHelp(k.Top, "top")}}
}

// View renders the pane.
func (p *ProtocolPane) View() string {
	body := protocolLines(p.c.Styles, p.c.Keys, p.state, p.w-2)
	avail := p.h - 2
	offset := max(0, min(p.offset, len(body)-avail))
	hint := ""
	if len(body) > avail {
		body = body[offset:]
		hint = fmt.Sprintf("%d%% ↕", (offset+avail)*100/(offset+len(body)))
	}
	title := p.Title()
	// The watcher reads the protocol at every block and records it when it
	// changes, so what is shown holds as of the head.
	if b, head := p.state.Protocol.Block, p.state.Head.Number; b != 0 {
		title += " · block " + strconv.FormatUint(max(b, head), 10)
		if head > b {
			title += " · changed at " + strconv.FormatUint(b, 10)
		}
	}
	return paneBox(p.c, title, hint, body, p.w, p.h, p.focused)
}

// protocolLines renders the protocol, the Safe, the timelock and the
// actions for a pane width columns wide. k names the pause key when there
// is no action yet.
func protocolLines(st *themes.Styles, k *KeyMap, s *session.State, width int) []string {
	var out []string
	add := func(l ...string) { out = append(out, l...) }
	label := func(name string) string { return st.Label.Render(PadRight(name, 6)) }
	const ind = "  "
	hexW := width - len(ind) - 6

	if len(s.Protocol.Contracts) == 0 {
		add(st.Muted.Render(" waiting for the first read of the protocol…"))
	}
	for i, c := range s.Protocol.Contracts {
		if i > 0 {
			add("")
		}
		var state string
		switch {
		case !c.Pausable:
			state = st.Muted.Render("not pausable")
		case c.Paused:
			state = st.Paused.Render("■ PAUSED")
		default:
			state = st.Live.Render("● live")
		}
		name := Truncate(c.Name, width-2-Width(state))
		add(" " + st.Bold.Render(name) + strings.Repeat(" ", max(1, width-1-Width(name)-Width(state))) + state)
		add(ind + FitHex(c.Address.Hex(), width-len(ind)))
		// Both ERC-1967 slots are always shown: an empty admin slot is a
		// fact (a UUPS proxy has none), not something to leave out.
		for _, slot := range []struct {
			name string
			addr common.Address
		}{{"impl", c.Implementation}, {"admin", c.Admin}} {
			if slot.addr == (common.Address{}) {
				add(ind + label(slot.name) + st.Muted.Render("empty slot"))
				continue
			}
			add(ind + label(slot.name) + FitHex(slot.addr.Hex(), hexW))
		}
		add(tvlLines(st, c.Balance, s.Change(c), changeLabel(s, c), width)...)
	}

	if sf := s.Protocol.Safe; sf != nil {
		add("")
		head := " " + st.Bold.Render("Safe")
		if sf.Version != "" {
			head += st.Muted.Render(" " + sf.Version)
		}
		if sf.Unreadable == "" {
			head += st.Text.Render(fmt.Sprintf(" · %d of %d · nonce %d", sf.Threshold, len(sf.Owners), sf.Nonce))
		} else {
			head += st.Critical.Render(" · NOT A SAFE ANY MORE")
		}
		add(head)
		add(ind + FitHex(sf.Address.Hex(), width-len(ind)))
		if sf.Unreadable != "" {
			add(ind + label("runs") + st.Critical.Render(FitHex(sf.Singleton.Hex(), hexW)))
			for _, l := range Wrap("owners, threshold and nonce do not answer: "+sf.Unreadable, width-len(ind), 3) {
				add(ind + st.Critical.Render(l))
			}
		}
		const maxOwners = 5
		for i, o := range sf.Owners {
			if i == maxOwners {
				add(ind + st.Muted.Render(fmt.Sprintf("… and %d more owners", len(sf.Owners)-maxOwners)))
				break
			}
			add(ind + label("owner") + FitHex(o.Hex(), hexW))
		}
	}

	if tl := s.Protocol.Timelock; tl != nil {
		add("")
		add(" " + st.Bold.Render("Timelock") + st.Text.Render(" · min delay "+FormatDelay(tl.MinDelay)))
		add(ind + FitHex(tl.Address.Hex(), width-len(ind)))
	}

	add("", " "+st.Bold.Render("Actions"))
	if len(s.Actions) == 0 {
		add(ind + st.Muted.Render("none yet · "+keyName(k.Pause)+" pauses"))
	}
	for _, a := range s.Actions {
		add(actionLines(st, &a, width)...)
	}
	return out
}

// changeLabel says what a contract's change is measured from: the value
// before the first attack, or its peak when the session never read it
// before the attack.
func changeLabel(s *session.State, c chain.ContractState) string {
	if s.FirstAttack == nil {
		return ""
	}
	if _, ok := s.PreAttack[c.Address]; ok {
		return "since attack #" + strconv.FormatUint(s.FirstAttack.Block, 10)
	}
	return "from peak"
}

// tvlLines renders the value a contract holds and its change since the
// first attack, on one line when it fits. The label is never dropped: a
// bare "+18.712 ETH" says nothing about what it is measured from.
func tvlLines(st *themes.Styles, held, change *big.Int, label string, width int) []string {
	const ind = "  "
	line := ind + st.Label.Render(PadRight("TVL", 6)) + st.Text.Render(chain.FormatEther(held, 3))
	if change == nil {
		return []string{line}
	}
	chSt := st.Muted
	switch change.Sign() {
	case -1:
		chSt = st.Loss
	case 1:
		chSt = st.Gain
	}
	ch := chSt.Render(chain.FormatSignedEther(change, 3))
	since := st.Muted.Render(" " + label)
	switch {
	case Width(line)+2+Width(ch)+Width(since) <= width:
		return []string{line + "  " + ch + since}
	case Width(ind)+6+Width(ch)+Width(since) <= width:
		return []string{line, ind + strings.Repeat(" ", 6) + ch + since}
	case Width(ind)+Width(ch)+Width(since) <= width:
		return []string{line, ind + ch + since}
	default:
		return []string{line, ind + ch, ind + Truncate(st.Muted.Render(label), width-len(ind))}
	}
}

// actionLines renders an action: id and status, then its transaction.
//
//	pause-1  ✓ confirmed in block 107
//	         tx 0x3f2a1b…9c0d · 1 tx
func actionLines(st *themes.Styles, a *session.Action, width int) []string {
	const ind = "  "
	id := PadRight(a.ID, 8)
	pad := strings.Repeat(" ", len(ind)+Width(id)+1)
	var status string
	var stSt = st.ActionPending
	switch a.Status {
	case session.ActionStatusRequested:
		status = "… requested, not sent yet"
	case session.ActionStatusPending:
		status = fmt.Sprintf("… pending: %d/%d sent, %d mined", a.Submitted, len(a.Txs), a.Confirmed)
		if a.SpedUp > 0 {
			status += fmt.Sprintf(" · sped up %d×", a.SpedUp)
		}
		if a.Action == session.ActionPause {
			status += " · f raises the fee"
		}
	case session.ActionStatusConfirmed:
		status = "✓ confirmed in block " + strconv.FormatUint(a.Block, 10)
		stSt = st.ActionConfirmed
	case session.ActionStatusFailed:
		status = "✗ failed: " + a.Error
		stSt = st.ActionFailed
	default:
		status = string(a.Status)
	}
	wrapped := Wrap(status, width-Width(pad), 3)
	out := []string{ind + st.Bold.Render(id) + " " + stSt.Render(wrapped[0])}
	for _, l := range wrapped[1:] {
		out = append(out, pad+stSt.Render(l))
	}
	if a.TxHash != (common.Hash{}) {
		out = append(out, pad+st.Muted.Render(fmt.Sprintf("tx %s · %s", chain.ShortHash(a.TxHash), plural(len(a.Txs), "tx", "txs"))))
	}
	if a.Auto {
		// Nobody confirmed this one: say so, and why it fired.
		for _, l := range Wrap("by the circuit breaker (--auto-pause), not a human", width-Width(pad), 2) {
			out = append(out, pad+st.Muted.Render(l))
		}
	}
	return out
}

func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}
