// Package layout checks that a new implementation keeps the storage layout
// of the one it replaces behind a proxy. It compares solc's storageLayout
// output of two artifacts and reports every variable of the old layout that
// the new one removed, moved, renamed or retyped; variables appended after
// the old ones are safe. No chain is involved: artifacts in, findings out.
package layout
