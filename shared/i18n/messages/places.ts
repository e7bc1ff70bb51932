import { defineMessages } from '../define-messages.js';

// Errors of places (sites and actors).

export const placesMessages = defineMessages({
  notFound: {
    id: 'places.error.notFound',
    defaultMessage: 'There is no place with id {id}.',
    description:
      'Error when a request names a place that does not exist (deleted meanwhile, or a wrong number); {id} is the number asked for.',
  },
});
