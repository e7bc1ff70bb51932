// Runs @doyensec/electronegativity on the Electron shell (electron/main, electron/preload and the
// built renderer page they load, dist/renderer/index.html, whose <meta> carries the CSP) and
// fails on any finding that docs/security.md ("Electronegativity findings") does not
// justify, on a justification whose finding no longer occurs, and on any file it cannot parse.
//
//   node scripts/electronegativity.mjs              scan the app (builds dist/ when stale)
//   node scripts/electronegativity.mjs --input DIR  scan DIR instead (tests use this to prove it fails)
//
// NOTE: AVAILABLE_SECURITY_FIXES_GLOBAL_CHECK (AvailableSecurityFixesGlobalCheck) is skipped: it downloads Electron's release list from
// GitHub, which an offline CI cannot do (and would make the result change without a code change).
// Electron's version is pinned in package.json and upgraded deliberately instead.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
// The library names checks by class here (it lower-cases them), by id in its findings.
const SKIPPED_CHECKS = ['AvailableSecurityFixesGlobalCheck'];
const JUSTIFICATIONS_HEADING = '### Electronegativity findings';

/** `| CHECK_ID | file | why |` rows under the heading in docs/security.md. */
export function readJustifications(markdown) {
  const start = markdown.indexOf(JUSTIFICATIONS_HEADING);
  if (start < 0) return [];
  const section = markdown.slice(start + JUSTIFICATIONS_HEADING.length).split(/\n#{1,3} /)[0];
  const rows = [];
  for (const line of section.split('\n')) {
    const match = /^\|\s*`([A-Z_]+)`\s*\|\s*`([^`]+)`\s*\|\s*(.+?)\s*\|\s*$/.exec(line);
    if (match && match[3].length >= 20) rows.push({ check: match[1], file: match[2], why: match[3] });
  }
  return rows;
}

function stageApp() {
  execFileSync(process.execPath, [path.join(root, 'scripts', 'build.mjs'), '--if-stale'], { stdio: 'ignore' });
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'itinera-electronegativity-'));
  for (const folder of ['main', 'preload']) {
    fs.cpSync(path.join(root, 'electron', folder), path.join(dir, folder), {
      recursive: true,
      filter: (source) => !source.endsWith('.test.ts'),
    });
  }
  const page = path.join(root, 'dist', 'renderer', 'index.html');
  if (!fs.existsSync(page)) throw new Error(`${page} is missing: run "npm run build".`);
  fs.mkdirSync(path.join(dir, 'renderer'));
  fs.copyFileSync(page, path.join(dir, 'renderer', 'index.html'));
  return dir;
}

function electronVersion() {
  return JSON.parse(fs.readFileSync(require.resolve('electron/package.json'), 'utf8')).version;
}

async function main() {
  const { values } = parseArgs({ options: { input: { type: 'string' } } });
  const input = values.input ? path.resolve(values.input) : stageApp();
  const run = require('@doyensec/electronegativity');
  // The library prints progress through console.log; keep stdout for the verdict.
  const log = console.log;
  console.log = () => {};
  let result;
  try {
    result = await run({
      input,
      isRelative: true,
      electronVersionOverride: electronVersion(),
      excludeFromScan: SKIPPED_CHECKS,
      output: undefined,
    });
  } finally {
    console.log = log;
    if (!values.input) fs.rmSync(input, { recursive: true, force: true });
  }

  const problems = [];
  for (const error of result.errors) {
    problems.push(`cannot parse ${path.relative(input, error.file)}: ${error.message} (its checks did not run)`);
  }
  const justified = readJustifications(fs.readFileSync(path.join(root, 'docs', 'security.md'), 'utf8'));
  const used = new Set();
  for (const issue of result.issues) {
    const file = path.basename(issue.file) === 'N/A' ? 'N/A' : issue.file.split(path.sep).join('/');
    const row = justified.findIndex((entry) => entry.check === issue.id && entry.file === file);
    const where = `${file}:${issue.location.line}:${issue.location.column}`;
    if (row >= 0) {
      used.add(row);
      console.log(`justified  ${issue.id} at ${where}`);
    } else {
      problems.push(`${issue.id} at ${where}: ${issue.description} (${issue.shortenedURL})`);
    }
  }
  if (!values.input) {
    justified.forEach((entry, index) => {
      if (!used.has(index))
        problems.push(
          `docs/security.md justifies ${entry.check} in ${entry.file}, which no longer occurs: remove that row.`,
        );
    });
  }
  console.log(
    `electronegativity ${require('@doyensec/electronegativity/package.json').version}: ${result.globalChecks + result.atomicChecks} checks (Electron ${electronVersion()}; skipped ${SKIPPED_CHECKS.join(', ')}), ${result.issues.length} findings, ${problems.length} not justified`,
  );
  if (problems.length > 0) {
    for (const problem of problems) console.error(`electronegativity: ${problem}`);
    console.error(
      `Fix the code, or justify the finding in docs/security.md under "${JUSTIFICATIONS_HEADING}" as | \`CHECK_ID\` | \`file\` | why |.`,
    );
    process.exitCode = 1;
  }
}

await main();
