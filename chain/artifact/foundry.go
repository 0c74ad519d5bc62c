package artifact

import (
	"encoding/json"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"
)

// foundryJSON is the part of a Foundry artifact (out/X.sol/X.json) read here.
type foundryJSON struct {
	ABI      json.RawMessage `json:"abi"`
	Bytecode struct {
		Object string `json:"object"`
	} `json:"bytecode"`
	DeployedBytecode struct {
		Object              string                  `json:"object"`
		ImmutableReferences *map[string][]CodeRange `json:"immutableReferences"`
	} `json:"deployedBytecode"`
	StorageLayout *Layout         `json:"storageLayout"`
	AST           *node           `json:"ast"`
	Metadata      json.RawMessage `json:"metadata"`
}

// solcMetadata is the part of solc's metadata read here.
type solcMetadata struct {
	Compiler struct {
		Version string `json:"version"`
	} `json:"compiler"`
	Settings struct {
		CompilationTarget map[string]string `json:"compilationTarget"`
	} `json:"settings"`
}

func loadFoundry(file string, data []byte) (*Artifact, error) {
	var raw foundryJSON
	if err := json.Unmarshal(data, &raw); err != nil {
		return nil, fmt.Errorf("%w: %s is not a Foundry artifact (%v); rebuild it with forge build", ErrInvalid, file, err)
	}
	a := &Artifact{Path: file, Format: FormatFoundry, Name: nameFromPath(file), RawABI: raw.ABI}
	if md := parseMetadata(raw.Metadata); md != nil {
		a.Compiler = md.Compiler.Version
		for src, name := range md.Settings.CompilationTarget {
			a.Source, a.Name = src, name
		}
	}
	if a.Source == "" && raw.AST != nil {
		a.Source = raw.AST.AbsolutePath
	}
	var err error
	if a.ABI, err = parseABI(file, "abi", raw.ABI); err != nil {
		return nil, err
	}
	if err := a.setCode(file, "bytecode.object", raw.Bytecode.Object, "deployedBytecode.object", raw.DeployedBytecode.Object); err != nil {
		return nil, err
	}
	if raw.DeployedBytecode.ImmutableReferences != nil {
		a.Immutables = flattenRefs(*raw.DeployedBytecode.ImmutableReferences)
	}
	if raw.StorageLayout == nil {
		return nil, fmt.Errorf("%w: %s has no \"storageLayout\" field; rebuild with `forge build --extra-output storageLayout` or add extra_output = [\"storageLayout\"] to foundry.toml", ErrNoLayout, file)
	}
	a.Layout = raw.StorageLayout
	if raw.AST != nil {
		// The ast field is the contract's own file; bases and types from
		// other files come from their artifacts in the same out directory.
		s := &siblings{out: filepath.Dir(filepath.Dir(file))}
		if a.AST, err = buildAST([]*node{raw.AST}, s.unit, a.Name, a.Source); err != nil {
			return nil, fmt.Errorf("%w: %s field \"ast\": %v; rebuild with forge build --ast", ErrInvalid, file, err)
		}
	}
	return a, nil
}

func parseMetadata(raw json.RawMessage) *solcMetadata {
	if len(raw) == 0 {
		return nil
	}
	var s string
	if json.Unmarshal(raw, &s) == nil { // older Foundry: metadata as a string
		raw = json.RawMessage(s)
	}
	var md solcMetadata
	if json.Unmarshal(raw, &md) != nil {
		return nil
	}
	return &md
}

// setCode decodes the creation and runtime code; an empty creation code is
// an interface or abstract contract.
func (a *Artifact) setCode(file, field, code, deployedField, deployed string) error {
	var err error
	var links []CodeRange
	if a.Bytecode, links, err = decodeCode(code); err != nil {
		return fmt.Errorf("%w: %s field %q is not hex code (%v); recompile the contract", ErrInvalid, file, field, err)
	}
	if len(a.Bytecode) == 0 {
		return fmt.Errorf("%w: %s field %q is empty, so %s is an interface or abstract contract; give the artifact of the implementation contract", ErrNoBytecode, file, field, a.Name)
	}
	a.Unlinked = len(links) > 0
	if a.DeployedBytecode, a.Links, err = decodeCode(deployed); err != nil {
		return fmt.Errorf("%w: %s field %q is not hex code (%v); recompile the contract", ErrInvalid, file, deployedField, err)
	}
	if len(a.DeployedBytecode) == 0 {
		return fmt.Errorf("%w: %s field %q is empty, so %s is an interface or abstract contract; give the artifact of the implementation contract", ErrNoBytecode, file, deployedField, a.Name)
	}
	a.Unlinked = a.Unlinked || len(a.Links) > 0
	return nil
}

// siblings finds source units in the other artifacts of a Foundry out
// directory: out/<File>.sol/*.json each carry their file's AST. A unit is
// taken only when its path and AST id match the import that names it, so
// artifacts left from another build are not mixed in.
type siblings struct {
	out   string
	dirs  map[string][]string // file name -> directories named after it, found by walking out/
	walks bool
}

func (s *siblings) unit(absPath string, id int64) *node {
	base := path.Base(absPath)
	candidates := []string{filepath.Join(s.out, base)}
	if u := s.tryDirs(candidates, absPath, id); u != nil {
		return u
	}
	if !s.walks {
		s.walks = true
		s.dirs = map[string][]string{}
		_ = filepath.WalkDir(s.out, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				return nil
			}
			if d.IsDir() && p != s.out {
				if d.Name() == "build-info" {
					return filepath.SkipDir
				}
				if strings.HasSuffix(d.Name(), ".sol") {
					s.dirs[d.Name()] = append(s.dirs[d.Name()], p)
				}
			}
			return nil
		})
	}
	return s.tryDirs(s.dirs[base], absPath, id)
}

func (s *siblings) tryDirs(dirs []string, absPath string, id int64) *node {
	for _, dir := range dirs {
		entries, err := os.ReadDir(dir)
		if err != nil {
			continue
		}
		names := make([]string, 0, len(entries))
		for _, e := range entries {
			if !e.IsDir() && strings.HasSuffix(e.Name(), ".json") {
				names = append(names, e.Name())
			}
		}
		slices.Sort(names)
		for _, name := range names {
			data, err := os.ReadFile(filepath.Join(dir, name))
			if err != nil {
				continue
			}
			var art struct {
				AST *node `json:"ast"`
			}
			if json.Unmarshal(data, &art) != nil || art.AST == nil {
				continue
			}
			if art.AST.AbsolutePath == absPath && art.AST.ID == id {
				return art.AST
			}
			break // every artifact of a file holds the same AST
		}
	}
	return nil
}
