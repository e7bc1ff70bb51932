import type Database from 'better-sqlite3';
import { statementCache } from '../statement-cache.js';
import { fromTransport, quoteIdentifier as q, type SharedTable, type TransportRow } from './shared-tables.js';

// A clone's writes: every row of the workspace into a project that has none, many rows per
// INSERT (one statement call per row costs more than SQLite's own work, as in places-bulk.ts),
// and their bases the same way. Inside the caller's transaction, foreign keys deferred.

const ROWS_PER_STATEMENT = 32;

export function createBulkRows(
  db: Database.Database,
  tableNamed: (name: string) => SharedTable,
  /** Marks a table written (gpkg_contents.last_change), once per pull. */
  written: (name: string) => void,
) {
  const prepare = statementCache(db);

  /**
   * Runs `sql(rows)` for each slice of `items`, binding what `bind` pushes for each; the statement
   * of a full slice is made once (the last slice may be shorter).
   */
  function inSlices<T>(items: readonly T[], sql: (rows: number) => string, bind: (item: T, into: unknown[]) => void) {
    const values: unknown[] = [];
    const full = items.length >= ROWS_PER_STATEMENT ? prepare(sql(ROWS_PER_STATEMENT)) : null;
    for (let start = 0; start < items.length; start += ROWS_PER_STATEMENT) {
      const slice = items.slice(start, start + ROWS_PER_STATEMENT);
      values.length = 0;
      for (const item of slice) bind(item, values);
      (slice.length === ROWS_PER_STATEMENT ? full! : prepare(sql(slice.length))).run(values);
    }
  }

  return {
    /**
     * Inserts rows none of which the project has. Answers the uuids of those whose reference
     * names a row not written yet (a group inside a group written after it): write them again.
     */
    insertRows(name: string, rows: readonly TransportRow[]): string[] {
      const table = tableNamed(name);
      const columns = table.columns;
      if (rows.length > 0) written(name);
      const row = `(?, ${columns
        .map((column) =>
          column.kind === 'reference' ? `(SELECT id FROM ${q(column.references!.table)} WHERE uuid = ?)` : '?',
        )
        .join(', ')})`;
      const head = `INSERT INTO ${q(name)} (uuid, ${columns.map((column) => q(column.name)).join(', ')}) VALUES `;
      inSlices(
        rows,
        (count) => head + Array<string>(count).fill(row).join(', '),
        (item, into) => {
          into.push(item.uuid);
          for (const column of columns) into.push(fromTransport(column, item[column.name] ?? null));
        },
      );
      const unresolved = new Set<string>();
      for (const column of columns.filter((candidate) => candidate.kind === 'reference')) {
        const named = rows.filter((item) => item[column.name] !== null && item[column.name] !== undefined);
        if (named.length === 0) continue;
        const missing = prepare(
          `SELECT uuid FROM ${q(name)} WHERE ${q(column.name)} IS NULL AND uuid IN (SELECT value FROM json_each(?))`,
        )
          .pluck()
          .all(JSON.stringify(named.map((item) => item.uuid))) as string[];
        for (const uuid of missing) unresolved.add(uuid);
      }
      return [...unresolved];
    },
    /** The rows' bases (the workspace's version and image of each). */
    setBases(name: string, bases: readonly { uuid: string; version: number; image: TransportRow }[]): void {
      inSlices(
        bases,
        (count) =>
          `INSERT INTO itinera_sync_base (table_name, uuid, version, image) VALUES ${Array<string>(count)
            .fill('(?, ?, ?, ?)')
            .join(', ')}
           ON CONFLICT (table_name, uuid) DO UPDATE SET version = excluded.version, image = excluded.image`,
        (base, into) => into.push(name, base.uuid, base.version, JSON.stringify(base.image)),
      );
    },
  };
}
