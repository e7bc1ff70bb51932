import { defineMessages } from '../../define-messages.js';

// The drawing toolbar on the map's edge, and the hints over the map that say what the tool on
// expects (select, add a place, draw a route or an area, link two places).

export const mapToolMessages = defineMessages({
  toolbarLabel: {
    id: 'ui.mapTools.toolbarLabel',
    defaultMessage: 'Drawing tools',
    description: 'Name of the toolbar of drawing tools on the map’s edge (for screen readers).',
  },
  select: {
    id: 'ui.mapTools.select',
    defaultMessage: 'Select',
    description: 'Tool button under its icon: select, move and reshape. Very little room: about 8 characters.',
  },
  selectTitle: {
    id: 'ui.mapTools.selectTitle',
    defaultMessage: 'Select, move and reshape (Shift+click or Shift+drag selects several places)',
    description: 'Tooltip of the Select tool. Shift is the keyboard key.',
  },
  place: {
    id: 'ui.mapTools.place',
    defaultMessage: 'Place',
    description: 'Tool button under its icon: add a place. Very little room: about 8 characters.',
  },
  placeTitle: {
    id: 'ui.mapTools.placeTitle',
    defaultMessage: 'Add a place: click where it is',
    description: 'Tooltip of the Place tool.',
  },
  route: {
    id: 'ui.mapTools.route',
    defaultMessage: 'Route',
    description: 'Tool button under its icon: draw a cultural route. Very little room: about 8 characters.',
  },
  routeTitle: {
    id: 'ui.mapTools.routeTitle',
    defaultMessage: 'Draw a route: click its stops (places) in order, double-click the last one',
    description: 'Tooltip of the Route tool.',
  },
  area: {
    id: 'ui.mapTools.area',
    defaultMessage: 'Area',
    description:
      'Tool button under its icon: draw an area (a cultural quarter, a campus…). Very little room: about 8 characters.',
  },
  areaTitle: {
    id: 'ui.mapTools.areaTitle',
    defaultMessage: 'Draw a quarter or other area: click its corners, click the first one again to close it',
    description: 'Tooltip of the Area tool.',
  },
  link: {
    id: 'ui.mapTools.link',
    defaultMessage: 'Link',
    description:
      'Tool button under its icon: link two places (a relation such as “partner in a project”). Very little room: about 8 characters.',
  },
  linkTitle: {
    id: 'ui.mapTools.linkTitle',
    defaultMessage: 'Link two places: click the first, then the second',
    description: 'Tooltip of the Link tool.',
  },
  delete: {
    id: 'ui.mapTools.delete',
    defaultMessage: 'Delete',
    description: 'Tool button under its icon: delete what is selected. Very little room: about 8 characters.',
  },
  deleteTitle: {
    id: 'ui.mapTools.deleteTitle',
    defaultMessage: 'Delete what is selected',
    description: 'Tooltip of the Delete button of the drawing toolbar.',
  },
  hintAddPlace: {
    id: 'ui.mapTools.hintAddPlace',
    defaultMessage: 'Click the map where the new place is. Press Escape to cancel.',
    description: 'Hint over the map while adding a place. Escape is the keyboard key.',
  },
  hintSelect: {
    id: 'ui.mapTools.hintSelect',
    defaultMessage:
      'Drag to move; drag an area’s corners to reshape it. Shift+click or Shift+drag selects places. Esc leaves.',
    description: 'Hint over the map while the Select tool is on. Shift and Esc are keyboard keys.',
  },
  hintSelectPicked: {
    id: 'ui.mapTools.hintSelectPicked',
    defaultMessage:
      '{count, plural, one {# place selected} other {# places selected}} · Drag to move; drag an area’s corners to reshape it. Shift+click or Shift+drag selects places. Esc leaves.',
    description:
      'Hint over the map while the Select tool is on and places are selected; {count} is how many. Shift and Esc are keyboard keys.',
  },
  hintRoute: {
    id: 'ui.mapTools.hintRoute',
    defaultMessage: 'Click the places the route stops at, in order; double-click the last one. Esc cancels.',
    description: 'Hint over the map while drawing a route. Esc is the keyboard key.',
  },
  hintArea: {
    id: 'ui.mapTools.hintArea',
    defaultMessage: 'Click the corners of the area; click the first corner to close it. Esc cancels.',
    description: 'Hint over the map while drawing an area. Esc is the keyboard key.',
  },
  hintLinkFirst: {
    id: 'ui.mapTools.hintLinkFirst',
    defaultMessage: 'Click the first place of the link. Esc cancels.',
    description: 'Hint over the map when the Link tool is on and no place is chosen yet.',
  },
  hintLinkSecond: {
    id: 'ui.mapTools.hintLinkSecond',
    defaultMessage: 'Now click the place to link with “{name}”. Esc cancels.',
    description: 'Hint over the map after the first place of a link was clicked; {name} is that place’s name.',
  },
  deleteSelectionQuestion: {
    id: 'ui.mapTools.deleteSelectionQuestion',
    defaultMessage:
      '{what, select, places {Delete {count, plural, one {# place} other {# places}}? Links to deleted places go with them.} area {Delete the area “{area}”? Links to deleted places go with them.} other {Delete {count, plural, one {# place} other {# places}} and the area “{area}”? Links to deleted places go with them.}}',
    description:
      'Confirmation (a browser dialog) before deleting what the Select tool picked: {what} says whether it is places, an area or both; {count} is the number of places, {area} the area’s name.',
  },
  deletedSelection: {
    id: 'ui.mapTools.deletedSelection',
    defaultMessage:
      '{what, select, places {Deleted {count, plural, one {# place} other {# places}}.} area {Deleted the area “{area}”.} other {Deleted {count, plural, one {# place} other {# places}} and the area “{area}”.}}',
    description:
      'Status after deleting what the Select tool picked: {what} says whether it was places, an area or both; {count} is the number of places, {area} the area’s name.',
  },
  moveFailed: {
    id: 'ui.mapTools.moveFailed',
    defaultMessage: 'The place could not be moved: {reason}',
    description: 'Error after dragging places on the map failed; {reason} is why (a message of its own).',
  },
});
