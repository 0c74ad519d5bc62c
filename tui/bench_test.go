package tui

import (
	"fmt"
	"math/big"
	"os"
	"runtime"
	"runtime/debug"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/charmbracelet/lipgloss"
	"github.com/ethereum/go-ethereum/common"
	"github.com/muesli/termenv"

	"warroom/chain"
	"warroom/session"
)

// manyAlerts is the fixture followed by n flood alerts, reduced event by
// event as the session does. The events are not kept (a million of them
// with their evidence would be gigabytes, as the journal is on disk): the
// fixtures' journal holds the newest few, which the detail opens. One
// state is cached at a time: building and reducing a million alerts takes
// a while.
var (
	bigMu     sync.Mutex
	bigStates = map[int]session.State{}
)

func manyAlerts(tb testing.TB, n int) session.State {
	bigMu.Lock()
	defer bigMu.Unlock()
	if s, ok := bigStates[n]; ok {
		return s
	}
	clear(bigStates)
	e := fullEvents(tb)
	s := e.state()
	for i := range n {
		e.events = e.events[:0]
		e.add(100*time.Second+time.Duration(i)*2*time.Second, session.KindAlert, floodAlert(uint64(200+i)))
		ev := e.events[0]
		if i < n-64 {
			fixtureJournal.Delete(ev.Offset)
		}
		s = session.Reduce(s, ev)
	}
	bigStates[n] = s
	return s
}

// floodAlert is an alert with the evidence a real one carries, as
// drainAlert's: a decoded call with its arguments, a call trace of 15
// frames with re-entries, five logs and a balance change. Severities cycle,
// so a filter on one keeps a fifth of them.
func floodAlert(block uint64) chain.Alert {
	sev := chain.Severity(block % 5)
	each := new(big.Int).Add(eth(1), big.NewInt(int64(block)*1e12))
	a := drainAlert(block, time.Duration(block)*2*time.Second, common.BigToHash(new(big.Int).SetUint64(block)), 4, each)
	a.Severity = sev
	a.Findings[0].Severity = sev
	return a
}

// benchView measures drawing the whole 160×48 screen on n alerts, with a
// cursor away from the top, and with the selected alert's detail open over
// the panes when detail is set.
func benchView(b *testing.B, n int, detail bool) {
	a, fb := newApp(b, manyAlerts(b, n))
	if got := len(a.state.Alerts); got < n {
		b.Fatalf("state holds %d alerts, want %d", got, n)
	}
	last := &a.state.Alerts[len(a.state.Alerts)-1]
	full, err := fb.Evidence(last)
	if err != nil {
		b.Fatal(err)
	}
	if d := full.Detail; len(d.Trace) < 12 || len(d.Logs) == 0 || len(d.Balances) == 0 || len(d.Call.Args) == 0 {
		b.Fatalf("the flood alerts carry no evidence: %d frames, %d logs", len(d.Trace), len(d.Logs))
	}
	press(b, a, "j", "j")
	if detail {
		if press(b, a, "enter"); len(a.overlays) != 1 {
			b.Fatal("enter did not open the detail")
		}
	}
	// What the alerts retained cost: the Go heap in use and the process's
	// resident memory, after the garbage of building them is collected
	// and handed back.
	debug.FreeOSMemory()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	resident := rss(b)
	b.ReportAllocs()
	took := make([]time.Duration, 0, 1024)
	for b.Loop() {
		t0 := time.Now()
		_ = a.View()
		if len(took) < cap(took) {
			took = append(took, time.Since(t0))
		}
	}
	slices.Sort(took)
	b.ReportMetric(float64(took[len(took)/2])/float64(time.Millisecond), "p50-ms")
	// Reported after the loop: b.Loop resets the timer, and with it the
	// metrics reported before it.
	b.ReportMetric(float64(ms.HeapInuse)/(1<<20), "heap-MiB")
	b.ReportMetric(float64(resident)/(1<<20), "rss-MiB")
	b.ReportMetric(float64(ms.HeapInuse)/float64(len(a.state.Alerts)), "heap-B/alert")
}

// rss is the process's resident memory, from /proc/self/status.
func rss(tb testing.TB) int64 {
	data, err := os.ReadFile("/proc/self/status")
	if err != nil {
		tb.Fatal(err)
	}
	for l := range strings.Lines(string(data)) {
		if v, ok := strings.CutPrefix(l, "VmRSS:"); ok {
			kb, err := strconv.ParseInt(strings.TrimSuffix(strings.TrimSpace(v), " kB"), 10, 64)
			if err != nil {
				tb.Fatalf("VmRSS %q: %v", v, err)
			}
			return kb << 10
		}
	}
	tb.Fatal("no VmRSS in /proc/self/status")
	return 0
}

// BenchmarkView draws the whole 160×48 screen in true colour, where every
// style writes escape sequences, as a real terminal has it: the panes with
// a cursor away from the top, and the transaction detail open over them.
// Its cost must not grow with the alerts retained: compare the sizes, up
// to a million, with their heap-MiB and rss-MiB (what retaining them costs)
// and p50-ms (the median frame).
func BenchmarkView(b *testing.B) {
	lipgloss.SetColorProfile(termenv.TrueColor)
	defer lipgloss.SetColorProfile(termenv.Ascii) // TestMain's, for the golden screens
	for _, n := range []int{1_000, 100_000, 1_000_000} {
		b.Run(fmt.Sprintf("alerts=%d", n), func(b *testing.B) { benchView(b, n, false) })
		b.Run(fmt.Sprintf("detail/alerts=%d", n), func(b *testing.B) { benchView(b, n, true) })
	}
}

// BenchmarkStateUpdate measures the console taking a state that has one
// alert more than it has seen, on top of 100,000: what happens after every
// backend signal. The states share one backing array, as the session's do.
func BenchmarkStateUpdate(b *testing.B) {
	const pool = 1 << 14
	for _, filter := range []string{"", "crit"} {
		b.Run("filter="+filter, func(b *testing.B) {
			base := manyAlerts(b, 100_000)
			n := len(base.Alerts)
			all := append(make([]session.AlertEntry, 0, n+pool), base.Alerts...)
			more := fullEvents(b)
			more.events = more.events[:0]
			for k := range pool {
				more.add(time.Hour+time.Duration(k)*time.Second, session.KindAlert, floodAlert(uint64(1_000_000+k)))
			}
			for _, ev := range more.events {
				all = session.Reduce(session.State{Alerts: all}, ev).Alerts
			}
			a, fb := newApp(b, base)
			start := func() {
				fb.setState(base)
				a.Update(stateChangedMsg{})
				a.alerts.SetFilter(filter)
				press(b, a, "j") // away from the top: the selection must follow its alert
			}
			start()
			b.ReportAllocs()
			b.ResetTimer()
			i := 0
			for b.Loop() {
				i++
				if i == pool {
					b.StopTimer() // the pool is used up: back to 100,000 alerts
					i = 1
					start()
					b.StartTimer()
				}
				s := base
				s.Alerts = all[:n+i]
				fb.setState(s)
				a.Update(stateChangedMsg{})
			}
			b.StopTimer()
			if a.alerts.seen != n+i {
				b.Fatalf("pane saw %d alerts, state has %d", a.alerts.seen, n+i)
			}
		})
	}
}
