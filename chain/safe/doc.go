// Package safe is the Safe{Wallet} multisig (Safe 1.3 and later) as the
// console sees it: reading a Safe's owners, threshold and nonce through the
// generated Safe 1.4.1 binding. The Safe transaction model, its EIP-712
// hashes, signatures and the post-Bybit warnings will live here too, used
// by the approvals board, warroom sign and warroom verify alike.
package safe
