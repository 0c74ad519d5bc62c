package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/keystore"
	ethcommon "github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/spf13/cobra"
	"golang.org/x/term"

	"warroom/chain/safe"
)

// signOptions are `warroom sign`'s flags, as given.
type signOptions struct {
	keystore     string
	passwordFile string
	index        int
	owners       []string
	rpc          string
}

func newSignCmd(c *common) *cobra.Command {
	o := &signOptions{}
	cmd := &cobra.Command{
		Use:   "sign FILE --keystore PATH",
		Short: "Sign a Safe transaction file with an encrypted key, on this machine",
		Long: `For a cosigner on their own machine: show the Safe transaction(s) of FILE
decoded at every layer, with the warnings and the three EIP-712 hashes, ask
for the keystore's password, sign each safeTxHash (ECDSA, v 27 or 28, what
a Safe's execTransaction takes) and print the signatures to paste back,
each with the transaction it belongs to.

FILE is warroom's Transaction Builder export or Safe Transaction Service
JSON, as warroom verify reads it. The key is a go-ethereum encrypted
keystore file (UTC--…, as geth, clef and most wallets export it), or a
keystore directory holding exactly one. The password is read from the
terminal without echo, or from the first line of --password-file; it is
never a flag value. The key is used for the signatures and dropped: it is
never printed, logged or stored.

With --owners or --rpc (which also checks each hash against the Safe's own
getTransactionHash and refuses when they differ), sign warns when the
keystore's account is not an owner: its signature would not count.

Exit status: 0 signed, 1 refused (wrong password, a hash that differs), 2
bad input.`,
		Example: `  warroom sign upgrade.json --keystore ~/.ethereum/keystore/UTC--2026-…
  warroom sign upgrade.json --keystore key.json --index 1 --rpc https://…`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return runSign(cmd, c, o, args[0])
		},
	}
	f := cmd.Flags()
	f.StringVar(&o.keystore, "keystore", "", "the encrypted key `file` to sign with (or a keystore directory holding one)")
	f.StringVar(&o.passwordFile, "password-file", "", "read the keystore password from the first line of this `file` instead of the terminal")
	f.IntVar(&o.index, "index", 0, "sign only the `N`th transaction of FILE (1 is the first)")
	f.StringSliceVar(&o.owners, "owners", nil, "the Safe's owners, `A,B,C`: warn when the key is not one")
	f.StringVar(&o.rpc, "rpc", "", "a node's JSON-RPC `URL`: read the owners, check each hash against the Safe's getTransactionHash")
	return cmd
}

func runSign(cmd *cobra.Command, c *common, o *signOptions, path string) error {
	ctx, cancel := context.WithTimeout(cmd.Context(), rpcTimeout)
	defer cancel()
	if o.keystore == "" {
		return usageErrorf("--keystore is needed: the encrypted key file (a go-ethereum keystore, UTC--…) to sign with")
	}
	owners, err := parseOwners(o.owners)
	if err != nil {
		return err
	}
	if len(owners) > 0 && o.rpc != "" {
		return usageErrorf("give --owners or --rpc, not both: --rpc reads the owners from the Safe")
	}
	ksPath, keyJSON, account, err := readKeystore(o.keystore)
	if err != nil {
		return err
	}
	file, items, err := loadTxFile(path, o.index)
	if err != nil {
		return err
	}
	node, err := dialNode(ctx, o.rpc)
	if err != nil {
		return err
	}
	if node != nil {
		defer node.Close()
	}
	chk := &checker{node: node, owners: owners, dec: newCallDecoder()}
	reports, err := chk.check(ctx, items, nil)
	if err != nil {
		return err
	}

	out, errOut := cmd.OutOrStdout(), cmd.ErrOrStderr()
	writeFileHeader(out, path, file)
	for i := range reports {
		writeReport(out, &reports[i], i, len(reports))
	}
	for _, r := range reports {
		if r.hashErr != nil {
			return fmt.Errorf("refusing to sign: %w", r.hashErr)
		}
	}
	if account != (ethcommon.Address{}) {
		warnNotOwner(errOut, account, reports, owners)
	}

	who := "the key"
	if account != (ethcommon.Address{}) {
		who = account.Hex()
	}
	password, err := readPassword(c, errOut, o.passwordFile, who)
	if err != nil {
		return err
	}
	key, err := keystore.DecryptKey(keyJSON, password)
	if err != nil {
		if errors.Is(err, keystore.ErrDecrypt) {
			return fmt.Errorf("%s: wrong password: the key does not decrypt with it", ksPath)
		}
		return fmt.Errorf("%s: the key does not decrypt: %v", ksPath, err)
	}
	defer clear(key.PrivateKey.D.Bits()) // drop the key as soon as the signatures are made
	if account != (ethcommon.Address{}) && key.Address != account {
		return fmt.Errorf("%s says it holds account %s but its key is %s's; refusing a keystore that is not what it says", ksPath, account.Hex(), key.Address.Hex())
	}
	if account == (ethcommon.Address{}) {
		warnNotOwner(errOut, key.Address, reports, owners)
	}

	sigs := make([]string, len(reports))
	for i, r := range reports {
		sig, err := safe.Sign(key.PrivateKey, r.tx.SafeTxHash, safe.FormECDSA)
		if err != nil {
			return err
		}
		if got, err := sig.Recover(r.tx.SafeTxHash); err != nil || got != key.Address {
			return fmt.Errorf("the signature of safeTxHash %s does not recover to the key's account %s; nothing is printed", r.tx.SafeTxHash.Hex(), key.Address.Hex())
		}
		sigs[i] = sig.Hex()
	}
	fmt.Fprintf(out, "Signed by %s (%s):\n", key.Address.Hex(), filepath.Base(ksPath))
	for i, r := range reports {
		which := "transaction"
		if o.index != 0 {
			which += fmt.Sprintf(" %d", o.index)
		} else if len(reports) > 1 {
			which += fmt.Sprintf(" %d of %d", i+1, len(reports))
		}
		if r.label != "" {
			which += " · " + r.label
		}
		fmt.Fprintf(out, "  %s · Safe %s nonce %d · safeTxHash %s\n  %s\n", which, r.tx.Safe.Hex(), r.tx.Nonce, r.tx.SafeTxHash.Hex(), sigs[i])
	}
	return nil
}

// warnNotOwner warns when account is not among the owners known for a
// transaction's Safe (read with --rpc, or --owners).
func warnNotOwner(w io.Writer, account ethcommon.Address, reports []txReport, owners []ethcommon.Address) {
	for _, r := range reports {
		list := owners
		if r.state != nil {
			list = r.state.Owners
		}
		if len(list) == 0 {
			continue
		}
		found := false
		for _, o := range list {
			found = found || o == account
		}
		if !found {
			fmt.Fprintf(w, "warning: %s, the keystore's account, is not an owner of Safe %s; its signature will not count\n", account.Hex(), r.tx.Safe.Hex())
			return
		}
	}
}

// readKeystore reads --keystore: a key file, or a directory holding
// exactly one. account is the address the file says it holds (zero when
// it does not say).
func readKeystore(path string) (file string, keyJSON []byte, account ethcommon.Address, err error) {
	st, err := os.Stat(path)
	if err != nil {
		return "", nil, ethcommon.Address{}, usageErrorf("--keystore %s: %v", path, errors.Unwrap(err))
	}
	file = path
	if st.IsDir() {
		entries, err := os.ReadDir(path)
		if err != nil {
			return "", nil, ethcommon.Address{}, usageErrorf("--keystore %s: %v", path, err)
		}
		var keys []string
		for _, e := range entries {
			if e.Type().IsRegular() && !strings.HasPrefix(e.Name(), ".") {
				keys = append(keys, e.Name())
			}
		}
		switch len(keys) {
		case 0:
			return "", nil, ethcommon.Address{}, usageErrorf("--keystore %s: the directory holds no key file; give the key file itself", path)
		case 1:
			file = filepath.Join(path, keys[0])
		default:
			return "", nil, ethcommon.Address{}, usageErrorf("--keystore %s: the directory holds %d key files; give the one to sign with, e.g. --keystore %s", path, len(keys), filepath.Join(path, keys[0]))
		}
	}
	keyJSON, err = os.ReadFile(file)
	if err != nil {
		return "", nil, ethcommon.Address{}, usageErrorf("--keystore %s: %v", file, errors.Unwrap(err))
	}
	var head struct {
		Address string          `json:"address"`
		Crypto  json.RawMessage `json:"crypto"`
		Crypto2 json.RawMessage `json:"Crypto"`
	}
	if json.Unmarshal(keyJSON, &head) != nil || (head.Crypto == nil && head.Crypto2 == nil) {
		return "", nil, ethcommon.Address{}, usageErrorf("--keystore %s is not an encrypted key file; want a go-ethereum keystore JSON (UTC--…) with a crypto section", file)
	}
	if head.Address != "" {
		a := strings.TrimPrefix(strings.TrimPrefix(head.Address, "0x"), "0X")
		b, err := hexutil.Decode("0x" + a)
		if err != nil || len(b) != 20 {
			return "", nil, ethcommon.Address{}, usageErrorf("--keystore %s: its address %q is not an address", file, head.Address)
		}
		account = ethcommon.BytesToAddress(b)
	}
	return file, keyJSON, account, nil
}

// readPassword is a keystore's password: the first line of file (a
// regular file no one but its owner can read), or read from the terminal
// on standard input without echo, asking for who. The password is never a
// flag's value.
func readPassword(c *common, prompt io.Writer, file, who string) (string, error) {
	if file != "" {
		st, err := os.Stat(file)
		if err != nil {
			return "", usageErrorf("--password-file %s: %v", file, errors.Unwrap(err))
		}
		if !st.Mode().IsRegular() {
			return "", usageErrorf("--password-file %s is not a regular file; want a file holding the password on its first line", file)
		}
		if perm := st.Mode().Perm(); perm&0o077 != 0 {
			return "", usageErrorf("--password-file %s can be read by others (mode %04o); make it the owner's alone with chmod 600 %s", file, perm, file)
		}
		b, err := os.ReadFile(file)
		if err != nil {
			return "", usageErrorf("--password-file %s: %v", file, errors.Unwrap(err))
		}
		line, _, _ := bytes.Cut(b, []byte("\n"))
		return strings.TrimSuffix(string(line), "\r"), nil
	}
	f, ok := c.stdin.(*os.File)
	if !ok || !term.IsTerminal(int(f.Fd())) {
		return "", usageErrorf("no terminal to ask the keystore password on (standard input is not one); give --password-file FILE (mode 0600)")
	}
	fmt.Fprintf(prompt, "Password of %s: ", who)
	pw, err := term.ReadPassword(int(f.Fd()))
	fmt.Fprintln(prompt)
	if err != nil {
		return "", fmt.Errorf("reading the password from the terminal: %w", err)
	}
	return string(pw), nil
}
