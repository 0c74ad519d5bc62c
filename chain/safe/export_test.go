package safe_test

import (
	"encoding/json"
	"errors"
	"math/big"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"warroom/chain"
	"warroom/chain/contracts"
	"warroom/chain/safe"
	"warroom/chain/timelock"
)

// txBuilderVector is the batch file of the Transaction Builder's own
// checksum test (safe-wallet-monorepo apps/tx-builder
// src/lib/checksum.test.ts), written as JSON; its addChecksum gives
// txBuilderChecksum.
const txBuilderVector = `{
  "version": "1.0",
  "chainId": "4",
  "createdAt": 1646321521061,
  "meta": {
    "name": "test batch file",
    "txBuilderVersion": "1.4.0",
    "checksum": "",
    "createdFromSafeAddress": "0xDF8a1Ce35c9a6ACE153B4e0767942f1E2291a1Aa",
    "createdFromOwnerAddress": "0x49d4450977E2c95362C13D3a31a09311E0Ea26A6"
  },
  "transactions": [
    {
      "to": "0x49d4450977E2c95362C13D3a31a09311E0Ea26A6",
      "value": "0",
      "contractMethod": {
        "inputs": [{"internalType": "address", "name": "paramAddress", "type": "address"}],
        "name": "testAddress",
        "payable": false
      },
      "contractInputsValues": {"paramAddress": "0x49d4450977E2c95362C13D3a31a09311E0Ea26A6"}
    },
    {
      "to": "0x49d4450977E2c95362C13D3a31a09311E0Ea26A6",
      "value": "0",
      "contractMethod": {
        "inputs": [{"internalType": "bool", "name": "paramBool", "type": "bool"}],
        "name": "testBool",
        "payable": false
      },
      "contractInputsValues": {"paramAddress": "", "paramBool": "false"}
    },
    {
      "to": "0x49d4450977E2c95362C13D3a31a09311E0Ea26A6",
      "value": "2000000000000000000",
      "data": "0x42f4579000000000000000000000000049d4450977e2c95362c13d3a31a09311e0ea26a6"
    }
  ]
}`

const txBuilderChecksum = "0x86c81826dbf7e8a37612153294cc85fdf5c81998dd0a44b86d945502a7eace7c"

func TestBatchChecksumIsTheTransactionBuilders(t *testing.T) {
	sum, err := safe.BatchChecksum([]byte(txBuilderVector))
	if err != nil || sum != txBuilderChecksum {
		t.Fatalf("checksum of the Transaction Builder's test batch %s %v; it computes %s", sum, err, txBuilderChecksum)
	}
	// What JavaScript reads the same is summed the same: key order,
	// whitespace, escapes, the way a number is written, the name (nulled)
	// and the checksum itself (left out).
	same := map[string]string{
		"keys reversed":   reverseKeys(t, txBuilderVector),
		"compact":         compact(t, txBuilderVector),
		"escapes":         strings.Replace(txBuilderVector, `"value": "0"`, `"value": "\u0030"`, 1),
		"exponent":        strings.Replace(txBuilderVector, "1646321521061", "1.646321521061e12", 1),
		"renamed":         strings.Replace(txBuilderVector, `"test batch file"`, `"another name"`, 1),
		"with checksum":   strings.Replace(txBuilderVector, `"checksum": ""`, `"checksum": "`+txBuilderChecksum+`"`, 1),
		"byte order mark": "\ufeff" + txBuilderVector,
	}
	for name, file := range same {
		if got, err := safe.BatchChecksum([]byte(file)); err != nil || got != txBuilderChecksum {
			t.Errorf("%s: %s %v; want %s", name, got, err, txBuilderChecksum)
		}
	}
	// What it reads differently is not.
	differ := map[string]string{
		"transactions reversed": reverseTransactions(t, txBuilderVector),
		"value changed":         strings.Replace(txBuilderVector, `"2000000000000000000"`, `"2000000000000000001"`, 1),
		"a description":         strings.Replace(txBuilderVector, `"txBuilderVersion"`, `"description": "", "txBuilderVersion"`, 1),
		"a line feed":           strings.Replace(txBuilderVector, `"paramBool": "false"`, `"paramBool": "false\n"`, 1),
	}
	for name, file := range differ {
		if got, err := safe.BatchChecksum([]byte(file)); err != nil || got == txBuilderChecksum {
			t.Errorf("%s: %s %v; want another checksum", name, got, err)
		}
	}
}

func compact(t *testing.T, s string) string {
	t.Helper()
	var v any
	if err := json.Unmarshal([]byte(s), &v); err != nil {
		t.Fatal(err)
	}
	b, _ := json.Marshal(v)
	return string(b)
}

// reverseKeys writes every object of s with its keys in reverse order.
func reverseKeys(t *testing.T, s string) string {
	t.Helper()
	dec := json.NewDecoder(strings.NewReader(s))
	dec.UseNumber()
	var v any
	if err := dec.Decode(&v); err != nil {
		t.Fatal(err)
	}
	var write func(v any) string
	write = func(v any) string {
		switch x := v.(type) {
		case map[string]any:
			var keys []string
			for k := range x {
				keys = append(keys, k)
			}
			// descending
			for i := range keys {
				for j := i + 1; j < len(keys); j++ {
					if keys[j] > keys[i] {
						keys[i], keys[j] = keys[j], keys[i]
					}
				}
			}
			parts := make([]string, len(keys))
			for i, k := range keys {
				kb, _ := json.Marshal(k)
				parts[i] = string(kb) + ":" + write(x[k])
			}
			return "{" + strings.Join(parts, ",") + "}"
		case []any:
			parts := make([]string, len(x))
			for i, e := range x {
				parts[i] = write(e)
			}
			return "[" + strings.Join(parts, ",") + "]"
		}
		b, _ := json.Marshal(v)
		return string(b)
	}
	out := write(v)
	if !strings.HasPrefix(out, `{"version"`) {
		t.Fatalf("keys not reversed: %.40s", out)
	}
	return out
}

func reverseTransactions(t *testing.T, s string) string {
	t.Helper()
	var v map[string]any
	if err := json.Unmarshal([]byte(s), &v); err != nil {
		t.Fatal(err)
	}
	txs := v["transactions"].([]any)
	for i, j := 0, len(txs)-1; i < j; i, j = i+1, j-1 {
		txs[i], txs[j] = txs[j], txs[i]
	}
	b, _ := json.Marshal(v)
	return string(b)
}

// route is the upgrade's two Safe transactions, as the console exports
// them: schedule at nonce 4, execute at 5.
func route(t *testing.T) *chain.Proposal {
	t.Helper()
	p, err := timelock.Propose(timelock.Upgrade{ChainID: 1337, Safe: common.HexToAddress("0x00000000000000000000000000000000000005af"), SafeNonce: 4,
		Timelock: common.HexToAddress("0x000000000000000000000000000000000000071c"), MinDelay: 60,
		Proxy: common.HexToAddress("0x00000000000000000000000000000000000000a1"), From: common.HexToAddress("0x00000000000000000000000000000000000000a2"),
		To: common.HexToAddress("0x00000000000000000000000000000000000000a3"), Init: contracts.NewVaultV2().PackVersion()}, nil)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func TestBatchFileRoundTrip(t *testing.T) {
	p := route(t)
	created := time.UnixMilli(1_764_000_000_123)
	owner := common.HexToAddress("0x49d4450977E2c95362C13D3a31a09311E0Ea26A6")
	// Every field away from its zero value in the second batch.
	odd := chain.SafeTx{Safe: p.Safe, ChainID: 1337, To: vitalik, Value: ether(3), Data: "0xDEADBEEF", Operation: chain.SafeDelegateCall,
		SafeTxGas: big.NewInt(250_000), BaseGas: big.NewInt(48_000), GasPrice: gwei(30), GasToken: weth, RefundReceiver: vitalik, Nonce: 1 << 40}
	for _, c := range []struct {
		name   string
		txs    []chain.SafeTx
		labels []string
	}{
		{"the upgrade route", []chain.SafeTx{p.Schedule, p.Execute}, []string{"schedule", "execute"}},
		{"gas refund, delegatecall, no labels", []chain.SafeTx{odd}, nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			b, err := safe.MarshalBatch(c.txs, c.labels, safe.BatchMeta{Name: "fix <vault>", Description: "upgrade & unpause", Owner: owner, CreatedAt: created})
			if err != nil {
				t.Fatal(err)
			}
			path := filepath.Join(t.TempDir(), "batch.json")
			if err := os.WriteFile(path, b, 0o600); err != nil {
				t.Fatal(err)
			}
			f, err := safe.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			if f.Format != safe.FormatTxBuilder || f.Name != "fix <vault>" || f.Description != "upgrade & unpause" || !f.ChecksumOK || f.Checksum == "" {
				t.Errorf("read back: format %s name %q description %q checksum %s ok %v", f.Format, f.Name, f.Description, f.Checksum, f.ChecksumOK)
			}
			if len(f.Txs) != len(c.txs) {
				t.Fatalf("%d transactions read, %d written", len(f.Txs), len(c.txs))
			}
			for i := range c.txs {
				want := c.txs[i]
				want.Call = chain.DecodedCall{}
				want.Data = strings.ToLower(want.Data)
				if err := safe.Fill(&want); err != nil {
					t.Fatal(err)
				}
				if !reflect.DeepEqual(f.Txs[i], want) {
					t.Errorf("transaction %d:\nread  %+v\nwrote %+v", i+1, f.Txs[i], want)
				}
				if label := ""; c.labels != nil && f.Labels[i] != c.labels[i] || c.labels == nil && f.Labels[i] != label {
					t.Errorf("transaction %d label %q", i+1, f.Labels[i])
				}
			}
			// The same bytes again: nothing but the input decides the file.
			again, _ := safe.MarshalBatch(c.txs, c.labels, safe.BatchMeta{Name: "fix <vault>", Description: "upgrade & unpause", Owner: owner, CreatedAt: created})
			if string(again) != string(b) {
				t.Error("two files of the same batch differ")
			}
			checkLoadsInTheTransactionBuilder(t, b, c.txs)
		})
	}
}

// checkLoadsInTheTransactionBuilder checks a file as the Transaction
// Builder's importFile and initializeBatch read it: a single batch (meta
// and transactions), every value a string, contractInputsValues null,
// raw data taken as it is, the checksum valid, and the fields it has.
func checkLoadsInTheTransactionBuilder(t *testing.T, b []byte, txs []chain.SafeTx) {
	t.Helper()
	var f struct {
		Version   *string `json:"version"`
		ChainID   *string `json:"chainId"`
		CreatedAt *int64  `json:"createdAt"`
		Meta      *struct {
			Name                    *string `json:"name"`
			Description             *string `json:"description"`
			TxBuilderVersion        *string `json:"txBuilderVersion"`
			CreatedFromSafeAddress  *string `json:"createdFromSafeAddress"`
			CreatedFromOwnerAddress *string `json:"createdFromOwnerAddress"`
			Checksum                *string `json:"checksum"`
		} `json:"meta"`
		Transactions []map[string]json.RawMessage `json:"transactions"`
	}
	if err := json.Unmarshal(b, &f); err != nil {
		t.Fatal(err)
	}
	m := f.Meta
	if f.Version == nil || *f.Version != "1.0" || f.ChainID == nil || *f.ChainID != "1337" || f.CreatedAt == nil || *f.CreatedAt != 1_764_000_000_123 ||
		m == nil || m.Name == nil || m.Description == nil || m.TxBuilderVersion == nil || *m.TxBuilderVersion != safe.TxBuilderVersion ||
		m.CreatedFromSafeAddress == nil || *m.CreatedFromSafeAddress != txs[0].Safe.Hex() || m.CreatedFromOwnerAddress == nil ||
		*m.CreatedFromOwnerAddress != "0x49d4450977E2c95362C13D3a31a09311E0Ea26A6" || m.Checksum == nil {
		t.Fatalf("batch file header:\n%s", b)
	}
	if sum, _ := safe.BatchChecksum(b); sum != *m.Checksum {
		t.Errorf("meta.checksum %s, the Transaction Builder computes %s", *m.Checksum, sum)
	}
	if len(f.Transactions) != len(txs) {
		t.Fatalf("%d transactions", len(f.Transactions))
	}
	for i, tx := range f.Transactions {
		var to, value, data string
		if json.Unmarshal(tx["to"], &to) != nil || json.Unmarshal(tx["value"], &value) != nil || json.Unmarshal(tx["data"], &data) != nil {
			t.Fatalf("transaction %d: to, value and data are not strings: %s", i+1, b)
		}
		if to != txs[i].To.Hex() || value != txs[i].Value.String() || data != strings.ToLower(txs[i].Data) {
			t.Errorf("transaction %d: to %s value %s data %s", i+1, to, value, data)
		}
		if string(tx["contractInputsValues"]) != "null" || string(tx["contractMethod"]) != "null" {
			t.Errorf("transaction %d: contractMethod %s contractInputsValues %s; want null (raw data)", i+1, tx["contractMethod"], tx["contractInputsValues"])
		}
	}
}

func TestMarshalBatchRefuses(t *testing.T) {
	p := route(t)
	other := p.Execute
	other.Safe = vitalik
	for name, c := range map[string]struct {
		txs    []chain.SafeTx
		labels []string
	}{
		"no transactions":   {nil, nil},
		"two Safes":         {[]chain.SafeTx{p.Schedule, other}, nil},
		"labels do not fit": {[]chain.SafeTx{p.Schedule, p.Execute}, []string{"schedule"}},
		"not a transaction": {[]chain.SafeTx{{Safe: p.Safe, ChainID: 1337, Data: "0xzz"}}, nil},
	} {
		if _, err := safe.MarshalBatch(c.txs, c.labels, safe.BatchMeta{}); !errors.Is(err, safe.ErrInvalidTx) {
			t.Errorf("%s: %v; want ErrInvalidTx", name, err)
		}
	}
}

// The transaction Safe's published vector (TestPublishedVectors) as the
// Safe Transaction Service gives it: numbers as numbers or strings, data
// and the refund fields null.
const serviceTx = `{
  "safe": "0x111CEEee040739fD91D29C34C33E6B3E112F2177",
  "chainId": 42161,
  "to": "0x111CEEee040739fD91D29C34C33E6B3E112F2177",
  "value": "0",
  "data": "0x0d582f130000000000000000000000000c75fa5a5f1c0997e3eea425cfa13184ed0ec9e50000000000000000000000000000000000000000000000000000000000000003",
  "operation": 0,
  "safeTxGas": 0,
  "baseGas": "0",
  "gasPrice": "0",
  "gasToken": "0x0000000000000000000000000000000000000000",
  "refundReceiver": null,
  "nonce": 234,
  "safeTxHash": "0x0cb7250b8becd7069223c54e2839feaed4cee156363fbfe5dd0a48e75c4e25b3",
  "confirmations": []
}`

func TestServiceTransaction(t *testing.T) {
	f, err := safe.ParseFile("tx.json", []byte(serviceTx))
	if err != nil {
		t.Fatal(err)
	}
	if f.Format != safe.FormatTxService || len(f.Txs) != 1 {
		t.Fatalf("%+v", f)
	}
	tx := f.Txs[0]
	want := common.HexToHash("0x0cb7250b8becd7069223c54e2839feaed4cee156363fbfe5dd0a48e75c4e25b3")
	if tx.SafeTxHash != want || tx.ChainID != 42161 || tx.Nonce != 234 || tx.Operation != chain.SafeCall || tx.RefundReceiver != (common.Address{}) {
		t.Errorf("read %+v", tx)
	}
	// The service's POST body names the hash contractTransactionHash; an
	// array holds several.
	post := strings.Replace(serviceTx, `"safeTxHash"`, `"contractTransactionHash"`, 1)
	if _, err := safe.ParseFile("post.json", []byte(post)); err != nil {
		t.Errorf("contractTransactionHash: %v", err)
	}
	list, err := safe.ParseFile("list.json", []byte("["+serviceTx+","+strings.Replace(serviceTx, `"nonce": 234`, `"nonce": "235"`, 1)+"]"))
	if err == nil || !errors.Is(err, safe.ErrFileHashMismatch) || !strings.Contains(err.Error(), "transaction 2") {
		t.Errorf("an array whose second transaction's hash is wrong: %v %v", list, err)
	}
	// The nonce changed with the hash left: refused, naming both hashes.
	edited := strings.Replace(serviceTx, `"nonce": 234`, `"nonce": 235`, 1)
	_, err = safe.ParseFile("edited.json", []byte(edited))
	if !errors.Is(err, safe.ErrFileHashMismatch) || !strings.Contains(err.Error(), want.Hex()) || !strings.Contains(err.Error(), "edited.json") {
		t.Errorf("edited nonce: %v", err)
	}
}

func TestReadBatchRefusesTampering(t *testing.T) {
	p := route(t)
	b, err := safe.MarshalBatch([]chain.SafeTx{p.Schedule, p.Execute}, []string{"schedule", "execute"}, safe.BatchMeta{CreatedAt: time.UnixMilli(1)})
	if err != nil {
		t.Fatal(err)
	}
	edit := func(fn func(tx map[string]any)) []byte {
		var v map[string]any
		if err := json.Unmarshal(b, &v); err != nil {
			t.Fatal(err)
		}
		fn(v["transactions"].([]any)[1].(map[string]any))
		out, _ := json.Marshal(v)
		return out
	}
	// Another nonce with the hash kept: refused.
	_, err = safe.ParseFile("b.json", edit(func(tx map[string]any) { tx["warroom"].(map[string]any)["nonce"] = "9" }))
	if !errors.Is(err, safe.ErrFileHashMismatch) || !strings.Contains(err.Error(), "transaction 2 (execute)") {
		t.Errorf("edited nonce: %v", err)
	}
	// Another nonce and no hash: read, but the checksum tells.
	f, err := safe.ParseFile("b.json", edit(func(tx map[string]any) {
		delete(tx["warroom"].(map[string]any), "safeTxHash")
		tx["warroom"].(map[string]any)["nonce"] = "9"
	}))
	if err != nil || f.ChecksumOK || f.Txs[1].Nonce != 9 {
		t.Errorf("edited without a hash: checksum ok %v, %v", f != nil && f.ChecksumOK, err)
	}
	// Data changed in the Transaction Builder's own fields: refused too.
	_, err = safe.ParseFile("b.json", edit(func(tx map[string]any) { tx["data"] = "0x" }))
	if !errors.Is(err, safe.ErrFileHashMismatch) {
		t.Errorf("edited data: %v", err)
	}
}

func TestParseFileRefuses(t *testing.T) {
	p := route(t)
	batch, err := safe.MarshalBatch([]chain.SafeTx{p.Schedule}, nil, safe.BatchMeta{CreatedAt: time.UnixMilli(1)})
	if err != nil {
		t.Fatal(err)
	}
	b := string(batch)
	for _, c := range []struct {
		name, file, want string
	}{
		{"empty", "  \n", "the file is empty"},
		{"not JSON", "pause first, then fix", "not JSON (line 1"},
		{"a JSON string", `"0xdeadbeef"`, "a JSON string"},
		{"neither shape", `{"id": 7, "kind": "upgrade"}`, "none of the fields"},
		{"a Transaction Builder file without warroom's fields", txBuilderVector, `transaction 1 has no "warroom" fields`},
		{"no nonce", strings.Replace(b, `"nonce": "4",`, "", 1), `"transactions[0].warroom.nonce" is missing`},
		{"nonce not a number", strings.Replace(b, `"nonce": "4"`, `"nonce": "four"`, 1), `"transactions[0].warroom.nonce" is four`},
		{"operation 2", strings.Replace(b, `"operation": 0`, `"operation": 2`, 1), `"transactions[0].warroom.operation" is 2; want 0 (call) or 1 (delegatecall)`},
		{"value as a number", strings.Replace(b, `"value": "0"`, `"value": 0`, 1), `"transactions[0].value" is not a string`},
		{"negative value", strings.Replace(b, `"value": "0"`, `"value": "-1"`, 1), `"transactions[0].value" is -1`},
		{"bad checksum address", strings.Replace(serviceTx, `"to": "0x111CEEee040739fD91D29C34C33E6B3E112F2177"`, `"to": "0x111CEEee040739fD91D29C34C33E6B3E112f2177"`, 1),
			`"to": 0x111CEEee040739fD91D29C34C33E6B3E112f2177 fails its EIP-55 checksum`},
		{"mistyped address", strings.Replace(b, p.Safe.Hex(), "0x5Af", 1), `"meta.createdFromSafeAddress": "0x5Af" is not an address`},
		{"no Safe", strings.Replace(b, p.Safe.Hex(), "", 1), `"meta.createdFromSafeAddress" is empty`},
		{"no chain id", strings.Replace(b, `"chainId": "1337",`, "", 1), `"chainId" is missing`},
		{"data not hex", strings.Replace(b, `"data": "0x`, `"data": "0xzz`, 1), `"transactions[0].data" is not 0x-prefixed hex`},
		{"a service transaction without a chain id", strings.Replace(serviceTx, `"chainId": 42161,`, "", 1), `"chainId" is missing`},
		{"a service transaction with a bad hash", strings.Replace(serviceTx, `"0x0cb7250b8b`, `"0x0cb7`, 1), `"safeTxHash" is "0x0cb7`},
		{"an empty array", "[]", "an empty JSON array"},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, err := safe.ParseFile("upgrade.json", []byte(c.file))
			if !errors.Is(err, safe.ErrNotSafeTx) || !strings.HasPrefix(err.Error(), "upgrade.json: not a Safe transaction: ") || !strings.Contains(err.Error(), c.want) {
				t.Fatalf("%v\nwant upgrade.json: not a Safe transaction: … %s", err, c.want)
			}
			if strings.Contains(err.Error(), "\n") {
				t.Errorf("more than one line: %q", err)
			}
		})
	}
}

func TestParseAddress(t *testing.T) {
	for _, c := range []struct {
		in string
		ok bool
	}{
		{"0xd8dA6BF26964aF9D7eEd9e03E53415D37aA96045", true},
		{"0xd8da6bf26964af9d7eed9e03e53415d37aa96045", true},
		{"0xD8DA6BF26964AF9D7EED9E03E53415D37AA96045", true},
		{"0xd8dA6BF26964aF9D7eEd9e03E53415D37aA96046", false}, // digit mistyped: case no longer checks out
		{"0xd8dA6bF26964aF9D7eEd9e03E53415D37aA96045", false},
		{"d8dA6BF26964aF9D7eEd9e03E53415D37aA96045", false},
		{"0xd8dA6BF26964aF9D7eEd9e03E53415D37aA9604", false},
		{"0xg8dA6BF26964aF9D7eEd9e03E53415D37aA96045", false},
	} {
		a, err := safe.ParseAddress(c.in)
		if (err == nil) != c.ok || c.ok && a != vitalik {
			t.Errorf("ParseAddress(%s) = %s, %v", c.in, a.Hex(), err)
		}
	}
}
