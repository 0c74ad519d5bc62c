package contracts

// Regenerate everything in this package from the Solidity sources:
//
//	npm ci --prefix chain/contracts
//	go generate ./chain/contracts
//
// compile.js writes artifacts/*.json (embedded by artifacts.go) and abigen's
// inputs to build/ (git-ignored); abigen then writes one bind_<name>.go per
// contract. Everything generated is committed; the freshness test checks the
// artifacts against a fresh compile.

//go:generate node compile.js --abigen build
//go:generate go tool abigen --v2 --pkg contracts --type IPausable --abi build/IPausable.abi --out bind_ipausable.go
//go:generate go tool abigen --v2 --pkg contracts --type VaultV1 --abi build/VaultV1.abi --bin build/VaultV1.bin --out bind_vaultv1.go
//go:generate go tool abigen --v2 --pkg contracts --type VaultV2 --abi build/VaultV2.abi --bin build/VaultV2.bin --out bind_vaultv2.go
//go:generate go tool abigen --v2 --pkg contracts --type VaultV2BadLayout --abi build/VaultV2BadLayout.abi --bin build/VaultV2BadLayout.bin --out bind_vaultv2badlayout.go
//go:generate go tool abigen --v2 --pkg contracts --type ReentrancyAttacker --abi build/ReentrancyAttacker.abi --bin build/ReentrancyAttacker.bin --out bind_reentrancyattacker.go
//go:generate go tool abigen --v2 --pkg contracts --type ERC1967Proxy --abi build/ERC1967Proxy.abi --bin build/ERC1967Proxy.bin --out bind_erc1967proxy.go
//go:generate go tool abigen --v2 --pkg contracts --type TimelockController --abi build/TimelockController.abi --bin build/TimelockController.bin --out bind_timelockcontroller.go
//go:generate go tool abigen --v2 --pkg contracts --type Safe --abi build/Safe.abi --bin build/Safe.bin --out bind_safe.go
//go:generate go tool abigen --v2 --pkg contracts --type SafeProxyFactory --abi build/SafeProxyFactory.abi --bin build/SafeProxyFactory.bin --out bind_safeproxyfactory.go
//go:generate go tool abigen --v2 --pkg contracts --type SafeProxy --abi build/SafeProxy.abi --bin build/SafeProxy.bin --out bind_safeproxy.go
//go:generate go tool abigen --v2 --pkg contracts --type CompatibilityFallbackHandler --abi build/CompatibilityFallbackHandler.abi --bin build/CompatibilityFallbackHandler.bin --out bind_compatibilityfallbackhandler.go
//go:generate go tool abigen --v2 --pkg contracts --type MultiSend --abi build/MultiSend.abi --bin build/MultiSend.bin --out bind_multisend.go
//go:generate go tool abigen --v2 --pkg contracts --type MultiSendCallOnly --abi build/MultiSendCallOnly.abi --bin build/MultiSendCallOnly.bin --out bind_multisendcallonly.go
