import type Database from 'better-sqlite3';
import type { UncheckedOsmCategoryRule } from '../../shared/codecs/osm/osm-category-mapping.js';
import type { OsmType } from '../../shared/codecs/osm/osm-entities.js';
import type { EditJournal } from './edit-journal.js';

// OpenStreetMap bookkeeping on top of the places table (migration 0002): which OSM object each
// imported place came from, which of its fields a user edited, and the category mapping table.
// Place rows themselves are written through PlacesRepository (it keeps the indexes current).

/** A stored mapping rule as the table holds it (a user may have edited it into anything). */
export interface StoredOsmCategoryRule extends UncheckedOsmCategoryRule {
  id: number;
}

export interface OsmIdentity {
  placeId: number;
  osmType: OsmType;
  osmId: number;
  editedFields: string[];
}

function parseEdited(text: string): string[] {
  try {
    const value: unknown = JSON.parse(text);
    return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
  } catch {
    return [];
  }
}

export function createOsmRepository(db: Database.Database, journal?: EditJournal) {
  const statements = {
    rules: db.prepare<[], StoredOsmCategoryRule>(
      'SELECT id, key, value, requires, category, sector, priority FROM osm_category_mapping ORDER BY id',
    ),
    identities: db.prepare<[], { id: number; osm_type: OsmType; osm_id: number; edited_fields: string }>(
      'SELECT id, osm_type, osm_id, edited_fields FROM places WHERE osm_id IS NOT NULL',
    ),
    setIdentity: db.prepare<[OsmType, number, number]>('UPDATE places SET osm_type = ?, osm_id = ? WHERE id = ?'),
    edited: db.prepare<[number], { edited_fields: string }>('SELECT edited_fields FROM places WHERE id = ?'),
    setEdited: db.prepare<[string, number]>('UPDATE places SET edited_fields = ? WHERE id = ?'),
  };
  return {
    /** The category mapping rules, in id order (unchecked: see ruleProblem). */
    rules(): StoredOsmCategoryRule[] {
      return statements.rules.all();
    },
    /** Every place that came from OSM, keyed "type/id" (e.g. "node/123"). */
    identities(): Map<string, OsmIdentity> {
      const map = new Map<string, OsmIdentity>();
      for (const row of statements.identities.iterate()) {
        map.set(`${row.osm_type}/${row.osm_id}`, {
          placeId: row.id,
          osmType: row.osm_type,
          osmId: row.osm_id,
          editedFields: parseEdited(row.edited_fields),
        });
      }
      return map;
    },
    setIdentity(placeId: number, osmType: OsmType, osmId: number): void {
      statements.setIdentity.run(osmType, osmId, placeId);
    },
    /** Adds to the fields a user edited on this place; writes only when the list grows. */
    markEdited(placeId: number, fields: readonly string[]): void {
      if (fields.length === 0) return;
      const row = statements.edited.get(placeId);
      if (!row) return;
      const current = parseEdited(row.edited_fields);
      const merged = [...new Set([...current, ...fields])].sort();
      if (merged.length === current.length) return;
      journal?.track('places', placeId);
      statements.setEdited.run(JSON.stringify(merged), placeId);
    },
    editedFields(placeId: number): string[] {
      const row = statements.edited.get(placeId);
      return row ? parseEdited(row.edited_fields) : [];
    },
  };
}
export type OsmRepository = ReturnType<typeof createOsmRepository>;
