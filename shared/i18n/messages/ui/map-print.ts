import { defineMessages } from '../../define-messages.js';

// The printed map (issue #16, point 2): its sheet, its legend, and the area panel's and map's
// "Print map…". Printed on paper in the reader's language.

export const mapPrintMessages = defineMessages({
  projectTitle: {
    id: 'ui.mapPrint.projectTitle',
    defaultMessage: 'Map of {project}',
    description:
      'Title of a printed map of a box (not an area) when no title was given; {project} is the project’s name.',
  },
  subtitle: {
    id: 'ui.mapPrint.subtitle',
    defaultMessage: '{project} · printed on {date}',
    description: 'Line under a printed map’s title: the project’s name and the day it was printed.',
  },
  mapLabel: {
    id: 'ui.mapPrint.mapLabel',
    defaultMessage: 'Map of {title}: {count, plural, one {# place} other {# places}}',
    description: 'What the picture of a printed map shows, read by screen readers.',
  },
  legend: {
    id: 'ui.mapPrint.legend',
    defaultMessage: 'Legend',
    description: 'Heading of a printed map’s legend.',
  },
  printedArea: {
    id: 'ui.mapPrint.printedArea',
    defaultMessage: '{name} (this map’s area)',
    description: 'Legend entry of a printed map: the outline of the area the map is about; {name} is its name.',
  },
  otherAreas: {
    id: 'ui.mapPrint.otherAreas',
    defaultMessage: '{count, plural, one {Another area} other {# other areas}}',
    description: 'Legend entry of a printed map: outlines of further areas (quarters) in view.',
  },
  routes: {
    id: 'ui.mapPrint.routes',
    defaultMessage: '{count, plural, one {Route: {names}} other {Routes: {names}}}',
    description: 'Legend entry of a printed map: the cultural routes drawn, by name.',
  },
  nothing: {
    id: 'ui.mapPrint.nothing',
    defaultMessage: 'Nothing of the project lies in this part of the map.',
    description: 'Legend of a printed map with no places, areas or routes in view.',
  },
  leftOut: {
    id: 'ui.mapPrint.leftOut',
    defaultMessage:
      '{count, plural, one {One more place lies here: it is not drawn (too many for one sheet).} other {# more places lie here: they are not drawn (too many for one sheet).}}',
    description: 'Note on a printed map when a box holds more places than one sheet draws.',
  },
  printSection: {
    id: 'ui.mapPrint.printSection',
    defaultMessage: 'Printed map',
    description: 'Heading of the part of the area panel that prints a map of the area (it folds open).',
  },
  paper: {
    id: 'ui.mapPrint.paper',
    defaultMessage: 'Paper',
    description: 'Label of the choice of paper size for a printed map.',
  },
  paperName: {
    id: 'ui.mapPrint.paperName',
    defaultMessage: '{paper, select, a3 {A3} letter {US Letter} other {A4}}',
    description: 'A paper size for a printed map.',
  },
  orientation: {
    id: 'ui.mapPrint.orientation',
    defaultMessage: 'Orientation',
    description: 'Label of the choice between landscape and portrait for a printed map.',
  },
  orientationName: {
    id: 'ui.mapPrint.orientationName',
    defaultMessage: '{orientation, select, portrait {Portrait} other {Landscape}}',
    description: 'A sheet orientation for a printed map.',
  },
  withReport: {
    id: 'ui.mapPrint.withReport',
    defaultMessage: 'With the area’s report card',
    description: 'Checkbox: print the area’s figures (firms, diversity, events) beside the map.',
  },
  open: {
    id: 'ui.mapPrint.open',
    defaultMessage: 'Print map…',
    description: 'Button that opens a printed map of the area in a window of its own and prints it.',
  },
  hint: {
    id: 'ui.mapPrint.hint',
    defaultMessage:
      'Opens the map, with its legend, scale bar and north arrow, in a window of its own and prints it; Save PDF makes the PDF on this computer.',
    description: 'Hint under the buttons that print a map of the area.',
  },
  printView: {
    id: 'ui.mapPrint.printView',
    defaultMessage: 'Print this view…',
    description: 'Button that prints what the map shows now (its current extent) on one sheet.',
  },
  preparing: {
    id: 'ui.mapPrint.preparing',
    defaultMessage: 'Preparing the map…',
    description: 'Shown while the print view of a map draws it.',
  },
  failed: {
    id: 'ui.mapPrint.failed',
    defaultMessage: 'The map could not be made: {reason}',
    description: 'Shown in the print view when a map cannot be made; {reason} says why.',
  },
  savePdf: {
    id: 'ui.mapPrint.savePdf',
    defaultMessage: 'Save PDF',
    description: 'Button that makes a PDF of a printed guide or map on this computer and saves it.',
  },
  saveEveryLanguage: {
    id: 'ui.mapPrint.saveEveryLanguage',
    defaultMessage: 'Save PDF in every language',
    description: 'Button that makes one PDF of the route guide per content language of the project.',
  },
  saving: {
    id: 'ui.mapPrint.saving',
    defaultMessage: 'Making {file}…',
    description: 'Status while a PDF is made; {file} is its file name.',
  },
  saved: {
    id: 'ui.mapPrint.saved',
    defaultMessage: '{count, plural, one {Saved {files}.} other {Saved # PDFs: {files}.}}',
    description: 'Status once PDFs are made and handed to the downloads; {files} lists their names.',
  },
  overflow: {
    id: 'ui.mapPrint.overflow',
    defaultMessage: '“{name}” does not fit its page in {file}: shorten its text or choose a larger paper.',
    description: 'Warning after saving a PDF in which a part is larger than its page (it is cut there).',
  },
  saveFailed: {
    id: 'ui.mapPrint.saveFailed',
    defaultMessage: 'The PDF could not be made: {reason}',
    description: 'Error when Save PDF fails; {reason} says why (e.g. no browser to print with).',
  },
});
