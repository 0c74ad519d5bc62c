package session

import (
	"encoding/json"
	"math/big"
	"time"

	"warroom/chain"
)

// The node's events: which endpoint the session reads the chain through
// and how it answers, what a second endpoint says about the same chain,
// and reorganisations the watcher walked back through.
const (
	// KindNode records the endpoint in use and its health, each time
	// either changes (a node down, a failover, a node back).
	KindNode Kind = "node"
	// KindNodeAlert records a disagreement between two endpoints that
	// lasted: another hash at the same height (a lying or forked node), or
	// one falling behind, and when it clears.
	KindNodeAlert Kind = "node.alert"
	// KindReorg records a reorganisation: the blocks processed above the
	// common ancestor are dropped, their alerts marked, not deleted.
	KindReorg Kind = "chain.reorg"
)

// Node health, as NodeStatus.Health says it.
const (
	NodeUp   = "up"
	NodeDown = "down"
)

// NodeStatus is the data of node.
type NodeStatus struct {
	// Endpoint is the endpoint in use, "rpc 2 (https://host)": never more
	// of its URL than scheme and host. Empty when none answers.
	Endpoint string `json:"endpoint"`
	Health   string `json:"health"` // NodeUp, NodeDown
	// Latency is the endpoint's recent answer time.
	Latency Duration `json:"latency,omitempty"`
	// Error is why the last endpoint was left or why none answers.
	Error string `json:"error,omitempty"`
	// Endpoints is how many endpoints the session may use.
	Endpoints int `json:"endpoints,omitempty"`
}

// Node alert kinds.
const (
	NodeAlertDisagree = "disagree" // another hash at the same height
	NodeAlertLag      = "lag"      // the other endpoint's head lags
)

// NodeAlert is the data of node.alert.
type NodeAlert struct {
	Kind     string         `json:"kind"` // NodeAlertDisagree, NodeAlertLag
	Severity chain.Severity `json:"severity"`
	// Endpoint is the endpoint in use, Other the one that cross-checks it.
	Endpoint string `json:"endpoint"`
	Other    string `json:"other"`
	// Block is the height compared, Hash and OtherHash what each answered
	// there (a disagreement); Lag is how many blocks Other's head is behind.
	Block     uint64   `json:"block,omitempty"`
	Hash      string   `json:"hash,omitempty"`
	OtherHash string   `json:"otherHash,omitempty"`
	Lag       int64    `json:"lag,omitempty"`
	For       Duration `json:"for"` // how long it has lasted
	// Cleared is set when the disagreement is over.
	Cleared bool   `json:"cleared,omitempty"`
	Message string `json:"message"`
}

// ReorgEntry is a reorganisation as the session saw it.
type ReorgEntry struct {
	chain.Reorg
	Seq  uint64    `json:"seq"`
	Time time.Time `json:"time"`
	// Alerts is how many alerts the session held when it was recorded:
	// those among them above Ancestor were in dropped blocks.
	Alerts int `json:"alerts"`
}

func reduceNode(s State, ev Event) (State, error) {
	switch ev.Kind {
	case KindNode:
		var d NodeStatus
		if err := json.Unmarshal(ev.Data, &d); err != nil {
			return s, err
		}
		s.Node = &d
	case KindNodeAlert:
		var d NodeAlert
		if err := json.Unmarshal(ev.Data, &d); err != nil {
			return s, err
		}
		s.NodeAlerts = append(s.NodeAlerts, NodeAlertEntry{NodeAlert: d, Time: ev.Time, Seq: ev.Seq})
	case KindReorg:
		var d chain.Reorg
		if err := json.Unmarshal(ev.Data, &d); err != nil {
			return s, err
		}
		s = reduceReorg(s, ReorgEntry{Reorg: d, Seq: ev.Seq, Time: ev.Time, Alerts: len(s.Alerts)})
	}
	return s, nil
}

// NodeAlertEntry is a node alert with when it was recorded.
type NodeAlertEntry struct {
	NodeAlert
	Time time.Time `json:"time"`
	Seq  uint64    `json:"seq"`
}

// ActiveNodeAlert is the newest node alert, when it has not cleared.
func (s *State) ActiveNodeAlert() (NodeAlertEntry, bool) {
	if n := len(s.NodeAlerts); n > 0 && !s.NodeAlerts[n-1].Cleared {
		return s.NodeAlerts[n-1], true
	}
	return NodeAlertEntry{}, false
}

// reduceReorg drops what the dropped blocks brought: their outflow from
// the drained total and the drain points, and a first critical alert in
// them. The alerts themselves stay, marked (DroppedBy).
func reduceReorg(s State, r ReorgEntry) State {
	s.Reorgs = append(s.Reorgs, r)
	lost := new(big.Int)
	for i := range s.Alerts[:r.Alerts] {
		a := &s.Alerts[i]
		if a.Block <= r.Ancestor || s.droppedBefore(i, len(s.Reorgs)-1) {
			continue
		}
		if a.Severity >= chain.High && !a.Reverted && a.Outflow != nil && a.Outflow.Sign() > 0 {
			lost.Add(lost, a.Outflow)
		}
	}
	if lost.Sign() > 0 {
		s.Drained = new(big.Int).Sub(s.drained(), lost)
	}
	var kept []DrainPoint
	for _, d := range s.Drains {
		if d.Block <= r.Ancestor {
			kept = append(kept, d)
		}
	}
	s.Drains = kept
	if f := s.FirstCritical; f != nil && f.Block > r.Ancestor {
		s.FirstCritical = nil
	}
	if s.Head.Number > r.Ancestor {
		s.Head.Number, s.Head.Hash = r.Ancestor, r.AncestorHash
	}
	return s
}

// droppedBefore reports whether alert i was dropped by one of the first n
// reorgs.
func (s *State) droppedBefore(i, n int) bool {
	for _, r := range s.Reorgs[:n] {
		if i < r.Alerts && s.Alerts[i].Block > r.Ancestor {
			return true
		}
	}
	return false
}

// DroppedBy is the reorg that took alert i's block off the chain, nil
// while the block stands.
func (s *State) DroppedBy(i int) *ReorgEntry {
	for k := range s.Reorgs {
		r := &s.Reorgs[k]
		if i < r.Alerts && i < len(s.Alerts) && s.Alerts[i].Block > r.Ancestor {
			return r
		}
	}
	return nil
}

// reorgShown is how many blocks after a reorg the header still says so.
const reorgShown = 10

// RecentReorg is the newest reorg while the head is within reorgShown
// blocks of it, nil otherwise.
func (s *State) RecentReorg() *ReorgEntry {
	if n := len(s.Reorgs); n > 0 {
		r := &s.Reorgs[n-1]
		if s.Head.Number <= r.Seen+reorgShown {
			return r
		}
	}
	return nil
}
