package drill

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"math/rand/v2"
	"sort"
	"strings"

	"github.com/ethereum/go-ethereum/common"

	"warroom/chain"
	"warroom/chain/contracts"
	"warroom/chain/deploy"
	"warroom/chain/shadow"
	"warroom/chain/tx"
	"warroom/session"
)

// ErrUnknownScenario is returned for a scenario name that does not exist.
var ErrUnknownScenario = errors.New("unknown scenario")

// Scenario is a scripted incident on a freshly deployed protocol.
type Scenario struct {
	Name    string
	Title   string
	Summary string
	// Length is how many blocks the script runs after setup; a headless
	// drill ends when the last of them is processed.
	Length uint64
	// AttackFrom is the first script block with an attack transaction.
	AttackFrom uint64
	// Fixes are the implementations the scenario ships for the upgrade
	// composer: the right fix and at least one wrong one, so trainees can
	// fail safely. Their descriptions do not say which is which.
	Fixes     []Fix
	newScript func(env *env) (script, error)
	// regressions are the calls an upgrade must keep working: ordinary
	// users' deposits and withdrawals on the deployed protocol.
	regressions func(dep *deploy.Deployment) []shadow.TestCall
	// Implementation is the vulnerable implementation deployed behind the
	// proxy and Attacker the attack contract whose ABI decodes the attack,
	// by artifact name; "" is VaultV1 and ReentrancyAttacker. prepare
	// deploys what the vault needs before it exists (a price pool, a
	// strategy); initialize packs the proxy's initializer for the timelock
	// as admin, given those extras; nil is initialize(timelock, guardian).
	// See scenario_protocol.go.
	Implementation string
	Attacker       string
	// decodes are more artifacts whose ABIs decode the drill's calls (a
	// trap a Safe request delegatecalls).
	decodes    []string
	prepare    func(ctx context.Context, e *env) ([]deploy.Extra, error)
	initialize func(timelock common.Address, x extras) ([]byte, error)
	// treasury, when set, is what the scenario puts in the Safe, watched
	// as the protocol's value; what is at stake is then the treasury, and
	// the debrief's "unpaused" figure is what signing would have lost.
	treasury *big.Int
}

// Fix is an implementation a scenario ships, by its built-in artifact name.
type Fix struct {
	Artifact string
	// Right says whether it is the fix; a wrong fix is there to be caught.
	Right bool
	About string
}

// script sends the transactions of script block k (1-based) into the pool,
// just before that block is sealed.
type script interface {
	block(ctx context.Context, k uint64) error
}

// DefaultScenario is what `warroom drill` runs without a name.
const DefaultScenario = "reentrancy"

var scenarios = []Scenario{{
	Name:       "reentrancy",
	Title:      "Re-entrancy drain of an ETH vault",
	Summary:    "Depositors fill an upgradeable vault; an attacker deploys a contract that re-enters withdraw() and drains it in chunks, one every other block, until someone pauses it.",
	Length:     48,
	AttackFrom: 12,
	Fixes: []Fix{
		{Artifact: contracts.VaultV2Name, Right: true, About: "a candidate fix: withdraw pays after it updates the balance, behind a re-entrancy guard"},
		{Artifact: contracts.VaultV2BadLayoutName, Right: false, About: "a candidate fix: a re-entrancy guard, and a withdrawal fee while at it"},
	},
	newScript:   newReentrancy,
	regressions: vaultRegressions,
}}

// Scenarios lists the drills, by name.
func Scenarios() []Scenario {
	out := append([]Scenario(nil), scenarios...)
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out
}

// Lookup finds a scenario by name; the error lists the ones that exist.
func Lookup(name string) (Scenario, error) {
	for _, s := range scenarios {
		if s.Name == name {
			return s, nil
		}
	}
	var names []string
	for _, s := range Scenarios() {
		names = append(names, s.Name)
	}
	return Scenario{}, fmt.Errorf("%w %q; scenarios: %s", ErrUnknownScenario, name, strings.Join(names, ", "))
}

// env is what a script works with.
type env struct {
	scenario Scenario
	c        chain.Client
	dep      *deploy.Deployment
	chainID  *big.Int
	accts    map[string]*tx.Account
	// seed seeds the script's traffic (Config.Seed).
	seed uint64
	// miner seals the setup's blocks: the embedded chain, or evm_mine on
	// a node; nil on a node that mines on its own (geth --dev).
	miner deploy.Miner
	// busy is how many ordinary transactions each block carries beyond
	// the script's own (the quiet-traffic tests); 0 is none.
	busy int
	// quiet drops the attacker from the script: ordinary traffic only.
	quiet bool
	// request puts a Safe request before the responder; requestState
	// reads one back (the malicious-safe-tx script).
	request      func(session.SafeRequest) (session.SafeRequest, error)
	requestState func(id string) (*session.Request, bool)
}

func (e *env) account(role string) *tx.Account {
	if a, ok := e.accts[role]; ok {
		return a
	}
	a := tx.NewAccount(e.c, Key(role), e.chainID)
	e.accts[role] = a
	return a
}

// Key is the throwaway key of a drill role ("guardian", "attacker",
// "cosigner-1"): the same on every run, known to anyone, worth nothing
// outside a drill chain.
func Key(role string) *tx.Signer { return tx.DrillSigner(role) }

// weiPerEther is one ether in wei.
const weiPerEther = 1_000_000_000_000_000_000

// ether is n ether in wei.
func ether(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), big.NewInt(weiPerEther)) }

func eth(milli int64) *big.Int {
	return new(big.Int).Mul(big.NewInt(milli), big.NewInt(1e15))
}

// Drill roles and how much each is funded with at genesis.
const (
	roleDeployer = "deployer"
	roleGuardian = "guardian"
	roleAttacker = "attacker"
	// The attacker's account starts empty and is funded through a mixer
	// shortly before it deploys, as real attackers' are (Tornado Cash):
	// what the pre-attack rule looks for.
	roleMixer = "mixer"
	// The Safe's owners: the trainee (cosigner-1) and two simulated
	// people (cosigner-2 answers quickly, cosigner-3 never), and a council
	// Safe (a nested Safe of one member, council-1) that approves slowly,
	// on chain; 3 of the 4 must sign.
	numOwners      = 3
	roleTrainee    = "cosigner-1"
	roleQuick      = "cosigner-2"
	roleNever      = "cosigner-3"
	roleCouncil    = "council-1"
	ownerThreshold = 3
	numDeposit     = 6
	numUsers       = 4
)

func roleOwner(i int) string     { return fmt.Sprintf("cosigner-%d", i+1) }
func roleDepositor(i int) string { return fmt.Sprintf("depositor-%d", i+1) }
func roleUser(i int) string      { return fmt.Sprintf("user-%d", i+1) }

// fundedRoles are every drill key that needs ether at genesis.
func fundedRoles() []string {
	roles := []string{roleDeployer, roleGuardian, roleMixer, roleCouncil}
	for i := 0; i < numOwners; i++ {
		roles = append(roles, roleOwner(i))
	}
	for i := 0; i < numDeposit; i++ {
		roles = append(roles, roleDepositor(i))
	}
	for i := 0; i < numUsers; i++ {
		roles = append(roles, roleUser(i))
	}
	return roles
}

// newReentrancy is the script of the "reentrancy" scenario: the vault's
// traffic, and an attack contract that re-enters withdraw() with a 1 ether
// stake per attack.
func newReentrancy(e *env) (script, error) {
	att := contracts.NewReentrancyAttacker()
	code := append(common.FromHex(contracts.ReentrancyAttackerMetaData.Bin), att.PackConstructor(e.dep.Vault)...)
	s := newVaultScript(e, code, func() []byte { return att.PackAttack(big.NewInt(attackRounds)) })
	s.funds, s.stake, s.attackGas = attackerFunds, ether(1), gasAttack
	return s, nil
}

// Gas limits for script traffic: fixed, so a transaction that will revert
// (an attack on a paused vault) is still sent and shows up as a failed attempt.
const (
	gasTransfer = 21_000
	gasDeposit  = 400_000
	gasWithdraw = 400_000
	gasDeploy   = 3_000_000
	gasAttack   = 8_000_000
)

// attackerFunds is what the mixer sends the re-entrancy attacker: gas for
// the deployment and the attacks, and the 1 ether stake each attack puts in
// first.
var attackerFunds = ether(20)

// attackRounds is how many times each attack withdraws its 1 ether stake:
// 11 ether of other depositors' money per transaction.
const attackRounds = 12

// trafficSource is the script's random traffic for a seed. The default
// seed 1 gives the stream of the drills before --seed (PCG 1, 2).
func trafficSource(seed uint64) rand.Source { return rand.NewPCG(seed, seed+1) }
