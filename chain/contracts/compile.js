#!/usr/bin/env node
// Compiles the warroom drill contracts with the pinned solc (package.json)
// and writes one artifact per contract to artifacts/<ContractName>.json.
//
//   node compile.js                 write ./artifacts (what go generate runs)
//   node compile.js --out DIR       write the artifacts to DIR instead
//   node compile.js --abigen DIR    also write DIR/<Name>.abi and DIR/<Name>.bin
//                                   (abigen's inputs; see gen.go)
//
// Output depends only on the sources, the pinned compiler and the settings
// below: source unit names are relative ("src/VaultV1.sol",
// "@openzeppelin/contracts/..."), never absolute paths, so the bytecode
// (including its metadata hash) is the same on every checkout. The freshness
// test in artifacts_test.go relies on that.
//
// Any compiler error prints the compiler's messages and exits non-zero.
'use strict';

const fs = require('fs');
const path = require('path');

const ROOT = __dirname;
const NODE_MODULES = path.join(ROOT, 'node_modules');
const SOLC_VERSION = '0.8.30';

// The contracts we write artifacts for: [contract name, source unit name].
// Every source unit is either "src/..." (this directory) or a path inside
// node_modules. Keep the list in sync with gen.go and artifacts.go.
const CONTRACTS = [
  // Interfaces (src/): an ABI and no bytecode.
  ['IPausable', 'src/IPausable.sol'],
  // Drill contracts (src/).
  ['VaultV1', 'src/VaultV1.sol'],
  ['VaultV2', 'src/VaultV2.sol'],
  ['VaultV2BadLayout', 'src/VaultV2BadLayout.sol'],
  ['ReentrancyAttacker', 'src/ReentrancyAttacker.sol'],
  // OpenZeppelin Contracts 5.4.0, unmodified.
  ['ERC1967Proxy', '@openzeppelin/contracts/proxy/ERC1967/ERC1967Proxy.sol'],
  ['TimelockController', '@openzeppelin/contracts/governance/TimelockController.sol'],
  // Safe 1.4.1, unmodified sources from @safe-global/safe-contracts.
  ['Safe', '@safe-global/safe-contracts/contracts/Safe.sol'],
  ['SafeProxyFactory', '@safe-global/safe-contracts/contracts/proxies/SafeProxyFactory.sol'],
  ['SafeProxy', '@safe-global/safe-contracts/contracts/proxies/SafeProxy.sol'],
  ['CompatibilityFallbackHandler', '@safe-global/safe-contracts/contracts/handler/CompatibilityFallbackHandler.sol'],
  ['MultiSend', '@safe-global/safe-contracts/contracts/libraries/MultiSend.sol'],
  ['MultiSendCallOnly', '@safe-global/safe-contracts/contracts/libraries/MultiSendCallOnly.sol'],
];

// Interfaces compile to an ABI only; their artifacts have empty bytecode and
// abigen gets no .bin for them.
const INTERFACES = new Set(['IPausable']);

const SETTINGS = {
  optimizer: { enabled: true, runs: 200 },
  evmVersion: 'cancun',
};

const OUTPUTS = ['abi', 'evm.bytecode.object', 'evm.deployedBytecode.object', 'storageLayout'];

function fail(msg) {
  process.stderr.write(`compile.js: ${msg}\n`);
  process.exit(1);
}

function parseArgs(argv) {
  const opts = { out: path.join(ROOT, 'artifacts'), abigen: null };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if ((arg === '--out' || arg === '--abigen') && i + 1 < argv.length) {
      opts[arg.slice(2)] = path.resolve(argv[++i]);
    } else if (arg === '-h' || arg === '--help') {
      process.stdout.write('usage: node compile.js [--out DIR] [--abigen DIR]\n');
      process.exit(0);
    } else {
      fail(`unknown or incomplete argument ${JSON.stringify(arg)} (usage: node compile.js [--out DIR] [--abigen DIR])`);
    }
  }
  return opts;
}

// resolve maps a source unit name to a file: "src/..." lives here, anything
// else is an npm package path under node_modules. Unit names are never
// absolute and never climb out of their root.
function resolve(unit) {
  const clean = path.posix.normalize(unit);
  if (path.posix.isAbsolute(clean) || clean.startsWith('../')) {
    throw new Error(`source unit ${unit} is not a relative path`);
  }
  return clean.startsWith('src/') ? path.join(ROOT, clean) : path.join(NODE_MODULES, clean);
}

function readSource(unit) {
  return fs.readFileSync(resolve(unit), 'utf8');
}

// isKnownWarning reports the one warning we expect and do not print on every
// run: solc warns about any TSTORE (code 2394), including the one inside
// OpenZeppelin's TransientSlot library, which ReentrancyGuardTransient (in
// VaultV2) uses as intended. Warnings about our own sources always print.
function isKnownWarning(diag) {
  const file = diag.sourceLocation && diag.sourceLocation.file;
  return diag.severity === 'warning' && diag.errorCode === '2394' && file === '@openzeppelin/contracts/utils/TransientSlot.sol';
}

function main() {
  const opts = parseArgs(process.argv.slice(2));

  if (!fs.existsSync(path.join(NODE_MODULES, 'solc'))) {
    fail('node_modules/solc is missing: run `npm ci --prefix chain/contracts` first');
  }
  const solc = require('solc');
  // solc-js reports e.g. 0.8.30+commit.73712a01.Emscripten.clang; the
  // platform suffix says nothing about the output, so record the plain
  // long version (as block explorers show it).
  const version = solc.version().replace(/\.Emscripten\.clang$/, '');
  if (!version.startsWith(SOLC_VERSION + '+')) {
    fail(`solc ${version} is installed, want ${SOLC_VERSION}: run \`npm ci --prefix chain/contracts\``);
  }

  // Every file in src/ plus the package entry points above; solc pulls in
  // their imports through the callback. Only the listed contracts are
  // requested, which keeps the compile fast.
  const units = new Set(CONTRACTS.map(([, unit]) => unit));
  for (const file of fs.readdirSync(path.join(ROOT, 'src')).sort()) {
    if (file.endsWith('.sol')) units.add(`src/${file}`);
  }
  const sources = {};
  for (const unit of [...units].sort()) {
    sources[unit] = { content: readSource(unit) };
  }
  const outputSelection = {};
  for (const [name, unit] of CONTRACTS) {
    outputSelection[unit] = outputSelection[unit] || {};
    outputSelection[unit][name] = OUTPUTS;
  }
  const input = {
    language: 'Solidity',
    sources,
    settings: { ...SETTINGS, outputSelection },
  };

  const findImports = (unit) => {
    try {
      return { contents: readSource(unit) };
    } catch (err) {
      return { error: `cannot read ${unit}: ${err.message}` };
    }
  };
  const output = JSON.parse(solc.compile(JSON.stringify(input), { import: findImports }));

  let errors = 0;
  for (const diag of output.errors || []) {
    if (isKnownWarning(diag)) continue;
    process.stderr.write(diag.formattedMessage || `${diag.severity}: ${diag.message}\n`);
    if (diag.severity === 'error') errors++;
  }
  if (errors > 0) {
    fail(`${errors} compiler error(s)`);
  }

  fs.mkdirSync(opts.out, { recursive: true });
  if (opts.abigen) fs.mkdirSync(opts.abigen, { recursive: true });

  for (const [name, unit] of CONTRACTS) {
    const contract = output.contracts && output.contracts[unit] && output.contracts[unit][name];
    if (!contract) fail(`no output for ${unit}:${name}`);

    const bytecode = contract.evm.bytecode.object;
    const deployed = contract.evm.deployedBytecode.object;
    if (!bytecode && !INTERFACES.has(name)) fail(`${name} has no bytecode (abstract contract or interface?)`);
    if (bytecode && INTERFACES.has(name)) fail(`${name} is listed as an interface but has bytecode`);
    if (bytecode.includes('__$') || deployed.includes('__$')) {
      fail(`${name} needs library linking, which this pipeline does not support`);
    }
    const artifact = {
      contractName: name,
      sourceName: unit,
      compiler: version,
      abi: contract.abi,
      bytecode: '0x' + bytecode,
      deployedBytecode: '0x' + deployed,
      storageLayout: contract.storageLayout,
    };
    fs.writeFileSync(path.join(opts.out, `${name}.json`), JSON.stringify(artifact, null, 2) + '\n');
    if (opts.abigen) {
      fs.writeFileSync(path.join(opts.abigen, `${name}.abi`), JSON.stringify(contract.abi) + '\n');
      if (bytecode) fs.writeFileSync(path.join(opts.abigen, `${name}.bin`), bytecode + '\n');
    }
  }
  const rel = path.relative(process.cwd(), opts.out);
  const where = rel.startsWith('..') || path.isAbsolute(rel) ? opts.out : rel || '.';
  process.stderr.write(`compile.js: solc ${version}: wrote ${CONTRACTS.length} artifacts to ${where}\n`);
}

main();
