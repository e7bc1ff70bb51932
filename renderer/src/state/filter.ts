import type { ExportFilter } from '../../../shared/api/transfer.js';
import type { Place } from '../../../shared/model/schemas.js';
import { CATEGORY_FAMILIES, getCategory, type CategoryFamily } from '../../../shared/model/typology.js';
import { memoizeLast } from '../util/memoize-last.js';

// The workspace filter: which places the map shows, and which the export writes. One value for
// the whole app, replaced as a whole on every change (so memoised results follow by identity).
// Each facet is a field that is null when it does not restrict anything, and a predicate below;
// a place is shown when every facet lets it through. Category, sector, quarter, tags and dates
// are meant to join as further facets of the same shape (a field, a predicate, an export field).

export interface PlaceFilter {
  /** The category families shown; null shows every family. An empty set shows no place. */
  readonly families: ReadonlySet<CategoryFamily> | null;
}

export const NO_FILTER: PlaceFilter = { families: null };

type Facet = (filter: PlaceFilter, place: Place) => boolean;

const FACETS: readonly Facet[] = [
  (filter, place) => filter.families === null || filter.families.has(getCategory(place.category).family),
];

export function isFilterActive(filter: PlaceFilter): boolean {
  return filter.families !== null;
}

/** Whether nothing at all can pass (exporting that would be meaningless). */
export function showsNothing(filter: PlaceFilter): boolean {
  return filter.families !== null && filter.families.size === 0;
}

export function placeMatches(filter: PlaceFilter, place: Place): boolean {
  return FACETS.every((facet) => facet(filter, place));
}

/** The places the filter lets through; the same array when there is no filter. */
export const filterPlaces = memoizeLast((places: readonly Place[], filter: PlaceFilter): readonly Place[] =>
  isFilterActive(filter) ? places.filter((place) => placeMatches(filter, place)) : places,
);

export function isFamilyShown(filter: PlaceFilter, family: CategoryFamily): boolean {
  return filter.families === null || filter.families.has(family);
}

/** Shows a hidden family, hides a shown one; showing the last hidden family clears the facet. */
export function toggleFamily(filter: PlaceFilter, family: CategoryFamily): PlaceFilter {
  const shown = new Set(filter.families ?? CATEGORY_FAMILIES);
  if (shown.has(family)) shown.delete(family);
  else shown.add(family);
  return { ...filter, families: shown.size === CATEGORY_FAMILIES.length ? null : shown };
}

export function showAllFamilies(filter: PlaceFilter): PlaceFilter {
  return { ...filter, families: null };
}

export function hideAllFamilies(filter: PlaceFilter): PlaceFilter {
  return { ...filter, families: new Set() };
}

export function shownFamilyCount(filter: PlaceFilter): number {
  return filter.families === null ? CATEGORY_FAMILIES.length : filter.families.size;
}

/** The filter as the export API takes it; families in the typology's order, for stable output. */
export function toExportFilter(filter: PlaceFilter): ExportFilter {
  const { families } = filter;
  if (families === null) return {};
  return { families: CATEGORY_FAMILIES.filter((family) => families.has(family)) };
}
