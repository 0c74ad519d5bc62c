package session

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math/big"
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"warroom/chain"
)

// payloadKinds are the payloads decoded without encoding/json, each with
// its quick decoder and a quick-only variant (ok false where it hands over).
var payloadKinds = []struct {
	kind  Kind
	new   func() any
	dec   func([]byte, any) error
	quick func([]byte, any) bool
}{
	{KindBlock, func() any { return new(chain.BlockInfo) },
		func(b []byte, v any) error { return decodeBlockInfo(b, v.(*chain.BlockInfo)) },
		func(b []byte, v any) bool {
			p := payloadDecoder{b: b}
			return p.blockInfo(v.(*chain.BlockInfo)) && p.end()
		}},
	{KindProtocolState, func() any { return new(chain.ProtocolState) },
		func(b []byte, v any) error { return decodeProtocolState(b, v.(*chain.ProtocolState)) },
		func(b []byte, v any) bool {
			p := payloadDecoder{b: b}
			return p.protocolState(v.(*chain.ProtocolState)) && p.end()
		}},
	{KindAlert, func() any { return new(chain.Alert) },
		func(b []byte, v any) error { return decodeAlert(b, v.(*chain.Alert)) },
		func(b []byte, v any) bool { p := payloadDecoder{b: b}; return p.alert(v.(*chain.Alert)) && p.end() }},
}

// sameDecoding checks that the quick decoder and json.Unmarshal agree on
// data: both fail, or both succeed with the same value.
func sameDecoding(t *testing.T, i int, data []byte) {
	t.Helper()
	k := payloadKinds[i]
	want, got := k.new(), k.new()
	werr := json.Unmarshal(data, want)
	gerr := k.dec(data, got)
	if (werr == nil) != (gerr == nil) {
		t.Fatalf("%s %q: json says %v, the quick decoder %v", k.kind, data, werr, gerr)
	}
	if werr != nil {
		return
	}
	a, aerr := json.Marshal(want)
	b, berr := json.Marshal(got)
	if aerr != nil || berr != nil {
		return // a value that does not marshal back (a bad big.Int) is compared no further
	}
	if !bytes.Equal(a, b) {
		t.Fatalf("%s %q decodes differently:\njson  %s\nquick %s", k.kind, data, a, b)
	}
}

// The journals in testdata decode quickly, to what encoding/json gives.
func TestPayloadDecodersOnFixtures(t *testing.T) {
	n := 0
	for _, path := range []string{"report/testdata/drill.jsonl", "../tui/testdata/replay.jsonl"} {
		events, err := OpenJournal(path)
		if err != nil {
			t.Fatal(err)
		}
		for _, ev := range events {
			for i, k := range payloadKinds {
				if k.kind != ev.Kind {
					continue
				}
				if !k.quick(ev.Data, k.new()) {
					t.Errorf("%s:%d: %s is handed to encoding/json", path, ev.Seq, ev.Kind)
				}
				sameDecoding(t, i, ev.Data)
				n++
			}
		}
	}
	if n < 100 {
		t.Fatalf("only %d payloads in the fixtures", n)
	}
}

// filler makes random values of the payload types, with the corners
// encoding/json has opinions on: nil and empty slices, nil pointers, big
// and negative integers, strings with escapes, non-ASCII and bad UTF-8,
// times in other zones.
type filler struct {
	rng   *rand.Rand
	depth int
}

var (
	bigIntType = reflect.TypeFor[*big.Int]()
	timeType   = reflect.TypeFor[time.Time]()
)

func (f *filler) fill(v reflect.Value) {
	r := f.rng
	switch {
	case v.Type() == bigIntType:
		switch r.IntN(6) {
		case 0:
			return // nil
		case 1:
			v.Set(reflect.ValueOf(big.NewInt(0)))
		case 2:
			v.Set(reflect.ValueOf(big.NewInt(-r.Int64N(1e18))))
		case 3:
			z, _ := new(big.Int).SetString(fmt.Sprintf("%d%018d", r.Uint64(), r.Uint64N(1e18)), 10)
			v.Set(reflect.ValueOf(z))
		default:
			v.Set(reflect.ValueOf(new(big.Int).SetUint64(r.Uint64() >> r.IntN(64))))
		}
		return
	case v.Type() == timeType:
		t := time.Unix(r.Int64N(4e9), 0)
		switch r.IntN(4) {
		case 0:
			t = time.Time{}
		case 1:
			t = t.Add(time.Duration(r.IntN(1e9))).UTC()
		case 2:
			t = t.In(time.FixedZone("x", 3600*r.IntN(12)))
		default:
			t = t.Add(time.Duration(r.IntN(1000)) * time.Millisecond).UTC()
		}
		v.Set(reflect.ValueOf(t))
		return
	}
	switch v.Kind() {
	case reflect.Struct:
		for i := range v.NumField() {
			if v.Type().Field(i).IsExported() {
				f.fill(v.Field(i))
			}
		}
	case reflect.Pointer:
		if r.IntN(3) == 0 || f.depth > 3 {
			return
		}
		f.depth++
		v.Set(reflect.New(v.Type().Elem()))
		f.fill(v.Elem())
		f.depth--
	case reflect.Slice:
		if v.Type().Elem().Kind() == reflect.Uint8 {
			return
		}
		n := r.IntN(4)
		if r.IntN(4) == 0 || f.depth > 3 {
			if r.IntN(2) == 0 {
				v.Set(reflect.MakeSlice(v.Type(), 0, 0))
			}
			return
		}
		f.depth++
		s := reflect.MakeSlice(v.Type(), n, n)
		for i := range n {
			f.fill(s.Index(i))
		}
		v.Set(s)
		f.depth--
	case reflect.Array:
		for i := range v.Len() {
			v.Index(i).SetUint(uint64(r.IntN(256)))
		}
	case reflect.String:
		strs := []string{"", "Vault", "CALL", "DELEGATECALL", "0xacFE…dD3d.attack", "withdraw(uint256)",
			`quote " and \ backslash`, "tab\there", "<script>&", "bad \xff utf-8", "line\u2028sep", "ünïcødé"}
		v.SetString(strs[r.IntN(len(strs))])
	case reflect.Bool:
		v.SetBool(r.IntN(2) == 0)
	case reflect.Int, reflect.Int64:
		if v.Type() == reflect.TypeFor[chain.Severity]() {
			v.SetInt(int64(r.IntN(5)))
			return
		}
		v.SetInt(r.Int64N(1<<40) - 1<<39)
	case reflect.Uint, reflect.Uint64:
		v.SetUint(r.Uint64() >> r.IntN(64))
	}
}

// Random payloads decode quickly to what encoding/json gives, and so do
// their mutations: a byte changed, dropped or added, whitespace, a field
// renamed. Where the quick decoder is not sure it hands over, so it must
// never accept what encoding/json refuses or read it differently.
func TestPayloadDecodersMatchEncodingJSON(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 8))
	f := &filler{rng: rng}
	quick := 0
	const rounds = 3000
	for round := range rounds {
		i := round % len(payloadKinds)
		k := payloadKinds[i]
		v := k.new()
		f.fill(reflect.ValueOf(v).Elem())
		data, err := json.Marshal(v)
		if err != nil {
			continue
		}
		if k.quick(data, k.new()) {
			quick++
		}
		sameDecoding(t, i, data)
		for range 20 {
			sameDecoding(t, i, mutate(rng, data))
		}
	}
	t.Logf("%d of %d random payloads took the quick path", quick, rounds)
	if quick < rounds/10 {
		t.Fatalf("only %d of %d random payloads took the quick path", quick, rounds)
	}
}

func mutate(rng *rand.Rand, data []byte) []byte {
	b := append([]byte(nil), data...)
	at := rng.IntN(len(b))
	switch rng.IntN(7) {
	case 0:
		const set = "{}[]\",:0123456789-.eE ntfu\\x\xffaA"
		b[at] = set[rng.IntN(len(set))]
	case 1:
		b = append(b[:at], b[at+1:]...)
	case 2:
		const set = " \t\n,:\"0"
		b = append(b[:at], append([]byte{set[rng.IntN(len(set))]}, b[at:]...)...)
	case 3:
		b = append(b, " x"[rng.IntN(2)])
	case 4:
		// A field renamed, repeated or in another case.
		if i := bytes.Index(b, []byte(`":`)); i > 0 {
			b[i-1] ^= 0x20
		}
	case 5:
		s := string(b)
		for _, p := range [][2]string{{`:0`, `:00`}, {`:1`, `:-1`}, {`:1`, `:1.0`}, {`:1`, `:1e1`}, {`"0x`, `"0X`}, {`Z"`, `+01:00"`},
			{`:true`, `:null`}, {`:[`, `:null,"x":[`}, {`:"`, `:null`}, {`[{`, `[{},{`}, {`:"critical"`, `:"CRITICAL"`}} {
			if strings.Contains(s, p[0]) && rng.IntN(3) == 0 {
				s = strings.Replace(s, p[0], p[1], 1)
			}
		}
		b = []byte(s)
	default:
		b = b[:at]
	}
	return b
}

// FuzzPayloadDecoders feeds arbitrary payloads to the quick decoders: they
// never panic and always agree with encoding/json.
func FuzzPayloadDecoders(f *testing.F) {
	events, err := OpenJournal("report/testdata/drill.jsonl")
	if err != nil {
		f.Fatal(err)
	}
	for _, ev := range events[:30] {
		f.Add(uint8(0), []byte(ev.Data))
	}
	f.Fuzz(func(t *testing.T, kind uint8, data []byte) {
		sameDecoding(t, int(kind)%len(payloadKinds), data)
	})
}

// A decoded string points into the payload, and a number into a slab:
// neither changes when the next payload is decoded.
func TestPayloadDecodersKeepValues(t *testing.T) {
	var a, b chain.Alert
	da := []byte(`{"block":1,"time":"2026-12-03T09:56:11Z","tx":"0x` + strings.Repeat("ab", 32) + `","index":0,"from":"0x` + strings.Repeat("01", 20) + `","contract":"0x` + strings.Repeat("02", 20) + `","contractName":"Vault","method":"withdraw","outflow":5,"severity":"high","findings":null,"detail":{"call":{"sig":"","method":"","known":false},"value":7,"gasUsed":0}}`)
	db := bytes.Replace(bytes.Replace(da, []byte(`"outflow":5`), []byte(`"outflow":6`), 1), []byte("Vault"), []byte("Other"), 1)
	if err := decodeAlert(da, &a); err != nil {
		t.Fatal(err)
	}
	if err := decodeAlert(db, &b); err != nil {
		t.Fatal(err)
	}
	if a.Outflow.Int64() != 5 || b.Outflow.Int64() != 6 || a.Detail.Value.Int64() != 7 || a.ContractName != "Vault" || b.ContractName != "Other" {
		t.Fatalf("values mixed up: %v %v %v %q %q", a.Outflow, b.Outflow, a.Detail.Value, a.ContractName, b.ContractName)
	}
	if a.TxHash != common.HexToHash(strings.Repeat("ab", 32)) {
		t.Fatalf("tx %s", a.TxHash)
	}
}

// BenchmarkPayloadDecode decodes the drill's payloads of each quick kind,
// quickly and with encoding/json.
func BenchmarkPayloadDecode(b *testing.B) {
	events, err := OpenJournal("report/testdata/drill.jsonl")
	if err != nil {
		b.Fatal(err)
	}
	for _, k := range payloadKinds {
		var data [][]byte
		size := 0
		for _, ev := range events {
			if ev.Kind == k.kind {
				data = append(data, ev.Data)
				size += len(ev.Data)
			}
		}
		for _, way := range []string{"quick", "json"} {
			b.Run(string(k.kind)+"/"+way, func(b *testing.B) {
				b.SetBytes(int64(size / len(data)))
				b.ReportAllocs()
				i := 0
				for b.Loop() {
					v := k.new()
					if way == "json" {
						err = json.Unmarshal(data[i%len(data)], v)
					} else {
						err = k.dec(data[i%len(data)], v)
					}
					if err != nil {
						b.Fatal(err)
					}
					i++
				}
			})
		}
	}
}
