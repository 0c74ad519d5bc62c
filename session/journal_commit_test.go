package session

import (
	"encoding/json"
	"math/rand/v2"
	"path/filepath"
	"reflect"
	"runtime"
	"sync"
	"testing"
	"time"

	"warroom/chain"
)

// The lines written by hand are byte for byte those encoding/json writes,
// for the payloads of every kind and for data that needs escaping or
// compacting, so journals hash as they always did.
func TestAppendLineIsEncodingJSON(t *testing.T) {
	rng := rand.New(rand.NewPCG(9, 10))
	f := &filler{rng: rng}
	datas := [][]byte{[]byte(`{}`), []byte(`null`), []byte(`"x"`), []byte(`12`), []byte(`{"a": 1}`), []byte(` {"a":1}`),
		[]byte(`{"a":"<b>"}`), []byte(`{"a":"\u003cb\u003e"}`), []byte("{\"a\":\"\u2028\"}"), []byte("{\"a\":\"é\"}"), []byte("[1,\n2]")}
	for _, k := range payloadKinds {
		for range 200 {
			v := k.new()
			f.fill(reflect.ValueOf(v).Elem())
			if raw, err := json.Marshal(v); err == nil {
				datas = append(datas, raw)
			}
		}
	}
	kinds := []Kind{KindBlock, KindNote, "future.kind", "odd<kind>", "ünï", `q"uote`, ""}
	times := []time.Time{t0, t0.Add(123456789), time.Date(10000, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(-1, 1, 1, 0, 0, 0, 0, time.UTC),
		t0.In(time.FixedZone("x", 3600)), {}}
	for i, data := range datas {
		ev := Event{Seq: uint64(i + 1), Time: times[i%len(times)], Kind: kinds[i%len(kinds)], Data: data, Prev: genesisPrev}
		if i%5 == 0 {
			ev.Prev = "not a hash"
		}
		want, werr := sealJSON(&ev)
		wantHash := ev.Hash
		for _, marshaled := range []bool{false, true} {
			if marshaled && !json.Valid(data) {
				continue
			}
			if marshaled {
				if buf, err := json.Marshal(json.RawMessage(data)); err != nil || string(buf) != string(data) {
					continue // not what json.Marshal makes
				}
			}
			ev.Hash = ""
			got, gerr := appendLine([]byte("before"), &ev, marshaled)
			if (werr == nil) != (gerr == nil) {
				t.Fatalf("%q: encoding/json says %v, by hand %v", data, werr, gerr)
			}
			if werr == nil && (string(got) != "before"+string(want) || ev.Hash != wantHash) {
				t.Fatalf("kind %q time %v data %q:\njson %s\nhand %s", ev.Kind, ev.Time, data, want, got[6:])
			}
		}
	}
}

// Appenders from many goroutines, durable and not, at once: the chain
// verifies, every event acknowledged is in the file as it was returned, in
// seq order, and every durable one was synced before its Append returned.
func TestConcurrentAppendsKeepTheChain(t *testing.T) {
	path := filepath.Join(t.TempDir(), "j.jsonl")
	j, err := Create(path)
	if err != nil {
		t.Fatal(err)
	}
	const writers, each = 24, 60
	var (
		mu    sync.Mutex
		acked = map[uint64]string{}
		wg    sync.WaitGroup
	)
	for g := range writers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range each {
				var (
					ev      Event
					err     error
					durable = (g+i)%3 != 0
				)
				switch {
				case durable:
					ev, err = j.Append(t0, KindNote, Note{Text: "durable", Step: g})
				case i%2 == 0:
					ev, err = j.Append(t0, KindBlock, chain.BlockInfo{Number: uint64(i)})
				default:
					ev, err = j.Stage(t0, KindWarning, Warning{Source: "test", Message: "staged"})
				}
				if err != nil {
					t.Error(err)
					return
				}
				if durable {
					j.syncMu.Lock()
					synced := j.synced
					j.syncMu.Unlock()
					if synced < ev.Seq {
						t.Errorf("event %d acknowledged with only %d synced", ev.Seq, synced)
					}
				}
				if j.written.Load() < ev.Seq {
					t.Errorf("event %d returned before it was written", ev.Seq)
				}
				mu.Lock()
				acked[ev.Seq] = ev.Hash
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	seq, head := j.Head()
	if err := j.Close(); err != nil {
		t.Fatal(err)
	}
	events, err := OpenJournal(path)
	if err != nil {
		t.Fatal(err)
	}
	if len(events) != writers*each || len(acked) != writers*each || seq != uint64(len(events)) || head != events[len(events)-1].Hash {
		t.Fatalf("%d events in the file, %d acknowledged, head %d", len(events), len(acked), seq)
	}
	for _, ev := range events {
		if acked[ev.Seq] != ev.Hash {
			t.Fatalf("event %d in the file is not the one acknowledged", ev.Seq)
		}
	}
}

// A staged event is in the file (handed to the kernel) when Stage returns,
// even while a durable appender's line waits for its sync.
func TestStageWritesAtOnce(t *testing.T) {
	path := filepath.Join(t.TempDir(), "j.jsonl")
	j, err := Create(path)
	if err != nil {
		t.Fatal(err)
	}
	defer j.Close()
	for i := range 20 {
		ev, err := j.Stage(t0, KindBlock, chain.BlockInfo{Number: uint64(i)})
		if err != nil {
			t.Fatal(err)
		}
		events, err := OpenJournal(path)
		if err != nil || len(events) != int(ev.Seq) {
			t.Fatalf("after staging event %d the file holds %d events (%v)", ev.Seq, len(events), err)
		}
		if seq, hash := j.Head(); seq != ev.Seq || hash != ev.Hash {
			t.Fatalf("head %d %s after staging %d", seq, hash, ev.Seq)
		}
	}
}

// A journal that fails while appenders wait for their sync lets every one
// of them go, with the error, and acknowledges nothing it did not sync;
// one closed while they wait lets them go with their events synced.
func TestGroupCommitFailsOrClosesWithoutHanging(t *testing.T) {
	for _, how := range []string{"fail", "close"} {
		t.Run(how, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "j.jsonl")
			j, err := Create(path)
			if err != nil {
				t.Fatal(err)
			}
			var (
				wg    sync.WaitGroup
				mu    sync.Mutex
				acked []uint64
			)
			start := make(chan struct{})
			for range 64 {
				wg.Add(1)
				go func() {
					defer wg.Done()
					<-start
					for range 50 {
						ev, err := j.Append(t0, KindNote, Note{Text: "x"})
						if err != nil {
							return
						}
						mu.Lock()
						acked = append(acked, ev.Seq)
						mu.Unlock()
					}
				}()
			}
			close(start)
			time.Sleep(5 * time.Millisecond)
			if how == "fail" {
				j.mu.Lock()
				f := j.f
				j.mu.Unlock()
				f.Close() // the disk goes away under it
			} else {
				j.Close()
			}
			done := make(chan struct{})
			go func() { wg.Wait(); close(done) }()
			select {
			case <-done:
			case <-time.After(5 * time.Second):
				buf := make([]byte, 1<<20)
				t.Log(string(buf[:runtime.Stack(buf, true)]))
				t.Fatal("appenders still waiting after the journal stopped")
			}
			j.Close()
			events, _ := OpenJournal(path)
			for _, seq := range acked {
				if seq > uint64(len(events)) {
					t.Fatalf("event %d acknowledged, the file holds %d", seq, len(events))
				}
			}
			if how == "fail" && j.Err() == nil {
				t.Fatal("the journal did not fail")
			}
		})
	}
}
