import type Database from 'better-sqlite3';
import { PLACES_COUNT_TRIGGERS } from './migrations/0018-feature-counts.js';
import { BATCH_TEXTS, encodePlaces, type PlaceBatch } from './place-batch.js';
import { pointHeader, type PlaceRecord } from './place-rows.js';
import { packRtree } from './rtree-bulk-load.js';
import { uuidKeeper } from './identity-repository.js';
import { newUuids, UUID_LENGTH } from './uuid.js';
import { suspendSearchIndex } from './search-index.js';

// The bulk path of imports, inside the caller's transaction, for any number of places given in
// batches (a file read in pieces). Row-by-row index triggers are suspended (DDL is transactional
// in SQLite: a failure restores them with everything else); rows are written with explicit ids
// by a statement of many rows, from columns (place-batch.ts); the RTree is packed from all its entries when the import at least
// doubles it (see rtree-bulk-load.ts), else gets each new point's box directly; the full-text
// index is filled in one pass at the end, or left to be built after the commit (search-index.ts). Only the new points' ids and positions are kept in
// memory (typed arrays), not the places.

/** Bulk page cache (KiB, as a negative cache_size): most of an import's pages stay in memory. */
const BULK_CACHE_KIB = 16 * 1024;
/** Rows per INSERT statement: one statement call per row costs more than SQLite's own work. */
const ROWS_PER_STATEMENT = 64;
const COLUMNS =
  'id, geom, name, category, sector, description, address, website, tags, custom_fields, created_at, updated_at, uuid';
const POINT_BYTES = 29;

/** A row's texts: slices of the one @texts blob (UTF-8, place-batch.ts), as text. */
const TEXT_VALUES = Array<string>(BATCH_TEXTS).fill('CAST(substr(@texts, ?, ?) AS TEXT)').join(', ');
/** The same for plain places: name, category, sector and description, then the empty rest. */
const PLAIN_TEXTS = 4;
const PLAIN_VALUES = `${Array<string>(PLAIN_TEXTS).fill('CAST(substr(@texts, ?, ?) AS TEXT)').join(', ')}, '', '', '[]', '{}'`;

/**
 * Rows of an INSERT: ids from @first, each point a slice of the one @geoms blob, each text a
 * slice of the one @texts blob, each uuid a slice of the one @uuids text, one timestamp. NOTE: binding values is most of the cost of a row
 * (SQLite's own work is about a third of it): numbers cost less to bind than strings.
 */
function rowsSql(rows: number, texts = TEXT_VALUES): string {
  return Array.from(
    { length: rows },
    (_, slot) =>
      `(@first + ${slot}, substr(@geoms, ${slot * POINT_BYTES + 1}, ${POINT_BYTES}), ${texts}, @now, @now, substr(@uuids, ${slot * UUID_LENGTH + 1}, ${UUID_LENGTH}))`,
  ).join(', ');
}
const SEARCH_INSERT_TRIGGER = 'places_search_insert';
// The places' kept count (migration 0018) is suspended too: the rows are added to it at the end;
// and the uuid trigger (migration 0019): the rows come with theirs.
const INDEX_TRIGGERS = [
  'rtree_places_geom_insert',
  SEARCH_INSERT_TRIGGER,
  ...PLACES_COUNT_TRIGGERS,
  'places_uuid_insert',
];

export interface PlacesBulkWriter {
  /** Writes the places; answers their ids, in order. */
  add(records: readonly PlaceRecord[]): number[];
  /** Writes places in columns (encodePlaces); their ids are `firstId` and the next ones. */
  addBatch(batch: PlaceBatch): { firstId: number; count: number };
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
  hooks: { translations(entries: [number, NonNullable<PlaceRecord['translations']>][]): void },
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
  const insertMany = db.prepare(`INSERT INTO places (${COLUMNS}) VALUES ${rowsSql(ROWS_PER_STATEMENT)}`);
  const insertOne = db.prepare(`INSERT INTO places (${COLUMNS}) VALUES ${rowsSql(1)}`);
  const insertPlain = db.prepare(`INSERT INTO places (${COLUMNS}) VALUES ${rowsSql(ROWS_PER_STATEMENT, PLAIN_VALUES)}`);
  const parameters: (number | null)[] = new Array<number | null>(ROWS_PER_STATEMENT * BATCH_TEXTS * 2);
  // The statement's points, one blob: header written once, positions per row.
  const geoms = Buffer.alloc(ROWS_PER_STATEMENT * POINT_BYTES);
  for (let slot = 0; slot < ROWS_PER_STATEMENT; slot++) pointHeader(geoms, slot * POINT_BYTES);
  // One timestamp for the whole import (the format of strftime('%Y-%m-%dT%H:%M:%fZ')).
  const named = { first: 0n, geoms, texts: Buffer.alloc(0) as Buffer, uuids: '', now: new Date().toISOString() };
  const longitudes = new NumberColumn();
  const latitudes = new NumberColumn();

  const keptUuid = uuidKeeper(db, 'places');
  /** A statement's uuids from `start` in the batch: the file's where it has one (and no place here does). */
  const uuidsOf = (given: ReadonlyMap<number, string>, start: number, rows: number) => {
    const statement = new Set<string>();
    let text = '';
    for (let slot = 0; slot < rows; slot++) {
      const uuid = keptUuid(given.get(start + slot), statement);
      statement.add(uuid);
      text += uuid;
    }
    return text;
  };

  /** The new points, each its own box (no copy: an import into an empty index). */
  const newEntries = () => {
    const count = longitudes.length;
    const x = longitudes.values.subarray(0, count);
    const y = latitudes.values.subarray(0, count);
    // New ids follow one another from the first (see addBatch).
    const ids = new Float64Array(count);
    for (let index = 0; index < count; index++) ids[index] = firstId + index;
    return { ids, minX: x, maxX: x, minY: y, maxY: y, length: count };
  };
  /** The boxes the RTree holds (float32, rounded outward, ascending ids), then the new points. */
  const allEntries = () => {
    const total = existing + longitudes.length;
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
    entries.length = index + longitudes.length;
    return entries;
  };

  return {
    add(records) {
      const { firstId: first, count } = this.addBatch(encodePlaces(records));
      return Array.from({ length: count }, (_, index) => first + index);
    },
    addBatch(batch) {
      const first = nextId;
      const { count, positions, bytes, spans, rowStarts, plain } = batch;
      // The uuids the file brought, by index in the batch (kept unless a place has one already).
      const given = batch.uuids.length > 0 ? new Map(batch.uuids) : null;
      let index = 0;
      const write = (statement: Database.Statement, rows: number, texts: number) => {
        const base = rowStarts[index]!;
        named.texts = Buffer.from(bytes.buffer, bytes.byteOffset + base, rowStarts[index + rows]! - base);
        let at = 0;
        for (let slot = 0; slot < rows; slot++, index++) {
          const longitude = positions[index * 2]!;
          const latitude = positions[index * 2 + 1]!;
          geoms.writeDoubleLE(longitude, slot * POINT_BYTES + 13);
          geoms.writeDoubleLE(latitude, slot * POINT_BYTES + 21);
          for (let text = 0; text < texts; text++, at += 2) {
            const span = (index * BATCH_TEXTS + text) * 2;
            const length = spans[span + 1]!;
            // substr counts from 1; a null text is substr(…, NULL, NULL): NULL.
            parameters[at] = length < 0 ? null : spans[span]! - base + 1;
            parameters[at + 1] = length < 0 ? null : length;
          }
          longitudes.push(longitude);
          latitudes.push(latitude);
        }
        named.first = BigInt(nextId);
        named.uuids = given ? uuidsOf(given, index - rows, rows) : newUuids(rows);
        statement.run(at === parameters.length ? parameters : parameters.slice(0, at), named);
        nextId += rows;
      };
      while (count - index >= ROWS_PER_STATEMENT) {
        const allPlain = plain.subarray(index, index + ROWS_PER_STATEMENT).every((flag) => flag === 1);
        if (allPlain) write(insertPlain, ROWS_PER_STATEMENT, PLAIN_TEXTS);
        else write(insertMany, ROWS_PER_STATEMENT, BATCH_TEXTS);
      }
      while (index < count) write(insertOne, 1, BATCH_TEXTS);
      if (batch.translations.length > 0)
        hooks.translations(batch.translations.map(([at, translations]) => [first + at, translations]));
      return { firstId: first, count };
    },
    finish(options = {}) {
      const count = longitudes.length;
      if (count >= existing) {
        packRtree(db, 'rtree_places_geom', existing === 0 ? newEntries() : allEntries());
      } else {
        const insert = db.prepare<[number, number, number, number, number]>(
          'INSERT INTO rtree_places_geom VALUES (?, ?, ?, ?, ?)',
        );
        for (let index = 0; index < count; index++) {
          const x = longitudes.values[index]!;
          const y = latitudes.values[index]!;
          insert.run(firstId + index, x, x, y, y);
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
      if (triggers.some((trigger) => trigger.name === PLACES_COUNT_TRIGGERS[0]))
        db.prepare(
          "UPDATE gpkg_ogr_contents SET feature_count = feature_count + ? WHERE lower(table_name) = 'places'",
        ).run(count);
      for (const trigger of triggers) if (!(defer && trigger.name === SEARCH_INSERT_TRIGGER)) db.exec(trigger.sql);
      return { searchIndexPending: defer };
    },
    close() {
      db.pragma(`cache_size = ${cacheSize}`);
    },
  };
}
