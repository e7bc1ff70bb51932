import { defineMessages } from '../define-messages.js';

// `itinera pairs`: every pair of places of some families within a distance of each other.

export const cliPairsMessages = defineMessages({
  synopsis: {
    id: 'cli.pairs.synopsis',
    defaultMessage: 'pairs FILE.gpkg --from FAMILIES --to FAMILIES --within METRES [--count|--summary|--json]',
    description: 'How `itinera pairs` is called, in `itinera help`; keep "pairs" and the --options.',
  },
  summary: {
    id: 'cli.pairs.summary',
    defaultMessage:
      'every pair of places (from, to) within a distance\n(WGS84 ellipsoid); families comma-separated, e.g.\n--from heritage --to creative-firm; --summary: per\n"from" place its count and the sum of its "to" ids',
    description:
      'What `itinera pairs` does, in `itinera help` (lines of at most 50 characters); keep the --options and family names.',
  },
  needsFamilies: {
    id: 'cli.pairs.needsFamilies',
    defaultMessage: '"itinera pairs" needs --{option} FAMILIES ({families}).',
    description: 'Error when --from or --to is missing; {option} is "from" or "to", {families} lists the family names.',
  },
  unknownFamily: {
    id: 'cli.pairs.unknownFamily',
    defaultMessage: '--{option}: unknown family "{family}" ({families}).',
    description: 'Error when --from or --to names a family of places that does not exist.',
  },
  needsWithin: {
    id: 'cli.pairs.needsWithin',
    defaultMessage: '"itinera pairs" needs --within METRES (more than 0, at most {maximum, number}).',
    description: 'Error when the distance of `itinera pairs` is missing or out of range.',
  },
  counted: {
    id: 'cli.pairs.counted',
    defaultMessage:
      '{pairs, plural, one {# pair} other {# pairs}} within {metres, number} m (WGS84 ellipsoid, geodesic) between {fromPlaces, plural, one {# place} other {# places}} of {from} and {toPlaces, plural, one {# place} other {# places}} of {to}.',
    description:
      'Output of `itinera pairs`: how many pairs of places lie within {metres} of each other; {from} and {to} are the family names given.',
  },
});
