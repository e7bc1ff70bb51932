import type { ProjectStore } from '../../store/project-store.js';
import type { ServerRow } from '../../store/workspace/pg-rows.js';
import { mergeRow } from './merge.js';

// A pull's (and a push's) merge into the project: the workspace's rows, each merged with the
// project's row and their base (merge.ts), in one transaction; a clone writes them as they are.

/** Rows of the workspace to merge into the project: per table, uuid -> who changed it last. */
export type RowsToSettle = Map<string, Map<string, string>>;

/** Places a pull writes from which the search index is built after it (as after a large import). */
const DEFER_SEARCH_INDEX = 10_000;

export function createSettle(store: ProjectStore) {
  const repository = store.workspace;
  const tables = () => repository.tables();

  /**
   * Merges the workspace's rows into the project, in one transaction; answers the rows written.
   * `cloned`: the project has no shared row yet, so every row is written as it is, many at once.
   */
  function settle(
    rows: RowsToSettle,
    server: Map<string, Map<string, ServerRow>>,
    after?: () => void,
    cloned = false,
  ): number {
    const now = new Date().toISOString();
    let written = 0;
    const restore = repository.begin();
    try {
      store.transaction(() => {
        store.deferForeignKeys();
        const many = (server.get('places')?.size ?? 0) >= DEFER_SEARCH_INDEX;
        if (many) repository.deferSearchIndex();
        const packPlaces = many ? repository.deferPlacesIndex() : null;
        const retry: [string, ServerRow][] = [];
        const ordered = tables();
        // Deletions first, children before parents; then the rest, parents before children.
        for (const deletions of [true, false]) {
          for (const table of deletions ? [...ordered].reverse() : ordered) {
            const who = rows.get(table.name);
            if (!who || who.size === 0) continue;
            const found = server.get(table.name) ?? new Map<string, ServerRow>();
            const uuids = [...who.keys()].filter((uuid) => found.has(uuid) !== deletions);
            if (uuids.length === 0) continue;
            if (cloned) {
              written += cloneRows(table.name, uuids, found, retry);
              continue;
            }
            const locals = repository.rows(table.name, uuids);
            const bases = repository.base(table.name, uuids);
            for (const uuid of uuids) {
              const row = found.get(uuid) ?? null;
              if (row && !locals.has(uuid)) {
                // The same membership, translation or OpenStreetMap place made here too.
                const previous = repository.adoptSameKey(table.name, row.row);
                if (previous) {
                  repository.setBase(table.name, previous, null);
                  locals.set(uuid, repository.rows(table.name, [uuid]).get(uuid)!);
                }
              }
              const local = locals.get(uuid) ?? null;
              const base = bases.get(uuid) ?? null;
              const outcome = mergeRow(table, base, local, row);
              if (outcome.base !== 'keep') repository.setBase(table.name, uuid, outcome.base);
              else if (row) repository.setBase(table.name, uuid, { version: row.version, image: base!.image });
              for (const conflict of outcome.conflicts) {
                repository.addConflict({
                  table: table.name,
                  uuid,
                  ...conflict,
                  theirsBy: who.get(uuid) ?? '',
                  detectedAt: now,
                });
              }
              if (outcome.write === 'none') continue;
              written++;
              if (outcome.write === null) repository.write(table.name, uuid, null);
              else if (repository.write(table.name, uuid, outcome.write.row, outcome.write.fields))
                retry.push([table.name, row!]);
            }
          }
        }
        // References to rows written later in this pull (a group inside a new group).
        for (const [table, row] of retry) repository.write(table, row.row.uuid as string, row.row);
        packPlaces?.();
        after?.();
      });
    } finally {
      restore();
    }
    return written;
  }

  /** A clone's rows of one table: written and given their bases many at a time (bulk-rows.ts). */
  function cloneRows(name: string, uuids: string[], found: Map<string, ServerRow>, retry: [string, ServerRow][]) {
    const rows = uuids.map((uuid) => found.get(uuid)!);
    for (const uuid of repository.bulk.insertRows(
      name,
      rows.map((row) => row.row),
    ))
      retry.push([name, found.get(uuid)!]);
    repository.bulk.setBases(
      name,
      rows.map((row) => ({ uuid: row.row.uuid as string, version: row.version, image: row.row })),
    );
    return rows.length;
  }

  return settle;
}
