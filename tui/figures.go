package tui

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/charmbracelet/lipgloss"

	"warroom/chain"
	"warroom/session"
	"warroom/themes"
)

// figure is one item of the header's second line, in a long and a short
// form; the line takes the long forms while they fit, then the short ones,
// then drops items, the least urgent first: the drain stays longest.
type figure struct {
	long, short string
	style       lipgloss.Style
	drop        int // the higher, the sooner it goes when the line is full
}

// Figures renders the header's second line, the figures a responder acts
// on: the value still at risk, what has been drained since the first
// attack, the drain's pace now (or how long it has been quiet), the time
// since the first attack, and the critical alerts nobody has acknowledged.
//
//	AT RISK 80.000 ETH │ DRAINED 20.000 ETH since #4 · 330.000 ETH/min │ first attack #4 · 00:01:12 ago │ 2 CRIT unacknowledged
func Figures(st *themes.Styles, s *session.State, now time.Time, width int) string {
	return renderFigures(st, figureItems(st, s, now), width)
}

func figureItems(st *themes.Styles, s *session.State, now time.Time) []figure {
	var out []figure
	if len(s.Protocol.Contracts) > 0 {
		risk := chain.FormatEther(s.AtRisk(), 3)
		f := figure{long: "AT RISK " + risk, short: "at risk " + risk, style: st.Bold, drop: 3}
		if s.PausedBlock != 0 || s.Protocol.AllPaused() {
			f.long += " (paused)"
		}
		out = append(out, f)
	}
	drained := s.TotalDrained()
	if drained.Sign() == 0 || s.FirstAttack == nil {
		out = append(out, figure{long: "nothing drained", short: "drained 0", style: st.ExposureNone, drop: 1})
	} else {
		amount := chain.FormatEther(drained, 3)
		since := " since #" + strconv.FormatUint(s.FirstAttack.Block, 10)
		out = append(out, figure{long: "DRAINED " + amount + since, short: "DRAINED " + amount, style: st.Exposure})
		r := s.DrainRate()
		switch {
		case r.Stopped:
			out = append(out, figure{long: "no outflow for " + plural(int(r.Quiet), "block", "blocks"), short: "quiet " + strconv.FormatUint(r.Quiet, 10) + " blk", style: st.Gain, drop: 1})
		case r.PerMinute != nil:
			rate := chain.FormatEther(r.PerMinute, 3) + "/min"
			out = append(out, figure{long: rate + " (last " + plural(int(r.Blocks), "block", "blocks") + ")", short: rate, style: st.Exposure, drop: 1})
		}
	}
	if f := s.FirstAttack; f != nil {
		ago := FormatClock(now.Sub(f.Seen))
		out = append(out, figure{long: "first attack #" + strconv.FormatUint(f.Block, 10) + " · " + ago + " ago", short: "1st " + ago, style: st.HeaderItem, drop: 4})
	}
	if n := s.Node; n != nil && n.Health == session.NodeDown {
		// Blocks are not arriving: what the screen shows is old.
		out = append(out, figure{long: "NODE DOWN: no rpc entry answers, retrying", short: "NODE DOWN", style: st.Critical, drop: 0})
	}
	if a, ok := s.ActiveNodeAlert(); ok {
		f := figure{long: "⚠ " + nodeAlertLong(a), short: "⚠ " + nodeAlertShort(a), style: st.Critical, drop: 0}
		if a.Severity < chain.High {
			f.style, f.drop = st.High, 2
		}
		out = append(out, f)
	}
	if r := s.RecentReorg(); r != nil {
		out = append(out, figure{long: fmt.Sprintf("REORG at #%d: %s dropped, alerts in them marked", r.Ancestor+1, plural(len(r.Dropped), "block", "blocks")),
			short: fmt.Sprintf("REORG #%d", r.Ancestor+1), style: st.High, drop: 1})
	}
	if s.Head.Prefilter {
		// Reduced coverage, never silent: what the prefilter cannot see.
		out = append(out, figure{long: "PREFILTER: only txs touching watched contracts traced; silent reverted attempts missed",
			short: "PREFILTER: partial traces", style: st.High, drop: 0})
	}
	if s.Head.NoTraces {
		// Never silently off: the rules a node without traces cannot feed.
		out = append(out, figure{long: "NO TRACES: reentrancy, flash-loan, new-contract-caller off",
			short: "NO TRACES: trace rules off", style: st.Critical, drop: 0})
	}
	if q, ok := s.OpenRequest(); ok {
		// A Safe transaction waits for the responder's signature: what
		// must not be signed blind, first after the drain.
		f := figure{long: "Safe " + q.ID + " awaits your signature · a", short: q.ID + " · a", style: st.High, drop: 0}
		if q.Risky() {
			f.long, f.short, f.style = "⚠ Safe "+q.ID+" is a "+q.Warnings[0].Code+" · a to read it", "⚠ "+q.ID+" · a", st.Critical
		}
		out = append(out, f)
	}
	if n := s.UnackedCritical(); n > 0 {
		out = append(out, figure{long: fmt.Sprintf("%d CRIT unacknowledged", n), short: fmt.Sprintf("%d CRIT unacked", n), style: st.Critical, drop: 2})
	} else if s.Critical > 0 {
		out = append(out, figure{long: "all CRIT acknowledged", short: "CRIT acked", style: st.Muted, drop: 4})
	}
	return out
}

func renderFigures(st *themes.Styles, items []figure, width int) string {
	const sep = " │ "
	text := func(f figure, short bool) string {
		if short {
			return f.short
		}
		return f.long
	}
	total := func(short bool) int {
		w := 1
		for i, f := range items {
			if i > 0 {
				w += len(sep)
			}
			w += Width(text(f, short))
		}
		return w
	}
	short := false
	for len(items) > 0 && total(short) > width {
		if !short {
			short = true
			continue
		}
		worst := 0
		for i, f := range items {
			if f.drop >= items[worst].drop {
				worst = i
			}
		}
		items = append(items[:worst:worst], items[worst+1:]...)
	}
	var b strings.Builder
	b.WriteString(" ")
	for i, f := range items {
		if i > 0 {
			b.WriteString(st.Muted.Render(sep))
		}
		b.WriteString(f.style.Render(text(f, short)))
	}
	return Fit(b.String(), width)
}

func nodeAlertLong(a session.NodeAlertEntry) string {
	switch a.Kind {
	case session.NodeAlertDisagree:
		return fmt.Sprintf("NODES DISAGREE at #%d: %s vs %s", a.Block, endpointShort(a.Endpoint), endpointShort(a.Other))
	case session.NodeAlertLag:
		if a.Lag < 0 {
			return fmt.Sprintf("NODE IN USE LAGS %d blocks behind %s", -a.Lag, endpointShort(a.Other))
		}
		return fmt.Sprintf("%s lags %d blocks", endpointShort(a.Other), a.Lag)
	}
	return a.Message
}

func nodeAlertShort(a session.NodeAlertEntry) string {
	switch a.Kind {
	case session.NodeAlertDisagree:
		return fmt.Sprintf("NODES DISAGREE #%d", a.Block)
	case session.NodeAlertLag:
		return fmt.Sprintf("node lag %d", a.Lag)
	}
	return "node alert"
}

// endpointShort is "rpc 2" of "rpc 2 (https://node-b.example)".
func endpointShort(name string) string {
	if i := strings.Index(name, " ("); i > 0 {
		return name[:i]
	}
	return name
}
