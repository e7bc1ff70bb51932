import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../../shared/i18n/translator.js';
import { createImportService } from '../../../electron/services/transfer/import-service.js';
import { createProjectService } from '../../../electron/services/core/project-service.js';
import { createProjectStore, openProjectStore } from '../../../electron/store/project-store.js';
import { tempDir } from '../../helpers/temp-dir.js';

// Large imports take the bulk path (index triggers suspended inside the transaction). The
// indexes must end up complete, the triggers back, and a failure must leave the file as it was.

const dir = tempDir('itinera-bulk-');

function csv(rows: number, badAt?: number): string {
  const file = path.join(dir, `bulk-${rows}-${badAt ?? 'ok'}.csv`);
  const lines = ['name,category,longitude,latitude'];
  for (let index = 0; index < rows; index++) {
    lines.push(
      `Atelier ${index},creative-firm,${(16 + (index % 100) * 0.001).toFixed(4)},${(48 + Math.floor(index / 100) * 0.001).toFixed(4)}`,
    );
  }
  fs.writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}

const triggerNames = (file: string) => {
  const db = new Database(file, { readonly: true });
  try {
    return (
      db.prepare("SELECT name FROM sqlite_master WHERE type = 'trigger' ORDER BY name").all() as { name: string }[]
    ).map((row) => row.name);
  } finally {
    db.close();
  }
};

describe('bulk import', () => {
  it('fills the RTree and full-text indexes and restores the triggers', async () => {
    const file = path.join(dir, 'bulk.gpkg');
    createProjectStore(file).close();
    const triggersBefore = triggerNames(file);
    const store = openProjectStore(file);
    try {
      const result = await createImportService(store).importFile(csv(5000), null);
      expect(result.added.places).toBe(5000);
      const service = createProjectService(store);
      expect(service.searchPlaces({ text: 'Atelier 4321', limit: 5 })[0]?.place.name).toBe('Atelier 4321');
      const centre = service.searchPlaces({ text: 'Atelier 0', limit: 1 })[0]!.place;
      // At 16.000,48.000 the neighbours 0.001° east (74 m) and north (111 m) are within 120 m.
      expect(
        service.nearbyPlaces({ placeId: centre.id, withinMetres: 120, families: ['creative-firm'], limit: 50 }).length,
      ).toBe(2);
      // Triggers are back: a later edit keeps both indexes current.
      const added = service.createPlace({
        name: 'Neues Kino',
        category: 'theatre-venue',
        sector: null,
        description: '',
        address: '',
        website: '',
        tags: [],
        customFields: {},
        longitude: 16.5,
        latitude: 48.5,
      });
      expect(service.searchPlaces({ text: 'Kino', limit: 5 }).map((hit) => hit.place.id)).toEqual([added.id]);
    } finally {
      store.close();
    }
    expect(triggerNames(file)).toEqual(triggersBefore);
    const db = new Database(file);
    try {
      expect((db.prepare('SELECT count(*) AS n FROM rtree_places_geom').get() as { n: number }).n).toBe(5001);
      expect((db.prepare("SELECT rtreecheck('rtree_places_geom') AS result").get() as { result: string }).result).toBe(
        'ok',
      );
      expect(
        db.prepare("INSERT INTO places_search(places_search) VALUES ('integrity-check')").run().changes,
      ).toBeGreaterThanOrEqual(0);
    } finally {
      db.close();
    }
  });

  it('a failure in the middle of a bulk import leaves the project file exactly as it was', async () => {
    const file = path.join(dir, 'failing.gpkg');
    createProjectStore(file).close();
    const before = fs.readFileSync(file);
    const store = openProjectStore(file);
    // Sabotage the write half-way: the 3,000th place hits a constraint the import cannot know.
    const sabotage = new Database(file);
    sabotage.exec(
      "CREATE TRIGGER sabotage BEFORE INSERT ON places WHEN NEW.name = 'Atelier 2999' BEGIN SELECT RAISE(ABORT, 'disk full (simulated)'); END;",
    );
    sabotage.close();
    const withSabotage = fs.readFileSync(file);
    try {
      await expect(createImportService(store).importFile(csv(4000), null)).rejects.toThrow(/disk full \(simulated\)/);
    } finally {
      store.close();
    }
    expect(fs.readFileSync(file).equals(withSabotage)).toBe(true);
    expect(withSabotage.length).toBe(before.length);
    expect(triggerNames(file)).toContain('rtree_places_geom_insert');
    expect(triggerNames(file)).toContain('places_search_insert');
  });

  it('reports the bad rows of a large import by row number, wherever they are', async () => {
    // 25,000 rows with bad rows near the start, in the middle and near the end.
    const file = path.join(dir, 'chunked.gpkg');
    createProjectStore(file).close();
    const csvFile = path.join(dir, 'chunked.csv');
    const bad = new Map([
      [5, 'latitude 95 is outside -90..90'],
      [10_001, '"longitude" is not a number ("east")'],
      [10_002, 'no category'],
      [24_999, '"latitude" is empty'],
    ]);
    const lines = ['name,category,longitude,latitude'];
    for (let row = 2; row <= 25_001; row++) {
      const longitude = (16 + (row % 150) * 0.001).toFixed(4);
      const latitude = (48 + Math.floor(row / 150) * 0.001).toFixed(4);
      if (row === 5) lines.push(`Bad ${row},gallery,${longitude},95`);
      else if (row === 10_001) lines.push(`Bad ${row},gallery,east,${latitude}`);
      else if (row === 10_002) lines.push(`Bad ${row},,${longitude},${latitude}`);
      else if (row === 24_999) lines.push(`Bad ${row},gallery,${longitude},`);
      else lines.push(`Gallery ${row},gallery,${longitude},${latitude}`);
    }
    fs.writeFileSync(csvFile, `${lines.join('\n')}\n`);
    const store = openProjectStore(file);
    try {
      const result = await createImportService(store).importFile(csvFile, null);
      expect(result.added.places).toBe(25_000 - bad.size);
      expect(result.skipped.map((problem) => problem.position)).toEqual([...bad.keys()]);
      const english = createTranslator('en');
      result.skipped.forEach((problem) => expect(english.t(problem.message)).toContain(bad.get(problem.position)!));
      const service = createProjectService(store);
      const names = service.listPlaces({}).map((place) => place.name);
      expect(names[0]).toBe('Gallery 2');
      expect(names.at(-1)).toBe('Gallery 25001');
      expect(new Set(names).size).toBe(names.length);
      expect(service.searchPlaces({ text: 'Gallery 20000', limit: 1 })[0]?.place.name).toBe('Gallery 20000');
    } finally {
      store.close();
    }
    const db = new Database(file, { readonly: true });
    try {
      expect((db.prepare('SELECT count(*) AS n FROM rtree_places_geom').get() as { n: number }).n).toBe(24_996);
      expect((db.prepare("SELECT rtreecheck('rtree_places_geom') AS result").get() as { result: string }).result).toBe(
        'ok',
      );
    } finally {
      db.close();
    }
  });
});
