import { defineMessages } from '../../define-messages.js';

// The cluster groups a place belongs to (a quarter, a regional cluster, a cultural route, an
// international network), shown as chips in the place panel.

export const groupMessages = defineMessages({
  title: {
    id: 'ui.groups.title',
    defaultMessage: 'Groups',
    description: 'Heading of the groups a place or an area belongs to, in its panel.',
  },
  empty: {
    id: 'ui.groups.empty',
    defaultMessage: 'Not in any group yet.',
    description: 'Shown when the place or area belongs to no group.',
  },
  addTo: {
    id: 'ui.groups.addTo',
    defaultMessage: 'Add to group',
    description: 'Name (for screen readers) of the drop-down of groups to add the place or area to.',
  },
  addToChoose: {
    id: 'ui.groups.addToChoose',
    defaultMessage: 'Add to group…',
    description: 'The first (empty) choice of the drop-down of groups to add the place or area to.',
  },
  option: {
    id: 'ui.groups.option',
    defaultMessage: '{name} ({level})',
    description: 'A group in the drop-down; {name} is its name, {level} its level (Quarter, Regional cluster…).',
  },
  removeLabel: {
    id: 'ui.groups.removeLabel',
    defaultMessage: 'Remove from {name}',
    description: 'Name and tooltip of a group chip’s × button; {name} is the group’s name.',
  },
  create: {
    id: 'ui.groups.create',
    defaultMessage: 'New group',
    description: 'Button that opens the form for a new group. Keep it short.',
  },
  name: { id: 'ui.groups.name', defaultMessage: 'Group name', description: 'Label of a new group’s name.' },
  level: {
    id: 'ui.groups.level',
    defaultMessage: 'Level',
    description: 'Label of a new group’s level (quarter, regional cluster, cultural route, network).',
  },
  parent: {
    id: 'ui.groups.parent',
    defaultMessage: 'Inside group',
    description: 'Label of the group a new group belongs to.',
  },
  noParent: {
    id: 'ui.groups.noParent',
    defaultMessage: 'None (top level)',
    description: 'Choice of “Inside group”: the new group belongs to no other group.',
  },
  createSubmit: {
    id: 'ui.groups.createSubmit',
    defaultMessage: 'Create and add',
    description: 'Button that creates the group and adds the place or area to it. Keep it short.',
  },
  chipDetail: {
    id: 'ui.groups.chipDetail',
    defaultMessage: ' · {level}{hasParent, select, true { · in {parent}} other {}}',
    description:
      'After a group’s name on its chip (keep the leading space and dot): its level ({level}: Quarter, Regional cluster…) and, when it belongs to another group ({hasParent} true), that group’s name ({parent}).',
  },
});
