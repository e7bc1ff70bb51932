import { RouteChangesSchema, RouteInputSchema, type Route } from '../model/schemas.js';
import { ByIdSchema, EmptySchema, method, updateSchema } from './method.js';

// Cultural routes: ordered stops at places.

const RouteUpdateSchema = updateSchema(RouteChangesSchema);

export const routesApi = {
  listRoutes: method<typeof EmptySchema, Route[]>('routes:list:query', EmptySchema),
  createRoute: method<typeof RouteInputSchema, Route>('routes:item:create', RouteInputSchema),
  updateRoute: method<typeof RouteUpdateSchema, Route>('routes:item:update', RouteUpdateSchema),
  deleteRoute: method<typeof ByIdSchema, { id: number }>('routes:item:delete', ByIdSchema),
};
