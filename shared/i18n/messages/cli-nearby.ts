import { defineMessages } from '../define-messages.js';

// `itinera nearby`: creative firms and tourism operators near a place.

export const cliNearbyMessages = defineMessages({
  synopsis: {
    id: 'cli.nearby.synopsis',
    defaultMessage: 'nearby FILE.gpkg --place ID [--within METRES] [--json]',
    description: 'How `itinera nearby` is called, in `itinera help`; keep "nearby" and the --options.',
  },
  summary: {
    id: 'cli.nearby.summary',
    defaultMessage: 'creative firms and tourism operators near a place',
    description: 'What `itinera nearby` does, in `itinera help`.',
  },
  needsPlace: {
    id: 'cli.nearby.needsPlace',
    defaultMessage: '"itinera nearby" needs --place ID.',
    description: 'Error when `itinera nearby` is run without naming the place to look around.',
  },
  heading: {
    id: 'cli.nearby.heading',
    defaultMessage: 'Creative firms and tourism operators within {metres, number} m of {name} (#{id}):',
    description:
      'First line of `itinera nearby`; {metres} is the distance asked for, {name} and {id} the place looked around.',
  },
  none: {
    id: 'cli.nearby.none',
    defaultMessage: 'none',
    description: 'Output of `itinera nearby` when no place is near enough.',
  },
  hit: {
    id: 'cli.nearby.hit',
    defaultMessage:
      '{linked, select, yes {{distance} m  #{id} {name} ({kind}) [linked]} other {{distance} m  #{id} {name} ({kind})}}',
    description:
      'One place found by `itinera nearby`: {distance} in metres (already padded), {id} and {name} of the place, {kind} its kind; "[linked]" when a link already joins it to the place looked around.',
  },
  kindWithSector: {
    id: 'cli.nearby.kindWithSector',
    defaultMessage: '{category}, {sector}',
    description: 'The kind of a creative firm in `itinera nearby`: its category and its creative sector.',
  },
});
