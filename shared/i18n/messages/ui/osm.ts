import { defineMessages } from '../../define-messages.js';

// Importing an OpenStreetMap extract: its heritage sites, creative firms and tourism operators as
// places, its walking and cycling network, and its streets for the basemap. Runs as a job with
// progress that can be cancelled.

export const osmMessages = defineMessages({
  button: {
    id: 'ui.osm.button',
    defaultMessage: 'OpenStreetMap…',
    description:
      'Sidebar button that opens the file chooser for an OpenStreetMap extract. Keep the name OpenStreetMap.',
  },
  buttonTitle: {
    id: 'ui.osm.buttonTitle',
    defaultMessage:
      'Import an OpenStreetMap extract (.osm, .osm.gz, .osm.pbf): its heritage sites, creative firms and tourism operators as places, and its walking and cycling network',
    description: 'Tooltip of the OpenStreetMap… button (.osm, .osm.gz and .osm.pbf are file name endings: keep them).',
  },
  fileInput: {
    id: 'ui.osm.fileInput',
    defaultMessage: 'OpenStreetMap extract to import',
    description: 'Name (for screen readers) of the hidden file chooser of the OpenStreetMap import.',
  },
  title: {
    id: 'ui.osm.title',
    defaultMessage: 'Import OpenStreetMap extract {fileName}',
    description: 'Heading of the OpenStreetMap import dialog; {fileName} is the extract’s file name.',
  },
  clipLegend: {
    id: 'ui.osm.clipLegend',
    defaultMessage: 'What to import',
    description: 'Heading of the choice of which part of the extract is imported.',
  },
  clipAll: { id: 'ui.osm.clipAll', defaultMessage: 'The whole extract', description: 'Choice: import everything.' },
  clipQuarter: {
    id: 'ui.osm.clipQuarter',
    defaultMessage: 'Only within a quarter (places and paths inside its outline)',
    description: 'Choice: import only what lies inside one of the project’s areas.',
  },
  clipBox: {
    id: 'ui.osm.clipBox',
    defaultMessage: 'Only within a box (west, south, east, north in degrees)',
    description: 'Choice: import only what lies inside a box given by four numbers.',
  },
  quarterLabel: {
    id: 'ui.osm.quarterLabel',
    defaultMessage: 'Quarter',
    description: 'Name (for screen readers) of the drop-down of the project’s areas to import within.',
  },
  boxLabel: {
    id: 'ui.osm.boxLabel',
    defaultMessage: 'Box: west, south, east, north',
    description: 'Name (for screen readers) of the field with the box’s four numbers.',
  },
  badBox: {
    id: 'ui.osm.badBox',
    defaultMessage: 'Give the box as four numbers: west, south, east, north (degrees), west < east and south < north.',
    description: 'Error when the box is not four numbers in order.',
  },
  start: {
    id: 'ui.osm.start',
    defaultMessage: 'Import',
    description: 'Button that starts the OpenStreetMap import. Keep it short (about 12 characters).',
  },
  uploading: {
    id: 'ui.osm.uploading',
    defaultMessage: 'Handing {fileName} to the import…',
    description: 'Progress while the extract is passed to the import; {fileName} is its name.',
  },
  phase: {
    id: 'ui.osm.phase',
    defaultMessage:
      '{phase, select, starting {Starting…} readingPlaces {Reading places…} readingNetwork {Reading the walking and cycling network…} readingBasemap {Reading streets, buildings and water for the basemap…} writing {Writing to the project…} finished {Finishing…} other {{phase}}}',
    description:
      'What the OpenStreetMap import is doing now ({phase}: starting, reading places, the network or the basemap, writing, finished), shown over its progress bar.',
  },
  progressLabel: {
    id: 'ui.osm.progressLabel',
    defaultMessage: 'Import progress',
    description: 'Name (for screen readers) of the import’s progress bar.',
  },
  cancelling: {
    id: 'ui.osm.cancelling',
    defaultMessage: 'Cancelling…',
    description: 'Shown after Cancel was pressed while the import stops.',
  },
  hint: {
    id: 'ui.osm.hint',
    defaultMessage: 'You can cancel at any time; the project then stays exactly as it was.',
    description: 'Hint at the bottom of the OpenStreetMap import dialog.',
  },
  tooLarge: {
    id: 'ui.osm.tooLarge',
    defaultMessage:
      '{fileName}: {megabytes, number} MB is more than the app reads ({limit, number} MB); import it with "itinera import-osm" instead.',
    description:
      'Error when an extract is too large to import from the app; {fileName} is its name, {megabytes} its size, {limit} the largest size. “itinera import-osm” is a command: keep it.',
  },
  done: {
    id: 'ui.osm.done',
    defaultMessage:
      'Imported {fileName}: {added, plural, one {# place} other {# places}} added, {updated, number} updated; walking network of {edges, plural, one {# way} other {# ways}}.',
    description:
      'Status after an OpenStreetMap import: {added} new places, {updated} places updated, and how many ways ({edges}, paths and streets) the walking network has.',
  },
  cancelled: {
    id: 'ui.osm.cancelled',
    defaultMessage: 'Import of {fileName} cancelled; the project is unchanged.',
    description: 'Status after an OpenStreetMap import was cancelled; {fileName} is the extract’s name.',
  },
});
