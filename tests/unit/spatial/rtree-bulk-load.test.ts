import Database from 'better-sqlite3';
import geodesicModule from 'geographiclib-geodesic';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createImportService } from '../../../electron/services/transfer/import-service.js';
import { createProjectService } from '../../../electron/services/core/project-service.js';
import { createProjectStore, openProjectStore } from '../../../electron/store/project-store.js';
import { roundDown, roundUp } from '../../../electron/store/rtree-bulk-load.js';
import { registerGeoPackageFunctions } from '../../../electron/store/sqlite-functions.js';
import { tempDir } from '../../helpers/temp-dir.js';

// Large imports pack the RTree straight into its shadow tables. SQLite's own checker must accept
// the result, a box query must find exactly what the places table holds, and the tree must keep
// working for ordinary inserts, later imports, and nearby queries.
const { Geodesic } = geodesicModule;
const dir = tempDir('itinera-rtree-');

function csv(name: string, rows: number, offset: number): string {
  const file = path.join(dir, `${name}.csv`);
  const lines = ['name,category,longitude,latitude'];
  for (let index = 0; index < rows; index++) {
    // A deterministic scatter over about 3 × 3 km.
    const a = ((index + offset) * 7919) % 10007;
    const b = ((index + offset) * 104729) % 10009;
    lines.push(
      `Place ${index + offset},${index % 3 === 0 ? 'guide' : 'creative-firm'},${(16.35 + a * 4e-6).toFixed(7)},${(48.19 + b * 3e-6).toFixed(7)}`,
    );
  }
  fs.writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}

function inspect(file: string) {
  const db = new Database(file, { readonly: true });
  try {
    const check = (db.prepare("SELECT rtreecheck('rtree_places_geom') AS r").get() as { r: string }).r;
    const counts = db
      .prepare(
        'SELECT (SELECT count(*) FROM places) AS places, (SELECT count(*) FROM rtree_places_geom) AS rtree, (SELECT count(*) FROM places_search) AS search',
      )
      .get() as { places: number; rtree: number; search: number };
    const types = db
      .prepare(
        'SELECT DISTINCT typeof(nodeno) AS t FROM rtree_places_geom_rowid UNION SELECT DISTINCT typeof(parentnode) FROM rtree_places_geom_parent',
      )
      .all()
      .map((row) => (row as { t: string }).t);
    // Every box query answers what a scan of the table answers (overlap test, float32 boxes).
    const viaTree = db
      .prepare(
        'SELECT count(*) AS n FROM rtree_places_geom WHERE minx <= 16.36 AND maxx >= 16.355 AND miny <= 48.2 AND maxy >= 48.195',
      )
      .get() as { n: number };
    return { check, counts, types, viaTree: viaTree.n };
  } finally {
    db.close();
  }
}

describe('packed RTree', () => {
  it('is valid for rtreecheck and complete after a bulk import, then after more edits and imports', async () => {
    const file = path.join(dir, 'packed.gpkg');
    createProjectStore(file).close();
    const store = openProjectStore(file);
    try {
      const imports = createImportService(store);
      await imports.importFile(csv('first', 20_000, 0), null);
      let state = inspect(file);
      expect(state.check).toBe('ok');
      expect(state.counts).toEqual({ places: 20_000, rtree: 20_000, search: 20_000 });
      expect(state.types).toEqual(['integer']);
      expect(state.viaTree).toBeGreaterThan(0);

      // A smaller import into the filled tree takes the row-by-row path; a larger one repacks all.
      await imports.importFile(csv('second', 1_500, 20_000), null);
      await imports.importFile(csv('third', 30_000, 21_500), null);
      const service = createProjectService(store);
      const added = service.createPlace({
        name: 'Kino',
        category: 'theatre-venue',
        sector: null,
        description: '',
        address: '',
        website: '',
        tags: [],
        customFields: {},
        longitude: 16.36,
        latitude: 48.2,
      });
      service.deletePlace({ id: 5 });
      state = inspect(file);
      expect(state.check).toBe('ok');
      expect(state.counts).toEqual({ places: 51_500, rtree: 51_500, search: 51_500 });

      // The tree agrees with the table: for sample boxes, the ids found are those whose float32
      // box (rounded outward, as SQLite stores it) overlaps the query box.
      const db = new Database(file, { readonly: true });
      try {
        const all = db.prepare('SELECT id, geom FROM places').all() as { id: number; geom: Buffer }[];
        const positions = all.map(({ id, geom }) => [id, geom.readDoubleLE(13), geom.readDoubleLE(21)] as const);
        for (const [west, south] of [
          [16.351, 48.191],
          [16.36, 48.2],
          [16.385, 48.215],
        ] as const) {
          const [east, north] = [west + 0.002, south + 0.0015];
          const found = (
            db
              .prepare('SELECT id FROM rtree_places_geom WHERE minx <= ? AND maxx >= ? AND miny <= ? AND maxy >= ?')
              .pluck()
              .all(east, west, north, south) as number[]
          ).sort((a, b) => a - b);
          const expected = positions
            .filter(
              ([, x, y]) => roundDown(x) <= east && roundUp(x) >= west && roundDown(y) <= north && roundUp(y) >= south,
            )
            .map(([id]) => id);
          expect(found).toEqual(expected);
        }
      } finally {
        db.close();
      }
      expect(
        service.nearbyPlaces({ placeId: added.id, withinMetres: 50, families: ['creative-firm'], limit: 1000 }).length,
      ).toBeGreaterThan(0);
    } finally {
      store.close();
    }
  });

  it('serves nearby queries that match brute force after a bulk import', async () => {
    const file = path.join(dir, 'nearby.gpkg');
    createProjectStore(file).close();
    const store = openProjectStore(file);
    try {
      await createImportService(store).importFile(csv('nearby', 5_000, 0), null);
      const service = createProjectService(store);
      const places = service.listPlaces({});
      for (const centre of [places[0]!, places[1234]!, places[4999]!]) {
        const expected = places
          .filter((place) => place.id !== centre.id && place.category === 'creative-firm')
          .map((place) => ({
            id: place.id,
            metres: Geodesic.WGS84.Inverse(
              centre.latitude,
              centre.longitude,
              place.latitude,
              place.longitude,
              Geodesic.DISTANCE,
            ).s12 as number,
          }))
          .filter((hit) => hit.metres <= 150)
          .sort((a, b) => a.metres - b.metres || a.id - b.id)
          .slice(0, 25);
        const hits = service.nearbyPlaces({
          placeId: centre.id,
          withinMetres: 150,
          families: ['creative-firm'],
          limit: 25,
        });
        expect(hits.map((hit) => hit.place.id)).toEqual(expected.map((hit) => hit.id));
        hits.forEach((hit, index) =>
          expect(Math.abs(hit.distanceMetres - expected[index]!.metres)).toBeLessThanOrEqual(0.05),
        );
      }
      // Edits show at once: a moved place, a new one, a deleted one; and a write by another connection.
      const centre = places[0]!;
      const moved = service.updatePlace({
        id: places[10]!.id,
        changes: { longitude: centre.longitude, latitude: centre.latitude + 0.0001 },
      });
      expect(
        service.nearbyPlaces({
          placeId: centre.id,
          withinMetres: 20,
          families: ['creative-firm', 'tourism-operator'],
          limit: 5,
        })[0]?.place.id,
      ).toBe(moved.id);
      service.deletePlace({ id: moved.id });
      expect(
        service
          .nearbyPlaces({
            placeId: centre.id,
            withinMetres: 20,
            families: ['creative-firm', 'tourism-operator'],
            limit: 5,
          })
          .map((hit) => hit.place.id),
      ).not.toContain(moved.id);
      const other = new Database(file);
      registerGeoPackageFunctions(other);
      const blob = Buffer.alloc(29);
      blob.writeUInt32BE(0x47500001, 0);
      blob.writeInt32LE(4326, 4);
      blob.writeUInt8(1, 8);
      blob.writeUInt32LE(1, 9);
      blob.writeDoubleLE(centre.longitude + 0.0001, 13);
      blob.writeDoubleLE(centre.latitude, 21);
      other.prepare("UPDATE places SET geom = ?, category = 'guide' WHERE id = ?").run(blob, places[30]!.id);
      other.close();
      expect(
        service
          .nearbyPlaces({ placeId: centre.id, withinMetres: 20, families: ['tourism-operator'], limit: 5 })
          .map((hit) => hit.place.id),
      ).toContain(places[30]!.id);
    } finally {
      store.close();
    }
  });
});
