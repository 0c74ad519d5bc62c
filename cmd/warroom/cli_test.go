package main

import (
	"bytes"
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/spf13/cobra"

	"warroom/session/config"
	"warroom/themes"
)

func TestHelpGoesToStdoutAndExitsZero(t *testing.T) {
	cases := []struct {
		args []string
		want []string
	}{
		{[]string{"help"}, []string{"Usage:", "warroom [command]", "drill", "completion"}},
		{[]string{"-h"}, []string{"Usage:", "drill"}},
		{[]string{"--help"}, []string{"Usage:", "drill"}},
		{[]string{"drill", "-h"}, []string{"warroom drill [scenario] [flags]", "--block-time duration", "--rpc-listen", "--journal", "--headless", "--auto-pause", "--theme", "--list", "reentrancy"}},
		{[]string{"help", "drill"}, []string{"warroom drill [scenario] [flags]"}},
		{[]string{"drill", "reentrancy", "--help"}, []string{"warroom drill [scenario] [flags]"}},
	}
	for _, c := range cases {
		t.Run(strings.Join(c.args, " "), func(t *testing.T) {
			code, out, errOut := runCmd(t, nil, c.args...)
			if code != exitOK || errOut != "" {
				t.Fatalf("exit %d, stderr %q", code, errOut)
			}
			for _, w := range c.want {
				if !strings.Contains(out, w) {
					t.Errorf("help does not show %q:\n%s", w, out)
				}
			}
			if strings.Contains(out, "warroom [flags]") {
				t.Errorf("help offers warroom without a command:\n%s", out)
			}
		})
	}
}

// A usage error is one sentence that names what was wrong and what would be
// right, then a pointer to -h: no help dump, no "Error:".
func TestUsageErrorsAreOneSentenceAndAPointer(t *testing.T) {
	cases := []struct {
		args    []string
		message string
		pointer string
	}{
		{[]string{"attack"}, `warroom: unknown command "attack"; the commands are completion, drill, help`, "warroom -h"},
		{[]string{"dril"}, `warroom: unknown command "dril"; did you mean "drill"?`, "warroom -h"},
		{[]string{"--verbose"}, "warroom: unknown flag: --verbose", "warroom -h"},
		{[]string{"drill", "--blocktime", "1s"}, "warroom drill: unknown flag: --blocktime; did you mean --block-time?", "warroom drill -h"},
		{[]string{"drill", "--auto"}, "warroom drill: unknown flag: --auto; did you mean --auto-pause?", "warroom drill -h"},
		{[]string{"drill", "-headless"}, "warroom drill: unknown flag -headless; long flags take two dashes: --headless", "warroom drill -h"},
		{[]string{"drill", "-journal=x.jsonl"}, "warroom drill: unknown flag -journal; long flags take two dashes: --journal", "warroom drill -h"},
		{[]string{"drill", "--block-time"}, "warroom drill: flag needs an argument: --block-time", "warroom drill -h"},
		{[]string{"drill", "--block-time", "0s"}, `warroom drill: invalid argument "0s" for "--block-time" flag: want a positive duration such as 2s or 200ms`, "warroom drill -h"},
		{[]string{"drill", "--theme", "neon", "reentrancy"}, `warroom drill: --theme: unknown theme "neon": choose one of ` + strings.Join(themes.Names(), ", "), "warroom drill -h"},
		{[]string{"drill", "reentrancy", "--theme", "neon"}, `warroom drill: --theme: unknown theme "neon"`, "warroom drill -h"},
		{[]string{"completion", "bsh"}, `warroom completion: unknown command "bsh"; did you mean "bash"?`, "warroom completion -h"},
	}
	for _, c := range cases {
		t.Run(strings.Join(c.args, " "), func(t *testing.T) {
			code, out, errOut := runCmd(t, map[string]string{"HOME": t.TempDir()}, c.args...)
			if code != exitUsage {
				t.Fatalf("exit %d, want %d; stderr: %s", code, exitUsage, errOut)
			}
			want := c.message + "\nRun '" + c.pointer + "' for usage.\n"
			if !strings.HasPrefix(errOut, c.message) || !strings.HasSuffix(errOut, "\nRun '"+c.pointer+"' for usage.\n") || strings.Count(errOut, "\n") != 2 {
				t.Errorf("stderr:\n%s\nwant:\n%s", errOut, want)
			}
			if strings.Contains(errOut, "Error:") || out != "" {
				t.Errorf("stdout %q, stderr %q", out, errOut)
			}
		})
	}
}

// A word alone that only groups commands is refused with its usage.
func TestGroupAloneIsBadUsage(t *testing.T) {
	for _, args := range [][]string{nil, {"completion"}} {
		code, out, errOut := runCmd(t, nil, args...)
		if code != exitUsage || out != "" || !strings.Contains(errOut, "Usage:") || !strings.Contains(errOut, "Available Commands:") {
			t.Errorf("%v: exit %d, stdout %q, stderr:\n%s", args, code, out, errOut)
		}
	}
}

func TestCompletionScripts(t *testing.T) {
	for _, shell := range []string{"bash", "zsh", "fish", "powershell"} {
		code, out, errOut := runCmd(t, nil, "completion", shell)
		if code != exitOK || errOut != "" || !strings.Contains(out, "warroom") || !strings.Contains(out, "__complete") {
			t.Errorf("%s: exit %d, stderr %q, %d bytes of script", shell, code, errOut, len(out))
		}
	}
}

func TestCompletions(t *testing.T) {
	cases := []struct {
		args []string
		want []string
		not  []string
	}{
		{[]string{"__complete", ""}, []string{"drill\t", "completion\t", "help\t"}, nil},
		{[]string{"__complete", "drill", ""}, []string{"reentrancy\tRe-entrancy", ":4\n"}, nil},
		{[]string{"__complete", "drill", "--headless", ""}, []string{"reentrancy\t"}, nil},
		{[]string{"__complete", "drill", "reentrancy", ""}, []string{":4\n"}, []string{"reentrancy"}},
		{[]string{"__complete", "drill", "--theme", ""}, themes.Names(), nil},
		{[]string{"__complete", "drill", "--journal", ""}, []string{"jsonl\n"}, nil},
		{[]string{"__complete", "drill", "--rpc-listen", ""}, []string{"127.0.0.1:8545\t"}, nil},
		{[]string{"__complete", "drill", "--"}, []string{"--block-time\t", "--rpc-listen\t", "--journal\t", "--headless\t", "--auto-pause\t", "--theme\t", "--list\t"}, nil},
	}
	for _, c := range cases {
		t.Run(strings.Join(c.args, " "), func(t *testing.T) {
			code, out, _ := runCmd(t, nil, c.args...)
			if code != exitOK {
				t.Fatalf("exit %d", code)
			}
			for _, w := range c.want {
				if !strings.Contains(out, w) {
					t.Errorf("completions do not offer %q:\n%s", w, out)
				}
			}
			for _, n := range c.not {
				if strings.Contains(out, n) {
					t.Errorf("completions offer %q:\n%s", n, out)
				}
			}
		})
	}
}

// How a new subcommand's errors become exit codes.
func TestExitCodesOfASubcommand(t *testing.T) {
	var stdout, stderr bytes.Buffer
	newTree := func() *cobra.Command {
		root := newRootCmd(&common{stdin: strings.NewReader(""), stdout: &stdout, stderr: &stderr, getenv: env(nil)})
		sub := &cobra.Command{
			Use:  "check FILE",
			Args: cobra.ExactArgs(1),
			RunE: func(cmd *cobra.Command, args []string) error {
				switch args[0] {
				case "bad.json":
					return usageErrorf("%s: not JSON; give a Safe transaction file", args[0])
				case "said.json":
					cmd.PrintErrln("warroom check: the hashes differ")
					return reported(exitError)
				case "ok.json":
					return nil
				}
				return errors.New("node unreachable")
			},
		}
		sub.Flags().Bool("offline", false, "")
		root.AddCommand(sub)
		runErrors(sub)
		return root
	}
	cases := []struct {
		args   []string
		code   int
		stderr string
	}{
		{[]string{"check", "ok.json"}, exitOK, ""},
		{[]string{"check", "x.json"}, exitError, "warroom check: node unreachable\n"},
		{[]string{"check", "said.json"}, exitError, "warroom check: the hashes differ\n"},
		{[]string{"check", "bad.json"}, exitUsage, "warroom check: bad.json: not JSON; give a Safe transaction file\nRun 'warroom check -h' for usage.\n"},
		{[]string{"check"}, exitUsage, "warroom check: accepts 1 arg(s), received 0\nRun 'warroom check -h' for usage.\n"},
		{[]string{"check", "--ofline", "ok.json"}, exitUsage, "warroom check: unknown flag: --ofline; did you mean --offline?\nRun 'warroom check -h' for usage.\n"},
	}
	for _, c := range cases {
		stdout.Reset()
		stderr.Reset()
		code := execute(context.Background(), newTree(), c.args)
		if code != c.code || stderr.String() != c.stderr {
			t.Errorf("%v: exit %d, stderr %q; want %d, %q", c.args, code, stderr.String(), c.code, c.stderr)
		}
	}
}

func TestEditDistance(t *testing.T) {
	for _, c := range []struct {
		a, b string
		d    int
	}{{"", "", 0}, {"", "abc", 3}, {"blocktime", "block-time", 1}, {"theme", "theme", 0}, {"them", "theme", 1}, {"speed", "list", 5}} {
		if got := config.EditDistance(c.a, c.b); got != c.d {
			t.Errorf("EditDistance(%q, %q) = %d, want %d", c.a, c.b, got, c.d)
		}
	}
}
