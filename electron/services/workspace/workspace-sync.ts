import crypto from 'node:crypto';
import type pg from 'pg';
import { messageRef } from '../../../shared/i18n/define-messages.js';
import { MessageError } from '../../../shared/i18n/message-error.js';
import { workspaceMessages, workspaceResolveMessages } from '../../../shared/i18n/messages/workspace.js';
import { ContentLanguagesSchema } from '../../../shared/model/content-languages.js';
import { LATEST_SCHEMA_VERSION } from '../../store/migrations/index.js';
import type { ProjectStore } from '../../store/project-store.js';
import { connect, failureOf, withoutPassword } from '../../store/workspace/pg-connection.js';
import { applyPush, type PushResult, type RowChange } from '../../store/workspace/pg-push.js';
import {
  readAllRows,
  readAuthors,
  readChangesSince,
  readRecentChanges,
  readServerRows,
  type ServerRow,
} from '../../store/workspace/pg-rows.js';
import { initWorkspaceSchema, readWorkspaceInfo, type WorkspaceInfo } from '../../store/workspace/pg-workspace.js';
import type { TransportRow, TransportValue } from '../../store/workspace/shared-tables.js';
import { typedValue } from './merge.js';
import { createPendingChanges } from './pending-changes.js';
import { createSettle, type RowsToSettle } from './settle.js';

const m = { ...workspaceMessages, ...workspaceResolveMessages };

// Sync between a project (the GeoPackage, each user's working copy) and a workspace (PostGIS):
// init publishes a project, clone makes one, push sends what the project changed since its last
// sync (one transaction on the server), pull brings what the workspace changed since the last
// pull, merged field by field (merge.ts). Every step is safe to interrupt: the server applies a
// push whole or not at all and knows it by its id; the project takes a pull in one transaction.

export interface Connection {
  conninfo: string;
  /** From the caller (a prompt, the desktop's safe storage); else PGPASSWORD or ~/.pgpass. */
  password?: string;
}

export interface SyncCounts {
  applied: number;
  conflicts: number;
  pulled: number;
}

const FAILURES = {
  unreachable: m.unreachable,
  password: m.password,
  login: m.login,
  database: m.database,
  'read-only': m.readOnly,
  tls: m.tls,
  interrupted: m.interrupted,
  other: m.failed,
} as const;

/** A failure of the workspace said in the user's words (never a server's internals). */
function workspaceError(error: unknown, conninfo: string): Error {
  if (error instanceof MessageError) return error;
  const failure = failureOf(error);
  const detail = (error as { message?: string }).message ?? String(error);
  return new MessageError(messageRef(FAILURES[failure], { workspace: withoutPassword(conninfo), detail }));
}

export function createWorkspaceSync(store: ProjectStore) {
  const repository = store.workspace;
  const tables = () => repository.tables();

  async function withClient<T>(connection: Connection, work: (client: pg.Client) => Promise<T>): Promise<T> {
    let client: pg.Client;
    try {
      client = await connect(connection.conninfo, connection.password);
    } catch (error) {
      throw workspaceError(error, connection.conninfo);
    }
    try {
      return await work(client);
    } catch (error) {
      throw workspaceError(error, connection.conninfo);
    } finally {
      await client.end().catch(() => undefined);
    }
  }

  function requireState() {
    const state = repository.state();
    if (!state) throw new MessageError(messageRef(m.notConnected));
    return state;
  }

  async function requireWorkspace(client: pg.Client, expectedId?: string): Promise<WorkspaceInfo> {
    const info = await readWorkspaceInfo(client);
    if (!info) throw new MessageError(messageRef(m.notAWorkspace));
    if (info.schemaVersion > LATEST_SCHEMA_VERSION) throw new MessageError(messageRef(m.newerWorkspace));
    if (info.schemaVersion < LATEST_SCHEMA_VERSION) throw new MessageError(messageRef(m.olderWorkspace));
    if (expectedId && info.id !== expectedId) throw new MessageError(messageRef(m.otherWorkspace));
    return info;
  }

  /** Reads the workspace's rows to merge, consistently (one snapshot). */
  async function readRows(client: pg.Client, rows: RowsToSettle): Promise<Map<string, Map<string, ServerRow>>> {
    const found = new Map<string, Map<string, ServerRow>>();
    for (const table of tables()) {
      const uuids = rows.get(table.name);
      if (uuids && uuids.size > 0) found.set(table.name, await readServerRows(client, table, [...uuids.keys()]));
    }
    return found;
  }

  const settle = createSettle(store);

  const pending = createPendingChanges(store);
  const pendingChanges = pending.all;

  /** The rows of some changes, to merge (who changed them is not known here). */
  function rowsOf(changes: readonly RowChange[]): RowsToSettle {
    const rows: RowsToSettle = new Map();
    for (const change of changes) {
      const list = rows.get(change.table) ?? new Map<string, string>();
      list.set(change.uuid, '');
      rows.set(change.table, list);
    }
    return rows;
  }

  /** Merges rows a push sent; who changed them in the workspace is read (not this push). */
  async function settleFrom(client: pg.Client, rows: RowsToSettle, pushId: string, after?: () => void) {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    const server = await readRows(client, rows);
    const authors = await readAuthors(
      client,
      [...rows.values()].flatMap((table) => [...table.keys()]),
      pushId,
    );
    for (const table of rows.values()) for (const uuid of table.keys()) table.set(uuid, authors.get(uuid) ?? '');
    await client.query('COMMIT');
    return settle(rows, server, after);
  }

  /**
   * A push the project was cut off from (killed, connection lost) before it took the result in:
   * when the workspace applied it, what it wrote is the project's own doing, not someone else's,
   * so the rows' bases take the pushed values before they are merged (else the project's later
   * edits of the same fields would look like conflicts with itself).
   */
  async function recoverOutbox(client: pg.Client): Promise<void> {
    const outbox = repository.outbox();
    if (!outbox) return;
    const changes = outbox.changes as RowChange[];
    const done = await client.query<{ result: PushResult }>('SELECT result FROM itinera_pushes WHERE push_id = $1', [
      outbox.pushId,
    ]);
    const result = done.rows[0]?.result;
    if (!result) {
      store.transaction(() => repository.setOutbox(null));
      return;
    }
    const conflicted = new Set(result.conflicts.map((conflict) => `${conflict.uuid}/${conflict.field}`));
    const dropped = new Set(result.dropped);
    store.transaction(() => {
      for (const change of changes) {
        if (change.action === 'delete' || dropped.has(change.uuid) || conflicted.has(`${change.uuid}/*`)) continue;
        const base = repository.base(change.table, [change.uuid]).get(change.uuid);
        const image = { ...(base?.image ?? { uuid: change.uuid }) };
        for (const [field, value] of Object.entries(change.values ?? {})) {
          if (!conflicted.has(`${change.uuid}/${field}`)) image[field] = value;
        }
        repository.setBase(change.table, change.uuid, { version: base?.version ?? 0, image });
      }
    });
    await settleFrom(client, rowsOf(changes), outbox.pushId, () => repository.setOutbox(null));
  }

  /** Pushes; answers the server's result and the project's rows the merge then rewrote (fetched). */
  async function pushWith(client: pg.Client, workspaceId: string): Promise<PushResult & { written: number }> {
    await recoverOutbox(client);
    const changes = pendingChanges();
    if (changes.length === 0) return { applied: 0, dropped: [], conflicts: [], replayed: false, written: 0 };
    // A viewer's push is refused before anything is sent (the roles: pg-schema.ts).
    const may = await client.query<{ may: boolean }>("SELECT has_table_privilege('itinera_pushes', 'INSERT') AS may");
    if (!may.rows[0]?.may) throw Object.assign(new Error('read-only role'), { code: '42501' });
    // The push's id is its content: a retry of the same push is known; a different one is new.
    const pushId = crypto.createHash('sha256').update(workspaceId).update(JSON.stringify(changes)).digest('hex');
    store.transaction(() => repository.setOutbox({ pushId, changes }));
    const result = await applyPush(client, tables(), pushId, changes);
    // The rows pushed, as the workspace has them now: the project's bases, and its conflicts.
    const written = await settleFrom(client, rowsOf(changes), pushId, () => {
      repository.setOutbox(null);
      pending.keepMarks();
    });
    return { ...result, written };
  }

  /** `first`: the project was just published, or is cloned (it has no shared row yet). */
  async function pullWith(client: pg.Client, workspaceId: string, first?: 'published' | 'cloned'): Promise<number> {
    await recoverOutbox(client);
    const state = requireState();
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    // A clone reads the tables themselves; a pull, the rows the log names since the last one.
    const all = first === 'cloned' ? await readAllRows(client, tables()) : null;
    const since = all ?? (await readChangesSince(client, state.pulledThrough));
    const server = all ? all.server : await readRows(client, since.rows);
    await client.query('COMMIT');
    return settle(
      since.rows,
      server,
      () => {
        repository.setState({
          ...state,
          workspaceId,
          pulledThrough: since.through,
          lastSync: new Date().toISOString(),
        });
        pending.keepMarks(first !== undefined);
      },
      first === 'cloned',
    );
  }

  return {
    pendingChanges,
    /** Publishes the project into an empty database: the workspace's schema and every shared row. */
    async init(connection: Connection): Promise<number> {
      const name = store.settings.get('project.name') ?? '';
      const languages = store.contentLanguages.get();
      if (repository.state()) throw new MessageError(messageRef(m.alreadyConnected));
      return withClient(connection, async (client) => {
        const id = crypto.randomUUID();
        const rows = new Map(tables().map((table) => [table.name, repository.rows(table.name)]));
        await initWorkspaceSchema(
          client,
          tables(),
          { id, schemaVersion: LATEST_SCHEMA_VERSION, name, languages },
          rows,
        );
        repository.setState({
          workspace: withoutPassword(connection.conninfo),
          workspaceId: id,
          pulledThrough: 0,
          lastSync: null,
        });
        await pullWith(client, id, 'published');
        return [...rows.values()].reduce((sum, table) => sum + table.size, 0);
      });
    },
    async push(connection: Connection): Promise<PushResult> {
      const state = requireState();
      return withClient(connection, async (client) => {
        await requireWorkspace(client, state.workspaceId);
        return pushWith(client, state.workspaceId);
      });
    },
    async pull(connection: Connection): Promise<number> {
      const state = requireState();
      return withClient(connection, async (client) => {
        await requireWorkspace(client, state.workspaceId);
        return pullWith(client, state.workspaceId);
      });
    },
    /** Push, then pull: what the desktop's Sync does. */
    async sync(connection: Connection): Promise<SyncCounts> {
      const state = requireState();
      return withClient(connection, async (client) => {
        await requireWorkspace(client, state.workspaceId);
        const pushed = await pushWith(client, state.workspaceId);
        const pulled = await pullWith(client, state.workspaceId);
        // Fetched: what the pull wrote, and the workspace's values the push's merge wrote here.
        return { applied: pushed.applied, conflicts: repository.conflicts().length, pulled: pulled + pushed.written };
      });
    },
    /** Fills a new project from a workspace (the project must be new and empty). */
    async cloneInto(connection: Connection): Promise<WorkspaceInfo> {
      return withClient(connection, async (client) => {
        const info = await requireWorkspace(client);
        repository.setState({
          workspace: withoutPassword(connection.conninfo),
          workspaceId: info.id,
          pulledThrough: 0,
          lastSync: null,
        });
        await pullWith(client, info.id, 'cloned');
        if (info.name) store.settings.set('project.name', info.name);
        const languages = ContentLanguagesSchema.safeParse(info.languages);
        if (languages.success) store.contentLanguages.set(languages.data);
        return info;
      });
    },
    /** Which workspace the project syncs with (its connection without password); null when none. */
    state: () => repository.state(),
    /** The project's side of the status: the rows changed since the last sync (pending-changes.ts). */
    localStatus() {
      const state = repository.state();
      return { state, pending: state ? pending.count() : 0, conflicts: repository.conflicts().length };
    },
    /** The workspace's side: changes since the last pull, and the newest changes (who changed what). */
    async remoteStatus(connection: Connection, limit = 10) {
      const state = requireState();
      return withClient(connection, async (client) => {
        await requireWorkspace(client, state.workspaceId);
        const incoming = await client.query<{ count: number }>(
          'SELECT count(DISTINCT (table_name, row_uuid))::int AS count FROM itinera_changes WHERE seq > $1',
          [state.pulledThrough],
        );
        return { incoming: incoming.rows[0]?.count ?? 0, recent: await readRecentChanges(client, limit) };
      });
    },
    conflicts: () => repository.conflicts(),
    /**
     * Resolves a conflict: theirs (the workspace's value, already in the project), mine (the
     * project's value comes back and goes out with the next sync) or a value typed by the user.
     */
    resolve(id: number, choice: { keep: 'mine' | 'theirs' } | { value: string }): void {
      const conflict = repository.conflicts().find((candidate) => candidate.id === id);
      if (!conflict) throw new MessageError(messageRef(m.noSuchConflict, { id }));
      store.transaction(() => {
        if ('value' in choice || choice.keep === 'mine') {
          const value = 'value' in choice ? typedValue(tables(), conflict, choice.value) : conflict.mine;
          if (conflict.field === '*') {
            const row = value && typeof value === 'object' ? (value as TransportRow) : null;
            repository.write(conflict.table, conflict.uuid, row);
          } else {
            const row = { uuid: conflict.uuid, [conflict.field]: value as TransportValue };
            repository.write(conflict.table, conflict.uuid, row, [conflict.field]);
          }
        }
        repository.removeConflict(id);
      });
    },
  };
}
export type WorkspaceSync = ReturnType<typeof createWorkspaceSync>;
