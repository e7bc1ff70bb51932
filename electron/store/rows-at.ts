import type Database from 'better-sqlite3';
import { decodeImage, type RowImage } from './edit-journal.js';

// The rows of some tables as they stood at an earlier moment, rebuilt from the edit history
// (itinera_history's before images): start from the rows now and undo, newest first, every row
// change of every operation (edits, undos, redos) recorded after that moment.
// NOTE: only journaled writes can be undone this way. Imports are not edits; rows they added
// after the moment are left out by their created_at, but what an import changed in existing rows
// (an OSM re-import's new category) cannot be told apart and counts as it is now.

/** The tables a report needs; each has an INTEGER id, and those with created_at say when a row came. */
export const REWOUND_TABLES = ['places', 'links', 'quarters', 'events', 'event_participants'] as const;
export type RewoundTable = (typeof REWOUND_TABLES)[number];
const WITH_CREATED_AT = new Set<RewoundTable>(['places', 'links', 'quarters', 'events']);

interface HistoryRow {
  table_name: RewoundTable;
  row_id: number;
  action: 'create' | 'update' | 'delete';
  before: string | null;
}

export function createRowsAt(db: Database.Database) {
  const current = Object.fromEntries(
    REWOUND_TABLES.map((table) => [table, db.prepare<[], RowImage>(`SELECT * FROM ${table}`)]),
  ) as Record<RewoundTable, Database.Statement<[], RowImage>>;
  const placeholders = REWOUND_TABLES.map(() => '?').join(', ');
  const history = db.prepare<string[], HistoryRow>(
    `SELECT h.table_name, h.row_id, h.action, h.before FROM itinera_history AS h
     JOIN itinera_operations AS o ON o.id = h.operation_id
     WHERE o.created_at > ? AND h.table_name IN (${placeholders})
     ORDER BY h.id DESC`,
  );
  const earliest = db.prepare<[], { at: string | null }>('SELECT min(created_at) AS at FROM itinera_operations');

  return {
    /** When the oldest operation of the history was recorded (null without history). */
    historySince(): string | null {
      return earliest.get()?.at ?? null;
    },
    /** The rows of each table at `at` (ISO date and time, UTC, as created_at is written), by id. */
    read(at: string): Record<RewoundTable, Map<number, RowImage>> {
      return db.transaction(() => {
        const rows = Object.fromEntries(
          REWOUND_TABLES.map((table) => [
            table,
            new Map(current[table].all().map((row) => [Number(row['id']), row] as const)),
          ]),
        ) as Record<RewoundTable, Map<number, RowImage>>;
        for (const change of history.iterate(at, ...REWOUND_TABLES)) {
          const table = rows[change.table_name];
          if (change.action === 'create') table.delete(change.row_id);
          else if (change.action === 'delete') table.set(change.row_id, decodeImage(change.before)!);
          else {
            const row = table.get(change.row_id);
            if (row) table.set(change.row_id, { ...row, ...decodeImage(change.before) });
          }
        }
        for (const table of WITH_CREATED_AT)
          for (const [id, row] of rows[table]) if (String(row['created_at']) > at) rows[table].delete(id);
        return rows;
      })();
    },
  };
}
export type RowsAt = ReturnType<typeof createRowsAt>;
