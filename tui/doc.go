// Package tui is the war-room console: a bubbletea program that renders
// session.State and nothing else, and acts only through its Session and
// Responder.
//
// A small root model (App) handles global keys, resize, errors and overlays;
// it hands the window size to every pane and forwards other messages only to
// the component that owns them. Everything it draws is a Component (keys,
// size, View): the panes (protocol, suspicious transactions, checklist)
// render only what is visible, so the cost of a frame follows the screen, not
// the length of the incident; the overlays (transaction detail, confirm,
// upgrade composer, help, quit) sit centred over the panes and take the
// keys while open. Workflows are components too: the pause workflow
// (pauseFlow) plans, confirms and executes; the composer's (composerFlow)
// checks an upgrade, deploys its implementation through the same confirm
// dialog and composes its proposal. Both speak to the root in messages.
//
// Run runs the console and turns a panic into a *Crash and a clean exit.
//
// It imports chain for types only and never talks to a node.
package tui
