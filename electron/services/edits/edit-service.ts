import { messageRef, type MessageRef } from '../../../shared/i18n/define-messages.js';
import { editErrorMessages, editMessages } from '../../../shared/i18n/messages/edits.js';
import type { FeatureHistoryEntry, UndoResult, UndoState } from '../../../shared/api/contract.js';
import { ApiError } from '../../../shared/api/errors.js';
import type { ProjectStore } from '../../store/project-store.js';
import type { JournalEntry } from '../../store/edit-journal.js';
import { topicsOfTables } from '../core/change-topics.js';

// The single edit path. Every write a user makes runs through run(label, work): one SQLite
// transaction in which the repositories report each row they touch to the journal; at the end
// the changed rows (before and after images) are stored as one operation in itinera_history.
// Undo writes the before images of the newest operation back (in reverse order, foreign keys
// deferred to the commit so a place comes back with its links), redo the after images; both are
// recorded as operations too, so a feature's history shows them. Imports do not run through here:
// they are not undo steps (an import is undone by not keeping it, i.e. its preview).

export function createEditService(store: ProjectStore) {
  let depth = 0;

  function afterWrite(entries: readonly JournalEntry[]): string[] {
    const tables = [...new Set(entries.map((entry) => entry.table))];
    for (const table of tables) store.touch(table);
    const placeIds = entries.filter((entry) => entry.table === 'places').map((entry) => entry.rowId);
    store.places.markChanged(placeIds);
    return tables;
  }

  function state(): UndoState {
    const undo = store.history.topUndo();
    const redo = store.history.topRedo();
    return {
      canUndo: undo !== undefined,
      canRedo: redo !== undefined,
      undoLabel: undo?.label ?? null,
      redoLabel: redo?.label ?? null,
    };
  }

  /** Undo (direction 'undo') or redo the operation on top of its stack. */
  function step(direction: 'undo' | 'redo'): UndoResult {
    const outcome = store.transaction(() => {
      const operation = direction === 'undo' ? store.history.topUndo() : store.history.topRedo();
      if (!operation) return { kind: 'empty' as const };
      const rows = store.history.rows(operation.id);
      // Refuse to overwrite a row something else (an import, another window, QGIS) changed since.
      const expected = (row: (typeof rows)[number]) => (direction === 'undo' ? row.after : row.before);
      const stale = rows.find(
        (row) => !store.journal.matches(row.table, row.rowId, expected(row), row.action !== 'update'),
      );
      if (stale) {
        store.history.setState(operation.id, 'discarded');
        return { kind: 'stale' as const, label: operation.label };
      }
      store.deferForeignKeys();
      store.journal.begin();
      try {
        const ordered = direction === 'undo' ? [...rows].reverse() : rows;
        for (const row of ordered) {
          const image = direction === 'undo' ? row.before : row.after;
          store.journal.write(row.table, row.rowId, image, row.action !== 'update');
        }
        const entries = store.journal.finish();
        const prefix = direction === 'undo' ? editMessages.undoOf : editMessages.redoOf;
        store.history.record(messageRef(prefix, { label: operation.label }), direction, entries, operation.id);
        store.history.setState(operation.id, direction === 'undo' ? 'undone' : 'done');
        return { kind: 'done' as const, label: operation.label, topics: topicsOfTables(afterWrite(entries)) };
      } catch (error) {
        store.journal.abort();
        throw error;
      }
    });
    if (outcome.kind === 'empty') {
      throw new ApiError(
        'conflict',
        messageRef(direction === 'undo' ? editErrorMessages.nothingToUndo : editErrorMessages.nothingToRedo),
      );
    }
    if (outcome.kind === 'stale') {
      throw new ApiError(
        'conflict',
        messageRef(direction === 'undo' ? editErrorMessages.staleUndo : editErrorMessages.staleRedo, {
          label: outcome.label,
        }),
      );
    }
    return { label: outcome.label, topics: outcome.topics, ...state() };
  }

  return {
    /**
     * Runs one user edit: all of it or nothing, recorded as one undoable operation. The label
     * names it for the Undo menu ("Move Gozzoburg"); a function gets the result first. Nested
     * calls join the outer edit.
     */
    run<T>(label: MessageRef | ((result: T) => MessageRef), work: () => T): T {
      if (depth > 0) return work();
      return store.transaction(() => {
        depth++;
        store.journal.begin();
        try {
          const result = work();
          const entries = store.journal.finish();
          if (entries.length > 0) {
            store.history.discardRedo();
            store.history.record(typeof label === 'function' ? label(result) : label, 'edit', entries);
            afterWrite(entries);
          }
          return result;
        } catch (error) {
          store.journal.abort();
          throw error;
        } finally {
          depth--;
        }
      });
    },
    undo: () => step('undo'),
    redo: () => step('redo'),
    state,
    history(table: string, rowId: number, limit = 200): FeatureHistoryEntry[] {
      // NOTE: a place's history also lists its links and group memberships: to a user, "linked to
      // X" and "added to Kunstmeile" happened to the place.
      const rows =
        table === 'places' ? store.history.forPlace(rowId, limit) : store.history.forRow(table, rowId, limit);
      return rows.map((row) => ({
        operationId: row.operationId,
        label: row.label,
        kind: row.kind,
        action: row.action,
        changedFields: row.changedFields,
        at: row.at,
      }));
    },
  };
}
export type EditService = ReturnType<typeof createEditService>;
