package chain

import (
	"math/big"
	"strings"
)

var weiPerEther = big.NewInt(1e18)

// FormatEther renders wei as ether with the given decimals, rounded toward
// zero and with thousands separators: "1,234.500 ETH". Money stays *big.Int
// wei everywhere else; this is the edge.
func FormatEther(wei *big.Int, decimals int) string {
	if wei == nil {
		return "—"
	}
	neg := wei.Sign() < 0
	abs := new(big.Int).Abs(wei)
	whole, frac := new(big.Int).QuoRem(abs, weiPerEther, new(big.Int))
	var b strings.Builder
	if neg {
		b.WriteString("-")
	}
	ws := whole.String()
	for i, r := range ws {
		if i > 0 && (len(ws)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(r)
	}
	if decimals > 0 {
		fs := frac.String()
		fs = strings.Repeat("0", 18-len(fs)) + fs
		b.WriteByte('.')
		b.WriteString(fs[:min(decimals, 18)])
	}
	b.WriteString(" ETH")
	return b.String()
}

// FormatGwei renders wei as gwei with up to 9 decimals, trailing zeros trimmed.
func FormatGwei(wei *big.Int) string {
	if wei == nil {
		return "—"
	}
	whole, frac := new(big.Int).QuoRem(wei, big.NewInt(1e9), new(big.Int))
	s := whole.String()
	if frac.Sign() != 0 {
		fs := frac.String()
		fs = strings.TrimRight(strings.Repeat("0", 9-len(fs))+fs, "0")
		s += "." + fs
	}
	return s + " gwei"
}
