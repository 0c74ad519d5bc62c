// Package artifact loads a compiled contract, whatever tool wrote it, into
// one shape: an Artifact with its ABI, creation and runtime code, solc's
// storage layout and what the storage-layout check needs from solc's AST.
//
// Load detects the file's shape:
//
//   - Foundry, out/X.sol/X.json: abi, bytecode.object,
//     deployedBytecode.object and its immutableReferences, storageLayout
//     (forge build --extra-output storageLayout, or extra_output =
//     ["storageLayout"] in foundry.toml) and ast (--ast, or ast = true). The
//     ast field holds only the contract's own file, so the bases and types
//     it imports are read from the sibling artifacts in out/.
//   - Hardhat, artifacts/.../X.json (hh-sol-artifact-1): the storage layout
//     and the AST are in the build info that the sibling X.dbg.json names;
//     the storage layout is there only when the project's solidity settings
//     add "storageLayout" to outputSelection. Hardhat 3 artifacts
//     (hh3-artifact-1) name their build info by id instead.
//   - warroom's own artifacts, chain/contracts/artifacts/*.json, which carry
//     a pruned AST; Builtin returns the embedded ones.
//
// Bad input gets one sentence naming the file (and field) and what would be
// right, wrapping one of the sentinel errors. A missing AST is not an
// error: Artifact.AST is then nil and the layout check says what it could
// not check.
//
// MatchesCode says whether code read from a chain is an artifact's runtime
// code, ignoring immutables and the compiler's metadata trailer.
package artifact
