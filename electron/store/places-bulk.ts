import type Database from 'better-sqlite3';
import { bulkParameters, type PlaceRecord } from './place-rows.js';
import { packRtree } from './rtree-bulk-load.js';
import { suspendSearchIndex } from './search-index.js';

// The bulk path of imports, inside the caller's transaction, for any number of places given in
// batches (a file read in pieces). Row-by-row index triggers are suspended (DDL is transactional
// in SQLite: a failure restores them with everything else); rows are written with explicit ids
// by a statement of many rows; the RTree is packed from all its entries when the import at least
// doubles it (see rtree-bulk-load.ts), else gets each new point's box directly; the full-text
// index is filled in one pass at the end, or left to be built after the commit (search-index.ts). Only the new points' ids and positions are kept in
// memory (typed arrays), not the places.

/** Bulk page cache (KiB, as a negative cache_size): most of an import's pages stay in memory. */
const BULK_CACHE_KIB = 64 * 1024;
/** Rows per INSERT statement: one statement call per row costs more than SQLite's own work. */
const ROWS_PER_STATEMENT = 64;
const COLUMNS =
  'id, geom, name, category, sector, description, address, website, tags, custom_fields, created_at, updated_at';
const ROW_PLACEHOLDERS = `(${Array<string>(12).fill('?').join(', ')})`;
const SEARCH_INSERT_TRIGGER = 'places_search_insert';
const INDEX_TRIGGERS = ['rtree_places_geom_insert', SEARCH_INSERT_TRIGGER];

export interface PlacesBulkWriter {
  /** Writes the places; answers their ids, in order. */
  add(records: readonly PlaceRecord[]): number[];
  /**
   * Fills the indexes and restores the triggers (still inside the caller's transaction). With
   * `deferSearchIndex`, the full-text index is left pending (search-index.ts) instead of filled.
   * Answers whether the full-text index is pending now.
   */
  finish(options?: { deferSearchIndex?: boolean }): { searchIndexPending: boolean };
  /** Restores the connection's page cache; call it whatever happened (finally). */
  close(): void;
}

/** A growable column of numbers (ids, longitudes, latitudes of the new points). */
class NumberColumn {
  values = new Float64Array(1024);
  length = 0;
  push(value: number): void {
    if (this.length === this.values.length) {
      const grown = new Float64Array(this.values.length * 2);
      grown.set(this.values);
      this.values = grown;
    }
    this.values[this.length++] = value;
  }
}

export function createPlacesBulkWriter(
  db: Database.Database,
  hooks: { translations(ids: readonly number[], records: readonly PlaceRecord[]): void },
): PlacesBulkWriter {
  if (!db.inTransaction) throw new Error('the bulk writer must run inside a transaction');
  const cacheSize = db.pragma('cache_size', { simple: true }) as number;
  db.pragma(`cache_size = -${BULK_CACHE_KIB}`);
  const triggers = db
    .prepare<[], { name: string; sql: string }>(
      `SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name IN (${INDEX_TRIGGERS.map((name) => `'${name}'`).join(', ')})`,
    )
    .all();
  for (const trigger of triggers) db.exec(`DROP TRIGGER "${trigger.name}"`);
  const existing = (db.prepare('SELECT count(*) AS count FROM rtree_places_geom_rowid').get() as { count: number })
    .count;
  // AUTOINCREMENT: ids above every id the table ever had (sqlite_sequence), as SQLite assigns them.
  let nextId = (
    db
      .prepare(
        `SELECT max(coalesce((SELECT seq FROM sqlite_sequence WHERE name = 'places'), 0),
                    coalesce((SELECT max(id) FROM places), 0)) + 1 AS id`,
      )
      .get() as { id: number }
  ).id;
  const firstId = nextId;
  const insertMany = db.prepare(
    `INSERT INTO places (${COLUMNS}) VALUES ${Array<string>(ROWS_PER_STATEMENT).fill(ROW_PLACEHOLDERS).join(', ')}`,
  );
  const insertOne = db.prepare(`INSERT INTO places (${COLUMNS}) VALUES ${ROW_PLACEHOLDERS}`);
  const parameters: unknown[] = new Array<unknown>(ROWS_PER_STATEMENT * 12);
  const ids = new NumberColumn();
  const longitudes = new NumberColumn();
  const latitudes = new NumberColumn();
  // One timestamp for the whole import (the format of strftime('%Y-%m-%dT%H:%M:%fZ')).
  const now = new Date().toISOString();

  /** The new points, each its own box (no copy: an import into an empty index). */
  const newEntries = () => {
    const x = longitudes.values.subarray(0, ids.length);
    const y = latitudes.values.subarray(0, ids.length);
    return { ids: ids.values.subarray(0, ids.length), minX: x, maxX: x, minY: y, maxY: y, length: ids.length };
  };
  /** The boxes the RTree holds (float32, rounded outward, ascending ids), then the new points. */
  const allEntries = () => {
    const total = existing + ids.length;
    const entries = {
      ids: new Float64Array(total),
      minX: new Float64Array(total),
      maxX: new Float64Array(total),
      minY: new Float64Array(total),
      maxY: new Float64Array(total),
      length: total,
    };
    let index = 0;
    const old = db.prepare('SELECT id, minx, maxx, miny, maxy FROM rtree_places_geom ORDER BY id').raw(true);
    for (const [id, minX, maxX, minY, maxY] of old.iterate() as Iterable<number[]>) {
      entries.ids[index] = id!;
      entries.minX[index] = minX!;
      entries.maxX[index] = maxX!;
      entries.minY[index] = minY!;
      entries.maxY[index] = maxY!;
      index++;
    }
    const { ids: newIds, minX, minY } = newEntries();
    for (const [column, values] of [
      [entries.ids, newIds],
      [entries.minX, minX],
      [entries.maxX, minX],
      [entries.minY, minY],
      [entries.maxY, minY],
    ] as const)
      column.set(values, index);
    entries.length = index + ids.length;
    return entries;
  };

  return {
    add(records) {
      const added = new Array<number>(records.length);
      let index = 0;
      for (; index + ROWS_PER_STATEMENT <= records.length; index += ROWS_PER_STATEMENT) {
        for (let slot = 0; slot < ROWS_PER_STATEMENT; slot++) {
          const record = records[index + slot]!;
          const id = nextId++;
          added[index + slot] = id;
          parameters[slot * 12] = id;
          bulkParameters(record, now, parameters, slot * 12 + 1);
          ids.push(id);
          longitudes.push(record.longitude);
          latitudes.push(record.latitude);
        }
        insertMany.run(parameters);
      }
      const one: unknown[] = new Array<unknown>(12);
      for (; index < records.length; index++) {
        const record = records[index]!;
        const id = nextId++;
        added[index] = id;
        one[0] = id;
        bulkParameters(record, now, one, 1);
        insertOne.run(one);
        ids.push(id);
        longitudes.push(record.longitude);
        latitudes.push(record.latitude);
      }
      hooks.translations(added, records);
      return added;
    },
    finish(options = {}) {
      const count = ids.length;
      if (count >= existing) {
        packRtree(db, 'rtree_places_geom', existing === 0 ? newEntries() : allEntries());
      } else {
        const insert = db.prepare<[number, number, number, number, number]>(
          'INSERT INTO rtree_places_geom VALUES (?, ?, ?, ?, ?)',
        );
        for (let index = 0; index < count; index++) {
          const x = longitudes.values[index]!;
          const y = latitudes.values[index]!;
          insert.run(ids.values[index]!, x, x, y, y);
        }
      }
      // A pending index (an earlier large import) stays pending: it is built from all places.
      const pending = !triggers.some((trigger) => trigger.name === SEARCH_INSERT_TRIGGER);
      const defer = pending || (options.deferSearchIndex ?? false);
      if (defer) suspendSearchIndex(db);
      else
        db.prepare(
          `INSERT INTO places_search (rowid, name, description, address, tags)
           SELECT id, name, description, address, tags FROM places WHERE id >= ?`,
        ).run(firstId);
      for (const trigger of triggers) if (!(defer && trigger.name === SEARCH_INSERT_TRIGGER)) db.exec(trigger.sql);
      return { searchIndexPending: defer };
    },
    close() {
      db.pragma(`cache_size = ${cacheSize}`);
    },
  };
}
