import type Database from 'better-sqlite3';
import { isMessageRef, messageRef, type MessageRef } from '../../shared/i18n/define-messages.js';
import { editMessages } from '../../shared/i18n/messages/edits.js';
import { createTranslator } from '../../shared/i18n/translator.js';
import { decodeImage, encodeImage, type JournalEntry } from './edit-journal.js';

// itinera_operations and itinera_history (migration 0005): one operation per user action (an
// edit, or the undo or redo of one), one history row per row it changed. The undo stack is the
// edits in state "done" (newest on top), the redo stack those in state "undone" (oldest undone
// on top); a new edit discards the redo stack. Both live in the file, so they survive a restart
// and two windows on one project share them.

export type OperationKind = 'edit' | 'undo' | 'redo';
export type OperationState = 'done' | 'undone' | 'discarded';

export interface StoredOperation {
  id: number;
  label: MessageRef;
  kind: OperationKind;
  state: OperationState;
  targetId: number | null;
  createdAt: string;
}

export interface StoredHistoryRow extends JournalEntry {
  id: number;
  operationId: number;
}

interface OperationRow {
  id: number;
  label: string;
  label_message: string | null;
  kind: OperationKind;
  state: OperationState;
  target_id: number | null;
  created_at: string;
}

interface HistoryRow {
  id: number;
  operation_id: number;
  table_name: string;
  row_id: number;
  action: JournalEntry['action'];
  changed_fields: string;
  before: string | null;
  after: string | null;
}

/** The stored name of an edit: its message, or the text an older version wrote (shown as written). */
function labelOf(row: { label: string; label_message: string | null }): MessageRef {
  if (row.label_message) {
    try {
      const parsed: unknown = JSON.parse(row.label_message);
      if (isMessageRef(parsed)) return parsed;
    } catch {
      // Written by another program: fall back to the text.
    }
  }
  return messageRef(editMessages.stored, { label: row.label });
}

const toOperation = (row: OperationRow): StoredOperation => ({
  id: row.id,
  label: labelOf(row),
  kind: row.kind,
  state: row.state,
  targetId: row.target_id,
  createdAt: row.created_at,
});

const toHistory = (row: HistoryRow): StoredHistoryRow => ({
  id: row.id,
  operationId: row.operation_id,
  table: row.table_name,
  rowId: row.row_id,
  action: row.action,
  changedFields: JSON.parse(row.changed_fields) as string[],
  before: decodeImage(row.before),
  after: decodeImage(row.after),
});

export function createHistoryRepository(db: Database.Database) {
  const statements = {
    insertOperation: db.prepare<[string, string, OperationKind, OperationState, number | null]>(
      'INSERT INTO itinera_operations (label, label_message, kind, state, target_id) VALUES (?, ?, ?, ?, ?)',
    ),
    insertRow: db.prepare(
      `INSERT INTO itinera_history (operation_id, table_name, row_id, action, changed_fields, before, after)
       VALUES (@operation, @table, @rowId, @action, @changed, @before, @after)`,
    ),
    operation: db.prepare<[number], OperationRow>('SELECT * FROM itinera_operations WHERE id = ?'),
    topUndo: db.prepare<[], OperationRow>(
      "SELECT * FROM itinera_operations WHERE kind = 'edit' AND state = 'done' ORDER BY id DESC LIMIT 1",
    ),
    topRedo: db.prepare<[], OperationRow>(
      "SELECT * FROM itinera_operations WHERE kind = 'edit' AND state = 'undone' ORDER BY id LIMIT 1",
    ),
    setState: db.prepare<[OperationState, number]>('UPDATE itinera_operations SET state = ? WHERE id = ?'),
    discardRedo: db.prepare(
      "UPDATE itinera_operations SET state = 'discarded' WHERE kind = 'edit' AND state = 'undone'",
    ),
    clearRows: db.prepare('DELETE FROM itinera_history'),
    clearOperations: db.prepare('DELETE FROM itinera_operations'),
    rows: db.prepare<[number], HistoryRow>('SELECT * FROM itinera_history WHERE operation_id = ? ORDER BY id'),
    feature: db.prepare<
      [string, number, number],
      HistoryRow & { label: string; label_message: string | null; kind: OperationKind; at: string }
    >(
      `SELECT h.*, o.label, o.label_message, o.kind, o.created_at AS at FROM itinera_history AS h
       JOIN itinera_operations AS o ON o.id = h.operation_id
       WHERE h.table_name = ? AND h.row_id = ? ORDER BY h.id DESC LIMIT ?`,
    ),
    // A place's history: its own row, every link that starts or ends at it (found among the links
    // now and in the journal's full images, since an update stores only the changed columns) and
    // its group memberships and its translations. Its own row first within an operation (deleting a place removes its
    // links in the same operation).
    place: db.prepare<
      { id: number },
      HistoryRow & { label: string; label_message: string | null; kind: OperationKind; at: string }
    >(
      `SELECT h.*, o.label, o.label_message, o.kind, o.created_at AS at FROM itinera_history AS h
       JOIN itinera_operations AS o ON o.id = h.operation_id
       WHERE (h.table_name = 'places' AND h.row_id = @id)
          OR (h.table_name = 'links' AND h.row_id IN (
                SELECT id FROM links WHERE base_id = @id OR related_id = @id
                UNION
                SELECT row_id FROM itinera_history WHERE table_name = 'links' AND @id IN (
                  json_extract(before, '$.base_id'), json_extract(before, '$.related_id'),
                  json_extract(after, '$.base_id'), json_extract(after, '$.related_id'))))
          OR (h.table_name = 'group_places'
              AND @id IN (json_extract(h.before, '$.related_id'), json_extract(h.after, '$.related_id')))
          OR (h.table_name = 'places_translations' AND h.row_id IN (
                SELECT id FROM places_translations WHERE place_id = @id
                UNION
                SELECT row_id FROM itinera_history WHERE table_name = 'places_translations' AND @id IN (
                  json_extract(before, '$.place_id'), json_extract(after, '$.place_id'))))
       ORDER BY h.operation_id DESC, h.table_name <> 'places', h.id`,
    ),
  };

  return {
    /** Records an operation and its rows; returns the operation's id. */
    record(label: MessageRef, kind: OperationKind, entries: readonly JournalEntry[], targetId: number | null = null) {
      // The English text for other tools reading the table; the message for Itinera's readers.
      const text = createTranslator('en').t(label);
      const id = Number(
        statements.insertOperation.run(text, JSON.stringify(label), kind, 'done', targetId).lastInsertRowid,
      );
      for (const entry of entries) {
        statements.insertRow.run({
          operation: id,
          table: entry.table,
          rowId: entry.rowId,
          action: entry.action,
          changed: JSON.stringify(entry.changedFields),
          before: encodeImage(entry.before),
          after: encodeImage(entry.after),
        });
      }
      return id;
    },
    operation(id: number): StoredOperation | undefined {
      const row = statements.operation.get(id);
      return row ? toOperation(row) : undefined;
    },
    topUndo(): StoredOperation | undefined {
      const row = statements.topUndo.get();
      return row ? toOperation(row) : undefined;
    },
    topRedo(): StoredOperation | undefined {
      const row = statements.topRedo.get();
      return row ? toOperation(row) : undefined;
    },
    setState(id: number, state: OperationState): void {
      statements.setState.run(state, id);
    },
    discardRedo(): void {
      statements.discardRedo.run();
    },
    /** Forgets every operation (a freshly written sample has no history to undo). */
    clear(): void {
      statements.clearRows.run();
      statements.clearOperations.run();
    },
    rows(operationId: number): StoredHistoryRow[] {
      return statements.rows.all(operationId).map(toHistory);
    },
    /**
     * What happened to a place, its links and its group memberships, newest first: one entry per
     * operation (the place's own row when the operation changed it), at most `limit`.
     */
    forPlace(placeId: number, limit: number) {
      const entries = [];
      let lastOperation: number | null = null;
      for (const row of statements.place.iterate({ id: placeId })) {
        if (row.operation_id === lastOperation) continue;
        lastOperation = row.operation_id;
        entries.push({ ...toHistory(row), label: labelOf(row), kind: row.kind, at: row.at });
        if (entries.length >= limit) break;
      }
      return entries;
    },
    /** What happened to one row, newest first. */
    forRow(table: string, rowId: number, limit: number) {
      return statements.feature.all(table, rowId, limit).map((row) => ({
        ...toHistory(row),
        label: labelOf(row),
        kind: row.kind,
        at: row.at,
      }));
    },
  };
}
export type HistoryRepository = ReturnType<typeof createHistoryRepository>;
