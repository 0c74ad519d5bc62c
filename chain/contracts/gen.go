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
//go:generate go tool abigen --v2 --pkg contracts --type BridgeVaultV1 --abi build/BridgeVaultV1.abi --bin build/BridgeVaultV1.bin --out bind_bridgevaultv1.go
//go:generate go tool abigen --v2 --pkg contracts --type BridgeVaultV2 --abi build/BridgeVaultV2.abi --bin build/BridgeVaultV2.bin --out bind_bridgevaultv2.go
//go:generate go tool abigen --v2 --pkg contracts --type BridgeVaultV2RelayerGated --abi build/BridgeVaultV2RelayerGated.abi --bin build/BridgeVaultV2RelayerGated.bin --out bind_bridgevaultv2relayergated.go
//go:generate go tool abigen --v2 --pkg contracts --type BridgeVaultV2AdminRelease --abi build/BridgeVaultV2AdminRelease.abi --bin build/BridgeVaultV2AdminRelease.bin --out bind_bridgevaultv2adminrelease.go
//go:generate go tool abigen --v2 --pkg contracts --type RelayerAttacker --abi build/RelayerAttacker.abi --bin build/RelayerAttacker.bin --out bind_relayerattacker.go
//go:generate go tool abigen --v2 --pkg contracts --type TreasuryVaultV1 --abi build/TreasuryVaultV1.abi --bin build/TreasuryVaultV1.bin --out bind_treasuryvaultv1.go
//go:generate go tool abigen --v2 --pkg contracts --type TreasuryVaultV2 --abi build/TreasuryVaultV2.abi --bin build/TreasuryVaultV2.bin --out bind_treasuryvaultv2.go
//go:generate go tool abigen --v2 --pkg contracts --type TreasuryVaultV2GatedInit --abi build/TreasuryVaultV2GatedInit.abi --bin build/TreasuryVaultV2GatedInit.bin --out bind_treasuryvaultv2gatedinit.go
//go:generate go tool abigen --v2 --pkg contracts --type TreasuryVaultV2Ownable --abi build/TreasuryVaultV2Ownable.abi --bin build/TreasuryVaultV2Ownable.bin --out bind_treasuryvaultv2ownable.go
//go:generate go tool abigen --v2 --pkg contracts --type InitializerAttacker --abi build/InitializerAttacker.abi --bin build/InitializerAttacker.bin --out bind_initializerattacker.go
//go:generate go tool abigen --v2 --pkg contracts --type DrillToken --abi build/DrillToken.abi --bin build/DrillToken.bin --out bind_drilltoken.go
//go:generate go tool abigen --v2 --pkg contracts --type FlashLender --abi build/FlashLender.abi --bin build/FlashLender.bin --out bind_flashlender.go
//go:generate go tool abigen --v2 --pkg contracts --type SpotPool --abi build/SpotPool.abi --bin build/SpotPool.bin --out bind_spotpool.go
//go:generate go tool abigen --v2 --pkg contracts --type LendingVaultV1 --abi build/LendingVaultV1.abi --bin build/LendingVaultV1.bin --out bind_lendingvaultv1.go
//go:generate go tool abigen --v2 --pkg contracts --type LendingVaultV2 --abi build/LendingVaultV2.abi --bin build/LendingVaultV2.bin --out bind_lendingvaultv2.go
//go:generate go tool abigen --v2 --pkg contracts --type LendingVaultV2BorrowCap --abi build/LendingVaultV2BorrowCap.abi --bin build/LendingVaultV2BorrowCap.bin --out bind_lendingvaultv2borrowcap.go
//go:generate go tool abigen --v2 --pkg contracts --type OracleAttacker --abi build/OracleAttacker.abi --bin build/OracleAttacker.bin --out bind_oracleattacker.go
//go:generate go tool abigen --v2 --pkg contracts --type StrategyShares --abi build/StrategyShares.abi --bin build/StrategyShares.bin --out bind_strategyshares.go
//go:generate go tool abigen --v2 --pkg contracts --type ShareVaultV1 --abi build/ShareVaultV1.abi --bin build/ShareVaultV1.bin --out bind_sharevaultv1.go
//go:generate go tool abigen --v2 --pkg contracts --type ShareVaultV2 --abi build/ShareVaultV2.abi --bin build/ShareVaultV2.bin --out bind_sharevaultv2.go
//go:generate go tool abigen --v2 --pkg contracts --type ShareVaultV2SmallSteps --abi build/ShareVaultV2SmallSteps.abi --bin build/ShareVaultV2SmallSteps.bin --out bind_sharevaultv2smallsteps.go
//go:generate go tool abigen --v2 --pkg contracts --type DonationAttacker --abi build/DonationAttacker.abi --bin build/DonationAttacker.bin --out bind_donationattacker.go
//go:generate go tool abigen --v2 --pkg contracts --type SafeUpgradeTrap --abi build/SafeUpgradeTrap.abi --bin build/SafeUpgradeTrap.bin --out bind_safeupgradetrap.go
//go:generate go tool abigen --v2 --pkg contracts --type BackdoorSingleton --abi build/BackdoorSingleton.abi --bin build/BackdoorSingleton.bin --out bind_backdoorsingleton.go
//go:generate go tool abigen --v2 --pkg contracts --type ERC1967Proxy --abi build/ERC1967Proxy.abi --bin build/ERC1967Proxy.bin --out bind_erc1967proxy.go
//go:generate go tool abigen --v2 --pkg contracts --type TimelockController --abi build/TimelockController.abi --bin build/TimelockController.bin --out bind_timelockcontroller.go
//go:generate go tool abigen --v2 --pkg contracts --type Safe --abi build/Safe.abi --bin build/Safe.bin --out bind_safe.go
//go:generate go tool abigen --v2 --pkg contracts --type SafeProxyFactory --abi build/SafeProxyFactory.abi --bin build/SafeProxyFactory.bin --out bind_safeproxyfactory.go
//go:generate go tool abigen --v2 --pkg contracts --type SafeProxy --abi build/SafeProxy.abi --bin build/SafeProxy.bin --out bind_safeproxy.go
//go:generate go tool abigen --v2 --pkg contracts --type CompatibilityFallbackHandler --abi build/CompatibilityFallbackHandler.abi --bin build/CompatibilityFallbackHandler.bin --out bind_compatibilityfallbackhandler.go
//go:generate go tool abigen --v2 --pkg contracts --type MultiSend --abi build/MultiSend.abi --bin build/MultiSend.bin --out bind_multisend.go
//go:generate go tool abigen --v2 --pkg contracts --type MultiSendCallOnly --abi build/MultiSendCallOnly.abi --bin build/MultiSendCallOnly.bin --out bind_multisendcallonly.go
