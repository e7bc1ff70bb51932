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
  more: {
    id: 'cli.import.more',
    defaultMessage: '… and {count, number} more',
    description: 'Last line of the skipped rows of `itinera import` when there are more than it lists.',
  },
});
