package replay_test

// Benchmarks of the player on a drill-shaped journal of 1,000,000 events,
// written once per test binary with the journal itself
// (WARROOM_BENCH_DIR keeps it between runs).
//
//	go test -run '^$' -bench . -benchtime 5x ./session/replay/

import (
	"math/rand/v2"
	"os"
	"sync"
	"testing"

	"warroom/session"
	"warroom/session/internal/journalgen"
	"warroom/session/replay"
)

const benchEvents = 1_000_000

var (
	bench1M     journalgen.Cache
	benchOnce   sync.Once
	benchLoaded []session.Event
)

func TestMain(m *testing.M) {
	code := m.Run()
	bench1M.Cleanup()
	os.Exit(code)
}

// events1M is the verified events of the million-event journal, read once.
func events1M(b *testing.B) []session.Event {
	b.Helper()
	path := bench1M.Path(b, benchEvents, "../"+journalgen.Templates)
	benchOnce.Do(func() {
		v, err := session.VerifyFile(path)
		if err != nil {
			b.Fatal(err)
		}
		if err := v.Err(); err != nil {
			b.Fatal(err)
		}
		benchLoaded = v.Events
	})
	if len(benchLoaded) != benchEvents {
		b.Fatalf("%d events, want %d", len(benchLoaded), benchEvents)
	}
	return benchLoaded
}

// BenchmarkReplay1M replays every event through the reducer, as a
// headless replay or a jump to the end does.
func BenchmarkReplay1M(b *testing.B) {
	events := events1M(b)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		p := replay.New(events)
		if p.Seek(p.Len()) != benchEvents {
			b.Fatal("replay stopped short")
		}
	}
	b.ReportMetric(float64(benchEvents)*float64(b.N)/b.Elapsed().Seconds(), "events/s")
}

// BenchmarkSeek1M seeks to random positions, forward and back, in a
// player that has been through the journal once.
func BenchmarkSeek1M(b *testing.B) {
	events := events1M(b)
	p := replay.New(events)
	p.Index()
	rng := rand.New(rand.NewPCG(3, 4))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		pos := rng.IntN(len(events) + 1)
		if p.Seek(pos) != pos {
			b.Fatalf("seek to %d", pos)
		}
	}
}
