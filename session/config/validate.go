package config

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"math"
	"math/big"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"warroom/chain"
	"warroom/chain/artifact"
	"warroom/chain/calldata"
	"warroom/chain/shadow"
)

// validator checks a decoded file and collects every problem.
type validator struct {
	file, dir string
	lines     lines
	getenv    func(string) string
	errs      []*Error
}

func (v *validator) fail(err error, field string, line int, format string, a ...any) {
	v.errs = append(v.errs, &Error{File: v.file, Line: line, Field: field, Msg: fmt.Sprintf(format, a...), Err: err})
}

// joined is every problem in the order of the file.
func (v *validator) joined() error {
	slices.SortStableFunc(v.errs, func(a, b *Error) int { return a.Line - b.Line })
	errs := make([]error, len(v.errs))
	for i, e := range v.errs {
		errs[i] = e
	}
	return errors.Join(errs...)
}

func (v *validator) config(raw *fileTOML) *Config {
	cfg := &Config{File: v.file, Dir: v.dir, Name: strings.TrimSpace(raw.Name), Rules: chain.DefaultRules(), lines: v.lines}
	if cfg.Name == "" {
		v.fail(ErrMissing, "name", v.lines.of("name"), "the protocol needs a name; want %s", schema["name"])
	}
	switch {
	case raw.ChainID == nil:
		v.fail(ErrMissing, "chain_id", 0, "missing; want %s", schema["chain_id"])
	case *raw.ChainID == 0:
		v.fail(ErrInvalid, "chain_id", v.lines.of("chain_id"), "0 is not a chain id; want %s", schema["chain_id"])
	default:
		cfg.ChainID = *raw.ChainID
	}
	cfg.RPC = v.rpc(raw.RPC)
	cfg.Contracts = v.contracts(raw.Contract)
	seen := map[common.Address]string{}
	for _, c := range cfg.Contracts {
		if c.Address != (common.Address{}) {
			seen[c.Address] = fmt.Sprintf("contract %q", c.Name)
		}
	}
	cfg.Safe = v.governor("safe", raw.Safe, seen)
	cfg.Timelock = v.governor("timelock", raw.Timelock, seen)
	cfg.Guardian = v.guardian(raw.Guardian)
	v.rules(raw.Rules, &cfg.Rules)
	cfg.Regressions = v.regressions(raw.Regression, cfg.Contracts)
	return cfg
}

var varRE = regexp.MustCompile(`\$\{([^}]*)\}`)
var varNameRE = regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9_]*$`)

// rpc expands and checks the rpc list. No value of a variable and no
// more of a URL than its scheme and host is ever put in an error.
func (v *validator) rpc(list []string) []Endpoint {
	if len(list) == 0 {
		line := v.lines.of("rpc")
		what := "missing"
		if line > 0 {
			what = "the list is empty"
		}
		v.fail(ErrNoRPC, "rpc", line, "%s: warroom needs at least one node; want %s", what, schema["rpc"])
		return nil
	}
	var out []Endpoint
	for i, entry := range list {
		field := fmt.Sprintf("rpc entry %d", i+1)
		line := v.lines.of("rpc", fmt.Sprint(i))
		ep := Endpoint{N: i + 1}
		bad := false
		expanded := varRE.ReplaceAllStringFunc(entry, func(m string) string {
			name := m[2 : len(m)-1]
			ep.FromEnv = true
			if !varNameRE.MatchString(name) {
				v.fail(ErrInvalid, field, line, "%q is not a variable name; want ${NAME} with letters, digits and _", name)
				bad = true
				return ""
			}
			val := v.getenv(name)
			if val == "" {
				v.fail(ErrUnsetVar, field, line, "${%s} is not set in the environment (or is empty); export %s=<node URL> before starting warroom", name, name)
				bad = true
			}
			return val
		})
		if bad {
			continue
		}
		if strings.Contains(expanded, "${") {
			v.fail(ErrInvalid, field, line, "a ${ is not closed by }; want ${NAME}")
			continue
		}
		// What to call the entry: a literal URL is in the file anyway,
		// but it too is shown as scheme and host only.
		what := "the URL"
		if ep.FromEnv {
			what = "the URL its variables make"
		}
		u, err := url.Parse(expanded)
		if err != nil || u.Host == "" {
			v.fail(ErrInvalid, field, line, "%s is not a node URL; want ws://, wss://, http:// or https:// and a host", what)
			continue
		}
		switch u.Scheme {
		case "http", "https", "ws", "wss":
		default:
			v.fail(ErrInvalid, field, line, "%s has scheme %q; want ws://, wss://, http:// or https://", what, u.Scheme)
			continue
		}
		ep.url = expanded
		out = append(out, ep)
	}
	return out
}

// address parses a checksummed address.
func (v *validator) address(s, field string, line int) (common.Address, bool) {
	s = strings.TrimSpace(s)
	if s == "" {
		v.fail(ErrMissing, field, line, "missing; want a checksummed address in quotes, \"0x…\"")
		return common.Address{}, false
	}
	if !strings.HasPrefix(s, "0x") || !common.IsHexAddress(s) {
		v.fail(ErrAddress, field, line, "%s is not an address; want 0x and 40 hex digits", quote(s))
		return common.Address{}, false
	}
	a := common.HexToAddress(s)
	if a.Hex() != s {
		if strings.ToLower(s) == s || "0x"+strings.ToUpper(s[2:]) == s {
			v.fail(ErrAddress, field, line, "%s is not checksummed; write %s (EIP-55), so a mistyped address is caught", s, a.Hex())
		} else {
			v.fail(ErrAddress, field, line, "%s has a bad checksum: a digit is likely mistyped; its checksummed form would be %s, check it against the deployment", s, a.Hex())
		}
		return common.Address{}, false
	}
	if a == (common.Address{}) {
		v.fail(ErrAddress, field, line, "the zero address holds no contract; want the contract's address")
		return common.Address{}, false
	}
	return a, true
}

// path resolves a path of the file: ~ is the home directory, a relative
// path is relative to the config file's directory.
func (v *validator) path(p, field string, line int) (string, bool) {
	switch {
	case p == "~" || strings.HasPrefix(p, "~/"):
		home := v.getenv("HOME")
		if home == "" {
			v.fail(ErrInvalid, field, line, "%s starts with ~ but HOME is not set; write the path in full", quote(p))
			return "", false
		}
		return filepath.Join(home, strings.TrimPrefix(p, "~")), true
	case strings.HasPrefix(p, "~"):
		v.fail(ErrInvalid, field, line, "%s: ~user is not expanded; write ~/… or the path in full", quote(p))
		return "", false
	case filepath.IsAbs(p):
		return p, true
	}
	return filepath.Join(v.dir, p), true
}

var proxyKinds = []string{ProxyERC1967}

func (v *validator) contracts(list []contractTOML) []Contract {
	if len(list) == 0 {
		v.fail(ErrMissing, "contract", 0, "no [[contract]] to watch; add one with name, address and artifact")
		return nil
	}
	names := map[string]int{}
	addrs := map[common.Address]string{}
	var out []Contract
	for i, raw := range list {
		idx := fmt.Sprint(i)
		at := func(key string) int { return v.lines.of("contract", idx, key) }
		c := Contract{Name: strings.TrimSpace(raw.Name), Proxy: raw.Proxy}
		switch {
		case c.Name == "":
			v.fail(ErrMissing, "contract.name", at("name"), "this [[contract]] has no name; want %s", schema["contract.name"])
			c.Name = fmt.Sprintf("contract %d", i+1)
		case names[c.Name] != 0:
			v.fail(ErrInvalid, "contract.name", at("name"), "%q names two contracts (the other at line %d); give each its own name", c.Name, names[c.Name])
		default:
			names[c.Name] = at("name")
		}
		if a, ok := v.address(raw.Address, "contract.address", at("address")); ok {
			if other, dup := addrs[a]; dup {
				v.fail(ErrInvalid, "contract.address", at("address"), "%s is also contract %q's address; each contract once", a.Hex(), other)
			} else {
				addrs[a] = c.Name
				c.Address = a
			}
		}
		switch {
		case raw.Proxy == "" || raw.Proxy == ProxyERC1967:
		default:
			near := nearest(strings.ToLower(raw.Proxy), proxyKinds)
			if near == "" {
				near = ProxyERC1967
			}
			v.fail(ErrInvalid, "contract.proxy", at("proxy"), "%s is not a proxy kind warroom reads; want %q (ERC-1967: UUPS or transparent), or leave proxy out", quote(raw.Proxy), near)
		}
		switch strings.TrimSpace(raw.Role) {
		case "", chain.RoleProtocol:
			c.Role = chain.RoleProtocol
		case chain.RoleOracle:
			c.Role = chain.RoleOracle
		default:
			v.fail(ErrInvalid, "contract.role", at("role"), "%s is not a role; want %s", quote(raw.Role), schema["contract.role"])
		}
		c.Artifact, c.ArtifactPath = v.artifact(raw.Artifact, at("artifact"))
		c.Pause = v.pauseFunc(c, raw.Pause, "pause", at("pause"))
		c.Unpause = v.pauseFunc(c, raw.Unpause, "unpause", at("unpause"))
		if c.Unpause != "" && raw.Pause == "" {
			v.fail(ErrMissing, "contract.pause", at("unpause"), "%q has unpause but no pause; add pause = \"pause()\"", c.Name)
		}
		out = append(out, c)
	}
	return out
}

// artifact loads a contract's artifact.
func (v *validator) artifact(p string, line int) (*artifact.Artifact, string) {
	if strings.TrimSpace(p) == "" {
		v.fail(ErrMissing, "contract.artifact", line, "missing; want %s", schema["contract.artifact"])
		return nil, ""
	}
	path, ok := v.path(p, "contract.artifact", line)
	if !ok {
		return nil, ""
	}
	if _, err := os.Stat(path); err != nil {
		why := "cannot be read"
		if errors.Is(err, fs.ErrNotExist) {
			why = "does not exist"
		}
		rel := ""
		if !filepath.IsAbs(p) && !strings.HasPrefix(p, "~") {
			rel = fmt.Sprintf(" (relative paths are read from %s, the config file's directory)", v.dir)
		}
		v.fail(ErrArtifact, "contract.artifact", line, "%s %s%s; build the contracts (forge build, npx hardhat compile) or fix the path", path, why, rel)
		return nil, path
	}
	a, err := artifact.Load(path)
	if err != nil {
		v.fail(ErrArtifact, "contract.artifact", line, "%v", err)
		return nil, path
	}
	return a, path
}

// pauseFunc checks a pause or unpause signature against the artifact's ABI.
func (v *validator) pauseFunc(c Contract, sig, what string, line int) string {
	if sig == "" {
		return ""
	}
	field := "contract." + what
	call, err := calldata.Parse(sig)
	if err != nil || len(call.Args) > 0 {
		v.fail(ErrInvalid, field, line, "%s is not a function signature without arguments; want %s()", quote(sig), what)
		return ""
	}
	canon := call.Signature
	if canon != what+"()" {
		v.fail(ErrInvalid, field, line, "%s: warroom sends %s() to %s for now; a contract that %ss through another function cannot be %sd from the console yet", canon, what, what, what, what)
		return ""
	}
	if c.Artifact == nil {
		return canon
	}
	if !hasMethod(c.Artifact, canon) {
		v.fail(ErrInvalid, field, line, "%s's artifact %s has no %s function; is it the right artifact%s?", c.Name, c.Artifact.Ref(), canon, proxyHint(c))
		return ""
	}
	if what == "pause" && !hasMethod(c.Artifact, "paused()") {
		v.fail(ErrInvalid, field, line, "%s's artifact %s has no paused() view, which the watcher reads to see the pause; is it the right artifact?", c.Name, c.Artifact.Ref())
		return ""
	}
	return canon
}

func proxyHint(c Contract) string {
	if c.Proxy == ProxyERC1967 {
		return " (for a proxy, the implementation's)"
	}
	return ""
}

func hasMethod(a *artifact.Artifact, sig string) bool {
	for _, m := range a.ABI.Methods {
		if m.Sig == sig {
			return true
		}
	}
	return false
}

// governor checks [safe] or [timelock].
func (v *validator) governor(table string, raw *governorTOML, seen map[common.Address]string) *Governor {
	if raw == nil {
		return nil
	}
	a, ok := v.address(raw.Address, table+".address", v.lines.of(table, "address"))
	if !ok {
		return nil
	}
	if other, dup := seen[a]; dup {
		v.fail(ErrInvalid, table+".address", v.lines.of(table, "address"), "%s is also %s's address", a.Hex(), other)
		return nil
	}
	seen[a] = "[" + table + "]"
	return &Governor{Address: a}
}

// guardian checks that the keystore is there and is one.
func (v *validator) guardian(raw *guardianTOML) *Guardian {
	if raw == nil {
		return nil
	}
	line := v.lines.of("guardian", "keystore")
	if strings.TrimSpace(raw.Keystore) == "" {
		v.fail(ErrMissing, "guardian.keystore", line, "missing; want %s, or remove [guardian] (the session then cannot pause)", schema["guardian.keystore"])
		return nil
	}
	path, ok := v.path(raw.Keystore, "guardian.keystore", line)
	if !ok {
		return nil
	}
	data, err := os.ReadFile(path)
	if err != nil {
		why := "cannot be read"
		if errors.Is(err, fs.ErrNotExist) {
			why = "does not exist"
		} else if errors.Is(err, fs.ErrPermission) {
			why = "cannot be read (permission denied)"
		}
		v.fail(ErrKeystore, "guardian.keystore", line, "%s %s; want the guardian's go-ethereum keystore file (geth account new, cast wallet import)", path, why)
		return nil
	}
	var head struct {
		Address string          `json:"address"`
		Crypto  json.RawMessage `json:"crypto"`
		Crypto2 json.RawMessage `json:"Crypto"`
	}
	if json.Unmarshal(data, &head) != nil || (head.Crypto == nil && head.Crypto2 == nil) {
		v.fail(ErrKeystore, "guardian.keystore", line, "%s is not an encrypted key file; want a go-ethereum keystore JSON (UTC--…) with a crypto section", path)
		return nil
	}
	g := &Guardian{Keystore: path, JSON: data}
	if head.Address != "" {
		b, err := hexutil.Decode("0x" + strings.TrimPrefix(strings.TrimPrefix(head.Address, "0x"), "0X"))
		if err != nil || len(b) != 20 {
			v.fail(ErrKeystore, "guardian.keystore", line, "%s: its address %s is not an address", path, quote(head.Address))
			return nil
		}
		g.Account = common.BytesToAddress(b)
	}
	return g
}

func (v *validator) rules(raw *rulesTOML, into *chain.RuleConfig) {
	if raw == nil {
		return
	}
	if s := raw.OutflowShare; s != nil {
		bps := math.Round(*s * 10_000)
		if math.IsNaN(*s) || *s <= 0 || *s > 1 || bps < 1 {
			v.fail(ErrInvalid, "rules.outflow_share", v.lines.of("rules", "outflow_share"), "%v is outside the range; want %s (0.0001, one basis point, at the least)", *s, schema["rules.outflow_share"])
		} else {
			into.OutflowBps = uint64(bps)
		}
	}
	if n := raw.FreshContractBlocks; n != nil {
		if *n == 0 {
			v.fail(ErrInvalid, "rules.fresh_contract_blocks", v.lines.of("rules", "fresh_contract_blocks"), "0 would make no caller new; want %s", schema["rules.fresh_contract_blocks"])
		} else {
			into.NewContractBlocks = *n
		}
	}
	if n := raw.PreAttackBlocks; n != nil {
		into.FundedBlocks = *n
	}
	for _, r := range []struct {
		key  string
		val  *float64
		into *uint64
	}{{"price_deviation", raw.PriceDeviation, &into.PriceDeviationBps}, {"share_price_jump", raw.SharePriceJump, &into.SharePriceJumpBps}} {
		if r.val == nil {
			continue
		}
		bps := math.Round(*r.val * 10_000)
		if math.IsNaN(*r.val) || *r.val < 0 || *r.val > 100 || (*r.val > 0 && bps < 1) {
			v.fail(ErrInvalid, "rules."+r.key, v.lines.of("rules", r.key), "%v is outside the range; want %s", *r.val, schema["rules."+r.key])
			continue
		}
		*r.into = uint64(bps)
	}
}

func (v *validator) regressions(list []regressionTOML, contracts []Contract) []shadow.TestCall {
	var out []shadow.TestCall
	for i, raw := range list {
		idx := fmt.Sprint(i)
		at := func(key string) int { return v.lines.of("regression", idx, key) }
		tc := shadow.TestCall{Name: strings.TrimSpace(raw.Name), Kind: shadow.Regression}
		ok := true
		if tc.Name == "" {
			v.fail(ErrMissing, "regression.name", at("name"), "this [[regression]] has no name; want %s", schema["regression.name"])
			ok = false
		}
		from, fok := v.address(raw.From, "regression.from", at("from"))
		tc.From, ok = from, ok && fok
		var target *Contract
		switch to := strings.TrimSpace(raw.To); {
		case to == "":
			v.fail(ErrMissing, "regression.to", at("to"), "missing; want %s", schema["regression.to"])
			ok = false
		case strings.HasPrefix(to, "0x"):
			a, aok := v.address(to, "regression.to", at("to"))
			tc.To, ok = a, ok && aok
			for j := range contracts {
				if contracts[j].Address == a && aok {
					target = &contracts[j]
				}
			}
		default:
			for j := range contracts {
				if contracts[j].Name == to {
					target = &contracts[j]
				}
			}
			if target == nil {
				var names []string
				for _, c := range contracts {
					names = append(names, fmt.Sprintf("%q", c.Name))
				}
				v.fail(ErrInvalid, "regression.to", at("to"), "no [[contract]] is named %s; want one of %s, or an address", quote(to), strings.Join(names, ", "))
				ok = false
			} else {
				tc.To = target.Address
			}
		}
		if strings.TrimSpace(raw.Call) == "" {
			v.fail(ErrMissing, "regression.call", at("call"), "missing; want %s", schema["regression.call"])
			ok = false
		} else if call, err := calldata.Parse(raw.Call); err != nil {
			v.fail(ErrInvalid, "regression.call", at("call"), "%v", err)
			ok = false
		} else {
			tc.Data = call.Data
			if target != nil && target.Artifact != nil && !hasMethod(target.Artifact, call.Signature) {
				v.fail(ErrInvalid, "regression.call", at("call"), "%s's artifact has no %s; its functions are %s", target.Name, call.Signature, methods(target.Artifact))
				ok = false
			}
		}
		if raw.Value != "" {
			val, err := amount(raw.Value)
			if err != nil {
				v.fail(ErrInvalid, "regression.value", at("value"), "%s %v", quote(raw.Value), err)
				ok = false
			}
			tc.Value = val
		}
		if ok {
			out = append(out, tc)
		}
	}
	return out
}

// methods lists an artifact's state-changing functions, for an error.
func methods(a *artifact.Artifact) string {
	var sigs []string
	for _, m := range a.ABI.Methods {
		if !m.IsConstant() {
			sigs = append(sigs, m.Sig)
		}
	}
	slices.Sort(sigs)
	if len(sigs) > 12 {
		sigs = append(sigs[:12], "…")
	}
	if len(sigs) == 0 {
		return "none that change state"
	}
	return strings.Join(sigs, ", ")
}

// amount reads "1ether", "5gwei" or a wei integer, as calldata reads a
// uint256 argument.
func amount(s string) (*big.Int, error) {
	c, err := calldata.Parse("value(uint256) " + strings.TrimSpace(s))
	if err != nil {
		msg := err.Error()
		if i := strings.LastIndex(msg, ": "); i >= 0 {
			msg = msg[i+2:]
		}
		return nil, errors.New(msg)
	}
	return new(big.Int).SetBytes(c.Data[4:]), nil
}
