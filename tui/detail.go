package tui

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"warroom/chain"
	"warroom/themes"
)

// DetailOverlay shows everything recorded about one alert: findings, the
// transaction, decoded calldata, call trace, logs and balance changes.
type DetailOverlay struct {
	c     *Common
	alert chain.Alert
	body  scrollView
	w     int
}

// NewDetailOverlay opens the detail of an alert.
func NewDetailOverlay(c *Common, a chain.Alert) *DetailOverlay {
	d := &DetailOverlay{c: c, alert: a, body: newScrollView(c.Keys)}
	d.SetSize(c.Width, c.Height)
	return d
}

// SetSize fits the overlay to the terminal: up to 132 columns, nearly full height.
func (d *DetailOverlay) SetSize(w, h int) {
	d.w = max(40, min(132, w-8))
	d.body.fill(detailLines(d.c.Styles, &d.alert, d.w-4), d.w-4, h-6)
}

// HandleKey scrolls, or closes on Close.
func (d *DetailOverlay) HandleKey(msg tea.KeyMsg) (bool, tea.Cmd) {
	if key.Matches(msg, d.c.Keys.Close) {
		return true, nil
	}
	return false, d.body.scroll(msg)
}

// ShortHelp lists the overlay's keys.
func (d *DetailOverlay) ShortHelp() []key.Binding {
	k := d.c.Keys
	return []key.Binding{withHelp(k.Up, "scroll up"), withHelp(k.Down, "scroll down"), k.PageUp, k.PageDown, k.Close}
}

// FullHelp lists the overlay's keys.
func (d *DetailOverlay) FullHelp() [][]key.Binding { return [][]key.Binding{d.ShortHelp()} }

// View renders the overlay.
func (d *DetailOverlay) View() string {
	a := &d.alert
	title := d.c.Styles.DialogTitle.Render(fmt.Sprintf("Transaction %s · block %s", chain.ShortHash(a.TxHash), strconv.FormatUint(a.Block, 10)))
	return d.body.render(d.c, title, d.w, keyName(d.c.Keys.Close)+" close")
}

// detailLines renders an alert's evidence for a box width columns wide.
func detailLines(st *themes.Styles, a *chain.Alert, width int) []string {
	var out []string
	add := func(l ...string) { out = append(out, l...) }
	heading := func(s string) { add("", st.Bold.Render(s)) }
	const labelW = 10
	field := func(name, value string) {
		for i, l := range Wrap(value, width-labelW-2, 0) {
			if i == 0 {
				add("  " + st.Label.Render(PadRight(name, labelW)) + l)
			} else {
				add("  " + strings.Repeat(" ", labelW) + l)
			}
		}
	}

	top := a.Top()
	summary := severityStyle(st, a.Severity).Render(SeverityTag(a.Severity)) + " " + st.Bold.Render(alertTarget(a.ContractName, a.Contract, a.Method, top.Method, 1<<20))
	summary += st.Text.Render(" · " + top.Rule + " · outflow " + chain.FormatEther(a.Outflow, 3))
	if a.Reverted {
		summary += " · " + st.Bold.Render("✗ REVERTED: a failed attempt, nothing moved")
	}
	add(summary)

	heading(fmt.Sprintf("Findings (%d)", len(a.Findings)))
	ruleW := 0
	for _, f := range a.Findings {
		ruleW = max(ruleW, Width(f.Rule))
	}
	for _, f := range a.Findings {
		prefix := "  " + SeverityTag(f.Severity) + "  " + PadRight(f.Rule, ruleW) + "  "
		for i, l := range Wrap(f.Detail(), width-Width(prefix), 0) {
			if i == 0 {
				add("  " + severityStyle(st, f.Severity).Render(SeverityTag(f.Severity)) + "  " + st.Bold.Render(PadRight(f.Rule, ruleW)) + "  " + l)
			} else {
				add(strings.Repeat(" ", Width(prefix)) + l)
			}
		}
	}

	heading("Transaction")
	field("hash", a.TxHash.Hex())
	field("block", fmt.Sprintf("%d · index %d · %s", a.Block, a.TxIndex, blockTime(a)))
	field("from", a.From.Hex())
	if a.To != nil {
		field("to", a.To.Hex())
	} else {
		field("to", "(contract creation)")
	}
	field("watched", alertTarget(a.ContractName, a.Contract, a.Method, top.Method, 1<<20)+" "+a.Contract.Hex())
	d := &a.Detail
	field("value", chain.FormatEtherExact(d.Value)+" ("+chain.FormatWei(d.Value)+")")
	field("gas used", chain.FormatUint(d.GasUsed))
	if a.Reverted || d.Error != "" {
		status := "✗ reverted"
		if d.Error != "" {
			status += ": " + d.Error
		}
		field("status", status)
	}

	heading("Call")
	if d.Call.Signature == "" && d.Call.Raw == "" {
		add(st.Muted.Render("  (no calldata)"))
	} else {
		sig := d.Call.Signature
		if d.Call.Target != "" {
			sig = d.Call.Target + "." + sig
		}
		if !d.Call.Known {
			sig += st.Muted.Render("  (not decoded: unknown selector)")
		}
		add("  " + st.Bold.Render(sig))
		argLines(st, d.Call.Args, width, add)
		if d.Call.Raw != "" {
			for _, l := range Wrap(d.Call.Raw, width-4, 0) {
				add("    " + st.Muted.Render(l))
			}
		}
	}

	heading(fmt.Sprintf("Call trace (%d frames)", len(d.Trace)))
	if len(d.Trace) == 0 {
		add(st.Muted.Render("  no trace: the node gave none"))
	}
	for _, t := range d.Trace {
		add(traceLine(st, &t, width))
	}

	heading(fmt.Sprintf("Logs (%d)", len(d.Logs)))
	if len(d.Logs) == 0 {
		add(st.Muted.Render("  none"))
	}
	for _, l := range d.Logs {
		add("  " + st.Bold.Render(l.Label) + st.Muted.Render(" at "+chain.ShortAddr(l.Address)))
		argLines(st, l.Args, width, add)
	}

	heading("Balance changes of watched contracts")
	if len(d.Balances) == 0 {
		add(st.Muted.Render("  none"))
	}
	nameW := 0
	for _, b := range d.Balances {
		nameW = max(nameW, Width(b.Name))
	}
	for _, b := range d.Balances {
		chSt := st.Text
		if b.Delta != nil && b.Delta.Sign() < 0 {
			chSt = st.Loss
		}
		add("  " + PadRight(b.Name, nameW) + "  " + b.Address.Hex() + "  " + chSt.Render(chain.FormatSignedEther(b.Delta, 6)))
	}
	return out
}

func argLines(st *themes.Styles, args []chain.Arg, width int, add func(...string)) {
	nameW := 0
	for _, a := range args {
		nameW = max(nameW, Width(a.Name)+Width(a.Type)+3)
	}
	for _, a := range args {
		head := PadRight(a.Name+" ("+a.Type+")", nameW)
		for i, l := range Wrap(a.Value, width-6-nameW-2, 0) {
			if i == 0 {
				add("    " + st.Label.Render(head) + "  " + l)
			} else {
				add("    " + strings.Repeat(" ", nameW) + "  " + l)
			}
		}
	}
}

// traceLine renders a call frame indented by depth:
//
//	CALL 0x7a3c…91fe → Vault.withdraw 1.000 ETH  ⟲ RE-ENTRY  ✗ execution reverted
func traceLine(st *themes.Styles, t *chain.TraceLine, width int) string {
	indent := strings.Repeat("  ", t.Depth+1)
	s := indent + st.Muted.Render(t.Type) + " " + chain.ShortAddr(t.From) + " → " + st.Bold.Render(traceLabel(t))
	if t.Value != nil && t.Value.Sign() != 0 {
		s += " " + chain.FormatEther(t.Value, 3)
	}
	if t.Reentry {
		s += "  " + st.Reentry.Render("⟲ RE-ENTRY")
	}
	if t.Error != "" {
		s += "  " + st.Bold.Render("✗ "+t.Error)
	}
	if Width(s) > width {
		s = Truncate(s, width)
	}
	return s
}

func traceLabel(t *chain.TraceLine) string {
	if t.Label != "" {
		return t.Label
	}
	return chain.ShortAddr(t.To)
}

// blockTime is the block's own timestamp, and when the block was seen when
// that is known: on a fast dev chain the two differ.
func blockTime(a *chain.Alert) string {
	const layout = "2006-01-02 15:04:05"
	var s string
	if a.Time.IsZero() {
		s = "block time unknown"
	} else {
		s = "block time " + a.Time.UTC().Format(layout) + " UTC"
	}
	if !a.Seen.IsZero() {
		s += " · seen " + a.Seen.UTC().Format(layout+".0") + " UTC"
	}
	return s
}
