package drill

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"math/rand/v2"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"warroom/chain/contracts"
	"warroom/chain/deploy"
	"warroom/chain/shadow"
)

// vaultScript is what the takeover scenarios (access-control,
// unprotected-init) share: the depositors and ordinary traffic of a drill
// vault, and an attacker funded through the mixer who deploys an attack
// contract and calls it every other block. Every drill vault has VaultV1's
// deposit(), withdraw(uint256) and balances(address), so VaultV1's binding
// packs them.
type vaultScript struct {
	*env
	rng    *rand.Rand
	vault  *contracts.VaultV1
	length uint64
	from   uint64
	// attackCode is the attack contract's creation code with its
	// constructor arguments; attackData the calldata of one attack.
	attackCode []byte
	attackData func() []byte
	attacker   common.Address // the attack contract, once deployed
	// funds is what the mixer sends the attacker, stake the value each
	// attack carries, attackGas its gas limit.
	funds     *big.Int
	stake     *big.Int
	attackGas uint64
	// extra is the scenario's own ordinary traffic in block k, if any.
	extra func(ctx context.Context, k uint64) error
	// passive drops the vault attacker: the scenario has its own.
	passive bool
	// round counts the rounds of ordinary traffic within a block (see
	// env.busy), from 0: extra traffic that must not repeat in a block
	// runs in round 0.
	round int
}

// takeoverFunds is what the mixer sends the attacker: gas for the
// deployment and the attacks, which need no stake.
var takeoverFunds = ether(2)

// takeoverChunk is what each attack takes: 11 ether, as the re-entrancy
// drill's.
var takeoverChunk = ether(11)

// gasTakeover is the gas limit of an attack transaction: fixed, so an
// attack on a paused or fixed vault is still sent and fails on chain.
const gasTakeover = 1_000_000

func newVaultScript(e *env, attackCode []byte, attackData func() []byte) *vaultScript {
	return &vaultScript{env: e, rng: rand.New(trafficSource(e.seed)), vault: contracts.NewVaultV1(),
		length: e.scenario.Length, from: e.scenario.AttackFrom, attackCode: attackCode, attackData: attackData,
		funds: takeoverFunds, attackGas: gasTakeover}
}

func (s *vaultScript) block(ctx context.Context, k uint64) error {
	var errs []error
	try := func(err error) {
		if err != nil {
			errs = append(errs, err)
		}
	}
	// The calm start: depositors fill the vault.
	if k >= 1 && k <= numDeposit {
		try(s.deposit(ctx, roleDepositor(int(k-1)), eth(int64(15000+2000*k))))
	}
	for i := 0; i <= s.busy; i++ {
		s.round = i
		try(s.ordinary(ctx, k))
		if s.extra != nil {
			try(s.extra(ctx, k))
		}
	}
	if s.quiet || s.passive {
		return errors.Join(errs...)
	}
	if k == s.from-6 {
		try(s.fund(ctx))
	}
	if k == s.from-4 {
		try(s.deploy(ctx))
	}
	if k >= s.from && k < s.length-2 && (k-s.from)%2 == 0 && s.attacker != (common.Address{}) {
		try(s.attack(ctx))
	}
	return errors.Join(errs...)
}

func (s *vaultScript) deposit(ctx context.Context, role string, amount *big.Int) error {
	if _, err := s.account(role).Send(ctx, &s.dep.Vault, s.vault.PackDeposit(), amount, gasDeposit); err != nil {
		return fmt.Errorf("%s deposit: %w", role, err)
	}
	return nil
}

// ordinary is a transfer between users and, once the vault is filled, a
// small deposit or withdrawal by a depositor: well under the outflow
// threshold.
func (s *vaultScript) ordinary(ctx context.Context, k uint64) error {
	from, to := s.rng.IntN(numUsers), s.rng.IntN(numUsers)
	if from == to {
		to = (to + 1) % numUsers
	}
	toAddr := s.account(roleUser(to)).Address()
	if _, err := s.account(roleUser(from)).Send(ctx, &toAddr, nil, eth(int64(100+s.rng.IntN(900))), gasTransfer); err != nil {
		return fmt.Errorf("transfer: %w", err)
	}
	if k <= numDeposit {
		return nil
	}
	who := roleDepositor(s.rng.IntN(numDeposit))
	if s.rng.IntN(2) == 0 {
		return s.deposit(ctx, who, eth(int64(200+s.rng.IntN(1800))))
	}
	amount, err := s.small(ctx, eth(int64(100+s.rng.IntN(900))))
	if err != nil || amount.Sign() == 0 {
		return err
	}
	mine, err := contracts.Call(ctx, s.c, s.dep.Vault, nil, s.vault.PackBalances(s.account(who).Address()), s.vault.UnpackBalances)
	if err != nil {
		return fmt.Errorf("balances(%s): %w", who, err)
	}
	if amount.Cmp(mine) > 0 {
		amount.Set(mine)
	}
	if amount.Sign() == 0 {
		return nil
	}
	if _, err := s.account(who).Send(ctx, &s.dep.Vault, s.vault.PackWithdraw(amount), nil, gasWithdraw); err != nil {
		return fmt.Errorf("%s withdraw: %w", who, err)
	}
	return nil
}

// small is amount capped at 2% of what the vault holds.
func (s *vaultScript) small(ctx context.Context, amount *big.Int) (*big.Int, error) {
	held, err := s.c.BalanceAt(ctx, s.dep.Vault, nil)
	if err != nil {
		return nil, err
	}
	if limit := new(big.Int).Div(held, big.NewInt(50)); amount.Cmp(limit) > 0 {
		amount = limit
	}
	return amount, nil
}

func (s *vaultScript) fund(ctx context.Context) error {
	to := s.account(roleAttacker).Address()
	if _, err := s.account(roleMixer).Send(ctx, &to, nil, s.funds, gasTransfer); err != nil {
		return fmt.Errorf("mixer funds the attacker: %w", err)
	}
	return nil
}

func (s *vaultScript) deploy(ctx context.Context) error {
	acct := s.account(roleAttacker)
	sent, err := acct.Send(ctx, nil, s.attackCode, nil, gasDeploy)
	if err != nil {
		return fmt.Errorf("attacker deploy: %w", err)
	}
	s.attacker = crypto.CreateAddress(acct.Address(), sent.Nonce())
	return nil
}

func (s *vaultScript) attack(ctx context.Context) error {
	held, err := s.c.BalanceAt(ctx, s.dep.Vault, nil)
	if err != nil {
		return err
	}
	if held.Cmp(ether(1)) < 0 {
		return nil // nothing left worth taking
	}
	if _, err := s.account(roleAttacker).Send(ctx, &s.attacker, s.attackData(), s.stake, s.attackGas); err != nil {
		return fmt.Errorf("attack: %w", err)
	}
	return nil
}

// vaultRegressions are an ordinary depositor's deposit and withdrawal:
// both must work, with the same effect, on any fix.
func vaultRegressions(dep *deploy.Deployment) []shadow.TestCall {
	v := contracts.NewVaultV1()
	return []shadow.TestCall{
		{Name: "depositor deposits 1 ether", Kind: shadow.Regression,
			Call: shadow.Call{From: Key(roleDepositor(0)).Address(), To: dep.Vault, Data: v.PackDeposit(), Value: ether(1)}},
		{Name: "depositor withdraws 0.5 ether", Kind: shadow.Regression,
			Call: shadow.Call{From: Key(roleDepositor(1)).Address(), To: dep.Vault, Data: v.PackWithdraw(eth(500))}},
	}
}
