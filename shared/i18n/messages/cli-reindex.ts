import { defineMessages } from '../define-messages.js';

// `itinera reindex`: builds the full-text search index an import of many places left to be
// built (`itinera import` starts it in the background itself).

export const cliReindexMessages = defineMessages({
  synopsis: {
    id: 'cli.reindex.synopsis',
    defaultMessage: 'reindex FILE.gpkg',
    description: 'How `itinera reindex` is called, in `itinera help`; keep "reindex".',
  },
  summary: {
    id: 'cli.reindex.summary',
    defaultMessage: 'build the search index a large import left\nto be built (import starts it by itself)',
    description: 'What `itinera reindex` does, in `itinera help` (lines of at most 50 characters).',
  },
  built: {
    id: 'cli.reindex.built',
    defaultMessage: 'Built the search index of {count, plural, one {# place} other {# places}}.',
    description: 'Output of `itinera reindex` once it has built the index; {count} is how many places it holds.',
  },
  upToDate: {
    id: 'cli.reindex.upToDate',
    defaultMessage: 'The search index is up to date.',
    description: 'Output of `itinera reindex` when there was nothing to build.',
  },
});
