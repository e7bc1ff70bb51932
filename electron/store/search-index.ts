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

const SEARCH_TABLE = `CREATE VIRTUAL TABLE places_search USING fts5(
  name, description, address, tags,
  content='places', content_rowid='id', tokenize='unicode61 remove_diacritics 2'
)`;
const SHADOW_TABLES = ['places_search_data', 'places_search_idx', 'places_search_docsize', 'places_search_config'];
/** Places read per statement while the index is built aside (each read holds the file briefly). */
const CHUNK = 20_000;
const ATTEMPTS = 3;

/**
 * Builds a pending index and restores its triggers; answers how many places it indexed (0 when
 * none was pending). `inTransaction` runs in the transaction that writes the index (marks).
 *
 * NOTE: the index is built aside, in an in-memory database, from the places read in short
 * statements, then copied into the file's index tables (FTS5's shadow tables) in one short write
 * transaction. Building it in place would hold the file's write lock for seconds at a million
 * places, and every edit meanwhile (the app, another import) would wait or fail as busy. If
 * another connection committed while the places were being read, it starts again; after a few
 * tries, or when the file's index is not the one Itinera creates, it builds in place.
 */
export function buildSearchIndex(db: Database.Database, inTransaction: () => void = () => {}): number {
  if (db.inTransaction) throw new Error('buildSearchIndex runs its own transactions');
  if (!isSearchIndexPending(db)) return 0;
  const table = db.prepare("SELECT sql FROM sqlite_master WHERE name = 'places_search'").pluck().get();
  if (table === SEARCH_TABLE) {
    db.exec("ATTACH ':memory:' AS search_aside");
    try {
      for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
        const built = buildAside(db, inTransaction);
        if (built !== null) return built;
      }
    } finally {
      db.exec('DETACH search_aside');
    }
  }
  return db
    .transaction(() => {
      if (!isSearchIndexPending(db)) return 0;
      db.exec("INSERT INTO places_search(places_search) VALUES ('delete-all')");
      const { changes } = db
        .prepare(
          `INSERT INTO places_search (rowid, name, description, address, tags)
         SELECT id, name, description, address, tags FROM places`,
        )
        .run();
      restoreTriggers(db);
      inTransaction();
      return changes;
    })
    .immediate();
}

/** One try at building aside; null when another connection committed meanwhile. */
function buildAside(db: Database.Database, inTransaction: () => void): number | null {
  const dataVersion = db.prepare('PRAGMA main.data_version').pluck();
  db.exec('DROP TABLE IF EXISTS search_aside.places_search');
  db.exec(SEARCH_TABLE.replace('TABLE places_search', 'TABLE search_aside.places_search'));
  const version = dataVersion.get();
  const bound = db.prepare<[number, number], number>(
    'SELECT id FROM main.places WHERE id > ? ORDER BY id LIMIT 1 OFFSET ?',
  );
  const fill = db.prepare<[number, number]>(
    `INSERT INTO search_aside.places_search (rowid, name, description, address, tags)
     SELECT id, name, description, address, tags FROM main.places WHERE id > ? AND id <= ? ORDER BY id`,
  );
  let last = -Infinity;
  let indexed = 0;
  for (;;) {
    const upper = (bound.pluck().get(last, CHUNK - 1) as number | undefined) ?? Infinity;
    indexed += fill.run(last, upper).changes;
    if (upper === Infinity) break;
    last = upper;
  }
  return db
    .transaction(() => {
      if (!isSearchIndexPending(db)) return 0;
      if (dataVersion.get() !== version) return null;
      db.unsafeMode(true);
      try {
        for (const shadow of SHADOW_TABLES)
          db.exec(`DELETE FROM main."${shadow}"; INSERT INTO main."${shadow}" SELECT * FROM search_aside."${shadow}";`);
      } finally {
        db.unsafeMode(false);
      }
      restoreTriggers(db);
      inTransaction();
      return indexed;
    })
    .immediate();
}

function restoreTriggers(db: Database.Database): void {
  for (const trigger of SEARCH_TRIGGERS) {
    db.exec(`DROP TRIGGER IF EXISTS "${trigger.name}"`);
    db.exec(trigger.sql);
  }
}
