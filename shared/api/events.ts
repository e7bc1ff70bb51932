import { EventChangesSchema, EventInputSchema, type ClusterEvent } from '../model/schemas.js';
import { ByIdSchema, EmptySchema, method, updateSchema } from './method.js';

// Events (soft infrastructure in time): a venue, dates and participating actors.

const EventUpdateSchema = updateSchema(EventChangesSchema);

export const eventsApi = {
  listEvents: method<typeof EmptySchema, ClusterEvent[]>('events:list:query', EmptySchema),
  createEvent: method<typeof EventInputSchema, ClusterEvent>('events:item:create', EventInputSchema),
  updateEvent: method<typeof EventUpdateSchema, ClusterEvent>('events:item:update', EventUpdateSchema),
  deleteEvent: method<typeof ByIdSchema, { id: number }>('events:item:delete', ByIdSchema),
};
