import type Database from 'better-sqlite3';
import type { Point } from 'geojson';
import { decodeGeometry, encodeGeometry } from '../../shared/codecs/gpkg-geometry.js';
import type { Place } from '../../shared/model/schemas.js';
import type { SearchBox } from '../../shared/geo/search-box.js';
import type { EditJournal } from './edit-journal.js';
import { packRtree } from './rtree-bulk-load.js';
import { toBlob } from './sqlite-functions.js';

interface PlaceRow {
  id: number;
  geom: Buffer;
  name: string;
  category: Place['category'];
  sector: Place['sector'];
  description: string;
  address: string;
  website: string;
  tags: string;
  custom_fields: string;
  created_at: string;
  updated_at: string;
}

/** A place's stored fields: everything but the id and timestamps. */
export type PlaceRecord = Omit<Place, 'id' | 'createdAt' | 'updatedAt'>;

function parseJson<T>(text: string, fallback: T): T {
  try {
    return JSON.parse(text) as T;
  } catch {
    // NOTE: another tool (QGIS, a script) may have written plain text here; keep the place readable.
    return fallback;
  }
}

function rowToPlace(row: PlaceRow): Place {
  const { geometry } = decodeGeometry(row.geom);
  const coordinates = geometry.type === 'Point' ? geometry.coordinates : [];
  return {
    id: row.id,
    name: row.name,
    category: row.category,
    sector: row.sector ?? null,
    description: row.description,
    address: row.address,
    website: row.website,
    tags: parseJson<string[]>(row.tags, []),
    customFields: parseJson<Place['customFields']>(row.custom_fields, {}),
    longitude: coordinates[0] ?? NaN,
    latitude: coordinates[1] ?? NaN,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

const PLACE_COLUMNS = [
  'id',
  'geom',
  'name',
  'category',
  'sector',
  'description',
  'address',
  'website',
  'tags',
  'custom_fields',
  'created_at',
  'updated_at',
] as const;
type PlaceColumns = [
  number,
  Buffer,
  string,
  Place['category'],
  Place['sector'],
  string,
  string,
  string,
  string,
  string,
  string,
  string,
];

const scratchPosition = { longitude: NaN, latitude: NaN };

/** A raw row straight to a place: no intermediate object, empty tags and fields not parsed. */
function columnsToPlace(row: PlaceColumns): Place {
  const [id, geom, name, category, sector, description, address, website, tags, customFields, createdAt, updatedAt] =
    row;
  readPoint(geom, scratchPosition);
  return {
    id,
    name,
    category,
    sector: sector ?? null,
    description,
    address,
    website,
    tags: tags === '[]' ? [] : parseJson<string[]>(tags, []),
    customFields: customFields === '{}' ? {} : parseJson<Place['customFields']>(customFields, {}),
    longitude: scratchPosition.longitude,
    latitude: scratchPosition.latitude,
    createdAt,
    updatedAt,
  };
}

function recordParameters(record: PlaceRecord) {
  const point: Point = { type: 'Point', coordinates: [record.longitude, record.latitude] };
  return {
    geom: toBlob(encodeGeometry(point)),
    name: record.name,
    category: record.category,
    sector: record.sector,
    description: record.description,
    address: record.address,
    website: record.website,
    tags: JSON.stringify(record.tags),
    custom_fields: JSON.stringify(record.customFields),
  };
}

/** A GeoPackage point blob (no envelope, little-endian, EPSG:4326), as encodeGeometry writes it. */
function pointBlob(longitude: number, latitude: number): Buffer {
  const blob = Buffer.allocUnsafe(29);
  blob.writeUInt32BE(0x47500001, 0); // "GP", version 0, flags: little-endian, no envelope
  blob.writeInt32LE(4326, 4);
  blob.writeUInt8(1, 8); // WKB little-endian
  blob.writeUInt32LE(1, 9); // Point
  blob.writeDoubleLE(longitude, 13);
  blob.writeDoubleLE(latitude, 21);
  return blob;
}

const ENVELOPE_BYTES = [0, 32, 48, 48, 64];

/** Reads a point blob's coordinates without building GeoJSON; NaN for anything but a point. */
export function readPoint(blob: Uint8Array, into: { longitude: number; latitude: number }): void {
  const view = new DataView(blob.buffer, blob.byteOffset, blob.byteLength);
  const flags = blob[3] ?? 0;
  const offset = 8 + (ENVELOPE_BYTES[(flags >> 1) & 7] ?? 0);
  into.longitude = NaN;
  into.latitude = NaN;
  if (flags & 0x10 || blob.byteLength < offset + 21) return;
  const littleEndian = blob[offset] === 1;
  if (view.getUint32(offset + 1, littleEndian) % 1000 !== 1) return;
  into.longitude = view.getFloat64(offset + 5, littleEndian);
  into.latitude = view.getFloat64(offset + 13, littleEndian);
}

/** Positional parameters for the bulk insert; empty tags and fields skip JSON.stringify. */
function bulkParameters(record: PlaceRecord, now: string): unknown[] {
  return [
    pointBlob(record.longitude, record.latitude),
    record.name,
    record.category,
    record.sector,
    record.description,
    record.address,
    record.website,
    record.tags.length === 0 ? '[]' : JSON.stringify(record.tags),
    Object.keys(record.customFields).length === 0 ? '{}' : JSON.stringify(record.customFields),
    now,
    now,
  ];
}

/** Every point of the places table in columns: what in-memory spatial indexes are built from. */
export interface PlacePoints {
  ids: Float64Array;
  longitudes: Float64Array;
  latitudes: Float64Array;
  categories: string[];
  /** With `points({ summaries: true })`: each place's name and sector, for lean answers. */
  names?: string[];
  sectors?: (string | null)[];
  length: number;
}

/** Who changed which places (ids), or 'all' after a bulk write: keeps derived indexes current. */
export type PlacesChangeListener = (ids: readonly number[] | 'all') => void;

const NOW = "strftime('%Y-%m-%dT%H:%M:%fZ','now')";
/** Bulk page cache (KiB, as a negative cache_size): the import's pages stay in memory until commit. */
const BULK_CACHE_KIB = 256 * 1024;
/** Below this many rows, suspending the index triggers costs more than it saves. */
const BULK_THRESHOLD = 1000;

export function createPlacesRepository(db: Database.Database, journal?: EditJournal) {
  const statements = {
    byId: db.prepare<[number], PlaceRow>('SELECT * FROM places WHERE id = ?'),
    insert: db.prepare(
      `INSERT INTO places (geom, name, category, sector, description, address, website, tags, custom_fields)
       VALUES (@geom, @name, @category, @sector, @description, @address, @website, @tags, @custom_fields)`,
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
    indexTriggers: db.prepare<[], { name: string; sql: string }>(
      "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name IN ('rtree_places_geom_insert', 'places_search_insert')",
    ),
    insertPositional: db.prepare(
      `INSERT INTO places (geom, name, category, sector, description, address, website, tags, custom_fields, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    rtreeEntries: db.prepare<[], [number, number, number, number, number]>(
      'SELECT id, minx, maxx, miny, maxy FROM rtree_places_geom',
    ),
    rtreeCount: db.prepare<[], { count: number }>('SELECT count(*) AS count FROM rtree_places_geom_rowid'),
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
    rtreeInsert: db.prepare<[number, number, number, number, number]>(
      'INSERT INTO rtree_places_geom VALUES (?, ?, ?, ?, ?)',
    ),
    searchFill: db.prepare<[number]>(
      `INSERT INTO places_search (rowid, name, description, address, tags)
       SELECT id, name, description, address, tags FROM places WHERE id >= ?`,
    ),
    bounds: db.prepare<[], { west: number | null; south: number | null; east: number | null; north: number | null }>(
      'SELECT min(minx) AS west, min(miny) AS south, max(maxx) AS east, max(maxy) AS north FROM rtree_places_geom',
    ),
  };

  statements.rtreeEntries.raw(true);
  statements.points.raw(true);
  statements.pointsWithSummaries.raw(true);
  statements.byIds.raw(true);
  statements.allColumns.raw(true);
  const listeners = new Set<PlacesChangeListener>();
  const changed = (ids: readonly number[] | 'all') => {
    for (const listener of listeners) listener(ids);
  };

  /** Ids and boxes of everything the RTree holds now plus the new points (for packing). */
  function packedEntries(ids: readonly number[], records: readonly PlaceRecord[], existing: number) {
    const length = existing + ids.length;
    const entries = {
      ids: new Float64Array(length),
      minX: new Float64Array(length),
      maxX: new Float64Array(length),
      minY: new Float64Array(length),
      maxY: new Float64Array(length),
      length,
    };
    let index = 0;
    if (existing > 0) {
      for (const [id, minX, maxX, minY, maxY] of statements.rtreeEntries.iterate()) {
        entries.ids[index] = id;
        entries.minX[index] = minX;
        entries.maxX[index] = maxX;
        entries.minY[index] = minY;
        entries.maxY[index] = maxY;
        index++;
      }
    }
    records.forEach((record, position) => {
      entries.ids[index] = ids[position]!;
      entries.minX[index] = entries.maxX[index] = record.longitude;
      entries.minY[index] = entries.maxY[index] = record.latitude;
      index++;
    });
    entries.length = index;
    return entries;
  }

  return {
    /** Called after every write through this repository (inside the writer's transaction). */
    onChange(listener: PlacesChangeListener): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    /** Changes whenever another connection commits to the file (PRAGMA data_version). */
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
      return ids.length === 0 ? [] : statements.byIds.all(JSON.stringify(ids)).map(columnsToPlace);
    },
    list(): Place[] {
      return statements.allColumns.all().map(columnsToPlace);
    },
    get(id: number): Place | undefined {
      const row = statements.byId.get(id);
      return row ? rowToPlace(row) : undefined;
    },
    /** For writes made around the repository (undo, redo): keeps derived indexes current. */
    markChanged(ids: readonly number[]): void {
      if (ids.length > 0) changed(ids);
    },
    insert(record: PlaceRecord): Place {
      const result = statements.insert.run(recordParameters(record));
      journal?.created('places', Number(result.lastInsertRowid));
      changed([Number(result.lastInsertRowid)]);
      return this.get(Number(result.lastInsertRowid)) as Place;
    },
    /**
     * Bulk path for imports, inside the caller's transaction. Row-by-row index triggers are
     * suspended (DDL is transactional in SQLite: a failure restores them with everything else);
     * the RTree is packed from all its entries when the import at least doubles it (see
     * rtree-bulk-load.ts), else gets each new point's box directly; the full-text index is filled
     * in one pass. A larger page cache keeps the import's pages in memory until the commit.
     */
    insertMany(records: readonly PlaceRecord[]): number[] {
      if (!db.inTransaction) throw new Error('insertMany must run inside a transaction');
      if (records.length < BULK_THRESHOLD) return records.map((record) => this.insertFast(record));
      const triggers = statements.indexTriggers.all();
      const cacheSize = db.pragma('cache_size', { simple: true }) as number;
      db.pragma(`cache_size = -${BULK_CACHE_KIB}`);
      try {
        for (const trigger of triggers) db.exec(`DROP TRIGGER "${trigger.name}"`);
        const existing = statements.rtreeCount.get()?.count ?? 0;
        const ids: number[] = new Array<number>(records.length);
        // One timestamp for the whole import (the format of strftime('%Y-%m-%dT%H:%M:%fZ')).
        const now = new Date().toISOString();
        records.forEach((record, index) => {
          ids[index] = Number(statements.insertPositional.run(bulkParameters(record, now)).lastInsertRowid);
        });
        if (records.length >= existing) {
          packRtree(db, 'rtree_places_geom', packedEntries(ids, records, existing));
        } else {
          records.forEach((record, index) =>
            statements.rtreeInsert.run(
              ids[index]!,
              record.longitude,
              record.longitude,
              record.latitude,
              record.latitude,
            ),
          );
        }
        statements.searchFill.run(ids[0] ?? 0);
        for (const trigger of triggers) db.exec(trigger.sql);
        changed('all');
        return ids;
      } finally {
        db.pragma(`cache_size = ${cacheSize}`);
      }
    },
    /** Bulk path for imports: inserts without reading the row back. */
    insertFast(record: PlaceRecord): number {
      const id = Number(
        statements.insertPositional.run(bulkParameters(record, new Date().toISOString())).lastInsertRowid,
      );
      changed([id]);
      return id;
    },
    update(id: number, record: PlaceRecord): Place {
      journal?.track('places', id);
      statements.update.run({ id, ...recordParameters(record) });
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
      return statements.count.get()?.count ?? 0;
    },
    /** Candidates from the RTree: places of the given categories whose point lies in the box. */
    inBox(box: SearchBox, categories: readonly string[], excludeId = 0): Place[] {
      return statements.inBox
        .all({ ...box, exclude: excludeId, categories: JSON.stringify(categories) })
        .map(rowToPlace);
    },
    /** Full-text search; `query` is an FTS5 query string (see toFtsQuery). */
    search(query: string, limit: number): { place: Place; snippet: string }[] {
      return statements.search.all({ query, limit }).map((row) => ({ place: rowToPlace(row), snippet: row.snippet }));
    },
    bounds(): [number, number, number, number] | null {
      const row = statements.bounds.get();
      if (!row || row.west === null || row.south === null || row.east === null || row.north === null) return null;
      return [row.west, row.south, row.east, row.north];
    },
  };
}
export type PlacesRepository = ReturnType<typeof createPlacesRepository>;
