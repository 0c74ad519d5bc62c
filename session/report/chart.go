package report

import (
	"fmt"
	"math/big"
	"strings"

	"warroom/chain"
)

const (
	chartWidth  = 60
	chartHeight = 8
)

// eighths are the partial blocks a column ends in.
var eighths = []rune(" ▁▂▃▄▅▆▇█")

// writeChart draws the protocol's value over blocks in text characters,
// with the first attack (A) and the pause (P) marked under the axis, and the
// drain rate above it.
func writeChart(w func(string, ...any), f *facts) {
	pts := f.values
	if len(pts) == 0 {
		return
	}
	w("\n## Value held over blocks\n\n")
	if rate, perBlock := drainRate(f); rate != nil {
		w("Drain rate while the attack ran: **%s/min** (%s a block).\n\n", chain.FormatEther(rate, 3), chain.FormatEther(perBlock, 3))
	}
	w("```\n%s```\n", chart(pts, attackBlock(f), f.final.PausedBlock, f.final.Head.Number))
}

func attackBlock(f *facts) uint64 {
	if f.firstAttack == nil {
		return 0
	}
	return f.firstAttack.Block
}

// chart renders points (in journal order) as columns of block characters.
// x is the block number when blocks only go up (one segment), else the
// reading's index.
func chart(pts []point, attack, paused, head uint64) string {
	monotonic := true
	for i := 1; i < len(pts); i++ {
		if pts[i].block < pts[i-1].block {
			monotonic = false
		}
	}
	lo, hi := pts[0].block, pts[len(pts)-1].block
	if !monotonic {
		lo, hi = 0, uint64(len(pts)-1)
	} else if head > hi {
		hi = head // the value stays what it last was up to the last block
	}
	span := hi - lo + 1
	width := int(min(span, chartWidth))
	cols := make([]*big.Int, width)
	colBlock := make([]uint64, width)
	j := 0
	var last *big.Int
	for c := 0; c < width; c++ {
		// The block at the end of column c.
		end := lo + (uint64(c+1)*span)/uint64(width) - 1
		colBlock[c] = end
		for j < len(pts) {
			x := pts[j].block
			if !monotonic {
				x = uint64(j)
			}
			if x > end {
				break
			}
			last = pts[j].value
			j++
		}
		cols[c] = last
	}
	top := new(big.Int)
	for _, v := range cols {
		if v != nil && v.Cmp(top) > 0 {
			top.Set(v)
		}
	}
	labelTop := chain.FormatEther(top, 1)
	labelW := max(len(labelTop), len("0 ETH"))
	var b strings.Builder
	for r := chartHeight - 1; r >= 0; r-- {
		label := ""
		switch r {
		case chartHeight - 1:
			label = labelTop
		case 0:
			label = "0 ETH"
		}
		fmt.Fprintf(&b, "%*s │", labelW, label)
		for _, v := range cols {
			b.WriteRune(cell(v, top, r))
		}
		b.WriteString("\n")
	}
	fmt.Fprintf(&b, "%*s └%s\n", labelW, "", strings.Repeat("─", width))
	marks := []rune(strings.Repeat(" ", width))
	mark := func(block uint64, r rune) {
		if block == 0 || !monotonic || block < lo || block > hi {
			return
		}
		for c := range colBlock {
			if colBlock[c] >= block {
				marks[c] = r
				return
			}
		}
	}
	mark(attack, 'A')
	mark(paused, 'P')
	first, lastLabel := fmt.Sprintf("block %d", lo), fmt.Sprintf("%d", hi)
	if !monotonic {
		first, lastLabel = "reading 1", fmt.Sprintf("%d (several chain segments)", hi+1)
	}
	fmt.Fprintf(&b, "%*s  %s\n", labelW, "", strings.TrimRight(string(marks), " "))
	gap := max(1, width-len(first)-len(lastLabel))
	fmt.Fprintf(&b, "%*s  %s%s%s\n", labelW, "", first, strings.Repeat(" ", gap), lastLabel)
	if attack != 0 || paused != 0 {
		fmt.Fprintf(&b, "%*s  A first attack, P paused\n", labelW, "")
	}
	return b.String()
}

// cell is the character of a column at row r (0 at the bottom).
func cell(v, top *big.Int, r int) rune {
	if v == nil || top.Sign() == 0 {
		return ' '
	}
	// Height in eighths of a row, rounded to the nearest.
	h := new(big.Int).Mul(v, big.NewInt(chartHeight*8))
	h.Add(h, new(big.Int).Rsh(top, 1))
	h.Div(h, top)
	n := int(h.Int64()) - r*8
	switch {
	case n >= 8:
		return eighths[8]
	case n <= 0:
		if r == 0 && v.Sign() > 0 {
			return eighths[1] // never show a non-empty vault as empty
		}
		return ' '
	}
	return eighths[n]
}
