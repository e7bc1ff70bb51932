import { defineMessages } from '../define-messages.js';

// Turn-by-turn directions of a route leg (shared/routing/directions.ts), for the route panel,
// the CLI and the printed guide: "Turn left onto Wachtertorgasse, 120 m".

export const directionMessages = defineMessages({
  depart: {
    id: 'directions.depart',
    defaultMessage:
      'Head {heading, select, north {north} northEast {north-east} east {east} southEast {south-east} south {south} southWest {south-west} west {west} other {north-west}} on {way}',
    description:
      'First instruction of a walk: which compass direction to set off in, along which street or path ({way}).',
  },
  turn: {
    id: 'directions.turn',
    defaultMessage:
      '{turn, select, left {Turn left} right {Turn right} slightLeft {Bear left} slightRight {Bear right} sharpLeft {Turn sharp left} sharpRight {Turn sharp right} uTurn {Turn around} other {Continue straight}} onto {way}',
    description: 'A turn at a junction onto another street or path ({way}).',
  },
  continue: {
    id: 'directions.continue',
    defaultMessage: 'Continue on {way}',
    description: 'Instruction to go straight on where the street or path changes its name ({way}).',
  },
  unnamedWay: {
    id: 'directions.unnamedWay',
    defaultMessage:
      '{highway, select, footway {the footpath} steps {the steps} path {the path} cycleway {the cycleway} pedestrian {the pedestrian street} track {the track} service {the service road} livingStreet {the living street} bridleway {the bridleway} corridor {the passage} other {the unnamed road}}',
    description: 'A way without a street name, by its kind (used as {way} in directions).',
  },
  withDistance: {
    id: 'directions.withDistance',
    defaultMessage: '{instruction}, {metres, plural, one {# m} other {# m}}',
    description: 'An instruction with how far to follow it, in metres (rounded).',
  },
  arrive: {
    id: 'directions.arrive',
    defaultMessage: 'Arrive at {stop}',
    description: 'Last instruction of a leg: the stop reached ({stop} is its name).',
  },
  straightLeg: {
    id: 'directions.straightLeg',
    defaultMessage: 'No path found on the map: straight line to {stop}, {metres, plural, one {# m} other {# m}}',
    description: 'A leg where no street or path joins the stops, drawn as a straight line; {stop} is the next stop.',
  },
});
