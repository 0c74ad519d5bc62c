package safe

import (
	"testing"

	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
)

// TestSelectors checks the selectors written out in warnings.go against
// the keccak of the signatures they stand for.
func TestSelectors(t *testing.T) {
	sigs := map[string]string{
		"addOwnerWithThreshold": "addOwnerWithThreshold(address,uint256)",
		"removeOwner":           "removeOwner(address,address,uint256)",
		"swapOwner":             "swapOwner(address,address,address)",
		"changeThreshold":       "changeThreshold(uint256)",
		"enableModule":          "enableModule(address)",
		"disableModule":         "disableModule(address,address)",
		"setGuard":              "setGuard(address)",
		"setModuleGuard":        "setModuleGuard(address)",
		"setFallbackHandler":    "setFallbackHandler(address)",
	}
	for _, c := range selfCalls() {
		if got := hexutil.Encode(crypto.Keccak256([]byte(sigs[c.name]))[:4]); got != c.selector {
			t.Errorf("%s: selector %s, keccak says %s", c.name, c.selector, got)
		}
	}
	if got := hexutil.Encode(crypto.Keccak256([]byte("multiSend(bytes)"))[:4]); got != selMultiSend {
		t.Errorf("multiSend selector %s, keccak says %s", selMultiSend, got)
	}
	for sig, magic := range map[string]string{"isValidSignature(bytes,bytes)": LegacyEIP1271Magic, "isValidSignature(bytes32,bytes)": EIP1271Magic} {
		if got := hexutil.Encode(crypto.Keccak256([]byte(sig))[:4]); got != magic {
			t.Errorf("%s: %s, keccak says %s", sig, magic, got)
		}
	}
	if got := crypto.Keccak256Hash([]byte(SafeMessageType)).Hex(); got != "0x60b3cbf8b4a223d68d641b3b6ddf9a298e7f33710cf3d3a9d1146b5a6150fbca" {
		t.Errorf("SAFE_MSG_TYPEHASH %s", got)
	}
	for v, modern := range map[string]bool{"": false, "1.3.0": false, "1.4.1": false, "1.4.1+L2": false, "1.5.0": true, "1.5.0+L2": true, "2.0.0": true, "x": false} {
		if modernEIP1271(v) != modern {
			t.Errorf("version %q: modern %v", v, !modern)
		}
	}
}
