package main

import (
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/charmbracelet/glamour"
	"github.com/spf13/cobra"

	"warroom/session"
	postmortem "warroom/session/report"
)

type reportOptions struct {
	out   string
	view  bool
	width int
}

func newReportCmd(c *common) *cobra.Command {
	var o reportOptions
	cmd := &cobra.Command{
		Use:   "report FILE",
		Short: "Write the post-mortem of a recorded session as Markdown",
		Long: `Write the post-mortem of a recorded session, from its journal alone: the
SEAL 911 war-room record (summary with the times to detection, pause and
fix and the value drained, held and saved; a chart of the value over blocks;
the UTC timeline; transactions; affected addresses; actions; approvals; the
checklist with its evidence; notes; the drill's score), ending with the
journal's head hash and event count.

Markdown goes to stdout, or to a file with -o; --view renders it in the
terminal. A journal that stops verifying is reported up to the break, and
the report says where it stops (exit 1).`,
		Example: `  warroom report drill.jsonl -o postmortem.md
  warroom report drill.jsonl --view`,
		Args: exactlyOneFile,
		RunE: func(cmd *cobra.Command, args []string) error {
			return runReport(args[0], o, c, cmd.OutOrStdout(), cmd.ErrOrStderr())
		},
	}
	f := cmd.Flags()
	f.StringVarP(&o.out, "output", "o", "", "write the Markdown to this `file` instead of stdout")
	f.BoolVar(&o.view, "view", false, "render the report in the terminal (glamour) instead of printing Markdown")
	f.IntVar(&o.width, "width", 120, "with --view: wrap at this many `columns`")
	if err := cmd.MarkFlagFilename("output", "md"); err != nil {
		panic(err)
	}
	return cmd
}

func runReport(path string, o reportOptions, c *common, stdout, stderr io.Writer) error {
	if o.view && o.out != "" {
		return usageErrorf("--view renders in the terminal and -o writes a file; give one of them")
	}
	if o.width < 40 {
		return usageErrorf("--width %d is too narrow; give 40 columns or more", o.width)
	}
	v, err := loadJournal(path)
	if err != nil {
		return err
	}
	md, err := postmortem.Build(v, postmortem.Options{})
	if err != nil {
		return usageError(err)
	}
	switch {
	case o.view:
		style := "dark"
		if c.getenv("NO_COLOR") != "" {
			style = "notty"
		}
		r, err := glamour.NewTermRenderer(glamour.WithStandardStyle(style), glamour.WithWordWrap(o.width))
		if err != nil {
			return fmt.Errorf("render the report: %w", err)
		}
		out, err := r.Render(md)
		if err != nil {
			return fmt.Errorf("render the report: %w", err)
		}
		if _, err := io.WriteString(stdout, out); err != nil {
			return err
		}
	case o.out != "":
		if err := os.WriteFile(o.out, []byte(md), 0o644); err != nil {
			return fmt.Errorf("write the report: %w", err)
		}
		fmt.Fprintf(stderr, "warroom: report of %s (%d events, head %s) written to %s\n", path, len(v.Events), v.Head(), o.out)
	default:
		if _, err := io.WriteString(stdout, md); err != nil {
			return err
		}
	}
	if v.Break != nil {
		fmt.Fprintf(stderr, "warroom report: %v; the report covers the %d events before it\n", v.Break, len(v.Events))
		return reported(exitError)
	}
	return nil
}

// loadJournal reads and verifies a journal for a command that shows it
// (replay, report): a file that cannot be read, is empty, is not a
// journal, or holds no event that verifies is refused (exit 2) in one
// sentence naming the file and line (noEvent); a break later on is the
// caller's to report.
func loadJournal(path string) (*session.Verification, error) {
	v, err := session.VerifyFile(path)
	if err != nil {
		return nil, usageError(err)
	}
	if problem := noEvent(v); problem != "" {
		return nil, usageError(errors.New(problem))
	}
	return v, nil
}
