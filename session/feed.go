package session

import (
	"fmt"

	"warroom/chain"
)

// Feed is the one way in from the chain: it turns what the watcher saw of
// each block into events (the block, its alerts, the protocol's state when
// it changed), for drills and live sessions alike.
type Feed struct {
	s   *Session
	cfg FeedConfig
}

// FeedConfig configures a feed.
type FeedConfig struct {
	// OnCritical, if set, hears of each block with a critical alert that did
	// not revert, with a one-line reason: the circuit breaker's trigger
	// (Responder.AutoPause). It is called after the block is recorded.
	OnCritical func(reason string)
	// OnApprovals, if set, hears of the owners' on-chain approvals
	// (ApproveHash events) in each block, after the block is recorded
	// (Responder.OnChainApprovals). Its error is recorded as a warning.
	OnApprovals func(approvals []chain.HashApproval) error
}

// NewFeed returns a feed into session s.
func NewFeed(s *Session, cfg FeedConfig) *Feed {
	return &Feed{s: s, cfg: cfg}
}

// Block records one processed block. It stops at the first event that
// cannot be recorded and returns the error, so the watcher stops rather
// than going on unrecorded.
func (f *Feed) Block(res chain.BlockResult) error {
	if res.Reorg != nil {
		_, err := f.s.Record(KindReorg, res.Reorg)
		return err
	}
	if _, err := f.s.Record(KindBlock, res.Block); err != nil {
		return err
	}
	critical := ""
	for i := range res.Alerts {
		a := &res.Alerts[i]
		if _, err := f.s.Record(KindAlert, a); err != nil {
			return err
		}
		if critical == "" && a.Severity == chain.Critical && !a.Reverted {
			critical = fmt.Sprintf("critical %s alert on tx %s in block %d", a.Top().Rule, a.TxHash.Hex(), res.Block.Number)
		}
	}
	if res.Protocol != nil {
		ps := *res.Protocol
		ps.Block = res.Block.Number
		if _, err := f.s.Record(KindProtocolState, ps); err != nil {
			return err
		}
	}
	if critical != "" && f.cfg.OnCritical != nil {
		f.cfg.OnCritical(critical)
	}
	if len(res.Approvals) > 0 && f.cfg.OnApprovals != nil {
		if err := f.cfg.OnApprovals(res.Approvals); err != nil {
			return f.Warn("responder", fmt.Errorf("on-chain approvals in block %d: %w", res.Block.Number, err))
		}
	}
	return nil
}

// Warn records something that went wrong around the session (a node
// without traces, a transaction a drill could not send) as a warning, for
// the screen and the post-mortem.
func (f *Feed) Warn(source string, err error) error {
	_, rerr := f.s.Record(KindWarning, Warning{Source: source, Message: err.Error()})
	return rerr
}
