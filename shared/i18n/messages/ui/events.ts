import { defineMessages } from '../../define-messages.js';

// Events (workshops, festivals, open studios) held at the selected place or with it taking part.

export const eventMessages = defineMessages({
  title: { id: 'ui.events.title', defaultMessage: 'Events', description: 'Heading of the place’s events.' },
  empty: {
    id: 'ui.events.empty',
    defaultMessage: 'No events here yet.',
    description: 'Shown when the place has no events.',
  },
  create: {
    id: 'ui.events.create',
    defaultMessage: 'New event',
    description: 'Button that opens the form for a new event. Keep it short.',
  },
  eventTitle: { id: 'ui.events.eventTitle', defaultMessage: 'Title', description: 'Label of an event’s title.' },
  kind: {
    id: 'ui.events.kind',
    defaultMessage: 'Kind',
    description: 'Label of an event’s kind (workshop, festival…).',
  },
  start: { id: 'ui.events.start', defaultMessage: 'Start date', description: 'Label of an event’s first day.' },
  end: { id: 'ui.events.end', defaultMessage: 'End date', description: 'Label of an event’s last day.' },
  venueHere: {
    id: 'ui.events.venueHere',
    defaultMessage: 'Held here (venue)',
    description: 'Checkbox: the event takes place at the selected place.',
  },
  participants: {
    id: 'ui.events.participants',
    defaultMessage: 'Participating actors',
    description: 'Label of the list of actors taking part in the event.',
  },
  participantsHint: {
    id: 'ui.events.participantsHint',
    defaultMessage: 'Hold Ctrl to choose several.',
    description: 'Hint under the list of participants (Ctrl is the key).',
  },
  save: {
    id: 'ui.events.save',
    defaultMessage: 'Save event',
    description: 'Button that saves the event. Keep it short.',
  },
  delete: {
    id: 'ui.events.delete',
    defaultMessage: 'Delete',
    description: 'Name and tooltip of an event’s × button, which deletes it.',
  },
  details: {
    id: 'ui.events.details',
    defaultMessage:
      '{kind} · {dates}{elsewhere, select, true { · at {venue}} other {}} · {role, select, venue {venue} other {taking part}}',
    description:
      'Details of an event in the list: its kind, its dates, where it is held when that is another place ({elsewhere} true; {venue} is that place’s name), and the selected place’s role ({role}: the venue, or taking part).',
  },
  dates: {
    id: 'ui.events.dates',
    defaultMessage: '{start} – {end}',
    description: 'An event of several days: its first ({start}) and last ({end}) day.',
  },
});
