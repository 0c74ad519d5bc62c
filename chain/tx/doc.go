// Package tx signs and sends transactions: a Signer that holds a key and
// never shows it, Plan which builds and signs one transaction exactly as it
// will be sent (what a confirm dialog shows), an Account that sends with
// nonces it tracks itself (deployments, drill traffic), and WaitMined.
package tx
