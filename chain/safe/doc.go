// Package safe is the Safe{Wallet} multisig (Safe 1.3 and later) as the
// console sees it: reading a Safe's owners, threshold and nonce through the
// generated Safe 1.4.1 binding, and the Safe transaction model.
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
// Signatures in every form a Safe accepts, nested Safes and the post-Bybit
// warnings will live here too, used by the approvals board, warroom sign and
// warroom verify alike.
package safe
