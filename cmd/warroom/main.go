// Command warroom is a terminal console for the war room of a smart-contract
// security incident. See README.md.
//
// The command line is a cobra tree built by newRootCmd: one file per
// subcommand, each with its constructor newXCmd(*common) *cobra.Command, and
// errors.go for how an error becomes an exit code.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/spf13/cobra"
)

func main() {
	os.Exit(run(context.Background(), os.Args[1:], os.Stdin, os.Stdout, os.Stderr, os.Getenv))
}

// run is main without the process: everything a test can reach.
func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer, getenv func(string) string) int {
	c := &common{stdin: stdin, stdout: stdout, stderr: stderr, getenv: getenv, screen: terminal()}
	return execute(ctx, newRootCmd(c), args)
}

// execute runs the command tree root on args and returns the exit code,
// having told the user about any error.
func execute(ctx context.Context, root *cobra.Command, args []string) int {
	if args == nil {
		args = []string{} // nil would make cobra read os.Args
	}
	root.SetArgs(args)
	cmd, err := root.ExecuteContextC(ctx)
	if cmd == nil {
		cmd = root
	}
	return report(cmd, err, root.ErrOrStderr())
}

// common is what every subcommand gets from the process: standard streams
// (also cmd.InOrStdin, cmd.OutOrStdout, cmd.ErrOrStderr), the environment
// and the terminal the console runs on. Tests give their own.
type common struct {
	stdin          io.Reader
	stdout, stderr io.Writer
	getenv         func(string) string
	screen         screen
}

const rootLong = "warroom — incident war-room console for smart-contract responders"

// newRootCmd is the whole command tree. A new subcommand is one more
// AddCommand line here.
func newRootCmd(c *common) *cobra.Command {
	root := &cobra.Command{
		Use:           "warroom",
		Short:         "Incident war-room console for smart-contract responders",
		Long:          rootLong,
		SilenceErrors: true, // report prints them, once
		SilenceUsage:  true, // a usage error is one sentence and a pointer to -h
	}
	// Before the completion command is made: it keeps the stdout it finds.
	root.SetIn(c.stdin)
	root.SetOut(c.stdout)
	root.SetErr(c.stderr)
	root.SetFlagErrorFunc(flagError)
	// A command that only groups others shows them in its usage, not itself.
	root.SetUsageTemplate(strings.Replace(root.UsageTemplate(),
		"{{if .Runnable}}", `{{if and .Runnable (not (index .Annotations "group"))}}`, 1))

	root.AddCommand(newDrillCmd(c), newLayoutCmd(c), newVerifyCmd(c), newSignCmd(c), newJournalCmd(c), newReplayCmd(c), newReportCmd(c), newWatchCmd(c), newInitCmd(c))

	root.InitDefaultHelpCmd()
	root.InitDefaultCompletionCmd()
	refuseNonCommands(root)
	runErrors(root)
	return root
}

// refuseNonCommands makes every command that only groups others (warroom,
// warroom completion) refuse what is not one of them: alone, it prints its
// usage on stderr and exits 2; followed by a word that names no command, it
// says which was meant. Cobra would print the help and exit 0.
func refuseNonCommands(c *cobra.Command) {
	if c.HasSubCommands() && !c.Runnable() {
		if c.Annotations == nil {
			c.Annotations = map[string]string{}
		}
		c.Annotations["group"] = "true"
		c.SuggestionsMinimumDistance = 2
		c.Args = cobra.ArbitraryArgs
		c.RunE = func(cmd *cobra.Command, args []string) error {
			if len(args) == 0 {
				fmt.Fprintf(cmd.ErrOrStderr(), "%s\n\n%s", strings.TrimRight(cmd.Long, "\n"), cmd.UsageString())
				return reported(exitUsage)
			}
			return unknownCommand(cmd, args[0])
		}
	}
	for _, sub := range c.Commands() {
		refuseNonCommands(sub)
	}
}

// unknownCommand refuses a word that names no subcommand of c, and says
// which was meant or which there are.
func unknownCommand(c *cobra.Command, name string) error {
	if s := c.SuggestionsFor(name); len(s) > 0 {
		return usageErrorf("unknown command %q; did you mean %q?", name, s[0])
	}
	var names []string
	for _, sub := range c.Commands() {
		if sub.IsAvailableCommand() || sub.Name() == "help" {
			names = append(names, sub.Name())
		}
	}
	return usageErrorf("unknown command %q; the commands are %s", name, strings.Join(names, ", "))
}

// defaultJournal is $XDG_STATE_HOME/warroom/<name>-<UTC time>.jsonl.
func defaultJournal(getenv func(string) string, name string, now time.Time) (string, error) {
	dir := getenv("XDG_STATE_HOME")
	if dir == "" {
		home := getenv("HOME")
		if home == "" {
			return "", errors.New("neither XDG_STATE_HOME nor HOME is set; give --journal FILE")
		}
		dir = filepath.Join(home, ".local", "state")
	}
	return filepath.Join(dir, "warroom", fmt.Sprintf("%s-%s.jsonl", name, now.UTC().Format("20060102T150405.000Z"))), nil
}
