package tui

import (
	"strings"

	"github.com/charmbracelet/bubbles/key"
)

// KeyMap is every key the console answers to. Keys are data: handlers match
// with key.Matches and help is built from these bindings, so the two cannot
// drift apart.
type KeyMap struct {
	// Global.
	NextPane key.Binding
	PrevPane key.Binding
	Pause    key.Binding
	// SpeedUp replaces a pause that is sent and not mined with the same
	// call at a higher fee (confirm dialog).
	SpeedUp   key.Binding
	Upgrade   key.Binding
	Approvals key.Binding
	Attackers key.Binding
	Note      key.Binding
	Filter    key.Binding
	Help      key.Binding
	Quit      key.Binding
	// Debrief shows a scored drill's debrief again (it opens by itself
	// when the drill is scored).
	Debrief key.Binding
	// Interrupt quits (asking first when actions are in flight) from
	// anywhere, even while typing a note.
	Interrupt key.Binding

	// Lists.
	Up       key.Binding
	Down     key.Binding
	PageUp   key.Binding
	PageDown key.Binding
	Top      key.Binding
	Bottom   key.Binding
	Details  key.Binding
	Tick     key.Binding

	// Overlays and prompts.
	Close   key.Binding // closes the detail and help overlays
	Confirm key.Binding // signs and sends in the confirm dialog; any other key cancels
	Submit  key.Binding // saves a note or applies a filter
	Cancel  key.Binding // abandons a note or clears the filter

	// The upgrade composer. It also answers to Up, Down, PageUp, PageDown,
	// Submit (next step, run the checks, save a reason) and Cancel (close
	// it, abandoning a check in flight).
	Back     key.Binding // one step back, keeping what was typed
	Override key.Binding // override the next issue that needs it, with a reason
	Deploy   key.Binding // deploy the new implementation (confirm dialog)
	Compose  key.Binding // compose the proposal

	// The approvals board. Unpause also works from the dashboard.
	Sign    key.Binding // sign both Safe transactions with the session's owner key
	Paste   key.Binding // paste a cosigner's signature
	Execute key.Binding // execute the next route step (confirm dialog)
	Export  key.Binding // export the Safe transactions for cosigners
	Unpause key.Binding // unpause, once the fix is verified (confirm dialog)
	// Refuse refuses the Safe request on the board (Sign signs it, asking
	// once more).
	Refuse key.Binding
}

// DefaultKeyMap is the keymap of DESIGN.md.
func DefaultKeyMap() *KeyMap {
	b := func(keys []string, k, desc string) key.Binding {
		return key.NewBinding(key.WithKeys(keys...), key.WithHelp(k, desc))
	}
	return &KeyMap{
		NextPane:  b([]string{"tab"}, "tab", "next pane"),
		PrevPane:  b([]string{"shift+tab"}, "shift+tab", "previous pane"),
		Pause:     b([]string{"p"}, "p", "pause"),
		SpeedUp:   b([]string{"f"}, "f", "speed up a pending pause (raise the fee)"),
		Upgrade:   b([]string{"u"}, "u", "compose upgrade"),
		Approvals: b([]string{"a"}, "a", "approvals board"),
		Attackers: b([]string{"A"}, "A", "attackers and affected addresses"),
		Note:      b([]string{"n"}, "n", "note"),
		Filter:    b([]string{"/"}, "/", "filter"),
		Help:      b([]string{"?"}, "?", "help"),
		Quit:      b([]string{"q"}, "q", "quit"),
		Debrief:   b([]string{"D"}, "D", "drill debrief (once scored)"),
		Interrupt: b([]string{"ctrl+c"}, "ctrl+c", "quit from anywhere"),

		Up:       b([]string{"up", "k"}, "↑/k", "up"),
		Down:     b([]string{"down", "j"}, "↓/j", "down"),
		PageUp:   b([]string{"pgup"}, "pgup", "page up"),
		PageDown: b([]string{"pgdown"}, "pgdn", "page down"),
		Top:      b([]string{"home", "g"}, "home/g", "first"),
		Bottom:   b([]string{"end", "G"}, "end/G", "last"),
		Details:  b([]string{"enter"}, "enter", "details (acknowledges)"),
		Tick:     b([]string{" "}, "space", "tick/untick step"),

		Close:   b([]string{"esc", "q"}, "esc/q", "close"),
		Confirm: b([]string{"y"}, "y", "sign and send (any other key cancels)"),
		Submit:  b([]string{"enter"}, "enter", "save"),
		Cancel:  b([]string{"esc"}, "esc", "cancel"),

		Back:     b([]string{"shift+tab"}, "shift+tab", "back a step"),
		Override: b([]string{"o"}, "o", "override an issue (with a reason)"),
		Deploy:   b([]string{"d"}, "d", "deploy the new implementation"),
		Compose:  b([]string{"c"}, "c", "compose the proposal"),

		Sign:    b([]string{"s"}, "s", "sign as your owner key"),
		Paste:   b([]string{"v"}, "v", "paste a signature"),
		Execute: b([]string{"x"}, "x", "execute the next step"),
		Export:  b([]string{"e"}, "e", "export for cosigners"),
		Unpause: b([]string{"U"}, "U", "unpause (after the fix is verified)"),
		Refuse:  b([]string{"r"}, "r", "refuse the Safe request"),
	}
}

// withHelp is b with another description, for a key whose meaning depends on
// the pane. The keys stay those of b.
func withHelp(b key.Binding, desc string) key.Binding {
	b.SetHelp(b.Help().Key, desc)
	return b
}

// keyName is how help shows b's keys ("↓/j", "esc/q"), for a sentence that
// names them: such text is built from the binding, never typed in, so a
// remapped key is named as it is.
func keyName(b key.Binding) string { return b.Help().Key }

// firstKey is the first of the keys help shows for b: "↓" of "↓/j", "esc"
// of "esc/q", "/" of "/".
func firstKey(b key.Binding) string {
	k := keyName(b)
	if len(k) > 1 {
		if i := strings.IndexByte(k[1:], '/'); i >= 0 {
			return k[:i+1]
		}
	}
	return k
}

// globalKeys are the bindings that work in every pane, for the help views.
func (k *KeyMap) globalKeys() []key.Binding {
	return []key.Binding{k.NextPane, k.PrevPane, k.Pause, k.SpeedUp, k.Upgrade, k.Approvals, k.Attackers, k.Note, k.Filter, k.Help, k.Debrief, k.Quit, k.Interrupt}
}

// globalShort are the global bindings shown in the footer.
func (k *KeyMap) globalShort() []key.Binding {
	return []key.Binding{k.NextPane, k.Pause, k.Note, k.Help, k.Quit}
}
