package chain

import "github.com/ethereum/go-ethereum/common"

// ERC-1967 storage slots, where a proxy keeps its implementation and admin:
// keccak256("eip1967.proxy.implementation") − 1 and
// keccak256("eip1967.proxy.admin") − 1. Constants in all but Go's type
// system; nothing assigns to them.
var (
	ImplementationSlot = common.HexToHash("0x360894a13ba1a3210667c828492db98dca3e2076cc3735a920a3ca505d382bbc")
	AdminSlot          = common.HexToHash("0xb53127684a568b3173ae13b9f8a6016e243e63b6e8ee1178d6a717850b5d6103")
)
