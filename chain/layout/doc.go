// Package layout checks that a new implementation keeps the storage layout
// of the one it replaces behind a proxy, following the rules of
// OpenZeppelin's @openzeppelin/upgrades-core (see DIFFERENCES.md for where
// and why it deliberately differs). Artifacts in, a Report out; no chain.
//
// Compare matches the old layout's variables to the new one's with the
// same edit distance upgrades-core uses (so a reorder shows as the
// operations upgrades-core would report), then keeps the unsafe edits:
//
//   - unsafe: a variable deleted, renamed, replaced, moved or retyped (a
//     type of another size or meaning: uint256 to address, int to uint, a
//     mapping's key or value type, a fixed array's length, an enum that
//     loses or reorders members, a struct member inserted, deleted or
//     appended outside a mapping), a variable inserted where the old layout
//     had data (which is what a base contract gaining a variable, or bases
//     listed in another order, do), a storage gap (__gap) resized by
//     anything but the slots the new variables take;
//   - safe: variables appended after the old ones, a gap shrunk by exactly
//     the new variables' size, enum members appended, a mapping's struct
//     value gaining members at its end, address to contract types and back,
//     and changes annotated /// @custom:oz-renamed-from <old name> or
//     /// @custom:oz-retyped-from <old type> that keep the layout.
//
// ERC-7201 namespaced storage (structs annotated /// @custom:storage-location
// erc7201:<id>, as in OpenZeppelin 5) is not in solc's storageLayout: the
// namespaces and their members' slots and offsets are computed from the AST
// with Solidity's packing rules, and each namespace of the old
// implementation is compared with the new one's of the same id (a namespace
// that disappears is unsafe). Without an AST, the report says namespaces and
// annotations were not checked: a warning, never a silent pass.
package layout
