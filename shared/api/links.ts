import { LinkChangesSchema, LinkInputSchema, type Link } from '../model/schemas.js';
import { ByIdSchema, EmptySchema, method, updateSchema } from './method.js';

// Links between places and actors: typed, dated, with a strength.

const LinkUpdateSchema = updateSchema(LinkChangesSchema);

export const linksApi = {
  listLinks: method<typeof EmptySchema, Link[]>('links:list:query', EmptySchema),
  createLink: method<typeof LinkInputSchema, Link>('links:item:create', LinkInputSchema),
  updateLink: method<typeof LinkUpdateSchema, Link>('links:item:update', LinkUpdateSchema),
  deleteLink: method<typeof ByIdSchema, { id: number }>('links:item:delete', ByIdSchema),
};
