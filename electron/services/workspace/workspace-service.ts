import { ApiError } from '../../../shared/api/errors.js';
import type {
  ConflictFeature,
  WorkspaceAddress,
  WorkspaceConflict,
  WorkspaceStatus,
  workspaceApi,
} from '../../../shared/api/workspace.js';
import { SSL_MODES } from '../../../shared/api/workspace.js';
import { MessageError } from '../../../shared/i18n/message-error.js';
import type { ProjectStore } from '../../store/project-store.js';
import { connectionKeywords, keywordsText } from '../../store/workspace/pg-connection.js';
import type { ServiceOf } from '../core/service-of.js';
import type { Connection, WorkspaceSync } from './workspace-sync.js';

// The workspace's slice of the API (shared/api/workspace.ts) over the sync (workspace-sync.ts):
// the desktop's and serve mode's Workspace panel. Passwords never reach the project: a call
// brings one, or the host's password keeper has it (the desktop's safe storage when the user
// asked to remember it; else kept for the session in memory).

export type WorkspaceService = ServiceOf<
  typeof workspaceApi,
  'publishWorkspace' | 'cloneWorkspace' | 'syncWorkspace' | 'getWorkspaceActivity'
>;

/** Where passwords of workspaces are kept, by the workspace's address (no password in it). */
export interface WorkspacePasswords {
  get(address: string): string | undefined;
  /** `remember`: beyond this session (the desktop's safe storage); else for the session only. */
  set(address: string, password: string, remember: boolean): void;
}

/** Passwords for this session only (serve mode, the command line, tests). */
export function sessionPasswords(): WorkspacePasswords {
  const kept = new Map<string, string>();
  return { get: (address) => kept.get(address), set: (address, password) => void kept.set(address, password) };
}

/** The libpq connection string of an address (what the project keeps: no password). */
export function conninfoOf(address: WorkspaceAddress): string {
  const { host, port, database: dbname, user, sslmode } = address;
  return keywordsText({ host, port: String(port), dbname, user, sslmode });
}

function addressOf(conninfo: string): WorkspaceAddress {
  const keywords = connectionKeywords(conninfo);
  const sslmode = SSL_MODES.find((mode) => mode === keywords.sslmode) ?? 'prefer';
  return {
    host: keywords.host ?? keywords.hostaddr ?? '',
    port: Number(keywords.port ?? 5432),
    database: keywords.dbname ?? '',
    user: keywords.user ?? '',
    sslmode,
  };
}

const FEATURES: Record<string, ConflictFeature> = {
  places: 'place',
  quarters: 'area',
  routes: 'route',
  links: 'link',
  cluster_groups: 'group',
  events: 'event',
  custom_field_definitions: 'field',
};

/** An error of the workspace as the API's error (its message in the caller's language). */
const apiError = (error: unknown) => (error instanceof MessageError ? new ApiError('conflict', error.detail) : error);

async function answer<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw apiError(error);
  }
}

export function createWorkspaceService(
  store: ProjectStore,
  sync: WorkspaceSync,
  passwords: WorkspacePasswords,
): WorkspaceService {
  const repository = store.workspace;

  function status(): WorkspaceStatus {
    const local = sync.localStatus();
    const conninfo = local.state?.workspace;
    return {
      address: conninfo ? addressOf(conninfo) : null,
      lastSync: local.state?.lastSync ?? null,
      pending: local.pending,
      conflicts: local.conflicts,
      passwordKept: conninfo ? passwords.get(conninfo) !== undefined : false,
    };
  }

  /** The stored workspace with the password given now or kept (else PGPASSWORD, ~/.pgpass). */
  function connection(input: { password?: string | undefined; remember: boolean }): Connection {
    const conninfo = sync.state()?.workspace;
    if (!conninfo) return { conninfo: '' };
    if (input.password) passwords.set(conninfo, input.password, input.remember);
    return { conninfo, password: input.password || passwords.get(conninfo) };
  }

  function given(input: WorkspaceAddress & { password?: string | undefined; remember: boolean }): Connection {
    const conninfo = conninfoOf(input);
    if (input.password) passwords.set(conninfo, input.password, input.remember);
    return { conninfo, password: input.password || passwords.get(conninfo) };
  }

  const display = (value: unknown) =>
    value === null || value === undefined ? '' : typeof value === 'string' ? value : JSON.stringify(value);

  return {
    getWorkspaceStatus: () => status(),
    publishWorkspace: (input) => answer(async () => (await sync.init(given(input)), status())),
    cloneWorkspace: (input) => answer(async () => (await sync.cloneInto(given(input)), status())),
    syncWorkspace: (input) => answer(() => sync.sync(connection(input))),
    getWorkspaceActivity: (input) => answer(() => sync.remoteStatus(connection(input))),
    listWorkspaceConflicts: () =>
      sync.conflicts().map((conflict): WorkspaceConflict => {
        const table = repository.tables().find((candidate) => candidate.name === conflict.table);
        const column = table?.columns.find((candidate) => candidate.name === conflict.field);
        const kind =
          conflict.field === '*'
            ? 'row'
            : column?.kind === 'geometry'
              ? 'geometry'
              : column?.kind === 'blob'
                ? 'file'
                : column?.kind === 'reference'
                  ? 'reference'
                  : column?.kind === 'integer' || column?.kind === 'real'
                    ? 'number'
                    : 'text';
        const whole = (value: unknown) => (value && typeof value === 'object' ? 'changed' : display(value));
        return {
          id: conflict.id,
          feature: FEATURES[conflict.table] ?? 'other',
          name: repository.nameOf(conflict.table, conflict.uuid),
          field: conflict.field,
          valueKind: kind,
          mine:
            kind === 'row' ? whole(conflict.mine) : kind === 'text' || kind === 'number' ? display(conflict.mine) : '',
          theirs:
            kind === 'row'
              ? whole(conflict.theirs)
              : kind === 'text' || kind === 'number'
                ? display(conflict.theirs)
                : '',
          theirsBy: conflict.theirsBy,
        };
      }),
    resolveWorkspaceConflict: (input) => {
      try {
        sync.resolve(input.id, 'keep' in input ? { keep: input.keep } : { value: input.value });
      } catch (error) {
        throw apiError(error);
      }
      return { id: input.id };
    },
  };
}
