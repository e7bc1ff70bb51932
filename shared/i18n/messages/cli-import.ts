import { defineMessages } from '../define-messages.js';

// `itinera import`: a file of places, areas and routes into a project.

export const cliImportMessages = defineMessages({
  synopsis: {
    id: 'cli.import.synopsis',
    defaultMessage: 'import FILE.gpkg SOURCE [--category C]',
    description: 'How `itinera import` is called, in `itinera help`; keep "import" and "--category".',
  },
  summary: {
    id: 'cli.import.summary',
    defaultMessage:
      'import GeoJSON, CSV/TSV, KML/KMZ, GPX, zipped\nshapefile, GeoPackage or FlatGeobuf (all or nothing)',
    description: 'What `itinera import` does, in `itinera help` (lines of at most 50 characters).',
  },
  needsFiles: {
    id: 'cli.import.needsFiles',
    defaultMessage: '"itinera import" needs a project file and a source file.',
    description: 'Error when `itinera import` is run without the project or the file to import.',
  },
  imported: {
    id: 'cli.import.imported',
    defaultMessage:
      'Imported {places, plural, one {# place} other {# places}}, {quarters, plural, one {# quarter} other {# quarters}} and {routes, plural, one {# route} other {# routes}} from {file}.',
    description: 'Output of `itinera import`: what was added; {file} is the imported file’s name.',
  },
  note: {
    id: 'cli.import.note',
    defaultMessage: '{layer}: {note}',
    description: 'Output of `itinera import`: a note on how a layer of the file was read; {layer} is its name.',
  },
  grouped: {
    id: 'cli.import.grouped',
    defaultMessage:
      'Kept the parts of {count, plural, one {# feature} other {# features}} together in {count, plural, one {a group} other {groups}}.',
    description: 'Output of `itinera import`: features of several parts became one item per part, grouped.',
  },
  repaired: {
    id: 'cli.import.repaired',
    defaultMessage: 'Imported with changes: {count, plural, one {# feature} other {# features}}:',
    description: 'Output of `itinera import` above the list of features imported with a change (a repaired polygon…).',
  },
  skipped: {
    id: 'cli.import.skipped',
    defaultMessage: 'Skipped {count, plural, one {# feature} other {# features}}:',
    description: 'Output of `itinera import` above the list of rows that could not be imported.',
  },
  problem: {
    id: 'cli.import.problem',
    defaultMessage: '{layer} #{position}: {problem}',
    description: 'One row `itinera import` skipped: its layer, its position in the file and why.',
  },
  searchIndexLater: {
    id: 'cli.import.searchIndexLater',
    defaultMessage:
      'The search index is being built in the background; until it is ready, searching the project says so.',
    description:
      'Output of `itinera import` after an import of many places: the full-text search index is built by a background process after the command ends.',
  },
  more: {
    id: 'cli.import.more',
    defaultMessage: '… and {count, number} more',
    description: 'Last line of the skipped rows of `itinera import` when there are more than it lists.',
  },
});
