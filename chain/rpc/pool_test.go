package rpc

import (
	"context"
	"errors"
	"net"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"warroom/chain"
	"warroom/chain/contracts/toolchain"
)

// endpoint is a pool endpoint dialing url.
func endpoint(name, url string) Endpoint {
	return Endpoint{Name: name, Dial: func(ctx context.Context) (chain.Client, error) { return Dial(ctx, url) }}
}

// statuses records what a pool tells OnStatus.
type statuses struct {
	mu  sync.Mutex
	all []PoolStatus
}

func (s *statuses) on(st PoolStatus) { s.mu.Lock(); s.all = append(s.all, st); s.mu.Unlock() }

func (s *statuses) saw(f func(PoolStatus) bool) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, st := range s.all {
		if f(st) {
			return true
		}
	}
	return false
}

// deadURL is a loopback address nothing listens on.
func deadURL(t *testing.T) string {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := l.Addr().String()
	l.Close()
	return "http://" + addr
}

func anvilCall(t *testing.T, c chain.Client, method string, args ...any) {
	t.Helper()
	if err := c.CallContext(context.Background(), nil, method, args...); err != nil {
		t.Fatalf("%s: %v", method, err)
	}
}

// TestPoolFailsOverInOrder: an endpoint that refuses, one that answers
// garbage, then a node: the pool uses the node, and when the node dies
// mid-session the next call goes to the endpoint after it, and is answered.
func TestPoolFailsOverInOrder(t *testing.T) {
	a := toolchain.StartAnvilNode(t)
	b := toolchain.StartAnvilNode(t)
	garbage := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		w.Write([]byte("<html>502 bad gateway</html>"))
	}))
	defer garbage.Close()
	var st statuses
	ctx := context.Background()
	p, err := NewPool(ctx, []Endpoint{endpoint("rpc 1", deadURL(t)), endpoint("rpc 2", garbage.URL), endpoint("rpc 3", a.URL), endpoint("rpc 4", b.URL)},
		PoolConfig{MinBackoff: 20 * time.Millisecond, MaxBackoff: 100 * time.Millisecond, OnStatus: st.on})
	if err != nil {
		t.Fatal(err)
	}
	defer p.Close()
	if s := p.Status(); s.Index != 2 || !s.Up || s.Endpoint != "rpc 3" {
		t.Fatalf("status after dial: %+v; want rpc 3 in use", s)
	}
	anvilCall(t, p, "anvil_mine", "0x3")
	if n, err := p.BlockNumber(ctx); err != nil || n != 3 {
		t.Fatalf("head on rpc 3: %d, %v", n, err)
	}

	a.Stop()
	n, err := p.BlockNumber(ctx)
	if err != nil {
		t.Fatalf("the call after rpc 3 died was not answered: %v", err)
	}
	if n != 0 {
		t.Errorf("head on rpc 4 = %d; want its own 0", n)
	}
	s := p.Status()
	if s.Index != 3 || !strings.Contains(s.Err, "rpc 3") {
		t.Errorf("status after the failover: %+v; want rpc 4 in use and why rpc 3 was left", s)
	}
	if !st.saw(func(s PoolStatus) bool { return !s.Up }) || !st.saw(func(s PoolStatus) bool { return s.Up && s.Index == 3 }) {
		t.Errorf("OnStatus did not hear rpc 3 go down and rpc 4 come up: %+v", st.all)
	}

	// Everything down: calls fail fast with ErrNoNode, saying when the
	// next try is, then the pool comes back when a node does.
	b.Stop()
	if _, err := p.BlockNumber(ctx); !errors.Is(err, ErrNoNode) {
		t.Fatalf("every node down: %v; want ErrNoNode", err)
	}
	if s := p.Status(); s.Up || s.Index != -1 {
		t.Errorf("status with every node down: %+v", s)
	}
	b.Start()
	deadline := time.Now().Add(10 * time.Second)
	for {
		if _, err := p.BlockNumber(ctx); err == nil {
			break
		} else if time.Now().After(deadline) {
			t.Fatalf("the pool did not come back with rpc 4: %v", err)
		}
		time.Sleep(20 * time.Millisecond)
	}
	if s := p.Status(); s.Index != 3 {
		t.Errorf("back on %+v; want rpc 4, the one that answers", s)
	}
}

// TestPoolNeverUsesAnotherChain: a backup on another chain id is refused
// (and said so), never failed over to.
func TestPoolNeverUsesAnotherChain(t *testing.T) {
	other := toolchain.StartAnvilNode(t, "--chain-id", "999")
	good := toolchain.StartAnvilNode(t)
	ctx := context.Background()
	p, err := NewPool(ctx, []Endpoint{endpoint("rpc 1", other.URL), endpoint("rpc 2", good.URL)}, PoolConfig{ChainID: 31337, MinBackoff: 10 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	defer p.Close()
	if s := p.Status(); s.Index != 1 {
		t.Fatalf("in use: %+v; want rpc 2 (rpc 1 is chain 999)", s)
	}
	good.Stop()
	_, err = p.BlockNumber(ctx)
	if err == nil || !strings.Contains(err.Error(), "chain id 999") {
		t.Errorf("with only the other chain's node left: %v; want a refusal naming chain id 999", err)
	}

	// Only nodes of another chain: NewPool refuses.
	if _, err := NewPool(ctx, []Endpoint{endpoint("rpc 1", other.URL)}, PoolConfig{ChainID: 1}); !errors.Is(err, ErrWrongChain) {
		t.Errorf("a pool of another chain's node: %v; want ErrWrongChain", err)
	}
}

// crossEvents records a cross-check's events.
type crossEvents struct {
	mu  sync.Mutex
	all []CrossEvent
}

func (c *crossEvents) on(e CrossEvent) { c.mu.Lock(); c.all = append(c.all, e); c.mu.Unlock() }

func (c *crossEvents) wait(t *testing.T, what string, f func(CrossEvent) bool) CrossEvent {
	t.Helper()
	deadline := time.Now().Add(15 * time.Second)
	for time.Now().Before(deadline) {
		c.mu.Lock()
		for _, e := range c.all {
			if f(e) {
				c.mu.Unlock()
				return e
			}
		}
		c.mu.Unlock()
		time.Sleep(20 * time.Millisecond)
	}
	t.Fatalf("no %s; events: %+v", what, c.all)
	return CrossEvent{}
}

// TestCrossCheck: a second node loaded from the first's state agrees;
// when the first mines on without it, the second lags; when the second
// mines its own block at a height, the two disagree there; a third node
// on another chain is said once.
func TestCrossCheck(t *testing.T) {
	state := filepath.Join(t.TempDir(), "state.json")
	a := toolchain.StartAnvilNode(t, "--dump-state", state)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	boot, err := Dial(ctx, a.URL)
	if err != nil {
		t.Fatal(err)
	}
	anvilCall(t, boot, "anvil_mine", "0x5")
	boot.Close()
	a.Stop()
	a.Start("--load-state", state)
	b := toolchain.StartAnvilNode(t, "--load-state", state)
	wrong := toolchain.StartAnvilNode(t, "--chain-id", "5")

	p, err := NewPool(ctx, []Endpoint{endpoint("rpc 1", a.URL), endpoint("rpc 2", wrong.URL), endpoint("rpc 3", b.URL)}, PoolConfig{ChainID: 31337})
	if err != nil {
		t.Fatal(err)
	}
	defer p.Close()
	var ev crossEvents
	go p.CrossCheck(ctx, CrossCheckConfig{Every: 50 * time.Millisecond, After: 300 * time.Millisecond, MaxLag: 3}, ev.on)

	ev.wait(t, "wrong-chain event for rpc 2", func(e CrossEvent) bool { return e.Kind == CrossWrongChain && e.Other == "rpc 2" })
	time.Sleep(500 * time.Millisecond)
	ev.mu.Lock()
	for _, e := range ev.all {
		if e.Kind != CrossWrongChain {
			t.Errorf("nodes with the same chain reported: %+v", e)
		}
	}
	ev.mu.Unlock()

	anvilCall(t, p, "anvil_mine", "0xa")
	lag := ev.wait(t, "lag", func(e CrossEvent) bool { return e.Kind == CrossLag && !e.Cleared })
	if lag.Lag != 10 || lag.Other != "rpc 3" || lag.Endpoint != "rpc 1" {
		t.Errorf("lag event %+v; want rpc 3 10 blocks behind rpc 1", lag)
	}
	other, err := Dial(ctx, b.URL)
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()
	// Another timestamp, so rpc 3's block 6 is not rpc 1's by chance
	// (two empty blocks on one parent in the same second are the same).
	anvilCall(t, other, "evm_setNextBlockTimestamp", time.Now().Unix()+1000)
	anvilCall(t, other, "anvil_mine", "0x1")
	dis := ev.wait(t, "disagreement", func(e CrossEvent) bool { return e.Kind == CrossDisagree && !e.Cleared })
	if dis.Block != 6 || dis.Hash == dis.OtherHash || !strings.Contains(dis.Message, "block 6") {
		t.Errorf("disagreement %+v; want block 6 with two hashes", dis)
	}
	// rpc 3 catches up on its own fork: the lag is over, the
	// disagreement is not.
	anvilCall(t, other, "anvil_mine", "0xa")
	ev.wait(t, "end of the lag", func(e CrossEvent) bool { return e.Kind == CrossLag && e.Cleared })
	ev.mu.Lock()
	defer ev.mu.Unlock()
	for _, e := range ev.all {
		if e.Kind == CrossDisagree && e.Cleared {
			t.Errorf("the disagreement cleared while the nodes are on two forks: %+v", e)
		}
	}
}
