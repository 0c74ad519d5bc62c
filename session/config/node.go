package config

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"

	"warroom/chain"
)

// Node is what Check asks of a node.
type Node interface {
	ChainID(ctx context.Context) (*big.Int, error)
	CodeAt(ctx context.Context, account common.Address, block *big.Int) ([]byte, error)
	StorageAt(ctx context.Context, account common.Address, key common.Hash, block *big.Int) ([]byte, error)
}

// Facts are what Check learned from the node.
type Facts struct {
	// Implementations are the implementations behind the ERC-1967
	// proxies, by proxy address.
	Implementations map[common.Address]common.Address
	// Warnings are what is odd but does not stop a session: an artifact
	// whose runtime code is not the code on chain.
	Warnings []string
}

// Check holds the config against a node: its chain id, code at every
// address, an implementation behind every ERC-1967 proxy. An error joins
// every *Error found; a failure to ask the node is returned as it is.
func (c *Config) Check(ctx context.Context, node Node) (*Facts, error) {
	id, err := node.ChainID(ctx)
	if err != nil {
		return nil, fmt.Errorf("read the node's chain id: %w", err)
	}
	v := &validator{file: c.File, dir: c.Dir, lines: c.lines}
	if id.Uint64() != c.ChainID || !id.IsUint64() {
		v.fail(ErrChainID, "chain_id", c.lines.of("chain_id"),
			"the node answers chain id %s, not %d; point rpc at a node of chain %d, or fix chain_id if the node is the right one", id, c.ChainID, c.ChainID)
		// Every address below would be looked up on the wrong chain.
		return nil, v.joined()
	}
	facts := &Facts{Implementations: map[common.Address]common.Address{}}
	for i, k := range c.Contracts {
		line := c.lines.of("contract", fmt.Sprint(i), "address")
		code, err := node.CodeAt(ctx, k.Address, nil)
		if err != nil {
			return nil, fmt.Errorf("read the code of %s at %s: %w", k.Name, k.Address.Hex(), err)
		}
		if len(code) == 0 {
			v.fail(ErrNoCode, "contract.address", line, "%s has no code at %s on chain %d; is it the right address, on the right chain?", k.Name, k.Address.Hex(), c.ChainID)
			continue
		}
		runtime := code
		if k.Proxy == ProxyERC1967 {
			slot, err := node.StorageAt(ctx, k.Address, chain.ImplementationSlot, nil)
			if err != nil {
				return nil, fmt.Errorf("read the implementation slot of %s: %w", k.Name, err)
			}
			impl := common.BytesToAddress(slot)
			if impl == (common.Address{}) {
				v.fail(ErrNoCode, "contract.proxy", c.lines.of("contract", fmt.Sprint(i), "proxy"),
					"%s at %s has an empty ERC-1967 implementation slot, so it is not an ERC-1967 proxy; remove proxy = %q or fix the address", k.Name, k.Address.Hex(), ProxyERC1967)
				continue
			}
			if runtime, err = node.CodeAt(ctx, impl, nil); err != nil {
				return nil, fmt.Errorf("read the code of %s's implementation %s: %w", k.Name, impl.Hex(), err)
			}
			if len(runtime) == 0 {
				v.fail(ErrNoCode, "contract.proxy", c.lines.of("contract", fmt.Sprint(i), "proxy"),
					"%s's implementation slot names %s, which holds no code; the proxy is broken or not an ERC-1967 proxy", k.Name, impl.Hex())
				continue
			}
			facts.Implementations[k.Address] = impl
		}
		if k.Artifact != nil && !k.Artifact.MatchesCode(runtime) {
			what := "the code at " + k.Address.Hex()
			if k.Proxy == ProxyERC1967 {
				what = fmt.Sprintf("the code of its implementation %s", facts.Implementations[k.Address].Hex())
			}
			facts.Warnings = append(facts.Warnings, fmt.Sprintf("%s:%d: contract.artifact: %s's artifact %s is not %s (another build or version?); the labels and the upgrade's layout check use the artifact",
				c.File, c.lines.of("contract", fmt.Sprint(i), "artifact"), k.Name, k.ArtifactPath, what))
		}
	}
	for _, g := range []struct {
		table string
		gov   *Governor
	}{{"safe", c.Safe}, {"timelock", c.Timelock}} {
		if g.gov == nil {
			continue
		}
		code, err := node.CodeAt(ctx, g.gov.Address, nil)
		if err != nil {
			return nil, fmt.Errorf("read the code of the %s at %s: %w", g.table, g.gov.Address.Hex(), err)
		}
		if len(code) == 0 {
			v.fail(ErrNoCode, g.table+".address", c.lines.of(g.table, "address"), "the %s has no code at %s on chain %d; is it the right address?", g.table, g.gov.Address.Hex(), c.ChainID)
		}
	}
	if len(v.errs) > 0 {
		return nil, v.joined()
	}
	return facts, nil
}

// IsConfigError says err is about the config (an *Error or several),
// not a failure to reach the node.
func IsConfigError(err error) bool {
	var e *Error
	return errors.As(err, &e)
}
