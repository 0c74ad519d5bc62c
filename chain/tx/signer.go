package tx

import (
	"crypto/ecdsa"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
)

// Signer holds a private key. It signs transactions and never reveals the key:
// it has no method that returns it, and it formats as its address only.
type Signer struct {
	key  *ecdsa.PrivateKey
	addr common.Address
}

// NewSigner wraps a key from an encrypted keystore or a drill's throwaway keys.
func NewSigner(key *ecdsa.PrivateKey) *Signer {
	return &Signer{key: key, addr: crypto.PubkeyToAddress(key.PublicKey)}
}

// Address is the signer's account.
func (s *Signer) Address() common.Address { return s.addr }

// String shows the address, never the key.
func (s *Signer) String() string { return s.addr.Hex() }

// GoString shows the address, never the key, even under %#v.
func (s *Signer) GoString() string { return "tx.Signer{" + s.addr.Hex() + "}" }

// Sign signs tx for chainID.
func (s *Signer) Sign(tx *types.Transaction, chainID *big.Int) (*types.Transaction, error) {
	return types.SignTx(tx, types.LatestSignerForChainID(chainID), s.key)
}

// DrillSigner derives a throwaway key from a role name ("guardian",
// "attacker"). Anyone can derive the same key: it is for drills and tests on
// a drill chain, never for anything of value.
func DrillSigner(role string) *Signer {
	seed := crypto.Keccak256([]byte("warroom drill key/" + role))
	for {
		if key, err := crypto.ToECDSA(seed); err == nil {
			return NewSigner(key)
		}
		// Not a valid secp256k1 scalar (probability ~2^-128): hash again.
		seed = crypto.Keccak256(seed)
	}
}

// SignHash signs a 32-byte hash as it is (no prefix), as a Safe owner signs
// a safeTxHash: r ‖ s ‖ v with v 27 or 28.
func (s *Signer) SignHash(hash common.Hash) ([]byte, error) {
	sig, err := crypto.Sign(hash[:], s.key)
	if err != nil {
		return nil, err
	}
	sig[64] += 27
	return sig, nil
}
