package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"warroom/session"
)

// replay --headless writes the journal's events as JSON lines, exactly as
// recorded: the same bytes, so every line still checks against its hash;
// the same events (seq, kind, hash) the drill printed as it ran.
func TestReplayHeadlessIsTheJournal(t *testing.T) {
	fx := fixture(t)
	code, out, errOut := runBin(t, "replay", "--headless", fx.journal)
	if code != 0 || errOut != "" {
		t.Fatalf("exit %d, stderr %q", code, errOut)
	}
	journal, err := os.ReadFile(fx.journal)
	if err != nil {
		t.Fatal(err)
	}
	if out != string(journal) {
		t.Fatalf("replay --headless (%d bytes) is not the journal (%d bytes)", len(out), len(journal))
	}
	replayed, sum, partial, err := parseStream([]byte(out))
	if err != nil || sum != nil || len(partial) > 0 {
		t.Fatalf("replayed stream: %v, summary %v, partial %q", err, sum, partial)
	}
	if len(replayed) != len(fx.events) {
		t.Fatalf("replay wrote %d events, the drill printed %d", len(replayed), len(fx.events))
	}
	for i, ev := range replayed {
		d := fx.events[i]
		if ev.Seq != d.Seq || ev.Kind != d.Kind || ev.Hash != d.Hash || ev.Prev != d.Prev || !ev.Time.Equal(d.Time) {
			t.Fatalf("event %d: replayed %d %s %s, the drill printed %d %s %s", i+1, ev.Seq, ev.Kind, ev.Hash, d.Seq, d.Kind, d.Hash)
		}
		if _, err := session.DecodeEvent(bytes.TrimSuffix([]byte(strings.SplitAfter(out, "\n")[i]), []byte("\n"))); err != nil {
			t.Fatalf("replayed line %d does not check against its hash: %v", i+1, err)
		}
	}
}

// replay --at TIME prints, as JSON, the state the reducer builds from the
// events recorded at or before TIME.
func TestReplayAtPrintsTheState(t *testing.T) {
	fx := fixture(t)
	events, err := session.OpenJournal(fx.journal)
	if err != nil {
		t.Fatal(err)
	}
	start, end := events[0].Time, events[len(events)-1].Time
	mid := events[len(events)/2]
	cases := []struct {
		at   string
		when time.Time
	}{
		{"+2s", start.Add(2 * time.Second)},
		{"+0s", start},
		{mid.Time.Format(time.RFC3339Nano), mid.Time},
		{end.Format(time.RFC3339Nano), end},
	}
	for _, c := range cases {
		t.Run(c.at, func(t *testing.T) {
			code, out, errOut := runBin(t, "replay", "--at", c.at, fx.journal)
			if code != 0 || errOut != "" {
				t.Fatalf("exit %d, stderr %q", code, errOut)
			}
			var want session.State
			n := 0
			for _, ev := range events {
				if ev.Time.After(c.when) {
					break
				}
				want = session.Reduce(want, ev)
				n++
			}
			if n == 0 {
				t.Fatalf("no event at or before %s", c.when)
			}
			var got session.State
			if err := json.Unmarshal([]byte(out), &got); err != nil {
				t.Fatalf("stdout is not a state as JSON: %v\n%.500s", err, out)
			}
			if got.Seq != uint64(n) || got.Hash != events[n-1].Hash {
				t.Fatalf("--at %s: state at event %d (%.12s…), want %d (%.12s…)", c.at, got.Seq, got.Hash, n, events[n-1].Hash)
			}
			wantJSON, _ := json.Marshal(want)
			var compact bytes.Buffer
			if err := json.Compact(&compact, []byte(out)); err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(compact.Bytes(), wantJSON) {
				t.Fatalf("--at %s: the state printed is not the reducer's after %d events", c.at, n)
			}
		})
	}
	if code, out, _ := runBin(t, "replay", "--at", "+2s", fx.journal); code != 0 || !strings.HasPrefix(out, "{\n  \"started\": {") {
		t.Errorf("--at +2s is not indented JSON: exit %d\n%.200s", code, out)
	}
}

// A time outside the session is refused in one sentence that names the
// journal and the session's span (exit 2).
func TestReplayAtOutsideTheSession(t *testing.T) {
	fx := fixture(t)
	events, err := session.OpenJournal(fx.journal)
	if err != nil {
		t.Fatal(err)
	}
	day := events[0].Time.UTC().Format("2006-01-02")
	for _, c := range []struct {
		at   string
		want []string
	}{
		{"+10h", []string{"outside the session", day}},
		{"1999-01-01T00:00:00Z", []string{"outside the session", "1999-01-01T00:00:00Z"}},
		{events[len(events)-1].Time.Add(time.Minute).Format(time.RFC3339), []string{"outside the session"}},
		{"-2s", []string{`"-2s" is not an offset`}},
		{"yesterday", []string{`"yesterday" is not a time`}},
	} {
		code, out, errOut := runBin(t, "replay", "--at", c.at, fx.journal)
		if code != exitUsage || out != "" {
			t.Errorf("--at %s: exit %d, stdout %.100q; want exit 2 and nothing on stdout", c.at, code, out)
		}
		oneSentence(t, "--at "+c.at, errOut, append(c.want, "--at", fx.journal)...)
	}
}

// Files that are not a journal, or have nothing in it, are refused by every
// command that reads a journal, in one sentence naming the file (and the
// line, where there is one), with a non-zero exit.
func TestCommandsRefuseWhatIsNotAJournal(t *testing.T) {
	dir := t.TempDir()
	files := []struct {
		name, content string
		want          []string // besides the file's path
	}{
		{"notes.txt", "incident notes\nsecond line\n", []string{":1 is not a warroom journal"}},
		{"config.json", `{"rpc":"http://127.0.0.1:8545"}` + "\n", []string{":1 is not a warroom journal", "JSON"}},
		{"empty.jsonl", "", []string{"is empty"}},
		{"blank.jsonl", "\n\n  \n", []string{"is empty"}},
		{"noline.txt", "hello", []string{":1 is not a warroom journal"}},
		{"archive.gz", "\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03", []string{":1 is not a warroom journal"}},
		{"blank-then-text.txt", "\n\nnot a journal\n", []string{":3 is not a warroom journal"}},
	}
	commands := [][]string{
		{"replay", "--headless"},
		{"replay", "--at", "+1s"},
		{"report"},
		{"report", "-o", filepath.Join(dir, "pm.md")},
		{"journal", "verify"},
		{"journal", "verify", "--json"},
		{"drill", "--headless", "--block-time", "50ms", "--resume"},
	}
	for _, f := range files {
		path := filepath.Join(dir, f.name)
		if err := os.WriteFile(path, []byte(f.content), 0o600); err != nil {
			t.Fatal(err)
		}
		for _, c := range commands {
			args := append(append([]string{}, c...), path)
			what := strings.Join(c, " ") + " " + f.name
			code, out, errOut := runBin(t, args...)
			if code == 0 {
				t.Errorf("%s: exit 0; stderr %q", what, errOut)
				continue
			}
			if c[0] != "journal" && out != "" {
				t.Errorf("%s: stdout %.200q, want nothing", what, out)
			}
			oneSentence(t, what, errOut, append([]string{path}, f.want...)...)
		}
		if b, err := os.ReadFile(path); err != nil || string(b) != f.content {
			t.Errorf("%s was changed by a refused command: %q", f.name, b)
		}
	}
	if _, err := os.Stat(filepath.Join(dir, "pm.md")); err == nil {
		t.Error("report -o wrote a post-mortem of a file that is not a journal")
	}
	if torn, _ := filepath.Glob(filepath.Join(dir, "*.torn")); len(torn) > 0 {
		t.Errorf("a refused command set lines aside: %v", torn)
	}
}

// tamper writes a copy of the fixture's journal with line n (1-based)
// changed by how.
func tamper(t *testing.T, journal string, n int, how string) (string, [][]byte) {
	t.Helper()
	lines := journalLines(t, journal)
	var out [][]byte
	switch how {
	case "changed":
		l := bytes.Clone(lines[n-1])
		i := bytes.Index(l, []byte(`"data":`)) + len(`"data":`) + 1
		for l[i] < '0' || l[i] > '9' {
			i++
		}
		l[i] = '0' + (l[i]-'0'+1)%10 // one digit of the data
		out = append(append(append(out, lines[:n-1]...), l), lines[n:]...)
	case "removed":
		out = append(append(out, lines[:n-1]...), lines[n:]...)
	case "swapped":
		out = append(append(append(append(out, lines[:n-1]...), lines[n]), lines[n-1]), lines[n+1:]...)
	default:
		t.Fatalf("tamper %q", how)
	}
	path := filepath.Join(t.TempDir(), "tampered.jsonl")
	if err := os.WriteFile(path, bytes.Join(out, nil), 0o600); err != nil {
		t.Fatal(err)
	}
	return path, lines
}

// A journal that stops verifying at line N: replay writes the N-1 events
// before it and report covers them, both exit 1 saying where it stops;
// journal verify exits 1 naming the line; a drill refuses to resume it.
func TestTamperedJournalStopsAtItsLine(t *testing.T) {
	fx := fixture(t)
	n := len(fx.events)/2 + 1
	for _, how := range []string{"changed", "removed", "swapped"} {
		t.Run(how, func(t *testing.T) {
			path, lines := tamper(t, fx.journal, n, how)
			at := fmt.Sprintf("%s:%d", path, n)

			code, out, errOut := runBin(t, "replay", "--headless", path)
			if code != exitError || out != string(bytes.Join(lines[:n-1], nil)) {
				t.Errorf("replay --headless: exit %d, %d bytes; want exit 1 and the %d lines before line %d", code, len(out), n-1, n)
			}
			oneSentence(t, "replay --headless", errOut, at, "does not verify", fmt.Sprintf("after the %d events that verify", n-1))

			code, out, errOut = runBin(t, "report", path)
			if code != exitError || !strings.Contains(out, "# Post-mortem") {
				t.Errorf("report: exit %d; want 1 with the report of what verifies", code)
			}
			oneSentence(t, "report", errOut, at, fmt.Sprintf("covers the %d events before it", n-1))

			code, out, errOut = runBin(t, "journal", "verify", path)
			if code != exitError || !strings.Contains(out, "DOES NOT VERIFY") {
				t.Errorf("journal verify: exit %d, stdout %q", code, out)
			}
			oneSentence(t, "journal verify", errOut, at, fmt.Sprintf("the %d event(s) before line %d verify", n-1, n))

			code, _, errOut = runBin(t, "drill", "--headless", "--resume", path)
			if code != exitUsage {
				t.Errorf("drill --resume: exit %d, want 2", code)
			}
			oneSentence(t, "drill --resume", errOut, at, "never appends to a broken chain")
			if _, err := os.Stat(path + ".torn"); err == nil {
				t.Error("a refused resume set a line aside")
			}
		})
	}
}

// An event of a kind this binary does not know is kept: replayed as it is,
// in the replayed state's unknown events, listed in the report; and the
// journal verifies.
func TestUnknownKindIsReplayedAndReported(t *testing.T) {
	fx := fixture(t)
	events, err := session.OpenJournal(fx.journal)
	if err != nil {
		t.Fatal(err)
	}
	// The fixture's events resealed with two from a newer version in the
	// middle: an unknown kind, and a known kind whose data this version
	// cannot read.
	path := filepath.Join(t.TempDir(), "newer.jsonl")
	j, err := session.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	mid := len(events) / 2
	var future, odd session.Event
	for i, ev := range events {
		if i == mid {
			if future, err = j.Append(ev.Time, "incident.escalated", map[string]any{"to": "SEAL 911", "severity": 1}); err != nil {
				t.Fatal(err)
			}
			if odd, err = j.Append(ev.Time, session.KindNote, []string{"a note", "as a newer version writes it"}); err != nil {
				t.Fatal(err)
			}
		}
		if _, err := j.Append(ev.Time, ev.Kind, ev.Data); err != nil {
			t.Fatal(err)
		}
	}
	if err := j.Close(); err != nil {
		t.Fatal(err)
	}

	if code, out, errOut := runBin(t, "journal", "verify", path); code != 0 {
		t.Fatalf("journal verify: exit %d\n%s%s", code, out, errOut)
	}
	code, out, errOut := runBin(t, "replay", "--headless", path)
	if code != 0 || errOut != "" {
		t.Fatalf("replay --headless: exit %d, stderr %q", code, errOut)
	}
	replayed, _, _, err := parseStream([]byte(out))
	if err != nil || len(replayed) != len(events)+2 || replayed[mid].Kind != "incident.escalated" || replayed[mid].Hash != future.Hash || replayed[mid+1].Hash != odd.Hash {
		t.Fatalf("replay --headless: %v; %d events, event %d %+v", err, len(replayed), mid+1, replayed[min(mid, len(replayed)-1)])
	}
	code, out, errOut = runBin(t, "replay", "--at", events[len(events)-1].Time.Format(time.RFC3339Nano), path)
	if code != 0 || errOut != "" {
		t.Fatalf("replay --at: exit %d, stderr %q", code, errOut)
	}
	var st session.State
	if err := json.Unmarshal([]byte(out), &st); err != nil {
		t.Fatal(err)
	}
	if len(st.Unknown) != 2 || st.Unknown[0].Kind != "incident.escalated" || st.Unknown[0].Seq != future.Seq || st.Unknown[1].Seq != odd.Seq {
		t.Fatalf("the replayed state's unknown events: %+v", st.Unknown)
	}
	code, out, errOut = runBin(t, "report", path)
	if code != 0 || errOut != "" {
		t.Fatalf("report: exit %d, stderr %q", code, errOut)
	}
	if !strings.Contains(out, "`incident.escalated`") {
		t.Errorf("the report does not list the unknown kind:\n%s", out)
	}
	t.Run("known kind that does not decode", func(t *testing.T) {
		if !strings.Contains(out, "as a newer version writes it") && strings.Count(out, "`note`") == 0 {
			t.Errorf("the report drops event %d, a note whose data this version cannot read (the replayed state keeps it)", odd.Seq)
		}
	})
}

// A journal without session.ended (a killed session) replays, reports and
// verifies, and each says that it ends without session.ended.
func TestJournalWithoutSessionEnded(t *testing.T) {
	fx := fixture(t)
	lines := journalLines(t, fx.journal)
	path := filepath.Join(t.TempDir(), "killed.jsonl")
	cut := bytes.Join(lines[:len(lines)-2], nil) // without session.ended
	if err := os.WriteFile(path, cut, 0o600); err != nil {
		t.Fatal(err)
	}
	last := fx.events[len(fx.events)-2]
	warning := fmt.Sprintf("%s ended without session.ended (its last event is %s at line %d)", path, last.Kind, last.Seq)

	code, out, errOut := runBin(t, "journal", "verify", path)
	if code != 0 || !strings.Contains(out, "(no session.ended)") || !strings.Contains(out, "verifies") {
		t.Errorf("journal verify: exit %d\n%s", code, out)
	}
	oneSentence(t, "journal verify", errOut, "warning: ", warning)

	code, out, _ = runBin(t, "journal", "verify", "--json", path)
	var s JournalSummary
	if err := json.Unmarshal([]byte(out), &s); err != nil || code != 0 || s.Ended || !s.Verified || s.LastKind != string(last.Kind) || s.Head != last.Hash {
		t.Errorf("journal verify --json: exit %d, %+v (%v)", code, s, err)
	}

	code, out, errOut = runBin(t, "report", path)
	if code != 0 || !strings.Contains(out, "The journal ends without `session.ended`") {
		t.Errorf("report: exit %d; the report does not say the journal ends without session.ended (stderr %q)", code, errOut)
	}

	code, out, errOut = runBin(t, "replay", "--headless", path)
	if code != 0 || out != string(cut) {
		t.Errorf("replay --headless: exit %d, %d bytes of %d", code, len(out), len(cut))
	}
	oneSentence(t, "replay --headless", errOut, "warning: ", warning)

	code, _, errOut = runBin(t, "replay", "--at", "+1s", path)
	if code != 0 {
		t.Errorf("replay --at: exit %d", code)
	}
	oneSentence(t, "replay --at", errOut, "warning: ", warning)
}
