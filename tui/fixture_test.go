package tui

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"os"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/ethereum/go-ethereum/common"
	"github.com/muesli/termenv"

	"warroom/chain"
	"warroom/session"
	"warroom/themes"
)

func TestMain(m *testing.M) {
	// Golden screens and string assertions use no colour at all.
	lipgloss.SetColorProfile(termenv.Ascii)
	os.Exit(m.Run())
}

// The incident the tests replay: a re-entrancy drill on chain 1337 with 2 s
// blocks, block 100 at t0.
var (
	t0 = time.Date(2025, 6, 1, 14, 0, 0, 0, time.UTC)
	// fixedNow is 1m32s into the session, 1.2 s after the newest head.
	fixedNow = func() time.Time { return t0.Add(92 * time.Second) }

	addrVault      = common.HexToAddress("0x5FbDB2315678afecb367f032d93F642f64180aa3")
	addrVaultImpl  = common.HexToAddress("0xe7f1725E7734CE288F8367e1Bb143E90bb3F0512")
	addrProxyAdmin = common.HexToAddress("0x9fE46736679d2D9a65F0992F2272dE9f3c7fa6e0")
	addrSafe       = common.HexToAddress("0xCf7Ed3AccA5a467e9e704C703E8D87F634fB0Fc9")
	addrTimelock   = common.HexToAddress("0xDc64a140Aa3E981100a9becA4E685f962f0cF6C9")
	addrOwner1     = common.HexToAddress("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266")
	addrOwner2     = common.HexToAddress("0x70997970C51812dc3A010C7d01b50e0d17dc79C8")
	addrOwner3     = common.HexToAddress("0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC")
	addrAttacker   = common.HexToAddress("0x90F79bf6EB2c4f870365E785982E1f101E93b906")
	addrExploit    = common.HexToAddress("0x15d34AAf54267DB7D7c367839AAf71A00a2C6A65")
	addrGuardian   = common.HexToAddress("0x9965507D1a55bcC2695C58ba16FB37d819B0A4dc")

	txDeposit  = common.HexToHash("0x1111a0b2c3d4e5f60718293a4b5c6d7e8f90112233445566778899aabbcc0112")
	txDrain1   = common.HexToHash("0x3f2a1b9c8d7e6f5a4b3c2d1e0f9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e0115")
	txReverted = common.HexToHash("0x7e5d4c3b2a1908f7e6d5c4b3a29180f7e6d5c4b3a29180f7e6d5c4b3a2910118")
	txDrain2   = common.HexToHash("0x9c0d1e2f3a4b5c6d7e8f9a0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b0122")
	txPause    = common.HexToHash("0xa1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e0132")
	txSignHash = common.HexToHash("0x5d41402abc4b2a76b9719d911017c592ae6f1c2b3e4d5f60718293a4b5c6d7e8")

	vaultParty = chain.Party{Address: addrVault, Name: "Vault"}
)

func eth(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), big.NewInt(1e18)) }

// fixtureJournal stands in for the journal file the fixtures' events would
// be lines of: each event gets an offset of its own, where fakeBackend's
// Evidence reads it back, as the session reads its journal.
var (
	fixtureJournal sync.Map // int64 offset → session.Event
	fixtureEnd     atomic.Int64
)

// events builds a journal's events with fixed times and hashes.
type events struct {
	tb     testing.TB
	seq    uint64
	events []session.Event
}

func (e *events) add(at time.Duration, kind session.Kind, data any) {
	e.tb.Helper()
	raw, err := json.Marshal(data)
	if err != nil {
		e.tb.Fatalf("marshal %s: %v", kind, err)
	}
	e.seq++
	ev := session.Event{
		Seq: e.seq, Time: t0.Add(at), Kind: kind, Data: raw,
		Hash:   fmt.Sprintf("%064x", e.seq),
		Offset: fixtureEnd.Add(int64(len(raw)+200)) - int64(len(raw)+200),
	}
	if kind == session.KindAlert {
		fixtureJournal.Store(ev.Offset, ev)
	}
	e.events = append(e.events, ev)
}

func (e *events) block(at time.Duration) {
	n := 100 + uint64(at/(2*time.Second))
	e.add(at, session.KindBlock, chain.BlockInfo{
		Number: n, Hash: common.BigToHash(new(big.Int).SetUint64(n * 7919)), Time: t0.Add(at).Truncate(2 * time.Second),
		TxCount: 3, GasUsed: 412_000, Traced: true,
	})
}

// state reduces the events, as the session does.
func (e *events) state() session.State {
	var s session.State
	for _, ev := range e.events {
		s = session.Reduce(s, ev)
	}
	return s
}

func protocolAt(block uint64, balance *big.Int, paused bool, nonce uint64) chain.ProtocolState {
	return chain.ProtocolState{
		Block: block,
		Contracts: []chain.ContractState{{
			Name: "Vault", Address: addrVault, Implementation: addrVaultImpl, Admin: addrProxyAdmin,
			Pausable: true, Paused: paused, Balance: balance,
		}},
		Safe: &chain.SafeState{
			Address: addrSafe, Version: "1.4.1", Owners: []common.Address{addrOwner1, addrOwner2, addrOwner3},
			Threshold: 2, Nonce: nonce,
		},
		Timelock: &chain.TimelockState{Address: addrTimelock, MinDelay: 3600},
	}
}

func vaultTrace(rounds int, each *big.Int, reverted bool) []chain.TraceLine {
	tr := []chain.TraceLine{
		{Depth: 0, Type: "CALL", From: addrAttacker, To: addrExploit, Label: "ReentrancyAttacker.attack", Value: eth(1)},
		{Depth: 1, Type: "CALL", From: addrExploit, To: addrVault, Label: "Vault.deposit", Value: eth(1)},
		{Depth: 2, Type: "DELEGATECALL", From: addrVault, To: addrVaultImpl, Label: "VaultV1.deposit"},
	}
	depth := 1
	for i := range rounds {
		tr = append(tr,
			chain.TraceLine{Depth: depth, Type: "CALL", From: addrExploit, To: addrVault, Label: "Vault.withdraw", Reentry: i > 0},
			chain.TraceLine{Depth: depth + 1, Type: "DELEGATECALL", From: addrVault, To: addrVaultImpl, Label: "VaultV1.withdraw"},
			chain.TraceLine{Depth: depth + 2, Type: "CALL", From: addrVault, To: addrExploit, Label: "ReentrancyAttacker.receive", Value: each},
		)
		depth += 3
	}
	if reverted {
		tr[len(tr)-2].Error = "execution reverted"
	}
	return tr
}

func drainAlert(block uint64, at time.Duration, tx common.Hash, rounds int, each *big.Int) chain.Alert {
	out := new(big.Int).Sub(new(big.Int).Mul(each, big.NewInt(int64(rounds))), eth(1))
	var logs []chain.LogLine
	logs = append(logs, chain.LogLine{Address: addrVault, Label: "Vault.Deposited", Args: []chain.Arg{
		{Name: "user", Type: "address", Value: addrExploit.Hex()}, {Name: "amount", Type: "uint256", Value: eth(1).String()},
	}})
	for range rounds {
		logs = append(logs, chain.LogLine{Address: addrVault, Label: "Vault.Withdrawn", Args: []chain.Arg{
			{Name: "user", Type: "address", Value: addrExploit.Hex()}, {Name: "amount", Type: "uint256", Value: each.String()},
		}})
	}
	to := addrExploit
	return chain.Alert{
		Block: block, Time: t0.Add(at).Truncate(2 * time.Second), TxHash: tx, TxIndex: 0,
		From: addrAttacker, To: &to, Contract: addrVault, ContractName: "Vault", Method: "withdraw",
		Outflow: out, Severity: chain.Critical,
		Findings: []chain.Finding{
			{Rule: "reentrancy", Severity: chain.Critical, Contract: vaultParty, Actor: &chain.Party{Address: addrExploit, Name: "ReentrancyAttacker"}, Method: "withdraw", Count: rounds - 1},
			{Rule: "new-contract-caller", Severity: chain.Medium, Contract: vaultParty, Actor: &chain.Party{Address: addrExploit}, CreatedAt: 111, Age: 4, Window: 100},
		},
		Detail: chain.TxDetail{
			Call: chain.DecodedCall{
				Signature: "attack(uint256)", Method: "attack", Known: true, Target: "ReentrancyAttacker",
				Args: []chain.Arg{{Name: "rounds", Type: "uint256", Value: fmt.Sprint(rounds)}},
			},
			Value: eth(1), GasUsed: 187_412,
			Trace:    vaultTrace(rounds, each, false),
			Logs:     logs,
			Balances: []chain.BalanceChange{{Name: "Vault", Address: addrVault, Delta: new(big.Int).Neg(out)}},
		},
	}
}

// attackEvents is the incident up to the moment the responder reaches for
// the pause: protocol read, attacker setup, two drains, one failed attempt.
func attackEvents(tb testing.TB) *events {
	e := &events{tb: tb}
	e.add(0, session.KindSessionStarted, session.Started{
		Mode: "drill", Scenario: "reentrancy", Chain: "embedded", ChainID: 1337, From: 100,
		Watched: []chain.Watched{
			{Name: "Vault", Address: addrVault, Pausable: true, Role: chain.RoleProtocol},
			{Name: "Safe", Address: addrSafe, Role: chain.RoleSafe},
			{Name: "Timelock", Address: addrTimelock, Role: chain.RoleTimelock},
		},
		Rules: chain.DefaultRules(), BlockTime: session.Duration(2 * time.Second), Version: "test",
	})
	e.block(0)
	e.add(0, session.KindProtocolState, protocolAt(100, eth(1000), false, 4))
	e.add(6*time.Second, session.KindChecklistTicked, session.Ticked{Step: session.StepDeclared, Done: true, By: "commander"})

	e.block(24 * time.Second)
	e.add(24*time.Second, session.KindAlert, chain.Alert{
		Block: 112, Time: t0.Add(24 * time.Second), TxHash: txDeposit, From: addrAttacker, To: &addrExploit,
		Contract: addrVault, ContractName: "Vault", Method: "deposit", Outflow: new(big.Int), Severity: chain.Medium,
		Findings: []chain.Finding{{Rule: "new-contract-caller", Severity: chain.Medium, Contract: vaultParty, Actor: &chain.Party{Address: addrExploit}, CreatedAt: 111, Age: 1, Window: 100}},
		Detail: chain.TxDetail{
			Call:  chain.DecodedCall{Signature: "deposit()", Method: "deposit", Known: true, Target: "ReentrancyAttacker"},
			Value: eth(1), GasUsed: 51_220,
		},
	})

	e.block(30 * time.Second)
	e.add(30*time.Second, session.KindAlert, drainAlert(115, 30*time.Second, txDrain1, 4, eth(7)))

	e.block(36 * time.Second)
	rev := drainAlert(118, 36*time.Second, txReverted, 2, eth(7))
	rev.Reverted, rev.Outflow = true, new(big.Int)
	rev.Findings = rev.Findings[:1]
	rev.Detail.Error = "execution reverted"
	rev.Detail.Trace = vaultTrace(2, eth(7), true)
	rev.Detail.Balances = nil
	e.add(36*time.Second, session.KindAlert, rev)

	e.block(44 * time.Second)
	e.add(44*time.Second, session.KindAlert, drainAlert(122, 44*time.Second, txDrain2, 2, eth(5)))
	e.add(50*time.Second, session.KindAlertAcknowledged, session.Acknowledged{TxHash: txDrain1, By: "responder"})
	e.add(58*time.Second, session.KindNote, session.Note{Text: "withdraw() sends ETH before zeroing the balance: classic re-entrancy", By: "responder", Step: session.StepRootCause})
	return e
}

// pausePlan is what PlanPause would return for the fixture.
func pausePlan() *session.Plan {
	return &session.Plan{ID: "pause-1", Action: session.ActionPause, Txs: []chain.TxPlan{{
		ChainID: 1337, Signer: addrGuardian, To: addrVault, ContractName: "Vault",
		Call: chain.DecodedCall{Signature: "pause()", Method: "pause", Known: true, Target: "Vault"},
		Data: "0x8456cb59", Value: new(big.Int), Nonce: 3, Gas: 46_213,
		MaxFee: big.NewInt(2_000_000_014), MaxTip: big.NewInt(1_000_000_000),
		Hash: txPause, SigningHash: txSignHash,
	}}}
}

// fullEvents continues attackEvents: the pause is sent and mined, the
// contract reads paused, and a general note is taken.
func fullEvents(tb testing.TB) *events {
	e := attackEvents(tb)
	plan := pausePlan()
	e.add(62*time.Second, session.KindActionRequested, session.ActionRequested{ID: plan.ID, Action: plan.Action, Txs: plan.Txs})
	e.add(62*time.Second+500*time.Millisecond, session.KindActionSubmitted, session.ActionSubmitted{ID: plan.ID, TxHash: txPause})
	e.block(64 * time.Second)
	e.add(64*time.Second, session.KindActionConfirmed, session.ActionConfirmed{ID: plan.ID, TxHash: txPause, Block: 132, GasUsed: 35_109})
	e.add(64*time.Second, session.KindProtocolState, protocolAt(132, eth(965), true, 4))
	e.add(64*time.Second, session.KindAlert, chain.Alert{
		Block: 132, Time: t0.Add(64 * time.Second), TxHash: txPause, From: addrGuardian, To: &addrVault,
		Contract: addrVault, ContractName: "Vault", Method: "pause", Outflow: new(big.Int), Severity: chain.Low,
		Findings: []chain.Finding{{Rule: "privileged-call", Severity: chain.Low, Contract: vaultParty, Actor: &chain.Party{Address: addrGuardian}, Method: "pause"}},
		Detail: chain.TxDetail{
			Call:  chain.DecodedCall{Signature: "pause()", Method: "pause", Known: true, Target: "Vault"},
			Value: new(big.Int), GasUsed: 35_109,
		},
	})
	e.add(72*time.Second, session.KindNote, session.Note{Text: "bridge team told to halt deposits; watching the mempool for copycats", By: "responder"})
	e.add(90*time.Second+800*time.Millisecond, session.KindBlock, chain.BlockInfo{Number: 145, Time: t0.Add(90 * time.Second), TxCount: 2, Traced: true})
	return e
}

// fakeBackend returns a fixed state and a canned plan, and records calls.
type fakeBackend struct {
	mu       sync.Mutex
	state    session.State
	updates  chan struct{}
	plan     *session.Plan
	planErr  error
	execErr  error
	planned  int
	executed []*session.Plan
	acked    []common.Hash
	ticks    []string
	notes    []string

	// The upgrade composer's calls and knobs (composer_fixture_test.go).
	checked     []session.UpgradeRequest // CheckUpgrade calls, bad input included
	checks      []*session.UpgradeCheck  // the checks returned
	checkGate   chan struct{}            // when set, CheckUpgrade waits for it (or its context)
	extraIssues []session.Issue          // added to VaultV2's check
	deployPlans []string                 // PlanDeploy calls, by check id
	composes    []fakeCompose            // ComposeUpgrade calls
	exported    []string                 // ExportRoute paths (approvals_test.go)
}

func newFake(s session.State) *fakeBackend {
	return &fakeBackend{state: s, updates: make(chan struct{}, 1), plan: pausePlan()}
}

func (f *fakeBackend) State() session.State {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.state
}

func (f *fakeBackend) setState(s session.State) {
	f.mu.Lock()
	f.state = s
	f.mu.Unlock()
}

func (f *fakeBackend) Updates() <-chan struct{} { return f.updates }

func (f *fakeBackend) PlanPause(context.Context) (*session.Plan, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.planned++
	if f.planErr != nil {
		return nil, f.planErr
	}
	return f.plan, nil
}

func (f *fakeBackend) Execute(_ context.Context, p *session.Plan) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.executed = append(f.executed, p)
	if f.execErr == nil && p.Action == session.ActionDeploy {
		f.recordDeploy(p)
	}
	return f.execErr
}

func (f *fakeBackend) Acknowledge(tx common.Hash) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.acked = append(f.acked, tx)
	return nil
}

func (f *fakeBackend) Tick(step int, done bool) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	if step < 1 || step > session.NumSteps {
		return errors.New("no such step")
	}
	f.ticks = append(f.ticks, fmt.Sprintf("%d:%v", step, done))
	return nil
}

func (f *fakeBackend) AddNote(text string, step int) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.notes = append(f.notes, fmt.Sprintf("%d:%s", step, text))
	return nil
}

func (f *fakeBackend) JournalPath() string { return "/var/lib/warroom/drill-20250601T1400Z.jsonl" }

// Evidence reads the alert back from the fixtures' journal.
func (f *fakeBackend) Evidence(a *session.AlertEntry) (chain.Alert, error) {
	v, ok := fixtureJournal.Load(a.Offset)
	if ev, _ := v.(session.Event); !ok || ev.Seq != a.Seq {
		return chain.Alert{}, fmt.Errorf("no alert event %d at offset %d", a.Seq, a.Offset)
	}
	ev := v.(session.Event)
	return session.AlertOf(&ev)
}

// newApp is the console on a fake backend at the reference size.
func newApp(tb testing.TB, s session.State) (*App, *fakeBackend) {
	tb.Helper()
	fb := newFake(s)
	a := New(Options{Session: fb, Responder: fb, Theme: themes.Dark(), Title: "drill · reentrancy", Now: fixedNow})
	a.Update(tea.WindowSizeMsg{Width: 160, Height: 48})
	return a, fb
}

// send delivers a message and runs the commands it returns, feeding their
// messages back, until none are left. Commands that block (the clock, the
// wait for updates) are abandoned after a short wait. It reports whether
// the program was asked to quit.
func send(tb testing.TB, a *App, msg tea.Msg) (quit bool) {
	tb.Helper()
	_, cmd := a.Update(msg)
	return runCmds(a, cmd)
}

func runCmds(a *App, cmd tea.Cmd) (quit bool) {
	queue := []tea.Cmd{cmd}
	for len(queue) > 0 {
		c := queue[0]
		queue = queue[1:]
		if c == nil {
			continue
		}
		done := make(chan tea.Msg, 1)
		go func() { done <- c() }()
		var msg tea.Msg
		select {
		case msg = <-done:
		case <-time.After(50 * time.Millisecond):
			continue
		}
		switch m := msg.(type) {
		case nil:
		case tea.BatchMsg:
			queue = append(queue, m...)
		case tea.QuitMsg:
			quit = true
		default:
			_, next := a.Update(m)
			queue = append(queue, next)
		}
	}
	return quit
}

func keyMsg(s string) tea.KeyMsg {
	switch s {
	case "enter":
		return tea.KeyMsg{Type: tea.KeyEnter}
	case "esc":
		return tea.KeyMsg{Type: tea.KeyEsc}
	case "tab":
		return tea.KeyMsg{Type: tea.KeyTab}
	case "shift+tab":
		return tea.KeyMsg{Type: tea.KeyShiftTab}
	case "space":
		return tea.KeyMsg{Type: tea.KeySpace, Runes: []rune{' '}}
	case "ctrl+c":
		return tea.KeyMsg{Type: tea.KeyCtrlC}
	case "down":
		return tea.KeyMsg{Type: tea.KeyDown}
	case "up":
		return tea.KeyMsg{Type: tea.KeyUp}
	case "pgdown":
		return tea.KeyMsg{Type: tea.KeyPgDown}
	case "backspace":
		return tea.KeyMsg{Type: tea.KeyBackspace}
	case "left":
		return tea.KeyMsg{Type: tea.KeyLeft}
	}
	return tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(s)}
}

// press sends keys one by one.
func press(tb testing.TB, a *App, keys ...string) (quit bool) {
	tb.Helper()
	for _, k := range keys {
		if send(tb, a, keyMsg(k)) {
			quit = true
		}
	}
	return quit
}
