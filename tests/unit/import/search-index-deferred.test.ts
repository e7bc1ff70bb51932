import Database from 'better-sqlite3';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../shared/api/errors.js';
import { createProjectService } from '../../../electron/services/core/project-service.js';
import { importStreamedFile } from '../../../electron/services/transfer/stream-import.js';
import { createProjectStore, openProjectStore } from '../../../electron/store/project-store.js';
import { tempDir } from '../../helpers/temp-dir.js';
import { searchIntegrity } from './same-import.js';

// A large import leaves the full-text index to be built after its commit: search says so
// meanwhile (it never answers from a partial index), the app builds it in a worker thread,
// `itinera import` in a background process, and edits made meanwhile are in the index it builds.

const dir = tempDir('itinera-search-later-');
const BIN = path.resolve('bin/itinera.js');

function placesCsv(name: string, rows: number): string {
  const file = path.join(dir, name);
  const lines = ['name,category,description,longitude,latitude'];
  for (let row = 0; row < rows; row++)
    lines.push(`Atelier ${row},creative-firm,Werkstatt Nummer ${row},${16 + (row % 997) * 1e-4},${48 + row * 1e-6}`);
  fs.writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}

function triggers(file: string): { name: string; sql: string }[] {
  const db = new Database(file, { readonly: true });
  try {
    return db
      .prepare("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'places' ORDER BY name")
      .all() as { name: string; sql: string }[];
  } finally {
    db.close();
  }
}

async function eventually<T>(attempt: () => T, what: string): Promise<T> {
  // NOTE: a bound on waiting for the background work, not a speed target.
  for (const until = Date.now() + 120_000; ;) {
    try {
      return attempt();
    } catch (error) {
      if (Date.now() > until) throw new Error(`${what}: still failing`, { cause: error });
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

describe('the search index after a large import', () => {
  it('is built by the app in a worker while search says so, edits made meanwhile included', async () => {
    const file = path.join(dir, 'app.gpkg');
    createProjectStore(file).close();
    const fresh = triggers(file);
    const store = openProjectStore(file);
    try {
      const result = await importStreamedFile(store, 'csv', placesCsv('app.csv', 3000), 'app.csv', null, {
        deferSearchIndexFrom: 1000,
      });
      expect(result.searchIndexPending).toBe(true);
      expect(triggers(file).map((trigger) => trigger.name)).not.toContain('places_search_insert');
      const service = createProjectService(store);
      // Edits while the index waits: a renamed place, a removed one, a new one.
      const [first, second] = service.listPlaces({});
      service.updatePlace({ id: first!.id, changes: { name: 'Kunstraum Erdberg' } });
      service.deletePlace({ id: second!.id });
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
      let refusal: unknown;
      try {
        service.searchPlaces({ text: 'Atelier 2999', limit: 5 });
      } catch (error) {
        refusal = error;
      }
      expect(refusal).toBeInstanceOf(ApiError);
      expect((refusal as ApiError).detail?.id).toBe('places.error.searchIndexing');
      const hits = await eventually(() => service.searchPlaces({ text: 'Atelier 2999', limit: 5 }), 'search');
      expect(hits.map((hit) => hit.place.name)).toEqual(['Atelier 2999']);
      expect(service.searchPlaces({ text: 'Erdberg', limit: 5 }).map((hit) => hit.place.id)).toEqual([first!.id]);
      expect(service.searchPlaces({ text: 'Kino', limit: 5 }).map((hit) => hit.place.id)).toEqual([added.id]);
      const ones = service.searchPlaces({ text: second!.name, limit: 1000 }).map((hit) => hit.place.id);
      expect(ones.length).toBeGreaterThan(100);
      expect(ones).not.toContain(second!.id);
      service.close();
    } finally {
      store.close();
    }
    expect(triggers(file)).toEqual(fresh);
    searchIntegrity(file);
  });

  it('is built by a background process after `itinera import` of 100,000 places', async () => {
    const file = path.join(dir, 'cli.gpkg');
    expect(spawnSync(process.execPath, [BIN, 'new', file]).status).toBe(0);
    const fresh = triggers(file);
    const run = spawnSync(process.execPath, [BIN, 'import', file, placesCsv('cli.csv', 100_000), '--lang', 'en'], {
      encoding: 'utf8',
    });
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('Imported 100,000 places');
    expect(run.stdout).toContain('The search index is being built in the background');
    await eventually(() => expect(triggers(file)).toEqual(fresh), 'triggers back');
    searchIntegrity(file);
    const again = spawnSync(process.execPath, [BIN, 'reindex', file, '--lang', 'en'], { encoding: 'utf8' });
    expect(again.stdout).toBe('The search index is up to date.\n');
  });
});
