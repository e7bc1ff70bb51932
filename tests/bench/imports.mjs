// Import workloads of `npm run bench` beyond CSV (issue #12 point 5): GeoJSON and GPX imports in
// bounded memory (peak RSS under twice the file's size), and polygons of many vertices within 3×
// of ogr2ogr -f GPKG, each against ogr2ogr reading the same file in the same run.
import fs from 'node:fs';
import path from 'node:path';
import { createRandom, generatePlaces } from './generate-places.mjs';

/** Writes text produced piece by piece (never one string of the whole file). */
function writeIn(file, pieces) {
  const handle = fs.openSync(file, 'w');
  try {
    for (const piece of pieces) fs.writeSync(handle, piece);
  } finally {
    fs.closeSync(handle);
  }
  return fs.statSync(file).size;
}

/** A FeatureCollection of `count` places, one feature per line, as GDAL and QGIS write them. */
export function writePlacesGeoJson(file, count) {
  return writeIn(
    file,
    (function* () {
      yield '{\n"type": "FeatureCollection",\n"name": "places",\n"features": [\n';
      let first = true;
      for (const place of generatePlaces(count)) {
        const { longitude, latitude, ...properties } = place;
        const feature = {
          type: 'Feature',
          properties,
          geometry: { type: 'Point', coordinates: [longitude, latitude] },
        };
        yield `${first ? '' : ',\n'}${JSON.stringify(feature)}`;
        first = false;
      }
      yield '\n]\n}\n';
    })(),
  );
}

/**
 * A GPX of `tracks` tracks of `points` points each (position, height, time), as a GPS device or
 * an app records walks: 1,000,000 points in all whichever the split.
 */
export function writeTracksGpx(file, tracks, points) {
  const random = createRandom(7);
  return writeIn(
    file,
    (function* () {
      yield '<?xml version="1.0" encoding="UTF-8"?>\n<gpx version="1.1" creator="itinera bench" xmlns="http://www.topografix.com/GPX/1/1">\n';
      const start = Date.UTC(2026, 4, 1, 8);
      for (let track = 0; track < tracks; track++) {
        let longitude = 16.2 + random() * 0.3;
        let latitude = 48.1 + random() * 0.2;
        const lines = [`  <trk>\n    <name>Walk ${track + 1}</name>\n    <type>walking</type>\n    <trkseg>\n`];
        for (let point = 0; point < points; point++) {
          longitude += (random() - 0.5) * 0.0002;
          latitude += (random() - 0.5) * 0.0002;
          const time = new Date(start + (track * points + point) * 1000).toISOString().replace('.000', '');
          lines.push(
            `      <trkpt lat="${latitude.toFixed(7)}" lon="${longitude.toFixed(7)}"><ele>${(180 + random() * 40).toFixed(1)}</ele><time>${time}</time></trkpt>\n`,
          );
          if (lines.length >= 10_000) yield lines.splice(0).join('');
        }
        lines.push('    </trkseg>\n  </trk>\n');
        yield lines.join('');
      }
      yield '</gpx>\n';
    })(),
  );
}

/**
 * `count` areas of `vertices` vertices each: wobbly rings around scattered centres (valid, not
 * self-crossing: the radius varies with the angle only), in a FeatureCollection.
 */
export function writeDensePolygons(file, count, vertices) {
  const random = createRandom(11);
  return writeIn(
    file,
    (function* () {
      yield '{"type": "FeatureCollection", "name": "quarters", "features": [\n';
      for (let index = 0; index < count; index++) {
        const x = 16.2 + random() * 0.4;
        const y = 48.1 + random() * 0.2;
        const waves = 3 + Math.floor(random() * 9);
        const ring = [];
        for (let vertex = 0; vertex < vertices; vertex++) {
          const angle = (vertex / vertices) * 2 * Math.PI;
          const radius = 0.004 * (1 + 0.3 * Math.sin(waves * angle) + 0.05 * random());
          ring.push([
            Number((x + radius * Math.cos(angle)).toFixed(7)),
            Number((y + radius * Math.sin(angle) * 0.66).toFixed(7)),
          ]);
        }
        ring.push(ring[0]);
        const feature = {
          type: 'Feature',
          properties: { name: `Quarter ${index + 1}`, level: 'quarter' },
          geometry: { type: 'Polygon', coordinates: [ring] },
        };
        yield `${index === 0 ? '' : ',\n'}${JSON.stringify(feature)}`;
      }
      yield '\n]}\n';
    })(),
  );
}

/** Imports `file` into a new project with `itinera import`, measured; checks the count printed. */
function importInto({ work, measure, itinera }, file, name, expected) {
  const project = path.join(work, `${name}.gpkg`);
  fs.rmSync(project, { force: true });
  measure(...itinera('new', project));
  const ours = measure(...itinera('import', project, file));
  const imported = new RegExp(`([\\d,]+) ${expected.what.replace(/s$/, '')}s?\\b`).exec(ours.stdout);
  if (!imported || Number(imported[1].replaceAll(',', '')) !== expected.count)
    throw new Error(`Itinera imported the wrong number of ${expected.what}: ${ours.stdout}`);
  return ours;
}

function ogr2ogr({ work, measure }, file, name) {
  const gpkg = path.join(work, `ogr-${name}.gpkg`);
  fs.rmSync(gpkg, { force: true });
  return measure('ogr2ogr', ['-f', 'GPKG', gpkg, file]);
}

/** The rows of one file: time against ogr2ogr (with `timeTarget`, if any), peak memory against the file's size. */
function recordImport(context, { name, size, file, bytes, ours, timeTarget, notes, baselineMB, memory = true }) {
  const { record, tools, notMeasured, load } = context;
  const theirs = tools.gdal ? ogr2ogr(context, file, path.basename(file)) : null;
  const fileMB = bytes / 1024 / 1024;
  const cpu = `CPU time (user + system) Itinera ${ours.cpuSeconds?.toFixed(1)} s${theirs ? `, ogr2ogr ${theirs.cpuSeconds?.toFixed(1)} s` : ''}`;
  record({
    name,
    size,
    unit: 's',
    itinera: { value: ours.seconds, peakMB: ours.peakMB, cpuSeconds: ours.cpuSeconds },
    references: [
      theirs
        ? { name: 'ogr2ogr -f GPKG', value: theirs.seconds, peakMB: theirs.peakMB, cpuSeconds: theirs.cpuSeconds }
        : notMeasured('ogr2ogr -f GPKG', 'gdal'),
    ],
    notes: `${notes}; file ${fileMB.toFixed(0)} MB; ${cpu}; ${load()}`,
    target: timeTarget ? { text: timeTarget.text } : undefined,
    check: timeTarget?.check,
  });
  if (!memory) return;
  record({
    name: `${name}: peak memory (RSS)`,
    size,
    unit: 'MB',
    itinera: { value: ours.peakMB, peakMB: ours.peakMB },
    references: [{ name: 'the file’s size', value: Math.round(fileMB) }],
    notes: `peak resident memory of the itinera import process (GNU time); the same command importing an empty file peaks at ${baselineMB} MB${theirs ? `; ogr2ogr's peak ${theirs.peakMB} MB` : ''}; ratio = file size / peak`,
    target: { text: '< 2× the file' },
    check: (_ratio, itinera) => (itinera.value === null ? null : itinera.value < 2 * fileMB),
  });
}

export function importWorkloads(context, size) {
  const { work } = context;
  // What the command takes before any file: Node, the command's modules, SQLite, the project.
  const empty = path.join(work, 'empty.geojson');
  fs.writeFileSync(empty, '{"type": "FeatureCollection", "features": []}');
  const baselineMB = importInto(context, empty, 'empty', { what: 'places', count: 0 }).peakMB;
  // GeoJSON: places, one feature each.
  const geojson = path.join(work, `places-${size}.geojson`);
  const geojsonBytes = writePlacesGeoJson(geojson, size);
  recordImport(context, {
    name: 'GeoJSON import',
    size,
    file: geojson,
    bytes: geojsonBytes,
    ours: importInto(context, geojson, `geojson-${size}`, { what: 'places', count: size }),
    notes: 'a FeatureCollection of points with name, category, sector and description',
    baselineMB,
  });
  fs.rmSync(geojson, { force: true });
  // GPX: a million track points, as 500 walks and as one recording.
  for (const [tracks, points, label] of [
    [500, 2000, '500 tracks of 2,000 points'],
    [1, 1_000_000, 'one track of 1,000,000 points'],
  ]) {
    const gpx = path.join(work, `tracks-${tracks}.gpx`);
    const bytes = writeTracksGpx(gpx, tracks, points);
    recordImport(context, {
      name: `GPX import (${label})`,
      size: tracks * points,
      file: gpx,
      bytes,
      ours: importInto(context, gpx, `gpx-${tracks}`, { what: 'routes', count: tracks }),
      notes: 'track points with height and time; size = points; Itinera: one route per track',
      baselineMB,
    });
    fs.rmSync(gpx, { force: true });
  }
  // Polygons of many vertices.
  const dense = path.join(work, 'dense-polygons.geojson');
  const [count, vertices] = [200, 5000];
  const denseBytes = writeDensePolygons(dense, count, vertices);
  recordImport(context, {
    name: `Dense polygon import (${count} areas of ${vertices.toLocaleString('en')} vertices)`,
    size: count * vertices,
    file: dense,
    bytes: denseBytes,
    ours: importInto(context, dense, 'dense', { what: 'quarters', count }),
    timeTarget: { text: 'within 3× (ratio ≥ 0.33)', check: (ratio) => (ratio === null ? null : ratio >= 1 / 3) },
    // #12 sets no memory goal for polygons (the file is small; the rings are checked whole).
    memory: false,
    notes: 'size = vertices; Itinera checks every ring (valid as GEOS judges it) before writing',
    baselineMB,
  });
  fs.rmSync(dense, { force: true });
}
