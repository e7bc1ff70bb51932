import type pg from 'pg';
import { WRITE_LOCK } from './pg-schema.js';
import {
  deleteServerRows,
  existingUuids,
  insertServerRows,
  readServerRows,
  sameKeyRows,
  updateServerRows,
} from './pg-rows.js';
import type { SharedTable, TransportRow, TransportValue } from './shared-tables.js';

// A push, applied by the workspace in one transaction. Each change carries the version its row
// had when the laptop last synced (its base) and the base values of the fields it changed; per
// field, the laptop's value is written only when the workspace's value is still the base value
// (nobody else changed the field) or already the laptop's; a field changed on both sides is left
// as the workspace has it and answered as a conflict (the laptop lists it when it pulls). A push
// has an id made from its content: applied once, a repeated or retried push answers the result
// it had (itinera_pushes), and applies nothing twice.

export interface RowChange {
  table: string;
  uuid: string;
  action: 'create' | 'update' | 'delete';
  /** The row's version at the laptop's last sync (null for a create). */
  baseVersion: number | null;
  /** For an update: the fields changed, with their base values. For a delete: the whole base row. */
  base: Record<string, TransportValue> | null;
  /** For a create: the whole row. For an update: the changed fields' new values. */
  values: Record<string, TransportValue> | null;
}

export interface PushConflict {
  table: string;
  uuid: string;
  /** A field, or "*" when the row itself was deleted on one side and changed on the other. */
  field: string;
  mine: TransportValue;
  theirs: TransportValue;
}

export interface PushResult {
  applied: number;
  /** Creations not written: the workspace had the same row under another uuid, or its parent is gone. */
  dropped: string[];
  conflicts: PushConflict[];
  /** True when the workspace had this push already (a retry after an interruption). */
  replayed: boolean;
}

const same = (a: TransportValue | undefined, b: TransportValue | undefined) => (a ?? null) === (b ?? null);

/**
 * Columns that say when, not what: never a conflict; both sides keep the same one (the earliest
 * creation, the latest update), so they converge.
 */
export const BOOKKEEPING: Record<string, 'min' | 'max'> = {
  created_at: 'min',
  updated_at: 'max',
  edited_fields: 'max',
  last_count: 'max',
};

/** The bookkeeping value both sides settle on. */
export function settled(field: string, a: TransportValue, b: TransportValue): TransportValue {
  if (a === null || b === null) return a ?? b;
  const aFirst = a < b;
  return BOOKKEEPING[field] === 'min' ? (aFirst ? a : b) : aFirst ? b : a;
}

interface TablePlan {
  inserts: TransportRow[];
  updates: TransportRow[];
  deletes: string[];
  /** Updates that change more than bookkeeping (what the answer counts as applied). */
  meaningful: number;
}

/** Decides, per change of one table, what the workspace writes; collects the conflicts. */
function plan(
  table: SharedTable,
  changes: readonly RowChange[],
  current: Map<string, { version: number; row: TransportRow }>,
  conflicts: PushConflict[],
): TablePlan {
  const result: TablePlan = { inserts: [], updates: [], deletes: [], meaningful: 0 };
  for (const change of changes) {
    const server = current.get(change.uuid)?.row;
    const untouchedSince = current.get(change.uuid)?.version === change.baseVersion;
    const conflict = (field: string, mine: TransportValue, theirs: TransportValue) =>
      conflicts.push({ table: table.name, uuid: change.uuid, field, mine, theirs });
    if (change.action === 'delete') {
      if (!server) continue;
      const untouched =
        untouchedSince ||
        table.columns.every(
          (column) => column.name in BOOKKEEPING || same(server[column.name], change.base?.[column.name]),
        );
      if (untouched) result.deletes.push(change.uuid);
      else conflict('*', null, 'changed');
      continue;
    }
    const values = change.values ?? {};
    if (!server) {
      if (change.action === 'create') result.inserts.push({ uuid: change.uuid, ...values } as TransportRow);
      else conflict('*', 'changed', null);
      continue;
    }
    const merged: TransportRow = { ...server };
    let changed = false;
    let meaningful = false;
    for (const [field, mine] of Object.entries(values)) {
      if (same(server[field], mine)) continue;
      if (field in BOOKKEEPING) {
        const value = settled(field, mine, server[field] ?? null);
        changed ||= value !== server[field];
        merged[field] = value;
        continue;
      }
      const base = change.action === 'update' ? change.base?.[field] : undefined;
      if (change.action === 'update' && (untouchedSince || same(server[field], base))) {
        merged[field] = mine;
        changed = true;
        meaningful = true;
      } else conflict(field, mine, server[field] ?? null);
    }
    if (changed) result.updates.push(merged);
    if (meaningful) result.meaningful++;
  }
  return result;
}

/**
 * Drops the writes that refer to a row the workspace no longer has (deleted by someone else
 * meanwhile): a conflict on that reference instead of a push that cannot commit.
 */
async function keepResolvable(
  client: pg.ClientBase,
  table: SharedTable,
  planned: TablePlan,
  created: Map<string, Set<string>>,
  conflicts: PushConflict[],
): Promise<void> {
  for (const column of table.columns) {
    if (column.kind !== 'reference') continue;
    const parent = column.references!.table;
    const rows = [...planned.inserts, ...planned.updates];
    const wanted = [...new Set(rows.map((row) => row[column.name]).filter((value) => typeof value === 'string'))];
    const present = await existingUuids(client, parent, wanted as string[]);
    for (const uuid of created.get(parent) ?? []) present.add(uuid);
    const resolvable = (row: TransportRow) => row[column.name] === null || present.has(row[column.name] as string);
    for (const list of [planned.inserts, planned.updates]) {
      for (let index = list.length - 1; index >= 0; index--) {
        const row = list[index]!;
        if (resolvable(row)) continue;
        conflicts.push({
          table: table.name,
          uuid: row.uuid as string,
          field: column.name,
          mine: row[column.name]!,
          theirs: null,
        });
        list.splice(index, 1);
      }
    }
  }
}

/**
 * Drops the updates whose unique key (a membership's pair, a translation's language) another row
 * of the workspace has now, made meanwhile on another laptop: a conflict on that key (the
 * workspace's value stays) instead of a push that cannot commit.
 */
async function keepUniqueKeys(
  client: pg.ClientBase,
  table: SharedTable,
  planned: TablePlan,
  current: Map<string, { version: number; row: TransportRow }>,
  conflicts: PushConflict[],
): Promise<void> {
  const keys = table.uniqueKeys.flat();
  const keyChanged = (row: TransportRow) =>
    keys.find((name) => !same(row[name], current.get(row.uuid as string)?.row[name]));
  // Only the updates that change a key are looked up (a push of 10,000 descriptions sends none).
  const taken = await sameKeyRows(client, table, planned.updates.filter(keyChanged));
  if (taken.size === 0) return;
  planned.updates = planned.updates.filter((row) => {
    const uuid = row.uuid as string;
    if (!taken.has(uuid)) return true;
    const server = current.get(uuid)!.row;
    const field = keyChanged(row)!;
    conflicts.push({ table: table.name, uuid, field, mine: row[field] ?? null, theirs: server[field] ?? null });
    planned.meaningful--;
    return false;
  });
}

export async function applyPush(
  client: pg.ClientBase,
  tables: readonly SharedTable[],
  pushId: string,
  changes: readonly RowChange[],
): Promise<PushResult> {
  await client.query('BEGIN');
  try {
    await client.query('SELECT pg_advisory_xact_lock($1)', [WRITE_LOCK]);
    const done = await client.query<{ result: PushResult }>('SELECT result FROM itinera_pushes WHERE push_id = $1', [
      pushId,
    ]);
    if (done.rows[0]) {
      await client.query('COMMIT');
      return { ...done.rows[0].result, replayed: true };
    }
    await client.query("SELECT set_config('itinera.push_id', $1, true)", [pushId]);
    const conflicts: PushConflict[] = [];
    const dropped: string[] = [];
    const created = new Map<string, Set<string>>();
    for (const change of changes) {
      if (change.action !== 'create') continue;
      const set = created.get(change.table) ?? new Set<string>();
      set.add(change.uuid);
      created.set(change.table, set);
    }
    let applied = 0;
    for (const table of tables) {
      const mine = changes.filter((change) => change.table === table.name);
      if (mine.length === 0) continue;
      const current = await readServerRows(
        client,
        table,
        mine.map((change) => change.uuid),
      );
      const planned = plan(table, mine, current, conflicts);
      await keepResolvable(client, table, planned, created, conflicts);
      // The same membership, translation or OpenStreetMap place made on two laptops: the
      // workspace's row stays, and the laptop takes it as its own when it pulls.
      const duplicates = await sameKeyRows(client, table, planned.inserts);
      planned.inserts = planned.inserts.filter((row) => !duplicates.has(row.uuid as string));
      await keepUniqueKeys(client, table, planned, current, conflicts);
      const inserted = new Set(planned.inserts.map((row) => row.uuid as string));
      for (const change of mine) {
        if (change.action === 'create' && !inserted.has(change.uuid) && !current.has(change.uuid))
          dropped.push(change.uuid);
      }
      await insertServerRows(client, table, planned.inserts);
      await updateServerRows(client, table, planned.updates);
      await deleteServerRows(client, table, planned.deletes);
      applied += planned.inserts.length + planned.meaningful + planned.deletes.length;
    }
    const result: PushResult = { applied, dropped, conflicts, replayed: false };
    await client.query('INSERT INTO itinera_pushes (push_id, result) VALUES ($1, $2)', [
      pushId,
      JSON.stringify(result),
    ]);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
}
