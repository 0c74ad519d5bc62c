package tui

import (
	"fmt"
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"warroom/chain"
	"warroom/session"
	"warroom/themes"
)

// Issue 9: the figures a responder acts on, each checked on the screen.

func sizedApp(t *testing.T, s session.State, w, h int) (*App, *fakeBackend) {
	t.Helper()
	a, fb := newApp(t, s)
	a.Update(tea.WindowSizeMsg{Width: w, Height: h})
	return a, fb
}

func wantScreenHas(t *testing.T, screen string, wants ...string) {
	t.Helper()
	for _, w := range wants {
		if !strings.Contains(screen, w) {
			t.Errorf("screen lacks %q:\n%s", w, screen)
		}
	}
}

func TestHeaderFigures(t *testing.T) {
	st := themes.NewStyles(themes.Mono())
	// During the attack: two drains (27 and 9 ETH) in blocks 115 and 122,
	// seen 14 s apart: the pace of the last blocks, not a minute's total.
	s := attackEvents(t).state()
	got := Figures(st, &s, fixedNow(), 160)
	for _, want := range []string{"AT RISK 1,000.000 ETH", "DRAINED 36.000 ETH since #115", "135.000 ETH/min (last 8 blocks)", "first attack #115 · 00:01:02 ago", "1 CRIT unacknowledged"} {
		if !strings.Contains(got, want) {
			t.Errorf("figures lack %q: %q", want, got)
		}
	}
	// Paused, 23 blocks later: the drain has stopped and the line says so.
	s = fullEvents(t).state()
	got = Figures(st, &s, fixedNow(), 160)
	for _, want := range []string{"AT RISK 0.000 ETH (paused)", "no outflow for 23 blocks"} {
		if !strings.Contains(got, want) {
			t.Errorf("figures lack %q: %q", want, got)
		}
	}
	if strings.Contains(got, "/min") {
		t.Errorf("a rate is shown after the drain stopped: %q", got)
	}
	// Narrow: short forms, the drain kept.
	got = Figures(st, &s, fixedNow(), 60)
	if Width(got) != 60 || !strings.Contains(got, "DRAINED 36.000 ETH") {
		t.Errorf("60 columns: %q", got)
	}
}

// The Protocol pane measures the change from the value before the first
// attack and keeps its label at 120 and 130 columns.
func TestTVLChangeSinceTheAttackKeepsItsLabel(t *testing.T) {
	for _, w := range []int{120, 130, 160} {
		a, _ := sizedApp(t, fullEvents(t).state(), w, 32)
		v := a.protocol.View()
		wantScreenHas(t, v, "−35.000 ETH", "since attack #115")
		if strings.Contains(v, "since start") {
			t.Errorf("%d columns: still measured since the session started", w)
		}
	}
}

// At 120×32, the stated minimum, the sender is in the list.
func TestFromColumnAt120(t *testing.T) {
	a, _ := sizedApp(t, attackEvents(t).state(), 120, 32)
	v := a.View()
	checkScreen(t, v, 120, 32)
	wantScreenHas(t, v, "FROM → CONTRACT.METHOD", "0x90F7…b906 → Vault.withdraw")
}

// An attack transaction that calls deposit and withdraw: at 160 columns
// the method list and the finding are whole; narrower, the method the
// finding is about is kept.
func TestKeyWordsNotCut(t *testing.T) {
	e := attackEvents(t)
	e.block(46 * time.Second)
	al := drainAlert(123, 46*time.Second, txDrain2, 11, eth(1))
	al.TxHash[0] = 0x42
	al.Method = "deposit,withdraw"
	al.Findings[0].Count = 11
	e.add(46*time.Second, session.KindAlert, al)
	a, _ := sizedApp(t, e.state(), 160, 48)
	wantScreenHas(t, a.View(), "0x90F7…b906 → Vault.deposit,withdraw", "Vault re-entered 11× by ReentrancyAttacker in withdraw()")
	a, _ = sizedApp(t, e.state(), 120, 32)
	wantScreenHas(t, a.View(), "0x90F7…b906 → Vault.withdraw")
}

func TestFilterByAnyAddressAndBlock(t *testing.T) {
	s := attackEvents(t).state() // alerts: deposit #112, drain #115, reverted #118, drain #122
	tests := []struct {
		q    string
		want int
	}{
		{"0x15d3", 4},                           // the attack contract: every alert's to
		{strings.ToLower(addrExploit.Hex()), 4}, // its full address
		{addrExploit.Hex(), 4},                  // checksummed, as pasted
		{"0xe7f1725e", 3},                       // the implementation: only in the traces
		{"118", 1},                              // a block
		{"#115", 1},
		{"0x90f7", 4}, // the sender
		{"reentrancy 122", 1},
	}
	for _, tt := range tests {
		p := NewAlertsPane(&Common{Styles: themes.NewStyles(themes.Mono()), Keys: DefaultKeyMap()})
		p.SetSize(80, 40)
		p.SetState(&s)
		p.SetFilter(tt.q)
		if p.Len() != tt.want {
			t.Errorf("filter %q: %d of %d, want %d", tt.q, p.Len(), len(s.Alerts), tt.want)
		}
	}
}

// A checklist note longer than the pane's two lines is read whole with enter.
func TestChecklistStepReadWhole(t *testing.T) {
	e := fullEvents(t)
	long := "withdraw() sends ETH before zeroing the balance: classic re-entrancy; the guard modifier was removed in the March refactor and nobody noticed in review; see the audit finding H-02"
	e.add(80*time.Second, session.KindNote, session.Note{Text: long, Step: session.StepRootCause})
	a, _ := newApp(t, e.state())
	press(t, a, "tab") // checklist
	for range session.StepRootCause - 1 {
		press(t, a, "down")
	}
	if strings.Contains(a.View(), "audit finding H-02") {
		t.Fatal("the pane already shows the whole note: the test needs a longer one")
	}
	press(t, a, "enter")
	if len(a.overlays) == 0 {
		t.Fatal("enter on a step opened nothing")
	}
	v := strings.Join(strings.Fields(a.View()), " ")
	for _, want := range []string{"the guard modifier was removed", "audit finding H-02", "noted by responder"} {
		if !strings.Contains(v, want) {
			t.Errorf("the step overlay lacks %q", want)
		}
	}
}

// The checklist's footer names each key once.
func TestFooterNamesEachKeyOnce(t *testing.T) {
	a, _ := newApp(t, fullEvents(t).state())
	press(t, a, "tab")
	keys := a.footer(160)[0]
	if n := strings.Count(keys, "n note"); n != 1 {
		t.Errorf("footer names n %d times: %q", n, keys)
	}
	if !strings.Contains(keys, "p pause") {
		t.Errorf("footer lacks the pause: %q", keys)
	}
}

// p on a paused protocol is information, whole, not an error.
func TestPauseWhenAlreadyPaused(t *testing.T) {
	a, fb := newApp(t, fullEvents(t).state())
	fb.planErr = chain.ErrAlreadyPaused
	press(t, a, "p")
	if got, want := a.Status(), "already paused (since block 132): nothing to send"; got != want {
		t.Errorf("status %q, want %q", got, want)
	}
	if a.status.kind == statusError {
		t.Error("worded as an error")
	}
	if !strings.Contains(a.footer(120)[1], "already paused (since block 132): nothing to send") {
		t.Errorf("status cut at 120 columns: %q", a.footer(120)[1])
	}
}

// The UTC column is when the alert was seen; the block's own timestamp,
// which a fast dev chain runs ahead, stays in the detail as such.
func TestAlertTimeIsWhenSeen(t *testing.T) {
	e := attackEvents(t)
	al := drainAlert(123, 46*time.Second, txDrain2, 2, eth(1))
	al.TxHash[0] = 0x43
	al.Time = t0.Add(46*time.Second + 40*time.Second) // 40 s ahead
	e.block(46 * time.Second)
	e.add(46*time.Second, session.KindAlert, al)
	a, _ := newApp(t, e.state())
	v := a.View()
	wantScreenHas(t, v, "#123  14:00:46")
	if strings.Contains(v, "14:01:26") {
		t.Error("the list shows the block's timestamp")
	}
	press(t, a, "enter")
	wantScreenHas(t, a.View(), "block time 2025-06-01 14:01:26 UTC", "seen 2025-06-01 14:00:46.0 UTC")
}

// Issue 10: on a node without traces the header says which rules are off,
// first, at any width.
func TestHeaderSaysNoTraces(t *testing.T) {
	st := themes.NewStyles(themes.Mono())
	s := attackEvents(t).state()
	if got := Figures(st, &s, fixedNow(), 160); strings.Contains(got, "NO TRACES") {
		t.Fatalf("a traced session says NO TRACES: %s", got)
	}
	s.Head.NoTraces = true
	if got := Figures(st, &s, fixedNow(), 240); !strings.Contains(got, "NO TRACES: reentrancy, flash-loan, new-contract-caller") {
		t.Errorf("240 columns: %s", got)
	}
	if got := Figures(st, &s, fixedNow(), 80); !strings.Contains(got, "NO TRACES") {
		t.Errorf("80 columns: %s", got)
	}
	s.Head.NoTraces, s.Head.Prefilter = false, true
	if got := Figures(st, &s, fixedNow(), 300); !strings.Contains(got, "PREFILTER: only txs touching watched contracts traced; silent reverted attempts missed") {
		t.Errorf("300 columns, prefilter: %s", got)
	}
	if got := Figures(st, &s, fixedNow(), 80); !strings.Contains(got, "PREFILTER") {
		t.Errorf("80 columns, prefilter: %s", got)
	}
}

// Issue 10: the header names the node in use and its latency; a node
// down, two nodes that disagree and a recent reorg each say so on the
// figures line, first, at 80 columns too; a cleared disagreement does not.
func TestHeaderSaysWhatTheNodeDoes(t *testing.T) {
	st := themes.NewStyles(themes.Mono())
	s := attackEvents(t).state()
	s.Node = &session.NodeStatus{Endpoint: "rpc 2 (https://node-b.example)", Health: session.NodeUp, Latency: session.Duration(38 * time.Millisecond)}
	if got := Header(st, &s, "watch", fixedNow(), 200); !strings.Contains(got, "rpc 2 (https://node-b.example) · 38 ms") {
		t.Errorf("header: %s", got)
	}
	for _, w := range []int{160, 80} {
		if got := Figures(st, &s, fixedNow(), w); strings.Contains(got, "NODE") || strings.Contains(got, "REORG") {
			t.Fatalf("a healthy node makes news at %d columns: %s", w, got)
		}
	}
	down := s
	down.Node = &session.NodeStatus{Health: session.NodeDown}
	if got := Header(st, &down, "watch", fixedNow(), 200); strings.Contains(got, "rpc 2") {
		t.Errorf("a down node is still named in use: %s", got)
	}
	for _, w := range []int{160, 80} {
		if got := Figures(st, &down, fixedNow(), w); !strings.Contains(got, "NODE DOWN") {
			t.Errorf("%d columns, node down: %s", w, got)
		}
	}
	dis := s
	dis.NodeAlerts = []session.NodeAlertEntry{{NodeAlert: session.NodeAlert{Kind: session.NodeAlertDisagree, Severity: chain.High, Endpoint: "rpc 1 (http://a)", Other: "rpc 3 (http://c)", Block: 6}}}
	if got := Figures(st, &dis, fixedNow(), 200); !strings.Contains(got, "NODES DISAGREE at #6: rpc 1 vs rpc 3") {
		t.Errorf("disagreement: %s", got)
	}
	if got := Figures(st, &dis, fixedNow(), 80); !strings.Contains(got, "NODES DISAGREE #6") {
		t.Errorf("80 columns, disagreement: %s", got)
	}
	dis.NodeAlerts = append(dis.NodeAlerts, session.NodeAlertEntry{NodeAlert: session.NodeAlert{Kind: session.NodeAlertDisagree, Cleared: true}})
	if got := Figures(st, &dis, fixedNow(), 200); strings.Contains(got, "DISAGREE") {
		t.Errorf("a cleared disagreement is shown: %s", got)
	}
	re := s
	re.Reorgs = []session.ReorgEntry{{Reorg: chain.Reorg{Ancestor: s.Head.Number - 2, Seen: s.Head.Number, Dropped: make([]chain.DroppedBlock, 2)}}}
	if got := Figures(st, &re, fixedNow(), 300); !strings.Contains(got, fmt.Sprintf("REORG at #%d: 2 blocks dropped", s.Head.Number-1)) {
		t.Errorf("reorg: %s", got)
	}
	re.Head.Number += 20
	if got := Figures(st, &re, fixedNow(), 200); strings.Contains(got, "REORG") {
		t.Errorf("a reorg 20 blocks ago is still news: %s", got)
	}
}
