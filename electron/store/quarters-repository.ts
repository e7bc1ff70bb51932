import type Database from 'better-sqlite3';
import { decodeGeometry, encodeGeometry } from '../../shared/codecs/gpkg-geometry.js';
import type { PolygonGeometry, Quarter, TranslationChanges } from '../../shared/model/schemas.js';
import type { EditJournal } from './edit-journal.js';
import type { TranslationsRepository } from './translations-repository.js';
import { toBlob } from './sqlite-functions.js';

interface QuarterRow {
  id: number;
  geom: Buffer;
  name: string;
  kind: Quarter['kind'];
  description: string;
  custom_fields: string | null;
}

/** JSON another program wrote badly reads as no attributes rather than breaking the area. */
export function parseCustomFields(text: string | null): Quarter['customFields'] {
  try {
    const parsed: unknown = JSON.parse(text ?? '{}');
    return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Quarter['customFields']) : {};
  } catch {
    return {};
  }
}

function rowToQuarter(row: QuarterRow): Quarter {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind,
    description: row.description,
    customFields: parseCustomFields(row.custom_fields),
    geometry: decodeGeometry(row.geom).geometry as PolygonGeometry,
  };
}

/** An area's stored fields; translations are written language by language (languages not named stay). */
export type QuarterRecord = Omit<Quarter, 'id' | 'translations' | 'customFields'> & {
  translations?: TranslationChanges | undefined;
  /** Attributes from an imported file; areas drawn in the app have none (an update keeps them). */
  customFields?: Quarter['customFields'];
};

export function createQuartersRepository(
  db: Database.Database,
  journal?: EditJournal,
  translations?: TranslationsRepository,
) {
  const statements = {
    all: db.prepare<[], QuarterRow>('SELECT * FROM quarters ORDER BY id'),
    byId: db.prepare<[number], QuarterRow>('SELECT * FROM quarters WHERE id = ?'),
    insert: db.prepare(
      `INSERT INTO quarters (geom, name, kind, description, custom_fields)
       VALUES (@geom, @name, @kind, @description, @customFields)`,
    ),
    update: db.prepare(
      `UPDATE quarters SET geom = @geom, name = @name, kind = @kind, description = @description,
         updated_at = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE id = @id`,
    ),
    remove: db.prepare<[number]>('DELETE FROM quarters WHERE id = ?'),
    count: db.prepare<[], { count: number }>('SELECT count(*) AS count FROM quarters'),
    bounds: db.prepare<[], { west: number | null; south: number | null; east: number | null; north: number | null }>(
      'SELECT min(minx) AS west, min(miny) AS south, max(maxx) AS east, max(maxy) AS north FROM rtree_quarters_geom',
    ),
  };
  return {
    list(): Quarter[] {
      const quarters = statements.all.all().map(rowToQuarter);
      return translations?.attach(quarters) ?? quarters;
    },
    get(id: number): Quarter | undefined {
      const row = statements.byId.get(id);
      if (!row) return undefined;
      const quarter = rowToQuarter(row);
      const texts = translations?.of(id);
      if (texts) quarter.translations = texts;
      return quarter;
    },
    insert(quarter: QuarterRecord): Quarter {
      return this.get(this.insertEncoded(quarter, encodeGeometry(quarter.geometry))) as Quarter;
    },
    /** Adds an area whose geometry is encoded already (an import's worker did it); its id. */
    insertEncoded(quarter: Omit<QuarterRecord, 'geometry'>, geometry: Uint8Array): number {
      const result = statements.insert.run({
        geom: toBlob(geometry),
        name: quarter.name,
        kind: quarter.kind,
        description: quarter.description,
        customFields: JSON.stringify(quarter.customFields ?? {}),
      });
      const id = Number(result.lastInsertRowid);
      journal?.created('quarters', id);
      translations?.write(id, quarter.translations);
      return id;
    },
    update(id: number, quarter: QuarterRecord): Quarter {
      journal?.track('quarters', id);
      statements.update.run({
        id,
        geom: toBlob(encodeGeometry(quarter.geometry)),
        name: quarter.name,
        kind: quarter.kind,
        description: quarter.description,
      });
      translations?.write(id, quarter.translations);
      return this.get(id) as Quarter;
    },
    remove(id: number): boolean {
      journal?.trackDelete('quarters', id);
      return statements.remove.run(id).changes > 0;
    },
    count(): number {
      return statements.count.get()?.count ?? 0;
    },
    bounds(): [number, number, number, number] | null {
      const row = statements.bounds.get();
      if (!row || row.west === null || row.south === null || row.east === null || row.north === null) return null;
      return [row.west, row.south, row.east, row.north];
    },
  };
}
export type QuartersRepository = ReturnType<typeof createQuartersRepository>;
