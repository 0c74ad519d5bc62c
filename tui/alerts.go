package tui

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"warroom/chain"
	"warroom/session"
	"warroom/themes"
)

// AlertsPane lists suspicious transactions, newest first. It renders only
// the rows on screen and keeps its cursor as a distance from the newest
// alert, so neither a frame nor a state update costs more as alerts pile up.
type AlertsPane struct {
	paneBase

	cursor int // selected row, counted from the newest (0 = newest)
	offset int // row shown at the top, counted from the newest

	seen    int    // alerts of the state already examined
	filter  string // the filter as typed; "" shows everything
	terms   []string
	matches []int // indices into State.Alerts that match the filter, oldest first

	drawn rowCache
}

// rowCache keeps the rows of the last frame, drawn: an alert never changes
// once recorded, so a frame draws only the rows whose alert, marks or
// layout differ from the frame before (one as a new alert arrives, none as
// the clock ticks), and holds no more than the rows on screen.
type rowCache struct {
	styles     *themes.Styles
	prev, next map[rowID]*drawnRow
}

// rowID names an alert in the state: its place, event and transaction, so
// a replay that rebuilds a different history never reuses a row.
type rowID struct {
	idx int
	seq uint64
	tx  common.Hash
}

// rowLook is what else a row's drawing depends on.
type rowLook struct {
	marks                 rowMarks
	highlight, selected   bool
	width, blockW, valueW int
	showTime              bool
}

type drawnRow struct {
	value  string // the outflow, formatted
	drawn  bool
	look   rowLook
	l1, l2 string
}

// get returns the alert's row of this frame, carried over from the last.
func (c *rowCache) get(st *themes.Styles, idx int, a *session.AlertEntry) *drawnRow {
	if c.styles != st || c.prev == nil {
		c.styles, c.prev, c.next = st, map[rowID]*drawnRow{}, map[rowID]*drawnRow{}
	}
	id := rowID{idx, a.Seq, a.TxHash}
	r := c.next[id]
	if r == nil {
		if r = c.prev[id]; r == nil {
			r = &drawnRow{value: chain.FormatEther(a.Outflow, 3)}
		}
		c.next[id] = r
	}
	return r
}

// draw returns the row's two lines for look, drawing them when they differ.
func (r *drawnRow) draw(st *themes.Styles, a *session.AlertEntry, look rowLook) (string, string) {
	if !r.drawn || r.look != look {
		r.l1, r.l2 = alertRow(st, a, look.marks, look.highlight, look.selected, look.width, look.blockW, look.valueW, look.showTime)
		r.drawn, r.look = true, look
	}
	return r.l1, r.l2
}

// done ends a frame: its rows are the ones the next frame starts from.
func (c *rowCache) done() {
	c.prev, c.next = c.next, c.prev
	clear(c.next)
}

// NewAlertsPane returns an empty pane.
func NewAlertsPane(c *Common) *AlertsPane {
	return &AlertsPane{paneBase: newPaneBase(c)}
}

// Title names the pane.
func (p *AlertsPane) Title() string { return "Suspicious transactions" }

// SetSize sets the pane's outer size.
func (p *AlertsPane) SetSize(w, h int) {
	p.w, p.h = w, h
	p.clamp()
}

// SetState takes the newest state. Only alerts appended since the last call
// are examined. With the cursor on the newest alert it stays there, so new
// alerts come into view; otherwise the selection stays on the same alert.
func (p *AlertsPane) SetState(s *session.State) {
	n := len(s.Alerts)
	if n < p.seen {
		// A different history (a replay seeking back): start over.
		p.seen, p.cursor, p.offset, p.matches = 0, 0, 0, nil
	}
	added := n - p.seen
	if p.filtering() {
		added = 0
		for i := p.seen; i < n; i++ {
			if alertMatches(&s.Alerts[i], p.terms) {
				p.matches = append(p.matches, i)
				added++
			}
		}
	}
	p.state, p.seen = s, n
	if p.cursor > 0 {
		p.cursor += added
		p.offset += added
	}
	p.clamp()
}

// SetFilter shows only the alerts matching every space-separated term of q
// (severity, contract, method, rule, sender, tx hash, "reverted"). It scans
// the history once; later updates only look at new alerts.
func (p *AlertsPane) SetFilter(q string) {
	p.filter = strings.TrimSpace(q)
	p.terms = strings.Fields(strings.ToLower(p.filter))
	p.matches = nil
	if p.filtering() {
		for i := range p.state.Alerts[:p.seen] {
			if alertMatches(&p.state.Alerts[i], p.terms) {
				p.matches = append(p.matches, i)
			}
		}
	}
	p.cursor, p.offset = 0, 0
}

// Filter is the filter in force, "" for none.
func (p *AlertsPane) Filter() string { return p.filter }

func (p *AlertsPane) filtering() bool { return len(p.terms) > 0 }

// Len is the number of rows the pane can show.
func (p *AlertsPane) Len() int {
	if p.filtering() {
		return len(p.matches)
	}
	return p.seen
}

// at returns the i-th row counted from the newest.
func (p *AlertsPane) at(i int) *session.AlertEntry {
	n := p.Len()
	if i < 0 || i >= n {
		return nil
	}
	if p.filtering() {
		return &p.state.Alerts[p.matches[n-1-i]]
	}
	return &p.state.Alerts[n-1-i]
}

// index is the i-th row's index in the state's alerts.
func (p *AlertsPane) index(i int) int {
	n := p.Len()
	if p.filtering() {
		return p.matches[n-1-i]
	}
	return n - 1 - i
}

// Selected is the alert under the cursor, nil when there is none.
func (p *AlertsPane) Selected() *session.AlertEntry { return p.at(p.cursor) }

// Cursor is the selected row, counted from the newest.
func (p *AlertsPane) Cursor() int { return p.cursor }

// rows is how many alerts fit: two lines each, under the column header.
func (p *AlertsPane) rows() int { return max(1, (p.h-3)/2) }

func (p *AlertsPane) clamp() {
	n := p.Len()
	p.cursor = max(0, min(p.cursor, n-1))
	rows := p.rows()
	if p.cursor < p.offset {
		p.offset = p.cursor
	}
	if p.cursor >= p.offset+rows {
		p.offset = p.cursor - rows + 1
	}
	p.offset = max(0, min(p.offset, n-rows))
}

// Update moves the cursor and opens the detail of the selected alert.
func (p *AlertsPane) Update(msg tea.Msg) (*AlertsPane, tea.Cmd) {
	km, ok := msg.(tea.KeyMsg)
	if !ok {
		return p, nil
	}
	k := p.c.Keys
	switch {
	case key.Matches(km, k.Up):
		p.cursor--
	case key.Matches(km, k.Down):
		p.cursor++
	case key.Matches(km, k.PageUp):
		p.cursor -= p.rows()
	case key.Matches(km, k.PageDown):
		p.cursor += p.rows()
	case key.Matches(km, k.Top):
		p.cursor = 0
	case key.Matches(km, k.Bottom):
		p.cursor = p.Len() - 1
	case key.Matches(km, k.Details):
		a := p.Selected()
		if a == nil {
			return p, nil
		}
		// The state keeps what the list shows; the evidence is read back
		// from the journal, one line.
		full, err := p.c.Session.Evidence(a)
		if err != nil {
			return p, say(backendResultMsg{err: fmt.Errorf("the detail of tx %s cannot be read from the journal: %w", chain.ShortHash(a.TxHash), err)})
		}
		return p, tea.Batch(
			say(openOverlayMsg{overlay: NewDetailOverlay(p.c, full), what: "transaction detail"}),
			acknowledgeCmd(p.c.Session, a.TxHash),
		)
	}
	p.clamp()
	return p, nil
}

func acknowledgeCmd(b Session, tx common.Hash) tea.Cmd {
	return func() tea.Msg {
		if err := b.Acknowledge(tx); err != nil {
			return backendResultMsg{err: fmt.Errorf("acknowledge tx %s: %w", chain.ShortHash(tx), err)}
		}
		return backendResultMsg{}
	}
}

// ShortHelp lists the pane's main keys.
func (p *AlertsPane) ShortHelp() []key.Binding {
	k := p.c.Keys
	return []key.Binding{k.Up, k.Down, k.Details, k.Filter}
}

// FullHelp lists all the pane's keys. The list runs newest first, so the
// first row is the newest alert and the last the oldest.
func (p *AlertsPane) FullHelp() [][]key.Binding {
	k := p.c.Keys
	return [][]key.Binding{{k.Up, k.Down, k.PageUp, k.PageDown, withHelp(k.Top, "newest"), withHelp(k.Bottom, "oldest"), k.Details, k.Filter}}
}

// View renders the visible rows only.
func (p *AlertsPane) View() string {
	st, k := p.c.Styles, p.c.Keys
	inner := p.w - 2
	n := p.Len()
	blockW := p.blockWidth()
	showTime := inner >= 60
	rows := p.rows()
	// The outflow column is as wide as the widest amount on screen.
	valW := len("OUTFLOW")
	end := min(n, p.offset+rows)
	for i := p.offset; i < end; i++ {
		valW = max(valW, Width(p.drawn.get(st, p.index(i), p.at(i)).value))
	}

	lines := make([]string, 0, p.h)
	lines = append(lines, st.ColumnHeader.Render(Fit(alertHeader(inner, blockW, valW, showTime), inner)))
	for i := p.offset; i < end; i++ {
		a, idx := p.at(i), p.index(i)
		l1, l2 := p.drawn.get(st, idx, a).draw(st, a, rowLook{
			marks:     rowMarks{acked: p.state.Acknowledged(a.TxHash), dropped: p.state.DroppedBy(idx) != nil},
			highlight: i == p.cursor && p.focused, selected: i == p.cursor,
			width: inner, blockW: blockW, valueW: valW, showTime: showTime,
		})
		lines = append(lines, l1, l2)
	}
	p.drawn.done()
	if n == 0 {
		msg := "  no suspicious transactions yet"
		if p.filtering() {
			msg = fmt.Sprintf("  no transaction matches %q (%s then %s clears the filter)", p.filter, keyName(k.Filter), keyName(k.Cancel))
		}
		lines = append(lines, st.Muted.Render(msg))
	}

	title := fmt.Sprintf("%s · %s", p.Title(), chain.FormatUint(uint64(p.seen)))
	if p.filtering() {
		title = fmt.Sprintf("%s · filter %q: %s of %s", p.Title(), p.filter, chain.FormatUint(uint64(n)), chain.FormatUint(uint64(p.seen)))
	}
	hint := "newest first"
	if n > 0 {
		hint = fmt.Sprintf("%s of %s · newest first", chain.FormatUint(uint64(p.cursor+1)), chain.FormatUint(uint64(n)))
	}
	return paneBox(p.c, title, hint, lines, p.w, p.h, p.focused)
}

// blockWidth fits "#<block>" for every block on screen: the head's number
// has the most digits.
func (p *AlertsPane) blockWidth() int {
	b := p.state.Head.Number
	if a := p.at(0); a != nil {
		b = max(b, a.Block)
	}
	return max(5, 1+len(strconv.FormatUint(b, 10)))
}

// Column widths of an alert row's first line; the outflow's follows the
// amounts on screen.
const (
	sevWidth   = 6 // "◉ CRIT"
	clockWidth = 8 // "12:00:07"
)

func alertHeader(width, blockW, valueWidth int, showTime bool) string {
	var b strings.Builder
	b.WriteString("  ")
	b.WriteString(PadRight("SEV", sevWidth) + " ")
	b.WriteString(PadRight("BLOCK", blockW) + " ")
	if showTime {
		b.WriteString(PadRight("UTC", clockWidth) + " ")
	}
	flowW := width - Width(b.String()) - 1 - valueWidth
	flow := "FROM → CONTRACT.METHOD"
	if flowW < minFlowWithSender { // too narrow for the sender: rows show "→ Contract.method"
		flow = "→ CONTRACT.METHOD"
	}
	b.WriteString(PadRight(flow, flowW) + " ")
	b.WriteString(PadLeft("OUTFLOW", valueWidth))
	return b.String()
}

// alertRow renders an alert as two lines of exactly width columns:
//
//	▸ ◉ CRIT #104  12:00:07 0x7a3c…91fe → Vault.withdraw       27.000 ETH
//	    ✓ ack · reentrancy +1: Vault re-entered 2× by Attacker while withdraw()…
//
// highlight paints the row as the cursor row; selected only sets the marker.
func alertRow(st *themes.Styles, a *session.AlertEntry, m rowMarks, highlight, selected bool, width, blockW, valueWidth int, showTime bool) (string, string) {
	cur := "  "
	if selected {
		cur = "▸ "
	}
	sev := SeverityTag(a.Severity)
	block := PadRight("#"+strconv.FormatUint(a.Block, 10), blockW)
	clock := ""
	if showTime {
		// When the alert was seen, not the block's own timestamp: a dev
		// chain's run ahead of the clock at fast block times.
		clock = UTCClock(a.Seen) + " "
	}
	value := chain.FormatEther(a.Outflow, 3)
	valW := max(valueWidth, Width(value))
	flowW := width - 2 - sevWidth - 1 - blockW - 1 - Width(clock) - 1 - valW
	flow := Fit(alertFlow(a, flowW), flowW)

	var marks []string
	if m.dropped {
		marks = append(marks, "✗ dropped by a reorg")
	}
	if a.Reverted {
		marks = append(marks, "✗ reverted")
	}
	if m.acked {
		marks = append(marks, "✓ ack")
	}
	rule := a.Rule
	if a.Findings > 1 {
		rule += fmt.Sprintf(" +%d", a.Findings-1)
	}
	const indent = "    "
	prefix := indent
	if len(marks) > 0 {
		prefix += strings.Join(marks, " · ") + " · "
	}
	reasonW := width - Width(prefix) - Width(rule) - 2

	if highlight {
		l1 := cur + sev + " " + block + " " + clock + flow + " " + PadLeft(value, valW)
		l2 := prefix + rule + ": " + Truncate(a.Reason, reasonW)
		return st.Selected.Render(Fit(l1, width)), st.Selected.Render(Fit(l2, width))
	}

	dim := a.Reverted || m.dropped
	text := st.Text
	if dim {
		text = st.Reverted
	}
	var b strings.Builder
	b.WriteString(cur)
	b.WriteString(severityStyle(st, a.Severity).Render(sev))
	b.WriteString(" ")
	b.WriteString(text.Render(block + " " + clock + flow + " "))
	valSt := text
	if !dim && a.Outflow != nil && a.Outflow.Sign() > 0 && a.Severity >= chain.High {
		valSt = st.Loss
	}
	b.WriteString(valSt.Render(PadLeft(value, valW)))

	var c strings.Builder
	c.WriteString(indent)
	for _, m := range marks {
		s := st.Acked
		if strings.HasPrefix(m, "✗") {
			s = st.Bold
		}
		c.WriteString(s.Render(m))
		c.WriteString(st.Muted.Render(" · "))
	}
	ruleSt := st.Bold
	if dim {
		ruleSt = st.Reverted
	}
	c.WriteString(ruleSt.Render(rule))
	c.WriteString(st.Muted.Render(": " + Truncate(a.Reason, reasonW)))
	return b.String(), c.String()
}

// rowMarks are what the session says of an alert beyond the alert itself.
type rowMarks struct {
	acked   bool
	dropped bool // its block is no longer on the chain
}

// minFlowWithSender is the narrowest flow column that shows the sender:
// "0x1234…abcd → Vault…".
const minFlowWithSender = 20

// alertFlow is "0x1234…abcd → Contract.method". When that does not fit, the
// method list is shortened first (to the method the top finding is about,
// then cut): who sent it is what a responder acts on. Only a pane too
// narrow for the sender and a contract name drops the sender.
func alertFlow(a *session.AlertEntry, width int) string {
	from := chain.ShortAddr(a.From) + " → "
	if width < minFlowWithSender {
		return Truncate("→ "+alertTarget(a.ContractName, a.Contract, a.Method, a.TopMethod, width-2), width)
	}
	return from + alertTarget(a.ContractName, a.Contract, a.Method, a.TopMethod, width-Width(from))
}

// alertTarget is "Contract.method" of the watched contract the alert is
// about, in at most width columns: "Vault.deposit,withdraw", else
// "Vault.withdraw+1" (the method of the top finding and how many others),
// else cut.
func alertTarget(name string, contract common.Address, method, topMethod string, width int) string {
	if name == "" {
		name = chain.ShortAddr(contract)
	}
	if method == "" {
		return Truncate(name, width)
	}
	if full := name + "." + method; Width(full) <= width {
		return full
	}
	methods := strings.Split(method, ",")
	if len(methods) > 1 {
		key := methods[len(methods)-1]
		if m := topMethod; m != "" && slices.Contains(methods, m) {
			key = m
		}
		if short := fmt.Sprintf("%s.%s+%d", name, key, len(methods)-1); Width(short) <= width {
			return short
		}
		return Truncate(name+"."+key, width)
	}
	return Truncate(name+"."+method, width)
}

func severityStyle(st *themes.Styles, s chain.Severity) lipgloss.Style {
	switch s {
	case chain.Critical:
		return st.Critical
	case chain.High:
		return st.High
	case chain.Medium:
		return st.Medium
	case chain.Low:
		return st.Low
	}
	return st.Info
}

// alertMatches reports whether every term (lowercase) is found in one of the
// alert's fields.
func alertMatches(a *session.AlertEntry, terms []string) bool {
	for _, t := range terms {
		if !alertHas(a, t) {
			return false
		}
	}
	return true
}

func alertHas(a *session.AlertEntry, t string) bool {
	if strings.Contains(strings.ToLower(SeverityLabel(a.Severity)), t) ||
		strings.Contains(a.Severity.String(), t) ||
		strings.Contains(strings.ToLower(a.ContractName), t) ||
		strings.Contains(strings.ToLower(a.Method), t) ||
		(a.Reverted && strings.Contains("reverted", t)) {
		return true
	}
	if strings.Contains(strings.ToLower(a.Rules), t) {
		return true
	}
	// A number is a block: "16" or "#16". Hex needs 0x or a letter a-f.
	if n, err := strconv.ParseUint(strings.TrimPrefix(t, "#"), 10, 64); err == nil {
		return n == a.Block
	}
	if h := strings.TrimPrefix(t, "0x"); isHex(h) && (strings.HasPrefix(t, "0x") || len(t) >= 4) {
		return strings.Contains(hexutil.Encode(a.TxHash[:]), h) || alertAddressHas(a, h)
	}
	return false
}

// alertAddressHas reports whether any address in the transaction contains
// t (lowercase hex digits, without 0x): the sender, the address called,
// the watched contract, and the parties of its evidence (every address in
// the findings, the trace, the balance changes and the logs).
func alertAddressHas(a *session.AlertEntry, t string) bool {
	has := func(addr common.Address) bool { return strings.Contains(hexutil.Encode(addr[:]), t) }
	if has(a.From) || has(a.Contract) || (a.To != nil && has(*a.To)) {
		return true
	}
	return slices.ContainsFunc(a.Parties, has)
}

func isHex(s string) bool {
	for _, c := range s {
		if !('0' <= c && c <= '9' || 'a' <= c && c <= 'f') {
			return false
		}
	}
	return s != ""
}
