// Package safe is the Safe{Wallet} multisig (Safe 1.3 and later) as the
// console sees it: reading a Safe's owners, threshold, nonce and approved
// hashes through the generated Safe 1.4.1 binding, the Safe transaction
// model and its hashes, signatures in every form a Safe accepts, nested
// Safes, and the warnings a signer should read before signing. It has no
// screen and no session: the approvals board, warroom sign, warroom verify
// and the responder all use it.
//
// # Hashes
//
// A Safe transaction is a chain.SafeTx (the vocabulary carries it through
// events and the console); the behaviour is here. Hash computes its EIP-712
// hashes locally with go-ethereum's encoder (signer/core/apitypes):
//
//	domain   = hashStruct(EIP712Domain(uint256 chainId,address verifyingContract))
//	message  = hashStruct(SafeTx(address to,uint256 value,bytes data,uint8 operation,
//	           uint256 safeTxGas,uint256 baseGas,uint256 gasPrice,address gasToken,
//	           address refundReceiver,uint256 nonce))
//	safeTxHash = keccak256(0x19 ‖ 0x01 ‖ domain ‖ message)
//
// and Fill stores them in the transaction. Whenever a chain is at hand,
// Verify checks the local hash against the Safe's own getTransactionHash
// and refuses (ErrHashMismatch) when they differ. ExecTransactionData packs
// execTransaction with the owners' signatures.
//
// # Signatures
//
// Parse reads pasted hex (one signature or several concatenated) the way
// the Safe's checkNSignatures splits execTransaction's signatures bytes,
// and tells the forms apart by v exactly as it does:
//
//	v 27, 28   ecdsa          ECDSA over the safeTxHash
//	v 31, 32   eth_sign       ECDSA over keccak256("\x19Ethereum Signed Message:\n32" ‖ safeTxHash), recovered with v − 4
//	v 1        approved_hash  r = owner; the owner called approveHash(safeTxHash), or sends execTransaction
//	v 0        contract       r = owner contract, s = offset of its data; checked by its EIP-1271 isValidSignature
//
// Any other v is refused (ErrUnsupportedV): the Safe's ecrecover would
// recover nothing. A Verifier checks signatures of one transaction against
// the Safe's owners, given offline (NewVerifier with a chain.SafeState) or
// read from the chain (ReadVerifier, which also checks the hash against the
// Safe's). Approved hashes (approvedHashes) and contract signatures
// (isValidSignature, the legacy bytes variant up to 1.4.1, the bytes32 one
// from 1.5) need the chain, through a narrow ethereum.ContractCaller;
// offline they are reported with their signer and form but not counted
// (ErrUnchecked). A high-s ECDSA signature counts, as the Safe's ecrecover
// accepts it, with a warning, and is sent as its low-s twin. Each check
// gives a Result (signer, form, valid, reason, warnings) whose Err wraps
// one sentinel error.
//
// Signatures collects the signatures of one transaction: one count per
// owner (ErrDuplicateSigner for a second), none for non-owners, and Encode
// (or ExecTransactionData) gives the signatures bytes sorted by signer
// ascending with contract signatures' data after the static part, refusing
// below the threshold (ErrBelowThreshold) rather than sending a transaction
// the Safe would revert.
//
// # Nested Safes
//
// An owner that is itself a Safe (the child) approves a parent transaction
// through its own transaction calling approveHash(parent safeTxHash) on
// the parent: NewNested builds it at the child's nonce with its own hashes,
// and Nested.Approval is the parent's signature from the child (v 1, r =
// child) once it has executed. A child can also sign off chain:
// ContractMessageHash is what its owners sign, ContractSignature (v 0)
// wraps their packed signatures for the parent.
//
// # Warnings
//
// Warnings is a pure function of a transaction and what the caller knows
// (Known: extra library addresses, the Safe's state, the queue), giving
// stable codes as post-Bybit verifiers warn: delegatecall to anything but
// a known MultiSend, MultiSendCallOnly, SignMessageLib or migration library
// (CanonicalLibraries lists Safe's own deployments); owner, threshold,
// module, guard and fallback-handler changes, also inside a MultiSend
// batch; hidden payments through gas refunds; a nonce that is not the
// Safe's next or is shared by another queued transaction.
//
// # Files for cosigners
//
// WriteBatchFile writes Safe transactions as a Safe{Wallet} Transaction
// Builder batch file (with its checksum), each carrying the exact Safe
// transaction fields and its expected safeTxHash in a "warroom" object the
// Transaction Builder ignores; ReadFile reads such a file, or a Safe
// Transaction Service multisig transaction, for warroom verify and warroom
// sign. The Transaction Builder would submit a whole batch as one
// MultiSend, so a route's transactions are signed one by one, never as
// its batch.
package safe
