import { HISTORY_FEATURE_TABLES, type editsApi } from '../../../shared/api/edits.js';
import type { ServiceContext } from '../core/service-context.js';
import type { ServiceOf } from '../core/service-of.js';

// Undo, redo and a feature's history, over the single edit path (edit-service.ts).

export type UndoRedoService = ServiceOf<typeof editsApi>;

export function createUndoRedoService({ edits }: ServiceContext): UndoRedoService {
  return {
    undo: () => edits.undo(),
    redo: () => edits.redo(),
    getUndoState: () => edits.state(),
    getFeatureHistory: ({ featureType, id, limit }) => edits.history(HISTORY_FEATURE_TABLES[featureType], id, limit),
  };
}
