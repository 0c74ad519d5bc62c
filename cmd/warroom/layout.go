package main

import (
	"fmt"

	"github.com/spf13/cobra"

	"warroom/chain/artifact"
	"warroom/chain/layout"
)

// newLayoutCmd is `warroom layout OLD NEW`: the storage-layout check alone,
// for a protocol team's CI. Exit 0 when safe, 1 when unsafe, 2 on bad input.
func newLayoutCmd(c *common) *cobra.Command {
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "layout OLD.json NEW.json",
		Short: "Check that a new implementation keeps the old one's storage layout",
		Long: `Compare the storage layouts of two compiled implementations, as an upgrade
behind a proxy needs them: every variable of OLD where NEW expects it.
The rules are OpenZeppelin upgrades-core's: appends and gaps shrunk by
exactly the new variables are safe; removed, reordered, retyped or inserted
variables, shifted bases and wrong gaps are not. ERC-7201 namespaces and the
@custom:oz-renamed-from / @custom:oz-retyped-from annotations are checked
when the artifacts carry the AST (Foundry: --ast; Hardhat: the build info).

Artifacts: Foundry (out/X.sol/X.json, built with --extra-output
storageLayout), Hardhat (artifacts/.../X.json and its build info, with
storageLayout in outputSelection), or warroom's own.

Exit status: 0 safe, 1 unsafe, 2 bad input.`,
		Example: `  warroom layout out/Vault.sol/Vault.json out/VaultV2.sol/VaultV2.json
  warroom layout --json old.json new.json | jq .findings`,
		Args: cobra.ExactArgs(2),
		RunE: func(cmd *cobra.Command, args []string) error {
			old, err := artifact.Load(args[0])
			if err != nil {
				return usageErrorf("OLD: %w", err)
			}
			updated, err := artifact.Load(args[1])
			if err != nil {
				return usageErrorf("NEW: %w", err)
			}
			r := layout.Compare(old, updated)
			out := cmd.OutOrStdout()
			if asJSON {
				b, err := r.JSON()
				if err != nil {
					return err
				}
				fmt.Fprintf(out, "%s\n", b)
			} else {
				fmt.Fprint(out, r.String())
			}
			if !r.Safe() {
				return reported(exitError)
			}
			return nil
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the report as JSON: verdict, namespacesChecked, findings")
	return cmd
}
