// Fetches Electron's binary (node_modules/electron/dist), which npm does not do for us: electron's
// own install script is denied in package.json "allowScripts" so that an offline `npm ci` cannot
// fail on it. Run as `postinstall`, a failed download is a notice, not an error: `npm start` then
// opens Itinera in the browser (serve mode). Run as `npm run electron:install` (--required), a
// failed download exits 1.
//
//   node scripts/install-electron-binary.mjs [--required]
//
// ELECTRON_SKIP_BINARY_DOWNLOAD=1 skips the download (postinstall only).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const electronDir = path.join(root, 'node_modules', 'electron');
const required = process.argv.includes('--required');
// Electron's zip is about 100 MB; give a slow connection time, but never hang an install forever.
const TIMEOUT_MS = 10 * 60 * 1000;

function binaryPath() {
  try {
    const executable = fs.readFileSync(path.join(electronDir, 'path.txt'), 'utf8').trim();
    const binary = path.join(electronDir, 'dist', executable);
    return executable && fs.existsSync(binary) ? binary : null;
  } catch {
    return null;
  }
}

function electronVersion() {
  return JSON.parse(fs.readFileSync(path.join(electronDir, 'package.json'), 'utf8')).version;
}

/** The first line of the download error that says what went wrong, without a stack trace. */
function reasonFrom(output) {
  const lines = output
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('at '));
  const line =
    lines.find((candidate) => /error|enotfound|eai_again|econn|etimedout|status|denied/i.test(candidate)) ?? lines[0];
  if (!line) return 'no reason given';
  return line.length > 160 ? `${line.slice(0, 157)}...` : line;
}

function notice(reason) {
  const message = [
    `Electron's binary could not be downloaded (${reason}).`,
    '`npm start` will open Itinera in your browser (serve mode) instead.',
    'Run `npm run electron:install` later, with network access, to get the desktop window.',
  ].join('\n  ');
  console.warn(`\n  ${message}\n`);
}

function finish(ok, reason) {
  if (ok) process.exit(0);
  if (required) {
    console.error(`electron:install: Electron's binary could not be downloaded (${reason}).`);
    process.exit(1);
  }
  notice(reason);
  process.exit(0);
}

if (!fs.existsSync(path.join(electronDir, 'install.js'))) {
  // A production install (--omit=dev) has no Electron at all; there is nothing to fetch.
  if (required) finish(false, 'the electron package is not installed; run `npm install` first');
  process.exit(0);
}

if (process.env.ELECTRON_SKIP_BINARY_DOWNLOAD && !required) {
  console.log('Skipping the Electron binary download (ELECTRON_SKIP_BINARY_DOWNLOAD is set).');
  process.exit(0);
}

if (binaryPath()) {
  if (required) console.log(`Electron ${electronVersion()} is already installed.`);
  process.exit(0);
}

const env = { ...process.env };
// Asked for explicitly: download even where the variable is set for `npm ci`.
delete env.ELECTRON_SKIP_BINARY_DOWNLOAD;
console.log(`Downloading Electron ${electronVersion()}...`);
const result = spawnSync(process.execPath, [path.join(electronDir, 'install.js')], {
  cwd: electronDir,
  env,
  encoding: 'utf8',
  stdio: ['ignore', 'pipe', 'pipe'],
  timeout: TIMEOUT_MS,
});

if (result.error) finish(false, result.error.code === 'ETIMEDOUT' ? 'the download timed out' : result.error.message);
if (result.status !== 0) finish(false, reasonFrom(`${result.stderr}\n${result.stdout}`));
if (!binaryPath()) finish(false, 'the download finished but the binary is not where Electron expects it');
console.log(`Electron ${electronVersion()} installed.`);
finish(true);
