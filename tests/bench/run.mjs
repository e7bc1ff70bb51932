// `npm run bench`: Itinera's speed and memory, each workload timed side by side with a
// reference tool in the same run and reported as a ratio. Results: tests/bench/results.json
// and results.md. Uses Debian's gdal-bin (ogr2ogr) as the reference; it installs nothing:
// a missing tool is reported and its rows are marked "not measured".
//
//   npm run bench [-- --sizes 10000,100000,1000000] [-- --only csv-import]
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writePlacesCsv } from './generate-places.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const index = args.indexOf(`--${name}`);
  return index >= 0 ? args[index + 1] : fallback;
};
const sizes = option('sizes', '10000,100000,1000000').split(',').map(Number);
const only = option('only', null);
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'itinera-bench-'));
const results = { machine: describeMachine(), startedAt: new Date().toISOString(), workloads: [] };

function describeMachine() {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model ?? 'unknown',
    cores: cpus.length,
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    os: `${os.type()} ${os.release()}`,
    node: process.version,
    gdal: tryRun('ogr2ogr', ['--version']) ?? 'not installed',
  };
}

function tryRun(command, commandArgs) {
  try {
    return execFileSync(command, commandArgs, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return null;
  }
}

/** Runs a command, returning wall time (s) and peak RSS (MB) from GNU time when available. */
function measure(command, commandArgs, env = {}) {
  const useTime = fs.existsSync('/usr/bin/time');
  const started = process.hrtime.bigint();
  const result = useTime
    ? spawnSync('/usr/bin/time', ['-f', '%M', command, ...commandArgs], {
        encoding: 'utf8',
        env: { ...process.env, ...env },
      })
    : spawnSync(command, commandArgs, { encoding: 'utf8', env: { ...process.env, ...env } });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (result.status !== 0)
    throw new Error(`${command} ${commandArgs.join(' ')} failed: ${result.stderr || result.stdout}`);
  const peakKb = useTime ? Number(result.stderr.trim().split('\n').pop()) : NaN;
  return { seconds, peakMB: Number.isFinite(peakKb) ? Math.round(peakKb / 1024) : null, stdout: result.stdout };
}

const itinera = (...commandArgs) => [process.execPath, [path.join(root, 'bin', 'itinera.js'), ...commandArgs]];

function record(workload) {
  results.workloads.push(workload);
  const ratio = workload.ratio === null ? 'not measured' : `${workload.ratio.toFixed(2)}×`;
  console.log(
    `${workload.name} (${workload.size.toLocaleString('en')}): Itinera ${workload.itinera.seconds.toFixed(2)} s, ${workload.reference.name} ${workload.reference.seconds?.toFixed(2) ?? '–'} s → ${ratio} ${workload.target ? `(target ${workload.target})` : ''}`,
  );
}

// Workload: import a CSV of N places into a new project, with spatial (and full-text) index,
// against ogr2ogr -f GPKG of the same CSV (which builds its RTree spatial index by default).
function csvImport(size) {
  const csv = path.join(work, `places-${size}.csv`);
  if (!fs.existsSync(csv)) writePlacesCsv(csv, size);
  const project = path.join(work, `itinera-${size}.gpkg`);
  fs.rmSync(project, { force: true });
  measure(...itinera('new', project));
  const ours = measure(...itinera('import', project, csv));
  if (!/Imported (\d+) places/.test(ours.stdout) || Number(/Imported (\d+) places/.exec(ours.stdout)[1]) !== size) {
    throw new Error(`Itinera imported the wrong number of places: ${ours.stdout}`);
  }
  let reference = { name: 'ogr2ogr -f GPKG', seconds: null, peakMB: null };
  if (tryRun('ogr2ogr', ['--version'])) {
    const gpkg = path.join(work, `ogr-${size}.gpkg`);
    fs.rmSync(gpkg, { force: true });
    const theirs = measure('ogr2ogr', [
      '-f',
      'GPKG',
      gpkg,
      csv,
      '-oo',
      'X_POSSIBLE_NAMES=longitude',
      '-oo',
      'Y_POSSIBLE_NAMES=latitude',
      '-a_srs',
      'EPSG:4326',
      '-nln',
      'places',
    ]);
    reference = { name: 'ogr2ogr -f GPKG', seconds: theirs.seconds, peakMB: theirs.peakMB };
  }
  record({
    name: 'CSV import with spatial index',
    size,
    itinera: { seconds: ours.seconds, peakMB: ours.peakMB },
    reference,
    ratio: reference.seconds ? reference.seconds / ours.seconds : null,
    ratioMeaning: 'reference time / Itinera time (above 1: Itinera is faster)',
    target: '≥ 3 (issue #6)',
  });
}

const WORKLOADS = { 'csv-import': csvImport };

try {
  for (const [name, run] of Object.entries(WORKLOADS)) {
    if (only && only !== name) continue;
    for (const size of sizes) run(size);
  }
} finally {
  fs.rmSync(work, { recursive: true, force: true });
}

results.finishedAt = new Date().toISOString();
fs.writeFileSync(path.join(root, 'tests', 'bench', 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
const lines = [
  '# Itinera benchmark results',
  '',
  `Machine: ${results.machine.cpu}, ${results.machine.cores} cores, ${results.machine.memoryGiB} GiB, ${results.machine.os}, Node ${results.machine.node}, ${results.machine.gdal}.`,
  `Run: ${results.startedAt}.`,
  '',
  '| workload | size | Itinera (s) | Itinera peak (MB) | reference | reference (s) | reference peak (MB) | ratio | target |',
  '| --- | ---: | ---: | ---: | --- | ---: | ---: | ---: | --- |',
  ...results.workloads.map(
    (w) =>
      `| ${w.name} | ${w.size.toLocaleString('en')} | ${w.itinera.seconds.toFixed(2)} | ${w.itinera.peakMB ?? '–'} | ${w.reference.name} | ${w.reference.seconds?.toFixed(2) ?? 'not measured'} | ${w.reference.peakMB ?? '–'} | ${w.ratio === null ? '–' : `${w.ratio.toFixed(2)}×`} | ${w.target ?? ''} |`,
  ),
  '',
  'Ratio = reference time / Itinera time: above 1 means Itinera is faster.',
  '',
];
fs.writeFileSync(path.join(root, 'tests', 'bench', 'results.md'), lines.join('\n'));
console.log(lines.join('\n'));
