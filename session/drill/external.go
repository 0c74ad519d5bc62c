package drill

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"warroom/chain"
	"warroom/chain/deploy"
	"warroom/chain/rpc"
	"warroom/chain/tx"
	"warroom/session/config"
)

// A drill on an external node (Config.RPC: warroom drill --rpc) runs on
// anvil, hardhat or geth --dev instead of the embedded chain. The node is
// dialed and checked before the journal exists: its chain id (a public
// network is refused, the drill's keys are known to anyone), whether it
// seals on request, and whether the funder can pay for the drill's roles.
// Then, where the node has evm_mine (anvil, hardhat), automine is turned
// off and the drill seals every block itself, at its block period (Step is
// one evm_mine), restoring automine when it closes; on a node without it
// (geth --dev) the drill follows the node's own blocks and says so. The
// funder sends each role what the embedded chain's genesis gives it, or
// less when it holds less. The funder's key is never shown: a tx.Signer
// formats as its address.

// Errors of a drill on an external node.
var (
	// ErrNodeUnreachable is an --rpc node that does not answer.
	ErrNodeUnreachable = errors.New("the node does not answer")
	// ErrPublicChain is a node of a public network: the drill's keys are
	// throwaway keys anyone can derive, so what the funder sends them is
	// anyone's to take.
	ErrPublicChain = errors.New("a public network, not a dev chain")
	// ErrFunderFunds is a funder that cannot pay for the drill's roles.
	ErrFunderFunds = errors.New("the funder cannot fund the drill")
	// ErrFunderRole is a funder key that is one of the drill's own keys.
	ErrFunderRole = errors.New("the funder is a drill key")
)

// refusal is an error of a drill on a node: its own sentence, and the
// sentinel it is.
type refusal struct {
	msg string
	is  error
}

func (r *refusal) Error() string { return r.msg }
func (r *refusal) Unwrap() error { return r.is }

func refuse(is error, format string, a ...any) error {
	return &refusal{msg: fmt.Sprintf(format, a...), is: is}
}

// nodeTimeout bounds each step of reaching the node before the drill
// starts: the dial, the checks, the funding's confirmation.
const nodeTimeout = 15 * time.Second

// publicChains are the networks a drill refuses to run on, by chain id.
var publicChains = map[uint64]string{
	1: "Ethereum mainnet", 10: "OP Mainnet", 56: "BNB Smart Chain", 100: "Gnosis", 137: "Polygon",
	250: "Fantom", 324: "zkSync Era", 8453: "Base", 42161: "Arbitrum One", 42220: "Celo",
	43114: "Avalanche C-Chain", 59144: "Linea", 534352: "Scroll",
	11155111: "Sepolia", 17000: "Holesky", 560048: "Hoodi", 84532: "Base Sepolia",
	421614: "Arbitrum Sepolia", 11155420: "OP Sepolia", 80002: "Polygon Amoy",
}

// Funding: on the embedded chain every role gets genesisFunds; on a node
// the funder sends each role up to that, and at least its least.
var (
	genesisFunds = ether(10_000)
	// leastFunds is what a role needs at the least: the deployer puts up
	// the oracle scenario's market (600 ether) or the Safe's treasury;
	// every other role pays gas and the script's small amounts.
	leastDeployer = ether(800)
	leastRole     = ether(100)
	// funderReserve is what the funder keeps for its own transfers' gas.
	funderReserve = ether(1)
)

func leastFor(role string) *big.Int {
	if role == roleDeployer {
		return leastDeployer
	}
	return leastRole
}

// node is an external node a drill runs on.
type node struct {
	c       chain.Client
	url     string // as given: it may hold an API key, so it is never shown
	shown   string // scheme://host
	chainID *big.Int
	version string // web3_clientVersion, "" when it does not say
	funder  *tx.Signer
	plan    funding
	// seals: the node has evm_mine, so the drill seals every block;
	// otherwise it follows the node's own blocks. restore: automine was
	// on and the drill turned it off.
	seals    bool
	automine bool
	restore  bool
	notes    []string

	mu     sync.Mutex // serialises sealing; guards last
	last   uint64     // the newest head seen
	stopMu sync.Mutex
	stop   context.CancelFunc
	done   chan struct{}
	closed sync.Once
}

var _ drillChain = (*node)(nil)

// funding is what the funder sends each role.
type funding struct {
	roles   []string
	amounts []*big.Int // nil or zero: nothing to send
	total   *big.Int
	held    *big.Int // the funder's balance
	short   bool     // less than genesisFunds for some role
}

// dialNode reaches the node at rawURL and checks it can carry a drill
// funded by funder: nothing is sent yet.
func dialNode(ctx context.Context, rawURL string, funder *tx.Signer) (*node, error) {
	shown := config.Redact(rawURL)
	if funder == nil {
		return nil, refuse(ErrFunderFunds, "a drill on %s needs a funder key to fund its roles (--funder-key-file)", shown)
	}
	for _, role := range append(fundedRoles(), roleAttacker) {
		if Key(role).Address() == funder.Address() {
			return nil, refuse(ErrFunderRole, "the funder %s is the drill's own %s key; fund the drill from another account (anvil's first dev account will do)", funder.Address().Hex(), role)
		}
	}
	ctx, cancel := context.WithTimeout(ctx, nodeTimeout)
	defer cancel()
	c, err := rpc.Dial(ctx, rawURL)
	if err != nil {
		if ctx.Err() != nil {
			return nil, refuse(ErrNodeUnreachable, "the node at %s did not answer within %s; is a node running there (anvil --port PORT, geth --dev --http)?", shown, nodeTimeout)
		}
		return nil, refuse(ErrNodeUnreachable, "the node at %s does not answer (%s); is a node running there (anvil --port PORT, geth --dev --http)?", shown, cause(config.RedactError(err, rawURL)))
	}
	n := &node{c: c, url: rawURL, shown: shown, funder: funder}
	if err := n.check(ctx); err != nil {
		c.Close()
		return nil, err
	}
	return n, nil
}

// cause is the end of a dial error ("connection refused") where it says
// it all, else the whole message.
func cause(msg string) string {
	last := msg
	if i := strings.LastIndex(msg, ": "); i >= 0 {
		last = msg[i+2:]
	}
	for _, c := range []string{"refused", "no such host", "timeout", "reset", "unreachable"} {
		if strings.Contains(last, c) {
			return last
		}
	}
	return msg
}

// check reads the node's chain id, what it is, whether it seals on
// request, and plans the funding.
func (n *node) check(ctx context.Context) error {
	id, err := n.c.ChainID(ctx)
	if err != nil {
		return refuse(ErrNodeUnreachable, "the node at %s does not say its chain id: %s", n.shown, config.RedactError(err, n.url))
	}
	n.chainID = id
	if name, public := publicChains[id.Uint64()]; public && id.IsUint64() {
		return refuse(ErrPublicChain, "the node at %s answers chain id %d (%s); a drill's keys are throwaway keys anyone can derive, so it runs only on a dev chain (anvil, hardhat, geth --dev)", n.shown, id, name)
	}
	var version string
	if err := n.c.CallContext(ctx, &version, "web3_clientVersion"); err == nil {
		n.version = version
	}
	n.seals = false
	for _, method := range []string{"anvil_getAutomine", "hardhat_getAutomine"} {
		var on bool
		err := n.c.CallContext(ctx, &on, method)
		if err == nil {
			n.seals, n.automine = true, on
			break
		}
		if ctx.Err() != nil {
			return refuse(ErrNodeUnreachable, "the node at %s stopped answering: %s", n.shown, config.RedactError(err, n.url))
		}
		// Any other answer is a node without the method: it mines itself.
	}
	head, err := n.c.BlockNumber(ctx)
	if err != nil {
		return refuse(ErrNodeUnreachable, "the node at %s does not say its head: %s", n.shown, config.RedactError(err, n.url))
	}
	n.last = head
	return n.planFunding(ctx)
}

// planFunding decides what each role gets: what it lacks of genesisFunds
// when the funder holds enough, else at least its least and a share of the
// rest in proportion to what it lacks.
func (n *node) planFunding(ctx context.Context) error {
	held, err := n.c.BalanceAt(ctx, n.funder.Address(), nil)
	if err != nil {
		return refuse(ErrNodeUnreachable, "the node at %s does not answer the funder's balance: %s", n.shown, config.RedactError(err, n.url))
	}
	p := funding{roles: fundedRoles(), total: new(big.Int), held: held}
	lack := make([]*big.Int, len(p.roles))  // up to genesisFunds
	least := make([]*big.Int, len(p.roles)) // up to the role's least
	needAll, needLeast := new(big.Int), new(big.Int)
	for i, role := range p.roles {
		bal, err := n.c.BalanceAt(ctx, Key(role).Address(), nil)
		if err != nil {
			return refuse(ErrNodeUnreachable, "the node at %s does not answer a balance: %s", n.shown, config.RedactError(err, n.url))
		}
		lack[i] = new(big.Int).Sub(genesisFunds, bal)
		if lack[i].Sign() < 0 {
			lack[i].SetInt64(0)
		}
		least[i] = new(big.Int).Sub(leastFor(role), bal)
		if least[i].Sign() < 0 {
			least[i].SetInt64(0)
		}
		needAll.Add(needAll, lack[i])
		needLeast.Add(needLeast, least[i])
	}
	avail := new(big.Int).Sub(held, funderReserve)
	if avail.Sign() < 0 {
		avail.SetInt64(0)
	}
	switch {
	case needAll.Sign() == 0:
		p.amounts = make([]*big.Int, len(p.roles))
	case avail.Cmp(needAll) >= 0:
		p.amounts = lack
	case avail.Cmp(needLeast) < 0:
		return fmt.Errorf("%w: the funder %s holds %s on chain %s at %s, and the drill's %d roles need at least %s more (the deployer %s, every other role %s, and %s for the funder's gas); fund it, or use one of anvil's dev accounts (10,000 ETH each)",
			ErrFunderFunds, n.funder.Address().Hex(), chain.FormatEther(held, 3), n.chainID, n.shown, len(p.roles),
			chain.FormatEther(needLeast, 0), chain.FormatEther(leastDeployer, 0), chain.FormatEther(leastRole, 0), chain.FormatEther(funderReserve, 0))
	default:
		// Each role its least, then the rest shared by what it still lacks.
		p.short = true
		rest := new(big.Int).Sub(avail, needLeast)
		more := new(big.Int).Sub(needAll, needLeast)
		p.amounts = make([]*big.Int, len(p.roles))
		for i := range p.roles {
			share := new(big.Int).Sub(lack[i], least[i])
			if more.Sign() > 0 {
				share.Mul(share, rest).Div(share, more)
			}
			p.amounts[i] = share.Add(share, least[i])
		}
	}
	for _, a := range p.amounts {
		if a != nil {
			p.total.Add(p.total, a)
		}
	}
	n.plan = p
	return nil
}

// prepare turns automine off where the drill seals, and funds the roles.
// It returns what the drill journals as warnings once it has a session.
func (n *node) prepare(ctx context.Context) ([]string, error) {
	ctx, cancel := context.WithTimeout(ctx, 4*nodeTimeout)
	defer cancel()
	if n.seals && n.automine {
		if err := n.c.CallContext(ctx, nil, "evm_setAutomine", false); err != nil {
			return nil, fmt.Errorf("turn automine off on %s: %s", n.shown, config.RedactError(err, n.url))
		}
		n.restore = true
	}
	switch {
	case !n.seals:
		n.notes = append(n.notes, fmt.Sprintf("the node at %s (%s) has no evm_mine, so the drill follows the node's own blocks: its block time is the node's, not --block-time (start geth with --dev.period 1 for a block a second)", n.shown, n.describe()))
	case !n.automine:
		n.notes = append(n.notes, fmt.Sprintf("automine was already off on %s (interval mining?): the drill seals its own blocks with evm_mine as well, and leaves automine off when it ends", n.shown))
	}
	if err := n.fund(ctx); err != nil {
		return nil, err
	}
	return n.notes, nil
}

// describe is what the node says it is.
func (n *node) describe() string {
	if n.version == "" {
		return "chain id " + n.chainID.String()
	}
	return n.version + ", chain id " + n.chainID.String()
}

// fund sends each role its amount and waits until every transfer is mined.
func (n *node) fund(ctx context.Context) error {
	p := n.plan
	from := tx.NewAccount(n.c, n.funder, n.chainID)
	var sent []*types.Transaction
	least := new(big.Int)
	for i, role := range p.roles {
		a := p.amounts[i]
		if a == nil || a.Sign() == 0 {
			continue
		}
		if role != roleDeployer && (least.Sign() == 0 || a.Cmp(least) < 0) {
			least.Set(a)
		}
		to := Key(role).Address()
		t, err := from.Send(ctx, &to, nil, a, gasTransfer)
		if err != nil {
			return fmt.Errorf("the funder %s could not fund %s on %s: %s", n.funder.Address().Hex(), role, n.shown, config.RedactError(err, n.url))
		}
		sent = append(sent, t)
	}
	if len(sent) == 0 {
		return nil
	}
	if m := n.miner(); m != nil {
		if err := m.CommitUntilMined(ctx, sent...); err != nil {
			return fmt.Errorf("funding the drill's roles on %s: %w", n.shown, err)
		}
	}
	for _, t := range sent {
		r, err := tx.WaitMined(ctx, n.c, t.Hash())
		if err != nil {
			return fmt.Errorf("funding the drill's roles on %s: %s", n.shown, config.RedactError(err, n.url))
		}
		if r.Status != types.ReceiptStatusSuccessful {
			return fmt.Errorf("funding the drill's roles on %s: transfer %s failed", n.shown, t.Hash().Hex())
		}
	}
	if p.short {
		deployer := new(big.Int)
		for i, role := range p.roles {
			if role == roleDeployer && p.amounts[i] != nil {
				deployer = p.amounts[i]
			}
		}
		n.notes = append(n.notes, fmt.Sprintf("the funder %s held %s, less than the %s the drill's %d roles get on the embedded chain (%s each): it sent %s in all, the deployer %s and every other role %s or more; the script needs far less, but balances read smaller than on the embedded chain",
			n.funder.Address().Hex(), chain.FormatEther(p.held, 0), chain.FormatEther(new(big.Int).Mul(genesisFunds, big.NewInt(int64(len(p.roles)))), 0),
			len(p.roles), chain.FormatEther(genesisFunds, 0), chain.FormatEther(p.total, 0), chain.FormatEther(deployer, 0), chain.FormatEther(least, 0)))
	}
	return nil
}

func (n *node) Client() chain.Client { return n.c }

// miner seals the setup's blocks with evm_mine; nil where the node mines
// on its own.
func (n *node) miner() deploy.Miner {
	if !n.seals {
		return nil
	}
	return n
}

func (n *node) head(ctx context.Context) (uint64, error) {
	h, err := n.c.BlockNumber(ctx)
	if err != nil {
		return 0, fmt.Errorf("read the head of %s: %s", n.shown, config.RedactError(err, n.url))
	}
	n.mu.Lock()
	n.last = max(n.last, h)
	n.mu.Unlock()
	return h, nil
}

// Head is the node's head, or the newest seen when it does not answer.
func (n *node) Head() uint64 {
	ctx, cancel := context.WithTimeout(context.Background(), nodeTimeout)
	defer cancel()
	if h, err := n.head(ctx); err == nil {
		return h
	}
	n.mu.Lock()
	defer n.mu.Unlock()
	return n.last
}

// commit seals one block (evm_mine), or on a node that mines itself
// waits for its next one.
func (n *node) commit(ctx context.Context) (uint64, error) {
	if !n.seals {
		return n.nextHead(ctx)
	}
	n.mu.Lock()
	defer n.mu.Unlock()
	if err := n.c.CallContext(ctx, nil, "evm_mine"); err != nil {
		return 0, fmt.Errorf("evm_mine on %s: %s", n.shown, config.RedactError(err, n.url))
	}
	h, err := n.c.BlockNumber(ctx)
	if err != nil {
		return 0, fmt.Errorf("read the head of %s: %s", n.shown, config.RedactError(err, n.url))
	}
	n.last = max(n.last, h)
	return h, nil
}

// nextHead waits until the node has a block past the newest seen.
func (n *node) nextHead(ctx context.Context) (uint64, error) {
	n.mu.Lock()
	last := n.last
	n.mu.Unlock()
	for {
		h, err := n.head(ctx)
		if err == nil && h > last {
			return h, nil
		}
		select {
		case <-ctx.Done():
			return 0, fmt.Errorf("waiting for the next block of %s: %w", n.shown, ctx.Err())
		case <-time.After(followPoll):
		}
	}
}

// followPoll is how often a drill following a node's blocks asks for its head.
const followPoll = 50 * time.Millisecond

// CommitUntilMined seals blocks until every tx is in one, at most five,
// as the embedded chain does (deploy.Miner).
func (n *node) CommitUntilMined(ctx context.Context, txs ...*types.Transaction) error {
	pending := make(map[common.Hash]bool, len(txs))
	for _, t := range txs {
		pending[t.Hash()] = true
	}
	for try := 0; try < 5 && len(pending) > 0; try++ {
		h, err := n.commit(ctx)
		if err != nil {
			return err
		}
		block, err := n.c.BlockByNumber(ctx, new(big.Int).SetUint64(h))
		if err != nil {
			return fmt.Errorf("read sealed block %d: %s", h, config.RedactError(err, n.url))
		}
		for _, t := range block.Transactions() {
			delete(pending, t.Hash())
		}
	}
	if len(pending) > 0 {
		return fmt.Errorf("%d of %d transactions still unmined after 5 blocks", len(pending), len(txs))
	}
	return nil
}

// mine seals a block every period (evm_mine), or follows the node's own
// blocks, calling onSealed with each new block's number, until ctx ends
// or Close.
func (n *node) mine(ctx context.Context, period time.Duration, onSealed func(uint64)) error {
	if period <= 0 {
		return errors.New("block time must be positive")
	}
	n.stopMu.Lock()
	defer n.stopMu.Unlock()
	if n.stop != nil {
		return errors.New("the drill already seals this node's blocks")
	}
	ctx, cancel := context.WithCancel(ctx)
	n.stop, n.done = cancel, make(chan struct{})
	tick := period
	if !n.seals {
		tick = min(followPoll, period)
	}
	n.mu.Lock()
	seen := n.last
	n.mu.Unlock()
	go func() {
		defer close(n.done)
		t := time.NewTicker(tick)
		defer t.Stop()
		for {
			select {
			case <-ctx.Done():
				return
			case <-t.C:
			}
			var (
				h   uint64
				err error
			)
			if n.seals {
				h, err = n.commit(ctx)
			} else {
				h, err = n.head(ctx)
			}
			if err != nil {
				continue // a hiccup: the next tick tries again
			}
			for ; seen < h; seen++ {
				if onSealed != nil {
					onSealed(seen + 1)
				}
			}
		}
	}()
	return nil
}

// endpoint is "": the drill serves no JSON-RPC of its own on a node.
func (n *node) endpoint() string { return "" }

func (n *node) name() string { return n.shown }

// Close stops sealing, turns automine back on if the drill turned it
// off, and closes the connection.
func (n *node) Close() error {
	var err error
	n.closed.Do(func() {
		n.stopMu.Lock()
		if n.stop != nil {
			n.stop()
			<-n.done
		}
		n.stopMu.Unlock()
		if n.restore {
			ctx, cancel := context.WithTimeout(context.Background(), nodeTimeout)
			if rerr := n.c.CallContext(ctx, nil, "evm_setAutomine", true); rerr != nil {
				err = fmt.Errorf("turn automine back on at %s: %s", n.shown, config.RedactError(rerr, n.url))
			}
			cancel()
		}
		n.c.Close()
	})
	return err
}

// ChainInfo says what chain a drill runs on.
type ChainInfo struct {
	// Name is "embedded", or the node's scheme://host.
	Name    string
	ChainID uint64
	// Client is what the node says it is (web3_clientVersion), "" for
	// the embedded chain.
	Client string
	// Seals says the drill seals the blocks (the embedded chain, or
	// evm_mine on anvil and hardhat); false when it follows the node's.
	Seals bool
	// URL is the JSON-RPC URL another process reaches the chain at, as
	// given (it may hold an API key: for dialing, not for showing); ""
	// for an embedded chain served on no port.
	URL string
	// Notes are what bringing a node up had to say, journaled as
	// warnings too: the funder held less than the embedded chain gives,
	// the drill follows the node's blocks.
	Notes []string
}

// Chain says what chain the drill runs on.
func (d *Drill) Chain() ChainInfo {
	info := ChainInfo{Name: d.chain.name(), ChainID: d.chainID.Uint64(), Seals: true, URL: d.chain.endpoint(), Notes: d.notes}
	if n, ok := d.chain.(*node); ok {
		info.Client, info.Seals, info.URL = n.version, n.seals, n.url
	}
	return info
}
