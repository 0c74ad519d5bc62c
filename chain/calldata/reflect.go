package calldata

import (
	"fmt"
	"math/big"
	"reflect"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common/hexutil"
)

// The abi package packs Go values of exactly the type it maps each Solidity
// type to (uint8 for uint8, *big.Int for uint256, [32]byte for bytes32):
// these build them.

// fit converts n to the Go type of the integer type t.
func fit(t abi.Type, n *big.Int) any {
	goType := t.GetType()
	if goType == reflect.TypeOf(n) {
		return n
	}
	v := reflect.New(goType).Elem()
	if t.T == abi.UintTy {
		v.SetUint(n.Uint64())
	} else {
		v.SetInt(n.Int64())
	}
	return v.Interface()
}

func reflectArray(t abi.Type) reflect.Value { return reflect.New(t.GetType()).Elem() }

func copyBytes(dst reflect.Value, b []byte) { reflect.Copy(dst, reflect.ValueOf(b)) }

// list builds a slice or fixed array of t's element type from the items.
func list(t abi.Type, items []string) (any, error) {
	var out reflect.Value
	if t.T == abi.SliceTy {
		out = reflect.MakeSlice(t.GetType(), len(items), len(items))
	} else {
		out = reflect.New(t.GetType()).Elem()
	}
	for i, item := range items {
		v, err := value(*t.Elem, item)
		if err != nil {
			return nil, fmt.Errorf("element %d %q %w", i+1, item, err)
		}
		out.Index(i).Set(reflect.ValueOf(v))
	}
	return out.Interface(), nil
}

// showReflect renders arrays, slices and fixed bytes.
func showReflect(v any) string {
	rv := reflect.ValueOf(v)
	switch {
	case rv.Kind() == reflect.Array && rv.Type().Elem().Kind() == reflect.Uint8:
		b := make([]byte, rv.Len())
		reflect.Copy(reflect.ValueOf(b), rv)
		return hexutil.Encode(b)
	case rv.Kind() == reflect.Array || rv.Kind() == reflect.Slice:
		parts := make([]string, rv.Len())
		for i := range parts {
			parts[i] = show(rv.Index(i).Interface())
		}
		return "[" + strings.Join(parts, ", ") + "]"
	}
	return fmt.Sprint(v)
}
