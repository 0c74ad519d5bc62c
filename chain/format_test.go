package chain

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
)

func wei(s string) *big.Int {
	v, ok := new(big.Int).SetString(s, 10)
	if !ok {
		panic(s)
	}
	return v
}

func eth(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), big.NewInt(1e18)) }

func TestFormatEther(t *testing.T) {
	tests := []struct {
		wei      *big.Int
		decimals int
		want     string
	}{
		{nil, 3, "—"},
		{big.NewInt(0), 3, "0.000 ETH"},
		{eth(27), 3, "27.000 ETH"},
		{wei("1234500000000000000000"), 3, "1,234.500 ETH"},
		{wei("1234567890000000000000000"), 2, "1,234,567.89 ETH"},
		{wei("1999999999999999999"), 3, "2.000 ETH"},   // rounded, not cut (issue 9)
		{wei("18711500000000000000"), 3, "18.712 ETH"}, // half away from zero
		{wei("18711499999999999999"), 3, "18.711 ETH"},
		{new(big.Int).Neg(wei("18711500000000000000")), 3, "−18.712 ETH"},
		{big.NewInt(500_000_000_000_000), 3, "0.001 ETH"}, // 0.0005 rounds up to something shown
		{new(big.Int).Neg(eth(27)), 3, "−27.000 ETH"},
		{big.NewInt(400_000_000_000_000), 3, "<0.001 ETH"}, // 0.0004: never shown as nothing
		{big.NewInt(-1), 3, "−<0.001 ETH"},
		{big.NewInt(1), 0, "<1 ETH"},
		{eth(1000), 0, "1,000 ETH"},
		{big.NewInt(1), 18, "0.000000000000000001 ETH"},
	}
	for _, tt := range tests {
		in := new(big.Int)
		if tt.wei != nil {
			in.Set(tt.wei)
		}
		if got := FormatEther(tt.wei, tt.decimals); got != tt.want {
			t.Errorf("FormatEther(%v, %d) = %q, want %q", tt.wei, tt.decimals, got, tt.want)
		}
		if tt.wei != nil && tt.wei.Cmp(in) != 0 {
			t.Errorf("FormatEther changed its argument %v to %v", in, tt.wei)
		}
	}
}

func TestFormatExactSignedAndUnits(t *testing.T) {
	tests := []struct {
		got, want string
	}{
		{FormatEtherExact(big.NewInt(0)), "0.000 ETH"},
		{FormatEtherExact(wei("92426000646982")), "0.000092426000646982 ETH"},
		{FormatEtherExact(eth(1)), "1.000 ETH"},
		{FormatEtherExact(wei("1500000000000000000")), "1.500 ETH"},
		{FormatEtherExact(wei("-1500000000000000000")), "−1.500 ETH"},
		{FormatSignedEther(eth(1), 3), "+1.000 ETH"},
		{FormatSignedEther(new(big.Int).Neg(eth(27)), 3), "−27.000 ETH"},
		{FormatSignedEther(new(big.Int), 3), "0.000 ETH"},
		{FormatSignedEther(nil, 3), "—"},
		{FormatWei(wei("92426000646982")), "92,426,000,646,982 wei"},
		{FormatWei(big.NewInt(0)), "0 wei"},
		{FormatWei(big.NewInt(-46_000)), "−46,000 wei"},
		{FormatGwei(big.NewInt(2_000_000_014)), "2.000000014 gwei"},
		{FormatGwei(big.NewInt(1_000_000_000)), "1 gwei"},
		{FormatGwei(big.NewInt(1_500_000_000)), "1.5 gwei"},
		{FormatGwei(wei("1234000000000000")), "1,234,000 gwei"},
		{FormatGwei(big.NewInt(-1_500_000_000)), "−1.5 gwei"},
		{FormatGwei(nil), "—"},
		{FormatUint(46_213), "46,213"},
		{FormatUint(999), "999"},
		{FormatUint(1_000_000), "1,000,000"},
		{FormatBps(2500), "25.0%"},
		{FormatBps(888), "8.9%"}, // rounded, not cut (issue 9)
		{FormatBps(884), "8.8%"},
		{FormatBps(9995), "100.0%"},
		{FormatBps(500), "5.0%"},
		{ShortAddr(common.HexToAddress("0x5FbDB2315678afecb367f032d93F642f64180aa3")), "0x5FbD…0aa3"},
		{ShortHash(common.HexToHash("0x3f2a1b9c8d7e6f5a4b3c2d1e0f9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e0115")), "0x3f2a1b…0115"},
	}
	for i, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("case %d: got %q, want %q", i, tt.got, tt.want)
		}
	}
}
