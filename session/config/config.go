package config

import (
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/ethereum/go-ethereum/common"

	"warroom/chain"
	"warroom/chain/artifact"
	"warroom/chain/shadow"
)

// Sentinel errors, wrapped by the *Error that says where.
var (
	// ErrSyntax is a file that is not TOML.
	ErrSyntax = errors.New("not valid TOML")
	// ErrUnknownKey is a key (or table) the config does not have.
	ErrUnknownKey = errors.New("unknown key")
	// ErrType is a value of the wrong TOML type.
	ErrType = errors.New("wrong type")
	// ErrMissing is a required key that is not there.
	ErrMissing = errors.New("missing")
	// ErrInvalid is a value of the right type that is not acceptable.
	ErrInvalid = errors.New("invalid value")
	// ErrAddress is an address that does not parse or is not checksummed.
	ErrAddress = errors.New("bad address")
	// ErrUnsetVar is a ${VAR} of the rpc list that the environment does not set.
	ErrUnsetVar = errors.New("environment variable not set")
	// ErrNoRPC is an empty rpc list.
	ErrNoRPC = errors.New("no rpc endpoint")
	// ErrArtifact is an artifact file that is missing or does not load.
	ErrArtifact = errors.New("artifact")
	// ErrKeystore is a guardian keystore that is missing or not a keystore.
	ErrKeystore = errors.New("keystore")
	// ErrNoCode is an address the node holds no code at.
	ErrNoCode = errors.New("no code at address")
	// ErrChainID is a chain id that differs from the node's.
	ErrChainID = errors.New("chain id differs from the node's")
)

// Error is one problem of a config file: where (file, line, field) and
// what would be right. Line is 0 when the problem is the file's as a
// whole (a required key missing at the top).
type Error struct {
	File  string
	Line  int
	Field string // the key path, "contract.address", "rpc entry 2"
	Msg   string
	Err   error // a sentinel of this package
}

func (e *Error) Error() string {
	where := e.File
	if e.Line > 0 {
		where = fmt.Sprintf("%s:%d", e.File, e.Line)
	}
	if e.Field == "" {
		return where + ": " + e.Msg
	}
	return where + ": " + e.Field + ": " + e.Msg
}

func (e *Error) Unwrap() error { return e.Err }

// Config is a protocol file, read and checked.
type Config struct {
	// File is the config file as given; Dir the directory its relative
	// paths are resolved against.
	File string
	Dir  string

	Name    string
	ChainID uint64
	// RPC are the nodes in failover order, their ${VAR}s expanded.
	RPC       []Endpoint
	Contracts []Contract
	// Safe and Timelock are the governance contracts; nil when the file
	// has no [safe] or [timelock].
	Safe     *Governor
	Timelock *Governor
	// Guardian is the key that pauses; nil when the file has no
	// [guardian]: the session then cannot pause.
	Guardian    *Guardian
	Rules       chain.RuleConfig
	Regressions []shadow.TestCall

	lines lines
}

// Endpoint is a node URL. It shows as its scheme and host only: the path,
// the query and the user info can hold an API key.
type Endpoint struct {
	url string
	// N is its place in the rpc list, 1 for the first.
	N int
	// FromEnv says the URL came from ${VAR}s.
	FromEnv bool
}

// NewEndpoint wraps a URL (for tests and for callers that have one).
func NewEndpoint(rawURL string) Endpoint { return Endpoint{url: rawURL, N: 1} }

// URL is the whole URL, secret parts included: for dialing, never for
// showing.
func (e Endpoint) URL() string { return e.url }

// String is the scheme and host, "wss://node-a.example".
func (e Endpoint) String() string { return Redact(e.url) }

// GoString is String, so %#v shows no more.
func (e Endpoint) GoString() string { return "config.Endpoint{" + e.String() + "}" }

// MarshalText is String: an endpoint written anywhere is scheme and host.
func (e Endpoint) MarshalText() ([]byte, error) { return []byte(e.String()), nil }

// Redact is a URL's scheme and host, dropping the user info, the path, the
// query and the fragment; "an rpc URL" when it does not parse.
func Redact(rawURL string) string {
	u, err := url.Parse(rawURL)
	if err != nil || u.Host == "" {
		return "an rpc URL"
	}
	return u.Scheme + "://" + u.Host
}

// RedactError is err's message with every secret part of rawURL (the URL
// itself, its user info, path and query) replaced, for errors from a
// transport that quotes the URL it was dialing.
func RedactError(err error, rawURL string) string {
	if err == nil {
		return ""
	}
	msg := err.Error()
	if rawURL == "" {
		return msg
	}
	shown := Redact(rawURL)
	u, perr := url.Parse(rawURL)
	if perr != nil {
		return strings.ReplaceAll(msg, rawURL, shown)
	}
	for _, s := range []string{rawURL, u.String(), u.Redacted()} {
		msg = strings.ReplaceAll(msg, s, shown)
	}
	var parts []string
	if u.User != nil {
		parts = append(parts, u.User.String(), u.User.Username())
		if pw, ok := u.User.Password(); ok {
			parts = append(parts, pw)
		}
	}
	if p := u.EscapedPath(); len(p) > 1 {
		parts = append(parts, p, strings.TrimPrefix(p, "/"), u.Path)
	}
	if u.RawQuery != "" {
		parts = append(parts, u.RawQuery)
	}
	if u.Fragment != "" {
		parts = append(parts, u.Fragment)
	}
	// Longest first, so a part is not cut by a shorter one inside it.
	slices.SortFunc(parts, func(a, b string) int { return len(b) - len(a) })
	for _, p := range parts {
		if len(p) >= 3 {
			msg = strings.ReplaceAll(msg, p, "…")
		}
	}
	return msg
}

// Contract is a watched contract.
type Contract struct {
	Name    string
	Address common.Address
	// ArtifactPath is the artifact file, resolved; Artifact what it holds.
	ArtifactPath string
	Artifact     *artifact.Artifact
	// Proxy is "erc1967" when Address is an ERC-1967 proxy (UUPS or
	// transparent) in front of the artifact's implementation, "" when the
	// artifact is the code at Address.
	Proxy string
	// Pause and Unpause are the functions that pause and unpause it,
	// canonical ("pause()"); "" when it does not pause.
	Pause, Unpause string
	// Role is chain.RoleProtocol, or chain.RoleOracle for a price source
	// the rules watch whose value is not the protocol's.
	Role string
}

// Pausable says the contract pauses.
func (c Contract) Pausable() bool { return c.Pause != "" }

// ProxyERC1967 is the proxy kind of an ERC-1967 proxy.
const ProxyERC1967 = "erc1967"

// Governor is the Safe or the timelock.
type Governor struct {
	Address common.Address
}

// Guardian is the key that pauses: a go-ethereum encrypted keystore.
type Guardian struct {
	// Keystore is the key file, resolved.
	Keystore string
	// Account is the address the file says it holds; zero when it does
	// not say.
	Account common.Address
	// JSON is the file's content.
	JSON []byte
}

// Names of the governance contracts in the watched list.
const (
	SafeName     = "Safe"
	TimelockName = "Timelock"
)

// Watched is the list the watcher follows: the contracts in their order
// (price sources aside: Observed), then the Safe and the timelock.
func (c *Config) Watched() []chain.Watched {
	var out []chain.Watched
	for _, k := range c.Contracts {
		if k.Role == chain.RoleOracle {
			continue // Observed
		}
		out = append(out, chain.Watched{Name: k.Name, Address: k.Address, Pausable: k.Pausable(), Role: chain.RoleProtocol})
	}
	if c.Safe != nil {
		out = append(out, chain.Watched{Name: SafeName, Address: c.Safe.Address, Role: chain.RoleSafe})
	}
	if c.Timelock != nil {
		out = append(out, chain.Watched{Name: TimelockName, Address: c.Timelock.Address, Role: chain.RoleTimelock})
	}
	return out
}

// Observed are the price sources (role = "oracle"): the rules watch
// them, as a drill's; their value is not the protocol's, so the watcher
// does not read them into the protocol's state.
func (c *Config) Observed() []chain.Watched {
	var out []chain.Watched
	for _, k := range c.Contracts {
		if k.Role == chain.RoleOracle {
			out = append(out, chain.Watched{Name: k.Name, Address: k.Address, Role: chain.RoleOracle})
		}
	}
	return out
}

// Load reads and checks the config file at path. getenv reads the
// environment (the rpc list's ${VAR}s, HOME for ~). The error joins every
// *Error found, in the order of the file.
func Load(path string, getenv func(string) string) (*Config, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		var pe *os.PathError
		if errors.As(err, &pe) {
			err = pe.Err
		}
		return nil, &Error{File: path, Msg: fmt.Sprintf("cannot read the config file: %v; write one with `warroom init %s`", err, path), Err: ErrMissing}
	}
	return Parse(path, data, getenv)
}

// Parse is Load of data, read from file: paths in it are relative to
// file's directory.
func Parse(file string, data []byte, getenv func(string) string) (*Config, error) {
	if getenv == nil {
		getenv = func(string) string { return "" }
	}
	raw, ls, err := decode(file, data)
	if err != nil {
		return nil, err
	}
	v := &validator{file: file, dir: filepath.Dir(file), lines: ls, getenv: getenv}
	cfg := v.config(raw)
	if len(v.errs) > 0 {
		return nil, v.joined()
	}
	return cfg, nil
}
