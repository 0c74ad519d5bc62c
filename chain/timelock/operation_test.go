package timelock_test

import (
	"bytes"
	"errors"
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"

	"warroom/chain"
	"warroom/chain/contracts"
	"warroom/chain/detect"
	"warroom/chain/timelock"
)

var (
	proxyAddr    = common.HexToAddress("0x00000000000000000000000000000000000000a1")
	oldImpl      = common.HexToAddress("0x00000000000000000000000000000000000000a2")
	newImpl      = common.HexToAddress("0x00000000000000000000000000000000000000a3")
	safeAddr     = common.HexToAddress("0x00000000000000000000000000000000000005af")
	timelockAddr = common.HexToAddress("0x000000000000000000000000000000000000071c")
)

func word(b []byte) []byte { return common.LeftPadBytes(b, 32) }

func uword(n uint64) []byte { return word(new(big.Int).SetUint64(n).Bytes()) }

// padded is b right-padded to a whole number of words, as abi.encode lays
// out a bytes tail.
func padded(b []byte) []byte {
	return append(append([]byte{}, b...), make([]byte, (32-len(b)%32)%32)...)
}

// handOperationID is keccak256(abi.encode(target, value, data, predecessor,
// salt)) laid out by hand: five head words (data's is the offset of its
// tail, 5×32), then data's length and bytes.
func handOperationID(op timelock.Operation) common.Hash {
	v := op.Value
	if v == nil {
		v = new(big.Int)
	}
	enc := bytes.Join([][]byte{word(op.Target[:]), word(v.Bytes()), uword(5 * 32), op.Predecessor[:], op.Salt[:],
		uword(uint64(len(op.Data))), padded(op.Data)}, nil)
	return crypto.Keccak256Hash(enc)
}

func longBytes(n int) []byte {
	b := make([]byte, n)
	for i := range b {
		b[i] = byte(i*7 + 3)
	}
	return b
}

func TestOperationID(t *testing.T) {
	upgrade := common.FromHex("0x4f1ef28600000000000000000000000000000000000000000000000000000000000000a30000000000000000000000000000000000000000000000000000000000000040000000000000000000000000000000000000000000000000000000000000000454fd4d5000000000000000000000000000000000000000000000000000000000")
	salt7 := common.Hash{7}
	for _, c := range []struct {
		name string
		op   timelock.Operation
		// ethers is the id ethers 5 computes (defaultAbiCoder.encode and
		// keccak256, in node), zero where none was computed.
		ethers common.Hash
	}{
		{"an upgrade with an initializer", timelock.Operation{Target: proxyAddr, Data: upgrade, Salt: salt7},
			common.HexToHash("0x5980bf8988fb68de117b5ed89af1989e6da4b50e52965c1ba72a6c44bbec0283")},
		{"value, long data, predecessor", timelock.Operation{Target: common.HexToAddress("0x4200000000000000000000000000000000000010"),
			Value: big.NewInt(1e18), Data: longBytes(100), Predecessor: common.BytesToHash(bytes.Repeat([]byte{0xab}, 32)), Salt: common.BigToHash(big.NewInt(1))},
			common.HexToHash("0xc898ec401b2698adeb3939258bbd093a09bdf51725077d3a9ad3ee8bc797d86e")},
		{"no data", timelock.Operation{Target: proxyAddr, Value: big.NewInt(5)}, common.Hash{}},
		{"data of exactly one word", timelock.Operation{Target: proxyAddr, Data: longBytes(32), Salt: salt7}, common.Hash{}},
		{"nil value is zero", timelock.Operation{Target: proxyAddr, Value: nil, Data: upgrade, Salt: salt7},
			common.HexToHash("0x5980bf8988fb68de117b5ed89af1989e6da4b50e52965c1ba72a6c44bbec0283")},
	} {
		id := c.op.ID()
		if id != handOperationID(c.op) {
			t.Errorf("%s: id %s, by hand %s", c.name, id.Hex(), handOperationID(c.op).Hex())
		}
		if c.ethers != (common.Hash{}) && id != c.ethers {
			t.Errorf("%s: id %s, ethers computed %s", c.name, id.Hex(), c.ethers.Hex())
		}
		if got := timelock.OperationID(c.op.Target, c.op.Value, c.op.Data, c.op.Predecessor, c.op.Salt); got != id {
			t.Errorf("%s: OperationID %s, ID %s", c.name, got.Hex(), id.Hex())
		}
	}
	// Every field is in the id.
	base := timelock.Operation{Target: proxyAddr, Value: big.NewInt(1), Data: []byte{1}, Predecessor: common.Hash{2}, Salt: common.Hash{3}}
	for name, op := range map[string]timelock.Operation{
		"target":      {Target: newImpl, Value: base.Value, Data: base.Data, Predecessor: base.Predecessor, Salt: base.Salt},
		"value":       {Target: base.Target, Value: big.NewInt(2), Data: base.Data, Predecessor: base.Predecessor, Salt: base.Salt},
		"data":        {Target: base.Target, Value: base.Value, Data: []byte{1, 0}, Predecessor: base.Predecessor, Salt: base.Salt},
		"predecessor": {Target: base.Target, Value: base.Value, Data: base.Data, Predecessor: common.Hash{}, Salt: base.Salt},
		"salt":        {Target: base.Target, Value: base.Value, Data: base.Data, Predecessor: base.Predecessor, Salt: common.Hash{4}},
	} {
		if op.ID() == base.ID() {
			t.Errorf("changing the %s leaves the id as it was", name)
		}
	}
}

func TestScheduleAndExecuteData(t *testing.T) {
	tl := contracts.MustLoad(contracts.TimelockControllerName).ABI
	op := timelock.Operation{Target: proxyAddr, Value: big.NewInt(3), Data: longBytes(70), Predecessor: common.Hash{9}, Salt: common.Hash{8}}
	for _, c := range []struct {
		method string
		data   []byte
		want   []any
	}{
		{"schedule", op.ScheduleData(86400), []any{proxyAddr, big.NewInt(3), op.Data, [32]byte(op.Predecessor), [32]byte(op.Salt), big.NewInt(86400)}},
		{"execute", op.ExecuteData(), []any{proxyAddr, big.NewInt(3), op.Data, [32]byte(op.Predecessor), [32]byte(op.Salt)}},
	} {
		m, err := tl.MethodById(c.data[:4])
		if err != nil || m.RawName != c.method {
			t.Fatalf("%s: selector %x is %v (%v)", c.method, c.data[:4], m, err)
		}
		args, err := m.Inputs.Unpack(c.data[4:])
		if err != nil {
			t.Fatal(err)
		}
		for i, want := range c.want {
			got := args[i]
			same := false
			switch w := want.(type) {
			case *big.Int:
				same = w.Cmp(got.(*big.Int)) == 0
			case []byte:
				same = bytes.Equal(w, got.([]byte))
			default:
				same = got == want
			}
			if !same {
				t.Errorf("%s argument %d (%s) = %v, want %v", c.method, i, m.Inputs[i].Name, got, want)
			}
		}
	}
}

func TestDefaultSalt(t *testing.T) {
	init := contracts.NewVaultV2().PackVersion()
	// keccak256(abi.encode(proxy, to, init, nonce)) by hand: the tail of
	// init starts after four head words.
	enc := bytes.Join([][]byte{word(proxyAddr[:]), word(newImpl[:]), uword(4 * 32), uword(17), uword(uint64(len(init))), padded(init)}, nil)
	if got, want := timelock.DefaultSalt(proxyAddr, newImpl, init, 17), crypto.Keccak256Hash(enc); got != want {
		t.Fatalf("DefaultSalt %s, by hand %s", got.Hex(), want.Hex())
	}
	s := timelock.DefaultSalt(proxyAddr, newImpl, init, 17)
	for name, other := range map[string]common.Hash{
		"proxy":          timelock.DefaultSalt(oldImpl, newImpl, init, 17),
		"implementation": timelock.DefaultSalt(proxyAddr, oldImpl, init, 17),
		"initializer":    timelock.DefaultSalt(proxyAddr, newImpl, nil, 17),
		"nonce":          timelock.DefaultSalt(proxyAddr, newImpl, init, 18),
	} {
		if other == s {
			t.Errorf("another %s gives the same salt", name)
		}
	}
}

// testDecoder knows the route's contracts by the addresses above.
func testDecoder() *detect.Decoder {
	d := detect.NewDecoder()
	d.Label(safeAddr, "Safe", &contracts.MustLoad(contracts.SafeName).ABI)
	d.Label(timelockAddr, "Timelock", &contracts.MustLoad(contracts.TimelockControllerName).ABI)
	d.Label(proxyAddr, "Vault", &contracts.MustLoad(contracts.VaultV1Name).ABI)
	d.Label(oldImpl, "VaultV1", &contracts.MustLoad(contracts.VaultV1Name).ABI)
	d.Label(newImpl, "VaultV2", &contracts.MustLoad(contracts.VaultV2Name).ABI)
	return d
}

func testUpgrade() timelock.Upgrade {
	return timelock.Upgrade{ChainID: 1337, Safe: safeAddr, SafeNonce: 4, Timelock: timelockAddr, MinDelay: 60,
		Proxy: proxyAddr, From: oldImpl, To: newImpl, Init: contracts.NewVaultV2().PackVersion()}
}

// checkRoute checks a proposal's calls layer by layer, decoding its
// calldata again with the ABIs rather than trusting its decoded view.
func checkRoute(t *testing.T, p *chain.Proposal, u timelock.Upgrade) {
	t.Helper()
	tlABI := contracts.MustLoad(contracts.TimelockControllerName).ABI
	vABI := contracts.MustLoad(contracts.VaultV2Name).ABI
	delay := u.Delay
	if delay == 0 {
		delay = u.MinDelay
	}
	salt := u.Salt
	if salt == (common.Hash{}) {
		salt = timelock.DefaultSalt(u.Proxy, u.To, u.Init, u.SafeNonce)
	}
	if p.Salt != salt || p.Delay != delay || p.Predecessor != u.Predecessor || p.Proxy != u.Proxy || p.From != u.From || p.To != u.To ||
		p.Safe != u.Safe || p.Timelock != u.Timelock || p.ChainID != u.ChainID || p.Init != hexutil.Encode(u.Init) {
		t.Errorf("proposal fields %+v", p)
	}
	for _, step := range []struct {
		tx     chain.SafeTx
		method string
		nonce  uint64
	}{{p.Schedule, "schedule", u.SafeNonce}, {p.Execute, "execute", u.SafeNonce + 1}} {
		tx := step.tx
		if tx.Safe != u.Safe || tx.ChainID != u.ChainID || tx.To != u.Timelock || tx.Value.Sign() != 0 || tx.Operation != chain.SafeCall ||
			tx.SafeTxGas.Sign() != 0 || tx.BaseGas.Sign() != 0 || tx.GasPrice.Sign() != 0 || tx.GasToken != (common.Address{}) ||
			tx.RefundReceiver != (common.Address{}) || tx.Nonce != step.nonce || tx.SafeTxHash == (common.Hash{}) {
			t.Errorf("%s Safe transaction %+v", step.method, tx)
		}
		// Layer 1: the Safe transaction's data is the timelock call.
		data := common.FromHex(tx.Data)
		m, err := tlABI.MethodById(data[:4])
		if err != nil || m.RawName != step.method {
			t.Fatalf("%s: data calls %v (%v)", step.method, m, err)
		}
		args, err := m.Inputs.Unpack(data[4:])
		if err != nil {
			t.Fatal(err)
		}
		if args[0].(common.Address) != u.Proxy || args[1].(*big.Int).Sign() != 0 || common.Hash(args[3].([32]byte)) != u.Predecessor || common.Hash(args[4].([32]byte)) != salt {
			t.Errorf("%s arguments %v", step.method, args)
		}
		if step.method == "schedule" && args[5].(*big.Int).Uint64() != delay {
			t.Errorf("schedule delay %v, want %d", args[5], delay)
		}
		// Layer 2: the timelock's payload is upgradeToAndCall(to, init) on the proxy.
		payload := args[2].([]byte)
		if hexutil.Encode(payload) != p.UpgradeData {
			t.Errorf("%s payload is not the proposal's upgrade data", step.method)
		}
		um, err := vABI.MethodById(payload[:4])
		if err != nil || um.RawName != "upgradeToAndCall" {
			t.Fatalf("payload calls %v (%v)", um, err)
		}
		uargs, err := um.Inputs.Unpack(payload[4:])
		if err != nil {
			t.Fatal(err)
		}
		if uargs[0].(common.Address) != u.To || !bytes.Equal(uargs[1].([]byte), u.Init) {
			t.Errorf("upgradeToAndCall(%v, %x), want (%s, %x)", uargs[0], uargs[1], u.To.Hex(), u.Init)
		}
		// The operation id is the payload's, by hand.
		if id := handOperationID(timelock.Operation{Target: u.Proxy, Data: payload, Predecessor: u.Predecessor, Salt: salt}); id != p.OperationID {
			t.Errorf("operation id %s, by hand %s", p.OperationID.Hex(), id.Hex())
		}

		// The decoded view says the same at every layer.
		c := tx.Call
		if c.Method != step.method || c.To == nil || *c.To != u.Timelock || len(c.Inner) != 1 {
			t.Fatalf("%s decoded %+v", step.method, c)
		}
		up := c.Inner[0]
		if up.Method != "upgradeToAndCall" || up.To == nil || *up.To != u.Proxy || !strings.Contains(up.Args[0].Value, u.To.Hex()) {
			t.Fatalf("%s → upgrade decoded %+v", step.method, up)
		}
		if len(u.Init) == 0 {
			if len(up.Inner) != 0 {
				t.Errorf("no initializer, yet decoded %+v", up.Inner)
			}
			continue
		}
		if len(up.Inner) != 1 || up.Inner[0].Method != "version" || up.Inner[0].To == nil || *up.Inner[0].To != u.To {
			t.Errorf("%s → upgrade → initializer decoded %+v", step.method, up.Inner)
		}
	}
	if p.Upgrade.Method != "upgradeToAndCall" || p.Upgrade.To == nil || *p.Upgrade.To != u.Proxy {
		t.Errorf("proposal's upgrade decoded %+v", p.Upgrade)
	}
}

func TestPropose(t *testing.T) {
	dec := testDecoder()
	u := testUpgrade()
	p, err := timelock.Propose(u, dec)
	if err != nil {
		t.Fatal(err)
	}
	checkRoute(t, p, u)

	// Composing the same upgrade again gives the same operation and hashes.
	again, err := timelock.Propose(u, nil)
	if err != nil {
		t.Fatal(err)
	}
	if again.OperationID != p.OperationID || again.Schedule.SafeTxHash != p.Schedule.SafeTxHash || again.Execute.SafeTxHash != p.Execute.SafeTxHash {
		t.Error("the same upgrade composed twice differs")
	}
	if again.Schedule.Call.Method != "" {
		t.Error("a nil decoder decoded")
	}

	// A salt and a delay given are used.
	u2 := u
	u2.Salt, u2.Delay, u2.Predecessor = common.Hash{0x5a}, 3600, p.OperationID
	p2, err := timelock.Propose(u2, dec)
	if err != nil {
		t.Fatal(err)
	}
	checkRoute(t, p2, u2)

	// The rollback: back to the old implementation, no initializer, after
	// the upgrade's two nonces.
	r := u2.Rollback()
	if r.To != oldImpl || r.From != newImpl || r.Init != nil || r.SafeNonce != u.SafeNonce+2 || r.Salt != (common.Hash{}) || r.Predecessor != (common.Hash{}) || r.Delay != 3600 {
		t.Errorf("rollback %+v", r)
	}
	pr, err := timelock.Propose(r, dec)
	if err != nil {
		t.Fatal(err)
	}
	checkRoute(t, pr, r)
	if pr.Init != "0x" || pr.OperationID == p.OperationID {
		t.Errorf("rollback init %q id %s", pr.Init, pr.OperationID.Hex())
	}
}

func TestProposeRefuses(t *testing.T) {
	for _, c := range []struct {
		name string
		edit func(*timelock.Upgrade)
		want error
		says string
	}{
		{"delay below the minimum", func(u *timelock.Upgrade) { u.Delay = 59 }, timelock.ErrDelayTooShort, "minimum is 60"},
		{"no Safe", func(u *timelock.Upgrade) { u.Safe = common.Address{} }, timelock.ErrInvalidUpgrade, "no Safe address"},
		{"no timelock", func(u *timelock.Upgrade) { u.Timelock = common.Address{} }, timelock.ErrInvalidUpgrade, "no timelock address"},
		{"no proxy", func(u *timelock.Upgrade) { u.Proxy = common.Address{} }, timelock.ErrInvalidUpgrade, "no proxy address"},
		{"no new implementation", func(u *timelock.Upgrade) { u.To = common.Address{} }, timelock.ErrInvalidUpgrade, "no new implementation"},
		{"no chain id", func(u *timelock.Upgrade) { u.ChainID = 0 }, timelock.ErrInvalidUpgrade, "chain id 0"},
		{"the last nonce", func(u *timelock.Upgrade) { u.SafeNonce = ^uint64(0) }, timelock.ErrInvalidUpgrade, "nonce"},
	} {
		u := testUpgrade()
		c.edit(&u)
		p, err := timelock.Propose(u, nil)
		if !errors.Is(err, c.want) || !strings.Contains(err.Error(), c.says) || p != nil {
			t.Errorf("%s: %v; want %v saying %q", c.name, err, c.want, c.says)
		}
	}
}

// TestCheckProposalRefusesTampering alters a composed proposal the ways a
// file could be altered on its way to a cosigner; each is caught before any
// chain is asked (the caller is nil).
func TestCheckProposalRefusesTampering(t *testing.T) {
	for _, c := range []struct {
		name string
		edit func(*chain.Proposal)
		says string
	}{
		{"another upgrade in the execute step", func(p *chain.Proposal) {
			p.Execute.Data = hexutil.Encode(timelock.Operation{Target: proxyAddr, Data: []byte{1}}.ExecuteData())
		}, "execute transaction's data"},
		{"a longer delay than scheduled", func(p *chain.Proposal) { p.Delay++ }, "schedule transaction's data"},
		{"another salt", func(p *chain.Proposal) { p.Salt[0] ^= 1 }, "schedule transaction's data"},
		{"a delegatecall", func(p *chain.Proposal) { p.Schedule.Operation = chain.SafeDelegateCall }, "delegatecall"},
		{"a gas refund", func(p *chain.Proposal) { p.Execute.GasPrice = big.NewInt(1) }, "gas refund"},
		{"a gap in the nonces", func(p *chain.Proposal) { p.Execute.Nonce += 1 }, "want 5"},
		{"another Safe", func(p *chain.Proposal) { p.Execute.Safe = proxyAddr }, "the execute transaction is Safe"},
		{"upgrade data that is not hex", func(p *chain.Proposal) { p.UpgradeData = "upgrade" }, "not hex"},
	} {
		p, err := timelock.Propose(testUpgrade(), nil)
		if err != nil {
			t.Fatal(err)
		}
		c.edit(p)
		err = timelock.CheckProposal(t.Context(), nil, p)
		if !errors.Is(err, timelock.ErrInvalidUpgrade) || !strings.Contains(err.Error(), c.says) {
			t.Errorf("%s: %v; want ErrInvalidUpgrade saying %q", c.name, err, c.says)
		}
	}
}

func TestStateNames(t *testing.T) {
	for s, want := range map[timelock.State]string{timelock.Unset: "unset", timelock.Waiting: "waiting", timelock.Ready: "ready", timelock.Done: "done", 9: "state(9)"} {
		if s.String() != want {
			t.Errorf("%d: %q", s, s.String())
		}
	}
}
