import { z } from 'zod';
import type { ChangeDiff } from '../analytics/change-report.js';
import { DateSchema, IdSchema, ShortTextSchema } from '../model/value-schemas.js';
import { ByIdSchema, method } from './method.js';

// Report snapshots (issue #15, point 6): an area's or group's report card kept with a day, and
// the change report between two of them (new and closed firms, links gained and lost, how the
// counts, diversity and interlinkage moved). Saving and deleting are undoable edits.

/** What a snapshot covers: an area or a group (with its areas and sub-groups), as report cards do. */
export const SnapshotScopeSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('area'), areaId: IdSchema }).strict(),
  z.object({ kind: z.literal('group'), groupId: IdSchema }).strict(),
]);
export type SnapshotScope = z.output<typeof SnapshotScopeSchema>;

export const SaveSnapshotSchema = z
  .object({
    scope: SnapshotScopeSchema,
    /** The day the snapshot stands for (YYYY-MM-DD); today (the backend's day) when left out. */
    takenOn: DateSchema.optional(),
    label: ShortTextSchema.trim().default(''),
  })
  .strict();

export const ListSnapshotsSchema = z.object({ scope: SnapshotScopeSchema }).strict();

export const CompareSnapshotsSchema = z.object({ fromId: IdSchema, toId: IdSchema }).strict();

/**
 * An area as it stood at the end of one day (UTC), rebuilt from the edit history, against the end
 * of another day or, without `toDate`, the project as it is now. Imports are not in the history:
 * places, links and events they added later are left out by when they were created, but what an
 * import changed in existing rows counts as it is now.
 */
export const CompareDatesSchema = z
  .object({ areaId: IdSchema, fromDate: DateSchema, toDate: DateSchema.optional() })
  .strict();

export interface SnapshotSummary {
  id: number;
  scope: SnapshotScope;
  /** The area's or group's name now; null when it has been deleted since. */
  scopeName: string | null;
  takenOn: string;
  label: string;
  /** When it was saved (ISO date and time, UTC). */
  createdAt: string;
  places: number;
  actors: number;
  creativeFirms: number;
  links: number;
  /** The distance of its interlinkage figures, in metres. */
  interlinkageWithinMetres: number;
}

/** One side of a change report: a saved snapshot, or the project at a date (id and createdAt null). */
export interface ChangeSide extends Omit<SnapshotSummary, 'id' | 'createdAt'> {
  id: number | null;
  createdAt: string | null;
}

export interface ChangeReport extends ChangeDiff {
  from: ChangeSide;
  to: ChangeSide;
}

export const snapshotsApi = {
  saveSnapshot: method<typeof SaveSnapshotSchema, SnapshotSummary>('snapshots:item:create', SaveSnapshotSchema),
  listSnapshots: method<typeof ListSnapshotsSchema, SnapshotSummary[]>('snapshots:list:query', ListSnapshotsSchema),
  deleteSnapshot: method<typeof ByIdSchema, { id: number }>('snapshots:item:delete', ByIdSchema),
  compareSnapshots: method<typeof CompareSnapshotsSchema, ChangeReport>(
    'snapshots:change:query',
    CompareSnapshotsSchema,
  ),
  compareDates: method<typeof CompareDatesSchema, ChangeReport>('snapshots:dates:compare', CompareDatesSchema),
};

export type {
  ChangeDiff,
  FigureChange,
  SnapshotActor,
  SnapshotContent,
  SnapshotLink,
} from '../analytics/change-report.js';
