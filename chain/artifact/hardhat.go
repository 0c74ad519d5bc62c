package artifact

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
)

// hardhatJSON is a Hardhat artifact (hh-sol-artifact-1, or hh3-artifact-1
// with the fields after the blank line).
type hardhatJSON struct {
	ContractName     string          `json:"contractName"`
	SourceName       string          `json:"sourceName"`
	ABI              json.RawMessage `json:"abi"`
	Bytecode         string          `json:"bytecode"`
	DeployedBytecode string          `json:"deployedBytecode"`

	ImmutableReferences *map[string][]CodeRange `json:"immutableReferences"`
	InputSourceName     string                  `json:"inputSourceName"`
	BuildInfoID         string                  `json:"buildInfoId"`
}

// buildInfoOutput is the part of a Hardhat build info read here: the
// compiler's output (Hardhat 2 keeps it under "output" beside the input;
// Hardhat 3 in its own <id>.output.json).
type buildInfoOutput struct {
	SolcLongVersion string `json:"solcLongVersion"`
	Output          struct {
		Contracts map[string]map[string]json.RawMessage `json:"contracts"`
		Sources   map[string]struct {
			ID  int64           `json:"id"`
			AST json.RawMessage `json:"ast"`
		} `json:"sources"`
	} `json:"output"`
}

// solcContract is the part of one contract's compiler output read here.
type solcContract struct {
	StorageLayout *Layout `json:"storageLayout"`
	EVM           struct {
		DeployedBytecode struct {
			ImmutableReferences *map[string][]CodeRange `json:"immutableReferences"`
		} `json:"deployedBytecode"`
	} `json:"evm"`
}

const hardhatLayoutFix = `add "storageLayout" to outputSelection in hardhat.config's solidity settings (settings: {outputSelection: {"*": {"*": ["storageLayout"]}}}), then recompile with ` + "`npx hardhat compile --force`"

func (raw *hardhatJSON) artifact(file, format string) (*Artifact, error) {
	a := &Artifact{Path: file, Format: format, Name: raw.ContractName, Source: raw.SourceName, RawABI: raw.ABI}
	var err error
	if a.ABI, err = parseABI(file, "abi", raw.ABI); err != nil {
		return nil, err
	}
	if err := a.setCode(file, "bytecode", raw.Bytecode, "deployedBytecode", raw.DeployedBytecode); err != nil {
		return nil, err
	}
	return a, nil
}

func loadHardhat(file string, data []byte) (*Artifact, error) {
	var raw hardhatJSON
	if err := json.Unmarshal(data, &raw); err != nil {
		return nil, fmt.Errorf("%w: %s is not a Hardhat artifact (%v); recompile with `npx hardhat compile`", ErrInvalid, file, err)
	}
	a, err := raw.artifact(file, FormatHardhat)
	if err != nil {
		return nil, err
	}

	dbgFile := file[:len(file)-len(filepath.Ext(file))] + ".dbg.json"
	dbgData, err := os.ReadFile(dbgFile)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("%w: %s has no %s beside it to name the build info that holds its storage layout; recompile with `npx hardhat compile`", ErrNoBuildInfo, file, filepath.Base(dbgFile))
	} else if err != nil {
		return nil, fmt.Errorf("read Hardhat debug file: %w", err)
	}
	var dbg struct {
		BuildInfo string `json:"buildInfo"`
	}
	if err := json.Unmarshal(dbgData, &dbg); err != nil {
		return nil, fmt.Errorf("%w: %s: %s; recompile with `npx hardhat compile`", ErrNotJSON, dbgFile, jsonError(dbgData, err))
	}
	if dbg.BuildInfo == "" {
		return nil, fmt.Errorf("%w: %s has no \"buildInfo\" field; recompile with `npx hardhat compile`", ErrNoBuildInfo, dbgFile)
	}
	biFile := filepath.Join(filepath.Dir(dbgFile), filepath.FromSlash(dbg.BuildInfo))
	what := fmt.Sprintf("the build info of %s (%s, named by %s)", file, biFile, filepath.Base(dbgFile))
	if err := a.fromBuildInfo(biFile, what, raw.SourceName, raw.ContractName); err != nil {
		return nil, err
	}
	return a, nil
}

func loadHardhat3(file string, data []byte) (*Artifact, error) {
	var raw hardhatJSON
	if err := json.Unmarshal(data, &raw); err != nil {
		return nil, fmt.Errorf("%w: %s is not a Hardhat artifact (%v); recompile with `npx hardhat build`", ErrInvalid, file, err)
	}
	a, err := raw.artifact(file, FormatHardhat3)
	if err != nil {
		return nil, err
	}
	if raw.ImmutableReferences != nil {
		a.Immutables = flattenRefs(*raw.ImmutableReferences)
	}
	if raw.BuildInfoID == "" {
		return nil, fmt.Errorf("%w: %s has no \"buildInfoId\" field; recompile with `npx hardhat build`", ErrNoBuildInfo, file)
	}
	// artifacts/<source path>/X.json; the build info is in artifacts/build-info/.
	name := raw.BuildInfoID + ".output.json"
	biFile := ""
	for dir := filepath.Dir(file); ; dir = filepath.Dir(dir) {
		candidate := filepath.Join(dir, "build-info", name)
		if _, err := os.Stat(candidate); err == nil {
			biFile = candidate
			break
		}
		if parent := filepath.Dir(dir); parent == dir {
			break
		}
	}
	if biFile == "" {
		return nil, fmt.Errorf("%w: %s names build info %s, which is in no build-info directory above it; recompile with `npx hardhat build`", ErrNoBuildInfo, file, raw.BuildInfoID)
	}
	source := raw.InputSourceName
	if source == "" {
		source = raw.SourceName
	}
	what := fmt.Sprintf("the build info of %s (%s)", file, biFile)
	if err := a.fromBuildInfo(biFile, what, source, raw.ContractName); err != nil {
		return nil, err
	}
	return a, nil
}

// fromBuildInfo reads the contract's storage layout, immutable references
// and AST from a Hardhat build info.
func (a *Artifact) fromBuildInfo(biFile, what, source, name string) error {
	data, err := os.ReadFile(biFile)
	if errors.Is(err, fs.ErrNotExist) {
		return fmt.Errorf("%w: %s does not exist; recompile with `npx hardhat compile --force`", ErrNoBuildInfo, what)
	} else if err != nil {
		return fmt.Errorf("read Hardhat build info: %w", err)
	}
	var bi buildInfoOutput
	if err := json.Unmarshal(data, &bi); err != nil {
		return fmt.Errorf("%w: %s: %s; recompile with `npx hardhat compile --force`", ErrNotJSON, what, jsonError(data, err))
	}
	rawContract, ok := bi.Output.Contracts[source][name]
	if !ok {
		return fmt.Errorf("%w: %s has no output for %s:%s; recompile with `npx hardhat compile --force`", ErrNoBuildInfo, what, source, name)
	}
	var c solcContract
	if err := json.Unmarshal(rawContract, &c); err != nil {
		return fmt.Errorf("%w: %s output for %s:%s: %v; recompile with `npx hardhat compile --force`", ErrInvalid, what, source, name, err)
	}
	if a.Compiler == "" {
		a.Compiler = bi.SolcLongVersion
	}
	if a.Immutables == nil && c.EVM.DeployedBytecode.ImmutableReferences != nil {
		a.Immutables = flattenRefs(*c.EVM.DeployedBytecode.ImmutableReferences)
	}
	if c.StorageLayout == nil {
		return fmt.Errorf("%w: %s has no storageLayout for %s:%s; %s", ErrNoLayout, what, source, name, hardhatLayoutFix)
	}
	a.Layout = c.StorageLayout

	// One build info is one compilation: its AST ids agree, no check needed.
	sources := bi.Output.Sources
	unit := func(path string, _ int64) *node {
		src, ok := sources[path]
		if !ok || len(src.AST) == 0 {
			return nil
		}
		var u node
		if json.Unmarshal(src.AST, &u) != nil {
			return nil
		}
		return &u
	}
	root := unit(source, 0)
	if root == nil {
		return nil // no AST selected: the layout check says what it could not check
	}
	if a.AST, err = buildAST([]*node{root}, unit, name, source); err != nil {
		return fmt.Errorf("%w: %s AST: %v; recompile with `npx hardhat compile --force`", ErrInvalid, what, err)
	}
	return nil
}
