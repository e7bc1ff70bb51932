import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import { detectMapping, planImport } from '../../../shared/codecs/import/plan-import.js';
import { ImportError, type SourceTable } from '../../../shared/codecs/import/source-table.js';
import { importStreamedFile, type StreamImportOptions } from '../../../electron/services/transfer/stream-import.js';
import type { StreamedFormat } from '../../../electron/services/transfer/stream-read.js';
import { validatePlan } from '../../../electron/services/transfer/validate-plan.js';
import { writePlan } from '../../../electron/services/transfer/write-plan.js';
import { createProjectStore, type ProjectStore } from '../../../electron/store/project-store.js';
import { tempDir } from '../../helpers/temp-dir.js';

// A streamed import (CSV, GeoJSON, GPX) must store exactly what the import did when it read the
// whole file first: the reference here is the whole-file reader, the same plan and checks, and
// every place written row by row through the ordinary triggers (RTree and full-text index filled
// by SQLite, not packed). Ids, every column but the timestamps, translations, areas, routes,
// groups, both indexes, and the skipped and changed rows with their messages must agree.

const dir = tempDir('itinera-stream-import-');
let counter = 0;

export function project(seed: (store: ProjectStore) => void): ProjectStore {
  const store = createProjectStore(path.join(dir, `project-${++counter}.gpkg`), 'Test', 'de');
  seed(store);
  return store;
}

/** How the whole file was read before (the reference): bytes in, one table out. */
export type WholeReader = (bytes: Uint8Array, fileName: string) => SourceTable;

/** The whole file read first, then written row by row (the reference). */
function referenceImport(store: ProjectStore, file: string, read: WholeReader) {
  const table = read(fs.readFileSync(file), path.basename(file));
  const plan = validatePlan(planImport(table, { ...detectMapping(table.columns), defaultCategory: 'museum' }));
  store.transaction(() =>
    writePlan(store, plan, store.contentLanguages.get().primary, (records) =>
      records.map((record) => store.places.insertFast(record)),
    ),
  );
  return {
    added: { places: plan.places.length, quarters: plan.quarters.length, routes: plan.routes.length },
    groupsAdded: plan.groups.length,
    skipped: plan.problems.map((problem) => ({ ...problem, layer: table.layer })),
    repaired: plan.repairs.map((repair) => ({ ...repair, layer: table.layer })),
    notes: [...table.notes, ...plan.notes].map((note) => ({ layer: table.layer, note })),
  };
}

/** Everything an import writes, read back (timestamps left out: they are the time of the import). */
function contents(file: string) {
  const db = new Database(file, { readonly: true });
  try {
    const all = (sql: string) => db.prepare(sql).raw(true).all();
    return {
      places: all(
        'SELECT id, hex(geom), name, category, sector, description, address, website, tags, custom_fields FROM places ORDER BY id',
      ),
      rtree: all('SELECT id, minx, maxx, miny, maxy FROM rtree_places_geom ORDER BY id'),
      rtreeCheck: db.prepare("SELECT rtreecheck('rtree_places_geom') AS r").pluck().get(),
      translations: all('SELECT id, place_id, language, name, description FROM places_translations ORDER BY 1, 2, 3'),
      // Every place and translation has its own uuid (migration 0019), whichever path wrote it.
      uuids: ['places', 'places_translations'].map((table) =>
        db.prepare(`SELECT count(*) = count(DISTINCT uuid) AND count(uuid) = count(*) FROM ${table}`).pluck().get(),
      ),
      quarters: all('SELECT id, hex(geom), name, description, custom_fields FROM quarters ORDER BY id'),
      routes: all('SELECT id, hex(geom), name, description, custom_fields FROM routes ORDER BY id'),
      groups: all('SELECT id, name, level FROM cluster_groups ORDER BY id'),
      members: all('SELECT base_id, related_id FROM group_places ORDER BY 1, 2'),
      search: ['atelier', 'zoë', 'galerie', 'wien*', 'museum', 'track*'].map((term) =>
        db.prepare('SELECT rowid FROM places_search WHERE places_search MATCH ? ORDER BY rowid').pluck().all(term),
      ),
    };
  } finally {
    db.close();
  }
}

/** Fails unless the full-text index agrees with the places (FTS5's integrity check). */
export function searchIntegrity(file: string): void {
  const db = new Database(file);
  try {
    db.prepare("INSERT INTO places_search(places_search) VALUES ('integrity-check')").run();
  } finally {
    db.close();
  }
}

/**
 * Imports `file` into projects seeded alike: the reference way, and streamed, read in this thread
 * and in a worker thread; expects the same outcome and contents.
 */
export async function expectSameImport(
  format: StreamedFormat,
  read: WholeReader,
  file: string,
  seed: (store: ProjectStore) => void = () => {},
  options: StreamImportOptions = {},
) {
  const reference = project(seed);
  let expected: unknown;
  try {
    expected = referenceImport(reference, file, read);
  } catch (error) {
    if (!(error instanceof ImportError)) throw error;
    expected = { refused: error.detail };
  } finally {
    reference.close();
  }
  let outcome: unknown;
  for (const worker of [false, true]) {
    const streamed = project(seed);
    try {
      const { skippedCount, repairedCount, searchIndexPending, ...result } = await importStreamedFile(
        streamed,
        format,
        file,
        path.basename(file),
        'museum',
        { pieceCharacters: 500, worker, ...options },
      );
      expect(skippedCount).toBe(result.skipped.length);
      expect(repairedCount).toBe(result.repaired.length);
      if (searchIndexPending) streamed.places.buildSearchIndex();
      outcome = result;
    } catch (error) {
      if (!(error instanceof ImportError)) throw error;
      outcome = { refused: error.detail };
    } finally {
      streamed.close();
    }
    expect(outcome, worker ? 'read in a worker thread' : 'read in this thread').toEqual(expected);
    expect(contents(streamed.file)).toEqual(contents(reference.file));
    searchIntegrity(streamed.file);
  }
  return outcome;
}
