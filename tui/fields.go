package tui

import (
	"strings"

	"warroom/themes"
)

// fields writes labelled values for the dialogs that show what will be
// signed (the confirm dialog, the proposal, the approvals board): a label
// column of labelW cells and values wrapped into the rest, hex broken at
// fixed width rather than at spaces, every line passed to add.
type fields struct {
	st     *themes.Styles
	labelW int
	valueW int
	add    func(...string)
}

func newFields(st *themes.Styles, labelW, width int, add func(...string)) fields {
	return fields{st: st, labelW: labelW, valueW: max(20, width-2-labelW), add: add}
}

func (f fields) label(i int, name string) string {
	if i == 0 {
		return f.st.Label.Render(PadRight(name, f.labelW))
	}
	return strings.Repeat(" ", f.labelW)
}

// field writes a value wrapped at spaces, in render (Text when none).
func (f fields) field(name, value string, render ...func(...string) string) {
	r := f.st.Text.Render
	if len(render) > 0 {
		r = render[0]
	}
	for i, l := range Wrap(value, f.valueW, 0) {
		f.add("  " + f.label(i, name) + r(l))
	}
}

// hex writes hex broken at fixed width, highlighted for comparing.
func (f fields) hex(name, hex string) {
	for i := 0; i == 0 || i < len(hex); i += f.valueW {
		f.add("  " + f.label(i, name) + f.st.DialogHashHighlight.Render(hex[i:min(len(hex), i+f.valueW)]))
	}
}
