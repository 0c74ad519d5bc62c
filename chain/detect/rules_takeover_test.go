package detect

import (
	"context"
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"warroom/chain"
	"warroom/chain/contracts"
)

var (
	govSafe     = common.HexToAddress("0x00000000000000000000000000000000000000c1")
	govTimelock = common.HexToAddress("0x00000000000000000000000000000000000000c2")
	upgradeImpl = common.HexToAddress("0x00000000000000000000000000000000000000a3")
)

// takeoverEngine watches a BridgeVault-or-TreasuryVault proxy (name is
// the implementation's artifact) with its Safe and timelock.
func takeoverEngine(name string, code CodeReader) *Engine {
	d := NewDecoder()
	v := contracts.MustLoad(name)
	d.Label(vaultAddr, "Vault", &v.ABI)
	d.Label(implAddr, name, &v.ABI)
	watched := []chain.Watched{
		{Name: "Vault", Address: vaultAddr, Pausable: true, Role: chain.RoleProtocol},
		{Name: "Safe", Address: govSafe, Role: chain.RoleSafe},
		{Name: "Timelock", Address: govTimelock, Role: chain.RoleTimelock},
	}
	return NewEngine(chain.DefaultRules(), watched, d, code)
}

func addrTopic(a common.Address) common.Hash { return common.BytesToHash(a.Bytes()) }

func roleGranted(role string, account, sender common.Address) *types.Log {
	r := common.Hash{}
	if role != "" {
		r = crypto.Keccak256Hash([]byte(role))
	}
	return &types.Log{Address: vaultAddr, Topics: []common.Hash{topicRoleGranted, r, addrTopic(account), addrTopic(sender)}}
}

func initialized(version uint64) *types.Log {
	return &types.Log{Address: vaultAddr, Topics: []common.Hash{topicInitialized64}, Data: common.LeftPadBytes(new(big.Int).SetUint64(version).Bytes(), 32)}
}

// withLogs is one traced transaction with its receipt's logs.
func withLogs(f chain.CallFrame, logs ...*types.Log) *chain.BlockObservation {
	b := traced(f)
	b.Txs[0].Receipt.Logs = logs
	return b
}

func findings(alerts []chain.Alert, rule string) []chain.Finding {
	var out []chain.Finding
	for _, a := range alerts {
		for _, f := range a.Findings {
			if f.Rule == rule {
				out = append(out, f)
			}
		}
	}
	return out
}

// proxied is a call to the vault proxy forwarded to its implementation.
func proxied(from common.Address, data []byte, inner ...chain.CallFrame) chain.CallFrame {
	return frame("CALL", from, vaultAddr, data, nil, frame("DELEGATECALL", vaultAddr, implAddr, data, nil, inner...))
}

// The role-change rule: a role or the ownership given to an address
// outside the protocol is critical; given by governance, high; given to
// governance, or set up in the contract's own deployment, nothing.
func TestRoleChangeRule(t *testing.T) {
	v := contracts.NewBridgeVaultV1()
	set := v.PackSetRelayer(exploit, true)
	for _, c := range []struct {
		name  string
		block *chain.BlockObservation
		want  []chain.Severity
		check func(t *testing.T, f chain.Finding)
	}{
		{"an attack contract makes itself a relayer", withLogs(frame("CALL", attacker, exploit, []byte{1, 2, 3, 4}, nil, proxied(exploit, set)),
			roleGranted("RELAYER_ROLE", exploit, exploit)), []chain.Severity{chain.Critical},
			func(t *testing.T, f chain.Finding) {
				if f.Role != "RELAYER_ROLE" || f.Holder.Address != exploit || f.Actor.Address != exploit || f.Governance || f.Contract.Name != "Vault" {
					t.Errorf("finding %+v", f)
				}
				if got, want := f.Reason(), "Vault.RELAYER_ROLE granted to "+chain.ShortAddr(exploit)+" by "+chain.ShortAddr(exploit); got != want {
					t.Errorf("reason %q, want %q", got, want)
				}
			}},
		{"the timelock grants a role to a new guardian", withLogs(proxied(govTimelock, v.PackGrantRole(crypto.Keccak256Hash([]byte("GUARDIAN_ROLE")), user)),
			roleGranted("GUARDIAN_ROLE", user, govTimelock)), []chain.Severity{chain.High},
			func(t *testing.T, f chain.Finding) {
				if f.Role != "GUARDIAN_ROLE" || !f.Governance || !strings.Contains(f.Reason(), "(governance)") {
					t.Errorf("finding %+v: %s", f, f.Reason())
				}
			}},
		{"the admin role to an outsider", withLogs(proxied(user, nil), roleGranted("", user, user)), []chain.Severity{chain.Critical},
			func(t *testing.T, f chain.Finding) {
				if f.Role != "DEFAULT_ADMIN_ROLE" {
					t.Errorf("role %q", f.Role)
				}
			}},
		{"an unknown role", withLogs(proxied(user, nil), roleGranted("MINTER_ROLE", user, user)), []chain.Severity{chain.Critical},
			func(t *testing.T, f chain.Finding) {
				if !strings.HasPrefix(f.Role, "role 0x") {
					t.Errorf("role %q", f.Role)
				}
			}},
		{"ownership taken", withLogs(frame("CALL", attacker, exploit, []byte{1, 2, 3, 4}, nil, proxied(exploit, []byte{9, 9, 9, 9})),
			&types.Log{Address: vaultAddr, Topics: []common.Hash{topicOwnershipTransferred, {}, addrTopic(exploit)}}), []chain.Severity{chain.Critical},
			func(t *testing.T, f chain.Finding) {
				if f.Role != "owner" || f.Holder.Address != exploit || f.Actor.Address != exploit {
					t.Errorf("finding %+v", f)
				}
				if got, want := f.Reason(), "Vault owner now "+chain.ShortAddr(exploit)+", set by "+chain.ShortAddr(exploit); got != want {
					t.Errorf("reason %q, want %q", got, want)
				}
			}},
		{"a role granted to the Safe", withLogs(proxied(govTimelock, nil), roleGranted("GUARDIAN_ROLE", govSafe, govTimelock)), nil, nil},
		{"a role granted by another contract's log", func() *chain.BlockObservation {
			b := withLogs(proxied(user, nil), roleGranted("GUARDIAN_ROLE", user, user))
			b.Txs[0].Receipt.Logs[0].Address = exploit
			return b
		}(), nil, nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			alerts, _ := takeoverEngine(contracts.BridgeVaultV1Name, nil).Classify(context.Background(), c.block)
			got := findings(alerts, chain.RuleRoleChange)
			if len(got) != len(c.want) {
				t.Fatalf("%d role-change findings, want %d: %+v", len(got), len(c.want), got)
			}
			for i, f := range got {
				if f.Severity != c.want[i] {
					t.Errorf("severity %s, want %s", f.Severity, c.want[i])
				}
				if c.check != nil {
					c.check(t, f)
				}
			}
		})
	}

	// The deployment's own grants and initializer are its setup.
	b := traced(frame("CREATE", user, vaultAddr, []byte{0x60, 0x80}, nil, frame("DELEGATECALL", vaultAddr, implAddr,
		contracts.NewBridgeVaultV1().PackInitialize(govTimelock, user, user), nil)))
	b.Txs[0].Receipt.ContractAddress = vaultAddr
	b.Txs[0].Receipt.Logs = []*types.Log{roleGranted("GUARDIAN_ROLE", user, user), roleGranted("RELAYER_ROLE", user, user), initialized(1)}
	if alerts, _ := takeoverEngine(contracts.BridgeVaultV1Name, nil).Classify(context.Background(), b); len(alerts) != 0 {
		t.Errorf("the proxy's deployment: %+v", alerts[0].Findings)
	}
	// A reverted grant changed nothing.
	b = withLogs(proxied(exploit, set))
	b.Txs[0].Trace.Error, b.Txs[0].Receipt.Status = "execution reverted", types.ReceiptStatusFailed
	if alerts, _ := takeoverEngine(contracts.BridgeVaultV1Name, nil).Classify(context.Background(), b); len(findings(alerts, chain.RuleRoleChange)) != 0 {
		t.Error("a reverted setRelayer is a role change")
	}
}

// slots answers the ERC-1967 implementation slot of the vault.
type slots struct{ impl common.Address }

func (s slots) CodeAt(context.Context, common.Address, *big.Int) ([]byte, error) {
	return []byte{1}, nil
}
func (s slots) StorageAt(_ context.Context, a common.Address, key common.Hash, _ *big.Int) ([]byte, error) {
	if a == vaultAddr && key == chain.ImplementationSlot {
		return common.LeftPadBytes(s.impl.Bytes(), 32), nil
	}
	return make([]byte, 32), nil
}

// The initializer rule: an initializer run on the live proxy, through it
// or by an upgrade someone else than governance made, or called on its
// implementation directly, is critical (high when it reverted); the
// governance's own upgradeToAndCall and ordinary calls are quiet.
func TestInitializerRule(t *testing.T) {
	v := contracts.NewTreasuryVaultV1()
	initV2 := v.PackInitializeV2(exploit)
	upgrade := func(from common.Address, init []byte) chain.CallFrame {
		data := v.PackUpgradeToAndCall(upgradeImpl, init)
		return proxied(from, data, frame("DELEGATECALL", vaultAddr, upgradeImpl, init, nil))
	}
	type want struct {
		sev      chain.Severity
		method   string
		by       common.Address
		reverted bool
		impl     bool
	}
	for _, c := range []struct {
		name  string
		block *chain.BlockObservation
		want  []want
	}{
		{"an attack contract runs the open initializer", withLogs(frame("CALL", attacker, exploit, []byte{1, 2, 3, 4}, nil, proxied(exploit, initV2)), initialized(2)),
			[]want{{chain.Critical, "initializeV2", exploit, false, false}}},
		{"a reverted attempt", func() *chain.BlockObservation {
			f := proxied(attacker, initV2)
			f.Error, f.Calls[0].Error = "execution reverted", "execution reverted"
			b := withLogs(f)
			b.Txs[0].Receipt.Status = types.ReceiptStatusFailed
			return b
		}(), []want{{chain.High, "initializeV2", attacker, true, false}}},
		{"an upgrade with an initializer by someone else", withLogs(upgrade(attacker, initV2), initialized(2)),
			[]want{{chain.Critical, "initializeV2", attacker, false, false}}},
		{"the timelock's upgrade with its initializer", withLogs(upgrade(govTimelock, initV2), initialized(2)), nil},
		{"the timelock's upgrade without one", withLogs(upgrade(govTimelock, nil)), nil},
		{"an ordinary deposit", withLogs(proxied(user, v.PackDeposit())), nil},
		{"an initializer the ABI does not name, from its event", withLogs(proxied(attacker, []byte{0xde, 0xad, 0xbe, 0xef}), initialized(3)),
			[]want{{chain.Critical, "0xdeadbeef", attacker, false, false}}},
		{"_disableInitializers' event", withLogs(proxied(attacker, []byte{0xde, 0xad, 0xbe, 0xef}), initialized(^uint64(0))), nil},
		{"the implementation's initializer called directly", func() *chain.BlockObservation {
			f := frame("CALL", attacker, implAddr, v.PackInitialize(attacker, attacker), nil)
			f.Error = "execution reverted"
			b := withLogs(f)
			b.Txs[0].Receipt.Status = types.ReceiptStatusFailed
			return b
		}(), []want{{chain.High, "initialize", attacker, true, true}}},
	} {
		t.Run(c.name, func(t *testing.T) {
			alerts, _ := takeoverEngine(contracts.TreasuryVaultV1Name, slots{impl: implAddr}).Classify(context.Background(), c.block)
			got := findings(alerts, chain.RuleInitializer)
			if len(got) != len(c.want) {
				t.Fatalf("%d initializer findings, want %d: %+v", len(got), len(c.want), got)
			}
			for i, f := range got {
				w := c.want[i]
				if f.Severity != w.sev || f.Method != w.method || f.Actor == nil || f.Actor.Address != w.by || f.Reverted != w.reverted ||
					(f.Implementation != nil) != w.impl || f.Contract.Address != vaultAddr {
					t.Errorf("finding %+v, want %+v", f, w)
				}
				if w.impl && (alerts[0].Contract != vaultAddr || alerts[0].ContractName != "Vault" || !strings.Contains(f.Reason(), "Vault's implementation "+contracts.TreasuryVaultV1Name)) {
					t.Errorf("alert on %s (%s): %s", alerts[0].ContractName, alerts[0].Contract.Hex(), f.Reason())
				}
			}
		})
	}
	alerts, _ := takeoverEngine(contracts.TreasuryVaultV1Name, nil).Classify(context.Background(),
		withLogs(frame("CALL", attacker, exploit, []byte{1, 2, 3, 4}, nil, proxied(exploit, initV2)), initialized(2)))
	if f := findings(alerts, chain.RuleInitializer); len(f) != 1 || f[0].Reason() != "initializer Vault.initializeV2() called on the live proxy by "+chain.ShortAddr(exploit) {
		t.Errorf("reason: %+v", f)
	}
	// Without a trace: the calldata and the event.
	b := withLogs(proxied(attacker, initV2), initialized(2))
	b.Txs[0].Trace = nil
	alerts, _ = takeoverEngine(contracts.TreasuryVaultV1Name, nil).Classify(context.Background(), b)
	if f := findings(alerts, chain.RuleInitializer); len(f) != 1 || f[0].Severity != chain.Critical || f[0].Method != "initializeV2" {
		t.Errorf("without a trace: %+v", f)
	}
}

func TestIsInitializer(t *testing.T) {
	for name, want := range map[string]bool{
		"initialize": true, "initializeV2": true, "reinitialize": true, "init": true, "initWallet": true, "init_v2": true,
		"initiate": false, "deposit": false, "0x8129fc1c": false, "": false, "inits": false,
	} {
		if got := isInitializer(name); got != want {
			t.Errorf("isInitializer(%q) = %v, want %v", name, got, want)
		}
	}
}
