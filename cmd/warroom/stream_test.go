package main

import (
	"encoding/json"
	"math/big"
	"strings"
	"testing"
	"time"

	geth "github.com/ethereum/go-ethereum/common"

	"warroom/chain"
	"warroom/session"
)

// Issue 9: in the headless stream wei amounts are strings, so jq keeps
// every digit of 16139824385084974207.
func TestStreamWritesWeiAsStrings(t *testing.T) {
	big1, _ := new(big.Int).SetString("16139824385084974207", 10)
	to := geth.HexToAddress("0x15d34AAf54267DB7D7c367839AAf71A00a2C6A65")
	alert := chain.Alert{Block: 16, TxHash: geth.Hash{1}, To: &to, Outflow: big1, Severity: chain.Critical,
		Findings: []chain.Finding{{Rule: "outflow", Amount: big1, Held: big1, ShareBps: 2500}},
		Detail: chain.TxDetail{Value: big.NewInt(0), GasUsed: 187_412,
			Trace:    []chain.TraceLine{{Depth: 1, Type: "CALL", Value: big1}},
			Balances: []chain.BalanceChange{{Name: "Vault", Delta: new(big.Int).Neg(big1)}},
			Call:     chain.DecodedCall{Args: []chain.Arg{{Name: "value", Type: "uint256", Value: "12"}}}}}
	data, err := json.Marshal(alert)
	if err != nil {
		t.Fatal(err)
	}
	ev := session.Event{Seq: 7, Time: time.Unix(0, 0).UTC(), Kind: session.KindAlert, Data: data, Prev: "p", Hash: "h"}
	line, err := json.Marshal(forStream(ev))
	if err != nil {
		t.Fatal(err)
	}
	s := string(line)
	for _, want := range []string{`"outflow":"16139824385084974207"`, `"amount":"16139824385084974207"`, `"held":"16139824385084974207"`,
		`"value":"16139824385084974207"`, `"delta":"-16139824385084974207"`, `"value":"0"`, `"gasUsed":187412`, `"block":16`, `"shareBps":2500`,
		`{"name":"value","type":"uint256","value":"12"}`, `{"seq":7,"time":"1970-01-01T00:00:00Z","kind":"alert","data":{`, `"prev":"p","hash":"h"}`} {
		if !strings.Contains(s, want) {
			t.Errorf("stream line lacks %s:\n%s", want, s)
		}
	}
	// What a consumer decodes keeps every digit.
	var back struct {
		Data struct {
			Outflow string `json:"outflow"`
		} `json:"data"`
	}
	if err := json.Unmarshal(line, &back); err != nil || back.Data.Outflow != big1.String() {
		t.Fatalf("decoded outflow %q (%v), want %s", back.Data.Outflow, err, big1)
	}
	// Not JSON: unchanged.
	if got := string(weiAsStrings([]byte(`{"outflow":1`))); got != `{"outflow":1` {
		t.Errorf("invalid JSON changed: %s", got)
	}
}
