import { defineMessages } from '../define-messages.js';

// Errors of cultural routes.

export const routesMessages = defineMessages({
  notFound: {
    id: 'routes.error.notFound',
    defaultMessage: 'There is no route with id {id}.',
    description: 'Error when a request names a cultural route that does not exist; {id} is the number asked for.',
  },
});
