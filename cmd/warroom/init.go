package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"

	"github.com/spf13/cobra"

	"warroom/session/config"
)

func newInitCmd(c *common) *cobra.Command {
	return &cobra.Command{
		Use:   "init [FILE]",
		Short: "Write a commented example protocol file for warroom watch",
		Long: `Write a commented example protocol file, the input of warroom watch --config:
the nodes, the contracts with their artifacts, the Safe, the timelock, the
guardian's keystore, the detection thresholds and the regression calls. With
FILE it is written there (an existing file is never overwritten), else to
standard output.`,
		Example: `  warroom init protocol.toml
  warroom init > protocol.toml`,
		Args: func(_ *cobra.Command, args []string) error {
			if len(args) > 1 {
				return usageErrorf("takes one FILE to write, got %d", len(args))
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			if len(args) == 0 {
				_, err := fmt.Fprint(cmd.OutOrStdout(), config.Example)
				return err
			}
			return writeExample(args[0], cmd)
		},
	}
}

// writeExample creates file with the example, refusing one that exists.
func writeExample(file string, cmd *cobra.Command) error {
	f, err := os.OpenFile(file, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
	if errors.Is(err, fs.ErrExist) {
		return usageErrorf("%s already exists; init never overwrites a file: give another name, or move it away first", file)
	}
	if err != nil {
		return usageErrorf("cannot create %s: %v", file, errors.Unwrap(err))
	}
	if _, err := f.WriteString(config.Example); err != nil {
		f.Close()
		os.Remove(file)
		return fmt.Errorf("write %s: %w", file, err)
	}
	if err := errors.Join(f.Sync(), f.Close()); err != nil {
		os.Remove(file)
		return fmt.Errorf("write %s: %w", file, err)
	}
	fmt.Fprintf(cmd.ErrOrStderr(), "wrote %s: edit the addresses, the artifact paths and the nodes, then run warroom watch --config %s\n", file, file)
	return nil
}
