import type Database from 'better-sqlite3';
import type { Place } from '../../shared/model/schemas.js';
import type { SearchBox } from '../../shared/geo/search-box.js';
import type { EditJournal } from './edit-journal.js';
import {
  type PlaceRow,
  rowToPlace,
  PLACE_COLUMNS,
  type PlaceColumns,
  columnsToPlace,
  recordParameters,
  bulkParameters,
  type PlacePoints,
  type PlaceRecord,
  readPoint,
} from './place-rows.js';
import { uuidKeeper } from './identity-repository.js';
import { createPlacesBulkWriter, type PlacesBulkWriter } from './places-bulk.js';
import { buildSearchIndex, isSearchIndexPending } from './search-index.js';
import type { TranslationsRepository } from './translations-repository.js';

export type { PlacePoints, PlaceRecord } from './place-rows.js';
export type { PlacesBulkWriter } from './places-bulk.js';

/** Who changed which places (ids), or 'all' after a bulk write: keeps derived indexes current. */
export type PlacesChangeListener = (ids: readonly number[] | 'all') => void;

const NOW = "strftime('%Y-%m-%dT%H:%M:%fZ','now')";
/** Below this many rows, suspending the index triggers costs more than it saves. */
const BULK_THRESHOLD = 1000;

export function createPlacesRepository(
  db: Database.Database,
  journal?: EditJournal,
  translations?: TranslationsRepository,
) {
  const keptUuid = uuidKeeper(db, 'places');
  const statements = {
    byId: db.prepare<[number], PlaceRow>('SELECT * FROM places WHERE id = ?'),
    insert: db.prepare(
      `INSERT INTO places (geom, name, category, sector, description, address, website, tags, custom_fields, uuid)
       VALUES (@geom, @name, @category, @sector, @description, @address, @website, @tags, @custom_fields, itinera_uuid())`,
    ),
    update: db.prepare(
      `UPDATE places SET geom = @geom, name = @name, category = @category, sector = @sector,
         description = @description, address = @address, website = @website, tags = @tags,
         custom_fields = @custom_fields, updated_at = ${NOW}
       WHERE id = @id`,
    ),
    remove: db.prepare<[number]>('DELETE FROM places WHERE id = ?'),
    idsWithField: db.prepare<[string, string], { id: number }>(
      "SELECT id FROM places WHERE category = ? AND json_valid(custom_fields) AND json_type(custom_fields, '$.' || json_quote(?)) IS NOT NULL",
    ),
    setCustomFields: db.prepare<[string, number]>(
      `UPDATE places SET custom_fields = ?, updated_at = ${NOW} WHERE id = ?`,
    ),
    count: db.prepare<[], { count: number }>('SELECT count(*) AS count FROM places'),
    // The count GDAL's feature-count triggers keep (migration 0018); null when a writer left it unknown.
    keptCount: db.prepare<[], { count: number | null }>(
      "SELECT feature_count AS count FROM gpkg_ogr_contents WHERE lower(table_name) = 'places'",
    ),
    inBox: db.prepare<
      [{ west: number; south: number; east: number; north: number; exclude: number; categories: string }],
      PlaceRow
    >(
      // Overlap test on the RTree (its float32 boxes are rounded outward, so containment could miss).
      `SELECT p.* FROM rtree_places_geom AS r JOIN places AS p ON p.id = r.id
       WHERE r.minx <= @east AND r.maxx >= @west AND r.miny <= @north AND r.maxy >= @south
         AND p.id != @exclude AND p.category IN (SELECT value FROM json_each(@categories))`,
    ),
    search: db.prepare<[{ query: string; limit: number }], PlaceRow & { snippet: string }>(
      `SELECT p.*, snippet(places_search, -1, '«', '»', '…', 12) AS snippet
       FROM places_search JOIN places AS p ON p.id = places_search.rowid
       WHERE places_search MATCH @query ORDER BY bm25(places_search, 10.0, 2.0, 1.0, 1.0) LIMIT @limit`,
    ),
    insertPositional: db.prepare(
      `INSERT INTO places (geom, name, category, sector, description, address, website, tags, custom_fields, created_at, updated_at, uuid)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    // NOTE: hex text, not the blob: a Buffer per row costs twice as much as decoding 58 hex digits.
    points: db.prepare<[], [number, string, string]>('SELECT id, category, hex(geom) FROM places ORDER BY id'),
    pointsWithSummaries: db.prepare<[], [number, string, string, string, string | null]>(
      'SELECT id, category, hex(geom), name, sector FROM places ORDER BY id',
    ),
    // Raw rows (arrays) of the columns rowToPlace reads: about three times faster than row
    // objects for the hundreds of places a nearby answer carries.
    allColumns: db.prepare<[], PlaceColumns>(`SELECT ${PLACE_COLUMNS.join(', ')} FROM places ORDER BY id`),
    byIds: db.prepare<[string], PlaceColumns>(
      `SELECT ${PLACE_COLUMNS.join(', ')} FROM places WHERE id IN (SELECT value FROM json_each(?))`,
    ),
    // The R*Tree's root node: the boxes of its children, whose union is every place's (SQLite keeps
    // each parent's box the union of its children's on insert and delete): O(1), not a scan.
    rootNode: db.prepare<[], { data: Buffer }>('SELECT data FROM rtree_places_geom_node WHERE nodeno = 1'),
  };

  statements.points.raw(true);
  statements.pointsWithSummaries.raw(true);
  statements.byIds.raw(true);
  statements.allColumns.raw(true);
  const listeners = new Set<PlacesChangeListener>();
  const translated = (places: Place[]) => translations?.attach(places) ?? places;
  /** Translations of bulk-inserted places (only records that carry some). */
  const insertTranslations = (ids: readonly number[], records: readonly PlaceRecord[]) => {
    if (!translations || !records.some((record) => record.translations)) return;
    translations.insertMany(
      records.map((record, index) => [ids[index]!, record.translations as Place['translations']] as const),
    );
  };
  const changed = (ids: readonly number[] | 'all') => {
    for (const listener of listeners) listener(ids);
  };

  return {
    /** Called after every write through this repository (inside the writer's transaction). */
    onChange(listener: PlacesChangeListener): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    /** Changes whenever another connection commits to the file (PRAGMA data_version). */
    /** False once the project is closed (work scheduled for later then has nothing to do). */
    isOpen(): boolean {
      return db.open;
    },
    dataVersion(): number {
      return db.pragma('data_version', { simple: true }) as number;
    },
    /** Every place's id, category and exact position (and name and sector if asked), in id order. */
    points(options: { summaries?: boolean } = {}): PlacePoints {
      const count = this.count();
      const points: PlacePoints = {
        ids: new Float64Array(count),
        longitudes: new Float64Array(count),
        latitudes: new Float64Array(count),
        categories: new Array<string>(count),
        length: 0,
      };
      const names = options.summaries ? (points.names = new Array<string>(count)) : null;
      const sectors = options.summaries ? (points.sectors = new Array<string | null>(count)) : null;
      const rows = options.summaries ? statements.pointsWithSummaries.iterate() : statements.points.iterate();
      const position = { longitude: NaN, latitude: NaN };
      const scratch = new Uint8Array(256);
      let index = 0;
      for (const [id, category, hex, name, sector] of rows as Iterable<[number, string, string, string?, string?]>) {
        if (index >= count) break;
        const bytes = Math.min(hex.length >> 1, scratch.length);
        for (let offset = 0; offset < bytes; offset++) {
          const high = hex.charCodeAt(2 * offset);
          const low = hex.charCodeAt(2 * offset + 1);
          scratch[offset] = ((high < 58 ? high - 48 : high - 55) << 4) | (low < 58 ? low - 48 : low - 55);
        }
        readPoint(scratch.subarray(0, bytes), position);
        if (Number.isNaN(position.longitude) || Number.isNaN(position.latitude)) continue;
        points.ids[index] = id;
        points.longitudes[index] = position.longitude;
        points.latitudes[index] = position.latitude;
        points.categories[index] = category;
        if (names) names[index] = name ?? '';
        if (sectors) sectors[index] = sector ?? null;
        index++;
      }
      points.length = index;
      return points;
    },
    /** The places with these ids (in no particular order; missing ids are left out). */
    getMany(ids: readonly number[]): Place[] {
      return ids.length === 0 ? [] : translated(statements.byIds.all(JSON.stringify(ids)).map(columnsToPlace));
    },
    list(): Place[] {
      return translated(statements.allColumns.all().map(columnsToPlace));
    },
    get(id: number): Place | undefined {
      const row = statements.byId.get(id);
      if (!row) return undefined;
      const place = rowToPlace(row);
      const texts = translations?.of(id);
      if (texts) place.translations = texts;
      return place;
    },
    /** For writes made around the repository (undo, redo): keeps derived indexes current. */
    markChanged(ids: readonly number[]): void {
      if (ids.length > 0) changed(ids);
    },
    insert(record: PlaceRecord): Place {
      const result = statements.insert.run(recordParameters(record));
      journal?.created('places', Number(result.lastInsertRowid));
      translations?.write(Number(result.lastInsertRowid), record.translations);
      changed([Number(result.lastInsertRowid)]);
      return this.get(Number(result.lastInsertRowid)) as Place;
    },
    /**
     * Bulk path for imports, inside the caller's transaction (see places-bulk.ts); below
     * BULK_THRESHOLD rows, suspending the index triggers costs more than it saves.
     */
    insertMany(records: readonly PlaceRecord[]): number[] {
      if (!db.inTransaction) throw new Error('insertMany must run inside a transaction');
      if (records.length < BULK_THRESHOLD) return records.map((record) => this.insertFast(record));
      const writer = this.bulkWriter();
      try {
        const ids = writer.add(records);
        writer.finish();
        return ids;
      } finally {
        writer.close();
      }
    },
    /** The bulk path for places given in batches (a file read in pieces); see places-bulk.ts. */
    bulkWriter(): PlacesBulkWriter {
      const writer = createPlacesBulkWriter(db, {
        translations: (entries) => translations?.insertMany(entries as [number, Place['translations']][]),
      });
      return {
        ...writer,
        finish(options) {
          const outcome = writer.finish(options);
          changed('all');
          return outcome;
        },
      };
    },
    /** Whether the full-text index waits to be built after a large import (search-index.ts). */
    searchIndexPending(): boolean {
      return isSearchIndexPending(db);
    },
    /**
     * Builds a pending full-text index (outside any transaction: it runs its own, see
     * search-index.ts); `inTransaction` runs in the one that writes it. Answers the places indexed.
     */
    buildSearchIndex(inTransaction?: () => void): number {
      return buildSearchIndex(db, inTransaction);
    },
    /** Bulk path for imports: inserts without reading the row back. */
    insertFast(record: PlaceRecord): number {
      const parameters = bulkParameters(record, new Date().toISOString());
      // The uuid a file brought (an export of another project), unless a place here has it.
      parameters.push(keptUuid(record.uuid));
      const id = Number(statements.insertPositional.run(parameters).lastInsertRowid);
      insertTranslations([id], [record]);
      changed([id]);
      return id;
    },
    update(id: number, record: PlaceRecord): Place {
      journal?.track('places', id);
      statements.update.run({ id, ...recordParameters(record) });
      translations?.write(id, record.translations);
      changed([id]);
      return this.get(id) as Place;
    },
    /** Places of a category that hold a value (even null) for this custom field. */
    idsWithCustomField(category: string, field: string): number[] {
      return statements.idsWithField.all(category, field).map((row) => row.id);
    },
    setCustomFields(id: number, fields: Place['customFields']): void {
      journal?.track('places', id);
      statements.setCustomFields.run(JSON.stringify(fields), id);
      changed([id]);
    },
    remove(id: number): boolean {
      journal?.trackDelete('places', id);
      const removed = statements.remove.run(id).changes > 0;
      if (removed) changed([id]);
      return removed;
    },
    count(): number {
      return statements.keptCount.get()?.count ?? statements.count.get()?.count ?? 0;
    },
    /** Candidates from the RTree: places of the given categories whose point lies in the box. */
    inBox(box: SearchBox, categories: readonly string[], excludeId = 0): Place[] {
      return statements.inBox
        .all({ ...box, exclude: excludeId, categories: JSON.stringify(categories) })
        .map(rowToPlace);
    },
    /** Full-text search; `query` is an FTS5 query string (see toFtsQuery). */
    search(query: string, limit: number): { place: Place; snippet: string }[] {
      const hits = statements.search
        .all({ query, limit })
        .map((row) => ({ place: rowToPlace(row), snippet: row.snippet }));
      translated(hits.map((hit) => hit.place));
      return hits;
    },
    bounds(): [number, number, number, number] | null {
      const node = statements.rootNode.get()?.data;
      return node ? rtreeNodeBounds(node) : null;
    },
  };
}
export type PlacesRepository = ReturnType<typeof createPlacesRepository>;

/**
 * The union of an R*Tree node's cells (SQLite's format: a 2-byte depth, a 2-byte cell count, then
 * per cell an 8-byte id and minX, maxX, minY, maxY as big-endian 32-bit floats), null when empty.
 */
export function rtreeNodeBounds(node: Uint8Array): [number, number, number, number] | null {
  const view = new DataView(node.buffer, node.byteOffset, node.byteLength);
  const cells = view.getUint16(2);
  if (cells === 0) return null;
  const box: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  for (let cell = 0, at = 4; cell < cells; cell++, at += 24) {
    box[0] = Math.min(box[0], view.getFloat32(at + 8));
    box[2] = Math.max(box[2], view.getFloat32(at + 12));
    box[1] = Math.min(box[1], view.getFloat32(at + 16));
    box[3] = Math.max(box[3], view.getFloat32(at + 20));
  }
  return box;
}
