package chain

import (
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

func TestERC1967Slots(t *testing.T) {
	for _, tt := range []struct {
		slot common.Hash
		name string
	}{{ImplementationSlot, "eip1967.proxy.implementation"}, {AdminSlot, "eip1967.proxy.admin"}} {
		h := crypto.Keccak256Hash([]byte(tt.name)).Big()
		if want := common.BigToHash(h.Sub(h, common.Big1)); tt.slot != want {
			t.Errorf("slot of %s = %x, want %x", tt.name, tt.slot, want)
		}
	}
}
