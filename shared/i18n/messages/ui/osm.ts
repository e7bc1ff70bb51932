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
      '{phase, select, starting {Starting…} readingPlaces {Reading places…} readingNetwork {Reading the walking and cycling network…} readingBasemap {Reading streets, buildings and water for the basemap…} review {Waiting for your review…} writing {Writing to the project…} finished {Finishing…} other {{phase}}}',
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
  doneMatched: {
    id: 'ui.osm.doneMatched',
    defaultMessage:
      'Imported {fileName}: {added, plural, one {# place} other {# places}} added, {updated, number} updated, {matched, number} matched with places you already have, {removed, number} removed; walking network of {edges, plural, one {# way} other {# ways}}.',
    description:
      'Status after an OpenStreetMap import that matched places already in the project: {added} new places, {updated} updated, {matched} linked to places the user has (not copied), {removed} removed because the category mapping no longer takes them, and the ways of the walking network ({edges}).',
  },
  reviewIntro: {
    id: 'ui.osm.reviewIntro',
    defaultMessage:
      'Nothing is written yet. {matches, plural, =0 {} one {# OpenStreetMap object is a place you already have.} other {# OpenStreetMap objects are places you already have.}} A matched place keeps everything you entered: OpenStreetMap only fills in what it lacks and links it, so later imports update it instead of adding a copy.',
    description:
      'First paragraph of the review step of an OpenStreetMap import, shown before anything is written; {matches} is how many OpenStreetMap objects were found to be places already in the project.',
  },
  reviewSummary: {
    id: 'ui.osm.reviewSummary',
    defaultMessage:
      'Also: {added, plural, one {# new place} other {# new places}}, {updated, plural, one {# place imported before updated} other {# places imported before updated}}, {unchanged, number} unchanged.',
    description:
      'Review step of an OpenStreetMap import: what else the import will do: {added} places added, {updated} places from an earlier import that change, {unchanged} that stay as they are.',
  },
  matchesTitle: {
    id: 'ui.osm.matchesTitle',
    defaultMessage: 'Places you already have',
    description: 'Heading of the list of matches in the review step of an OpenStreetMap import.',
  },
  acceptAllMatches: {
    id: 'ui.osm.acceptAllMatches',
    defaultMessage: 'Accept all matches',
    description: 'Check box above the list of matches: ticks or unticks every match at once.',
  },
  osmHeader: {
    id: 'ui.osm.osmHeader',
    defaultMessage: 'In OpenStreetMap',
    description: 'Column heading in the list of matches: the object as OpenStreetMap has it.',
  },
  placeHeader: {
    id: 'ui.osm.placeHeader',
    defaultMessage: 'Your place',
    description: 'Column heading in the list of matches: the place already in the project.',
  },
  whyHeader: {
    id: 'ui.osm.whyHeader',
    defaultMessage: 'Why',
    description: 'Column heading in the list of matches: why the two are taken to be one place.',
  },
  matchReason: {
    id: 'ui.osm.matchReason',
    defaultMessage:
      '{rule, select, name {Same name} other {Same category}}, {distance, number} m apart{sameAsAnother, select, yes { (the same place as another OpenStreetMap object: not added)} other {}}',
    description:
      'Why an OpenStreetMap object is taken to be a place already in the project: the same or near-identical name within 50 m, or the same category within 10 m; {distance} is how far apart they are; {sameAsAnother} is yes when another object already links that place.',
  },
  acceptMatch: {
    id: 'ui.osm.acceptMatch',
    defaultMessage: 'Accept: {name} is {placeName}',
    description:
      'Name (for screen readers) of the check box of one match: {name} is the OpenStreetMap object, {placeName} the place already in the project.',
  },
  removalsTitle: {
    id: 'ui.osm.removalsTitle',
    defaultMessage: 'No longer taken by the category mapping: remove',
    description:
      'Heading of the list of places the import removes because the OpenStreetMap category mapping no longer makes them places (nobody edited or linked them).',
  },
  acceptRemoval: {
    id: 'ui.osm.acceptRemoval',
    defaultMessage: 'Remove {placeName}',
    description: 'Name (for screen readers) of the check box that removes one place no mapping rule takes any more.',
  },
  keptNote: {
    id: 'ui.osm.keptNote',
    defaultMessage:
      '{kept, plural, one {# place is no longer taken by the category mapping but stays, because you edited or linked it.} other {# places are no longer taken by the category mapping but stay, because you edited or linked them.}}',
    description:
      'Review step of an OpenStreetMap import: places the mapping no longer takes that are kept because the user changed them or something refers to them.',
  },
  showMore: {
    id: 'ui.osm.showMore',
    defaultMessage: 'Show {count, number} more',
    description: 'Button under a long list of matches that shows the next entries.',
  },
  reviewHint: {
    id: 'ui.osm.reviewHint',
    defaultMessage: 'An unticked match is added as a new place; an unticked removal stays.',
    description: 'Hint under the review lists of an OpenStreetMap import.',
  },
  confirm: {
    id: 'ui.osm.confirm',
    defaultMessage: 'Import',
    description:
      'Button of the review step that writes the OpenStreetMap import with the ticked matches. Keep it short (about 12 characters).',
  },
  categoriesButton: {
    id: 'ui.osm.categoriesButton',
    defaultMessage: 'Categories…',
    description:
      'Button in the OpenStreetMap import dialog that opens the category mapping (which OpenStreetMap tags become which kind of place).',
  },
});
