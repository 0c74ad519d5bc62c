package main

import (
	"bytes"
	"encoding/json"
	"time"

	"warroom/session"
)

// weiKeys are the JSON fields that carry wei. In the headless stream their
// numbers are written as strings: a JSON number beyond 2^53 loses digits in
// jq and JavaScript (16139824385084974207 reads as 16139824385084974000).
var weiKeys = map[string]bool{
	"outflow": true, "value": true, "delta": true, "balance": true, "amount": true, "held": true,
	"drained": true, "maxFeePerGas": true, "maxPriorityFeePerGas": true,
	"safeTxGas": true, "baseGas": true, "gasPrice": true,
}

// streamEvent is an event as the headless stream writes it: the journal's
// line with every wei amount in its data as a decimal string. seq, kind,
// prev and hash are the journal's; the hash covers the journal's bytes,
// which keep numbers (warroom journal verify checks the file itself).
type streamEvent struct {
	Seq  uint64          `json:"seq"`
	Time time.Time       `json:"time"`
	Kind session.Kind    `json:"kind"`
	Data json.RawMessage `json:"data"`
	Prev string          `json:"prev"`
	Hash string          `json:"hash"`
}

func forStream(ev session.Event) streamEvent {
	return streamEvent{Seq: ev.Seq, Time: ev.Time, Kind: ev.Kind, Data: weiAsStrings(ev.Data), Prev: ev.Prev, Hash: ev.Hash}
}

// weiAsStrings quotes the numbers of the wei fields in compact JSON, keeping
// everything else byte for byte (the order of keys included). Input that is
// not valid JSON comes back unchanged.
func weiAsStrings(data []byte) []byte {
	if !json.Valid(data) || !bytes.ContainsAny(data, "0123456789") {
		return data
	}
	out := make([]byte, 0, len(data)+16)
	type frame struct {
		object bool
		key    string // the field being read (objects), or the field the array is under
		inKey  bool   // an object: the next string is a key
	}
	stack := []frame{{}}
	top := func() *frame { return &stack[len(stack)-1] }
	for i := 0; i < len(data); {
		c := data[i]
		switch {
		case c == '{':
			stack = append(stack, frame{object: true, inKey: true})
			out = append(out, c)
			i++
		case c == '[':
			stack = append(stack, frame{key: top().key})
			out = append(out, c)
			i++
		case c == '}' || c == ']':
			stack = stack[:len(stack)-1]
			out = append(out, c)
			i++
		case c == ',':
			if f := top(); f.object {
				f.inKey = true
			}
			out = append(out, c)
			i++
		case c == ':':
			top().inKey = false
			out = append(out, c)
			i++
		case c == '"':
			j := i + 1
			for ; j < len(data); j++ {
				if data[j] == '\\' {
					j++
					continue
				}
				if data[j] == '"' {
					break
				}
			}
			if f := top(); f.object && f.inKey {
				var k string
				_ = json.Unmarshal(data[i:j+1], &k)
				f.key = k
			}
			out = append(out, data[i:j+1]...)
			i = j + 1
		case c == '-' || ('0' <= c && c <= '9'):
			j := i
			for j < len(data) && bytes.IndexByte([]byte("+-.eE0123456789"), data[j]) >= 0 {
				j++
			}
			if weiKeys[top().key] {
				out = append(out, '"')
				out = append(out, data[i:j]...)
				out = append(out, '"')
			} else {
				out = append(out, data[i:j]...)
			}
			i = j
		default:
			out = append(out, c)
			i++
		}
	}
	return out
}
