import type Database from 'better-sqlite3';
import type { CustomFieldDefinition } from '../../shared/model/schemas.js';
import type { EditJournal } from './edit-journal.js';

// Custom field definitions per category (migration 0005). Values live in places.custom_fields.

interface DefinitionRow {
  id: number;
  category: CustomFieldDefinition['category'];
  name: string;
  type: CustomFieldDefinition['type'];
  options: string;
  position: number;
}

function parseOptions(text: string): string[] {
  try {
    const value: unknown = JSON.parse(text);
    return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
  } catch {
    return [];
  }
}

const toDefinition = (row: DefinitionRow): CustomFieldDefinition => ({
  id: row.id,
  category: row.category,
  name: row.name,
  type: row.type,
  options: parseOptions(row.options),
  position: row.position,
});

export type DefinitionRecord = Omit<CustomFieldDefinition, 'id'>;

export function createCustomFieldsRepository(db: Database.Database, journal?: EditJournal) {
  const statements = {
    all: db.prepare<[], DefinitionRow>('SELECT * FROM custom_field_definitions ORDER BY category, position, id'),
    byId: db.prepare<[number], DefinitionRow>('SELECT * FROM custom_field_definitions WHERE id = ?'),
    forCategory: db.prepare<[string], DefinitionRow>(
      'SELECT * FROM custom_field_definitions WHERE category = ? ORDER BY position, id',
    ),
    nextPosition: db.prepare<[string], { next: number }>(
      'SELECT coalesce(max(position), -1) + 1 AS next FROM custom_field_definitions WHERE category = ?',
    ),
    insert: db.prepare(
      `INSERT INTO custom_field_definitions (category, name, type, options, position)
       VALUES (@category, @name, @type, @options, @position)`,
    ),
    update: db.prepare(
      `UPDATE custom_field_definitions SET name = @name, options = @options, position = @position,
         updated_at = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE id = @id`,
    ),
    remove: db.prepare<[number]>('DELETE FROM custom_field_definitions WHERE id = ?'),
  };
  return {
    list(): CustomFieldDefinition[] {
      return statements.all.all().map(toDefinition);
    },
    forCategory(category: string): CustomFieldDefinition[] {
      return statements.forCategory.all(category).map(toDefinition);
    },
    get(id: number): CustomFieldDefinition | undefined {
      const row = statements.byId.get(id);
      return row ? toDefinition(row) : undefined;
    },
    insert(definition: Omit<DefinitionRecord, 'position'>): CustomFieldDefinition {
      const position = statements.nextPosition.get(definition.category)?.next ?? 0;
      const id = Number(
        statements.insert.run({ ...definition, options: JSON.stringify(definition.options), position }).lastInsertRowid,
      );
      journal?.created('custom_field_definitions', id);
      return this.get(id) as CustomFieldDefinition;
    },
    update(id: number, definition: Pick<DefinitionRecord, 'name' | 'options' | 'position'>): CustomFieldDefinition {
      journal?.track('custom_field_definitions', id);
      statements.update.run({ id, ...definition, options: JSON.stringify(definition.options) });
      return this.get(id) as CustomFieldDefinition;
    },
    remove(id: number): boolean {
      journal?.trackDelete('custom_field_definitions', id);
      return statements.remove.run(id).changes > 0;
    },
  };
}
export type CustomFieldsRepository = ReturnType<typeof createCustomFieldsRepository>;
