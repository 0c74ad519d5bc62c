package tui

import (
	"context"
	"path/filepath"
	"testing"
	"time"

	"github.com/charmbracelet/x/exp/teatest"

	"warroom/session"
	"warroom/session/drill"
	"warroom/themes"
)

// TestConsoleSafeRequest runs the console on the malicious-safe-tx drill:
// the header flags the request, a opens the board with its hashes and the
// delegatecall warning; s asks once more and any other key cancels (nothing
// signed); then r refuses it, journaled, and the header lets go of it.
// A second run signs it with s, y: the trainee's signature is journaled.
func TestConsoleSafeRequest(t *testing.T) {
	for _, sign := range []bool{false, true} {
		name := "refuse"
		if sign {
			name = "sign"
		}
		t.Run(name, func(t *testing.T) {
			ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
			defer cancel()
			d, err := drill.Start(ctx, drill.Config{Scenario: "malicious-safe-tx", Journal: filepath.Join(t.TempDir(), "j.jsonl")})
			if err != nil {
				t.Fatal(err)
			}
			defer d.Close("test over")
			app := New(Options{Session: d.Session(), Responder: d.Responder(), Theme: themes.Mono(), Title: "drill · malicious-safe-tx"})
			tm := teatest.NewTestModel(t, app, teatest.WithInitialTermSize(160, 48))
			out := watchOutput(tm)
			waitFor := func(what string) {
				t.Helper()
				deadline := time.Now().Add(20 * time.Second)
				for !out.shown(what) {
					if time.Now().After(deadline) {
						st := d.Session().State()
						t.Fatalf("the console never showed %q; requests %+v warnings %+v", what, st.Requests, st.Warnings)
					}
					time.Sleep(10 * time.Millisecond)
				}
			}
			for len(d.Session().State().Requests) == 0 {
				if _, err := d.Step(ctx); err != nil {
					t.Fatal(err)
				}
			}
			q := d.Session().State().Requests[0]
			waitFor("⚠ Safe " + q.ID + " is a delegatecall")
			tm.Send(keyMsg("a"))
			waitFor(q.Tx.SafeTxHash.Hex())
			waitFor("DELEGATECALL")
			waitFor("not a known MultiSend")

			tm.Send(keyMsg("s"))
			waitFor("sign safeTxHash " + q.Tx.SafeTxHash.Hex() + " as your owner?")
			tm.Send(keyMsg("j"))
			waitFor(q.ID + " not signed")
			now := d.Session().State()
			if got, _ := now.Request(q.ID); !got.Open() {
				t.Fatalf("the request was decided by a cancelled sign: %+v", got)
			}

			if sign {
				tm.Send(keyMsg("s"))
				waitFor("as your owner?")
				tm.Send(keyMsg("y"))
				waitFor("journaled as safe.request.signed")
			} else {
				tm.Send(keyMsg("r"))
				waitFor("refused " + q.ID)
			}
			st := d.Session().State()
			got, _ := st.Request(q.ID)
			switch {
			case sign && (got.Signed == nil || got.Signed.Owner != drill.Key("cosigner-1").Address()):
				t.Fatalf("request after s, y: %+v", got)
			case !sign && (got.Refused == nil || got.Refused.Auto || got.Signed != nil):
				t.Fatalf("request after r: %+v", got)
			}
			if _, ok := st.OpenRequest(); ok {
				t.Error("the request is still open")
			}
			var kind session.Kind = session.KindSafeRequestRefused
			if sign {
				kind = session.KindSafeRequestSigned
			}
			if v, err := session.VerifyFile(d.Session().JournalPath()); err != nil || !hasKind(v.Events, kind) {
				t.Fatalf("the journal has no %s (%v)", kind, err)
			}
			if err := tm.Quit(); err != nil {
				t.Fatal(err)
			}
			tm.WaitFinished(t, teatest.WithFinalTimeout(5*time.Second))
		})
	}
}

func hasKind(evs []session.Event, k session.Kind) bool {
	for _, ev := range evs {
		if ev.Kind == k {
			return true
		}
	}
	return false
}
