package contracts

import (
	"bytes"
	"math/big"
	"slices"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// TestSafeAndTimelock deploys the governance side of a drill: a 2-of-3 Safe
// 1.4.1 through its proxy factory, and a TimelockController that the Safe
// proposes to and executes on.
func TestSafeAndTimelock(t *testing.T) {
	deployer := newAccount(t)
	owners := []account{newAccount(t), newAccount(t), newAccount(t)}
	c := newSimChain(t, deployer)

	// The Safe singleton, the proxy factory and the fallback handler, as a
	// Safe deployment on a fresh chain has them.
	singleton := c.deploy("Safe", deployer, SafeMetaData.Bin, nil)
	factoryAddr := c.deploy("SafeProxyFactory", deployer, SafeProxyFactoryMetaData.Bin, nil)
	handler := c.deploy("CompatibilityFallbackHandler", deployer, CompatibilityFallbackHandlerMetaData.Bin, nil)
	c.deploy("MultiSendCallOnly", deployer, MultiSendCallOnlyMetaData.Bin, nil)

	// A 2-of-3 Safe: setup() runs as the proxy's initializer.
	safe := NewSafe()
	var ownerAddrs []common.Address
	for _, o := range owners {
		ownerAddrs = append(ownerAddrs, o.addr)
	}
	setup := safe.PackSetup(ownerAddrs, big.NewInt(2), common.Address{}, nil, handler, common.Address{}, new(big.Int), common.Address{})

	factory := NewSafeProxyFactory()
	factoryInst := factory.Instance(c.client, factoryAddr)
	r := c.send("createProxyWithNonce", factoryInst, c.opts(deployer, nil), factory.PackCreateProxyWithNonce(singleton, setup, big.NewInt(42)))
	var safeAddr common.Address
	for _, l := range r.Logs {
		if ev, err := factory.UnpackProxyCreationEvent(l); err == nil && l.Address == factoryAddr {
			if ev.Singleton != singleton {
				t.Fatalf("ProxyCreation singleton = %s, want %s", ev.Singleton, singleton)
			}
			safeAddr = ev.Proxy
		}
	}
	if safeAddr == (common.Address{}) {
		t.Fatal("no ProxyCreation event in the createProxyWithNonce receipt")
	}

	// The proxy runs SafeProxy's runtime code (no immutables, so it matches
	// the artifact byte for byte) and keeps the singleton in slot 0.
	code, err := c.client.CodeAt(t.Context(), safeAddr, nil)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(code, MustLoad(SafeProxyName).DeployedBytecode) {
		t.Error("Safe proxy code differs from the SafeProxy artifact's runtime code")
	}
	if got := c.storageAddress(safeAddr, common.Hash{}); got != singleton {
		t.Errorf("Safe proxy slot 0 = %s, want the singleton %s", got, singleton)
	}

	safeInst := safe.Instance(c.client, safeAddr)
	if got := call(c, safeInst, safe.PackVERSION(), safe.UnpackVERSION); got != "1.4.1" {
		t.Errorf("VERSION() = %q, want 1.4.1", got)
	}
	if got := call(c, safeInst, safe.PackGetOwners(), safe.UnpackGetOwners); !slices.Equal(got, ownerAddrs) {
		t.Errorf("getOwners() = %v, want %v", got, ownerAddrs)
	}
	if got := call(c, safeInst, safe.PackGetThreshold(), safe.UnpackGetThreshold); got.Cmp(big.NewInt(2)) != 0 {
		t.Errorf("getThreshold() = %s, want 2", got)
	}
	if got := call(c, safeInst, safe.PackNonce(), safe.UnpackNonce); got.Sign() != 0 {
		t.Errorf("nonce() = %s, want 0", got)
	}
	if !call(c, safeInst, safe.PackIsOwner(owners[1].addr), safe.UnpackIsOwner) {
		t.Error("isOwner(owner 1) = false")
	}
	if call(c, safeInst, safe.PackIsOwner(deployer.addr), safe.UnpackIsOwner) {
		t.Error("isOwner(deployer) = true")
	}

	// The timelock: the Safe proposes and executes, nobody administers it
	// but the timelock itself.
	tl := NewTimelockController()
	tlAddr := c.deploy("TimelockController", deployer, TimelockControllerMetaData.Bin,
		tl.PackConstructor(big.NewInt(60), []common.Address{safeAddr}, []common.Address{safeAddr}, common.Address{}))
	tlInst := tl.Instance(c.client, tlAddr)

	if got := call(c, tlInst, tl.PackGetMinDelay(), tl.UnpackGetMinDelay); got.Cmp(big.NewInt(60)) != 0 {
		t.Errorf("getMinDelay() = %s, want 60", got)
	}
	proposer := call(c, tlInst, tl.PackPROPOSERROLE(), tl.UnpackPROPOSERROLE)
	if proposer != crypto.Keccak256Hash([]byte("PROPOSER_ROLE")) {
		t.Errorf("PROPOSER_ROLE = %x", proposer)
	}
	executor := call(c, tlInst, tl.PackEXECUTORROLE(), tl.UnpackEXECUTORROLE)
	admin := call(c, tlInst, tl.PackDEFAULTADMINROLE(), tl.UnpackDEFAULTADMINROLE)
	for _, tc := range []struct {
		what    string
		role    [32]byte
		account common.Address
		want    bool
	}{
		{"PROPOSER_ROLE of the Safe", proposer, safeAddr, true},
		{"EXECUTOR_ROLE of the Safe", executor, safeAddr, true},
		{"PROPOSER_ROLE of the deployer", proposer, deployer.addr, false},
		{"DEFAULT_ADMIN_ROLE of the deployer", admin, deployer.addr, false},
		{"DEFAULT_ADMIN_ROLE of the timelock itself", admin, tlAddr, true},
	} {
		if got := call(c, tlInst, tl.PackHasRole(tc.role, tc.account), tl.UnpackHasRole); got != tc.want {
			t.Errorf("hasRole(%s) = %v, want %v", tc.what, got, tc.want)
		}
	}

	// The Safe governs through the timelock: two owners sign a Safe
	// transaction that schedules a timelock operation (here: raising the
	// timelock's own delay).
	var salt [32]byte
	scheduled := tl.PackUpdateDelay(big.NewInt(120))
	schedule := tl.PackSchedule(tlAddr, new(big.Int), scheduled, [32]byte{}, salt, big.NewInt(60))
	opID := call(c, tlInst, tl.PackHashOperation(tlAddr, new(big.Int), scheduled, [32]byte{}, salt), tl.UnpackHashOperation)

	sigs := safeSignatures(t, c, safe, safeInst, tlAddr, schedule, owners[2], owners[0])
	c.sendReverts("execTransaction with one signature", safeInst, c.opts(deployer, nil),
		safe.PackExecTransaction(tlAddr, new(big.Int), schedule, 0, new(big.Int), new(big.Int), new(big.Int), common.Address{}, common.Address{}, sigs[:65]))
	c.send("execTransaction", safeInst, c.opts(deployer, nil),
		safe.PackExecTransaction(tlAddr, new(big.Int), schedule, 0, new(big.Int), new(big.Int), new(big.Int), common.Address{}, common.Address{}, sigs))

	if !call(c, tlInst, tl.PackIsOperationPending(opID), tl.UnpackIsOperationPending) {
		t.Error("timelock operation is not pending after the Safe scheduled it")
	}
	if got := call(c, safeInst, safe.PackNonce(), safe.UnpackNonce); got.Cmp(big.NewInt(1)) != 0 {
		t.Errorf("nonce() = %s after one Safe transaction, want 1", got)
	}
}

// safeSignatures signs the Safe transaction {to, data, CALL, no refund} at
// the Safe's current nonce by each signer, and concatenates the 65-byte
// signatures sorted by signer address, as Safe.checkSignatures requires.
func safeSignatures(t *testing.T, c *simChain, safe *Safe, safeInst *bind.BoundContract, to common.Address, data []byte, signers ...account) []byte {
	t.Helper()
	nonce := call(c, safeInst, safe.PackNonce(), safe.UnpackNonce)
	hash := call(c, safeInst, safe.PackGetTransactionHash(to, new(big.Int), data, 0, new(big.Int), new(big.Int), new(big.Int), common.Address{}, common.Address{}, nonce), safe.UnpackGetTransactionHash)

	signers = slices.Clone(signers)
	slices.SortFunc(signers, func(a, b account) int { return a.addr.Cmp(b.addr) })
	var sigs []byte
	for _, s := range signers {
		sig, err := crypto.Sign(hash[:], s.key)
		if err != nil {
			t.Fatal(err)
		}
		sig[64] += 27 // Safe wants v in {27, 28} for a plain ECDSA signature
		sigs = append(sigs, sig...)
	}
	return sigs
}
