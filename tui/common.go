package tui

import (
	"time"

	"warroom/themes"
)

// Common is what every pane and overlay shares, handed to their
// constructors: styles, keys, the clock, the session and the responder.
// There are no package-level variables.
type Common struct {
	Styles    *themes.Styles
	Keys      *KeyMap
	Session   Session
	Responder Responder
	// Now is the console's clock: ages and the session clock use it, never
	// time.Now directly, so a fixed clock gives a fixed screen.
	Now func() time.Time
	// Width and Height are the terminal's size.
	Width, Height int
}
