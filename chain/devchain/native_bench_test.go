package devchain_test

import (
	"fmt"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	gethrpc "github.com/ethereum/go-ethereum/rpc"

	"warroom/chain"
	"warroom/chain/contracts"
	"warroom/chain/devchain"
	"warroom/chain/tx"
)

// benchSizes are the block sizes of the trace and fetch benchmarks, as
// session/drill's BenchmarkBlockPipeline: 900 is what fits the dev chain's
// 60M gas.
var benchSizes = []int{100, 500, 900}

// vaultTraffic is the benchmarks' chain with most funded senders, each
// with a deposit in the vault, and a deployed re-entrancy attacker.
type vaultTraffic struct {
	n       *twoClients
	senders []*tx.Account
	attack  common.Address
}

func newVaultTraffic(b *testing.B) *vaultTraffic {
	b.Helper()
	most := benchSizes[len(benchSizes)-1]
	roles := make([]string, most)
	for i := range roles {
		roles[i] = fmt.Sprintf("s%d", i)
	}
	n := newTwoClients(b, roles...)
	vault := n.dep.Vault
	v := &vaultTraffic{n: n, senders: make([]*tx.Account, most)}
	var setup []*types.Transaction
	for i, r := range roles {
		v.senders[i] = n.account(r)
		setup = append(setup, n.send(b, v.senders[i], &vault, n.vault.PackDeposit(), ether(1), 300_000))
	}
	setup = append(setup, n.send(b, n.depositors[0], &vault, n.vault.PackDeposit(), ether(500), 300_000))
	code := append(common.FromHex(contracts.ReentrancyAttackerMetaData.Bin), n.att.PackConstructor(vault)...)
	deployTx := n.send(b, n.attacker, nil, code, nil, 3_000_000)
	v.attack = crypto.CreateAddress(n.attacker.Address(), deployTx.Nonce())
	if err := n.emb.CommitUntilMined(n.ctx, append(setup, deployTx)...); err != nil {
		b.Fatal(err)
	}
	return v
}

// queue sends a block's worth of traffic: size transactions, deposits and
// withdrawals of 0.01 ether from distinct senders (which of the two
// alternates with round), and one attack(12) per hundred. It returns the
// number of attacks.
func (v *vaultTraffic) queue(b *testing.B, round, size int) int {
	b.Helper()
	n, vault := v.n, v.n.dep.Vault
	centi := new(big.Int).Div(ether(1), big.NewInt(100))
	attacks := max(1, size/100)
	for j := 0; j < size-attacks; j++ {
		if (j+round)%2 == 0 {
			n.send(b, v.senders[j], &vault, n.vault.PackDeposit(), centi, 70_000)
		} else {
			n.send(b, v.senders[j], &vault, n.vault.PackWithdraw(centi), nil, 80_000)
		}
	}
	for range attacks {
		n.send(b, n.attacker, &v.attack, n.att.PackAttack(big.NewInt(12)), ether(1), 700_000)
	}
	return attacks
}

// benchBlocks are one sealed block of vault traffic per size on a fresh
// chain.
type benchBlocks struct {
	n      *twoClients
	blocks map[int]common.Hash
}

func newBenchBlocks(b *testing.B) *benchBlocks {
	b.Helper()
	v := newVaultTraffic(b)
	n := v.n
	bb := &benchBlocks{n: n, blocks: map[int]common.Hash{}}
	for round, size := range benchSizes {
		v.queue(b, round, size)
		num := n.emb.Commit()
		blk, err := n.native.BlockByNumber(n.ctx, new(big.Int).SetUint64(num))
		if err != nil {
			b.Fatal(err)
		}
		if len(blk.Transactions()) != size {
			b.Fatalf("block %d holds %d of %d transactions", num, len(blk.Transactions()), size)
		}
		bb.blocks[size] = blk.Hash()
	}
	return bb
}

// BenchmarkSeal is the chain's seal of a block of vault traffic (Commit:
// execute the pool's transactions, write the block and its state, set
// the head), traced as the chain seals every block, and untraced, as
// geth's miner seals: what keeping each block's trace costs the seal.
// The pool has taken the traffic in before the timer starts.
func BenchmarkSeal(b *testing.B) {
	v := newVaultTraffic(b)
	round := 0
	for _, size := range benchSizes {
		for _, traced := range []bool{true, false} {
			name := fmt.Sprintf("txs=%d/traced", size)
			if !traced {
				name = fmt.Sprintf("txs=%d/untraced", size)
			}
			b.Run(name, func(b *testing.B) {
				devchain.SetSealTraced(v.n.emb, traced)
				defer devchain.SetSealTraced(v.n.emb, true)
				b.ReportAllocs()
				b.StopTimer()
				for i := 0; i < b.N; i++ {
					round++
					v.queue(b, round, size)
					v.n.emb.Settle()
					b.StartTimer()
					num := v.n.emb.Commit()
					b.StopTimer()
					blk, err := v.n.native.BlockByNumber(v.n.ctx, new(big.Int).SetUint64(num))
					if err != nil || len(blk.Transactions()) != size {
						b.Fatalf("block %d: %v, want %d transactions", num, err, size)
					}
					if kept := devchain.KeepsSealedTrace(v.n.emb, blk.Hash()); kept != traced {
						b.Fatalf("block %d: trace kept %v, sealed traced %v", num, kept, traced)
					}
				}
			})
		}
	}
}

// BenchmarkTraceBlock is the trace of a block of vault traffic: the
// native client handing over the frames the seal made (native), the
// block executed again with the native client's Go tracer (retraced:
// what it does for a block whose seal's trace it no longer keeps), and
// debug_traceBlockByHash with callTracer through the in-process RPC
// client (rpc).
func BenchmarkTraceBlock(b *testing.B) {
	bb := newBenchBlocks(b)
	for _, size := range benchSizes {
		for _, c := range []struct {
			name  string
			trace func(common.Hash) ([]*chain.CallFrame, error)
		}{
			{"native", func(h common.Hash) ([]*chain.CallFrame, error) { return bb.n.native.TraceBlock(bb.n.ctx, h) }},
			{"retraced", func(h common.Hash) ([]*chain.CallFrame, error) { return bb.n.emb.Retrace(bb.n.ctx, h) }},
			{"rpc", func(h common.Hash) ([]*chain.CallFrame, error) { return bb.n.rpc.TraceBlock(bb.n.ctx, h) }},
		} {
			b.Run(fmt.Sprintf("txs=%d/%s", size, c.name), func(b *testing.B) {
				b.ReportAllocs()
				for b.Loop() {
					frames, err := c.trace(bb.blocks[size])
					if err != nil || len(frames) != size {
						b.Fatalf("%d frames, %v", len(frames), err)
					}
				}
			})
		}
	}
}

// BenchmarkFetchBlock is what the watcher fetches of a block besides its
// trace: the block, its receipts and every sender, native against RPC.
func BenchmarkFetchBlock(b *testing.B) {
	bb := newBenchBlocks(b)
	for _, size := range benchSizes {
		for _, c := range []struct {
			name string
			c    chain.Client
		}{{"native", bb.n.native}, {"rpc", bb.n.rpc}} {
			b.Run(fmt.Sprintf("txs=%d/%s", size, c.name), func(b *testing.B) {
				b.ReportAllocs()
				hash := bb.blocks[size]
				for b.Loop() {
					h, err := c.c.HeaderByHash(bb.n.ctx, hash)
					if err != nil {
						b.Fatal(err)
					}
					blk, err := c.c.BlockByNumber(bb.n.ctx, h.Number)
					if err != nil {
						b.Fatal(err)
					}
					rs, err := c.c.BlockReceipts(bb.n.ctx, gethrpc.BlockNumberOrHashWithHash(hash, false))
					if err != nil || len(rs) != size {
						b.Fatalf("%d receipts, %v", len(rs), err)
					}
					for i, t := range blk.Transactions() {
						if _, err := c.c.TransactionSender(bb.n.ctx, t, hash, uint(i)); err != nil {
							b.Fatal(err)
						}
					}
				}
			})
		}
	}
}

// BenchmarkWatcherProcess is chain/watch's Process of a freshly sealed
// block of vault traffic through each client (session/drill's
// BenchmarkBlockPipeline adds the session's journal and reducer), with
// what it compares to beside it: trace-ms/op is the trace alone of the
// same block executed again (Chain.Retrace, after Process), seal-ms/op the
// chain's seal of it, and process/trace and process/seal the ratios. The
// native client's trace in Process is the frames the seal made.
func BenchmarkWatcherProcess(b *testing.B) {
	for _, client := range []string{"native", "rpc"} {
		b.Run(client, func(b *testing.B) {
			v := newVaultTraffic(b)
			n := v.n
			c := n.native
			if client == "rpc" {
				c = n.rpc
			}
			w := n.watcher(b, c)
			for next := n.start + 1; next <= n.emb.Head(); next++ {
				if _, err := w.Process(n.ctx, next); err != nil {
					b.Fatal(err)
				}
			}
			round := 0
			for _, size := range benchSizes {
				b.Run(fmt.Sprintf("txs=%d", size), func(b *testing.B) {
					var seal, trace time.Duration
					b.ReportAllocs()
					b.StopTimer()
					b.ResetTimer()
					for i := 0; i < b.N; i++ {
						round++
						attacks := v.queue(b, round, size)
						t0 := time.Now()
						num := n.emb.Commit()
						seal += time.Since(t0)
						b.StartTimer()
						res, err := w.Process(n.ctx, num)
						b.StopTimer()
						if err != nil {
							b.Fatal(err)
						}
						if res.Block.TxCount != size || len(res.Alerts) < attacks {
							b.Fatalf("block %d: %d txs, %d alerts; want %d txs, %d attacks", num, res.Block.TxCount, len(res.Alerts), size, attacks)
						}
						t0 = time.Now()
						if _, err := n.emb.Retrace(n.ctx, res.Block.Hash); err != nil {
							b.Fatal(err)
						}
						trace += time.Since(t0)
					}
					ms := func(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) / float64(b.N) }
					b.ReportMetric(ms(seal), "seal-ms/op")
					b.ReportMetric(ms(trace), "trace-ms/op")
					b.ReportMetric(float64(b.Elapsed())/float64(trace), "process/trace")
					b.ReportMetric(float64(b.Elapsed())/float64(seal), "process/seal")
				})
			}
		})
	}
}
