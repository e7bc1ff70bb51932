import type { ProjectStore } from '../../store/project-store.js';
import type { RowChange } from '../../store/workspace/pg-push.js';
import { changesToPush } from './merge.js';

// What the project changed since its last sync. A push compares every shared row with its base
// (the whole truth, whatever wrote the file); "changes waiting" compares only the rows marked
// changed since (sync-dirty.ts), so a project of 100,000 places does not scan them all on each
// edit. The marks start at the first sync and are trimmed after each one.

export function createPendingChanges(store: ProjectStore) {
  const repository = store.workspace;
  const dirty = repository.dirty;

  /** Every change since the last sync: each shared row compared with its base. */
  function all(): RowChange[] {
    return repository
      .tables()
      .flatMap((table) => changesToPush(table, repository.eachRow(table.name), repository.baseTexts(table.name)));
  }

  /** The changes among the marked rows (the same as all() while the marks are kept). */
  function changedAmong(marks: Map<string, string[]>): RowChange[] {
    const byName = new Map(repository.tables().map((table) => [table.name, table]));
    return [...marks].flatMap(([name, uuids]) => {
      const table = byName.get(name);
      return table ? changesToPush(table, repository.eachRow(name, uuids), repository.baseTexts(name, uuids)) : [];
    });
  }

  return {
    all,
    /** How many rows wait for the next push. */
    count(): number {
      return dirty.tracking() ? changedAmong(dirty.marked()).length : all().length;
    },
    /**
     * After a sync (inside its transaction): starts the marks (with every row that differs now,
     * unless `settledAll`: a project just published or cloned), or unmarks the rows that are as
     * they were synced.
     */
    keepMarks(settledAll = false): void {
      if (!dirty.tracking()) {
        dirty.track();
        if (!settledAll) dirty.mark(all());
        return;
      }
      const marks = dirty.marked();
      const waiting = new Set(changedAmong(marks).map((change) => `${change.table}\n${change.uuid}`));
      for (const [name, uuids] of marks) {
        const settled = uuids.filter((uuid) => !waiting.has(`${name}\n${uuid}`));
        if (settled.length > 0) dirty.unmark(name, settled);
      }
    },
  };
}
