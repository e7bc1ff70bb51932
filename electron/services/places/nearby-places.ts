import type { NearbyHit, placesApi } from '../../../shared/api/places.js';
import { geodesicDistanceMetres } from '../../../shared/geo/geodesic-distance.js';
import { createLocalDistance, LOCAL_ABSOLUTE_ERROR, LOCAL_RELATIVE_ERROR } from '../../../shared/geo/local-distance.js';
import { searchBoxAround } from '../../../shared/geo/search-box.js';
import { CATEGORIES } from '../../../shared/model/typology.js';
import type { ServiceContext } from '../core/service-context.js';
import type { ServiceOf } from '../core/service-of.js';
import { createPlaceIndex } from './place-index.js';

// The nearby query: which places of some families lie within a distance of a place, nearest
// first (WGS84 ellipsoid, geodesic), from an in-memory index of the project's points.

export function createNearbyPlaces(context: ServiceContext): ServiceOf<typeof placesApi>['nearbyPlaces'] {
  const { store, requirePlace } = context;
  const placeIndex = createPlaceIndex(store.places);

  return ({ placeId, withinMetres, families, limit }): NearbyHit[] => {
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
      linked: linked.has(hit.id),
    }));
  };
}
