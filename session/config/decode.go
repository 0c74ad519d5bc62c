package config

import (
	"bytes"
	"errors"
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/pelletier/go-toml/v2"
	"github.com/pelletier/go-toml/v2/unstable"
)

// The file as TOML gives it. Pointers tell a key that is absent from one
// that is zero.
type fileTOML struct {
	Name       string           `toml:"name"`
	ChainID    *uint64          `toml:"chain_id"`
	RPC        []string         `toml:"rpc"`
	Contract   []contractTOML   `toml:"contract"`
	Safe       *governorTOML    `toml:"safe"`
	Timelock   *governorTOML    `toml:"timelock"`
	Guardian   *guardianTOML    `toml:"guardian"`
	Rules      *rulesTOML       `toml:"rules"`
	Regression []regressionTOML `toml:"regression"`
}

type contractTOML struct {
	Name     string `toml:"name"`
	Address  string `toml:"address"`
	Artifact string `toml:"artifact"`
	Proxy    string `toml:"proxy"`
	Pause    string `toml:"pause"`
	Unpause  string `toml:"unpause"`
	Role     string `toml:"role"`
}

type governorTOML struct {
	Address string `toml:"address"`
}

type guardianTOML struct {
	Keystore string `toml:"keystore"`
}

type rulesTOML struct {
	OutflowShare        *float64 `toml:"outflow_share"`
	FreshContractBlocks *uint64  `toml:"fresh_contract_blocks"`
	PreAttackBlocks     *uint64  `toml:"pre_attack_blocks"`
	PriceDeviation      *float64 `toml:"price_deviation"`
	SharePriceJump      *float64 `toml:"share_price_jump"`
}

type regressionTOML struct {
	Name  string `toml:"name"`
	From  string `toml:"from"`
	To    string `toml:"to"`
	Call  string `toml:"call"`
	Value string `toml:"value"`
}

// schema is every key of the file (array tables and their keys without
// an index) and what its value must be, for the errors about types and
// the suggestions for unknown keys. A test checks it against the structs
// above.
var schema = map[string]string{
	"name":     `a string in quotes: the protocol's name, name = "Acme Vault"`,
	"chain_id": "a whole number: the chain id, chain_id = 1 for Ethereum mainnet",
	"rpc":      `a list of node URLs in quotes, in failover order: rpc = ["wss://node.example/ws", "${BACKUP_RPC_URL}"]`,
	"contract": "an array of tables, each one starting with a [[contract]] line",

	"contract.name":     `a string in quotes: the contract's name on the screen, name = "Vault"`,
	"contract.address":  `a checksummed address in quotes, address = "0x…"`,
	"contract.artifact": `a string in quotes: the path of its Foundry or Hardhat artifact, artifact = "out/Vault.sol/Vault.json"`,
	"contract.proxy":    `a string in quotes: proxy = "erc1967" for an ERC-1967 proxy (UUPS or transparent); leave it out otherwise`,
	"contract.pause":    `a function signature in quotes, pause = "pause()"`,
	"contract.unpause":  `a function signature in quotes, unpause = "unpause()"`,
	"contract.role":     `"protocol" (the default: its value is the protocol's) or "oracle" (a price source the rules watch, whose value is not the protocol's), role = "oracle"`,

	"safe":             "a table, [safe], with the Safe's address",
	"safe.address":     `a checksummed address in quotes, address = "0x…"`,
	"timelock":         "a table, [timelock], with the timelock's address",
	"timelock.address": `a checksummed address in quotes, address = "0x…"`,
	"guardian":         "a table, [guardian], with the keystore of the key that pauses",
	"guardian.keystore": `a path in quotes: the guardian's go-ethereum encrypted keystore, ` +
		`keystore = "~/.warroom/keys/guardian.json"`,

	"rules":                       "a table, [rules], with the detection thresholds",
	"rules.outflow_share":         "a number above 0 and at most 1: the share of a contract's value one transaction may take out before it alerts, outflow_share = 0.05",
	"rules.fresh_contract_blocks": "a whole number: a caller created this many blocks ago or fewer is new, fresh_contract_blocks = 100",
	"rules.pre_attack_blocks":     "a whole number: how recent a deployer's funding makes its new contract a likely attack contract (0 turns the rule off), pre_attack_blocks = 100",
	"rules.price_deviation":       "a number from 0 to 100: how far a watched pool's price may move off its block-start price within one transaction, as a share of the smaller price (0 turns the rule off), price_deviation = 0.10",
	"rules.share_price_jump":      "a number from 0 to 100: how far a watched ERC-4626 vault's share price may move from its last one, as a share of the smaller (1 = doubled or halved; 0 turns the jump check off), share_price_jump = 1.0",

	"regression":       "an array of tables, each one starting with a [[regression]] line",
	"regression.name":  `a string in quotes: what the call is, name = "user withdraw"`,
	"regression.from":  `a checksummed address in quotes: who makes the call`,
	"regression.to":    `a string in quotes: the name of a [[contract]] or a checksummed address`,
	"regression.call":  `a call in quotes, a signature then its arguments: call = "withdraw(uint256) 1000000000000000000"`,
	"regression.value": `an amount in quotes sent with the call: value = "1ether", "5gwei" or wei`,
}

// knownKeys are the keys of the table at path ("" the top, "contract").
func knownKeys(path string) []string {
	var out []string
	for k := range schema {
		parent, name := "", k
		if i := strings.LastIndexByte(k, '.'); i >= 0 {
			parent, name = k[:i], k[i+1:]
		}
		if parent == path {
			out = append(out, name)
		}
	}
	slices.Sort(out)
	return out
}

// nearest is the known key closest to name, "" when none is close.
func nearest(name string, known []string) string {
	best, bestDist := "", 4
	for _, k := range known {
		d := EditDistance(name, k)
		if len(name) >= 3 && (strings.HasPrefix(k, name) || strings.HasPrefix(name, k)) {
			d = min(d, 2)
		}
		if d < bestDist && d <= max(1, len(k)/2) {
			best, bestDist = k, d
		}
	}
	return best
}

// EditDistance is the Levenshtein distance of a and b: how the config's
// keys and the command line's flags find the one a typo meant.
func EditDistance(a, b string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			sub := prev[j-1]
			if a[i-1] != b[j-1] {
				sub++
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, sub)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

// lines are the line numbers of the file's keys and tables: "name",
// "contract.0" (the header of the first [[contract]]), "contract.0.address",
// "rpc.1" (the second entry of rpc).
type lines map[string]int

// of is the line of the key at path, else of the nearest enclosing table
// that has one, else 0.
func (l lines) of(path ...string) int {
	for n := len(path); n > 0; n-- {
		if line, ok := l[strings.Join(path[:n], ".")]; ok {
			return line
		}
	}
	return 0
}

// indexLines finds where every key and table of doc is. A document that
// does not parse is indexed as far as it goes; the decoder says why.
func indexLines(doc []byte) lines {
	ls := lines{}
	var p unstable.Parser
	p.Reset(doc)
	line := func(n *unstable.Node) int { return p.Shape(n.Raw).Start.Line }
	counts := map[string]int{}
	table := ""
	for p.NextExpression() {
		e := p.Expression()
		switch e.Kind {
		case unstable.Table, unstable.ArrayTable:
			name, first := keyOf(e)
			if first == nil {
				continue
			}
			table = name
			if e.Kind == unstable.ArrayTable {
				table = fmt.Sprintf("%s.%d", name, counts[name])
				counts[name]++
			}
			if _, seen := ls[table]; !seen {
				ls[table] = line(first)
			}
		case unstable.KeyValue:
			indexKeyValue(ls, &p, table, e, line)
		}
	}
	return ls
}

// indexKeyValue records a key = value line, and the keys and entries
// inside its value (inline tables, arrays).
func indexKeyValue(ls lines, p *unstable.Parser, table string, e *unstable.Node, line func(*unstable.Node) int) {
	name, first := keyOf(e)
	if first == nil {
		return
	}
	path := name
	if table != "" {
		path = table + "." + name
	}
	ls[path] = line(first)
	indexValue(ls, p, path, e.Value(), line)
}

func indexValue(ls lines, p *unstable.Parser, path string, v *unstable.Node, line func(*unstable.Node) int) {
	switch v.Kind {
	case unstable.InlineTable:
		it := v.Children()
		for it.Next() {
			if kv := it.Node(); kv.Kind == unstable.KeyValue {
				indexKeyValue(ls, p, path, kv, line)
			}
		}
	case unstable.Array:
		it := v.Children()
		for i := 0; it.Next(); i++ {
			el := it.Node()
			if el.Kind == unstable.Comment {
				i--
				continue
			}
			key := fmt.Sprintf("%s.%d", path, i)
			if el.Raw.Length > 0 {
				ls[key] = line(el)
			}
			indexValue(ls, p, key, el, line)
		}
	}
}

// keyOf is a node's (dotted) key and its first part.
func keyOf(e *unstable.Node) (string, *unstable.Node) {
	var parts []string
	var first *unstable.Node
	it := e.Key()
	for it.Next() {
		n := it.Node()
		if first == nil {
			first = n
		}
		parts = append(parts, string(n.Data))
	}
	return strings.Join(parts, "."), first
}

// decode reads data strictly into a fileTOML, turning go-toml's errors
// into *Errors that say what would be right.
func decode(file string, data []byte) (*fileTOML, lines, error) {
	ls := indexLines(data)
	var raw fileTOML
	d := toml.NewDecoder(bytes.NewReader(data))
	d.DisallowUnknownFields()
	err := d.Decode(&raw)
	if err == nil {
		return &raw, ls, nil
	}
	var strict *toml.StrictMissingError
	if errors.As(err, &strict) {
		var errs []error
		for i := range strict.Errors {
			errs = append(errs, unknownKey(file, &strict.Errors[i]))
		}
		return nil, ls, errors.Join(errs...)
	}
	var de *toml.DecodeError
	if errors.As(err, &de) {
		return nil, ls, decodeError(file, de)
	}
	return nil, ls, &Error{File: file, Msg: err.Error(), Err: ErrSyntax}
}

// unknownKey says which key is not known and which was meant.
func unknownKey(file string, de *toml.DecodeError) *Error {
	line, _ := de.Position()
	key := []string(de.Key())
	parent := strings.Join(key[:len(key)-1], ".")
	name := key[len(key)-1]
	known := knownKeys(parent)
	where := "the top of the file"
	if parent != "" {
		where = "[" + parent + "]"
		if parent == "contract" || parent == "regression" {
			where = "[[" + parent + "]]"
		}
	}
	e := &Error{File: file, Line: line, Field: strings.Join(key, "."), Err: ErrUnknownKey}
	if len(known) == 0 {
		e.Msg = fmt.Sprintf("%s has no keys inside it; remove %q", where, name)
		return e
	}
	e.Msg = fmt.Sprintf("unknown key %q in %s", name, where)
	if near := nearest(name, known); near != "" {
		e.Msg += fmt.Sprintf("; did you mean %q?", near)
	} else {
		e.Msg += "; the keys there are " + strings.Join(known, ", ")
	}
	return e
}

var tomlTypeRE = regexp.MustCompile(`cannot decode TOML (\w+)`)

// decodeError is a type or syntax error, with what the key wants.
func decodeError(file string, de *toml.DecodeError) *Error {
	line, _ := de.Position()
	key := []string(de.Key())
	msg := strings.TrimPrefix(de.Error(), "toml: ")
	path := strings.Join(key, ".")
	want, known := schema[path]
	if len(key) == 0 || !known {
		return &Error{File: file, Line: line, Msg: fmt.Sprintf("not valid TOML: %s", msg), Err: ErrSyntax}
	}
	e := &Error{File: file, Line: line, Field: path, Err: ErrType}
	switch m := tomlTypeRE.FindStringSubmatch(msg); {
	case m != nil:
		e.Msg = fmt.Sprintf("got %s %s; want %s", article(m[1]), m[1], want)
	case strings.Contains(msg, "negative"):
		e.Err = ErrInvalid
		e.Msg = fmt.Sprintf("%s is below zero; want %s", firstNumber(msg), want)
	case strings.Contains(msg, "overflow") || strings.Contains(msg, "out of range"):
		e.Err = ErrInvalid
		e.Msg = fmt.Sprintf("the number is too large; want %s", want)
	default:
		e.Msg = fmt.Sprintf("%s; want %s", msg, want)
	}
	return e
}

func article(word string) string {
	if word != "" && strings.ContainsRune("aeiou", rune(word[0])) {
		return "an"
	}
	return "a"
}

var numberRE = regexp.MustCompile(`-?[0-9][0-9_.eE+-]*`)

func firstNumber(s string) string {
	if n := numberRE.FindString(s); n != "" {
		return n
	}
	return "the number"
}

// quote is a value for an error message, shortened.
func quote(s string) string {
	if len(s) > 80 {
		s = s[:77] + "…"
	}
	return strconv.Quote(s)
}
