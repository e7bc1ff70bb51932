import { defineMessages } from '../../define-messages.js';

// The legend: what the map shows and in which colours; each kind of place is also a toggle of
// the filter, and its colour can be changed. The heatmap of creative firms.

export const stylingMessages = defineMessages({
  title: {
    id: 'ui.styling.title',
    defaultMessage: 'Legend',
    description: 'Heading of the legend in the sidebar (it folds open and shut).',
  },
  quarter: {
    id: 'ui.styling.quarter',
    defaultMessage: 'Quarter',
    description: 'Legend entry: how an area (cultural quarter) is drawn.',
  },
  route: {
    id: 'ui.styling.route',
    defaultMessage: 'Route',
    description: 'Legend entry: how a cultural route is drawn.',
  },
  selected: {
    id: 'ui.styling.selected',
    defaultMessage: 'Selected place',
    description: 'Legend entry: how the selected place is drawn.',
  },
  cluster: {
    id: 'ui.styling.cluster',
    defaultMessage: 'Several places (click to zoom in)',
    description: 'Legend entry: a bubble with a number stands for several places close together.',
  },
  colourLabel: {
    id: 'ui.styling.colourLabel',
    defaultMessage: 'Colour of {family}',
    description: 'Name and tooltip of a kind of place’s colour picker; {family} is the kind’s name (Heritage sites).',
  },
  heatmapToggle: {
    id: 'ui.styling.heatmapToggle',
    defaultMessage: 'Heatmap of creative firms',
    description: 'Checkbox in the legend: draw where creative firms are dense as a heatmap.',
  },
  heatmapFew: {
    id: 'ui.styling.heatmapFew',
    defaultMessage: 'Few firms',
    description: 'Left end of the heatmap’s colour scale. Short.',
  },
  heatmapMany: {
    id: 'ui.styling.heatmapMany',
    defaultMessage: 'Many firms',
    description: 'Right end of the heatmap’s colour scale. Short.',
  },
  colourSaveFailed: {
    id: 'ui.styling.colourSaveFailed',
    defaultMessage: 'The colour could not be saved: {reason}',
    description: 'Error when a chosen colour could not be stored; {reason} is why (a message of its own).',
  },
  filterHint: {
    id: 'ui.styling.filterHint',
    defaultMessage: 'Click a kind of place to hide or show it on the map and in exports.',
    description: 'Hint in the legend: its entries are also filters.',
  },
  familyTitle: {
    id: 'ui.styling.familyTitle',
    defaultMessage: '{shown, select, true {Hide {family}} other {Show {family}}}',
    description:
      'Tooltip of a kind of place in the legend: clicking it hides the kind when it is shown ({shown} true), shows it otherwise; {family} is the kind’s name.',
  },
  filterSummary: {
    id: 'ui.styling.filterSummary',
    defaultMessage:
      'Showing {shownKinds, number} of {totalKinds, plural, one {# kind} other {# kinds}} · {shownPlaces, number} of {totalPlaces, plural, one {# place} other {# places}}',
    description: 'In the legend when some kinds of place are hidden: how many kinds and places are shown, of all.',
  },
  filterBadge: {
    id: 'ui.styling.filterBadge',
    defaultMessage: '{shown, number} of {total, number} kinds',
    description: 'Small badge next to the legend’s heading when kinds are hidden. Short.',
  },
  showAll: {
    id: 'ui.styling.showAll',
    defaultMessage: 'Show all',
    description: 'Button in the legend that shows every kind of place again. Keep it short.',
  },
  hideAll: {
    id: 'ui.styling.hideAll',
    defaultMessage: 'Hide all',
    description: 'Button in the legend that hides every kind of place. Keep it short.',
  },
});
