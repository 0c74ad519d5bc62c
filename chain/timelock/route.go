package timelock

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"math"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"

	"warroom/chain"
	"warroom/chain/contracts"
	"warroom/chain/safe"
)

// Errors of composing an upgrade route.
var (
	// ErrInvalidUpgrade is an upgrade that cannot be routed: a missing
	// chain id or address, or a Safe nonce with no nonce after it.
	ErrInvalidUpgrade = errors.New("invalid upgrade route")
	// ErrDelayTooShort is a delay below the timelock's minimum: the
	// timelock would refuse the schedule.
	ErrDelayTooShort = errors.New("delay below the timelock's minimum delay")
)

// Decoder decodes calldata sent to an address, and the calls its bytes
// arguments carry into Inner (chain/detect's Decoder.DecodeNested).
type Decoder interface {
	DecodeNested(to *common.Address, data []byte) chain.DecodedCall
}

// Upgrade is what an upgrade route through a Safe and a timelock is
// composed from.
type Upgrade struct {
	ChainID uint64
	Safe    common.Address
	// SafeNonce is the Safe's next nonce: the Schedule transaction's.
	// Execute takes the one after.
	SafeNonce uint64
	Timelock  common.Address
	// MinDelay is the timelock's minimum delay as read (Timelock.MinDelay);
	// Delay is the operation's, in seconds: 0 means MinDelay, less than
	// MinDelay is refused.
	MinDelay uint64
	Delay    uint64
	Proxy    common.Address
	// From is the implementation the proxy runs now, To the one it will run.
	From common.Address
	To   common.Address
	// Init is the initializer upgradeToAndCall runs on To, empty for none.
	Init []byte
	// Predecessor is an operation that must be done first, zero for none.
	Predecessor common.Hash
	// Salt is the operation's salt; zero means DefaultSalt.
	Salt common.Hash
}

// DefaultSalt is the salt of an upgrade that was given none:
// keccak256(abi.encode(proxy, to, init, safeNonce)) (address, address,
// bytes, uint256). It is a function of the upgrade alone, so composing the
// same upgrade again, after a restart or on a cosigner's machine, gives the
// same salt and so the same timelock operation id; a second upgrade of the
// same proxy to the same implementation at a later Safe nonce gets another.
func DefaultSalt(proxy, to common.Address, init []byte, safeNonce uint64) common.Hash {
	args := abi.Arguments{{Type: mustType("address")}, {Type: mustType("address")}, {Type: mustType("bytes")}, {Type: mustType("uint256")}}
	enc, err := args.Pack(proxy, to, init, new(big.Int).SetUint64(safeNonce))
	if err != nil {
		panic(fmt.Sprintf("timelock: abi.encode of a salt: %v", err))
	}
	return crypto.Keccak256Hash(enc)
}

// Rollback is the way back from u: the same route to From with no
// initializer, at the Safe nonces after u's two transactions (SafeNonce+2
// and +3), since it is needed only once u has executed, with no
// predecessor and its own default salt. Pass it to Propose; change
// SafeNonce first if the Safe's queue has moved on.
func (u Upgrade) Rollback() Upgrade {
	r := u
	r.From, r.To, r.Init = u.To, u.From, nil
	r.SafeNonce = u.SafeNonce + 2
	r.Predecessor, r.Salt = common.Hash{}, common.Hash{}
	return r
}

// operation is the timelock operation of u: upgradeToAndCall(To, Init) on
// the proxy, the UUPS upgrade function (OpenZeppelin's UUPSUpgradeable,
// packed here with VaultV1's binding; the selector is the same for every
// UUPS implementation).
func (u Upgrade) operation() Operation {
	salt := u.Salt
	if salt == (common.Hash{}) {
		salt = DefaultSalt(u.Proxy, u.To, u.Init, u.SafeNonce)
	}
	return Operation{
		Target:      u.Proxy,
		Value:       new(big.Int),
		Data:        contracts.NewVaultV1().PackUpgradeToAndCall(u.To, u.Init),
		Predecessor: u.Predecessor,
		Salt:        salt,
	}
}

func (u Upgrade) check() error {
	for _, a := range []struct {
		name string
		addr common.Address
	}{{"Safe", u.Safe}, {"timelock", u.Timelock}, {"proxy", u.Proxy}, {"new implementation", u.To}} {
		if a.addr == (common.Address{}) {
			return fmt.Errorf("%w: no %s address", ErrInvalidUpgrade, a.name)
		}
	}
	switch {
	case u.ChainID == 0:
		return fmt.Errorf("%w: chain id 0; want the chain the Safe is on", ErrInvalidUpgrade)
	case u.SafeNonce >= math.MaxUint64-3:
		return fmt.Errorf("%w: Safe nonce %d is too close to 2^64 for the route and its rollback", ErrInvalidUpgrade, u.SafeNonce)
	case u.Delay != 0 && u.Delay < u.MinDelay:
		return fmt.Errorf("delay %d s, the timelock's minimum is %d s: %w", u.Delay, u.MinDelay, ErrDelayTooShort)
	}
	return nil
}

// Propose composes the upgrade route: the timelock operation
// upgradeToAndCall(To, Init) on the proxy, and the two Safe transactions
// that carry it, both calls to the timelock with no value and no gas
// refund: Schedule, schedule(proxy, 0, upgradeToAndCall(To, Init),
// predecessor, salt, delay) at nonce n, and Execute, execute(proxy, 0,
// upgradeToAndCall(To, Init), predecessor, salt) at nonce n+1, so owners
// sign both in one round. Each Safe transaction's hashes are filled and its
// Call decoded at every layer with dec (Safe transaction data → timelock
// schedule or execute → proxy upgradeToAndCall → initializer); a nil dec
// leaves them undecoded. Propose reads no chain: check the result against
// one with CheckProposal.
func Propose(u Upgrade, dec Decoder) (*chain.Proposal, error) {
	if err := u.check(); err != nil {
		return nil, err
	}
	delay := u.Delay
	if delay == 0 {
		delay = u.MinDelay
	}
	op := u.operation()
	p := &chain.Proposal{
		ChainID: u.ChainID, Safe: u.Safe, Timelock: u.Timelock, Proxy: u.Proxy, From: u.From, To: u.To,
		UpgradeData: hexutil.Encode(op.Data), Init: hexutil.Encode(u.Init),
		Predecessor: op.Predecessor, Salt: op.Salt, Delay: delay, OperationID: op.ID(),
	}
	var err error
	if p.Schedule, err = safe.NewCall(u.ChainID, u.Safe, u.Timelock, nil, op.ScheduleData(delay), u.SafeNonce); err != nil {
		return nil, fmt.Errorf("%w: schedule: %w", ErrInvalidUpgrade, err)
	}
	if p.Execute, err = safe.NewCall(u.ChainID, u.Safe, u.Timelock, nil, op.ExecuteData(), u.SafeNonce+1); err != nil {
		return nil, fmt.Errorf("%w: execute: %w", ErrInvalidUpgrade, err)
	}
	if dec != nil {
		p.Upgrade = dec.DecodeNested(&u.Proxy, op.Data)
		for _, tx := range []*chain.SafeTx{&p.Schedule, &p.Execute} {
			data, _ := safe.Calldata(tx)
			tx.Call = dec.DecodeNested(&tx.To, data)
		}
	}
	return p, nil
}

// CheckProposal checks p before anyone signs it: that its Safe
// transactions carry its operation (schedule and execute on the timelock,
// consecutive nonces; ErrInvalidUpgrade), and then against the chain c
// reaches: the operation id against the timelock's hashOperation
// (ErrOperationIDMismatch), both Safe transactions' hashes against the
// Safe's getTransactionHash (safe.ErrHashMismatch), and the delay against
// the timelock's minimum (ErrDelayTooShort). It fills the Safe
// transactions' hashes as it goes.
func CheckProposal(ctx context.Context, c ethereum.ContractCaller, p *chain.Proposal) error {
	op, err := proposedOperation(p)
	if err != nil {
		return err
	}
	tl := At(p.Timelock)
	minDelay, err := tl.MinDelay(ctx, c, nil)
	if err != nil {
		return err
	}
	if p.Delay < minDelay {
		return fmt.Errorf("timelock %s: delay %d s, its minimum is %d s: %w", p.Timelock.Hex(), p.Delay, minDelay, ErrDelayTooShort)
	}
	id, err := tl.CheckOperationID(ctx, c, op)
	if err != nil {
		return err
	}
	if id != p.OperationID {
		return fmt.Errorf("proposal operation id %s, its fields hash to %s: %w", p.OperationID.Hex(), id.Hex(), ErrOperationIDMismatch)
	}
	for _, tx := range []*chain.SafeTx{&p.Schedule, &p.Execute} {
		if err := safe.Verify(ctx, c, tx); err != nil {
			return err
		}
	}
	return nil
}

// proposedOperation is p's timelock operation, once it is sure that p's
// Safe transactions schedule and execute exactly that operation.
func proposedOperation(p *chain.Proposal) (Operation, error) {
	data, err := hexutil.Decode(p.UpgradeData)
	if err != nil {
		return Operation{}, fmt.Errorf("%w: upgrade data %q is not hex", ErrInvalidUpgrade, p.UpgradeData)
	}
	op := Operation{Target: p.Proxy, Value: new(big.Int), Data: data, Predecessor: p.Predecessor, Salt: p.Salt}
	for _, step := range []struct {
		name  string
		tx    *chain.SafeTx
		data  []byte
		nonce uint64
	}{
		{"schedule", &p.Schedule, op.ScheduleData(p.Delay), p.Schedule.Nonce},
		{"execute", &p.Execute, op.ExecuteData(), p.Schedule.Nonce + 1},
	} {
		tx := step.tx
		got, err := safe.Calldata(tx)
		switch {
		case err != nil:
			return Operation{}, fmt.Errorf("%w: %s: %w", ErrInvalidUpgrade, step.name, err)
		case tx.Safe != p.Safe || tx.ChainID != p.ChainID || tx.To != p.Timelock:
			return Operation{}, fmt.Errorf("%w: the %s transaction is Safe %s on chain %d calling %s; the proposal's Safe is %s on chain %d, its timelock %s",
				ErrInvalidUpgrade, step.name, tx.Safe.Hex(), tx.ChainID, tx.To.Hex(), p.Safe.Hex(), p.ChainID, p.Timelock.Hex())
		case tx.Operation != chain.SafeCall || wei(tx.Value).Sign() != 0:
			return Operation{}, fmt.Errorf("%w: the %s transaction is a %s with value %s; want a call with no value", ErrInvalidUpgrade, step.name, tx.Operation, wei(tx.Value))
		case wei(tx.GasPrice).Sign() != 0 || wei(tx.BaseGas).Sign() != 0 || wei(tx.SafeTxGas).Sign() != 0 ||
			tx.GasToken != (common.Address{}) || tx.RefundReceiver != (common.Address{}):
			return Operation{}, fmt.Errorf("%w: the %s transaction pays a gas refund; the route pays none", ErrInvalidUpgrade, step.name)
		case tx.Nonce != step.nonce:
			return Operation{}, fmt.Errorf("%w: the execute transaction has nonce %d; want %d, the one after the schedule's", ErrInvalidUpgrade, tx.Nonce, step.nonce)
		case !bytes.Equal(got, step.data):
			return Operation{}, fmt.Errorf("%w: the %s transaction's data is not %s of the proposal's operation", ErrInvalidUpgrade, step.name, step.name)
		}
	}
	return op, nil
}
