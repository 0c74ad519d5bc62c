package config

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/ethereum/go-ethereum/common"

	"warroom/chain"
)

// File is a protocol file to write: what Marshal turns into TOML that
// Load reads back. Comments are lines without their "# ".
type File struct {
	// Header is the comment at the top of the file.
	Header  []string
	Name    string
	ChainID uint64
	// RPC are the rpc entries as written: URLs or ${VAR}s.
	RPC       []string
	RPCNote   []string // a comment above rpc
	Contracts []FileContract
	// Safe and Timelock are left out when zero.
	Safe, Timelock common.Address
	// Guardian, when set, is the [guardian] table; Commented writes it
	// commented out, for the reader to fill in.
	Guardian *FileGuardian
	// Rules, when set, is the [rules] table.
	Rules       *chain.RuleConfig
	Regressions []FileRegression
	// Footer is a comment at the end: what the file could not say.
	Footer []string
}

// FileContract is a [[contract]].
type FileContract struct {
	Comment        []string
	Name           string
	Address        common.Address
	Artifact       string // relative to the file, or absolute
	Proxy          string // "" or ProxyERC1967
	Pause, Unpause string
	Role           string // "" (the protocol's) or chain.RoleOracle
}

// FileGuardian is the [guardian] table.
type FileGuardian struct {
	Comment   []string
	Keystore  string
	Commented bool
}

// FileRegression is a [[regression]].
type FileRegression struct {
	Comment []string
	Name    string
	From    common.Address
	To      string // a [[contract]]'s name, or a checksummed address
	Call    string // a signature, then its arguments
	Value   string // "" for none
}

// Marshal is the file as TOML.
func (f File) Marshal() []byte {
	var b strings.Builder
	comment := func(lines []string) {
		for _, l := range lines {
			if l == "" {
				b.WriteString("#\n")
				continue
			}
			b.WriteString("# " + l + "\n")
		}
	}
	comment(f.Header)
	if len(f.Header) > 0 {
		b.WriteString("\n")
	}
	fmt.Fprintf(&b, "name = %s\nchain_id = %d\n", Quote(f.Name), f.ChainID)
	comment(f.RPCNote)
	quoted := make([]string, len(f.RPC))
	for i, r := range f.RPC {
		quoted[i] = Quote(r)
	}
	fmt.Fprintf(&b, "rpc = [%s]\n", strings.Join(quoted, ", "))
	for _, c := range f.Contracts {
		b.WriteString("\n")
		comment(c.Comment)
		fmt.Fprintf(&b, "[[contract]]\nname = %s\naddress = %s\nartifact = %s\n", Quote(c.Name), Quote(c.Address.Hex()), Quote(c.Artifact))
		if c.Proxy != "" {
			fmt.Fprintf(&b, "proxy = %s\n", Quote(c.Proxy))
		}
		if c.Pause != "" {
			fmt.Fprintf(&b, "pause = %s\n", Quote(c.Pause))
		}
		if c.Unpause != "" {
			fmt.Fprintf(&b, "unpause = %s\n", Quote(c.Unpause))
		}
		if c.Role != "" {
			fmt.Fprintf(&b, "role = %s\n", Quote(c.Role))
		}
	}
	for _, g := range []struct {
		table string
		addr  common.Address
	}{{"safe", f.Safe}, {"timelock", f.Timelock}} {
		if g.addr != (common.Address{}) {
			fmt.Fprintf(&b, "\n[%s]\naddress = %s\n", g.table, Quote(g.addr.Hex()))
		}
	}
	if g := f.Guardian; g != nil {
		b.WriteString("\n")
		comment(g.Comment)
		prefix := ""
		if g.Commented {
			prefix = "# "
		}
		fmt.Fprintf(&b, "%s[guardian]\n%skeystore = %s\n", prefix, prefix, Quote(g.Keystore))
	}
	if r := f.Rules; r != nil {
		share := func(bps uint64) string { return strconv.FormatFloat(float64(bps)/10_000, 'f', -1, 64) }
		fmt.Fprintf(&b, "\n[rules]\noutflow_share = %s\nfresh_contract_blocks = %d\npre_attack_blocks = %d\nprice_deviation = %s\nshare_price_jump = %s\n",
			share(r.OutflowBps), r.NewContractBlocks, r.FundedBlocks, share(r.PriceDeviationBps), share(r.SharePriceJumpBps))
	}
	for _, r := range f.Regressions {
		b.WriteString("\n")
		comment(r.Comment)
		fmt.Fprintf(&b, "[[regression]]\nname = %s\nfrom = %s\nto = %s\ncall = %s\n", Quote(r.Name), Quote(r.From.Hex()), Quote(r.To), Quote(r.Call))
		if r.Value != "" {
			fmt.Fprintf(&b, "value = %s\n", Quote(r.Value))
		}
	}
	if len(f.Footer) > 0 {
		b.WriteString("\n")
		comment(f.Footer)
	}
	return []byte(b.String())
}

// Quote is s as a TOML basic string.
func Quote(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range s {
		switch r {
		case '"':
			b.WriteString(`\"`)
		case '\\':
			b.WriteString(`\\`)
		case '\n':
			b.WriteString(`\n`)
		case '\t':
			b.WriteString(`\t`)
		case '\r':
			b.WriteString(`\r`)
		default:
			if r < 0x20 || r == 0x7f {
				fmt.Fprintf(&b, `\u%04X`, r)
				continue
			}
			b.WriteRune(r)
		}
	}
	b.WriteByte('"')
	return b.String()
}
