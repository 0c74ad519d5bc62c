package drill

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"

	"warroom/chain"
	"warroom/chain/contracts"
	"warroom/chain/safe"
	"warroom/session"
)

// The malicious-safe-tx drill (Bybit 2025): the protocol's Safe holds its
// treasury. Two owners have signed, in a compromised Safe{Wallet}, what it
// showed them as a routine top-up of the ops wallet; the request reaches
// the trainee, the third signature it needs. Underneath it is a
// delegatecall to the attacker's contract, whose transfer(address,uint256)
// writes the Safe's singleton slot: once executed the Safe runs the
// attacker's code, and the attacker sweeps the treasury in the next block.
// The trainee must refuse it on the approvals board; if it executes, the
// watcher must flag it.
func init() {
	scenarios = append(scenarios, Scenario{
		Name:       "malicious-safe-tx",
		Title:      "A routine-looking Safe transaction swaps the Safe's singleton",
		Summary:    "Two owners signed what a compromised Safe{Wallet} showed as a 1 ETH top-up; the trainee's signature is the third it needs. It is a delegatecall that rewrites the Safe's singleton, after which the attacker sweeps the treasury. Refuse it on the approvals board (Bybit 2025).",
		Length:     48,
		AttackFrom: 12,
		// The vault's code is sound here; what a trainee could ship is the
		// reentrancy drill's, so the composer has its right and wrong fix
		// and its regressions all the same.
		Fixes: []Fix{
			{Artifact: contracts.VaultV2Name, Right: true, About: "a candidate fix: withdraw pays after it updates the balance, behind a re-entrancy guard"},
			{Artifact: contracts.VaultV2BadLayoutName, Right: false, About: "a candidate fix: a re-entrancy guard, and a withdrawal fee while at it"},
		},
		Attacker:    contracts.BackdoorSingletonName,
		decodes:     []string{contracts.SafeUpgradeTrapName},
		treasury:    treasuryETH,
		newScript:   newMaliciousSafeTx,
		regressions: vaultRegressions,
	})
}

// treasuryETH is what the Safe holds: the protocol's treasury.
var treasuryETH = ether(150)

// The request as the compromised front end showed it.
const (
	requestSource  = "Safe{Wallet} queue"
	requestClaimed = "Routine: top up the ops wallet with 1 ETH from the treasury (MultiSend batch)"
)

// Gas for the script's Safe transactions: fixed, so a refused request the
// attacker executes anyway fails on chain and shows as a failed attempt.
const (
	gasTreasury = 60_000
	gasExec     = 600_000
	gasSweep    = 200_000
)

// safeScript is the malicious-safe-tx script: the vault's ordinary traffic
// (vaultScript, without its attacker), the treasury, the attacker's trap
// and backdoor, the request, its execution and the sweep.
type safeScript struct {
	*vaultScript
	trap, backdoor common.Address
	request        string // the request's id, once made
	executed       bool
	swept          bool
	// paid counts the payouts sent in the current block (quiet traffic),
	// whose nonces follow the Safe's.
	paid int
}

func newMaliciousSafeTx(e *env) (script, error) {
	v := newVaultScript(e, nil, nil)
	v.passive = true // the vault's traffic only; this attacker is below
	return &safeScript{vaultScript: v}, nil
}

func (s *safeScript) block(ctx context.Context, k uint64) error {
	errs := []error{s.vaultScript.block(ctx, k)}
	try := func(err error) { errs = append(errs, err) }
	if k == 1 {
		to := s.dep.Safe
		if _, err := s.account(roleDeployer).Send(ctx, &to, nil, s.scenario.treasury, gasTreasury); err != nil {
			try(fmt.Errorf("the treasury: %w", err))
		}
	}
	if s.env.quiet {
		s.paid = 0
		// Without the attacker the treasury pays as intended: a payment
		// now and then, and a MultiSend batch of two.
		if k > 1 {
			for i := 0; i <= s.busy; i++ {
				try(s.payout(ctx, k, i))
			}
		}
		return errors.Join(errs...)
	}
	switch {
	case k == s.from-6:
		try(s.fund(ctx))
	case k == s.from-4:
		try(s.deployTrap(ctx))
	case k == s.from-2:
		try(s.propose(ctx))
	case k >= s.from-1 && s.request != "":
		try(s.strike(ctx, k))
	}
	return errors.Join(errs...)
}

// deployTrap deploys the contract the request delegatecalls and the
// singleton it swaps in.
func (s *safeScript) deployTrap(ctx context.Context) error {
	acct := s.account(roleAttacker)
	sent, err := acct.Send(ctx, nil, common.FromHex(contracts.SafeUpgradeTrapMetaData.Bin), nil, gasDeploy)
	if err != nil {
		return fmt.Errorf("attacker deploys the trap: %w", err)
	}
	s.trap = crypto.CreateAddress(acct.Address(), sent.Nonce())
	code := append(common.FromHex(contracts.BackdoorSingletonMetaData.Bin), contracts.NewBackdoorSingleton().PackConstructor(acct.Address())...)
	if sent, err = acct.Send(ctx, nil, code, nil, gasDeploy); err != nil {
		return fmt.Errorf("attacker deploys the backdoor: %w", err)
	}
	s.backdoor = crypto.CreateAddress(acct.Address(), sent.Nonce())
	return nil
}

// propose puts the request before the trainee, signed by two owners the
// front end fooled.
func (s *safeScript) propose(ctx context.Context) error {
	if s.env.request == nil {
		return errors.New("no one to put the Safe request to")
	}
	data := contracts.NewSafeUpgradeTrap().PackTransfer(s.backdoor, new(big.Int))
	stx, err := s.safeTx(ctx, 0, s.trap, nil, data, chain.SafeDelegateCall)
	if err != nil {
		return err
	}
	req := session.SafeRequest{Source: requestSource, Proposer: roleQuick, Claimed: requestClaimed, Tx: stx}
	if req.Signatures, err = signed(&stx, roleQuick, roleNever); err != nil {
		return err
	}
	got, err := s.env.request(req)
	if err != nil {
		return err
	}
	s.request = got.ID
	return nil
}

// strike executes the request once the trainee signed it (anyone may send
// execTransaction with the signatures), and sweeps the treasury in the
// block after. Unsigned at the first attack block, the attacker sends it
// with the two signatures it has: the Safe refuses it on chain.
func (s *safeScript) strike(ctx context.Context, k uint64) error {
	q, ok := s.env.requestState(s.request)
	if !ok {
		return fmt.Errorf("Safe request %s is gone", s.request)
	}
	attacker := s.account(roleAttacker)
	switch {
	case s.executed && !s.swept:
		s.swept = true
		data := contracts.NewBackdoorSingleton().PackSweepETH(attacker.Address())
		_, err := attacker.Send(ctx, &s.dep.Safe, data, nil, gasSweep)
		return err
	case !s.executed && q.Signed != nil:
		s.executed = true
		return s.exec(ctx, q, q.AllSignatures())
	case !s.executed && k == s.from:
		return s.exec(ctx, q, q.Signatures)
	}
	return nil
}

func (s *safeScript) exec(ctx context.Context, q *session.Request, sigs []session.RequestSignature) error {
	data, err := session.ExecData(q, sigs)
	if err != nil {
		return err
	}
	if _, err := s.account(roleAttacker).Send(ctx, &s.dep.Safe, data, nil, gasExec); err != nil {
		return fmt.Errorf("attacker executes the request: %w", err)
	}
	return nil
}

// payout is an ordinary Safe transaction signed by three owners and sent
// by the first: a CALL paying a user a little, or (every third one) a
// delegatecall to the deployment's MultiSendCallOnly paying two users.
func (s *safeScript) payout(ctx context.Context, k uint64, i int) error {
	user := func(j int) common.Address { return s.account(roleUser(j % numUsers)).Address() }
	amount := eth(int64(50 + s.rng.IntN(150)))
	to, value, data, op := user(int(k)+i), amount, []byte(nil), chain.SafeCall
	if (int(k)+i)%3 == 0 {
		var batch []byte
		for j := 0; j < 2; j++ {
			batch = append(batch, 0)
			batch = append(batch, user(int(k)+i+j).Bytes()...)
			batch = append(batch, common.BigToHash(amount).Bytes()...)
			batch = append(batch, common.Hash{}.Bytes()...)
		}
		to, value, data, op = s.dep.MultiSend, nil, contracts.NewMultiSendCallOnly().PackMultiSend(batch), chain.SafeDelegateCall
	}
	stx, err := s.safeTx(ctx, uint64(s.paid), to, value, data, op)
	if err != nil {
		return err
	}
	q := &session.Request{SafeRequest: session.SafeRequest{Tx: stx}}
	roles := make([]string, ownerThreshold)
	for o := range roles {
		roles[o] = roleOwner(o)
	}
	sigs, err := signed(&stx, roles...)
	if err != nil {
		return err
	}
	exec, err := session.ExecData(q, sigs)
	if err != nil {
		return err
	}
	if _, err := s.account(roleOwner(0)).Send(ctx, &s.dep.Safe, exec, nil, gasExec); err != nil {
		return fmt.Errorf("treasury payout: %w", err)
	}
	s.paid++
	return nil
}

// safeTx is a Safe transaction of the drill's Safe, at its next nonce plus
// ahead, with its hashes.
func (s *safeScript) safeTx(ctx context.Context, ahead uint64, to common.Address, value *big.Int, data []byte, op chain.SafeOperation) (chain.SafeTx, error) {
	nonce, err := safe.At(s.dep.Safe).Nonce(ctx, s.c, nil)
	if err != nil {
		return chain.SafeTx{}, err
	}
	stx, err := safe.NewCall(s.chainID.Uint64(), s.dep.Safe, to, value, data, nonce+ahead)
	if err != nil || op == chain.SafeCall {
		return stx, err
	}
	stx.Operation = op
	return stx, safe.Fill(&stx)
}

// signed are the drill owners' signatures of stx, by role.
func signed(stx *chain.SafeTx, roles ...string) ([]session.RequestSignature, error) {
	out := make([]session.RequestSignature, 0, len(roles))
	for _, role := range roles {
		raw, err := Key(role).SignHash(stx.SafeTxHash)
		if err != nil {
			return nil, err
		}
		out = append(out, session.RequestSignature{Owner: Key(role).Address(), By: role, Signature: hexutil.Encode(raw)})
	}
	return out, nil
}
