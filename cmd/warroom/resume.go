package main

import (
	"warroom/session"
	"warroom/session/drill"
)

// resumeConfig is the drill configuration of --resume FILE: the journal
// checked before anything starts (it must verify and be a drill's), its
// scenario taken from the journal.
func (o drillOptions) resumeConfig(scenario string) (drill.Config, error) {
	if o.journal != "" && o.journal != o.resume {
		return drill.Config{}, usageErrorf("--resume %s appends to that journal; --journal %s names another (give one of them)", o.resume, o.journal)
	}
	v, err := session.VerifyFile(o.resume)
	if err != nil {
		return drill.Config{}, usageErrorf("--resume: %w", err)
	}
	if problem := noEvent(v); problem != "" {
		return drill.Config{}, usageErrorf("--resume: %s, so there is nothing to resume", problem)
	}
	if v.Break != nil {
		return drill.Config{}, usageErrorf("--resume: %w; a drill never appends to a broken chain (warroom replay shows what verifies)", v.Break)
	}
	st := session.Reduce(session.State{}, v.Events[0])
	if v.Events[0].Kind != session.KindSessionStarted || st.Started.Mode != "drill" {
		return drill.Config{}, usageErrorf("--resume: %s:1 is not the start of a drill (%s, mode %q); only drills can be resumed", o.resume, v.Events[0].Kind, st.Started.Mode)
	}
	if recorded := st.Started.Scenario; recorded != scenario {
		if scenario != drill.DefaultScenario {
			return drill.Config{}, usageErrorf("--resume: %s is a drill of scenario %q, not %q", o.resume, recorded, scenario)
		}
		scenario = recorded
	}
	if _, err := drill.Lookup(scenario); err != nil {
		return drill.Config{}, usageErrorf("--resume: %s:1: %w", o.resume, err)
	}
	return drill.Config{Scenario: scenario, BlockTime: o.blockTime, RPCListen: o.rpcListen, Journal: o.resume,
		AutoPause: o.autoPause, Fix: o.fix, Resume: true}, nil
}

// stopOnJournalFailure stops the drill at once when its journal fails, so
// nothing goes on that is not recorded; the console shows why (its
// JournalErr option) and the command exits 1. Call the result to stop
// watching.
func stopOnJournalFailure(d *drill.Drill) (stop func()) {
	done := make(chan struct{})
	go func() {
		select {
		case <-d.Session().JournalFailed():
			_ = d.Close("journal failed")
		case <-done:
		}
	}()
	return func() { close(done) }
}
