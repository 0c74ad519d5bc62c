package tui

import (
	"fmt"
	"math/big"
	"sync"
	"testing"
	"time"

	"github.com/charmbracelet/lipgloss"
	"github.com/ethereum/go-ethereum/common"
	"github.com/muesli/termenv"

	"warroom/chain"
	"warroom/session"
)

// bigState is the fixture followed by n alerts, reduced event by event as
// the session does. States are cached: reducing 100,000 events takes a while.
var (
	bigMu     sync.Mutex
	bigStates = map[int]*events{}
)

func manyAlerts(tb testing.TB, n int) *events {
	bigMu.Lock()
	defer bigMu.Unlock()
	if e, ok := bigStates[n]; ok {
		return e
	}
	e := fullEvents(tb)
	for i := range n {
		e.add(100*time.Second+time.Duration(i)*2*time.Second, session.KindAlert, floodAlert(uint64(200+i)))
	}
	bigStates[n] = e
	return e
}

func floodAlert(block uint64) chain.Alert {
	sev := chain.Severity(block % 5)
	return chain.Alert{
		Block: block, Time: t0.Add(time.Duration(block) * 2 * time.Second),
		TxHash: common.BigToHash(new(big.Int).SetUint64(block)), From: addrAttacker, To: &addrExploit,
		Contract: addrVault, ContractName: "Vault", Method: "withdraw", Outflow: big.NewInt(int64(block) * 1e15),
		Severity: sev,
		Findings: []chain.Finding{{Rule: "outflow", Severity: sev, Contract: vaultParty, Amount: big.NewInt(int64(block) * 1e15), Held: eth(1000), ShareBps: 600, LimitBps: 500}},
	}
}

func benchView(b *testing.B, n int) {
	e := manyAlerts(b, n)
	a, _ := newApp(b, e.state())
	if got := len(a.state.Alerts); got < n {
		b.Fatalf("state holds %d alerts, want %d", got, n)
	}
	press(b, a, "j", "j") // a cursor away from the top
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		_ = a.View()
	}
}

// BenchmarkView draws the whole 160×48 screen. Its cost must not grow with
// the alerts retained: compare the two sizes.
func BenchmarkView(b *testing.B) {
	for _, n := range []int{1_000, 100_000} {
		b.Run(fmt.Sprintf("alerts=%d", n), func(b *testing.B) { benchView(b, n) })
	}
	// The same in true colour, where every style writes escape sequences.
	lipgloss.SetColorProfile(termenv.TrueColor)
	defer lipgloss.SetColorProfile(termenv.Ascii)
	for _, n := range []int{1_000, 100_000} {
		b.Run(fmt.Sprintf("truecolor/alerts=%d", n), func(b *testing.B) { benchView(b, n) })
	}
}

// BenchmarkStateUpdate measures the console taking a state that has one
// alert more than it has seen, on top of 100,000: what happens after every
// backend signal. The states share one backing array, as the session's do.
func BenchmarkStateUpdate(b *testing.B) {
	const pool = 1 << 14
	for _, filter := range []string{"", "crit"} {
		b.Run("filter="+filter, func(b *testing.B) {
			base := manyAlerts(b, 100_000).state()
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
