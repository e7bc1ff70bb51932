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
  styleSaveFailed: {
    id: 'ui.styling.styleSaveFailed',
    defaultMessage: 'The style of the places could not be saved: {reason}',
    description: 'Error when a chosen place style could not be stored; {reason} is why (a message of its own).',
  },
  styleHeading: {
    id: 'ui.styling.styleHeading',
    defaultMessage: 'Style of the places',
    description: 'Heading in the legend above the choices of how places are coloured, sized and labelled.',
  },
  colourBy: {
    id: 'ui.styling.colourBy',
    defaultMessage: 'Colour by',
    description: 'Label of the list that chooses the field whose values colour the places.',
  },
  fieldFamily: {
    id: 'ui.styling.fieldFamily',
    defaultMessage: 'Kind of place',
    description: 'Choice of Colour by: the kind (family) of each place, as by default.',
  },
  fieldCategory: {
    id: 'ui.styling.fieldCategory',
    defaultMessage: 'Category',
    description: 'Choice of Colour by and Labels: the category of each place.',
  },
  fieldSector: {
    id: 'ui.styling.fieldSector',
    defaultMessage: 'Sector',
    description: 'Choice of Colour by and Labels: the creative sector of a firm or space.',
  },
  fieldLinks: {
    id: 'ui.styling.fieldLinks',
    defaultMessage: 'Number of links',
    description: 'Choice of Colour by: how many links (partnerships, supplies…) each place has.',
  },
  customFields: {
    id: 'ui.styling.customFields',
    defaultMessage: 'Other fields',
    description: 'Group heading in the field lists: the project’s custom fields and imported attributes.',
  },
  method: {
    id: 'ui.styling.method',
    defaultMessage: 'Classes',
    description: 'Label of the list that chooses how values become colours.',
  },
  methodCategories: {
    id: 'ui.styling.methodCategories',
    defaultMessage: 'A colour per value',
    description: 'Choice of Classes: each value of the field gets its own colour.',
  },
  methodGraduated: {
    id: 'ui.styling.methodGraduated',
    defaultMessage: 'Graduated (equal counts)',
    description: 'Choice of Classes: numbers divided into classes holding about as many places each, light to dark.',
  },
  graduatedNeedsNumbers: {
    id: 'ui.styling.graduatedNeedsNumbers',
    defaultMessage: 'Graduated classes need a field of numbers.',
    description: 'Hint when the chosen field has text values, so only a colour per value is possible.',
  },
  classes: {
    id: 'ui.styling.classes',
    defaultMessage: 'Number of classes',
    description: 'Label of the list that chooses into how many classes numbers are divided.',
  },
  sizeByValue: {
    id: 'ui.styling.sizeByValue',
    defaultMessage: 'Larger circles for larger values',
    description: 'Checkbox: places grow with their class (graduated classes only).',
  },
  labelBy: {
    id: 'ui.styling.labelBy',
    defaultMessage: 'Labels',
    description: 'Label of the list that chooses which field names each place on the map.',
  },
  labelName: {
    id: 'ui.styling.labelName',
    defaultMessage: 'Name',
    description: 'Choice of Labels: each place’s name, as by default.',
  },
  labelNone: {
    id: 'ui.styling.labelNone',
    defaultMessage: 'No labels',
    description: 'Choice of Labels: draw no labels (the selected place stays named).',
  },
  resetStyle: {
    id: 'ui.styling.resetStyle',
    defaultMessage: 'Back to kinds of place',
    description: 'Button: colour places by their kind and label them by name again, as by default.',
  },
  classesHeading: {
    id: 'ui.styling.classesHeading',
    defaultMessage: 'Places by {field}',
    description: 'Heading of the legend’s list of colours when places are coloured by a field; {field} is its name.',
  },
  noValue: {
    id: 'ui.styling.noValue',
    defaultMessage: 'No value',
    description: 'Legend entry: places without a value in the field that colours them.',
  },
  otherValues: {
    id: 'ui.styling.otherValues',
    defaultMessage: 'Other values',
    description: 'Legend entry: places with a value beyond the nine most frequent ones (one colour for all).',
  },
  range: {
    id: 'ui.styling.range',
    defaultMessage: '{min} to {max}',
    description: 'Legend entry of a graduated class: its smallest and largest values (numbers already formatted).',
  },
});
