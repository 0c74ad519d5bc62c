package tui

import (
	"fmt"
	"math/big"
	"runtime"
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
// event as the session does. Results are cached: building and reducing
// 100,000 alerts with their evidence takes a while.
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
	e := fullEvents(tb)
	for i := range n {
		e.add(100*time.Second+time.Duration(i)*2*time.Second, session.KindAlert, floodAlert(uint64(200+i)))
	}
	s := e.state()
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
	a, _ := newApp(b, manyAlerts(b, n))
	if got := len(a.state.Alerts); got < n {
		b.Fatalf("state holds %d alerts, want %d", got, n)
	}
	if d := a.state.Alerts[len(a.state.Alerts)-1].Detail; len(d.Trace) < 12 || len(d.Logs) == 0 || len(d.Balances) == 0 || len(d.Call.Args) == 0 {
		b.Fatalf("the flood alerts carry no evidence: %d frames, %d logs", len(d.Trace), len(d.Logs))
	}
	press(b, a, "j", "j")
	if detail {
		if press(b, a, "enter"); len(a.overlays) != 1 {
			b.Fatal("enter did not open the detail")
		}
	}
	runtime.GC() // the garbage of building the fixture is not the frame's to pay
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		_ = a.View()
	}
}

// BenchmarkView draws the whole 160×48 screen in true colour, where every
// style writes escape sequences, as a real terminal has it: the panes with
// a cursor away from the top, and the transaction detail open over them.
// Its cost must not grow with the alerts retained: compare the two sizes.
func BenchmarkView(b *testing.B) {
	lipgloss.SetColorProfile(termenv.TrueColor)
	defer lipgloss.SetColorProfile(termenv.Ascii) // TestMain's, for the golden screens
	for _, n := range []int{1_000, 100_000} {
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
			all := append(make([]chain.Alert, 0, n+pool), base.Alerts...)
			for k := range pool {
				all = append(all, floodAlert(uint64(1_000_000+k)))
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
