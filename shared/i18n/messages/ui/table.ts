import { defineMessages } from '../../define-messages.js';

// The attribute table docked under the map: tabs of places, areas, links and events, a quick
// filter, and cells that can be edited in place.

export const tableMessages = defineMessages({
  button: {
    id: 'ui.table.button',
    defaultMessage: 'Table',
    description: 'Button above the map that shows or hides the attribute table. Keep it short (about 10 characters).',
  },
  buttonTitle: {
    id: 'ui.table.buttonTitle',
    defaultMessage: 'Show or hide the attribute table under the map',
    description: 'Tooltip of the Table button.',
  },
  label: {
    id: 'ui.table.label',
    defaultMessage: 'Attribute table',
    description: 'Name (for screen readers) of the table under the map and of its tabs.',
  },
  tabPlaces: {
    id: 'ui.table.tabPlaces',
    defaultMessage: 'Places',
    description: 'Tab of the table: the places. Short.',
  },
  tabAreas: {
    id: 'ui.table.tabAreas',
    defaultMessage: 'Areas',
    description: 'Tab of the table: the areas (quarters). Short.',
  },
  tabLinks: { id: 'ui.table.tabLinks', defaultMessage: 'Links', description: 'Tab of the table: the links. Short.' },
  tabEvents: {
    id: 'ui.table.tabEvents',
    defaultMessage: 'Events',
    description: 'Tab of the table: the events. Short.',
  },
  tabRoutes: {
    id: 'ui.table.tabRoutes',
    defaultMessage: 'Routes',
    description: 'Tab of the table: the cultural routes. Short.',
  },
  quickFilter: {
    id: 'ui.table.quickFilter',
    defaultMessage: 'Quick filter',
    description: 'Name (for screen readers) of the table’s quick text filter.',
  },
  quickFilterPlaceholder: {
    id: 'ui.table.quickFilterPlaceholder',
    defaultMessage: 'Narrow the rows…',
    description: 'Placeholder of the table’s quick filter (about 18 characters fit).',
  },
  rowCount: {
    id: 'ui.table.rowCount',
    defaultMessage: '{shown, number} of {total, plural, one {# row} other {# rows}}',
    description: 'Above the table when its quick filter or the workspace filter leaves out rows: {shown} of {total}.',
  },
  rowCountAll: {
    id: 'ui.table.rowCountAll',
    defaultMessage: '{total, plural, one {# row} other {# rows}}',
    description: 'Above the table when it shows every row; {total} is their number.',
  },
  resize: {
    id: 'ui.table.resize',
    defaultMessage: 'Drag to resize the table',
    description: 'Name and tooltip of the table’s top edge, which changes its height.',
  },
  close: {
    id: 'ui.table.close',
    defaultMessage: 'Hide the table',
    description: 'Name and tooltip of the × button that hides the table.',
  },
  empty: {
    id: 'ui.table.empty',
    defaultMessage: 'No row matches the filter.',
    description: 'Shown in the table when no row is left.',
  },
  editHint: {
    id: 'ui.table.editHint',
    defaultMessage: 'Enter or double-click edits a cell; Enter saves, Escape cancels.',
    description: 'Hint next to the places tab’s count. Enter and Escape are keyboard keys.',
  },
  notANumber: {
    id: 'ui.table.notANumber',
    defaultMessage: '“{text}” is not a number.',
    description: 'Error at a table cell of a number field; {text} is what was typed.',
  },
  notYesOrNo: {
    id: 'ui.table.notYesOrNo',
    defaultMessage: '“{text}” is not yes or no.',
    description: 'Error at a table cell of a yes/no field; {text} is what was typed.',
  },
  columnId: {
    id: 'ui.table.columnId',
    defaultMessage: 'Id',
    description: 'Column header: the feature’s number. Short.',
  },
  columnName: { id: 'ui.table.columnName', defaultMessage: 'Name', description: 'Column header.' },
  columnCategory: {
    id: 'ui.table.columnCategory',
    defaultMessage: 'Category',
    description: 'Column header: kind of place.',
  },
  columnSector: {
    id: 'ui.table.columnSector',
    defaultMessage: 'Sector',
    description: 'Column header: creative sector.',
  },
  columnGroups: {
    id: 'ui.table.columnGroups',
    defaultMessage: 'Groups',
    description: 'Column header: the groups (quarters, networks) a place belongs to.',
  },
  columnTags: { id: 'ui.table.columnTags', defaultMessage: 'Tags', description: 'Column header.' },
  columnAddress: { id: 'ui.table.columnAddress', defaultMessage: 'Address', description: 'Column header.' },
  columnWebsite: { id: 'ui.table.columnWebsite', defaultMessage: 'Website', description: 'Column header.' },
  columnDescription: { id: 'ui.table.columnDescription', defaultMessage: 'Description', description: 'Column header.' },
  columnLongitude: { id: 'ui.table.columnLongitude', defaultMessage: 'Longitude', description: 'Column header.' },
  columnLatitude: { id: 'ui.table.columnLatitude', defaultMessage: 'Latitude', description: 'Column header.' },
  columnCreated: {
    id: 'ui.table.columnCreated',
    defaultMessage: 'Created',
    description: 'Column header: when the row was created.',
  },
  columnUpdated: {
    id: 'ui.table.columnUpdated',
    defaultMessage: 'Last changed',
    description: 'Column header: when the row was last changed.',
  },
  columnMode: {
    id: 'ui.table.columnMode',
    defaultMessage: 'Mode',
    description: 'Column header: how a route is travelled (on foot, by wheelchair, by bicycle, by car).',
  },
  columnStops: {
    id: 'ui.table.columnStops',
    defaultMessage: 'Stops',
    description: 'Column header: the number of stops of a route.',
  },
  columnLength: {
    id: 'ui.table.columnLength',
    defaultMessage: 'Length',
    description: 'Column header: the length of a route.',
  },
  columnDuration: {
    id: 'ui.table.columnDuration',
    defaultMessage: 'Time',
    description: 'Column header: the travel time of a route (without visits).',
  },
  columnStraightLegs: {
    id: 'ui.table.columnStraightLegs',
    defaultMessage: 'Straight legs',
    description: 'Column header: how many legs of a route are straight lines because no street leads there.',
  },
  columnKind: {
    id: 'ui.table.columnKind',
    defaultMessage: 'Kind',
    description: 'Column header: kind of area or event.',
  },
  columnPlacesInside: {
    id: 'ui.table.columnPlacesInside',
    defaultMessage: 'Places inside',
    description: 'Column header: how many places lie inside an area.',
  },
  columnFrom: {
    id: 'ui.table.columnFrom',
    defaultMessage: 'From',
    description: 'Column header: a link’s first place.',
  },
  columnTo: { id: 'ui.table.columnTo', defaultMessage: 'To', description: 'Column header: a link’s second place.' },
  columnType: { id: 'ui.table.columnType', defaultMessage: 'Type', description: 'Column header: kind of link.' },
  columnNote: { id: 'ui.table.columnNote', defaultMessage: 'Note', description: 'Column header: a link’s note.' },
  columnTitle: { id: 'ui.table.columnTitle', defaultMessage: 'Title', description: 'Column header: an event’s title.' },
  columnStart: {
    id: 'ui.table.columnStart',
    defaultMessage: 'Start',
    description: 'Column header: an event’s first day.',
  },
  columnEnd: { id: 'ui.table.columnEnd', defaultMessage: 'End', description: 'Column header: an event’s last day.' },
  columnVenue: {
    id: 'ui.table.columnVenue',
    defaultMessage: 'Venue',
    description: 'Column header: where an event is held.',
  },
  columnParticipants: {
    id: 'ui.table.columnParticipants',
    defaultMessage: 'Participants',
    description: 'Column header: how many actors take part in an event.',
  },
});
