package tui

import (
	"fmt"
	"strings"

	"github.com/ethereum/go-ethereum/common"

	"warroom/chain"
	"warroom/session"
	"warroom/themes"
)

// RequestLines render a Safe request on the approvals board: what its
// proposer says it does beside what it does (operation, target, the call
// decoded layer by layer, the hashes to be signed), the verifier's
// warnings, and who has signed. The claim is shown as a claim, never as
// the description.
func RequestLines(st *themes.Styles, s *session.State, q *session.Request, me common.Address, width int) []string {
	var out []string
	add := func(l ...string) { out = append(out, l...) }
	const labelW = 15
	f := newFields(st, labelW, width, add)
	tx := &q.Tx

	status := st.High.Render("waiting for your signature or refusal")
	switch {
	case q.Refused != nil:
		status = st.Done.Render("✓ refused by " + q.Refused.By + ": nothing signed")
	case q.Signed != nil:
		status = st.Critical.Render("signed by " + q.Signed.By)
	}
	add(st.Bold.Render(fmt.Sprintf("Safe request %s · from %s, proposed by %s · nonce %d", q.ID, q.Source, q.Proposer, tx.Nonce)))
	f.field("status", status)
	f.field("they say", "“"+q.Claimed+"”", st.Muted.Render)
	op := "CALL"
	render := st.Text.Render
	if tx.Operation == chain.SafeDelegateCall {
		op, render = "DELEGATECALL: the target's code runs as the Safe, on the Safe's own storage", st.Critical.Render
	}
	f.field("operation", op, render)
	f.field("safe", "Safe "+tx.Safe.Hex(), st.Text.Render)
	f.field("value", chain.FormatEther(tx.Value, 6), st.Text.Render)
	f.hex("domain hash", tx.DomainHash.Hex())
	f.hex("message hash", tx.MessageHash.Hex())
	f.hex("safeTxHash", tx.SafeTxHash.Hex())
	add("  " + st.Label.Render(PadRight("decoded", labelW)) + st.Muted.Render("what it does, layer by layer:"))
	callLayers(st, "Safe "+tx.Safe.Hex(), &tx.Call, 0, 2+labelW, width, add)
	if len(q.Warnings) == 0 {
		f.field("warnings", "none", st.Done.Render)
	}
	for _, w := range q.Warnings {
		f.field("warnings", "⚠ "+w.Message, st.Critical.Render)
	}
	threshold := uint64(0)
	if s.Protocol.Safe != nil {
		threshold = s.Protocol.Safe.Threshold
	}
	sigs := q.AllSignatures()
	add("  " + st.Label.Render(PadRight("signed", labelW)) + st.Text.Render(fmt.Sprintf("%d of %d %s", len(sigs), threshold, meter(len(sigs), int(threshold)))))
	for _, sg := range sigs {
		who := sg.By
		if sg.Owner == me {
			who += " (you)"
		}
		add(strings.Repeat(" ", 2+labelW) + st.Muted.Render("✓ "+sg.Owner.Hex()+" "+who))
	}
	if q.Open() && threshold > 0 && uint64(len(sigs))+1 >= threshold {
		add(st.High.Render(Truncate(fmt.Sprintf("Your signature is the one it lacks: with it anyone can execute it."), width)))
	}
	return out
}

// requestNext is the board's prompt for an open request.
func requestNext(st *themes.Styles, k *KeyMap, q *session.Request, armed bool) string {
	if armed {
		return st.Critical.Render(fmt.Sprintf("sign safeTxHash %s as your owner? %s signs, any other key cancels", q.Tx.SafeTxHash.Hex(), keyName(k.Confirm)))
	}
	return st.Bold.Render(fmt.Sprintf("%s refuses it · %s signs it (asks once more)", keyName(k.Refuse), keyName(k.Sign)))
}
