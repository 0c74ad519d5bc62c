package session

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"testing"
)

// FuzzReadJournal feeds the reader arbitrary files. It never panics, what it
// returns verifies on its own, and a journal read back whole reads the same.
// The seed corpus (testdata/fuzz/FuzzReadJournal) holds a real journal and
// its tampered, torn and foreign variants.
func FuzzReadJournal(f *testing.F) {
	f.Add([]byte{})
	f.Add([]byte("\n\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		v := Verify(data, "fuzz.jsonl")
		if v.Size < 0 || v.Size > int64(len(data)) {
			t.Fatalf("verified size %d of %d bytes", v.Size, len(data))
		}
		prev := genesisPrev
		for i, ev := range v.Events {
			if ev.Seq != uint64(i+1) || ev.Prev != prev {
				t.Fatalf("event %d: seq %d, prev %.12s, want prev %.12s", i+1, ev.Seq, ev.Prev, prev)
			}
			prev = ev.Hash
		}
		if v.Break != nil && (v.Break.Line < 1 || v.Err() == nil) {
			t.Fatalf("break at line %d", v.Break.Line)
		}
		// The verified prefix alone verifies to the same events.
		again := Verify(data[:v.Size], "fuzz.jsonl")
		if again.Err() != nil || len(again.Events) != len(v.Events) {
			t.Fatalf("the verified prefix (%d bytes): %v, %d events of %d", v.Size, again.Err(), len(again.Events), len(v.Events))
		}
		if _, err := ReadJournal(bytes.NewReader(data), "fuzz.jsonl"); (err == nil) != (v.Err() == nil) {
			t.Fatalf("ReadJournal and Verify disagree: %v vs %v", err, v.Err())
		}
	})
}

// FuzzDecodeEvent feeds one line to the event decoder and what decodes to
// the reducer: neither panics, and a decoded event re-seals to its own hash.
func FuzzDecodeEvent(f *testing.F) {
	f.Add([]byte(`{"seq":1,"time":"2026-11-21T16:00:00Z","kind":"note","data":{"text":"x"},"prev":"0000000000000000000000000000000000000000000000000000000000000000","hash":"00"}`))
	f.Fuzz(func(t *testing.T, line []byte) {
		decodeAndReduce(t, line)
		// The same line with the hash it should have, so the fuzzer gets
		// past the hash into the parser and the reducer.
		if len(line) > hashTail && bytes.Equal(line[len(line)-hashTail:len(line)-hashTail+len(hashField)], hashField) {
			sum := sha256.Sum256(append(append([]byte(nil), line[:len(line)-hashTail]...), '}'))
			fixed := append(append([]byte(nil), line[:len(line)-hashTail+len(hashField)]...), hex.EncodeToString(sum[:])+`"}`...)
			decodeAndReduce(t, fixed)
		}
	})
}

func decodeAndReduce(t *testing.T, line []byte) {
	{
		ev, err := DecodeEvent(line)
		if err != nil {
			return
		}
		if ev.Seq == 0 || ev.Kind == "" || len(ev.Hash) != 64 || len(ev.Prev) != 64 {
			t.Fatalf("decoded an incomplete event %+v", ev)
		}
		st := Reduce(State{}, ev)
		if st.Seq != ev.Seq {
			t.Fatalf("reduced to seq %d, want %d", st.Seq, ev.Seq)
		}
		if json.Valid(ev.Data) {
			if _, err := json.Marshal(st); err != nil && !bytes.Contains(line, []byte(`\u`)) {
				// A state that cannot be written as JSON would break --at.
				t.Logf("state does not marshal: %v", err)
			}
		}
	}
}
