import type pg from 'pg';
import { MessageError } from '../../../shared/i18n/message-error.js';
import { messageRef } from '../../../shared/i18n/define-messages.js';
import { workspaceMessages } from '../../../shared/i18n/messages/workspace.js';
import { insertServerRows } from './pg-rows.js';
import { workspaceSchemaSql } from './pg-schema.js';
import type { SharedTable, TransportRow } from './shared-tables.js';

// A workspace as a whole: what it says of itself (itinera_workspace) and its making by `init`.

export interface WorkspaceInfo {
  id: string;
  schemaVersion: number;
  /** The project's name and content languages when it was published (a clone starts with them). */
  name: string;
  languages: unknown;
}

/** The workspace the database holds, or null when it holds none. */
export async function readWorkspaceInfo(client: pg.ClientBase): Promise<WorkspaceInfo | null> {
  const exists = await client.query<{ found: string | null }>("SELECT to_regclass('itinera_workspace')::text AS found");
  if (!exists.rows[0]?.found) return null;
  const result = await client.query<{ id: string; schema_version: number; name: string; languages: unknown }>(
    'SELECT id::text AS id, schema_version, name, languages FROM itinera_workspace LIMIT 1',
  );
  const row = result.rows[0];
  return row ? { id: row.id, schemaVersion: row.schema_version, name: row.name, languages: row.languages } : null;
}

/** Makes the workspace in an empty database and publishes the rows, in one transaction. */
export async function initWorkspaceSchema(
  client: pg.ClientBase,
  tables: readonly SharedTable[],
  info: WorkspaceInfo,
  rows: ReadonlyMap<string, ReadonlyMap<string, TransportRow>>,
): Promise<void> {
  const taken = await client.query<{ name: string }>(
    `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'v', 'm', 'p') AND c.relname = ANY($1)`,
    [['itinera_workspace', ...tables.map((table) => table.name)]],
  );
  if (taken.rows.length > 0) {
    throw new MessageError(messageRef(workspaceMessages.notEmpty, { table: taken.rows[0]!.name }));
  }
  await client.query('BEGIN');
  try {
    await client.query(workspaceSchemaSql(tables, info.id, info.schemaVersion));
    await client.query('UPDATE itinera_workspace SET name = $1, languages = $2', [
      info.name,
      JSON.stringify(info.languages),
    ]);
    await client.query("SELECT set_config('itinera.push_id', 'init', true)");
    for (const table of tables) await insertServerRows(client, table, [...(rows.get(table.name)?.values() ?? [])]);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
}
