// Package detect turns observed blocks into alerts. Decoder names
// addresses and decodes calldata and logs against the ABIs it was given;
// Engine walks each transaction's call trace (or, without traces, its
// receipt and calldata) and applies the rules: re-entrancy, outflow above a
// share of what a watched contract holds, calls from freshly deployed
// contracts, privileged calls, a deployment that prepares an attack
// (pre-attack), and the takeover rules (rules_takeover.go): a role,
// ownership or admin right given to an address outside the protocol, and
// an initializer run on a live proxy or its implementation. Findings carry
// the facts as values
// (wei, basis points, blocks); text is made at the edge.
package detect
