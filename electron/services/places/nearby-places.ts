import type { NearbyHit, NearbyQuerySchema, placesApi } from '../../../shared/api/places.js';
import type { z } from 'zod';
import { geodesicDistanceMetres } from '../../../shared/geo/geodesic-distance.js';
import { createLocalDistance, LOCAL_ABSOLUTE_ERROR, LOCAL_RELATIVE_ERROR } from '../../../shared/geo/local-distance.js';
import { searchBoxAround } from '../../../shared/geo/search-box.js';
import { CATEGORIES } from '../../../shared/model/typology.js';
import type { ServiceContext } from '../core/service-context.js';
import type { ServiceOf } from '../core/service-of.js';
import { createPlaceIndex } from './place-index.js';

// The nearby query: which places of some families lie within a distance of a place, nearest
// first (WGS84 ellipsoid, geodesic), from an in-memory index of the project's points; or on foot
// along the project's street network (the routes feature measures it).

type NearbyQuery = z.output<typeof NearbyQuerySchema>;

/** Walking: how many places as the crow flies are measured on foot at most. */
const NEARBY_CANDIDATES = 1000;

/**
 * Metres on foot from a point to each of some places along the project's streets (a place no street
 * reaches is left out), or null when the project has no network or the point lies far from it.
 */
export type WalkingDistances = (
  from: [number, number],
  places: readonly { id: number; longitude: number; latitude: number }[],
  withinMetres: number,
) => Map<number, number> | null;

export function createNearbyPlaces(
  context: ServiceContext,
  walkingDistances: WalkingDistances = () => null,
): ServiceOf<typeof placesApi>['nearbyPlaces'] {
  const { store, requirePlace } = context;
  const placeIndex = createPlaceIndex(store.places);

  return (query): NearbyHit[] => {
    if (query.measure !== 'walking') return nearbyStraight(query);
    // Walking is never shorter than the crow's line: every candidate is among those within the
    // distance as the crow flies (all of them asked for, then the nearest on foot kept).
    const centre = requirePlace(query.placeId, 'placeId');
    const candidates = nearbyStraight({ ...query, limit: Math.max(query.limit, NEARBY_CANDIDATES) });
    const walking = walkingDistances(
      [centre.longitude, centre.latitude],
      candidates.map((hit) => hit.place),
      query.withinMetres,
    );
    if (!walking) return candidates.slice(0, query.limit);
    return candidates
      .flatMap((hit) => {
        const metres = walking.get(hit.place.id);
        return metres === undefined || metres > query.withinMetres
          ? []
          : [{ ...hit, distanceMetres: Math.round(metres * 10) / 10, measure: 'walking' as const }];
      })
      .sort((a, b) => a.distanceMetres - b.distanceMetres || a.place.id - b.place.id)
      .slice(0, query.limit);
  };

  function nearbyStraight({
    placeId,
    withinMetres,
    families,
    limit,
  }: Pick<NearbyQuery, 'placeId' | 'withinMetres' | 'families' | 'limit'>): NearbyHit[] {
    const centre = requirePlace(placeId, 'placeId');
    const categories = new Set(
      CATEGORIES.filter((category) => (families as string[]).includes(category.family)).map((category) => category.id),
    );
    const origin: [number, number] = [centre.longitude, centre.latitude];
    // Candidates from the in-memory index; a local approximation with a known error bound
    // ranks them, and the exact geodesic is computed only for those that can be in the answer.
    const approximate = createLocalDistance(centre.longitude, centre.latitude, withinMetres);
    const relative = approximate ? LOCAL_RELATIVE_ERROR : 0;
    const absolute = approximate ? LOCAL_ABSOLUTE_ERROR : 0;
    const candidatesWithin = (metres: number) => {
      const found = placeIndex.within(searchBoxAround(centre.longitude, centre.latitude, metres), categories, placeId);
      const estimates = new Float64Array(found.ids.length);
      for (let index = 0; index < estimates.length; index++) {
        const longitude = found.longitudes[index]!;
        const latitude = found.latitudes[index]!;
        estimates[index] = approximate
          ? approximate(longitude, latitude)
          : geodesicDistanceMetres(origin, [longitude, latitude]);
      }
      // The limit-th nearest candidate is at most this far (exactly).
      const limitEstimate = estimates.length >= limit ? estimates.slice().sort()[limit - 1]! : Infinity;
      return { found, estimates, limitReach: (limitEstimate + absolute) / (1 - relative) };
    };
    // NOTE: in a dense quarter the circle holds thousands of candidates and the answer is only
    // the nearest `limit`: boxes growing from a sixteenth of the radius are asked in turn (each
    // a quarter of the next one's area). Once a box holds `limit` candidates surely within its
    // radius, every place of the answer is in it (nothing outside can be nearer).
    let radius = withinMetres / 16;
    let candidates = candidatesWithin(radius);
    while (radius < withinMetres && candidates.limitReach > radius) {
      radius = Math.min(withinMetres, radius * 2);
      candidates = candidatesWithin(radius);
    }
    const { found, estimates, limitReach } = candidates;
    // Nothing beyond `reach` can be in the answer: only those few get the exact geodesic.
    const reach = Math.min(withinMetres * (1 + relative) + absolute, limitReach * (1 + relative) + absolute);
    const measured: { index: number; id: number; distanceMetres: number }[] = [];
    for (let index = 0; index < estimates.length; index++) {
      if (estimates[index]! > reach) continue;
      const distanceMetres = geodesicDistanceMetres(origin, [found.longitudes[index]!, found.latitudes[index]!]);
      if (distanceMetres <= withinMetres) measured.push({ index, id: found.ids[index]!, distanceMetres });
    }
    measured.sort((a, b) => a.distanceMetres - b.distanceMetres || a.id - b.id);
    measured.length = Math.min(measured.length, limit);
    // NOTE: the index holds what the list shows (name, category, sector): nothing is read from the file.
    const linked = store.links.linkedPlaceIds(placeId);
    return measured.map((hit) => ({
      place: found.summary(hit.index),
      distanceMetres: Math.round(hit.distanceMetres * 10) / 10,
      measure: 'straight' as const,
      linked: linked.has(hit.id),
    }));
  }
}
