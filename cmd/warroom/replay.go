package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"os/signal"
	"path/filepath"
	"strings"
	"syscall"

	"github.com/spf13/cobra"

	"warroom/session"
	"warroom/session/replay"
	"warroom/themes"
	"warroom/tui"
)

type replayOptions struct {
	headless bool
	at       string
	speed    float64
	theme    string
}

func newReplayCmd(c *common) *cobra.Command {
	o := replayOptions{speed: 1}
	cmd := &cobra.Command{
		Use:   "replay FILE",
		Short: "Play back a recorded session in the console, read-only",
		Long: `Play back a recorded session from its journal: the same console, driven by
the journal's events through the same reducer, so every position shows what
the responder saw then. Nothing is read from a chain and nothing is sent:
action keys say "this is a replay".

Keys: space play/pause · + and - speed (0.5× to 1000×, then as fast as
possible) · ← → one event · g G start and end · ] [ next and previous alert or
action · t jump to a time (+12m from the start, 03:21:05 UTC, or RFC 3339).

--headless writes the events that verify as JSON lines, exactly as recorded;
--at TIME prints the state at that moment as JSON. A journal that stops
verifying is replayed up to the break, and the replay says where it stops.`,
		Example: `  warroom replay drill.jsonl
  warroom replay drill.jsonl --headless | jq -c 'select(.kind=="alert")'
  warroom replay drill.jsonl --at +2m`,
		Args: exactlyOneFile,
		RunE: func(cmd *cobra.Command, args []string) error {
			return runReplay(cmd.Context(), args[0], o, c, cmd.OutOrStdout(), cmd.ErrOrStderr())
		},
	}
	f := cmd.Flags()
	f.BoolVar(&o.headless, "headless", false, "no console: write the events as JSON lines")
	f.StringVar(&o.at, "at", "", "print the state at this `time` as JSON: +12m (from the start), 03:21:05 (UTC) or RFC 3339")
	f.Float64Var(&o.speed, "speed", 1, "starting speed: 0.5, 1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, or 0 for as fast as possible")
	f.StringVar(&o.theme, "theme", themes.DefaultName, "colour theme `name`: "+strings.Join(themes.Names(), ", ")+" (NO_COLOR forces mono)")
	completeFlag(cmd, "theme", fixedCompletions(themes.Names()...))
	return cmd
}

func runReplay(ctx context.Context, path string, o replayOptions, c *common, stdout, stderr io.Writer) error {
	if o.headless && o.at != "" {
		return usageErrorf("--headless writes every event and --at one state; give one of them")
	}
	speedOK := false
	for _, s := range tui.ReplaySpeeds {
		speedOK = speedOK || s == o.speed
	}
	if !speedOK {
		return usageErrorf("--speed %g is not one of 0.5, 1, 2, 5, 10, 20, 50, 100, 200, 500, 1000 or 0 (as fast as possible)", o.speed)
	}
	theme, err := themes.FromEnv(c.getenv, o.theme)
	if err != nil {
		return usageErrorf("--theme: %w", err)
	}
	v, err := loadJournal(path)
	if err != nil {
		return err
	}
	stops := replayStops(v)
	switch {
	case o.headless:
		if _, err := stdout.Write(v.Raw); err != nil {
			return fmt.Errorf("write the events: %w", err)
		}
	case o.at != "":
		p := replay.New(v.Events)
		at, err := p.ParseTime(o.at)
		if err != nil {
			return usageErrorf("--at: %s (journal %s)", err, path)
		}
		p.Seek(p.PosAt(at))
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		if err := enc.Encode(p.State()); err != nil {
			return fmt.Errorf("write the state at %s: %w", o.at, err)
		}
	default:
		p := replay.New(v.Events)
		m := tui.NewReplay(tui.ReplayOptions{Player: p, Theme: theme, Title: "replay · " + filepath.Base(path),
			Journal: path, Stops: stops, Speed: o.speed})
		ctx, stop := signal.NotifyContext(ctx, os.Interrupt, syscall.SIGTERM)
		defer stop()
		if err := tui.Run(ctx, m, c.screen.opts...); err != nil {
			return err
		}
	}
	if v.Torn != nil {
		fmt.Fprintf(stderr, "warning: %v\n", v.Err())
	}
	if w := notEnded(v); w != "" && (o.headless || o.at != "") {
		// The console says it on its position bar (replayStops).
		fmt.Fprintf(stderr, "warning: %s\n", w)
	}
	if v.Break != nil {
		fmt.Fprintf(stderr, "warroom replay: %v; the replay stops there, after the %d events that verify\n", v.Break, len(v.Events))
		return reported(exitError)
	}
	return nil
}

// replayStops is what the position bar says about the end of the record.
func replayStops(v *session.Verification) string {
	switch {
	case v.Break != nil:
		return fmt.Sprintf("the journal stops verifying at line %d: %s", v.Break.Line, v.Break.Problem)
	case v.Torn != nil:
		return fmt.Sprintf("torn last line %d (a crash) is not part of the record", v.TornLine)
	case !v.Ended():
		return "the journal ends without session.ended (a crash?)"
	}
	return ""
}
