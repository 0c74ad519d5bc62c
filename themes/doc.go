// Package themes holds the console's palettes and the lipgloss styles derived
// from them: built-in themes (dark, light, high-contrast, mono) and the
// NO_COLOR convention (https://no-color.org).
//
// A theme only chooses colours. Everything that carries meaning — severity,
// paused, reverted, focus — is also written as text or drawn with bold,
// underline, reverse or a heavier border, so the console stays readable on a
// terminal without colour. It imports nothing of this module.
package themes
