package artifact

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/abi"

	"warroom/chain/contracts"
)

// Formats of artifact files, as Artifact.Format names them.
const (
	FormatFoundry  = "foundry"  // out/X.sol/X.json
	FormatHardhat  = "hardhat"  // artifacts/.../X.json with its .dbg.json and build info
	FormatHardhat3 = "hardhat3" // artifacts/.../X.json (hh3-artifact-1) and build-info/<id>.output.json
	FormatWarroom  = "warroom"  // chain/contracts/artifacts/X.json, read from a file
	FormatBuiltin  = "builtin"  // embedded in the binary (Builtin)
)

// ErrNotJSON is a file that is not JSON at all.
var ErrNotJSON = errors.New("not JSON")

// ErrUnknownShape is JSON that is not a Foundry, Hardhat or warroom artifact.
var ErrUnknownShape = errors.New("not a contract artifact")

// ErrInvalid is an artifact with a field that does not parse (ABI, hex code).
var ErrInvalid = errors.New("invalid artifact")

// ErrNoBytecode is the artifact of an interface or abstract contract: no
// code to deploy or compare.
var ErrNoBytecode = errors.New("no bytecode")

// ErrNoLayout is an artifact compiled without solc's storageLayout output.
var ErrNoLayout = errors.New("no storage layout")

// ErrNoBuildInfo is a Hardhat artifact whose .dbg.json or build info is
// missing, or does not hold the contract.
var ErrNoBuildInfo = errors.New("build info missing")

// Layout is solc's storageLayout output (the same type chain/contracts
// uses): each state variable's slot, offset and type, and the types table.
type Layout = contracts.StorageLayout

// CodeRange is a byte range of runtime code (an immutable's value, a
// library's address).
type CodeRange = contracts.CodeRange

// Artifact is one compiled contract.
type Artifact struct {
	Name     string // contract name, "VaultV1"
	Source   string // source unit, "src/VaultV1.sol"
	Path     string // the file it was read from; "" for built-ins
	Format   string // one of the Format* constants
	Compiler string // solc version when the artifact says, "0.8.30+commit.73712a01"

	ABI              abi.ABI
	RawABI           json.RawMessage // the ABI JSON as the compiler wrote it
	Bytecode         []byte          // creation code; library placeholders zeroed (see Unlinked)
	DeployedBytecode []byte          // runtime code; immutables zeroed, as the compiler leaves them

	// Immutables are where the constructor writes immutable values into the
	// runtime code. Nil when the artifact does not say (MatchesCode then
	// treats zeroed PUSH32 operands as immutables); empty when it says there
	// are none.
	Immutables []CodeRange
	// Links are where library addresses go in the runtime code; non-empty
	// only for Unlinked artifacts.
	Links []CodeRange
	// Unlinked says the code has library placeholders (zeroed here): it
	// cannot be deployed as is.
	Unlinked bool

	Layout *Layout // nil: the artifact has no storage layout
	AST    *AST    // nil: the artifact has no AST (namespaces and annotations cannot be checked)
}

// Ref names the artifact for people: its file, or "built-in VaultV1".
func (a *Artifact) Ref() string {
	if a.Path != "" {
		return a.Path
	}
	return "built-in " + a.Name
}

// Load reads a compiled contract from a Foundry, Hardhat or warroom
// artifact file, detecting which.
func Load(path string) (*Artifact, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read artifact: %w", err)
	}
	var top map[string]json.RawMessage
	if err := json.Unmarshal(data, &top); err != nil {
		var arr []json.RawMessage
		if json.Unmarshal(data, &arr) == nil {
			return nil, fmt.Errorf("%w: %s is a JSON array (an ABI alone?), not a compiled contract; give Foundry's out/X.sol/X.json or Hardhat's artifacts/.../X.json", ErrUnknownShape, path)
		}
		return nil, fmt.Errorf("%w: %s: %s; give a compiled contract artifact, Foundry's out/X.sol/X.json or Hardhat's artifacts/.../X.json", ErrNotJSON, path, jsonError(data, err))
	}
	var format string
	_ = json.Unmarshal(top["_format"], &format)
	switch {
	case format == "hh-sol-artifact-1":
		return loadHardhat(path, data)
	case format == "hh3-artifact-1":
		return loadHardhat3(path, data)
	case format == "hh-sol-dbg-1":
		return nil, fmt.Errorf("%w: %s is a Hardhat debug file; give the artifact beside it, %s", ErrUnknownShape, path, strings.TrimSuffix(path, ".dbg.json")+".json")
	case strings.HasPrefix(format, "hh-sol-build-info") || strings.HasPrefix(format, "hh3-sol-build-info"):
		return nil, fmt.Errorf("%w: %s is a Hardhat build info, which holds many contracts; give the contract's artifact, artifacts/.../X.json", ErrUnknownShape, path)
	case format != "":
		return nil, fmt.Errorf("%w: %s has _format %q, which warroom does not read; give Foundry's out/X.sol/X.json or a Hardhat artifact (hh-sol-artifact-1)", ErrUnknownShape, path, format)
	case isObject(top["bytecode"]) && top["abi"] != nil:
		return loadFoundry(path, data)
	case top["contractName"] != nil && top["sourceName"] != nil && isString(top["deployedBytecode"]):
		return loadWarroom(path, data)
	}
	return nil, fmt.Errorf("%w: %s is JSON but neither a Foundry artifact (abi, bytecode.object), a Hardhat artifact (_format hh-sol-artifact-1) nor a warroom one (contractName, sourceName, deployedBytecode); give Foundry's out/X.sol/X.json or Hardhat's artifacts/.../X.json", ErrUnknownShape, path)
}

// Builtin returns an embedded artifact of chain/contracts (see
// contracts.Names) as an Artifact, with its storage layout and AST, so it
// is checked as fully as any file. Interfaces are refused: they have no
// code.
func Builtin(name string) (*Artifact, error) {
	c, err := contracts.Load(name)
	if err != nil {
		return nil, err
	}
	if len(c.DeployedBytecode) == 0 {
		return nil, fmt.Errorf("%w: built-in %s is an interface or abstract contract; name an implementation (%s)", ErrNoBytecode, name, strings.Join(contracts.Names(), ", "))
	}
	layout := c.StorageLayout
	a := &Artifact{
		Name:             c.Name,
		Source:           c.Source,
		Format:           FormatBuiltin,
		Compiler:         c.Compiler,
		ABI:              c.ABI,
		RawABI:           c.RawABI,
		Bytecode:         c.Bytecode,
		DeployedBytecode: c.DeployedBytecode,
		Layout:           &layout,
	}
	if c.ImmutableReferences != nil {
		a.Immutables = flattenRefs(c.ImmutableReferences)
	}
	if len(c.AST) > 0 {
		var units []*node
		if err := json.Unmarshal(c.AST, &units); err != nil {
			return nil, fmt.Errorf("built-in %s: AST: %w", name, err)
		}
		if a.AST, err = buildAST(units, nil, c.Name, c.Source); err != nil {
			return nil, fmt.Errorf("built-in %s: %w", name, err)
		}
	}
	return a, nil
}

// flattenRefs turns solc's immutableReferences (or link references) into
// ranges; always non-nil, so an artifact that says "none" says it.
func flattenRefs(refs map[string][]CodeRange) []CodeRange {
	out := []CodeRange{}
	for _, rs := range refs {
		out = append(out, rs...)
	}
	return out
}

// parseABI parses an ABI field; a missing one is an empty ABI.
func parseABI(path, field string, raw json.RawMessage) (abi.ABI, error) {
	if len(raw) == 0 || string(raw) == "null" {
		return abi.ABI{}, nil
	}
	parsed, err := abi.JSON(bytes.NewReader(raw))
	if err != nil {
		return abi.ABI{}, fmt.Errorf("%w: %s field %q is not a valid ABI (%v); recompile the contract", ErrInvalid, path, field, err)
	}
	return parsed, nil
}

func isObject(raw json.RawMessage) bool {
	raw = bytes.TrimSpace(raw)
	return len(raw) > 0 && raw[0] == '{'
}

func isString(raw json.RawMessage) bool {
	raw = bytes.TrimSpace(raw)
	return len(raw) > 0 && raw[0] == '"'
}

// jsonError says where the JSON broke: "line 3: invalid character ...".
func jsonError(data []byte, err error) string {
	var syn *json.SyntaxError
	if errors.As(err, &syn) {
		line := 1 + bytes.Count(data[:min(int(syn.Offset), len(data))], []byte("\n"))
		return fmt.Sprintf("line %d: %v", line, syn)
	}
	var typ *json.UnmarshalTypeError
	if errors.As(err, &typ) {
		return fmt.Sprintf("a JSON %s, not an object", typ.Value)
	}
	return err.Error()
}

// nameFromPath is a Foundry artifact's contract name from its file name:
// out/X.sol/Name.json, or Name.0.8.20.json when several compilers built it.
func nameFromPath(path string) string {
	base := strings.TrimSuffix(filepath.Base(path), ".json")
	if i := strings.IndexByte(base, '.'); i > 0 {
		base = base[:i]
	}
	return base
}
