package drill

import (
	"github.com/ethereum/go-ethereum/common"

	"warroom/chain/contracts"
	"warroom/chain/deploy"
)

// What a scenario deploys and decodes, beyond the governance every drill
// shares (governance): the vulnerable implementation behind the proxy,
// its initializer, and the attack contract.

// implementation is the artifact of the implementation the scenario
// deploys behind the proxy.
func (s Scenario) implementation() string {
	if s.Implementation == "" {
		return contracts.VaultV1Name
	}
	return s.Implementation
}

// attacker is the artifact of the scenario's attack contract.
func (s Scenario) attacker() string {
	if s.Attacker == "" {
		return contracts.ReentrancyAttackerName
	}
	return s.Attacker
}

// extras are the contracts a scenario deployed before the vault, by name.
type extras map[string]common.Address

func extrasOf(list []deploy.Extra) extras {
	x := extras{}
	for _, e := range list {
		x[e.Name] = e.Address
	}
	return x
}

// deployConfig is the governance with the scenario's implementation and
// its initializer, given what prepare deployed.
func (s Scenario) deployConfig(cfg deploy.Config, x []deploy.Extra) deploy.Config {
	cfg.Implementation = s.implementation()
	if s.initialize != nil {
		cfg.Initialize = func(timelock common.Address) ([]byte, error) { return s.initialize(timelock, extrasOf(x)) }
	}
	return cfg
}

// abis are the artifacts whose ABIs decode the drill's reverts: the
// implementation, the right fix, the attack contract.
func (s Scenario) abis() []string {
	out := []string{s.implementation()}
	for _, f := range s.Fixes {
		if f.Right {
			out = append(out, f.Artifact)
		}
	}
	return append(out, s.attacker())
}
