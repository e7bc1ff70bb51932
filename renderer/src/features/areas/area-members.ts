import type { Place } from '../../../../shared/model/schemas.js';
import { CATEGORY_FAMILIES, getCategory, type CategoryFamily } from '../../../../shared/model/typology.js';

// What an area holds (pure): the places inside its outline, by name and counted per kind (family).
// Who is inside comes from the workspace's membership
// (shared/geo/places-in-polygon.ts, cached per outline and list of places), not from here.

export interface AreaMembers {
  /** The places inside, ordered by name in the reader's language. */
  places: Place[];
  /** How many places of each kind are inside: most first, kinds in their usual order on a tie. */
  byFamily: { family: CategoryFamily; count: number }[];
}

export function areaMembers(
  inside: ReadonlySet<number> | undefined,
  placesById: ReadonlyMap<number, Place>,
  compare: (a: string, b: string) => number,
): AreaMembers {
  const places: Place[] = [];
  const counts = new Map<CategoryFamily, number>();
  for (const id of inside ?? []) {
    const place = placesById.get(id);
    if (!place) continue;
    places.push(place);
    const family = getCategory(place.category).family;
    counts.set(family, (counts.get(family) ?? 0) + 1);
  }
  places.sort((a, b) => compare(a.name, b.name) || a.id - b.id);
  const byFamily = CATEGORY_FAMILIES.flatMap((family) => {
    const count = counts.get(family);
    return count ? [{ family, count }] : [];
  }).sort((a, b) => b.count - a.count || CATEGORY_FAMILIES.indexOf(a.family) - CATEGORY_FAMILIES.indexOf(b.family));
  return { places, byFamily };
}
