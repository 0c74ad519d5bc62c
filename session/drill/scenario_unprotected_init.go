package drill

import (
	"github.com/ethereum/go-ethereum/common"

	"warroom/chain/contracts"
)

// The unprotected-init drill (Parity 2017, Nomad 2022): the vault's last
// upgrade added a treasury owner, appointed by initializeV2, and went
// through without calling it. The attacker deploys a contract that calls
// the open initializer, owns the treasury and sweeps the vault to its
// owner, 11 ether an attack, every other block.
func init() {
	scenarios = append(scenarios, Scenario{
		Name:       "unprotected-init",
		Title:      "Open initializer on a freshly upgraded vault",
		Summary:    "The vault's last upgrade added a treasury owner set by initializeV2 and never called it: an attacker deploys a contract that calls it, owns the treasury and sweeps the vault, 11 ETH every other block, until someone pauses it (Parity 2017, Nomad 2022).",
		Length:     48,
		AttackFrom: 12,
		Fixes: []Fix{
			{Artifact: contracts.TreasuryVaultV2Name, Right: true, About: "a candidate fix: initializeV2 and sweeping are the timelock's"},
			{Artifact: contracts.TreasuryVaultV2GatedInitName, Right: false, About: "a candidate fix: initializeV2 gets the role check it was missing"},
			{Artifact: contracts.TreasuryVaultV2OwnableName, Right: false, About: "a candidate fix: OpenZeppelin's Ownable for the treasury owner, initializer gated"},
		},
		Implementation: contracts.TreasuryVaultV1Name,
		Attacker:       contracts.InitializerAttackerName,
		newScript:      newUnprotectedInit,
		regressions:    vaultRegressions,
	})
}

func newUnprotectedInit(e *env) (script, error) {
	att := contracts.NewInitializerAttacker()
	code := append(common.FromHex(contracts.InitializerAttackerMetaData.Bin), att.PackConstructor(e.dep.Vault)...)
	return newVaultScript(e, code, func() []byte { return att.PackAttack(takeoverChunk) }), nil
}
