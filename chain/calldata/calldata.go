package calldata

import (
	"errors"
	"fmt"
	"math/big"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"

	"warroom/chain"
)

// ErrSyntax is a call that does not read as `name(type,…) arg …`.
var ErrSyntax = errors.New("want a call like `initializeV2(uint256) 42`: a function signature, then its arguments separated by spaces")

// Call is a parsed call: its signature, the arguments as typed and as
// encoded, and the calldata.
type Call struct {
	Signature string   // "initializeV2(uint256)", canonical: no spaces, no names
	Args      []string // as typed
	Data      []byte   // selector and ABI-encoded arguments
	// Decoded is the call as the console shows it: the signature and each
	// argument by type and value.
	Decoded chain.DecodedCall
}

// Parse reads `name(type,…) arg …`. Numbers are decimal or 0x-hex, with an
// optional ether or gwei suffix for amounts ("1.5ether"); addresses are 0x
// and, when mixed-case, must carry a valid checksum; bool is true or false;
// bytes and bytesN are 0x-hex; a string with spaces goes in double quotes;
// arrays are [a,b,c]. Tuples are not supported.
func Parse(s string) (Call, error) {
	s = strings.TrimSpace(s)
	open, end := strings.IndexByte(s, '('), strings.IndexByte(s, ')')
	if open <= 0 || end < open {
		return Call{}, fmt.Errorf("%q: %w", s, ErrSyntax)
	}
	name := s[:open]
	if !isIdent(name) {
		return Call{}, fmt.Errorf("%q: %q is not a function name: %w", s, name, ErrSyntax)
	}
	var types []string
	if inner := strings.TrimSpace(s[open+1 : end]); inner != "" {
		if strings.ContainsAny(inner, "()") {
			return Call{}, fmt.Errorf("%q: tuple arguments are not supported; pass the encoded calldata instead", s)
		}
		for _, t := range strings.Split(inner, ",") {
			t = strings.TrimSpace(t)
			if sp := strings.IndexByte(t, ' '); sp > 0 { // "uint256 amount": keep the type
				t = t[:sp]
			}
			types = append(types, t)
		}
	}
	sig := name + "(" + strings.Join(types, ",") + ")"
	args, err := splitArgs(s[end+1:])
	if err != nil {
		return Call{}, fmt.Errorf("%q: %w", s, err)
	}
	if len(args) != len(types) {
		return Call{}, fmt.Errorf("%s takes %d argument(s) (%s), %d given", sig, len(types), strings.Join(types, ", "), len(args))
	}
	c := Call{Signature: sig, Args: args, Data: crypto.Keccak256([]byte(sig))[:4]}
	c.Decoded = chain.DecodedCall{Signature: sig, Method: name, Known: true}
	var (
		arguments abi.Arguments
		values    []any
	)
	for i, t := range types {
		typ, err := abi.NewType(t, "", nil)
		if err == nil && !sized(typ) {
			err = errors.New("bad size")
		}
		if err != nil {
			return Call{}, fmt.Errorf("%s: argument %d has type %q, which is not a Solidity type", sig, i+1, t)
		}
		v, err := value(typ, args[i])
		if err != nil {
			return Call{}, fmt.Errorf("%s: argument %d (%s) %q: %w", sig, i+1, t, args[i], err)
		}
		arguments = append(arguments, abi.Argument{Type: typ})
		values = append(values, v)
		c.Decoded.Args = append(c.Decoded.Args, chain.Arg{Name: fmt.Sprintf("arg%d", i+1), Type: t, Value: show(v)})
	}
	packed, err := arguments.Pack(values...)
	if err != nil {
		return Call{}, fmt.Errorf("%s: %w", sig, err)
	}
	c.Data = append(c.Data, packed...)
	return c, nil
}

// sized reports whether a type's size is one Solidity has: integers of 8 to
// 256 bits in steps of 8, bytes1 to bytes32 (abi.NewType accepts uint257).
func sized(t abi.Type) bool {
	switch t.T {
	case abi.UintTy, abi.IntTy:
		return t.Size >= 8 && t.Size <= 256 && t.Size%8 == 0
	case abi.FixedBytesTy:
		return t.Size >= 1 && t.Size <= 32
	case abi.SliceTy, abi.ArrayTy:
		return sized(*t.Elem)
	}
	return true
}

func isIdent(s string) bool {
	for i, r := range s {
		switch {
		case r == '_' || r == '$' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z':
		case i > 0 && r >= '0' && r <= '9':
		default:
			return false
		}
	}
	return s != ""
}

// splitArgs splits at spaces outside double quotes and brackets.
func splitArgs(s string) ([]string, error) {
	var (
		out   []string
		cur   strings.Builder
		quote bool
		depth int
		have  bool
	)
	for _, r := range s {
		switch {
		case r == '"':
			quote = !quote
			have = true
			cur.WriteRune(r)
		case quote:
			cur.WriteRune(r)
		case r == '[':
			depth++
			have = true
			cur.WriteRune(r)
		case r == ']':
			depth--
			cur.WriteRune(r)
		case (r == ' ' || r == '\t') && depth == 0:
			if have {
				out = append(out, cur.String())
				cur.Reset()
				have = false
			}
		default:
			have = true
			cur.WriteRune(r)
		}
	}
	if quote {
		return nil, errors.New("a double quote is not closed")
	}
	if depth != 0 {
		return nil, errors.New("a [ is not closed by ]")
	}
	if have {
		out = append(out, cur.String())
	}
	return out, nil
}

// value converts one typed argument to what abi.Arguments.Pack wants.
func value(t abi.Type, s string) (any, error) {
	switch t.T {
	case abi.UintTy, abi.IntTy:
		n, err := number(s)
		if err != nil {
			return nil, err
		}
		if t.T == abi.UintTy && n.Sign() < 0 {
			return nil, errors.New("is negative; an unsigned integer cannot be")
		}
		limit := new(big.Int).Lsh(big.NewInt(1), uint(t.Size))
		if t.T == abi.IntTy {
			limit.Rsh(limit, 1)
		}
		if new(big.Int).Abs(n).Cmp(limit) >= 0 && !(t.T == abi.IntTy && n.Sign() < 0 && new(big.Int).Neg(n).Cmp(limit) == 0) {
			return nil, fmt.Errorf("does not fit in %d bits", t.Size)
		}
		return fit(t, n), nil
	case abi.AddressTy:
		if !common.IsHexAddress(s) {
			return nil, errors.New("is not an address (want 0x and 40 hex digits)")
		}
		a := common.HexToAddress(s)
		if s[2:] != strings.ToLower(s[2:]) && s[2:] != strings.ToUpper(s[2:]) && a.Hex() != s {
			return nil, fmt.Errorf("has a bad checksum (did you mean %s?)", a.Hex())
		}
		return a, nil
	case abi.BoolTy:
		switch s {
		case "true":
			return true, nil
		case "false":
			return false, nil
		}
		return nil, errors.New("is not true or false")
	case abi.StringTy:
		return strings.Trim(s, `"`), nil
	case abi.BytesTy:
		b, err := hexutil.Decode(s)
		if err != nil {
			return nil, errors.New("is not 0x-prefixed hex bytes")
		}
		return b, nil
	case abi.FixedBytesTy:
		b, err := hexutil.Decode(s)
		if err != nil || len(b) != t.Size {
			return nil, fmt.Errorf("is not %d bytes of 0x-prefixed hex", t.Size)
		}
		arr := reflectArray(t)
		copyBytes(arr, b)
		return arr.Interface(), nil
	case abi.SliceTy, abi.ArrayTy:
		items, err := splitList(s)
		if err != nil {
			return nil, err
		}
		if t.T == abi.ArrayTy && len(items) != t.Size {
			return nil, fmt.Errorf("has %d elements, the type has %d", len(items), t.Size)
		}
		return list(t, items)
	}
	return nil, fmt.Errorf("type %s is not supported here", t)
}

// number reads a decimal or 0x-hex integer, or an amount with an ether or
// gwei suffix ("1.5ether" is 1.5e18).
func number(s string) (*big.Int, error) {
	for _, unit := range []struct {
		suffix   string
		decimals int
	}{{"ether", 18}, {"gwei", 9}} {
		if num, ok := strings.CutSuffix(s, unit.suffix); ok {
			return scaled(num, unit.decimals)
		}
	}
	n, ok := new(big.Int).SetString(s, 0)
	if !ok || strings.HasPrefix(s, "0") && len(s) > 1 && !strings.HasPrefix(s, "0x") {
		return nil, errors.New("is not a number (want decimal, 0x-hex, or an amount like 1.5ether)")
	}
	return n, nil
}

func scaled(s string, decimals int) (*big.Int, error) {
	whole, frac, _ := strings.Cut(s, ".")
	if len(frac) > decimals || whole == "" && frac == "" {
		return nil, fmt.Errorf("is not an amount with at most %d decimals", decimals)
	}
	n, ok := new(big.Int).SetString(whole+frac+strings.Repeat("0", decimals-len(frac)), 10)
	if !ok {
		return nil, errors.New("is not an amount (want e.g. 1.5ether or 30gwei)")
	}
	return n, nil
}

func splitList(s string) ([]string, error) {
	if !strings.HasPrefix(s, "[") || !strings.HasSuffix(s, "]") {
		return nil, errors.New("is not a list (want [a,b,c])")
	}
	inner := strings.TrimSpace(s[1 : len(s)-1])
	if inner == "" {
		return nil, nil
	}
	parts := strings.Split(inner, ",")
	for i := range parts {
		parts[i] = strings.TrimSpace(parts[i])
	}
	return parts, nil
}

// show renders a value for the decoded view: whole, never shortened.
func show(v any) string {
	switch x := v.(type) {
	case common.Address:
		return x.Hex()
	case []byte:
		return hexutil.Encode(x)
	case string:
		return fmt.Sprintf("%q", x)
	case *big.Int:
		return x.String()
	}
	return showReflect(v)
}
