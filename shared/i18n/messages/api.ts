import { defineMessages } from '../define-messages.js';

// Errors of the API layer itself (not of one feature): unknown calls, busy files, failures.

export const apiMessages = defineMessages({
  unknownMethod: {
    id: 'api.unknownMethod',
    defaultMessage: 'Itinera does not know this request; the app and its backend may be from different versions.',
    description: 'Error when a call names an API method that does not exist.',
  },
  busy: {
    id: 'api.busy',
    defaultMessage: 'Another Itinera window or program is writing to this project; nothing was changed. Try again.',
    description: 'Error when the project file is locked by another writer for too long.',
  },
  internal: {
    id: 'api.internal',
    defaultMessage: 'Itinera could not complete this: {detail}',
    description: 'Error for an unexpected failure; {detail} is the technical reason (often in English).',
  },
  foreignSender: {
    id: 'api.foreignSender',
    defaultMessage: 'This request was refused: it did not come from the Itinera window.',
    description: 'Error when a request to the desktop backend comes from something other than the app’s own page.',
  },
  unreachable: {
    id: 'api.unreachable',
    defaultMessage: 'Itinera is not reachable ({detail}). Is the server still running?',
    description:
      'Error in the browser when the local Itinera server does not answer; {detail} is the browser’s reason.',
  },
  badAnswer: {
    id: 'api.badAnswer',
    defaultMessage: 'Itinera answered {status} with data the app does not understand.',
    description:
      'Error in the browser when the local server answers something unexpected; {status} is the HTTP status.',
  },
  noData: {
    id: 'api.noData',
    defaultMessage: 'Itinera answered {status} {statusText} without data.',
    description:
      'Error in the browser when the local server answers without a body; {status} is the HTTP status code, {statusText} its English reason (e.g. Bad Gateway).',
  },
  unknownError: {
    id: 'api.unknownError',
    defaultMessage: 'Something went wrong.',
    description: 'Error shown when a failure gives no reason at all.',
  },
});
