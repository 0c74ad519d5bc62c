package artifact

import (
	"bytes"
	"encoding/hex"
	"fmt"
	"strings"
)

// MatchesCode reports whether code, read from a chain with eth_getCode, is
// this artifact's runtime code: byte for byte, except where the
// constructor wrote immutables (Immutables; or, when the artifact does not
// say where they are, the operands of PUSH32 instructions that the artifact
// leaves all zero, which is how solc leaves an immutable's slot), where
// library addresses go (Links), and the CBOR metadata trailer solc appends
// (it hashes the sources, comments included, so it changes with any
// rebuild that does not change the code).
func (a *Artifact) MatchesCode(code []byte) bool {
	want := stripMetadata(a.DeployedBytecode)
	got := stripMetadata(code)
	if len(want) == 0 || len(got) != len(want) {
		return false
	}
	skip := a.Immutables
	if skip == nil {
		skip = zeroPush32(want)
	}
	skip = append(skip[:len(skip):len(skip)], a.Links...)
	if len(skip) == 0 {
		return bytes.Equal(got, want)
	}
	patched := bytes.Clone(got)
	for _, r := range skip {
		if r.Start < 0 || r.Length <= 0 || r.Start+r.Length > len(patched) {
			continue
		}
		copy(patched[r.Start:r.Start+r.Length], want[r.Start:r.Start+r.Length])
	}
	return bytes.Equal(patched, want)
}

// stripMetadata cuts solc's metadata trailer: a CBOR map followed by its
// length in two bytes. Code without one is returned whole.
func stripMetadata(code []byte) []byte {
	n := len(code)
	if n < 2 {
		return code
	}
	l := int(code[n-2])<<8 | int(code[n-1])
	if l == 0 || l+2 > n {
		return code
	}
	if head := code[n-2-l]; head < 0xa1 || head > 0xbf { // a CBOR map with 1 to 23 (or more) entries
		return code
	}
	return code[:n-2-l]
}

// zeroPush32 finds the operands of PUSH32 instructions that are all zero:
// solc's placeholders for immutables (a real zero constant is pushed with
// PUSH0 or PUSH1).
func zeroPush32(code []byte) []CodeRange {
	var out []CodeRange
	var zero [32]byte
	for i := 0; i < len(code); i++ {
		op := code[i]
		if op < 0x60 || op > 0x7f { // not PUSH1..PUSH32
			continue
		}
		n := int(op) - 0x5f
		if op == 0x7f && i+1+n <= len(code) && bytes.Equal(code[i+1:i+1+n], zero[:]) {
			out = append(out, CodeRange{Start: i + 1, Length: n})
		}
		i += n
	}
	return out
}

// decodeCode decodes a compiler's hex code ("0x..." or bare). Library
// placeholders (__$<34 hex>$__, or __<Lib name>___ in old compilers: 40
// characters) are zeroed, and their ranges returned.
func decodeCode(s string) ([]byte, []CodeRange, error) {
	s = strings.TrimPrefix(strings.TrimSpace(s), "0x")
	if len(s)%2 != 0 {
		return nil, nil, fmt.Errorf("odd number of hex digits (%d)", len(s))
	}
	var links []CodeRange
	if strings.Contains(s, "__") {
		b := []byte(s)
		for i := 0; i+1 < len(b); i += 2 {
			if b[i] != '_' || b[i+1] != '_' {
				continue
			}
			if i+40 > len(b) {
				return nil, nil, fmt.Errorf("truncated library placeholder at byte %d", i/2)
			}
			for k := i; k < i+40; k++ {
				b[k] = '0'
			}
			links = append(links, CodeRange{Start: i / 2, Length: 20})
			i += 38
		}
		s = string(b)
	}
	code, err := hex.DecodeString(s)
	if err != nil {
		return nil, nil, err
	}
	return code, links, nil
}
