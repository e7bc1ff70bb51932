import type { ChangeTopic } from '../../../shared/api/changes.js';
import { changedTables, type ContentsSnapshot, type TableChanges } from '../../store/table-changes.js';
import { topicsOfTables } from './change-topics.js';

// Notices every committed change to the open project and publishes its topics (live lists).
//
// Why this mechanism: the project file already says which tables changed. Every write path of
// Itinera marks its tables in gpkg_contents.last_change (the edit path from its journal, so undo
// and redo too; imports, OpenStreetMap jobs, basemap files, styling by name), and GDAL and QGIS
// do the same for theirs. So one comparison covers every writer: after each API call (the only
// way this process writes: its own marks, kept in memory, are taken at once), and every
// POLL_MILLISECONDS while a page listens, `PRAGMA data_version` (cheap: no table is read) tells
// whether another connection committed (the import's worker thread, a second Itinera process on
// the same file, QGIS); only then is gpkg_contents read and compared with the last snapshot.
// Triggers in the file would have caught rows too, but they would run inside QGIS and GDAL as
// well; an in-process event bus would miss every other connection.

export const POLL_MILLISECONDS = 100;

export interface ProjectChanges {
  /** Publishes what changed since the last check (nothing when nothing did). */
  check(): void;
  /** Polls for other connections' commits while someone listens. */
  setPolling(on: boolean): void;
  close(): void;
}

export function watchProjectChanges(
  changes: TableChanges,
  publish: (topics: readonly ChangeTopic[]) => void,
  pollMilliseconds = POLL_MILLISECONDS,
): ProjectChanges {
  // What was there when the project opened is not a change.
  changes.takeTouched();
  let snapshot: ContentsSnapshot | null = changes.snapshot();
  let version = changes.dataVersion();
  /** A comparison is owed: another connection was committing when it was due. */
  let pending = snapshot === null || version === null;
  let timer: ReturnType<typeof setInterval> | null = null;

  function check(): void {
    // NOTE: never inside a transaction (an async call's, between its awaits): its marks are not
    // committed, and a page reading on the event would see them or nothing; the next check will.
    if (changes.inTransaction()) return;
    const tables = new Set(changes.takeTouched());
    const nextVersion = changes.dataVersion();
    if (nextVersion === null) {
      // Another connection is committing right now: compare once it is done.
      pending = true;
    } else if (tables.size > 0 || pending || nextVersion !== version) {
      const next = changes.snapshot();
      if (next === null) {
        pending = true;
      } else {
        if (snapshot) for (const table of changedTables(snapshot, next)) tables.add(table);
        snapshot = next;
        version = nextVersion;
        pending = false;
      }
    }
    publish(topicsOfTables(tables));
  }

  return {
    check,
    setPolling(on) {
      if (on && !timer) {
        timer = setInterval(() => {
          try {
            check();
          } catch (error) {
            console.error('Itinera could not check the project for changes:', error);
          }
        }, pollMilliseconds);
        // A listener keeps nothing alive by itself (the CLI, tests).
        timer.unref?.();
      } else if (!on && timer) {
        clearInterval(timer);
        timer = null;
      }
    },
    close() {
      if (timer) clearInterval(timer);
      timer = null;
    },
  };
}
