import { QuarterChangesSchema, QuarterInputSchema, type Quarter } from '../model/schemas.js';
import { ByIdSchema, EmptySchema, method, updateSchema } from './method.js';

// Areas: cultural quarters and other outlines (stored in the `quarters` table).

const QuarterUpdateSchema = updateSchema(QuarterChangesSchema);

export const areasApi = {
  listQuarters: method<typeof EmptySchema, Quarter[]>('quarters:list:query', EmptySchema),
  createQuarter: method<typeof QuarterInputSchema, Quarter>('quarters:item:create', QuarterInputSchema),
  updateQuarter: method<typeof QuarterUpdateSchema, Quarter>('quarters:item:update', QuarterUpdateSchema),
  deleteQuarter: method<typeof ByIdSchema, { id: number }>('quarters:item:delete', ByIdSchema),
};
