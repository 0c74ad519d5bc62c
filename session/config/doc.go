// Package config reads the protocol file of a live session (warroom watch
// --config protocol.toml): the nodes to use, the contracts to watch with
// their artifacts, the Safe and the timelock that govern them, the guardian
// key that pauses them, the detection thresholds and the calls an upgrade
// must keep working.
//
// Reading happens in two steps, so the console never starts half
// configured:
//
//   - Load (or Parse) decodes the TOML strictly (go-toml v2, unknown keys
//     refused) and checks everything that needs no node: types, required
//     keys, checksummed addresses, the ${VAR}s of the rpc list, the artifact
//     files (paths relative to the config file, ~ expanded), the pause
//     functions in their ABIs, the keystore file, the regression calls.
//   - Check asks a node: the chain id, code at every address, the
//     implementation behind each ERC-1967 proxy.
//
// Every problem is an *Error naming the file, the line and the field and
// saying what would be right; Load reports all of them at once, joined.
// An rpc URL can carry an API key, so no error and no String method shows
// more of an endpoint than its scheme and host, and the value of an
// environment variable is never shown.
//
// Example is a commented file that Load accepts (warroom init writes it).
package config
