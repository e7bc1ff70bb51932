import { messageRef } from '../../../shared/i18n/define-messages.js';
import { MessageError } from '../../../shared/i18n/message-error.js';
import { workspaceResolveMessages } from '../../../shared/i18n/messages/workspace.js';
import { BOOKKEEPING, settled, type RowChange } from '../../store/workspace/pg-push.js';
import type { SharedTable, TransportRow, TransportValue } from '../../store/workspace/shared-tables.js';
import type { BaseRow } from '../../store/workspace/workspace-repository.js';

// The laptop's half of sync, as plain functions: what to push (each shared row against the base
// it was last synced at) and how a row from the workspace meets the project's own (a three-way
// merge per field, against the same base).

/**
 * What the project has changed since its last sync, one change per row. A row's text is compared
 * with its base's stored text first (the same keys in the same order: shared-tables.ts), so only
 * the rows that differ are parsed and compared field by field.
 */
export function changesToPush(
  table: SharedTable,
  local: Iterable<{ uuid: string; text: string; row: () => TransportRow }>,
  base: ReadonlyMap<string, { version: number; text: string }>,
): RowChange[] {
  const changes: RowChange[] = [];
  const seen = new Set<string>();
  for (const scanned of local) {
    const { uuid } = scanned;
    seen.add(uuid);
    const stored = base.get(uuid);
    if (stored && scanned.text === stored.text) continue;
    const row = scanned.row();
    if (!stored) {
      const { uuid: _uuid, ...values } = row;
      changes.push({ table: table.name, uuid, action: 'create', baseVersion: null, base: null, values });
      continue;
    }
    const image = JSON.parse(stored.text) as TransportRow;
    const fields = table.columns.map((column) => column.name).filter((field) => row[field] !== image[field]);
    if (fields.length === 0) continue;
    changes.push({
      table: table.name,
      uuid,
      action: 'update',
      baseVersion: stored.version,
      base: Object.fromEntries(fields.map((field) => [field, image[field] ?? null])),
      values: Object.fromEntries(fields.map((field) => [field, row[field] ?? null])),
    });
  }
  for (const [uuid, stored] of base) {
    if (seen.has(uuid)) continue;
    const image = JSON.parse(stored.text) as TransportRow;
    changes.push({ table: table.name, uuid, action: 'delete', baseVersion: stored.version, base: image, values: null });
  }
  return changes;
}

export interface MergeConflict {
  field: string;
  mine: unknown;
  theirs: unknown;
}

export interface MergeOutcome {
  /** 'none': leave the project's row as it is; null: delete it; a row: write these fields. */
  write: 'none' | null | { row: TransportRow; fields: string[] };
  /** The row's new base: the workspace's row, or none when the workspace no longer has it. */
  base: 'keep' | BaseRow | null;
  conflicts: MergeConflict[];
}

const sameRow = (table: SharedTable, a: TransportRow, b: TransportRow) =>
  table.columns.every((column) => column.name in BOOKKEEPING || (a[column.name] ?? null) === (b[column.name] ?? null));

/**
 * One row: `base` as last synced, `local` as the project has it, `server` as the workspace has
 * it now (null: absent). Per field: the same on both sides, nothing to do; changed on one side
 * only, that side's value; changed on both to different values, a conflict: the workspace's value
 * is written (so every copy shows the same until the user decides) and the project's is kept in
 * the conflict. A row deleted on one side and changed on the other is a conflict of the row ("*"):
 * the workspace's side is taken, and "keep mine" brings the project's side back.
 */
export function mergeRow(
  table: SharedTable,
  base: BaseRow | null,
  local: TransportRow | null,
  server: { version: number; row: TransportRow } | null,
): MergeOutcome {
  if (!server) {
    if (!local || !base) return { write: 'none', base: null, conflicts: [] };
    if (sameRow(table, local, base.image)) return { write: null, base: null, conflicts: [] };
    return { write: null, base: null, conflicts: [{ field: '*', mine: local, theirs: 'deleted' }] };
  }
  const next: BaseRow = { version: server.version, image: server.row };
  if (!local) {
    if (base && sameRow(table, server.row, base.image)) return { write: 'none', base: 'keep', conflicts: [] };
    const conflicts = base ? [{ field: '*', mine: 'deleted', theirs: server.row }] : [];
    return { write: { row: server.row, fields: table.columns.map((column) => column.name) }, base: next, conflicts };
  }
  const fields: string[] = [];
  const conflicts: MergeConflict[] = [];
  const row: TransportRow = { ...local };
  for (const { name } of table.columns) {
    const mine = local[name] ?? null;
    const theirs = server.row[name] ?? null;
    if (mine === theirs) continue;
    const was: TransportValue | undefined = base?.image[name];
    if (name in BOOKKEEPING) {
      const value = settled(name, mine, theirs);
      if (value !== mine) {
        row[name] = value;
        fields.push(name);
      }
    } else if (base && mine === (was ?? null)) {
      row[name] = theirs;
      fields.push(name);
    } else if (base && theirs === (was ?? null)) {
      continue;
    } else {
      row[name] = theirs;
      fields.push(name);
      conflicts.push({ field: name, mine, theirs });
    }
  }
  return { write: fields.length > 0 ? { row, fields } : 'none', base: next, conflicts };
}

/** A value the user typed for a conflict, as its column holds it (text, or a number). */
export function typedValue(
  tables: readonly SharedTable[],
  conflict: { table: string; field: string },
  text: string,
): TransportValue {
  const column = tables
    .find((table) => table.name === conflict.table)
    ?.columns.find((candidate) => candidate.name === conflict.field);
  if (!column || !['text', 'integer', 'real'].includes(column.kind)) {
    throw new MessageError(messageRef(workspaceResolveMessages.notTypable, { field: conflict.field }));
  }
  if (column.kind === 'text') return text;
  const number = Number(text.trim());
  if (text.trim() === '' || !Number.isFinite(number) || (column.kind === 'integer' && !Number.isInteger(number))) {
    throw new MessageError(messageRef(workspaceResolveMessages.notANumber, { field: conflict.field, value: text }));
  }
  return number;
}
