import { z } from 'zod';
import { IdSchema } from '../model/value-schemas.js';
import { EmptySchema, method } from './method.js';

// The shared workspace (issue #17): a PostgreSQL/PostGIS database several laptops sync with.
// The project keeps where it syncs (host, port, database, user; never a password); a password is
// given with the call that needs it and, on the desktop when asked, kept in the system's safe
// storage (Electron's safeStorage), else for the session only.

const NameSchema = z.string().trim().min(1).max(255);

export const SSL_MODES = ['disable', 'prefer', 'require', 'verify-full'] as const;

export const WorkspaceAddressSchema = z
  .object({
    host: NameSchema,
    port: z.number().int().min(1).max(65_535).default(5432),
    database: NameSchema,
    user: NameSchema,
    sslmode: z.enum(SSL_MODES).default('prefer'),
  })
  .strict();
export type WorkspaceAddress = z.output<typeof WorkspaceAddressSchema>;

const PasswordSchema = z.string().max(1_000).optional();

export const ConnectWorkspaceSchema = WorkspaceAddressSchema.extend({
  password: PasswordSchema,
  /** Keep the password for this workspace (desktop: the system's safe storage). */
  remember: z.boolean().default(false),
}).strict();

export const WorkspaceCallSchema = z
  .object({ password: PasswordSchema, remember: z.boolean().default(false) })
  .strict();

export const ResolveConflictSchema = z.union([
  z.object({ id: IdSchema, keep: z.enum(['mine', 'theirs']) }).strict(),
  z.object({ id: IdSchema, value: z.string().max(10_000) }).strict(),
]);

export interface WorkspaceStatus {
  /** Where the project syncs; null when it is not connected to a workspace. */
  address: WorkspaceAddress | null;
  /** When it last fetched the workspace's changes (ISO), null when never. */
  lastSync: string | null;
  /** Rows changed here since the last sync, waiting to be sent. */
  pending: number;
  conflicts: number;
  /** Whether a password for this workspace is kept (session or safe storage). */
  passwordKept: boolean;
}

export interface WorkspaceActivity {
  /** Rows changed in the workspace since this project last fetched. */
  incoming: number;
  /** The newest changes: who changed what (database user, table, fields). */
  recent: { seq: number; table: string; action: string; fields: string[]; by: string; at: string }[];
}

export interface SyncResult {
  applied: number;
  pulled: number;
  conflicts: number;
}

export type ConflictFeature = 'place' | 'area' | 'route' | 'link' | 'group' | 'event' | 'field' | 'other';

export interface WorkspaceConflict {
  id: number;
  feature: ConflictFeature;
  /** The feature's name (or title) as this project has it now; '' when it has none. */
  name: string;
  /** The field changed on both sides; '*' when one side deleted the feature. */
  field: string;
  mine: string;
  theirs: string;
  /** The database user who made the workspace's change. */
  theirsBy: string;
  /**
   * What the field holds: text and numbers are shown (and a value can be typed); a position, a
   * file or a reference are not shown; "row": one side deleted the feature (mine/theirs are
   * "deleted" or "changed").
   */
  valueKind: 'text' | 'number' | 'geometry' | 'file' | 'reference' | 'row';
}

export const workspaceApi = {
  getWorkspaceStatus: method<typeof EmptySchema, WorkspaceStatus>('workspace:status:query', EmptySchema),
  /** Publishes this project into an empty database (it becomes the workspace). */
  publishWorkspace: method<typeof ConnectWorkspaceSchema, WorkspaceStatus>(
    'workspace:item:publish',
    ConnectWorkspaceSchema,
  ),
  /** Fills this new, empty project from a workspace (a clone). */
  cloneWorkspace: method<typeof ConnectWorkspaceSchema, WorkspaceStatus>(
    'workspace:item:clone',
    ConnectWorkspaceSchema,
  ),
  syncWorkspace: method<typeof WorkspaceCallSchema, SyncResult>('workspace:item:sync', WorkspaceCallSchema),
  getWorkspaceActivity: method<typeof WorkspaceCallSchema, WorkspaceActivity>(
    'workspace:activity:query',
    WorkspaceCallSchema,
  ),
  listWorkspaceConflicts: method<typeof EmptySchema, WorkspaceConflict[]>('workspace:conflicts:query', EmptySchema),
  resolveWorkspaceConflict: method<typeof ResolveConflictSchema, { id: number }>(
    'workspace:conflict:resolve',
    ResolveConflictSchema,
  ),
};
