package config

// Example is a commented protocol file (warroom init writes it). Load
// accepts it once the artifact and the keystore it names exist and
// BACKUP_RPC_URL is set; a test sees to it.
const Example = `# warroom protocol file: what warroom watch --config watches, and how it responds.
# Every key is checked before the console starts; an error names the line.

# The protocol's name, shown in the console's header and the journal's name.
name = "Acme Vault"

# The chain the protocol lives on (1 Ethereum mainnet, 11155111 Sepolia,
# 31337 anvil). warroom refuses a node that answers another chain id.
chain_id = 1

# Nodes to use, in failover order: ws:// or wss:// (new heads are pushed) or
# http:// or https:// (polled). Each is tried in turn and the first that
# answers is used. ${VAR} is read from the environment, so an API key stays
# out of this file; warroom shows an endpoint as its scheme and host only.
rpc = ["wss://node-a.example/ws", "${BACKUP_RPC_URL}"]

# One [[contract]] per contract to watch.
[[contract]]
name = "Vault"
# Checksummed (EIP-55), as block explorers show it.
address = "0x5FbDB2315678afecb367f032d93F642f64180aa3"
# Foundry (out/X.sol/X.json, built with --extra-output storageLayout) or
# Hardhat (artifacts/.../X.json) artifact: its ABI names calls and events,
# its storage layout is what an upgrade is checked against. A relative path
# is relative to this file; ~ is your home directory.
artifact = "out/Vault.sol/Vault.json"
# "erc1967" when address is an ERC-1967 proxy (UUPS or transparent): the
# artifact is then the implementation's. Leave it out for a plain contract.
proxy = "erc1967"
# How the guardian pauses and unpauses it; leave both out for a contract
# that does not pause. warroom reads paused() to see the pause.
pause = "pause()"
unpause = "unpause()"
# role = "oracle" marks a price source (the AMM pool the protocol prices
# with, say): the rules watch its price, and its value is not counted as
# the protocol's. Leave it out for the protocol's own contracts.

# The Safe that proposes upgrades, and the TimelockController that runs
# them. Leave a table out when the protocol has none.
[safe]
address = "0xe7f1725E7734CE288F8367e1Bb143E90bb3F0512"

[timelock]
address = "0x9fE46736679d2D9a65F0992F2272dE9f3c7fa6e0"

# The key that pauses: a go-ethereum encrypted keystore (geth account new,
# cast wallet import). The password is asked for when the console starts,
# or read from --password-file (mode 0600). Without [guardian] the console
# watches but cannot pause.
[guardian]
keystore = "~/.warroom/keys/guardian.json"

# Detection thresholds.
[rules]
# A transaction that takes more than this share of a contract's value alerts
# (high; from four times the share, critical).
outflow_share = 0.05
# A caller created this many blocks ago or fewer is a new contract.
fresh_contract_blocks = 100
# A watched pool's price moving this far off its block-start price within
# one transaction alerts (price-deviation; 0 turns it off).
price_deviation = 0.10
# A watched ERC-4626 vault's share price moving this far from its last one
# alerts (share-price; 1 = doubled or halved; 0 turns the jump check off).
share_price_jump = 1.0

# Calls an upgrade must keep working: the shadow test runs each one against
# the live state under the old and the new implementation.
[[regression]]
name = "user withdraw"
from = "0x70997970C51812dc3A010C7d01b50e0d17dc79C8"
# The name of a [[contract]] above, or an address.
to = "Vault"
# A signature, then its arguments; amounts may be written 1ether or 5gwei.
call = "withdraw(uint256) 1000000000000000000"
`
