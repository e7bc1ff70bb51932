import { z } from 'zod';
import type { ChangeTopic } from './changes.js';
import type { MessageRef } from '../i18n/define-messages.js';
import { IdSchema } from '../model/schemas.js';
import { EmptySchema, method } from './method.js';
import { modelMessages as m } from '../i18n/messages/model.js';
import { problem } from '../i18n/validation.js';

// Undo, redo and the history of a feature: every edit is one operation stored in the file.

/** What Undo and Redo would do now (labels such as "Move Gozzoburg", as messages the reader formats). */
export interface UndoState {
  canUndo: boolean;
  canRedo: boolean;
  undoLabel: MessageRef | null;
  redoLabel: MessageRef | null;
}

export interface UndoResult extends UndoState {
  /** The operation undone or redone. */
  label: MessageRef;
  /** What changed (places, areas, links, …), as the change event that follows names it. */
  topics: ChangeTopic[];
}

/** The feature types that keep a history, and the table each is stored in. */
export const HISTORY_FEATURE_TABLES = {
  place: 'places',
  quarter: 'quarters',
  route: 'routes',
  link: 'links',
  group: 'cluster_groups',
  event: 'events',
} as const;
export type HistoryFeatureType = keyof typeof HISTORY_FEATURE_TABLES;

export interface FeatureHistoryEntry {
  operationId: number;
  /** The user's action, e.g. "Move Gozzoburg"; undos and redos read "Undo …" / "Redo …". */
  label: MessageRef;
  kind: 'edit' | 'undo' | 'redo';
  action: 'create' | 'update' | 'delete';
  /** Stored columns that changed (name, geom, custom_fields, …). */
  changedFields: string[];
  /** When (ISO 8601, UTC). */
  at: string;
}

export const FeatureHistoryQuerySchema = z
  .object({
    featureType: z.enum(Object.keys(HISTORY_FEATURE_TABLES) as [HistoryFeatureType, ...HistoryFeatureType[]], {
      error: problem(m.notHistoryFeature),
    }),
    id: IdSchema,
    limit: z.number().int().positive().max(1000).default(200),
  })
  .strict();

export const editsApi = {
  undo: method<typeof EmptySchema, UndoResult>('edits:undo:apply', EmptySchema),
  redo: method<typeof EmptySchema, UndoResult>('edits:redo:apply', EmptySchema),
  getUndoState: method<typeof EmptySchema, UndoState>('edits:state:get', EmptySchema),
  getFeatureHistory: method<typeof FeatureHistoryQuerySchema, FeatureHistoryEntry[]>(
    'history:feature:query',
    FeatureHistoryQuerySchema,
  ),
};
