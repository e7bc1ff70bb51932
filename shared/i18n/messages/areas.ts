import { defineMessages } from '../define-messages.js';

// Errors of areas (cultural quarters and other drawn areas).

export const areasMessages = defineMessages({
  notFound: {
    id: 'areas.error.notFound',
    defaultMessage: 'There is no area with id {id}.',
    description:
      'Error when a request names an area (a quarter drawn on the map) that does not exist; {id} is the number asked for.',
  },
});
