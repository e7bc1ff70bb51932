import type Database from 'better-sqlite3';

// The row journal under the single edit path (electron/services/edit-service.ts): while an edit
// runs, every repository write first calls track() on the row it touches, so the journal holds
// each row's image before the edit; at the end it reads the rows again and returns, per changed
// row, the before and after images. Deleting a row also tracks the rows that go with it through
// foreign keys (ON DELETE CASCADE / SET NULL), found from the schema, so undoing the delete of a
// place brings back its links, route stops and memberships too.
// NOTE: this is app-level code on purpose: SQL triggers would be stored in the file and run
// inside QGIS or GDAL too, which have no business writing Itinera's history.

/** A row as SQLite returns it: column -> value (blobs as Buffer). */
export type RowImage = Record<string, unknown>;

export interface JournalEntry {
  table: string;
  rowId: number;
  action: 'create' | 'update' | 'delete';
  /** Columns whose value changed (for an update: without updated_at). */
  changedFields: string[];
  /** The whole row for a delete, only the changed columns for an update, null for a create. */
  before: RowImage | null;
  /** The whole row for a create, only the changed columns for an update, null for a delete. */
  after: RowImage | null;
}

/** Tables whose rows the user edits; their writes are journaled. */
export const JOURNALED_TABLES = [
  'places',
  'quarters',
  'routes',
  'links',
  'route_stops',
  'cluster_groups',
  'group_places',
  'group_quarters',
  'group_routes',
  'events',
  'event_participants',
  'custom_field_definitions',
  // Attachments: the mapping rows and captions are journaled; an attachment's bytes are never
  // copied into the history (attachments-repository.ts inserts the media row untracked).
  'attachments',
  'places_attachments',
  'quarters_attachments',
  'routes_attachments',
  'events_attachments',
  'cluster_groups_attachments',
  'annotations',
  'places_annotations',
  'quarters_annotations',
  'routes_annotations',
  'events_annotations',
  'cluster_groups_annotations',
  // Names and descriptions in further languages (migration 0013).
  'places_translations',
  'quarters_translations',
  'routes_translations',
  'events_translations',
  // The OpenStreetMap category mapping, edited in its dialog.
  'osm_category_mapping',
  // Report snapshots (migration 0017): saving and deleting one are undoable.
  'report_snapshots',
] as const;

/** Columns that record when, not what: they change with every write and never make a change. */
const BOOKKEEPING_COLUMNS = new Set(['updated_at', 'edited_fields', 'last_count']);

interface Dependent {
  table: string;
  column: string;
  onDelete: 'cascade' | 'set null';
}

export function sameValue(a: unknown, b: unknown): boolean {
  if (a instanceof Uint8Array && b instanceof Uint8Array) return Buffer.compare(a, b) === 0;
  return a === b;
}

/** Encodes an image as JSON text for itinera_history (blobs as {"$base64": ...}). */
export function encodeImage(image: RowImage | null): string | null {
  if (!image) return null;
  const plain: Record<string, unknown> = {};
  for (const [column, value] of Object.entries(image)) {
    if (value instanceof Uint8Array) plain[column] = { $base64: Buffer.from(value).toString('base64') };
    else if (typeof value === 'bigint') plain[column] = Number(value);
    else plain[column] = value;
  }
  return JSON.stringify(plain);
}

export function decodeImage(text: string | null): RowImage | null {
  if (text === null) return null;
  return JSON.parse(text, (_key, value: unknown) => {
    if (value && typeof value === 'object' && '$base64' in value) {
      return Buffer.from((value as { $base64: string }).$base64, 'base64');
    }
    return value;
  }) as RowImage;
}

const quoteIdentifier = (name: string) => `"${name.replace(/"/g, '""')}"`;

export function createEditJournal(db: Database.Database, tables: readonly string[] = JOURNALED_TABLES) {
  const known = new Set(tables);
  const selects = new Map<string, Database.Statement<[number], RowImage>>();
  let dependents: Map<string, Dependent[]> | null = null;
  let tracked: Map<string, { table: string; rowId: number; before: RowImage | null }> | null = null;

  function requireKnown(table: string): void {
    if (!known.has(table)) throw new Error(`Table "${table}" is not journaled`);
  }

  function select(table: string): Database.Statement<[number], RowImage> {
    let statement = selects.get(table);
    if (!statement) {
      requireKnown(table);
      statement = db.prepare<[number], RowImage>(`SELECT * FROM ${quoteIdentifier(table)} WHERE id = ?`);
      selects.set(table, statement);
    }
    return statement;
  }

  /** Which journaled tables point at each table, read once from the schema. */
  function dependentsOf(table: string): Dependent[] {
    if (!dependents) {
      dependents = new Map();
      for (const child of known) {
        const keys = db.pragma(`foreign_key_list(${quoteIdentifier(child)})`) as {
          table: string;
          from: string;
          on_delete: string;
        }[];
        for (const key of keys) {
          const action = key.on_delete.toLowerCase();
          if (action !== 'cascade' && action !== 'set null') continue;
          const list = dependents.get(key.table) ?? [];
          list.push({ table: child, column: key.from, onDelete: action });
          dependents.set(key.table, list);
        }
      }
    }
    return dependents.get(table) ?? [];
  }

  const readRow = (table: string, rowId: number): RowImage | null => select(table).get(rowId) ?? null;

  const journal = {
    /** Whether an edit is being recorded (imports write without one: they are not undo steps). */
    get active(): boolean {
      return tracked !== null;
    },
    begin(): void {
      if (tracked) throw new Error('An edit is already being recorded');
      tracked = new Map();
    },
    /** Remembers the row's image before the edit changes it (first call per row wins). */
    track(table: string, rowId: number): void {
      if (!tracked) return;
      const key = `${table}/${rowId}`;
      if (tracked.has(key)) return;
      tracked.set(key, { table, rowId, before: readRow(table, rowId) });
    },
    /** After an insert: the row did not exist before the edit. */
    created(table: string, rowId: number): void {
      if (!tracked) return;
      const key = `${table}/${rowId}`;
      if (!tracked.has(key)) tracked.set(key, { table, rowId, before: null });
    },
    /** Before a delete: the row and every row a foreign key removes or clears with it. */
    trackDelete(table: string, rowId: number): void {
      if (!tracked) return;
      journal.track(table, rowId);
      for (const dependent of dependentsOf(table)) {
        const ids = db
          .prepare<[number], { id: number }>(
            `SELECT id FROM ${quoteIdentifier(dependent.table)} WHERE ${quoteIdentifier(dependent.column)} = ?`,
          )
          .all(rowId);
        for (const { id } of ids) {
          if (dependent.onDelete === 'cascade') journal.trackDelete(dependent.table, id);
          else journal.track(dependent.table, id);
        }
      }
    },
    /** Ends recording: the rows that changed, in the order they were first touched. */
    finish(): JournalEntry[] {
      if (!tracked) throw new Error('No edit is being recorded');
      const entries: JournalEntry[] = [];
      for (const { table, rowId, before } of tracked.values()) {
        const after = readRow(table, rowId);
        if (!before && !after) continue;
        if (!before) {
          entries.push({ table, rowId, action: 'create', changedFields: Object.keys(after!), before: null, after });
        } else if (!after) {
          entries.push({ table, rowId, action: 'delete', changedFields: Object.keys(before), before, after: null });
        } else {
          const changed = Object.keys(after).filter((column) => !sameValue(before[column], after[column]));
          const meaningful = changed.filter((column) => !BOOKKEEPING_COLUMNS.has(column));
          if (meaningful.length === 0) continue;
          const pick = (image: RowImage) => Object.fromEntries(changed.map((column) => [column, image[column]]));
          entries.push({
            table,
            rowId,
            action: 'update',
            changedFields: meaningful,
            before: pick(before),
            after: pick(after),
          });
        }
      }
      tracked = null;
      return entries;
    },
    abort(): void {
      tracked = null;
    },
    readRow,
    /**
     * Whether the row now matches `image` (a whole row, or some columns of it; null = no row):
     * undo and redo refuse to overwrite a row that was changed since by something else.
     */
    matches(table: string, rowId: number, image: RowImage | null, wholeRow: boolean): boolean {
      const current = readRow(table, rowId);
      if (!image || !current) return !image && !current;
      const columns = wholeRow ? Object.keys(current) : Object.keys(image);
      return columns.every(
        (column) => BOOKKEEPING_COLUMNS.has(column) || sameValue(current[column], image[column] ?? null),
      );
    },
    /** Writes an image back (tracked, so undo and redo are journaled edits themselves). */
    write(table: string, rowId: number, image: RowImage | null, wholeRow: boolean): void {
      requireKnown(table);
      const name = quoteIdentifier(table);
      if (!image) {
        journal.trackDelete(table, rowId);
        db.prepare(`DELETE FROM ${name} WHERE id = ?`).run(rowId);
        return;
      }
      journal.track(table, rowId);
      const columns = Object.keys(image).filter((column) => column !== 'id');
      const values = columns.map((column) => image[column]);
      if (wholeRow && !readRow(table, rowId)) {
        const list = ['id', ...columns].map(quoteIdentifier).join(', ');
        const marks = ['?', ...columns.map(() => '?')].join(', ');
        db.prepare(`INSERT INTO ${name} (${list}) VALUES (${marks})`).run(rowId, ...values);
      } else if (columns.length > 0) {
        const assignments = columns.map((column) => `${quoteIdentifier(column)} = ?`).join(', ');
        db.prepare(`UPDATE ${name} SET ${assignments} WHERE id = ?`).run(...values, rowId);
      }
    },
  };
  return journal;
}
export type EditJournal = ReturnType<typeof createEditJournal>;
