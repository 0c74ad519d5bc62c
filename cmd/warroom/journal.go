package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
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
	if v.Break != nil {
		s.Problems = append(s.Problems, v.Break.Error()+fmt.Sprintf("; the %d event(s) before line %d verify", len(v.Events), v.Break.Line))
	}
	switch {
	case len(v.Events) == 0 && v.Break == nil && v.Torn == nil:
		s.Problems = append(s.Problems, fmt.Sprintf("%s is empty: a journal holds at least session.started", v.Name))
	case len(v.Events) > 0 && v.Events[0].Kind != session.KindSessionStarted:
		s.Problems = append(s.Problems, fmt.Sprintf("%s:1: the first event is %s, not session.started: the start of the journal is missing", v.Name, v.Events[0].Kind))
	}
	if v.Torn != nil {
		s.Warnings = append(s.Warnings, v.Err().Error())
	}
	if len(v.Events) > 0 && !s.Ended && v.Break == nil {
		s.Warnings = append(s.Warnings, fmt.Sprintf("%s ended without session.ended (its last event is %s at line %d): the session crashed, was killed, or is still being written", v.Name, s.LastKind, v.Lines))
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

// headLine is how a session's end names its head: the anchor to keep.
func headLine(path string, seq uint64, head string) string {
	return fmt.Sprintf("journal %s: %d events, head %s (check it later with: warroom journal verify %s --head %s)", path, seq, head, path, head)
}

// errJournalFailed is how a command says the journal stopped the session.
func errJournalFailed(err error) error {
	return errors.Join(errors.New("the journal could not be written, so the session stopped at once"), err)
}
