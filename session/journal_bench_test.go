package session_test

// Benchmarks of the journal, on the scale the issue names: a drill-shaped
// journal of 1,000,000 events, written once per test binary with the
// journal itself (WARROOM_BENCH_DIR keeps it between runs).
//
//	go test -run '^$' -bench . -benchtime 5x ./session/

import (
	"fmt"
	"os"
	"path/filepath"
	"sync/atomic"
	"testing"
	"time"

	"warroom/session"
	"warroom/session/internal/journalgen"
)

const benchEvents = 1_000_000

var bench1M journalgen.Cache

func TestMain(m *testing.M) {
	code := m.Run()
	bench1M.Cleanup()
	os.Exit(code)
}

// BenchmarkOpenVerify1M opens a journal of a million events and verifies
// its whole chain, as replay and report do before anything else.
func BenchmarkOpenVerify1M(b *testing.B) {
	path := bench1M.Path(b, benchEvents, journalgen.Templates)
	fi, err := os.Stat(path)
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(fi.Size())
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		v, err := session.VerifyFile(path)
		if err != nil {
			b.Fatal(err)
		}
		if err := v.Err(); err != nil || len(v.Events) != benchEvents {
			b.Fatalf("%d events, %v", len(v.Events), err)
		}
	}
	b.ReportMetric(float64(benchEvents)*float64(b.N)/b.Elapsed().Seconds(), "events/s")
}

// BenchmarkAppendGroupCommit appends durable events (each fsynced before
// Append returns) from many goroutines at once, as a session's appenders
// do when they share fsyncs.
func BenchmarkAppendGroupCommit(b *testing.B) {
	for _, writers := range []int{1, 16, 256, 1024} {
		b.Run(fmt.Sprintf("writers=%d", writers), func(b *testing.B) {
			path := filepath.Join(b.TempDir(), "j.jsonl")
			j, err := session.Create(path)
			if err != nil {
				b.Fatal(err)
			}
			at := time.Date(2026, 11, 21, 16, 0, 0, 0, time.UTC)
			kinds := []struct {
				kind session.Kind
				data any
			}{
				{session.KindNote, session.Note{Text: "withdraw sends the ether before it zeroes the balance: re-entrancy", By: "responder", Step: 5}},
				{session.KindChecklistTicked, session.Ticked{Step: 3, Done: true, By: "responder"}},
				{session.KindActionSubmitted, session.ActionSubmitted{ID: "pause-1"}},
				{session.KindAlertAcknowledged, session.Acknowledged{By: "responder"}},
			}
			var next atomic.Int64
			b.SetParallelism((writers + 1) / 2) // RunParallel runs GOMAXPROCS × this
			b.ResetTimer()
			b.RunParallel(func(pb *testing.PB) {
				for pb.Next() {
					k := kinds[next.Add(1)%int64(len(kinds))]
					if _, err := j.Append(at, k.kind, k.data); err != nil {
						b.Error(err)
						return
					}
				}
			})
			b.StopTimer()
			b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "events/s")
			if err := j.Close(); err != nil {
				b.Fatal(err)
			}
			if events, err := session.OpenJournal(path); err != nil || len(events) != b.N {
				b.Fatalf("%d events of %d in the file, %v", len(events), b.N, err)
			}
		})
	}
}
