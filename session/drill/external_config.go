package drill

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"math/big"
	"net/url"
	"os"
	"path/filepath"
	"reflect"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"warroom/chain"
	"warroom/chain/calldata"
	"warroom/chain/contracts"
	"warroom/chain/rpc"
	"warroom/chain/shadow"
	"warroom/session/config"
)

// A drill writes the protocol file of what it deployed (warroom drill
// --write-config FILE), so warroom watch --config FILE can watch the same
// protocol from another process, as a second responder would: the name,
// the chain id, the rpc entry, the vault behind its ERC-1967 proxy and
// the contracts of the protocol with their artifacts (written beside the
// file, in FILE's name with .artifacts), the Safe, the timelock, the
// detection thresholds, the scenario's regression calls, and a
// commented-out [guardian] that names the drill's guardian. The file is
// loaded strictly and checked against the node (config.Load and Check, as
// watch does) before it is put in place.

// ConfigMarker is the first line of every protocol file a drill writes:
// a file that starts with it may be replaced by a later drill's, any
// other file is never overwritten.
const ConfigMarker = "# warroom protocol file written by warroom drill"

// ErrConfigExists is a --write-config file that exists and is not a
// drill's own.
var ErrConfigExists = errors.New("the file exists and was not written by warroom drill")

// RPCEnv is the variable the written rpc entry reads when the node's URL
// has a path, a query or user info, which can hold an API key and are
// never written to the file.
const RPCEnv = "WARROOM_DRILL_RPC"

// CheckConfigTarget says whether a protocol file may be written at path:
// its directory exists, and the file does not, or is a drill's own.
func CheckConfigTarget(path string) error {
	dir := filepath.Dir(path)
	if st, err := os.Stat(dir); err != nil || !st.IsDir() {
		return fmt.Errorf("%s: the directory %s does not exist; create it or write the file elsewhere", path, dir)
	}
	f, err := os.Open(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("%s: %v", path, errors.Unwrap(err))
	}
	defer f.Close()
	if st, err := f.Stat(); err == nil && !st.Mode().IsRegular() {
		return fmt.Errorf("%s is not a regular file; give the path of a protocol file to write", path)
	}
	first, _ := bufio.NewReader(f).ReadString('\n')
	if strings.TrimRight(first, "\r\n") != ConfigMarker {
		return fmt.Errorf("%s: %w (its first line is not %q), so it is not replaced; give another file or remove it", path, ErrConfigExists, ConfigMarker)
	}
	return nil
}

// artifactsDir is where the artifacts of the protocol file at path go:
// beside it, "drill.toml" → "drill.artifacts".
func artifactsDir(path string) string {
	base := filepath.Base(path)
	return strings.TrimSuffix(base, filepath.Ext(base)) + ".artifacts"
}

// WriteConfig writes the protocol file of the deployed drill at path and
// its artifacts beside it, once it loads and passes Check against the
// chain at its rpc entry. It returns what a reader should know (the rpc
// entry reads an environment variable, what could not be written).
func (d *Drill) WriteConfig(ctx context.Context, path string) ([]string, error) {
	if err := CheckConfigTarget(path); err != nil {
		return nil, err
	}
	info := d.Chain()
	if info.URL == "" {
		return nil, errors.New("the embedded chain is not served to other processes; give --rpc-listen 127.0.0.1:PORT (or --rpc URL) with --write-config")
	}
	f, arts, notes, err := d.protocolFile(info, artifactsDir(path))
	if err != nil {
		return nil, err
	}
	dir := filepath.Join(filepath.Dir(path), artifactsDir(path))
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("write the artifacts: %w", err)
	}
	for name, data := range arts {
		if err := writeAtomic(filepath.Join(dir, name+".json"), data, 0o644); err != nil {
			return nil, fmt.Errorf("write the artifacts: %w", err)
		}
	}
	data := f.Marshal()
	getenv := func(k string) string {
		if k == RPCEnv {
			return info.URL
		}
		return ""
	}
	cfg, err := config.Parse(path, data, getenv)
	if err != nil {
		return nil, fmt.Errorf("the protocol file the drill would write does not load (a bug): %w", err)
	}
	cctx, cancel := context.WithTimeout(ctx, nodeTimeout)
	defer cancel()
	c, err := rpc.Dial(cctx, cfg.RPC[0].URL())
	if err != nil {
		return nil, fmt.Errorf("the protocol file's rpc entry %s does not answer: %s", cfg.RPC[0], config.RedactError(err, cfg.RPC[0].URL()))
	}
	defer c.Close()
	facts, err := cfg.Check(cctx, c)
	if err != nil {
		return nil, fmt.Errorf("the protocol file the drill would write does not pass the checks against %s (a bug): %s", cfg.RPC[0], config.RedactError(err, cfg.RPC[0].URL()))
	}
	notes = append(notes, facts.Warnings...)
	if err := writeAtomic(path, data, 0o644); err != nil {
		return nil, fmt.Errorf("write %s: %w", path, err)
	}
	return notes, nil
}

// protocolFile is the protocol file of the deployed drill, its artifacts
// in artDir (relative to the file), the artifacts it names (by contract
// name, as JSON), and what a reader should know.
func (d *Drill) protocolFile(info ChainInfo, artDir string) (config.File, map[string][]byte, []string, error) {
	dep, sc := d.dep, d.scenario
	on := info.Name
	if _, ok := d.chain.(embedded); ok {
		on = "the embedded chain of a drill, served while it runs"
	}
	f := config.File{
		Header: []string{ConfigMarker[2:],
			fmt.Sprintf("Scenario %s (%s), seed %d, deployed at block %d on %s (chain id %d).", sc.Name, sc.Title, d.seed, d.start-1, on, info.ChainID),
			"Watch it from another process with: warroom watch --config THIS_FILE",
			"The next drill written to this file replaces it; remove the first line to keep it."},
		Name:    "Drill " + sc.Name,
		ChainID: info.ChainID,
	}
	var notes []string
	if hasSecretParts(info.URL) {
		f.RPC = []string{"${" + RPCEnv + "}"}
		f.RPCNote = []string{"The drill's node URL has a path, a query or user info, which can hold an API key,",
			"so it is not written here: export " + RPCEnv + "=<the --rpc URL> before warroom watch."}
		notes = append(notes, fmt.Sprintf("the rpc entry reads ${%s}: export it with the --rpc URL before warroom watch (the URL is not written: it may hold an API key)", RPCEnv))
	} else {
		f.RPC = []string{info.URL}
	}
	arts := map[string][]byte{}
	addArtifact := func(name string) (string, error) {
		a, err := contracts.Load(name)
		if err != nil {
			return "", err
		}
		data, err := artifactJSON(a)
		if err != nil {
			return "", err
		}
		arts[name] = data
		return artDir + "/" + name + ".json", nil
	}
	impl := sc.implementation()
	rel, err := addArtifact(impl)
	if err != nil {
		return config.File{}, nil, nil, err
	}
	implABI := contracts.MustLoad(impl).ABI
	vault := config.FileContract{Comment: []string{fmt.Sprintf("The vault: an ERC-1967 proxy in front of %s at %s, paused by the guardian.", impl, dep.Implementation.Hex())},
		Name: "Vault", Address: dep.Vault, Artifact: rel, Proxy: config.ProxyERC1967}
	if _, ok := implABI.Methods["pause"]; ok {
		vault.Pause = "pause()"
	}
	if _, ok := implABI.Methods["unpause"]; ok && vault.Pause != "" {
		vault.Unpause = "unpause()"
	}
	f.Contracts = append(f.Contracts, vault)
	abis := map[common.Address]*abi.ABI{dep.Vault: &implABI}
	names := map[common.Address]string{dep.Vault: "Vault"}
	for _, x := range dep.Extras {
		switch x.Role {
		case chain.RoleProtocol:
			rel, err := addArtifact(x.Artifact)
			if err != nil {
				return config.File{}, nil, nil, err
			}
			f.Contracts = append(f.Contracts, config.FileContract{Comment: []string{fmt.Sprintf("Part of the protocol: its value counts with the vault's (%s).", x.Artifact)},
				Name: x.Name, Address: x.Address, Artifact: rel})
			a := contracts.MustLoad(x.Artifact).ABI
			abis[x.Address], names[x.Address] = &a, x.Name
		case chain.RoleOracle:
			rel, err := addArtifact(x.Artifact)
			if err != nil {
				return config.File{}, nil, nil, err
			}
			f.Contracts = append(f.Contracts, config.FileContract{Comment: []string{fmt.Sprintf("A price source the rules watch (price deviation); its value is not the protocol's (%s).", x.Artifact)},
				Name: x.Name, Address: x.Address, Artifact: rel, Role: chain.RoleOracle})
			a := contracts.MustLoad(x.Artifact).ABI
			abis[x.Address], names[x.Address] = &a, x.Name
		}
	}
	if dep.Treasury {
		f.Footer = append(f.Footer, fmt.Sprintf("Not written: the Safe %s holds the protocol's treasury, which the drill counts as the protocol's value; a protocol file counts only its [[contract]]s.", dep.Safe.Hex()))
	}
	f.Safe, f.Timelock = dep.Safe, dep.Timelock
	guardian := Key(roleGuardian).Address()
	f.Guardian = &config.FileGuardian{Commented: true, Keystore: "drill-guardian.json", Comment: []string{
		fmt.Sprintf("The drill's guardian is %s: the drill key \"guardian\", a throwaway key", guardian.Hex()),
		"anyone can derive (keccak256 of \"warroom drill key/guardian\"), worth nothing outside a drill.",
		"To pause from warroom watch, make a keystore of it, for example",
		"  cast wallet import drill-guardian --private-key $(cast keccak \"warroom drill key/guardian\")",
		"then uncomment these two lines with the keystore's path (~/.foundry/keystores/drill-guardian)."}}
	rules := d.cfg.Rules
	f.Rules = &rules
	if sc.regressions != nil {
		for _, tc := range sc.regressions(dep) {
			r, why := regressionEntry(tc, abis, names)
			if why != "" {
				f.Footer = append(f.Footer, fmt.Sprintf("Not written: the regression call %q, %s.", tc.Name, why))
				continue
			}
			f.Regressions = append(f.Regressions, r)
		}
	}
	return f, arts, notes, nil
}

// hasSecretParts says a URL has a part that can hold an API key.
func hasSecretParts(raw string) bool {
	u, err := url.Parse(raw)
	if err != nil {
		return true
	}
	return u.User != nil || (u.Path != "" && u.Path != "/") || u.RawQuery != "" || u.Fragment != ""
}

// regressionEntry writes a regression call as the protocol file does, a
// signature and its arguments, or says why it cannot: its target's ABI
// does not have it, or an argument has no written form that encodes back
// to the same calldata.
func regressionEntry(tc shadow.TestCall, abis map[common.Address]*abi.ABI, names map[common.Address]string) (config.FileRegression, string) {
	r := config.FileRegression{Name: tc.Name, From: tc.From, To: tc.To.Hex()}
	if n, ok := names[tc.To]; ok {
		r.To = n
	}
	a := abis[tc.To]
	if a == nil || len(tc.Data) < 4 {
		return r, "its target has no artifact in the file"
	}
	m, err := a.MethodById(tc.Data[:4])
	if err != nil {
		return r, "its function is not in the target's ABI"
	}
	vals, err := m.Inputs.Unpack(tc.Data[4:])
	if err != nil {
		return r, "its arguments do not decode"
	}
	parts := []string{m.Sig}
	for _, v := range vals {
		s, ok := argText(v)
		if !ok {
			return r, "an argument has no written form"
		}
		parts = append(parts, s)
	}
	r.Call = strings.Join(parts, " ")
	if c, err := calldata.Parse(r.Call); err != nil || !bytes.Equal(c.Data, tc.Data) {
		return r, "its arguments do not read back the same"
	}
	if tc.Value != nil && tc.Value.Sign() > 0 {
		r.Value = tc.Value.String()
	}
	return r, ""
}

// argText is an argument as calldata.Parse reads it.
func argText(v any) (string, bool) {
	switch x := v.(type) {
	case *big.Int:
		return x.String(), true
	case common.Address:
		return x.Hex(), true
	case bool:
		return fmt.Sprint(x), true
	case []byte:
		return hexutil.Encode(x), true
	case string:
		if strings.ContainsAny(x, "\"") {
			return "", false
		}
		return `"` + x + `"`, true
	case uint8, uint16, uint32, uint64, int8, int16, int32, int64:
		return fmt.Sprint(x), true
	}
	rv := reflect.ValueOf(v)
	if rv.Kind() == reflect.Array && rv.Type().Elem().Kind() == reflect.Uint8 {
		b := make([]byte, rv.Len())
		reflect.Copy(reflect.ValueOf(b), rv)
		return hexutil.Encode(b), true
	}
	return "", false
}

// artifactJSON is a built-in artifact in the shape compile.js writes,
// which chain/artifact loads with its storage layout and AST.
func artifactJSON(a *contracts.Artifact) ([]byte, error) {
	out := struct {
		ContractName        string                           `json:"contractName"`
		SourceName          string                           `json:"sourceName"`
		Compiler            string                           `json:"compiler"`
		ABI                 json.RawMessage                  `json:"abi"`
		Bytecode            string                           `json:"bytecode"`
		DeployedBytecode    string                           `json:"deployedBytecode"`
		ImmutableReferences map[string][]contracts.CodeRange `json:"immutableReferences"`
		StorageLayout       contracts.StorageLayout          `json:"storageLayout"`
		AST                 json.RawMessage                  `json:"ast,omitempty"`
	}{a.Name, a.Source, a.Compiler, a.RawABI, hexutil.Encode(a.Bytecode), hexutil.Encode(a.DeployedBytecode),
		a.ImmutableReferences, a.StorageLayout, a.AST}
	if out.ImmutableReferences == nil {
		out.ImmutableReferences = map[string][]contracts.CodeRange{}
	}
	return json.MarshalIndent(out, "", "  ")
}

// writeAtomic writes data to path through a temporary file in the same
// directory, so a reader sees the old file or the new one, whole.
func writeAtomic(path string, data []byte, perm os.FileMode) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name())
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Chmod(perm); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Sync(); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), path)
}
