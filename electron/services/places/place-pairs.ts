import { geodesicDistanceMetres } from '../../../shared/geo/geodesic-distance.js';
import type { PlacesRepository } from '../../store/places-repository.js';
import { proximityJoin, type ProximityJoinOptions, type ProximityJoinStats } from './proximity-join.js';

// Every pair of places (from some families, to others) within a distance: the `itinera pairs`
// analysis, over all places of the project (see proximity-join.ts for the distance model).

/** One pair; `distanceMetres` (rounded to 0.1 m) is NaN unless the distances were asked for. */
export type PlacePairVisitor = (fromId: number, toId: number, distanceMetres: number) => void;

export function createPlacePairs(places: PlacesRepository) {
  return function placePairs(
    query: ProximityJoinOptions,
    visit: PlacePairVisitor,
    options: { distances?: boolean } = {},
  ): ProximityJoinStats {
    const points = places.points();
    if (!options.distances) return proximityJoin(points, query, (fromId, toId) => visit(fromId, toId, NaN));
    // NOTE: only when asked: an exact geodesic per pair, and a join can have millions of pairs.
    const positions = new Map<number, [number, number]>();
    for (let index = 0; index < points.length; index++)
      positions.set(points.ids[index]!, [points.longitudes[index]!, points.latitudes[index]!]);
    return proximityJoin(points, query, (fromId, toId) => {
      const metres = geodesicDistanceMetres(positions.get(fromId)!, positions.get(toId)!);
      visit(fromId, toId, Math.round(metres * 10) / 10);
    });
  };
}
export type PlacePairs = ReturnType<typeof createPlacePairs>;
