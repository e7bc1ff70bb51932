import type Database from 'better-sqlite3';

// The full-text index of places (places_search, FTS5 over the places table) is kept current by
// three triggers. A large import leaves it to be built after its commit instead (filling it is as
// much work as writing the places): it drops the triggers in its transaction, and the index is
// *pending* while they are missing. Then nothing reads or updates the index (search says it is
// still being built), whatever else writes to the places (Itinera, QGIS), until buildSearchIndex
// fills it from the places table as they are and puts the triggers back, in one transaction.

const INSERT_TRIGGER = 'places_search_insert';

/** The triggers exactly as migration 0001 creates them. */
export const SEARCH_TRIGGERS: readonly { name: string; sql: string }[] = [
  {
    name: INSERT_TRIGGER,
    sql: `CREATE TRIGGER places_search_insert AFTER INSERT ON places BEGIN
  INSERT INTO places_search(rowid, name, description, address, tags)
    VALUES (new.id, new.name, new.description, new.address, new.tags);
END`,
  },
  {
    name: 'places_search_delete',
    sql: `CREATE TRIGGER places_search_delete AFTER DELETE ON places BEGIN
  INSERT INTO places_search(places_search, rowid, name, description, address, tags)
    VALUES ('delete', old.id, old.name, old.description, old.address, old.tags);
END`,
  },
  {
    name: 'places_search_update',
    sql: `CREATE TRIGGER places_search_update AFTER UPDATE OF name, description, address, tags ON places BEGIN
  INSERT INTO places_search(places_search, rowid, name, description, address, tags)
    VALUES ('delete', old.id, old.name, old.description, old.address, old.tags);
  INSERT INTO places_search(rowid, name, description, address, tags)
    VALUES (new.id, new.name, new.description, new.address, new.tags);
END`,
  },
];

export function isSearchIndexPending(db: Database.Database): boolean {
  return !db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'trigger' AND name = ?").get(INSERT_TRIGGER);
}

/** Leaves the index to be built (inside the caller's transaction). */
export function suspendSearchIndex(db: Database.Database): void {
  if (!db.inTransaction) throw new Error('suspendSearchIndex must run inside a transaction');
  for (const trigger of SEARCH_TRIGGERS) db.exec(`DROP TRIGGER IF EXISTS "${trigger.name}"`);
}

/**
 * Builds a pending index from the places table and restores its triggers, inside the caller's
 * transaction; answers how many places it indexed (0 and nothing done when none was pending).
 */
export function buildSearchIndex(db: Database.Database): number {
  if (!db.inTransaction) throw new Error('buildSearchIndex must run inside a transaction');
  if (!isSearchIndexPending(db)) return 0;
  db.exec("INSERT INTO places_search(places_search) VALUES ('delete-all')");
  const { changes } = db
    .prepare(
      `INSERT INTO places_search (rowid, name, description, address, tags)
       SELECT id, name, description, address, tags FROM places`,
    )
    .run();
  for (const trigger of SEARCH_TRIGGERS) {
    db.exec(`DROP TRIGGER IF EXISTS "${trigger.name}"`);
    db.exec(trigger.sql);
  }
  return changes;
}
