import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { createGeoJsonSplitter } from '../../../shared/codecs/import/geojson-stream.js';
import { createGpxSplitter, type GpxElement } from '../../../shared/codecs/import/gpx-stream.js';
import { readGeoJson } from '../../../shared/codecs/import/read-geojson.js';
import { readGpx } from '../../../shared/codecs/import/read-gpx.js';
import { readForImport } from '../../../electron/services/transfer/read-for-import.js';
import type { StreamedFormat } from '../../../electron/services/transfer/stream-read.js';
import { randomFrom } from '../../helpers/seeded-random.js';
import { tempDir } from '../../helpers/temp-dir.js';
import { expectSameImport } from './same-import.js';

// `itinera import` of a GeoJSON or GPX file streams: the file is cut into features (or waypoints,
// routes and tracks) read one at a time, twice (columns first, then rows). It must store exactly
// what reading the whole file stored (readGeoJson, readGpx): same rows, skipped and changed rows,
// messages, layer name, columns and their types. Small pieces of text cut the file everywhere
// (inside strings, escapes, tags, attribute values, between a key and its colon).

const dir = tempDir('itinera-stream-geo-');
const write = (name: string, text: string) => {
  const file = path.join(dir, name);
  fs.writeFileSync(file, text);
  return file;
};

/** Features as files from the wild hold them: every geometry type, Z, broken ones, odd text. */
function geoJsonText(count: number, seed: number, nameAfter = false): string {
  const random = randomFrom(seed);
  const position = () => [16 + random.next(), 48 + random.next()];
  const features: string[] = [];
  for (let index = 0; index < count; index++) {
    const [x, y] = position() as [number, number];
    const geometry = random.pick([
      { type: 'Point', coordinates: [x, y] },
      { type: 'Point', coordinates: [x, y, 212.5] },
      {
        type: 'LineString',
        coordinates: [
          [x, y],
          [x + 0.001, y + 0.002],
          [x + 0.003, y],
        ],
      },
      {
        type: 'Polygon',
        coordinates: [
          [
            [x, y, 1],
            [x + 0.01, y, 2],
            [x + 0.01, y + 0.01, 3],
            [x, y, 1],
          ],
        ],
      },
      {
        type: 'MultiPoint',
        coordinates: [
          [x, y],
          [x + 0.002, y],
        ],
      },
      { type: 'Point', coordinates: [181, 91] },
      { type: 'Point', coordinates: [180.0000001, y] },
      null,
    ]);
    const properties = random.pick([
      { name: `Atelier ${index}`, category: 'gallery', visitors: index * 3 },
      { name: `Galerie "{${index}}" [x]`, description: 'a\\b\nc', tags: ['design', 'music'] },
      { name: `Zoë ${index}`, nested: { a: { b: [1, 2, { c: '}' }] } }, sector: 'music' },
      { Name: 'Track ' + index, 'name:de': `Ort ${index}` },
      {},
    ]);
    const feature: Record<string, unknown> = { type: 'Feature', properties, geometry };
    if (random.next() < 0.3) feature.id = random.next() < 0.5 ? index : `f-${index}`;
    features.push(JSON.stringify(feature, null, random.next() < 0.5 ? 0 : 2));
  }
  const name = '"name" : "Quarter \\"Nord\\" \\u00e9"';
  return nameAfter
    ? `\ufeff{ "type": "FeatureCollection",\n "features" : [\n${features.join(' ,\n')}\n ] , ${name}, "bbox": [16, 48, 17, 49] }\n`
    : `{${name},"crs":{"type":"name","properties":{"name":"urn:ogc:def:crs:OGC:1.3:CRS84"}},"type":"FeatureCollection","features":[${features.join(',')}]}`;
}

const GPX_ROOT =
  '<?xml version="1.0" encoding="UTF-8"?>\n<!-- written by hand -->\n<gpx version="1.1" creator="test"\n  xmlns="http://www.topografix.com/GPX/1/1"\n  xmlns:gpxtpx="http://www.garmin.com/xmlschemas/TrackPointExtension/v1">\n';

/** Waypoints, routes and tracks, with heights, extensions, HTML, bad points and short segments. */
function gpxText(count: number, seed: number): string {
  const random = randomFrom(seed);
  const point = (tag: string) => {
    const bad = random.next() < 0.05;
    const lat = bad ? random.pick(['', 'north', '4x']) : (48 + random.next()).toFixed(6);
    const lon = (16 + random.next()).toFixed(6);
    const ele = random.next() < 0.6 ? `<ele>${(200 + random.next() * 50).toFixed(1)}</ele>` : '';
    const ext =
      random.next() < 0.3
        ? `<extensions><gpxtpx:TrackPointExtension><gpxtpx:hr>${120 + (random.next() * 40).toFixed(0)}</gpxtpx:hr></gpxtpx:TrackPointExtension></extensions>`
        : '';
    return random.next() < 0.2 && !ele && !ext
      ? `<${tag} lat="${lat}" lon='${lon}'/>`
      : `<${tag} lat="${lat}" lon="${lon}">${ele}<time>2026-05-0${1 + (count % 9)}T10:00:00Z</time>${ext}</${tag}>`;
  };
  const parts: string[] = [];
  for (let index = 0; index < count; index++) {
    const kind = random.pick(['wpt', 'wpt', 'rte', 'trk', 'trk']);
    const name = random.pick([`<name>Stop ${index} &amp; more</name>`, `<name><![CDATA[Track ${index}]]></name>`, '']);
    const desc = random.pick([
      '',
      '<desc>&lt;p&gt;An &lt;b&gt;old&lt;/b&gt; mill&lt;/p&gt;</desc>',
      `<desc>${index}</desc>`,
    ]);
    const extra = random.pick(['', `<type>${index % 3 === 0 ? '0012' : 'walk'}</type>`, `<number>${index}</number>`]);
    if (kind === 'wpt')
      parts.push(
        `  <wpt lat="${(48 + random.next()).toFixed(5)}" lon="${(16 + random.next()).toFixed(5)}">${name}${desc}${extra}<sym>Flag</sym></wpt>`,
      );
    else {
      const pointTag = kind === 'rte' ? 'rtept' : 'trkpt';
      const line = (length: number) => Array.from({ length }, () => point(pointTag)).join('\n      ');
      const body =
        kind === 'rte'
          ? line(1 + Math.floor(random.next() * 12))
          : Array.from(
              { length: 1 + Math.floor(random.next() * 3) },
              () => `<trkseg>\n      ${line(Math.floor(random.next() * 15))}\n    </trkseg>`,
            ).join('\n    ');
      parts.push(`  <${kind}>${name}<!-- a comment -->${desc}${extra}\n    ${body}\n  </${kind}>`);
    }
  }
  return `${GPX_ROOT}  <metadata><name>Walks</name><time>2026-05-01T00:00:00Z</time></metadata>\n${parts.join('\n')}\n</gpx>\n`;
}

/** Reads the file in pieces as the import does; answers how many rows were planned. */
function readInPieces(format: StreamedFormat, file: string, options: { scanPointsFrom?: number } = {}) {
  let rows = 0;
  const outcome = readForImport(
    { format, file, fileName: path.basename(file), defaultCategory: null, pieceCharacters: 50, ...options },
    (plan) => (rows += plan.places.length + plan.quarters.length + plan.routes.length + plan.problems.length),
  );
  return { ...outcome, rows };
}

const pieces = (text: string, size: number) =>
  Array.from({ length: Math.ceil(text.length / size) }, (_, i) => text.slice(i * size, (i + 1) * size));

describe('cutting a FeatureCollection into features', () => {
  it('finds every feature as JSON.parse does, and the root members around them', () => {
    for (const nameAfter of [false, true]) {
      const text = geoJsonText(200, 11, nameAfter);
      const expected = JSON.parse(text.replace(/^\ufeff/, '')) as { features: unknown[]; name: string };
      for (const size of [1, 7, 4096]) {
        const found: unknown[] = [];
        const splitter = createGeoJsonSplitter((feature) => found.push(JSON.parse(feature)));
        for (const piece of pieces(text, size)) splitter.push(piece);
        const members = splitter.end();
        expect(found).toEqual(expected.features);
        expect(members).toMatchObject({ type: 'FeatureCollection', name: expected.name });
      }
    }
  });

  it('is not what reads good files whole: the import reads them in pieces', () => {
    const outcome = readInPieces('geojson', write('pieces.geojson', geoJsonText(300, 12, true)));
    expect(outcome.readWhole).toBeUndefined();
    expect(outcome.rows).toBeGreaterThanOrEqual(300);
  });
});

describe('cutting a GPX file into waypoints, routes and tracks', () => {
  it('finds each with its line, and reads long lines point by point', () => {
    const text = gpxText(120, 13);
    const tags = [...text.matchAll(/<(wpt|rte|trk)[ >]/g)].map((match) => match[1]);
    const lines = [...text.matchAll(/<(wpt|rte|trk)[ >]/g)].map(
      (match) => text.slice(0, match.index).split('\n').length,
    );
    for (const scanFrom of [0, 2000]) {
      const found: GpxElement[] = [];
      const splitter = createGpxSplitter((element) => found.push(element), scanFrom);
      for (const piece of pieces(text, 13)) splitter.push(piece);
      splitter.end();
      expect(found.map((element) => element.tag)).toEqual(tags);
      expect(found.map((element) => element.line)).toEqual(lines);
      const scanned = found.filter((element) => element.segments !== null);
      // From 0 points, every route and track with a point is read point by point; from 2,000, none.
      const whole = found.filter((element) => element.tag !== 'wpt' && element.segments === null);
      if (scanFrom === 0) {
        expect(scanned.length).toBeGreaterThan(20);
        expect(whole.every((element) => !/<(trkpt|rtept)/.test(element.text))).toBe(true);
      } else expect(scanned).toEqual([]);
      // A skeleton keeps only the points with a property togeojson reads (here: the first with a time).
      for (const element of scanned)
        expect(element.text.match(/<(trkpt|rtept)\b/g)?.length ?? 0).toBeLessThanOrEqual(1);
    }
  });

  it('is not what reads good files whole: the import reads them in pieces', () => {
    for (const scanPointsFrom of [0, 2000]) {
      const outcome = readInPieces('gpx', write('pieces.gpx', gpxText(200, 14)), { scanPointsFrom });
      expect(outcome.readWhole).toBeUndefined();
      expect(outcome.rows).toBeGreaterThanOrEqual(200);
    }
  });
});

describe('the streaming import of a GeoJSON file', () => {
  beforeAll(() => void vi.spyOn(console, 'warn').mockImplementation(() => undefined));

  it('stores what reading the whole file stored, whichever way the text is cut', async () => {
    const file = write('quarter.geojson', geoJsonText(1500, 7));
    const result = (await expectSameImport('geojson', readGeoJson, file, undefined, { pieceCharacters: 97 })) as {
      added: { places: number; quarters: number; routes: number };
      skipped: { layer: string }[];
    };
    expect(result.added.places).toBeGreaterThan(500);
    expect(result.added.quarters).toBeGreaterThan(100);
    expect(result.skipped[0]?.layer).toBe('Quarter "Nord" é');
  });

  it('reads the collection name, BOM and members after the features, in pieces of one character', async () => {
    await expectSameImport('geojson', readGeoJson, write('after.geojson', geoJsonText(60, 8, true)), undefined, {
      pieceCharacters: 1,
    });
  });

  it('reads a single Feature, a bare geometry and an empty collection as before', async () => {
    const feature = {
      type: 'Feature',
      properties: { name: 'One' },
      geometry: { type: 'Point', coordinates: [16, 48] },
    };
    await expectSameImport('geojson', readGeoJson, write('one.geojson', JSON.stringify(feature)));
    await expectSameImport('geojson', readGeoJson, write('bare.geojson', JSON.stringify(feature.geometry)));
    await expectSameImport(
      'geojson',
      readGeoJson,
      write('empty.geojson', '{"type":"FeatureCollection","features":[]}'),
    );
  });

  it('refuses a broken file with the reason and place the whole-file reading gives, writing nothing', async () => {
    const good = geoJsonText(40, 9);
    const broken = [
      good.replace('},{', '}{'), // a missing comma between features
      good.replace('"Feature"', '"Feature'), // a string that never closes
      good.slice(0, good.length - 40), // cut short
      good.replace('"type":"FeatureCollection"', '"type":"Feature"'), // not a collection after all
      good.replace(/"features":\[/, '"features":{'), // features not an array
      `${good}x`, // text after the root
      '[1, 2]',
      '{"type":"FeatureCollection","features":[1, "two", null, true]}',
    ];
    for (const [index, text] of broken.entries())
      await expectSameImport('geojson', readGeoJson, write(`broken-${index}.geojson`, text), undefined, {
        pieceCharacters: 33,
      });
  });
});

describe('the streaming import of a GPX file', () => {
  beforeAll(() => void vi.spyOn(console, 'warn').mockImplementation(() => undefined));

  it('stores what reading the whole file stored (each element a document of its own)', async () => {
    const result = (await expectSameImport('gpx', readGpx, write('walks.gpx', gpxText(400, 3)), undefined, {
      pieceCharacters: 61,
    })) as { added: { places: number; routes: number }; repaired: unknown[]; skipped: unknown[] };
    expect(result.added.places).toBeGreaterThan(100);
    expect(result.added.routes).toBeGreaterThan(100);
    expect(result.repaired.length).toBeGreaterThan(10);
    expect(result.skipped.length).toBeGreaterThan(10);
  });

  it('keeps a track’s own attributes, not its points’ heart rates (as GDAL’s tracks layer)', () => {
    const text = `${GPX_ROOT}<trk><name>Run</name><type>running</type><trkseg>
      <trkpt lat="48.1" lon="16.1"><extensions><gpxtpx:TrackPointExtension><gpxtpx:hr>131</gpxtpx:hr></gpxtpx:TrackPointExtension></extensions></trkpt>
      <trkpt lat="48.2" lon="16.2"><extensions><gpxtpx:TrackPointExtension><gpxtpx:hr>142</gpxtpx:hr></gpxtpx:TrackPointExtension></extensions></trkpt>
    </trkseg></trk></gpx>`;
    const [row] = readGpx(new TextEncoder().encode(text), 'run.gpx').rows;
    expect(row?.properties).toEqual({ name: 'Run', type: 'running', gpx_type: 'track' });
    expect(row?.geometry).toEqual({
      type: 'LineString',
      coordinates: [
        [16.1, 48.1],
        [16.2, 48.2],
      ],
    });
  });

  it('stores the same when every route and track is read point by point', async () => {
    await expectSameImport('gpx', readGpx, write('scanned.gpx', gpxText(400, 4)), undefined, {
      pieceCharacters: 29,
      scanPointsFrom: 0,
    });
  });

  it('stores a long track kept packed as the whole-file reading does: clamped edges, a line of one spot, a point off the world', async () => {
    const track = (name: string, points: [number, number][]) =>
      `<trk><name>${name}</name><trkseg>${points.map(([lon, lat]) => `<trkpt lat="${lat}" lon="${lon}"><ele>200</ele></trkpt>`).join('')}</trkseg></trk>`;
    const walk = Array.from({ length: 60 }, (_, i): [number, number] => [16 + i * 1e-4, 48 + i * 1e-4]);
    const text = `${GPX_ROOT}${[
      // Float overshoot on the antimeridian: clamped to 180 and said.
      track('Dateline', [
        [180.0000001, -17],
        [180, -17.001],
        [179.99, -17.002],
        ...walk.map(([x, y]): [number, number] => [x + 163, y - 65]),
      ]),
      // Every point on one spot (but the first only just over the edge): no line.
      track('Standing', [[180.0000001, -17], ...Array.from({ length: 60 }, (): [number, number] => [180, -17])]),
      // A latitude off the world: refused with its value.
      track('Off the world', [...walk.slice(0, 30), [16.1, 91.5], ...walk.slice(30)]),
      track('Walk', walk),
    ].join('\n')}</gpx>\n`;
    const result = (await expectSameImport('gpx', readGpx, write('packed.gpx', text), undefined, {
      scanPointsFrom: 0,
    })) as { added: { routes: number }; skipped: unknown[] };
    // The same blobs byte for byte as the whole-file reading (expectSameImport): clamped alike.
    expect(result.added.routes).toBe(2);
    expect(result.skipped).toHaveLength(2);
  });

  it('refuses what the whole-file reading refused (DOCTYPE, prefixed or other root, broken markup)', async () => {
    const good = gpxText(30, 5);
    const broken = [
      good.replace('<gpx ', '<!DOCTYPE gpx [<!ENTITY a "b">]>\n<gpx '),
      good.replace('</trkseg>', '</trksg>'),
      good.replace('<wpt ', '<wpt lat="1" lat="2" '),
      good.slice(0, good.length - 30),
      good.replace(/<gpx /, '<kml ').replace('</gpx>', '</kml>'),
      `${good}<gpx/>`,
    ];
    for (const [index, text] of broken.entries())
      await expectSameImport('gpx', readGpx, write(`broken-${index}.gpx`, text), undefined, { pieceCharacters: 45 });
    const prefixed = good
      .replace('<gpx version', '<g:gpx xmlns:g="http://www.topografix.com/GPX/1/1" version')
      .replace('</gpx>', '</g:gpx>')
      .replace(/<(\/?)(wpt|name)\b/g, '<$1g:$2');
    await expectSameImport('gpx', readGpx, write('prefixed.gpx', prefixed));
  });
});
