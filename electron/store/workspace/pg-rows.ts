import type pg from 'pg';
import { readExpression, recordType, writeExpression } from './pg-schema.js';
import { quoteIdentifier as q, type SharedTable, type TransportRow } from './shared-tables.js';

// Reading and writing the workspace's rows as they travel (shared-tables.ts), many per statement.

/** Rows per statement when writing: a few megabytes of JSON at most. */
const ROWS_PER_STATEMENT = 5_000;

export interface ServerRow {
  version: number;
  row: TransportRow;
}

/** The rows of a table (those of `uuids`, or all), with their versions. */
export async function readServerRows(
  client: pg.ClientBase,
  table: SharedTable,
  uuids?: readonly string[],
): Promise<Map<string, ServerRow>> {
  const columns = table.columns.map((column) => readExpression(column));
  const sql = `SELECT t.uuid::text AS uuid, t.itinera_version AS version, ${columns.join(', ')} FROM ${q(table.name)} t${
    uuids ? ' WHERE t.uuid = ANY($1::uuid[])' : ''
  }`;
  const result = await client.query<Record<string, unknown>>(sql, uuids ? [uuids] : []);
  const rows = new Map<string, ServerRow>();
  for (const raw of result.rows) {
    const { version, ...row } = raw;
    rows.set(raw.uuid as string, { version: Number(version), row: row as TransportRow });
  }
  return rows;
}

async function inChunks(rows: readonly TransportRow[], write: (chunk: TransportRow[]) => Promise<unknown>) {
  for (let start = 0; start < rows.length; start += ROWS_PER_STATEMENT) {
    await write(rows.slice(start, start + ROWS_PER_STATEMENT));
  }
}

export async function insertServerRows(client: pg.ClientBase, table: SharedTable, rows: readonly TransportRow[]) {
  const names = ['uuid', ...table.columns.map((column) => q(column.name))].join(', ');
  const values = ['r.uuid', ...table.columns.map(writeExpression)].join(', ');
  const sql = `INSERT INTO ${q(table.name)} (${names}) SELECT ${values} FROM jsonb_to_recordset($1::jsonb) AS r(${recordType(table)})`;
  await inChunks(rows, (chunk) => client.query(sql, [JSON.stringify(chunk)]));
}

/** Sets every column of existing rows (the triggers log only the fields whose value changed). */
export async function updateServerRows(client: pg.ClientBase, table: SharedTable, rows: readonly TransportRow[]) {
  if (table.columns.length === 0) return;
  const assignments = table.columns.map((column) => `${q(column.name)} = ${writeExpression(column)}`).join(', ');
  const sql = `UPDATE ${q(table.name)} t SET ${assignments} FROM jsonb_to_recordset($1::jsonb) AS r(${recordType(table)}) WHERE t.uuid = r.uuid`;
  await inChunks(rows, (chunk) => client.query(sql, [JSON.stringify(chunk)]));
}

export async function deleteServerRows(client: pg.ClientBase, table: SharedTable, uuids: readonly string[]) {
  if (uuids.length === 0) return;
  await client.query(`DELETE FROM ${q(table.name)} WHERE uuid = ANY($1::uuid[])`, [uuids]);
}

/** Which of `uuids` are rows of the table now. */
export async function existingUuids(client: pg.ClientBase, table: string, uuids: readonly string[]) {
  if (uuids.length === 0) return new Set<string>();
  const result = await client.query<{ uuid: string }>(
    `SELECT uuid::text AS uuid FROM ${q(table)} WHERE uuid = ANY($1::uuid[])`,
    [uuids],
  );
  return new Set(result.rows.map((row) => row.uuid));
}

export interface ChangesSince {
  /** The newest change number read (what the next pull starts after). */
  through: number;
  /** Per table, the rows changed since, with who changed each last. */
  rows: Map<string, Map<string, string>>;
}

export async function readChangesSince(client: pg.ClientBase, after: number): Promise<ChangesSince> {
  const result = await client.query<{ table_name: string; uuid: string; changed_by: string; seq: string }>(
    `SELECT DISTINCT ON (table_name, row_uuid) table_name, row_uuid::text AS uuid, changed_by, seq
     FROM itinera_changes WHERE seq > $1 ORDER BY table_name, row_uuid, seq DESC`,
    [after],
  );
  const rows = new Map<string, Map<string, string>>();
  let through = after;
  for (const row of result.rows) {
    let table = rows.get(row.table_name);
    if (!table) rows.set(row.table_name, (table = new Map()));
    table.set(row.uuid, row.changed_by);
    through = Math.max(through, Number(row.seq));
  }
  return { through, rows };
}

/**
 * Everything a clone takes (inside the caller's snapshot): every row of every table, read from the
 * tables themselves rather than through the change log, and how far the log goes.
 */
export async function readAllRows(client: pg.ClientBase, tables: readonly SharedTable[]) {
  const last = await client.query<{ seq: string }>('SELECT coalesce(max(seq), 0) AS seq FROM itinera_changes');
  const server = new Map<string, Map<string, ServerRow>>();
  const rows = new Map<string, Map<string, string>>();
  for (const table of tables) {
    const found = await readServerRows(client, table);
    server.set(table.name, found);
    rows.set(table.name, new Map([...found.keys()].map((uuid) => [uuid, ''])));
  }
  return { through: Number(last.rows[0]?.seq ?? 0), rows, server };
}

export interface RecentChange {
  seq: number;
  table: string;
  action: string;
  fields: string[];
  by: string;
  at: string;
}

/** The newest changes of the workspace (who changed what), newest first. */
export async function readRecentChanges(client: pg.ClientBase, limit: number): Promise<RecentChange[]> {
  const result = await client.query<{
    seq: string;
    table_name: string;
    action: string;
    fields: string[];
    changed_by: string;
    changed_at: Date;
  }>('SELECT seq, table_name, action, fields, changed_by, changed_at FROM itinera_changes ORDER BY seq DESC LIMIT $1', [
    limit,
  ]);
  return result.rows.map((row) => ({
    seq: Number(row.seq),
    table: row.table_name,
    action: row.action,
    fields: row.fields,
    by: row.changed_by,
    at: row.changed_at.toISOString(),
  }));
}

/**
 * Rows of `rows` whose unique key (a membership's pair, a translation's language, an
 * OpenStreetMap identity) the workspace already has under another uuid: uuid -> the other uuid.
 */
export async function sameKeyRows(client: pg.ClientBase, table: SharedTable, rows: readonly TransportRow[]) {
  const found = new Map<string, string>();
  if (rows.length === 0) return found;
  for (const key of table.uniqueKeys) {
    const join = key.map((column) => `t.${q(column)} = r.${q(column)}`).join(' AND ');
    const result = await client.query<{ mine: string; theirs: string }>(
      `SELECT r.uuid::text AS mine, t.uuid::text AS theirs FROM jsonb_to_recordset($1::jsonb) AS r(uuid uuid, ${recordType(table, key).replace(/^uuid uuid, /, '')})
       JOIN ${q(table.name)} t ON ${join} WHERE t.uuid <> r.uuid`,
      [JSON.stringify(rows)],
    );
    for (const row of result.rows) found.set(row.mine, row.theirs);
  }
  return found;
}

/** Who changed each row last (the database user), leaving out one push's own changes. */
export async function readAuthors(client: pg.ClientBase, uuids: readonly string[], notPush: string | null) {
  const result = await client.query<{ uuid: string; changed_by: string }>(
    `SELECT DISTINCT ON (row_uuid) row_uuid::text AS uuid, changed_by FROM itinera_changes
     WHERE row_uuid = ANY($1::uuid[]) AND push_id IS DISTINCT FROM $2 ORDER BY row_uuid, seq DESC`,
    [uuids, notPush],
  );
  return new Map(result.rows.map((row) => [row.uuid, row.changed_by]));
}
