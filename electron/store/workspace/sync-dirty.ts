import type Database from 'better-sqlite3';
import { quoteIdentifier as q, type SharedTable } from './shared-tables.js';

// Which shared rows may differ from their base (changed since they were last synced), kept by
// triggers from the first sync on, so "changes waiting" compares those rows only instead of every
// row of the project (2 s at 100,000 places, on every edit). The triggers are plain SQL: an edit
// QGIS or GDAL makes is marked too. A project that never syncs has neither table nor triggers.
// The push still compares every row (the marks only count what waits).

const TABLE = 'itinera_sync_dirty';
const EVENTS = ['insert', 'update', 'delete'] as const;
const triggerName = (table: string, event: string) => `${TABLE}_${table}_${event}`;

function triggerSql(table: string, event: (typeof EVENTS)[number]): string {
  const mark = (row: 'NEW' | 'OLD') =>
    `INSERT OR IGNORE INTO ${TABLE} (table_name, uuid) SELECT '${table}', ${row}.uuid WHERE ${row}.uuid IS NOT NULL;`;
  const body = event === 'insert' ? mark('NEW') : event === 'delete' ? mark('OLD') : `${mark('NEW')} ${mark('OLD')}`;
  // NOTE: a row inserted without a uuid gets one from its uuid trigger's UPDATE: marked then.
  return `CREATE TRIGGER IF NOT EXISTS ${q(triggerName(table, event))} AFTER ${event.toUpperCase()} ON ${q(table)}
BEGIN ${body} END`;
}

export function createSyncDirty(db: Database.Database, tables: () => SharedTable[]) {
  const exists = () =>
    db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").pluck().get(TABLE) !== undefined;
  return {
    /** Whether the marks are kept (a project that synced before they existed has none yet). */
    tracking(): boolean {
      if (!exists()) return false;
      const names = tables().flatMap((table) => EVENTS.map((event) => triggerName(table.name, event)));
      const found = db
        .prepare(
          "SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name IN (SELECT value FROM json_each(?))",
        )
        .pluck()
        .get(JSON.stringify(names)) as number;
      return found === names.length;
    },
    /** Starts keeping the marks: the table (a GeoPackage attributes table) and the triggers. */
    track(): void {
      if (!exists()) {
        db.exec(`CREATE TABLE ${TABLE} (
  id INTEGER PRIMARY KEY,
  table_name TEXT NOT NULL,
  uuid TEXT NOT NULL,
  UNIQUE (table_name, uuid)
)`);
        db.prepare(
          "INSERT OR IGNORE INTO gpkg_contents (table_name, data_type, identifier, description) VALUES (?, 'attributes', ?, ?)",
        ).run(TABLE, TABLE, 'Shared rows changed since they were last synced with the workspace');
      }
      for (const table of tables()) for (const event of EVENTS) db.exec(triggerSql(table.name, event));
    },
    /** Marks rows (found changed by comparing every row, when the marks start). */
    mark(rows: Iterable<{ table: string; uuid: string }>): void {
      const insert = db.prepare(`INSERT OR IGNORE INTO ${TABLE} (table_name, uuid) VALUES (?, ?)`);
      for (const row of rows) insert.run(row.table, row.uuid);
    },
    /** The marked rows' uuids, by table. */
    marked(): Map<string, string[]> {
      const marked = new Map<string, string[]>();
      const rows = db.prepare(`SELECT table_name, uuid FROM ${TABLE}`).raw(true).all() as [string, string][];
      for (const [table, uuid] of rows) {
        const list = marked.get(table) ?? [];
        list.push(uuid);
        marked.set(table, list);
      }
      return marked;
    },
    /** Unmarks rows that are as they were last synced. */
    unmark(table: string, uuids: readonly string[]): void {
      db.prepare(`DELETE FROM ${TABLE} WHERE table_name = ? AND uuid IN (SELECT value FROM json_each(?))`).run(
        table,
        JSON.stringify(uuids),
      );
    },
  };
}
export type SyncDirty = ReturnType<typeof createSyncDirty>;
