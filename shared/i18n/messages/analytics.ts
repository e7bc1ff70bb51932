import { defineMessages } from '../define-messages.js';

// Errors of the quarter analytics (issue #15), answered to the panel, the CLI and serve mode alike.

export const analyticsErrorMessages = defineMessages({
  noStreets: {
    id: 'analytics.error.noStreets',
    defaultMessage:
      'Walking distances need the project’s streets: import an OpenStreetMap extract first, or measure as the crow flies.',
    description: 'Error when a report card within walking distance is asked of a project without a street network.',
  },
});
