package calldata

import (
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
)

func TestParse(t *testing.T) {
	tests := []struct {
		in      string
		sig     string
		abiJSON string // the function, to decode the calldata back
		want    []any
		shown   []string
	}{
		{"initializeV2(uint256) 42", "initializeV2(uint256)", `[{"type":"function","name":"initializeV2","inputs":[{"type":"uint256"}]}]`,
			[]any{big.NewInt(42)}, []string{"42"}},
		{"withdraw(uint256) 1.5ether", "withdraw(uint256)", `[{"type":"function","name":"withdraw","inputs":[{"type":"uint256"}]}]`,
			[]any{new(big.Int).Mul(big.NewInt(15), big.NewInt(1e17))}, []string{"1500000000000000000"}},
		{"setFee(uint16,bool) 0x1f4 true", "setFee(uint16,bool)", `[{"type":"function","name":"setFee","inputs":[{"type":"uint16"},{"type":"bool"}]}]`,
			[]any{uint16(500), true}, []string{"500", "true"}},
		{"  init( address owner , string name ) 0x5FbDB2315678afecb367f032d93F642f64180aa3 \"war room\"", "init(address,string)",
			`[{"type":"function","name":"init","inputs":[{"type":"address"},{"type":"string"}]}]`,
			[]any{common.HexToAddress("0x5FbDB2315678afecb367f032d93F642f64180aa3"), "war room"},
			[]string{"0x5FbDB2315678afecb367f032d93F642f64180aa3", `"war room"`}},
		{"set(bytes32,int8,uint256[]) 0x0000000000000000000000000000000000000000000000000000000000000001 -128 [1,2,3]", "set(bytes32,int8,uint256[])",
			`[{"type":"function","name":"set","inputs":[{"type":"bytes32"},{"type":"int8"},{"type":"uint256[]"}]}]`,
			[]any{[32]byte{31: 1}, int8(-128), []*big.Int{big.NewInt(1), big.NewInt(2), big.NewInt(3)}},
			[]string{"0x0000000000000000000000000000000000000000000000000000000000000001", "-128", "[1, 2, 3]"}},
		{"reinitialize()", "reinitialize()", `[{"type":"function","name":"reinitialize","inputs":[]}]`, nil, nil},
	}
	for _, tt := range tests {
		c, err := Parse(tt.in)
		if err != nil {
			t.Errorf("Parse(%q): %v", tt.in, err)
			continue
		}
		if c.Signature != tt.sig || c.Decoded.Signature != tt.sig {
			t.Errorf("Parse(%q) signature %q", tt.in, c.Signature)
		}
		a, err := abi.JSON(strings.NewReader(tt.abiJSON))
		if err != nil {
			t.Fatal(err)
		}
		m, err := a.MethodById(c.Data[:4])
		if err != nil {
			t.Errorf("Parse(%q): selector %x is not %s", tt.in, c.Data[:4], tt.sig)
			continue
		}
		got, err := m.Inputs.Unpack(c.Data[4:])
		if err != nil || len(got) != len(tt.want) {
			t.Errorf("Parse(%q): calldata %s does not decode: %v", tt.in, hexutil.Encode(c.Data), err)
			continue
		}
		for i := range got {
			if show(got[i]) != show(tt.want[i]) {
				t.Errorf("Parse(%q) argument %d decodes to %v, want %v", tt.in, i+1, got[i], tt.want[i])
			}
			if c.Decoded.Args[i].Value != tt.shown[i] {
				t.Errorf("Parse(%q) argument %d shown as %q, want %q", tt.in, i+1, c.Decoded.Args[i].Value, tt.shown[i])
			}
		}
	}
}

func TestParseRefuses(t *testing.T) {
	tests := []struct{ in, want string }{
		{"initializeV2 42", "want a call like"},
		{"(uint256) 1", "want a call like"},
		{"initializeV2(uint256)", "takes 1 argument(s) (uint256), 0 given"},
		{"initializeV2(uint256) 1 2", "takes 1 argument(s) (uint256), 2 given"},
		{"f(uint257) 1", `"uint257", which is not a Solidity type`},
		{"f(uint256) forty-two", "argument 1 (uint256) \"forty-two\": is not a number"},
		{"f(uint8) 256", "does not fit in 8 bits"},
		{"f(uint256) -1", "is negative"},
		{"f(address) 0x5fbdb2315678afecb367f032d93f642f64180aa", "is not an address"},
		{"f(address) 0x5FbDB2315678afecb367f032d93F642f64180AA3", "bad checksum (did you mean 0x5FbDB2315678afecb367f032d93F642f64180aa3?)"},
		{"f(bool) yes", "is not true or false"},
		{"f(bytes4) 0x1234", "is not 4 bytes"},
		{"f(string) \"open", "double quote is not closed"},
		{"f(uint256[2]) [1]", "has 1 elements, the type has 2"},
		{"f((uint256,address)) 1", "tuple arguments are not supported"},
		{"f(uint256) 1.0000000000000000001ether", "at most 18 decimals"},
	}
	for _, tt := range tests {
		_, err := Parse(tt.in)
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("Parse(%q) = %v, want an error saying %q", tt.in, err, tt.want)
		}
	}
}
