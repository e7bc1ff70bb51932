import { defineMessages } from '../define-messages.js';

// Errors of groups (quarters, regional clusters, cultural routes, networks as memberships).

export const groupsMessages = defineMessages({
  notFound: {
    id: 'groups.error.notFound',
    defaultMessage: 'There is no group with id {id}.',
    description: 'Error when a request names a group that does not exist; {id} is the number asked for.',
  },
  nestedInItself: {
    id: 'groups.error.nestedInItself',
    defaultMessage: 'a group cannot be nested inside itself or its own subgroup',
    description:
      'Problem shown after the field name "Parent group" when the chosen parent would make a cycle of groups.',
  },
  notAMember: {
    id: 'groups.error.notAMember',
    defaultMessage:
      '{memberType, select, place {That place is not in the group "{group}".} route {That route is not in the group "{group}".} other {That area is not in the group "{group}".}}',
    description:
      'Error when removing a member a group does not have; {memberType} is "place", "route" or "quarter" (an area), {group} the group’s name.',
  },
});
