package session

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"math"
	"math/big"
	"sync"
	"time"
	"unicode/utf8"
	"unsafe"

	"github.com/ethereum/go-ethereum/common"

	"warroom/chain"
)

// Quick decoding of the payloads a replay spends its time on: blocks,
// protocol readings and alerts, nine events in ten. The journal writes
// them with encoding/json, compact, fields in declaration order, so they
// are read here field by field in that order, without reflection. Anything
// else (another field order, a field this binary does not know, an escape
// in a string, whitespace, a number that is not a plain integer, a null
// where a value was expected) is handed to encoding/json, so the result is
// always the one json.Unmarshal gives.
//
// Decoded strings point into the payload, which an event never changes.

// decodeBlockInfo is json.Unmarshal(data, d) for a zero d.
func decodeBlockInfo(data []byte, d *chain.BlockInfo) error {
	p := getPayloadDecoder(data)
	ok := p.blockInfo(d) && p.end()
	p.put()
	if ok {
		return nil
	}
	var v chain.BlockInfo
	err := json.Unmarshal(data, &v)
	*d = v
	return err
}

// decodeProtocolState is json.Unmarshal(data, d) for a zero d.
func decodeProtocolState(data []byte, d *chain.ProtocolState) error {
	p := getPayloadDecoder(data)
	ok := p.protocolState(d) && p.end()
	p.put()
	if ok {
		return nil
	}
	var v chain.ProtocolState
	err := json.Unmarshal(data, &v)
	*d = v
	return err
}

// decodeAlert is json.Unmarshal(data, d) for a zero d.
func decodeAlert(data []byte, d *chain.Alert) error {
	p := getPayloadDecoder(data)
	ok := p.alert(d) && p.end()
	p.put()
	if ok {
		return nil
	}
	var v chain.Alert
	err := json.Unmarshal(data, &v)
	*d = v
	return err
}

// payloadDecoder reads one payload. Every method reports whether the input
// had the expected, canonical shape; false sends the payload to
// encoding/json.
type payloadDecoder struct {
	b     []byte
	i     int
	depth int
	// ints and words are slabs the big integers are cut from: a trace's
	// values take two allocations, not two each.
	ints  []big.Int
	words []big.Word
	// Lists are read into these, reused from payload to payload, and
	// copied out at their length.
	traces    []chain.TraceLine
	findings  []chain.Finding
	logs      []chain.LogLine
	args      []chain.Arg
	balances  []chain.BalanceChange
	contracts []chain.ContractState
	addresses []common.Address
}

var payloadDecoders = sync.Pool{New: func() any { return new(payloadDecoder) }}

func getPayloadDecoder(data []byte) *payloadDecoder {
	p := payloadDecoders.Get().(*payloadDecoder)
	p.b, p.i, p.depth = data, 0, 0
	return p
}

// put hands the decoder back; the slabs left in it are the next payload's.
func (p *payloadDecoder) put() {
	p.b = nil
	payloadDecoders.Put(p)
}

// maxCallDepth bounds the nesting of decoded calls read here.
const maxCallDepth = 16

func (p *payloadDecoder) end() bool { return p.i == len(p.b) }

func (p *payloadDecoder) byte(c byte) bool {
	if p.i < len(p.b) && p.b[p.i] == c {
		p.i++
		return true
	}
	return false
}

func (p *payloadDecoder) peek() byte {
	if p.i < len(p.b) {
		return p.b[p.i]
	}
	return 0
}

func (p *payloadDecoder) null() bool {
	if len(p.b)-p.i >= 4 && string(p.b[p.i:p.i+4]) == "null" {
		p.i += 4
		return true
	}
	return false
}

// rawString reads a string without escapes and returns its bytes.
func (p *payloadDecoder) rawString() ([]byte, bool) {
	if !p.byte('"') {
		return nil, false
	}
	rest := p.b[p.i:]
	q := bytes.IndexByte(rest, '"')
	if q < 0 {
		return nil, false
	}
	s := rest[:q]
	// Eight bytes at a time: any byte below 0x20 or from 0x80 up (a
	// control character, a backslash is looked for after, or UTF-8) sends
	// the string the careful way.
	const ones, highs, spaces = 0x0101010101010101, 0x8080808080808080, 0x2020202020202020
	k := 0
	for ; k+8 <= len(s); k += 8 {
		w := binary.LittleEndian.Uint64(s[k:])
		if (w-spaces|w)&highs != 0 {
			break
		}
	}
	ascii := true
	for ; k < len(s); k++ {
		c := s[k]
		if c < 0x20 {
			return nil, false
		}
		ascii = ascii && c < 0x80
	}
	if !ascii && !utf8.Valid(s) {
		return nil, false
	}
	if bytes.IndexByte(s, '\\') >= 0 {
		return nil, false
	}
	p.i += q + 1
	return s, true
}

func (p *payloadDecoder) string(s *string) bool {
	b, ok := p.rawString()
	if !ok {
		return false
	}
	if len(b) > 0 {
		*s = unsafe.String(&b[0], len(b))
	}
	return true
}

// digits reads an unsigned JSON integer.
func (p *payloadDecoder) digits() (uint64, bool) {
	start := p.i
	var n uint64
	for p.i < len(p.b) {
		c := p.b[p.i]
		if c < '0' || c > '9' {
			break
		}
		d := uint64(c - '0')
		if n > (math.MaxUint64-d)/10 {
			return 0, false
		}
		n = n*10 + d
		p.i++
	}
	if p.i == start || (p.b[start] == '0' && p.i-start > 1) {
		return 0, false
	}
	// A fraction or an exponent is not an integer field's.
	if c := p.peek(); c == '.' || c == 'e' || c == 'E' {
		return 0, false
	}
	return n, true
}

func (p *payloadDecoder) uint64(v *uint64) bool {
	n, ok := p.digits()
	*v = n
	return ok
}

func (p *payloadDecoder) uint(v *uint) bool {
	n, ok := p.digits()
	*v = uint(n)
	return ok && uint64(uint(n)) == n
}

func (p *payloadDecoder) int(v *int) bool {
	neg := p.byte('-')
	n, ok := p.digits()
	if !ok || n > math.MaxInt {
		return false
	}
	*v = int(n)
	if neg {
		*v = -*v
	}
	return true
}

func (p *payloadDecoder) bool(v *bool) bool {
	switch {
	case len(p.b)-p.i >= 4 && string(p.b[p.i:p.i+4]) == "true":
		*v = true
		p.i += 4
	case len(p.b)-p.i >= 5 && string(p.b[p.i:p.i+5]) == "false":
		*v = false
		p.i += 5
	default:
		return false
	}
	return true
}

// hexBytes reads "0x…", lowercase, exactly filling dst.
func (p *payloadDecoder) hexBytes(dst []byte) bool {
	n := 3 + 2*len(dst) + 1
	if len(p.b)-p.i < n {
		return false
	}
	b := p.b[p.i : p.i+n]
	if b[0] != '"' || b[1] != '0' || b[2] != 'x' || b[n-1] != '"' || !decodeLowerHex(dst, b[3:n-1]) {
		return false
	}
	p.i += n
	return true
}

func (p *payloadDecoder) hash(h *common.Hash) bool { return p.hexBytes(h[:]) }

func (p *payloadDecoder) address(a *common.Address) bool { return p.hexBytes(a[:]) }

func (p *payloadDecoder) addressPtr(a **common.Address) bool {
	if p.null() {
		*a = nil
		return true
	}
	v := new(common.Address)
	*a = v
	return p.address(v)
}

// time reads a UTC time as time.Time writes it.
func (p *payloadDecoder) time(t *time.Time) bool {
	b, ok := p.rawString()
	if !ok {
		return false
	}
	*t, ok = parseUTCTime(b)
	return ok
}

// bigInt reads an integer into a big.Int, or null into nil.
func (p *payloadDecoder) bigInt(v **big.Int) bool {
	if p.null() {
		*v = nil
		return true
	}
	start := p.i
	neg := p.byte('-')
	first := p.i
	var u uint64
	small := true
	for p.i < len(p.b) && p.b[p.i] >= '0' && p.b[p.i] <= '9' {
		d := uint64(p.b[p.i] - '0')
		if u > (math.MaxUint64-d)/10 {
			small = false
		}
		u = u*10 + d
		p.i++
	}
	n := p.i - first
	if n == 0 || (p.b[first] == '0' && n > 1) {
		return false
	}
	if c := p.peek(); c == '.' || c == 'e' || c == 'E' {
		return false
	}
	if !small || unsafe.Sizeof(big.Word(0)) != 8 {
		z, ok := new(big.Int).SetString(string(p.b[start:p.i]), 10)
		*v = z
		return ok
	}
	if len(p.ints) == 0 {
		p.ints = make([]big.Int, 8)
	}
	z := &p.ints[0]
	p.ints = p.ints[1:]
	if u != 0 {
		if len(p.words) == 0 {
			p.words = make([]big.Word, 8)
		}
		p.words[0] = big.Word(u)
		z.SetBits(p.words[:1:1])
		p.words = p.words[1:]
	}
	if neg {
		z.Neg(z)
	}
	*v = z
	return true
}

func (p *payloadDecoder) severity(s *chain.Severity) bool {
	b, ok := p.rawString()
	if !ok {
		return false
	}
	for i, name := range [...]string{"info", "low", "medium", "high", "critical"} {
		if string(b) == name {
			*s = chain.Severity(i)
			return true
		}
	}
	return false
}

// keys are an object's field names in order, each written as it stands
// before its value: "number":.
type keys []string

func keySet(names ...string) keys {
	k := make(keys, len(names))
	for i, n := range names {
		k[i] = `"` + n + `":`
	}
	return k
}

// object reads an object whose keys are among keys, in that order, each at
// most once, calling field with each key's index to read its value.
func (p *payloadDecoder) object(keys keys, field func(k int) bool) bool {
	if !p.byte('{') {
		return false
	}
	if p.byte('}') {
		return true
	}
	next := 0
	for {
		rest := p.b[p.i:]
		k := next
		for k < len(keys) && !(len(rest) >= len(keys[k]) && string(rest[:len(keys[k])]) == keys[k]) {
			k++
		}
		if k == len(keys) {
			return false // a field this binary does not know, or out of order
		}
		p.i += len(keys[k])
		if !field(k) {
			return false
		}
		next = k + 1
		if p.byte('}') {
			return true
		}
		if !p.byte(',') {
			return false
		}
	}
}

// array reads an array into *out, null into nil and [] into an empty
// slice, as encoding/json does. The elements are read into *scratch and
// copied out at their length; elem must not read another array into the
// same scratch.
func array[T any](p *payloadDecoder, out *[]T, scratch *[]T, elem func(*T) bool) bool {
	if p.null() {
		*out = nil
		return true
	}
	if !p.byte('[') {
		return false
	}
	if p.byte(']') {
		*out = []T{}
		return true
	}
	s := (*scratch)[:0]
	defer func() {
		clear(s) // let go of what the elements point to
		*scratch = s[:0]
	}()
	var zero T
	for {
		s = append(s, zero)
		if !elem(&s[len(s)-1]) {
			return false
		}
		if p.byte(']') {
			*out = append([]T(nil), s...)
			return true
		}
		if !p.byte(',') {
			return false
		}
	}
}

// list is array for elements that hold lists of their own type (a call's
// inner calls), read without a scratch.
func list[T any](p *payloadDecoder, out *[]T, elem func(*T) bool) bool {
	var scratch []T
	return array(p, out, &scratch, elem)
}

var blockKeys = keySet("number", "hash", "parent", "time", "txs", "gasUsed", "touched", "traced", "noTraces", "prefilter")

func (p *payloadDecoder) blockInfo(b *chain.BlockInfo) bool {
	return p.object(blockKeys, func(k int) bool {
		switch k {
		case 0:
			return p.uint64(&b.Number)
		case 1:
			return p.hash(&b.Hash)
		case 2:
			return p.hash(&b.Parent)
		case 3:
			return p.time(&b.Time)
		case 4:
			return p.int(&b.TxCount)
		case 5:
			return p.uint64(&b.GasUsed)
		case 6:
			return p.int(&b.Touched)
		case 7:
			return p.bool(&b.Traced)
		case 8:
			return p.bool(&b.NoTraces)
		default:
			return p.bool(&b.Prefilter)
		}
	})
}

var (
	protocolKeys = keySet("block", "contracts", "safe", "timelock")
	contractKeys = keySet("name", "address", "implementation", "admin", "pausable", "paused", "balance")
	safeKeys     = keySet("address", "version", "owners", "threshold", "nonce")
	timelockKeys = keySet("address", "minDelay")
)

func (p *payloadDecoder) protocolState(s *chain.ProtocolState) bool {
	return p.object(protocolKeys, func(k int) bool {
		switch k {
		case 0:
			return p.uint64(&s.Block)
		case 1:
			return array(p, &s.Contracts, &p.contracts, p.contractState)
		case 2:
			if p.null() {
				s.Safe = nil
				return true
			}
			s.Safe = new(chain.SafeState)
			return p.safeState(s.Safe)
		default:
			if p.null() {
				s.Timelock = nil
				return true
			}
			s.Timelock = new(chain.TimelockState)
			return p.object(timelockKeys, func(k int) bool {
				if k == 0 {
					return p.address(&s.Timelock.Address)
				}
				return p.uint64(&s.Timelock.MinDelay)
			})
		}
	})
}

func (p *payloadDecoder) contractState(c *chain.ContractState) bool {
	return p.object(contractKeys, func(k int) bool {
		switch k {
		case 0:
			return p.string(&c.Name)
		case 1:
			return p.address(&c.Address)
		case 2:
			return p.address(&c.Implementation)
		case 3:
			return p.address(&c.Admin)
		case 4:
			return p.bool(&c.Pausable)
		case 5:
			return p.bool(&c.Paused)
		default:
			return p.bigInt(&c.Balance)
		}
	})
}

func (p *payloadDecoder) safeState(s *chain.SafeState) bool {
	return p.object(safeKeys, func(k int) bool {
		switch k {
		case 0:
			return p.address(&s.Address)
		case 1:
			return p.string(&s.Version)
		case 2:
			return array(p, &s.Owners, &p.addresses, p.address)
		case 3:
			return p.uint64(&s.Threshold)
		default:
			return p.uint64(&s.Nonce)
		}
	})
}

var (
	alertKeys = keySet("block", "time", "seen", "tx", "index", "from", "to", "contract", "contractName", "method",
		"outflow", "reverted", "severity", "findings", "detail")
	findingKeys = keySet("rule", "severity", "contract", "actor", "method", "count", "amount", "held", "shareBps",
		"limitBps", "createdAt", "age", "window", "reverted", "deployer", "funder", "fundedAt")
	partyKeys   = keySet("address", "name")
	detailKeys  = keySet("call", "input", "value", "gasUsed", "trace", "logs", "balances", "error")
	callKeys    = keySet("sig", "method", "args", "raw", "known", "target", "to", "inner")
	argKeys     = keySet("name", "type", "value")
	traceKeys   = keySet("depth", "type", "from", "to", "label", "value", "error", "reentry")
	logKeys     = keySet("address", "label", "args")
	balanceKeys = keySet("name", "address", "delta")
)

func (p *payloadDecoder) alert(a *chain.Alert) bool {
	return p.object(alertKeys, func(k int) bool {
		switch k {
		case 0:
			return p.uint64(&a.Block)
		case 1:
			return p.time(&a.Time)
		case 2:
			return p.time(&a.Seen)
		case 3:
			return p.hash(&a.TxHash)
		case 4:
			return p.uint(&a.TxIndex)
		case 5:
			return p.address(&a.From)
		case 6:
			return p.addressPtr(&a.To)
		case 7:
			return p.address(&a.Contract)
		case 8:
			return p.string(&a.ContractName)
		case 9:
			return p.string(&a.Method)
		case 10:
			return p.bigInt(&a.Outflow)
		case 11:
			return p.bool(&a.Reverted)
		case 12:
			return p.severity(&a.Severity)
		case 13:
			return array(p, &a.Findings, &p.findings, p.finding)
		default:
			return p.txDetail(&a.Detail)
		}
	})
}

func (p *payloadDecoder) party(v *chain.Party) bool {
	return p.object(partyKeys, func(k int) bool {
		if k == 0 {
			return p.address(&v.Address)
		}
		return p.string(&v.Name)
	})
}

func (p *payloadDecoder) partyPtr(v **chain.Party) bool {
	if p.null() {
		*v = nil
		return true
	}
	*v = new(chain.Party)
	return p.party(*v)
}

func (p *payloadDecoder) finding(f *chain.Finding) bool {
	return p.object(findingKeys, func(k int) bool {
		switch k {
		case 0:
			return p.string(&f.Rule)
		case 1:
			return p.severity(&f.Severity)
		case 2:
			return p.party(&f.Contract)
		case 3:
			return p.partyPtr(&f.Actor)
		case 4:
			return p.string(&f.Method)
		case 5:
			return p.int(&f.Count)
		case 6:
			return p.bigInt(&f.Amount)
		case 7:
			return p.bigInt(&f.Held)
		case 8:
			return p.uint64(&f.ShareBps)
		case 9:
			return p.uint64(&f.LimitBps)
		case 10:
			return p.uint64(&f.CreatedAt)
		case 11:
			return p.uint64(&f.Age)
		case 12:
			return p.uint64(&f.Window)
		case 13:
			return p.bool(&f.Reverted)
		case 14:
			return p.partyPtr(&f.Deployer)
		case 15:
			return p.partyPtr(&f.Funder)
		default:
			return p.uint64(&f.FundedAt)
		}
	})
}

func (p *payloadDecoder) txDetail(d *chain.TxDetail) bool {
	return p.object(detailKeys, func(k int) bool {
		switch k {
		case 0:
			return p.call(&d.Call)
		case 1:
			return p.string(&d.Input)
		case 2:
			return p.bigInt(&d.Value)
		case 3:
			return p.uint64(&d.GasUsed)
		case 4:
			return array(p, &d.Trace, &p.traces, p.traceLine)
		case 5:
			return array(p, &d.Logs, &p.logs, p.logLine)
		case 6:
			return array(p, &d.Balances, &p.balances, p.balanceChange)
		default:
			return p.string(&d.Error)
		}
	})
}

func (p *payloadDecoder) call(c *chain.DecodedCall) bool {
	if p.depth >= maxCallDepth {
		return false
	}
	p.depth++
	defer func() { p.depth-- }()
	return p.object(callKeys, func(k int) bool {
		switch k {
		case 0:
			return p.string(&c.Signature)
		case 1:
			return p.string(&c.Method)
		case 2:
			return array(p, &c.Args, &p.args, p.arg)
		case 3:
			return p.string(&c.Raw)
		case 4:
			return p.bool(&c.Known)
		case 5:
			return p.string(&c.Target)
		case 6:
			return p.addressPtr(&c.To)
		default:
			return list(p, &c.Inner, p.call)
		}
	})
}

func (p *payloadDecoder) arg(a *chain.Arg) bool {
	return p.object(argKeys, func(k int) bool {
		switch k {
		case 0:
			return p.string(&a.Name)
		case 1:
			return p.string(&a.Type)
		default:
			return p.string(&a.Value)
		}
	})
}

func (p *payloadDecoder) traceLine(t *chain.TraceLine) bool {
	return p.object(traceKeys, func(k int) bool {
		switch k {
		case 0:
			return p.int(&t.Depth)
		case 1:
			return p.string(&t.Type)
		case 2:
			return p.address(&t.From)
		case 3:
			return p.address(&t.To)
		case 4:
			return p.string(&t.Label)
		case 5:
			return p.bigInt(&t.Value)
		case 6:
			return p.string(&t.Error)
		default:
			return p.bool(&t.Reentry)
		}
	})
}

func (p *payloadDecoder) logLine(l *chain.LogLine) bool {
	return p.object(logKeys, func(k int) bool {
		switch k {
		case 0:
			return p.address(&l.Address)
		case 1:
			return p.string(&l.Label)
		default:
			return array(p, &l.Args, &p.args, p.arg)
		}
	})
}

func (p *payloadDecoder) balanceChange(b *chain.BalanceChange) bool {
	return p.object(balanceKeys, func(k int) bool {
		switch k {
		case 0:
			return p.string(&b.Name)
		case 1:
			return p.address(&b.Address)
		default:
			return p.bigInt(&b.Delta)
		}
	})
}

// Payload is an event's data decoded ahead of the reducer (DecodePayload),
// so that a replay can decode on one core while it reduces on another.
// Only the kinds decoded quickly here are held; the reducer decodes the
// others itself.
type Payload struct {
	kind     Kind
	err      error
	block    chain.BlockInfo
	protocol chain.ProtocolState
	alert    chain.Alert
}

// DecodePayload decodes ev's data into p, for ReducePayload. It only reads
// ev, so it can run on another goroutine than the reducer.
func DecodePayload(ev *Event, p *Payload) {
	p.kind, p.err = ev.Kind, nil
	switch ev.Kind {
	case KindBlock:
		p.block = chain.BlockInfo{}
		p.err = decodeBlockInfo(ev.Data, &p.block)
	case KindProtocolState:
		p.protocol = chain.ProtocolState{}
		p.err = decodeProtocolState(ev.Data, &p.protocol)
	case KindAlert:
		p.alert = chain.Alert{}
		p.err = decodeAlert(ev.Data, &p.alert)
	default:
		p.kind = ""
	}
}

// ReducePayload is Reduce(s, ev) for an event whose data DecodePayload
// decoded into p. p can be reused once it returns: what the state keeps of
// it is the state's.
func ReducePayload(s State, ev Event, p *Payload) State { return reduce(s, ev, p) }

func (p *Payload) decodeBlockInfo(data []byte, d *chain.BlockInfo) error {
	if p != nil && p.kind == KindBlock {
		*d = p.block
		return p.err
	}
	return decodeBlockInfo(data, d)
}

func (p *Payload) decodeProtocolState(data []byte, d *chain.ProtocolState) error {
	if p != nil && p.kind == KindProtocolState {
		*d = p.protocol
		return p.err
	}
	return decodeProtocolState(data, d)
}

func (p *Payload) decodeAlert(data []byte, d *chain.Alert) error {
	if p != nil && p.kind == KindAlert {
		*d = p.alert
		return p.err
	}
	return decodeAlert(data, d)
}

// payloadOf is the Go value of an event just journaled, as the reducer
// takes it, for the kinds that come by the thousand (blocks, alerts, the
// protocol's state): the reducer then works from what the session was
// given rather than decoding what it has just encoded. nil for the other
// kinds, and for values of another type, which are decoded as journaled.
func payloadOf(kind Kind, data any) *Payload {
	switch kind {
	case KindBlock:
		if b, ok := data.(chain.BlockInfo); ok {
			return &Payload{kind: kind, block: b}
		}
	case KindAlert:
		switch a := data.(type) {
		case *chain.Alert:
			return &Payload{kind: kind, alert: *a}
		case chain.Alert:
			return &Payload{kind: kind, alert: a}
		}
	case KindProtocolState:
		if ps, ok := data.(chain.ProtocolState); ok {
			return &Payload{kind: kind, protocol: ps}
		}
	}
	return nil
}
