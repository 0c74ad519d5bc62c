package artifact

import (
	"encoding/json"
	"fmt"
)

// warroomJSON is an artifact written by chain/contracts/compile.js.
type warroomJSON struct {
	ContractName        string                  `json:"contractName"`
	SourceName          string                  `json:"sourceName"`
	Compiler            string                  `json:"compiler"`
	ABI                 json.RawMessage         `json:"abi"`
	Bytecode            string                  `json:"bytecode"`
	DeployedBytecode    string                  `json:"deployedBytecode"`
	ImmutableReferences *map[string][]CodeRange `json:"immutableReferences"`
	StorageLayout       *Layout                 `json:"storageLayout"`
	AST                 []*node                 `json:"ast"`
}

func loadWarroom(file string, data []byte) (*Artifact, error) {
	var raw warroomJSON
	if err := json.Unmarshal(data, &raw); err != nil {
		return nil, fmt.Errorf("%w: %s is not a warroom artifact (%v); regenerate it with `go generate ./chain/contracts`", ErrInvalid, file, err)
	}
	a := &Artifact{
		Path:     file,
		Format:   FormatWarroom,
		Name:     raw.ContractName,
		Source:   raw.SourceName,
		Compiler: raw.Compiler,
		RawABI:   raw.ABI,
	}
	var err error
	if a.ABI, err = parseABI(file, "abi", raw.ABI); err != nil {
		return nil, err
	}
	if err := a.setCode(file, "bytecode", raw.Bytecode, "deployedBytecode", raw.DeployedBytecode); err != nil {
		return nil, err
	}
	if raw.ImmutableReferences != nil {
		a.Immutables = flattenRefs(*raw.ImmutableReferences)
	}
	if raw.StorageLayout == nil {
		return nil, fmt.Errorf("%w: %s has no \"storageLayout\" field; regenerate it with `go generate ./chain/contracts`", ErrNoLayout, file)
	}
	a.Layout = raw.StorageLayout
	if len(raw.AST) > 0 {
		if a.AST, err = buildAST(raw.AST, nil, a.Name, a.Source); err != nil {
			return nil, fmt.Errorf("%w: %s field \"ast\": %v; regenerate it with `go generate ./chain/contracts`", ErrInvalid, file, err)
		}
	}
	return a, nil
}
