#!/usr/bin/env node
// Compiles the warroom drill contracts with the pinned solc (package.json)
// and writes one artifact per contract to artifacts/<ContractName>.json.
//
//   node compile.js                 write ./artifacts (what go generate runs)
//   node compile.js --out DIR       write the artifacts to DIR instead
//   node compile.js --abigen DIR    also write DIR/<Name>.abi and DIR/<Name>.bin
//                                   (abigen's inputs; see gen.go)
//   node compile.js --layout-cases  compile chain/layout/testdata/src/*.sol into
//                                   Foundry- and Hardhat-shaped artifacts under
//                                   chain/layout/testdata (go generate ./chain/layout);
//                                   with --out DIR, under DIR instead
//
// Output depends only on the sources, the pinned compiler and the settings
// below: source unit names are relative ("src/VaultV1.sol",
// "@openzeppelin/contracts/..."), never absolute paths, so the bytecode
// (including its metadata hash) is the same on every checkout. The freshness
// tests in artifacts_test.go (and chain/layout's) rely on that.
//
// Besides ABI, bytecode and storage layout, each artifact carries the
// immutable references of its runtime code and a pruned AST: only what the
// storage-layout check reads (chain/artifact decodes it, chain/layout uses
// it): the contract and its bases with their state variables (and their
// @custom:oz-renamed-from / oz-retyped-from annotations), their ERC-7201
// namespace structs (@custom:storage-location), and the structs, enums and
// user-defined value types those refer to. Node and field names are solc's,
// so the same Go decoder reads it and a full solc AST.
//
// Any compiler error prints the compiler's messages and exits non-zero.
'use strict';

const crypto = require('crypto');
const fs = require('fs');
const path = require('path');

const ROOT = __dirname;
const NODE_MODULES = path.join(ROOT, 'node_modules');
const SOLC_VERSION = '0.8.30';

// The storage-layout test cases of chain/layout: sources in src/, artifacts
// written beside them (foundry/out/..., hardhat/artifacts/...).
const LAYOUT_CASES = path.join(ROOT, '..', 'layout', 'testdata');
// The layout-case files also compiled as a Hardhat project (contracts/...),
// to exercise the Hardhat loader: artifact, .dbg.json and build info.
const HARDHAT_CASES = ['Append.sol', 'Namespace.sol'];

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
  ['BridgeVaultV1', 'src/BridgeVaultV1.sol'],
  ['BridgeVaultV2', 'src/BridgeVaultV2.sol'],
  ['BridgeVaultV2RelayerGated', 'src/BridgeVaultV2RelayerGated.sol'],
  ['BridgeVaultV2AdminRelease', 'src/BridgeVaultV2AdminRelease.sol'],
  ['RelayerAttacker', 'src/RelayerAttacker.sol'],
  ['TreasuryVaultV1', 'src/TreasuryVaultV1.sol'],
  ['TreasuryVaultV2', 'src/TreasuryVaultV2.sol'],
  ['TreasuryVaultV2GatedInit', 'src/TreasuryVaultV2GatedInit.sol'],
  ['TreasuryVaultV2Ownable', 'src/TreasuryVaultV2Ownable.sol'],
  ['InitializerAttacker', 'src/InitializerAttacker.sol'],
  // DeFi drills (src/): shared pieces, then oracle manipulation, the
  // ERC-4626 donation attack and the Bybit-style Safe takeover.
  ['DrillToken', 'src/DrillToken.sol'],
  ['FlashLender', 'src/FlashLender.sol'],
  ['SpotPool', 'src/SpotPool.sol'],
  ['LendingVaultV1', 'src/LendingVaultV1.sol'],
  ['LendingVaultV2', 'src/LendingVaultV2.sol'],
  ['LendingVaultV2BorrowCap', 'src/LendingVaultV2BorrowCap.sol'],
  ['OracleAttacker', 'src/OracleAttacker.sol'],
  ['StrategyShares', 'src/StrategyShares.sol'],
  ['ShareVaultV1', 'src/ShareVaultV1.sol'],
  ['ShareVaultV2', 'src/ShareVaultV2.sol'],
  ['ShareVaultV2SmallSteps', 'src/ShareVaultV2SmallSteps.sol'],
  ['DonationAttacker', 'src/DonationAttacker.sol'],
  ['SafeUpgradeTrap', 'src/SafeUpgradeTrap.sol'],
  ['BackdoorSingleton', 'src/BackdoorSingleton.sol'],
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

const OUTPUTS = [
  'abi',
  'evm.bytecode.object',
  'evm.deployedBytecode.object',
  'evm.deployedBytecode.immutableReferences',
  'storageLayout',
];

// What `forge build --extra-output storageLayout --ast` asks solc for.
const FOUNDRY_OUTPUTS = [
  'abi',
  'evm.bytecode.object',
  'evm.bytecode.linkReferences',
  'evm.deployedBytecode.object',
  'evm.deployedBytecode.linkReferences',
  'evm.deployedBytecode.immutableReferences',
  'evm.methodIdentifiers',
  'metadata',
  'storageLayout',
];

// What Hardhat asks for once "storageLayout" is added to outputSelection.
const HARDHAT_OUTPUTS = [
  'abi',
  'evm.bytecode.object',
  'evm.bytecode.linkReferences',
  'evm.deployedBytecode.object',
  'evm.deployedBytecode.linkReferences',
  'evm.deployedBytecode.immutableReferences',
  'evm.methodIdentifiers',
  'metadata',
  'storageLayout',
];

const USAGE = 'usage: node compile.js [--out DIR] [--abigen DIR] [--layout-cases]';

function fail(msg) {
  process.stderr.write(`compile.js: ${msg}\n`);
  process.exit(1);
}

function parseArgs(argv) {
  const opts = { out: null, abigen: null, layoutCases: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if ((arg === '--out' || arg === '--abigen') && i + 1 < argv.length) {
      opts[arg.slice(2)] = path.resolve(argv[++i]);
    } else if (arg === '--layout-cases') {
      opts.layoutCases = true;
    } else if (arg === '-h' || arg === '--help') {
      process.stdout.write(USAGE + '\n');
      process.exit(0);
    } else {
      fail(`unknown or incomplete argument ${JSON.stringify(arg)} (${USAGE})`);
    }
  }
  if (opts.layoutCases && opts.abigen) {
    fail('--abigen does not apply to --layout-cases');
  }
  return opts;
}

// resolve maps a source unit name to a file: "src/..." lives in srcRoot
// (this directory, or the layout cases' testdata), anything else is an npm
// package path under node_modules. Unit names are never absolute and never
// climb out of their root.
function resolver(srcRoot, prefix) {
  return (unit) => {
    const clean = path.posix.normalize(unit);
    if (path.posix.isAbsolute(clean) || clean.startsWith('../')) {
      throw new Error(`source unit ${unit} is not a relative path`);
    }
    if (clean.startsWith(prefix)) {
      return path.join(srcRoot, clean.slice(prefix.length));
    }
    return path.join(NODE_MODULES, clean);
  };
}

// isKnownWarning reports the one warning we expect and do not print on every
// run: solc warns about any TSTORE (code 2394), including the one inside
// OpenZeppelin's TransientSlot library, which ReentrancyGuardTransient (in
// VaultV2) uses as intended. Warnings about our own sources always print.
function isKnownWarning(diag) {
  const file = diag.sourceLocation && diag.sourceLocation.file;
  return diag.severity === 'warning' && diag.errorCode === '2394' && file === '@openzeppelin/contracts/utils/TransientSlot.sol';
}

function loadSolc() {
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
  return { solc, version };
}

// compile runs solc's standard JSON interface, prints its diagnostics and
// fails on any error.
function compile(solc, input, resolve, quiet) {
  const findImports = (unit) => {
    try {
      return { contents: fs.readFileSync(resolve(unit), 'utf8') };
    } catch (err) {
      return { error: `cannot read ${unit}: ${err.message}` };
    }
  };
  const output = JSON.parse(solc.compile(JSON.stringify(input), { import: findImports }));
  let errors = 0;
  for (const diag of output.errors || []) {
    if (diag.severity === 'error') errors++;
    if (isKnownWarning(diag) || (quiet && diag.severity !== 'error')) continue;
    process.stderr.write(diag.formattedMessage || `${diag.severity}: ${diag.message}\n`);
  }
  if (errors > 0) {
    fail(`${errors} compiler error(s)`);
  }
  return output;
}

// ---------------------------------------------------------------------------
// The pruned AST.

function isStorageVariable(n) {
  return (
    n.nodeType === 'VariableDeclaration' &&
    n.stateVariable &&
    !n.constant &&
    n.mutability !== 'immutable' &&
    n.storageLocation !== 'transient'
  );
}

function docText(n) {
  const d = n.documentation;
  if (d === undefined || d === null) return '';
  return typeof d === 'string' ? d : d.text || '';
}

function hasStorageLocation(n) {
  return /@custom:storage-location\b/.test(docText(n));
}

// pruneDoc keeps documentation only when it carries a @custom: tag the
// layout check reads.
function pruneDoc(out, n) {
  const text = docText(n);
  if (/@custom:(oz-renamed-from|oz-retyped-from|storage-location)\b/.test(text)) {
    out.documentation = typeof n.documentation === 'string' ? text : { nodeType: 'StructuredDocumentation', text };
  }
  return out;
}

function pruneType(t) {
  if (t === undefined || t === null) return t;
  const out = {
    nodeType: t.nodeType,
    typeDescriptions: { typeIdentifier: t.typeDescriptions.typeIdentifier, typeString: t.typeDescriptions.typeString },
  };
  switch (t.nodeType) {
    case 'Mapping':
      out.keyType = pruneType(t.keyType);
      out.valueType = pruneType(t.valueType);
      break;
    case 'ArrayTypeName':
      out.baseType = pruneType(t.baseType);
      break;
    case 'UserDefinedTypeName':
      out.referencedDeclaration = t.referencedDeclaration;
      break;
    case 'FunctionTypeName':
      out.visibility = t.visibility;
      break;
  }
  return out;
}

function pruneVariable(v) {
  const out = { id: v.id, name: v.name, nodeType: v.nodeType };
  if (v.stateVariable) out.stateVariable = true;
  pruneDoc(out, v);
  out.typeName = pruneType(v.typeName);
  return out;
}

function pruneDefinition(n) {
  const out = { id: n.id, name: n.name, canonicalName: n.canonicalName, nodeType: n.nodeType };
  switch (n.nodeType) {
    case 'StructDefinition':
      pruneDoc(out, n);
      out.members = n.members.map(pruneVariable);
      break;
    case 'EnumDefinition':
      out.members = n.members.map((m) => ({ name: m.name, nodeType: m.nodeType }));
      break;
    case 'UserDefinedValueTypeDefinition':
      out.underlyingType = pruneType(n.underlyingType);
      break;
    case 'VariableDeclaration':
      return pruneVariable(n);
  }
  return out;
}

// pruneAST returns the source units (pruned) that hold the contract, its
// bases and every definition their storage refers to.
function pruneAST(sources, unit, name) {
  const defs = new Map(); // AST id -> { node, parent }
  for (const src of Object.values(sources)) {
    for (const n of src.ast.nodes) {
      defs.set(n.id, { node: n, parent: null });
      if (n.nodeType === 'ContractDefinition') {
        for (const c of n.nodes) defs.set(c.id, { node: c, parent: n });
      }
    }
  }
  const root = sources[unit].ast.nodes.find((n) => n.nodeType === 'ContractDefinition' && n.name === name);
  if (!root) fail(`no contract ${name} in the AST of ${unit}`);

  const keep = new Set();
  const walkType = (t) => {
    if (!t) return;
    switch (t.nodeType) {
      case 'Mapping':
        walkType(t.keyType);
        walkType(t.valueType);
        return;
      case 'ArrayTypeName':
        walkType(t.baseType);
        return;
      case 'UserDefinedTypeName': {
        const d = defs.get(t.referencedDeclaration);
        // A contract type is stored as an address: no definition needed.
        if (!d || keep.has(d.node.id) || d.node.nodeType === 'ContractDefinition') return;
        keep.add(d.node.id);
        if (d.parent) keep.add(d.parent.id);
        if (d.node.nodeType === 'StructDefinition') d.node.members.forEach((m) => walkType(m.typeName));
        return;
      }
    }
  };
  for (const id of root.linearizedBaseContracts) {
    const d = defs.get(id);
    if (!d) fail(`base contract ${id} of ${name} is not in the compiler's AST`);
    keep.add(id);
    for (const n of d.node.nodes) {
      if (isStorageVariable(n)) {
        keep.add(n.id);
        walkType(n.typeName);
      } else if (n.nodeType === 'StructDefinition' && hasStorageLocation(n)) {
        keep.add(n.id);
        n.members.forEach((m) => walkType(m.typeName));
      }
    }
  }

  const units = [];
  for (const unitName of Object.keys(sources).sort()) {
    const ast = sources[unitName].ast;
    const nodes = [];
    for (const n of ast.nodes) {
      if (!keep.has(n.id)) continue;
      if (n.nodeType !== 'ContractDefinition') {
        nodes.push(pruneDefinition(n));
        continue;
      }
      nodes.push({
        id: n.id,
        name: n.name,
        nodeType: n.nodeType,
        contractKind: n.contractKind,
        linearizedBaseContracts: n.linearizedBaseContracts,
        nodes: n.nodes.filter((c) => keep.has(c.id)).map(pruneDefinition),
      });
    }
    if (nodes.length > 0) {
      units.push({ absolutePath: ast.absolutePath, id: ast.id, nodeType: 'SourceUnit', nodes });
    }
  }
  return units;
}

// ---------------------------------------------------------------------------
// The drill contracts (chain/contracts/artifacts).

function compileContracts(opts) {
  const { solc, version } = loadSolc();
  const out = opts.out || path.join(ROOT, 'artifacts');
  const resolve = resolver(path.join(ROOT, 'src'), 'src/');

  // Every file in src/ plus the package entry points above; solc pulls in
  // their imports through the callback. Only the listed contracts are
  // requested, which keeps the compile fast.
  const units = new Set(CONTRACTS.map(([, unit]) => unit));
  for (const file of fs.readdirSync(path.join(ROOT, 'src')).sort()) {
    if (file.endsWith('.sol')) units.add(`src/${file}`);
  }
  const sources = {};
  for (const unit of [...units].sort()) {
    sources[unit] = { content: fs.readFileSync(resolve(unit), 'utf8') };
  }
  const outputSelection = { '*': { '': ['ast'] } };
  for (const [name, unit] of CONTRACTS) {
    outputSelection[unit] = outputSelection[unit] || {};
    outputSelection[unit][name] = OUTPUTS;
  }
  const input = {
    language: 'Solidity',
    sources,
    settings: { ...SETTINGS, outputSelection },
  };
  const output = compile(solc, input, resolve, false);

  fs.mkdirSync(out, { recursive: true });
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
      immutableReferences: contract.evm.deployedBytecode.immutableReferences || {},
      storageLayout: contract.storageLayout,
      ast: pruneAST(output.sources, unit, name),
    };
    fs.writeFileSync(path.join(out, `${name}.json`), JSON.stringify(artifact, null, 2) + '\n');
    if (opts.abigen) {
      fs.writeFileSync(path.join(opts.abigen, `${name}.abi`), JSON.stringify(contract.abi) + '\n');
      if (bytecode) fs.writeFileSync(path.join(opts.abigen, `${name}.bin`), bytecode + '\n');
    }
  }
  process.stderr.write(`compile.js: solc ${version}: wrote ${CONTRACTS.length} artifacts to ${shortPath(out)}\n`);
}

// ---------------------------------------------------------------------------
// The layout cases (chain/layout/testdata).

function hex(s) {
  return '0x' + (s || '');
}

// writeFoundry writes out/<File>.sol/<Contract>.json as forge build does
// with extra_output = ["storageLayout"] and ast = true: compact JSON.
function writeFoundry(dir, output) {
  let n = 0;
  for (const unit of Object.keys(output.contracts).sort()) {
    const source = output.sources[unit];
    const unitDir = path.join(dir, 'out', path.posix.basename(unit));
    fs.mkdirSync(unitDir, { recursive: true });
    for (const name of Object.keys(output.contracts[unit]).sort()) {
      const c = output.contracts[unit][name];
      const artifact = {
        abi: c.abi,
        bytecode: { object: hex(c.evm.bytecode.object), linkReferences: c.evm.bytecode.linkReferences },
        deployedBytecode: {
          object: hex(c.evm.deployedBytecode.object),
          linkReferences: c.evm.deployedBytecode.linkReferences,
          immutableReferences: c.evm.deployedBytecode.immutableReferences,
        },
        methodIdentifiers: c.evm.methodIdentifiers,
        rawMetadata: c.metadata,
        metadata: JSON.parse(c.metadata),
        storageLayout: c.storageLayout,
        ast: source.ast,
        id: source.id,
      };
      fs.writeFileSync(path.join(unitDir, `${name}.json`), JSON.stringify(artifact));
      n++;
    }
  }
  return n;
}

// writeHardhat writes a Hardhat 2 project's artifacts: one
// artifacts/<source>/<Contract>.json (hh-sol-artifact-1) and .dbg.json per
// contract, and the build info they point to.
function writeHardhat(dir, input, output, version) {
  const solcVersion = version.replace(/\+.*$/, '');
  const format = 'hh-sol-build-info-1';
  const id = crypto
    .createHash('md5')
    .update(JSON.stringify({ _format: format, solcVersion, solcLongVersion: version, input }))
    .digest('hex');
  const artifacts = path.join(dir, 'artifacts');
  const buildInfoDir = path.join(artifacts, 'build-info');
  fs.mkdirSync(buildInfoDir, { recursive: true });
  const buildInfo = {
    id,
    _format: format,
    solcVersion,
    solcLongVersion: version,
    input,
    output: { contracts: output.contracts, sources: output.sources },
  };
  fs.writeFileSync(path.join(buildInfoDir, `${id}.json`), JSON.stringify(buildInfo));
  let n = 0;
  for (const unit of Object.keys(output.contracts).sort()) {
    const unitDir = path.join(artifacts, ...unit.split('/'));
    fs.mkdirSync(unitDir, { recursive: true });
    const rel = path.relative(unitDir, path.join(buildInfoDir, `${id}.json`)).split(path.sep).join('/');
    for (const name of Object.keys(output.contracts[unit]).sort()) {
      const c = output.contracts[unit][name];
      const artifact = {
        _format: 'hh-sol-artifact-1',
        contractName: name,
        sourceName: unit,
        abi: c.abi,
        bytecode: hex(c.evm.bytecode.object),
        deployedBytecode: hex(c.evm.deployedBytecode.object),
        linkReferences: c.evm.bytecode.linkReferences,
        deployedLinkReferences: c.evm.deployedBytecode.linkReferences,
      };
      fs.writeFileSync(path.join(unitDir, `${name}.json`), JSON.stringify(artifact, null, 2) + '\n');
      fs.writeFileSync(
        path.join(unitDir, `${name}.dbg.json`),
        JSON.stringify({ _format: 'hh-sol-dbg-1', buildInfo: rel }, null, 2) + '\n',
      );
      n++;
    }
  }
  return n;
}

function compileLayoutCases(opts) {
  const { solc, version } = loadSolc();
  const out = opts.out || LAYOUT_CASES;
  const srcDir = path.join(LAYOUT_CASES, 'src');
  const files = fs.readdirSync(srcDir).filter((f) => f.endsWith('.sol')).sort();
  if (files.length === 0) fail(`no .sol files in ${srcDir}`);

  // Foundry: every case, source units "src/<File>.sol".
  const foundryResolve = resolver(srcDir, 'src/');
  const foundrySources = {};
  for (const f of files) foundrySources[`src/${f}`] = { content: fs.readFileSync(path.join(srcDir, f), 'utf8') };
  const foundryInput = {
    language: 'Solidity',
    sources: foundrySources,
    settings: { ...SETTINGS, outputSelection: { '*': { '*': FOUNDRY_OUTPUTS, '': ['ast'] } } },
  };
  const foundryOut = path.join(out, 'foundry');
  fs.rmSync(path.join(foundryOut, 'out'), { recursive: true, force: true });
  const nf = writeFoundry(foundryOut, compile(solc, foundryInput, foundryResolve, true));

  // Hardhat: a few cases as "contracts/<File>.sol".
  const hardhatResolve = resolver(srcDir, 'contracts/');
  const hardhatSources = {};
  for (const f of HARDHAT_CASES) {
    hardhatSources[`contracts/${f}`] = { content: fs.readFileSync(path.join(srcDir, f), 'utf8') };
  }
  const hardhatInput = {
    language: 'Solidity',
    sources: hardhatSources,
    settings: { ...SETTINGS, outputSelection: { '*': { '*': HARDHAT_OUTPUTS, '': ['ast'] } } },
  };
  const hardhatOut = path.join(out, 'hardhat');
  fs.rmSync(path.join(hardhatOut, 'artifacts'), { recursive: true, force: true });
  const nh = writeHardhat(hardhatOut, hardhatInput, compile(solc, hardhatInput, hardhatResolve, true), version);

  process.stderr.write(
    `compile.js: solc ${version}: wrote ${nf} Foundry and ${nh} Hardhat layout-case artifacts to ${shortPath(out)}\n`,
  );
}

function shortPath(p) {
  const rel = path.relative(process.cwd(), p);
  return rel.startsWith('..') || path.isAbsolute(rel) ? p : rel || '.';
}

function main() {
  const opts = parseArgs(process.argv.slice(2));
  if (opts.layoutCases) {
    compileLayoutCases(opts);
  } else {
    compileContracts(opts);
  }
}

main();
