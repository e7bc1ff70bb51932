// `npm start`: builds what is stale, then opens Itinera in its desktop window (Electron) when
// Electron's binary is installed, or in the browser (serve mode) when it is not.
//
//   npm start [-- --project FILE] [-- --serve]
//
// Arguments are passed on to the app (both modes accept --project FILE); --serve forces serve
// mode. Under Electron, better-sqlite3 must be compiled for Electron's ABI. The build in
// node_modules stays the Node one (the CLI, tests and serve mode load it), so a second copy is built
// once into .cache/electron-native/ and handed to the app through ITINERA_SQLITE_BINDING.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const fromRoot = (...parts) => path.join(root, ...parts);
const args = process.argv.slice(2);
const forceServe = args.includes('--serve');
const appArgs = args.filter((argument) => argument !== '--serve');

function run(command, commandArgs, options = {}) {
  const result = spawnSync(command, commandArgs, { cwd: root, stdio: 'inherit', ...options });
  if (result.error) throw result.error;
  return result.status ?? 1;
}

function readJson(file) {
  return JSON.parse(fs.readFileSync(file, 'utf8'));
}

// (a) Build when dist/ is missing what we run, or older than the sources (scripts/build.mjs knows
// which sources count and keeps the stamp).
function ensureBuilt() {
  const outputs = [
    'dist/cli/itinera.mjs',
    'dist/electron/main.cjs',
    'dist/electron/preload.cjs',
    'dist/renderer/index.html',
    'dist/sample/krems-old-town-sample.gpkg',
  ];
  const missing = outputs.some((output) => !fs.existsSync(fromRoot(output)));
  const status = run(process.execPath, [fromRoot('scripts', 'build.mjs'), ...(missing ? [] : ['--if-stale'])]);
  if (status !== 0) {
    console.error('start: the build failed; fix the errors above and run `npm start` again.');
    process.exit(status);
  }
}

// (b) Electron's binary is usable iff path.txt names a file that exists under dist/ (the same
// rule node_modules/electron/index.js applies).
function findElectron() {
  const electronDir = fromRoot('node_modules', 'electron');
  if (!fs.existsSync(path.join(electronDir, 'package.json')))
    return { reason: 'the electron package is not installed' };
  const version = readJson(path.join(electronDir, 'package.json')).version;
  const pathFile = path.join(electronDir, 'path.txt');
  if (!fs.existsSync(pathFile)) return { reason: `Electron ${version}'s binary is not installed` };
  const executable = fs.readFileSync(pathFile, 'utf8').trim();
  const distDir = process.env.ELECTRON_OVERRIDE_DIST_PATH || path.join(electronDir, 'dist');
  const binary = path.join(distDir, executable);
  if (!executable || !fs.existsSync(binary)) return { reason: `Electron's binary is missing (${binary})` };
  return { binary, version };
}

// (c) better-sqlite3 compiled for this Electron, in its own folder, once per Electron and
// better-sqlite3 version. A prebuilt binary is fetched when one exists (as better-sqlite3's own
// install does); otherwise it is compiled against Electron's headers with node-gyp.
function ensureElectronSqlite(electronVersion) {
  const source = fromRoot('node_modules', 'better-sqlite3');
  const sqliteVersion = readJson(path.join(source, 'package.json')).version;
  const key = `better-sqlite3-${sqliteVersion}-electron-${electronVersion}-${process.platform}-${process.arch}`;
  const copy = fromRoot('.cache', 'electron-native', key);
  const binding = path.join(copy, 'build', 'Release', 'better_sqlite3.node');
  if (fs.existsSync(binding)) return { binding };

  console.log(
    `start: building better-sqlite3 ${sqliteVersion} for Electron ${electronVersion} (once) in ${path.relative(root, copy)}`,
  );
  fs.rmSync(copy, { recursive: true, force: true });
  fs.mkdirSync(path.dirname(copy), { recursive: true });
  // Only the sources: a copied build/ folder would be the Node build.
  fs.cpSync(source, copy, {
    recursive: true,
    filter: (file) => {
      const relative = path.relative(source, file);
      return relative !== 'build' && !relative.startsWith(`build${path.sep}`) && relative !== 'node_modules';
    },
  });
  const target = ['--runtime=electron', `--target=${electronVersion}`, `--arch=${process.arch}`];

  const prebuildInstall = fromRoot('node_modules', 'prebuild-install', 'bin.js');
  if (fs.existsSync(prebuildInstall)) {
    const status = run(process.execPath, [prebuildInstall, ...target, `--platform=${process.platform}`], {
      cwd: copy,
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    if (status === 0 && fs.existsSync(binding)) return { binding };
  }

  const nodeGyp = fromRoot('node_modules', 'node-gyp', 'bin', 'node-gyp.js');
  if (!fs.existsSync(nodeGyp)) {
    return {
      reason: 'no prebuilt better-sqlite3 exists for this Electron and node-gyp is not installed to compile one',
    };
  }
  const env = { ...process.env };
  // NOTE: an npm `nodedir` setting would point node-gyp at Node's headers instead of Electron's.
  for (const name of Object.keys(env)) if (name.toLowerCase() === 'npm_config_nodedir') delete env[name];
  const status = run(
    process.execPath,
    [nodeGyp, 'rebuild', '--release', ...target, '--dist-url=https://electronjs.org/headers'],
    { cwd: copy, env },
  );
  if (status === 0 && fs.existsSync(binding)) return { binding };
  fs.rmSync(copy, { recursive: true, force: true });
  return { reason: 'better-sqlite3 could not be compiled for Electron (see the node-gyp output above)' };
}

function launch(command, commandArgs, env) {
  const child = spawn(command, commandArgs, { cwd: root, stdio: 'inherit', env });
  const forward = (signal) => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
  };
  process.on('SIGINT', () => forward('SIGINT'));
  process.on('SIGTERM', () => forward('SIGTERM'));
  child.on('error', (error) => {
    console.error(`start: could not run ${command}: ${error.message}`);
    process.exit(1);
  });
  child.on('exit', (code, signal) => {
    if (signal) {
      // Exit the way the child did, so a caller sees the signal too.
      process.removeAllListeners(signal);
      process.kill(process.pid, signal);
      return;
    }
    process.exit(code ?? 1);
  });
}

function serve(reason) {
  console.log(`Itinera: starting in serve mode (your browser), because ${reason}.`);
  launch(process.execPath, [fromRoot('bin', 'itinera.js'), 'serve', ...appArgs], process.env);
}

ensureBuilt();
const electron = findElectron();
if (forceServe) {
  serve('--serve was given');
} else if (!electron.binary) {
  serve(`${electron.reason}; run \`npm run electron:install\` to get the desktop window`);
} else {
  const sqlite = ensureElectronSqlite(electron.version);
  if (!sqlite.binding) {
    serve(sqlite.reason);
  } else {
    console.log(`Itinera: starting the desktop window (Electron ${electron.version}).`);
    const env = { ...process.env, ITINERA_SQLITE_BINDING: sqlite.binding };
    // Set in some shells and CI images; it would make Electron run as plain Node.
    delete env.ELECTRON_RUN_AS_NODE;
    launch(electron.binary, [fromRoot('dist', 'electron', 'main.cjs'), ...appArgs], env);
  }
}
