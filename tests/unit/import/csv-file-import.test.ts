import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { ProjectStore } from '../../../electron/store/project-store.js';
import { randomFrom } from '../../helpers/seeded-random.js';
import { tempDir } from '../../helpers/temp-dir.js';
import { legacyReadCsv } from './legacy-read-csv.js';
import { expectSameImport as expectSame } from './same-import.js';

// `itinera import` of a CSV streams: read, planned, checked and written piece by piece in one
// transaction. It must store exactly what the import did when it read the whole file first
// (same-import.ts); the reference reader is the CSV reader as it was (legacy-read-csv.ts).

const dir = tempDir('itinera-csv-stream-');
const expectSameImport = (
  file: string,
  seed?: (store: ProjectStore) => void,
  options?: Parameters<typeof expectSame>[4],
) => expectSame('csv', legacyReadCsv, file, seed, options);

const quote = (value: string) => (/[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

/**
 * Places as people's spreadsheets hold them: known and unknown categories, sectors, texts with
 * quotes and breaks, translations, numeric and not quite numeric columns, broken positions.
 * `codeTurnsText`: the "code" column is numeric until that row (the reading must start again).
 */
function placesCsv(name: string, rows: number, seed: number, codeTurnsText = Infinity): string {
  const random = randomFrom(seed);
  const lines = ['name,category,sector,description,longitude,latitude,name:de,description:fr,visitors,code,zip'];
  for (let row = 0; row < rows; row++) {
    const category = random.pick(['creative-firm', 'museum', 'gallery', 'Gallery', 'heritage site', '', 'castle']);
    const name = random.pick([`Atelier ${row}`, `Galerie "${row}"`, `Zoë ${row}`, '', `  Wien ${row}  `]);
    const description = random.pick(['', 'A place, with commas', 'Two\nlines', `Museum number ${row}`]);
    const longitude =
      random.next() < 0.02 ? random.pick(['', 'east', '181', '180.0000001']) : (16 + random.next()).toFixed(6);
    const latitude = random.next() < 0.02 ? random.pick(['', '91']) : (48 + random.next()).toFixed(6);
    lines.push(
      [
        quote(name),
        category,
        random.pick(['design', 'music', '', 'unknown']),
        quote(description),
        longitude,
        latitude,
        random.pick(['', `Ort ${row}`]),
        random.pick(['', `Lieu ${row}`]),
        random.pick(['', String(row * 3), '12.50']),
        row >= codeTurnsText ? 'A-1' : String(row % 7),
        random.pick(['01234', '1010', '']),
      ].join(','),
    );
  }
  const file = path.join(dir, name);
  fs.writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}

const seedPlaces = (count: number) => (store: ProjectStore) =>
  store.transaction(() => {
    for (let index = 0; index < count; index++)
      store.places.insertFast({
        name: `Seed ${index}`,
        category: 'guide',
        sector: null,
        description: '',
        address: '',
        website: '',
        tags: [],
        customFields: {},
        longitude: 16.2 + index * 1e-5,
        latitude: 48.1,
      });
  });

describe('the streaming import of a CSV file', () => {
  beforeAll(() => void vi.spyOn(console, 'warn').mockImplementation(() => undefined));

  it('stores what reading the whole file first stored, in a new project (bulk path, packed RTree)', async () => {
    const result = (await expectSameImport(placesCsv('bulk.csv', 3000, 1))) as { added: { places: number } };
    expect(result.added.places).toBeGreaterThan(1000);
  });

  it('stores the same after places the project already has, packing them with the new ones', async () => {
    await expectSameImport(placesCsv('after-some.csv', 2500, 2), seedPlaces(40));
  });

  it('stores the same when the project has more places than the file (RTree filled entry by entry)', async () => {
    await expectSameImport(placesCsv('more-before.csv', 1500, 3), seedPlaces(2000));
  });

  it('stores the same for a small file (row by row, triggers kept)', async () => {
    await expectSameImport(placesCsv('small.csv', 120, 4));
  });

  it('starts again when a column looked numeric until a late row, and stores the same', async () => {
    await expectSameImport(placesCsv('late-text.csv', 2500, 5, 2200));
  });

  it('leaves the full-text index to be built when asked, and building it gives the same index', async () => {
    await expectSameImport(placesCsv('deferred.csv', 2000, 6), () => {}, { deferSearchIndexFrom: 1000 });
  });

  it('stores areas, routes and the groups of multi-part features from a WKT column as before', async () => {
    const file = path.join(dir, 'shapes.csv');
    const shapes = [
      'POINT (16.1 48.1)',
      'POLYGON ((16 48, 16.01 48, 16.01 48.01, 16 48.01, 16 48))',
      'POLYGON ((16 48, 16.01 48.01, 16.01 48, 16 48.01, 16 48))',
      'LINESTRING (16 48, 16.1 48.1)',
      'MULTIPOINT ((16 48), (16.2 48.2))',
      'MULTILINESTRING ((16 48, 16.1 48.1), (16.2 48.2, 16.3 48.3))',
      'POINT Z (16.3 48.3 200)',
      'POINT (200 48)',
      'GARBAGE',
    ];
    const lines = ['name,wkt,kind'];
    for (let row = 0; row < 1500; row++) lines.push(`Feature ${row},"${shapes[row % shapes.length]}",${row % 4}`);
    fs.writeFileSync(file, `${lines.join('\n')}\n`);
    await expectSameImport(file);
  });

  it('reads Windows-1252 and UTF-16 files as before (starting again once a file is not UTF-8)', async () => {
    const text = `name,lon,lat\n${Array.from({ length: 3000 }, (_, row) => `Caf\u00e9 ${row},16.${row},48.1`).join('\n')}\n`;
    const latin = path.join(dir, 'latin.csv');
    fs.writeFileSync(latin, Buffer.from(text, 'latin1'));
    await expectSameImport(latin);
    const utf16 = path.join(dir, 'utf16.csv');
    fs.writeFileSync(utf16, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    await expectSameImport(utf16);
  });

  it('refuses what the whole-file reading refused, with the same reason, and writes nothing', async () => {
    const cases: Record<string, Buffer> = {
      'mixed.csv': Buffer.concat([
        Buffer.from('name,lon,lat\nZo\u00eb,1,2\n', 'utf8'),
        Buffer.from(`${'A,1,2\n'.repeat(200_000)}Caf\u00e9,1,2\n`, 'latin1'),
      ]),
      'nul.csv': Buffer.from(`name,lon,lat\n${'A,1,2\n'.repeat(200_000)}B\u0000,1,2\n`, 'latin1'),
      'late-quote.csv': Buffer.from(`name,lon,lat\n${'A,1,2\n'.repeat(200_000)}"B,1,2\n`),
      'no-coordinates.csv': Buffer.from('name,city\nA,Wien\n'),
    };
    for (const [name, bytes] of Object.entries(cases)) {
      const file = path.join(dir, name);
      fs.writeFileSync(file, bytes);
      const outcome = await expectSameImport(file, seedPlaces(3));
      expect(outcome, name).toHaveProperty('refused');
    }
  });
});
