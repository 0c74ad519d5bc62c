package safe

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"math/big"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf16"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"

	"warroom/chain"
)

// A Safe transaction file is what a cosigner takes to their own machine
// (warroom verify, warroom sign). Two shapes are read:
//
//   - a Safe{Wallet} Transaction Builder batch file (version "1.0",
//     chainId, createdAt, meta, transactions), as the Transaction Builder
//     app downloads and imports it, with warroom's own "warroom" object in
//     each transaction carrying what a batch file does not: the Safe
//     nonce, the operation, the gas fields and the expected safeTxHash.
//     The Transaction Builder's loader reads only to, value, data,
//     contractMethod and contractInputsValues of a transaction and ignores
//     other fields, so the file still imports there; its meta.checksum is
//     computed as the Transaction Builder computes it, so it imports
//     without the "modified since it was generated" warning.
//   - one Safe Transaction Service multisig transaction (or a JSON array
//     of them): safe, to, value, data, operation, safeTxGas, baseGas,
//     gasPrice, gasToken, refundReceiver, nonce, and chainId, numbers as
//     decimal strings or numbers; safeTxHash (or contractTransactionHash)
//     when present is the expected hash.
//
// Beware what the Transaction Builder does with a batch of several
// transactions: it proposes them as one MultiSend transaction at the
// Safe's current nonce, not as the separate Safe transactions (and
// nonces) warroom signs. Sign the hashes warroom prints.

// TxBuilderVersion is the Transaction Builder version written in
// meta.txBuilderVersion: the last release of the app (safe-react-apps
// apps/tx-builder 1.18.2), whose file format the current Safe{Wallet}
// Transaction Builder still reads.
const TxBuilderVersion = "1.18.2"

// extraKey is the field of a batch transaction that carries warroom's
// Safe transaction fields.
const extraKey = "warroom"

// Errors of Safe transaction files.
var (
	// ErrNotSafeTx is a file that is neither shape, or a field of it that
	// is missing or not what it should be.
	ErrNotSafeTx = errors.New("not a Safe transaction")
	// ErrFileHashMismatch is a file whose expected safeTxHash differs from
	// the hash of its own fields: it was edited, or made for another Safe,
	// chain or nonce.
	ErrFileHashMismatch = errors.New("the file's safeTxHash differs from the one its fields hash to")
)

// FileFormat is the shape of a Safe transaction file.
type FileFormat string

// File formats.
const (
	// FormatTxBuilder is a Safe{Wallet} Transaction Builder batch file.
	FormatTxBuilder FileFormat = "tx-builder"
	// FormatTxService is the Safe Transaction Service's multisig
	// transaction JSON.
	FormatTxService FileFormat = "tx-service"
)

// TxFile is a Safe transaction file as read: its transactions, hashes
// filled (Call left for the caller to decode), and what the file calls
// each.
type TxFile struct {
	Format FileFormat
	// Name and Description are a batch file's meta.name and
	// meta.description.
	Name, Description string
	Txs               []chain.SafeTx
	// Labels are one per transaction ("schedule", "execute"), "" where
	// the file gives none.
	Labels []string
	// Checksum is a batch file's meta.checksum, "" when it has none, and
	// ChecksumOK whether it is the Transaction Builder checksum of the
	// file: false means the file was edited after it was made (the
	// Transaction Builder warns and imports it all the same).
	Checksum   string
	ChecksumOK bool
}

// BatchMeta is what a batch file says about itself.
type BatchMeta struct {
	// Name is meta.name, what the Transaction Builder lists the batch as.
	Name        string
	Description string
	// Owner is meta.createdFromOwnerAddress; zero writes "".
	Owner common.Address
	// CreatedAt is createdAt (milliseconds); zero is now.
	CreatedAt time.Time
}

// The batch file as written, fields in the Transaction Builder's order.
type builderFile struct {
	Version      string      `json:"version"`
	ChainID      string      `json:"chainId"`
	CreatedAt    int64       `json:"createdAt"`
	Meta         builderMeta `json:"meta"`
	Transactions []builderTx `json:"transactions"`
}

type builderMeta struct {
	Name                    string `json:"name"`
	Description             string `json:"description"`
	TxBuilderVersion        string `json:"txBuilderVersion"`
	CreatedFromSafeAddress  string `json:"createdFromSafeAddress"`
	CreatedFromOwnerAddress string `json:"createdFromOwnerAddress"`
	Checksum                string `json:"checksum,omitempty"`
}

type builderTx struct {
	To    string `json:"to"`
	Value string `json:"value"`
	Data  string `json:"data"`
	// Null, as the Transaction Builder writes a transaction given as raw
	// data: it then uses data as it is.
	ContractMethod       *struct{}    `json:"contractMethod"`
	ContractInputsValues *struct{}    `json:"contractInputsValues"`
	Warroom              builderExtra `json:"warroom"`
}

// builderExtra is warroom's part of a batch transaction: the rest of the
// Safe transaction, with the Safe Transaction Service's field names.
type builderExtra struct {
	Label          string `json:"label,omitempty"`
	Operation      uint8  `json:"operation"`
	SafeTxGas      string `json:"safeTxGas"`
	BaseGas        string `json:"baseGas"`
	GasPrice       string `json:"gasPrice"`
	GasToken       string `json:"gasToken"`
	RefundReceiver string `json:"refundReceiver"`
	Nonce          string `json:"nonce"`
	SafeTxHash     string `json:"safeTxHash"`
}

// MarshalBatch is txs as a Transaction Builder batch file, labels (one
// per transaction, or none) in warroom's fields, with meta.checksum as the
// Transaction Builder computes it. The transactions must share a Safe and
// a chain; their hashes are computed here, so the file's safeTxHash is
// always that of its fields.
func MarshalBatch(txs []chain.SafeTx, labels []string, meta BatchMeta) ([]byte, error) {
	if len(txs) == 0 {
		return nil, fmt.Errorf("%w: a batch file needs at least one transaction", ErrInvalidTx)
	}
	if len(labels) != 0 && len(labels) != len(txs) {
		return nil, fmt.Errorf("%w: %d labels for %d transactions", ErrInvalidTx, len(labels), len(txs))
	}
	created := meta.CreatedAt
	if created.IsZero() {
		created = time.Now()
	}
	name := meta.Name
	if name == "" {
		name = "warroom batch"
	}
	f := builderFile{
		Version: "1.0", ChainID: strconv.FormatUint(txs[0].ChainID, 10), CreatedAt: created.UnixMilli(),
		Meta: builderMeta{Name: name, Description: meta.Description, TxBuilderVersion: TxBuilderVersion,
			CreatedFromSafeAddress: txs[0].Safe.Hex()},
	}
	if meta.Owner != (common.Address{}) {
		f.Meta.CreatedFromOwnerAddress = meta.Owner.Hex()
	}
	for i := range txs {
		tx := txs[i]
		if tx.Safe != txs[0].Safe || tx.ChainID != txs[0].ChainID {
			return nil, fmt.Errorf("%w: transaction %d is Safe %s's on chain %d, transaction 1 Safe %s's on chain %d; a batch file holds one Safe's transactions",
				ErrInvalidTx, i+1, tx.Safe.Hex(), tx.ChainID, txs[0].Safe.Hex(), txs[0].ChainID)
		}
		if err := Fill(&tx); err != nil {
			return nil, fmt.Errorf("transaction %d: %w", i+1, err)
		}
		data := tx.Data
		if data == "" {
			data = "0x"
		}
		bt := builderTx{To: tx.To.Hex(), Value: num(tx.Value).String(), Data: strings.ToLower(data), Warroom: builderExtra{
			Operation: uint8(tx.Operation), SafeTxGas: num(tx.SafeTxGas).String(), BaseGas: num(tx.BaseGas).String(),
			GasPrice: num(tx.GasPrice).String(), GasToken: tx.GasToken.Hex(), RefundReceiver: tx.RefundReceiver.Hex(),
			Nonce: strconv.FormatUint(tx.Nonce, 10), SafeTxHash: tx.SafeTxHash.Hex(),
		}}
		if len(labels) > 0 {
			bt.Warroom.Label = labels[i]
		}
		f.Transactions = append(f.Transactions, bt)
	}
	unsummed, err := encodeIndented(f)
	if err != nil {
		return nil, err
	}
	if f.Meta.Checksum, err = BatchChecksum(unsummed); err != nil {
		return nil, err
	}
	return encodeIndented(f)
}

// WriteBatchFile writes MarshalBatch's file at path, through a temporary
// file beside it so that a reader never sees half a file.
func WriteBatchFile(path string, txs []chain.SafeTx, labels []string, meta BatchMeta) error {
	b, err := MarshalBatch(txs, labels, meta)
	if err != nil {
		return err
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name())
	if _, err := tmp.Write(b); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Chmod(0o644); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), path)
}

func encodeIndented(v any) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// BatchChecksum is the Transaction Builder's meta.checksum of a batch
// file's JSON (safe-react-apps apps/tx-builder src/lib/checksum.ts):
// keccak256 of the file serialized with its keys sorted, each object as
// JSON.stringify(keys) followed by each value and a comma, meta.checksum
// left out and meta.name as null (so renaming a batch keeps it), values as
// JSON.stringify writes them. It is 0x-prefixed lowercase hex.
func BatchChecksum(file []byte) (string, error) {
	doc, err := decodeGeneric(file)
	if err != nil {
		return "", err
	}
	obj, ok := doc.(map[string]any)
	if !ok {
		return "", errors.New("a batch file is a JSON object")
	}
	return checksumOf(obj)
}

func checksumOf(obj map[string]any) (string, error) {
	meta, ok := obj["meta"].(map[string]any)
	if !ok {
		return "", errors.New(`a batch file's "meta" is a JSON object`)
	}
	m := make(map[string]any, len(meta)+1)
	for k, v := range meta {
		if k != "checksum" {
			m[k] = v
		}
	}
	m["name"] = nil
	top := make(map[string]any, len(obj))
	for k, v := range obj {
		top[k] = v
	}
	top["meta"] = m
	var sb strings.Builder
	serializeJS(&sb, top)
	return hexutil.Encode(crypto.Keccak256([]byte(sb.String()))), nil
}

// decodeGeneric parses JSON as JavaScript's JSON.parse would read a file
// (a UTF-8 byte order mark dropped), numbers kept as written.
func decodeGeneric(b []byte) (any, error) {
	dec := json.NewDecoder(bytes.NewReader(bytes.TrimPrefix(b, []byte("\xef\xbb\xbf"))))
	dec.UseNumber()
	var v any
	if err := dec.Decode(&v); err != nil {
		return nil, err
	}
	if _, err := dec.Token(); err == nil {
		return nil, errors.New("more than one JSON value")
	}
	return v, nil
}

// serializeJS is the Transaction Builder's serializeJSONObject.
func serializeJS(sb *strings.Builder, v any) {
	switch x := v.(type) {
	case []any:
		sb.WriteByte('[')
		for i, e := range x {
			if i > 0 {
				sb.WriteByte(',')
			}
			serializeJS(sb, e)
		}
		sb.WriteByte(']')
	case map[string]any:
		keys := make([]string, 0, len(x))
		for k := range x {
			keys = append(keys, k)
		}
		// Array.prototype.sort without a comparator: by UTF-16 code units.
		slices.SortFunc(keys, func(a, b string) int { return slices.Compare(utf16.Encode([]rune(a)), utf16.Encode([]rune(b))) })
		sb.WriteString("{[")
		for i, k := range keys {
			if i > 0 {
				sb.WriteByte(',')
			}
			quoteJS(sb, k)
		}
		sb.WriteByte(']')
		for _, k := range keys {
			serializeJS(sb, x[k])
			sb.WriteByte(',')
		}
		sb.WriteByte('}')
	case string:
		quoteJS(sb, x)
	case json.Number:
		sb.WriteString(numberJS(string(x)))
	case bool:
		sb.WriteString(strconv.FormatBool(x))
	case nil:
		sb.WriteString("null")
	default:
		panic(fmt.Sprintf("safe: serializeJS of %T", v))
	}
}

// quoteJS writes s as JSON.stringify does: only ", \ and control
// characters escaped, the short escapes where JSON has them.
func quoteJS(sb *strings.Builder, s string) {
	sb.WriteByte('"')
	for _, r := range s {
		switch r {
		case '"':
			sb.WriteString(`\"`)
		case '\\':
			sb.WriteString(`\\`)
		case '\b':
			sb.WriteString(`\b`)
		case '\f':
			sb.WriteString(`\f`)
		case '\n':
			sb.WriteString(`\n`)
		case '\r':
			sb.WriteString(`\r`)
		case '\t':
			sb.WriteString(`\t`)
		default:
			if r < 0x20 {
				fmt.Fprintf(sb, `\u%04x`, r)
			} else {
				sb.WriteRune(r)
			}
		}
	}
	sb.WriteByte('"')
}

// numberJS is a JSON number as JSON.parse then JSON.stringify give it
// back: the nearest double, written as JavaScript's Number.prototype.toString
// writes it; null when it does not fit a double.
func numberJS(s string) string {
	f, err := strconv.ParseFloat(s, 64)
	if err != nil && !errors.Is(err, strconv.ErrRange) || math.IsInf(f, 0) || math.IsNaN(f) {
		return "null"
	}
	if f == 0 {
		return "0"
	}
	sign := ""
	if f < 0 {
		sign, f = "-", -f
	}
	// Shortest digits that round-trip, and the exponent: d.ddd e±x.
	e := strconv.FormatFloat(f, 'e', -1, 64)
	mant, exp, _ := strings.Cut(e, "e")
	digits := strings.Replace(mant, ".", "", 1)
	x, _ := strconv.Atoi(exp)
	k, n := len(digits), x+1
	switch {
	case k <= n && n <= 21:
		return sign + digits + strings.Repeat("0", n-k)
	case 0 < n && n <= 21:
		return sign + digits[:n] + "." + digits[n:]
	case -6 < n && n <= 0:
		return sign + "0." + strings.Repeat("0", -n) + digits
	}
	es := "+"
	if n-1 < 0 {
		es = "-"
	}
	abs := n - 1
	if abs < 0 {
		abs = -abs
	}
	if k == 1 {
		return sign + digits + "e" + es + strconv.Itoa(abs)
	}
	return sign + digits[:1] + "." + digits[1:] + "e" + es + strconv.Itoa(abs)
}

// ReadFile reads a Safe transaction file at path (ParseFile).
func ReadFile(path string) (*TxFile, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	return ParseFile(path, b)
}

// ParseFile reads a Safe transaction file named name (for errors): a
// Transaction Builder batch file with warroom's fields, or Safe
// Transaction Service transaction JSON, told apart by their fields. Every
// transaction's hashes are filled. A file that is neither, or a field that
// is missing or malformed, is one error wrapping ErrNotSafeTx that names
// the file and the field; a file whose expected safeTxHash differs from
// the hash of its fields wraps ErrFileHashMismatch.
func ParseFile(name string, b []byte) (*TxFile, error) {
	fail := func(format string, a ...any) error {
		return fmt.Errorf("%s: %w: %s", name, ErrNotSafeTx, fmt.Sprintf(format, a...))
	}
	b = bytes.TrimPrefix(b, []byte("\xef\xbb\xbf"))
	trimmed := bytes.TrimSpace(b)
	if len(trimmed) == 0 {
		return nil, fail("the file is empty; want a Transaction Builder batch file or Safe Transaction Service transaction JSON")
	}
	if !json.Valid(trimmed) {
		var se *json.SyntaxError
		if err := json.Unmarshal(trimmed, new(any)); errors.As(err, &se) {
			line := 1 + bytes.Count(trimmed[:min(int(se.Offset), len(trimmed))], []byte("\n"))
			return nil, fail("not JSON (line %d: %v); want a Transaction Builder batch file or Safe Transaction Service transaction JSON", line, se)
		}
		return nil, fail("not JSON; want a Transaction Builder batch file or Safe Transaction Service transaction JSON")
	}
	var f *TxFile
	var err error
	switch trimmed[0] {
	case '{':
		var obj map[string]json.RawMessage
		if err := json.Unmarshal(trimmed, &obj); err != nil {
			return nil, fail("%v", err)
		}
		_, hasTxs := obj["transactions"]
		_, hasMeta := obj["meta"]
		_, hasTo := obj["to"]
		_, hasSafe := obj["safe"]
		switch {
		case hasTxs || hasMeta:
			f, err = parseBatch(obj, trimmed)
		case hasTo || hasSafe:
			f = &TxFile{Format: FormatTxService}
			var tx chain.SafeTx
			var label string
			if tx, label, err = parseServiceTx(obj, "", 0, 0); err == nil {
				f.Txs, f.Labels = []chain.SafeTx{tx}, []string{label}
			}
		default:
			return nil, fail("the JSON object has none of the fields of a Transaction Builder batch file (meta, transactions) or of a Safe Transaction Service transaction (safe, to, value, data, operation, nonce, chainId)")
		}
	case '[':
		var list []json.RawMessage
		if err := json.Unmarshal(trimmed, &list); err != nil {
			return nil, fail("%v", err)
		}
		if len(list) == 0 {
			return nil, fail("an empty JSON array; want Safe Transaction Service transactions in it")
		}
		f = &TxFile{Format: FormatTxService}
		for i, raw := range list {
			var obj map[string]json.RawMessage
			if json.Unmarshal(raw, &obj) != nil {
				return nil, fail("element %d of the array is not a JSON object; want a Safe Transaction Service transaction", i+1)
			}
			tx, label, perr := parseServiceTx(obj, fmt.Sprintf("[%d].", i), i+1, len(list))
			if perr != nil {
				err = perr
				break
			}
			f.Txs, f.Labels = append(f.Txs, tx), append(f.Labels, label)
		}
	default:
		return nil, fail("a JSON %s; want a JSON object, a Transaction Builder batch file or Safe Transaction Service transaction", jsonKind(trimmed[0]))
	}
	if err != nil {
		var fe *fieldError
		if errors.As(err, &fe) {
			return nil, fail("%s", fe.msg)
		}
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return f, nil
}

func jsonKind(c byte) string {
	switch {
	case c == '"':
		return "string"
	case c == 't' || c == 'f':
		return "boolean"
	case c == 'n':
		return "null"
	}
	return "number"
}

// fieldError is a field that is missing or malformed: its message names
// it, and ParseFile wraps it with the file's name and ErrNotSafeTx.
type fieldError struct{ msg string }

func (e *fieldError) Error() string { return e.msg }

func fieldErr(format string, a ...any) error { return &fieldError{msg: fmt.Sprintf(format, a...)} }

// parseBatch reads a Transaction Builder batch file with warroom's fields.
func parseBatch(obj map[string]json.RawMessage, raw []byte) (*TxFile, error) {
	f := &TxFile{Format: FormatTxBuilder}
	chainID, err := uintField(obj, "chainId", "", true)
	if err != nil {
		return nil, err
	}
	if !chainID.IsUint64() || chainID.Sign() == 0 {
		return nil, fieldErr(`field "chainId" %s is not a chain id; want the chain the Safe is on, e.g. "1"`, chainID)
	}
	var meta map[string]json.RawMessage
	if m, ok := obj["meta"]; !ok || json.Unmarshal(m, &meta) != nil || meta == nil {
		return nil, fieldErr(`field "meta" is missing or not a JSON object; a Transaction Builder batch file has meta with createdFromSafeAddress`)
	}
	if f.Name, err = stringField(meta, "name", "meta.", false); err != nil {
		return nil, err
	}
	if f.Description, err = stringField(meta, "description", "meta.", false); err != nil {
		return nil, err
	}
	if f.Checksum, err = stringField(meta, "checksum", "meta.", false); err != nil {
		return nil, err
	}
	safeAddr, err := addressField(meta, "createdFromSafeAddress", "meta.", true)
	if err != nil {
		return nil, err
	}
	if safeAddr == (common.Address{}) {
		return nil, fieldErr(`field "meta.createdFromSafeAddress" is empty; want the address of the Safe the batch is for`)
	}
	var txs []map[string]json.RawMessage
	if t, ok := obj["transactions"]; !ok || json.Unmarshal(t, &txs) != nil {
		return nil, fieldErr(`field "transactions" is missing or not an array of JSON objects`)
	}
	if len(txs) == 0 {
		return nil, fieldErr(`field "transactions" is empty; want at least one transaction`)
	}
	for i, t := range txs {
		where := fmt.Sprintf("transactions[%d].", i)
		if t == nil {
			return nil, fieldErr("field %q is not a JSON object", strings.TrimSuffix(where, "."))
		}
		tx := chain.SafeTx{Safe: safeAddr, ChainID: chainID.Uint64()}
		if tx.To, err = addressField(t, "to", where, true); err != nil {
			return nil, err
		}
		if v, ok := t["value"]; ok && len(v) > 0 && v[0] != '"' {
			return nil, fieldErr(`field "%svalue" is not a string; a batch file carries amounts as decimal strings, as the Transaction Builder requires`, where)
		}
		if tx.Value, err = uintField(t, "value", where, true); err != nil {
			return nil, err
		}
		if tx.Data, err = dataField(t, "data", where); err != nil {
			return nil, err
		}
		ex, ok := t[extraKey]
		var extra map[string]json.RawMessage
		if !ok || json.Unmarshal(ex, &extra) != nil || extra == nil {
			return nil, fieldErr(`transaction %d has no %q fields (nonce, operation, gas, safeTxHash): a batch file made by the Transaction Builder does not say the Safe nonce; check it with warroom verify --safe --chain-id --to --data --nonce instead`, i+1, extraKey)
		}
		if tx.Data == "" {
			return nil, fieldErr(`field "%sdata" is missing or null; warroom reads batch transactions given as raw data, not as contractMethod and contractInputsValues`, where)
		}
		label, expected, err := parseSafeFields(&tx, extra, where+extraKey+".")
		if err != nil {
			return nil, err
		}
		if err := finish(&tx, expected, i+1, len(txs), label); err != nil {
			return nil, err
		}
		f.Txs, f.Labels = append(f.Txs, tx), append(f.Labels, label)
	}
	if f.Checksum != "" {
		var generic map[string]any
		if doc, err := decodeGeneric(raw); err == nil {
			generic, _ = doc.(map[string]any)
		}
		if sum, err := checksumOf(generic); err == nil {
			f.ChecksumOK = sum == f.Checksum
		}
	}
	return f, nil
}

// parseServiceTx reads one Safe Transaction Service transaction.
// where prefixes field names in errors; i of n is its place in an array
// (0 of 0 alone).
func parseServiceTx(obj map[string]json.RawMessage, where string, i, n int) (chain.SafeTx, string, error) {
	var tx chain.SafeTx
	var err error
	if tx.Safe, err = addressField(obj, "safe", where, true); err != nil {
		return tx, "", err
	}
	chainID, err := uintField(obj, "chainId", where, true)
	if err != nil {
		return tx, "", err
	}
	if !chainID.IsUint64() || chainID.Sign() == 0 {
		return tx, "", fieldErr(`field "%schainId" %s is not a chain id; want the chain the Safe is on, e.g. "1"`, where, chainID)
	}
	tx.ChainID = chainID.Uint64()
	if tx.To, err = addressField(obj, "to", where, true); err != nil {
		return tx, "", err
	}
	if tx.Value, err = uintField(obj, "value", where, true); err != nil {
		return tx, "", err
	}
	if tx.Data, err = dataField(obj, "data", where); err != nil {
		return tx, "", err
	}
	label, expected, err := parseSafeFields(&tx, obj, where)
	if err != nil {
		return tx, "", err
	}
	if expected == (common.Hash{}) {
		// The service's POST body calls it contractTransactionHash.
		if expected, err = hashField(obj, "contractTransactionHash", where); err != nil {
			return tx, "", err
		}
	}
	return tx, label, finish(&tx, expected, i, n, label)
}

// parseSafeFields reads operation, nonce, the gas fields, a label and
// the expected safeTxHash from obj.
func parseSafeFields(tx *chain.SafeTx, obj map[string]json.RawMessage, where string) (label string, expected common.Hash, err error) {
	op, err := uintField(obj, "operation", where, true)
	if err != nil {
		return "", common.Hash{}, err
	}
	if op.Cmp(big.NewInt(1)) > 0 {
		return "", common.Hash{}, fieldErr(`field "%soperation" is %s; want 0 (call) or 1 (delegatecall)`, where, op)
	}
	tx.Operation = chain.SafeOperation(op.Uint64())
	nonce, err := uintField(obj, "nonce", where, true)
	if err != nil {
		return "", common.Hash{}, err
	}
	if !nonce.IsUint64() {
		return "", common.Hash{}, fieldErr(`field "%snonce" %s is beyond any nonce a Safe reaches`, where, nonce)
	}
	tx.Nonce = nonce.Uint64()
	for _, g := range []struct {
		name string
		dst  **big.Int
	}{{"safeTxGas", &tx.SafeTxGas}, {"baseGas", &tx.BaseGas}, {"gasPrice", &tx.GasPrice}} {
		if *g.dst, err = uintField(obj, g.name, where, false); err != nil {
			return "", common.Hash{}, err
		}
	}
	if tx.GasToken, err = addressField(obj, "gasToken", where, false); err != nil {
		return "", common.Hash{}, err
	}
	if tx.RefundReceiver, err = addressField(obj, "refundReceiver", where, false); err != nil {
		return "", common.Hash{}, err
	}
	if label, err = stringField(obj, "label", where, false); err != nil {
		return "", common.Hash{}, err
	}
	expected, err = hashField(obj, "safeTxHash", where)
	return label, expected, err
}

// finish fills tx's hashes and compares them with the file's.
func finish(tx *chain.SafeTx, expected common.Hash, i, n int, label string) error {
	if err := Fill(tx); err != nil {
		return fieldErr("%v", err)
	}
	if expected == (common.Hash{}) || expected == tx.SafeTxHash {
		return nil
	}
	which := "the transaction"
	if n > 1 || i > 1 {
		which = fmt.Sprintf("transaction %d", i)
	}
	if label != "" {
		which += " (" + label + ")"
	}
	return fmt.Errorf("%s says safeTxHash %s, its fields (Safe %s, chain %d, nonce %d) hash to %s: it was edited, or made for another Safe, chain or nonce: %w",
		which, expected.Hex(), tx.Safe.Hex(), tx.ChainID, tx.Nonce, tx.SafeTxHash.Hex(), ErrFileHashMismatch)
}

// present is a field that is there and not null.
func present(obj map[string]json.RawMessage, key string) (json.RawMessage, bool) {
	v, ok := obj[key]
	if !ok || string(bytes.TrimSpace(v)) == "null" {
		return nil, false
	}
	return v, true
}

func stringField(obj map[string]json.RawMessage, key, where string, required bool) (string, error) {
	v, ok := present(obj, key)
	if !ok {
		if required {
			return "", fieldErr("field %q is missing", where+key)
		}
		return "", nil
	}
	var s string
	if json.Unmarshal(v, &s) != nil {
		return "", fieldErr("field %q is not a string", where+key)
	}
	return s, nil
}

// uintField reads a uint256 given as a decimal string or a JSON number;
// missing or null is zero unless required.
func uintField(obj map[string]json.RawMessage, key, where string, required bool) (*big.Int, error) {
	v, ok := present(obj, key)
	if !ok {
		if required {
			return nil, fieldErr("field %q is missing; want a decimal number", where+key)
		}
		return new(big.Int), nil
	}
	text := string(bytes.TrimSpace(v))
	if strings.HasPrefix(text, `"`) {
		if json.Unmarshal(v, &text) != nil {
			return nil, fieldErr("field %q is not a string or a number", where+key)
		}
	}
	n, ok := new(big.Int).SetString(text, 10)
	if !ok || n.Sign() < 0 || n.BitLen() > 256 || strings.HasPrefix(text, "+") {
		return nil, fieldErr("field %q is %s; want a whole decimal number from 0 to 2^256-1, as a string or a number", where+key, short(text))
	}
	return n, nil
}

func addressField(obj map[string]json.RawMessage, key, where string, required bool) (common.Address, error) {
	s, err := stringField(obj, key, where, required)
	if err != nil {
		return common.Address{}, err
	}
	if s == "" {
		if required {
			return common.Address{}, fieldErr("field %q is empty; want a 0x-prefixed address", where+key)
		}
		return common.Address{}, nil
	}
	a, err := ParseAddress(s)
	if err != nil {
		return common.Address{}, fieldErr("field %q: %v", where+key, err)
	}
	return a, nil
}

func hashField(obj map[string]json.RawMessage, key, where string) (common.Hash, error) {
	s, err := stringField(obj, key, where, false)
	if err != nil || s == "" {
		return common.Hash{}, err
	}
	b, err := hexutil.Decode(s)
	if err != nil || len(b) != 32 {
		return common.Hash{}, fieldErr("field %q is %q; want a 0x-prefixed 32-byte hash", where+key, short(s))
	}
	return common.BytesToHash(b), nil
}

// dataField reads calldata: 0x-prefixed hex; missing or null is "".
func dataField(obj map[string]json.RawMessage, key, where string) (string, error) {
	s, err := stringField(obj, key, where, false)
	if err != nil || s == "" {
		return s, err
	}
	if s == "0x" || s == "0X" {
		return "0x", nil
	}
	if _, err := hexutil.Decode(s); err != nil {
		return "", fieldErr("field %q is not 0x-prefixed hex calldata (%v)", where+key, err)
	}
	return strings.ToLower(s), nil
}

// ParseAddress reads a 0x-prefixed address of 40 hex digits. Mixed case
// must be its EIP-55 checksum, so a mistyped digit is caught; all lower or
// all upper case is taken as it is.
func ParseAddress(s string) (common.Address, error) {
	if !strings.HasPrefix(s, "0x") && !strings.HasPrefix(s, "0X") || len(s) != 42 {
		return common.Address{}, fmt.Errorf("%q is not an address; want 0x followed by 40 hex digits", short(s))
	}
	b, err := hexutil.Decode("0x" + s[2:])
	if err != nil {
		return common.Address{}, fmt.Errorf("%q is not an address; want 0x followed by 40 hex digits", short(s))
	}
	a := common.BytesToAddress(b)
	digits := s[2:]
	if digits != strings.ToLower(digits) && digits != strings.ToUpper(digits) && a.Hex() != s {
		return common.Address{}, fmt.Errorf("%s fails its EIP-55 checksum (a mistyped digit?); the checksummed form of these digits is %s", s, a.Hex())
	}
	return a, nil
}
