import type { MethodInput } from '../../../../shared/api/contract.js';
import type { ExportFilter } from '../../../../shared/api/transfer.js';
import {
  compilePlaceFilter,
  FACET_NAMES,
  isFilterActive,
  NO_FILTER,
  PlaceFilterSchema,
  showsNothing,
  withoutFacet,
  type FilterContext,
  type PlaceFilter,
} from '../../../../shared/filter/place-filter.js';
import { createEventDays, createGroupMembers } from '../../../../shared/filter/cluster-membership.js';
import { placesInPolygon } from '../../../../shared/geo/places-in-polygon.js';
import type { ClusterEvent, Group, Place, Quarter } from '../../../../shared/model/schemas.js';
import { CATEGORY_FAMILIES, type CategoryFamily } from '../../../../shared/model/typology.js';
import { memoizeLast } from '../../util/memoize-last.js';

// The renderer's side of the one workspace filter (shared/filter/place-filter.ts holds the facets
// and the predicate). The value is replaced as a whole on every change, so memoised results follow
// by identity: the map's GeoJSON, the table's rows, the legend's counts and the nearby lists all
// read `filterPlaces(places, filter, membership)`.

export { isFilterActive, NO_FILTER, showsNothing, withoutFacet, type PlaceFilter };

/**
 * Who is inside each area. Computed once per area geometry and list of places, and only for
 * the areas a filter names, not on every render.
 */
export function createQuarterMembership(): (
  places: readonly Place[],
  quarters: readonly Quarter[],
  groups?: readonly Group[],
  events?: readonly ClusterEvent[],
) => FilterContext {
  const cache = new Map<number, { places: readonly Place[]; geometry: string; inside: Set<number> }>();
  const groupMembers = memoizeLast(createGroupMembers);
  const eventDays = memoizeLast(createEventDays);
  return memoizeLast(
    (places: readonly Place[], quarters: readonly Quarter[], groups = NO_GROUPS, events = NO_EVENTS): FilterContext => {
      const byId = new Map(quarters.map((quarter) => [quarter.id, quarter]));
      for (const id of cache.keys()) if (!byId.has(id)) cache.delete(id);
      return {
        placesInGroup: groupMembers(groups),
        eventDaysOf: eventDays(events),
        placesInQuarter(id) {
          const quarter = byId.get(id);
          if (!quarter) return undefined;
          const geometry = JSON.stringify(quarter.geometry.coordinates);
          const cached = cache.get(id);
          if (cached && cached.places === places && cached.geometry === geometry) return cached.inside;
          const inside = placesInPolygon(places, quarter.geometry);
          cache.set(id, { places, geometry, inside });
          return inside;
        },
      };
    },
  );
}

const NO_GROUPS: readonly Group[] = [];
const NO_EVENTS: readonly ClusterEvent[] = [];

/** The places the filter lets through; the same array when there is no filter. */
export const filterPlaces = memoizeLast(
  (places: readonly Place[], filter: PlaceFilter, context: FilterContext): readonly Place[] =>
    isFilterActive(filter) ? places.filter(compilePlaceFilter(filter, context)) : places,
);

export function isFamilyShown(filter: PlaceFilter, family: CategoryFamily): boolean {
  return filter.families === undefined || filter.families.includes(family);
}

/** Shows a hidden family, hides a shown one; showing the last hidden family clears the facet. */
export function toggleFamily(filter: PlaceFilter, family: CategoryFamily): PlaceFilter {
  const shown = new Set(filter.families ?? CATEGORY_FAMILIES);
  if (shown.has(family)) shown.delete(family);
  else shown.add(family);
  if (shown.size === CATEGORY_FAMILIES.length) return withoutFacet(filter, 'families');
  return { ...filter, families: CATEGORY_FAMILIES.filter((entry) => shown.has(entry)) };
}

export function showAllFamilies(filter: PlaceFilter): PlaceFilter {
  return withoutFacet(filter, 'families');
}

export function hideAllFamilies(filter: PlaceFilter): PlaceFilter {
  return { ...filter, families: [] };
}

export function shownFamilyCount(filter: PlaceFilter): number {
  return filter.families === undefined ? CATEGORY_FAMILIES.length : filter.families.length;
}

/** Adds a value to a list facet (category, sector, area, group, tag), or takes it out again. */
export function toggleValue<Name extends 'categories' | 'sectors' | 'quarterIds' | 'groupIds' | 'tags'>(
  filter: PlaceFilter,
  name: Name,
  value: NonNullable<PlaceFilter[Name]>[number],
): PlaceFilter {
  const current = (filter[name] ?? []) as readonly (typeof value)[];
  const next = current.includes(value) ? current.filter((entry) => entry !== value) : [...current, value];
  return next.length === 0 ? withoutFacet(filter, name) : { ...filter, [name]: next };
}

/** The filter as the export API takes it: the same facets (the backend runs the same predicate). */
export function toExportFilter(filter: PlaceFilter): ExportFilter {
  return PlaceFilterSchema.parse(filter);
}

// The filter lives in the page address (`#filter=…`), so a reload (or a bookmark) keeps it.
const HASH_KEY = 'filter';

export function filterFromHash(hash: string): PlaceFilter {
  const text = new URLSearchParams(hash.replace(/^#/, '')).get(HASH_KEY);
  if (!text) return NO_FILTER;
  try {
    const parsed = PlaceFilterSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : NO_FILTER;
  } catch {
    return NO_FILTER;
  }
}

export function hashWithFilter(hash: string, filter: PlaceFilter): string {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  if (isFilterActive(filter)) params.set(HASH_KEY, JSON.stringify(filter));
  else params.delete(HASH_KEY);
  const text = params.toString();
  return text ? `#${text}` : '';
}

/** The facets the map's lean answer can decide itself (from a place's category and sector). */
const LEAN_FACETS = ['families', 'categories', 'sectors'] as const;
export type LeanMapQuery = MethodInput<'mapPlaces'>;

/**
 * The filter as `places:map:query` takes it, or null when it holds a facet that needs the full
 * places (areas, groups, tags, custom fields, dates): the map then waits for the full list.
 */
export function leanMapQuery(filter: PlaceFilter): LeanMapQuery | null {
  if (FACET_NAMES.some((name) => filter[name] !== undefined && !(LEAN_FACETS as readonly string[]).includes(name)))
    return null;
  const query: LeanMapQuery = {};
  if (filter.families) query.families = [...filter.families];
  if (filter.categories) query.categories = [...filter.categories];
  if (filter.sectors) query.sectors = [...filter.sectors];
  return query;
}

/** Whether a lean answer read for one query shows what another asks for. */
export function sameLeanMapQuery(a: LeanMapQuery, b: LeanMapQuery): boolean {
  return LEAN_FACETS.every((name) => JSON.stringify(a[name]) === JSON.stringify(b[name]));
}
