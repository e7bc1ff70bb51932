// `npm run bench`: Itinera's speed and memory, each workload timed side by side with a
// reference tool in the same run and reported as a ratio. Results: tests/bench/results.json
// and results.md. References: Debian's gdal-bin (ogr2ogr, ogrinfo), libsqlite3-mod-spatialite,
// postgresql-15-postgis-3 (a temporary cluster on a Unix socket, started and stopped here) and
// chromium. It installs nothing: a missing tool is reported and its rows are "not measured".
//
//   npm run bench [-- --sizes 10000,100000,1000000] [-- --only csv-import,open,nearby,search,pairs,renderer,osm-import,table-scroll,routing,analytics,imports,guides,workspace] [-- --merge] [-- --render]
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { createRandom, generatePlaces, joinCategoryOf, writePlacesCsv } from './generate-places.mjs';
import { loadServices } from './in-process.mjs';
import { INSTALL, postgisAvailable, spatialiteAvailable, startPostgis } from './references.mjs';
import { analyticsWorkloads } from './analytics.mjs';
import { guideWorkloads } from './guides.mjs';
import { importWorkloads } from './imports.mjs';
import { routingWorkloads } from './routing.mjs';
import { workspaceWorkloads } from './workspace.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const index = args.indexOf(`--${name}`);
  return index >= 0 ? args[index + 1] : fallback;
};
const sizes = option('sizes', '10000,100000,1000000').split(',').map(Number);
const only = option('only', null)?.split(',') ?? null;
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'itinera-bench-'));
const QUERIES = 1000;
const NEARBY_METRES = 250;
const JOIN_HERITAGE = 10_000;
const JOIN_METRES = 250;
const RENDERER_SIZE = 100_000;
const RENDERER_RUNS = 5;

const tools = {
  gdal: tryRun('ogr2ogr', ['--version']),
  spatialite: spatialiteAvailable(Database),
  postgis: postgisAvailable(),
  chromium: fs.existsSync('/usr/bin/chromium') ? tryRun('/usr/bin/chromium', ['--version']) : null,
};
const results = {
  machine: describeMachine(),
  loadAtStart: `load average ${os.loadavg()[0].toFixed(1)} on ${os.cpus().length} cores`,
  startedAt: new Date().toISOString(),
  workloads: [],
  checks: [],
  notes: [],
};

function describeMachine() {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model ?? 'unknown',
    cores: cpus.length,
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    os: `${os.type()} ${os.release()}`,
    node: process.version,
    sqlite: new Database(':memory:').prepare('SELECT sqlite_version() AS v').get().v,
    gdal: tools.gdal ?? 'not installed',
    spatialite: tools.spatialite ?? 'not installed',
    postgres: tools.postgis ?? 'not installed',
    chromium: tools.chromium ?? 'not installed',
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
function measure(command, commandArgs, options = {}) {
  const useTime = fs.existsSync('/usr/bin/time');
  const started = process.hrtime.bigint();
  const spawnOptions = { encoding: 'utf8', maxBuffer: 1 << 30, ...options };
  const result = useTime
    ? spawnSync('/usr/bin/time', ['-f', '%U %S %M', command, ...commandArgs], spawnOptions)
    : spawnSync(command, commandArgs, spawnOptions);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (result.status !== 0)
    throw new Error(`${command} ${commandArgs.join(' ')} failed: ${result.stderr || result.stdout}`);
  // GNU time's last line: user and system CPU seconds, peak RSS (KB). CPU time shows the work
  // done whatever else the (shared) machine runs; wall time is what a user waits.
  const [user, system, peakKb] = useTime ? result.stderr.trim().split('\n').pop().split(' ').map(Number) : [];
  return {
    seconds,
    cpuSeconds: Number.isFinite(user + system) ? user + system : null,
    peakMB: Number.isFinite(peakKb) ? Math.round(peakKb / 1024) : null,
    stdout: result.stdout,
  };
}

/**
 * After an import of 100,000+ places the full-text index is built by a background process
 * (`itinera reindex`, started by `itinera import`): waits until it is there (its triggers are
 * back), so that process does not share the machine with what is measured next. Answers the
 * seconds waited.
 */
function waitForSearchIndex(project) {
  const started = process.hrtime.bigint();
  const until = Date.now() + 30 * 60_000;
  const pause = new Int32Array(new SharedArrayBuffer(4));
  for (;;) {
    let ready = false;
    try {
      const db = new Database(project, { readonly: true, fileMustExist: true });
      try {
        ready = Boolean(
          db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'trigger' AND name = 'places_search_insert'").get(),
        );
      } finally {
        db.close();
      }
    } catch (error) {
      if (!String(error?.code).startsWith('SQLITE_BUSY')) throw error;
    }
    if (ready) return Number(process.hrtime.bigint() - started) / 1e9;
    if (Date.now() > until) throw new Error(`the search index of ${project} was not built within 30 minutes`);
    Atomics.wait(pause, 0, 0, 50);
  }
}

const itinera = (...commandArgs) => [process.execPath, [path.join(root, 'bin', 'itinera.js'), ...commandArgs]];
const notMeasured = (name, tool) => ({ name, value: null, note: `not measured (install: ${INSTALL[tool]})` });

/**
 * One row per reference. `higherIsBetter: false` (times): ratio = reference / Itinera, so above 1
 * means Itinera is faster. `pass` compares the ratio (or Itinera's own value) with the target.
 */
function record({ name, size, unit, itinera: ours, references, target, check, notes }) {
  for (const reference of references) {
    const ratio = reference.value && ours.value ? reference.value / ours.value : null;
    const row = {
      name,
      size,
      unit,
      itinera: ours,
      reference,
      ratio,
      target: reference.target ?? target?.text ?? '',
      pass: (reference.check ?? check)?.(ratio, ours) ?? null,
      notes: notes ?? '',
    };
    results.workloads.push(row);
    console.log(
      `${name} (${size.toLocaleString('en')}): Itinera ${format(ours.value)} ${unit}${ours.peakMB ? ` (${ours.peakMB} MB)` : ''}, ${reference.name} ${reference.value === null ? reference.note : `${format(reference.value)} ${unit}`} → ${ratio === null ? '–' : `${ratio.toFixed(2)}×`}${row.target ? ` (target ${row.target}: ${row.pass === null ? '–' : row.pass ? 'pass' : 'FAIL'})` : ''}`,
    );
  }
}

function format(value) {
  if (value === null || value === undefined) return '–';
  return value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value.toFixed(3);
}

function percentile(values, p) {
  if (values.length === 2 && p === 50) return (values[0] + values[1]) / 2;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

function csvFor(size) {
  const csv = path.join(work, `places-${size}.csv`);
  if (!fs.existsSync(csv)) writePlacesCsv(csv, size);
  return csv;
}

/** The Itinera project and ogr2ogr GeoPackage of the mixed dataset (made by the import workload). */
function projectFor(size) {
  const project = path.join(work, `itinera-${size}.gpkg`);
  if (!fs.existsSync(project)) {
    measure(...itinera('new', project));
    measure(...itinera('import', project, csvFor(size)));
    waitForSearchIndex(project);
  }
  return project;
}

function ogrGeoPackage(size) {
  const gpkg = path.join(work, `ogr-${size}.gpkg`);
  if (!fs.existsSync(gpkg) && tools.gdal) ogr2ogr(size, gpkg);
  return fs.existsSync(gpkg) ? gpkg : null;
}

function ogr2ogr(size, gpkg) {
  fs.rmSync(gpkg, { force: true });
  return measure('ogr2ogr', [
    '-f',
    'GPKG',
    gpkg,
    csvFor(size),
    '-oo',
    'X_POSSIBLE_NAMES=longitude',
    '-oo',
    'Y_POSSIBLE_NAMES=latitude',
    '-a_srs',
    'EPSG:4326',
    '-nln',
    'places',
  ]);
}

// Workload: import a CSV of N places into a new project, with spatial (and full-text) index,
// against ogr2ogr -f GPKG of the same CSV (which builds its RTree spatial index by default).
function csvImport(size) {
  const csv = csvFor(size);
  const project = path.join(work, `itinera-${size}.gpkg`);
  fs.rmSync(project, { force: true });
  measure(...itinera('new', project));
  const ours = measure(...itinera('import', project, csv));
  const importLoad = load();
  // Not part of the import's time: the search index built after it, in the background.
  const indexSeconds = waitForSearchIndex(project);
  const background = /in the background/.test(ours.stdout)
    ? `; the full-text index, built after the import by a background process, was ready ${format(indexSeconds)} s after it returned`
    : '';
  // The count as the command prints it, digits grouped ("1,000,000").
  const imported = /Imported ([\d,]+) places/.exec(ours.stdout);
  if (!imported || Number(imported[1].replaceAll(',', '')) !== size)
    throw new Error(`Itinera imported the wrong number of places: ${ours.stdout}`);
  const db = new Database(project, { readonly: true });
  const rtree = db.prepare("SELECT rtreecheck('rtree_places_geom') AS r").get().r;
  db.close();
  results.checks.push({ check: `rtreecheck after import of ${size}`, result: rtree, ok: rtree === 'ok' });
  console.log(`  rtreecheck(rtree_places_geom) after import: ${rtree}`);
  let reference = notMeasured('ogr2ogr -f GPKG', 'gdal');
  if (tools.gdal) {
    const theirs = ogr2ogr(size, path.join(work, `ogr-${size}.gpkg`));
    reference = {
      name: 'ogr2ogr -f GPKG (with RTree)',
      value: theirs.seconds,
      peakMB: theirs.peakMB,
      cpuSeconds: theirs.cpuSeconds,
    };
  }
  const cpu = `CPU time (user + system) Itinera ${format(ours.cpuSeconds)} s, ${reference.name.split(' ')[0]} ${format(reference.cpuSeconds)} s`;
  record({
    name: 'CSV import with spatial index',
    size,
    unit: 's',
    itinera: { value: ours.seconds, peakMB: ours.peakMB, cpuSeconds: ours.cpuSeconds },
    references: [reference],
    notes: `${cpu}; ${importLoad} after Itinera's import${background}`,
    target: { text: '≥ 3×' },
    check: (ratio) => (ratio === null ? null : ratio >= 3),
  });
  // #12: the import in bounded memory, whatever the file's size.
  record({
    name: 'CSV import peak memory (RSS)',
    size,
    unit: 'MB',
    itinera: { value: ours.peakMB, peakMB: ours.peakMB },
    references: [
      tools.gdal
        ? { name: 'ogr2ogr -f GPKG (peak RSS)', value: reference.peakMB ?? null }
        : notMeasured('ogr2ogr -f GPKG', 'gdal'),
    ],
    notes: 'peak resident memory of the itinera import process (GNU time); ratio = ogr2ogr / Itinera',
    target: { text: '< 300 MB' },
    check: (_ratio, value) => (value.value === null ? null : value.value < 300),
  });
}

// Workload: open a project (schema check, counts, extent) and peak memory, against ogrinfo -so:
// the CLI's start. Five alternating runs each, medians (the machine is shared); the target is
// #12's "within 2× of ogrinfo" (ratio at least 0.5), on wall time, with CPU time in the notes.
const OPEN_RUNS = 5;
function openProject(size) {
  const project = projectFor(size);
  const gpkg = ogrGeoPackage(size);
  measure(...itinera('info', project)); // warm the page cache for both
  if (gpkg) measure('ogrinfo', ['-so', gpkg, 'places']);
  const ours = [];
  const theirs = [];
  for (let run = 0; run < OPEN_RUNS; run++) {
    ours.push(measure(...itinera('info', project)));
    if (gpkg) theirs.push(measure('ogrinfo', ['-so', gpkg, 'places']));
  }
  const middle = (runs, key) =>
    percentile(
      runs.map((run) => run[key]),
      50,
    );
  const reference = gpkg
    ? {
        name: 'ogrinfo -so (same data)',
        value: middle(theirs, 'seconds'),
        peakMB: Math.max(...theirs.map((run) => run.peakMB ?? 0)) || null,
      }
    : notMeasured('ogrinfo -so', 'gdal');
  record({
    name: 'Open project (itinera info)',
    size,
    unit: 's',
    itinera: { value: middle(ours, 'seconds'), peakMB: Math.max(...ours.map((run) => run.peakMB ?? 0)) || null },
    references: [reference],
    target: { text: '≥ 0.5× (within 2× of ogrinfo)' },
    check: (ratio) => (ratio === null ? null : ratio >= 0.5),
    notes: `medians of ${OPEN_RUNS} alternating runs; CPU time (user + system) Itinera ${format(middle(ours, 'cpuSeconds'))} s, ogrinfo ${gpkg ? format(middle(theirs, 'cpuSeconds')) : '–'} s; ${load()}`,
  });
}

let services = null;
async function inProcess() {
  services ??= await loadServices(root);
  return services;
}

function randomPlaceIds(count, max, seed) {
  const random = createRandom(seed);
  return Array.from({ length: count }, () => 1 + Math.floor(random() * max));
}

function timeEach(items, run) {
  const times = [];
  const cpuTimes = [];
  const answers = [];
  for (const item of items) {
    // CPU time too (this process): on a machine shared with other work, a query that waits for
    // a core shows in the wall-clock tail but not in its CPU time.
    const cpu = process.cpuUsage();
    const started = process.hrtime.bigint();
    answers.push(run(item));
    times.push(Number(process.hrtime.bigint() - started) / 1e6);
    const used = process.cpuUsage(cpu);
    cpuTimes.push((used.user + used.system) / 1000);
  }
  return {
    times,
    answers,
    median: percentile(times, 50),
    p95: percentile(times, 95),
    cpuMedian: percentile(cpuTimes, 50),
    cpuP95: percentile(cpuTimes, 95),
  };
}

/** The 1-minute load average and the core count, for notes: other work on the machine shows here. */
function load() {
  return `load average ${os.loadavg()[0].toFixed(1)} on ${os.cpus().length} cores`;
}

// Workload: nearby query for one place (creative firms and tourism operators within 250 m,
// nearest first, at most 200), median and p95 over 1,000 random places, in-process. References:
// SpatiaLite in the same better-sqlite3 on ogr2ogr's GeoPackage (its RTree), PostGIS via psql.
async function nearby(size, postgis) {
  const { openProjectStore, createProjectService } = await inProcess();
  const store = openProjectStore(projectFor(size));
  const service = createProjectService(store);
  const ids = randomPlaceIds(QUERIES, size, 11);
  const query = (placeId) =>
    service.nearbyPlaces({
      placeId,
      withinMetres: NEARBY_METRES,
      families: ['creative-firm', 'tourism-operator'],
      limit: 200,
    });
  // The first query right after opening: the file's RTree answers while the in-memory index is
  // built on the next turn of the event loop (awaited here, as a server's next request would be).
  const firstStarted = process.hrtime.bigint();
  query(ids[0]);
  const firstMs = Number(process.hrtime.bigint() - firstStarted) / 1e6;
  const buildStarted = process.hrtime.bigint();
  await new Promise((resolve) => globalThis.setImmediate(resolve));
  const buildMs = Number(process.hrtime.bigint() - buildStarted) / 1e6;
  const ours = timeEach(ids, query);
  const measuredUnder = load();
  const centres = new Map(ids.map((id) => [id, service.getPlace({ id })]));
  store.close();
  const categories = [
    'creative-firm',
    'creative-industry-company',
    'accommodation',
    'guide',
    'tour-operator',
    'visitor-information',
  ];
  const references = [];
  const box = (place) => {
    const dLat = (NEARBY_METRES * 1.01) / 110_574;
    const dLon = (NEARBY_METRES * 1.01) / (111_320 * Math.cos(((Math.abs(place.latitude) + dLat) * Math.PI) / 180));
    return [place.longitude - dLon, place.latitude - dLat, place.longitude + dLon, place.latitude + dLat];
  };
  let agreement = null;
  const gpkg = ogrGeoPackage(size);
  if (tools.spatialite && gpkg) {
    // SpatiaLite takes the ellipsoid of SRID 4326 from its own spatial_ref_sys: a WGS84-only
    // metadata database, with ogr2ogr's GeoPackage attached (read through GeomFromGPB).
    const db = new Database(':memory:');
    db.loadExtension('mod_spatialite');
    db.prepare("SELECT InitSpatialMetaData(1, 'WGS84')").get();
    db.prepare('ATTACH DATABASE ? AS g').run(gpkg);
    const statement = db.prepare(
      `SELECT p.* FROM g.places AS p
       WHERE p.fid IN (SELECT id FROM g.rtree_places_geom WHERE minx <= ? AND maxx >= ? AND miny <= ? AND maxy >= ?)
         AND p.fid != ? AND p.category IN (${categories.map(() => '?').join(',')})
         AND ST_Distance(GeomFromGPB(p.geom), MakePoint(?, ?, 4326), 1) <= ?
       ORDER BY ST_Distance(GeomFromGPB(p.geom), MakePoint(?, ?, 4326), 1), p.fid LIMIT 200`,
    );
    statement.raw(true);
    const run = (id) => {
      const place = centres.get(id);
      const [west, south, east, north] = box(place);
      return statement.all(
        east,
        west,
        north,
        south,
        id,
        ...categories,
        place.longitude,
        place.latitude,
        NEARBY_METRES,
        place.longitude,
        place.latitude,
      );
    };
    run(ids[0]);
    const theirs = timeEach(ids, run);
    db.close();
    let differing = 0;
    ours.answers.forEach((answer, index) => {
      const a = answer.map((hit) => hit.place.id).join(',');
      if (a !== theirs.answers[index].map((row) => row[0]).join(',')) differing++;
    });
    agreement = `${differing} of ${QUERIES} answers differ from SpatiaLite's (ids in order)`;
    results.checks.push({
      check: `nearby ${size}: same answers as SpatiaLite`,
      result: agreement,
      ok: differing === 0,
    });
    references.push({
      name: 'SpatiaLite (GPKG RTree + ST_Distance ellipsoid)',
      median: theirs.median,
      p95: theirs.p95,
    });
  } else
    references.push({
      ...notMeasured('SpatiaLite', tools.spatialite ? 'gdal' : 'spatialite'),
      median: null,
      p95: null,
    });
  if (postgis) {
    loadMixedIntoPostgis(postgis, size);
    const lines = ['\\timing on'];
    for (const id of ids) {
      const place = centres.get(id);
      lines.push(
        `SELECT * FROM mixed WHERE ST_DWithin(geog, ST_SetSRID(ST_MakePoint(${place.longitude}, ${place.latitude}), 4326)::geography, ${NEARBY_METRES}) AND id != ${id} AND category IN (${categories.map((c) => `'${c}'`).join(',')}) ORDER BY ST_Distance(geog, ST_SetSRID(ST_MakePoint(${place.longitude}, ${place.latitude}), 4326)::geography), id LIMIT 200;`,
      );
    }
    const output = postgis.psql(lines.join('\n'));
    const times = [...output.matchAll(/^Time: ([\d.]+) ms/gm)].map((match) => Number(match[1]));
    references.push({
      name: 'PostGIS ST_DWithin (geography, GiST), psql \\timing',
      median: percentile(times, 50),
      p95: percentile(times, 95),
    });
  } else references.push({ ...notMeasured('PostGIS', 'postgis'), median: null, p95: null });
  for (const reference of references) {
    const row = {
      name: 'Nearby query, one place (250 m)',
      size,
      unit: 'ms',
      itinera: {
        median: ours.median,
        p95: ours.p95,
        value: ours.p95,
        firstQueryMs: firstMs,
        cpuMedian: ours.cpuMedian,
        cpuP95: ours.cpuP95,
        load: measuredUnder,
      },
      reference: { ...reference, value: reference.p95 },
      ratio: reference.p95 ? reference.p95 / ours.p95 : null,
      target: size === 1_000_000 ? 'p95 < 2 ms' : '',
      pass: size === 1_000_000 ? ours.p95 < 2 : null,
      notes: `Both sides return up to 200 places with exact geodesic distances (Itinera: what the nearby list shows, id, name, category, sector and position, from its in-memory index; the references: whole rows). median ${format(ours.median)} ms / reference median ${format(reference.median)} ms; first query (builds the in-memory index) ${format(firstMs)} ms; CPU time per query median ${format(ours.cpuMedian)} / p95 ${format(ours.cpuP95)} ms (${measuredUnder} while Itinera's queries ran). ${agreement ?? ''}`,
    };
    results.workloads.push(row);
    console.log(
      `Nearby (${size.toLocaleString('en')}): Itinera median ${format(ours.median)} ms, p95 ${format(ours.p95)} ms (first ${format(firstMs)} ms); ${reference.name}: ${reference.p95 === null || reference.p95 === undefined ? reference.note : `median ${format(reference.median)} ms, p95 ${format(reference.p95)} ms`}`,
    );
  }
  if (agreement) console.log(`  ${agreement}`);
  record({
    name: 'First nearby query after opening',
    size,
    unit: 'ms',
    itinera: { value: firstMs },
    references: [
      {
        name: `${references[0]?.name ?? 'reference'}, median of warm queries`,
        value: references[0]?.median ?? null,
        note: references[0]?.note,
      },
    ],
    target: size === 1_000_000 ? { text: '< 300 ms' } : undefined,
    check: size === 1_000_000 ? (_ratio, mine) => mine.value < 300 : undefined,
    notes: `answered from the file's RTree; the in-memory index was then built in ${format(buildMs)} ms on the next turn of the event loop`,
  });
}

const mixedLoaded = new Set();
function loadMixedIntoPostgis(postgis, size) {
  if (mixedLoaded.has(size)) return;
  let copy =
    'DROP TABLE IF EXISTS mixed;\nCREATE TABLE mixed (id integer PRIMARY KEY, name text, category text, geog geography(Point, 4326));\nCOPY mixed FROM STDIN;\n';
  let id = 0;
  for (const place of generatePlaces(size))
    copy += `${++id}\t${place.name}\t${place.category}\tSRID=4326;POINT(${place.longitude} ${place.latitude})\n`;
  copy += '\\.\nCREATE INDEX mixed_geog ON mixed USING gist (geog);\nANALYZE mixed;\n';
  postgis.psql(copy);
  mixedLoaded.clear();
  mixedLoaded.add(size);
}

// Workload: full-text search over N names ("Studio 4821": every word a prefix term, ranked),
// median and p95 over 1,000 random names, in-process; reference: the same FTS5 MATCH on the
// same file straight through better-sqlite3 (Itinera's overhead over SQLite's own search).
async function search(size) {
  const { openProjectStore, createProjectService } = await inProcess();
  const project = projectFor(size);
  const store = openProjectStore(project);
  const service = createProjectService(store);
  const ids = randomPlaceIds(QUERIES, size, 13);
  const names = ids.map((id) => service.getPlace({ id }).name);
  const run = (text) => service.searchPlaces({ text, limit: 20 });
  run(names[0]);
  const ours = timeEach(names, run);
  store.close();
  let found = 0;
  ours.answers.forEach((answer, index) => {
    if (answer.some((hit) => hit.place.id === ids[index])) found++;
  });
  const db = new Database(project, { readonly: true });
  const statement = db
    .prepare(
      'SELECT rowid FROM places_search WHERE places_search MATCH ? ORDER BY bm25(places_search, 10.0, 2.0, 1.0, 1.0) LIMIT 20',
    )
    .pluck(true);
  const fts = (text) =>
    statement.all(
      text
        .split(/\s+/)
        .map((word) => `"${word}"*`)
        .join(' '),
    );
  fts(names[0]);
  const theirs = timeEach(names, fts);
  db.close();
  // NOTE: informational: every word is a prefix term, so "Studio 12" also ranks "Studio 1204" etc.
  results.checks.push({
    check: `search ${size}: the place searched for is among the 20 hits (prefix terms: "Place 12" also matches "Place 1234")`,
    result: `${found} of ${QUERIES}`,
    ok: null,
  });
  const row = {
    name: 'Full-text search (names)',
    size,
    unit: 'ms',
    itinera: { median: ours.median, p95: ours.p95, value: ours.p95 },
    reference: {
      name: 'FTS5 MATCH, same file, raw better-sqlite3',
      median: theirs.median,
      p95: theirs.p95,
      value: theirs.p95,
    },
    ratio: theirs.p95 / ours.p95,
    target: '',
    pass: null,
    notes: `median ${format(ours.median)} ms / reference median ${format(theirs.median)} ms; the place searched for is among the hits in ${found} of ${QUERIES}`,
  };
  results.workloads.push(row);
  console.log(
    `Search (${size.toLocaleString('en')}): Itinera median ${format(ours.median)} ms, p95 ${format(ours.p95)} ms; raw FTS5 median ${format(theirs.median)} ms, p95 ${format(theirs.p95)} ms; found ${found}/${QUERIES}`,
  );
}

// Workload: proximity join. For 10,000 heritage sites, every creative firm within 250 m among N
// (the firms of the join dataset), exact WGS84 ellipsoid in Itinera, SpatiaLite and PostGIS;
// turf (sphere, brute force) at the smallest size. Each answer is summarised per site as
// (count, sum of firm ids) and compared.
function joinDataset(size) {
  const csv = path.join(work, `join-${size}.csv`);
  const project = path.join(work, `join-${size}.gpkg`);
  if (!fs.existsSync(project)) {
    writePlacesCsv(csv, JOIN_HERITAGE + size, 7, joinCategoryOf(JOIN_HERITAGE), 1.5);
    measure(...itinera('new', project));
    measure(...itinera('import', project, csv));
    waitForSearchIndex(project);
    fs.rmSync(csv);
  }
  return project;
}

function parseSummary(text) {
  const map = new Map();
  for (const line of text.trim().split('\n')) {
    const [from, count, sum] = line.split('\t');
    if (!/^\d+$/.test(from)) continue;
    map.set(Number(from), { count: Number(count), sum: Number(sum) });
  }
  return map;
}

function compareSummaries(ours, theirs) {
  let sites = 0;
  let pairDifference = 0;
  let oursTotal = 0;
  let theirsTotal = 0;
  for (const id of new Set([...ours.keys(), ...theirs.keys()])) {
    const a = ours.get(id) ?? { count: 0, sum: 0 };
    const b = theirs.get(id) ?? { count: 0, sum: 0 };
    oursTotal += a.count;
    theirsTotal += b.count;
    if (a.count !== b.count || a.sum !== b.sum) {
      sites++;
      pairDifference += Math.max(Math.abs(a.count - b.count), a.sum !== b.sum ? 1 : 0);
    }
  }
  return { sites, pairDifference, oursTotal, theirsTotal };
}

function pairs(size, postgis) {
  const project = joinDataset(size);
  const ours = measure(
    ...itinera(
      'pairs',
      project,
      '--from',
      'heritage',
      '--to',
      'creative-firm',
      '--within',
      String(JOIN_METRES),
      '--summary',
    ),
  );
  const oursSummary = parseSummary(ours.stdout);
  const total = [...oursSummary.values()].reduce((sum, entry) => sum + entry.count, 0);
  console.log(
    `  join ${size}: ${total.toLocaleString('en')} pairs, ${(total / JOIN_HERITAGE).toFixed(0)} firms within ${JOIN_METRES} m of an average site`,
  );
  const references = [];
  const compare = (name, summary, expectExact) => {
    const difference = compareSummaries(oursSummary, summary);
    const text = `${name}: ${difference.theirsTotal.toLocaleString('en')} pairs against Itinera's ${difference.oursTotal.toLocaleString('en')}; ${difference.sites} sites differ, at least ${difference.pairDifference} pairs`;
    results.checks.push({
      check: `pairs ${size}: ${name}`,
      result: text,
      ok: expectExact ? difference.sites === 0 : null,
    });
    console.log(`  ${text}`);
    return text;
  };
  const checks = [];
  // Points as the generator made them, ids as Itinera assigned them (CSV order).
  const heritage = [];
  const firms = [];
  let id = 0;
  for (const place of generatePlaces(JOIN_HERITAGE + size, 7, joinCategoryOf(JOIN_HERITAGE), 1.5)) {
    (place.category === 'heritage-site' ? heritage : firms).push([++id, place.longitude, place.latitude]);
  }
  if (tools.spatialite) {
    const file = path.join(work, `spatialite-join-${size}.sqlite`);
    fs.rmSync(file, { force: true });
    const db = new Database(file);
    db.loadExtension('mod_spatialite');
    db.pragma('journal_mode = OFF');
    db.prepare('SELECT InitSpatialMetaDataFull(1)').get();
    db.exec('CREATE TABLE heritage (id INTEGER PRIMARY KEY, west REAL, south REAL, east REAL, north REAL)');
    db.prepare("SELECT AddGeometryColumn('heritage', 'geom', 4326, 'POINT', 'XY')").get();
    db.exec('CREATE TABLE firms (id INTEGER PRIMARY KEY)');
    db.prepare("SELECT AddGeometryColumn('firms', 'geom', 4326, 'POINT', 'XY')").get();
    const addHeritage = db.prepare('INSERT INTO heritage VALUES (?, ?, ?, ?, ?, MakePoint(?, ?, 4326))');
    const addFirm = db.prepare('INSERT INTO firms VALUES (?, MakePoint(?, ?, 4326))');
    db.transaction(() => {
      for (const [hid, x, y] of heritage) {
        const dLat = (JOIN_METRES * 1.01) / 110_574;
        const dLon = (JOIN_METRES * 1.01) / (111_320 * Math.cos(((Math.abs(y) + dLat) * Math.PI) / 180));
        addHeritage.run(hid, x - dLon, y - dLat, x + dLon, y + dLat, x, y);
      }
      for (const [fid, x, y] of firms) addFirm.run(fid, x, y);
    })();
    db.prepare("SELECT CreateSpatialIndex('firms', 'geom')").get();
    db.exec('ANALYZE');
    const started = process.hrtime.bigint();
    const rows = db
      .prepare(
        `SELECT h.id, count(*), sum(f.id) FROM heritage AS h JOIN firms AS f
         ON f.rowid IN (SELECT rowid FROM SpatialIndex WHERE f_table_name = 'firms' AND f_geometry_column = 'geom'
                        AND search_frame = BuildMbr(h.west, h.south, h.east, h.north, 4326))
         WHERE ST_Distance(h.geom, f.geom, 1) <= ${JOIN_METRES} GROUP BY h.id`,
      )
      .raw(true)
      .all();
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    db.close();
    fs.rmSync(file, { force: true });
    checks.push(compare('SpatiaLite', new Map(rows.map(([hid, count, sum]) => [hid, { count, sum }])), true));
    references.push({ name: 'SpatiaLite 5 (SpatialIndex + ST_Distance ellipsoid)', value: seconds });
  } else references.push(notMeasured('SpatiaLite', 'spatialite'));
  if (postgis) {
    let copy =
      'DROP TABLE IF EXISTS heritage; DROP TABLE IF EXISTS firms;\nCREATE TABLE heritage (id integer PRIMARY KEY, geog geography(Point, 4326));\nCREATE TABLE firms (id integer PRIMARY KEY, geog geography(Point, 4326));\nCOPY heritage FROM STDIN;\n';
    for (const [hid, x, y] of heritage) copy += `${hid}\tSRID=4326;POINT(${x} ${y})\n`;
    copy += '\\.\nCOPY firms FROM STDIN;\n';
    for (const [fid, x, y] of firms) copy += `${fid}\tSRID=4326;POINT(${x} ${y})\n`;
    copy += '\\.\nCREATE INDEX firms_geog ON firms USING gist (geog);\nANALYZE heritage;\nANALYZE firms;\n';
    postgis.psql(copy);
    const started = process.hrtime.bigint();
    const output = postgis.psql(
      `SELECT h.id, count(*), sum(f.id) FROM heritage AS h JOIN firms AS f ON ST_DWithin(h.geog, f.geog, ${JOIN_METRES}) GROUP BY h.id;`,
    );
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    checks.push(compare('PostGIS', parseSummary(output), true));
    references.push({
      name: 'PostGIS ST_DWithin (geography, GiST)',
      value: seconds,
      target: '≥ 5×',
      check: (ratio) => (ratio === null ? null : ratio >= 5),
    });
  } else references.push({ ...notMeasured('PostGIS', 'postgis'), target: '≥ 5×' });
  if (size === Math.min(...sizes)) {
    const started = process.hrtime.bigint();
    const summary = new Map();
    // turf.distance: haversine on a sphere of radius 6,371,008.8 m.
    for (const [hid, x, y] of heritage) {
      let count = 0;
      let sum = 0;
      for (const [fid, fx, fy] of firms) {
        if (turfDistance([x, y], [fx, fy], { units: 'meters' }) <= JOIN_METRES) {
          count++;
          sum += fid;
        }
      }
      if (count > 0) summary.set(hid, { count, sum });
    }
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    checks.push(compare('turf brute force (sphere)', summary, false));
    references.push({ name: 'turf.distance brute force (sphere)', value: seconds });
  }
  record({
    name: `Proximity join: 10,000 heritage × firms within ${JOIN_METRES} m`,
    size,
    unit: 's',
    itinera: { value: ours.seconds, peakMB: ours.peakMB, pairs: total },
    references,
    notes: `${total.toLocaleString('en')} pairs (${(total / JOIN_HERITAGE).toFixed(0)} per site). ${checks.join('. ')}`,
  });
}
let turfDistance = null;

// Workload: renderer, time until the map is idle with 100,000 places in headless Chromium,
// against a bare MapLibre page showing the same places as a GeoJSON circle layer, same viewport.
async function renderer() {
  const size = RENDERER_SIZE;
  if (!tools.chromium) {
    results.workloads.push({
      name: 'Renderer: map idle',
      size,
      unit: 's',
      itinera: { value: null },
      reference: notMeasured('bare MapLibre', 'chromium'),
      ratio: null,
      target: '≤ 1.15×',
      pass: null,
      notes: '',
    });
    return;
  }
  const { chromium } = await import('playwright-core');
  const project = projectFor(size);
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--enable-unsafe-swiftshader',
    ],
  });
  const viewport = { width: 1280, height: 800 };
  const serve = spawn(
    process.execPath,
    [path.join(root, 'bin', 'itinera.js'), 'serve', '--project', project, '--no-open', '--lang', 'en'],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const bare = await startBarePage(size);
  try {
    const url = await new Promise((resolve, reject) => {
      let text = '';
      serve.stdout.on('data', (chunk) => {
        text += chunk;
        const match = /running at (\S+)/.exec(text);
        if (match) resolve(match[1]);
      });
      serve.once('exit', (code) => reject(new Error(`itinera serve exited (${code})`)));
    });
    const timeApp = async () => {
      const context = await browser.newContext({ viewport });
      const page = await context.newPage();
      const started = Date.now();
      await page.goto(`${url}&e2e=1`);
      await page.waitForFunction(() => globalThis.document.body.dataset.mapIdle === 'true', undefined, {
        timeout: 300_000,
        polling: 20,
      });
      const seconds = (Date.now() - started) / 1000;
      await context.close();
      return seconds;
    };
    const timeBare = async () => {
      const context = await browser.newContext({ viewport });
      const page = await context.newPage();
      const started = Date.now();
      await page.goto(bare.url);
      await page.waitForFunction(() => globalThis.__idle === true, undefined, { timeout: 300_000, polling: 20 });
      const seconds = (Date.now() - started) / 1000;
      await context.close();
      return seconds;
    };
    // A warm-up of the bare page, then five alternating runs each (#12), medians.
    await timeBare();
    const app = [];
    const reference = [];
    for (let run = 0; run < RENDERER_RUNS; run++) {
      app.push(await timeApp());
      reference.push(await timeBare());
    }
    const ours = percentile(app, 50);
    const theirs = percentile(reference, 50);
    record({
      name: 'Renderer: until map idle, 100,000 places',
      size,
      unit: 's',
      itinera: { value: ours, runs: app },
      references: [{ name: 'bare MapLibre page, same GeoJSON', value: theirs, runs: reference }],
      target: { text: 'overhead ≤ 1.15× (ratio ≥ 0.87)' },
      check: (ratio) => (ratio === null ? null : 1 / ratio <= 1.15),
      notes: `medians of ${RENDERER_RUNS} alternating runs; Itinera ${app.map((s) => s.toFixed(2)).join(', ')} s; bare ${reference.map((s) => s.toFixed(2)).join(', ')} s; ${load()} at the end`,
    });
  } finally {
    serve.kill('SIGTERM');
    await new Promise((resolve) => bare.server.close(resolve));
    await browser.close();
  }
}

// Workload: table-scroll. The attribute table with 100,000 places in headless Chromium: open it,
// sort once, then scroll through every row in steps (one step per frame, as a fast drag would), three times,
// while a PerformanceObserver records the main thread's long tasks. The issue's budget: no task
// longer than 100 ms while scrolling. Opening the table and the sort are reported apart.
const TABLE_SIZE = 100_000;
const TABLE_BUDGET_MS = 100;
const TABLE_PASSES = 3;
async function tableScroll() {
  const size = TABLE_SIZE;
  const name = `Table: longest main-thread task while scrolling ${size.toLocaleString('en')} rows`;
  if (!tools.chromium) {
    results.workloads.push({
      name,
      size,
      unit: 'ms',
      itinera: { value: null },
      reference: notMeasured('budget', 'chromium'),
      ratio: null,
      target: `no task > ${TABLE_BUDGET_MS} ms`,
      pass: null,
      notes: '',
    });
    return;
  }
  const { chromium } = await import('playwright-core');
  const project = projectFor(size);
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--enable-unsafe-swiftshader',
    ],
  });
  const serve = spawn(
    process.execPath,
    [path.join(root, 'bin', 'itinera.js'), 'serve', '--project', project, '--no-open', '--lang', 'en'],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  try {
    const url = await new Promise((resolve, reject) => {
      let text = '';
      serve.stdout.on('data', (chunk) => {
        text += chunk;
        const match = /running at (\S+)/.exec(text);
        if (match) resolve(match[1]);
      });
      serve.once('exit', (code) => reject(new Error(`itinera serve exited (${code})`)));
    });
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${url}&e2e=1`);
    // The map draws first from its lean answer; the table needs the full list, read after that.
    await page.waitForFunction(
      () =>
        globalThis.document.body.dataset.mapIdle === 'true' &&
        globalThis.document.body.dataset.projectLoaded === 'true',
      undefined,
      { timeout: 300_000, polling: 100 },
    );
    // Long tasks of one phase: the observer runs from `start()` to `stop()`.
    await page.evaluate(() => {
      const state = { tasks: [], observer: null };
      globalThis.__longTasks = {
        start() {
          state.tasks = [];
          state.observer = new globalThis.PerformanceObserver((list) => {
            for (const entry of list.getEntries()) state.tasks.push(entry.duration);
          });
          state.observer.observe({ type: 'longtask' });
        },
        async stop() {
          // Entries are delivered after the task; give the observer a frame and a moment.
          await new Promise((resolve) => setTimeout(resolve, 200));
          state.observer?.disconnect();
          return state.tasks;
        },
      };
    });
    const phase = async (run) => {
      await page.evaluate(() => globalThis.__longTasks.start());
      const started = Date.now();
      const extra = await run();
      const seconds = (Date.now() - started) / 1000;
      const tasks = await page.evaluate(() => globalThis.__longTasks.stop());
      return { tasks, seconds, extra, longest: tasks.length ? Math.max(...tasks) : 0 };
    };
    const open = await phase(async () => {
      await page.click('[data-testid="table-button"]');
      await page.waitForSelector('[data-testid="table-row"]', { timeout: 120_000 });
      const rows = await page.getAttribute('[data-testid="table-grid"]', 'aria-rowcount');
      if (Number(rows) !== size + 1) throw new Error(`the table has ${rows} rows (with the header), not ${size + 1}`);
    });
    const sort = await phase(async () => {
      await page.click('[data-testid="column-name"]');
      await page.waitForSelector('[role="columnheader"][aria-sort="ascending"]', { timeout: 120_000 });
    });
    // The same tasks from Chromium's trace, with the CPU time the main thread spent in each:
    // on a shared, loaded machine a task's wall time also holds the time it waited for a core.
    // The trace stays in the browser until every pass is done (ReturnAsStream), so this Node
    // process does no work (parsing, collecting garbage) on the machine's two cores while the
    // page scrolls.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Tracing.start', {
      categories: 'disabled-by-default-devtools.timeline,toplevel,__metadata',
      options: 'record-as-much-as-possible',
      transferMode: 'ReturnAsStream',
    });
    // Scroll top to bottom, one step per frame; each step a few screens, so every frame draws
    // rows it has not drawn before (the worst case for a virtualised list).
    const scrollThrough = () =>
      page.evaluate(async () => {
        const grid = globalThis.document.querySelector('[data-testid="table-grid"]');
        const frame = () =>
          new Promise((resolve) => globalThis.requestAnimationFrame(() => resolve(globalThis.performance.now())));
        const step = grid.clientHeight * 3;
        let steps = 0;
        let previous = await frame();
        let longestFrame = 0;
        // Which rows were drawn, as a bitmap by row index: the harness itself keeps nothing that
        // grows the page's heap (a Set of 100,000 id strings would, and lengthen every collection).
        const seen = new Uint8Array(Number(grid.getAttribute('aria-rowcount')) + 2);
        let rowsSeen = 0;
        while (grid.scrollTop + grid.clientHeight < grid.scrollHeight - 1) {
          grid.scrollTop += step;
          steps++;
          const now = await frame();
          longestFrame = Math.max(longestFrame, now - previous);
          previous = now;
          for (const row of grid.querySelectorAll('[data-testid="table-row"]')) {
            const index = Number(row.getAttribute('aria-rowindex'));
            if (seen[index] === 0) {
              seen[index] = 1;
              rowsSeen++;
            }
          }
        }
        await frame();
        const last = [...grid.querySelectorAll('[aria-rowindex]')].map((row) =>
          Number(row.getAttribute('aria-rowindex')),
        );
        return { steps, longestFrame, rowsSeen, lastRowIndex: Math.max(...last) };
      });
    const first = await phase(scrollThrough);
    const traced = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.end');
    const { stream } = await traced;
    // Two more passes from the top, untraced: a long task is rare (a major GC landing in a frame),
    // so one pass could miss it. The row reports the longest task of all three.
    const passes = [first];
    for (let pass = 1; pass < TABLE_PASSES; pass++) {
      await page.evaluate(() => {
        globalThis.document.querySelector('[data-testid="table-grid"]').scrollTop = 0;
      });
      passes.push(await phase(scrollThrough));
    }
    const scroll = {
      ...first,
      tasks: passes.flatMap((pass) => pass.tasks),
      longest: Math.max(...passes.map((pass) => pass.longest)),
      seconds: passes.reduce((sum, pass) => sum + pass.seconds, 0),
      extra: { ...first.extra, longestFrame: Math.max(...passes.map((pass) => pass.extra.longestFrame)) },
    };
    // The page's live heap after a full collection: what each major GC has to walk.
    await cdp.send('HeapProfiler.collectGarbage');
    const heapMB = (await cdp.send('Runtime.getHeapUsage')).usedSize / 1e6;
    let traceText = '';
    for (;;) {
      const chunk = await cdp.send('IO.read', { handle: stream, size: 1 << 22 });
      traceText += chunk.base64Encoded ? Buffer.from(chunk.data, 'base64').toString('utf8') : chunk.data;
      if (chunk.eof) break;
    }
    await cdp.send('IO.close', { handle: stream });
    const traceJson = JSON.parse(traceText);
    const traceEvents = Array.isArray(traceJson) ? traceJson : traceJson.traceEvents;
    const mainThreads = new Set(
      traceEvents
        .filter((event) => event.name === 'thread_name' && event.args?.name === 'CrRendererMain')
        .map((event) => `${event.pid}:${event.tid}`),
    );
    const runTasks = traceEvents.filter(
      (event) => event.name === 'RunTask' && event.ph === 'X' && mainThreads.has(`${event.pid}:${event.tid}`),
    );
    const longestWall = Math.max(0, ...runTasks.map((event) => (event.dur ?? 0) / 1000));
    const longestCpu = Math.max(0, ...runTasks.map((event) => (event.tdur ?? 0) / 1000));
    const cpuOver = runTasks.filter((event) => (event.tdur ?? 0) / 1000 > TABLE_BUDGET_MS).length;
    for (const pass of passes)
      if (pass.extra.lastRowIndex !== size + 1)
        throw new Error(`scrolling ended at row ${pass.extra.lastRowIndex}, not at the last row (${size + 1})`);
    const over = scroll.tasks.filter((duration) => duration > TABLE_BUDGET_MS).length;
    const describe = (label, result) =>
      `${label}: ${result.tasks.length} long tasks (> 50 ms), longest ${result.longest.toFixed(0)} ms, ${result.seconds.toFixed(1)} s`;
    record({
      name,
      size,
      unit: 'ms',
      itinera: {
        value: scroll.longest,
        longTasks: scroll.tasks.length,
        over100: over,
        steps: scroll.extra.steps,
        passes: passes.map((pass) => Math.round(pass.longest)),
        trace: {
          tasks: runTasks.length,
          longestWallMs: Math.round(longestWall),
          longestCpuMs: Math.round(longestCpu),
          cpuOver100: cpuOver,
        },
        longestFrameMs: Math.round(scroll.extra.longestFrame),
        heapMB: Math.round(heapMB),
        open: { longest: open.longest, longTasks: open.tasks.length, seconds: open.seconds },
        sort: { longest: sort.longest, longTasks: sort.tasks.length, seconds: sort.seconds },
      },
      references: [{ name: `budget: no task > ${TABLE_BUDGET_MS} ms`, value: TABLE_BUDGET_MS }],
      target: { text: `no task > ${TABLE_BUDGET_MS} ms while scrolling` },
      check: () => over === 0,
      notes: `${describe(`scrolling top to bottom ${TABLE_PASSES} times`, scroll)} (longest per pass ${passes.map((pass) => pass.longest.toFixed(0)).join(', ')} ms), each pass ${scroll.extra.steps} steps of 3 screens (${over} over ${TABLE_BUDGET_MS} ms; longest frame ${Math.round(scroll.extra.longestFrame)} ms; ${scroll.extra.rowsSeen.toLocaleString('en')} distinct rows drawn). Trace of the main thread during the first pass: ${runTasks.length} tasks, longest ${longestWall.toFixed(0)} ms wall and ${longestCpu.toFixed(0)} ms of CPU time (${cpuOver} tasks over ${TABLE_BUDGET_MS} ms of CPU); machine load average at the end ${os.loadavg()[0].toFixed(1)} on ${os.cpus().length} cores. Apart from scrolling: ${describe('opening the table', open)}; ${describe('sorting by name once', sort)}. The page's JavaScript heap after a full collection: ${heapMB.toFixed(0)} MB. Value 0 = no long task at all.`,
    });
  } finally {
    serve.kill('SIGTERM');
    await browser.close();
  }
}

async function startBarePage(size) {
  const db = new Database(projectFor(size), { readonly: true });
  const bounds = db
    .prepare('SELECT min(minx) AS w, min(miny) AS s, max(maxx) AS e, max(maxy) AS n FROM rtree_places_geom')
    .get();
  db.close();
  const features = [];
  let id = 0;
  for (const place of generatePlaces(size)) {
    features.push({
      type: 'Feature',
      id: ++id,
      properties: { name: place.name, category: place.category },
      geometry: { type: 'Point', coordinates: [place.longitude, place.latitude] },
    });
  }
  const geojson = JSON.stringify({ type: 'FeatureCollection', features });
  const dist = path.join(root, 'node_modules', 'maplibre-gl', 'dist');
  const html = `<!doctype html><html><head><meta charset="utf-8"><link rel="stylesheet" href="/maplibre/maplibre-gl.css">
<style>html,body,#map{margin:0;height:100%}</style></head><body><div id="map"></div><script type="module">
import * as maplibregl from '/maplibre/maplibre-gl.mjs';
const data = await (await fetch('/places.geojson')).json();
const map = new maplibregl.Map({ container: 'map', style: { version: 8, sources: {}, layers: [{ id: 'bg', type: 'background', paint: { 'background-color': '#f4f1ea' } }] },
  bounds: [[${bounds.w}, ${bounds.s}], [${bounds.e}, ${bounds.n}]], fitBoundsOptions: { padding: 64, maxZoom: 17 } });
map.on('load', () => {
  map.addSource('places', { type: 'geojson', data });
  map.addLayer({ id: 'places', type: 'circle', source: 'places', paint: { 'circle-radius': 4, 'circle-color': '#b5482d', 'circle-stroke-width': 1, 'circle-stroke-color': '#fff' } });
  map.once('idle', () => { window.__idle = true; });
});
</script></body></html>`;
  const server = http.createServer((request, response) => {
    const url = new URL(request.url, 'http://127.0.0.1');
    if (url.pathname === '/') return response.writeHead(200, { 'content-type': 'text/html' }).end(html);
    if (url.pathname === '/places.geojson')
      return response.writeHead(200, { 'content-type': 'application/json' }).end(geojson);
    const file = path.join(dist, path.basename(url.pathname));
    if (url.pathname.startsWith('/maplibre/') && fs.existsSync(file)) {
      const type = file.endsWith('.css') ? 'text/css' : 'text/javascript';
      return response.writeHead(200, { 'content-type': type }).end(fs.readFileSync(file));
    }
    response.writeHead(404).end();
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${server.address().port}/` };
}

/**
 * The rows whose target was missed, with what was measured. Why a row misses is not generated
 * here: people write it in tests/bench/NOTES.md after looking at profiles.
 */
function explainFailures() {
  const failing = results.workloads.filter((w) => w.pass === false);
  if (failing.length === 0) return ['Every target with a measurement was met.'];
  return [
    ...failing.map((w) => {
      const ours = w.itinera.p95 !== undefined ? `p95 ${format(w.itinera.p95)}` : format(w.itinera.value);
      const theirs = w.reference.p95 !== undefined ? `p95 ${format(w.reference.p95)}` : format(w.reference.value);
      const ratio = w.ratio === null ? '' : `, ratio ${w.ratio.toFixed(2)}×`;
      return `- ${w.name}, ${w.size.toLocaleString('en')}: Itinera ${ours} ${w.unit}, ${w.reference.name} ${theirs} ${w.unit}${ratio}; target ${w.target}.`;
    }),
    '',
    'Why they miss, and what was tried: tests/bench/NOTES.md (written by people, not by this script).',
  ];
}

// Workload: import a real OpenStreetMap extract (andorra.osm.pbf: whatever `itinera import-osm`
// does, places and the walking network, tiles once they are part of it) into a new project,
// against `ogr2ogr -f GPKG` of the same file. Three alternating runs each, the median (the
// machine is shared; single runs vary by 2× under load).
const OSM_EXTRACT = path.join(root, '..', 'shared', 'data', 'osm', 'andorra.osm.pbf');
function osmImport() {
  if (!fs.existsSync(OSM_EXTRACT)) throw new Error(`the OSM extract ${OSM_EXTRACT} is missing`);
  const bytes = fs.statSync(OSM_EXTRACT).size;
  const project = path.join(work, 'osm-andorra.gpkg');
  const ogrOut = path.join(work, 'ogr-andorra.gpkg');
  const ours = [];
  const theirs = [];
  let output = '';
  for (let run = 0; run < 3; run++) {
    fs.rmSync(project, { force: true });
    measure(...itinera('new', project));
    const one = measure(...itinera('import-osm', project, OSM_EXTRACT));
    output = one.stdout;
    ours.push(one);
    if (tools.gdal) {
      fs.rmSync(ogrOut, { force: true });
      theirs.push(measure('ogr2ogr', ['-f', 'GPKG', ogrOut, OSM_EXTRACT]));
    }
  }
  const network = /Walking and cycling network: (\d+) edges between (\d+) junctions/.exec(output);
  const places = /: (\d+) added/.exec(output);
  if (!network || Number(network[1]) === 0 || !places)
    throw new Error(`itinera import-osm did not import the network: ${output}`);
  const median = (runs, key) =>
    percentile(
      runs.map((run) => run[key]),
      50,
    );
  let reference = notMeasured('ogr2ogr -f GPKG', 'gdal');
  if (theirs.length > 0)
    reference = {
      name: 'ogr2ogr -f GPKG (same file)',
      value: median(theirs, 'seconds'),
      peakMB: Math.max(...theirs.map((run) => run.peakMB ?? 0)) || null,
      cpuSeconds: median(theirs, 'cpuSeconds'),
    };
  record({
    name: 'OSM import (andorra.osm.pbf)',
    size: bytes,
    unit: 's',
    itinera: {
      value: median(ours, 'seconds'),
      peakMB: Math.max(...ours.map((run) => run.peakMB ?? 0)) || null,
      cpuSeconds: median(ours, 'cpuSeconds'),
    },
    references: [reference],
    notes: `size = bytes of the extract; Itinera: ${places[1]} places, a network of ${network[1]} edges between ${network[2]} junctions, in a worker thread; ogr2ogr: its five default layers (points, lines, multilinestrings, multipolygons, other_relations); median of 3 alternating runs; CPU time (user + system) Itinera ${format(median(ours, 'cpuSeconds'))} s, ogr2ogr ${format(reference.cpuSeconds)} s; ${load()}`,
  });
}

const WORKLOADS = {
  'csv-import': csvImport,
  open: openProject,
  nearby,
  search,
  pairs,
  renderer,
  'osm-import': osmImport,
  'table-scroll': tableScroll,
  routing: () => routingWorkloads({ root, work, record, percentile, load, postgis, checks: results.checks }),
  analytics: () => analyticsWorkloads({ root, work, record, load, checks: results.checks }),
  // GeoJSON at the largest size (1,000,000 places by default); GPX and dense polygons fixed.
  // Printed route guides (12 and 30 stops with photos), at one size.
  guides: () => guideWorkloads({ root, work, measure, itinera, record, tools, notMeasured, load }),
  // The shared workspace: clone of 100,000 places, push of 10,000 changes (PostGIS cluster).
  workspace: () => workspaceWorkloads({ work, measure, itinera, record, tools, notMeasured, load, postgis, csvFor }),
  imports: () =>
    importWorkloads(
      { work, measure, itinera, record, tools, notMeasured, load },
      Math.min(Math.max(...sizes), 1_000_000),
    ),
};

const selected = (name) => !only || only.includes(name);
/** A workload that fails is reported as such; the others still run, and results are written as they come. */
async function attempt(name, size, run) {
  try {
    await run();
    if (!args.includes('--merge')) writeResults(false);
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    console.error(`${name} (${size}) failed: ${message}`);
    results.checks.push({ check: `${name} ${size}`, result: `failed: ${message}`, ok: false });
  }
}
if (args.includes('--render')) {
  writeResults(true, { render: true });
  process.exit(0);
}
let postgis = null;
// Interrupted (Ctrl-C): stop the PostGIS cluster and remove the temporary files all the same.
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    try {
      postgis?.stop();
    } finally {
      fs.rmSync(work, { recursive: true, force: true });
      process.exit(130);
    }
  });
}
try {
  if (fs.existsSync(path.join(root, 'scripts', 'build.mjs')))
    execFileSync(process.execPath, [path.join(root, 'scripts', 'build.mjs'), '--if-stale'], { stdio: 'inherit' });
  if ((selected('nearby') || selected('pairs') || selected('routing') || selected('workspace')) && tools.postgis) {
    postgis = startPostgis();
    results.machine.postgis = postgis.version;
  }
  if (selected('pairs')) turfDistance = (await import('@turf/turf')).distance;
  for (const size of sizes) {
    for (const [name, run] of Object.entries(WORKLOADS)) {
      if (
        !selected(name) ||
        ['renderer', 'osm-import', 'table-scroll', 'routing', 'analytics', 'imports', 'guides', 'workspace'].includes(
          name,
        )
      )
        continue;
      await attempt(name, size, () => run(size, postgis));
    }
  }
  if (selected('renderer')) await attempt('renderer', RENDERER_SIZE, renderer);
  if (selected('osm-import')) await attempt('osm-import', 0, osmImport);
  if (selected('table-scroll')) await attempt('table-scroll', TABLE_SIZE, tableScroll);
  if (selected('routing')) await attempt('routing', 0, WORKLOADS.routing);
  if (selected('analytics')) await attempt('analytics', 0, WORKLOADS.analytics);
  if (selected('imports')) await attempt('imports', 0, WORKLOADS.imports);
  if (selected('guides')) await attempt('guides', 0, WORKLOADS.guides);
  if (selected('workspace')) await attempt('workspace', 0, WORKLOADS.workspace);
  writeResults(true);
} finally {
  postgis?.stop();
  fs.rmSync(work, { recursive: true, force: true });
}

function writeResults(final, { render = false } = {}) {
  const resultsJson = path.join(root, 'tests', 'bench', 'results.json');
  // --render: results.md written again from results.json as it is (after a person removed a row).
  if (render) Object.assign(results, JSON.parse(fs.readFileSync(resultsJson, 'utf8')));
  else results.finishedAt = new Date().toISOString();
  // --merge: re-measured rows replace their earlier selves in results.json; the rest is kept.
  if (!render && args.includes('--merge') && fs.existsSync(resultsJson)) {
    const previous = JSON.parse(fs.readFileSync(resultsJson, 'utf8'));
    const key = (w) => `${w.name}|${w.size}|${w.reference.name}`;
    const fresh = new Map(results.workloads.map((w) => [key(w), w]));
    const freshChecks = new Set(results.checks.map((c) => c.check));
    const merged = previous.workloads.map((w) => fresh.get(key(w)) ?? w);
    for (const w of results.workloads) if (!previous.workloads.some((p) => key(p) === key(w))) merged.push(w);
    const names = [...new Set(results.workloads.map((w) => `${w.name} (${w.size.toLocaleString('en')})`))];
    results.notes = [
      ...(previous.notes ?? []),
      `Re-measured ${results.startedAt} to ${results.finishedAt} with --merge (${results.loadAtStart} at the start, ${load()} at the end): ${names.join('; ')}.`,
    ];
    results.workloads = merged;
    results.checks = [...previous.checks.filter((c) => !freshChecks.has(c.check)), ...results.checks];
    results.startedAt = previous.startedAt;
  }
  fs.writeFileSync(resultsJson, `${JSON.stringify(results, null, 2)}\n`);
  const cell = (value) => (value === null || value === undefined ? '–' : format(value));
  const m = results.machine;
  const lines = [
    '# Itinera benchmark results',
    '',
    `Machine: ${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB, ${m.os}; Node ${m.node}, SQLite ${m.sqlite}; references: ${m.gdal}; SpatiaLite ${m.spatialite}; ${m.postgres}${m.postgis ? ` with PostGIS ${m.postgis}` : ''}; ${m.chromium}.`,
    `Run: ${results.startedAt} to ${results.finishedAt} (\`npm run bench\`).`,
    '',
    'Ratio = reference / Itinera (times): above 1 means Itinera is faster. Latency rows compare the 95th percentile.',
    '',
    'The machine is shared with other work (other builds and tests): each re-measured line below gives the load average during its run. Both sides of a row ran in the same run, so ratios hold better than absolute times; the import rows also give CPU times, and the nearby rows CPU time per query, which waiting for a core does not inflate.',
    ...results.notes.flatMap((note) => ['', note]),
    '',
    '| workload | size | Itinera | Itinera peak (MB) | reference | reference | ratio | target | pass |',
    '| --- | ---: | ---: | ---: | --- | ---: | ---: | --- | --- |',
    ...results.workloads.map(
      (w) =>
        `| ${w.name} | ${w.size.toLocaleString('en')} | ${w.itinera.median !== undefined ? `median ${cell(w.itinera.median)} / p95 ${cell(w.itinera.p95)}` : cell(w.itinera.value)} ${w.unit} | ${w.itinera.peakMB ?? '–'} | ${w.reference.name} | ${w.reference.value === null || w.reference.value === undefined ? (w.reference.note ?? '–') : w.reference.median !== undefined ? `median ${cell(w.reference.median)} / p95 ${cell(w.reference.p95)} ${w.unit}` : `${cell(w.reference.value)} ${w.unit}`} | ${w.ratio === null ? '–' : `${w.ratio.toFixed(2)}×`} | ${w.target ?? ''} | ${w.pass === null ? '–' : w.pass ? 'pass' : '**fail**'} |`,
    ),
    '',
    '## Targets not met, and why',
    '',
    ...explainFailures(),
    '',
    '## Agreement checks',
    '',
    ...results.checks.map((c) => `- ${c.check}: ${c.result}${c.ok === false ? ' (**mismatch**)' : ''}`),
    '',
    '## Notes per row',
    '',
    ...results.workloads
      .filter((w) => w.notes)
      .map((w) => `- ${w.name} (${w.size.toLocaleString('en')}, vs ${w.reference.name}): ${w.notes}`),
    '',
  ];
  fs.writeFileSync(path.join(root, 'tests', 'bench', 'results.md'), lines.join('\n'));
  if (final) console.log(lines.join('\n'));
}
