package safe_test

import (
	"bytes"
	"context"
	"errors"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"warroom/chain"
	"warroom/chain/contracts"
	"warroom/chain/deploy"
	"warroom/chain/devchain"
	"warroom/chain/safe"
	"warroom/chain/tx"
)

// The type hashes as the Safe 1.4.1 source has them
// (DOMAIN_SEPARATOR_TYPEHASH, SAFE_TX_TYPEHASH), written out rather than
// derived.
var (
	domainTypeHash = common.HexToHash("0x47e79534a245952e8b16893a336b85a3d9ea9fa8c573f3d803afb92a79469218")
	safeTxTypeHash = common.HexToHash("0xbb8310d486368db6bd6f849402fdd73ad53d316b5a4b2644ad6efe0f941286d8")
)

// word is a 32-byte ABI word: b left-padded.
func word(b []byte) []byte { return common.LeftPadBytes(b, 32) }

func uword(x *big.Int) []byte {
	if x == nil {
		return make([]byte, 32)
	}
	return word(x.Bytes())
}

// handDomain is keccak256(abi.encode(DOMAIN_SEPARATOR_TYPEHASH, chainId,
// safe)), written out by hand: the Safe's domainSeparator().
func handDomain(chainID uint64, safeAddr common.Address) common.Hash {
	return crypto.Keccak256Hash(domainTypeHash[:], word(new(big.Int).SetUint64(chainID).Bytes()), word(safeAddr[:]))
}

// handMessage is keccak256(abi.encode(SAFE_TX_TYPEHASH, to, value,
// keccak256(data), operation, safeTxGas, baseGas, gasPrice, gasToken,
// refundReceiver, nonce)), as Safe.encodeTransactionData builds it.
func handMessage(t *testing.T, s *chain.SafeTx) common.Hash {
	t.Helper()
	data := common.FromHex(s.Data)
	return crypto.Keccak256Hash(safeTxTypeHash[:], word(s.To[:]), uword(s.Value), crypto.Keccak256(data),
		word([]byte{byte(s.Operation)}), uword(s.SafeTxGas), uword(s.BaseGas), uword(s.GasPrice),
		word(s.GasToken[:]), word(s.RefundReceiver[:]), word(new(big.Int).SetUint64(s.Nonce).Bytes()))
}

func handSafeTxHash(domain, message common.Hash) common.Hash {
	return crypto.Keccak256Hash([]byte{0x19, 0x01}, domain[:], message[:])
}

func TestTypeHashes(t *testing.T) {
	if got := crypto.Keccak256Hash([]byte(safe.DomainType)); got != domainTypeHash {
		t.Errorf("keccak(DomainType) %s, want the Safe's DOMAIN_SEPARATOR_TYPEHASH %s", got.Hex(), domainTypeHash.Hex())
	}
	if got := crypto.Keccak256Hash([]byte(safe.SafeTxType)); got != safeTxTypeHash {
		t.Errorf("keccak(SafeTxType) %s, want the Safe's SAFE_TX_TYPEHASH %s", got.Hex(), safeTxTypeHash.Hex())
	}
	// apitypes derives the same type strings from the typed data we give it.
	td, err := safe.TypedData(&chain.SafeTx{Safe: common.Address{1}, ChainID: 1})
	if err != nil {
		t.Fatal(err)
	}
	if got := string(td.EncodeType("SafeTx")); got != safe.SafeTxType {
		t.Errorf("EncodeType(SafeTx) %q", got)
	}
	if got := string(td.EncodeType("EIP712Domain")); got != safe.DomainType {
		t.Errorf("EncodeType(EIP712Domain) %q", got)
	}
}

func gwei(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), big.NewInt(1e9)) }

func ether(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), big.NewInt(1e18)) }

var (
	weth      = common.HexToAddress("0xC02aaA39b223FE8D0A0e5C4F27eAD9083C756Cc2")
	vitalik   = common.HexToAddress("0xd8dA6BF26964aF9D7eEd9e03E53415D37aA96045")
	multiSend = common.HexToAddress("0x40A2aCCbd92BCA938b02010E17A5b8929b49130D") // MultiSendCallOnly 1.3.0
)

// longData is n bytes of calldata that is not all one byte.
func longData(n int) string {
	b := make([]byte, n)
	for i := range b {
		b[i] = byte(i*7 + 3)
	}
	return hexutil.Encode(b)
}

// vectors are varied Safe transactions: every field away from its zero
// value somewhere, both operations, several chains.
func vectors() []struct {
	name string
	tx   chain.SafeTx
} {
	maxU256 := new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1))
	erc20Transfer := "0xa9059cbb000000000000000000000000d8da6bf26964af9d7eed9e03e53415d37aa960450000000000000000000000000000000000000000000000000de0b6b3a7640000"
	addOwner := "0x0d582f130000000000000000000000000c75fa5a5f1c0997e3eea425cfa13184ed0ec9e50000000000000000000000000000000000000000000000000000000000000003"
	return []struct {
		name string
		tx   chain.SafeTx
	}{
		{"ether transfer on mainnet", chain.SafeTx{Safe: common.HexToAddress("0x8FA3b4570B4C96f8036C13b64971BA65867eEB48"), ChainID: 1,
			To: vitalik, Value: ether(1), Data: "0x", Nonce: 39}},
		{"erc20 transfer on mainnet", chain.SafeTx{Safe: common.HexToAddress("0x5EA1d9A6dDC3A0329378a327746D71A2019eC332"), ChainID: 1,
			To: weth, Data: erc20Transfer, Nonce: 6}},
		{"long data on optimism", chain.SafeTx{Safe: common.HexToAddress("0x2501c477D0A35545a387Aa4A3EEe4292A9a8B3F0"), ChainID: 10,
			To: common.HexToAddress("0x4200000000000000000000000000000000000010"), Data: longData(1500), Nonce: 7}},
		{"delegatecall to MultiSendCallOnly on base", chain.SafeTx{Safe: common.HexToAddress("0x9855054731540A48b28990B63DcF4f33d8AE46A1"), ChainID: 8453,
			To: multiSend, Data: longData(197), Operation: chain.SafeDelegateCall, Nonce: 12}},
		{"gas token and refund receiver with a gas price on arbitrum", chain.SafeTx{Safe: common.HexToAddress("0x111CEEee040739fD91D29C34C33E6B3E112F2177"), ChainID: 42161,
			To: vitalik, Value: big.NewInt(1000), Data: addOwner, SafeTxGas: big.NewInt(250_000), BaseGas: big.NewInt(48_000),
			GasPrice: big.NewInt(50), GasToken: weth, RefundReceiver: vitalik, Nonce: 234}},
		{"the largest value on arbitrum", chain.SafeTx{Safe: common.HexToAddress("0x0c75Fa5a5F1C0997e3eEA425cFA13184ed0eC9e5"), ChainID: 42161,
			To: vitalik, Value: maxU256, Data: "0x", Nonce: 1}},
		{"the largest nonce on the dev chain", chain.SafeTx{ChainID: devchain.ChainID,
			To: vitalik, Value: big.NewInt(1), Data: "0x", Nonce: ^uint64(0)}},
		{"a nonce past 2^40, data as an empty string", chain.SafeTx{ChainID: devchain.ChainID,
			To: weth, Data: "", Nonce: 1 << 40}},
		{"refund in ether to a receiver", chain.SafeTx{ChainID: devchain.ChainID,
			To: weth, Data: erc20Transfer, BaseGas: big.NewInt(21_000), GasPrice: gwei(30), RefundReceiver: vitalik, Nonce: 3}},
		{"calldata that is not a whole number of words on polygon", chain.SafeTx{Safe: common.HexToAddress("0x3C1Cb7D4c0ce0dc72eDc7Ea06acC866e62a8f1d8"), ChainID: 137,
			To: vitalik, Data: "0xdeadbeef01", Nonce: 0}},
		{"self call adding an owner on sepolia", chain.SafeTx{Safe: common.HexToAddress("0x657ff0D4eC65D82b2bC1247b0a558bcd2f80A0f1"), ChainID: 11155111,
			To: common.HexToAddress("0x657ff0D4eC65D82b2bC1247b0a558bcd2f80A0f1"), Data: addOwner, Nonce: 88}},
		{"delegatecall with value and every gas field on mainnet", chain.SafeTx{Safe: common.HexToAddress("0xcAD001c30E96765aC90307669d578219D4fb1DCe"), ChainID: 1,
			To: vitalik, Value: gwei(5), Data: longData(64), Operation: chain.SafeDelegateCall, SafeTxGas: big.NewInt(1),
			BaseGas: big.NewInt(2), GasPrice: big.NewInt(3), GasToken: weth, RefundReceiver: weth, Nonce: 1_000_000}},
		{"a call to the zero address on base", chain.SafeTx{Safe: common.HexToAddress("0x9855054731540A48b28990B63DcF4f33d8AE46A1"), ChainID: 8453,
			Data: "0x00", Nonce: 13}},
		{"one word of data on the dev chain", chain.SafeTx{ChainID: devchain.ChainID,
			To: multiSend, Data: longData(32), Operation: chain.SafeDelegateCall, Nonce: 2}},
	}
}

// TestPublishedVectors checks two transactions whose hashes were computed
// and published by an independent verifier, safe-tx-hashes-util (README,
// "Safe Transaction Hashes" and "Interactive Mode", a Safe 1.3.0 on
// Arbitrum), against both the code and the hand encoding above.
func TestPublishedVectors(t *testing.T) {
	safeAddr := common.HexToAddress("0x111CEEee040739fD91D29C34C33E6B3E112F2177")
	data := "0x0d582f130000000000000000000000000c75fa5a5f1c0997e3eea425cfa13184ed0ec9e50000000000000000000000000000000000000000000000000000000000000003"
	domain := common.HexToHash("0x1CF7F9B1EFE3BC47FE02FD27C649FEA19E79D66040683A1C86C7490C80BF7291")
	for _, v := range []struct {
		name            string
		tx              chain.SafeTx
		message, safeTx common.Hash
	}{
		{"addOwnerWithThreshold", chain.SafeTx{Safe: safeAddr, ChainID: 42161, To: safeAddr, Data: data, Nonce: 234},
			common.HexToHash("0xD9109EA63C50ECD3B80B6B27ED5C5A9FD3D546C2169DFB69BFA7BA24CD14C7A5"),
			common.HexToHash("0x0cb7250b8becd7069223c54e2839feaed4cee156363fbfe5dd0a48e75c4e25b3")},
		{"delegatecall with value, gas token, refund receiver and gas price",
			chain.SafeTx{Safe: safeAddr, ChainID: 42161, To: safeAddr, Value: big.NewInt(1000), Data: data, Operation: chain.SafeDelegateCall,
				GasPrice: big.NewInt(50), GasToken: weth, RefundReceiver: vitalik, Nonce: 234},
			common.HexToHash("0xC7E826933DA60E6AC3E2246ED0563A26A920A65BEAA9089D784AC96234141BB3"),
			common.HexToHash("0xc818fceb1cace51c1a4039c4c66fc73d95eccc298104c9c52debac604b9f4e04")},
	} {
		if d, m := handDomain(v.tx.ChainID, v.tx.Safe), handMessage(t, &v.tx); d != domain || m != v.message || handSafeTxHash(d, m) != v.safeTx {
			t.Fatalf("%s: the hand encoding disagrees with the published hashes: %s %s", v.name, d.Hex(), m.Hex())
		}
		tx := v.tx
		if err := safe.Fill(&tx); err != nil {
			t.Fatal(err)
		}
		if tx.DomainHash != domain || tx.MessageHash != v.message || tx.SafeTxHash != v.safeTx {
			t.Errorf("%s: domain %s message %s safeTxHash %s; want %s %s %s", v.name,
				tx.DomainHash.Hex(), tx.MessageHash.Hex(), tx.SafeTxHash.Hex(), domain.Hex(), v.message.Hex(), v.safeTx.Hex())
		}
	}
}

// TestVectors checks each vector's hashes against the hand encoding, and
// hashes that were computed with a third implementation (ethers 5's
// _TypedDataEncoder, in node) and written down.
func TestVectors(t *testing.T) {
	devSafe := common.HexToAddress("0x00000000000000000000000000000000000005af")
	external := map[string]common.Hash{
		"long data on optimism":                                  common.HexToHash("0x1c4a9198595a6aa8c66f7a0ada6ed396fba74646aeb91af554c5c6b9f5ecd053"),
		"delegatecall with value and every gas field on mainnet": common.HexToHash("0xd6e4ae864a56622fc1c2e13ed44b28c1b0812e0e15b44f4baf615bfc612a08e8"),
	}
	for _, v := range vectors() {
		tx := v.tx
		if tx.Safe == (common.Address{}) {
			tx.Safe = devSafe
		}
		h, err := safe.Hash(&tx)
		if err != nil {
			t.Fatalf("%s: %v", v.name, err)
		}
		wantD, wantM := handDomain(tx.ChainID, tx.Safe), handMessage(t, &tx)
		if h.Domain != wantD || h.Message != wantM || h.SafeTx != handSafeTxHash(wantD, wantM) {
			t.Errorf("%s: hashes %+v; by hand domain %s message %s", v.name, h, wantD.Hex(), wantM.Hex())
		}
		if want, ok := external[v.name]; ok && h.SafeTx != want {
			t.Errorf("%s: safeTxHash %s, ethers computed %s", v.name, h.SafeTx.Hex(), want.Hex())
		}
		delete(external, v.name)
	}
	if len(external) != 0 {
		t.Errorf("external vectors with no transaction: %v", external)
	}
}

func TestInvalidTransactions(t *testing.T) {
	s := common.HexToAddress("0x00000000000000000000000000000000000005af")
	wide := new(big.Int).Lsh(big.NewInt(1), 256)
	for _, c := range []struct {
		name, want string
		tx         chain.SafeTx
	}{
		{"no Safe", "no Safe address", chain.SafeTx{ChainID: 1}},
		{"no chain id", "chain id 0", chain.SafeTx{Safe: s}},
		{"operation 2", "operation 2", chain.SafeTx{Safe: s, ChainID: 1, Operation: 2}},
		{"data not hex", "want 0x-prefixed hex", chain.SafeTx{Safe: s, ChainID: 1, Data: "0xzz"}},
		{"data without 0x", "want 0x-prefixed hex", chain.SafeTx{Safe: s, ChainID: 1, Data: "abcd"}},
		{"odd-length data", "want 0x-prefixed hex", chain.SafeTx{Safe: s, ChainID: 1, Data: "0xabc"}},
		{"negative value", "value -1", chain.SafeTx{Safe: s, ChainID: 1, Value: big.NewInt(-1)}},
		{"gas price wider than 256 bits", "gasPrice", chain.SafeTx{Safe: s, ChainID: 1, GasPrice: wide}},
		{"negative safeTxGas", "safeTxGas", chain.SafeTx{Safe: s, ChainID: 1, SafeTxGas: big.NewInt(-5)}},
	} {
		tx := c.tx
		err := safe.Fill(&tx)
		if !errors.Is(err, safe.ErrInvalidTx) || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: %v; want ErrInvalidTx saying %q", c.name, err, c.want)
		}
		if tx.SafeTxHash != (common.Hash{}) {
			t.Errorf("%s: hashes filled on error", c.name)
		}
		if _, err := safe.ExecTransactionData(&tx, nil); !errors.Is(err, safe.ErrInvalidTx) {
			t.Errorf("%s: ExecTransactionData: %v", c.name, err)
		}
	}
}

func TestNewCallAndExecTransactionData(t *testing.T) {
	s := common.HexToAddress("0x00000000000000000000000000000000000005af")
	data := common.FromHex("0xdeadbeef")
	tx, err := safe.NewCall(devchain.ChainID, s, weth, nil, data, 9)
	if err != nil {
		t.Fatal(err)
	}
	if tx.Value.Sign() != 0 || tx.Data != "0xdeadbeef" || tx.Operation != chain.SafeCall || tx.GasPrice.Sign() != 0 ||
		tx.SafeTxGas.Sign() != 0 || tx.BaseGas.Sign() != 0 || tx.GasToken != (common.Address{}) || tx.RefundReceiver != (common.Address{}) {
		t.Errorf("NewCall: %+v", tx)
	}
	if d, m := handDomain(tx.ChainID, s), handMessage(t, &tx); tx.SafeTxHash != handSafeTxHash(d, m) {
		t.Errorf("NewCall's hash %s", tx.SafeTxHash.Hex())
	}
	sigs := bytes.Repeat([]byte{0xab}, 130)
	exec, err := safe.ExecTransactionData(&tx, sigs)
	if err != nil {
		t.Fatal(err)
	}
	m, err := contracts.MustLoad(contracts.SafeName).ABI.MethodById(exec[:4])
	if err != nil || m.RawName != "execTransaction" {
		t.Fatalf("selector: %v %v", m, err)
	}
	args, err := m.Inputs.Unpack(exec[4:])
	if err != nil {
		t.Fatal(err)
	}
	if args[0].(common.Address) != weth || args[1].(*big.Int).Sign() != 0 || !bytes.Equal(args[2].([]byte), data) ||
		args[3].(uint8) != 0 || args[7].(common.Address) != (common.Address{}) || !bytes.Equal(args[9].([]byte), sigs) {
		t.Errorf("execTransaction arguments %v", args)
	}
}

// devSafe is a 2-of-3 Safe 1.4.1 deployed on a fresh embedded chain.
func devSafe(t *testing.T) (context.Context, chain.Client, common.Address) {
	t.Helper()
	deployer := tx.DrillSigner("safe test/deployer")
	emb, err := devchain.New(devchain.Config{Alloc: types.GenesisAlloc{deployer.Address(): {Balance: ether(1000)}}})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { emb.Close() })
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	t.Cleanup(cancel)
	c := emb.Client()
	var owners []common.Address
	for _, r := range []string{"owner-1", "owner-2", "owner-3"} {
		owners = append(owners, tx.DrillSigner("safe test/"+r).Address())
	}
	dep, err := deploy.Drill(ctx, c, emb, tx.NewAccount(c, deployer, big.NewInt(devchain.ChainID)), deploy.Config{
		Owners: owners, Threshold: 2, Guardian: deployer.Address(), MinDelay: 60,
	})
	if err != nil {
		t.Fatal(err)
	}
	return ctx, c, dep.Safe
}

// TestHashesMatchTheSafe puts every vector's fields to the deployed Safe
// 1.4.1 on the dev chain: its getTransactionHash must equal our
// safeTxHash, and its encodeTransactionData (0x19 0x01 domain message) our
// domain and message hashes. The vector's own chain and Safe are checked by
// hand in TestVectors.
func TestHashesMatchTheSafe(t *testing.T) {
	ctx, c, safeAddr := devSafe(t)
	s := contracts.NewSafe()
	for _, v := range vectors() {
		tx := v.tx
		tx.Safe, tx.ChainID = safeAddr, devchain.ChainID
		if err := safe.Verify(ctx, c, &tx); err != nil {
			t.Errorf("%s: %v", v.name, err)
			continue
		}
		data, _ := safe.Calldata(&tx)
		enc, err := contracts.Call(ctx, c, safeAddr, nil, s.PackEncodeTransactionData(tx.To, orZero(tx.Value), data, uint8(tx.Operation),
			orZero(tx.SafeTxGas), orZero(tx.BaseGas), orZero(tx.GasPrice), tx.GasToken, tx.RefundReceiver, new(big.Int).SetUint64(tx.Nonce)),
			s.UnpackEncodeTransactionData)
		if err != nil {
			t.Fatal(err)
		}
		if len(enc) != 66 || !bytes.Equal(enc[:2], []byte{0x19, 0x01}) || common.BytesToHash(enc[2:34]) != tx.DomainHash || common.BytesToHash(enc[34:]) != tx.MessageHash {
			t.Errorf("%s: encodeTransactionData %x; ours domain %s message %s", v.name, enc, tx.DomainHash.Hex(), tx.MessageHash.Hex())
		}
	}

	// The same Safe hashed for another chain: refused, naming both hashes
	// and the domain where they part.
	tx := vectors()[0].tx
	tx.Safe = safeAddr
	err := safe.Verify(ctx, c, &tx)
	if !errors.Is(err, safe.ErrHashMismatch) {
		t.Fatalf("a mainnet hash checked on the dev chain: %v", err)
	}
	onChain, err2 := safe.OnChainHash(ctx, c, &tx, nil)
	if err2 != nil {
		t.Fatal(err2)
	}
	for _, want := range []string{onChain.Hex(), tx.SafeTxHash.Hex(), "domain separator", safeAddr.Hex()} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("mismatch error %q does not say %s", err, want)
		}
	}

	n, err := safe.At(safeAddr).Nonce(ctx, c, nil)
	if err != nil || n != 0 {
		t.Errorf("nonce %d %v, want 0 on a fresh Safe", n, err)
	}
}

func orZero(x *big.Int) *big.Int {
	if x == nil {
		return new(big.Int)
	}
	return x
}
