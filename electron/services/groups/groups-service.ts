import { ApiError } from '../../../shared/api/errors.js';
import type { groupsApi } from '../../../shared/api/groups.js';
import { messageRef } from '../../../shared/i18n/define-messages.js';
import { editMessages } from '../../../shared/i18n/messages/edits.js';
import { groupsMessages } from '../../../shared/i18n/messages/groups.js';
import { fieldProblem } from '../../../shared/i18n/validation.js';
import type { Group } from '../../../shared/model/schemas.js';
import { removeAttachmentsOf } from '../attachments/feature-attachments.js';
import type { ServiceContext } from '../core/service-context.js';
import type { ServiceOf } from '../core/service-of.js';

// Groups: quarters, regional clusters, cultural routes and networks as memberships of places,
// areas and routes. Groups nest through their parent, never in a cycle.

export type GroupsService = ServiceOf<typeof groupsApi>;

export function createGroupsService(context: ServiceContext): GroupsService {
  const { store, edits, requireGroup, requirePlace, requireArea, requireRoute } = context;
  const { groups } = store;

  /** Refuses a parent that is the group itself or one of its descendants (no cycles). */
  function checkParent(groupId: number | null, parentId: number | null, field: string): void {
    if (parentId === null) return;
    requireGroup(parentId, field);
    let cursor: number | null = parentId;
    for (let steps = 0; cursor !== null; steps++) {
      if (cursor === groupId) {
        throw new ApiError('invalid-input', fieldProblem(field, messageRef(groupsMessages.nestedInItself)), field);
      }
      if (steps > 10_000) break;
      cursor = groups.get(cursor)?.parentId ?? null;
    }
  }

  return {
    listGroups: () => groups.list(),
    createGroup(input) {
      return edits.run(messageRef(editMessages.addGroup, { name: input.name }), () => {
        checkParent(null, input.parentId, 'parentId');
        return groups.insert(input);
      });
    },
    updateGroup({ id, changes }) {
      const current = requireGroup(id);
      return edits.run(messageRef(editMessages.editGroup, { name: current.name }), () => {
        const parentId = changes.parentId !== undefined ? changes.parentId : current.parentId;
        if (changes.parentId !== undefined) checkParent(id, parentId, 'changes.parentId');
        return groups.update(id, {
          name: changes.name ?? current.name,
          level: changes.level ?? current.level,
          parentId,
          description: changes.description ?? current.description,
        });
      });
    },
    deleteGroup({ id }) {
      const current = requireGroup(id);
      return edits.run(messageRef(editMessages.deleteGroup, { name: current.name }), () => {
        removeAttachmentsOf(store, 'group', id);
        groups.remove(id); // memberships go with it; subgroups move up to the top level
        return { id };
      });
    },
    addGroupMember({ groupId, memberType, memberId }) {
      const group = requireGroup(groupId, 'groupId');
      const member =
        memberType === 'place'
          ? requirePlace(memberId, 'memberId')
          : memberType === 'quarter'
            ? requireArea(memberId, 'memberId')
            : requireRoute(memberId, 'memberId');
      return edits.run(messageRef(editMessages.addToGroup, { member: member.name, group: group.name }), () => {
        if (!groups.hasMember(groupId, memberType, memberId)) groups.addMember(groupId, memberType, memberId);
        return groups.get(groupId) as Group;
      });
    },
    removeGroupMember({ groupId, memberType, memberId }) {
      const group = requireGroup(groupId, 'groupId');
      const member =
        memberType === 'place'
          ? store.places.get(memberId)
          : memberType === 'quarter'
            ? store.quarters.get(memberId)
            : store.routes.get(memberId);
      return edits.run(
        messageRef(editMessages.removeFromGroup, { member: member?.name ?? `#${memberId}`, group: group.name }),
        () => {
          if (!groups.removeMember(groupId, memberType, memberId)) {
            throw new ApiError(
              'not-found',
              messageRef(groupsMessages.notAMember, { memberType, group: group.name }),
              'memberId',
            );
          }
          return groups.get(groupId) as Group;
        },
      );
    },
  };
}
