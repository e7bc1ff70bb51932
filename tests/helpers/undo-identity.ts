import type Database from 'better-sqlite3';
import { IDENTIFIED_TABLES } from '../../electron/store/migrations/0019-stable-identity.js';

/** Makes a project the file an Itinera before migration 0019 wrote: no uuids, no sync tables. */
export function undoStableIdentity(db: Database.Database): void {
  for (const table of IDENTIFIED_TABLES) {
    db.exec(`DROP TRIGGER ${table}_uuid_insert; DROP INDEX ${table}_uuid; ALTER TABLE ${table} DROP COLUMN uuid;`);
  }
  db.exec(`DROP TABLE itinera_sync_state; DROP TABLE itinera_sync_base; DROP TABLE itinera_sync_conflicts;
    DELETE FROM gpkg_contents WHERE table_name LIKE 'itinera_sync_%';
    DELETE FROM itinera_migrations WHERE id >= 19;`);
}
