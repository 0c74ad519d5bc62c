package tui

import (
	"fmt"

	"github.com/charmbracelet/bubbles/cursor"
	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/textinput"
	tea "github.com/charmbracelet/bubbletea"

	"warroom/session"
)

type promptKind int

const (
	promptNote promptKind = iota
	promptFilter
)

// Prompt is the one-line input in the footer: a note or the alert filter.
type Prompt struct {
	c     *Common
	kind  promptKind
	step  int // for notes: the checklist step, 0 for a general note
	input textinput.Model
}

func newPrompt(c *Common, kind promptKind, step int, value string) *Prompt {
	in := textinput.New()
	in.Prompt = "› "
	in.PromptStyle = c.Styles.Prompt
	in.TextStyle = c.Styles.Text
	in.CharLimit = 500
	in.Cursor.SetMode(cursor.CursorStatic) // no blinking: a fixed screen for a fixed state
	in.SetValue(value)
	in.Focus()
	return &Prompt{c: c, kind: kind, step: step, input: in}
}

// noun is what the responder is typing, for sentences about it.
func (p *Prompt) noun() string {
	if p.kind == promptFilter {
		return "filter"
	}
	return "note"
}

// label says what the input is for.
func (p *Prompt) label() string {
	switch {
	case p.kind == promptFilter:
		return "filter transactions"
	case p.step > 0:
		return fmt.Sprintf("note on step %d · %s", p.step, session.StepTitles[p.step-1])
	}
	return "general note"
}

// Update passes a message to the text input.
func (p *Prompt) Update(msg tea.Msg) (*Prompt, tea.Cmd) {
	var cmd tea.Cmd
	p.input, cmd = p.input.Update(msg)
	return p, cmd
}

// ShortHelp lists the prompt's keys.
func (p *Prompt) ShortHelp() []key.Binding {
	k := p.c.Keys
	if p.kind == promptFilter {
		return []key.Binding{withHelp(k.Submit, "apply"), withHelp(k.Cancel, "clear filter")}
	}
	return []key.Binding{withHelp(k.Submit, "save note"), k.Cancel}
}

// FullHelp lists the prompt's keys.
func (p *Prompt) FullHelp() [][]key.Binding { return [][]key.Binding{p.ShortHelp()} }

// SetSize fits the input to a footer width columns wide; it is one line high.
func (p *Prompt) SetSize(width, _ int) {
	// One column of margin, the input's prompt and its cursor cell.
	p.input.Width = max(10, width-1-Width(p.labelView())-Width(p.input.Prompt)-1-Width(p.keysView()))
}

func (p *Prompt) labelView() string { return p.c.Styles.Prompt.Render(p.label()) + " " }

func (p *Prompt) keysView() string {
	return "  " + newHelpModel(p.c).ShortHelpView(p.ShortHelp())
}

// View renders the prompt line.
func (p *Prompt) View() string {
	return p.labelView() + p.input.View() + p.keysView()
}
