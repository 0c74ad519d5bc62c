package safe_test

import (
	"math/big"
	"slices"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"warroom/chain"
	"warroom/chain/contracts"
	"warroom/chain/safe"
)

func TestWarnings(t *testing.T) {
	s := common.HexToAddress("0x5afe00000000000000000000000000000000cafe")
	evil := common.HexToAddress("0xbadbadbadbadbadbadbadbadbadbadbadbadbad0")
	newOwner := common.HexToAddress("0x00000000000000000000000000000000000000a1")
	oldOwner := common.HexToAddress("0x00000000000000000000000000000000000000b2")
	module := common.HexToAddress("0x00000000000000000000000000000000000000c3")
	drillMultiSend := common.HexToAddress("0x00000000000000000000000000000000000d5e1d")
	multiSend141 := common.HexToAddress("0x38869bf66a61cF6bDB996A6aE40D5853Fd43B526")
	callOnly141 := common.HexToAddress("0x9641d764fc13c8B624c04430C7356C1C7C8102e2")
	safeABI := contracts.NewSafe()
	hx := hexutil.Encode

	state := &chain.SafeState{Address: s, Owners: []common.Address{oldOwner, newOwner, module}, Threshold: 2, Nonce: 10}
	base := func(mod func(*chain.SafeTx)) chain.SafeTx {
		tx := chain.SafeTx{Safe: s, ChainID: 1, To: vitalik, Value: big.NewInt(1), Data: "0x", Nonce: 10}
		if mod != nil {
			mod(&tx)
		}
		return tx
	}
	self := func(data []byte) func(*chain.SafeTx) {
		return func(tx *chain.SafeTx) { tx.To, tx.Data = s, hx(data) }
	}
	batch := func(lib common.Address, txs ...chain.SafeTx) func(*chain.SafeTx) {
		data, err := safe.MultiSendData(txs)
		if err != nil {
			t.Fatal(err)
		}
		return func(tx *chain.SafeTx) { tx.To, tx.Data, tx.Operation = lib, hx(data), chain.SafeDelegateCall }
	}
	setModuleGuard := append(common.FromHex("0xe068df37"), common.LeftPadBytes(evil[:], 32)...) // Safe 1.5's, not in the 1.4.1 ABI
	queued := base(func(tx *chain.SafeTx) { tx.Value = big.NewInt(2) })

	for _, c := range []struct {
		name  string
		tx    chain.SafeTx
		known safe.Known
		codes []string
		says  []string
	}{
		{"a plain transfer", base(nil), safe.Known{State: state}, nil, nil},
		{"delegatecall to an unknown contract", base(func(tx *chain.SafeTx) { tx.To, tx.Operation = evil, chain.SafeDelegateCall }), safe.Known{},
			[]string{safe.WarnDelegateCall}, []string{"delegatecall to " + evil.Hex(), "runs as the Safe itself"}},
		{"delegatecall to the canonical MultiSendCallOnly 1.3.0", base(batch(multiSend, chain.SafeTx{To: vitalik, Value: big.NewInt(5)})), safe.Known{}, nil, nil},
		{"delegatecall to the drill's MultiSendCallOnly, unknown", base(batch(drillMultiSend, chain.SafeTx{To: vitalik})), safe.Known{},
			[]string{safe.WarnDelegateCall}, []string{drillMultiSend.Hex()}},
		{"delegatecall to the drill's MultiSendCallOnly, made known", base(batch(drillMultiSend, chain.SafeTx{To: vitalik})),
			safe.Known{Libraries: []safe.Library{{Address: drillMultiSend, Name: "drill MultiSendCallOnly", Kind: safe.KindMultiSendCallOnly}}}, nil, nil},
		{"addOwnerWithThreshold", base(self(safeABI.PackAddOwnerWithThreshold(newOwner, big.NewInt(3)))), safe.Known{State: state},
			[]string{safe.WarnOwnerChange}, []string{"addOwnerWithThreshold", "adds owner " + newOwner.Hex() + " and sets the threshold to 3 (now 2 of 3)"}},
		{"removeOwner", base(self(safeABI.PackRemoveOwner(newOwner, oldOwner, big.NewInt(1)))), safe.Known{},
			[]string{safe.WarnOwnerChange}, []string{"removes owner " + oldOwner.Hex() + " and sets the threshold to 1"}},
		{"swapOwner", base(self(safeABI.PackSwapOwner(common.BytesToAddress([]byte{1}), oldOwner, evil))), safe.Known{},
			[]string{safe.WarnOwnerChange}, []string{"replaces owner " + oldOwner.Hex() + " with " + evil.Hex()}},
		{"changeThreshold", base(self(safeABI.PackChangeThreshold(big.NewInt(1)))), safe.Known{},
			[]string{safe.WarnThresholdChange}, []string{"changes the threshold to 1"}},
		{"enableModule", base(self(safeABI.PackEnableModule(module))), safe.Known{},
			[]string{safe.WarnModuleChange}, []string{"enables module " + module.Hex(), "without the owners' signatures"}},
		{"disableModule", base(self(safeABI.PackDisableModule(common.BytesToAddress([]byte{1}), module))), safe.Known{},
			[]string{safe.WarnModuleChange}, []string{"disables module " + module.Hex()}},
		{"setGuard", base(self(safeABI.PackSetGuard(evil))), safe.Known{},
			[]string{safe.WarnGuardChange}, []string{"sets the transaction guard to " + evil.Hex()}},
		{"setGuard(0)", base(self(safeABI.PackSetGuard(common.Address{}))), safe.Known{},
			[]string{safe.WarnGuardChange}, []string{"removes the transaction guard"}},
		{"setModuleGuard", base(self(setModuleGuard)), safe.Known{},
			[]string{safe.WarnGuardChange}, []string{"sets the module guard to " + evil.Hex()}},
		{"setFallbackHandler", base(self(safeABI.PackSetFallbackHandler(evil))), safe.Known{},
			[]string{safe.WarnFallbackHandlerChange}, []string{"sets the fallback handler to " + evil.Hex()}},
		{"a self call that changes nothing", base(self(safeABI.PackApproveHash(common.Hash{1}))), safe.Known{}, nil, nil},
		{"owner change hidden in a MultiSend batch",
			base(batch(multiSend141, chain.SafeTx{To: vitalik, Value: big.NewInt(1)}, chain.SafeTx{To: s, Data: hx(safeABI.PackAddOwnerWithThreshold(evil, big.NewInt(1)))})),
			safe.Known{}, []string{safe.WarnOwnerChange},
			[]string{"MultiSend 1.4.1 transaction 2 of 2: the Safe calls its own addOwnerWithThreshold: it adds owner " + evil.Hex()}},
		{"a zero target in a batch is the Safe itself",
			base(batch(callOnly141, chain.SafeTx{Data: hx(safeABI.PackChangeThreshold(big.NewInt(1)))})),
			safe.Known{}, []string{safe.WarnThresholdChange}, []string{"MultiSendCallOnly 1.4.1 transaction 1 of 1"}},
		{"delegatecall inside a batch, and a batch inside it",
			base(batch(multiSend141,
				chain.SafeTx{To: evil, Operation: chain.SafeDelegateCall},
				chain.SafeTx{To: multiSend141, Operation: chain.SafeDelegateCall, Data: func() string {
					d, _ := safe.MultiSendData([]chain.SafeTx{{To: s, Data: hx(safeABI.PackEnableModule(module))}})
					return hx(d)
				}()})),
			safe.Known{}, []string{safe.WarnDelegateCall, safe.WarnModuleChange},
			[]string{"MultiSend 1.4.1 transaction 1 of 2: delegatecall to " + evil.Hex(),
				"MultiSend 1.4.1 transaction 2 of 2, MultiSend 1.4.1 transaction 1 of 1: the Safe calls its own enableModule"}},
		{"a batch that does not decode", base(func(tx *chain.SafeTx) {
			tx.To, tx.Operation, tx.Data = multiSend141, chain.SafeDelegateCall, hx(append(common.FromHex("0x8d80ff0a"), make([]byte, 16)...))
		}), safe.Known{}, []string{safe.WarnBatchUndecoded}, []string{"cannot be decoded"}},
		{"gas token and refund receiver with a gas price", base(func(tx *chain.SafeTx) {
			tx.GasPrice, tx.GasToken, tx.RefundReceiver, tx.BaseGas = big.NewInt(50), weth, evil, big.NewInt(100_000)
		}), safe.Known{}, []string{safe.WarnHiddenPayment},
			[]string{"gas price 50 with a gas token and a refund receiver", "in token " + weth.Hex() + " to " + evil.Hex()}},
		{"refund receiver alone with a gas price", base(func(tx *chain.SafeTx) {
			tx.GasPrice, tx.RefundReceiver = big.NewInt(1), evil
		}), safe.Known{}, []string{safe.WarnHiddenPayment}, []string{"in ether to " + evil.Hex()}},
		{"gas price alone", base(func(tx *chain.SafeTx) { tx.GasPrice = gwei(30) }), safe.Known{},
			[]string{safe.WarnGasRefund}, []string{"whoever sends execTransaction"}},
		{"gas token with no gas price", base(func(tx *chain.SafeTx) { tx.GasToken = weth }), safe.Known{},
			[]string{safe.WarnRefundSettings}, []string{"a gas token set with gas price 0"}},
		{"nonce already used", base(func(tx *chain.SafeTx) { tx.Nonce = 9 }), safe.Known{State: state},
			[]string{safe.WarnNonceNotNext}, []string{"nonce 9 is already used (the Safe's next nonce is 10)"}},
		{"nonce ahead", base(func(tx *chain.SafeTx) { tx.Nonce = 12 }), safe.Known{State: state},
			[]string{safe.WarnNonceNotNext}, []string{"nonces 10 to 11 must execute first"}},
		{"another transaction queued at the same nonce", base(nil), safe.Known{State: state, Queued: []chain.SafeTx{base(nil), queued}},
			[]string{safe.WarnNonceQueued}, []string{"has nonce 10 too"}},
		{"the queue holds only the transaction itself and other nonces", base(nil),
			safe.Known{Queued: []chain.SafeTx{base(nil), base(func(tx *chain.SafeTx) { tx.Nonce = 11; tx.Value = big.NewInt(2) })}}, nil, nil},
		{"Bybit's shape: delegatecall to an unknown contract with a transfer-looking call, plus a hidden payment",
			base(func(tx *chain.SafeTx) {
				tx.To, tx.Operation, tx.Data = evil, chain.SafeDelegateCall,
					"0xa9059cbb000000000000000000000000bdd077f651ebe7f7b3ce16fe5f2b025be29695160000000000000000000000000000000000000000000000000000000000000000"
				tx.GasPrice, tx.GasToken = big.NewInt(1), weth
			}), safe.Known{State: state}, []string{safe.WarnDelegateCall, safe.WarnHiddenPayment}, nil},
	} {
		tx := c.tx
		ws := safe.Warnings(&tx, c.known)
		var codes []string
		all := ""
		for _, w := range ws {
			codes = append(codes, w.Code)
			all += w.Message + "\n"
			if w.Message == "" {
				t.Errorf("%s: warning %s without a sentence", c.name, w.Code)
			}
		}
		if !slices.Equal(codes, c.codes) {
			t.Errorf("%s: codes %v, want %v\n%s", c.name, codes, c.codes, all)
		}
		for _, s := range c.says {
			if !strings.Contains(all, s) {
				t.Errorf("%s: warnings do not say %q:\n%s", c.name, s, all)
			}
		}
	}
}

func TestCanonicalLibraries(t *testing.T) {
	libs := safe.CanonicalLibraries()
	seen := map[common.Address]bool{}
	kinds := map[safe.LibraryKind]int{}
	for _, l := range libs {
		if seen[l.Address] || l.Address == (common.Address{}) {
			t.Errorf("library %s listed twice or zero", l.Address.Hex())
		}
		seen[l.Address] = true
		kinds[l.Kind]++
	}
	for _, want := range []string{
		"0x40A2aCCbd92BCA938b02010E17A5b8929b49130D", // MultiSendCallOnly 1.3.0
		"0x9641d764fc13c8B624c04430C7356C1C7C8102e2", // MultiSendCallOnly 1.4.1
		"0xA238CBeb142c10Ef7Ad8442C6D1f9E89e07e7761", // MultiSend 1.3.0
		"0x38869bf66a61cF6bDB996A6aE40D5853Fd43B526", // MultiSend 1.4.1
	} {
		if !seen[common.HexToAddress(want)] {
			t.Errorf("%s is not among the canonical libraries", want)
		}
	}
	if len(kinds) != 5 {
		t.Errorf("kinds %v", kinds)
	}
}
