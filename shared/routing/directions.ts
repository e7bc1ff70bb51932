import type { LegPiece, RouteLeg } from './route-legs.js';
import type { RoutingGraph } from './routing-graph.js';

// Turn-by-turn directions of a leg, as data ("turn left onto Wachtertorgasse, 120 m"): a new
// step where the way changes (another street name, or from a named street onto a footpath) or
// where the walk turns sharply at a junction. Words come later, from the reader's language.

export type Turn =
  'straight' | 'slight-left' | 'slight-right' | 'left' | 'right' | 'sharp-left' | 'sharp-right' | 'u-turn';
export type Heading = 'north' | 'north-east' | 'east' | 'south-east' | 'south' | 'south-west' | 'west' | 'north-west';

export interface DirectionStep {
  kind: 'depart' | 'turn' | 'continue';
  /** How to turn onto this step's way (not for the departure). */
  turn?: Turn;
  /** Which way to set off (the departure only). */
  heading?: Heading;
  /** The way's name, '' when it has none (then `highway` says what it is: footway, steps…). */
  street: string;
  highway: string;
  /** Along this way until the next step (or the stop). */
  distanceMetres: number;
  /** Where the step begins, [longitude, latitude]. */
  position: [number, number];
}

/** Bearing in degrees clockwise from north, from a to b (locally flat: fine at a junction's scale). */
function bearing(a: readonly [number, number], b: readonly [number, number]): number {
  const dx = (b[0] - a[0]) * Math.cos((((a[1] + b[1]) / 2) * Math.PI) / 180);
  const dy = b[1] - a[1];
  return ((Math.atan2(dx, dy) * 180) / Math.PI + 360) % 360;
}

function classify(angle: number): Turn {
  const size = Math.abs(angle);
  const side = angle > 0 ? 'right' : 'left';
  if (size < 20) return 'straight';
  if (size < 50) return `slight-${side}`;
  if (size < 135) return side;
  if (size < 170) return `sharp-${side}`;
  return 'u-turn';
}

const HEADINGS: Heading[] = ['north', 'north-east', 'east', 'south-east', 'south', 'south-west', 'west', 'north-west'];

/** The piece's vertices in travel order (the whole edge; partial ends do not change bearings at nodes). */
function travelled(graph: RoutingGraph, piece: LegPiece): readonly (readonly [number, number])[] {
  const coordinates = graph.edges[piece.edge]!.coordinates;
  return piece.toFraction < piece.fromFraction ? [...coordinates].reverse() : coordinates;
}

function sameWay(graph: RoutingGraph, a: LegPiece, b: LegPiece): boolean {
  const first = graph.edges[a.edge]!;
  const second = graph.edges[b.edge]!;
  if (first.name !== '' || second.name !== '') return first.name === second.name;
  return first.highway === second.highway;
}

/** The directions of a leg over the network; a straight leg has none. */
export function legDirections(graph: RoutingGraph, leg: RouteLeg): DirectionStep[] {
  if (leg.kind !== 'network' || leg.pieces.length === 0) return [];
  const steps: DirectionStep[] = [];
  leg.pieces.forEach((piece, index) => {
    const edge = graph.edges[piece.edge]!;
    const length = Math.abs(piece.toFraction - piece.fromFraction) * graph.edgeLength[piece.edge]!;
    const vertices = travelled(graph, piece);
    if (index === 0) {
      const start = leg.coordinates[0]!;
      const next = leg.coordinates[1] ?? vertices[vertices.length - 1]!;
      steps.push({
        kind: 'depart',
        heading: HEADINGS[Math.round(bearing(start, next) / 45) % 8]!,
        street: edge.name,
        highway: edge.highway,
        distanceMetres: length,
        position: start,
      });
      return;
    }
    const previous = leg.pieces[index - 1]!;
    const before = travelled(graph, previous);
    const incoming = bearing(before[before.length - 2]!, before[before.length - 1]!);
    const outgoing = bearing(vertices[0]!, vertices[1]!);
    const angle = ((outgoing - incoming + 540) % 360) - 180;
    const turn = classify(angle);
    const current = steps[steps.length - 1]!;
    if (sameWay(graph, previous, piece) && (turn === 'straight' || turn.startsWith('slight'))) {
      current.distanceMetres += length;
      return;
    }
    steps.push({
      kind: turn === 'straight' ? 'continue' : 'turn',
      turn,
      street: edge.name,
      highway: edge.highway,
      distanceMetres: length,
      position: [vertices[0]![0], vertices[0]![1]],
    });
  });
  return steps;
}
