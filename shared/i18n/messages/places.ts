import { defineMessages } from '../define-messages.js';

// Errors of places (sites and actors) and of their search.

export const placesMessages = defineMessages({
  notFound: {
    id: 'places.error.notFound',
    defaultMessage: 'There is no place with id {id}.',
    description:
      'Error when a request names a place that does not exist (deleted meanwhile, or a wrong number); {id} is the number asked for.',
  },
  searchIndexing: {
    id: 'places.error.searchIndexing',
    defaultMessage: 'The search index is still being built after a large import. Search again in a moment.',
    description:
      'Shown instead of search results while the full-text index of the places is being built in the background (after an import of many places).',
  },
});
