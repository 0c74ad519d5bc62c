package detect

import (
	"fmt"
	"math/big"
	"reflect"
	"sort"
	"strings"
	"sync"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"

	"warroom/chain"
)

// Decoder turns calldata and logs into names people read, from the ABIs it
// was given. It is safe for concurrent use.
type Decoder struct {
	mu      sync.RWMutex
	methods map[[4]byte]abi.Method
	events  map[common.Hash]abi.Event
	names   map[common.Address]string
	// byAddr holds a contract's own ABI, preferred over the global tables;
	// bySel its methods by selector (abi.MethodById walks them all).
	byAddr map[common.Address]*abi.ABI
	bySel  map[common.Address]map[[4]byte]abi.Method
}

// NewDecoder returns an empty decoder.
func NewDecoder() *Decoder {
	return &Decoder{
		methods: map[[4]byte]abi.Method{},
		events:  map[common.Hash]abi.Event{},
		names:   map[common.Address]string{},
		byAddr:  map[common.Address]*abi.ABI{},
		bySel:   map[common.Address]map[[4]byte]abi.Method{},
	}
}

// AddABI makes a contract ABI's methods and events known everywhere.
func (d *Decoder) AddABI(a *abi.ABI) {
	d.mu.Lock()
	defer d.mu.Unlock()
	for _, m := range a.Methods {
		var sel [4]byte
		copy(sel[:], m.ID)
		if _, ok := d.methods[sel]; !ok {
			d.methods[sel] = m
		}
	}
	for _, e := range a.Events {
		if _, ok := d.events[e.ID]; !ok {
			d.events[e.ID] = e
		}
	}
}

// Label names an address, with its ABI when known (nil otherwise).
func (d *Decoder) Label(addr common.Address, name string, a *abi.ABI) {
	if a != nil {
		d.AddABI(a)
	}
	d.mu.Lock()
	defer d.mu.Unlock()
	d.names[addr] = name
	if a != nil {
		d.byAddr[addr] = a
		sel := make(map[[4]byte]abi.Method, len(a.Methods))
		for _, m := range a.Methods {
			if len(m.ID) == 4 {
				sel[[4]byte(m.ID)] = m
			}
		}
		d.bySel[addr] = sel
	}
}

var _ chain.CallDecoder = (*Decoder)(nil)

// generic are functions every token has; code that calls them says nothing
// about which contract it means to call.
var generic = map[string]bool{"transfer": true, "transferFrom": true, "approve": true}

// Calls lists, in the ABI's order, the state-changing functions of addr's
// own ABI whose selectors are in sels (token generics aside).
func (d *Decoder) Calls(addr common.Address, sels map[[4]byte]bool) []string {
	d.mu.RLock()
	a := d.byAddr[addr]
	d.mu.RUnlock()
	if a == nil {
		return nil
	}
	var out []string
	for _, name := range sortedMethodNames(a) {
		m := a.Methods[name]
		if m.IsConstant() || generic[m.RawName] || len(m.ID) < 4 || !sels[[4]byte(m.ID)] {
			continue
		}
		out = append(out, m.RawName)
	}
	return out
}

func sortedMethodNames(a *abi.ABI) []string {
	out := make([]string, 0, len(a.Methods))
	for n := range a.Methods {
		out = append(out, n)
	}
	sort.Strings(out)
	return out
}

// LabelOf is the name addr was given, "" when it has none.
func (d *Decoder) LabelOf(addr common.Address) string {
	d.mu.RLock()
	defer d.mu.RUnlock()
	return d.names[addr]
}

// Name is the label of addr, or its short hex form.
func (d *Decoder) Name(addr common.Address) string {
	if n := d.LabelOf(addr); n != "" {
		return n
	}
	return chain.ShortAddr(addr)
}

// Known reports whether addr has a label.
func (d *Decoder) Known(addr common.Address) bool { return d.LabelOf(addr) != "" }

func (d *Decoder) method(to *common.Address, data []byte) (abi.Method, bool) {
	if len(data) < 4 {
		return abi.Method{}, false
	}
	d.mu.RLock()
	defer d.mu.RUnlock()
	var sel [4]byte
	copy(sel[:], data[:4])
	if to != nil {
		if m, ok := d.bySel[*to][sel]; ok {
			return m, true
		}
	}
	m, ok := d.methods[sel]
	return m, ok
}

// MethodName is the function name for calldata: "withdraw", "0x2e1a7d4d" when
// unknown, "(transfer)" when there is no calldata.
func (d *Decoder) MethodName(to *common.Address, data []byte) string {
	if len(data) == 0 {
		return "(transfer)"
	}
	if len(data) < 4 {
		return "(fallback)"
	}
	if m, ok := d.method(to, data); ok {
		return m.RawName
	}
	return hexutil.Encode(data[:4])
}

// DecodeCall decodes calldata sent to to (nil for a contract creation).
func (d *Decoder) DecodeCall(to *common.Address, data []byte) chain.DecodedCall {
	if to == nil {
		return chain.DecodedCall{Signature: "(create)", Method: "(create)", Raw: short(hexutil.Encode(data), 74)}
	}
	dc := chain.DecodedCall{Target: d.Name(*to)}
	if len(data) == 0 {
		dc.Signature, dc.Method, dc.Known = "(transfer)", "(transfer)", true
		return dc
	}
	m, ok := d.method(to, data)
	if !ok {
		dc.Signature = hexutil.Encode(data[:min(4, len(data))])
		dc.Method = dc.Signature
		dc.Raw = short(hexutil.Encode(data), 202)
		return dc
	}
	dc.Signature, dc.Method, dc.Known = m.Sig, m.RawName, true
	vals, err := m.Inputs.Unpack(data[4:])
	if err != nil {
		dc.Raw = short(hexutil.Encode(data), 202)
		dc.Args = []chain.Arg{{Name: "error", Type: "", Value: "arguments do not decode: " + err.Error()}}
		return dc
	}
	for i, in := range m.Inputs {
		dc.Args = append(dc.Args, chain.Arg{Name: in.Name, Type: in.Type.String(), Value: d.formatValue(vals[i])})
	}
	return dc
}

// DecodeLog decodes a log against the known events.
func (d *Decoder) DecodeLog(l *types.Log) chain.LogLine {
	line := chain.LogLine{Address: l.Address}
	name := d.Name(l.Address)
	if len(l.Topics) == 0 {
		line.Label = name + ".(anonymous)"
		return line
	}
	d.mu.RLock()
	ev, ok := d.events[l.Topics[0]]
	d.mu.RUnlock()
	if !ok {
		line.Label = name + "." + short(l.Topics[0].Hex(), 12)
		return line
	}
	line.Label = name + "." + ev.RawName
	vals := map[string]any{}
	var indexed abi.Arguments
	for _, in := range ev.Inputs {
		if in.Indexed {
			indexed = append(indexed, in)
		}
	}
	if err := abi.ParseTopicsIntoMap(vals, indexed, l.Topics[1:]); err != nil {
		line.Args = append(line.Args, chain.Arg{Name: "error", Value: err.Error()})
	}
	if len(l.Data) > 0 {
		if err := ev.Inputs.UnpackIntoMap(vals, l.Data); err != nil {
			line.Args = append(line.Args, chain.Arg{Name: "error", Value: err.Error()})
		}
	}
	for _, in := range ev.Inputs {
		if v, ok := vals[in.Name]; ok {
			line.Args = append(line.Args, chain.Arg{Name: in.Name, Type: in.Type.String(), Value: d.formatValue(v)})
		}
	}
	return line
}

// EventName is the name of a log's event, "" when unknown.
func (d *Decoder) EventName(l *types.Log) string {
	if len(l.Topics) == 0 {
		return ""
	}
	d.mu.RLock()
	defer d.mu.RUnlock()
	if ev, ok := d.events[l.Topics[0]]; ok {
		return ev.RawName
	}
	return ""
}

func (d *Decoder) formatValue(v any) string {
	switch x := v.(type) {
	case common.Address:
		if d.Known(x) {
			return d.Name(x) + " (" + x.Hex() + ")"
		}
		return x.Hex()
	case *big.Int:
		return x.String()
	case []byte:
		return short(hexutil.Encode(x), 74)
	case [32]byte:
		return hexutil.Encode(x[:])
	case string:
		return fmt.Sprintf("%q", x)
	}
	rv := reflect.ValueOf(v)
	if rv.Kind() == reflect.Slice {
		parts := make([]string, rv.Len())
		for i := range parts {
			parts[i] = d.formatValue(rv.Index(i).Interface())
		}
		return "[" + strings.Join(parts, ", ") + "]"
	}
	if rv.Kind() == reflect.Array && rv.Type().Elem().Kind() == reflect.Uint8 {
		b := make([]byte, rv.Len())
		reflect.Copy(reflect.ValueOf(b), rv)
		return hexutil.Encode(b)
	}
	return fmt.Sprint(v)
}

func short(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[:n] + "…"
}

// maxNesting bounds how many layers DecodeNested follows calls inside calls.
const maxNesting = 8

// DecodeNested decodes calldata sent to to as DecodeCall does, and then,
// recursively into Inner, the calls carried in its bytes and bytes[]
// arguments: a Safe transaction's timelock schedule carries the proxy's
// upgradeToAndCall, which carries the initializer. An argument is taken for
// a call when it starts with a known selector. It is decoded for the
// nearest address argument before it (schedule's target, upgradeToAndCall's
// new implementation, whose code runs the initializer, execTransaction's
// to), for the matching element of an address[] of the same length before a
// bytes[] (executeBatch's targets), and for to when there is none. Every
// layer's To is set. It follows at most maxNesting layers.
func (d *Decoder) DecodeNested(to *common.Address, data []byte) chain.DecodedCall {
	return d.decodeNested(to, data, maxNesting)
}

func (d *Decoder) decodeNested(to *common.Address, data []byte, depth int) chain.DecodedCall {
	dc := d.DecodeCall(to, data)
	if to == nil {
		return dc
	}
	addr := *to
	dc.To = &addr
	m, ok := d.method(to, data)
	if !ok || depth <= 1 {
		return dc
	}
	vals, err := m.Inputs.Unpack(data[4:])
	if err != nil {
		return dc
	}
	target, targets := addr, []common.Address(nil)
	inner := func(at common.Address, b []byte) {
		if _, known := d.method(&at, b); known {
			dc.Inner = append(dc.Inner, d.decodeNested(&at, b, depth-1))
		}
	}
	for _, v := range vals {
		switch x := v.(type) {
		case common.Address:
			target = x
		case []common.Address:
			targets = x
		case []byte:
			inner(target, x)
		case [][]byte:
			for i, b := range x {
				if len(targets) == len(x) {
					inner(targets[i], b)
				} else {
					inner(target, b)
				}
			}
		}
	}
	return dc
}
