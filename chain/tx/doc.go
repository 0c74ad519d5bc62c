// Package tx signs and sends transactions: a Signer that holds a key and
// never shows it, Plan which builds and signs one transaction exactly as it
// will be sent (what a confirm dialog shows; PlanWith offers a chosen tip
// and names custom errors), SpeedUp which re-signs a pending one at higher
// fees to replace it, an Account that sends with nonces it tracks itself
// (deployments, drill traffic), WaitMined and WaitAnyMined (a transaction
// and its replacements), and the reasons of reverts: CallError for a call
// that would revert, WhyReverted and RevertReason for a mined one, both
// decoded by chain/shadow's DecodeRevert.
package tx
