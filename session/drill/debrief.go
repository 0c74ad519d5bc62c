package drill

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"math/big"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"warroom/chain"
	"warroom/chain/artifact"
	"warroom/chain/shadow"
	"warroom/chain/watch"
	"warroom/session"
)

// The debrief: when a drill ends (its script over, or the trainee quit) it
// is scored from its journal alone (Debrief), plus the one figure only the
// running drill can measure: what the attacker's transactions would have
// drained had nobody responded (unpausedRun). It is journaled as
// drill.scored.

// The rubric: points per line, out of session.MaxScore.
const (
	pointsDetection = 15 // the first alert acknowledged, soon after the attack
	pointsPause     = 30 // paused soon after the attack (or before it)
	pointsSaved     = 20 // the share of the unpaused drain kept in the protocol
	pointsComposed  = 8  // the right fix composed
	pointsVerified  = 12 // and verified running behind the proxy
	pointsWrongFix  = 5  // no wrong fix deployed or composed, once fixing began
	pointsChecklist = 10 // checklist steps done with evidence

	// graceBlocks is how many blocks after the first attack still earn a
	// line's full points; each block after costs lateCost, down to a floor
	// for doing it at all.
	graceBlocks     = 2
	lateCost        = 2
	detectionFloor  = 3
	pauseFloor      = 5
	checklistSteps  = session.NumSteps - 1 // the post-mortem comes after the drill
	secondsDecimals = 1000                 // seconds are kept to the millisecond
)

// incidents are real incidents' times to pause (REFERENCES.md), for the
// comparison; before means the protocol was paused before the attack
// transaction.
var incidents = []struct {
	name, paused string
	after        time.Duration
	before       bool
}{
	{"Parallel 2026", "before the attack transaction (the attack contract was caught at deployment)", 0, true},
	{"Venus 2025", "20 min after the malicious transaction", 20 * time.Minute, false},
	{"Ronin 2024", "about 40 min after the attack", 40 * time.Minute, false},
}

// Measured is what the running drill adds to the journal's figures.
type Measured struct {
	// Reason is why the drill ended: "script over", "responder quit".
	Reason string
	// Unpaused is the measured drain of a run nobody responded to; nil
	// when it was not measured (a journal scored after the fact).
	Unpaused *session.Unpaused
}

// Debrief scores a drill from its journal's events. It is a pure function
// of them and m: the same journal scores the same, live or recorded. The
// scenario (for its wrong fixes and its first attack block) is the one
// session.started names; a journal of an unknown scenario is scored
// without them.
func Debrief(events []session.Event, m Measured) session.Scored {
	var (
		st                              session.State
		ack, paused, composed, verified *session.Moment
		sc                              Scenario
		known                           bool
		// scheduled is the block of the script's first attack, and
		// scheduledAt when it was seen: the mark when no attack drained.
		scheduled   uint64
		scheduledAt time.Time
	)
	for _, ev := range events {
		st = session.Reduce(st, ev)
		switch {
		case ev.Kind == session.KindSessionStarted || ev.Kind == session.KindSessionResumed:
			var err error
			sc, err = Lookup(st.Started.Scenario)
			known = err == nil
			scheduled, scheduledAt = 0, time.Time{}
			if known && st.Started.From > 0 {
				scheduled = st.Started.From + sc.AttackFrom - 1
			}
		case ev.Kind == session.KindBlock && scheduled != 0 && st.Head.Number == scheduled && scheduledAt.IsZero():
			scheduledAt = ev.Time
		case ev.Kind == session.KindAlertAcknowledged && ack == nil:
			ack = &session.Moment{Block: st.Head.Number, At: ev.Time}
		case ev.Kind == session.KindUpgradeComposed && composed == nil:
			if _, ok := st.Route(); ok {
				composed = &session.Moment{Block: st.Head.Number, At: ev.Time}
			}
		}
		if paused == nil && st.PausedBlock != 0 {
			paused = &session.Moment{Block: st.PausedBlock, At: ev.Time}
		}
		if verified == nil {
			for _, u := range st.Upgrades {
				if u.Verified != 0 {
					verified = &session.Moment{Block: u.Verified, At: ev.Time}
					break
				}
			}
		}
	}

	d := session.Scored{Scenario: st.Started.Scenario, Seed: st.Started.Seed, Reason: m.Reason, Block: st.Head.Number}
	switch {
	case st.FirstAttack != nil:
		d.Attack = &session.AttackMark{Block: st.FirstAttack.Block, At: st.FirstAttack.Seen, Drained: true}
	case scheduled != 0 && !scheduledAt.IsZero():
		d.Attack = &session.AttackMark{Block: scheduled, At: scheduledAt}
	}
	for _, mo := range []*session.Moment{ack, paused, composed, verified} {
		if mo != nil && d.Attack != nil {
			mo.AfterBlocks = int64(mo.Block) - int64(d.Attack.Block)
			mo.AfterSeconds = math.Round(mo.At.Sub(d.Attack.At).Seconds()*secondsDecimals) / secondsDecimals
		}
	}
	d.Acknowledged, d.Paused, d.Composed, d.Verified = ack, paused, composed, verified
	for _, a := range st.Actions {
		if a.Action == session.ActionPause && a.Auto && a.Status == session.ActionStatusConfirmed {
			d.AutoPaused = true
		}
	}

	d.Value = scoreValue(st.TotalDrained(), m.Unpaused)
	var wrong []string
	if known {
		for _, f := range sc.Fixes {
			if !f.Right {
				wrong = append(wrong, f.Artifact)
			}
		}
	}
	d.WrongFixes = wrongFixes(&st, wrong)
	d.Checklist = checklist(&st)
	d.Compared = compare(d.Attack, paused)
	if known && sc.treasury != nil {
		d.Rubric = requestRubric(&st, &d)
	} else {
		d.Rubric = rubric(&st, &d)
	}
	for _, l := range d.Rubric {
		d.Score += l.Points
	}
	return d
}

func scoreValue(drained *big.Int, u *session.Unpaused) session.ScoredValue {
	v := session.ScoredValue{Drained: drained}
	if u == nil {
		return v
	}
	v.Unpaused = u
	saved := new(big.Int).Sub(u.Drained, drained)
	if saved.Sign() < 0 {
		saved.SetInt64(0)
	}
	v.Saved = &session.Saved{Amount: saved}
	if u.Drained.Sign() > 0 {
		v.Saved.Percent = int(new(big.Int).Quo(new(big.Int).Mul(saved, big.NewInt(100)), u.Drained).Int64())
	} else {
		v.Saved.Percent = 100 // nothing to lose, nothing lost
	}
	return v
}

// artifactName is the implementation an upgrade check was of, by its
// artifact's name: "built-in VaultV2" and ".../VaultV2.json" are VaultV2.
func artifactName(u *session.Upgrade) string {
	ref := ""
	switch {
	case u.Composed != nil:
		ref = u.Composed.Artifact
	case u.Layout != nil:
		ref = u.Layout.Report.New
	}
	if name, ok := strings.CutPrefix(ref, "built-in "); ok {
		return name
	}
	return strings.TrimSuffix(filepath.Base(ref), filepath.Ext(ref))
}

// wrongFixes finds the upgrades of the scenario's wrong fixes: caught when
// their checks refused them (an unsafe layout, a failed shadow test) and
// nothing of theirs was deployed or composed; shipped when it was.
func wrongFixes(st *session.State, wrong []string) session.WrongFixes {
	var w session.WrongFixes
	for i := range st.Upgrades {
		u := &st.Upgrades[i]
		name := artifactName(u)
		isWrong := false
		for _, n := range wrong {
			isWrong = isWrong || n == name
		}
		if !isWrong {
			continue
		}
		label := fmt.Sprintf("%s (%s)", u.ID, name)
		deployed := false
		if a, ok := st.Action(session.ActionDeploy + "-" + u.ID); ok && a.Status == session.ActionStatusConfirmed {
			deployed = true
		}
		refused := (u.Layout != nil && !u.Layout.Report.Safe()) || (u.Shadow != nil && !u.Shadow.Pass)
		switch {
		case deployed || u.Composed != nil:
			w.Shipped = append(w.Shipped, label)
		case refused:
			w.Caught = append(w.Caught, label)
		}
	}
	return w
}

// rightFix reports whether an upgrade is not one of the wrong fixes.
func rightFix(u *session.Upgrade, w session.WrongFixes) bool {
	for _, l := range append(append([]string(nil), w.Caught...), w.Shipped...) {
		if strings.HasPrefix(l, u.ID+" ") {
			return false
		}
	}
	return true
}

func checklist(st *session.State) session.ScoredChecklist {
	c := session.ScoredChecklist{Of: checklistSteps}
	for i, s := range st.Steps {
		if i+1 == session.StepPostMortem || !s.Done {
			continue
		}
		c.Done++
		if !s.Manual || s.Note != "" {
			c.Evidence++
		}
	}
	return c
}

// compare sets the drill's pause beside the real incidents'.
func compare(attack *session.AttackMark, paused *session.Moment) []session.Comparison {
	if attack == nil {
		return nil
	}
	out := make([]session.Comparison, 0, len(incidents))
	for _, inc := range incidents {
		c := session.Comparison{Incident: inc.name, Paused: inc.paused}
		switch {
		case paused == nil:
			c.Verdict = "never"
		case paused.AfterBlocks <= 0:
			c.Verdict = "sooner"
			if inc.before {
				c.Verdict = "as early"
			}
		case inc.before || time.Duration(paused.AfterSeconds*float64(time.Second)) >= inc.after:
			c.Verdict = "later"
		default:
			c.Verdict = "sooner"
		}
		out = append(out, c)
	}
	return out
}

// late is a line's points for something done blocks after the first
// attack: full within graceBlocks, lateCost less per block after, never
// below floor.
func late(full, floor int, blocks int64) int {
	if blocks <= graceBlocks {
		return full
	}
	return max(floor, full-lateCost*int(blocks-graceBlocks))
}

func blocksAfter(m *session.Moment) string {
	switch {
	case m.AfterBlocks < 0:
		return fmt.Sprintf("%d blocks before the first attack", -m.AfterBlocks)
	case m.AfterBlocks == 0:
		return "in the first attack's block"
	case m.AfterBlocks == 1:
		return "1 block after the first attack"
	}
	return fmt.Sprintf("%d blocks after the first attack", m.AfterBlocks)
}

// rubric scores d, line by line, each with its reason.
func rubric(st *session.State, d *session.Scored) []session.RubricLine {
	grace := fmt.Sprintf("full points within %d blocks of the first attack, %d fewer per block after", graceBlocks, lateCost)
	var out []session.RubricLine
	add := func(name string, points, maxPoints int, why string) {
		out = append(out, session.RubricLine{Name: name, Points: points, Max: maxPoints, Why: why})
	}

	// Detection.
	pausedBefore := d.Paused != nil && d.Attack != nil && d.Paused.AfterBlocks <= 0
	switch {
	case d.Attack == nil:
		add("Detection", 0, pointsDetection, "the drill ended before the first attack")
	case pausedBefore:
		add("Detection", pointsDetection, pointsDetection, "paused before the attack: it never drained")
	case d.Acknowledged == nil:
		why := "no alert was acknowledged"
		if d.AutoPaused {
			why += " (the circuit breaker paused)"
		}
		add("Detection", 0, pointsDetection, why)
	default:
		add("Detection", late(pointsDetection, detectionFloor, d.Acknowledged.AfterBlocks), pointsDetection,
			"first alert acknowledged "+blocksAfter(d.Acknowledged)+"; "+grace)
	}

	// Pause.
	switch {
	case d.Paused == nil:
		add("Pause", 0, pointsPause, "never paused")
	case d.Attack == nil:
		add("Pause", pointsPause, pointsPause, "paused before any attack")
	default:
		why := "paused " + blocksAfter(d.Paused)
		if d.AutoPaused {
			why += " by the circuit breaker"
		}
		add("Pause", late(pointsPause, pauseFloor, d.Paused.AfterBlocks), pointsPause, why+"; "+grace)
	}

	// Value saved.
	switch v := d.Value; {
	case v.Unpaused == nil:
		add("Value saved", 0, pointsSaved, "not measured: the drill did not run the unpaused figure")
	case v.Unpaused.Drained.Sign() == 0:
		add("Value saved", pointsSaved, pointsSaved, "an unpaused run would have lost nothing by now")
	default:
		pts := int(new(big.Int).Quo(new(big.Int).Mul(v.Saved.Amount, big.NewInt(pointsSaved)), v.Unpaused.Drained).Int64())
		add("Value saved", pts, pointsSaved, fmt.Sprintf("%d%% of what an unpaused run drains was kept: %s of %s; %d points per 100%%",
			v.Saved.Percent, chain.FormatEther(v.Saved.Amount, 3), chain.FormatEther(v.Unpaused.Drained, 3), pointsSaved))
	}

	// The fix.
	var right *session.Upgrade
	for i := range st.Upgrades {
		if u := &st.Upgrades[i]; u.Composed != nil && rightFix(u, d.WrongFixes) && (right == nil || u.Verified != 0) {
			right = u
		}
	}
	switch {
	case right == nil:
		add("Fix composed", 0, pointsComposed, "no right fix was composed")
	default:
		add("Fix composed", pointsComposed, pointsComposed, fmt.Sprintf("%s of %s composed%s", right.ID, artifactName(right), when(d, d.Composed)))
	}
	switch {
	case right == nil || right.Verified == 0:
		add("Fix verified", 0, pointsVerified, "no fix was seen running behind the proxy")
	default:
		add("Fix verified", pointsVerified, pointsVerified, fmt.Sprintf("the proxy runs %s from block %d", artifactName(right), right.Verified))
	}
	w := d.WrongFixes
	switch {
	case len(w.Shipped) > 0:
		add("Wrong fixes", 0, pointsWrongFix, "shipped: "+strings.Join(w.Shipped, ", "))
	case len(st.Upgrades) == 0:
		add("Wrong fixes", 0, pointsWrongFix, "no fix was tried")
	case len(w.Caught) > 0:
		add("Wrong fixes", pointsWrongFix, pointsWrongFix, "caught before any was deployed: "+strings.Join(w.Caught, ", "))
	default:
		add("Wrong fixes", pointsWrongFix, pointsWrongFix, "none shipped")
	}

	// The checklist.
	c := d.Checklist
	add("Checklist", pointsChecklist*c.Evidence/c.Of, pointsChecklist, fmt.Sprintf("%d of %d steps done with evidence (ticked by it, or by hand with a note); %d done in all",
		c.Evidence, c.Of, c.Done))
	return out
}

// requestRubric scores a drill whose danger is a Safe request
// (malicious-safe-tx): refusing it takes the pause's points, never signing
// it the fix's; detection and the checklist count as in any drill.
func requestRubric(st *session.State, d *session.Scored) []session.RubricLine {
	var out []session.RubricLine
	for _, l := range rubric(st, d) {
		switch l.Name {
		case "Detection", "Value saved", "Checklist":
			out = append(out, l)
		}
	}
	add := func(name string, points, maxPoints int, why string) {
		out = append(out, session.RubricLine{Name: name, Points: points, Max: maxPoints, Why: why})
	}
	var refused, signed []string
	for _, q := range st.Requests {
		switch {
		case q.Refused != nil && q.Refused.Auto:
			refused = append(refused, q.ID+" by the automatic responder: "+q.Refused.Reason)
		case q.Refused != nil:
			refused = append(refused, q.ID+" by "+q.Refused.By+": "+q.Refused.Reason)
		case q.Signed != nil:
			signed = append(signed, q.ID)
		}
	}
	switch {
	case len(signed) > 0:
		add("Request refused", 0, pointsPause, "signed "+strings.Join(signed, ", ")+": the third signature it needed")
	case len(refused) > 0:
		add("Request refused", pointsPause, pointsPause, "refused "+strings.Join(refused, "; "))
	case len(st.Requests) == 0:
		add("Request refused", 0, pointsPause, "the drill ended before the request")
	default:
		add("Request refused", pointsPause/2, pointsPause, "left open: not signed, not refused; the owners who signed it were never told")
	}
	nothing := pointsComposed + pointsVerified + pointsWrongFix
	if len(signed) > 0 {
		add("Nothing signed blind", 0, nothing, "the request's hashes and decoded call showed a delegatecall to an unknown contract, and it was signed")
	} else {
		add("Nothing signed blind", nothing, nothing, "no request with a warning was signed")
	}
	return out
}

// when is " at block N, k blocks after the first attack", or without the
// attack when there was none.
func when(d *session.Scored, m *session.Moment) string {
	switch {
	case m == nil:
		return ""
	case d.Attack == nil:
		return fmt.Sprintf(" at block %d", m.Block)
	}
	return fmt.Sprintf(" at block %d, %s", m.Block, blocksAfter(m))
}

// unpausedRun measures what the attacker's transactions would have drained
// had nobody responded: a shadow of the protocol that is never paused nor
// upgraded. It follows the real protocol block by block:
//
//   - while the shadow and the real protocol hold the same and the real
//     protocol is neither paused nor upgraded, a transaction does to the
//     shadow what it did for real: an attack's drain is read off its trace;
//   - once they differ, a transaction that failed for real (an attack, or
//     a depositor's deposit a paused vault refused) and an attack that
//     would meet another balance are replayed as calls (debug_traceCall) at
//     their block, on the protocol with its paused flag cleared, its first
//     implementation back in the ERC-1967 slot, and each contract's balance
//     set to the shadow's; the shadow gains or loses what the call moves.
//
// The figure is what the attacker's transactions took from the shadow. It
// replays the drill's own transactions, not the ones its script would have
// sent in another world (a depositor withdraws a share of what the real
// vault holds), so it is a measurement of this run, close to what an
// unpaused run of the same script drains. It runs on its own goroutine,
// one block at a time in the order the watcher recorded them, so its
// traces and calls never hold the watcher up (follow, settle, stop).
type unpausedRun struct {
	mu sync.Mutex
	c  chain.Client
	// queue holds the blocks recorded and not yet measured; pending
	// counts them.
	queue   chan unpausedBlock
	pending sync.WaitGroup
	cancel  context.CancelFunc
	// attacker is the attacker's key; signer reads senders.
	attacker common.Address
	signer   types.Signer
	// protocol are the contracts whose value counts; impl is each one's
	// implementation when the drill began, pausedFlag where it keeps its
	// Pausable flag.
	protocol   []common.Address
	impl       map[common.Address]common.Address
	pausedFlag map[common.Address]shadow.SlotPatch
	// deficit is what the shadow holds less than the real protocol.
	deficit   map[common.Address]*big.Int
	drained   *big.Int
	attacks   int
	simulated int
	through   uint64
	err       error
}

// newUnpausedRun prepares the shadow of the protocol as it stands now.
func newUnpausedRun(ctx context.Context, c chain.Client, chainID *big.Int, watched []chain.Watched, artifacts map[common.Address]*artifact.Artifact) (*unpausedRun, error) {
	u := &unpausedRun{c: c, attacker: Key(roleAttacker).Address(), signer: types.LatestSignerForChainID(chainID),
		impl: map[common.Address]common.Address{}, pausedFlag: map[common.Address]shadow.SlotPatch{},
		deficit: map[common.Address]*big.Int{}, drained: new(big.Int)}
	for _, w := range watched {
		if w.Role != chain.RoleProtocol {
			continue
		}
		u.protocol = append(u.protocol, w.Address)
		impl, err := watch.ReadImplementation(ctx, c, w.Address, nil)
		if err != nil {
			return nil, fmt.Errorf("unpaused figure: %w", err)
		}
		if impl == (common.Address{}) {
			continue
		}
		u.impl[w.Address] = impl
		if a := artifacts[impl]; w.Pausable && a != nil && a.Layout != nil {
			if v, ok := a.Layout.Var("_paused"); ok {
				if slot, ok := new(big.Int).SetString(v.Slot, 10); ok {
					u.pausedFlag[w.Address] = shadow.SlotPatch{Account: w.Address, Slot: common.BigToHash(slot), Offset: v.Offset, Size: 1}
				}
			}
		}
	}
	return u, nil
}

// unpausedBlock is a recorded block and the protocol as read at it.
type unpausedBlock struct {
	b chain.BlockInfo
	p chain.ProtocolState
}

// start runs the measurement beside the watcher; warn hears its error.
func (u *unpausedRun) start(warn func(error)) {
	ctx, cancel := context.WithCancel(context.Background())
	u.queue, u.cancel = make(chan unpausedBlock, 4096), cancel
	go func() {
		for it := range u.queue {
			if err := u.block(ctx, it.b, it.p); err != nil && ctx.Err() == nil {
				warn(err)
			}
			u.pending.Done()
		}
	}()
}

// follow queues block b, read as p, for the measurement.
func (u *unpausedRun) follow(b chain.BlockInfo, p chain.ProtocolState) {
	u.pending.Add(1)
	u.queue <- unpausedBlock{b: b, p: p}
}

// settle waits until every block queued is measured.
func (u *unpausedRun) settle() { u.pending.Wait() }

// stop ends the measurement; nothing may be queued after it.
func (u *unpausedRun) stop() {
	close(u.queue)
	u.cancel()
}

// errNoPausedFlag is the shadow's refusal to replay an attack on a
// pausable contract whose paused flag it cannot find.
var errNoPausedFlag = errors.New("no _paused flag in the implementation's storage layout")

// block measures block b; p is the protocol as read at b.
func (u *unpausedRun) block(ctx context.Context, b chain.BlockInfo, p chain.ProtocolState) error {
	u.mu.Lock()
	defer u.mu.Unlock()
	if u.err != nil {
		return nil // stopped at its first error, already warned
	}
	if err := u.measure(ctx, b, u.diverged(p)); err != nil {
		u.err = err
		return fmt.Errorf("the unpaused figure is not measured: %w", err)
	}
	u.through = b.Number
	return nil
}

// diverged reports whether the shadow differs from the real protocol: it
// holds other balances, or the real one is paused or upgraded.
func (u *unpausedRun) diverged(p chain.ProtocolState) bool {
	if !u.inStep() {
		return true
	}
	for _, c := range p.Contracts {
		if impl, ok := u.impl[c.Address]; (c.Pausable && c.Paused) || (ok && c.Implementation != impl) {
			return true
		}
	}
	return false
}

func (u *unpausedRun) measure(ctx context.Context, b chain.BlockInfo, diverged bool) error {
	n := new(big.Int).SetUint64(b.Number)
	blk, err := u.c.BlockByNumber(ctx, n)
	if err != nil {
		return fmt.Errorf("block %d: %w", b.Number, err)
	}
	txs := blk.Transactions()
	attack := make([]bool, len(txs))
	attacked := false
	for i, tx := range txs {
		if from, err := types.Sender(u.signer, tx); err == nil && from == u.attacker && tx.To() != nil {
			attack[i], attacked = true, true
		}
	}
	if !attacked && !diverged {
		return nil // the shadow does what the real protocol did
	}
	frames, err := u.c.TraceBlock(ctx, blk.Hash())
	if err != nil {
		return fmt.Errorf("trace block %d: %w", b.Number, err)
	}
	if len(frames) != len(txs) {
		return fmt.Errorf("block %d: %d traces for %d transactions", b.Number, len(frames), len(txs))
	}
	for i, tx := range txs {
		failed := frames[i].Error != ""
		if !attack[i] && (tx.To() == nil || !diverged || !failed || !u.touches(frames[i])) {
			continue // it did to the shadow what it did for real
		}
		real := u.losses(shadow.Flows(frames[i]))
		taken := real
		if failed || !u.inStep() {
			from, _ := types.Sender(u.signer, tx)
			call := shadow.Call{From: from, To: *tx.To(), Data: tx.Data(), Value: tx.Value(), Gas: tx.Gas()}
			o, err := u.overrides(ctx, n)
			if err != nil {
				return err
			}
			out, err := shadow.Simulate(ctx, u.c, call, n, o)
			if err != nil {
				return fmt.Errorf("replay %s: %w", tx.Hash().Hex(), err)
			}
			taken = u.losses(out.Flows)
			if attack[i] {
				u.simulated++
			}
		}
		if attack[i] {
			u.attacks++
		}
		for _, addr := range u.protocol {
			d := u.deficitOf(addr)
			d.Add(d, taken[addr])
			d.Sub(d, real[addr])
			if attack[i] {
				u.drained.Add(u.drained, taken[addr])
			}
		}
	}
	return nil
}

// touches reports whether a call tree calls a protocol contract.
func (u *unpausedRun) touches(f *chain.CallFrame) bool {
	if f.To != nil {
		for _, addr := range u.protocol {
			if *f.To == addr {
				return true
			}
		}
	}
	for i := range f.Calls {
		if u.touches(&f.Calls[i]) {
			return true
		}
	}
	return false
}

// losses is what each protocol contract lost in flows (negative for a gain).
func (u *unpausedRun) losses(flows []shadow.Flow) map[common.Address]*big.Int {
	out := make(map[common.Address]*big.Int, len(u.protocol))
	for _, addr := range u.protocol {
		out[addr] = new(big.Int)
	}
	for _, f := range flows {
		if l, ok := out[f.Address]; ok {
			l.Sub(l, f.Delta)
		}
	}
	return out
}

func (u *unpausedRun) deficitOf(addr common.Address) *big.Int {
	d, ok := u.deficit[addr]
	if !ok {
		d = new(big.Int)
		u.deficit[addr] = d
	}
	return d
}

// inStep reports whether the shadow holds what the real protocol holds.
func (u *unpausedRun) inStep() bool {
	for _, d := range u.deficit {
		if d.Sign() != 0 {
			return false
		}
	}
	return true
}

// overrides are the shadow protocol at block n: unpaused, on its first
// implementation, holding the real balance less the deficit.
func (u *unpausedRun) overrides(ctx context.Context, n *big.Int) (shadow.Overrides, error) {
	o := shadow.Overrides{}
	for _, addr := range u.protocol {
		if impl, ok := u.impl[addr]; ok {
			o.SetSlot(addr, chain.ImplementationSlot, common.BytesToHash(impl.Bytes()))
		}
		if p, ok := u.pausedFlag[addr]; ok {
			patched, err := shadow.PatchSlot(ctx, u.c, p, n)
			if err != nil {
				return nil, err
			}
			o.SetSlot(addr, p.Slot, patched.After)
		} else if paused, err := watch.ReadPaused(ctx, u.c, addr, n); err == nil && paused {
			return nil, fmt.Errorf("%s is paused: %w", addr.Hex(), errNoPausedFlag)
		}
		if d := u.deficit[addr]; d != nil && d.Sign() != 0 {
			bal, err := u.c.BalanceAt(ctx, addr, n)
			if err != nil {
				return nil, fmt.Errorf("balance of %s: %w", addr.Hex(), err)
			}
			bal.Sub(bal, d)
			if bal.Sign() < 0 {
				bal.SetInt64(0)
			}
			o.SetBalance(addr, bal)
		}
	}
	return o, nil
}

// figure is the measurement so far; nil after an error stopped it.
func (u *unpausedRun) figure() *session.Unpaused {
	if u == nil {
		return nil
	}
	u.mu.Lock()
	defer u.mu.Unlock()
	if u.err != nil {
		return nil
	}
	return &session.Unpaused{Drained: new(big.Int).Set(u.drained), Attacks: u.attacks, Simulated: u.simulated, Through: u.through}
}

// score computes the debrief from the journal and records it as
// drill.scored, unless the newest one recorded says the same (a drill
// scored when its script ended and not changed since is not scored again
// when the trainee quits). It returns the debrief recorded or standing.
func (d *Drill) score(reason string) (session.Scored, error) {
	d.scoreMu.Lock()
	defer d.scoreMu.Unlock()
	v, err := session.VerifyFile(d.session.JournalPath())
	if err != nil {
		return session.Scored{}, fmt.Errorf("score the drill: %w", err)
	}
	if v.Break != nil {
		return session.Scored{}, fmt.Errorf("score the drill: %w", v.Break)
	}
	d.unpaused.settle()
	m := Measured{Reason: reason, Unpaused: d.unpaused.figure()}
	if t := d.scenario.treasury; t != nil {
		// What a signature would have lost: the treasury, swept by the
		// backdoor in the block after the request executes.
		m.Unpaused = &session.Unpaused{Drained: new(big.Int).Set(t), Through: d.last.Load(), Basis: session.BasisSigned}
	}
	sc := Debrief(v.Events, m)
	if d.scored != nil && sameFigures(*d.scored, sc) {
		return *d.scored, nil
	}
	if _, err := d.session.Record(session.KindDrillScored, sc); err != nil {
		return session.Scored{}, err
	}
	d.scored = &sc
	return sc, nil
}

// sameFigures compares two debriefs but for why and when they were made.
func sameFigures(a, b session.Scored) bool {
	a.Reason, a.Block, b.Reason, b.Block = "", 0, "", 0
	for _, v := range []*session.ScoredValue{&a.Value, &b.Value} {
		if v.Unpaused != nil {
			u := *v.Unpaused
			u.Through = 0
			v.Unpaused = &u
		}
	}
	ja, errA := json.Marshal(a)
	jb, errB := json.Marshal(b)
	return errA == nil && errB == nil && string(ja) == string(jb)
}

// Scored is the drill's newest debrief; ok is false before it is scored.
func (d *Drill) Scored() (session.Scored, bool) {
	d.scoreMu.Lock()
	defer d.scoreMu.Unlock()
	if d.scored == nil {
		return session.Scored{}, false
	}
	return *d.scored, true
}
