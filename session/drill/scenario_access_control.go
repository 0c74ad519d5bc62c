package drill

import (
	"context"
	"fmt"

	"github.com/ethereum/go-ethereum/common"

	"warroom/chain/contracts"
	"warroom/chain/deploy"
	"warroom/chain/shadow"
)

// The access-control drill (Poly Network 2021): a bridge vault whose
// setRelayer lost its role check. The attacker deploys a contract that
// makes itself a relayer and releases the pool to its owner, 11 ether an
// attack, every other block.
func init() {
	scenarios = append(scenarios, Scenario{
		Name:       "access-control",
		Title:      "Unguarded setter hands a bridge vault to the attacker",
		Summary:    "A bridge vault's setRelayer lost its role check: an attacker deploys a contract that makes itself a relayer and releases the pool to its owner, 11 ETH every other block, until someone pauses it (Poly Network 2021).",
		Length:     48,
		AttackFrom: 12,
		Fixes: []Fix{
			{Artifact: contracts.BridgeVaultV2Name, Right: true, About: "a candidate fix: setRelayer is the timelock's again (DEFAULT_ADMIN_ROLE)"},
			{Artifact: contracts.BridgeVaultV2RelayerGatedName, Right: false, About: "a candidate fix: only a relayer may change the relayer set"},
			{Artifact: contracts.BridgeVaultV2AdminReleaseName, Right: false, About: "a candidate fix: releases and the relayer set are the timelock's"},
		},
		Implementation: contracts.BridgeVaultV1Name,
		Attacker:       contracts.RelayerAttackerName,
		initialize: func(timelock common.Address, _ extras) ([]byte, error) {
			return contracts.NewBridgeVaultV1().PackInitialize(timelock, Key(roleGuardian).Address(), Key(roleRelayer).Address()), nil
		},
		newScript:   newAccessControl,
		regressions: accessControlRegressions,
	})
}

// roleRelayer is the bridge's relayer, who releases bridged transfers in
// ordinary traffic; the deployer gives it gas in the first block.
const roleRelayer = "relayer"

// relayerGas is what the deployer sends the relayer for its releases.
var relayerGas = ether(5)

func newAccessControl(e *env) (script, error) {
	att := contracts.NewRelayerAttacker()
	code := append(common.FromHex(contracts.RelayerAttackerMetaData.Bin), att.PackConstructor(e.dep.Vault)...)
	s := newVaultScript(e, code, func() []byte { return att.PackAttack(takeoverChunk) })
	bridge := contracts.NewBridgeVaultV1()
	s.extra = func(ctx context.Context, k uint64) error {
		relayer := s.account(roleRelayer)
		if k == 1 {
			to := relayer.Address()
			if _, err := s.account(roleDeployer).Send(ctx, &to, nil, relayerGas, gasTransfer); err != nil {
				return fmt.Errorf("gas for the relayer: %w", err)
			}
			return nil
		}
		// Every third block once the vault is filled, a transfer bridged
		// over from the other chain: a small release to a user.
		if k <= numDeposit || k%3 != 0 {
			return nil
		}
		amount, err := s.small(ctx, eth(int64(100+s.rng.IntN(400))))
		if err != nil || amount.Sign() == 0 {
			return err
		}
		to := s.account(roleUser(s.rng.IntN(numUsers))).Address()
		if _, err := relayer.Send(ctx, &s.dep.Vault, bridge.PackRelease(to, amount), nil, gasWithdraw); err != nil {
			return fmt.Errorf("relayer release: %w", err)
		}
		return nil
	}
	return s, nil
}

// accessControlRegressions are a depositor's deposit and withdrawal and
// the relayer's release of a bridged transfer: a fix that stops the
// relayers stops the bridge.
func accessControlRegressions(dep *deploy.Deployment) []shadow.TestCall {
	release := contracts.NewBridgeVaultV1().PackRelease(Key(roleUser(0)).Address(), eth(200))
	return append(vaultRegressions(dep), shadow.TestCall{Name: "relayer releases a bridged 0.2 ether", Kind: shadow.Regression,
		Call: shadow.Call{From: Key(roleRelayer).Address(), To: dep.Vault, Data: release}})
}
