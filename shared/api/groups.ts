import { GroupChangesSchema, GroupInputSchema, GroupMemberSchema, type Group } from '../model/schemas.js';
import { ByIdSchema, EmptySchema, method, updateSchema } from './method.js';

// Groups at the levels of a creative cluster (quarter, regional cluster, cultural route,
// international network), nested, with places and areas as members.

const GroupUpdateSchema = updateSchema(GroupChangesSchema);

export const groupsApi = {
  listGroups: method<typeof EmptySchema, Group[]>('groups:list:query', EmptySchema),
  createGroup: method<typeof GroupInputSchema, Group>('groups:item:create', GroupInputSchema),
  updateGroup: method<typeof GroupUpdateSchema, Group>('groups:item:update', GroupUpdateSchema),
  deleteGroup: method<typeof ByIdSchema, { id: number }>('groups:item:delete', ByIdSchema),
  addGroupMember: method<typeof GroupMemberSchema, Group>('groups:member:add', GroupMemberSchema),
  removeGroupMember: method<typeof GroupMemberSchema, Group>('groups:member:remove', GroupMemberSchema),
};
