import { defineMessages } from '../define-messages.js';

// Errors of links between places (partner, supplier, tenant…).

export const linksMessages = defineMessages({
  notFound: {
    id: 'links.error.notFound',
    defaultMessage: 'There is no link with id {id}.',
    description: 'Error when a request names a link between two places that does not exist; {id} is its number.',
  },
  duplicate: {
    id: 'links.error.duplicate',
    defaultMessage: 'These two places already have a link of this type.',
    description:
      'Error when the user links two places with a link type (e.g. "supplier or client") they are already linked with.',
  },
});
