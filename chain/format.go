package chain

import (
	"fmt"
	"math/big"
	"strconv"
	"strings"

	"github.com/ethereum/go-ethereum/common"
)

// The one formatter of money and addresses. Amounts stay *big.Int wei in
// every finding, event and state; these turn them into text at the edge,
// for the screen, the command line and reports alike.

// minus is the sign of negative amounts (U+2212), wider and easier to see
// than a hyphen.
const minus = "−"

const (
	weiPerEther = 1_000_000_000_000_000_000
	weiPerGwei  = 1_000_000_000
)

// FormatEther renders wei as ether with the given decimals, rounded half
// away from zero, with thousands separators: "1,234.500 ETH". A non-zero amount too
// small to show at that precision reads "<0.001 ETH" rather than "0.000 ETH",
// so a real movement never looks like none. nil is "—".
func FormatEther(wei *big.Int, decimals int) string {
	if wei == nil {
		return "—"
	}
	decimals = max(0, min(decimals, 18))
	whole, fs := splitEther(roundWei(wei, decimals))
	var b strings.Builder
	if wei.Sign() < 0 {
		b.WriteString(minus)
	}
	shown := whole.Sign() != 0 || strings.Trim(fs[:decimals], "0") != ""
	if wei.Sign() != 0 && !shown {
		b.WriteString("<")
		if decimals == 0 {
			b.WriteString("1 ETH")
		} else {
			b.WriteString("0." + strings.Repeat("0", decimals-1) + "1 ETH")
		}
		return b.String()
	}
	b.WriteString(groupDigits(whole.String()))
	if decimals > 0 {
		b.WriteByte('.')
		b.WriteString(fs[:decimals])
	}
	b.WriteString(" ETH")
	return b.String()
}

// FormatEtherExact renders wei as ether with every significant decimal (at
// least three): "0.000092000000046 ETH". For what is about to be signed.
func FormatEtherExact(wei *big.Int) string {
	if wei == nil {
		return "—"
	}
	whole, fs := splitEther(wei)
	fs = strings.TrimRight(fs, "0")
	if len(fs) < 3 {
		fs += strings.Repeat("0", 3-len(fs))
	}
	s := groupDigits(whole.String()) + "." + fs + " ETH"
	if wei.Sign() < 0 {
		s = minus + s
	}
	return s
}

// roundWei rounds wei half away from zero to the given decimals of ether.
func roundWei(wei *big.Int, decimals int) *big.Int {
	if decimals >= 18 {
		return wei
	}
	unit := new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(18-decimals)), nil)
	abs := new(big.Int).Abs(wei)
	abs.Add(abs, new(big.Int).Rsh(unit, 1))
	abs.Sub(abs, new(big.Int).Mod(abs, unit))
	if wei.Sign() < 0 {
		abs.Neg(abs)
	}
	return abs
}

// splitEther returns |wei| as whole ether and the 18 digits of its fraction.
func splitEther(wei *big.Int) (*big.Int, string) {
	abs := new(big.Int).Abs(wei)
	whole, frac := abs.QuoRem(abs, big.NewInt(weiPerEther), new(big.Int))
	fs := frac.String()
	return whole, strings.Repeat("0", 18-len(fs)) + fs
}

// FormatSignedEther is FormatEther with an explicit sign: "+1.000 ETH",
// "−27.000 ETH"; zero has none.
func FormatSignedEther(wei *big.Int, decimals int) string {
	if wei == nil {
		return "—"
	}
	s := FormatEther(wei, decimals)
	if wei.Sign() > 0 {
		return "+" + s
	}
	return s
}

// FormatWei renders wei as an exact integer with separators: "46,000 wei".
func FormatWei(wei *big.Int) string {
	if wei == nil {
		return "—"
	}
	if wei.Sign() < 0 {
		return minus + groupDigits(new(big.Int).Neg(wei).String()) + " wei"
	}
	return groupDigits(wei.String()) + " wei"
}

// FormatGwei renders wei as gwei, exact, trailing zeros trimmed: "2.000000001 gwei".
func FormatGwei(wei *big.Int) string {
	if wei == nil {
		return "—"
	}
	abs := new(big.Int).Abs(wei)
	whole, frac := abs.QuoRem(abs, big.NewInt(weiPerGwei), new(big.Int))
	s := groupDigits(whole.String())
	if frac.Sign() != 0 {
		fs := frac.String()
		s += "." + strings.TrimRight(strings.Repeat("0", 9-len(fs))+fs, "0")
	}
	if wei.Sign() < 0 {
		s = minus + s
	}
	return s + " gwei"
}

// FormatBps renders a share in basis points as a percentage with one
// decimal, rounded half up: 2500 is "25.0%", 2495 "25.0%".
func FormatBps(bps uint64) string {
	tenths := (bps + 5) / 10
	return fmt.Sprintf("%d.%d%%", tenths/10, tenths%10)
}

// FormatUint renders n with thousands separators: 1,234,567.
func FormatUint(n uint64) string { return groupDigits(strconv.FormatUint(n, 10)) }

func groupDigits(ds string) string {
	if len(ds) <= 3 {
		return ds
	}
	var b strings.Builder
	b.Grow(len(ds) + len(ds)/3)
	for i := range len(ds) {
		if i > 0 && (len(ds)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteByte(ds[i])
	}
	return b.String()
}

// ShortAddr is 0x1234…abcd, checksummed: for people, never for machines.
func ShortAddr(a common.Address) string {
	h := a.Hex()
	return h[:6] + "…" + h[len(h)-4:]
}

// ShortHash is 0x1234ab…cdef.
func ShortHash(h common.Hash) string {
	s := h.Hex()
	return s[:8] + "…" + s[len(s)-4:]
}
