package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"math/big"
	"net/url"
	"strconv"
	"strings"
	"time"

	ethcommon "github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"warroom/chain"
	"warroom/chain/contracts"
	"warroom/chain/detect"
	"warroom/chain/rpc"
	"warroom/chain/safe"
)

// rpcTimeout bounds everything verify and sign ask a node.
const rpcTimeout = time.Minute

// verifyOptions are `warroom verify`'s flags, as given.
type verifyOptions struct {
	// The transaction, when there is no FILE.
	safe, to, gasToken, refundReceiver  addrValue
	chainID, nonce                      uint64
	value, safeTxGas, baseGas, gasPrice weiValue
	data                                hexValue
	operation                           opValue

	index       int
	sigs        []string
	owners      []string
	threshold   uint64
	rpc         string
	nestedSafe  addrValue
	nestedNonce uint64
	json        bool
}

// txFlags are the flags that give the transaction instead of FILE.
var txFlags = []string{"safe", "chain-id", "to", "value", "data", "operation", "nonce", "safe-tx-gas", "base-gas", "gas-price", "gas-token", "refund-receiver"}

func newVerifyCmd(c *common) *cobra.Command {
	o := &verifyOptions{}
	cmd := &cobra.Command{
		Use:   "verify [FILE]",
		Short: "Check a Safe transaction's hashes and signatures, offline",
		Long: `Compute a Safe transaction's EIP-712 hashes on this machine, independently
of any wallet or web page, so a signer can compare them with what their
hardware wallet shows: the domain hash, the message hash and the
safeTxHash. The call is decoded at every layer warroom knows (a timelock's
schedule or execute, the proxy's upgradeToAndCall inside it, the
initializer inside that), and the warnings post-Bybit verifiers raise are
shown: delegatecalls, owner, threshold, module, guard and fallback-handler
changes, hidden gas payments, nonces out of turn.

The transaction comes from FILE, a Safe{Wallet} Transaction Builder batch
file as warroom exports it (several transactions, each with its nonce) or
Safe Transaction Service transaction JSON, or from the flags --safe,
--chain-id, --to, --value, --data, --operation, --nonce (and the gas
fields, zero unless given).

--sig checks a signature (repeat it for several): who signed and in which
form (ecdsa, eth_sign, approved_hash, contract), or why it does not count.
Whose signatures count comes from --owners (offline) or --rpc, which reads
the Safe's owners, threshold and nonce and checks the hash against the
Safe's own getTransactionHash: when they differ, verify refuses.

--nested-safe is an owner that is itself a Safe: it approves through its
own transaction calling approveHash(safeTxHash) on the parent, at its
nonce (--nested-nonce, or read with --rpc); that transaction and its
hashes are shown too.

--json prints {"domainHash","messageHash","safeTxHash","warnings":[...],
"signatures":[{"signer","form","valid","reason"}]} (with label, safe,
chainId, nonce, call, and onChain and nested when checked); for a FILE of
several transactions, a JSON array of those objects, one per transaction.

Exit status: 0 when the hashes check out and every --sig counts, 1 when a
signature does not count or a hash differs, 2 on bad input.`,
		Example: `  warroom verify upgrade.json
  warroom verify upgrade.json --index 1 --owners 0xA…,0xB…,0xC… --sig 0x…
  warroom verify upgrade.json --rpc http://127.0.0.1:8545 --json
  warroom verify --safe 0x… --chain-id 1 --to 0x… --data 0x… --nonce 42`,
		Args: cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return runVerify(cmd, o, args)
		},
	}
	f := cmd.Flags()
	f.Var(&o.safe, "safe", "the Safe `address` (the EIP-712 verifying contract)")
	f.Uint64Var(&o.chainID, "chain-id", 0, "the chain `id` the Safe is on (1 for Ethereum); with --rpc, the node's by default")
	f.Var(&o.to, "to", "the `address` the Safe calls")
	f.Var(&o.value, "value", "the value sent, in `wei`")
	f.Var(&o.data, "data", "the calldata, 0x-prefixed `hex`")
	f.Var(&o.operation, "operation", "0 (call) or 1 (delegatecall)")
	f.Uint64Var(&o.nonce, "nonce", 0, "the Safe `nonce` of the transaction; with --rpc, the Safe's next by default")
	f.Var(&o.safeTxGas, "safe-tx-gas", "safeTxGas")
	f.Var(&o.baseGas, "base-gas", "baseGas")
	f.Var(&o.gasPrice, "gas-price", "gasPrice, in wei")
	f.Var(&o.gasToken, "gas-token", "the gas refund token `address` (zero: ether)")
	f.Var(&o.refundReceiver, "refund-receiver", "the gas refund receiver `address` (zero: the executor)")
	f.IntVar(&o.index, "index", 0, "only the `N`th transaction of FILE (1 is the first)")
	f.StringArrayVar(&o.sigs, "sig", nil, "a signature to check, `hex` (repeatable; several concatenated are read as execTransaction reads them)")
	f.StringSliceVar(&o.owners, "owners", nil, "the Safe's owners, `A,B,C`, to tell whose signatures count without a node")
	f.Uint64Var(&o.threshold, "threshold", 0, "with --owners, the Safe's threshold, to say whether the signatures suffice")
	f.StringVar(&o.rpc, "rpc", "", "a node's JSON-RPC `URL`: read owners, threshold and nonce, check the hash against the Safe's getTransactionHash")
	f.Var(&o.nestedSafe, "nested-safe", "an owner of the Safe that is itself a Safe (`address`): show its approveHash transaction too")
	f.Uint64Var(&o.nestedNonce, "nested-nonce", 0, "the nested Safe's `nonce` for its approval (with --rpc, read from it by default)")
	f.BoolVar(&o.json, "json", false, "print JSON: one object, or an array of them for a FILE of several transactions")
	return cmd
}

// item is one Safe transaction to check, and what its file calls it.
type item struct {
	label string
	tx    chain.SafeTx
}

func runVerify(cmd *cobra.Command, o *verifyOptions, args []string) error {
	ctx, cancel := context.WithTimeout(cmd.Context(), rpcTimeout)
	defer cancel()
	owners, err := parseOwners(o.owners)
	if err != nil {
		return err
	}
	if len(owners) > 0 && o.rpc != "" {
		return usageErrorf("give --owners or --rpc, not both: --rpc reads the owners from the Safe")
	}
	if len(o.sigs) > 0 && len(owners) == 0 && o.rpc == "" {
		return usageErrorf("--sig needs --owners A,B,C or --rpc URL to know whose signatures count")
	}
	if o.threshold != 0 && (len(owners) == 0 || o.threshold > uint64(len(owners))) {
		return usageErrorf("--threshold %d needs --owners with at least that many owners", o.threshold)
	}
	// FILE first: bad input is refused before any node is asked.
	var items []item
	var file *safe.TxFile
	if len(args) == 1 {
		for _, name := range txFlags {
			if cmd.Flags().Changed(name) {
				return usageErrorf("give FILE or the transaction flags (--%s …), not both", name)
			}
		}
		if file, items, err = loadTxFile(args[0], o.index); err != nil {
			return err
		}
	} else if cmd.Flags().Changed("index") {
		return usageErrorf("--index picks a transaction of FILE; there is no FILE")
	} else if err := o.needTxFlags(cmd.Flags()); err != nil {
		return err
	}
	if len(o.sigs) > 0 && len(items) > 1 {
		return usageErrorf("%s has %d transactions and a signature is for one of them; say which with --index 1 to --index %d", args[0], len(items), len(items))
	}
	if cmd.Flags().Changed("nested-safe") && !cmd.Flags().Changed("nested-nonce") && o.rpc == "" {
		return usageErrorf("--nested-safe needs --nested-nonce N (the nested Safe's nonce for its approval) or --rpc URL to read it")
	}
	if !cmd.Flags().Changed("nested-safe") && cmd.Flags().Changed("nested-nonce") {
		return usageErrorf("--nested-nonce is the nonce of the Safe given with --nested-safe; give --nested-safe ADDR too")
	}
	node, err := dialNode(ctx, o.rpc)
	if err != nil {
		return err
	}
	if node != nil {
		defer node.Close()
	}
	if len(args) == 0 {
		tx, err := o.flagTx(ctx, cmd.Flags(), node)
		if err != nil {
			return err
		}
		items = []item{{tx: tx}}
	}

	chk := &checker{node: node, owners: owners, threshold: o.threshold, dec: newCallDecoder()}
	if cmd.Flags().Changed("nested-safe") {
		chk.nested, chk.nestedNonceSet, chk.nestedNonce = &o.nestedSafe.a, cmd.Flags().Changed("nested-nonce"), o.nestedNonce
	}
	reports, err := chk.check(ctx, items, o.sigs)
	if err != nil {
		return err
	}
	out := cmd.OutOrStdout()
	if o.json {
		if err := writeReportsJSON(out, reports); err != nil {
			return err
		}
	} else {
		if file != nil {
			writeFileHeader(out, args[0], file)
		}
		for i := range reports {
			writeReport(out, &reports[i], i, len(reports))
		}
	}
	return verdict(reports)
}

// verdict is verify's outcome: the first hash that differs, or how many
// signatures do not count; nil when all is well.
func verdict(reports []txReport) error {
	bad, total := 0, 0
	for _, r := range reports {
		if r.hashErr != nil {
			return r.hashErr
		}
		if r.nested != nil && r.nested.hashErr != nil {
			return fmt.Errorf("nested Safe: %w", r.nested.hashErr)
		}
		for _, s := range r.results {
			total++
			if !s.Valid {
				bad++
			}
		}
	}
	if bad > 0 {
		return fmt.Errorf("%d of %d signatures do not count", bad, total)
	}
	return nil
}

// loadTxFile reads FILE and picks its index-th transaction (0: all).
// A file that cannot be read or is no Safe transaction is bad input; one
// whose own safeTxHash differs from its fields' is refused (exit 1).
func loadTxFile(path string, index int) (*safe.TxFile, []item, error) {
	f, err := safe.ReadFile(path)
	switch {
	case errors.Is(err, safe.ErrFileHashMismatch):
		return nil, nil, err
	case errors.Is(err, fs.ErrNotExist):
		return nil, nil, usageErrorf("%s: no such file; give a Safe transaction file (warroom's Transaction Builder export or Safe Transaction Service JSON)", path)
	case err != nil:
		return nil, nil, usageError(err)
	}
	var items []item
	for i, tx := range f.Txs {
		items = append(items, item{label: f.Labels[i], tx: tx})
	}
	if index != 0 {
		if index < 1 || index > len(items) {
			return nil, nil, usageErrorf("--index %d: %s has %d transaction(s); want 1 to %d", index, path, len(items), len(items))
		}
		items = items[index-1 : index]
	}
	return f, items, nil
}

// flagTx is the transaction the flags give; with a node, the chain id and
// the nonce default to the node's and the Safe's.
func (o *verifyOptions) flagTx(ctx context.Context, flags *pflag.FlagSet, node chain.Client) (chain.SafeTx, error) {
	if err := o.needTxFlags(flags); err != nil {
		return chain.SafeTx{}, err
	}
	tx := chain.SafeTx{
		Safe: o.safe.a, ChainID: o.chainID, To: o.to.a, Value: o.value.get(), Data: hexutil.Encode(o.data.b), Operation: o.operation.op,
		SafeTxGas: o.safeTxGas.get(), BaseGas: o.baseGas.get(), GasPrice: o.gasPrice.get(), GasToken: o.gasToken.a,
		RefundReceiver: o.refundReceiver.a, Nonce: o.nonce,
	}
	if !flags.Changed("chain-id") {
		if node == nil {
			return chain.SafeTx{}, usageErrorf("--chain-id is needed without --rpc: the chain the Safe is on (1 for Ethereum)")
		}
		id, err := node.ChainID(ctx)
		if err != nil {
			return chain.SafeTx{}, fmt.Errorf("eth_chainId: %w", err)
		}
		tx.ChainID = id.Uint64()
	}
	if tx.ChainID == 0 {
		return chain.SafeTx{}, usageErrorf("--chain-id 0 is no chain; want the chain the Safe is on (1 for Ethereum)")
	}
	if !flags.Changed("nonce") {
		if node == nil {
			return chain.SafeTx{}, usageErrorf("--nonce is needed without --rpc: the Safe nonce the transaction is signed for")
		}
		n, err := safe.At(tx.Safe).Nonce(ctx, node, nil)
		if err != nil {
			return chain.SafeTx{}, err
		}
		tx.Nonce = n
	}
	if err := safe.Fill(&tx); err != nil {
		return chain.SafeTx{}, usageError(err)
	}
	return tx, nil
}

// needTxFlags refuses a transaction given by flags without the ones that
// have no default: --safe and --to, and without --rpc --chain-id and
// --nonce.
func (o *verifyOptions) needTxFlags(flags *pflag.FlagSet) error {
	for _, name := range []string{"safe", "to"} {
		if !flags.Changed(name) {
			return usageErrorf("--%s is needed: give FILE, or the transaction with --safe, --chain-id, --to, --value, --data, --operation and --nonce", name)
		}
	}
	if o.rpc == "" {
		if !flags.Changed("chain-id") {
			return usageErrorf("--chain-id is needed without --rpc: the chain the Safe is on (1 for Ethereum)")
		}
		if !flags.Changed("nonce") {
			return usageErrorf("--nonce is needed without --rpc: the Safe nonce the transaction is signed for")
		}
	}
	return nil
}

// parseOwners reads --owners.
func parseOwners(list []string) ([]ethcommon.Address, error) {
	var out []ethcommon.Address
	seen := map[ethcommon.Address]bool{}
	for _, s := range list {
		s = strings.TrimSpace(s)
		if s == "" {
			continue
		}
		a, err := safe.ParseAddress(s)
		if err != nil {
			return nil, usageErrorf("--owners: %v", err)
		}
		if seen[a] {
			return nil, usageErrorf("--owners: %s is listed twice; a Safe has each owner once", a.Hex())
		}
		seen[a] = true
		out = append(out, a)
	}
	return out, nil
}

// dialNode connects to --rpc ("" is none). A URL that is not one is bad
// usage; a node that does not answer is an error while running.
func dialNode(ctx context.Context, raw string) (chain.Client, error) {
	if raw == "" {
		return nil, nil
	}
	u, err := url.Parse(raw)
	if err != nil || u.Host == "" || !(u.Scheme == "http" || u.Scheme == "https" || u.Scheme == "ws" || u.Scheme == "wss") {
		return nil, usageErrorf("--rpc %q is not a node's URL; want http://host:port, https://…, ws://… or wss://…", raw)
	}
	return rpc.Dial(ctx, raw)
}

// newCallDecoder knows the ABIs of every contract warroom ships: the
// Safe, its libraries, the timelock, the proxy and the vaults, so a
// schedule carrying an upgradeToAndCall carrying an initializer decodes
// all the way down.
func newCallDecoder() *detect.Decoder {
	d := detect.NewDecoder()
	for _, name := range []string{contracts.SafeName, contracts.TimelockControllerName, contracts.VaultV1Name, contracts.VaultV2Name,
		contracts.ERC1967ProxyName, contracts.MultiSendCallOnlyName, contracts.MultiSendName, contracts.CompatibilityFallbackHandlerName,
		contracts.SafeProxyFactoryName, contracts.IPausableName} {
		if a, err := contracts.Load(name); err == nil {
			d.AddABI(&a.ABI)
		}
	}
	return d
}

// checker checks Safe transactions as verify and sign need it.
type checker struct {
	node      chain.Client        // nil: offline
	owners    []ethcommon.Address // --owners
	threshold uint64              // --threshold, 0 when not given
	dec       *detect.Decoder

	nested         *ethcommon.Address
	nestedNonceSet bool
	nestedNonce    uint64

	states map[ethcommon.Address]*chain.SafeState
}

// txReport is what was found about one Safe transaction.
type txReport struct {
	label    string
	tx       chain.SafeTx // hashes filled, call decoded
	warnings []safe.Warning
	// onChain is the Safe's getTransactionHash when a node was asked;
	// hashErr is why the hash could not be trusted.
	onChain *ethcommon.Hash
	hashErr error
	// state is the Safe as read (nil offline); owners says where the
	// owners came from: "safe", "flag" or "" (not known).
	state   *chain.SafeState
	owners  string
	results []safe.Result
	ready   *bool // whether the counted signatures reach the threshold, when it is known
	// threshold is the Safe's, 0 when not known.
	threshold uint64
	nested    *nestedReport
}

// nestedReport is a nested Safe's approval of a transaction.
type nestedReport struct {
	tx       chain.SafeTx
	warnings []safe.Warning
	onChain  *ethcommon.Hash
	hashErr  error
	// notOwner says the nested Safe is not among the parent's owners.
	notOwner bool
}

// check builds the report of each item: hashes, decoded call, warnings,
// the chain's view when a node is at hand, and sigs checked against the
// (only) item.
func (k *checker) check(ctx context.Context, items []item, sigs []string) ([]txReport, error) {
	k.states = map[ethcommon.Address]*chain.SafeState{}
	var reports []txReport
	for i, it := range items {
		r := txReport{label: it.label, tx: it.tx}
		if err := safe.Fill(&r.tx); err != nil {
			return nil, usageError(err)
		}
		k.decode(&r.tx)
		known := safe.Known{}
		if k.node != nil {
			st, err := k.state(ctx, r.tx.Safe)
			if err != nil {
				return nil, err
			}
			r.state, known.State = st, st
			r.owners = "safe"
			r.onChain, r.hashErr = k.onChain(ctx, &r.tx)
		} else if len(k.owners) > 0 {
			r.owners = "flag"
		}
		r.warnings = safe.Warnings(&r.tx, known)
		if k.nested != nil {
			n, err := k.nestedFor(ctx, &r, uint64(i))
			if err != nil {
				return nil, err
			}
			r.nested = n
		}
		if len(sigs) > 0 && r.hashErr == nil {
			if err := k.checkSigs(ctx, &r, sigs); err != nil {
				return nil, err
			}
		}
		reports = append(reports, r)
	}
	return reports, nil
}

func (k *checker) decode(tx *chain.SafeTx) {
	data, err := safe.Calldata(tx)
	if err != nil {
		return
	}
	tx.Call = k.dec.DecodeNested(&tx.To, data)
}

// state reads a Safe's owners, threshold and nonce once.
func (k *checker) state(ctx context.Context, addr ethcommon.Address) (*chain.SafeState, error) {
	if st, ok := k.states[addr]; ok {
		return st, nil
	}
	st, err := safe.At(addr).State(ctx, k.node, nil)
	if err != nil {
		return nil, fmt.Errorf("%w (is %s a Safe on the chain --rpc reaches?)", err, addr.Hex())
	}
	k.states[addr] = st
	return st, nil
}

// onChain checks tx's hash against its Safe's getTransactionHash.
func (k *checker) onChain(ctx context.Context, tx *chain.SafeTx) (*ethcommon.Hash, error) {
	h, err := safe.OnChainHash(ctx, k.node, tx, nil)
	if err != nil {
		return nil, err
	}
	t := *tx
	if err := safe.Verify(ctx, k.node, &t); err != nil {
		if id, cerr := k.node.ChainID(ctx); cerr == nil && id.Uint64() != tx.ChainID {
			err = fmt.Errorf("%w; the node --rpc reaches is chain %d, the transaction is for chain %d", err, id.Uint64(), tx.ChainID)
		}
		return &h, err
	}
	return &h, nil
}

// nestedFor is the nested Safe's approval of r's transaction, the i-th
// shown: at the nested Safe's nonce plus i.
func (k *checker) nestedFor(ctx context.Context, r *txReport, i uint64) (*nestedReport, error) {
	child := *k.nested
	base := k.nestedNonce
	var childState *chain.SafeState
	if k.node != nil {
		st, err := k.state(ctx, child)
		if err != nil {
			return nil, err
		}
		childState = st
		if !k.nestedNonceSet {
			base = st.Nonce
		}
	}
	n, err := safe.NewNested(&r.tx, child, base+i)
	if err != nil {
		return nil, usageErrorf("--nested-safe: %v", err)
	}
	out := &nestedReport{tx: n.Child}
	out.warnings = safe.Warnings(&out.tx, safe.Known{State: childState})
	var owners []ethcommon.Address
	switch {
	case r.state != nil:
		owners = r.state.Owners
	case len(k.owners) > 0:
		owners = k.owners
	}
	if owners != nil {
		out.notOwner = true
		for _, o := range owners {
			if o == child {
				out.notOwner = false
			}
		}
	}
	if k.node != nil {
		out.onChain, out.hashErr = k.onChain(ctx, &out.tx)
	}
	return out, nil
}

// checkSigs checks each --sig against r's transaction.
func (k *checker) checkSigs(ctx context.Context, r *txReport, sigs []string) error {
	var v *safe.Verifier
	var err error
	switch {
	case r.state != nil:
		v, err = safe.NewVerifier(&r.tx, *r.state, safe.Options{Caller: k.node})
	default:
		threshold := k.threshold
		if threshold == 0 {
			threshold = 1 // not known: each signature is checked alone
		}
		v, err = safe.NewVerifier(&r.tx, chain.SafeState{Address: r.tx.Safe, Owners: k.owners, Threshold: threshold}, safe.Options{})
	}
	if err != nil {
		return usageErrorf("--owners: %v", err)
	}
	set := safe.NewSignatures(v)
	for _, s := range sigs {
		r.results = append(r.results, set.Add(ctx, s)...)
	}
	if r.state != nil || k.threshold != 0 {
		ready := set.Ready()
		r.ready, r.threshold = &ready, set.Threshold()
	}
	return nil
}

// The JSON verify prints for one transaction.
type reportJSON struct {
	Label       string            `json:"label,omitempty"`
	Safe        string            `json:"safe"`
	ChainID     uint64            `json:"chainId"`
	Nonce       uint64            `json:"nonce"`
	DomainHash  string            `json:"domainHash"`
	MessageHash string            `json:"messageHash"`
	SafeTxHash  string            `json:"safeTxHash"`
	OnChain     *onChainJSON      `json:"onChain,omitempty"`
	Call        chain.DecodedCall `json:"call"`
	Warnings    []safe.Warning    `json:"warnings"`
	Signatures  []signatureJSON   `json:"signatures"`
	Nested      *nestedJSON       `json:"nested,omitempty"`
}

type onChainJSON struct {
	SafeTxHash string `json:"safeTxHash,omitempty"`
	Matches    bool   `json:"matches"`
	Error      string `json:"error,omitempty"`
}

type signatureJSON struct {
	Signer   string   `json:"signer"`
	Form     string   `json:"form"`
	Valid    bool     `json:"valid"`
	Reason   string   `json:"reason"`
	Warnings []string `json:"warnings,omitempty"`
}

type nestedJSON struct {
	Safe        string         `json:"safe"`
	Nonce       uint64         `json:"nonce"`
	To          string         `json:"to"`
	Data        string         `json:"data"`
	DomainHash  string         `json:"domainHash"`
	MessageHash string         `json:"messageHash"`
	SafeTxHash  string         `json:"safeTxHash"`
	OnChain     *onChainJSON   `json:"onChain,omitempty"`
	Warnings    []safe.Warning `json:"warnings"`
	NotOwner    bool           `json:"notOwner,omitempty"`
}

func onChainOf(h *ethcommon.Hash, err error) *onChainJSON {
	if h == nil && err == nil {
		return nil
	}
	o := &onChainJSON{Matches: err == nil}
	if h != nil {
		o.SafeTxHash = h.Hex()
	}
	if err != nil {
		o.Error = err.Error()
	}
	return o
}

func (r *txReport) json() reportJSON {
	out := reportJSON{
		Label: r.label, Safe: r.tx.Safe.Hex(), ChainID: r.tx.ChainID, Nonce: r.tx.Nonce,
		DomainHash: r.tx.DomainHash.Hex(), MessageHash: r.tx.MessageHash.Hex(), SafeTxHash: r.tx.SafeTxHash.Hex(),
		OnChain: onChainOf(r.onChain, r.hashErr), Call: r.tx.Call,
		Warnings: append([]safe.Warning{}, r.warnings...), Signatures: []signatureJSON{},
	}
	for _, s := range r.results {
		sj := signatureJSON{Form: string(s.Form), Valid: s.Valid, Reason: s.Reason, Warnings: s.Warnings}
		if s.Signer != (ethcommon.Address{}) {
			sj.Signer = s.Signer.Hex()
		}
		out.Signatures = append(out.Signatures, sj)
	}
	if n := r.nested; n != nil {
		out.Nested = &nestedJSON{Safe: n.tx.Safe.Hex(), Nonce: n.tx.Nonce, To: n.tx.To.Hex(), Data: n.tx.Data,
			DomainHash: n.tx.DomainHash.Hex(), MessageHash: n.tx.MessageHash.Hex(), SafeTxHash: n.tx.SafeTxHash.Hex(),
			OnChain: onChainOf(n.onChain, n.hashErr), Warnings: append([]safe.Warning{}, n.warnings...), NotOwner: n.notOwner}
	}
	return out
}

// writeReportsJSON prints one object, or an array for several.
func writeReportsJSON(w io.Writer, reports []txReport) error {
	var v any
	if len(reports) == 1 {
		v = reports[0].json()
	} else {
		list := make([]reportJSON, len(reports))
		for i := range reports {
			list[i] = reports[i].json()
		}
		v = list
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}

// fieldWidth aligns the names of the human report.
const fieldWidth = 16

func field(w io.Writer, indent, name, value string) {
	fmt.Fprintf(w, "%s%-*s %s\n", indent, fieldWidth, name, value)
}

func writeFileHeader(w io.Writer, path string, f *safe.TxFile) {
	kind := "Safe Transaction Service JSON"
	if f.Format == safe.FormatTxBuilder {
		kind = "Transaction Builder batch file"
	}
	line := fmt.Sprintf("%s: %s, %d transaction(s)", path, kind, len(f.Txs))
	if f.Name != "" {
		line += fmt.Sprintf(", %q", f.Name)
	}
	fmt.Fprintln(w, line)
	if f.Format == safe.FormatTxBuilder {
		switch {
		case f.Checksum == "":
			fmt.Fprintln(w, "  meta.checksum   none")
		case f.ChecksumOK:
			fmt.Fprintln(w, "  meta.checksum   matches the file (Transaction Builder checksum)")
		default:
			fmt.Fprintln(w, "  meta.checksum   ⚠ does NOT match the file: it was edited after it was made; the hashes below are of what it says now")
		}
	}
	fmt.Fprintln(w)
}

// writeReport prints one transaction for a person to compare with their
// wallet's screen.
func writeReport(w io.Writer, r *txReport, i, n int) {
	head := "Safe transaction"
	if n > 1 {
		head += fmt.Sprintf(" %d of %d", i+1, n)
	}
	if r.label != "" {
		head += " · " + r.label
	}
	fmt.Fprintln(w, head)
	writeTx(w, "  ", &r.tx)
	writeOnChain(w, "  ", r.onChain, r.hashErr)
	writeWarnings(w, "  ", r.warnings)
	if n := r.nested; n != nil {
		fmt.Fprintf(w, "  nested Safe %s approves it with its own transaction:\n", n.tx.Safe.Hex())
		if n.notOwner {
			fmt.Fprintf(w, "    ⚠ %s is not an owner of Safe %s: its approval would not count\n", n.tx.Safe.Hex(), r.tx.Safe.Hex())
		}
		writeTx(w, "    ", &n.tx)
		writeOnChain(w, "    ", n.onChain, n.hashErr)
		writeWarnings(w, "    ", n.warnings)
		fmt.Fprintf(w, "    once it has executed, the parent counts it as an approved-hash signature (v 1): %s\n", safe.ApprovedHash(n.tx.Safe).Hex())
	}
	if len(r.results) > 0 {
		writeSignatures(w, r)
	}
	fmt.Fprintln(w)
}

func writeTx(w io.Writer, in string, tx *chain.SafeTx) {
	field(w, in, "Safe", tx.Safe.Hex())
	field(w, in, "chain id", strconv.FormatUint(tx.ChainID, 10))
	field(w, in, "to", tx.To.Hex())
	v := tx.Value
	if v == nil {
		v = new(big.Int)
	}
	field(w, in, "value", chain.FormatEtherExact(v)+" ("+v.String()+" wei)")
	data, _ := safe.Calldata(tx)
	if len(data) == 0 {
		field(w, in, "data", "0x (none)")
	} else {
		field(w, in, "data", fmt.Sprintf("%s  (%d bytes, keccak256 %s)", hexutil.Encode(data), len(data), crypto.Keccak256Hash(data).Hex()))
	}
	field(w, in, "operation", fmt.Sprintf("%d (%s)", tx.Operation, tx.Operation))
	field(w, in, "nonce", strconv.FormatUint(tx.Nonce, 10))
	for _, g := range []struct {
		name string
		v    *big.Int
	}{{"safeTxGas", tx.SafeTxGas}, {"baseGas", tx.BaseGas}, {"gasPrice", tx.GasPrice}} {
		x := g.v
		if x == nil {
			x = new(big.Int)
		}
		field(w, in, g.name, x.String())
	}
	field(w, in, "gasToken", tx.GasToken.Hex())
	field(w, in, "refundReceiver", tx.RefundReceiver.Hex())
	if tx.Call.Signature != "" {
		fmt.Fprintf(w, "%scall\n", in)
		writeCall(w, in+"  ", &tx.Call)
	}
	field(w, in, "domain hash", tx.DomainHash.Hex())
	field(w, in, "message hash", tx.MessageHash.Hex())
	field(w, in, "safeTxHash", tx.SafeTxHash.Hex())
}

// writeCall prints a decoded call and the calls inside it.
func writeCall(w io.Writer, in string, c *chain.DecodedCall) {
	sig := c.Signature
	if !c.Known {
		sig += "  (not decoded: unknown selector)"
	}
	if c.To != nil {
		sig += " → " + c.To.Hex()
	}
	fmt.Fprintf(w, "%s%s\n", in, sig)
	width := 0
	for _, a := range c.Args {
		width = max(width, len(a.Name)+len(a.Type)+3)
	}
	for _, a := range c.Args {
		fmt.Fprintf(w, "%s    %-*s  %s\n", in, width, a.Name+" ("+a.Type+")", a.Value)
	}
	if c.Raw != "" && !c.Known {
		fmt.Fprintf(w, "%s    raw  %s\n", in, c.Raw)
	}
	for i := range c.Inner {
		fmt.Fprintf(w, "%s    ↳ carries:\n", in)
		writeCall(w, in+"      ", &c.Inner[i])
	}
}

func writeOnChain(w io.Writer, in string, h *ethcommon.Hash, err error) {
	switch {
	case err != nil:
		field(w, in, "on chain", "✗ REFUSED: "+err.Error())
	case h != nil:
		field(w, in, "on chain", "✓ the Safe's getTransactionHash answers the same safeTxHash")
	}
}

func writeWarnings(w io.Writer, in string, ws []safe.Warning) {
	if len(ws) == 0 {
		field(w, in, "warnings", "none")
		return
	}
	fmt.Fprintf(w, "%swarnings\n", in)
	for _, x := range ws {
		fmt.Fprintf(w, "%s  ⚠ [%s] %s\n", in, x.Code, x.Message)
	}
}

func writeSignatures(w io.Writer, r *txReport) {
	whose := "owners as given with --owners"
	if r.owners == "safe" {
		whose = fmt.Sprintf("owners read from the Safe: %d, threshold %d", len(r.state.Owners), r.state.Threshold)
	}
	fmt.Fprintf(w, "  signatures (%s)\n", whose)
	counted := 0
	for _, s := range r.results {
		who := string(s.Form) // an unparsed signature has neither signer nor form
		if s.Signer != (ethcommon.Address{}) {
			who = s.Signer.Hex() + "  " + who
		}
		switch {
		case s.Valid:
			counted++
			fmt.Fprintf(w, "    ✓ counts   %s\n", who)
		case who == "":
			fmt.Fprintf(w, "    ✗ rejected %s\n", s.Reason)
		default:
			fmt.Fprintf(w, "    ✗ rejected %s: %s\n", who, s.Reason)
		}
		for _, x := range s.Warnings {
			fmt.Fprintf(w, "        ⚠ %s\n", x)
		}
	}
	if r.ready != nil {
		if *r.ready {
			fmt.Fprintf(w, "    %d owner(s) counted, threshold %d: enough to execute\n", counted, r.threshold)
		} else {
			fmt.Fprintf(w, "    %d owner(s) counted, threshold %d: not enough to execute yet\n", counted, r.threshold)
		}
	}
}

// Flag values.

// addrValue is an address flag: 0x and 40 hex digits, EIP-55 checked
// when mixed case.
type addrValue struct {
	a   ethcommon.Address
	set bool
}

func (v *addrValue) String() string {
	if !v.set {
		return ""
	}
	return v.a.Hex()
}

func (v *addrValue) Set(s string) error {
	a, err := safe.ParseAddress(strings.TrimSpace(s))
	if err != nil {
		return err
	}
	v.a, v.set = a, true
	return nil
}

func (v *addrValue) Type() string { return "address" }

// weiValue is a uint256 flag in decimal; zero unless given.
type weiValue struct{ n *big.Int }

func (v *weiValue) get() *big.Int {
	if v.n == nil {
		return new(big.Int)
	}
	return new(big.Int).Set(v.n)
}

func (v *weiValue) String() string {
	if v.n == nil {
		return "0"
	}
	return v.n.String()
}

func (v *weiValue) Set(s string) error {
	n, ok := new(big.Int).SetString(strings.TrimSpace(s), 10)
	if !ok || n.Sign() < 0 || n.BitLen() > 256 {
		return errors.New("want a whole number of wei in decimal, 0 to 2^256-1")
	}
	v.n = n
	return nil
}

func (v *weiValue) Type() string { return "wei" }

// hexValue is a calldata flag: 0x-prefixed hex, "0x" for none.
type hexValue struct{ b []byte }

func (v *hexValue) String() string { return hexutil.Encode(v.b) }

func (v *hexValue) Set(s string) error {
	s = strings.TrimSpace(s)
	if s == "" || s == "0x" {
		v.b = nil
		return nil
	}
	b, err := hexutil.Decode(s)
	if err != nil {
		return fmt.Errorf("%v; want 0x-prefixed calldata with an even number of hex digits", err)
	}
	v.b = b
	return nil
}

func (v *hexValue) Type() string { return "hex" }

// opValue is the operation flag: 0 or 1.
type opValue struct{ op chain.SafeOperation }

func (v *opValue) String() string { return strconv.Itoa(int(v.op)) }

func (v *opValue) Set(s string) error {
	switch strings.TrimSpace(s) {
	case "0", "call":
		v.op = chain.SafeCall
	case "1", "delegatecall":
		v.op = chain.SafeDelegateCall
	default:
		return errors.New("want 0 (call) or 1 (delegatecall)")
	}
	return nil
}

func (v *opValue) Type() string { return "0|1" }
