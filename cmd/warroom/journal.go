package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"regexp"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"warroom/session"
)

func newJournalCmd(c *common) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "journal",
		Short: "Check a session's journal",
		Long:  "Check a session's journal: the hash-chained record of an incident or a drill.",
	}
	cmd.AddCommand(newJournalVerifyCmd(c))
	return cmd
}

type journalVerifyOptions struct {
	head    string
	jsonOut bool
}

var headHash = regexp.MustCompile(`^[0-9a-f]{64}$`)

func newJournalVerifyCmd(c *common) *cobra.Command {
	var o journalVerifyOptions
	cmd := &cobra.Command{
		Use:   "verify FILE",
		Short: "Verify a journal's hash chain and print its summary",
		Long: `Verify a journal's hash chain, line by line, and print its summary: the
events, the first and last time, and the head hash (the last event's hash).

The head hash is printed when a session ends; give it back with --head to
attest that the journal is the one that was written then: a journal cut
short, or with lines appended, has another head.

Exit status: 0 the journal verifies (and its head is --head), 1 it does not
(a changed, removed or reordered line, named with its line number; or
another head), 2 bad usage or a file that cannot be read.`,
		Example: `  warroom journal verify drill.jsonl
  warroom journal verify drill.jsonl --head 5b1e0c…`,
		Args: exactlyOneFile,
		RunE: func(cmd *cobra.Command, args []string) error {
			return runJournalVerify(args[0], o, cmd.OutOrStdout(), cmd.ErrOrStderr())
		},
	}
	cmd.Flags().StringVar(&o.head, "head", "", "the head `hash` the journal must end with (64 hex digits, as printed when the session ended)")
	cmd.Flags().BoolVar(&o.jsonOut, "json", false, "print the summary as one JSON object")
	return cmd
}

// exactlyOneFile takes exactly one file argument.
func exactlyOneFile(_ *cobra.Command, args []string) error {
	if len(args) != 1 {
		return usageErrorf("takes one journal file, got %d argument(s)", len(args))
	}
	return nil
}

// JournalSummary is what journal verify prints.
type JournalSummary struct {
	File     string    `json:"file"`
	Verified bool      `json:"verified"`
	Events   int       `json:"events"`
	Lines    int       `json:"lines"`
	First    time.Time `json:"first,omitzero"`
	Last     time.Time `json:"last,omitzero"`
	LastKind string    `json:"lastKind,omitempty"`
	Head     string    `json:"head"`
	Ended    bool      `json:"ended"`
	Segments int       `json:"segments"`
	// Problems are what makes the journal fail (exit 1); Warnings are what
	// a reader should know but does not break the record.
	Problems []string `json:"problems,omitempty"`
	Warnings []string `json:"warnings,omitempty"`
}

func summarizeJournal(v *session.Verification, wantHead string) JournalSummary {
	s := JournalSummary{File: v.Name, Events: len(v.Events), Lines: v.Lines, Head: v.Head(), Ended: v.Ended(), Segments: 1}
	if n := len(v.Events); n > 0 {
		s.First, s.Last, s.LastKind = v.Events[0].Time, v.Events[n-1].Time, string(v.Events[n-1].Kind)
	}
	for _, ev := range v.Events {
		if ev.Kind == session.KindSessionResumed {
			s.Segments++
		}
	}
	switch {
	case len(v.Events) == 0:
		// Empty, not a journal, or damaged or torn at its first event.
		s.Problems = append(s.Problems, noEvent(v))
	case v.Break != nil:
		s.Problems = append(s.Problems, v.Break.Error()+fmt.Sprintf("; the %d event(s) before line %d verify", len(v.Events), v.Break.Line))
	}
	if len(v.Events) > 0 && v.Events[0].Kind != session.KindSessionStarted {
		s.Problems = append(s.Problems, fmt.Sprintf("%s:1: the first event is %s, not session.started: the start of the journal is missing", v.Name, v.Events[0].Kind))
	}
	if v.Torn != nil && len(v.Events) > 0 {
		s.Warnings = append(s.Warnings, v.Err().Error())
	}
	if w := notEnded(v); w != "" {
		s.Warnings = append(s.Warnings, w)
	}
	if wantHead != "" && wantHead != s.Head {
		s.Problems = append(s.Problems, fmt.Sprintf("%s: the head is %s, not the %s given with --head: the journal is not the one that head was printed for (lines were cut off, appended or rewritten)", v.Name, s.Head, wantHead))
	}
	s.Verified = len(s.Problems) == 0
	return s
}

func runJournalVerify(path string, o journalVerifyOptions, stdout, stderr io.Writer) error {
	want := strings.TrimPrefix(strings.ToLower(strings.TrimSpace(o.head)), "0x")
	if o.head != "" && !headHash.MatchString(want) {
		return usageErrorf("--head %q is not a hash: want the 64 hex digits printed when the session ended", o.head)
	}
	v, err := session.VerifyFile(path)
	if err != nil {
		return usageError(err)
	}
	s := summarizeJournal(v, want)
	if o.jsonOut {
		if err := json.NewEncoder(stdout).Encode(s); err != nil {
			return err
		}
	} else {
		printJournalSummary(stdout, s)
	}
	for _, w := range s.Warnings {
		fmt.Fprintf(stderr, "warning: %s\n", w)
	}
	if !s.Verified {
		for _, p := range s.Problems {
			fmt.Fprintf(stderr, "warroom journal verify: %s\n", p)
		}
		return reported(exitError)
	}
	return nil
}

func printJournalSummary(w io.Writer, s JournalSummary) {
	verdict := "verifies"
	if !s.Verified {
		verdict = "DOES NOT VERIFY"
	}
	fmt.Fprintf(w, "journal %s: %s\n", s.File, verdict)
	fmt.Fprintf(w, "  events    %d", s.Events)
	if s.Segments > 1 {
		fmt.Fprintf(w, " in %d chain segments", s.Segments)
	}
	fmt.Fprintln(w)
	if s.Events > 0 {
		fmt.Fprintf(w, "  first     %s\n", s.First.UTC().Format(time.RFC3339))
		end := s.LastKind
		if !s.Ended {
			end += " (no session.ended)"
		}
		fmt.Fprintf(w, "  last      %s  %s\n", s.Last.UTC().Format(time.RFC3339), end)
		fmt.Fprintf(w, "  duration  %s\n", s.Last.Sub(s.First).Round(time.Second))
	}
	fmt.Fprintf(w, "  head      %s\n", s.Head)
}

// noEvent says why a journal in which no event verifies has nothing in
// it, in one sentence naming the file and the line: empty (or blank
// lines only), not a journal at all, a journal damaged at its first event,
// or one whose first line a crash cut short. It is "" when an event verifies.
func noEvent(v *session.Verification) string {
	if len(v.Events) > 0 {
		return ""
	}
	switch {
	case v.Break != nil && !journalLine(lineOf(v.Name, v.Break.Line)):
		return fmt.Sprintf("%s:%d is not a warroom journal: %s", v.Name, v.Break.Line, v.Break.Problem)
	case v.Break != nil:
		return fmt.Sprintf("%v; no event before it verifies", v.Break)
	case v.Torn != nil && !tornFirstEvent(v.Torn):
		return fmt.Sprintf("%s:%d is not a warroom journal: its only line (%d bytes, no newline) is not a journal event", v.Name, v.TornLine, len(v.Torn))
	case v.Torn != nil:
		return fmt.Sprintf("journal %s holds no whole event: %v", v.Name, v.Err())
	}
	return fmt.Sprintf("journal %s is empty: there are no events in it (a journal holds at least session.started)", v.Name)
}

// notEnded is the warning for a journal that verifies to its end but does
// not end with session.ended, "" for any other.
func notEnded(v *session.Verification) string {
	if len(v.Events) == 0 || v.Ended() || v.Break != nil {
		return ""
	}
	return fmt.Sprintf("%s ended without session.ended (its last event is %s at line %d): the session crashed, was killed, or is still being written",
		v.Name, v.Events[len(v.Events)-1].Kind, v.Lines)
}

// journalLine reports whether line is shaped like a journal event (a JSON
// object with seq, kind and hash), whatever its hash says: a journal's
// line that was changed, not some other file's.
func journalLine(line []byte) bool {
	var ev map[string]json.RawMessage
	if json.Unmarshal(line, &ev) != nil {
		return false
	}
	_, seq := ev["seq"]
	_, kind := ev["kind"]
	_, hash := ev["hash"]
	return seq && kind && hash
}

// tornFirstEvent reports whether torn can be the first line of a journal
// cut short by a crash: the start of session.started's line as the journal
// writes it, or the zeros a power cut leaves.
func tornFirstEvent(torn []byte) bool {
	const start = `{"seq":1,"time":"`
	if len(bytes.Trim(torn, "\x00")) == 0 {
		return true
	}
	return bytes.HasPrefix(torn, []byte(start)) || bytes.HasPrefix([]byte(start), torn)
}

// lineOf is line n (1-based) of the file at path, nil when it cannot be read.
func lineOf(path string, n int) []byte {
	data, err := os.ReadFile(path)
	if err != nil || n < 1 {
		return nil
	}
	lines := bytes.SplitN(data, []byte("\n"), n+1)
	if len(lines) < n {
		return nil
	}
	return bytes.TrimRight(lines[n-1], "\r")
}

// headLine is how a session's end names its head: the anchor to keep.
func headLine(path string, seq uint64, head string) string {
	return fmt.Sprintf("journal %s: %d events, head %s (check it later with: warroom journal verify %s --head %s)", path, seq, head, path, head)
}

// errJournalFailed is how a command says the journal stopped the session.
func errJournalFailed(err error) error {
	return errors.Join(errors.New("the journal could not be written, so the session stopped at once"), err)
}
