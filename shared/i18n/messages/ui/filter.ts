import { defineMessages } from '../../define-messages.js';

// The workspace filter above the map: one chip per value (each removable) and the panel that adds
// facets (category, sector, area, group, tag, custom field, dates).

export const filterMessages = defineMessages({
  barLabel: {
    id: 'ui.filter.barLabel',
    defaultMessage: 'Filter',
    description: 'Name (for screen readers) of the filter bar above the map.',
  },
  button: {
    id: 'ui.filter.button',
    defaultMessage: 'Filter…',
    description: 'Button above the map that opens the filter panel. Keep it short (about 10 characters).',
  },
  buttonTitle: {
    id: 'ui.filter.buttonTitle',
    defaultMessage: 'Show only some places: by category, sector, area, group, tag, custom field or date',
    description: 'Tooltip of the Filter… button.',
  },
  panelTitle: {
    id: 'ui.filter.panelTitle',
    defaultMessage: 'Filter places',
    description: 'Heading of the filter panel.',
  },
  clearAll: {
    id: 'ui.filter.clearAll',
    defaultMessage: 'Clear all',
    description: 'Button that removes every filter. Keep it short.',
  },
  none: {
    id: 'ui.filter.none',
    defaultMessage: 'All places shown.',
    description: 'Shown in the filter bar when no filter is set.',
  },
  count: {
    id: 'ui.filter.count',
    defaultMessage: '{shown, number} of {total, plural, one {# place} other {# places}}',
    description: 'In the filter bar: how many places the filter shows ({shown}) of all ({total}).',
  },
  remove: {
    id: 'ui.filter.remove',
    defaultMessage: 'Remove filter “{chip}”',
    description: 'Name (for screen readers) of a chip’s × button; {chip} is the chip’s text (e.g. Tag: music).',
  },
  choose: {
    id: 'ui.filter.choose',
    defaultMessage: 'Choose…',
    description: 'The empty choice of a drop-down that adds a filter value.',
  },
  category: { id: 'ui.filter.category', defaultMessage: 'Category', description: 'Label: filter by kind of place.' },
  sector: { id: 'ui.filter.sector', defaultMessage: 'Sector', description: 'Label: filter by creative sector.' },
  area: {
    id: 'ui.filter.area',
    defaultMessage: 'Inside area',
    description: 'Label: filter to the places inside an area.',
  },
  group: {
    id: 'ui.filter.group',
    defaultMessage: 'Group',
    description: 'Label: filter to the members of a group (quarter, network…).',
  },
  tag: { id: 'ui.filter.tag', defaultMessage: 'Tag', description: 'Label: filter by tag.' },
  customField: {
    id: 'ui.filter.customField',
    defaultMessage: 'Custom field',
    description: 'Label: filter by the value of a user-defined field.',
  },
  customValue: {
    id: 'ui.filter.customValue',
    defaultMessage: 'Value',
    description: 'Placeholder and name of the value to look for in the chosen custom field.',
  },
  date: { id: 'ui.filter.date', defaultMessage: 'Date', description: 'Label: filter by a date range.' },
  dateFrom: {
    id: 'ui.filter.dateFrom',
    defaultMessage: 'From',
    description: 'Name of the first day of the date range.',
  },
  dateTo: { id: 'ui.filter.dateTo', defaultMessage: 'To', description: 'Name of the last day of the date range.' },
  dateField: {
    id: 'ui.filter.dateField',
    defaultMessage:
      '{field, select, createdAt {Created} updatedAt {Last changed} eventDate {Event dates} other {{field}}}',
    description:
      'Which date the date filter looks at: when a place was created, last changed, or the dates of its events.',
  },
  applyDate: {
    id: 'ui.filter.applyDate',
    defaultMessage: 'Apply dates',
    description: 'Button that sets the date filter. Keep it short.',
  },
  chipKinds: {
    id: 'ui.filter.chipKinds',
    defaultMessage: 'Kinds: {shown, number} of {total, number}',
    description: 'Chip: some kinds of place are hidden (in the legend); {shown} of {total} kinds are shown.',
  },
  chipCategory: {
    id: 'ui.filter.chipCategory',
    defaultMessage: 'Category: {label}',
    description: 'Chip: places of this category; {label} is the category.',
  },
  chipSector: {
    id: 'ui.filter.chipSector',
    defaultMessage: 'Sector: {label}',
    description: 'Chip: firms of this sector; {label} is the sector.',
  },
  chipArea: {
    id: 'ui.filter.chipArea',
    defaultMessage: 'Inside: {name}',
    description: 'Chip: places inside this area; {name} is the area’s name.',
  },
  chipGroup: {
    id: 'ui.filter.chipGroup',
    defaultMessage: 'Group: {name}',
    description: 'Chip: members of this group; {name} is its name.',
  },
  chipTag: { id: 'ui.filter.chipTag', defaultMessage: 'Tag: {tag}', description: 'Chip: places with this tag.' },
  chipCustomField: {
    id: 'ui.filter.chipCustomField',
    defaultMessage: '{name}: {value}',
    description: 'Chip: places whose custom field {name} holds {value}.',
  },
  chipDate: {
    id: 'ui.filter.chipDate',
    defaultMessage: '{field}: {from} – {to}',
    description: 'Chip: a date range; {field} says which date (Created…), {from} and {to} are dates or … when open.',
  },
  openEnd: {
    id: 'ui.filter.openEnd',
    defaultMessage: '…',
    description: 'Stands for an open end of a date range in a chip (no first or no last day).',
  },
  unknownArea: {
    id: 'ui.filter.unknownArea',
    defaultMessage: 'area #{id} (gone)',
    description: 'In a chip, an area that no longer exists; {id} is its number.',
  },
  unknownGroup: {
    id: 'ui.filter.unknownGroup',
    defaultMessage: 'group #{id} (gone)',
    description: 'In a chip, a group that no longer exists; {id} is its number.',
  },
});
