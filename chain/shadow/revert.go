package shadow

import (
	"bytes"
	"fmt"
	"math/big"
	"reflect"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"warroom/chain"
)

// RevertKind says what a call's revert data holds.
type RevertKind string

// Kinds of revert data.
const (
	// RevertEmpty is a revert with no data: revert(), require without a
	// message, a failed call bubbling nothing up.
	RevertEmpty RevertKind = "empty"
	// RevertError is Solidity's Error(string): require and revert with a message.
	RevertError RevertKind = "error"
	// RevertPanic is Solidity's Panic(uint256): a failed assert,
	// arithmetic overflow, division by zero, an index out of bounds…
	RevertPanic RevertKind = "panic"
	// RevertCustom is a custom error: a 4-byte selector and its ABI-encoded
	// arguments, decoded when an ABI names the selector.
	RevertCustom RevertKind = "custom"
	// RevertRaw is data that is none of the above (shorter than a selector,
	// or an Error or Panic whose arguments do not decode).
	RevertRaw RevertKind = "raw"
)

// Selectors of Solidity's built-in errors.
const (
	errorSelector = "0x08c379a0" // Error(string)
	panicSelector = "0x4e487b71" // Panic(uint256)
)

// panicMeaning is what each Solidity panic code means, from the Solidity
// documentation ("Panic via assert and Error via require"): a constant table.
func panicMeaning(code *big.Int) string {
	if !code.IsUint64() {
		return "unknown panic code"
	}
	switch code.Uint64() {
	case 0x00:
		return "generic compiler-inserted panic"
	case 0x01:
		return "assert failed"
	case 0x11:
		return "arithmetic underflow or overflow"
	case 0x12:
		return "division or modulo by zero"
	case 0x21:
		return "conversion to an enum out of range"
	case 0x22:
		return "incorrectly encoded storage byte array"
	case 0x31:
		return "pop on an empty array"
	case 0x32:
		return "array index out of bounds"
	case 0x41:
		return "too much memory allocated"
	case 0x51:
		return "call to a zero-initialized function"
	}
	return "unknown panic code"
}

// Revert is a call's revert data, decoded.
type Revert struct {
	Kind RevertKind `json:"kind"`
	// Message is Error(string)'s text, or what a panic code means.
	Message string `json:"message,omitempty"`
	// Code is a panic's code.
	Code *big.Int `json:"code,omitempty"`
	// Selector is the first four bytes of the data, hex (custom errors,
	// and Error and Panic).
	Selector string `json:"selector,omitempty"`
	// Name, Signature and Args are a custom error's, when an ABI knew
	// its selector: "EnforcedPause", "EnforcedPause()".
	Name      string      `json:"name,omitempty"`
	Signature string      `json:"signature,omitempty"`
	Args      []chain.Arg `json:"args,omitempty"`
	// Data is the revert data as returned.
	Data hexutil.Bytes `json:"data"`
}

// String is the revert for people: "insufficient balance" (quoted),
// "panic 0x11: arithmetic underflow or overflow", "EnforcedPause()",
// "custom error 0xd93c0665".
func (r *Revert) String() string {
	if r == nil {
		return ""
	}
	switch r.Kind {
	case RevertEmpty:
		return "reverted without a reason"
	case RevertError:
		return fmt.Sprintf("%q", r.Message)
	case RevertPanic:
		return fmt.Sprintf("panic 0x%x: %s", r.Code, r.Message)
	case RevertCustom:
		if r.Name == "" {
			return "custom error " + r.Selector
		}
		args := make([]string, len(r.Args))
		for i, a := range r.Args {
			args[i] = a.Value
		}
		return r.Name + "(" + strings.Join(args, ", ") + ")"
	}
	return "revert data " + hexutil.Encode(r.Data)
}

// DecodeRevert decodes revert data: Error(string), Panic(uint256) with its
// meaning, or a custom error, named from the first of abis that has its
// selector (the selector alone when none has).
func DecodeRevert(data []byte, abis ...*abi.ABI) *Revert {
	r := &Revert{Data: append(hexutil.Bytes{}, data...)}
	if len(data) == 0 {
		r.Kind = RevertEmpty
		return r
	}
	if len(data) < 4 {
		r.Kind = RevertRaw
		return r
	}
	r.Selector = hexutil.Encode(data[:4])
	switch r.Selector {
	case errorSelector:
		msg, err := abi.UnpackRevert(data)
		if err != nil {
			r.Kind = RevertRaw
			return r
		}
		r.Kind, r.Message = RevertError, msg
		return r
	case panicSelector:
		if len(data) != 36 {
			r.Kind = RevertRaw
			return r
		}
		r.Kind = RevertPanic
		r.Code = new(big.Int).SetBytes(data[4:])
		r.Message = panicMeaning(r.Code)
		return r
	}
	r.Kind = RevertCustom
	for _, a := range abis {
		if a == nil {
			continue
		}
		for _, e := range a.Errors {
			if !bytes.Equal(e.ID[:4], data[:4]) {
				continue
			}
			vals, err := e.Inputs.Unpack(data[4:])
			if err != nil {
				continue
			}
			r.Name, r.Signature = e.Name, e.Sig
			r.Args = make([]chain.Arg, len(vals))
			for i, v := range vals {
				r.Args[i] = chain.Arg{Name: e.Inputs[i].Name, Type: e.Inputs[i].Type.String(), Value: formatArg(v)}
			}
			return r
		}
	}
	return r
}

// formatArg renders a decoded argument as text: addresses in checksum
// hex, integers in decimal (raw values, never formatted as ether), bytes
// in hex.
func formatArg(v any) string {
	switch x := v.(type) {
	case common.Address:
		return x.Hex()
	case *big.Int:
		return x.String()
	case []byte:
		return hexutil.Encode(x)
	case string:
		return fmt.Sprintf("%q", x)
	}
	rv := reflect.ValueOf(v)
	switch {
	case rv.Kind() == reflect.Array && rv.Type().Elem().Kind() == reflect.Uint8:
		b := make([]byte, rv.Len())
		reflect.Copy(reflect.ValueOf(b), rv)
		return hexutil.Encode(b)
	case rv.Kind() == reflect.Slice || rv.Kind() == reflect.Array:
		parts := make([]string, rv.Len())
		for i := range parts {
			parts[i] = formatArg(rv.Index(i).Interface())
		}
		return "[" + strings.Join(parts, ", ") + "]"
	}
	return fmt.Sprint(v)
}
