import type { FeatureCollection, Polygon } from 'geojson';

// Drawing with the keyboard, as pure steps: the map's centre (the crosshair) is the pointer,
// Enter adds a corner or stop there, Backspace takes the last one back, and Enter on the same
// spot again (or, for an area, on its first corner) finishes the shape.

export type SketchKind = 'area' | 'route';
export type Position = [number, number];

/** Corners an area needs, stops a route needs. */
export const MINIMUM_VERTICES: Readonly<Record<SketchKind, number>> = { area: 3, route: 2 };

export type EnterOutcome =
  | { type: 'added'; vertices: Position[] }
  | { type: 'finished'; vertices: Position[] }
  | { type: 'too-few'; vertices: Position[] };

/**
 * What Enter does with the crosshair at `at`. `samePoint` says whether two positions are the
 * same spot on the screen (the map may have moved a pixel's fraction, or not at all).
 */
export function pressEnter(
  kind: SketchKind,
  vertices: readonly Position[],
  at: Position,
  samePoint: (a: Position, b: Position) => boolean,
): EnterOutcome {
  const last = vertices.at(-1);
  const first = vertices[0];
  const enough = vertices.length >= MINIMUM_VERTICES[kind];
  if (last && samePoint(last, at)) return { type: enough ? 'finished' : 'too-few', vertices: [...vertices] };
  // An area closes on its first corner, as it does with the mouse.
  if (kind === 'area' && first && enough && samePoint(first, at)) return { type: 'finished', vertices: [...vertices] };
  return { type: 'added', vertices: [...vertices, at] };
}

/** The vertices without the last one (Backspace). */
export function removeLast(vertices: readonly Position[]): Position[] {
  return vertices.slice(0, -1);
}

/** Positions are kept to 7 decimals (about 1 cm), as places are. */
export function roundVertex([longitude, latitude]: Position): Position {
  return [Math.round(longitude * 1e7) / 1e7, Math.round(latitude * 1e7) / 1e7];
}

/** An area's outline from its corners: one closed ring. */
export function areaPolygon(vertices: readonly Position[]): Polygon {
  const ring = vertices.map(roundVertex);
  const [first] = ring;
  return { type: 'Polygon', coordinates: first ? [[...ring, first]] : [] };
}

/**
 * What the map shows of a sketch: the shape so far, up to the crosshair (`centre`), and its
 * corners or stops as points.
 */
export function sketchCollection(kind: SketchKind, vertices: readonly Position[], centre: Position): FeatureCollection {
  if (vertices.length === 0) return { type: 'FeatureCollection', features: [] };
  const line = [...vertices, centre];
  const shape =
    kind === 'area' && vertices.length >= 2
      ? { type: 'Polygon' as const, coordinates: [[...line, vertices[0]!]] }
      : { type: 'LineString' as const, coordinates: line };
  return {
    type: 'FeatureCollection',
    features: [
      { type: 'Feature', properties: { role: 'shape' }, geometry: shape },
      ...vertices.map((vertex, index) => ({
        type: 'Feature' as const,
        properties: { role: 'vertex', index },
        geometry: { type: 'Point' as const, coordinates: vertex },
      })),
    ],
  };
}
