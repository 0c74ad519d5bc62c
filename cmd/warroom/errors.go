package main

import (
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"warroom/session/config"
)

// Exit codes.
const (
	exitOK    = 0
	exitError = 1 // an error while running
	exitUsage = 2 // bad usage or bad input, refused before anything starts
)

// exitErr is an error that carries the exit code warroom ends with.
//
// A subcommand returns usageErrorf (or usageError) for input it refuses before
// anything starts: exit 2, and the user is pointed to -h. Any other error a
// subcommand's RunE returns is an error while running: exit 1 (runErrors
// sees to it). Errors cobra itself returns before RunE (an unknown flag, a
// flag value that does not parse, the wrong number of arguments, a missing
// required flag) are bad usage: exit 2. reported(code) is for a command that
// has already told the user what went wrong and only sets the exit code.
type exitErr struct {
	code int
	err  error // nil: already reported
}

func (e *exitErr) Error() string {
	if e.err == nil {
		return fmt.Sprintf("exit status %d", e.code)
	}
	return e.err.Error()
}

func (e *exitErr) Unwrap() error { return e.err }

// usageErrorf is bad usage or bad input, refused before anything starts
// (exit 2). Say what was wrong, where (flag, argument, file) and what would
// be right, in one sentence without the command's name: that is added.
func usageErrorf(format string, a ...any) error {
	return &exitErr{code: exitUsage, err: fmt.Errorf(format, a...)}
}

// usageError is usageErrorf for an error that already says it all.
func usageError(err error) error {
	return &exitErr{code: exitUsage, err: err}
}

// reported ends warroom with code after the command said what went wrong
// itself; exitOK is no error.
func reported(code int) error {
	if code == exitOK {
		return nil
	}
	return &exitErr{code: code}
}

// runErrors makes every error that c's hooks and RunE (and its subcommands')
// return an error while running (exit 1), unless it carries its own code; so
// what is left unclassified is cobra's own errors about flags and arguments,
// which are bad usage. Call it once on the whole tree.
func runErrors(c *cobra.Command) {
	for _, hook := range []*func(*cobra.Command, []string) error{
		&c.PersistentPreRunE, &c.PreRunE, &c.RunE, &c.PostRunE, &c.PersistentPostRunE,
	} {
		if run := *hook; run != nil {
			*hook = func(cmd *cobra.Command, args []string) error {
				err := run(cmd, args)
				var e *exitErr
				if err != nil && !errors.As(err, &e) {
					return &exitErr{code: exitError, err: err}
				}
				return err
			}
		}
	}
	for _, sub := range c.Commands() {
		runErrors(sub)
	}
}

// report tells the user about err, the outcome of cmd, in one line (and for
// bad usage a pointer to -h), and returns the exit code.
func report(cmd *cobra.Command, err error, stderr io.Writer) int {
	if err == nil {
		return exitOK
	}
	code := exitUsage // cobra's own: flags and arguments
	var e *exitErr
	if errors.As(err, &e) {
		code = e.code
		if e.err == nil {
			return code
		}
	}
	fmt.Fprintf(stderr, "%s: %v\n", cmd.CommandPath(), err)
	if code == exitUsage {
		fmt.Fprintf(stderr, "Run '%s -h' for usage.\n", cmd.CommandPath())
	}
	return code
}

// flagError is the FlagErrorFunc of the whole tree: a flag cobra could not
// parse is bad usage, and when the flag was mistyped it says which one was
// meant.
func flagError(cmd *cobra.Command, err error) error {
	var notExist *pflag.NotExistError
	if !errors.As(err, &notExist) {
		return usageError(err)
	}
	flags := cmd.Flags()
	if short := notExist.GetSpecifiedShortnames(); short != "" {
		// -headless: pflag reads shorthands h, e, … and stumbles on e.
		name, _, _ := strings.Cut(short, "=")
		var long *pflag.Flag
		flags.VisitAll(func(f *pflag.Flag) {
			if len(name) >= 2 && strings.HasSuffix(f.Name, name) && len(f.Name)-len(name) <= 1 {
				long = f
			}
		})
		if long != nil {
			return usageErrorf("unknown flag -%s; long flags take two dashes: --%s", long.Name, long.Name)
		}
		return usageError(err)
	}
	if near := nearestFlag(flags, notExist.GetSpecifiedName()); near != "" {
		return usageErrorf("%v; did you mean --%s?", err, near)
	}
	return usageError(err)
}

// nearestFlag is the flag whose name is within two edits of name, or has
// it as a prefix; "" when none is.
func nearestFlag(flags *pflag.FlagSet, name string) string {
	best, bestDist := "", 3
	flags.VisitAll(func(f *pflag.Flag) {
		if f.Hidden {
			return
		}
		d := config.EditDistance(name, f.Name)
		if len(name) >= 3 && strings.HasPrefix(f.Name, name) {
			d = min(d, 1)
		}
		if d < bestDist {
			best, bestDist = f.Name, d
		}
	})
	return best
}
