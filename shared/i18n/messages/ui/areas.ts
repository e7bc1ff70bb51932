import { defineMessages } from '../../define-messages.js';

// Areas (cultural quarters, campuses, converted industrial sites) drawn on the map: the form that
// names a new one, and what the app says after drawing or reshaping one.

export const areaMessages = defineMessages({
  newAreaTitle: {
    id: 'ui.areas.newAreaTitle',
    defaultMessage: 'New area',
    description: 'Heading of the form shown after an area was drawn on the map (name and kind).',
  },
  kind: {
    id: 'ui.areas.kind',
    defaultMessage: 'Kind of area',
    description: 'Label of the drop-down of kinds of area (cultural quarter, shared creative space…).',
  },
  save: {
    id: 'ui.areas.save',
    defaultMessage: 'Save area',
    description: 'Button that saves the drawn area. Keep it short (about 14 characters).',
  },
  saved: {
    id: 'ui.areas.saved',
    defaultMessage: 'Area “{name}” saved.',
    description: 'Status after a drawn area was saved; {name} is its name.',
  },
  changed: {
    id: 'ui.areas.changed',
    defaultMessage: 'Area “{name}” changed.',
    description: 'Status after an area’s outline was reshaped on the map; {name} is its name.',
  },
  changeFailed: {
    id: 'ui.areas.changeFailed',
    defaultMessage: 'The area was not changed: {reason}',
    description: 'Error after reshaping an area failed; {reason} is why (a message of its own).',
  },
});
