import { defineMessages } from '../define-messages.js';

// Errors of events (workshops, festivals, open studios: soft infrastructure in time).

export const eventsMessages = defineMessages({
  notFound: {
    id: 'events.error.notFound',
    defaultMessage: 'There is no event with id {id}.',
    description: 'Error when a request names an event that does not exist; {id} is the number asked for.',
  },
  participantNotActor: {
    id: 'events.error.participantNotActor',
    defaultMessage: '"{name}" is a site, not an actor; only actors (organisations) take part in events',
    description:
      'Problem shown after the field name "Participants" when a site (a museum, a monument…) is chosen as a participant; {name} is the place’s name.',
  },
});
