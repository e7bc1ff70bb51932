import { defineMessages } from '../../define-messages.js';

// The search box at the top of the sidebar (full-text search of the project's places).

export const searchMessages = defineMessages({
  label: {
    id: 'ui.search.label',
    defaultMessage: 'Search places',
    description: 'Name of the search field (for screen readers).',
  },
  placeholder: {
    id: 'ui.search.placeholder',
    defaultMessage: 'Search places, tags, addresses…',
    description: 'Placeholder of the empty search field (about 30 characters fit).',
  },
  results: {
    id: 'ui.search.results',
    defaultMessage: 'Search results',
    description: 'Name (for screen readers) of the list of search results.',
  },
  noResults: {
    id: 'ui.search.noResults',
    defaultMessage: 'No place matches.',
    description: 'Shown when the search finds nothing.',
  },
  resultCount: {
    id: 'ui.search.resultCount',
    defaultMessage: '{count, plural, =0 {No place matches.} one {# place found.} other {# places found.}}',
    description:
      'Read out by screen readers when the search results change; {count} is how many places match. Arrow keys then go through them.',
  },
  searching: {
    id: 'ui.search.searching',
    defaultMessage: 'Searching…',
    description: 'Shown while the search runs.',
  },
});
