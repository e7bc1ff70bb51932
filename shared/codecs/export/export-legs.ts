import type { Place, Route } from '../../model/schemas.js';
import { type Attributes, orderedStops, stopName } from './export-attributes.js';

// A route's legs as files carry them: one leg from each stop to the next, along the routed line
// (the pieces the planner splits at via points are joined again), with its length and time. Why
// stop to stop: that is the leg a reader plans with ("from the theatre to the museum: 850 m, 11
// minutes"); via points are only where the line was dragged.

export interface ExportLeg {
  /** 1 for the leg from the first stop to the second. */
  number: number;
  from: { placeId: number; name: string };
  to: { placeId: number; name: string };
  coordinates: [number, number][];
  lengthMetres: number;
  durationSeconds: number;
  /** 'network' along the ways, 'straight' or 'imported' (see RouteLeg), 'mixed' when its pieces differ. */
  kind: string;
}

/** The legs of a routed route, stop to stop; none for a route not routed yet (no legs stored). */
export function exportLegs(route: Route, placesById: ReadonlyMap<number, Place>): ExportLeg[] {
  const stops = orderedStops(route);
  const stopAt = (index: number) => {
    const placeId = stops[index]?.placeId ?? 0;
    return { placeId, name: placesById.get(placeId)?.name ?? stopName(index) };
  };
  const legs: ExportLeg[] = [];
  let from = 0;
  let pieces: Route['legs'] = [];
  for (const piece of route.legs) {
    pieces.push(piece);
    if (piece.toStop === null) continue;
    const coordinates: [number, number][] = [];
    for (const part of pieces) {
      for (const position of part.coordinates) {
        const last = coordinates[coordinates.length - 1];
        if (!last || last[0] !== position[0] || last[1] !== position[1]) coordinates.push(position);
      }
    }
    const kinds = new Set(pieces.map((part) => part.kind));
    legs.push({
      number: legs.length + 1,
      from: stopAt(from),
      to: stopAt(piece.toStop),
      coordinates,
      lengthMetres: pieces.reduce((sum, part) => sum + part.lengthMetres, 0),
      durationSeconds: pieces.reduce((sum, part) => sum + part.durationSeconds, 0),
      kind: kinds.size === 1 ? [...kinds][0]! : 'mixed',
    });
    from = piece.toStop;
    pieces = [];
  }
  return legs;
}

/**
 * The columns of a leg (GeoJSON properties, KML ExtendedData). `feature_type` "route_leg" also
 * tells Itinera's import to leave a leg out: the route it belongs to is in the file.
 */
export function legAttributes(route: Route, leg: ExportLeg): Attributes {
  return {
    feature_type: 'route_leg',
    name: legName(leg),
    route_id: route.id,
    route_name: route.name,
    leg: leg.number,
    from_place_id: leg.from.placeId,
    to_place_id: leg.to.placeId,
    from_name: leg.from.name,
    to_name: leg.to.name,
    kind: leg.kind,
    length_m: Math.round(leg.lengthMetres),
    duration_min: Math.round(leg.durationSeconds / 6) / 10,
  };
}

/** A leg's name: where it goes, in the stops' own names. */
export function legName(leg: ExportLeg): string {
  return `${leg.from.name} → ${leg.to.name}`;
}
