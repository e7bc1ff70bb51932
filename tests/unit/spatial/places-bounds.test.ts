import Database from 'better-sqlite3';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createImportService } from '../../../electron/services/transfer/import-service.js';
import { createProjectStore, type ProjectStore } from '../../../electron/store/project-store.js';
import { randomFrom } from '../../helpers/seeded-random.js';
import { tempDir } from '../../helpers/temp-dir.js';

// The project's extent and count (the first camera, `itinera info`) come from the places' R*Tree
// root node and from the count GDAL's triggers keep (gpkg_ogr_contents), not from scans of every
// row: they must equal the scans after inserts, moves and deletes, imports that pack the tree in
// bulk, and an edit through GDAL.

const dir = tempDir('itinera-bounds-');
let counter = 0;
const stores: ProjectStore[] = [];
afterEach(() => stores.splice(0).forEach((store) => store.close()));

function scanned(file: string) {
  const db = new Database(file, { readonly: true });
  try {
    const row = db
      .prepare('SELECT min(minx) AS w, min(miny) AS s, max(maxx) AS e, max(maxy) AS n FROM rtree_places_geom')
      .get() as { w: number | null; s: number; e: number; n: number };
    return row.w === null ? null : [row.w, row.s, row.e, row.n];
  } finally {
    db.close();
  }
}

function counted(file: string): { kept: number | null; rows: number } {
  const db = new Database(file, { readonly: true });
  try {
    return {
      kept: db
        .prepare("SELECT feature_count FROM gpkg_ogr_contents WHERE table_name = 'places'")
        .pluck()
        .get() as number,
      rows: db.prepare('SELECT count(*) FROM places').pluck().get() as number,
    };
  } finally {
    db.close();
  }
}

const place = (longitude: number, latitude: number) => ({
  name: 'P',
  category: 'museum' as const,
  sector: null,
  description: '',
  address: '',
  website: '',
  tags: [],
  customFields: {},
  longitude,
  latitude,
});

describe('the extent of a project’s places', () => {
  it('is the R*Tree root’s union, equal to a scan, through inserts, moves and deletes', () => {
    const store = createProjectStore(path.join(dir, `p-${++counter}.gpkg`), 'Bounds');
    stores.push(store);
    expect(store.places.bounds()).toBeNull();
    const { next } = randomFrom(5);
    const ids: number[] = [];
    for (let round = 0; round < 6; round++) {
      store.transaction(() => {
        for (let index = 0; index < 800; index++)
          ids.push(store.places.insertFast(place(-170 + next() * 340, -80 + next() * 160)));
      });
      // Delete the extremes (the boxes must shrink), a random share of the rest, and move some.
      const db = new Database(store.file, { readonly: true });
      let extremes: number[];
      try {
        extremes = db
          .prepare(
            `SELECT id FROM rtree_places_geom WHERE minx = (SELECT min(minx) FROM rtree_places_geom)
               OR maxy = (SELECT max(maxy) FROM rtree_places_geom)`,
          )
          .pluck()
          .all() as number[];
      } finally {
        db.close();
      }
      const doomed = new Set([...extremes, ...ids.filter(() => next() < 0.3)]);
      store.transaction(() => {
        for (const id of doomed) store.places.remove(id);
        ids.splice(0, ids.length, ...ids.filter((id) => !doomed.has(id)));
        for (const id of ids.slice(0, 50)) store.places.update(id, place(-20 + next() * 40, -10 + next() * 20));
      });
      expect(store.places.bounds()).toEqual(scanned(store.file));
      const { kept, rows } = counted(store.file);
      expect([kept, store.places.count()]).toEqual([rows, rows]);
    }
  });

  it('equals a scan after an import that packs the tree in bulk', async () => {
    const store = createProjectStore(path.join(dir, `p-${++counter}.gpkg`), 'Bounds');
    stores.push(store);
    const { next } = randomFrom(9);
    const lines = ['name,category,longitude,latitude'];
    for (let index = 0; index < 20_000; index++)
      lines.push(`P ${index},museum,${(5 + next() * 20).toFixed(6)},${(40 + next() * 15).toFixed(6)}`);
    const file = path.join(dir, `bulk-${counter}.csv`);
    fs.writeFileSync(file, lines.join('\n'));
    await createImportService(store).importFile(file, null);
    expect(store.places.bounds()).toEqual(scanned(store.file));
    await createImportService(store).importFile(file, null);
    expect(counted(store.file)).toEqual({ kept: 40_000, rows: 40_000 });
    expect(store.places.count()).toBe(40_000);
  });

  it('is the count GDAL reads and keeps: ogrinfo says it, and an edit by GDAL moves it', () => {
    const store = createProjectStore(path.join(dir, `p-${++counter}.gpkg`), 'Bounds');
    store.transaction(() => {
      for (let index = 0; index < 30; index++) store.places.insertFast(place(16 + index * 0.01, 48));
    });
    store.close();
    const info = () => execFileSync('ogrinfo', ['-so', store.file, 'places'], { encoding: 'utf8' });
    expect(info()).toMatch(/Feature Count: 30\n/);
    execFileSync('ogrinfo', [store.file, '-sql', 'DELETE FROM places WHERE id <= 5'], { encoding: 'utf8' });
    expect(counted(store.file)).toEqual({ kept: 25, rows: 25 });
    expect(info()).toMatch(/Feature Count: 25\n/);
  });
});
