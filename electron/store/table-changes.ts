import type Database from 'better-sqlite3';

// How the project file says that a table changed, and how the app learns of it (live lists).
//
// GeoPackage keeps one row per table in gpkg_contents with `last_change`; every write path of
// Itinera marks the tables it wrote through touch() (the edit path from its journal, the bulk
// paths by name), as GDAL and QGIS do for theirs. Two ways to learn of a change:
// - this connection's own writes: touch() also notes the table in memory, so a change is never
//   missed when two commits fall in the same millisecond (last_change's resolution);
// - another connection's commits (the OpenStreetMap import's worker thread, a second Itinera
//   process, QGIS): `PRAGMA data_version` changes, then last_change tells which tables.

/** table name → last_change, as read from gpkg_contents. */
export type ContentsSnapshot = ReadonlyMap<string, string>;

export function createTableChanges(db: Database.Database) {
  const touchStatement = db.prepare<[string]>(
    "UPDATE gpkg_contents SET last_change = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE table_name = ?",
  );
  const contents = db.prepare<[], { table_name: string; last_change: string }>(
    'SELECT table_name, last_change FROM gpkg_contents',
  );
  const dataVersion = db.prepare<[], number>('PRAGMA data_version').pluck();
  const touched = new Set<string>();

  /**
   * A read that does not wait for another connection's commit: null instead.
   * NOTE: busy_timeout is lifted for it, so watching for changes never blocks the process that
   * answers the UI (for up to busy_timeout) while another connection commits a large write.
   */
  function withoutWaiting<T>(read: () => T): T | null {
    const timeout = db.pragma('busy_timeout', { simple: true }) as number;
    db.pragma('busy_timeout = 0');
    try {
      return read();
    } catch (error) {
      const code = (error as { code?: unknown }).code;
      if (typeof code === 'string' && code.startsWith('SQLITE_BUSY')) return null;
      throw error;
    } finally {
      db.pragma(`busy_timeout = ${timeout}`);
    }
  }

  return {
    /** Records that tables changed (gpkg_contents.last_change), as GeoPackage readers expect. */
    touch(...tables: string[]): void {
      for (const table of tables) {
        touchStatement.run(table);
        touched.add(table);
      }
    },
    /**
     * The tables this connection touched since the last call (a rolled-back transaction's too:
     * reading a list again for nothing is harmless, missing a change is not).
     */
    takeTouched(): string[] {
      const tables = [...touched];
      touched.clear();
      return tables;
    },
    /** Every registered table with its last change; null while another connection commits. */
    snapshot(): ContentsSnapshot | null {
      return withoutWaiting(() => new Map(contents.all().map((row) => [row.table_name, row.last_change])));
    },
    /** Whether this connection is inside a transaction (its marks are not committed yet). */
    inTransaction(): boolean {
      return db.inTransaction;
    },
    /**
     * SQLite's count of commits made by *other* connections (it does not move for this one's);
     * null while another connection commits (try again later).
     */
    dataVersion(): number | null {
      return withoutWaiting(() => dataVersion.get()!);
    },
  };
}
export type TableChanges = ReturnType<typeof createTableChanges>;

/** The tables whose last change differs between two snapshots (added and removed ones too). */
export function changedTables(before: ContentsSnapshot, after: ContentsSnapshot): string[] {
  const changed: string[] = [];
  for (const [table, lastChange] of after) if (before.get(table) !== lastChange) changed.push(table);
  for (const table of before.keys()) if (!after.has(table)) changed.push(table);
  return changed;
}
