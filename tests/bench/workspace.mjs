// The shared workspace in `npm run bench` (issue #17), on the bench's PostGIS cluster:
// - clone of a 100,000-place workspace into a new project (`itinera workspace clone`), against
//   ogr2ogr copying the same PostGIS tables into a GeoPackage (goal: at least as fast);
// - push of 10,000 changed places (`itinera workspace push`, goal: under 5 s), against psql
//   making the same 10,000 changes in one UPDATE (the workspace's triggers and log included).
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';

const PLACES = 100_000;
const CHANGES = 10_000;
const RUNS = 3;
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** Changes the descriptions of the first `count` places, as an editor (or QGIS) would. */
function editPlaces(file, count, round) {
  const db = new Database(file);
  // The GeoPackage's RTree triggers name these functions (never called by this update).
  for (const name of ['ST_MinX', 'ST_MaxX', 'ST_MinY', 'ST_MaxY', 'ST_IsEmpty'])
    db.function(name, { deterministic: true }, (blob) => (blob ? 0 : null));
  db.prepare("UPDATE places SET description = 'bench round ' || ? || ' ' || id WHERE id <= ?").run(
    String(round),
    count,
  );
  db.close();
}

export async function workspaceWorkloads({
  work,
  measure,
  itinera,
  record,
  tools,
  notMeasured,
  load,
  postgis,
  csvFor,
}) {
  if (!postgis || !tools.gdal) {
    record({
      name: 'Workspace clone (100,000 places)',
      size: PLACES,
      unit: 's',
      itinera: { value: null },
      references: [notMeasured('ogr2ogr PostGIS → GeoPackage', postgis ? 'gdal' : 'postgis')],
    });
    return;
  }
  const db = `host=${postgis.socket} dbname=bench_workspace user=postgres`;
  postgis.psql('DROP DATABASE IF EXISTS bench_workspace;');
  postgis.psql('CREATE DATABASE bench_workspace;');
  const source = path.join(work, 'workspace-source.gpkg');
  fs.rmSync(source, { force: true });
  measure(...itinera('new', source));
  measure(...itinera('import', source, csvFor(PLACES)));
  measure(...itinera('workspace', 'init', source, '--db', db));
  // The workspace's tables (each has its change-log trigger), for ogr2ogr to copy the same ones.
  const sharedTables = postgis
    .psql(
      "\\c bench_workspace\nSELECT DISTINCT event_object_table FROM information_schema.triggers WHERE trigger_name = 'itinera_log' ORDER BY 1;",
    )
    .trim()
    .split('\n');

  // Clone, alternating with ogr2ogr; each into a new file.
  const ours = [];
  const reference = [];
  const clone = path.join(work, 'workspace-clone.gpkg');
  const copy = path.join(work, 'workspace-ogr2ogr.gpkg');
  for (let run = 0; run < RUNS; run++) {
    fs.rmSync(clone, { force: true });
    ours.push(measure(...itinera('workspace', 'clone', clone, '--db', db)));
    fs.rmSync(copy, { force: true });
    reference.push(measure('ogr2ogr', ['-f', 'GPKG', copy, `PG:${db}`, ...sharedTables]));
  }
  record({
    name: 'Workspace clone into a new project',
    size: PLACES,
    unit: 's',
    itinera: {
      value: median(ours.map((run) => run.seconds)),
      peakMB: Math.max(...ours.map((run) => run.peakMB ?? 0)) || null,
      cpuSeconds: median(ours.map((run) => run.cpuSeconds)),
    },
    references: [{ name: 'ogr2ogr PostGIS → GeoPackage', value: median(reference.map((run) => run.seconds)) }],
    target: { text: '≥ 1× (at least as fast)' },
    check: (ratio) => (ratio === null ? null : ratio >= 1),
    notes: `the ${sharedTables.length} shared tables (places filled, the rest empty); Itinera also keeps each row's base for sync and leaves the search index to be built afterwards, as a large import does; median of ${RUNS} alternating runs; ${load()}`,
  });

  // Push: 10,000 places changed in the clone, sent; psql makes the same change in the database.
  const pushes = [];
  const updates = [];
  for (let run = 0; run < RUNS; run++) {
    editPlaces(clone, CHANGES, run);
    pushes.push(measure(...itinera('workspace', 'push', clone)));
    const started = process.hrtime.bigint();
    postgis.psql(
      `\\c bench_workspace\nUPDATE places SET description = description || ' psql ${run}' WHERE uuid IN (SELECT uuid FROM places ORDER BY uuid LIMIT ${CHANGES});`,
    );
    updates.push(Number(process.hrtime.bigint() - started) / 1e9);
    // The clone takes the database's changes in, so the next round starts level.
    measure(...itinera('workspace', 'pull', clone));
  }
  record({
    name: 'Workspace push of 10,000 changes',
    size: CHANGES,
    unit: 's',
    itinera: {
      value: median(pushes.map((run) => run.seconds)),
      peakMB: Math.max(...pushes.map((run) => run.peakMB ?? 0)) || null,
      cpuSeconds: median(pushes.map((run) => run.cpuSeconds)),
    },
    references: [{ name: 'psql: the same 10,000 changes in one UPDATE (triggers, log)', value: median(updates) }],
    target: { text: '< 5 s' },
    check: (_ratio, itinera) => (itinera.value === null ? null : itinera.value < 5),
    notes: `a project of ${PLACES.toLocaleString('en')} places (every row compared with its base), the command's start included; median of ${RUNS}; ${load()}`,
  });
}
