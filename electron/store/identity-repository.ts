import type Database from 'better-sqlite3';
import type { IDENTIFIED_TABLES } from './migrations/0019-stable-identity.js';
import { statementCache } from './statement-cache.js';
import { newUuid } from './uuid.js';

// The shared rows' uuids (migration 0019) by id: what an export writes beside each feature, and
// the uuids a file brought along, given back to the rows an import or a GeoPackage export wrote.

export type IdentifiedTable = (typeof IDENTIFIED_TABLES)[number];

/** The tables whose uuids an export carries, by the name the export data uses. */
export const EXPORTED_IDENTITIES = {
  places: 'places',
  quarters: 'quarters',
  routes: 'routes',
  links: 'links',
  groups: 'cluster_groups',
  events: 'events',
} as const satisfies Record<string, IdentifiedTable>;
export type ExportedUuids = Record<keyof typeof EXPORTED_IDENTITIES, Map<number, string>>;

/** A file's uuid for a new row of `table`: `given` when no row has it yet (nor `alsoTaken`), else a new one. */
export function uuidKeeper(db: Database.Database, table: IdentifiedTable) {
  const taken = db.prepare<[string]>(`SELECT 1 FROM "${table}" WHERE uuid = ?`).pluck();
  return (given: string | undefined, alsoTaken?: ReadonlySet<string>): string =>
    given === undefined || alsoTaken?.has(given) || taken.get(given) !== undefined ? newUuid() : given;
}

export function createIdentityRepository(db: Database.Database) {
  const prepare = statementCache(db);
  const uuidsOf = (table: IdentifiedTable) =>
    new Map(prepare(`SELECT id, uuid FROM "${table}"`).raw(true).all() as [number, string][]);
  return {
    uuidsOf,
    /** The uuids of the features an export writes. */
    exported(): ExportedUuids {
      return Object.fromEntries(
        Object.entries(EXPORTED_IDENTITIES).map(([key, table]) => [key, uuidsOf(table)]),
      ) as ExportedUuids;
    },
    /**
     * Gives rows the uuids they had elsewhere (a file, the project an export came from); a uuid
     * another row has already is left (the row keeps its own). Inside the caller's transaction.
     */
    adopt(table: IdentifiedTable, entries: Iterable<readonly [number, string | undefined]>): void {
      const update = prepare(`UPDATE OR IGNORE "${table}" SET uuid = ? WHERE id = ?`);
      for (const [id, uuid] of entries) if (uuid !== undefined) update.run(uuid, id);
    },
  };
}
