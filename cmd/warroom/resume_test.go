package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"warroom/session"
)

// killedFixRun runs the fix route and kills it with SIGKILL once the drill
// has printed (acknowledged) an approval. It returns the journal and what
// was printed.
func killedFixRun(t *testing.T) (path string, printed []streamLine) {
	t.Helper()
	bin := warroomBin(t)
	dir := t.TempDir()
	path = filepath.Join(dir, "drill.jsonl")
	k, err := runAndKill(context.Background(), bin, dir, append(append([]string{}, fixtureArgs...), "--journal", path), 0, []byte(`"kind":"approval.added"`))
	if err != nil {
		t.Fatal(err)
	}
	if k.exited {
		t.Fatalf("the drill ended (exit %d) before an approval was printed\n%s", k.code, k.stderr)
	}
	printed, _, _, err = parseStream(k.stdout)
	if err != nil {
		t.Fatal(err)
	}
	return path, printed
}

func approvalsIn(t *testing.T, events []session.Event) []session.ApprovalAdded {
	t.Helper()
	var out []session.ApprovalAdded
	for _, ev := range events {
		if ev.Kind == session.KindApprovalAdded {
			var a session.ApprovalAdded
			if err := json.Unmarshal(ev.Data, &a); err != nil {
				t.Fatalf("event %d: %v", ev.Seq, err)
			}
			out = append(out, a)
		}
	}
	return out
}

// stateAtEnd is the state `warroom replay --at` prints at the journal's
// last event.
func stateAtEnd(t *testing.T, path string) session.State {
	t.Helper()
	v, err := session.VerifyFile(path)
	if err != nil {
		t.Fatal(err)
	}
	code, out, errOut := runBin(t, "replay", "--at", v.Events[len(v.Events)-1].Time.Format(time.RFC3339Nano), path)
	if code != 0 {
		t.Fatalf("replay --at the end: exit %d: %s", code, errOut)
	}
	var st session.State
	if err := json.Unmarshal([]byte(out), &st); err != nil {
		t.Fatal(err)
	}
	return st
}

// drill --resume on the journal of a fix route killed after an approval
// was acknowledged: the drill goes on in the same file, a torn last line
// set aside; the journal verifies and keeps every original event byte for
// byte, a session.resumed marks the new chain segment, what was in flight
// on the gone chain is failed, and the approvals collected before the kill
// are still in the state.
func TestResumeAfterKillKeepsApprovals(t *testing.T) {
	path, printed := killedFixRun(t)
	orig, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	v := session.Verify(bytes.Clone(orig), path)
	if v.Break != nil || len(v.Events) < len(printed) {
		t.Fatalf("the killed journal: %v, %d events, %d printed", v.Err(), len(v.Events), len(printed))
	}
	orig = orig[:v.Size]
	before := approvalsIn(t, v.Events)
	if len(before) == 0 {
		t.Fatal("no approval in the killed journal, though one was printed")
	}
	var pre session.State
	for _, ev := range v.Events {
		pre = session.Reduce(pre, ev)
	}
	// A torn last line, as a crash mid-write leaves it.
	n := len(v.Events)
	frag := fmt.Appendf(nil, `{"seq":%d,"time":"%s","kind":"block","data":{"num`, n+1, time.Now().UTC().Format(time.RFC3339Nano))
	if err := os.WriteFile(path, append(bytes.Clone(orig), frag...), 0o600); err != nil {
		t.Fatal(err)
	}

	code, out, errOut := runBin(t, "drill", "--headless", "--block-time", "50ms", "--auto-pause", "--resume", path)
	if code != 0 {
		t.Fatalf("drill --resume: exit %d\nstderr: %s", code, errOut)
	}
	after, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.HasPrefix(after, orig) {
		t.Fatal("the resumed journal does not keep the original events byte for byte")
	}
	if aside, err := os.ReadFile(path + ".torn"); err != nil || !bytes.Equal(aside, append(frag, '\n')) {
		t.Fatalf("the torn line was not set aside in %s.torn: %v %q", path, err, aside)
	}
	rv := session.Verify(after, path)
	if rv.Err() != nil || !rv.Ended() {
		t.Fatalf("the resumed journal: %v, ended %v", rv.Err(), rv.Ended())
	}
	for i, ev := range v.Events {
		if rv.Events[i].Hash != ev.Hash {
			t.Fatalf("event %d changed in the resume", ev.Seq)
		}
	}

	// The new segment's mark.
	mark := rv.Events[n]
	var res session.Resumed
	if err := json.Unmarshal(mark.Data, &res); err != nil || mark.Kind != session.KindSessionResumed {
		t.Fatalf("event %d is %s %s, want session.resumed", mark.Seq, mark.Kind, mark.Data)
	}
	if res.Segment != 2 || res.After != uint64(n) || res.AfterHash != v.Head() || res.TornBytes != len(frag) || res.PreviousEnd != "" || res.Mode != "drill" {
		t.Errorf("session.resumed: %+v; want segment 2 after event %d (%.12s…), %d torn bytes, no previous end", res, n, v.Head(), len(frag))
	}
	// What the resumed drill printed is what it appended.
	resumed, sum, _, err := parseStream([]byte(out))
	if err != nil || sum == nil || len(resumed) != len(rv.Events)-n {
		t.Fatalf("the resumed drill's stdout: %v, summary %v, %d events for %d appended", err, sum != nil, len(resumed), len(rv.Events)-n)
	}
	for i, ev := range resumed {
		if j := rv.Events[n+i]; j.Seq != ev.Seq || j.Hash != ev.Hash {
			t.Fatalf("stdout event %d (%d %s) is not the journal's %d %s", i+1, ev.Seq, ev.Kind, j.Seq, j.Kind)
		}
	}
	if !strings.Contains(errOut, "head "+rv.Head()) {
		t.Errorf("stderr does not name the head %s:\n%s", rv.Head(), errOut)
	}
	// What was in flight on the gone chain failed, right after the mark.
	for _, a := range pre.InFlight() {
		found := false
		for _, ev := range rv.Events[n+1:] {
			var f session.ActionFailed
			if ev.Kind == session.KindActionFailed && json.Unmarshal(ev.Data, &f) == nil && f.ID == a.ID {
				found = strings.Contains(f.Error, "resumed")
				break
			}
		}
		if !found {
			t.Errorf("action %s, in flight at the kill, is not failed after the resume", a.ID)
		}
	}

	code, vout, verr := runBin(t, "journal", "verify", "--json", path)
	var s JournalSummary
	if err := json.Unmarshal([]byte(vout), &s); err != nil || code != 0 || !s.Verified || s.Segments != 2 || !s.Ended || s.Head != rv.Head() {
		t.Errorf("journal verify: exit %d, %+v (%v) %s", code, s, err, verr)
	}

	// The approvals collected before the kill are still there, in the
	// journal and in the state.
	st := stateAtEnd(t, path)
	if len(st.Segments) != 1 || st.Segments[0].Seq != mark.Seq {
		t.Errorf("the state's segments: %+v", st.Segments)
	}
	for _, a := range before {
		u, ok := st.Upgrade(a.Upgrade)
		if !ok {
			t.Errorf("upgrade %s, approved before the kill, is gone from the state", a.Upgrade)
			continue
		}
		if got, ok := u.SignedBy(a.Route, a.Signer); !ok || got.SafeTxHash != a.SafeTxHash || got.Signature != a.Signature {
			t.Errorf("the approval of %s %s by %s (%s) is gone after the resume", a.Upgrade, a.Route, a.Signer, a.By)
		}
	}
	kept := approvalsIn(t, rv.Events[:n])
	if len(kept) != len(before) {
		t.Errorf("%d approvals before the resume, %d kept", len(before), len(kept))
	}
	t.Logf("killed after %d events (%d printed, %d approvals); resumed to %d events: %s", n, len(printed), len(before), len(rv.Events), sum.Summary)
}

// The resumed drill with --auto-pause pauses the new chain: the drill
// protocol there is deployed afresh, unpaused, and attacked again.
func TestResumeAutoPausesTheNewChain(t *testing.T) {
	path, _ := killedFixRun(t)
	code, out, errOut := runBin(t, "drill", "--headless", "--block-time", "50ms", "--auto-pause", "--resume", path)
	if code != 0 {
		t.Fatalf("drill --resume: exit %d\nstderr: %s", code, errOut)
	}
	events, sum, _, err := parseStream([]byte(out))
	if err != nil || sum == nil {
		t.Fatalf("%v, summary %v", err, sum)
	}
	paused := false
	for _, ev := range events {
		if ev.Kind == session.KindActionConfirmed && bytes.Contains(ev.Data, []byte(`"id":"pause-`)) {
			paused = true
		}
	}
	if !paused {
		t.Errorf("the resumed drill never paused its new chain; %s drained in all", sum.Drained)
	}
}
