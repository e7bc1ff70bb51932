import KDBush from 'kdbush';
import { hilbertOrder } from '../../../shared/geo/hilbert-curve.js';
import { geodesicDistanceMetres } from '../../../shared/geo/geodesic-distance.js';
import {
  LOCAL_ABSOLUTE_ERROR,
  LOCAL_RELATIVE_ERROR,
  localDistance,
  localDistanceApplies,
  localScale,
} from '../../../shared/geo/local-distance.js';
import { searchBoxAround } from '../../../shared/geo/search-box.js';
import { CATEGORIES, type CategoryFamily } from '../../../shared/model/typology.js';
import type { PlacePoints } from '../../store/places-repository.js';

// Proximity join: for every place of some families (the "from" side), every place of other
// families (the "to" side) within a distance. Distance model: WGS84 ellipsoid, geodesic
// (GeographicLib), the same as the nearby query, PostGIS geography and SpatiaLite's
// ST_Distance(a, b, 1). The "to" side goes into an in-memory k-d tree (kdbush); each "from"
// place asks it for a box that surely holds its circle; a local flat approximation with a
// proven error bound settles the clear cases and the exact geodesic decides those near the edge.

export interface ProximityJoinOptions {
  from: readonly CategoryFamily[];
  to: readonly CategoryFamily[];
  withinMetres: number;
}

/** Called once per pair, in no particular order. */
export type PairVisitor = (fromId: number, toId: number) => void;

export interface ProximityJoinStats {
  pairs: number;
  fromPlaces: number;
  toPlaces: number;
  /** How many candidate pairs needed the exact geodesic (those near the edge, or all of them). */
  exactDistances: number;
}

function categoriesOf(families: readonly CategoryFamily[]): Set<string> {
  return new Set(CATEGORIES.filter((category) => families.includes(category.family)).map((category) => category.id));
}

export function proximityJoin(
  points: PlacePoints,
  options: ProximityJoinOptions,
  visit: PairVisitor,
): ProximityJoinStats {
  const fromCategories = categoriesOf(options.from);
  const toCategories = categoriesOf(options.to);
  const within = options.withinMetres;
  const toIndexes: number[] = [];
  const fromIndexes: number[] = [];
  for (let index = 0; index < points.length; index++) {
    const category = points.categories[index]!;
    if (toCategories.has(category)) toIndexes.push(index);
    if (fromCategories.has(category)) fromIndexes.push(index);
  }
  const stats: ProximityJoinStats = {
    pairs: 0,
    fromPlaces: fromIndexes.length,
    toPlaces: toIndexes.length,
    exactDistances: 0,
  };
  if (toIndexes.length === 0 || fromIndexes.length === 0) return stats;

  // NOTE: Hilbert order keeps the columns read for one "from" place close together in memory
  // (cache misses, not arithmetic, dominate the loop); it also visits the "from" side in space order.
  const toOrdered = hilbertOrder(points.longitudes, points.latitudes, toIndexes);
  const fromOrdered = hilbertOrder(points.longitudes, points.latitudes, fromIndexes);
  const tree = new KDBush(toOrdered.length);
  for (const index of toOrdered) tree.add(points.longitudes[index]!, points.latitudes[index]!);
  tree.finish();
  const toIds = Float64Array.from(toOrdered, (index) => points.ids[index]!);
  const toLongitudes = Float64Array.from(toOrdered, (index) => points.longitudes[index]!);
  const toLatitudes = Float64Array.from(toOrdered, (index) => points.latitudes[index]!);
  // Inside `sure`, a pair is within the distance whatever the approximation's error; beyond `never`
  // it is surely not; in between, the geodesic decides.
  const sure = (within - LOCAL_ABSOLUTE_ERROR) / (1 + LOCAL_RELATIVE_ERROR);
  const never = within * (1 + LOCAL_RELATIVE_ERROR) + LOCAL_ABSOLUTE_ERROR;

  let pairs = 0;
  for (const index of fromOrdered) {
    const fromId = points.ids[index]!;
    const longitude = points.longitudes[index]!;
    const latitude = points.latitudes[index]!;
    const box = searchBoxAround(longitude, latitude, within);
    const candidates = tree.range(box.west, box.south, box.east, box.north);
    const approximate = localDistanceApplies(latitude, within);
    const scale = localScale(latitude);
    const origin: [number, number] = [longitude, latitude];
    for (let position = 0; position < candidates.length; position++) {
      const candidate = candidates[position]!;
      const toId = toIds[candidate]!;
      if (toId === fromId) continue;
      const toLongitude = toLongitudes[candidate]!;
      const toLatitude = toLatitudes[candidate]!;
      let inside: boolean;
      const estimate = approximate ? localDistance(scale, toLongitude - longitude, toLatitude - latitude) : NaN;
      if (estimate <= sure) inside = true;
      else if (estimate > never) inside = false;
      else {
        stats.exactDistances++;
        inside = geodesicDistanceMetres(origin, [toLongitude, toLatitude]) <= within;
      }
      if (inside) {
        pairs++;
        visit(fromId, toId);
      }
    }
  }
  stats.pairs = pairs;
  return stats;
}
