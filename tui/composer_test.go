package tui

import (
	"bytes"
	"context"
	"errors"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/exp/golden"
	"github.com/charmbracelet/x/exp/teatest"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/muesli/termenv"

	"warroom/chain"
	"warroom/chain/contracts"
	"warroom/chain/shadow"
	"warroom/session"
	"warroom/themes"
)

// goldenStep is keys sent to the program, then what to wait for on screen.
type goldenStep struct {
	keys []string
	wait string
}

// runGoldenSteps is runGolden for a screen reached through answers that
// come back asynchronously: each step's keys are sent once the previous
// step's text is drawn.
func runGoldenSteps(t *testing.T, s session.State, w, h int, steps ...goldenStep) (string, *fakeBackend) {
	t.Helper()
	fb := newFake(s)
	app := New(Options{Session: fb, Responder: fb, Theme: themes.Dark(), Title: "drill · reentrancy", Now: fixedNow})
	tm := teatest.NewTestModel(t, app, teatest.WithInitialTermSize(w, h))
	wait := func(what string) {
		t.Helper()
		teatest.WaitFor(t, tm.Output(), func(b []byte) bool { return bytes.Contains(b, []byte(what)) },
			teatest.WithDuration(3*time.Second), teatest.WithCheckInterval(10*time.Millisecond))
	}
	wait("WARROOM")
	for _, st := range steps {
		for _, k := range st.keys {
			tm.Send(keyMsg(k))
		}
		wait(st.wait)
	}
	if err := tm.Quit(); err != nil {
		t.Fatal(err)
	}
	return tm.FinalModel(t, teatest.WithFinalTimeout(3*time.Second)).View(), fb
}

func wantScreen(t *testing.T, screen string, texts ...string) {
	t.Helper()
	for _, s := range texts {
		if !strings.Contains(screen, s) {
			t.Errorf("screen lacks %q", s)
		}
	}
}

// The composer over the paused incident, VaultV2 checked: layout safe,
// every attack reverts, the regression calls pass, ready to deploy.
func TestGoldenComposerPassing(t *testing.T) {
	screen, _ := runGoldenSteps(t, fullEvents(t).state(), 160, 48,
		goldenStep{[]string{"u"}, "Which proxy"},
		goldenStep{[]string{"enter", "enter", "enter"}, "READY"})
	checkScreen(t, screen, 160, 48)
	wantScreen(t, screen, "Storage layout  ✓ SAFE", "Shadow test  ✓ PASSED", "✓ READY: every check passed",
		"next: d deploys VaultV2, then c composes the proposal", addrNewImpl.Hex(), addrVaultImpl.Hex(),
		`reverted: "transfer failed"`, "27.000 ETH out of the watched contracts", "paused flag cleared")
	golden.RequireEqual(t, []byte(screen))
}

// VaultV2BadLayout checked: the layout is unsafe (its findings name the
// variables and their slots), an ordinary withdrawal fails, nothing can
// be overridden.
func TestGoldenComposerFailing(t *testing.T) {
	screen, _ := runGoldenSteps(t, fullEvents(t).state(), 160, 48,
		goldenStep{[]string{"u"}, "Which proxy"},
		goldenStep{[]string{"enter", "j", "enter", "enter"}, "BLOCKED"})
	checkScreen(t, screen, 160, 48)
	wantScreen(t, screen, "Storage layout  ✗ UNSAFE", "✗ error: inserted feeBps in VaultV2BadLayout", "balances at slot 2+0",
		"Shadow test  ✗ FAILED", "✗ FAIL  regression depositor withdraws 0.5 ether", `reverted: "insufficient balance"`,
		"✗ BLOCKED: 5 blockers stand in the way. Blockers cannot be overridden")
	golden.RequireEqual(t, []byte(screen))
}

// The proposal composed from VaultV2: the timelock operation and the
// Schedule transaction with its hashes in full, decoded layer by layer.
func TestGoldenComposerProposal(t *testing.T) {
	screen, fb := runGoldenSteps(t, fullEvents(t).state(), 160, 48,
		goldenStep{[]string{"u"}, "Which proxy"},
		goldenStep{[]string{"enter", "enter", "enter"}, "READY"},
		goldenStep{[]string{"d"}, "Deploy — sign and send 1 transaction?"},
		goldenStep{[]string{"y"}, "deployed"},
		goldenStep{[]string{"c"}, "composed and journaled"})
	checkScreen(t, screen, 160, 48)
	u := composedFor(fb.checks[0], nil)
	p := &u.Proposal
	wantScreen(t, screen, "Proposal upgrade-1: Vault "+addrVault.Hex(), p.OperationID.Hex(), p.Salt.Hex(),
		p.Schedule.DomainHash.Hex(), p.Schedule.MessageHash.Hex(), p.Schedule.SafeTxHash.Hex(),
		"Safe transaction 1 of 2 · Schedule · nonce 4", "schedule(address,uint256,bytes,bytes32,bytes32,uint256)")
	golden.RequireEqual(t, []byte(screen))
}

// composerApp is the console on the paused incident, composer not open.
func composerApp(t *testing.T) (*App, *fakeBackend) {
	t.Helper()
	return newApp(t, fullEvents(t).state())
}

// TestComposerDrivesToProposal drives the composer with keys only, from u
// to a composed proposal: the proxy, VaultV2, no initializer, the checks,
// the deployment confirmed with y, the proposal.
func TestComposerDrivesToProposal(t *testing.T) {
	a, fb := composerApp(t)
	press(t, a, "u")
	if !a.composer.open() || len(a.overlays) != 1 {
		t.Fatalf("u did not open the composer: %d overlays", len(a.overlays))
	}
	ui := a.composer.ui
	wantScreen(t, a.View(), "Which proxy gets a new implementation?", "▸ Vault  "+addrVault.Hex(), "implementation "+addrVaultImpl.Hex())

	press(t, a, "enter") // the one proxy, preselected
	wantScreen(t, a.View(), "Which implementation should Vault run?", "▸ VaultV2", "VaultV2BadLayout", "an artifact file…", "a deployed address…",
		"withdraw pays after it updates the balance")
	press(t, a, "enter") // VaultV2
	if ui.step != stepInit {
		t.Fatalf("after choosing VaultV2 the composer is at step %d, want the initializer", ui.step)
	}
	press(t, a, "enter") // no initializer: the checks run
	want := session.UpgradeRequest{Proxy: addrVault, Impl: session.ImplSource{Builtin: contracts.VaultV2Name}}
	if len(fb.checked) != 1 || fb.checked[0] != want {
		t.Fatalf("CheckUpgrade calls = %+v, want [%+v]", fb.checked, want)
	}
	if ui.step != stepResults {
		t.Fatalf("after the checks the composer is at step %d, want the results", ui.step)
	}
	wantScreen(t, a.View(), "✓ READY", "○ not deployed yet")
	if len(fb.deployPlans) != 0 || len(fb.executed) != 0 || len(fb.composes) != 0 {
		t.Fatal("something was planned, sent or composed before it was asked for")
	}

	press(t, a, "d") // the deployment, in the confirm dialog
	if len(fb.deployPlans) != 1 || fb.deployPlans[0] != "upgrade-1" {
		t.Fatalf("PlanDeploy calls = %v, want [upgrade-1]", fb.deployPlans)
	}
	if len(a.overlays) != 2 {
		t.Fatalf("%d overlays after d, want the confirm dialog over the composer", len(a.overlays))
	}
	wantScreen(t, a.View(), "Deploy — sign and send 1 transaction?", "creates       contract at "+addrNewImpl.Hex(), "(create VaultV2)", "creation code, 4,902 bytes")
	if strings.Contains(a.View(), "target        0x0000000000000000000000000000000000000000") {
		t.Error("the deployment shows the zero address as its target")
	}
	press(t, a, "y")
	if len(fb.executed) != 1 || fb.executed[0].ID != "deploy-upgrade-1" || fb.executed[0].Action != session.ActionDeploy {
		t.Fatalf("Execute calls = %v, want the deployment", fb.executed)
	}
	if len(a.overlays) != 1 {
		t.Fatalf("%d overlays after y, want the composer alone", len(a.overlays))
	}
	send(t, a, stateChangedMsg{}) // the session recorded the deployment
	wantScreen(t, a.View(), "✓ deployed in block 146 at "+addrNewImpl.Hex()+" (deploy-upgrade-1)", "next: c composes the proposal")

	press(t, a, "c")
	if len(fb.composes) != 1 || fb.composes[0].id != "upgrade-1" || len(fb.composes[0].overrides) != 0 {
		t.Fatalf("ComposeUpgrade calls = %+v, want upgrade-1 without overrides", fb.composes)
	}
	if ui.step != stepProposal {
		t.Fatalf("after composing the composer is at step %d, want the proposal", ui.step)
	}
	u := composedFor(fb.checks[0], nil)
	screen := a.View()
	checkScreen(t, screen, 160, 48)
	wantScreen(t, screen, "✓ 5 proposal: upgrade-1", "operation id", u.Proposal.OperationID.Hex(), u.Proposal.Schedule.SafeTxHash.Hex())
	if got := a.Status(); !strings.Contains(got, "upgrade-1 composed") {
		t.Errorf("status = %q", got)
	}
	// Everything a signer compares is in the proposal, whole.
	body := strings.Join(ProposalLines(themes.NewStyles(themes.Mono()), u, fb.checks[0].Shadow.Rollback, 146), "\n")
	for _, h := range []common.Hash{u.Proposal.OperationID, u.Proposal.Salt, u.DiffHash,
		u.Proposal.Schedule.DomainHash, u.Proposal.Schedule.MessageHash, u.Proposal.Schedule.SafeTxHash,
		u.Proposal.Execute.DomainHash, u.Proposal.Execute.MessageHash, u.Proposal.Execute.SafeTxHash,
		u.Rollback.OperationID, u.Rollback.Schedule.SafeTxHash, u.Rollback.Execute.SafeTxHash, u.Rollback.Execute.MessageHash} {
		if !strings.Contains(body, h.Hex()) {
			t.Errorf("the proposal lacks %s", h.Hex())
		}
	}
	for _, s := range []string{"nonce 4", "nonce 5", "nonce 6", "nonce 7", "schedule(address,uint256,bytes,bytes32,bytes32,uint256)",
		"execute(address,uint256,bytes,bytes32,bytes32)", "└ Timelock → Vault " + addrVault.Hex(), "upgradeToAndCall(address,bytes)",
		"└ no initializer", "✓ PASSED: all 2 calls passed", u.Proposal.Schedule.Data} {
		if !strings.Contains(strings.ReplaceAll(body, "\n"+strings.Repeat(" ", 19), ""), s) {
			t.Errorf("the proposal lacks %q", s)
		}
	}

	// Closed, the dashboard shows the step the journal ticked.
	press(t, a, "esc")
	if a.composer.open() || len(a.overlays) != 0 {
		t.Fatal("esc did not close the composer")
	}
	send(t, a, stateChangedMsg{})
	wantScreen(t, a.View(), "[x]  6 Fix upgrade composed")
}

func TestComposerBadInputIsFixedInPlace(t *testing.T) {
	a, fb := composerApp(t)
	press(t, a, "u", "enter", "j", "j", "enter") // an artifact file…
	ui := a.composer.ui
	if ui.step != stepArtifact {
		t.Fatalf("step %d, want the artifact path", ui.step)
	}
	wantScreen(t, a.View(), "--extra-output storageLayout", "outputSelection")
	press(t, a, "enter")
	wantScreen(t, a.View(), "✗ name the artifact file")
	press(t, a, strings.Split("/nope/X.json", "")...)
	press(t, a, "enter", "enter") // no initializer; the checks refuse the file
	if len(fb.checked) != 1 || fb.checked[0].Impl.Path != "/nope/X.json" {
		t.Fatalf("CheckUpgrade calls = %+v", fb.checked)
	}
	if ui.step != stepInit {
		t.Fatalf("after bad input the composer is at step %d, want the last input", ui.step)
	}
	screen := a.View()
	checkScreen(t, screen, 160, 48)
	wantScreen(t, screen, "✗ cannot check this upgrade: read artifact: open /nope/X.json: no such file or directory.", "nothing was journaled")
	if strings.Contains(screen, "…║") {
		t.Errorf("a line of the composer is cut:\n%s", screen)
	}
	if s := fb.State(); len(s.Upgrades) != 0 {
		t.Fatalf("bad input was journaled: %+v", s.Upgrades)
	}
	// Back to the list, keeping what was typed; VaultV2 instead.
	press(t, a, "shift+tab")
	if ui.step != stepArtifact || ui.input.Value() != "/nope/X.json" {
		t.Fatalf("back: step %d, value %q", ui.step, ui.input.Value())
	}
	press(t, a, "shift+tab", "k", "k", "enter", "enter")
	if ui.step != stepResults || len(fb.checks) != 1 {
		t.Fatalf("after choosing VaultV2: step %d, %d checks", ui.step, len(fb.checks))
	}

	// A deployed address that is not one is caught before any check.
	a, fb = composerApp(t)
	press(t, a, "u", "enter", "j", "j", "j", "enter")
	press(t, a, strings.Split("0x12", "")...)
	press(t, a, "enter")
	wantScreen(t, a.View(), `✗ "0x12" is not an address: want 0x and 40 hex digits`)
	if a.composer.ui.step != stepAddress || len(fb.checked) != 0 {
		t.Fatalf("step %d, %d checks", a.composer.ui.step, len(fb.checked))
	}
}

func TestComposerOverrideIsTypedAndSent(t *testing.T) {
	a, fb := composerApp(t)
	fb.extraIssues = []session.Issue{{Key: "bytecode.delegatecall", Check: "bytecode", Level: session.NeedsOverride,
		Text: "VaultV2 contains DELEGATECALL, which the current implementation does not"}}
	press(t, a, "u", "enter", "enter", "enter")
	wantScreen(t, a.View(), "⚠ NEEDS OVERRIDE: 1 issue needs an override before deploying and composing; o gives a reason", "Bytecode  ⚠ 1 ISSUE")
	press(t, a, "d", "c")
	if len(fb.deployPlans) != 0 || len(fb.composes) != 0 {
		t.Fatal("an issue without its override let the upgrade be deployed or composed")
	}
	wantScreen(t, a.View(), "✗ 1 issue still needs an override first: o gives a reason")

	press(t, a, "o")
	wantScreen(t, a.View(), "override bytecode.delegatecall · reason", "▸ ⚠ NEEDS OVERRIDE", "⚠ VaultV2 contains DELEGATECALL")
	press(t, a, "enter")
	wantScreen(t, a.View(), "✗ an override needs a reason")
	reason := "the delegatecall is OpenZeppelin's upgradeToAndCall"
	press(t, a, strings.Split(reason, "")...) // "d", "c", "o" are typed, not acted on
	if len(fb.deployPlans) != 0 || len(fb.composes) != 0 {
		t.Fatal("typing a reason deployed or composed")
	}
	press(t, a, "enter")
	wantScreen(t, a.View(), "✓ READY: every issue overridden (1 override)", "✓ OVERRIDDEN", `reason: "`+reason+`"`)
	press(t, a, "d", "y")
	send(t, a, stateChangedMsg{})
	press(t, a, "c")
	want := []session.Override{{Key: "bytecode.delegatecall", Reason: reason}}
	if len(fb.composes) != 1 || len(fb.composes[0].overrides) != 1 || fb.composes[0].overrides[0] != want[0] {
		t.Fatalf("ComposeUpgrade calls = %+v, want the override %+v", fb.composes, want)
	}
	if a.composer.ui.step != stepProposal {
		t.Fatal("not composed")
	}
}

func TestComposerBlockersCannotBeOverridden(t *testing.T) {
	a, fb := composerApp(t)
	press(t, a, "u", "enter", "j", "enter", "enter")
	wantScreen(t, a.View(), "✗ BLOCKED")
	press(t, a, "o")
	wantScreen(t, a.View(), "✗ nothing to override: blockers cannot be overridden")
	if a.composer.ui.editing != "" {
		t.Fatal("o opened a reason for a blocker")
	}
	press(t, a, "d")
	wantScreen(t, a.View(), "✗ blocked: blockers cannot be overridden, so this implementation is not deployed")
	press(t, a, "c")
	if len(fb.deployPlans) != 0 || len(fb.composes) != 0 || len(fb.executed) != 0 {
		t.Fatalf("the wrong fix went further: %v plans, %v composes", fb.deployPlans, fb.composes)
	}
	// The issues say which check found them and that they block.
	lines := strings.Join(CheckLines(themes.NewStyles(themes.Mono()), fb.checks[0], nil, "", 146), "\n")
	for _, s := range []string{"Issues  ✗ 5 BLOCKERS", "✗ BLOCKER         layout  error: inserted feeBps", "✗ BLOCKER         shadow  the rollback to " + addrVaultImpl.Hex()} {
		if !strings.Contains(lines, s) {
			t.Errorf("issues lack %q:\n%s", s, lines)
		}
	}
}

// Esc while the checks run closes the composer and cancels them; their
// late answer is dropped.
func TestComposerEscAbandonsTheCheck(t *testing.T) {
	a, fb := composerApp(t)
	fb.checkGate = make(chan struct{}) // CheckUpgrade waits until released or cancelled
	press(t, a, "u", "enter", "enter")
	_, cmd := a.Update(keyMsg("enter"))
	_, check := a.Update(cmd()) // runCheckMsg: the flow starts the check
	if a.composer.ui.step != stepChecking || !strings.Contains(a.View(), "… running the checks of VaultV2 for Vault") {
		t.Fatalf("the composer does not show the checks running:\n%s", a.View())
	}
	press(t, a, "esc")
	if a.composer.open() || len(a.overlays) != 0 {
		t.Fatal("esc did not close the composer")
	}
	status := a.Status()
	if status != "upgrade composer closed: the checks in flight were abandoned" {
		t.Errorf("status = %q", status)
	}
	late := check() // the gate is never opened: only the cancellation ends it
	res, ok := late.(checkResultMsg)
	if !ok || !errors.Is(res.err, context.Canceled) {
		t.Fatalf("the abandoned check returned %#v, want it cancelled", late)
	}
	a.Update(late)
	if len(a.overlays) != 0 || a.Status() != status {
		t.Errorf("a stale check reached the screen: %d overlays, status %q", len(a.overlays), a.Status())
	}

	// Back while checking abandons too, and keeps the composer.
	fb.checkGate = nil
	press(t, a, "u", "enter", "enter")
	_, cmd = a.Update(keyMsg("enter"))
	_, check = a.Update(cmd())
	press(t, a, "shift+tab")
	if a.composer.ui.step != stepInit || a.Status() != "checks abandoned" {
		t.Fatalf("back while checking: step %d, status %q", a.composer.ui.step, a.Status())
	}
	a.Update(check())
	if a.composer.ui.step != stepInit {
		t.Error("a check abandoned by going back still showed its results")
	}
}

func TestComposerDeployCancelled(t *testing.T) {
	a, fb := composerApp(t)
	press(t, a, "u", "enter", "enter", "enter", "d", "n")
	if len(fb.executed) != 0 {
		t.Fatal("n sent the deployment")
	}
	if len(a.overlays) != 1 || !a.composer.open() {
		t.Fatalf("%d overlays after cancelling: the composer should stay", len(a.overlays))
	}
	if got := a.Status(); got != "deploy-upgrade-1 cancelled: nothing was sent" {
		t.Errorf("status = %q", got)
	}
	wantScreen(t, a.View(), "○ cancelled: nothing was sent · d prepares it again")
	press(t, a, "c")
	if len(fb.composes) != 0 {
		t.Fatal("composed without a deployment")
	}
	wantScreen(t, a.View(), "✗ VaultV2 is not deployed yet: d deploys it first")
}

// A deployment being sent is in flight until Execute returns: the quit
// question names it, even with the composer closed.
func TestQuitKnowsDeployInFlight(t *testing.T) {
	a, _ := composerApp(t)
	press(t, a, "u", "enter", "enter", "enter", "d")
	_, confirm := a.Update(keyMsg("y"))
	_, execute := a.Update(confirm()) // Execute is not run: it is in flight
	wantScreen(t, a.View(), "… deploying at "+addrNewImpl.Hex()+" (deploy-upgrade-1): sending")
	press(t, a, "shift+tab")
	wantScreen(t, a.View(), "✗ deploy-upgrade-1 is being sent: wait until it is mined before going back")
	press(t, a, "esc")
	if got, want := a.Status(), "upgrade composer closed; deploy-upgrade-1 still being sent"; got != want {
		t.Errorf("status = %q, want %q", got, want)
	}
	if press(t, a, "q") {
		t.Fatal("q quit while the deployment was in flight")
	}
	wantScreen(t, a.View(), "1 action(s) in flight (deploy-upgrade-1 sending). Quit anyway? y/N")
	press(t, a, "n")
	runCmds(a, execute)
	if got := a.Status(); got != "deploy-upgrade-1 done: the new implementation is deployed" {
		t.Errorf("status = %q", got)
	}
	if !press(t, a, "q") {
		t.Error("q did not quit once nothing was in flight")
	}
}

// Every composer screen fits the terminal, at every size, in colour too.
func TestComposerFitsAtEverySize(t *testing.T) {
	lipgloss.SetColorProfile(termenv.TrueColor)
	defer lipgloss.SetColorProfile(termenv.Ascii)
	for _, sz := range [][2]int{{120, 32}, {160, 48}, {200, 60}} {
		a, _ := composerApp(t)
		a.Update(tea.WindowSizeMsg{Width: sz[0], Height: sz[1]})
		for _, keys := range [][]string{{"u"}, {"enter"}, {"j", "j", "enter"}, {"shift+tab", "k", "enter"}, {"enter"},
			{"pgdown"}, {"shift+tab", "shift+tab", "k", "enter", "enter"}, {"d"}, {"y"}, {"c"}, {"pgdown"}, {"pgdown"}} {
			press(t, a, keys...)
			checkScreen(t, a.View(), sz[0], sz[1])
		}
		if a.composer.ui.step != stepProposal {
			t.Fatalf("%v: the walk ended at step %d", sz, a.composer.ui.step)
		}
		a.Update(tea.WindowSizeMsg{Width: sz[0] + 7, Height: sz[1] + 3})
		checkScreen(t, a.View(), sz[0]+7, sz[1]+3)
	}
}

// Remapped keys open, drive and are named by the composer.
func TestComposerKeysAreData(t *testing.T) {
	keys := DefaultKeyMap()
	move := func(b *key.Binding, k string) {
		b.SetKeys(k)
		b.SetHelp(k, b.Help().Desc)
	}
	move(&keys.Upgrade, "U")
	move(&keys.Deploy, "D")
	move(&keys.Compose, "C")
	move(&keys.Back, "left")
	fb := newFake(fullEvents(t).state())
	a := New(Options{Session: fb, Responder: fb, Theme: themes.Mono(), Now: fixedNow, Keys: keys})
	a.Update(tea.WindowSizeMsg{Width: 160, Height: 48})
	press(t, a, "u")
	if a.composer.open() {
		t.Fatal("u still opens the composer after it moved to U")
	}
	press(t, a, "U", "enter", "j", "enter", "enter")
	wantScreen(t, a.View(), "Blockers cannot be overridden: left goes back to pick another implementation.")
	press(t, a, "left", "left", "k", "enter", "enter")
	wantScreen(t, a.View(), "next: D deploys VaultV2, then C composes the proposal", "D deploy the new implementation")
	press(t, a, "d")
	if len(fb.deployPlans) != 0 {
		t.Error("d still deploys after Deploy moved to D")
	}
	press(t, a, "D")
	if len(fb.deployPlans) != 1 {
		t.Error("D does not deploy")
	}
}

func TestHelpListsComposerKeys(t *testing.T) {
	a, _ := composerApp(t)
	press(t, a, "?")
	k := a.c.Keys
	wantScreen(t, a.View(), "Upgrade composer", k.Deploy.Help().Desc, k.Compose.Help().Desc, k.Override.Help().Desc, k.Back.Help().Key)
}

func TestOutcomeText(t *testing.T) {
	watched := []common.Address{addrVault}
	for _, tt := range []struct {
		name string
		o    *shadow.Outcome
		want string
	}{
		{"nil", nil, "not run"},
		{"drain", succeeded(187_412, flow(addrExploit, eth(28)), flow(addrAttacker, neg(eth(1))), flow(addrVault, neg(eth(27)))),
			"succeeded · 27.000 ETH out of the watched contracts · 187,412 gas"},
		{"deposit", succeeded(54_828, flow(addrVault, eth(1)), flow(addrDepositor, neg(eth(1)))), "succeeded · 1.000 ETH into the watched contracts · 54,828 gas"},
		{"no value", succeeded(21_000), "succeeded · no value out of the watched contracts · 21,000 gas"},
		{"revert", reverted(31_570, "insufficient balance"), `reverted: "insufficient balance" · 31,570 gas`},
		{"out of gas", &shadow.Outcome{Reverted: true, Error: "out of gas", GasUsed: 30_000_000}, "reverted: out of gas · 30,000,000 gas"},
	} {
		if got := OutcomeText(tt.o, watched); got != tt.want {
			t.Errorf("%s: %q, want %q", tt.name, got, tt.want)
		}
	}
}

func TestIssueTag(t *testing.T) {
	for _, tt := range []struct {
		level      session.IssueLevel
		overridden bool
		want       string
	}{
		{session.Blocker, false, "✗ BLOCKER"},
		{session.Blocker, true, "✗ BLOCKER"}, // a reason does not lift a blocker
		{session.NeedsOverride, false, "⚠ NEEDS OVERRIDE"},
		{session.NeedsOverride, true, "✓ OVERRIDDEN"},
	} {
		if got := IssueTag(tt.level, tt.overridden); got != tt.want {
			t.Errorf("IssueTag(%s, %v) = %q, want %q", tt.level, tt.overridden, got, tt.want)
		}
	}
}

func TestChangeText(t *testing.T) {
	slot := common.BigToHash(big.NewInt(3))
	for _, tt := range []struct {
		name       string
		ch         shadow.Change
		head, vals string
	}{
		{"implementation slot", upgradeDiff(addrNewImpl, 1).Changes[0],
			addrVault.Hex() + " · storage slot " + chain.ImplementationSlot.Hex(),
			"erc1967.implementation: " + addrVaultImpl.Hex() + " → " + addrNewImpl.Hex()},
		{"plain slot", shadow.Change{Address: addrVault, Kind: shadow.ChangeStorage, Slot: slot, Before: common.BigToHash(big.NewInt(1)), After: common.BigToHash(big.NewInt(42))},
			addrVault.Hex() + " · storage slot " + slot.Hex(), common.BigToHash(big.NewInt(1)).Hex() + " → " + common.BigToHash(big.NewInt(42)).Hex()},
		{"balance", shadow.Change{Address: addrVault, Kind: shadow.ChangeBalance, Before: common.BigToHash(eth(965)), After: common.BigToHash(eth(964))},
			addrVault.Hex() + " · balance", "965.000 ETH → 964.000 ETH"},
		{"nonce", shadow.Change{Address: addrTimelock, Kind: shadow.ChangeNonce, Before: common.BigToHash(big.NewInt(1)), After: common.BigToHash(big.NewInt(2))},
			addrTimelock.Hex() + " · nonce", "1 → 2"},
	} {
		head, vals := ChangeText(tt.ch)
		if head != tt.head || vals != tt.vals {
			t.Errorf("%s: %q / %q, want %q / %q", tt.name, head, vals, tt.head, tt.vals)
		}
	}
}

func TestVerdictAndDeployLines(t *testing.T) {
	st, k := themes.NewStyles(themes.Mono()), DefaultKeyMap()
	warned := passingCheck("upgrade-3")
	warned.Issues = []session.Issue{{Key: "shadow.inconclusive", Check: "shadow", Level: session.NeedsOverride, Text: "proves nothing"}}
	for _, tt := range []struct {
		name      string
		c         *session.UpgradeCheck
		overrides []session.Override
		deployed  bool
		want      string
	}{
		{"blocked", failingCheck("upgrade-1"), nil, false, "✗ BLOCKED: 5 blockers stand in the way. Blockers cannot be overridden: shift+tab goes back to pick another implementation."},
		{"needs override", warned, nil, false, "⚠ NEEDS OVERRIDE: 1 issue needs an override before deploying and composing; o gives a reason, journaled with the proposal."},
		{"overridden", warned, []session.Override{{Key: "shadow.inconclusive", Reason: "r"}}, false, "✓ READY: every issue overridden (1 override) · next: d deploys VaultV2, then c composes the proposal"},
		{"ready", passingCheck("upgrade-2"), nil, false, "✓ READY: every check passed · next: d deploys VaultV2, then c composes the proposal"},
		{"deployed", passingCheck("upgrade-2"), nil, true, "✓ READY: every check passed · next: c composes the proposal"},
	} {
		if got := VerdictLine(st, k, tt.c, tt.overrides, tt.deployed, 200); got != tt.want {
			t.Errorf("%s: %q\nwant %q", tt.name, got, tt.want)
		}
	}

	c := passingCheck("upgrade-2")
	confirmed := &session.Action{Status: session.ActionStatusConfirmed, Block: 146}
	pending := &session.Action{Status: session.ActionStatusPending, TxHash: txDeploy}
	at := " at " + addrNewImpl.Hex()
	for _, tt := range []struct {
		name string
		d    deployState
		act  *session.Action
		want string
	}{
		{"none", deployState{}, nil, "○ not deployed yet: the guardian's next transaction creates it" + at},
		{"planning", deployState{phase: deployPlanning}, nil, "… preparing the deployment" + at},
		{"reviewing", deployState{phase: deployReviewing, planID: "deploy-upgrade-2"}, nil, "… the confirm dialog shows it: y signs and sends, any other key cancels"},
		{"cancelled", deployState{phase: deployCancelled}, nil, "○ cancelled: nothing was sent · d prepares it again"},
		{"sending", deployState{phase: deploySending, planID: "deploy-upgrade-2"}, nil, "… deploying" + at + " (deploy-upgrade-2): sending"},
		{"pending", deployState{phase: deploySending, planID: "deploy-upgrade-2"}, pending, "… deploying" + at + " (deploy-upgrade-2): sent, tx " + txDeploy.Hex() + ", waiting until mined"},
		{"mined", deployState{phase: deployDone, planID: "deploy-upgrade-2"}, nil, "✓ deployed: mined" + at + " (deploy-upgrade-2)"},
		{"confirmed", deployState{phase: deployDone, planID: "deploy-upgrade-2"}, confirmed, "✓ deployed in block 146" + at + " (deploy-upgrade-2)"},
		{"failed", deployState{phase: deployFailed, err: "nonce moved"}, nil, "✗ failed: nonce moved · d tries again"},
	} {
		if got := DeployLine(st, k, c, tt.d, tt.act, 300); got != "deployment  "+tt.want {
			t.Errorf("%s: %q\nwant %q", tt.name, got, "deployment  "+tt.want)
		}
	}
	c.Deployed = true
	if got := DeployLine(st, k, c, deployState{}, nil, 300); got != "deployment  ✓ deployed already"+at {
		t.Errorf("deployed already: %q", got)
	}
}

func TestConfirmShowsCreation(t *testing.T) {
	p := deployPlan(passingCheck("upgrade-1"))
	lines := strings.Join(confirmLines(themes.NewStyles(themes.Mono()), p, 1337, 100), "\n")
	code := p.Txs[0].Data
	for _, s := range []string{"creates       contract at " + addrNewImpl.Hex(), "(create VaultV2)", "creation code, 4,902 bytes",
		"code hash     " + crypto.Keccak256Hash(hexutil.MustDecode(code)).Hex(), txDeploy.Hex()} {
		if !strings.Contains(lines, s) {
			t.Errorf("the deployment's confirm dialog lacks %q:\n%s", s, lines)
		}
	}
	if strings.Contains(lines, "target") {
		t.Errorf("a creation shows a target:\n%s", lines)
	}
	if strings.Contains(lines, code[:80]) {
		t.Errorf("the dialog spells out the creation code rather than its size and hash")
	}
}

func TestStepBar(t *testing.T) {
	st := themes.NewStyles(themes.Mono())
	items := []stepItem{{"proxy", "Vault", stageDone}, {"implementation", "VaultV2", stageDone}, {"initializer", "", stageCurrent}, {"checks", "", stageTodo}, {"proposal", "", stageTodo}}
	want := "✓ 1 proxy: Vault › ✓ 2 implementation: VaultV2 › ▸ 3 initializer › 4 checks › 5 proposal"
	if got := StepBar(st, items, 200); got != want {
		t.Errorf("StepBar = %q, want %q", got, want)
	}
}

func TestNextOverride(t *testing.T) {
	keys := []string{"a", "b", "c"}
	for _, tt := range []struct {
		reasons map[string]string
		last    string
		want    string
	}{
		{nil, "", "a"},
		{map[string]string{"a": "r"}, "a", "b"},
		{map[string]string{"a": "r"}, "b", "c"},
		{map[string]string{"a": "r", "c": "r"}, "c", "b"},
		{map[string]string{"a": "r", "b": "r", "c": "r"}, "a", "b"}, // all given: walk on
		{map[string]string{"a": "r", "b": "r", "c": "r"}, "c", "a"},
		{map[string]string{"b": "r"}, "gone", "a"},
	} {
		if got := nextOverride(keys, tt.reasons, tt.last); got != tt.want {
			t.Errorf("nextOverride(%v, last %q) = %q, want %q", tt.reasons, tt.last, got, tt.want)
		}
	}
}
