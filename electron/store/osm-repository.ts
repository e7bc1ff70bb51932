import type Database from 'better-sqlite3';
import type { OsmRule, OsmRuleRecord } from '../../shared/api/osm-rules.js';
import type { UncheckedOsmCategoryRule } from '../../shared/codecs/osm/osm-category-mapping.js';
import type { OsmType } from '../../shared/codecs/osm/osm-entities.js';
import type { EditJournal } from './edit-journal.js';

// OpenStreetMap bookkeeping on top of the places table (migration 0002): which OSM object each
// imported place came from, which of its fields a user edited, and the category mapping table.
// Place rows themselves are written through PlacesRepository (it keeps the indexes current).

/** A stored mapping rule as the table holds it (a user may have edited it into anything). */
export interface StoredOsmCategoryRule extends UncheckedOsmCategoryRule {
  id: number;
  last_count: number | null;
}

const asRule = (row: StoredOsmCategoryRule): OsmRule => ({
  id: row.id,
  key: String(row.key),
  value: String(row.value),
  requires: String(row.requires),
  category: row.category as OsmRule['category'],
  sector: (row.sector ?? null) as OsmRule['sector'],
  priority: Number(row.priority),
  lastCount: row.last_count,
});

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
      'SELECT id, key, value, requires, category, sector, priority, last_count FROM osm_category_mapping ORDER BY id',
    ),
    rule: db.prepare<[number], StoredOsmCategoryRule>(
      'SELECT id, key, value, requires, category, sector, priority, last_count FROM osm_category_mapping WHERE id = ?',
    ),
    ruleByTag: db.prepare<[string, string, string], { id: number }>(
      'SELECT id FROM osm_category_mapping WHERE key = ? AND value = ? AND requires = ?',
    ),
    insertRule: db.prepare<[string, string, string, string, string | null, number]>(
      'INSERT INTO osm_category_mapping (key, value, requires, category, sector, priority) VALUES (?, ?, ?, ?, ?, ?)',
    ),
    updateRule: db.prepare<[string, string | null, number, number]>(
      'UPDATE osm_category_mapping SET category = ?, sector = ?, priority = ? WHERE id = ?',
    ),
    deleteRule: db.prepare<[number]>('DELETE FROM osm_category_mapping WHERE id = ?'),
    // Only rows whose count changes are written: an import that changes nothing leaves the file as it was.
    setCount: db.prepare<[number | null, number, number | null]>(
      'UPDATE osm_category_mapping SET last_count = ? WHERE id = ? AND last_count IS NOT ?',
    ),
    setEditedFields: db.prepare<[string, number]>('UPDATE places SET edited_fields = ? WHERE id = ?'),
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
    /** The rules as the app shows them. */
    listRules(): OsmRule[] {
      return statements.rules.all().map(asRule);
    },
    getRule(id: number): OsmRule | undefined {
      const row = statements.rule.get(id);
      return row ? asRule(row) : undefined;
    },
    /** The rule for this tag and condition, if any (they are unique). */
    ruleIdFor(key: string, value: string, requires: string): number | undefined {
      return statements.ruleByTag.get(key, value, requires)?.id;
    },
    insertRule(rule: OsmRuleRecord): OsmRule {
      const { lastInsertRowid } = statements.insertRule.run(
        rule.key,
        rule.value,
        rule.requires,
        rule.category,
        rule.sector,
        rule.priority,
      );
      const id = Number(lastInsertRowid);
      journal?.created('osm_category_mapping', id);
      return this.getRule(id)!;
    },
    updateRule(id: number, changes: Pick<OsmRuleRecord, 'category' | 'sector' | 'priority'>): OsmRule {
      journal?.track('osm_category_mapping', id);
      statements.updateRule.run(changes.category, changes.sector, changes.priority, id);
      return this.getRule(id)!;
    },
    deleteRule(id: number): boolean {
      journal?.trackDelete('osm_category_mapping', id);
      return statements.deleteRule.run(id).changes > 0;
    },
    /** Stores how many places (or left-out features) each rule took at this import; rules not named get 0. */
    setRuleCounts(counts: ReadonlyMap<number, number>): void {
      for (const row of statements.rules.all())
        statements.setCount.run(counts.get(row.id) ?? 0, row.id, counts.get(row.id) ?? 0);
    },
    /** Replaces the list of fields a user owns on this place (an import linking a place the user made). */
    setEditedFields(placeId: number, fields: readonly string[]): void {
      statements.setEditedFields.run(JSON.stringify([...new Set(fields)].sort()), placeId);
    },
    /**
     * Places something else refers to: links, route stops, group memberships, events, attachments,
     * annotations (every foreign key to places, read from the schema, but the place's own translations).
     */
    referencedPlaceIds(): Set<number> {
      const ids = new Set<number>();
      const tables = db
        .prepare<[], { name: string }>(
          "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'",
        )
        .all();
      for (const { name } of tables) {
        // A place's own texts in further languages go with it; they do not hold it.
        if (name === 'places_translations') continue;
        const keys = db.pragma(`foreign_key_list("${name.replace(/"/g, '""')}")`) as { table: string; from: string }[];
        for (const key of keys.filter((entry) => entry.table === 'places')) {
          const rows = db
            .prepare<[], { id: number | null }>(
              `SELECT DISTINCT "${key.from.replace(/"/g, '""')}" AS id FROM "${name.replace(/"/g, '""')}"`,
            )
            .all();
          for (const row of rows) if (row.id !== null) ids.add(row.id);
        }
      }
      return ids;
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
