import { defineMessages } from '../../define-messages.js';

// Areas (cultural quarters, campuses, converted industrial sites) drawn on the map: the form that
// names a new one, what the app says after drawing or reshaping one, the area panel (its size and
// the places inside, its name, kind and description, deleting it) and the sidebar's list of areas.

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
    description:
      'Button that saves the drawn area, or the changes typed in the area panel. Keep it short (about 14 characters).',
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
  closePanel: {
    id: 'ui.areas.closePanel',
    defaultMessage: 'Close the area panel',
    description: 'Name and tooltip of the × button that closes the open area’s panel (Escape closes it too).',
  },
  size: {
    id: 'ui.areas.size',
    defaultMessage: '{size} · {count, plural, =0 {no place inside} one {# place inside} other {# places inside}}',
    description:
      'Under the title of the area panel; {size} is the area’s size already formatted (e.g. “12.4 ha”), {count} how many places lie inside its outline.',
  },
  sizeLoading: {
    id: 'ui.areas.sizeLoading',
    defaultMessage: '{size} · counting the places inside…',
    description:
      'Under the title of the area panel while the places are still being read; {size} is the area’s size already formatted (e.g. “12.4 ha”).',
  },
  kindsLabel: {
    id: 'ui.areas.kindsLabel',
    defaultMessage: 'Places inside by kind',
    description:
      'Name (for screen readers) of the row of counts per kind of place (heritage sites 3, creative firms 5…).',
  },
  kindCount: {
    id: 'ui.areas.kindCount',
    defaultMessage: '{kind}: {count, number}',
    description:
      'One count in the area panel’s header; {kind} is a kind of place (e.g. “Heritage sites”), {count} how many.',
  },
  reshape: {
    id: 'ui.areas.reshape',
    defaultMessage: 'Reshape outline',
    description:
      'Button in the area panel that turns on the Select tool, with which the area’s corners are dragged on the map. Keep it short.',
  },
  reshapeTitle: {
    id: 'ui.areas.reshapeTitle',
    defaultMessage: 'Drag the area or its corners on the map with the Select tool; Esc leaves it.',
    description: 'Tooltip of the “Reshape outline” button.',
  },
  deleteArea: {
    id: 'ui.areas.deleteArea',
    defaultMessage: 'Delete area',
    description: 'Button at the bottom of the area panel; asks for confirmation first. Keep it short.',
  },
  deleteQuestion: {
    id: 'ui.areas.deleteQuestion',
    defaultMessage:
      'Delete the area “{name}” with its photos, documents and annotations? The places inside stay in the project.',
    description: 'Confirmation before deleting an area; {name} is its name.',
  },
  deleting: {
    id: 'ui.areas.deleting',
    defaultMessage: 'Deleting…',
    description: 'The Delete button while the area is being deleted. Keep it short.',
  },
  deleted: {
    id: 'ui.areas.deleted',
    defaultMessage: 'Area “{name}” deleted. Undo brings it back.',
    description: 'Status after an area was deleted; {name} is its name.',
  },
  placesTitle: {
    id: 'ui.areas.placesTitle',
    defaultMessage: 'Places inside',
    description: 'Heading of the list of the places inside the area’s outline, in the area panel.',
  },
  placesEmpty: {
    id: 'ui.areas.placesEmpty',
    defaultMessage: 'No place lies inside this area.',
    description: 'Shown in the area panel when no place is inside the area’s outline.',
  },
  placesLoading: {
    id: 'ui.areas.placesLoading',
    defaultMessage: 'Reading the places…',
    description: 'Shown in the area panel’s list of places while the project’s places are still being read.',
  },
  showAllPlaces: {
    id: 'ui.areas.showAllPlaces',
    defaultMessage: 'Show all {count, number}',
    description:
      'Button under the first places inside an area that shows the rest of them; {count} is how many in all.',
  },
  listTitle: {
    id: 'ui.areas.listTitle',
    defaultMessage: 'Areas',
    description: 'Heading of the list of the project’s areas (quarters, creative spaces…) in the sidebar.',
  },
  listEmpty: {
    id: 'ui.areas.listEmpty',
    defaultMessage: 'No areas yet: draw one with the Area tool on the map.',
    description: 'Shown in the sidebar when the project has no area.',
  },
  listItemMeta: {
    id: 'ui.areas.listItemMeta',
    defaultMessage: '{kind} · {size}',
    description:
      'Under an area’s name in the sidebar’s list; {kind} is its kind (e.g. “Cultural quarter”), {size} its size already formatted (e.g. “12.4 ha”).',
  },
});
