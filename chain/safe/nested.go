package safe

import (
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"warroom/chain"
	"warroom/chain/contracts"
)

// SafeMessageType is the EIP-712 type a Safe's fallback handler hashes a
// message with before its owners sign it (SAFE_MSG_TYPEHASH).
const SafeMessageType = "SafeMessage(bytes message)"

// ApproveHashData is the calldata of approveHash(hash) on a Safe.
func ApproveHashData(hash common.Hash) []byte {
	return contracts.NewSafe().PackApproveHash(hash)
}

// Nested is a parent Safe's transaction and the transaction one of its
// owners that is itself a Safe (the child) executes to approve it: a call
// from the child to the parent, approveHash(parent's safeTxHash), at the
// child's nonce. Once Child has executed, the parent takes Approval (v 1,
// r = child) as the child's signature. Each level has its own hashes,
// owners and threshold: check Child's signatures with a Verifier for the
// child Safe, Parent's with one for the parent.
type Nested struct {
	Parent chain.SafeTx `json:"parent"`
	Child  chain.SafeTx `json:"child"`
}

// NewNested builds the child Safe's approval of parent: child is the
// owner Safe, childNonce its next nonce. Both transactions' hashes are
// filled, and Child's call is decoded.
func NewNested(parent *chain.SafeTx, child common.Address, childNonce uint64) (*Nested, error) {
	n := &Nested{Parent: *parent}
	if err := Fill(&n.Parent); err != nil {
		return nil, err
	}
	if child == (common.Address{}) || child == n.Parent.Safe {
		return nil, fmt.Errorf("%w: nested Safe %s; want an owner Safe other than the parent %s", ErrInvalidTx, child.Hex(), n.Parent.Safe.Hex())
	}
	c, err := NewCall(n.Parent.ChainID, child, n.Parent.Safe, new(big.Int), ApproveHashData(n.Parent.SafeTxHash), childNonce)
	if err != nil {
		return nil, err
	}
	to := n.Parent.Safe
	c.Call = chain.DecodedCall{Signature: "approveHash(bytes32)", Method: "approveHash", Known: true, Target: "Safe", To: &to,
		Args: []chain.Arg{{Name: "hashToApprove", Type: "bytes32", Value: n.Parent.SafeTxHash.Hex()}}}
	n.Child = c
	return n, nil
}

// Approval is the parent's signature from the child once Child has
// executed: an approved hash, v 1, r = the child Safe.
func (n *Nested) Approval() Signature { return ApprovedHash(n.Child.Safe) }

// ContractMessageHash is the hash the owners of an owner Safe (the child)
// sign so that the child signs parent off chain with a contract signature
// (v 0) instead of executing approveHash: the child's Safe message hash
// (its fallback handler's getMessageHashForSafe) of what the parent, at
// parentVersion, hands the child's isValidSignature: the transaction's
// encoded data up to 1.4.1, its safeTxHash from 1.5. The owners'
// signatures, packed (Pack), are the contract signature's data.
func ContractMessageHash(parent *chain.SafeTx, child common.Address, parentVersion string) (common.Hash, error) {
	p := *parent
	if err := Fill(&p); err != nil {
		return common.Hash{}, err
	}
	message := p.SafeTxHash[:]
	if !modernEIP1271(parentVersion) {
		enc, err := EncodeTransactionData(&p)
		if err != nil {
			return common.Hash{}, err
		}
		message = enc
	}
	return MessageHash(p.ChainID, child, message), nil
}

// MessageHash is a Safe's hash of an off-chain message, what its owners
// sign for EIP-1271: keccak256(0x19 ‖ 0x01 ‖ domain(chainID, safe) ‖
// keccak256(abi.encode(keccak256(SafeMessageType), keccak256(message)))).
func MessageHash(chainID uint64, safe common.Address, message []byte) common.Hash {
	domain := crypto.Keccak256(crypto.Keccak256([]byte(DomainType)),
		common.BigToHash(new(big.Int).SetUint64(chainID)).Bytes(), common.BytesToHash(safe[:]).Bytes())
	msg := crypto.Keccak256(crypto.Keccak256([]byte(SafeMessageType)), crypto.Keccak256(message))
	return crypto.Keccak256Hash([]byte{0x19, 0x01}, domain, msg)
}
