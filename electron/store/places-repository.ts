import type Database from 'better-sqlite3';
import type { Point } from 'geojson';
import { decodeGeometry, encodeGeometry } from '../../shared/codecs/gpkg-geometry.js';
import type { Place } from '../../shared/model/schemas.js';
import type { SearchBox } from '../../shared/geo/search-box.js';
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

const NOW = "strftime('%Y-%m-%dT%H:%M:%fZ','now')";
/** Below this many rows, suspending the index triggers costs more than it saves. */
const BULK_THRESHOLD = 1000;

export function createPlacesRepository(db: Database.Database) {
  const statements = {
    all: db.prepare<[], PlaceRow>('SELECT * FROM places ORDER BY id'),
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

  return {
    list(): Place[] {
      return statements.all.all().map(rowToPlace);
    },
    get(id: number): Place | undefined {
      const row = statements.byId.get(id);
      return row ? rowToPlace(row) : undefined;
    },
    insert(record: PlaceRecord): Place {
      const result = statements.insert.run(recordParameters(record));
      return this.get(Number(result.lastInsertRowid)) as Place;
    },
    /**
     * Bulk path for imports, inside the caller's transaction. Row-by-row index triggers are
     * suspended (DDL is transactional in SQLite: a failure restores them with everything else);
     * the RTree gets each point's box directly and the full-text index is filled in one pass.
     */
    insertMany(records: readonly PlaceRecord[]): number[] {
      if (!db.inTransaction) throw new Error('insertMany must run inside a transaction');
      if (records.length < BULK_THRESHOLD) return records.map((record) => this.insertFast(record));
      const triggers = statements.indexTriggers.all();
      for (const trigger of triggers) db.exec(`DROP TRIGGER "${trigger.name}"`);
      const ids: number[] = [];
      for (const record of records) {
        const id = Number(statements.insert.run(recordParameters(record)).lastInsertRowid);
        statements.rtreeInsert.run(id, record.longitude, record.longitude, record.latitude, record.latitude);
        ids.push(id);
      }
      statements.searchFill.run(ids[0] ?? 0);
      for (const trigger of triggers) db.exec(trigger.sql);
      return ids;
    },
    /** Bulk path for imports: inserts without reading the row back. */
    insertFast(record: PlaceRecord): number {
      return Number(statements.insert.run(recordParameters(record)).lastInsertRowid);
    },
    update(id: number, record: PlaceRecord): Place {
      statements.update.run({ id, ...recordParameters(record) });
      return this.get(id) as Place;
    },
    remove(id: number): boolean {
      return statements.remove.run(id).changes > 0;
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
