import { defineMessages } from '../define-messages.js';

// `itinera route`: a route along the project's streets and paths, and `itinera elevation`.

export const cliRouteMessages = defineMessages({
  synopsis: {
    id: 'cli.route.synopsis',
    defaultMessage:
      'route FILE.gpkg (--via "LON,LAT;LON,LAT;…" | --route ID [--save]) [--profile foot|wheelchair|bicycle] [--order keep|open|round] [--json]',
    description:
      'How `itinera route` is called, in `itinera help`; keep "route", the --options and the profile and order names.',
  },
  summary: {
    id: 'cli.route.summary',
    defaultMessage:
      'route through positions or a stored route along the\nproject’s walking and cycling network: length, time,\nascent, legs and directions; --order open|round finds\nthe best order; --save routes a stored route again',
    description: 'What `itinera route` does, in `itinera help` (lines of at most ~55 characters).',
  },
  needsStops: {
    id: 'cli.route.needsStops',
    defaultMessage: '"itinera route" needs --via with at least two positions, or --route ID.',
    description: 'Error when `itinera route` is run without stops.',
  },
  badVia: {
    id: 'cli.route.badVia',
    defaultMessage: '--via takes positions as "LON,LAT;LON,LAT", not "{value}".',
    description: 'Error when a position given to --via cannot be read; {value} is what was given.',
  },
  badProfile: {
    id: 'cli.route.badProfile',
    defaultMessage: '--profile is foot, wheelchair or bicycle, not "{value}".',
    description: 'Error for an unknown travel profile.',
  },
  badOrder: {
    id: 'cli.route.badOrder',
    defaultMessage: '--order is keep, open or round, not "{value}".',
    description: 'Error for an unknown order option.',
  },
  saveNeedsRoute: {
    id: 'cli.route.saveNeedsRoute',
    defaultMessage: '--save routes a stored route again: give it with --route ID.',
    description: 'Error when --save is given without --route.',
  },
  total: {
    id: 'cli.route.total',
    defaultMessage:
      '{length} km, {minutes, plural, one {# minute} other {# minutes}}{climbs, select, yes {, ascent {ascent} m, descent {descent} m} other {}}',
    description:
      'First line of `itinera route`: total length in km, travel time, and (with elevation data) the metres climbed and descended.',
  },
  leg: {
    id: 'cli.route.leg',
    defaultMessage:
      '{kind, select, straight {Leg {number}: {length} m, {minutes, plural, one {# minute} other {# minutes}} (straight line: {reason, select, noPath {no path joins these stops} offNetwork {a stop is off the network} other {not routed}})} other {Leg {number}: {length} m, {minutes, plural, one {# minute} other {# minutes}}}}',
    description: 'One leg of a route in `itinera route`; a straight leg says why the network could not be followed.',
  },
  saved: {
    id: 'cli.route.saved',
    defaultMessage: 'Routed “{name}” again.',
    description: 'Confirmation of `itinera route --route ID --save`; {name} is the route.',
  },
  order: {
    id: 'cli.route.order',
    defaultMessage:
      'Order of the stops: {order} ({exact, select, yes {the best} other {the best found}}; the given order: {givenLength} km, {givenMinutes, plural, one {# minute} other {# minutes}})',
    description:
      'With --order open or round: the new order of the stops (numbers from 1) and what the given order would cost.',
  },
});

export const cliElevationMessages = defineMessages({
  synopsis: {
    id: 'cli.elevation.synopsis',
    defaultMessage: 'elevation FILE.gpkg --at LON,LAT',
    description: 'How `itinera elevation` is called, in `itinera help`; keep "elevation" and --at.',
  },
  summary: {
    id: 'cli.elevation.summary',
    defaultMessage: 'the height in metres at a position, from the\nproject’s elevation file',
    description: 'What `itinera elevation` does, in `itinera help`.',
  },
  needsAt: {
    id: 'cli.elevation.needsAt',
    defaultMessage: '"itinera elevation" needs --at LON,LAT.',
    description: 'Error when `itinera elevation` is run without a position.',
  },
  metres: {
    id: 'cli.elevation.metres',
    defaultMessage: '{metres} m',
    description: 'The height at the position asked for, in metres above sea level.',
  },
  noData: {
    id: 'cli.elevation.noData',
    defaultMessage: 'The project’s elevation file has no data at {longitude}, {latitude}.',
    description: 'Answer of `itinera elevation` where the elevation file does not cover the position.',
  },
  noFile: {
    id: 'cli.elevation.noFile',
    defaultMessage:
      'The project has no elevation file; add one with "itinera add-basemap FILE.gpkg DEM.pmtiles --encoding terrarium".',
    description: 'Answer of `itinera elevation` when the project holds no elevation data at all.',
  },
});
