// Package contracts holds the Solidity contracts of the warroom drills and
// everything Go needs to use them.
//
// What lives here:
//
//   - src/: the drill contracts. VaultV1 is an upgradeable (UUPS, behind an
//     ERC1967Proxy) ETH vault with a deliberate re-entrancy bug in withdraw;
//     VaultV2 is the correct, storage-compatible fix; VaultV2BadLayout fixes
//     the bug but breaks the storage layout; ReentrancyAttacker exploits
//     VaultV1. The access-control drill's BridgeVaultV1 has a setRelayer
//     without its role check (RelayerAttacker exploits it; BridgeVaultV2
//     fixes it; BridgeVaultV2RelayerGated and BridgeVaultV2AdminRelease
//     are wrong fixes); the unprotected-init drill's TreasuryVaultV1 has an
//     initializeV2 anyone can call on the live proxy (InitializerAttacker
//     exploits it; TreasuryVaultV2 fixes it; TreasuryVaultV2GatedInit and
//     TreasuryVaultV2Ownable are wrong fixes).
//   - package.json and package-lock.json: the pinned toolchain and libraries
//     (solc 0.8.30, OpenZeppelin Contracts 5.4.0, Safe 1.4.1) and anvil for
//     other packages' integration tests.
//   - compile.js: compiles everything with solc's standard JSON interface
//     (optimizer on, 200 runs, EVM version cancun) into artifacts/.
//   - artifacts/*.json: one compiled artifact per contract (ABI, creation
//     and runtime bytecode, immutable references, storage layout, and a
//     pruned AST: what the storage-layout check reads of namespaces and
//     annotations), embedded into the binary and read with [Load].
//   - bind_*.go: abigen v2 bindings, one file per contract (generated).
//
// Besides the drill contracts, the unmodified OpenZeppelin ERC1967Proxy and
// TimelockController and the Safe 1.4.1 contracts (Safe singleton,
// SafeProxyFactory, SafeProxy, CompatibilityFallbackHandler, MultiSend,
// MultiSendCallOnly) are compiled from their npm packages, so a drill chain
// can deploy the whole governance setup: vault proxy, timelock as admin and
// upgrader, Safe multisig as guardian and timelock proposer.
//
// To regenerate artifacts and bindings after changing a contract, from the
// module root:
//
//	npm ci --prefix chain/contracts && go generate ./chain/contracts
//
// and commit the result. The package's tests recompile the contracts and fail
// if the committed artifacts are stale, so they need node and
// chain/contracts/node_modules (the npm ci above).
package contracts
