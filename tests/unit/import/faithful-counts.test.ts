import { zipSync } from 'fflate';
import fs from 'node:fs';
import path from 'node:path';
import { Builder, ByteBuffer } from 'flatbuffers';
import { Feature } from 'flatgeobuf/lib/mjs/flat-geobuf/feature.js';
import { fromByteBuffer } from 'flatgeobuf/lib/mjs/header-meta.js';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../helpers/temp-dir.js';
import { haveTools } from '../../helpers/tools.js';
import { feature, featureCollection, importInto, ogr2ogr, writeText } from './import-helper.js';

// Counts written in headers are never trusted over the data: a FlatGeobuf whose header overstates
// (or understates) its features, a .dbf whose header miscounts its records or that has fewer
// records than the .shp has shapes. What the data holds is read, and the mismatch is said.

const dir = tempDir('itinera-counts-');
const gdal = haveTools('ogrinfo');
const COUNT = 37;

const points = featureCollection(
  Array.from({ length: COUNT }, (_, index) =>
    feature(
      { name: `Ort ${index + 1}`, nummer: index + 1 },
      { type: 'Point', coordinates: [15.6 + index / 1000, 48.4] },
    ),
  ),
);

/** The file with the header's feature count (a uint64 in the header table) set to `count`. */
function withFeatureCount(file: string, count: number, written = COUNT, appended?: Uint8Array): string {
  const bytes = new Uint8Array(Buffer.concat([fs.readFileSync(file), appended ?? new Uint8Array()]));
  const headerLength = new DataView(bytes.buffer).getUint32(8, true);
  const buffer = new ByteBuffer(bytes);
  buffer.setPosition(8);
  expect(fromByteBuffer(buffer).featuresCount).toBe(written);
  const wanted = new Uint8Array(8);
  new DataView(wanted.buffer).setBigUint64(0, BigInt(written), true);
  const header = bytes.subarray(12, 12 + headerLength);
  const at: number[] = [];
  for (let offset = 0; offset + 8 <= header.length; offset++)
    if (wanted.every((byte, index) => header[offset + index] === byte)) at.push(offset);
  expect(at).toHaveLength(1);
  new DataView(bytes.buffer).setBigUint64(12 + at[0]!, BigInt(count), true);
  const patched = file.replace(/\.fgb$/, `-${count}.fgb`);
  fs.writeFileSync(patched, bytes);
  return patched;
}

describe.runIf(gdal)('FlatGeobuf feature counts', () => {
  const source = writeText(dir, 'points.geojson', points);
  const indexed = path.join(dir, 'indexed.fgb');
  const plain = path.join(dir, 'plain.fgb');
  ogr2ogr(['-f', 'FlatGeobuf', indexed, source]);
  ogr2ogr(['-f', 'FlatGeobuf', plain, source, '-lco', 'SPATIAL_INDEX=NO']);

  it.each([
    ['an overstated count with a spatial index (once: 0 features, exit status 0)', indexed, 1000],
    ['an understated count with a spatial index', indexed, 20],
    ['an overstated count without an index', plain, 1000],
  ])('%s: every feature is read and the mismatch said', async (_, file, count) => {
    const imported = await importInto(dir, withFeatureCount(file, count));
    expect(imported.places).toHaveLength(COUNT);
    expect(imported.places.map((place) => place.customFields.nummer).sort((a, b) => Number(a) - Number(b))).toEqual(
      Array.from({ length: COUNT }, (_, index) => index + 1),
    );
    expect(imported.notes).toEqual([
      `the header declares ${count.toLocaleString('en')} features but the file holds ${COUNT}: all ${COUNT} are read`,
    ]);
    expect(imported.skipped).toEqual([]);
  });

  it('features without geometry are skipped rows, not a JavaScript error', async () => {
    const file = path.join(dir, 'one.fgb');
    ogr2ogr([
      '-f',
      'FlatGeobuf',
      file,
      writeText(
        dir,
        'one.geojson',
        featureCollection([feature({ name: 'Dom' }, { type: 'Point', coordinates: [15.6, 48.41] })]),
      ),
      '-lco',
      'SPATIAL_INDEX=NO',
    ]);
    // GDAL writes no feature without geometry; the format allows one: a second feature, name only.
    const name = new TextEncoder().encode('Archiv');
    const properties = new Uint8Array(6 + name.length);
    new DataView(properties.buffer).setUint32(2, name.length, true); // column 0, then the text
    properties.set(name, 6);
    const builder = new Builder();
    const vector = Feature.createPropertiesVector(builder, properties);
    Feature.startFeature(builder);
    Feature.addProperties(builder, vector);
    builder.finishSizePrefixed(Feature.endFeature(builder));
    const imported = await importInto(dir, withFeatureCount(file, 2, 1, builder.asUint8Array()));
    expect(imported.places.map((place) => place.name)).toEqual(['Dom']);
    expect(imported.skipped).toEqual(['#2: the feature has no geometry']);
  });
});

describe.runIf(gdal)('shapefile record counts', () => {
  const folder = path.join(dir, 'shp');
  ogr2ogr([
    '-f',
    'ESRI Shapefile',
    folder,
    writeText(dir, 'three.geojson', featureCollection(JSON.parse(points).features.slice(0, 3))),
    '-nln',
    'orte',
  ]);
  const part = (extension: string) => new Uint8Array(fs.readFileSync(path.join(folder, `orte.${extension}`)));

  /** The layer zipped with its .dbf changed by `change`. */
  function zipped(name: string, change: (dbf: Uint8Array, view: DataView) => Uint8Array): string {
    const dbf = part('dbf');
    const changed = change(dbf, new DataView(dbf.buffer, dbf.byteOffset, dbf.byteLength));
    const file = path.join(dir, name);
    fs.writeFileSync(
      file,
      zipSync({ 'orte.shp': part('shp'), 'orte.shx': part('shx'), 'orte.dbf': changed, 'orte.prj': part('prj') }),
    );
    return file;
  }
  const recordBytes = (view: DataView) => ({ header: view.getUint16(8, true), record: view.getUint16(10, true) });

  it('a .dbf with fewer records than shapes: every shape imported, the missing attributes said', async () => {
    const file = zipped('short-dbf.zip', (dbf, view) => {
      const { header, record } = recordBytes(view);
      const cut = dbf.slice(0, header + 2 * record);
      new DataView(cut.buffer).setUint32(4, 2, true);
      return cut;
    });
    const imported = await importInto(dir, file);
    expect(imported.places.map((place) => place.name)).toEqual(['Ort 1', 'Ort 2', 'orte 3']);
    expect(imported.notes).toContain('the .dbf has 2 records for 3 shapes: the last shape has no attributes');
  });

  it.each([
    ['overstates', 9],
    ['understates', 1],
    // Once a hang at 1.3 GB: the header's count is never used to allocate.
    ['claims a billion of', 1_000_000_000],
  ])('a .dbf header that %s its records: the records the file holds are read', async (_, declared) => {
    const file = zipped(`dbf-says-${declared}.zip`, (dbf) => {
      const copy = dbf.slice();
      new DataView(copy.buffer).setUint32(4, declared, true);
      return copy;
    });
    const imported = await importInto(dir, file);
    expect(imported.places.map((place) => place.name)).toEqual(['Ort 1', 'Ort 2', 'Ort 3']);
    expect(imported.notes).toContain(
      `the .dbf header declares ${declared.toLocaleString('en')} records but holds 3: 3 are read`,
    );
  });
});
