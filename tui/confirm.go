package tui

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/viewport"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"

	"warroom/chain"
	"warroom/session"
	"warroom/themes"
)

// ConfirmOverlay shows exactly what a plan will sign and send. The Confirm
// key sends it; any other key cancels. Either way the dialog answers the
// workflow that opened it, through its answer function, so a pause and a
// deployment share the one dialog. When the transactions do not fit on
// screen the scrolling keys scroll, and Confirm waits until the responder
// has scrolled to the end.
type ConfirmOverlay struct {
	c       *Common
	plan    *session.Plan
	chainID uint64 // the session's chain, to flag a plan for another chain
	answer  confirmAnswer
	vp      viewport.Model
	w       int
	nag     bool // Confirm was pressed before the end was seen
}

// confirmAnswer is the message the confirm dialog sends for plan p: yes
// when the responder confirmed, no when they cancelled. It is how the
// answer reaches the workflow that asked (pauseAnswer, deployAnswer).
type confirmAnswer func(p *session.Plan, yes bool) tea.Msg

// NewConfirmOverlay opens the confirm dialog of a plan; answer makes the
// message for the workflow that asked.
func NewConfirmOverlay(c *Common, p *session.Plan, sessionChainID uint64, answer confirmAnswer) *ConfirmOverlay {
	o := &ConfirmOverlay{c: c, plan: p, chainID: sessionChainID, answer: answer, vp: viewport.New(0, 0)}
	o.vp.KeyMap = scrollKeys(c.Keys)
	o.vp.MouseWheelEnabled = false
	o.SetSize(c.Width, c.Height)
	return o
}

// SetSize fits the dialog to the terminal.
func (o *ConfirmOverlay) SetSize(w, h int) {
	o.w = max(40, min(104, w-6))
	lines := confirmLines(o.c.Styles, o.plan, o.chainID, o.w-4)
	o.vp.Width = o.w - 4
	o.vp.Height = max(3, min(len(lines), h-8))
	o.vp.SetContent(strings.Join(lines, "\n"))
}

// HandleKey: Confirm signs and sends, scrolling keys scroll when there is
// more to read, anything else cancels.
func (o *ConfirmOverlay) HandleKey(msg tea.KeyMsg) (bool, tea.Cmd) {
	k := o.c.Keys
	switch {
	case key.Matches(msg, k.Confirm):
		if scrollable(&o.vp) && !o.vp.AtBottom() {
			o.nag = true
			return false, nil
		}
		return true, say(o.answer(o.plan, true))
	case scrollable(&o.vp) && key.Matches(msg, k.Up, k.Down, k.PageUp, k.PageDown):
		o.vp, _ = o.vp.Update(msg)
		return false, nil
	}
	return true, say(o.answer(o.plan, false))
}

// cancelledStatus is the status line of a plan the responder did not confirm.
func cancelledStatus(p *session.Plan) statusMsg {
	return statusMsg{statusOK, p.ID + " cancelled: nothing was sent"}
}

// ShortHelp lists the dialog's keys.
func (o *ConfirmOverlay) ShortHelp() []key.Binding {
	k := o.c.Keys
	return []key.Binding{k.Confirm}
}

// FullHelp lists the dialog's keys.
func (o *ConfirmOverlay) FullHelp() [][]key.Binding {
	k := o.c.Keys
	return [][]key.Binding{{k.Confirm, withHelp(k.Up, "scroll up (long plans)"), withHelp(k.Down, "scroll down (long plans)")}}
}

// View renders the dialog.
func (o *ConfirmOverlay) View() string {
	st, k := o.c.Styles, o.c.Keys
	yes, down := keyName(k.Confirm), firstKey(k.Down)
	n := len(o.plan.Txs)
	title := st.Danger.Render(fmt.Sprintf(" %s — sign and send %s? ", actionTitle(o.plan.Action), plural(n, "transaction", "transactions")))
	if o.plan.SpeedsUp != "" {
		title = st.Danger.Render(fmt.Sprintf(" Speed up %s — sign and send %s? ", o.plan.SpeedsUp, plural(n, "replacement", "replacements")))
	}
	lines := strings.Split(o.vp.View(), "\n")
	lines = append(lines, "")
	switch {
	case o.nag:
		lines = append(lines, st.StatusError.Render("scroll to the end first ("+down+"): every transaction must be seen before "+yes)+st.Muted.Render(" · any other key cancels"))
	case scrollable(&o.vp) && !o.vp.AtBottom():
		lines = append(lines, st.Bold.Render(down+" read on: more below")+st.Muted.Render(" · "+yes+" works once the end is shown · any other key cancels"))
	default:
		lines = append(lines, st.HelpKey.Render(yes)+st.Bold.Render(" sign and send")+st.Muted.Render(" · any other key cancels"))
	}
	return dialog(o.c, title, lines, o.w, scrollHint(&o.vp))
}

func actionTitle(action string) string {
	if action == "" {
		return "Action"
	}
	return strings.ToUpper(action[:1]) + action[1:]
}

// confirmLines renders every transaction of a plan with every field a
// person would check before signing, for a dialog width columns wide.
func confirmLines(st *themes.Styles, p *session.Plan, sessionChainID uint64, width int) []string {
	var out []string
	add := func(l ...string) { out = append(out, l...) }
	const labelW = 14
	f := newFields(st, labelW, width, add)
	field, hexField := f.field, f.hex

	head := "action " + st.Bold.Render(p.ID)
	if p.Auto {
		head += st.Muted.Render(" · asked by the circuit breaker, not a person")
	}
	add(head)
	if p.Reason != "" {
		for _, l := range Wrap("reason: "+p.Reason, width, 0) {
			add(st.Muted.Render(l))
		}
	}

	for i := range p.Txs {
		tx := &p.Txs[i]
		add("", st.Bold.Render(fmt.Sprintf("Transaction %d of %d", i+1, len(p.Txs))))
		if tx.Creates != nil {
			// A deployment has no target: it creates a contract.
			field("creates", "contract at "+tx.Creates.Hex(), st.Bold.Render)
		} else {
			target := tx.To.Hex()
			if tx.ContractName != "" {
				target = tx.ContractName + " " + target
			}
			field("target", target, st.Bold.Render)
		}
		field("call", callSignature(&tx.Call), st.Bold.Render)
		argLines(st, tx.Call.Args, width, add)
		for j := range tx.Call.Inner {
			// What the call carries, layer by layer: a Safe transaction's
			// timelock call, the proxy's upgrade, the initializer.
			name := tx.Call.Target
			if name == "" {
				name = tx.To.Hex()
			}
			callLayers(st, name, &tx.Call.Inner[j], 1, 2, width, add)
		}
		if n, hash, ok := creationCode(tx); ok {
			// Thousands of hex digits nobody reads: their size and hash,
			// which a signer can compare with the artifact's; the hashes
			// below commit to every byte.
			field("data", "creation code, "+chain.FormatUint(uint64(n))+" bytes; its keccak256:")
			hexField("code hash", hash.Hex())
		} else {
			hexField("data", tx.Data)
		}
		field("value", chain.FormatEtherExact(tx.Value)+" ("+chain.FormatWei(tx.Value)+")")
		field("signer", tx.Signer.Hex())
		chainID := strconv.FormatUint(tx.ChainID, 10)
		if sessionChainID != 0 && tx.ChainID != sessionChainID {
			field("chain id", chainID+"  ⚠ NOT this session's chain "+strconv.FormatUint(sessionChainID, 10), st.Danger.Render)
		} else {
			field("chain id", chainID)
		}
		field("nonce", strconv.FormatUint(tx.Nonce, 10))
		field("gas limit", chain.FormatUint(tx.Gas))
		if i < len(p.Replaces) {
			// A speed-up: what it replaces, and the fees old → new.
			replacementLines(f, p.Replaces[i], tx)
		} else {
			field("max fee", chain.FormatGwei(tx.MaxFee)+" per gas")
			field("priority fee", chain.FormatGwei(tx.MaxTip)+" per gas")
		}
		cost := tx.MaxCost()
		field("max cost", chain.FormatEtherExact(cost)+" ("+chain.FormatWei(cost)+")")
		hexField("tx hash", tx.Hash.Hex())
		hexField("signing hash", tx.SigningHash.Hex())
	}
	return out
}

// creationCode is the size and keccak256 hash of a deployment's creation
// code; ok is false for a plan that creates nothing.
func creationCode(tx *chain.TxPlan) (size int, hash common.Hash, ok bool) {
	if tx.Creates == nil {
		return 0, common.Hash{}, false
	}
	code, err := hexutil.Decode(tx.Data)
	if err != nil {
		return 0, common.Hash{}, false
	}
	return len(code), crypto.Keccak256Hash(code), true
}

func callSignature(c *chain.DecodedCall) string {
	sig := c.Signature
	if sig == "" {
		sig = c.Method
	}
	if !c.Known {
		sig += "  (not decoded: unknown selector)"
	}
	return sig
}
